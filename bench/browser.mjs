// The benchmark's page script (bundled by run.mjs with esbuild): the package's browser entries,
// js-md5 as the pure-JS hash.

import md5 from 'js-md5';
import { requestSchema } from '../pkg/catalog.js';
import init, * as hx from '../pkg/index.js';
import { runSuite } from './suite.mjs';

const wasm = new URL('hongxun_sign_bg.wasm', import.meta.url);
init(wasm)
  .then(() => {
    window.__bench = runSuite({ hx, requestSchema, hashes: { 'js-md5': md5.hex } });
  })
  .catch((e) => {
    window.__bench = { failed: String(e && e.stack ? e.stack : e) };
  });
