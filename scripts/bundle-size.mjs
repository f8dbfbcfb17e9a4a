// Prints what a browser downloads: the .wasm and index.js, each gzipped, and their sum against
// issue 14's size target (80 KB together); then catalog.js, which only hongxun-sign/catalog
// loads, and the Node bundles. The sum is enforced: the build fails above 80 KB, so that speed
// bought with size (the .wasm is built at opt-level 3) cannot quietly cost the download.
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
const line = (name, { raw, gz }, note) => console.log(`  ${name.padEnd(22)} ${kb(raw).padStart(9)} ${kb(gz).padStart(9)} gzipped  ${note}`);

const wasm = size(wasmName);
const index = size('index.js');
const sum = wasm.gz + index.gz;
const verdict = sum <= TARGET_GZIP ? 'within' : 'over';
console.log('\nbundles (raw, gzipped):');
line(wasmName, wasm, 'every entry');
line('index.js', index, 'browsers and bundlers');
line('catalog.js', size('catalog.js'), 'loaded only by hongxun-sign/catalog');
line('node.cjs', size('node.cjs'), 'Node (node.mjs re-exports it)');
line('catalog.cjs', size('catalog.cjs'), 'hongxun-sign/catalog in Node');
console.log(`a browser downloads ${kb(wasm.gz)} + ${kb(index.gz)} = ${kb(sum)} gzipped, ${verdict} the ${kb(TARGET_GZIP)} target`);
if (sum > TARGET_GZIP) process.exit(1);
