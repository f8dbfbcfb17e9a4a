// Issue 10, library items 1–4: what an attacker or a careless caller can hand the package.
// Each test fails on the package before the hardening.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { catalog, hx, thrown, VECTOR_CREDENTIALS as CREDENTIALS, VECTOR_NOW as NOW } from './support.mjs';

const example = (id) => catalog.endpoints().find((e) => e.id === id).example;
const ORDER = { ...example('inOrder'), customerNumber: 'AAAA' };

describe('an empty secret is refused with missing_secret everywhere a secret is taken', () => {
  const absent = ['', undefined, null];

  test('buildRequest and sign', () => {
    for (const secret of absent) {
      const credentials = { ...CREDENTIALS, secret };
      assert.equal(thrown(() => hx.buildRequest('inOrder', ORDER, credentials, { now: NOW })).code, 'missing_secret', String(secret));
      const pieces = { ...credentials, timestamp: hx.formatTimestamp(NOW), request: ORDER };
      assert.equal(thrown(() => hx.sign(pieces)).code, 'missing_secret', String(secret));
    }
    const { secret, ...noSecret } = CREDENTIALS;
    assert.equal(thrown(() => hx.buildRequest('inOrder', ORDER, noSecret)).code, 'missing_secret');
  });

  test('verifyRequest, even for a body signed with the empty secret (the forgery)', async () => {
    const { createHash } = await import('node:crypto');
    const timestamp = hx.formatTimestamp(NOW);
    const canonical = hx.canonicalize(ORDER);
    const forged = createHash('md5').update(`C001&WEB&${canonical}&&${timestamp}`).digest('hex');
    const body = `{"createBy":"C001","dataSource":"WEB","request":${canonical},"sign":"${forged}","timestamp":"${timestamp}"}`;
    for (const secret of absent) {
      const e = thrown(() => hx.verifyRequest(body, { secret }, { now: NOW }));
      assert.ok(e instanceof hx.HongxunError);
      assert.equal(e.code, 'missing_secret', String(secret));
      assert.equal(e.path, null);
    }
    // A receiver configured with createBy but an unset secret is not silently a device check.
    assert.equal(thrown(() => hx.verifyRequest(body, { createBy: 'C001' }, { now: NOW })).code, 'missing_secret');
  });
});

describe("re-entrancy: a caller's code that calls the package cannot change an outer call's input", () => {
  const other = { ...example('inOrder'), customerNumber: 'BBBB' };

  test("the issue's attack: verifying a forged body while `now` canonicalizes the original", () => {
    const built = hx.buildRequest('inOrder', ORDER, CREDENTIALS, { now: NOW });
    const forged = built.body.replace('"AAAA"', '"BBBB"');
    const options = {
      get now() {
        hx.canonicalize(ORDER);
        return NOW;
      },
    };
    const result = hx.verifyRequest(forged, CREDENTIALS, options);
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors.map((p) => p.code), ['signature_mismatch']);
    assert.equal(hx.verifyRequest(built.body, CREDENTIALS, options).ok, true);
  });

  test('buildRequest signs its own request whatever the getters of its credentials and options do', () => {
    const expected = hx.buildRequest('inOrder', ORDER, CREDENTIALS, { now: NOW }).body;
    const credentials = {
      ...CREDENTIALS,
      get secret() {
        hx.canonicalize(other);
        return CREDENTIALS.secret;
      },
    };
    const options = {
      get now() {
        hx.buildRequest('inOrder', other, CREDENTIALS);
        return new Date(NOW);
      },
      get validate() {
        hx.validate('inOrder', other);
        return true;
      },
    };
    assert.equal(hx.buildRequest('inOrder', ORDER, credentials, options).body, expected);
  });

  test('a toJSON or getter inside the request may call the package', () => {
    const request = {
      ...ORDER,
      get remark() {
        hx.canonicalize({ z: 'x'.repeat(5000) });
        return 'r';
      },
    };
    assert.equal(hx.canonicalize(request), hx.canonicalize({ ...ORDER, remark: 'r' }));
    const pieces = {
      ...CREDENTIALS,
      timestamp: hx.formatTimestamp(NOW),
      request: { toJSON: () => (hx.canonicalize(other), ORDER) },
    };
    assert.equal(hx.sign(pieces), hx.sign({ ...pieces, request: ORDER }));
  });

  test("a Date's own getTime is never called", () => {
    const now = new Date(NOW);
    now.getTime = () => {
      throw new Error('called');
    };
    assert.equal(hx.formatTimestamp(now), hx.formatTimestamp(NOW));
  });
});

