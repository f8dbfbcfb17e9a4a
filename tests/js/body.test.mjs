// A built body's way back: Node's entry reads it from wasm memory (ASCII as Latin-1, anything else
// as UTF-16LE, transcoded by the core: src/wasm/body.rs), the browser entry takes it as a string
// decoded from UTF-8. Both must give the same text, and `canonical` cut from it exactly.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { hx, VECTOR_CREDENTIALS as CREDENTIALS, VECTOR_NOW as NOW } from './support.mjs';

const browser = await import('../../pkg/index.js');
before(() => browser.init(readFileSync(new URL('../../pkg/hongxun_sign_bg.wasm', import.meta.url))));

/** Pieces of 1 to 4 UTF-8 bytes (1 or 2 UTF-16 units), escapes, and ASCII runs of every length around 8. */
const PIECES = ['a', 'é', '仓', '智能', '😀', '𠮷', '"', '\\', '\n', '\u2028', '~', 'Z9', '\u00ff', '\u0800', '\uffff'];

/** A deterministic string of `length` pieces, seeded (no Math.random: a failure must repeat). */
function mixed(seed, length) {
  let state = seed;
  const next = (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  let text = '';
  for (let i = 0; i < length; i++) text += next(3) === 0 ? 'x'.repeat(next(20)) : PIECES[next(PIECES.length)];
  return text;
}

function assertSameBothWays(request, who = CREDENTIALS, id = 'inOrder') {
  const options = { now: NOW, validate: false };
  const node = hx.buildRequest(id, request, who, options);
  const web = browser.buildRequest(id, request, who, options);
  assert.deepEqual(node, web);
  assert.equal(node.canonical, hx.canonicalize(request));
  assert.ok(node.body.includes(node.canonical));
  return node;
}

test('ASCII, non-ASCII and astral bodies come back the same through the Node and the browser entries', () => {
  for (let seed = 1; seed <= 300; seed++) {
    assertSameBothWays({ remark: mixed(seed, seed % 40), customerNumber: mixed(seed + 1000, 3) });
  }
  // Around the eight-byte steps: ASCII of every length, then one character at its end.
  for (let n = 0; n <= 24; n++) {
    for (const last of ['', 'é', '仓', '😀']) assertSameBothWays(`{"remark":"${'a'.repeat(n)}${last}"}`);
  }
  // Non-ASCII only in the credentials, around the request; the device envelope.
  assertSameBothWays({ a: 1 }, { ...CREDENTIALS, createBy: '😀', dataSource: '源' });
  const device = assertSameBothWays({ weight: 1.5 }, { warehouseCode: '仓😀' }, 'dwsPackage');
  assert.equal(device.stringToSign, null);
});

test('a large body, then small ones of each kind, each comes back whole', () => {
  const large = assertSameBothWays({ remark: '智能摄像机'.repeat(100_000) + 'a'.repeat(100_001) });
  assert.equal(large.body.length > 600_000, true);
  assertSameBothWays({ remark: 'short' });
  assertSameBothWays({ remark: '短' });
  assertSameBothWays({ remark: 'a'.repeat(500_000) });
});
