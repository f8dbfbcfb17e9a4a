// The customer's side of the callbacks, played by the sandbox: receives Hongxun's H→C calls at
// /callbacks/receive/<type>, verifies each with the package's verifyRequest (the same check a
// partner's own service makes), answers as the customer would, and keeps them for the portal:
// a verified body whole (within the inbox's limits), anything else only as a short excerpt.

import { isCallback } from '../shared/catalog.js';
import { checkSigned } from './checks.js';
import { FAILURES, failure, success } from './failures.js';
import { readJsonCall } from './gateway.js';
import { sendJson } from './http.js';
import { excerpt } from './store-inbox.js';

export const RECEIVER_PREFIX = '/callbacks/receive/';

export function createReceiver({ catalog, partners, store, bodyLimit, clock, log }) {
  const callbacks = new Map(catalog.filter(isCallback).map((e) => [e.id, e]));

  async function answer(req, url) {
    const id = url.pathname.slice(RECEIVER_PREFIX.length);
    const endpoint = callbacks.get(id);
    if (!endpoint) {
      return failure(FAILURES.unknownPath, { detailZh: url.pathname, detailEn: url.pathname, value: { path: url.pathname } });
    }
    const call = await readJsonCall(req, bodyLimit);
    if (call.answer) return call.answer;
    const checked = checkSigned({ text: call.text, envelope: call.envelope, endpoint, partners, now: clock() });
    const result = checked.answer ?? success();
    const createBy = call.envelope?.createBy;
    try {
      store.inbox.add({
        endpoint: id,
        receivedAt: clock(),
        createBy: typeof createBy === 'string' ? excerpt(createBy, 64) : null,
        ok: result.flag,
        code: result.code,
        message: result.message,
        errors: checked.answer?.value?.errors ?? [],
        warnings: checked.warnings ?? [],
        body: result.flag ? call.text : excerpt(call.text),
      });
    } catch (e) {
      // A full disk or a broken file: the caller hears 5000, the operator gets one line.
      log(`sandbox: callback ${id} not logged: ${e.message}`);
      return failure(FAILURES.internalError);
    }
    return result;
  }

  return async function handle(req, res, url) {
    sendJson(res, 200, await answer(req, url));
  };
}
