// createClient against a fake upstream started here (a test server, not the sandbox) that injects
// each fault of issue 9: refuse, delay past the timeout, reset mid-answer, 503 then 200, 429 with
// Retry-After, a flag:false refusal, a non-JSON body. The backoff's random source and sleep are
// injected: no test waits real seconds, none asserts wall time. Signing at the gateway runs
// against the real sandbox gateway's /sign route.

import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { sandbox } from '../sandbox/helpers.js';
import { catalog, hx, VECTOR_CREDENTIALS as CREDENTIALS, VECTOR_NOW as NOW } from './support.mjs';

const example = (id) => structuredClone(catalog.endpoints().find((e) => e.id === id).example);
const OK = { code: 200, message: '响应成功', flag: true, value: { id: 7 } };

/**
 * A fake upstream answering each request with the next of `script`'s steps (the last repeats):
 * `{ status, body, headers }`, `'hang'` (never answers), `'reset'` (half an answer, then the
 * connection is destroyed). Records every request body.
 */
async function fakeUpstream(script) {
  const received = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url, body });
      const step = script[Math.min(received.length, script.length) - 1];
      if (step === 'hang') return;
      if (step === 'reset') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 100 });
        res.write('{"code":2');
        setImmediate(() => res.destroy());
        return;
      }
      const text = typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
      res.writeHead(step.status, { 'Content-Type': 'application/json', ...step.headers });
      res.end(text);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    received,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on. */
async function refusingUrl() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** Client settings that never wait: sleeps are recorded, the clock moves a second per read. */
function instant(overrides = {}) {
  const waits = [];
  let clock = NOW;
  return {
    waits,
    settings: {
      credentials: CREDENTIALS,
      timeoutMs: 30_000,
      retries: 2,
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
      now: () => (clock += 1000),
      ...overrides,
    },
  };
}

async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

const steps = (...list) => list;

