// The relay: POST /relay/<env>/<path…> sends the body, byte for byte, to the configured upstream
// of <env> at <path…> and passes its status, content type and body back unchanged. No URL, host
// or port is ever taken from the request: <env> picks a configured upstream, and <path…> is
// checked to stay a plain path on it. Also the transport of /sign (signer.js).

import http from 'node:http';
import https from 'node:https';
import { FAILURES, failure } from './failures.js';
import { answerCodes, isJsonContentType, readBody, SECURITY_HEADERS, sendJson } from './http.js';
import { SANDBOX_ENV } from './upstreams.js';

export const RELAY_PREFIX = '/relay/';
const IDLE_MS = 4_000;

/** Says on every /relay and /sign response whose answer it is: `gateway` or `upstream`. */
export const ANSWER_FROM = 'X-Hongxun-Answer-From';

/**
 * HTTP statuses of the gateway's own answers on /relay and /sign. Upstream failures are 5xx so
 * that a client retries them as it would a failing server; 504 is the timeout.
 */
const STATUS = new Map([
  [FAILURES.wrongMethod, 405],
  [FAILURES.wrongContentType, 415],
  [FAILURES.bodyTooLarge, 413],
  [FAILURES.malformedJson, 400],
  [FAILURES.invalidRequest, 422],
  [FAILURES.internalError, 500],
  [FAILURES.unknownEnvironment, 404],
  [FAILURES.pathRefused, 400],
  [FAILURES.upstreamDns, 502],
  [FAILURES.upstreamRefused, 502],
  [FAILURES.upstreamTimeout, 504],
  [FAILURES.upstreamTls, 502],
  [FAILURES.upstreamClosed, 502],
  [FAILURES.upstreamAnswerTooLarge, 502],
  [FAILURES.upstreamUnreachable, 502],
  [FAILURES.noKey, 403],
  [FAILURES.unknownRequestType, 404],
  [FAILURES.noPublishedPath, 404],
  [FAILURES.originRefused, 403],
]);

/** Sends one of the gateway's own answers on /relay or /sign. */
export function sendGatewayAnswer(res, answer, kind) {
  res.setHeader(ANSWER_FROM, 'gateway');
  sendJson(res, STATUS.get(kind) ?? 400, answer);
}

/** A gateway answer `{ kind, answer }` for `kind`, with `detail` in both languages. */
export function refusal(kind, detail, value) {
  return { kind, answer: failure(kind, { detailZh: detail, detailEn: detail, value }) };
}

const pathRefusal = (path, reason) => refusal(FAILURES.pathRefused, reason, { path, reason });

/** Characters a relayed path may hold: RFC 3986 unreserved and sub-delims, `/` and `%XX`. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=/%]*$/;

/** Why `path` (raw, still %-encoded, starting with `/`) may not be relayed; null when it may. */
export function pathProblem(path) {
  if (path === '' || path === '/') return 'no path';
  if (/\\|%5c/i.test(path)) return 'backslash';
  if (/%2f/i.test(path)) return 'encoded slash';
  if (path.includes('@')) return '@ in the path';
  if (/^\/[a-z][a-z0-9+.-]*:/i.test(path) || path.includes('//')) return 'absolute URL or empty segment';
  if (/%2e/i.test(path) || path.split('/').some((s) => s === '.' || s === '..')) return 'dot segment';
  if (!PATH_CHARS.test(path) || /%(?![0-9a-f]{2})/i.test(path)) return 'character not allowed';
  return null;
}

/**
 * Splits the raw request target `/relay/<env>/<path…>` (or `/sign/…`): `{ env, path }` with
 * `path` still %-encoded and without the query. The raw target is used on purpose: the URL
 * parser would already have resolved `..` and `%2e%2e`. A target that reached the route only
 * through such a resolution (`/x/../relay/…`) yields `{ env: null, path }`.
 */
