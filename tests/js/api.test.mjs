// The whole API of the built package, from Node (ESM entry), with exact outcomes.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { catalog, hx, thrown, VECTOR_CREDENTIALS as CREDENTIALS, VECTOR_NOW as NOW, VECTOR_TIMESTAMP as TIMESTAMP } from './support.mjs';

const md5 = (text) => createHash('md5').update(text, 'utf8').digest('hex');
/** What a client signs: Appendix 1 over its own request text and timestamp. */
const clientSign = (requestText, timestamp = TIMESTAMP, secret = CREDENTIALS.secret) =>
  md5(`C001&WEB&${requestText}&${secret}&${timestamp}`);
const envelope = (requestText, sign, timestamp = TIMESTAMP) =>
  `{"createBy":"C001","dataSource":"WEB","request":${requestText},"sign":"${sign}","timestamp":"${timestamp}"}`;

const example = (id) => catalog.endpoints().find((e) => e.id === id).example;

describe('HongxunError', () => {
  test('is a real Error with code, path, messageZh and errors', () => {
    const e = thrown(() => hx.canonicalize('{"a":1,"a":2}'));
    assert.ok(e instanceof hx.HongxunError);
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'HongxunError');
    assert.equal(e.code, 'duplicate_key');
    assert.equal(e.path, '/a');
    assert.match(e.message, /duplicate key/);
    assert.match(e.messageZh, /键重复/);
    assert.deepEqual(e.errors, []);
    assert.match(e.stack, /HongxunError/);
  });

  test('is one class for import and require', () => {
    const cjs = createRequire(import.meta.url)('../../pkg/node.cjs');
    assert.equal(cjs.HongxunError, hx.HongxunError);
    assert.equal(cjs.canonicalize, hx.canonicalize);
  });
});

describe('hongxun-sign/catalog: endpoints() and requestSchema()', () => {
  test('list all 30 request types with what a form needs', () => {
    const all = catalog.endpoints();
    assert.equal(all.length, 30);
    assert.equal(new Set(all.map((e) => e.id)).size, 30);
    const inOrder = all.find((e) => e.id === 'inOrder');
    assert.equal(inOrder.titleZh, '入库单创建');
    assert.equal(inOrder.path, '/dtc/logistics/inOrder');
    assert.equal(inOrder.envelope, 'signed');
    const documentType = inOrder.fields.find((f) => f.name === 'documentType');
    assert.equal(documentType.required, true);
    assert.ok(documentType.enum.some((c) => c.code === '110'));
    assert.equal(all.find((e) => e.id === 'dwsPackage').envelope, 'device');
  });

  test('every example is valid and builds', () => {
    for (const e of catalog.endpoints()) {
      assert.deepEqual(hx.validate(e.id, e.example).errors, [], e.id);
      const credentials = e.envelope === 'device' ? { warehouseCode: 'WH01' } : CREDENTIALS;
      assert.match(hx.buildRequest(e.id, e.example, credentials, { now: NOW }).body, /"request":/, e.id);
    }
  });

  test('requestSchema gives a JSON Schema per type and refuses an unknown id', () => {
    const schema = catalog.requestSchema('inOrder');
    assert.match(schema.$schema, /2020-12/);
    assert.equal(schema.type, 'object');
    assert.ok(schema.required.includes('customerNumber'));
    assert.equal(catalog.requestSchema('carrierRoutingPush').type, 'array');
    const e = thrown(() => catalog.requestSchema('nope'));
    assert.equal(e.code, 'unknown_endpoint');
    assert.ok(e instanceof hx.HongxunError, 'the main entry\'s class');
    assert.equal(thrown(() => catalog.requestSchema(7)).code, 'invalid_argument');
  });
});

