// Callback delivery: a redirect is never followed, failed attempts are retried a bounded number
// of times, each attempt is in GET /sandbox/api/callbacks, and the order is FULFILLED only once
// its callbacks were delivered or given up.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { call, eventually, example, sandbox } from './helpers.js';

/** A loopback HTTP server answering with `answer(req, body)` → { status, headers, body }. */
async function server(answer) {
  const hits = [];
  const s = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    hits.push({ url: req.url, body });
    const { status, headers = {}, text = '' } = answer(req, hits.length);
    res.writeHead(status, headers).end(text);
  });
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${s.address().port}`, hits, close: () => new Promise((r) => s.close(r)) };
}

async function deliveries(base) {
  return (await (await fetch(`${base}/sandbox/api/callbacks`)).json()).deliveries;
}

const OK = JSON.stringify({ code: 200, message: '响应成功', flag: true });

test('a 307 from the receiver is not followed: retried, then recorded failed at the configured URL', async () => {
  const trap = await server(() => ({ status: 200, text: OK }));
  const redirecting = await server(() => ({ status: 307, headers: { Location: `${trap.url}/stolen` } }));
  const sb = await sandbox({ callbackUrl: `${redirecting.url}/hook` });
  try {
    await call(sb.url, 'inOrder', { ...example('inOrder'), customerNumber: 'REDIRECT-1' });
    const failed = await eventually(async () => {
      const list = (await deliveries(sb.url)).filter((d) => d.state === 'failed');
      return list.length === 2 ? list : null;
    });
    assert.deepEqual(failed.map((d) => d.endpoint).sort(), ['inOrderConfirm', 'inOrderStatusConfirm']);
    for (const d of failed) {
      assert.equal(d.url, `${redirecting.url}/hook/${d.endpoint}`);
      assert.equal(d.attempts.length, 3); // callbackAttempts in the tests' sandbox
      for (const a of d.attempts) {
        assert.equal(a.httpStatus, 307);
        assert.equal(a.ok, false);
        assert.match(a.error, /redirected \(HTTP 307\) to http:\/\/127\.0\.0\.1:\d+\/stolen: not followed/);
      }
    }
    assert.equal(redirecting.hits.length, 6);
    assert.equal(trap.hits.length, 0, 'the signed callbacks never reached the redirect target');
    // Given up: the order is done with; the failed deliveries stay in the log.
    const result = await eventually(async () => {
      const r = await call(sb.url, 'inOrderResultQuery', { customerNumber: 'REDIRECT-1' });
      return r.answer.value.status === 'FULFILLED' ? r : null;
    });
    assert.ok(result.answer.value.fulfilledAt);
  } finally {
    await sb.close();
    await Promise.all([trap.close(), redirecting.close()]);
  }
});

test('a failed attempt is retried with backoff and shown pending with its next attempt; the order is FULFILLED only after delivery', async () => {
  const flaky = await server((req, n) => (n === 1 ? { status: 503, text: 'busy' } : { status: 200, text: OK }));
  // Attempts: 1 (503), then the retry 400 ms later succeeds.
  const sb = await sandbox({ callbackUrl: `${flaky.url}/hook`, callbackRetryMs: 400 });
  try {
    await call(sb.url, 'inOrder', { ...example('inOrder'), customerNumber: 'RETRY-1' });
    const retrying = await eventually(async () =>
      (await deliveries(sb.url)).find((d) => d.endpoint === 'inOrderStatusConfirm' && d.attempts.length === 1));
    assert.equal(retrying.state, 'pending');
    assert.equal(retrying.ok, false);
    assert.equal(retrying.attempts[0].httpStatus, 503);
    assert.match(retrying.attempts[0].error, /^unreadable answer/);
    assert.ok(retrying.nextAttemptAt > retrying.attempts[0].sentAt, JSON.stringify(retrying));
    const pending = await call(sb.url, 'inOrderResultQuery', { customerNumber: 'RETRY-1' });
    assert.equal(pending.answer.value.status, 'CREATED', 'not fulfilled while a callback is pending');

    const done = await eventually(async () => {
      const list = await deliveries(sb.url);
      const settled = list.filter((d) => d.state === 'delivered');
      return settled.length === 2 ? list : null;
    });
    const first = done.find((d) => d.endpoint === 'inOrderStatusConfirm');
    assert.deepEqual(first.attempts.map((a) => a.httpStatus), [503, 200]);
    assert.equal(first.ok, true);
    assert.equal(first.nextAttemptAt, null);
    // The second callback of the order went only after the first was delivered.
    const second = done.find((d) => d.endpoint === 'inOrderConfirm');
    assert.ok(second.attempts[0].sentAt >= first.attempts[1].sentAt);
    const fulfilled = await eventually(async () => {
      const r = await call(sb.url, 'inOrderResultQuery', { customerNumber: 'RETRY-1' });
      return r.answer.value.status === 'FULFILLED' ? r : null;
    });
    assert.ok(fulfilled.answer.value.fulfilledAt);
  } finally {
    await sb.close();
    await flaky.close();
  }
});
