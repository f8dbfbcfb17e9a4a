// One run of the benchmark in the current JS engine: every request through every pipeline,
// after checking that all pipelines produce the same body.

import { javascriptPipeline, measure, packagePipeline } from './pipelines.mjs';
import { benchmarkRequests } from './requests.mjs';

const encoder = new TextEncoder();
let room = new Uint8Array(1 << 16);

/** How many bytes of UTF-8 `s` is, written as the package passes request text in: `encodeInto` a reused buffer. */
function encodedLength(s) {
  if (room.length < s.length * 3) room = new Uint8Array(s.length * 3);
  return encoder.encodeInto(s, room).written;
}

/**
 * The package's MD5 of `bytes` bytes of text, as directly as its API reaches it: `sign()` of a
 * one-string array that long (its UTF-8 passed in, one scan, one copy, the MD5; 32 hex digits
 * back). The production wasm has no bare MD5 export.
 */
function md5Through(hx, bytes) {
  const request = `["${'a'.repeat(Math.max(0, bytes - 4))}"]`;
  const pieces = { createBy: 'C001', dataSource: 'WEB', secret: 's3cr3t', timestamp: '2026-11-28 12:00:00', request };
  return () => hx.sign(pieces);
}

/**
 * `hx`: the package's API; `requestSchema`: hongxun-sign/catalog's, the JS pipeline's schemas;
 * `hashes`: `{ name: (string) => hex }`, the MD5s the JS pipeline may use.
 * Returns `{ rows, floors, md5 }`: per request and pipeline µs/op; per request the floors, what
 * any wasm signer taking JS input pays besides parsing, validating and writing (`text`: the
 * request's UTF-8 passed in, its MD5, the body decoded back into a JS string; `object`: the same
 * after `JSON.stringify`); the package's MD5 throughput on 1 MB (see `md5Through`).
 */
export function runSuite({ hx, requestSchema, hashes }) {
  const rows = [];
  const floors = {};
  let megabyte;
  for (const request of benchmarkRequests()) {
    const bytes = new TextEncoder().encode(request.text).length;
    const ours = packagePipeline(hx, request.id);
    const expected = ours(request.text);
    const cases = [['hongxun-sign', ours]];
    for (const [name, md5] of Object.entries(hashes)) {
      cases.push([`ajv + safe-stable-stringify + ${name}`, javascriptPipeline(requestSchema(request.id), md5)]);
    }
    const timed = cases.flatMap(([label, pipeline]) =>
      [request.value, request.text].map((input) => {
        if (pipeline(input) !== expected) throw new Error(`${label} gives a different body for ${request.name}`);
        return { label, input, run: () => pipeline(input) };
      }),
    );
    // Every pipeline warmed first: a row timed first in a fresh process, or while the heap
    // grows, would otherwise pay for that alone. Then each row from a collected heap (where the
    // engine offers `gc`: make bench starts Node and Chromium so), not paying for the garbage
    // of the row before it.
    for (const row of timed) measure(row.run, { batches: 1 });
    for (const { label, input, run } of timed) {
      globalThis.gc?.();
      rows.push({ request: request.name, bytes, pipeline: label, input: typeof input === 'string' ? 'JSON text' : 'JS object', us: measure(run) });
    }
    const canonical = hx.canonicalize(request.text);
    // As wasm-bindgen's glue decodes the returned body.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    const body = new TextEncoder().encode(expected);
    const md5 = md5Through(hx, encodedLength(canonical));
    globalThis.gc?.();
    floors[request.name] = {
      text: measure(() => md5() + decoder.decode(body)),
      object: measure(() => md5() + encodedLength(JSON.stringify(request.value)) + decoder.decode(body)),
    };
    if (bytes > 1 << 19) megabyte = { md5, bytes };
  }
  globalThis.gc?.();
  return { rows, floors, md5: { bytes: megabyte.bytes, us: measure(megabyte.md5) } };
}