describe('validate()', () => {
  test('reports every problem with path, code and both languages', () => {
    const report = hx.validate('inOrder', { documentType: '99', inventoryCode: 'WH01' });
    assert.equal(report.valid, false);
    const found = report.errors.map((p) => [p.path, p.code]);
    assert.ok(found.some(([path, code]) => path === '/customerNumber' && code === 'required'), JSON.stringify(found));
    assert.ok(found.some(([path, code]) => path === '/documentType' && code === 'enum'), JSON.stringify(found));
    for (const p of report.errors) {
      assert.equal(typeof p.message, 'string');
      assert.equal(typeof p.messageZh, 'string');
    }
  });

  test('strict flags unknown fields; by default they pass', () => {
    const request = { ...example('routeQuery'), extraField: 1 };
    assert.equal(hx.validate('routeQuery', request).valid, true);
    const strict = hx.validate('routeQuery', request, { strict: true });
    assert.deepEqual(
      strict.errors.map((p) => [p.path, p.code]),
      [['/extraField', 'unknown_field']],
    );
    // inOrder's page is cut off: an unknown member may be a real one, so strict mode only warns.
    const order = hx.validate('inOrder', { ...example('inOrder'), extraField: 1 }, { strict: true });
    assert.deepEqual([order.valid, order.warnings.map((p) => [p.path, p.code])], [true, [['/extraField', 'unknown_field']]]);
  });

  test('a likely typo of a known field warns with a suggestion', () => {
    const report = hx.validate('inOrder', { ...example('inOrder'), remakr: 'x' });
    assert.equal(report.valid, true);
    const [typo] = report.warnings;
    assert.deepEqual([typo.path, typo.code, typo.suggestion], ['/remakr', 'unknown_field', 'remark']);
    assert.ok(typo.message.endsWith('did you mean "remark"?'), typo.message);
    assert.ok(typo.messageZh.endsWith('是否应为 "remark"？'), typo.messageZh);
    const { warnings } = hx.validate('routeQuery', { ...example('routeQuery'), other: 1 });
    assert.deepEqual(warnings, []);
  });

  test('takes JSON text and reports text that is not JSON', () => {
    assert.equal(hx.validate('inOrder', JSON.stringify(example('inOrder'))).valid, true);
    const report = hx.validate('inOrder', '{"customerNumber":');
    assert.deepEqual(report.errors.map((p) => p.code), ['invalid_json']);
  });
});

describe('canonicalize() and sign()', () => {
  test('a JSON string keeps number spellings and big integers; a JS value is JSON.stringify-ed', () => {
    assert.equal(hx.canonicalize('{"b":1.50,"a":12345678901234567890}'), '{"a":12345678901234567890,"b":1.50}');
    assert.equal(hx.canonicalize({ b: 1.5, a: null, c: [null, '中'] }), '{"b":1.5,"c":[null,"中"]}');
  });

  test('requests of any size pass in whole, growing, then a large one then small ones (the input buffer is reused)', () => {
    const lines = (n) => Array.from({ length: n }, (_, i) => ({ b: `中😀${i}`, a: i }));
    const sorted = (n) => `[${lines(n).map(({ a, b }) => `{"a":${a},"b":"${b}"}`).join(',')}]`;
    // ~2.5 MB of UTF-8 from ~1 M UTF-16 units: past any buffer a small request left behind.
    // Growing a little at a time, the buffer may grow where it stands (same address, more room).
    for (const n of [3, 4, 6, 9, 14, 30, 100_000, 1, 100_000]) {
      assert.equal(hx.canonicalize(lines(n)), sorted(n), `${n} lines`);
      assert.equal(hx.sign({ ...CREDENTIALS, timestamp: TIMESTAMP, request: JSON.stringify(lines(n)) }), clientSign(sorted(n)));
    }
  });

  test('sign is Appendix 1 over the canonical request', () => {
    const request = { z: 1, a: { y: null, x: '中' } };
    const expected = clientSign('{"a":{"x":"中"},"z":1}');
    assert.equal(hx.sign({ ...CREDENTIALS, timestamp: TIMESTAMP, request }), expected);
    assert.equal(hx.sign({ ...CREDENTIALS, timestamp: TIMESTAMP, request: JSON.stringify(request) }), expected);
  });

  test('sign refuses a missing secret, a non-Beijing timestamp and wrong argument types', () => {
    const base = { ...CREDENTIALS, timestamp: TIMESTAMP, request: {} };
    assert.equal(thrown(() => hx.sign({ ...base, secret: '' })).code, 'missing_secret');
    assert.equal(thrown(() => hx.sign({ ...base, timestamp: '2026-11-28T12:00:00' })).code, 'bad_timestamp');
    assert.equal(thrown(() => hx.sign({ ...base, timestamp: '2026-02-30 12:00:00' })).code, 'bad_timestamp');
    assert.equal(thrown(() => hx.sign({ ...base, createBy: 7 })).code, 'invalid_argument');
    assert.equal(thrown(() => hx.sign()).code, 'invalid_argument');
    assert.equal(thrown(() => hx.canonicalize(undefined)).code, 'invalid_argument');
    assert.equal(thrown(() => hx.canonicalize({ n: 1n })).code, 'unsupported_value');
    assert.equal(thrown(() => hx.canonicalize('5')).code, 'not_a_container');
  });
});

