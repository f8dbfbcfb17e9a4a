// Signing at the gateway, POST /sign/<env>/<requestTypeId>: keys per environment, validation,
// the answer's shape, and the key never in an answer, a log line or a start-up message.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../sandbox/config.js';
import { FAILURES } from '../../sandbox/failures.js';
import { verifyRequest } from '../../sandbox/hongxun.js';
import { startFakeUpstream } from './fake-upstream.js';
import { DEMO, endpoint, example, sandbox } from './helpers.js';

const MAIN = fileURLToPath(new URL('../../sandbox/main.js', import.meta.url));
const KEY = { createBy: 'C900', dataSource: 'ERP', secret: 'gw-only-secret-7f3a9c' };

function signCall(base, env, id, body, headers = { 'Content-Type': 'application/json' }) {
  return fetch(`${base}/sign/${env}/${id}`, { method: 'POST', headers, body });
}

describe('/sign', () => {
  let fake;
  let sb;
  before(async () => {
    fake = await startFakeUpstream();
    sb = await sandbox({ upstreams: { fake: fake.url, nokey: fake.url }, keys: { fake: KEY } });
  });
  after(async () => {
    // Either may be missing when the start failed: what did start must still close, or the file hangs.
    await sb?.close();
    await fake?.close();
  });

  test('on the sandbox: validated, signed with the sandbox key, accepted; the answer shows the envelope, never the secret', async () => {
    const request = { ...example('inOrder'), customerNumber: 'SIGN-1' };
    const res = await signCall(sb.url, 'sandbox', 'inOrder', JSON.stringify(request));
    const text = await res.text();
    assert.equal(res.status, 200, text);
    assert.equal(res.headers.get('x-hongxun-answer-from'), 'upstream');
    const signed = JSON.parse(text);
    assert.deepEqual(Object.keys(signed).sort(), ['answer', 'contentType', 'envelope', 'status', 'warnings']);
    assert.equal(signed.status, 200);
    assert.match(signed.contentType, /^application\/json/);
    assert.equal(signed.answer.code, 200, signed.answer.message);
    assert.equal(signed.answer.value.customerNumber, 'SIGN-1');
    assert.deepEqual(Object.keys(signed.envelope).sort(), ['createBy', 'dataSource', 'request', 'sign', 'timestamp']);
    assert.equal(signed.envelope.createBy, DEMO.createBy);
    assert.match(signed.envelope.sign, /^[0-9a-f]{32}$/);
    assert.ok(!text.includes(DEMO.secret));
    // The envelope shown is the one sent: it verifies with the partner's secret.
    assert.equal(verifyRequest(JSON.stringify(signed.envelope), DEMO, { endpoint: 'inOrder' }).ok, true);
  });

  test('to an upstream: the published path, the configured key, a fresh timestamp', async () => {
    const before = fake.received.length;
    const res = await signCall(sb.url, 'fake', 'inOrder', JSON.stringify(example('inOrder')));
    const signed = await res.json();
    assert.equal(res.status, 200);
    assert.equal(signed.status, 201); // the fake upstream's status, passed on
    const sent = fake.received.slice(before);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].url, endpoint('inOrder').path);
    assert.equal(sent[0].headers['content-type'], 'application/json');
    const body = sent[0].body.toString('utf8');
    assert.equal(verifyRequest(body, KEY, { endpoint: 'inOrder' }).ok, true);
    assert.ok(!body.includes(KEY.secret));
    // The echo is not JSON by its content type: the answer is its text.
    assert.equal(signed.answer, body);
    assert.deepEqual(signed.envelope, JSON.parse(body));
  });

  test('dwsPackage, the unsigned device envelope, goes out with the warehouseCode of the key', async () => {
    const res = await signCall(sb.url, 'sandbox', 'dwsPackage', JSON.stringify(example('dwsPackage')));
    const signed = await res.json();
    assert.equal(signed.answer.code, 200, signed.answer.message);
    assert.deepEqual(Object.keys(signed.envelope).sort(), ['request', 'timestamp', 'warehouseCode']);
    assert.equal(signed.envelope.warehouseCode, 'DEMO-WH');
    // The fake environment's key has no warehouseCode.
    const refused = await signCall(sb.url, 'fake', 'dwsPackage', JSON.stringify(example('dwsPackage')));
    assert.equal((await refused.json()).code, FAILURES.noKey.code);
  });

  test('3001 an invalid request is refused with its validation errors, and nothing is sent', async () => {
    const before = fake.received.length;
    const request = { ...example('inOrder'), customerNumber: undefined, documentType: 'XX' };
    const res = await signCall(sb.url, 'fake', 'inOrder', JSON.stringify(request));
    assert.equal(res.status, 422);
    assert.equal(res.headers.get('x-hongxun-answer-from'), 'gateway');
    const answer = await res.json();
    assert.equal(answer.code, FAILURES.invalidRequest.code);
    const paths = answer.value.errors.map((e) => `${e.path} ${e.code}`);
    assert.ok(paths.includes('/customerNumber required'), paths.join(', '));
    assert.ok(paths.includes('/documentType enum'), paths.join(', '));
    const broken = await (await signCall(sb.url, 'fake', 'inOrder', '{"customerNumber":')).json();
    assert.equal(broken.code, FAILURES.invalidRequest.code);
    assert.equal(broken.value.errors[0].code, 'invalid_json');
    assert.equal(fake.received.length, before);
  });

  test('refusals: unknown environment, no key, unknown or callback type, unpublished path upstream', async () => {
    const body = JSON.stringify(example('inOrder'));
    const refused = async (res, kind, status) => {
      const answer = await res.json();
      assert.equal(res.status, status, answer.message);
      assert.equal(answer.code, kind.code, answer.message);
    };
    await refused(await signCall(sb.url, 'prod', 'inOrder', body), FAILURES.unknownEnvironment, 404);
    await refused(await signCall(sb.url, 'nokey', 'inOrder', body), FAILURES.noKey, 403);
    await refused(await signCall(sb.url, 'fake', 'noSuchType', body), FAILURES.unknownRequestType, 404);
    // Hongxun sends callbacks; it does not receive them.
    await refused(await signCall(sb.url, 'fake', 'inOrderConfirm', body), FAILURES.unknownRequestType, 404);
    await refused(await signCall(sb.url, 'fake', 'serialNumberIssue', body), FAILURES.noPublishedPath, 404);
    await refused(await signCall(sb.url, 'fake', 'inOrder', body, { 'Content-Type': 'text/plain' }), FAILURES.wrongContentType, 415);
  });

  test('info lists the environments, whether the gateway signs for each, and its clock; no key leaks', async () => {
    const res = await fetch(`${sb.url}/sandbox/api/info`);
    const text = await res.text();
    const info = JSON.parse(text);
    assert.deepEqual(info.environments, [
      { name: 'sandbox', host: sb.url, canSign: true, production: false },
      { name: 'fake', host: fake.url, canSign: true, production: true },
      { name: 'nokey', host: fake.url, canSign: false, production: true },
    ]);
    assert.equal(typeof info.now, 'number');
    assert.ok(Math.abs(info.now - Date.now()) < 60_000);
    assert.equal(info.toleranceSeconds, 600);
    for (const secret of [KEY.secret, DEMO.secret]) assert.ok(!text.includes(secret));
  });
});

