// The benchmark's page script (bundled by run.mjs with esbuild): the package's browser entry,
// the same build's raw MD5 through the wasm-bindgen glue, js-md5 as the pure-JS hash.

import md5 from 'js-md5';
import init, * as hx from '../pkg/index.js';
import loadGlue, { md5Hex } from '../target/pkg-build/hongxun_sign.js';
import { runSuite } from './suite.mjs';

const wasm = new URL('hongxun_sign_bg.wasm', import.meta.url);
Promise.all([init(wasm), loadGlue({ module_or_path: wasm })])
  .then(() => {
    window.__bench = runSuite({ hx, md5Hex, hashes: { 'js-md5': md5.hex } });
  })
  .catch((e) => {
    window.__bench = { failed: String(e && e.stack ? e.stack : e) };
  });