describe('unpaired surrogates', () => {
  test('in request text are refused with the path of their string, never replaced', () => {
    const e = thrown(() => hx.canonicalize('{"a":{"b":"x\uD800y"}}'));
    assert.equal(e.code, 'lone_surrogate');
    assert.equal(e.path, '/a/b');
    assert.equal(thrown(() => hx.canonicalize('{"a":"\uDC00"}')).code, 'lone_surrogate');
    assert.equal(thrown(() => hx.buildRequest('inOrder', '{"customerNumber":"\uD83D"}', CREDENTIALS)).code, 'lone_surrogate');
    assert.equal(thrown(() => hx.validate('inOrder', '["\uD800"]')).code, 'lone_surrogate');
  });

  test('after a backslash are refused too, not read as an escaped backslash', () => {
    // `\` + U+D800 would become `\\ud800` if escaped naively: valid JSON with other text.
    assert.equal(thrown(() => hx.canonicalize('{"a":"\\\uD800"}')).code, 'lone_surrogate');
  });

  test('in a JS value are refused with their path (JSON.stringify escapes them)', () => {
    const e = thrown(() => hx.canonicalize({ list: ['ok', 'bad\uDFFF'] }));
    assert.equal(e.code, 'lone_surrogate');
    assert.equal(e.path, '/list/1');
  });

  test('in a credential are refused', () => {
    const e = thrown(() => hx.sign({ ...CREDENTIALS, dataSource: 'W\uD800', timestamp: TIMESTAMP, request: {} }));
    assert.equal(e.code, 'lone_surrogate');
    assert.equal(thrown(() => hx.verifyRequest('{}', { secret: 's\uDC00' })).code, 'lone_surrogate');
  });

  test('well-formed pairs pass', () => {
    assert.equal(hx.canonicalize('{"e":"😀"}'), '{"e":"😀"}');
  });
});

