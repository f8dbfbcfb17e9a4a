// The callback receiver under a flood of unsigned callbacks: it verifies first, keeps what did
// not verify only as a short excerpt, bounds its log in bytes, and survives a store it cannot
// write (5000, one log line).

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FAILURES } from '../../sandbox/failures.js';
import { INBOX_LIMITS } from '../../sandbox/store-inbox.js';
import { call, example, post, sandbox } from './helpers.js';
import { startSandboxProcess } from './process.js';

const RECEIVE = '/callbacks/receive/inOrderConfirm';
const MB = 1024 * 1024;

/** An unsigned callback of about `bytes` bytes. */
function unsigned(bytes, i = 0) {
  return JSON.stringify({ createBy: `FLOOD-${i}`, dataSource: 'X', timestamp: 'now', request: { pad: 'x'.repeat(bytes) } });
}

test('a flood of 4 MB unsigned callbacks: each answered 2001, the log and the data file stay bounded, the process survives', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-flood-'));
  const dataFile = join(dir, 'state.sqlite');
  const sb = await startSandboxProcess({ HONGXUN_SANDBOX_DATA: dataFile });
  try {
    const body = unsigned(4 * MB - 200);
    const FLOOD = 40; // 160 MB in all
    let next = 0;
    const codes = [];
    const worker = async () => {
      while (next < FLOOD) {
        next += 1;
        codes.push((await post(sb.url, RECEIVE, body)).answer.code);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    assert.deepEqual([...new Set(codes)], [FAILURES.malformedEnvelope.code]);

    const res = await fetch(`${sb.url}/sandbox/api/callbacks`);
    assert.equal(res.status, 200);
    const text = await res.text();
    const { received } = JSON.parse(text);
    assert.equal(received.length, FLOOD);
    assert.ok(Buffer.byteLength(text) <= INBOX_LIMITS.totalBytes, `${Buffer.byteLength(text)} bytes`);
    for (const entry of received) {
      assert.equal(entry.ok, false);
      assert.ok(Buffer.byteLength(entry.body) <= INBOX_LIMITS.excerptBytes, `${entry.body.length}`);
      assert.ok(entry.body.startsWith('{"createBy":"FLOOD-0"'));
    }
    assert.equal(sb.child.exitCode, null);
    // The state file holds excerpts, not 160 MB of bodies.
    const onDisk = ['', '-wal'].reduce((sum, s) => sum + (statSync(dataFile + s, { throwIfNoEntry: false })?.size ?? 0), 0);
    assert.ok(onDisk < 16 * MB, `${onDisk} bytes on disk`);
    // And the gateway still takes orders.
    assert.equal((await call(sb.url, 'inOrder', { ...example('inOrder'), customerNumber: 'AFTER-FLOOD' })).answer.code, 200);
  } finally {
    await sb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the log keeps the newest entries within its byte limit, whatever arrives', async () => {
  const sb = await sandbox();
  try {
    for (let i = 0; i < 50; i += 1) await post(sb.url, RECEIVE, unsigned(200 * 1024, i));
    const { entries, bytes } = sb.store.inbox.size();
    assert.ok(bytes <= INBOX_LIMITS.totalBytes);
    assert.equal(entries, 50); // 200 KB bodies kept as 1 KB excerpts: all fit
    const newest = sb.store.inbox.since()[0];
    assert.ok(newest.body.startsWith('{"createBy":"FLOOD-49"'));
    for (let i = 0; i < INBOX_LIMITS.entries + 20; i += 1) sb.store.inbox.add({ endpoint: 'x', body: 'y'.repeat(60 * 1024) });
    const after = sb.store.inbox.size();
    assert.ok(after.bytes <= INBOX_LIMITS.totalBytes, `${after.bytes}`);
    assert.ok(after.entries < INBOX_LIMITS.entries);
  } finally {
    await sb.close();
  }
});

test('a store that cannot be written: callbacks and orders are answered 5000, one log line each, and the process goes on', async () => {
  const sb = await sandbox();
  const lines = [];
  const stderr = process.stderr.write;
  process.stderr.write = (text) => lines.push(...text.split('\n').filter(Boolean)) || true;
  try {
    // Every write now fails inside SQLite, as on a read-only or broken file.
    sb.store.db.pragma('query_only = ON');
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push((await post(sb.url, RECEIVE, unsigned(1024, i))).answer.code);
    answers.push((await call(sb.url, 'inOrder', { ...example('inOrder'), customerNumber: 'DISK-FULL' })).answer.code);
    assert.deepEqual(answers, [5000, 5000, 5000, 5000]);
    assert.equal(lines.length, 4, lines.join('\n'));
    assert.ok(lines.every((l) => /readonly database/.test(l)), lines.join('\n'));
    assert.ok(!lines.some((l) => /^\s+at /.test(l)), 'no stack traces');

    sb.store.db.pragma('query_only = OFF');
    const again = await call(sb.url, 'inOrder', { ...example('inOrder'), customerNumber: 'DISK-FULL' });
    assert.equal(again.answer.code, 200, 'the failed order was rolled back, not half-stored');
  } finally {
    process.stderr.write = stderr;
    await sb.close();
  }
});
