// The partner portal: loads the package's web build, reads the catalog, and shows one view at a
// time, chosen by the URL hash (#/type/<id>, #/batch/<id>, #/verify[/<id>], #/callbacks, #/history,
// #/settings). Below 900 px the list of request types is a drawer, closed whenever a view or a type
// is chosen.

import { isCallback, isServed } from '../shared/catalog.js';
import { onSkewChange, readGatewayInfo } from './lib/clock.js';
import { h, replace } from './lib/dom.js';
import { saveDraft } from './lib/drafts.js';
import { endpoints, loadPackage } from './lib/hongxun.js';
import { currentLang, onLangChange, setLang, t } from './lib/i18n.js';
import { applyGatewayInfo, currentEnv, onSettingsChange } from './lib/settings.js';
import { createBatchView } from './views/batch-view.js';
import { createCallbacksView } from './views/callbacks-view.js';
import { clockWarning } from './views/clock-warning.js';
import { envSwitcher } from './views/env-switcher.js';
import { createHistoryView } from './views/history-view.js';
import { navView } from './views/nav.js';
import { createRequestView } from './views/request-view.js';
import { createSettingsView } from './views/settings-view.js';
import { createVerifyView } from './views/verify-view.js';

const skip = document.getElementById('skip');
const header = document.getElementById('top');
const banner = document.getElementById('banner');
const aside = document.getElementById('types');
const main = document.getElementById('view');
const narrow = window.matchMedia('(max-width: 900px)');

let api;
let catalog;
let requestViews = new Map(); // one per type, so a half-filled form survives navigation
let callbacksView = null;
let batchViews = new Map(); // a run goes on while other views are shown
let pendingVerify = null; // a body handed over from "Callbacks"
let selected = null; // the request type shown, if any
let active = null; // the view's key in the top bar
let shownEnv = null; // the environment the current view was made for
let drawerOpen = false;
let navigated = false; // whether the hash has changed since the page loaded

function renderHeader() {
  const link = (hash, key) => h('a', { href: hash, class: active === key ? 'current' : null, 'aria-current': active === key ? 'page' : null }, t(key));
  replace(header,
    h('button', {
      type: 'button',
      class: 'menu-toggle secondary',
      'aria-controls': 'types',
      'aria-expanded': String(drawerOpen),
      dataset: { testid: 'menu' },
      onclick: () => setDrawer(!drawerOpen),
    }, '☰ ', t('menu')),
    h('h1', {}, h('a', { href: '#/' }, t('appTitle'))),
    h('nav', { class: 'views', 'aria-label': t('appTitle') },
      link('#/', 'navRequests'), link('#/verify', 'navVerify'), link('#/callbacks', 'navCallbacks'),
      link('#/history', 'navHistory'), link('#/settings', 'navSettings')),
    envSwitcher(),
    h('button', {
      type: 'button',
      class: 'secondary lang',
      lang: currentLang() === 'zh' ? 'en' : 'zh-CN',
      dataset: { testid: 'lang' },
      onclick: () => setLang(currentLang() === 'zh' ? 'en' : 'zh'),
    }, currentLang() === 'zh' ? 'English' : '中文'));
  header.classList.toggle('production', currentEnv().production);
  replace(skip, t('skipToContent'));
}

function renderAside() {
  replace(aside,
    h('div', { class: 'aside-head' },
      h('h2', {}, t('requestTypes')),
      h('button', { type: 'button', class: 'link drawer-close', 'aria-label': t('closeMenu'), onclick: () => setDrawer(false, true) }, '✕')),
    navView(catalog, selected));
}

/** Opens or closes the drawer (phone width); on the desktop the list is always shown. */
function setDrawer(open, returnFocus = false) {
  drawerOpen = open && narrow.matches;
  aside.classList.toggle('open', drawerOpen);
  document.body.classList.toggle('drawer-open', drawerOpen);
  header.querySelector('.menu-toggle')?.setAttribute('aria-expanded', String(drawerOpen));
  if (drawerOpen) (aside.querySelector('a.current') ?? aside.querySelector('a'))?.focus();
  else if (returnFocus) header.querySelector('.menu-toggle')?.focus();
}

function renderBanner() {
  replace(banner, clockWarning());
}

/** Shows a view; after a navigation the focus moves to it (on the first load the skip link leads). */
function show(key, selectedId, element) {
  active = key;
  selected = selectedId;
  shownEnv = currentEnv().name;
  renderHeader();
  renderAside();
  setDrawer(false);
  replace(main, element);
  if (navigated) main.focus({ preventScroll: true });
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
      return show('navSettings', null, createSettingsView().element);
    default:
  }
  location.replace(`#/type/${catalog.find(isServed).id}`);
}

/** Settings changed: another environment redraws the view; otherwise requests re-sign. */
function settingsChanged() {
  const switching = document.activeElement?.id === 'env'; // keep the keyboard on the switcher
  if (currentEnv().name !== shownEnv) route();
  else {
    renderHeader();
    requestViews.forEach((v) => v.refresh());
  }
  if (switching) document.getElementById('env').focus();
}

async function boot() {
  document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
  skip.addEventListener('click', (e) => {
    e.preventDefault(); // the hash is the router's
    main.focus();
  });
  try {
    api = await loadPackage();
    catalog = endpoints();
  } catch (e) {
    replace(main, h('p', { class: 'bad' }, `${t('loadFailed')}: ${e.message}`));
    return;
  }
  const info = await readGatewayInfo();
  if (info) applyGatewayInfo(info);
  onSkewChange(renderBanner);
  renderBanner();
  onSettingsChange(settingsChanged);
  onLangChange(() => {
    requestViews = new Map();
    batchViews = new Map();
    callbacksView?.stop();
    callbacksView = null;
    route();
    renderBanner();
  });
  window.addEventListener('hashchange', () => {
    navigated = true;
    route();
  });
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && drawerOpen) setDrawer(false, true);
  });
  narrow.addEventListener('change', () => setDrawer(false));
  route();
}

boot();
