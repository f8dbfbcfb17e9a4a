// One request type: the generated form and the raw JSON side by side, kept in sync and
// validated as the user types; then what will be signed and sent; then the answer.

import { servedPath } from '../lib/catalog.js';
import { h, replace } from '../lib/dom.js';
import { clearDraft, loadDraft, saveDraft } from '../lib/drafts.js';
import { addCall } from '../lib/history.js';
import { pick, problemText, t } from '../lib/i18n.js';
import { parseJsonText, toJsonText } from '../lib/json-text.js';
import { callRecord, signAndSend, signer, targetUrl } from '../lib/send.js';
import { getSettings, secretLength } from '../lib/settings.js';
import { fetchSnippet } from '../lib/snippet.js';
import { copyBlock } from './copy-block.js';
import { createRequestForm } from './request-form.js';
import { responseView } from './response-view.js';
import { directionBadge } from './nav.js';

const MASK = '********';

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
    saveDraft(endpoint.id, text);
    editor.value = text;
    editorError.replaceChildren();
    check();
  }

  function fromEditor(next) {
    text = next;
    saveDraft(endpoint.id, text);
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
    if (!isDevice) {
      if (!settings.createBy || !settings.dataSource) return { blocked: t('needCredentials') };
      if (secretLength() === 0) return { blocked: t('needSecret') };
    }
    try {
      const built = api.buildRequest(endpoint.id, text, signer(endpoint), { now: Date.now() });
      return { built, url: targetUrl(endpoint), canonical: api.canonicalize(text), settings };
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

  function previewBlocks({ built, url, canonical, settings }) {
    const stringToSign = isDevice
      ? null
      : `${settings.createBy}&${settings.dataSource}&${canonical}&${MASK}&${built.timestamp}`;
    const curl = `curl -X POST '${url}' -H 'Content-Type: application/json' --data-raw '${built.body.replace(/'/g, `'\\''`)}'`;
    return [
      h('h3', {}, t('preview')),
      copyBlock(t('canonical'), canonical, 'canonical'),
      isDevice ? h('p', { class: 'note' }, t('deviceNoSign')) : copyBlock(t('stringToSign'), stringToSign, 'string-to-sign'),
      isDevice ? null : copyBlock(t('signature'), built.sign, 'signature'),
      copyBlock(t('finalBody'), built.body, 'final-body'),
      copyBlock(t('curl'), curl, 'curl'),
      copyBlock(t('fetchSnippet'), fetchSnippet(endpoint, canonical, url, settings), 'fetch-snippet'),
    ];
  }

  async function send() {
    const ready = refreshPreview();
    if (ready.blocked) return;
    sendButton.disabled = true;
    sendNote.textContent = t('sending');
    responseSlot.replaceChildren();
    const sent = text;
    let outcome;
    try {
      outcome = await signAndSend(api, endpoint, sent); // signed again now: a fresh timestamp
    } catch (e) {
      outcome = { error: problemText(e) };
    }
    replace(responseSlot, responseView(outcome));
    if (outcome.url) await addCall(callRecord(endpoint, sent, outcome));
    refreshPreview();
  }

  /** Puts the request back to the catalog's example (and forgets the draft). */
  function resetToExample() {
    clearDraft(endpoint.id);
    form.setValue(exampleValue(endpoint));
    fromForm(exampleValue(endpoint));
  }

  const element = h(
    'article',
    { class: 'request-view', dataset: { endpoint: endpoint.id } },
    h('header', { class: 'view-head' },
      h('h2', {}, pick(endpoint.titleZh, endpoint.titleEn), ' ', h('small', {}, pick(endpoint.titleEn, endpoint.titleZh))),
      h('div', { class: 'meta' }, directionBadge(endpoint), ' ', h('code', {}, endpoint.id), ' ',
        endpoint.path
          ? [t('published'), ' ', h('code', {}, endpoint.path)]
          : [t('unpublished'), ' ', h('code', {}, servedPath(endpoint))]),
      h('div', { class: 'meta' },
        h('span', { class: 'note' }, t('draftKept')),
        h('button', { type: 'button', class: 'link', dataset: { testid: 'reset-example' }, onclick: resetToExample }, t('resetToExample')),
        endpoint.batch ? h('a', { href: `#/batch/${endpoint.id}`, dataset: { testid: 'send-in-batches' } }, t('sendInBatches')) : null)),
    h('div', { class: 'editors' },
      h('section', { class: 'panel' }, h('h3', {}, t('form')), form.element),
      h('div', { class: 'side' },
        h('section', { class: 'panel' }, h('h3', {}, t('json')), editor, editorError, summary),
        h('div', { class: 'send-bar' }, sendButton, sendNote),
        responseSlot,
        preview)),
  );

  const draft = loadDraft(endpoint.id);
  if (draft === null) {
    form.setValue(exampleValue(endpoint));
    fromForm(exampleValue(endpoint));
  } else {
    editor.value = draft;
    fromEditor(draft); // a draft that is not JSON (mid-edit) comes back as it was, with its error
  }
  return { element, refresh: refreshPreview };
}

/** The catalog's example as the form edits it (numbers keep their spelling). */
function exampleValue(endpoint) {
  return endpoint.example === undefined ? (endpoint.shape === 'array' ? [] : {}) : parseJsonText(JSON.stringify(endpoint.example));
}
