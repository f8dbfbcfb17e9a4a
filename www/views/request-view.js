// One request type: the generated form and the raw JSON side by side, kept in sync and
// validated as the user types; then what will be signed and sent; then the answer. The action
// bar (Send, and why it cannot send yet) stays on screen.

import { servedPath } from '../../shared/catalog.js';
import { gatewayNow, readGatewayInfo, tolerance } from '../lib/clock.js';
import { copyText, h, replace } from '../lib/dom.js';
import { clearDraft, loadDraft, saveDraft } from '../lib/drafts.js';
import { addCall } from '../lib/history.js';
import { duration, pick, problemText, t } from '../lib/i18n.js';
import { parseJsonText, toJsonText } from '../lib/json-text.js';
import { callRecord, prepareCall, sendCall } from '../lib/send.js';
import { SANDBOX, getSettings, secretLength, vaultState } from '../lib/settings.js';
import { fetchSnippet } from '../lib/snippet.js';
import { clockWarning } from './clock-warning.js';
import { envBadge } from './env-switcher.js';
import { createRequestForm } from './request-form.js';
import { responseView } from './response-view.js';
import { directionBadge } from './nav.js';

let uid = 0;

/** @param {object} endpoint  @param {object} api  the package */
export function createRequestView(endpoint, api) {
  const isDevice = endpoint.envelope === 'device';
  const reasonId = `send-reason-${++uid}`;
  let text = '';
  let errors = [];
  let ticker = null;

  const form = createRequestForm(endpoint, { onChange: (value) => fromForm(value) });
  const editor = h('textarea', {
    class: 'json-editor code',
    spellcheck: 'false',
    'aria-label': 'JSON',
    dataset: { testid: 'json-editor' },
    oninput: () => fromEditor(editor.value),
  });
  const summary = h('div', { class: 'summary', 'aria-live': 'polite', dataset: { testid: 'validation-summary' } });
  const preview = h('section', { class: 'panel preview', 'aria-label': t('preview') });
  // aria-disabled, not disabled: a disabled button drops out of the tab order, and its reason with it.
  const sendButton = h('button', { type: 'button', class: 'primary', 'aria-describedby': reasonId, dataset: { testid: 'send' }, onclick: () => send() }, t('send'));
  const reason = h('span', { id: reasonId, class: 'send-reason', dataset: { testid: 'send-reason' } });
  const target = h('span', { class: 'send-target' });
  const skewSlot = h('div', {});
  const validity = h('span', { class: 'validity', dataset: { testid: 'valid-until' } });
  const responseSlot = h('div', {});

  function fromForm(value) {
    text = toJsonText(value);
    saveDraft(endpoint.id, text);
    editor.value = text;
    check();
  }

  function fromEditor(next) {
    text = next;
    let value;
    try {
      value = parseJsonText(next);
    } catch {
      check(); // the package names the syntax error, in both languages; the form keeps its last state
      return;
    }
    saveDraft(endpoint.id, text); // only JSON: a draft is the form as last edited
    form.setValue(value);
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
    const syntax = errors.some((e) => e.code === 'invalid_json');
    form.showProblems(syntax ? [] : errors, syntax ? [] : warnings);
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

  /** The call as it would go now (signed afresh), or why it cannot go: `{ blocked, fix }`. */
  function build() {
    if (errors.length) return { blocked: t('fixErrors'), fix: firstInvalid };
    const settings = getSettings();
    const toSettings = () => { location.hash = '#/settings'; };
    if (settings.env.custom && !settings.customUrl) return { blocked: t('needCustomUrl'), fix: toSettings };
    if (settings.env.name !== SANDBOX && !endpoint.path) {
      return { blocked: t('sandboxOnly'), fix: () => document.getElementById('env').focus() };
    }
    if (settings.signAt !== 'gateway' && !isDevice) {
      if (!settings.createBy || !settings.dataSource) return { blocked: t('needCredentials'), fix: toSettings };
      if (secretLength() === 0) return { blocked: vaultState() === 'locked' ? t('needUnlock') : t('needSecret'), fix: toSettings };
    }
    try {
      const call = prepareCall(api, endpoint, text, settings);
      return call.gateway ? { ...call, canonical: api.canonicalize(text) } : call;
    } catch (e) {
      return { blocked: problemText(e), fix: firstInvalid };
    }
  }

  function firstInvalid() {
    (element.querySelector('[aria-invalid=true]') ?? editor).focus();
  }

  function refreshPreview() {
    const ready = build();
    sendButton.setAttribute('aria-disabled', String(Boolean(ready.blocked)));
    replace(reason, ready.blocked ? h('button', { type: 'button', class: 'link', onclick: ready.fix }, ready.blocked) : null);
    replace(target, ready.blocked ? null : envBadge(ready.settings.env, ready.settings.signAt));
    replace(skewSlot, clockWarning());
    replace(preview, ready.blocked ? null : previewBlocks(ready));
    preview.hidden = Boolean(ready.blocked);
    replace(validity);
    if (ready.built) startCountdown(ready.built.timestamp);
    return ready;
  }

  /** "valid until HH:mm:ss (Beijing)", counting down while the view is shown. */
  function startCountdown(timestamp) {
    const until = api.parseTimestamp(timestamp) + tolerance() * 1000;
    const time = api.formatTimestamp(until).slice(-8);
    clearInterval(ticker);
    const tick = () => {
      const left = Math.max(0, Math.round((until - gatewayNow()) / 1000));
      // Signed by a clock that is fast: the server sees the timestamp in its future.
      const early = until - gatewayNow() > 2 * tolerance() * 1000;
      validity.textContent = early ? t('aheadOfWindow', { tolerance: tolerance() })
        : left ? t('validUntil', { time, left: duration(left) }) : t('expired', { time });
      validity.classList.toggle('expired', early || left === 0);
      if (!element.isConnected && ticker !== null) clearInterval(ticker); // another view is shown: refresh() restarts it
    };
    tick();
    ticker = setInterval(tick, 1000);
  }

  function previewBlocks(ready) {
    if (ready.gateway) {
      const { canonical, settings, url } = ready;
      const curl = curlOf(url, text);
      return [
        h('h3', {}, t('preview')),
        h('p', { class: 'note' }, t('signedAtGateway', { env: settings.env.name })),
        block(t('canonical'), canonical, 'canonical'),
        block(t('curl'), curl, 'curl'),
      ];
    }
    const { built, url, settings } = ready;
    return [
      h('h3', {}, t('preview')),
      block(t('canonical'), built.canonical, 'canonical'),
      isDevice ? h('p', { class: 'note' }, t('deviceNoSign')) : block(t('stringToSign'), built.stringToSign, 'string-to-sign'),
      isDevice ? null : block(t('signature'), built.sign, 'signature'),
      block(t('finalBody'), built.body, 'final-body'),
      block(t('curl'), curlOf(url, built.body), 'curl'),
      block(t('fetchSnippet'), fetchSnippet(endpoint, built.canonical, url, settings), 'fetch-snippet'),
    ];
  }

  /** A copy block; copying re-signs first, so what is copied carries a fresh timestamp. */
  function block(title, shown, testid) {
    const copied = h('span', { class: 'note', role: 'status' });
    const copy = async () => {
      refreshPreview();
      const fresh = preview.querySelector(`[data-testid="${testid}"]`)?.textContent ?? shown;
      const ok = await copyText(fresh);
      const status = preview.querySelector(`[data-copied="${testid}"]`);
      if (status) status.textContent = ok ? t('copied') : '';
    };
    copied.dataset.copied = testid;
    return h('div', { class: 'block' },
      h('div', { class: 'block-head' }, h('h4', {}, title),
        h('button', { type: 'button', class: 'link', dataset: { copy: testid }, onclick: copy }, t('copy')),
        copied),
      h('pre', { class: 'code', tabindex: '0', dataset: { testid } }, shown)); // focusable: a long block scrolls
  }

  async function send() {
    if (sendButton.getAttribute('aria-disabled') === 'true' || sendButton.dataset.busy) return;
    await readGatewayInfo(); // before each send: is this browser's clock still right?
    const ready = refreshPreview();
    if (ready.blocked) {
      reason.querySelector('button')?.focus();
      return;
    }
    const { env } = ready.settings;
    if (env.production && !window.confirm(t('confirmProduction', { env: env.name, host: env.host }))) return;
    sendButton.dataset.busy = 'true';
    sendButton.setAttribute('aria-disabled', 'true');
    replace(reason, t('sending'));
    responseSlot.replaceChildren();
    const sent = text;
    const outcome = await sendCall(api, ready, sent);
    delete sendButton.dataset.busy;
    replace(responseSlot, responseView(outcome));
    await addCall(callRecord(endpoint, sent, outcome, ready.settings));
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
      h('section', { class: 'panel', 'aria-label': t('form') }, h('h3', {}, t('form')), form.element),
      h('div', { class: 'side' },
        h('section', { class: 'panel', 'aria-label': t('json') }, h('h3', {}, t('json')), editor, summary),
        responseSlot,
        preview)),
    h('div', { class: 'action-bar', role: 'region', 'aria-label': t('send'), dataset: { testid: 'action-bar' } },
      sendButton, target, reason, validity, skewSlot),
  );

  const draft = loadDraft(endpoint.id);
  if (draft === null) {
    form.setValue(exampleValue(endpoint));
    fromForm(exampleValue(endpoint));
  } else {
    editor.value = draft;
    fromEditor(draft);
  }
  return { element, refresh: refreshPreview };
}

/** The catalog's example as the form edits it (numbers keep their spelling). */
function exampleValue(endpoint) {
  return endpoint.example === undefined ? (endpoint.shape === 'array' ? [] : {}) : parseJsonText(JSON.stringify(endpoint.example));
}

function curlOf(url, body) {
  return `curl -X POST '${url}' -H 'Content-Type: application/json' --data-raw '${body.replace(/'/g, `'\\''`)}'`;
}
