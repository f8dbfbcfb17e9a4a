// Where a call goes for the chosen environment, and sending it:
//   - the sandbox: the gateway's own paths (same origin);
//   - an upstream configured on the gateway: its relay, /relay/<env><path> (same origin, so the
//     browser's CORS rules never apply);
//   - a custom URL: straight from the page, which works only where that host allows CORS;
//   - signing at the gateway: /sign/<env>/<id> with the bare request; the page holds no secret.

import { servedPath } from '../../shared/catalog.js';
import { CUSTOM, SANDBOX } from './settings.js';

/**
 * The URL a signed body is POSTed to (browser signing). Hongxun's hosts serve published paths
 * only; the sandbox serves the other types at paths of its own.
 */
export function targetUrl(endpoint, settings) {
  const { env } = settings;
  if (env.name === SANDBOX) return location.origin + servedPath(endpoint);
  if (env.name === CUSTOM) return settings.customUrl.replace(/\/+$/, '') + endpoint.path;
  return `${location.origin}/relay/${encodeURIComponent(env.name)}${endpoint.path}`;
}

/** The gateway-signing route of a request type in an environment. */
export function signUrl(endpoint, env) {
  return `${location.origin}/sign/${encodeURIComponent(env.name)}/${encodeURIComponent(endpoint.id)}`;
}

/**
 * POSTs JSON text; resolves `{ status, headers, raw, latencyMs }`, or `{ blocked }` when the page could
 * not read an answer: 'csp' when the gateway's content security policy kept the page from
 * connecting there, else 'network' (refused, unreachable, or CORS: a page cannot tell which).
 */
export async function postJson(url, text) {
  const started = performance.now();
  let csp = false;
  const onViolation = (e) => {
    if (e.effectiveDirective === 'connect-src') csp = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    const raw = await res.text();
    return { status: res.status, headers: Object.fromEntries(res.headers), raw, latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    await new Promise((resolve) => setTimeout(resolve, 50)); // the violation event is queued as a task
    return { blocked: csp ? 'csp' : 'network', reason: e.message, latencyMs: Math.round(performance.now() - started) };
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
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
