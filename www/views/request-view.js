// One request type: the generated form and the raw JSON side by side, kept in sync and
// validated as the user types; then what will be signed and sent; then the answer.

import { servedPath } from '../../shared/catalog.js';
import { copyText, h, replace } from '../lib/dom.js';
import { addHistory } from '../lib/history.js';
import { pick, problemText, t } from '../lib/i18n.js';
import { parseJsonText, toJsonText } from '../lib/json-text.js';
import { credentials, getSettings, secretLength } from '../lib/settings.js';
import { createRequestForm } from './request-form.js';
import { responseView } from './response-view.js';
import { directionBadge } from './nav.js';

/** @param {object} endpoint  @param {object} api  the package */
export function createRequestView(endpoint, api) {
  const isDevice = endpoint.envelope === 'device';
  let text = '';
  let errors = [];

  const form = createRequestForm(endpoint, { onChange: (value) => fromForm(value) });
  const editor = h('textarea', {
    class: 'json-editor code',
    spellcheck: 'false',
    'aria-label': 'JSON',
    dataset: { testid: 'json-editor' },
    oninput: () => fromEditor(editor.value),
  });
  const editorError = h('div', { class: 'field-error', role: 'alert' });
  const summary = h('div', { class: 'summary', 'aria-live': 'polite', dataset: { testid: 'validation-summary' } });
  const preview = h('section', { class: 'panel preview' });
  const sendButton = h('button', { type: 'button', class: 'primary', dataset: { testid: 'send' }, onclick: () => send() }, t('send'));
  const sendNote = h('span', { class: 'note' });
  const responseSlot = h('div', {});

  function fromForm(value) {
    text = toJsonText(value);
    editor.value = text;
    editorError.replaceChildren();
    check();
  }

  function fromEditor(next) {
    text = next;
    try {
      form.setValue(parseJsonText(next));
      editorError.replaceChildren();
    } catch (e) {
      editorError.replaceChildren(t('jsonInvalid') + e.message);
      errors = [{ path: '', code: 'invalid_json', message: e.message, messageZh: e.message }];
      showProblems([]);
      return;
    }
    check();
  }

  /** Validates the request text and refreshes the problems and the preview. */
  function check() {
    responseSlot.replaceChildren(); // an answer belongs to the request that was sent (see History)
    let warnings = [];
    try {
      const report = api.validate(endpoint.id, text);
      errors = report.errors;
      warnings = report.warnings;
    } catch (e) {
      errors = [{ path: e.path ?? '', code: e.code, message: e.message, messageZh: e.messageZh }];
    }
    form.showProblems(errors, warnings);
    showProblems(warnings);
  }

  function showProblems(warnings) {
    const list = (items, cls) => h('ul', { class: cls }, items.map((p) => h('li', {}, h('code', {}, p.path || '/'), ' ', problemText(p))));
    replace(
      summary,
      errors.length
        ? [h('h4', {}, `${t('errorsTitle')} (${errors.length})`), list(errors, 'errors')]
        : h('p', { class: 'ok' }, `✓ ${t('valid')}`),
      warnings.length ? [h('h4', {}, t('warningsTitle')), list(warnings, 'warnings')] : null,
    );
    refreshPreview();
  }

  /** The signed body as it would go now, or why it cannot go. */
  function build() {
    if (errors.length) return { blocked: t('fixErrors') };
    const settings = getSettings();
    let who;
    if (isDevice) {
      who = { warehouseCode: settings.warehouseCode };
    } else {
      if (!settings.createBy || !settings.dataSource) return { blocked: t('needCredentials') };
      if (secretLength() === 0) return { blocked: t('needSecret') };
      who = credentials();
    }
    try {
      const built = api.buildRequest(endpoint.id, text, who, { now: Date.now() });
      const url = settings.baseUrl.replace(/\/+$/, '') + servedPath(endpoint);
      return { built, url };
    } catch (e) {
      return { blocked: problemText(e) };
    }
  }

  function refreshPreview() {
    const ready = build();
    sendButton.disabled = Boolean(ready.blocked);
    sendNote.textContent = ready.blocked ?? '';
    replace(preview, ready.blocked ? null : previewBlocks(ready));
    preview.hidden = Boolean(ready.blocked);
    return ready;
  }

  // The canonical request and the string to sign (secret masked) are the package's own.
  function previewBlocks({ built, url }) {
    const curl = `curl -X POST '${url}' -H 'Content-Type: application/json' --data-raw '${built.body.replace(/'/g, `'\\''`)}'`;
    return [
      h('h3', {}, t('preview')),
      block(t('canonical'), built.canonical, 'canonical'),
      isDevice ? h('p', { class: 'note' }, t('deviceNoSign')) : block(t('stringToSign'), built.stringToSign, 'string-to-sign'),
      isDevice ? null : block(t('signature'), built.sign, 'signature'),
      block(t('finalBody'), built.body, 'final-body'),
      block(t('curl'), curl, 'curl'),
    ];
  }

  async function send() {
    const ready = refreshPreview();
    if (ready.blocked) return;
    sendButton.disabled = true;
    sendNote.textContent = t('sending');
    responseSlot.replaceChildren();
    const started = performance.now();
    let outcome;
    try {
      const res = await fetch(ready.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: ready.built.body });
      const raw = await res.text();
      outcome = { status: res.status, latencyMs: Math.round(performance.now() - started) };
      try {
        outcome.answer = api.parseResponse(raw);
      } catch (e) {
        Object.assign(outcome, { error: t('unreadable') + problemText(e), raw });
      }
    } catch (e) {
      outcome = { error: t('networkError') + e.message };
    }
    replace(responseSlot, responseView(outcome));
    addHistory({
      at: Date.now(),
      endpoint: endpoint.id,
      url: ready.url,
      status: outcome.status ?? null,
      latencyMs: outcome.latencyMs ?? null,
      code: outcome.answer?.code ?? null,
      flag: outcome.answer?.flag ?? false,
      message: outcome.answer?.message ?? outcome.error,
    });
    refreshPreview();
  }

  const element = h(
    'article',
    { class: 'request-view', dataset: { endpoint: endpoint.id } },
    h('header', { class: 'view-head' },
      h('h2', {}, pick(endpoint.titleZh, endpoint.titleEn), ' ', h('small', {}, pick(endpoint.titleEn, endpoint.titleZh))),
      h('div', { class: 'meta' }, directionBadge(endpoint), ' ', h('code', {}, endpoint.id), ' ',
        endpoint.path
          ? [t('published'), ' ', h('code', {}, endpoint.path)]
          : [t('unpublished'), ' ', h('code', {}, servedPath(endpoint))])),
    h('div', { class: 'editors' },
      h('section', { class: 'panel' }, h('h3', {}, t('form')), form.element),
      h('div', { class: 'side' },
        h('section', { class: 'panel' }, h('h3', {}, t('json')), editor, editorError, summary),
        h('div', { class: 'send-bar' }, sendButton, sendNote),
        responseSlot,
        preview)),
  );

  const example = endpoint.example === undefined ? (endpoint.shape === 'array' ? [] : {}) : parseJsonText(JSON.stringify(endpoint.example));
  form.setValue(example);
  fromForm(example);
  return { element, refresh: refreshPreview };
}

function block(title, text, testid) {
  const copied = h('span', { class: 'note' });
  return h('div', { class: 'block' },
    h('div', { class: 'block-head' }, h('h4', {}, title),
      h('button', { type: 'button', class: 'link', onclick: async () => { copied.textContent = (await copyText(text)) ? t('copied') : ''; } }, t('copy')),
      copied),
    h('pre', { class: 'code', dataset: { testid } }, text));
}
