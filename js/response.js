// The server's answer (§1): `{code: integer, message: string, flag: boolean, value?: object}`.
// Read in JS: it needs no canonical form, and JSON.parse gives the caller plain values.

import { failure } from './errors.js';
import { text } from './inputs.js';

const FIELDS = [
  ['code', (v) => Number.isInteger(v), 'an integer', '整数'],
  ['message', (v) => typeof v === 'string', 'a string', '字符串'],
  ['flag', (v) => typeof v === 'boolean', 'true or false', '布尔值'],
];

/** Parses a response body and checks its documented shape; throws `malformed_response`. */
export function parseResponse(body) {
  const json = text(body, 'response');
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    throw failure('malformed_response', { detail: 'not JSON', detailZh: '不是 JSON', cause: e });
  }
  return checkResponse(parsed);
}

/** An answer already parsed from JSON, checked against the documented shape. */
export function checkResponse(parsed) {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw failure('malformed_response', { detail: 'not a JSON object', detailZh: '不是 JSON 对象' });
  }
  for (const [name, ok, what, whatZh] of FIELDS) {
    if (!ok(parsed[name])) {
      throw failure('malformed_response', {
        path: `/${name}`,
        detail: `"${name}" must be ${what}`,
        detailZh: `"${name}" 必须是${whatZh}`,
      });
    }
  }
  const { code, message, flag, value } = parsed;
  if (value !== undefined && value !== null && typeof value !== 'object') {
    throw failure('malformed_response', {
      path: '/value',
      detail: '"value" must be an object or an array',
      detailZh: '"value" 必须是对象或数组',
    });
  }
  return { code, message, flag, value };
}
