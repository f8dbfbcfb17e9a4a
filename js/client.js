// createClient: a call builds and signs its request afresh for each attempt (a new timestamp),
// POSTs it to `baseUrl + path`, and reads the documented answer; or, with `signAt: 'gateway'`,
// POSTs the bare request to the gateway's `/sign/<env>/<id>`, which holds the key (docs/portal.md).
//
// Retries: exponential backoff with full jitter (base 200 ms, cap 5 s) where the request did not
// reach the server (connection refused, DNS) and on HTTP 429/502/503/504, honouring Retry-After.
// A timeout or a reset after the request went out is retried only for `idempotent: true`: a
// create may already have landed. A business refusal (`flag: false`) is an answer, never retried.

import { buildRequest, canonicalize, formatTimestamp, sign, validate } from './api.js';
import { callFailure, failure } from './errors.js';
import { HongxunError } from './hongxun-error.js';
import { count, fields, flag, text } from './inputs.js';
import { checkResponse } from './response.js';

/** Statuses that ask to come back later: the server did not act on the request. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
/**
 * The gateway's own answers (relay and /sign) for an upstream that timed out or closed early
 * after the request went out to it: the request may have landed.
 */
const MAYBE_DELIVERED_CODES = new Set([6005, 6007]);
/** Node's (undici's) causes for a connection that was never made: the request did not leave. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 5_000;
/** A Retry-After longer than this is not waited for: the call settles with that answer. */
const RETRY_AFTER_MAX_MS = 60_000;
const DEFAULTS = { timeoutMs: 10_000, retries: 2 };

/**
 * `{ baseUrl, credentials, timeoutMs?, retries?, fetch?, signAt? }` → `{ call(id, request,
 * { signal?, idempotent? }) }`. `random`, `sleep(ms, signal)` and `now` replace Math.random,
 * the backoff wait and the clock (tests use them so as not to wait).
 */
export function createClient(settings) {
  const read = fields(settings, 'createClient()', ['baseUrl', 'credentials', 'timeoutMs', 'retries', 'fetch', 'signAt', 'random', 'sleep', 'now']);
  const config = {
    baseUrl: baseUrlOf(read.baseUrl),
    gateway: signingPlace(read.signAt) === 'gateway',
    timeoutMs: read.timeoutMs === undefined ? DEFAULTS.timeoutMs : count(read.timeoutMs, 'timeoutMs', 1),
    retries: read.retries === undefined ? DEFAULTS.retries : count(read.retries, 'retries', 0),
    fetch: fn(read.fetch, 'fetch', globalThis.fetch),
    random: fn(read.random, 'random', Math.random),
    sleep: fn(read.sleep, 'sleep', sleep),
    now: fn(read.now, 'now', Date.now),
  };
  config.credentials = credentialsOf(read.credentials, config.gateway);
  return Object.freeze({ call: (id, request, options) => call(config, id, request, options).catch(asHongxunError) });
}

/** What a caller's hook or value threw (a signal's getter, a sleep, a headers object) as `invalid_argument`. */
function asHongxunError(thrown) {
  if (thrown instanceof HongxunError) throw thrown;
  throw failure('invalid_argument', {
    detail: 'a value or function given to the client threw (see cause)',
    detailZh: '传给客户端的值或函数抛出了异常（见 cause）',
    cause: thrown,
  });
}

async function call(config, id, request, options) {
  const endpoint = text(id, 'id');
  const { signal, idempotent } = fields(options, 'options', ['signal', 'idempotent']);
  const retryAfterSend = flag(idempotent, 'idempotent', false);
  if (signal !== undefined && !isSignal(signal)) {
    throw failure('invalid_argument', { detail: 'signal must be an AbortSignal', detailZh: 'signal 必须是 AbortSignal' });
  }
  // Read once, as canonical text: every attempt signs exactly this, whatever the caller's
  // object does later; an invalid request is refused here, before any network call.
  const requestJson = canonicalize(request);
  const attempt = config.gateway ? gatewayAttempt(config, endpoint, requestJson) : directAttempt(config, endpoint, requestJson);
  let attempts = 0;
  for (;;) {
    if (signal?.aborted) throw aborted(signal, attempts);
    attempts += 1;
    const outcome = await exchange(config, attempt(), signal);
    if (outcome.aborted) throw aborted(signal, attempts);
    const answer = outcome.response && readAnswer(outcome, config.gateway);
    const retry = attempts <= config.retries && retryWait(outcome, answer, retryAfterSend, attempts, config);
    if (retry !== false) {
      await backoff(config, retry, signal, attempts);
      continue;
    }
    return settle(outcome, answer, attempts);
  }
}

