// Where a call goes for the chosen environment, and sending it:
//   - the sandbox: the gateway's own paths (same origin);
//   - an upstream configured on the gateway: its relay, /relay/<env><path> (same origin, so the
//     browser's CORS rules never apply);
//   - a custom URL: straight from the page, which works only where that host allows CORS;
//   - signing at the gateway: /sign/<env>/<id> with the bare request; the page holds no secret.

import { servedPath } from './catalog.js';
import { CUSTOM, SANDBOX } from './settings.js';

/** The URL a signed body is POSTed to (browser signing). */
export function targetUrl(endpoint, settings) {
  const { env } = settings;
  if (env.name === SANDBOX) return location.origin + servedPath(endpoint);
  if (env.name === CUSTOM) return settings.customUrl.replace(/\/+$/, '') + servedPath(endpoint);
  return `${location.origin}/relay/${encodeURIComponent(env.name)}${servedPath(endpoint)}`;
}

/** The gateway-signing route of a request type in an environment. */
export function signUrl(endpoint, env) {
  return `${location.origin}/sign/${encodeURIComponent(env.name)}/${encodeURIComponent(endpoint.id)}`;
}

/**
 * POSTs JSON text; resolves `{ status, raw, latencyMs }`, or `{ blocked: true }` when the
 * browser refused to let the page read the answer (network failure or CORS: a page cannot tell
 * which) with the browser's own words in `reason`.
 */
export async function postJson(url, text) {
  const started = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    const raw = await res.text();
    return { status: res.status, raw, latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return { blocked: true, reason: e.message, latencyMs: Math.round(performance.now() - started) };
  }
}

/** Whether a URL is on another origin than the portal (so CORS applies). */
export function crossOrigin(url) {
  try {
    return new URL(url).origin !== location.origin;
  } catch {
    return true;
  }
}
