// Shared by the sandbox tests: a sandbox on a free loopback port, and signed calls to it.

import { loadConfig } from '../../sandbox/config.js';
import { startSandbox } from '../../sandbox/server.js';
import { buildRequest, endpoints } from '../../sandbox/hongxun.js';
import { servedPath } from '../../shared/catalog.js';

export const DEMO = { createBy: 'DEMO', dataSource: 'PORTAL', secret: 'sandbox-demo-secret' };
export const DEVICE = 'DEMO-WH';

const catalog = new Map(endpoints().map((e) => [e.id, e]));

export function endpoint(id) {
  return catalog.get(id);
}

/** The catalog's example request of a type (a fresh copy). */
export function example(id) {
  return structuredClone(endpoint(id).example);
}

/** Starts a sandbox on 127.0.0.1 and a free port, state in memory; `overrides` as for loadConfig. */
export async function sandbox(overrides = {}, options = {}) {
  const fast = { callbackDelayMs: 5, callbackAttempts: 3, callbackRetryMs: 20, callbackTimeoutMs: 2000 };
  const config = loadConfig({}, { host: '127.0.0.1', port: 0, dataFile: ':memory:', accessLog: false, ...fast, ...overrides });
  return startSandbox(config, options);
}

/** POSTs `body` (text) to `path`; resolves the parsed answer and the HTTP status. */
export async function post(base, path, body, headers = { 'Content-Type': 'application/json' }, method = 'POST') {
  const res = await fetch(base + path, { method, headers, body: method === 'GET' ? undefined : body });
  return { status: res.status, answer: await res.json() };
}

/** Builds and sends a signed call of type `id`. */
export async function call(base, id, request, { credentials = DEMO, now, validate = true } = {}) {
  const built = buildRequest(id, request, credentials, { now, validate });
  return post(base, servedPath(endpoint(id)), built.body);
}

/** Resolves once `predicate()` holds (polling), or rejects after `ms`. */
export async function eventually(predicate, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
