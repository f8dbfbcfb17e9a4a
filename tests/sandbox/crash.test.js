// Crash consistency: a gateway in its own process, SIGKILLed at random moments during a burst of
// signed orders, restarted five times on the same SQLite file. Every order answered 200 must be
// there exactly once, under the id it was answered with, ids unique; every callback delivered or
// still pending; and after the last restart the pending ones are delivered and every order is
// FULFILLED. Prints the counts.

import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildRequest } from '../../sandbox/hongxun.js';
import { DEMO, eventually, example } from './helpers.js';
import { startSandboxProcess } from './process.js';

const CYCLES = 5;
const CONCURRENCY = 16;
const TYPES = [
  { id: 'inOrder', path: '/dtc/logistics/inOrder', callbacks: 2 },
  { id: 'outOrder', path: '/dtc/logistics/outOrder', callbacks: 7 },
];

/** Sends orders until the gateway stops answering; resolves what it acknowledged. */
async function burst(url, prefix) {
  const acknowledged = [];
  let n = 0;
  let up = true;
  async function worker() {
    while (up) {
      const i = n++;
      const type = TYPES[i % TYPES.length];
      const customerNumber = `${prefix}-${i}`;
      const body = buildRequest(type.id, { ...example(type.id), customerNumber }, DEMO).body;
      try {
        const res = await fetch(url + type.path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        const answer = await res.json();
        if (answer.code === 200) acknowledged.push({ customerNumber, type: type.id, orderId: answer.value.orderId });
      } catch {
        up = false; // killed: this call's fate is unknown, so it is not counted
      }
    }
  }
  return { done: Promise.all(Array.from({ length: CONCURRENCY }, worker)).then(() => acknowledged), acknowledged };
}

/** Checks the file as the next start will find it. */
function checkFile(dataFile, acknowledged) {
  const db = new Database(dataFile);
  try {
    const orders = db.prepare('SELECT key, order_id, status FROM orders').all();
    const byKey = new Map();
    for (const o of orders) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
    const missing = acknowledged.filter((a) => !byKey.has(a.customerNumber));
    const duplicated = [...byKey.values()].filter((list) => list.length > 1);
    const wrongId = acknowledged.filter((a) => byKey.get(a.customerNumber)?.[0].order_id !== a.orderId);
    const ids = new Set(orders.map((o) => o.order_id));
    const pendingChains = new Set(db.prepare(`SELECT DISTINCT chain FROM callbacks WHERE state = 'pending'`).all().map((r) => r.chain));
    // An order not yet FULFILLED must still have its callbacks queued.
    const stranded = orders.filter((o) => o.status === 'CREATED' && !pendingChains.has(o.order_id));
    const delivered = db.prepare(`SELECT COUNT(*) AS n FROM callbacks WHERE state = 'delivered'`).get().n;
    return { orders: orders.length, missing, duplicated, wrongId, uniqueIds: ids.size, stranded, pending: pendingChains.size, delivered };
  } finally {
    db.close();
  }
}

test(`crash consistency: SIGKILL during a burst of orders, ${CYCLES} restarts`, { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-crash-'));
  const dataFile = join(dir, 'state.sqlite');
  const configFile = join(dir, 'config.json');
  // Quick callbacks, so that some are delivered, some pending, some in flight at each kill.
  writeFileSync(configFile, JSON.stringify({ callbackDelayMs: 20, callbackRetryMs: 100, callbackAttempts: 5 }));
  const env = { HONGXUN_SANDBOX_DATA: dataFile, HONGXUN_SANDBOX_CONFIG: configFile };
  const acknowledged = [];
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
      const sb = await startSandboxProcess(env);
      const run = await burst(sb.url, `CRASH-${cycle}`);
      const killAt = 300 + Math.floor(Math.random() * 900);
      await new Promise((r) => setTimeout(r, killAt));
      await sb.kill();
      acknowledged.push(...(await run.done));
      const found = checkFile(dataFile, acknowledged);
      process.stdout.write(`crash: cycle ${cycle}, killed after ${killAt} ms: ${acknowledged.length} acknowledged so far, ${found.orders} orders in the file, ${found.pending} with callbacks pending, ${found.delivered} callbacks delivered\n`);
      assert.deepEqual(found.missing, [], 'acknowledged orders lost');
      assert.deepEqual(found.duplicated, [], 'orders stored twice');
      assert.deepEqual(found.wrongId, [], 'orders stored under another id than answered');
      assert.equal(found.uniqueIds, found.orders, 'an id issued twice');
      assert.deepEqual(found.stranded, [], 'CREATED orders with no callback pending');
    }
    assert.ok(acknowledged.length > 0);

    // A last start: what was pending is delivered, and every order ends FULFILLED.
    const sb = await startSandboxProcess(env);
    try {
      const db = new Database(dataFile, { readonly: true });
      try {
        await eventually(() => {
          const { pending } = db.prepare(`SELECT COUNT(*) AS pending FROM callbacks WHERE state = 'pending'`).get();
          const { open } = db.prepare(`SELECT COUNT(*) AS open FROM orders WHERE status = 'CREATED'`).get();
          return pending === 0 && open === 0;
        }, 60_000);
        const failed = db.prepare(`SELECT COUNT(*) AS n FROM callbacks WHERE state = 'failed'`).get().n;
        assert.equal(failed, 0, 'every callback was delivered to the sandbox\'s own receiver');
      } finally {
        db.close();
      }
      const found = checkFile(dataFile, acknowledged);
      process.stdout.write(`crash: ${acknowledged.length} orders acknowledged, ${found.orders} in the file, ${found.missing.length} missing, ${found.duplicated.length} duplicated, ${found.uniqueIds} unique ids; all callbacks delivered after the last restart\n`);
    } finally {
      await sb.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
