// An answer of the gateway: HTTP status, latency, and the parsed `{code, message, flag, value}`,
// with the signature doctor's diagnosis when there is one.

import { h } from '../lib/dom.js';
import { pick, t } from '../lib/i18n.js';

/** @param {{ status?, latencyMs?, answer?, error?, raw?, envelope? }} outcome */
export function responseView(outcome) {
  const facts = [
    outcome.status !== undefined ? h('span', { class: 'fact' }, `${t('httpStatus')} `, h('b', { dataset: { testid: 'http-status' } }, outcome.status)) : null,
    outcome.latencyMs !== undefined ? h('span', { class: 'fact' }, `${t('latency')} `, h('b', {}, `${outcome.latencyMs} ms`)) : null,
  ];
  if (outcome.error) {
    return h('section', { class: 'response bad', 'aria-live': 'polite', dataset: { testid: 'response' } },
      h('h3', {}, t('response')), facts, h('p', { dataset: { testid: 'response-error' } }, outcome.error), outcome.raw ? h('pre', { class: 'code' }, outcome.raw) : null);
  }
  const { code, message, flag, value } = outcome.answer;
  const diagnosis = value?.diagnosis;
  return h(
    'section',
    { class: `response ${flag ? 'good' : 'bad'}`, 'aria-live': 'polite', dataset: { testid: 'response' } },
    h('h3', {}, t('response')),
    h('div', { class: 'facts' }, facts,
      h('span', { class: 'fact' }, 'code ', h('b', { dataset: { testid: 'response-code' } }, code)),
      h('span', { class: `badge ${flag ? 'ok' : 'fail'}` }, flag ? t('accepted') : t('refused'))),
    h('p', { class: 'message', dataset: { testid: 'response-message' } }, message),
    diagnosis ? diagnosisView(diagnosis) : null,
    value !== undefined ? h('pre', { class: 'code' }, JSON.stringify(value, null, 2)) : null,
    outcome.envelope ? [h('h4', {}, t('signedEnvelope')), h('pre', { class: 'code', dataset: { testid: 'gateway-envelope' } }, JSON.stringify(outcome.envelope, null, 2))] : null,
  );
}

/** The doctor's finding: which common client mistake a wrong signature matches. */
export function diagnosisView(diagnosis) {
  return h(
    'div',
    { class: 'diagnosis', dataset: { testid: 'diagnosis' } },
    h('b', {}, `${t('diagnosis')}: `),
    pick(diagnosis.messageZh, diagnosis.message),
    diagnosis.code ? [' ', h('code', {}, diagnosis.code)] : null,
  );
}
