// One call: sign a request with a fresh timestamp (the package's buildRequest) and POST it where
// Settings point. Used by the request form, batches and History's "resend".

import { servedPath } from './catalog.js';
import { problemText, t } from './i18n.js';
import { credentials, getSettings } from './settings.js';

/** Who signs: the device envelope takes the warehouseCode, every other type the credentials. */
export function signer(endpoint) {
  return endpoint.envelope === 'device' ? { warehouseCode: getSettings().warehouseCode } : credentials();
}

/** Where a request type goes with the current settings. */
export function targetUrl(endpoint) {
  return getSettings().baseUrl.replace(/\/+$/, '') + servedPath(endpoint);
}

/**
 * Signs `request` (JSON text) now and sends it. Resolves `{ url, built, status?, headers?,
 * latencyMs?, raw?, answer?, error? }`; throws only what buildRequest throws.
 */
export async function signAndSend(api, endpoint, request, { signal } = {}) {
  const built = api.buildRequest(endpoint.id, request, signer(endpoint), { now: Date.now() });
  const url = targetUrl(endpoint);
  const started = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: built.body, signal });
    const raw = await res.text();
    const outcome = { url, built, status: res.status, headers: Object.fromEntries(res.headers), latencyMs: Math.round(performance.now() - started), raw };
    try {
      outcome.answer = api.parseResponse(raw);
    } catch (e) {
      outcome.error = t('unreadable') + problemText(e);
    }
    return outcome;
  } catch (e) {
    return { url, built, error: t('networkError') + e.message };
  }
}

/** What History keeps of one send (lib/history.js): never the secret, which is not in `built`. */
export function callRecord(endpoint, request, outcome) {
  return {
    at: Date.now(),
    endpoint: endpoint.id,
    environment: new URL(outcome.url).host,
    url: outcome.url,
    request,
    envelope: outcome.built?.body ?? null,
    status: outcome.status ?? null,
    headers: outcome.headers ?? null,
    latencyMs: outcome.latencyMs ?? null,
    raw: outcome.raw ?? null,
    code: outcome.answer?.code ?? null,
    flag: outcome.answer?.flag ?? false,
    message: outcome.answer?.message ?? outcome.error ?? null,
  };
}
