// "Send in batches" for request types whose lines may go in several calls (the catalog's
// `batch`): a pasted list or a CSV/TSV file, planned and validated batch by batch
// (batch-plan.js), then signed and sent in order with progress, per-batch results, stop,
// resume and "retry failed".

import { lineFields, planBatches } from '../lib/batch-plan.js';
import { h, replace } from '../lib/dom.js';
import { loadDraft } from '../lib/drafts.js';
import { pick, problemText, t } from '../lib/i18n.js';
import { parseJsonText, toJsonText } from '../lib/json-text.js';
import { signAndSend } from '../lib/send.js';
import { getSettings, secretLength } from '../lib/settings.js';

const DEFAULT_MAX_LINES = 1000;

/** @param {object} endpoint  a type with `batch`  @param {object} api  the package */
export function createBatchView(endpoint, api) {
  const { lines: linesKey, counts } = endpoint.batch;
  const columns = lineFields(endpoint).map((f) => f.name);

  const template = h('textarea', { id: 'batch-template', class: 'code', rows: 6, spellcheck: 'false', dataset: { testid: 'batch-template' } });
  template.value = toJsonText(restOf(startingRequest(endpoint), endpoint.batch));
  const pasted = h('textarea', {
    id: 'batch-lines',
    class: 'code',
    rows: 8,
    spellcheck: 'false',
    placeholder: `${columns.join(',')}\n…`,
    dataset: { testid: 'batch-lines' },
  });
  const file = h('input', { id: 'batch-file', type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain', dataset: { testid: 'batch-file' } });
  const byLines = h('input', { type: 'radio', name: 'batch-limit', id: 'batch-by-lines', checked: true });
  const byBytes = h('input', { type: 'radio', name: 'batch-limit', id: 'batch-by-bytes' });
  const limit = h('input', { id: 'batch-limit', type: 'text', inputmode: 'numeric', value: String(DEFAULT_MAX_LINES), dataset: { testid: 'batch-limit' } });
  byLines.addEventListener('change', () => (limit.value = String(DEFAULT_MAX_LINES)));
  byBytes.addEventListener('change', () => (limit.value = String(1 << 20)));

  const checkButton = h('button', { type: 'button', class: 'secondary', dataset: { testid: 'batch-check' }, onclick: () => check() }, t('batchCheck'));
  const sendButton = h('button', { type: 'button', class: 'primary', disabled: true, dataset: { testid: 'batch-send' }, onclick: () => run(pendingOrder()) }, t('batchSend'));
  const stopButton = h('button', { type: 'button', class: 'secondary', disabled: true, dataset: { testid: 'batch-stop' }, onclick: () => stop() }, t('batchStop'));
  const retryButton = h('button', { type: 'button', class: 'secondary', disabled: true, dataset: { testid: 'batch-retry' }, onclick: () => run(failedOrder()) }, t('batchRetry'));
  const status = h('p', { class: 'note', role: 'status', dataset: { testid: 'batch-status' } });
  const bar = h('progress', { max: 1, value: 0, dataset: { testid: 'batch-progress' } });
  const progressText = h('span', { class: 'note', dataset: { testid: 'batch-progress-text' } });
  const problems = h('div', { dataset: { testid: 'batch-problems' } });
  const results = h('tbody', {});

  let plan = null;
  /** Per batch: { state: 'pending'|'sending'|'ok'|'failed', row, outcome } */
  let states = [];
  let running = false;
  let stopping = false;
  let planning = null; // AbortController of a check in progress
  let sentMs = 0;

  function limitOption() {
    const n = Number(limit.value.trim());
    return byBytes.checked ? { maxBytes: n } : { maxLines: n };
  }

  function source() {
    if (file.files?.length) return file.files[0];
    return new Blob([pasted.value]);
  }

  async function check() {
    planning?.abort();
    const controller = new AbortController();
    planning = controller;
    plan = null;
    states = [];
    replace(problems);
    replace(results);
    setButtons();
    let request;
    try {
      request = parseJsonText(template.value);
      if (request === null || typeof request !== 'object' || Array.isArray(request)) throw new SyntaxError(t('batchTemplateObject'));
    } catch (e) {
      status.textContent = t('jsonInvalid') + e.message;
      return;
    }
    status.textContent = t('batchReading');
    try {
      const planned = await planBatches({
        api,
        endpoint,
        template: request,
        blob: source(),
        limit: limitOption(),
        signal: controller.signal,
        onProgress: ({ phase, done, of }) => {
          bar.max = of || 1;
          bar.value = done;
          progressText.textContent = t(phase === 'reading' ? 'batchReadingBytes' : 'batchCheckingRows', { done, of });
        },
      });
      if (planning !== controller) return;
      plan = planned;
    } catch (e) {
      if (controller.signal.aborted) return;
      status.textContent = e.row ? `${t('batchRow', { row: e.row })}: ${problemText(e)}` : problemText(e);
      return;
    } finally {
      if (planning === controller) planning = null;
      setButtons();
    }
    states = plan.batches.map(() => ({ state: 'pending' }));
    replace(results, plan.batches.map((batch, i) => resultRow(batch, i)));
    const invalid = plan.batches.filter((b) => b.errorCount > 0);
    status.textContent = t('batchPlanned', { rows: plan.rows, batches: plan.batches.length });
    replace(problems, invalid.length
      ? [h('p', { class: 'bad' }, t('batchInvalid', { n: invalid.length })),
        h('ul', { class: 'errors' }, invalid.slice(0, 20).flatMap((b) => b.problems.map((p) =>
          h('li', {}, `${t('batchNumber', { n: plan.batches.indexOf(b) + 1 })} · `, p.row ? `${t('batchRow', { row: p.row })} · ` : '', h('code', {}, p.path || '/'), ' ', problemText(p)))))]
      : h('p', { class: 'ok' }, `✓ ${t('batchAllValid', { n: plan.batches.length })}`));
    showProgress();
    setButtons();
  }

  function resultRow(batch, i) {
    const last = batch.first + batch.lines;
    return h('tr', { dataset: { batch: i, state: 'pending' } },
      h('td', {}, i + 1),
      h('td', {}, `${batch.first + 1}–${last}`),
      h('td', { class: 'state' }, batch.errorCount ? t('batchStateInvalid') : t('batchStatePending')),
      h('td', { class: 'http' }, ''),
      h('td', { class: 'answer' }, ''));
  }

  function showResult(i) {
    const row = results.children[i];
    const { state, outcome } = states[i];
    row.dataset.state = state;
    row.className = state === 'ok' ? 'good' : state === 'failed' ? 'bad' : '';
    row.querySelector('.state').textContent = t(`batchState${state[0].toUpperCase()}${state.slice(1)}`);
    row.querySelector('.http').textContent = outcome?.status ?? '';
    const answer = outcome?.answer;
    replace(row.querySelector('.answer'), answer ? [h('code', {}, answer.code), ' ', answer.message] : outcome?.error);
  }

  const pendingOrder = () => states.map((s, i) => i).filter((i) => states[i].state === 'pending');
  const failedOrder = () => states.map((s, i) => i).filter((i) => states[i].state === 'failed');

  /** Sends the batches numbered in `order`, one after the other, until done or stopped. */
  async function run(order) {
    if (!plan || running || !order.length) return;
    const { env } = getSettings();
    if (env.production && !window.confirm(t('confirmProduction', { env: env.name, host: env.host }))) return;
    running = true;
    stopping = false;
    setButtons();
    for (const i of order) {
      if (stopping) break;
      states[i] = { state: 'sending' };
      showResult(i);
      const started = performance.now();
      let outcome;
      try {
        // Only the answer is kept: a batch's request and envelope are as large as the batch.
        const { status, answer, error } = await signAndSend(api, endpoint, await plan.request(plan.batches[i]));
        outcome = { status, answer, error };
      } catch (e) {
        outcome = { error: problemText(e) };
      }
      sentMs += performance.now() - started;
      states[i] = { state: outcome.answer?.flag ? 'ok' : 'failed', outcome };
      showResult(i);
      showProgress();
    }
    running = false;
    status.textContent = stopping ? t('batchStopped') : t('batchFinished', { ok: count('ok'), failed: count('failed') });
    setButtons();
  }

  function stop() {
    stopping = true;
    status.textContent = t('batchStopping');
    setButtons();
  }

  const count = (state) => states.filter((s) => s.state === state).length;

  function showProgress() {
    if (!plan) return;
    const done = states.filter((s) => s.state === 'ok' || s.state === 'failed');
    const linesDone = plan.batches.reduce((sum, b, i) => sum + (states[i].state === 'ok' ? b.lines : 0), 0);
    const left = plan.batches.length - done.length;
    bar.max = plan.batches.length || 1;
    bar.value = done.length;
    progressText.textContent = t('batchProgress', {
      n: done.length,
      m: plan.batches.length,
      lines: linesDone,
      rows: plan.rows,
      elapsed: clock(sentMs),
      remaining: done.length ? clock((sentMs / done.length) * left) : '—',
    });
  }

  function setButtons() {
    const invalid = plan?.batches.some((b) => b.errorCount > 0) ?? true;
    const noSecret = endpoint.envelope !== 'device' && getSettings().signAt !== 'gateway' && secretLength() === 0;
    checkButton.disabled = running;
    sendButton.disabled = running || invalid || noSecret || !states.some((s) => s.state === 'pending');
    sendButton.textContent = states.some((s) => s.state !== 'pending') ? t('batchResume') : t('batchSend');
    stopButton.disabled = !running || stopping;
    retryButton.disabled = running || !states.some((s) => s.state === 'failed');
    if (noSecret && plan && !running) status.textContent = t('needSecret');
  }

  const element = h('article', { class: 'batch-view', dataset: { endpoint: endpoint.id } },
    h('header', { class: 'view-head' },
      h('h2', {}, t('batchTitle'), ' · ', pick(endpoint.titleZh, endpoint.titleEn), ' ', h('small', {}, endpoint.id)),
      h('p', { class: 'note' }, t('batchIntro', { lines: linesKey }), counts ? [' ', t('batchCounts', { fields: [counts.total, counts.current, counts.remaining].join(', ') })] : null),
      h('a', { href: `#/type/${endpoint.id}` }, t('batchBackToForm'))),
    h('div', { class: 'editors' },
      h('section', { class: 'panel' },
        h('h3', {}, t('batchLinesTitle')),
        h('p', { class: 'note' }, t('batchColumns'), ' ', columns.map((c) => h('code', {}, c, ' '))),
        h('div', { class: 'field' }, h('label', { for: 'batch-lines' }, t('batchPaste')), pasted),
        h('div', { class: 'field' }, h('label', { for: 'batch-file' }, t('batchFile')), file),
        h('fieldset', { class: 'field batch-limit' },
          h('legend', {}, t('batchLimit')),
          h('label', { class: 'check' }, byLines, t('batchByLines')),
          h('label', { class: 'check' }, byBytes, t('batchByBytes')),
          h('label', { for: 'batch-limit', class: 'sr-only' }, t('batchLimit')),
          limit)),
      h('section', { class: 'panel' },
        h('h3', {}, h('label', { for: 'batch-template' }, t('batchTemplate'))),
        h('p', { class: 'note' }, t('batchTemplateHelp', { lines: linesKey })),
        template)),
    h('div', { class: 'send-bar' }, checkButton, sendButton, stopButton, retryButton),
    status,
    h('div', { class: 'batch-progress' }, bar, ' ', progressText),
    problems,
    h('table', { class: 'batches', dataset: { testid: 'batch-results' } },
      h('thead', {}, h('tr', {}, [t('batchNumberHead'), t('batchRows'), t('batchStateHead'), t('httpStatus'), t('result')].map((c) => h('th', {}, c)))),
      results));
  return { element };
}

/** The type's draft if there is one, else its example. */
function startingRequest(endpoint) {
  const draft = loadDraft(endpoint.id);
  try {
    if (draft !== null) return parseJsonText(draft);
  } catch {
    // A draft that cannot be read (edited by hand): fall back to the example.
  }
  return parseJsonText(JSON.stringify(endpoint.example ?? {}));
}

/** The request without its lines and count fields (the package fills those in per batch). */
function restOf(request, { lines, counts }) {
  const rest = request !== null && typeof request === 'object' && !Array.isArray(request) ? { ...request } : {};
  for (const name of [lines, counts?.total, counts?.current, counts?.remaining]) delete rest[name];
  return rest;
}

/** Milliseconds as m:ss. */
function clock(ms) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
