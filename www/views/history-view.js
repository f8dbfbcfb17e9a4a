// The calls made in this browser session.

import { h, replace } from '../lib/dom.js';
import { clearHistory, readHistory } from '../lib/history.js';
import { t } from '../lib/i18n.js';

export function createHistoryView(api) {
  const body = h('div', {});
  function render() {
    const list = readHistory();
    replace(body, list.length
      ? h('table', { class: 'history' },
          h('thead', {}, h('tr', {}, [t('time'), t('type'), t('httpStatus'), t('latency'), t('result')].map((c) => h('th', {}, c)))),
          h('tbody', {}, list.map((e) => h('tr', { class: e.flag ? 'good' : 'bad' },
            h('td', {}, api.formatTimestamp(e.at)),
            h('td', {}, h('code', {}, e.endpoint)),
            h('td', {}, e.status ?? '—'),
            h('td', {}, e.latencyMs === null ? '—' : `${e.latencyMs} ms`),
            h('td', {}, e.code === null ? '' : [h('code', {}, e.code), ' '], e.message ?? '')))))
      : h('p', { class: 'note' }, t('noHistory')));
  }
  render();
  const element = h('article', { class: 'history-view' },
    h('h2', {}, t('navHistory')),
    body,
    h('button', { type: 'button', class: 'secondary', onclick: () => { clearHistory(); render(); } }, t('clearHistory')));
  return { element };
}
