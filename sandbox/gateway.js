// The sandbox's stand-in for Hongxun's API: every request type Hongxun receives, at its path,
// checked as the real server would, in the order it would: path, method, content type, size,
// JSON, envelope, sender, clock, signature, schema — then the flows that keep state.

import { isServed, servedPath } from '../shared/catalog.js';
import { checkDevice, checkSigned } from './checks.js';
import { FAILURES, failure, success } from './failures.js';
import { decodeUtf8, isJsonContentType, readBody, sendJson } from './http.js';
import { clientWentAway, log, requestFailure } from './log.js';

/**
 * Reads one call's body and checks its transport and envelope. Shared with the callback receiver.
 * Resolves `{ text, envelope }` or `{ answer, closeAfter? }`.
 */
export async function readJsonCall(req, bodyLimit) {
  if (req.method !== 'POST') {
    return {
      answer: failure(FAILURES.wrongMethod, { detailZh: req.method, detailEn: req.method, value: { method: req.method, allowed: ['POST'] } }),
    };
  }
  const contentType = req.headers['content-type'] ?? '';
  if (!isJsonContentType(contentType)) {
    return {
      answer: failure(FAILURES.wrongContentType, {
        detailZh: `收到 "${contentType}"`,
        detailEn: `got "${contentType}"`,
        value: { contentType },
      }),
    };
  }
  const read = await readBody(req, bodyLimit);
  if (read.tooLarge) {
    return {
      closeAfter: read.closeAfter,
      answer: failure(FAILURES.bodyTooLarge, {
        detailZh: `上限 ${bodyLimit} 字节`,
        detailEn: `the limit is ${bodyLimit} bytes`,
        value: { limit: bodyLimit, received: read.received },
      }),
    };
  }
  const text = decodeUtf8(read.body);
  let envelope;
  try {
    if (text === null) throw new Error('the body is not UTF-8');
    envelope = JSON.parse(text);
  } catch (e) {
    return { answer: failure(FAILURES.malformedJson, { detailZh: e.message, detailEn: e.message, value: { error: e.message } }) };
  }
  return { text, envelope };
}

/**
 * @param {object} deps
 * @param {object[]} deps.catalog    endpoints() of hongxun-sign/catalog
 * @param {object[]} deps.partners   {createBy, dataSource, secret}
 * @param {string[]} deps.devices    warehouseCodes allowed to send device envelopes
 * @param {{ handle(endpoint, call): object }} deps.flows  state behind the calls
 * @param {number} deps.bodyLimit
 * @param {() => number} deps.clock  epoch ms
 * @returns {(req, res, url) => Promise<void>}
 */
export function createGateway({ catalog, partners, devices, flows, bodyLimit, clock }) {
  const byPath = new Map(catalog.filter(isServed).map((e) => [servedPath(e), e]));

  async function answer(req, url) {
    const endpoint = byPath.get(url.pathname);
    if (!endpoint) {
      return {
        answer: failure(FAILURES.unknownPath, { detailZh: url.pathname, detailEn: url.pathname, value: { path: url.pathname } }),
      };
    }
    const call = await readJsonCall(req, bodyLimit);
    if (call.answer) return call;
    const now = clock();
    const checked =
      endpoint.envelope === 'device'
        ? checkDevice({ text: call.text, envelope: call.envelope, endpoint, devices, now })
        : checkSigned({ text: call.text, envelope: call.envelope, endpoint, partners, now });
    if (checked.answer) return checked;
    const outcome = flows.handle(endpoint, checked);
    if (outcome.failure) return { answer: outcome.failure };
    const value = checked.warnings?.length ? { ...outcome.value, warnings: checked.warnings } : outcome.value;
    return { answer: success(value) };
  }

  return async function handle(req, res, url) {
    let result;
    try {
      result = await answer(req, url);
    } catch (e) {
      // Never leak internals (or a secret) to the caller; the operator gets one line.
      log(requestFailure(req, e));
      if (clientWentAway(req)) return;
      result = { answer: failure(FAILURES.internalError) };
    }
    if (result.closeAfter) res.setHeader('Connection', 'close');
    sendJson(res, 200, result.answer);
  };
}
