// A request given as a JS value is written by js/request-value.js as the UTF-8 of what
// JSON.stringify writes, byte for byte: held here to JSON.stringify itself on values of every
// kind JSON.stringify treats differently, and on seeded random ones.

import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { describe, test } from 'node:test';
import { requestJson } from '../../js/request-value.js';
import { hx, VECTOR_CREDENTIALS as CREDENTIALS, VECTOR_NOW as NOW } from './support.mjs';

const utf8 = new TextEncoder();

function assertWrittenAsStringify(value, what = JSON.stringify(value)) {
  const expected = JSON.stringify(value);
  const written = requestJson(value);
  if (expected === undefined) return assert.equal(written, undefined, what);
  assert.deepEqual(written, utf8.encode(expected), what);
}

/** A deterministic generator (no Math.random: a failure must repeat). */
function seeded(seed) {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** Characters of every kind QuoteJSONString treats apart, and their neighbours. */
const UNITS = [
  ...Array.from({ length: 0x21 }, (_, c) => String.fromCharCode(c)),
  '"', '\\', '/', '~', '\u007f', '\u0080', '\u009f', 'é', '\u07ff', '\u0800', '仓', '\u2028', '\u2029',
  '\ud7ff', '\ue000', '\uffff', '😀', '\u{10ffff}', '\ud800', '\udbff', '\udc00', '\udfff', 'a', 'Z9',
];

function randomString(next) {
  let s = '';
  for (let n = next(12); n > 0; n--) s += next(3) === 0 ? 'x'.repeat(next(20)) : UNITS[next(UNITS.length)];
  return s;
}

const NUMBERS = [0, -0, 1, -1, 0.1, 0.45, 1 / 3, 1e21, 1e-7, 123456789012345680000, 5e-324, Number.MAX_VALUE, 2 ** 53, -1.5e-10];

function randomValue(next, depth) {
  switch (next(depth > 3 ? 5 : 7)) {
    case 0:
      return randomString(next);
    case 1:
      return NUMBERS[next(NUMBERS.length)];
    case 2:
      return [true, false, null][next(3)];
    case 3:
      return next(2) === 0 ? String(next(1000)) : next(100000);
    case 4:
      return null;
    case 5:
      return Array.from({ length: next(5) }, () => randomValue(next, depth + 1));
    default: {
      const object = {};
      for (let n = next(6); n > 0; n--) {
        const key = next(4) === 0 ? String(next(10)) : randomString(next);
        object[key] = next(8) === 0 ? undefined : randomValue(next, depth + 1);
      }
      return object;
    }
  }
}

describe('a JS value is written as the UTF-8 of JSON.stringify', () => {
  test('every character QuoteJSONString escapes or passes, alone and in runs; numbers as ToString writes them', () => {
    for (const unit of UNITS) {
      assertWrittenAsStringify({ [unit]: [unit, `a${unit}b`, unit.repeat(3)] });
    }
    assertWrittenAsStringify(['\ud800\ud800\udc00', '\udc00\ud800', 'a\ud83d', '\ude00b']);
    assertWrittenAsStringify(NUMBERS);
  });

  test('seeded random values of strings, numbers, literals, arrays and objects', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const value = randomValue(seeded(seed), 0);
      assertWrittenAsStringify(value, `seed ${seed}`);
    }
  });

  test('key order, left-out members, inherited and hidden properties', () => {
    const keyed = { b: 1, 2: 'two', a: undefined, 1: null, [Symbol('s')]: 3, '-1': 4, '01': 5 };
    assertWrittenAsStringify(keyed);
    assertWrittenAsStringify(Object.assign(Object.create(null), { z: 1, y: [2] }));
    class Line {
      constructor() {
        this.quantity = 2;
        Object.defineProperty(this, 'hidden', { value: 1, enumerable: false });
      }
      get inherited() {
        return 'not own';
      }
    }
    assertWrittenAsStringify({ line: new Line(), lines: [new Line()] });
    const accessors = { get now() { return 'read once'; }, plain: 1 };
    assertWrittenAsStringify(accessors);
    // With an enumerable property on Object.prototype, for…in would see it: own keys only.
    Object.prototype.polluted = 'inherited'; // eslint-disable-line no-extend-native
    try {
      assertWrittenAsStringify({ a: 1, b: { c: 2 } });
    } finally {
      delete Object.prototype.polluted;
    }
  });

  test('toJSON with its key, once; boxed primitives by their slot, from another realm too', () => {
    const keys = [];
    // Its result's own toJSON (inherited here: an own function member would be refused) is not called.
    const again = { toJSON: () => 'not called again' };
    const spy = { toJSON: (key) => (keys.push(key), Object.assign(Object.create(again), { key })) };
    const value = { member: spy, list: [spy], date: new Date(Date.UTC(2026, 10, 28)) };
    requestJson(value);
    assert.deepEqual(keys, ['member', '0'], 'toJSON is called once, with its key');
    assertWrittenAsStringify(value);
    assertWrittenAsStringify({ gone: { toJSON: () => undefined }, kept: 1 });
    const valueOf = Object.assign(new Number(1), { valueOf: () => 42 });
    const toString = Object.assign(new String('x'), { toString: () => 'y' });
    assertWrittenAsStringify([new Number(5), new String('仓'), new Boolean(false), valueOf, toString]);
    assertWrittenAsStringify(runInNewContext('({ n: new Number(7), s: new String("s"), a: [1, {}], d: new Date(0) })'));
  });

  test('other objects: typed arrays, errors, regular expressions, arrays with extra members', () => {
    const extra = Object.assign([1, 2], { note: 'not written' });
    assertWrittenAsStringify([new Uint8Array([1, 2]), new Error('e'), /re/g, extra, new ArrayBuffer(2)]);
  });

  test('nesting past the walk: the text of JSON.stringify; a cycle: its TypeError', () => {
    let deep = 1;
    for (let i = 0; i < 200; i++) deep = i % 2 ? [deep] : { d: deep };
    assert.equal(requestJson(deep), JSON.stringify(deep));
    const cycle = { a: [] };
    cycle.a.push(cycle);
    assert.throws(() => requestJson(cycle), TypeError);
    assert.equal(requestJson(undefined), undefined);
  });
});

