// Entry for browsers and bundlers (Vite, webpack, …): `await init()` once, then use the API.
// The .wasm is found next to this module through `new URL(…, import.meta.url)`, which bundlers
// recognise and copy as an asset.

import loadWasm, * as raw from './hongxun_sign.js';
import { bindCore } from './api.js';

export * from './exports.js';

let ready = false;

/** A build's text in wasm memory, UTF-8: browsers decode it fast (as wasm-bindgen's glue does). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
const builtText = {
  forNode: false,
  read: (memory, address, bytes) => decoder.decode(new Uint8Array(memory.buffer, address, bytes)),
};
bindCore(raw, () => ready, builtText);

/**
 * Loads the WebAssembly module (once; later calls return at once). `wasm` may be a URL, a
 * Response, bytes or a compiled WebAssembly.Module, for hosts that serve the .wasm elsewhere.
 */
export async function init(wasm) {
  if (ready) return;
  await loadWasm(wasm === undefined ? undefined : { module_or_path: wasm });
  ready = true;
}

export default init;
