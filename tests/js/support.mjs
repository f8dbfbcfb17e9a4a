// Shared by the package tests: the built package (pkg/, through its Node ESM entries, as a user
// imports them: the API and hongxun-sign/catalog) and the published vectors.

import { readFileSync } from 'node:fs';

export * as hx from '../../pkg/node.mjs';
export * as catalog from '../../pkg/catalog.mjs';

const read = (name) => readFileSync(new URL(`../vectors/${name}`, import.meta.url), 'utf8');
const jsonLines = (text) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** sign-vectors.jsonl: every case signed with these credentials (see tests/vectors/README.md). */
export const signVectors = jsonLines(read('sign-vectors.jsonl'));
export const envelopeVectors = jsonLines(read('envelopes.jsonl'));
export const VECTOR_CREDENTIALS = { createBy: 'C001', dataSource: 'WEB', secret: 's3cr3t' };
export const VECTOR_TIMESTAMP = '2026-11-28 12:00:00';
/** VECTOR_TIMESTAMP as an instant. */
export const VECTOR_NOW = Date.UTC(2026, 10, 28, 4, 0, 0);

/** The one case whose id says "raw tab" but which holds U+2409 (see tests/vectors.rs). */
export const MISLABELLED = 'lenient_raw_tab_in_string';

/** Runs `fn`, expecting a HongxunError; returns it. */
export function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a HongxunError, nothing was thrown');
}
