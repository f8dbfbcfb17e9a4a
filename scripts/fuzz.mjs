// `make fuzz MINUTES=n`: the built package's JS API (pkg/, as a user imports it) under random and
// hostile inputs for n minutes (default 1). Prints calls/s and the error codes seen every 10 s,
// then every failure: a throw that is not a HongxunError, an `internal` error (a trapped
// WebAssembly instance: a Rust panic), the secret in any output, or a built body that does not
// verify. Exits non-zero if there was one. `SEED=n` repeats a run.
// Not part of `make test`: `cargo test` runs the bounded Rust fuzzing (tests/fuzz_props.rs).

import { endpoints, requestSchema } from '../pkg/catalog.mjs';
import * as hx from '../pkg/node.mjs';

const MINUTES = Number(process.env.MINUTES || process.argv[2] || 1);
const SEED = Number(process.env.SEED || Date.now() % 2 ** 31);
const SECRET = 'FUZZ-SECRET-密钥-🔑';
const NOW = Date.UTC(2026, 10, 28, 4);

// Mulberry32: small, seeded, good enough to spread inputs.
let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (items) => items[int(items.length)];
const chance = (p) => random() < p;

const ENDPOINTS = endpoints();
const IDS = ENDPOINTS.map((e) => e.id);

// ---- inputs --------------------------------------------------------------------------------

const STRINGS = ['', 'a', '中文', '😀', '\uD800', '\uDC00x', '\u0000', 'x'.repeat(70), '"', '\\', '/~', '@type', '$ref', '2026-11-28 12:00:00'];
const NUMBERS = [0, -0, 1, -1, 1.5, 0.1, 1e21, 1e-7, 2 ** 53 + 1, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity];
const TEXT_PIECES = ['51e2147483647', '1e-2147483648', '-0.0', '1E+2147483647', '123456789012345678901234567890', '"\\ud800"', '{"a":1,"a":2}', '{"@type":1}', '[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]', 'null', 'true', '""', '{', ']', ',', '"\\u00', '1.', '01'];

/** A string, now and then a long or odd one. */
function string() {
  if (chance(0.01)) return 'y'.repeat(int(300_000));
  if (chance(0.4)) return pick(STRINGS);
  let s = '';
  for (let i = int(12); i > 0; i--) s += String.fromCharCode(chance(0.1) ? int(0x10000) : 32 + int(95));
  return s;
}

/** A call back into the package from inside a caller's getter or toJSON (re-entrancy). */
function reenter() {
  const what = int(4);
  try {
    if (what === 0) hx.canonicalize({ reentered: string() });
    else if (what === 1) hx.buildRequest(pick(IDS), example(), credentials(true), { now: NOW });
    else if (what === 2) hx.verifyRequest(string(), { secret: SECRET });
    else hx.validate(pick(IDS), 'x'.repeat(int(5000)));
  } catch {
    // Its own outcome is checked elsewhere; here it only disturbs the outer call.
  }
}

/** A JS value JSON.stringify may or may not write faithfully. */
function value(depth = 0) {
  const roll = int(depth > 4 ? 6 : 10);
  switch (roll) {
    case 0:
      return pick(NUMBERS);
    case 1:
      return string();
    case 2:
      return pick([null, undefined, true, false]);
    case 3:
      return pick([() => 1, Symbol('s'), 10n, new Map([[1, 2]]), new Set([1]), new Date(NOW), new Date(NaN), Object(NaN), Object('s')]);
    case 4:
      return pick([{ [Symbol.toStringTag]: 'Date' }, { toJSON: () => value(depth + 1) }, { toJSON: reentering }]);
    case 5:
      return hostileObject(depth);
    case 6:
    case 7: {
      const list = Array.from({ length: int(5) }, () => value(depth + 1));
      if (chance(0.1)) list.length += 2; // holes
      return list;
    }
    default: {
      const object = {};
      for (let i = int(5); i > 0; i--) object[chance(0.5) ? string() : pick(['remark', 'customerNumber', 'productList'])] = value(depth + 1);
      return object;
    }
  }
}

function reentering() {
  reenter();
  return { after: 're-entered' };
}