describe('createClient', () => {
  const opened = [];
  let up;
  /** Opens a fake upstream that is closed after the suite even if a test fails half-way. */
  const open = async (script) => {
    up = await fakeUpstream(script);
    opened.push(up);
    return up;
  };
  after(() => Promise.all(opened.map((u) => u.close())));

  test('resolves the answer with status and attempts; each attempt is built afresh and verifies', async () => {
    await open(steps({ status: 503, body: 'busy' }, { status: 503, body: 'busy' }, { status: 200, body: OK }));
    const { settings, waits } = instant();
    const client = hx.createClient({ ...settings, baseUrl: `${up.url}/` });
    const answer = await client.call('inOrder', example('inOrder'));
    assert.deepEqual(answer, { ...OK, status: 200, attempts: 3 });
    assert.equal(up.received.length, 3);
    assert.deepEqual(up.received.map((r) => r.path), Array(3).fill('/dtc/logistics/inOrder'));
    const timestamps = up.received.map((r) => JSON.parse(r.body).timestamp);
    assert.equal(new Set(timestamps).size, 3, timestamps.join());
    for (const { body } of up.received) {
      const now = hx.parseTimestamp(JSON.parse(body).timestamp);
      assert.equal(hx.verifyRequest(body, CREDENTIALS, { now, endpoint: 'inOrder' }).ok, true);
    }
    // Full jitter (random 0.5): half of 200 ms, then half of 400 ms.
    assert.deepEqual(waits, [100, 200]);
  });

  test('the backoff doubles from 200 ms up to 5 s, scaled by the random source', async () => {
    await open(steps({ status: 502, body: 'bad gateway' }));
    for (const r of [0, 0.999]) {
      const { settings, waits } = instant({ retries: 7, random: () => r });
      const e = await rejection(hx.createClient({ ...settings, baseUrl: up.url }).call('inOrder', example('inOrder')));
      assert.equal(e.code, 'http_status');
      assert.equal(e.status, 502);
      assert.equal(e.attempts, 8);
      const ceilings = [200, 400, 800, 1600, 3200, 5000, 5000];
      assert.equal(waits.length, 7);
      waits.forEach((ms, i) => assert.ok(ms >= 0 && ms <= ceilings[i] && Math.abs(ms - r * ceilings[i]) < 1e-9, `${i}: ${ms}`));
    }
  });

  test('429 with Retry-After waits what the server asks, then succeeds', async () => {
    await open(steps({ status: 429, body: 'slow down', headers: { 'Retry-After': '2' } }, { status: 200, body: OK }));
    const { settings, waits } = instant();
    const answer = await hx.createClient({ ...settings, baseUrl: up.url }).call('inOrder', example('inOrder'));
    assert.equal(answer.attempts, 2);
    assert.deepEqual(waits, [2000]);
  });

  test('a flag:false refusal is an answer: resolved, never retried', async () => {
    const refusal = { code: 4001, message: '客户订单号重复', flag: false };
    await open(steps({ status: 200, body: refusal }));
    const { settings, waits } = instant();
    const answer = await hx.createClient({ ...settings, baseUrl: up.url }).call('inOrder', example('inOrder'));
    assert.deepEqual(answer, { ...refusal, value: undefined, status: 200, attempts: 1 });
    assert.equal(up.received.length, 1);
    assert.deepEqual(waits, []);
  });

  test('a non-JSON body is malformed_response (2xx) or http_status (other statuses), not retried', async () => {
    await open(steps({ status: 200, body: '<html>ok</html>' }, { status: 500, body: '<html>oops</html>' }));
    const { settings } = instant();
    const client = hx.createClient({ ...settings, baseUrl: up.url });
    const malformed = await rejection(client.call('inOrder', example('inOrder')));
    assert.ok(malformed instanceof hx.HongxunError);
    assert.deepEqual([malformed.code, malformed.attempts, malformed.status], ['malformed_response', 1, 200]);
    const status = await rejection(client.call('inOrder', example('inOrder')));
    assert.deepEqual([status.code, status.attempts, status.status], ['http_status', 1, 500]);
    assert.equal(up.received.length, 2);
  });

  test('a refused connection never reached the server: retried, then network', async () => {
    const { settings, waits } = instant();
    const e = await rejection(hx.createClient({ ...settings, baseUrl: await refusingUrl() }).call('inOrder', example('inOrder')));
    assert.ok(e instanceof hx.HongxunError);
    assert.deepEqual([e.code, e.attempts], ['network', 3]);
    assert.equal(waits.length, 2);
    assert.equal(e.cause.cause.code, 'ECONNREFUSED');
  });

  test('a timeout after sending does not repeat a create unless idempotent', async () => {
    await open(steps('hang'));
    const { settings } = instant({ timeoutMs: 1500 });
    const client = hx.createClient({ ...settings, baseUrl: up.url });
    const once = await rejection(client.call('inOrder', example('inOrder')));
    assert.deepEqual([once.code, once.attempts], ['timeout', 1]);
    assert.equal(up.received.length, 1);
    const thrice = await rejection(client.call('inOrder', example('inOrder'), { idempotent: true }));
    assert.deepEqual([thrice.code, thrice.attempts], ['timeout', 3]);
    assert.equal(up.received.length, 4);
  });

  test('a connection reset mid-answer is network, retried only when idempotent', async () => {
    await open(steps('reset', 'reset', { status: 200, body: OK }));
    const { settings } = instant();
    const client = hx.createClient({ ...settings, baseUrl: up.url });
    const e = await rejection(client.call('inOrder', example('inOrder')));
    assert.deepEqual([e.code, e.attempts, e.status], ['network', 1, 200]);
    const answer = await client.call('inOrder', example('inOrder'), { idempotent: true });
    assert.equal(answer.attempts, 2);
    assert.equal(up.received.length, 3);
  });

  test('an AbortSignal cancels at once: during the request and during a backoff wait', async () => {
    await open(steps('hang'));
    const { settings } = instant({ timeoutMs: 60_000 });
    const during = new AbortController();
    const pending = hx.createClient({ ...settings, baseUrl: up.url }).call('inOrder', example('inOrder'), { signal: during.signal });
    while (up.received.length === 0) await new Promise((r) => setTimeout(r, 5));
    during.abort();
    const e = await rejection(pending);
    assert.deepEqual([e.code, e.attempts], ['aborted', 1]);

    // The real sleep, asked to wait a minute by Retry-After: the abort ends it.
    await open(steps({ status: 503, body: 'later', headers: { 'Retry-After': '59' } }));
    const waiting = new AbortController();
    const client = hx.createClient({ ...settings, sleep: undefined, baseUrl: up.url });
    const backingOff = client.call('inOrder', example('inOrder'), { signal: waiting.signal });
    while (up.received.length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    waiting.abort(new Error('user left'));
    const stopped = await rejection(backingOff);
    assert.deepEqual([stopped.code, stopped.attempts, stopped.cause.message], ['aborted', 1, 'user left']);
    assert.equal(up.received.length, 1);
    const already = await rejection(client.call('inOrder', example('inOrder'), { signal: AbortSignal.abort() }));
    assert.deepEqual([already.code, already.attempts], ['aborted', 0]);
  });

  test('an invalid request or credentials are refused before any network call', async () => {
    await open(steps({ status: 200, body: OK }));
    const { settings } = instant();
    const client = hx.createClient({ ...settings, baseUrl: up.url });
    const invalid = await rejection(client.call('inOrder', { documentType: '99' }));
    assert.equal(invalid.code, 'invalid_request');
    assert.ok(invalid.errors.length > 1);
    assert.equal((await rejection(client.call('inOrder', { ...example('inOrder'), qty: NaN }))).code, 'unsupported_value');
    assert.equal(up.received.length, 0);
    for (const secret of ['', undefined]) {
      assert.throws(() => hx.createClient({ ...settings, baseUrl: up.url, credentials: { ...CREDENTIALS, secret } }), { code: 'missing_secret' });
    }
    assert.throws(() => hx.createClient({ ...settings, baseUrl: 'not a url' }), { code: 'invalid_argument' });
    assert.throws(() => hx.createClient({ ...settings, baseUrl: up.url, retries: -1 }), { code: 'invalid_argument' });
  });
});

describe("createClient({ signAt: 'gateway' }) against the sandbox gateway's /sign", () => {
  let gateway;
  before(async () => {
    gateway = await sandbox();
  });
  after(() => gateway.close());

  test('sends the bare request, no secret: the gateway signs, the answer carries the envelope', async () => {
    const sent = [];
    const fetching = (url, init) => {
      sent.push({ url, body: init.body });
      return fetch(url, init);
    };
    const client = hx.createClient({ baseUrl: `${gateway.url}/sign/sandbox`, signAt: 'gateway', fetch: fetching });
    const request = { ...example('inOrder'), customerNumber: `CLIENT-GW-${NOW}` };
    const answer = await client.call('inOrder', request);
    assert.equal(answer.flag, true, answer.message);
    assert.deepEqual([answer.status, answer.attempts], [200, 1]);
    assert.equal(answer.value.customerNumber, request.customerNumber);
    assert.match(answer.envelope.sign, /^[0-9a-f]{32}$/);
    assert.deepEqual(sent.map((s) => s.url), [`${gateway.url}/sign/sandbox/inOrder`]);
    assert.equal(sent[0].body, hx.canonicalize(request));
    // Business refusal through the gateway: the same order again.
    const again = await client.call('inOrder', request);
    assert.equal(again.flag, false);
    assert.equal(again.attempts, 1);
  });

  test('refuses a secret in gateway mode, and an invalid request before sending', async () => {
    assert.throws(() => hx.createClient({ baseUrl: `${gateway.url}/sign/sandbox`, signAt: 'gateway', credentials: CREDENTIALS }), {
      code: 'invalid_argument',
    });
    const client = hx.createClient({ baseUrl: `${gateway.url}/sign/sandbox`, signAt: 'gateway' });
    assert.equal((await rejection(client.call('inOrder', { documentType: '99' }))).code, 'invalid_request');
  });
});

describe('hostile hooks and settings', () => {
  const request = example('stockQuery');
  const answer = (status, headers) => async () => ({ status, headers, text: async () => JSON.stringify({ ...OK, flag: false }) });

  test('whatever a signal, a headers object or a sleep throws is a HongxunError invalid_argument with the cause', async () => {
    const boom = new Error('boom');
    const cases = [
      { fetch: answer(200, new Headers()), options: { signal: { get aborted() { throw boom; } } } },
      { fetch: answer(200, new Headers()), options: { signal: { aborted: false, addEventListener() { throw boom; } } } },
      { fetch: answer(503, { get() { throw boom; } }), options: {} },
      { fetch: async () => { throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }); }, options: {}, sleep: async () => { throw boom; } },
    ];
    for (const { fetch, options, sleep } of cases) {
      const client = hx.createClient({ baseUrl: 'http://upstream.test', credentials: CREDENTIALS, fetch, random: () => 0, ...(sleep && { sleep }) });
      await assert.rejects(client.call('stockQuery', request, options), (e) => e instanceof hx.HongxunError && e.code === 'invalid_argument' && e.cause === boom);
    }
  });

  test('a Retry-After that is not text is ignored, not thrown', async () => {
    let calls = 0;
    const fetch = async () => ({ status: calls++ ? 200 : 503, headers: { get: () => 5 }, text: async () => JSON.stringify(OK) });
    const client = hx.createClient({ baseUrl: 'http://upstream.test', credentials: CREDENTIALS, fetch, random: () => 0, sleep: async () => {} });
    assert.equal((await client.call('stockQuery', request)).attempts, 2);
  });

  test('device credentials are refused up front: dwsPackage has no published path to call', () => {
    assert.throws(() => hx.createClient({ baseUrl: 'http://upstream.test', credentials: { warehouseCode: 'W' } }), { code: 'invalid_argument' });
  });
});
