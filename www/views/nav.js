// The request types, grouped as the documentation groups them, with direction badges.
// Callbacks (H→C) lead to "Verify a callback" for their type.

import { isCallback } from '../../shared/catalog.js';
import { h } from '../lib/dom.js';
import { pick, t } from '../lib/i18n.js';

/** A badge saying who calls whom (C→H, H→C, Carrier→H, Device→H). */
export function directionBadge(endpoint) {
  const kind = isCallback(endpoint) ? 'callback' : endpoint.envelope === 'device' ? 'device' : 'inbound';
  return h('span', { class: `badge direction ${kind}`, title: isCallback(endpoint) ? t('callbackMode') : null }, endpoint.direction);
}

/** The route of a request type: its form, or the verifier for callbacks. */
export function routeOf(endpoint) {
  return isCallback(endpoint) ? `#/verify/${endpoint.id}` : `#/type/${endpoint.id}`;
}

/** @param {object[]} catalog  @param {string|null} selectedId */
export function navView(catalog, selectedId) {
  const groups = new Map();
  for (const endpoint of catalog) {
    if (!groups.has(endpoint.group)) groups.set(endpoint.group, []);
    groups.get(endpoint.group).push(endpoint);
  }
  return h(
    'nav',
    { class: 'catalog', 'aria-label': t('requestTypes') },
    [...groups.values()].map((list) =>
      h('section', { class: 'group' },
        h('h3', {}, pick(list[0].groupTitleZh, list[0].groupTitleEn) ?? list[0].group),
        h('ul', {}, list.map((endpoint) =>
          h('li', {},
            h('a', {
              href: routeOf(endpoint),
              class: endpoint.id === selectedId ? 'current' : null,
              'aria-current': endpoint.id === selectedId ? 'page' : null,
              dataset: { endpoint: endpoint.id },
            },
            h('span', { class: 'title' }, pick(endpoint.titleZh, endpoint.titleEn)),
            h('span', { class: 'subtitle' }, pick(endpoint.titleEn, endpoint.titleZh)),
            directionBadge(endpoint))))))),
  );
}
