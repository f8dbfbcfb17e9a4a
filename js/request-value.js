// A request given as a JS value is sent as JSON.stringify writes it. This module writes it so
// itself, byte for byte the UTF-8 of JSON.stringify's text, in one walk over the value straight
// into bytes for the core, where a check, JSON.stringify and encodeInto took three passes
// (buildRequest of the 1 KB order from an object: 16.3 -> 14.5 µs in Node 20, 15.1 -> 13.5 µs in
// Chromium). The walk follows the spec's SerializeJSONProperty step by step (toJSON with its
// key, boxed primitives unwrapped, own enumerable keys in their order);
// tests/js/request-value.test.mjs holds it to JSON.stringify on values of every kind.
//
// JSON.stringify changes some values without a word: NaN and ±Infinity become null (and a null
// member is then left out of the signed text), undefined in an array becomes null, a function or
// a symbol vanishes, a Map or a Set becomes {}, an invalid Date becomes null, a BigInt throws.
// Signing that would sign something the caller did not write, so such a value is refused with
// `unsupported_value` and its path.

import { failure } from './errors.js';
import { takeScratch } from './core-memory.js';

/**
 * Past this depth the walk gives the value to JSON.stringify instead: the core refuses nesting
 * beyond 128 levels (`too_deep`, with its path), and JSON.stringify throws on a cycle, which
 * would otherwise be walked for ever.
 */
const DEPTH_LIMIT = 130;
const TOO_DEEP = Symbol('too deep');

/** What was found, and where (segments collected innermost first while the walk unwinds). */
class Unsupported {
  constructor(what, whatZh) {
    this.what = what;
    this.whatZh = whatZh;
    this.segments = [];
  }
}

/**
 * Whether `for…in` visits exactly the keys JSON.stringify writes of an object whose prototype is
 * Object.prototype: its own enumerable string keys, in the same order, unless Object.prototype
 * has an enumerable property of its own (then inherited too). Set at each write.
 */
let forInIsExact = true;

/** The bytes being written (a buffer from `takeScratch`, replaced by a larger one as needed). */
let out = null;
let at = 0;

/**
 * The UTF-8 of `JSON.stringify(request)`, or, past DEPTH_LIMIT, that text itself; `undefined`
 * when JSON.stringify would give undefined. Throws `unsupported_value` (with the JSON pointer of
 * the first such value) if JSON.stringify would drop or change any part of `request`. Errors
 * thrown by the caller's own code (getters, `toJSON`) and by JSON.stringify pass through.
 * The bytes are in a scratch buffer until `encodeInput` copies them into the core.
 */
export function requestJson(request) {
  // A getter of the caller's may call the package again: that call writes into its own buffer.
  const outer = [out, at];
  out = takeScratch();
  at = 0;
  forInIsExact = !hasEnumerable(Object.prototype);
  try {
    return property(request, '', false, 0) ? out.subarray(0, at) : undefined;
  } catch (e) {
    if (e === TOO_DEEP) return JSON.stringify(request);
    if (!(e instanceof Unsupported)) throw e;
    const path = e.segments.reverse().map(escapeSegment).map((s) => `/${s}`).join('');
    throw failure('unsupported_value', {
      path,
      detail: `${e.what} at "${path}"`,
      detailZh: `${e.whatZh}（位置 "${path}"）`,
    });
  } finally {
    [out, at] = outer;
  }
}

function hasEnumerable(object) {
  for (const _ in object) return true;
  return false;
}

/**
 * Writes `value`, met under `key` of an array (`inArray`) or an object, as JSON.stringify does
 * (SerializeJSONProperty); returns false when it writes nothing (an object member left out).
 */
function property(value, key, inArray, depth) {
  // Strings and numbers (nearly all) first.
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return number(value);
  if (value !== null && (typeof value === 'object' || typeof value === 'function' || typeof value === 'bigint')) {
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function') {
      const original = value;
      value = toJSON.call(value, String(key));
      if (value === null && original instanceof Date) throw new Unsupported('an invalid Date', '无效的 Date');
    }
  }
  return serialized(value, inArray, depth);
}

/** Writes what `toJSON` left (its result's own toJSON is not called). */
function serialized(value, inArray, depth) {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return number(value);
    case 'boolean':
      return ascii(value ? 'true' : 'false');
    case 'undefined':
      // An absent member is dropped, as a null member is; in an array it would become null.
      if (inArray) throw new Unsupported('undefined in an array', '数组中的 undefined');
      return false;
    case 'symbol':
      throw new Unsupported('a symbol', 'symbol 值');
    case 'bigint':
      throw new Unsupported('a BigInt (pass the number as JSON text)', 'BigInt 值（请以 JSON 文本传入该数值）');
    case 'function':
      throw new Unsupported('a function', '函数');
  }
  if (value === null) return ascii('null');
  if (depth >= DEPTH_LIMIT) throw TOO_DEEP;
  if (Array.isArray(value)) return array(value, depth + 1);
  const prototype = Object.getPrototypeOf(value);
  // Plain objects (nearly all) are walked with for…in, which V8 reads through the object's
  // enum cache: 2.5× faster than Object.keys and `value[key]` (measured on the 2.5 KB request).
  if (prototype === null || (prototype === Object.prototype && forInIsExact)) return object(value, depth + 1, true);
  const primitive = unboxed(value);
  if (primitive !== NOT_BOXED) return serialized(primitive, inArray, depth);
  if (value instanceof Map) throw new Unsupported('a Map (JSON.stringify writes it as {})', 'Map（JSON.stringify 会写成 {}）');
  if (value instanceof Set) throw new Unsupported('a Set (JSON.stringify writes it as {})', 'Set（JSON.stringify 会写成 {}）');
  return object(value, depth + 1, false);
}

