// Cold-start page of the package: fetch the .wasm, compile and instantiate it, sign the 2.5 KB
// signInfoPush from a JS object. Without a query the phases are taken apart (the bytes fetched
// here, then `init(bytes)`); with `?streaming`, `init()` as shipped, which compiles while the
// .wasm downloads, so all it takes after the network's last byte (resource timing's responseEnd,
// a little before the bytes reach the page) counts as compiling.

import { fail, report, scriptStart } from './cold-clock.mjs';
import init, * as hx from '../pkg/index.js';
import { packagePipeline } from './pipelines.mjs';
import { signInfoPush } from './requests.mjs';

async function firstSignature() {
  const start = performance.now();
  let fetched;
  if (location.search === '?streaming') {
    await init();
    [{ responseEnd: fetched }] = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.wasm'));
  } else {
    const bytes = await (await fetch(new URL('hongxun_sign_bg.wasm', import.meta.url))).arrayBuffer();
    fetched = performance.now();
    await init(bytes);
  }
  const instantiated = performance.now();
  const sign = packagePipeline(hx, 'signInfoPush');
  const request = signInfoPush();
  const called = performance.now();
  const body = sign(request);
  const phases = { evaluation: start - scriptStart, wasmFetch: fetched - start, compile: instantiated - fetched };
  report({ ...phases, firstCall: performance.now() - called }, body);
}

firstSignature().catch(fail);