describe('buildRequest()', () => {
  test('validates, canonicalizes, stamps with Beijing time and signs', () => {
    const request = { ...example('inOrder'), supplierCode: null };
    const built = hx.buildRequest('inOrder', request, CREDENTIALS, { now: new Date(NOW) });
    const canonical = hx.canonicalize(request);
    assert.equal(built.timestamp, TIMESTAMP);
    assert.equal(built.sign, clientSign(canonical));
    assert.equal(built.path, '/dtc/logistics/inOrder');
    assert.deepEqual(built.warnings, []);
    assert.equal(
      built.body,
      `{"createBy":"C001","dataSource":"WEB","request":${canonical},"sign":"${built.sign}","timestamp":"${TIMESTAMP}"}`,
    );
    assert.equal(built.canonical, canonical);
    assert.equal(built.stringToSign, `C001&WEB&${canonical}&***&${TIMESTAMP}`);
    assert.deepEqual(Object.keys(built), ['body', 'sign', 'timestamp', 'path', 'warnings', 'canonical', 'stringToSign']);
  });

  test("returns the request's warnings, and each type's path (none for an unpublished one)", () => {
    const built = hx.buildRequest('inOrder', { ...example('inOrder'), remakr: 'x' }, CREDENTIALS, { now: NOW });
    assert.deepEqual(
      built.warnings.map((p) => [p.path, p.code, p.suggestion]),
      [['/remakr', 'unknown_field', 'remark']],
    );
    // The next build's warnings are its own.
    assert.deepEqual(hx.buildRequest('inOrder', example('inOrder'), CREDENTIALS, { now: NOW }).warnings, []);
    assert.equal(hx.buildRequest('signInfoPush', example('signInfoPush'), CREDENTIALS, { now: NOW }).path, null);
  });

  test('gives the canonical request and the string to sign (secret masked) of any text', () => {
    // Characters of 1 to 4 UTF-8 bytes (😀 is 2 UTF-16 units) before and after the request,
    // and escapes in createBy: the canonical text is cut out of the body at the right place.
    const who = { createBy: 'C"0😀1', dataSource: '源\\WEB', secret: 's3cr3t' };
    const request = { b: '€😀', a: 'x\u2028' };
    const built = hx.buildRequest('inOrder', request, who, { now: NOW, validate: false });
    const canonical = hx.canonicalize(request);
    assert.equal(built.canonical, canonical);
    assert.equal(built.stringToSign, `C"0😀1&源\\WEB&${canonical}&***&${TIMESTAMP}`);
    assert.equal(built.sign, md5(built.stringToSign.replace('&***&', '&s3cr3t&')));
    assert.ok(!JSON.stringify(built).includes('s3cr3t'));
    const device = hx.buildRequest('dwsPackage', example('dwsPackage'), { warehouseCode: '仓😀' }, { now: NOW });
    assert.equal(device.canonical, hx.canonicalize(example('dwsPackage')));
    assert.equal(device.stringToSign, null);
  });

  test('takes now as epoch milliseconds or a Date, and the current time by default', () => {
    const fromNumber = hx.buildRequest('inOrder', example('inOrder'), CREDENTIALS, { now: NOW });
    const fromDate = hx.buildRequest('inOrder', example('inOrder'), CREDENTIALS, { now: new Date(NOW) });
    assert.equal(fromNumber.body, fromDate.body);
    const before = hx.formatTimestamp(Date.now());
    const current = hx.buildRequest('inOrder', example('inOrder'), CREDENTIALS).timestamp;
    const after = hx.formatTimestamp(Date.now());
    assert.ok(before <= current && current <= after, `${before} ≤ ${current} ≤ ${after}`);
    assert.equal(thrown(() => hx.buildRequest('inOrder', {}, CREDENTIALS, { now: new Date('x') })).code, 'invalid_argument');
  });

  test('refuses to sign an invalid request, listing every problem', () => {
    const e = thrown(() => hx.buildRequest('inOrder', { documentType: '99' }, CREDENTIALS, { now: NOW }));
    assert.equal(e.code, 'invalid_request');
    assert.ok(e.errors.length >= 4, JSON.stringify(e.errors));
    assert.ok(e.errors.some((p) => p.path === '/documentType' && p.code === 'enum'));
    assert.match(e.messageZh, /请求校验失败/);
  });

  test('signs without validating when asked', () => {
    const built = hx.buildRequest('inOrder', { any: 1 }, CREDENTIALS, { now: NOW, validate: false });
    assert.equal(built.sign, clientSign('{"any":1}'));
  });

  test('builds the unsigned device envelope for dwsPackage, and refuses mismatched credentials', () => {
    const built = hx.buildRequest('dwsPackage', example('dwsPackage'), { warehouseCode: 'WH01' }, { now: NOW });
    assert.equal(built.sign, null);
    assert.equal(built.path, null);
    assert.ok(built.body.startsWith(`{"warehouseCode":"WH01","timestamp":"${TIMESTAMP}","request":{`));
    assert.equal(thrown(() => hx.buildRequest('dwsPackage', example('dwsPackage'), CREDENTIALS)).code, 'wrong_envelope');
    assert.equal(thrown(() => hx.buildRequest('inOrder', example('inOrder'), { warehouseCode: 'WH01' })).code, 'wrong_envelope');
    assert.equal(thrown(() => hx.buildRequest('nope', {}, CREDENTIALS)).code, 'unknown_endpoint');
  });
});

