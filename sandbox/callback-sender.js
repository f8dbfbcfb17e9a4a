// Hongxun's side of the callbacks: delivers the store's callback queue. Each callback is signed
// with the package's buildRequest and the partner's secret just before each attempt, and POSTed to
// the partner's callback URL (by default the sandbox's own receiver). It only ever sends to a
// loopback address or to a URL from the configuration — never to an address taken from a
// request — and never follows a redirect: a 3xx is a failed attempt. Failed attempts are retried
// after `retryMs`, doubling each time, until `attempts` were made; then the callback is given up.
// The queue lives in the database, so what was pending before a restart is sent after it.

import { buildRequest, parseResponse } from './hongxun.js';
import { isLoopback } from './host-check.js';
import { excerpt } from './store-inbox.js';

/** Deliveries under way at once (the rest wait in the queue). */
const CONCURRENCY = 16;

/**
 * @param {object} deps
 * @param {import('./store.js').Store} deps.store
 * @param {object[]} deps.partners        {createBy, dataSource, secret, callbackUrl}
 * @param {() => string} deps.receiverUrl  the sandbox's own receiver (known once listening)
 * @param {string|null} deps.callbackUrl   configured default for every partner
 * @param {number} deps.delayMs            pause before each callback of a chain
 * @param {{ attempts: number, retryMs: number, timeoutMs: number }} deps.retry
 * @param {(chain: string) => void} deps.onChainDone  called (inside the transaction that settled
 *   it) when the last pending callback of a chain is delivered or given up
 * @param {(line: string) => void} deps.log
 * @param {() => number} deps.clock        epoch ms, for timestamps (scheduling uses real time)
 */
export function createSender({ store, partners, receiverUrl, callbackUrl, delayMs, retry, onChainDone, log, clock }) {
  const byCreateBy = new Map(partners.map((p) => [p.createBy, p]));
  const inFlight = new Map(); // callback id → AbortController
  const waiters = new Set();
  let timer = null;
  let wakeAt = 0;
  let stopped = false;

  /** Queues callbacks (`{ endpoint, request }`) about `chain`; call inside the order's transaction. */
  function queue(chain, createBy, calls) {
    store.callbacks.queue(chain, createBy, calls, Date.now() + delayMs);
    wake(0);
  }

  /** Runs the pump in `ms`, unless it is already due sooner (a stream of orders must not starve it). */
  function wake(ms) {
    if (stopped) return;
    const at = Date.now() + ms;
    if (timer !== null && wakeAt <= at) return;
    clearTimeout(timer);
    wakeAt = at;
    timer = setTimeout(pump, ms);
    timer.unref();
  }

  /** Starts what is due, then sleeps until the next one is. */
  function pump() {
    timer = null;
    if (stopped) return;
    try {
      const free = CONCURRENCY - inFlight.size;
      if (free > 0) {
        for (const callback of store.callbacks.due(Date.now(), free + inFlight.size)) {
          if (inFlight.size >= CONCURRENCY) break;
          if (!inFlight.has(callback.id)) attempt(callback);
        }
      }
      const next = store.callbacks.nextDueAt();
      if (next !== null && inFlight.size < CONCURRENCY) wake(Math.max(0, next - Date.now()));
      notifyIfIdle();
    } catch (e) {
      // The store cannot be read: try again later rather than take the process down.
      log(`sandbox: callback queue: ${e.message}`);
      wake(retry.retryMs);
    }
  }

  async function attempt(callback) {
    const controller = new AbortController();
    inFlight.set(callback.id, controller);
    const result = await send(callback, controller.signal);
    inFlight.delete(callback.id);
    if (stopped) return; // a stop cut it short: it stays pending, resumed after a restart
    try {
      store.atomically(() => {
        const made = callback.attempts.length + 1;
        const retryAt = result.ok || made >= retry.attempts ? null : Date.now() + retry.retryMs * 2 ** (made - 1);
        const { chainDone } = store.callbacks.record(callback.id, result, { retryAt, nextAt: Date.now() + delayMs });
        if (chainDone) onChainDone(callback.chain);
      });
    } catch (e) {
      log(`sandbox: callback ${callback.id} (${callback.endpoint}): attempt not recorded: ${e.message}`);
    }
    wake(0);
  }

  /** One POST; resolves the attempt as logged: `{ sentAt, url, ok, httpStatus?, latencyMs?, code?, message?, error? }`. */
  async function send(callback, signal) {
    const partner = byCreateBy.get(callback.createBy);
    const base = partner?.callbackUrl ?? callbackUrl ?? receiverUrl();
    const url = `${base.replace(/\/$/, '')}/${callback.endpoint}`;
    const entry = { sentAt: clock(), url };
    try {
      if (!partner) throw new Error(`partner ${callback.createBy} is no longer configured`);
      assertAllowed(url, new Set([callbackUrl, partner.callbackUrl].filter(Boolean)));
      const { createBy, dataSource, secret } = partner;
      const built = buildRequest(callback.endpoint, callback.request, { createBy, dataSource, secret }, { now: clock() });
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: built.body,
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(retry.timeoutMs)]),
      });
      const text = await res.text();
      Object.assign(entry, { httpStatus: res.status, latencyMs: Math.round(performance.now() - started) });
      if (res.status >= 300 && res.status < 400) {
        const location = excerpt(res.headers.get('location') ?? '', 256);
        return { ...entry, ok: false, error: `redirected (HTTP ${res.status}) to ${location || '?'}: not followed` };
      }
      return { ...entry, ...answerOf(text) };
    } catch (e) {
      return { ...entry, ok: false, error: excerpt(e.code ? `${e.code}: ${e.message}` : String(e.message ?? e), 512) };
    }
  }

  function notifyIfIdle() {
    if (waiters.size === 0 || inFlight.size > 0 || store.callbacks.counts().pending > 0) return;
    for (const resolve of waiters) resolve();
    waiters.clear();
  }

  /** Resolves once nothing is pending or under way (for tests). */
  function settled() {
    return new Promise((resolve) => {
      waiters.add(resolve);
      notifyIfIdle();
    });
  }

  /** Stops sending: attempts under way are abandoned and stay pending for the next start. */
  function stop() {
    stopped = true;
    clearTimeout(timer);
    for (const controller of inFlight.values()) controller.abort();
    for (const resolve of waiters) resolve();
    waiters.clear();
  }

  return { queue, start: () => wake(0), settled, stop };
}

function answerOf(text) {
  try {
    const answer = parseResponse(text);
    return { ok: answer.flag === true, code: answer.code, message: excerpt(String(answer.message ?? ''), 512) };
  } catch (e) {
    return { ok: false, error: `unreadable answer: ${excerpt(e.message, 256)}` };
  }
}

function assertAllowed(url, configured) {
  const { hostname, protocol } = new URL(url);
  if (!['http:', 'https:'].includes(protocol)) throw new Error(`refusing to send to ${protocol} URL`);
  if (isLoopback(hostname)) return;
  if ([...configured].some((base) => url.startsWith(base))) return;
  throw new Error(`refusing to send to ${hostname}: only loopback or a configured callback URL`);
}
