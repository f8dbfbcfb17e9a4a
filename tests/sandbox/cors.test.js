// What a browser page may do with the gateway: CORS for configured origins only (preflight,
// Vary: Origin, never `*`), the portal's CSP limited to 'self' and the upstreams, the OpenAPI
// document at /openapi.json, and the access log's lines.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FAILURES } from '../../sandbox/failures.js';
import { buildRequest } from '../../sandbox/hongxun.js';
import { startFakeUpstream } from './fake-upstream.js';
import { DEMO, example, sandbox } from './helpers.js';

const OPENAPI = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));
const JSON_TYPE = { 'Content-Type': 'application/json' };

function preflight(url, origin, method = 'POST') {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' },
  });
}

describe('CORS, default origins (http://localhost:* and http://127.0.0.1:*)', () => {
  let fake;
  let sb;
  before(async () => {
    fake = await startFakeUpstream();
    sb = await sandbox({ upstreams: { fake: fake.url } });
  });
  after(async () => {
    // Either may be missing when the start failed: what did start must still close, or the file hangs.
    await sb?.close();
    await fake?.close();
  });

  test('preflight from an allowed origin: its origin echoed, methods, Content-Type, Vary', async () => {
    for (const [path, method] of [
      ['/relay/fake/x', 'POST'],
      ['/sign/sandbox/inOrder', 'POST'],
      ['/sandbox/api/info', 'GET'],
      ['/dtc/logistics/inOrder', 'POST'],
      ['/openapi.json', 'GET'],
    ]) {
      for (const origin of ['http://localhost:4173', 'http://127.0.0.1:5173', 'http://localhost']) {
        const res = await preflight(sb.url + path, origin, method);
        assert.equal(res.status, 204, `${path} ${origin}`);
        assert.equal(res.headers.get('access-control-allow-origin'), origin);
        assert.equal(res.headers.get('access-control-allow-methods'), method);
        assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type');
        assert.equal(res.headers.get('vary'), 'Origin');
      }
    }
  });

  test('preflight from any other origin: refused, no CORS header', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'http://localhost:80x', 'null', 'https://localhost:4173']) {
      const res = await preflight(`${sb.url}/relay/fake/x`, origin);
      assert.equal(res.status, 403, origin);
      assert.equal(res.headers.get('access-control-allow-origin'), null, origin);
      assert.equal(res.headers.get('access-control-allow-methods'), null, origin);
      assert.equal(res.headers.get('vary'), 'Origin');
    }
  });

  test('a call from an allowed origin can be read: its origin echoed (never *), the answer header exposed', async () => {
    const res = await fetch(`${sb.url}/sandbox/api/info`, { headers: { Origin: 'http://localhost:4173' } });
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:4173');
    assert.equal(res.headers.get('vary'), 'Origin');
    const relayed = await fetch(`${sb.url}/relay/fake/x`, { method: 'POST', headers: { ...JSON_TYPE, Origin: 'http://127.0.0.1:4173' }, body: '{}' });
    assert.equal(relayed.status, 201);
    assert.equal(relayed.headers.get('access-control-allow-origin'), 'http://127.0.0.1:4173');
    assert.equal(relayed.headers.get('access-control-expose-headers'), 'X-Hongxun-Answer-From');
    const body = buildRequest('inOrder', { ...example('inOrder'), customerNumber: 'CORS-1' }, DEMO).body;
    const direct = await fetch(`${sb.url}/dtc/logistics/inOrder`, { method: 'POST', headers: { ...JSON_TYPE, Origin: 'http://localhost:4173' }, body });
    assert.equal(direct.headers.get('access-control-allow-origin'), 'http://localhost:4173');
    assert.equal((await direct.json()).code, 200);
  });

  test('a disallowed origin gets no CORS header, and /relay and /sign refuse it (6013) without sending', async () => {
    const info = await fetch(`${sb.url}/sandbox/api/info`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(info.headers.get('access-control-allow-origin'), null);
    assert.equal(info.headers.get('vary'), 'Origin');
    const before = fake.received.length;
    for (const path of ['/relay/fake/x', '/sign/sandbox/inOrder']) {
      const res = await fetch(sb.url + path, { method: 'POST', headers: { ...JSON_TYPE, Origin: 'https://evil.example' }, body: JSON.stringify(example('inOrder')) });
      assert.equal(res.status, 403, path);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.equal((await res.json()).code, FAILURES.originRefused.code);
    }
    assert.equal(fake.received.length, before);
  });

  test('static files get no CORS headers', async () => {
    const res = await fetch(`${sb.url}/app.js`, { headers: { Origin: 'http://localhost:4173' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test("the portal's CSP: connect-src 'self' and the configured upstreams, nothing else", async () => {
    const csp = (await fetch(`${sb.url}/`)).headers.get('content-security-policy');
    const connect = csp.split('; ').find((d) => d.startsWith('connect-src'));
    assert.equal(connect, `connect-src 'self' ${fake.url}`);
  });

  test('GET /openapi.json serves generated/openapi.json as it is', async () => {
    const res = await fetch(`${sb.url}/openapi.json`, { headers: { Origin: 'http://localhost:4173' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:4173');
    const body = Buffer.from(await res.arrayBuffer());
    assert.ok(body.equals(readFileSync(OPENAPI)));
    assert.match(JSON.parse(body).openapi, /^3\./);
  });
});

test('configured origins replace the defaults; the portal on the gateway itself may still POST', async () => {
  const sb = await sandbox({ corsOrigins: ['https://app.partner.example'], connectOrigins: ['https://direct.partner.example:8443'] });
  try {
    const allowed = await preflight(`${sb.url}/relay/sandbox/x`, 'https://app.partner.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.partner.example');
    const local = await preflight(`${sb.url}/relay/sandbox/x`, 'http://localhost:4173');
    assert.equal(local.status, 403);
    // The portal served by this gateway sends its own Origin with a POST: same origin, accepted.
    const body = buildRequest('inOrder', { ...example('inOrder'), customerNumber: 'SAME-ORIGIN-1' }, DEMO).body;
    const res = await fetch(`${sb.url}/relay/sandbox/dtc/logistics/inOrder`, { method: 'POST', headers: { ...JSON_TYPE, Origin: sb.url }, body });
    assert.equal((await res.json()).code, 200);
    const csp = (await fetch(`${sb.url}/`)).headers.get('content-security-policy');
    assert.match(csp, /connect-src 'self' https:\/\/direct\.partner\.example:8443;/);
  } finally {
    await sb.close();
  }
});

test('access log: one line per request — time, method, path without query, env, status, code, ms', async () => {
  const lines = [];
  const sb = await sandbox({}, { accessLog: (line) => lines.push(line) });
  try {
    const body = buildRequest('inOrder', { ...example('inOrder'), customerNumber: 'LOG-1' }, DEMO).body;
    await (await fetch(`${sb.url}/relay/sandbox/dtc/logistics/inOrder?x=secret-query`, { method: 'POST', headers: JSON_TYPE, body })).text();
    await (await fetch(`${sb.url}/relay/nowhere/x`, { method: 'POST', headers: JSON_TYPE, body: '{}' })).text();
    await (await fetch(`${sb.url}/sandbox/api/info`)).text();
    await new Promise((r) => setTimeout(r, 100));
    const mine = lines.filter((l) => !l.includes('/callbacks/receive/'));
    const time = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z`;
    // The relayed call reaches the sandbox itself over HTTP, so it is logged there too (first).
    assert.deepEqual(
      mine.map((l) => l.replace(new RegExp(`^${time} `), 'T ').replace(/ \d+ms\n$/, ' Nms')),
      [
        'T POST /dtc/logistics/inOrder env=- status=200 code=200 Nms',
        'T POST /relay/sandbox/dtc/logistics/inOrder env=sandbox status=200 code=200 Nms',
        'T POST /relay/nowhere/x env=nowhere status=404 code=6001 Nms',
        'T GET /sandbox/api/info env=- status=200 code=- Nms',
      ],
    );
    const sign = JSON.parse(body).sign;
    assert.ok(!lines.join('').includes(sign) && !lines.join('').includes('LOG-1') && !lines.join('').includes('secret-query'));
  } finally {
    await sb.close();
  }
});
