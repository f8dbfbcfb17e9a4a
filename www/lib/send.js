// One call as Settings say: signed here and POSTed to the environment's URL (sandbox, relay or a
// custom host), or signed at the gateway (/sign). The request view, batches and History's
// "resend" all send through here; the answer comes back as one outcome shape.

import { crossOrigin, postJson, signUrl, targetUrl } from './transport.js';
import { pick, problemText, t } from './i18n.js';
import { credentials, getSettings } from './settings.js';

/** Who signs: the device envelope takes the warehouseCode, every other type the credentials. */
function signer(endpoint, settings) {
  return endpoint.envelope === 'device' ? { warehouseCode: settings.warehouseCode } : credentials();
}

/**
 * The call of `request` (JSON text) as it would go now: `{ settings, url, gateway: true }` when the
 * gateway signs, else `{ settings, url, built }` signed here with a fresh timestamp. Throws what
 * buildRequest throws (invalid request, missing secret).
 */
export function prepareCall(api, endpoint, request, settings = getSettings()) {
  if (settings.signAt === 'gateway') return { settings, gateway: true, url: signUrl(endpoint, settings.env) };
  const built = api.buildRequest(endpoint.id, request, signer(endpoint, settings), { now: Date.now() });
  return { settings, url: targetUrl(endpoint, settings), built };
}

/**
 * Sends a prepared call. Resolves `{ url, envelope?, status?, headers?, latencyMs?, answer?,
 * error?, raw? }`: `envelope` is the signed body (the sign shown, never the secret).
 */
export async function sendCall(api, call, request) {
  const outcome = call.gateway ? await viaGateway(api, call, request) : await signedHere(api, call);
  return { url: call.url, envelope: call.built?.body, ...outcome };
}

/** Prepares and sends in one go (batches, resend). */
export function signAndSend(api, endpoint, request) {
  return sendCall(api, prepareCall(api, endpoint, request), request);
}

async function signedHere(api, call) {
  const res = await postJson(call.url, call.built.body);
  if (res.blocked) return { error: blockedText(call.url, res), latencyMs: res.latencyMs };
  return readAnswer(api, res.raw, { status: res.status, headers: res.headers, latencyMs: res.latencyMs });
}

/** Signed at the gateway: `{ status, contentType, answer, envelope }` (docs/portal.md). */
async function viaGateway(api, call, request) {
  const res = await postJson(call.url, request);
  if (res.blocked) return { error: blockedText(call.url, res), latencyMs: res.latencyMs };
  let reply;
  try {
    reply = JSON.parse(res.raw);
  } catch {
    return { status: res.status, headers: res.headers, latencyMs: res.latencyMs, error: t('unreadable'), raw: res.raw };
  }
  if (res.status !== 200 || !('answer' in reply)) return readAnswer(api, res.raw, { status: res.status, headers: res.headers, latencyMs: res.latencyMs });
  const raw = typeof reply.answer === 'string' ? reply.answer : JSON.stringify(reply.answer);
  return readAnswer(api, raw, { status: reply.status, headers: res.headers, latencyMs: res.latencyMs, envelope: reply.envelope });
}

/** The documented answer `{code, message, flag, value}`, else the gateway's own refusal, else the raw text. */
function readAnswer(api, raw, outcome) {
  try {
    return { ...outcome, raw, answer: api.parseResponse(raw) };
  } catch (e) {
    const refusal = gatewayRefusal(raw);
    if (refusal) return { ...outcome, raw, error: t('gatewayRefused', { status: outcome.status }) + refusal };
    return { ...outcome, error: t('unreadable') + problemText(e), raw };
  }
}

/** Why the page got no answer: the CSP, else (across origins) most likely CORS, else the network. */
function blockedText(url, { blocked, reason }) {
  if (blocked === 'csp') return t('cspBlocked', { origin: new URL(url).origin });
  return crossOrigin(url) ? t('corsBlocked', { origin: new URL(url).origin }) : t('networkError') + reason;
}

/** A gateway's own coded refusal (relay or /sign: unknown env, upstream timeout, …), if it is one. */
function gatewayRefusal(raw) {
  try {
    const body = JSON.parse(raw);
    const message = pick(body.messageZh, body.message) ?? body.error;
    if (typeof message !== 'string') return null;
    return body.code ? `${message} (${body.code})` : message;
  } catch {
    return null;
  }
}

/** What History keeps of one send (lib/history.js). The secret is in none of it. */
export function callRecord(endpoint, request, outcome, settings = getSettings()) {
  return {
    at: Date.now(),
    endpoint: endpoint.id,
    environment: settings.env.name,
    url: outcome.url,
    request,
    envelope: outcome.envelope ?? null,
    status: outcome.status ?? null,
    headers: outcome.headers ?? null,
    latencyMs: outcome.latencyMs ?? null,
    raw: outcome.raw ?? null,
    code: outcome.answer?.code ?? null,
    flag: outcome.answer?.flag ?? false,
    message: outcome.answer?.message ?? outcome.error ?? null,
  };
}
