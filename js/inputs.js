// Checking and converting arguments before they cross into WebAssembly. Strings cross as UTF-8,
// and the encoder would silently turn an unpaired surrogate into U+FFFD: such text is caught here.
// Request text is encoded into the core's memory by core-memory.js; short strings (ids,
// credentials) are left to wasm-bindgen.

import { failure } from './errors.js';
import { HongxunError } from './hongxun-error.js';
import { requestJson } from './request-value.js';

// No lookbehind: engines without `isWellFormed` (the only users of this pattern) may lack it too.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const wellFormed =
  typeof String.prototype.isWellFormed === 'function' ? (s) => s.isWellFormed() : (s) => !LONE_SURROGATE.test(s);

/** `s` with each unpaired surrogate written as its `\uXXXX` escape. */
function escapeLoneSurrogates(s) {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    out += `${s.slice(from, i)}\\u${unit.toString(16)}`;
    from = i + 1;
  }
  return out + s.slice(from);
}

/** A string argument (a credential, an id, a timestamp), refused if not well-formed UTF-16. */
export function text(value, name) {
  if (typeof value !== 'string') {
    throw failure('invalid_argument', { detail: `${name} must be a string`, detailZh: `${name} 必须是字符串` });
  }
  if (!wellFormed(value)) {
    throw failure('lone_surrogate', { detail: `in ${name}`, detailZh: `位于 ${name}` });
  }
  return value;
}

/**
 * A secret key: absent (undefined or null, as an unset environment variable gives) is passed on
 * as empty, which the core refuses with `missing_secret` wherever a secret is taken.
 */
export function secretText(value) {
  return value === undefined || value === null ? '' : text(value, 'secret');
}

/** An optional string argument: `undefined` (or null) when absent. */
export function optionalText(value, name) {
  return value === undefined || value === null ? undefined : text(value, name);
}

/**
 * The JSON of a request given as JSON text (the text) or as a JS value (the UTF-8 bytes of its
 * JSON.stringify text, see request-value.js), for `encodeInput`. Text holding a raw unpaired
 * surrogate is refused with `lone_surrogate`; `locate` is given the text with each one written
 * as its `\uXXXX` escape and returns the JSON pointer of the string that holds it (or null).
 * The escaped text is only for locating: never signed, as `\` + surrogate would become `\\u…`.
 * A JS value needs no such care: its unpaired surrogates are written escaped, which the core refuses.
 */
export function requestInput(request, locate) {
  if (typeof request === 'string') {
    if (wellFormed(request)) return request;
    const path = locate(escapeLoneSurrogates(request));
    throw failure('lone_surrogate', {
      path,
      detail: path === null ? 'in the request text' : `at "${path}"`,
      detailZh: path === null ? '位于请求文本中' : `位于 "${path}"`,
    });
  }
  let json;
  try {
    json = requestJson(request);
  } catch (e) {
    if (e instanceof HongxunError) throw e;
    throw failure('invalid_argument', {
      detail: `the request cannot be written as JSON (${described(e)})`,
      detailZh: '请求无法转换为 JSON',
      cause: e,
    });
  }
  if (json === undefined) {
    throw failure('invalid_argument', {
      detail: 'the request must be a JSON value or JSON text',
      detailZh: '请求必须是 JSON 值或 JSON 文本',
    });
  }
  return json;
}

/** The message of what a caller's code threw, whatever it threw. */
function described(thrown) {
  try {
    return String(thrown instanceof Error ? thrown.message : thrown);
  } catch {
    return 'see cause';
  }
}

/** The largest instant a JS Date can hold, in milliseconds either side of 1970. */
const MAX_INSTANT = 8.64e15;

/**
 * An instant as Unix milliseconds: a Date, a number of milliseconds, or now when absent. A Date's
 * time is read with `Date.prototype.getTime` itself: no method of the caller's runs, and an
 * object that only claims to be a Date (`Symbol.toStringTag`) is refused like any other.
 */
export function instant(value, name) {
  if (value === undefined || value === null) return Date.now();
  const ms = typeof value === 'object' ? dateTime(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > MAX_INSTANT) {
    throw failure('invalid_argument', {
      detail: `${name} must be a valid Date or a number of milliseconds`,
      detailZh: `${name} 必须是有效的 Date 或毫秒数`,
    });
  }
  return Math.trunc(ms);
}

function dateTime(value) {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}

/** An optional boolean switch. */
export function flag(value, name, otherwise) {
  if (value === undefined || value === null) return otherwise;
  if (typeof value !== 'boolean') {
    throw failure('invalid_argument', { detail: `${name} must be true or false`, detailZh: `${name} 必须是布尔值` });
  }
  return value;
}

/**
 * The named members of an options object (absent or null: none) as a plain object holding only
 * those present, each read once. A caller's getter runs here, before anything is encoded; what
 * it throws becomes `invalid_argument` with the original as `cause`.
 */
export function fields(value, name, keys) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') {
    throw failure('invalid_argument', { detail: `${name} must be an object`, detailZh: `${name} 必须是对象` });
  }
  const read = {};
  for (const key of keys) {
    try {
      if (key in value) read[key] = value[key];
    } catch (e) {
      throw failure('invalid_argument', {
        detail: `reading ${name}.${key} threw (see cause)`,
        detailZh: `读取 ${name}.${key} 时出错`,
        cause: e,
      });
    }
  }
  return read;
}

/** A whole number from `min` to `max` (a count or a limit; by default within what JS counts exactly). */
export function count(value, name, min, max = Number.MAX_SAFE_INTEGER) {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw failure('invalid_argument', {
      detail: `${name} must be a whole number from ${min} to ${max}`,
      detailZh: `${name} 必须是 ${min} 到 ${max} 之间的整数`,
    });
  }
  return value;
}