/** The request of one direct attempt: built and signed now, with a fresh timestamp. */
function directAttempt(config, endpoint, requestJson) {
  const settings = { now: clock(config) };
  const first = buildRequest(endpoint, requestJson, config.credentials, settings);
  if (first.path === null) {
    throw failure('invalid_argument', {
      detail: `"${endpoint}" has no published path to call`,
      detailZh: `"${endpoint}" 没有可调用的公布路径`,
    });
  }
  let built = first;
  return () => {
    built ??= buildRequest(endpoint, requestJson, config.credentials, { now: clock(config) });
    const { body, path } = built;
    built = null;
    return { url: config.baseUrl + path, body };
  };
}

/** The request of one gateway attempt: the bare request, validated here first. */
function gatewayAttempt(config, endpoint, requestJson) {
  const report = validate(endpoint, requestJson);
  if (!report.valid) throw invalidRequest(report.errors);
  return () => ({ url: `${config.baseUrl}/${encodeURIComponent(endpoint)}`, body: requestJson });
}

/**
 * One POST with its own timeout. Resolves `{ response, body }`, or `{ failure, sent }` where
 * `sent` says whether the request may have reached the server, or `{ aborted }`.
 */
async function exchange(config, { url, body }, signal) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMED_OUT), config.timeoutMs);
  const cancel = () => controller.abort(signal.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  // Called unbound: a browser's fetch refuses any `this` but the window (or none).
  const { fetch } = config;
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      signal: controller.signal,
    });
    return { response, body: await response.text() };
  } catch (e) {
    if (signal?.aborted) return { aborted: true };
    if (controller.signal.reason === TIMED_OUT) return { failure: 'timeout', sent: true, status: response?.status, cause: e };
    return { failure: 'network', sent: response !== undefined || !neverConnected(e), status: response?.status, cause: e };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

const TIMED_OUT = Symbol('timed out');

/** The client's clock, called unbound. */
function clock({ now }) {
  return now();
}

function neverConnected(e) {
  const cause = e?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return NOT_CONNECTED.has(code);
}

/**
 * The documented answer of an exchange, `{ answer, status, envelope? }`, or `{ malformed }`. In
 * gateway mode a 200 carries `{ status, answer, envelope }` from the upstream; any other status
 * is the gateway's own answer, in the documented shape.
 */
function readAnswer({ response, body }, gateway) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    return { status: response.status, malformed: failure('malformed_response', { detail: 'not JSON', detailZh: '不是 JSON', cause: e }) };
  }
  const relayed = gateway && response.status === 200 && parsed !== null && typeof parsed === 'object' && 'envelope' in parsed;
  const status = relayed ? parsed.status : response.status;
  try {
    const answer = checkResponse(relayed ? parsed.answer : parsed);
    return relayed ? { answer, status, envelope: parsed.envelope } : { answer, status };
  } catch (e) {
    return { status, malformed: e };
  }
}

/**
 * How long to wait before the next attempt (null: the backoff decides), or false for none.
 * `attempts` so far decides the backoff's ceiling.
 */
function retryWait(outcome, answer, retryAfterSend, attempts, config) {
  if (outcome.failure) return !outcome.sent || retryAfterSend ? null : false;
  if (!RETRY_STATUSES.has(answer.status)) return false;
  if (!retryAfterSend && MAYBE_DELIVERED_CODES.has(answer.answer?.code)) return false;
  const wait = retryAfter(outcome.response.headers?.get?.('retry-after'), clock(config));
  return wait !== null && wait > RETRY_AFTER_MAX_MS ? false : wait;
}