describe('values JSON.stringify would change are refused with unsupported_value and the path', () => {
  const refused = (request) => {
    const e = thrown(() => hx.canonicalize(request));
    assert.ok(e instanceof hx.HongxunError, String(e));
    assert.equal(e.code, 'unsupported_value', e.message);
    assert.match(e.messageZh, /JSON\.stringify/);
    return e.path;
  };

  test('NaN, ±Infinity, undefined in an array, holes, functions, symbols, BigInt', () => {
    assert.equal(refused({ a: { b: NaN } }), '/a/b');
    assert.equal(refused({ list: [1, Infinity] }), '/list/1');
    assert.equal(refused({ n: -Infinity }), '/n');
    assert.equal(refused({ list: [{ x: 1 }, undefined] }), '/list/1');
    // eslint-disable-next-line no-sparse-arrays
    assert.equal(refused({ list: [1, , 3] }), '/list/1');
    assert.equal(refused({ f() {} }), '/f');
    assert.equal(refused({ s: Symbol('s') }), '/s');
    assert.equal(refused({ deep: [[{ big: 10n }]] }), '/deep/0/0/big');
    assert.equal(refused([{ 'a/b': { '~c': NaN } }]), '/0/a~1b/~0c');
  });

  test('a Map, a Set, an invalid Date, a boxed NaN and a toJSON giving NaN', () => {
    assert.equal(refused({ m: new Map([['k', 1]]) }), '/m');
    assert.equal(refused({ s: new Set([1]) }), '/s');
    assert.equal(refused({ at: new Date('nope') }), '/at');
    assert.equal(refused({ n: Object(NaN) }), '/n');
    assert.equal(refused({ v: { toJSON: () => ({ inner: [NaN] }) } }), '/v/inner/0');
  });

  test('the message names what was found; every API taking a request refuses it', () => {
    assert.match(thrown(() => hx.canonicalize({ n: NaN })).message, /NaN at "\/n"/);
    const request = { ...ORDER, remark: Number.NaN };
    assert.equal(thrown(() => hx.validate('inOrder', request)).code, 'unsupported_value');
    assert.equal(thrown(() => hx.buildRequest('inOrder', request, CREDENTIALS)).path, '/remark');
    assert.equal(thrown(() => hx.sign({ ...CREDENTIALS, timestamp: hx.formatTimestamp(NOW), request })).code, 'unsupported_value');
  });

  test('what JSON.stringify keeps is kept: undefined members are left out, a Date is its ISO text, toJSON is used', () => {
    assert.equal(hx.canonicalize({ b: undefined, a: 1 }), '{"a":1}');
    assert.equal(hx.canonicalize({ at: new Date(NOW) }), '{"at":"2026-11-28T04:00:00.000Z"}');
    assert.equal(hx.canonicalize({ v: { toJSON: (key) => `key ${key}` } }), '{"v":"key v"}');
    assert.equal(hx.canonicalize([{ toJSON: (key) => key }]), '["0"]');
    assert.equal(hx.canonicalize({ n: Object(1.5), s: Object('x') }), '{"n":1.5,"s":"x"}');
  });

  test('a cycle is refused as before, not walked for ever', () => {
    const cyclic = { a: {} };
    cyclic.a.back = cyclic;
    const e = thrown(() => hx.canonicalize(cyclic));
    assert.equal(e.code, 'invalid_argument');
    assert.match(e.message, /circular/);
  });
});

