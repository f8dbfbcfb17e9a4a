// A data file of an earlier version (JSON) is imported once into SQLite at the same path: its
// orders keep their ids, new ids start after the old ones, and the JSON is kept beside it.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { call, example, sandbox } from './helpers.js';

/** The old store's file: orders and master data, and the sequence its ids came from. */
function oldState() {
  const request = { ...example('inOrder'), customerNumber: 'OLD-1' };
  return {
    sequence: 42,
    logSequence: 3,
    orders: [{
      createBy: 'DEMO', endpoint: 'inOrder', key: 'OLD-1', orderId: 'HX000041', mailno: 'HXM000042',
      status: 'FULFILLED', createdAt: Date.now() - 60_000, fulfilledAt: Date.now() - 50_000,
      request, cancelledLines: [], route: [],
    }],
    master: [['DEMO|productSync|SKU-OLD', { customerProductCode: 'SKU-OLD' }]],
    received: [{ seq: 1, endpoint: 'inOrderConfirm', receivedAt: Date.now(), ok: true, body: '{}' }],
    deliveries: [],
  };
}

test('an old JSON data file is imported once: ids kept, new ids after them, the JSON kept beside', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-import-'));
  const dataFile = join(dir, 'state.json');
  writeFileSync(dataFile, JSON.stringify(oldState()));
  const stderr = process.stderr.write;
  const lines = [];
  process.stderr.write = (text) => lines.push(text) && true;
  let sb;
  try {
    sb = await sandbox({ dataFile });
  } finally {
    process.stderr.write = stderr;
  }
  try {
    assert.match(lines.join(''), /imported 1 orders from the JSON data file .*state\.json into SQLite; the JSON is kept as .*state\.json\.imported\.json/);
    assert.equal(readFileSync(dataFile).subarray(0, 15).toString(), 'SQLite format 3');
    assert.equal(JSON.parse(readFileSync(`${dataFile}.imported.json`, 'utf8')).orders[0].orderId, 'HX000041');
    const old = await call(sb.url, 'inOrderResultQuery', { customerNumber: 'OLD-1' });
    assert.equal(old.answer.value.orderId, 'HX000041');
    assert.equal(old.answer.value.status, 'FULFILLED');
    assert.deepEqual((await call(sb.url, 'productSync', { ...example('productSync'), customerProductCode: 'SKU-OLD' })).answer.value, { inserted: 0, updated: 1 });
    const created = await call(sb.url, 'inOrder', { ...example('inOrder'), customerNumber: 'NEW-1' });
    assert.equal(created.answer.value.orderId, 'HX000043', 'new ids start after the old sequence');
    assert.deepEqual(sb.store.inbox.since().map((e) => e.endpoint), ['inOrderConfirm'], 'the received log came along');
  } finally {
    await sb.close();
  }
  // Once: a second start opens the SQLite file as it is.
  const again = await sandbox({ dataFile });
  try {
    const both = await Promise.all(['OLD-1', 'NEW-1'].map((n) => call(again.url, 'inOrderResultQuery', { customerNumber: n })));
    assert.deepEqual(both.map((r) => r.answer.value.orderId), ['HX000041', 'HX000043']);
    assert.ok(!existsSync(`${dataFile}.importing`));
  } finally {
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data file that is neither SQLite nor the old JSON stops the start with a clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-import-'));
  const dataFile = join(dir, 'state.json');
  writeFileSync(dataFile, '{"orders": [');
  try {
    await assert.rejects(sandbox({ dataFile }), /is neither SQLite nor the old JSON state .*move it away to start afresh/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a JSON data file that is not the old state (a keys file named by mistake) is left alone, its text never quoted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-import-'));
  const keys = join(dir, 'keys.json');
  const text = JSON.stringify({ uat: { createBy: 'C', dataSource: 'D', secret: 'never-quoted-secret' } });
  writeFileSync(keys, text);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"secret": never-quoted-secret}');
  try {
    await assert.rejects(sandbox({ dataFile: keys }), (e) => /no orders and sequence/.test(e.message) && !e.message.includes('never-quoted'));
    assert.equal(readFileSync(keys, 'utf8'), text, 'the file is untouched');
    assert.ok(!existsSync(`${keys}.imported.json`));
    await assert.rejects(sandbox({ dataFile: broken }), (e) => /not valid JSON/.test(e.message) && !e.message.includes('never-quoted'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
