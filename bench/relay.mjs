// `node bench/relay.mjs`: what the relay adds to a call. In one run, on loopback, sequential
// keep-alive calls with a 1 KB body: straight to a fake upstream (an echo server) and through
// /relay/<env>/ to it; the same for /sign (validate, build, sign, forward). Rounds alternate so
// that drift on a shared machine hits all kinds alike; prints the median of the rounds' means.

import { loadConfig } from '../sandbox/config.js';
import { endpoints } from '../sandbox/hongxun.js';
import { startSandbox } from '../sandbox/server.js';
import { startFakeUpstream } from '../tests/sandbox/fake-upstream.js';

const ROUNDS = 7;
const CALLS = 300;

const fake = await startFakeUpstream();
const sb = await startSandbox(
  loadConfig({}, { host: '127.0.0.1', port: 0, accessLog: false, upstreams: { fake: fake.url }, keys: { fake: { createBy: 'B', dataSource: 'BENCH', secret: 'bench-secret' } } }),
);
const request = JSON.stringify(endpoints().find((e) => e.id === 'inOrder').example);
const body = JSON.stringify({ pad: 'x'.repeat(1000) });
const post = (url, text) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text }).then((r) => r.arrayBuffer());

const kinds = {
  direct: () => post(`${fake.url}/echo`, body),
  relay: () => post(`${sb.url}/relay/fake/echo`, body),
  sign: () => post(`${sb.url}/sign/fake/inOrder`, request),
};

const means = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
for (const call of Object.values(kinds)) for (let i = 0; i < 50; i++) await call(); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const [kind, call] of Object.entries(kinds)) {
    const started = performance.now();
    for (let i = 0; i < CALLS; i++) await call();
    means[kind].push(((performance.now() - started) * 1000) / CALLS);
  }
}
await sb.close();
await fake.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const us = Object.fromEntries(Object.entries(means).map(([k, xs]) => [k, median(xs)]));
console.log(`relay overhead, ${ROUNDS} rounds × ${CALLS} sequential calls, median of round means (Node ${process.version}):`);
console.log(`  direct to the upstream      ${us.direct.toFixed(0).padStart(6)} µs/call`);
console.log(`  through /relay/fake/        ${us.relay.toFixed(0).padStart(6)} µs/call  (+${(us.relay - us.direct).toFixed(0)} µs)`);
console.log(`  through /sign/fake/inOrder  ${us.sign.toFixed(0).padStart(6)} µs/call  (+${(us.sign - us.direct).toFixed(0)} µs, building and signing included)`);