/** Objects whose reading runs the caller's code: throwing getters, re-entrant ones, proxies, cycles. */
function hostileObject(depth) {
  switch (int(5)) {
    case 0:
      return {
        get boom() {
          throw pick([new Error('getter'), undefined, Symbol('thrown'), 42]);
        },
      };
    case 1:
      return {
        get calm() {
          reenter();
          return string();
        },
      };
    case 2:
      return new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); }, get: () => 1 });
    case 3: {
      const cycle = { a: [] };
      cycle.a.push(cycle);
      return cycle;
    }
    default: {
      let deep = 1;
      for (let i = 100 + int(150); i > 0; i--) deep = chance(0.5) ? [deep] : { d: deep };
      return deep;
    }
  }
}

/** An endpoint example, now and then with a hostile value somewhere. */
function example() {
  const request = structuredClone(pick(ENDPOINTS).example);
  if (chance(0.5)) {
    const holder = Array.isArray(request) ? request[0] ?? {} : request;
    const keys = Object.keys(holder);
    if (keys.length) holder[pick(keys)] = value(2);
  }
  return request;
}

/** JSON text: an example's text, mutated by splicing hostile pieces or random characters. */
function jsonText() {
  let text = JSON.stringify(structuredClone(pick(ENDPOINTS).example));
  for (let i = int(4); i > 0; i--) {
    const at = int(text.length + 1);
    const cut = at + int(8);
    const insert = chance(0.6) ? pick(TEXT_PIECES) : string();
    text = text.slice(0, at) + insert + text.slice(chance(0.5) ? cut : at);
  }
  return text;
}

const request = () => (chance(0.5) ? jsonText() : chance(0.7) ? example() : value());

function credentials(valid = false) {
  if (valid || chance(0.6)) return { createBy: 'C001', dataSource: 'WEB', secret: SECRET };
  return pick([
    { createBy: 'C001', dataSource: 'WEB', secret: pick(['', undefined, null, 7]) },
    { warehouseCode: pick(['WH01', '', 5]) },
    {
      createBy: 'C001',
      dataSource: 'WEB',
      get secret() {
        reenter();
        return SECRET;
      },
    },
    hostileObject(0),
    pick([undefined, null, 'str', 5]),
  ]);
}

function options() {
  if (chance(0.5)) return { now: NOW };
  return pick([
    { now: pick([new Date(NOW), new Date(8.64e15), -8.64e15, NaN, 'x', { [Symbol.toStringTag]: 'Date' }]) },
    { validate: pick([false, true, 'no']), strict: chance(0.5), vehicle: chance(0.5) },
    { endpoint: pick([pick(IDS), 'q'.repeat(int(100_000)), 5]), toleranceSeconds: pick([0, 900, -1, NaN, undefined]) },
    {
      get now() {
        reenter();
        return NOW;
      },
    },
    hostileObject(0),
    undefined,
  ]);
}

/** Build and verify settings whose getters call the package before answering. */
function reentrantSettings() {
  return {
    validate: false,
    get now() {
      reenter();
      return NOW;
    },
  };
}

/** A received body: a real one, tampered with now and then. */
function body() {
  let built;
  try {
    built = hx.buildRequest(pick(IDS), example(), credentials(true), { now: NOW, validate: false }).body;
  } catch {
    built = jsonText();
  }
  if (chance(0.5)) {
    const at = int(built.length);
    built = built.slice(0, at) + pick([...TEXT_PIECES, string()]) + built.slice(at + int(4));
  }
  return built;
}

// ---- calls ---------------------------------------------------------------------------------

