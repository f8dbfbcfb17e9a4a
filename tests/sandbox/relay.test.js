// The relay, POST /relay/<env>/<path…>: byte-for-byte forwarding to configured upstreams only,
// path refusals, and one code for each way an upstream can fail (against a fake upstream).

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../sandbox/config.js';
import { FAILURES } from '../../sandbox/failures.js';
import { buildRequest } from '../../sandbox/hongxun.js';
import { BIG_BYTES, closedPort, ECHO_TYPE, startFakeUpstream, startSelfSignedUpstream } from './fake-upstream.js';
import { DEMO, example, sandbox } from './helpers.js';

const JSON_TYPE = { 'Content-Type': 'application/json' };
// Long enough for a relayed call to the sandbox on a loaded machine; /hold waits it out once.
const TIMEOUT_MS = 2000;

/** POSTs with node:http, so that the path goes out exactly as written (fetch would resolve `..`). */
function rawPost(base, path, body, headers = JSON_TYPE) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'POST', headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A gateway answer: its HTTP status, the failure's code, and the header naming the gateway. */
function gatewayRefused(res, kind, status) {
  const answer = JSON.parse(res.body);
  assert.equal(answer.code, kind.code, answer.message);
  assert.equal(answer.flag, false);
  assert.ok(answer.message.includes(kind.en), answer.message);
  assert.equal(res.status, status);
  assert.equal(res.headers['x-hongxun-answer-from'], 'gateway');
  return answer;
}

