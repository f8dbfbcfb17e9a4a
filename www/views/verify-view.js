// "Verify a callback": paste a body Hongxun sent and see whether its signature, timestamp and
// schema hold (the package's verifyRequest, with the secret from Settings).

import { isCallback } from '../../shared/catalog.js';
import { h, replace } from '../lib/dom.js';
import { duration, pick, problemText, t } from '../lib/i18n.js';
import { problemKind } from '../../shared/problems.js';
import { credentials, getSettings, secretLength } from '../lib/settings.js';

const CHECKS = [
  ['envelope', 'checkEnvelope'],
  ['signature', 'checkSignature'],
  ['timestamp', 'checkTimestamp'],
  ['request', 'checkSchema'],
];

/** @param {{ selectedId?: string, body?: string }} initial */
export function createVerifyView(catalog, api, initial = {}) {
  const types = catalog.filter(isCallback);
  const select = h('select', { id: 'verify-type', dataset: { testid: 'verify-type' } },
    h('option', { value: '' }, t('anyType')),
    types.map((e) => h('option', { value: e.id, selected: e.id === initial.selectedId }, `${pick(e.titleZh, e.titleEn)} (${e.id})`)));
  const body = h('textarea', { id: 'verify-body', class: 'code', rows: 10, spellcheck: 'false', dataset: { testid: 'verify-body' } });
  body.value = initial.body ?? '';
  const result = h('div', { 'aria-live': 'polite', dataset: { testid: 'verify-result' } });

  function verify() {
    if (secretLength() === 0) {
      replace(result, h('p', { class: 'bad' }, t('needSecret')));
      return;
    }
    const { createBy, dataSource } = getSettings();
    let verification;
    try {
      verification = api.verifyRequest(
        body.value,
        { ...credentials(), createBy: createBy || undefined, dataSource: dataSource || undefined },
        { endpoint: select.value || undefined },
      );
    } catch (e) {
      replace(result, h('p', { class: 'bad' }, problemText(e)));
      return;
    }
    replace(result, verificationView(verification, Boolean(select.value), signatures(api, body.value, verification)));
  }

  const element = h('article', { class: 'verify-view' },
    h('h2', {}, t('navVerify')),
    h('p', { class: 'note' }, t('verifyIntro')),
    h('div', { class: 'field' }, h('label', { for: 'verify-type' }, t('callbackType')), select),
    h('div', { class: 'field' }, h('label', { for: 'verify-body' }, t('body')), body),
    h('div', { class: 'send-bar' }, h('button', { type: 'button', class: 'primary', dataset: { testid: 'verify' }, onclick: verify }, t('verify'))),
    result);
  return { element };
}

/**
 * The received signature beside the one the package computes for the same body with the secret
 * from Settings (`sign`, over the received request and envelope fields); null unless it failed.
 */
function signatures(api, bodyText, verification) {
  if (!verification.errors.some((e) => problemKind(e) === 'signature') || verification.request === undefined) return null;
  const envelope = JSON.parse(bodyText);
  const { createBy, dataSource, timestamp, sign } = envelope;
  return { received: sign, expected: api.sign({ createBy, dataSource, timestamp, secret: credentials().secret, request: verification.request }) };
}

/** How far the signed time is from this computer's clock, and the window it must fall in. */
function skewView({ skewSeconds, toleranceSeconds }) {
  const key = skewSeconds < 0 ? 'skewBehind' : 'skewAhead';
  return h('div', { class: 'note', dataset: { testid: 'timestamp-skew' } },
    t(key, { offset: duration(Math.abs(skewSeconds)), tolerance: toleranceSeconds }));
}

function signaturesView({ received, expected }) {
  return h('dl', { class: 'signatures', dataset: { testid: 'signatures' } },
    h('div', {}, h('dt', {}, t('receivedSign')), h('dd', {}, h('code', { dataset: { testid: 'received-sign' } }, received))),
    h('div', {}, h('dt', {}, t('expectedSign')), h('dd', {}, h('code', { dataset: { testid: 'expected-sign' } }, expected))));
}

function verificationView(verification, schemaChecked, signs) {
  const byKind = Object.fromEntries(CHECKS.map(([kind]) => [kind, verification.errors.filter((e) => problemKind(e) === kind)]));
  const envelopeFailed = byKind.envelope.length > 0;
  const rows = CHECKS.map(([kind, label]) => {
    const problems = byKind[kind];
    const skipped = (kind !== 'envelope' && envelopeFailed) || (kind === 'request' && !schemaChecked);
    const state = problems.length ? 'fail' : skipped ? 'skip' : 'ok';
    return h('tr', { class: state, dataset: { check: kind } },
      h('th', {}, t(label)),
      h('td', {}, h('span', { class: `badge ${state}` }, state === 'ok' ? t('checkOk') : state === 'fail' ? t('checkFailed') : t('checkSkipped'))),
      // The package's message is the whole finding (the doctor's included); its code comes after.
      h('td', {}, problems.map((p) => h('div', { dataset: { testid: `problem-${kind}` } },
        p.path ? [h('code', {}, p.path), ' '] : null,
        problemText(p),
        p.diagnosis ? [' ', h('code', { class: 'muted' }, p.diagnosis.code)] : null)),
      kind === 'signature' && signs ? signaturesView(signs) : null,
      kind === 'timestamp' && typeof verification.skewSeconds === 'number' ? skewView(verification) : null));
  });
  return [
    h('p', { class: verification.ok ? 'ok' : 'bad', dataset: { testid: 'verify-verdict' } }, verification.ok ? `✓ ${t('verifiedOk')}` : `✗ ${t('verifiedBad')}`),
    h('table', { class: 'checks' }, h('tbody', {}, rows)),
    verification.warnings.length
      ? h('ul', { class: 'warnings' }, verification.warnings.map((w) => h('li', {}, problemText(w))))
      : null,
  ];
}