const CALLS = {
  canonicalize: () => hx.canonicalize(request()),
  validate: () => hx.validate(chance(0.9) ? pick(IDS) : string(), request(), options()),
  sign: () => {
    // Members set on the credentials themselves: spreading them would run their getters here.
    const pieces = credentials();
    if (pieces !== null && typeof pieces === 'object') {
      pieces.timestamp = pick([hx.formatTimestamp(NOW), string()]);
      pieces.request = request();
    }
    return hx.sign(pieces);
  },
  buildRequest: () => hx.buildRequest(chance(0.9) ? pick(IDS) : string(), request(), credentials(), options()),
  // What is built verifies and carries exactly the request's canonical text, even when the
  // caller's getters call the package in between (re-entrancy).
  buildAndVerify: () => {
    const id = pick(IDS);
    const signed = ENDPOINTS.find((e) => e.id === id).envelope === 'signed';
    // Plain data only: a random getter or toJSON would give another request on each reading.
    const input = chance(0.5) ? jsonText() : structuredClone(pick(ENDPOINTS).example);
    const canonical = hx.canonicalize(input);
    const settings = () => (chance(0.5) ? { now: NOW, validate: false } : reentrantSettings());
    const built = hx.buildRequest(id, input, signed ? credentials(true) : { warehouseCode: 'WH01' }, settings());
    const result = hx.verifyRequest(built.body, signed ? { secret: SECRET } : { warehouseCode: 'WH01' }, settings());
    if (!result.ok) throw new Failure(`a built body does not verify: ${JSON.stringify(result.errors).slice(0, 300)}`);
    if (result.request !== canonical) throw new Failure('the body carries another request than the one given');
    return result;
  },
  verifyRequest: () => hx.verifyRequest(chance(0.95) ? body() : value(), pick([{ secret: SECRET }, credentials(), {}]), options()),
  formatTimestamp: () => hx.formatTimestamp(pick([NOW, random() * 1.8e16 - 9e15, new Date(NaN), value()])),
  parseTimestamp: () => hx.parseTimestamp(pick([string(), hx.formatTimestamp(int(2 ** 40)), '9999-12-31 23:59:59', '0000-01-01 00:00:00'])),
  parseResponse: () => hx.parseResponse(pick([jsonText(), '{"code":200,"message":"ok","flag":true}', string()])),
  requestSchema: () => requestSchema(chance(0.8) ? pick(IDS) : string()),
};
const NAMES = Object.keys(CALLS);

/** A property the run found broken (as opposed to an expected HongxunError). */
class Failure extends Error {}

const codes = new Map();
const failures = [];

function record(name, index, problem) {
  if (failures.length < 50) failures.push(`#${index} ${name}: ${problem}`);
}

function run(name, index) {
  let outcome;
  try {
    outcome = CALLS[name]();
  } catch (e) {
    if (e instanceof Failure) return record(name, index, e.message);
    if (!(e instanceof hx.HongxunError) || typeof e.code !== 'string' || typeof e.messageZh !== 'string') {
      return record(name, index, `threw ${describe(e)}`);
    }
    codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
    if (e.code === 'internal') return record(name, index, `the WebAssembly instance trapped: ${describe(e.cause)}`);
    outcome = { message: e.message, messageZh: e.messageZh, errors: e.errors, stack: e.stack };
  }
  const shown = JSON.stringify(outcome ?? null) ?? '';
  if (shown.includes('FUZZ-SECRET')) record(name, index, 'the secret is in the output');
  if (!(outcome instanceof Object && 'stack' in outcome)) codes.set('(returned)', (codes.get('(returned)') ?? 0) + 1);
}

function describe(thrown) {
  try {
    return thrown instanceof Error ? `${thrown.name}: ${thrown.message}\n${thrown.stack}` : String(thrown);
  } catch {
    return '(unprintable)';
  }
}

function report(calls, started) {
  const seconds = (performance.now() - started) / 1000;
  const seen = [...codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
  console.log(`${calls} calls in ${seconds.toFixed(0)} s (${(calls / seconds).toFixed(0)} calls/s); ${seen}`);
}

console.log(`fuzzing the JS API of pkg/ for ${MINUTES} min, SEED=${SEED}`);
const started = performance.now();
const end = started + MINUTES * 60_000;
let calls = 0;
let lastReport = started;
while (performance.now() < end) {
  for (let i = 0; i < 50; i++) run(NAMES[int(NAMES.length)], calls++);
  if (performance.now() - lastReport > 10_000) {
    report(calls, started);
    lastReport = performance.now();
  }
}
report(calls, started);
if (failures.length) {
  console.error(`\n${failures.length} failure(s) (SEED=${SEED} repeats the run):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('no failures: every throw was a HongxunError, no trap, no secret in any output');
