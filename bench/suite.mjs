// One run of the benchmark in the current JS engine: every request through every pipeline,
// after checking that all pipelines produce the same body.

import { javascriptPipeline, measure, packagePipeline } from './pipelines.mjs';
import { utf8 } from '../target/pkg-build/inputs.js';
import { benchmarkRequests } from './requests.mjs';

/**
 * `hx`: the package's API; `md5Hex`: the same wasm build's raw MD5 (bytes → hex), given text
 * encoded as the package passes requests;
 * `hashes`: `{ name: (string) => hex }`, the MD5s the JS pipeline may use.
 * Returns `{ rows, md5 }`: per request and pipeline µs/op, and raw wasm MD5 throughput.
 */
export function runSuite({ hx, md5Hex, hashes }) {
  const rows = [];
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
    if (bytes > 1 << 19) megabyte = { text: hx.canonicalize(request.text), bytes };
  }
  const md5Us = measure(() => md5Hex(utf8(megabyte.text)));
  return { rows, md5: { bytes: megabyte.bytes, us: md5Us } };
}