const NOT_BOXED = Symbol('not boxed');

/**
 * The primitive JSON.stringify writes for a Number, String, Boolean or BigInt object (found by
 * its internal slot, as the spec does: a box from another realm too), else NOT_BOXED. Numbers
 * and strings are converted as the spec converts them (a `valueOf` or `toString` of the
 * caller's runs).
 */
function unboxed(value) {
  for (const [brand, primitive] of BOXES) {
    let slot;
    try {
      slot = brand.call(value);
    } catch {
      continue;
    }
    return primitive(value, slot);
  }
  return NOT_BOXED;
}

const BOXES = [
  [Number.prototype.valueOf, (box) => Number(box)],
  [String.prototype.valueOf, (box) => String(box)],
  [Boolean.prototype.valueOf, (_, slot) => slot],
  [BigInt.prototype.valueOf, (_, slot) => slot],
];

function array(value, depth) {
  byte(0x5b);
  const length = value.length;
  let i = 0;
  try {
    for (; i < length; i++) {
      if (i > 0) byte(0x2c);
      property(value[i], i, true, depth);
    }
  } catch (e) {
    throw within(e, String(i));
  }
  return byte(0x5d);
}

function object(value, depth, plain) {
  byte(0x7b);
  const open = at;
  let key;
  try {
    if (plain) for (key in value) member(value[key], key, open, depth);
    else for (key of Object.keys(value)) member(value[key], key, open, depth);
  } catch (e) {
    throw within(e, key);
  }
  return byte(0x7d);
}

/** Writes `,"key":value` (no comma after `{` at `open`), or nothing when the member is left out. */
function member(value, key, open, depth) {
  const start = at;
  if (at > open) byte(0x2c);
  quote(key);
  byte(0x3a);
  if (!property(value, key, false, depth)) at = start;
}

function number(value) {
  if (value - value !== 0) throw new Unsupported(String(value), String(value));
  return ascii(String(value));
}

/** Room for `bytes` more bytes in `out`. */
function reserve(bytes) {
  if (at + bytes <= out.length) return;
  const larger = new Uint8Array(Math.max(2 * out.length, at + bytes));
  larger.set(out.subarray(0, at));
  out = larger;
}

function byte(b) {
  reserve(1);
  out[at++] = b;
  return true;
}

/** Text of ASCII characters that need no escape (numbers, literals). */
function ascii(s) {
  reserve(s.length);
  for (let i = 0; i < s.length; i++) out[at++] = s.charCodeAt(i);
  return true;
}

/** JSON.stringify's short escapes, by code unit; other controls are written `\u00xx`. */
const SHORT_ESCAPES = { 8: 0x62, 9: 0x74, 10: 0x6e, 12: 0x66, 13: 0x72, 0x22: 0x22, 0x5c: 0x5c };
const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/** A string as JSON.stringify quotes it (QuoteJSONString), in UTF-8. */
function quote(s) {
  const n = s.length;
  // At most 6 bytes per UTF-16 unit (`\u00xx`, `\udxxx`), and the quotes.
  reserve(6 * n + 2);
  const o = out;
  let p = at;
  o[p++] = 0x22;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c) {
        o[p++] = c;
      } else if (SHORT_ESCAPES[c] !== undefined) {
        o[p++] = 0x5c;
        o[p++] = SHORT_ESCAPES[c];
      } else {
        p = escaped(o, p, c);
      }
    } else if (c < 0x800) {
      o[p++] = 0xc0 | (c >> 6);
      o[p++] = 0x80 | (c & 63);
    } else if (c < 0xd800 || c > 0xdfff) {
      o[p++] = 0xe0 | (c >> 12);
      o[p++] = 0x80 | ((c >> 6) & 63);
      o[p++] = 0x80 | (c & 63);
    } else {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        o[p++] = 0xf0 | (c >> 18);
        o[p++] = 0x80 | ((c >> 12) & 63);
        o[p++] = 0x80 | ((c >> 6) & 63);
        o[p++] = 0x80 | (c & 63);
      } else {
        // An unpaired surrogate (the core then refuses it, with its path).
        p = escaped(o, p, c);
      }
    }
  }
  o[p++] = 0x22;
  at = p;
  return true;
}

/** Writes `\uxxxx` (lowercase hex, as JSON.stringify) for code unit `c` at `p`; returns the end. */
function escaped(o, p, c) {
  o[p++] = 0x5c;
  o[p++] = 0x75;
  for (let shift = 12; shift >= 0; shift -= 4) o[p++] = HEX[(c >> shift) & 15];
  return p;
}

function within(e, segment) {
  if (e instanceof Unsupported) e.segments.push(segment);
  return e;
}

/** RFC 6901: `~` as `~0`, `/` as `~1`. */
function escapeSegment(segment) {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
