// Entry of `hongxun-sign/catalog`: the catalog's descriptions of the 30 request types, for
// forms, docs and schema tools. A subpath of its own so that signing alone does not download them
// (~14 KB gzipped). Synchronous and needing no WebAssembly: the descriptions are JSON text
// written by the build (scripts/catalog-module.mjs) from the Rust catalog's generated files.

import { ENDPOINTS_JSON, SCHEMA_JSON } from './catalog-data.js';
import { failure } from './errors.js';
import { text } from './inputs.js';

/** Every request type: id, titles, group, direction, path, envelope and fields (a fresh copy). */
export function endpoints() {
  return JSON.parse(ENDPOINTS_JSON);
}

/** The JSON Schema (draft 2020-12) of a request type's `request` (a fresh copy). */
export function requestSchema(id) {
  const endpoint = text(id, 'id');
  if (!Object.hasOwn(SCHEMA_JSON, endpoint)) {
    const echo = echoed(endpoint);
    throw failure('unknown_endpoint', { detail: `"${echo}"`, detailZh: `"${echo}"` });
  }
  return JSON.parse(SCHEMA_JSON[endpoint]);
}

/** An unknown id as echoed in a message: at most 64 characters (a caller may pass megabytes). */
function echoed(id) {
  const chars = Array.from(id.slice(0, 128)).slice(0, 64).join('');
  return chars.length < id.length ? `${chars}…` : chars;
}
