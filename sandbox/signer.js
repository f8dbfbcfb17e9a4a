// Signing at the gateway: POST /sign/<env>/<requestTypeId> takes the bare request (JSON), builds
// and signs its envelope with the package's buildRequest and the key configured for <env>, sends
// it like the relay, and answers `{ status, contentType, answer, envelope, warnings }`. The key
// stays here: the envelope carries the sign, never the secret, and nothing of it is logged.

import { isServed, servedPath } from '../shared/catalog.js';
import { invalidRequest } from './checks.js';
import { FAILURES } from './failures.js';
import { buildRequest, HongxunError } from './hongxun.js';
import { answerCodes, decodeUtf8, sendJson } from './http.js';
import { admit, ANSWER_FROM, jsonOf, refusal, sendGatewayAnswer, splitTarget } from './relay.js';
import { SANDBOX_ENV } from './upstreams.js';

export const SIGN_PREFIX = '/sign/';

/**
 * @param {object} deps
 * @param {object[]} deps.catalog  endpoints() of hongxun-sign/catalog
 * @param {Map<string, object>} deps.keys  env → { createBy, dataSource, secret, warehouseCode }
 * @param {ReturnType<import('./relay.js').createRelay>} deps.relay
 * @param {number} deps.bodyLimit
 * @param {() => number} deps.clock  epoch ms: the envelope's timestamp
 */
export function createSigner({ catalog, keys, relay, bodyLimit, clock }) {
  const received = new Map(catalog.filter(isServed).map((e) => [e.id, e]));

  async function sign(req, target, cors) {
    const refused = relay.refuseCaller(req, target, cors);
    if (refused) return refused;
    const { env } = target;
    const id = target.path.slice(1);
    const endpoint = received.get(id);
    if (!endpoint) return refusal(FAILURES.unknownRequestType, `"${id.slice(0, 64)}"`, { requestType: id.slice(0, 64) });
    const credentials = credentialsFor(endpoint, keys.get(env));
    if (!credentials) return refusal(FAILURES.noKey, `"${env}"`, { environment: env });
    // Unpublished paths exist only on the sandbox (/dtc/sandbox/<id>).
    const path = env === SANDBOX_ENV ? servedPath(endpoint) : endpoint.path;
    if (!path) return refusal(FAILURES.noPublishedPath, id, { requestType: id });
    const call = await admit(req, bodyLimit);
    if (call.answer) return call;
    const text = decodeUtf8(call.body);
    if (text === null) return refusal(FAILURES.malformedJson, 'the body is not UTF-8', { error: 'the body is not UTF-8' });
    let built;
    try {
      built = buildRequest(id, text, credentials, { now: clock() });
    } catch (e) {
      if (!(e instanceof HongxunError)) throw e;
      const errors = e.errors?.length ? e.errors : [{ path: e.path ?? '', code: e.code, message: e.message, messageZh: e.messageZh }];
      return { kind: FAILURES.invalidRequest, answer: invalidRequest(errors) };
    }
    const sent = await relay.forward(env, path, Buffer.from(built.body, 'utf8'));
    if (sent.answer) return sent;
    return {
      signed: {
        status: sent.status,
        contentType: sent.contentType,
        answer: readAnswer(sent),
        // The body as sent: createBy, dataSource, sign, timestamp, request — no secret in it.
        envelope: JSON.parse(built.body),
        warnings: built.warnings,
      },
    };
  }

  return async function handle(req, res, url, { cors }) {
    const result = await sign(req, splitTarget(req.url, SIGN_PREFIX), cors);
    if (result.answer) return sendGatewayAnswer(res, result.answer, result.kind);
    res.setHeader(ANSWER_FROM, 'upstream');
    const code = result.signed.answer?.code;
    if (code !== undefined) answerCodes.set(res, code);
    sendJson(res, 200, result.signed);
  };
}

/** What the envelope of `endpoint` is signed with; null when the key lacks it. */
function credentialsFor(endpoint, key) {
  if (!key) return null;
  if (endpoint.envelope === 'device') return key.warehouseCode ? { warehouseCode: key.warehouseCode } : null;
  return { createBy: key.createBy, dataSource: key.dataSource, secret: key.secret };
}

/** The upstream's body: parsed when it is JSON, else its text. */
function readAnswer(answer) {
  return jsonOf(answer) ?? answer.body.toString('utf8');
}
