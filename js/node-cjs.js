// Entry for Node's `require` (bundled into node.cjs at build time): the WebAssembly module is
// compiled synchronously from the file next to this one, so the API is usable at once.
// `__dirname` is the CommonJS module's own directory in the bundle.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as raw from './hongxun_sign.js';
import { bindCore } from './api.js';

export * from './exports.js';

raw.initSync({ module: readFileSync(join(__dirname, 'hongxun_sign_bg.wasm')) });

/**
 * A build's text in wasm memory as Latin-1 (ASCII) or UTF-16LE (encoding 1 or 2): Node copies
 * these into a string at memory speed, while its UTF-8 decoder is slow on non-ASCII and on long
 * text.
 */
const builtText = {
  forNode: true,
  read: (memory, address, bytes, encoding) =>
    Buffer.from(memory.buffer, address, bytes).toString(encoding === 2 ? 'utf16le' : 'latin1'),
};
bindCore(raw, () => true, builtText);

/** Already loaded in Node; kept so that code written for browsers (`await init()`) runs here too. */
export async function init() {}

export default init;
