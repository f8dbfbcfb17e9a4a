// The partner portal: loads the package's web build, reads the catalog, and shows one view at a
// time, chosen by the URL hash (#/type/<id>, #/batch/<id>, #/verify[/<id>], #/callbacks, #/history,
// #/settings).

import { isCallback, isServed } from './lib/catalog.js';
import { h, replace } from './lib/dom.js';
import { saveDraft } from './lib/drafts.js';
import { loadPackage } from './lib/hongxun.js';
import { currentLang, onLangChange, setLang, t } from './lib/i18n.js';
import { applySandboxDefaults } from './lib/settings.js';
import { createBatchView } from './views/batch-view.js';
import { createCallbacksView } from './views/callbacks-view.js';
import { createHistoryView } from './views/history-view.js';
import { navView } from './views/nav.js';
import { createRequestView } from './views/request-view.js';
import { createSettingsView } from './views/settings-view.js';
import { createVerifyView } from './views/verify-view.js';

const header = document.getElementById('top');
const aside = document.getElementById('types');
const main = document.getElementById('view');

let api;
let catalog;
let requestViews = new Map(); // one per type, so a half-filled form survives navigation
let callbacksView = null;
let batchViews = new Map(); // a run goes on while other views are shown
let pendingVerify = null; // a body handed over from "Callbacks"
let selected = null; // the request type shown, if any

function renderHeader(active) {
  const link = (hash, key) => h('a', { href: hash, class: active === key ? 'current' : null, 'aria-current': active === key ? 'page' : null }, t(key));
  replace(header,
    h('h1', {}, h('a', { href: '#/' }, t('appTitle'))),
    h('nav', { class: 'views', 'aria-label': 'views' },
      link('#/', 'navRequests'), link('#/verify', 'navVerify'), link('#/callbacks', 'navCallbacks'),
      link('#/history', 'navHistory'), link('#/settings', 'navSettings')),
    h('button', {
      type: 'button',
      class: 'secondary lang',
      dataset: { testid: 'lang' },
      onclick: () => setLang(currentLang() === 'zh' ? 'en' : 'zh'),
    }, currentLang() === 'zh' ? 'English' : '中文'));
}

function renderAside(selectedId) {
  selected = selectedId;
  const details = h('details', { class: 'types', open: window.matchMedia('(min-width: 760px)').matches || !selectedId },
    h('summary', {}, t('requestTypes')),
    navView(catalog, selectedId));
  replace(aside, details);
}

function show(active, selectedId, element) {
  renderHeader(active);
  renderAside(selectedId);
  replace(main, element);
  main.focus({ preventScroll: true });
}

/** Opens a request (from History or a saved one) in its type's form, as that type's draft. */
function openInForm(id, request) {
  saveDraft(id, request);
  requestViews.delete(id);
  location.hash = `#/type/${id}`;
}

function route() {
  const [, view, id] = location.hash.split('/');
  if (view !== 'callbacks') callbacksView?.stop();
  switch (view) {
    case 'type': {
      const endpoint = catalog.find((e) => e.id === id && isServed(e));
      if (!endpoint) break;
      if (!requestViews.has(id)) requestViews.set(id, createRequestView(endpoint, api));
      const v = requestViews.get(id);
      v.refresh();
      return show('navRequests', id, v.element);
    }
    case 'batch': {
      const endpoint = catalog.find((e) => e.id === id && e.batch && isServed(e));
      if (!endpoint) break;
      if (!batchViews.has(id)) batchViews.set(id, createBatchView(endpoint, api));
      return show('navRequests', id, batchViews.get(id).element);
    }
    case 'verify': {
      const endpoint = catalog.find((e) => e.id === id && isCallback(e));
      const v = createVerifyView(catalog, api, { selectedId: endpoint?.id ?? pendingVerify?.id, body: pendingVerify?.body });
      pendingVerify = null;
      return show('navVerify', endpoint?.id ?? null, v.element);
    }
    case 'callbacks':
      callbacksView ??= createCallbacksView(catalog, api, (body, endpointId) => {
        pendingVerify = { body, id: endpointId };
        location.hash = '#/verify';
      });
      callbacksView.start();
      return show('navCallbacks', null, callbacksView.element);
    case 'history':
      return show('navHistory', null, createHistoryView(catalog, api, openInForm).element);
    case 'settings':
      return show('navSettings', null, createSettingsView(() => requestViews.forEach((v) => v.refresh())).element);
    default:
  }
  location.replace(`#/type/${catalog.find(isServed).id}`);
}

async function boot() {
  document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
  try {
    api = await loadPackage();
    catalog = api.endpoints();
  } catch (e) {
    replace(main, h('p', { class: 'bad' }, `${t('loadFailed')}: ${e.message}`));
    return;
  }
  try {
    const res = await fetch('/sandbox/api/info');
    if (res.ok) applySandboxDefaults(await res.json());
  } catch {
    // Served by something other than the sandbox: no defaults to offer.
  }
  onLangChange(() => {
    requestViews = new Map();
    batchViews = new Map();
    callbacksView?.stop();
    callbacksView = null;
    route();
  });
  window.addEventListener('hashchange', route);
  // Crossing the phone breakpoint folds or unfolds the list of request types.
  window.matchMedia('(min-width: 760px)').addEventListener('change', () => renderAside(selected));
  route();
}

boot();
