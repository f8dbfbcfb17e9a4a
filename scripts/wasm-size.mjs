// Prints the size of the shipped .wasm (raw and gzipped) and what dominates it: sections, then
// code grouped by crate module, from a copy that keeps its names. The size limit is on what a
// browser downloads, the .wasm and index.js together (bundle-size.mjs).
// Usage: node scripts/wasm-size.mjs <shipped.wasm> <same code with a name section>.wasm

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [shippedPath, namedPath] = process.argv.slice(2);

const shipped = readFileSync(shippedPath);
const gzipped = gzipSync(shipped, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${shippedPath}: ${shipped.length} bytes (${kb(shipped.length)}), gzipped ${gzipped} bytes (${kb(gzipped)})`);

const SECTION = { 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 9: 'elem', 10: 'code', 11: 'data', 12: 'datacount' };
console.log('\nsections of the shipped file (bytes; gzipped alone):');
for (const { id, name, bytes } of parse(shipped).sections) {
  const label = SECTION[id] ?? name ?? `#${id}`;
  console.log(`  ${label.padEnd(10)} ${String(bytes.length).padStart(7)} ${String(gzipSync(bytes, { level: 9 }).length).padStart(7)}`);
}

const module = parse(readFileSync(namedPath));

const groups = new Map();
for (const { name, size } of module.functions) {
  const group = groupOf(name);
  groups.set(group, (groups.get(group) ?? 0) + size);
}
const code = module.functions.reduce((sum, f) => sum + f.size, 0);
console.log(`\ncode by module (${code} bytes; largest first):`);
for (const [group, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
  console.log(`  ${String(size).padStart(7)}  ${((100 * size) / code).toFixed(1).padStart(5)}%  ${group}`);
}
console.log('\nlargest functions:');
for (const { name, size } of [...module.functions].sort((a, b) => b.size - a.size).slice(0, 10)) {
  console.log(`  ${String(size).padStart(7)}  ${name.slice(0, 110)}`);
}


/** `core[1a2b]::num::flt2dec::strategy::dragon::format_shortest` → `core::num::flt2dec`. */
function groupOf(name) {
  const path = name
    .replace(/^<+/, '')
    .replace(/\[[0-9a-f]+\]/g, '')
    .split(/ as |[<>( ]/)[0]
    .split('::')
    .filter((segment) => !/^h[0-9a-f]{16}$/.test(segment));
  if (path.length === 1) return path[0].startsWith('__wbindgen') || path[0].startsWith('__wbg') ? 'wasm-bindgen' : path[0];
  return path.slice(0, path[0] === 'hongxun_sign' || path[0] === 'core' || path[0] === 'alloc' ? 3 : 2).join('::');
}

/** Sections, and each function body's size with its name from the `name` section. */
function parse(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  const utf8 = (length) => new TextDecoder().decode(bytes.subarray(at, (at += length)));
  const sections = [];
  const bodies = [];
  const names = new Map();
  let imported = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    let name;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        utf8(leb());
        utf8(leb());
        const kind = bytes[at++];
        if (kind === 0) (imported++, leb());
        else if (kind === 1) (at++, bytes[at++] & 1 ? (leb(), leb()) : leb());
        else if (kind === 2) (bytes[at++] & 1 ? (leb(), leb()) : leb());
        else if (kind === 3) at += 2;
        else if (kind === 4) (at++, leb());
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const start = at;
        const length = leb();
        at += length;
        bodies.push(at - start);
      }
    } else if (id === 0) {
      name = utf8(leb());
      if (name === 'name') {
        while (at < end) {
          const kind = bytes[at++];
          const subEnd = leb() + at;
          if (kind === 1) {
            for (let n = leb(); n > 0; n--) {
              const index = leb();
              names.set(index, utf8(leb()));
            }
          }
          at = subEnd;
        }
      }
    }
    sections.push({ id, name, bytes: bytes.subarray(end - size, end) });
    at = end;
  }
  const functions = bodies.map((size, i) => ({ size, name: names.get(imported + i) ?? `function ${imported + i}` }));
  return { sections, functions };
}