describe('relay', () => {
  let fake;
  let selfSigned;
  let sb;
  before(async () => {
    fake = await startFakeUpstream();
    selfSigned = await startSelfSignedUpstream();
    sb = await sandbox({
      upstreams: {
        fake: fake.url,
        // https spoken to a plain HTTP server: the TLS handshake fails.
        tls: `https://127.0.0.1:${fake.port}`,
        untrusted: selfSigned.url,
        dns: 'http://hongxun-upstream.invalid',
        refused: `http://127.0.0.1:${await closedPort()}`,
        prefixed: `${fake.url}/base/`,
      },
      relayTimeoutMs: TIMEOUT_MS,
      relayAnswerLimit: BIG_BYTES - 1,
      bodyLimit: 1024,
    });
  });
  after(async () => {
    // Each may be missing when the start failed: what did start must still close, or the file hangs.
    await sb?.close();
    await fake?.close();
    await selfSigned?.close();
  });

  test('forwards the body byte for byte and passes status, content type and body back unchanged', async () => {
    // Not canonical, not even UTF-8 at the end: the relay does not read what it carries.
    const body = Buffer.concat([Buffer.from('{ "b" : 1,\n  "a":"é\\u00e9" }  \r\n'), Buffer.from([0xff, 0x00])]);
    const before = fake.received.length;
    const res = await rawPost(sb.url, '/relay/fake/dtc/logistics/inOrder', body, {
      ...JSON_TYPE,
      Cookie: 'portal=1',
      Authorization: 'Bearer x',
      'X-Custom': 'y',
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers['content-type'], ECHO_TYPE);
    assert.equal(res.headers['x-hongxun-answer-from'], 'upstream');
    assert.ok(res.body.equals(body));
    const got = fake.received.slice(before);
    assert.equal(got.length, 1);
    assert.equal(got[0].url, '/dtc/logistics/inOrder');
    assert.ok(got[0].body.equals(body));
    assert.equal(got[0].headers['content-type'], 'application/json');
    for (const header of ['cookie', 'authorization', 'x-custom', 'origin']) assert.equal(got[0].headers[header], undefined, header);
  });

  test('a redirect comes back as it is, not followed, without its Location or cookie', async () => {
    const before = fake.received.length;
    const res = await rawPost(sb.url, '/relay/fake/redirect', '{}');
    assert.equal(res.status, 307);
    assert.equal(res.body.toString(), 'moved');
    assert.equal(res.headers.location, undefined);
    assert.equal(res.headers['set-cookie'], undefined);
    assert.equal(fake.received.length, before + 1);
  });

  test('a path in the upstream URL is put before the relayed path', async () => {
    const res = await rawPost(sb.url, '/relay/prefixed/dtc/logistics/inOrder', '{}');
    assert.equal(res.status, 201);
    assert.equal(fake.received.at(-1).url, '/base/dtc/logistics/inOrder');
  });

  test('sandbox is always an environment: a signed call relayed to the built-in sandbox', async () => {
    const built = buildRequest('inOrder', { ...example('inOrder'), customerNumber: 'RELAY-1' }, DEMO);
    const res = await rawPost(sb.url, '/relay/sandbox/dtc/logistics/inOrder', built.body);
    assert.equal(res.status, 200);
    assert.equal(res.headers['x-hongxun-answer-from'], 'upstream');
    const answer = JSON.parse(res.body);
    assert.equal(answer.code, 200, answer.message);
    assert.equal(answer.value.customerNumber, 'RELAY-1');
    // The sandbox's own refusal passes through unchanged too.
    const again = JSON.parse((await rawPost(sb.url, '/relay/sandbox/dtc/logistics/inOrder', built.body)).body);
    assert.equal(again.code, FAILURES.duplicateOrder.code);
  });

  test('6001 unknown environment, with the configured ones listed', async () => {
    const a = gatewayRefused(await rawPost(sb.url, '/relay/uat/dtc/logistics/inOrder', '{}'), FAILURES.unknownEnvironment, 404);
    assert.deepEqual(a.value.environments, ['sandbox', 'fake', 'tls', 'untrusted', 'dns', 'refused', 'prefixed']);
  });

  test('6002 paths that could leave the upstream or its path are refused, and nothing is sent', async () => {
    const before = fake.received.length;
    const cases = {
      '/relay/fake/../sandbox/api/info': 'dot segment',
      // Reaches the relay's route only once `..` is resolved.
      '/sandbox/../relay/fake/x': 'dot segment',
      '/sign/../relay/fake/x': 'dot segment',
      '/relay/fake/dtc/%2e%2e/x': 'dot segment',
      '/relay/fake/dtc/./x': 'dot segment',
      '/relay/fake/dtc%2flogistics': 'encoded slash',
      '/relay/fake/dtc%2Flogistics': 'encoded slash',
      '/relay/fake/dtc%5clogistics': 'backslash',
      '/relay/fake/dtc\\logistics': 'backslash',
      '/relay/fake/user@evil.example/x': '@ in the path',
      '/relay/fake/http://evil.example/x': 'absolute URL or empty segment',
      '/relay/fake//evil.example/x': 'absolute URL or empty segment',
      '/relay/fake/': 'no path',
      '/relay/fake': 'no path',
      '/relay/fake/dtc/a:b': 'character not allowed',
      '/relay/fake/dtc/a"b': 'character not allowed',
      '/relay/fake/a%zz': 'character not allowed',
    };
    for (const [path, reason] of Object.entries(cases)) {
      const a = gatewayRefused(await rawPost(sb.url, path, '{}'), FAILURES.pathRefused, 400);
      assert.equal(a.value.reason, reason, path);
    }
    assert.equal(fake.received.length, before);
  });

  test('only POST with a JSON content type, under the body limit', async () => {
    const before = fake.received.length;
    const get = await fetch(`${sb.url}/relay/fake/x`);
    assert.equal(get.status, 405);
    assert.equal((await get.json()).code, FAILURES.wrongMethod.code);
    gatewayRefused(await rawPost(sb.url, '/relay/fake/x', '{}', { 'Content-Type': 'text/plain' }), FAILURES.wrongContentType, 415);
    gatewayRefused(await rawPost(sb.url, '/relay/fake/x', 'x'.repeat(1025)), FAILURES.bodyTooLarge, 413);
    assert.equal(fake.received.length, before);
  });

  test('6003 DNS failure', async () => {
    const a = gatewayRefused(await rawPost(sb.url, '/relay/dns/x', '{}'), FAILURES.upstreamDns, 502);
    assert.equal(a.value.upstream, 'http://hongxun-upstream.invalid');
  });

  test('6004 connection refused', async () => {
    const a = gatewayRefused(await rawPost(sb.url, '/relay/refused/x', '{}'), FAILURES.upstreamRefused, 502);
    assert.equal(a.value.error, 'ECONNREFUSED');
  });

  test('6005 timeout: no answer within relayTimeoutMs', async () => {
    const a = gatewayRefused(await rawPost(sb.url, '/relay/fake/hold', '{}'), FAILURES.upstreamTimeout, 504);
    assert.equal(a.value.error, `${TIMEOUT_MS} ms`);
  });

  test('6006 TLS failure: an https upstream that does not speak TLS, or whose certificate no one vouches for', async () => {
    gatewayRefused(await rawPost(sb.url, '/relay/tls/x', '{}'), FAILURES.upstreamTls, 502);
    const a = gatewayRefused(await rawPost(sb.url, '/relay/untrusted/x', '{}'), FAILURES.upstreamTls, 502);
    assert.equal(a.value.error, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  test('6007 upstream closes early: before answering, and in the middle of the body', async () => {
    gatewayRefused(await rawPost(sb.url, '/relay/fake/close', '{}'), FAILURES.upstreamClosed, 502);
    gatewayRefused(await rawPost(sb.url, '/relay/fake/partial', '{}'), FAILURES.upstreamClosed, 502);
  });

  test('6008 an upstream answer larger than relayAnswerLimit', async () => {
    const a = gatewayRefused(await rawPost(sb.url, '/relay/fake/big', '{}'), FAILURES.upstreamAnswerTooLarge, 502);
    assert.match(a.message, new RegExp(`more than ${BIG_BYTES - 1} bytes`));
  });
});

test('upstreams come only from the configuration, and a bad one stops the start', () => {
  const env = (upstreams) => loadConfig({ HONGXUN_SANDBOX_UPSTREAMS: upstreams });
  assert.deepEqual([...env('uat=https://uat.hongxunyun.cn/api/, prod=https://api.hongxunyun.cn').upstreams.values()], [
    { name: 'uat', origin: 'https://uat.hongxunyun.cn', prefix: '/api', hostname: 'uat.hongxunyun.cn' },
    { name: 'prod', origin: 'https://api.hongxunyun.cn', prefix: '', hostname: 'api.hongxunyun.cn' },
  ]);
  assert.throws(() => env('uat=https://a.example,uat=https://b.example'), /"uat" is given twice/);
  assert.throws(() => env('sandbox=https://a.example'), /built-in sandbox/);
  assert.throws(() => env('uat=ftp://a.example'), /only http and https/);
  assert.throws(() => env('uat=https://user:pw@a.example'), /no credentials/);
  assert.throws(() => env('uat'), /not name=https:\/\/host/);
  assert.throws(() => loadConfig({ HONGXUN_SANDBOX_CORS_ORIGINS: '*' }), /not an origin/);
  assert.throws(() => loadConfig({ HONGXUN_SANDBOX_RELAY_TIMEOUT_MS: 'soon' }), /relayTimeoutMs/);
});

test('bound to every interface, the relay to sandbox calls the gateway by a Host name it accepts', async () => {
  const sb = await sandbox({ host: '0.0.0.0' });
  try {
    const built = buildRequest('inOrder', { ...example('inOrder'), customerNumber: 'WILDCARD-1' }, DEMO);
    const res = await rawPost(sb.url, '/relay/sandbox/dtc/logistics/inOrder', built.body);
    const answer = JSON.parse(res.body);
    assert.equal(answer.code, 200, answer.message);
    const { environments } = await (await fetch(`${sb.url}/sandbox/api/info`)).json();
    assert.equal(environments[0].host, sb.url);
    assert.match(sb.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  } finally {
    await sb.close();
  }
});