/** Retry-After as milliseconds (seconds or an HTTP date), or null when absent or unreadable. */
function retryAfter(header, now) {
  if (typeof header !== 'string') return null;
  const seconds = Number(header);
  if (header.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Waits before attempt `attempts + 1`: Retry-After when given, else full jitter. */
async function backoff(config, wait, signal, attempts) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
  const { random, sleep } = config;
  const ms = wait ?? random() * ceiling;
  try {
    await sleep(ms, signal);
  } catch (e) {
    if (signal?.aborted) throw aborted(signal, attempts);
    throw e;
  }
  if (signal?.aborted) throw aborted(signal, attempts);
}

/** The call's result: the answer with `status` and `attempts`, or its failure. */
function settle(outcome, answer, attempts) {
  if (outcome.failure) {
    const timeout = outcome.failure === 'timeout';
    return Promise.reject(
      callFailure(outcome.failure, {
        attempts,
        status: outcome.status ?? null,
        detail: `after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
        detailZh: `共尝试 ${attempts} 次`,
        cause: timeout ? undefined : outcome.cause,
      }),
    );
  }
  if (answer.malformed) {
    if (answer.status < 200 || answer.status > 299) {
      return Promise.reject(
        callFailure('http_status', { attempts, status: answer.status, detail: `HTTP ${answer.status}`, detailZh: `HTTP ${answer.status}`, cause: answer.malformed }),
      );
    }
    const e = answer.malformed;
    e.attempts = attempts;
    e.status = answer.status;
    return Promise.reject(e);
  }
  const result = { ...answer.answer, status: answer.status, attempts };
  if (answer.envelope !== undefined) result.envelope = answer.envelope;
  return result;
}

function aborted(signal, attempts) {
  return callFailure('aborted', { attempts, cause: signal.reason });
}

/** The default wait: a timer that an abort ends at once. */
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', stop);
      resolve();
    }
    function stop() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** Problems found before sending, as `buildRequest` reports them. */
function invalidRequest(errors) {
  const list = errors.map((p) => `${p.path || '(request)'} ${p.message}`).join('; ');
  const listZh = errors.map((p) => `${p.path || '(request)'} ${p.messageZh}`).join('；');
  return new HongxunError({
    code: 'invalid_request',
    message: `the request is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}): ${list}`,
    messageZh: `请求校验失败（${errors.length} 处问题）：${listZh}`,
    errors,
  });
}

// ---- settings --------------------------------------------------------------------------------

function baseUrlOf(value) {
  const url = text(value, 'baseUrl');
  try {
    new URL(url);
  } catch (e) {
    throw failure('invalid_argument', { detail: 'baseUrl must be an absolute URL', detailZh: 'baseUrl 必须是完整的 URL', cause: e });
  }
  return url.replace(/\/+$/, '');
}

function signingPlace(value) {
  if (value === undefined || value === 'client' || value === 'gateway') return value ?? 'client';
  throw failure('invalid_argument', { detail: `signAt must be 'client' or 'gateway'`, detailZh: `signAt 必须是 'client' 或 'gateway'` });
}

/**
 * The credentials, read once into plain values. Signing here needs a secret (checked now by
 * signing an empty request: `missing_secret` if it is empty) or a device's warehouseCode; at the
 * gateway the page holds no secret at all.
 */
function credentialsOf(value, gateway) {
  const who = fields(value, 'credentials', ['createBy', 'dataSource', 'secret', 'warehouseCode']);
  if (gateway) {
    if (who.secret !== undefined) {
      throw failure('invalid_argument', {
        detail: "signAt: 'gateway' takes no secret: the gateway signs with its own key",
        detailZh: "signAt: 'gateway' 不接受密钥：由网关用其配置的密钥签名",
      });
    }
    return null;
  }
  if (who.warehouseCode !== undefined) {
    // dwsPackage, the one device type, has no published path: there is nothing to call yet.
    throw failure('invalid_argument', {
      detail: 'a client takes { createBy, dataSource, secret }: device bodies (dwsPackage) have no published path; build them with buildRequest',
      detailZh: '客户端只接受 { createBy, dataSource, secret }：设备报文（dwsPackage）没有公布的路径，请用 buildRequest 构建',
    });
  }
  const credentials = { createBy: who.createBy, dataSource: who.dataSource, secret: who.secret };
  sign({ ...credentials, timestamp: formatTimestamp(0), request: '{}' });
  return credentials;
}

function fn(value, name, otherwise) {
  const chosen = value ?? otherwise;
  if (typeof chosen !== 'function') {
    throw failure('invalid_argument', { detail: `${name} must be a function`, detailZh: `${name} 必须是函数` });
  }
  return chosen;
}

function isSignal(value) {
  return value !== null && typeof value === 'object' && typeof value.aborted === 'boolean' && typeof value.addEventListener === 'function';
}
