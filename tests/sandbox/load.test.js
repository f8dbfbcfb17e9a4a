// A load run on loopback: 5,000 signed calls, 50 at a time, against the sandbox in its own
// process. Every call must be answered, and answered right: valid calls accepted, tampered
// signatures refused with 2007, invalid requests with 3001. Prints requests per second.
// Bounded: the test gives up after LOAD_TIMEOUT_MS; each call after CALL_TIMEOUT_MS.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRequest } from '../../sandbox/hongxun.js';
import { example } from './helpers.js';
import { startSandboxProcess } from './process.js';

const TOTAL = 5000;
const CONCURRENCY = 50;
const LOAD_TIMEOUT_MS = 120_000;
const CALL_TIMEOUT_MS = 10_000;
const PARTNER = { createBy: 'LOAD', dataSource: 'TEST', secret: 'load-test-secret' };

/** The i-th call: its path, body, and the code it must get. */
function plan(i) {
  const kind = i % 10;
  if (kind < 2) {
    const request = { ...example('inOrder'), customerNumber: `LOAD-${i}` };
    return { path: '/dtc/logistics/inOrder', body: buildRequest('inOrder', request, PARTNER).body, expect: 200 };
  }
  if (kind === 2) {
    const body = buildRequest('stockQuery', example('stockQuery'), { ...PARTNER, secret: 'tampered' }).body;
    return { path: '/dtc/esboms/stockQuery', body, expect: 2007 };
  }
  if (kind === 3) {
    const request = { ...example('stockQuery'), pageSize: 'fifty' };
    return { path: '/dtc/esboms/stockQuery', body: buildRequest('stockQuery', request, PARTNER, { validate: false }).body, expect: 3001 };
  }
  return { path: '/dtc/esboms/stockQuery', body: buildRequest('stockQuery', example('stockQuery'), PARTNER).body, expect: 200 };
}

test(`load: ${TOTAL} signed calls, ${CONCURRENCY} concurrent, on loopback`, { timeout: LOAD_TIMEOUT_MS }, async () => {
  const { url, stop } = await startSandboxProcess({
    HONGXUN_SANDBOX_PARTNERS: JSON.stringify([{ ...PARTNER, callbacks: false }]),
  });
  try {
    const calls = Array.from({ length: TOTAL }, (_, i) => plan(i));
    const codes = new Array(TOTAL);
    let next = 0;
    async function worker() {
      while (next < TOTAL) {
        const i = next++;
        const res = await fetch(url + calls[i].path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: calls[i].body,
          signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
        });
        codes[i] = (await res.json()).code;
      }
    }
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;

    const wrong = calls.map((c, i) => [i, c.expect, codes[i]]).filter(([, want, got]) => want !== got);
    assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} calls answered wrongly`);
    assert.equal(codes.filter((c) => c !== undefined).length, TOTAL);
    const rate = TOTAL / seconds;
    process.stdout.write(`load: ${TOTAL} calls, ${CONCURRENCY} concurrent, ${seconds.toFixed(2)} s, ${rate.toFixed(0)} requests/s\n`);
  } finally {
    await stop();
  }
});