describe('through the package, a value and its JSON text are one request', () => {
  test('seeded random values canonicalize alike as values and as text, or fail alike', () => {
    const outcome = (request) => {
      try {
        return hx.canonicalize(request);
      } catch (e) {
        return `${e.code} at ${e.path}`;
      }
    };
    for (let seed = 1; seed <= 100; seed++) {
      const value = { request: randomValue(seeded(seed), 0) };
      assert.equal(outcome(value), outcome(JSON.stringify(value)), `seed ${seed}`);
    }
  });

  test("a caller's getter that signs another request while this one is written leaves this one whole", () => {
    // Small (written in the scratch buffer the call before gave back) and large (moved to a
    // larger buffer before the getter runs).
    for (const line of ['仓仓仓', '仓'.repeat(3000)]) {
      hx.canonicalize({ before: 1 });
      const outer = {
        lines: [line],
        get remark() {
          return hx.canonicalize({ other: 'inner' }) && 'outer';
        },
      };
      assert.equal(hx.canonicalize(outer), `{"lines":["${line}"],"remark":"outer"}`);
    }
  });

  test("a credentials getter that signs another request after this one is written leaves it whole", () => {
    const request = { remark: '仓仓仓' };
    const options = { now: NOW, validate: false };
    const expected = hx.buildRequest('inOrder', request, CREDENTIALS, options).body;
    const who = {
      ...CREDENTIALS,
      get secret() {
        hx.canonicalize({ other: 'inner' });
        return CREDENTIALS.secret;
      },
    };
    assert.equal(hx.buildRequest('inOrder', request, who, options).body, expected);
  });
});
