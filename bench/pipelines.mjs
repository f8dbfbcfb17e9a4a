// The pipelines the benchmark compares, the same in Node and in the browser.
//  - the package: buildRequest (validate + canonicalize + sign + body), from a JS object and
//    from JSON text;
//  - the best pure-JS pipeline a user would write instead: an ajv-compiled JSON Schema (from
//    requestSchema), safe-stable-stringify with null members dropped, an MD5 (js-md5, or Node's
//    crypto), the same Beijing timestamp and body.

import Ajv2020 from 'ajv/dist/2020.js';
import stringify from 'safe-stable-stringify';

export const CREDENTIALS = { createBy: 'C001', dataSource: 'WEB', secret: 's3cr3t' };
export const NOW = Date.UTC(2026, 10, 28, 4, 0, 0);

/** The package's pipeline for one request type: `(request) => body`. */
export function packagePipeline(hx, id) {
  const options = { now: NOW };
  return (request) => hx.buildRequest(id, request, CREDENTIALS, options).body;
}

// fastjson leaves null object members out; nulls inside arrays stay.
function dropNullMembers(key, value) {
  return value === null && !Array.isArray(this) ? undefined : value;
}

function beijingTimestamp(ms) {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The pure-JS pipeline for one request type: `(request) => body`, where `request` is a value or
 * JSON text; `md5` maps a string to lowercase hex.
 */
export function javascriptPipeline(schema, md5) {
  const ajv = new Ajv2020({ strict: false });
  ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
  ajv.addFormat('beijing-date-time', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  const valid = ajv.compile(schema);
  const { createBy, dataSource, secret } = CREDENTIALS;
  return (request) => {
    const value = typeof request === 'string' ? JSON.parse(request) : request;
    if (!valid(value)) throw new Error(`invalid: ${ajv.errorsText(valid.errors)}`);
    const canonical = stringify(value, dropNullMembers);
    const timestamp = beijingTimestamp(NOW);
    const sign = md5(`${createBy}&${dataSource}&${canonical}&${secret}&${timestamp}`);
    return `{"createBy":${JSON.stringify(createBy)},"dataSource":${JSON.stringify(dataSource)},"request":${canonical},"sign":"${sign}","timestamp":"${timestamp}"}`;
  };
}

/**
 * Median time of one call of `fn()`, in microseconds: batches of at least `batchMs`, after a
 * warm-up (browser timers are coarse, so single calls are never timed).
 */
export function measure(fn, { batchMs = 60, batches = 7 } = {}) {
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    if (performance.now() - start >= batchMs) break;
    iterations *= 2;
  }
  const times = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    times.push(((performance.now() - start) * 1000) / iterations);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(batches / 2)];
}
