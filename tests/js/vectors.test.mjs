// Every published vector through the built package: accepted cases canonicalize and sign byte
// for byte (from the request text, as the README asks), refused ones throw their code, and
// every envelope vector builds its exact body. The special cases follow tests/vectors.rs.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  envelopeVectors,
  hx,
  MISLABELLED,
  signVectors,
  thrown,
  VECTOR_CREDENTIALS,
  VECTOR_NOW,
  VECTOR_TIMESTAMP,
} from './support.mjs';

const SIGNING = { ...VECTOR_CREDENTIALS, timestamp: VECTOR_TIMESTAMP };
// fastjson accepts these silently changed (last duplicate wins, surrogate hashed as "?"); the
// package refuses to sign them, and still verifies a body someone else signed that way.
const SILENT_CHANGES = ['duplicate_key', 'lone_surrogate'];

test('there are at least 305 sign vectors', () => {
  assert.ok(signVectors.length >= 305, String(signVectors.length));
});

test('every refused vector throws its code', () => {
  const refused = signVectors.filter((v) => v.reject && v.id !== MISLABELLED);
  assert.ok(refused.length > 30);
  for (const v of refused) {
    const e = thrown(() => hx.canonicalize(v.request));
    assert.ok(e instanceof hx.HongxunError, v.id);
    assert.equal(e.code, v.reject, v.id);
    assert.equal(thrown(() => hx.sign({ ...SIGNING, request: v.request })).code, v.reject, v.id);
  }
});

test('every accepted vector canonicalizes and signs exactly, or is one fastjson silently changes', () => {
  let refused = 0;
  for (const v of signVectors.filter((c) => !c.reject && c.id !== MISLABELLED)) {
    let canonical;
    try {
      canonical = hx.canonicalize(v.request);
    } catch (e) {
      assert.ok(v.id.startsWith('fuzz_') && SILENT_CHANGES.includes(e.code), `${v.id}: ${e.code}`);
      refused++;
      continue;
    }
    assert.equal(canonical, v.canonical, v.id);
    assert.equal(hx.sign({ ...SIGNING, request: v.request }), v.sign, v.id);
    assert.equal(hx.canonicalize(canonical), canonical, `${v.id}: canonical text is stable`);
  }
  assert.equal(refused, 60); // as counted in tests/vectors.rs
});

test('a body signed the way fastjson hashes every accepted vector verifies', () => {
  for (const v of signVectors.filter((c) => !c.reject && c.id !== MISLABELLED)) {
    const body = `{"createBy":"C001","dataSource":"WEB","request":${v.request},"sign":"${v.sign}","timestamp":"${VECTOR_TIMESTAMP}"}`;
    const result = hx.verifyRequest(body, VECTOR_CREDENTIALS, { now: VECTOR_NOW });
    assert.deepEqual(result.errors, [], v.id);
    assert.equal(result.ok, true, v.id);
  }
});

test('the mislabelled vector holds U+2409 and is accepted; a real raw tab is not', () => {
  const v = signVectors.find((c) => c.id === MISLABELLED);
  assert.ok(v.request.includes('\u2409'));
  assert.equal(hx.canonicalize(v.request), v.request);
  assert.equal(thrown(() => hx.canonicalize('{"s":"a\tb"}')).code, 'invalid_json');
});

test('every envelope vector builds its exact body from its instant', () => {
  assert.equal(envelopeVectors.length, 4);
  for (const v of envelopeVectors) {
    const credentials = { createBy: v.createBy, dataSource: v.dataSource, secret: v.secret };
    const built = hx.buildRequest(v.endpoint, v.request, credentials, { now: v.now });
    assert.equal(built.timestamp, v.timestamp, v.endpoint);
    assert.equal(built.sign, v.sign, v.endpoint);
    assert.equal(built.body, v.body, v.endpoint);
    assert.equal(hx.formatTimestamp(v.now), v.timestamp);
    assert.equal(hx.formatTimestamp(new Date(v.now)), v.timestamp);
  }
});