export function splitTarget(rawUrl, prefix) {
  const pathname = rawUrl.split(/[?#]/, 1)[0];
  if (!pathname.startsWith(prefix)) return { env: null, path: pathname };
  const rest = pathname.slice(prefix.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? { env: rest, path: '' } : { env: rest.slice(0, slash), path: rest.slice(slash) };
}

/**
 * The checks every /relay and /sign call passes before anything is sent: POST, a JSON content
 * type (so a page elsewhere cannot send it without a CORS preflight), the body limit.
 * Resolves `{ body }` (a Buffer) or a refusal `{ kind, answer }`.
 */
export async function admit(req, bodyLimit) {
  if (req.method !== 'POST') return refusal(FAILURES.wrongMethod, req.method, { method: req.method, allowed: ['POST'] });
  const contentType = req.headers['content-type'] ?? '';
  if (!isJsonContentType(contentType)) return refusal(FAILURES.wrongContentType, `"${contentType}"`, { contentType });
  const read = await readBody(req, bodyLimit);
  if (read.tooLarge) {
    return refusal(FAILURES.bodyTooLarge, `${bodyLimit} bytes`, { limit: bodyLimit, received: read.received });
  }
  return { body: read.body };
}

/**
 * @param {object} deps
 * @param {Map<string, {origin: string, prefix: string}>} deps.upstreams  from the configuration
 * @param {() => string} deps.selfUrl  this gateway's URL: the upstream of `sandbox`
 * @param {number} deps.bodyLimit
 * @param {number} deps.timeoutMs      connect + answer
 * @param {number} deps.answerLimit    bytes of an upstream answer
 */
export function createRelay({ upstreams, selfUrl, bodyLimit, timeoutMs, answerLimit }) {
  // Kept-alive connections: a relayed call costs no new TCP/TLS handshake. An idle connection is
  // closed after IDLE_MS, or sooner when the upstream's Keep-Alive header says so, before the
  // upstream drops it: a call on a connection the upstream has just closed would fail (6007).
  const agentOptions = { keepAlive: true, timeout: IDLE_MS };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

  function upstreamOf(env) {
    if (env === SANDBOX_ENV) return { origin: selfUrl(), prefix: '' };
    return upstreams.get(env) ?? null;
  }

  const unknownEnvironment = (env) =>
    refusal(FAILURES.unknownEnvironment, `"${env}"`, { environment: env, environments: [SANDBOX_ENV, ...upstreams.keys()] });

  /**
   * POSTs `body` to `<upstream of env><path>`. Resolves `{ status, contentType, body }` (the
   * upstream's answer) or a refusal `{ kind, answer }`. `path` must have passed pathProblem.
   */
  function forward(env, path, body) {
    const upstream = upstreamOf(env);
    if (!upstream) return Promise.resolve(unknownEnvironment(env));
    const target = new URL(upstream.prefix + path, upstream.origin);
    const where = { environment: env, upstream: upstream.origin };
    return new Promise((resolve) => {
      let settled = false;
      const settle = (result) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const fail = (kind, error) =>
        settle(refusal(kind, `${upstream.origin}${error ? ` (${error})` : ''}`, { ...where, ...(error ? { error } : {}) }));
      const req = (target.protocol === 'https:' ? https : http).request(target, {
        method: 'POST',
        agent: agents[target.protocol],
        headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
      });
      req.on('error', (e) => fail(kindOf(e), e.code ?? e.message));
      req.on('response', (res) => {
        const chunks = [];
        let size = 0;
        res.on('data', (chunk) => {
          size += chunk.length;
          if (size > answerLimit) {
            fail(FAILURES.upstreamAnswerTooLarge, `more than ${answerLimit} bytes`);
            req.destroy();
          } else chunks.push(chunk);
        });
        res.on('end', () => {
          settle({ status: res.statusCode, contentType: res.headers['content-type'] ?? null, body: Buffer.concat(chunks, size) });
        });
        const closed = () => fail(FAILURES.upstreamClosed, 'in the middle of the answer');
        res.on('aborted', closed);
        res.on('error', closed);
        res.on('close', closed);
      });
      // One deadline for connecting and for the whole answer.
      const timer = setTimeout(() => {
        fail(FAILURES.upstreamTimeout, `${timeoutMs} ms`);
        req.destroy();
      }, timeoutMs);
      req.end(body);
    });
  }

  async function handle(req, res, url, { cors }) {
    const result = await relay(req, splitTarget(req.url, RELAY_PREFIX), cors);
    if (result.answer) return sendGatewayAnswer(res, result.answer, result.kind);
    const headers = { ...SECURITY_HEADERS, 'Content-Length': result.body.length, 'Cache-Control': 'no-store', [ANSWER_FROM]: 'upstream' };
    if (result.contentType) headers['Content-Type'] = result.contentType;
    const code = answerCode(result);
    if (code !== undefined) answerCodes.set(res, code);
    res.writeHead(result.status, headers);
    res.end(result.body);
  }

  /** The first checks of /relay and /sign: a configured environment, an acceptable Origin. */
  function refuseCaller(req, { env, path }, cors) {
    if (env === null) return pathRefusal(path, 'dot segment');
    if (!upstreamOf(env)) return unknownEnvironment(env);
    if (cors.refuses(req)) return refusal(FAILURES.originRefused, req.headers.origin, { origin: req.headers.origin });
    return null;
  }

  async function relay(req, target, cors) {
    const refused = refuseCaller(req, target, cors);
    if (refused) return refused;
    const { env, path } = target;
    const problem = pathProblem(path);
    if (problem) return pathRefusal(path, problem);
    const call = await admit(req, bodyLimit);
    if (call.answer) return call;
    return forward(env, path, call.body);
  }

  function close() {
    for (const agent of Object.values(agents)) agent.destroy();
  }

  return { handle, forward, refuseCaller, close };
}

/** The `code` of a JSON answer (up to 1 MB), for the access log; undefined when there is none. */
function answerCode(answer) {
  const code = answer.body.length <= 1024 * 1024 ? jsonOf(answer)?.code : undefined;
  return typeof code === 'number' || typeof code === 'string' ? code : undefined;
}

/** An upstream answer's body parsed, when its content type is JSON and it parses; else undefined. */
export function jsonOf({ contentType, body }) {
  if (!isJsonContentType(contentType ?? '')) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'HPE_INVALID_EOF_STATE']);

/** Which failure a socket error is. */
function kindOf(e) {
  const code = String(e.code ?? '');
  if (DNS_CODES.has(code)) return FAILURES.upstreamDns;
  if (code === 'ECONNREFUSED') return FAILURES.upstreamRefused;
  if (/^ERR_(SSL|TLS)_|^EPROTO$|CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) || /secure TLS connection/.test(e.message)) {
    return FAILURES.upstreamTls;
  }
  if (CLOSED_CODES.has(code) || code.startsWith('HPE_')) return FAILURES.upstreamClosed;
  return FAILURES.upstreamUnreachable;
}