describe('verifyRequest()', () => {
  const request = '{"customerNumber":"SO1","qty":1.50,"note":null,"a":"x"}';
  const canonical = '{"a":"x","customerNumber":"SO1","qty":1.50}';

  test('accepts an authentic body and returns the request text', () => {
    const result = hx.verifyRequest(envelope(request, clientSign(canonical)), CREDENTIALS, { now: NOW });
    assert.deepEqual(result, { ok: true, errors: [], warnings: [], skewSeconds: 0, toleranceSeconds: 600, request });
  });

  test('says how far the timestamp is from now: skewSeconds, null when unreadable', () => {
    const body = envelope(request, clientSign(canonical));
    const skew = (now, options) => hx.verifyRequest(body, CREDENTIALS, { now, ...options }).skewSeconds;
    assert.equal(skew(NOW - 90_000), 90);
    assert.equal(skew(NOW + 601_999), -601);
    assert.equal(hx.verifyRequest(body, CREDENTIALS, { now: NOW, toleranceSeconds: 900 }).toleranceSeconds, 900);
    const unreadable = hx.verifyRequest(envelope(request, 'x', '2026-11-28 25:00:00'), CREDENTIALS, { now: NOW });
    assert.equal(unreadable.skewSeconds, null);
    assert.equal(hx.verifyRequest('not json', CREDENTIALS, { now: NOW }).skewSeconds, null);
  });

  test('names the client mistake a wrong signature matches', () => {
    const diagnosis = (sign, timestamp = TIMESTAMP) =>
      hx.verifyRequest(envelope(request, sign, timestamp), CREDENTIALS, { now: NOW }).errors[0].diagnosis.code;
    // JSON.stringify(JSON.parse(text)): input key order, nulls kept, 1.50 written as 1.5.
    assert.equal(diagnosis(clientSign(JSON.stringify(JSON.parse(request)))), 'keys_not_sorted+nulls_kept+js_numbers');
    assert.equal(diagnosis(clientSign(request)), 'keys_not_sorted+nulls_kept');
    assert.equal(diagnosis(clientSign(canonical, '2026-11-28 04:00:00')), 'utc_timestamp');
    assert.equal(diagnosis(clientSign(canonical, TIMESTAMP, 'other')), 'wrong_secret');
  });

  test('reports each failure with its own code', () => {
    const sign = clientSign(canonical);
    const codes = (body, expected = CREDENTIALS, options = { now: NOW }) =>
      hx.verifyRequest(body, expected, options).errors.map((p) => p.code);
    assert.deepEqual(codes('not json'), ['malformed_envelope']);
    assert.deepEqual(codes(envelope(request, sign), { ...CREDENTIALS, createBy: 'C002' }), ['credential_mismatch']);
    assert.deepEqual(codes(envelope(request, sign), CREDENTIALS, { now: NOW + 601_000 }), ['timestamp_out_of_window']);
    assert.deepEqual(codes(envelope(request, sign), CREDENTIALS, { now: NOW + 601_000, toleranceSeconds: 900 }), []);
    assert.deepEqual(codes(envelope(request, sign, '2026-11-28 25:00:00')).includes('bad_timestamp'), true);
    const invalid = hx.verifyRequest(envelope(request, sign), CREDENTIALS, { now: NOW, endpoint: 'inOrder' });
    assert.equal(invalid.ok, false);
    assert.ok(invalid.errors.some((p) => p.path.endsWith('/documentType') && p.code === 'required'), JSON.stringify(invalid.errors));
  });

  test('accepts upper-case hex with a warning', () => {
    const result = hx.verifyRequest(envelope(request, clientSign(canonical).toUpperCase()), CREDENTIALS, { now: NOW });
    assert.equal(result.ok, true);
    assert.equal(result.warnings.length, 1);
  });

  test('checks an unsigned device body when given a warehouseCode instead of a secret', () => {
    const dws = '{"mailno":"SF1","longs":30.0,"widths":20,"heights":10,"weight":1500,"volume":6000}';
    const device = (warehouse, timestamp = TIMESTAMP) =>
      `{"warehouseCode":"${warehouse}","timestamp":"${timestamp}","request":${dws}}`;
    const options = { endpoint: 'dwsPackage', now: NOW };
    const ok = hx.verifyRequest(device('WH01'), { warehouseCode: 'WH01' }, options);
    assert.deepEqual([ok.ok, ok.request], [true, dws]);
    const codes = (result) => result.errors.map((e) => [e.code, e.path]);
    assert.deepEqual(codes(hx.verifyRequest(device('WH02'), { warehouseCode: 'WH01' }, options)), [
      ['credential_mismatch', '/warehouseCode'],
    ]);
    // The device envelope's time window is inferred: outside it, a warning.
    const late = hx.verifyRequest(device('WH01', '2026-11-28 13:00:00'), {}, options);
    assert.deepEqual([late.ok, late.warnings.map((e) => [e.code, e.path])], [true, [['timestamp_out_of_window', '/timestamp']]]);
    assert.deepEqual(codes(hx.verifyRequest(device('WH01').replace('"mailno":"SF1",', ''), {}, options)), [
      ['required', '/mailno'],
    ]);
  });
});

