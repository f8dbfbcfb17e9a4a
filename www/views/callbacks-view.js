// "Callbacks": what the sandbox's receiver got from the sandbox playing Hongxun, each verified
// with verifyRequest on arrival. Polls the sandbox while shown.

import { h, replace } from '../lib/dom.js';
import { pick, t } from '../lib/i18n.js';

const POLL_MS = 1500;

/** @param {(body: string, id: string) => void} openInVerify */
export function createCallbacksView(catalog, api, openInVerify) {
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const list = h('div', { dataset: { testid: 'callbacks' } });
  const failures = h('div', {});
  let received = [];
  const deliveries = new Map(); // id → its latest state (a delivery comes again at each attempt)
  let since = 0;
  let timer = null;

  async function poll() {
    try {
      const res = await fetch(`/sandbox/api/callbacks?since=${since}`);
      if (!res.ok) return;
      const data = await res.json();
      received = [...data.received, ...received].slice(0, 200);
      for (const d of data.deliveries.toReversed()) {
        deliveries.delete(d.id);
        deliveries.set(d.id, d);
      }
      while (deliveries.size > 200) deliveries.delete(deliveries.keys().next().value);
      since = Math.max(since, ...data.received.map((e) => e.seq), ...data.deliveries.map((e) => e.seq));
      render();
    } finally {
      if (timer !== null) timer = setTimeout(poll, POLL_MS);
    }
  }

  function render() {
    replace(list, received.length ? received.map(entry) : h('p', { class: 'note' }, t('noCallbacks')));
    // Given up, or failed at least once and waiting for its next attempt.
    const troubled = [...deliveries.values()].filter((d) => d.state === 'failed' || (d.state === 'pending' && d.attempts.length > 0)).reverse();
    replace(failures, troubled.length
      ? [h('h3', {}, t('deliveries')), h('ul', {}, troubled.map(delivery))]
      : null);
  }

  function delivery(d) {
    const when = d.state === 'pending' ? `${t('nextAttempt')} ${api.formatTimestamp(d.nextAttemptAt)}` : t('givenUp');
    return h('li', { dataset: { endpoint: d.endpoint, state: d.state } },
      h('code', {}, d.endpoint), ' ', `${d.attempts.length} ${t('attempts')} · ${when} · `, d.error ?? d.message ?? '');
  }

  function entry(e) {
    const endpoint = byId.get(e.endpoint);
    let request = '';
    try {
      request = JSON.stringify(JSON.parse(e.body).request, null, 2);
    } catch {
      request = e.body;
    }
    return h('details', { class: `callback ${e.ok ? 'good' : 'bad'}`, dataset: { endpoint: e.endpoint } },
      h('summary', {},
        h('span', { class: `badge ${e.ok ? 'ok' : 'fail'}` }, e.ok ? `✓ ${t('verified')}` : `✗ ${t('notVerified')}`), ' ',
        h('b', {}, endpoint ? pick(endpoint.titleZh, endpoint.titleEn) : e.endpoint), ' ',
        h('code', {}, e.endpoint), ' ',
        h('time', {}, api.formatTimestamp(e.receivedAt))),
      e.ok ? null : h('p', { class: 'bad' }, e.message),
      h('pre', { class: 'code' }, request),
      h('button', { type: 'button', class: 'link', onclick: () => openInVerify(e.body, e.endpoint) }, t('openInVerify')));
  }

  const element = h('article', { class: 'callbacks-view' },
    h('h2', {}, t('navCallbacks')),
    h('p', { class: 'note' }, t('callbacksIntro')),
    h('h3', {}, t('received')),
    list,
    failures);

  return {
    element,
    start() {
      if (timer === null) {
        timer = 0;
        poll();
      }
    },
    stop() {
      clearTimeout(timer);
      timer = null;
    },
  };
}
