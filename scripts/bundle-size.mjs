// Prints what a browser downloads: the .wasm and index.js, each gzipped, and their sum against
// issue 14's size target (80 KB together); node.cjs for Node. Printed, not enforced: the sum is over
// the target today, and the .wasm has its own enforced budget (wasm-size.mjs).
// Usage: node scripts/bundle-size.mjs <pkg dir> <wasm file name>

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET_GZIP = 80 * 1024;
const [pkg, wasmName] = process.argv.slice(2);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (name) => {
  const bytes = readFileSync(`${pkg}/${name}`);
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};

const wasm = size(wasmName);
const index = size('index.js');
const cjs = size('node.cjs');
console.log(`\nindex.js ${kb(index.raw)} (${kb(index.gz)} gzipped); node.cjs ${kb(cjs.raw)} (${kb(cjs.gz)} gzipped)`);
const sum = wasm.gz + index.gz;
const verdict = sum <= TARGET_GZIP ? 'within' : 'over';
console.log(`a browser downloads ${kb(wasm.gz)} + ${kb(index.gz)} = ${kb(sum)} gzipped, ${verdict} the ${kb(TARGET_GZIP)} target`);