describe('smaller items', () => {
  test('an instant outside the years 0000–9999 is bad_timestamp, not a six-digit year', () => {
    for (const ms of [8.64e15, -8.64e15, Date.UTC(9999, 11, 31, 16), Date.UTC(-1, 11, 31, 15, 59, 59)]) {
      assert.equal(thrown(() => hx.formatTimestamp(ms)).code, 'bad_timestamp', String(ms));
      assert.equal(thrown(() => hx.buildRequest('inOrder', ORDER, CREDENTIALS, { now: new Date(ms) })).code, 'bad_timestamp');
    }
    const last = hx.formatTimestamp(Date.UTC(9999, 11, 31, 15, 59, 59));
    assert.equal(last, '9999-12-31 23:59:59');
    assert.equal(hx.parseTimestamp(last), Date.UTC(9999, 11, 31, 15, 59, 59));
    const first = hx.parseTimestamp('0000-01-01 00:00:00');
    assert.equal(hx.formatTimestamp(first), '0000-01-01 00:00:00');
    assert.equal(thrown(() => hx.formatTimestamp(first - 1)).code, 'bad_timestamp');
  });

  test('a number whose canonical text could not be read back is number_out_of_range on the way in', () => {
    const e = thrown(() => hx.canonicalize('{"n":51e2147483647}'));
    assert.equal(e.code, 'number_out_of_range');
    assert.equal(e.path, '/n');
    assert.equal(hx.canonicalize('{"n":15e2147483646}'), '{"n":1.5E+2147483647}');
    assert.equal(hx.canonicalize(hx.canonicalize('{"n":15e2147483646}')), '{"n":1.5E+2147483647}');
  });

  test('an object claiming to be a Date (Symbol.toStringTag) is a HongxunError', () => {
    const fake = { [Symbol.toStringTag]: 'Date' };
    for (const run of [() => hx.formatTimestamp(fake), () => hx.buildRequest('inOrder', ORDER, CREDENTIALS, { now: fake })]) {
      const e = thrown(run);
      assert.ok(e instanceof hx.HongxunError, String(e));
      assert.equal(e.code, 'invalid_argument');
    }
  });

  test("an error thrown by a caller's getter is invalid_argument with the original as cause", () => {
    const boom = new Error('boom');
    const getter = { get secret() { throw boom; }, createBy: 'C001', dataSource: 'WEB' };
    const cases = [
      () => hx.buildRequest('inOrder', ORDER, getter),
      () => hx.verifyRequest('{}', getter),
      () => hx.validate('inOrder', ORDER, { get strict() { throw boom; } }),
      () => hx.canonicalize({ get a() { throw boom; } }),
      () => hx.canonicalize({ toJSON() { throw boom; } }),
      () => hx.sign(new Proxy({}, { has() { throw boom; } })),
    ];
    for (const run of cases) {
      const e = thrown(run);
      assert.ok(e instanceof hx.HongxunError, String(e));
      assert.equal(e.code, 'invalid_argument');
      assert.equal(e.cause, boom);
    }
    // Whatever is thrown, even something without a message.
    const odd = thrown(() => hx.canonicalize({ toJSON() { throw Symbol('odd'); } }));
    assert.equal(odd.code, 'invalid_argument');
  });

  test('an unknown endpoint id is echoed at most 64 characters', () => {
    const id = 'x'.repeat(1 << 20);
    const errors = [
      thrown(() => catalog.requestSchema(id)),
      thrown(() => hx.buildRequest(id, ORDER, CREDENTIALS)),
      ...hx.validate(id, ORDER).errors,
      ...hx.verifyRequest(hx.buildRequest('inOrder', ORDER, CREDENTIALS).body, CREDENTIALS, { endpoint: id }).errors,
    ];
    assert.equal(errors.length, 4);
    for (const e of errors) {
      assert.equal(e.code, 'unknown_endpoint');
      assert.ok(e.message.includes(`"${'x'.repeat(64)}…"`), e.message.slice(0, 200));
      assert.ok(e.message.length < 200 && e.messageZh.length < 200);
    }
    assert.match(thrown(() => catalog.requestSchema('nope')).message, /"nope"$/);
  });
});
