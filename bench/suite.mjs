// One run of the benchmark in the current JS engine: every request through every pipeline,
// after checking that all pipelines produce the same body.

import { javascriptPipeline, measure, packagePipeline } from './pipelines.mjs';
import { utf8 } from '../target/pkg-build/inputs.js';
import { benchmarkRequests } from './requests.mjs';

/**
 * `hx`: the package's API; `md5Hex`: the same wasm build's raw MD5 (bytes → hex), given text
 * encoded as the package passes requests;
 * `hashes`: `{ name: (string) => hex }`, the MD5s the JS pipeline may use.
 * Returns `{ rows, floors, md5 }`: per request and pipeline µs/op; per request the floors, what
 * any wasm signer taking JS input pays besides parsing, validating and writing (`text`: the
 * request's UTF-8 passed in, its MD5, the body decoded back into a JS string; `object`: the same
 * after `JSON.stringify`); raw wasm MD5 throughput on 1 MB.
 */
export function runSuite({ hx, md5Hex, hashes }) {
  const rows = [];
  const floors = {};
  let megabyte;
  for (const request of benchmarkRequests()) {
    const bytes = new TextEncoder().encode(request.text).length;
    const ours = packagePipeline(hx, request.id);
    const expected = ours(request.text);
    const time = (label, pipeline, input) => {
      if (pipeline(input) !== expected) throw new Error(`${label} gives a different body for ${request.name}`);
      rows.push({ request: request.name, bytes, pipeline: label, input: typeof input === 'string' ? 'JSON text' : 'JS object', us: measure(() => pipeline(input)) });
    };
    time('hongxun-sign', ours, request.value);
    time('hongxun-sign', ours, request.text);
    for (const [name, md5] of Object.entries(hashes)) {
      const js = javascriptPipeline(hx.requestSchema(request.id), md5);
      time(`ajv + safe-stable-stringify + ${name}`, js, request.value);
      time(`ajv + safe-stable-stringify + ${name}`, js, request.text);
    }
    const canonical = hx.canonicalize(request.text);
    // As wasm-bindgen's glue decodes the returned body.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    const body = new TextEncoder().encode(expected);
    floors[request.name] = {
      text: measure(() => md5Hex(utf8(canonical)) + decoder.decode(body)),
      object: measure(() => md5Hex(utf8(JSON.stringify(request.value))) + decoder.decode(body)),
    };
    if (bytes > 1 << 19) megabyte = { text: canonical, bytes };
  }
  const md5Us = measure(() => md5Hex(utf8(megabyte.text)));
  return { rows, floors, md5: { bytes: megabyte.bytes, us: md5Us } };
}
