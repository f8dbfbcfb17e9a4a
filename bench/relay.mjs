// `node bench/relay.mjs`: what the relay adds to a call. In one run, on loopback, sequential
// keep-alive calls with a 1 KB body: straight to a fake upstream (an echo server) and through
// /relay/<env>/ to it; and /sign of the catalog's inOrder example (validate, build, sign, forward).

import { loadConfig } from '../sandbox/config.js';
import { endpoints } from '../sandbox/hongxun.js';
import { startSandbox } from '../sandbox/server.js';
import { startFakeUpstream } from '../tests/sandbox/fake-upstream.js';

const CALLS = 2000;

const fake = await startFakeUpstream();
const sb = await startSandbox(
  loadConfig({}, { host: '127.0.0.1', port: 0, dataFile: ':memory:', accessLog: false, upstreams: { fake: fake.url }, keys: { fake: { createBy: 'B', dataSource: 'BENCH', secret: 'bench-secret' } } }),
);
const request = JSON.stringify(endpoints().find((e) => e.id === 'inOrder').example);
const body = JSON.stringify({ pad: 'x'.repeat(1000) });
const post = (url, text) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text }).then((r) => r.arrayBuffer());

const kinds = {
  direct: () => post(`${fake.url}/echo`, body),
  relay: () => post(`${sb.url}/relay/fake/echo`, body),
  sign: () => post(`${sb.url}/sign/fake/inOrder`, request),
};

// Each call timed on its own, the kinds interleaved call by call: a burst of load from elsewhere
// on the machine hits all kinds alike, and the median ignores it.
const times = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
for (const call of Object.values(kinds)) for (let i = 0; i < 50; i++) await call(); // warm-up
for (let i = 0; i < CALLS; i++) {
  for (const [kind, call] of Object.entries(kinds)) {
    const started = performance.now();
    await call();
    times[kind].push((performance.now() - started) * 1000);
  }
}
await sb.close();
await fake.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const us = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
const row = (label, kind, note = '') =>
  `  ${label.padEnd(28)}${us[kind].toFixed(0).padStart(6)} µs/call${kind === 'direct' ? '' : `  (+${(us[kind] - us.direct).toFixed(0)} µs${note})`}`;
console.log(`relay overhead: ${CALLS} sequential calls of each kind, interleaved; median per call (Node ${process.version}):`);
console.log(row('direct to the upstream', 'direct'));
console.log(row('through /relay/fake/', 'relay'));
console.log(row('through /sign/fake/inOrder', 'sign', ', validating, building and signing included'));