test('production: unless both the name and the host say sandbox, uat or test (or loopback)', async () => {
  const sb = await sandbox({
    upstreams: {
      uat: 'https://uat.hongxunyun.cn',
      test: 'http://127.0.0.1:9',
      prod: 'https://api.hongxunyun.cn',
      'uat-2': 'https://api.hongxunyun.cn',
      live: 'https://test.hongxunyun.cn',
    },
  });
  try {
    const { environments } = await (await fetch(`${sb.url}/sandbox/api/info`)).json();
    const production = Object.fromEntries(environments.map((e) => [e.name, e.production]));
    assert.deepEqual(production, { sandbox: false, uat: false, test: false, prod: true, 'uat-2': true, live: true });
  } finally {
    await sb.close();
  }
});

describe('keys', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hongxun-keys-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function keysFile(name, keys, mode) {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(keys));
    chmodSync(file, mode);
    return file;
  }

  test('a keys file readable by group or others is refused at start; owner-only is read', () => {
    const env = { HONGXUN_SANDBOX_UPSTREAMS: 'uat=https://uat.hongxunyun.cn' };
    for (const mode of [0o640, 0o604, 0o644, 0o620]) {
      const file = keysFile(`open-${mode.toString(8)}.json`, { uat: KEY }, mode);
      assert.throws(() => loadConfig({ ...env, HONGXUN_SANDBOX_KEYS: file }), /open to group or others .*chmod 600/);
    }
    const file = keysFile('private.json', { uat: KEY }, 0o600);
    assert.deepEqual(loadConfig({ ...env, HONGXUN_SANDBOX_KEYS: file }).keys.get('uat'), { ...KEY, warehouseCode: null });
  });

  test('a config file holding keys must be owner-only too', () => {
    const file = keysFile('config.json', { upstreams: { uat: 'https://uat.hongxunyun.cn' }, keys: { uat: KEY } }, 0o644);
    assert.throws(() => loadConfig({ HONGXUN_SANDBOX_CONFIG: file }), /open to group or others/);
    chmodSync(file, 0o600);
    assert.equal(loadConfig({ HONGXUN_SANDBOX_CONFIG: file }).keys.get('uat').createBy, KEY.createBy);
  });

  test('an empty secret, a key for an unknown environment and an unparsable file are refused without quoting a secret', () => {
    const env = { HONGXUN_SANDBOX_UPSTREAMS: 'uat=https://uat.hongxunyun.cn' };
    const empty = keysFile('empty.json', { uat: { ...KEY, secret: '' } }, 0o600);
    assert.throws(() => loadConfig({ ...env, HONGXUN_SANDBOX_KEYS: empty }), /keys\.uat: "secret" must be a non-empty string/);
    const unknown = keysFile('unknown.json', { prod: KEY }, 0o600);
    assert.throws(() => loadConfig({ ...env, HONGXUN_SANDBOX_KEYS: unknown }), /"prod" is not a configured environment/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, `{"uat": {"secret": "${KEY.secret}" x`, { mode: 0o600 });
    assert.throws(
      () => loadConfig({ ...env, HONGXUN_SANDBOX_KEYS: broken }),
      (e) => /not valid JSON/.test(e.message) && !e.message.includes(KEY.secret),
    );
  });

  test('make run: the key is used at /sign but appears nowhere in stdout or stderr; one access-log line per request', async () => {
    const fake = await startFakeUpstream();
    const file = keysFile('run.json', { uat: KEY }, 0o600);
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        HONGXUN_SANDBOX_HOST: '127.0.0.1',
        HONGXUN_SANDBOX_PORT: '0',
        HONGXUN_SANDBOX_DATA: ':memory:',
        HONGXUN_SANDBOX_UPSTREAMS: `uat=${fake.url}`,
        HONGXUN_SANDBOX_KEYS: file,
        HONGXUN_SANDBOX_DEMO_SECRET: 'operator-chosen-demo-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    try {
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', () => {
          const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited (${code}): ${out}`)));
      });
      const request = { ...example('inOrder'), customerNumber: 'LOG-SECRET-1' };
      const res = await signCall(url, 'uat', 'inOrder', JSON.stringify(request));
      const signed = await res.json();
      assert.equal(signed.status, 201);
      const sent = fake.received.at(-1).body.toString('utf8');
      assert.equal(verifyRequest(sent, KEY).ok, true, 'the upstream got a body signed with the key');
      await signCall(url, 'uat', 'inOrder', '{"customerNumber": 1}');
      await fetch(`${url}/relay/uat/dtc/logistics/inOrder`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: sent });
      // Each request has been answered; its log line is written as the response closes.
      await new Promise((r) => setTimeout(r, 200));
      const lines = out.split('\n').filter((l) => / (POST|GET) \//.test(l));
      assert.equal(lines.length, 3, out);
      const line = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z POST \/(sign|relay)\/uat\/\S+ env=uat status=\d{3} code=\S+ \d+ms$/;
      for (const l of lines) assert.match(l, line);
      assert.match(lines[0], /POST \/sign\/uat\/inOrder env=uat status=200 code=- /);
      assert.match(lines[1], /status=422 code=3001 /);
      assert.match(lines[2], /POST \/relay\/uat\/dtc\/logistics\/inOrder env=uat status=201 code=- /);
      for (const secret of [KEY.secret, 'operator-chosen-demo-secret', signed.envelope.sign, 'LOG-SECRET-1', signed.envelope.timestamp]) {
        assert.ok(!out.includes(secret), `"${secret}" printed`);
      }
    } finally {
      child.kill('SIGTERM');
      await fake.close();
    }
  });

  test('make run refuses to start with a keys file others can read', async () => {
    const file = keysFile('run-open.json', { uat: KEY }, 0o644);
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, HONGXUN_SANDBOX_PORT: '0', HONGXUN_SANDBOX_DATA: ':memory:', HONGXUN_SANDBOX_UPSTREAMS: 'uat=http://127.0.0.1:9', HONGXUN_SANDBOX_KEYS: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 1);
    assert.match(err, /keys file .* is open to group or others \(mode 644\): run chmod 600/);
  });
});