describe('parseTimestamp()', () => {
  test('reads Beijing time back into epoch milliseconds and refuses impossible times', () => {
    assert.equal(hx.parseTimestamp('2027-01-01 00:00:00'), Date.UTC(2026, 11, 31, 16));
    assert.equal(hx.parseTimestamp(hx.formatTimestamp(NOW)), NOW - (NOW % 1000));
    for (const bad of ['2026-02-30 10:00:00', '2026-11-28 24:00:00', '2026-11-28T10:00:00']) {
      assert.equal(thrown(() => hx.parseTimestamp(bad)).code, 'bad_timestamp', bad);
    }
    assert.equal(thrown(() => hx.parseTimestamp(1)).code, 'invalid_argument');
  });
});

describe('formatTimestamp()', () => {
  test('is Beijing time whatever the process time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        assert.equal(hx.formatTimestamp(new Date('2026-12-31T16:00:00Z')), '2027-01-01 00:00:00', tz);
      }
    } finally {
      process.env.TZ = zone;
    }
    assert.equal(hx.formatTimestamp(Date.UTC(2028, 1, 28, 16)), '2028-02-29 00:00:00');
    assert.equal(thrown(() => hx.formatTimestamp('2026-11-28')).code, 'invalid_argument');
    assert.equal(thrown(() => hx.formatTimestamp(Number.NaN)).code, 'invalid_argument');
  });
});

describe('parseResponse()', () => {
  test('reads the documented shape', () => {
    assert.deepEqual(hx.parseResponse('{"code":200,"message":"响应成功","flag":true}'), {
      code: 200,
      message: '响应成功',
      flag: true,
      value: undefined,
    });
    assert.deepEqual(hx.parseResponse('{"code":500,"message":"x","flag":false,"value":{"n":[1]}}').value, { n: [1] });
  });

  test('throws malformed_response with the offending field', () => {
    const failure = (text) => {
      const e = thrown(() => hx.parseResponse(text));
      assert.equal(e.code, 'malformed_response');
      return e.path;
    };
    assert.equal(failure('<html>'), null);
    assert.equal(failure('[]'), null);
    assert.equal(failure('{"code":"200","message":"x","flag":true}'), '/code');
    assert.equal(failure('{"code":200.5,"message":"x","flag":true}'), '/code');
    assert.equal(failure('{"code":200,"flag":true}'), '/message');
    assert.equal(failure('{"code":200,"message":"x","flag":"true"}'), '/flag');
    assert.equal(failure('{"code":200,"message":"x","flag":true,"value":3}'), '/value');
  });
});

test('the secret appears in no error, message or result', () => {
  const secret = 'TOP-SECRET-密钥-🔑';
  const credentials = { ...CREDENTIALS, secret };
  const outcomes = [
    () => hx.sign({ ...credentials, timestamp: 'bad', request: {} }),
    () => hx.sign({ ...credentials, timestamp: TIMESTAMP, request: '{"a":1,"a":2}' }),
    () => hx.buildRequest('inOrder', {}, credentials),
    () => hx.buildRequest('dwsPackage', {}, credentials),
    () => hx.buildRequest('inOrder', '{', credentials),
    () => hx.verifyRequest(envelope('{}', '0'.repeat(32)), { secret }, { now: NOW }),
    () => hx.verifyRequest(envelope('{"a":null}', clientSign('{"a":null}', TIMESTAMP, 'x')), { secret }, { now: NOW }),
    () => hx.verifyRequest('nope', { secret, createBy: 'X' }),
  ];
  for (const run of outcomes) {
    let outcome;
    try {
      outcome = run();
    } catch (e) {
      outcome = { message: e.message, messageZh: e.messageZh, stack: e.stack, errors: e.errors, json: JSON.stringify(e) };
    }
    assert.ok(!JSON.stringify(outcome).includes(secret), JSON.stringify(outcome));
    assert.ok(!JSON.stringify(outcome).includes('TOP-SECRET'));
  }
});
