// Hongxun's side of the callbacks: builds each H→C request with the package's buildRequest,
// signed with the partner's secret, and POSTs it to the partner's callback URL (by default the
// sandbox's own receiver). It only ever sends to a loopback address or to a URL from the
// configuration — never to an address taken from a request.

import { buildRequest, parseResponse } from './hongxun.js';

const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/;
const SEND_TIMEOUT_MS = 10_000;

/**
 * @param {object} deps
 * @param {import('./store.js').Store} deps.store
 * @param {() => string} deps.receiverUrl  the sandbox's own receiver (known once listening)
 * @param {string|null} deps.callbackUrl   configured default for every partner
 * @param {number} deps.delayMs            pause before each callback
 * @param {() => number} deps.clock
 */
export function createSender({ store, receiverUrl, callbackUrl, delayMs, clock }) {
  const configured = new Set([callbackUrl].filter(Boolean));
  const pending = new Set();

  function baseUrlOf(partner) {
    return partner.callbackUrl ?? callbackUrl ?? receiverUrl();
  }

  /** Sends one callback; records the delivery (never the secret) and resolves it. */
  async function send(partner, endpointId, request) {
    const base = baseUrlOf(partner);
    const url = `${base.replace(/\/$/, '')}/${endpointId}`;
    const entry = { endpoint: endpointId, createBy: partner.createBy, url, sentAt: clock() };
    try {
      assertAllowed(url, partner.callbackUrl ? new Set([...configured, partner.callbackUrl]) : configured);
      const { createBy, dataSource, secret } = partner;
      const built = buildRequest(endpointId, request, { createBy, dataSource, secret }, { now: clock() });
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: built.body,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      const text = await res.text();
      Object.assign(entry, { httpStatus: res.status, latencyMs: Math.round(performance.now() - started) });
      Object.assign(entry, answerOf(text));
    } catch (e) {
      Object.assign(entry, { ok: false, error: e.code ? `${e.code}: ${e.message}` : String(e.message ?? e) });
    }
    store.logDelivery(entry);
    return entry;
  }

  /**
   * Sends the callbacks one after the other, each `{ id, request: () => object }` built just
   * before it goes (so its timestamp and times are current), then calls `done`.
   */
  function followUp(partner, calls, done = () => {}) {
    if (!partner.callbacks) {
      done();
      return Promise.resolve();
    }
    const run = (async () => {
      for (const call of calls) {
        await new Promise((r) => setTimeout(r, delayMs));
        let request;
        try {
          request = call.request();
        } catch (e) {
          store.logDelivery({ endpoint: call.id, createBy: partner.createBy, sentAt: clock(), ok: false, error: String(e.message ?? e) });
          continue;
        }
        await send(partner, call.id, request);
      }
      done();
    })();
    pending.add(run);
    run.finally(() => pending.delete(run));
    return run;
  }

  /** Resolves when every callback under way has been sent (for a clean stop and for tests). */
  function settled() {
    return Promise.allSettled([...pending]);
  }

  return { send, followUp, settled };
}

function answerOf(text) {
  try {
    const answer = parseResponse(text);
    return { ok: answer.flag === true, code: answer.code, message: answer.message };
  } catch (e) {
    return { ok: false, error: `unreadable answer: ${e.message}` };
  }
}

function assertAllowed(url, configured) {
  const { hostname, protocol } = new URL(url);
  if (!['http:', 'https:'].includes(protocol)) throw new Error(`refusing to send to ${protocol} URL`);
  if (LOOPBACK.test(hostname)) return;
  if ([...configured].some((base) => url.startsWith(base))) return;
  throw new Error(`refusing to send to ${hostname}: only loopback or a configured callback URL`);
}
