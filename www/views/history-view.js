// History and saved requests (IndexedDB, see lib/history.js): search, open in the form, resend
// with a fresh signature, save under a name, delete, clear, export and import.

import { isServed } from '../../shared/catalog.js';
import { h, replace } from '../lib/dom.js';
import { addCall, clearCalls, deleteCall, deleteSaved, exportAll, importAll, listCalls, listSaved, matches, saveRequest } from '../lib/history.js';
import { problemText, t } from '../lib/i18n.js';
import { callRecord, signAndSend } from '../lib/send.js';
import { copyBlock } from './copy-block.js';

/**
 * @param {object[]} catalog  @param {object} api
 * @param {(id: string, request: string) => void} openInForm
 */
export function createHistoryView(catalog, api, openInForm) {
  const byId = new Map(catalog.filter(isServed).map((e) => [e.id, e]));
  const search = h('input', { type: 'search', id: 'history-search', placeholder: t('searchPlaceholder'), dataset: { testid: 'history-search' }, oninput: () => render() });
  const calls = h('div', { dataset: { testid: 'history' } });
  const saved = h('div', { dataset: { testid: 'saved' } });
  const status = h('p', { class: 'note', role: 'status', dataset: { testid: 'history-status' } });
  const importInput = h('input', { type: 'file', accept: 'application/json,.json', hidden: true, dataset: { testid: 'history-import' }, onchange: () => importFile() });
  let allCalls = [];
  let allSaved = [];

  async function load() {
    [allCalls, allSaved] = await Promise.all([listCalls(), listSaved()]);
    render();
  }

  function render() {
    const q = search.value;
    const shownCalls = allCalls.filter((c) => matches(c, q));
    replace(calls, shownCalls.length ? shownCalls.map(callEntry) : h('p', { class: 'note' }, t('noHistory')));
    const shownSaved = allSaved.filter((s) => matches(s, q));
    replace(saved, shownSaved.length
      ? h('ul', { class: 'saved-list' }, shownSaved.map((s) => h('li', { dataset: { name: s.name } },
          h('b', {}, s.name), ' ', h('code', {}, s.endpoint), ' ',
          h('button', { type: 'button', class: 'link', onclick: () => openInForm(s.endpoint, s.request) }, t('reopen')),
          h('button', { type: 'button', class: 'link danger', onclick: async () => { await deleteSaved(s.name); await load(); } }, t('remove')))))
      : h('p', { class: 'note' }, t('noSaved')));
  }

  function callEntry(c) {
    const good = c.flag === true;
    return h('details', { class: `call ${good ? 'good' : 'bad'}`, dataset: { id: c.id, endpoint: c.endpoint } },
      h('summary', {},
        h('time', {}, api.formatTimestamp(c.at)), ' ',
        h('code', { class: 'endpoint' }, c.endpoint), ' ',
        h('span', { class: 'env' }, c.environment ?? ''), ' ',
        h('span', { class: `badge ${good ? 'ok' : 'fail'}` }, c.status ?? '—'), ' ',
        c.latencyMs === null || c.latencyMs === undefined ? '' : `${c.latencyMs} ms · `,
        c.code === null || c.code === undefined ? '' : [h('code', {}, c.code), ' '], c.message ?? ''),
      h('div', { class: 'call-actions' },
        h('button', { type: 'button', class: 'secondary', dataset: { testid: 'reopen' }, onclick: () => openInForm(c.endpoint, c.request) }, t('reopen')),
        h('button', { type: 'button', class: 'secondary', dataset: { testid: 'resend' }, disabled: !byId.has(c.endpoint), onclick: () => resend(c) }, t('resend')),
        h('button', { type: 'button', class: 'secondary', dataset: { testid: 'save-as' }, onclick: () => saveAs(c) }, t('saveAs')),
        h('button', { type: 'button', class: 'link danger', dataset: { testid: 'delete' }, onclick: async () => { await deleteCall(c.id); await load(); } }, t('remove'))),
      copyBlock(t('request'), c.request, 'call-request'),
      c.envelope ? copyBlock(t('envelope'), c.envelope, 'call-envelope') : null,
      c.headers ? copyBlock(t('headers'), Object.entries(c.headers).map(([k, v]) => `${k}: ${v}`).join('\n'), 'call-headers') : null,
      c.raw !== undefined && c.raw !== null ? copyBlock(t('rawAnswer'), c.raw, 'call-raw') : null);
  }

  async function resend(c) {
    status.textContent = t('sending');
    try {
      const outcome = await signAndSend(api, byId.get(c.endpoint), c.request);
      await addCall(callRecord(byId.get(c.endpoint), c.request, outcome));
      status.textContent = `${t('resent')}: ${outcome.answer ? `${outcome.answer.code} ${outcome.answer.message}` : outcome.error}`;
    } catch (e) {
      status.textContent = problemText(e);
    }
    await load();
  }

  async function saveAs(c) {
    const name = window.prompt(t('saveName'), `${c.endpoint} ${api.formatTimestamp(c.at)}`);
    if (!name?.trim()) return;
    await saveRequest({ name: name.trim(), endpoint: c.endpoint, request: c.request });
    status.textContent = t('savedAs', { name: name.trim() });
    await load();
  }

  async function exportFile() {
    const data = await exportAll();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = h('a', { href: url, download: `hongxun-portal-${data.exportedAt.slice(0, 10)}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  async function importFile() {
    const file = importInput.files?.[0];
    if (!file) return;
    let data;
    try {
      data = JSON.parse(await file.text());
    } catch (e) {
      data = null;
    }
    const result = await importAll(data, entryProblem(byId, api));
    importInput.value = '';
    replace(status,
      t('imported', { history: result.history, saved: result.saved, skipped: result.skipped.length }),
      result.skipped.length
        ? h('ul', { dataset: { testid: 'import-skipped' } }, result.skipped.map((s) => h('li', {}, s.kind === 'file' ? t('importNotExport') : t('importSkipped', { n: s.n, kind: s.kind, why: s.why }))))
        : null);
    await load();
  }

  const element = h('article', { class: 'history-view' },
    h('h2', {}, t('navHistory')),
    h('p', { class: 'note' }, t('historyIntro')),
    h('div', { class: 'send-bar' },
      h('label', { for: 'history-search' }, t('search')), search,
      h('button', { type: 'button', class: 'secondary', dataset: { testid: 'export' }, onclick: () => exportFile() }, t('exportAll')),
      h('button', { type: 'button', class: 'secondary', onclick: () => importInput.click() }, t('importFile')), importInput,
      h('button', { type: 'button', class: 'link danger', dataset: { testid: 'clear-history' }, onclick: async () => { if (window.confirm(t('confirmClear'))) { await clearCalls(); await load(); } } }, t('clearHistory'))),
    status,
    h('h3', {}, t('savedRequests')),
    saved,
    h('h3', {}, t('navHistory')),
    calls);
  load();
  return { element };
}

/** Why an imported entry cannot be kept, or null: a served type, request JSON the package reads. */
function entryProblem(byId, api) {
  return (kind, entry) => {
    if (entry === null || typeof entry !== 'object') return 'not an object';
    if (!byId.has(entry.endpoint)) return `unknown request type "${entry.endpoint}"`;
    if (typeof entry.request !== 'string') return 'request is not JSON text';
    try {
      api.canonicalize(entry.request);
    } catch (e) {
      return problemText(e);
    }
    if (kind === 'saved') return typeof entry.name === 'string' && entry.name.trim() ? null : 'no name';
    if (!Number.isFinite(entry.at)) return 'no time';
    if (entry.envelope !== undefined && entry.envelope !== null && typeof entry.envelope !== 'string') return 'envelope is not text';
    if (entry.status !== undefined && entry.status !== null && !Number.isInteger(entry.status)) return 'status is not a number';
    return null;
  };
}
