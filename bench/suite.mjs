// One run of the benchmark in the current JS engine: every request through every pipeline,
// after checking that all pipelines produce the same body.

import { giveScratch } from '../js/core-memory.js';
import { requestJson } from '../js/request-value.js';
import { javascriptPipeline, measure, packagePipeline } from './pipelines.mjs';
import { benchmarkRequests } from './requests.mjs';

/** Passes over every run of one request: see `fastest`. */
const PASSES = 3;

/**
 * µs per call of each of `runs`: the fastest of PASSES passes over all of them, each pass timing
 * every run in turn (`measure`: the median of its batches). A shared 2-core machine that slows
 * down for a moment slows one pass of a run, not all: timed once, single rows read 20-35 %
 * slower than in every other run while the row beside them did not move. Every run warmed
 * first: a run timed first in a fresh process, or while the heap grows, would otherwise pay for
 * that alone. Then each from a collected heap (where the engine offers `gc`: make bench starts
 * Node and Chromium so), not paying for the garbage of the run before it.
 */
function fastest(runs) {
  for (const run of runs) measure(run, { batches: 1 });
  const us = runs.map(() => Infinity);
  for (let pass = 0; pass < PASSES; pass++) {
    runs.forEach((run, i) => {
      globalThis.gc?.();
      us[i] = Math.min(us[i], measure(run));
    });
  }
  return us;
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
 * after writing the value as UTF-8 JSON, the package's own way, js/request-value.js, faster than
 * JSON.stringify and encodeInto); the package's MD5 throughput on 1 MB (see `md5Through`).
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
    const canonical = hx.canonicalize(request.text);
    // As wasm-bindgen's glue decodes the returned body.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    const body = new TextEncoder().encode(expected);
    const md5 = md5Through(hx, new TextEncoder().encode(canonical).length);
    const written = () => {
      const json = requestJson(request.value);
      giveScratch(json);
      return json.length;
    };
    const floorRuns = [() => md5() + decoder.decode(body), () => md5() + written() + decoder.decode(body)];
    const big = bytes > 1 << 19;
    const us = fastest([...timed.map((row) => row.run), ...floorRuns, ...(big ? [md5] : [])]);
    timed.forEach(({ label, input }, i) => {
      rows.push({ request: request.name, bytes, pipeline: label, input: typeof input === 'string' ? 'JSON text' : 'JS object', us: us[i] });
    });
    floors[request.name] = { text: us[timed.length], object: us[timed.length + 1] };
    if (big) megabyte = { bytes, us: us[timed.length + 2] };
  }
  return { rows, floors, md5: megabyte };
}
