// The package's entries (the main one and hongxun-sign/catalog, in each module format) and the
// wrapper's guarantees that need a staged instance: loading before use in the browser entry, and
// a trapped WebAssembly instance becoming a HongxunError.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
// The wrapper as the build assembles it (js/ sources beside the generated catalog module).
import * as api from '../../target/pkg-build/api.js';
import { thrown } from './support.mjs';

test('every entry exports the same names, listed once in js/exports.js', async () => {
  const names = (module) => Object.keys(module).filter((n) => n !== 'default' && n !== 'init').sort();
  const listed = names(await import('../../target/pkg-build/exports.js'));
  assert.ok(listed.includes('createClient') && listed.includes('verifyRequest'), listed.join());
  for (const entry of ['../../pkg/index.js', '../../pkg/node.mjs']) {
    assert.deepEqual(names(await import(entry)), listed, entry);
  }
  const cjs = createRequire(import.meta.url)('../../pkg/node.cjs');
  assert.deepEqual(names(cjs), listed);
  assert.equal(typeof (await import('../../pkg/node.mjs')).default, 'function');
  // The sandbox's door to the package: both Node entries.
  const catalog = names(await import('../../target/pkg-build/catalog.js'));
  assert.deepEqual(names(await import('../../sandbox/hongxun.js')), [...listed, ...catalog].sort());
});

test('hongxun-sign/catalog: the same names in every format, errors of the main entry\'s class', async () => {
  const require = createRequire(import.meta.url);
  const formats = {
    'browsers and bundlers': [await import('../../pkg/catalog.js'), await import('../../pkg/index.js')],
    'Node import': [await import('../../pkg/catalog.mjs'), await import('../../pkg/node.mjs')],
    'Node require': [require('../../pkg/catalog.cjs'), require('../../pkg/node.cjs')],
  };
  for (const [format, [catalog, main]] of Object.entries(formats)) {
    assert.deepEqual(Object.keys(catalog).sort(), ['endpoints', 'requestSchema'], format);
    assert.equal(catalog.endpoints().length, 30, format);
    const e = thrown(() => catalog.requestSchema('nope'));
    assert.equal(e.code, 'unknown_endpoint', format);
    assert.ok(e instanceof main.HongxunError, format);
  }
});

test('the browser entry refuses calls before init() and works after it', async () => {
  const browser = await import('../../pkg/index.js');
  const e = thrown(() => browser.canonicalize({}));
  assert.equal(e.code, 'not_initialized');
  assert.ok(e instanceof browser.HongxunError);
  // Node has no fetch of file URLs: hand init the bytes, as a host serving them elsewhere would.
  await browser.init(readFileSync(new URL('../../pkg/hongxun_sign_bg.wasm', import.meta.url)));
  await browser.default(); // later calls return at once
  assert.equal(browser.canonicalize({ b: 1, a: 2 }), '{"a":2,"b":1}');
});

/** What every fake core needs for the wrapper to pass it a request: a memory and its input buffer. */
const fakeInput = (memory = new WebAssembly.Memory({ initial: 1 })) => ({
  wasmMemory: () => memory,
  inputBuffer: () => 1024,
});

test('a trap in the instance becomes HongxunError internal and restarts the instance', () => {
  let restarts = 0;
  const trap = new WebAssembly.RuntimeError('unreachable');
  const raw = {
    ...fakeInput(),
    canonicalize: () => {
      throw trap;
    },
    __wbg_reset_state: () => restarts++,
  };
  api.bindCore(raw, () => true);
  const e = thrown(() => api.canonicalize({}));
  assert.equal(e.name, 'HongxunError');
  assert.equal(e.code, 'internal');
  assert.equal(e.cause, trap);
  assert.match(e.messageZh, /内部错误/);
  assert.equal(restarts, 1);
});

test("after a restart, a build's request is written to, and its text read from, the new instance's memory", () => {
  // A fake core: each instance keeps "{}" at address 0 and a build's layout at 64, and takes
  // the request at 1024 (its input buffer); each build checks its request is there.
  const instance = () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    new Uint8Array(memory.buffer).set(Buffer.from('{}'));
    new Uint32Array(memory.buffer, 64, 11).set([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    return memory;
  };
  let memory = instance();
  const requests = [];
  const raw = {
    ...fakeInput(),
    wasmMemory: () => memory,
    buildDevice: (endpoint, bytes) => requests.push(Buffer.from(memory.buffer, 1024, bytes).toString()),
    keptLayout: () => 64,
    canonicalize: () => {
      throw new WebAssembly.RuntimeError('unreachable');
    },
    endpointPath: () => undefined,
    __wbg_reset_state: () => {
      memory = instance();
    },
  };
  const read = [];
  api.bindCore(raw, () => true, { forNode: false, read: (from, address, bytes) => (read.push(from), '{}') });
  api.buildRequest('dwsPackage', { a: 1 }, { warehouseCode: 'WH01' });
  thrown(() => api.canonicalize({}));
  api.buildRequest('dwsPackage', { b: 2 }, { warehouseCode: 'WH01' });
  assert.deepEqual(requests, ['{"a":1}', '{"b":2}']);
  assert.equal(read.length, 2);
  assert.notEqual(read[0], read[1]);
  assert.equal(read[1], memory);
});

test('the core error object thrown across the boundary keeps every field', () => {
  const raw = {
    ...fakeInput(),
    canonicalize: () => {
      throw { code: 'duplicate_key', path: '/a', message: 'm', messageZh: 'z', errors: [], diagnosis: null };
    },
  };
  api.bindCore(raw, () => true);
  const e = thrown(() => api.canonicalize('{}'));
  assert.deepEqual(
    { code: e.code, path: e.path, message: e.message, messageZh: e.messageZh, errors: e.errors },
    { code: 'duplicate_key', path: '/a', message: 'm', messageZh: 'z', errors: [] },
  );
});
