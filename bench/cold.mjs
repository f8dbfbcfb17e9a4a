// Cold start in headless Chromium (issue 14, target 3; the end of `make bench`, or alone:
// `node bench/cold.mjs [loads]`): how long a fresh page takes from navigation to its first
// signature of the 2.5 KB signInfoPush, through the package and through the pure-JS pipeline.
//
// Every load gets a new browser context: its own empty in-memory HTTP and code caches, and its
// own renderer process, so V8's in-process cache of compiled wasm modules cannot carry over
// either (checked: reloading the page in one context, the first buildRequest drops from ~5 ms to
// 0.3 ms, its lazily compiled functions reused; in fresh contexts it never does). The server
// sends every file `no-store`. The pages alternate, so that noise from other work on the machine
// falls on all of them; one round before the measured ones warms the browser process itself,
// never a page.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { requestSchema } from '../pkg/catalog.mjs';
import * as hx from '../pkg/node.mjs';
import { launchChromium } from '../tests/e2e/browser.js';
import { packagePipeline } from './pipelines.mjs';
import { signInfoPush } from './requests.mjs';
import { serveDirectory } from './serve.mjs';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const JS_PIPELINE = 'ajv + safe-stable-stringify + js-md5';
const SHIPPED = 'hongxun-sign, init() as shipped';
const PAGES = [
  { label: 'hongxun-sign, fetch, then init(bytes)', path: 'package.html' },
  { label: SHIPPED, path: 'package.html?streaming' },
  { label: JS_PIPELINE, path: 'javascript.html' },
];
const PHASES = [
  ['toScript', 'to script'],
  ['bundleFetch', 'bundle fetch'],
  ['evaluation', 'modules eval'],
  ['wasmFetch', '.wasm fetch'],
  ['compile', 'compile+inst'],
  ['firstCall', 'first call'],
  ['total', 'total'],
];

/** Bundles both pages (minified, as a user's build ships them) next to the .wasm. */
async function buildPages(dir) {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: { package: root('bench/cold-package.mjs'), javascript: root('bench/cold-javascript.mjs') },
    bundle: true,
    minify: true,
    format: 'esm',
    outdir: dir,
    // The JSON Schema the JS pipeline compiles, as a user would take it from hongxun-sign/catalog.
    define: { SIGN_INFO_PUSH_SCHEMA: JSON.stringify(requestSchema('signInfoPush')) },
    logLevel: 'warning',
  });
  copyFileSync(root('pkg/hongxun_sign_bg.wasm'), `${dir}/hongxun_sign_bg.wasm`);
  for (const name of ['package', 'javascript']) {
    writeFileSync(`${dir}/${name}.html`, `<!doctype html><title>cold start</title><script type="module" src="${name}.js"></script>`);
  }
}

async function load(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__cold !== undefined, null, { timeout: 60_000 });
    const result = await page.evaluate(() => window.__cold);
    if (result.failed) throw new Error(`${url}: ${result.failed}`);
    return result;
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `loads` fresh loads of each page. Returns `{ engine, loads, rows }`, a row per page:
 * `{ label, bytes, phases: { name: { median, min, max } } }` in ms from navigation start.
 * Throws if a page signs other bytes than the package does in Node.
 */
export async function coldStart(loads = 10) {
  const dir = root('target/bench/cold');
  await buildPages(dir);
  const expected = packagePipeline(hx, 'signInfoPush')(signInfoPush());
  const server = await serveDirectory(dir);
  const browser = await launchChromium();
  try {
    const samples = PAGES.map(() => []);
    for (let round = 0; round <= loads; round++) {
      for (const [i, { path }] of PAGES.entries()) {
        const result = await load(browser, server.url + path);
        if (result.body !== expected) throw new Error(`${path} signs other bytes than the package in Node`);
        if (round > 0) samples[i].push(result);
      }
    }
    const rows = PAGES.map(({ label }, i) => {
      const phases = {};
      for (const [name] of PHASES) {
        const values = samples[i].map((s) => s.phases[name]).filter((v) => v !== undefined);
        if (values.length) phases[name] = { median: median(values), min: Math.min(...values), max: Math.max(...values) };
      }
      return { label, bytes: median(samples[i].map((s) => s.bytes)), phases };
    });
    return { engine: `Chromium ${browser.version()}`, loads, rows };
  } finally {
    await browser.close();
    server.close();
  }
}

export function printColdStart({ engine, loads, rows }) {
  console.log(`\ncold start, ${engine}: a fresh context per load, median of ${loads} loads, ms from navigation start`);
  console.log(
    '(to script: until the bundle runs; .wasm fetch: until its bytes are in the page; compile: of the .wasm, or ajv ' +
      "compiling the schema; init() as shipped compiles while downloading: its fetch ends at the network's last byte " +
      '(resource timing), its compile is all init() takes after that; transferred: uncompressed, with headers)',
  );
  const widths = PHASES.map(([, title]) => Math.max(title.length, 7));
  console.log(`${'pipeline'.padEnd(38)} ${PHASES.map(([, title], i) => title.padStart(widths[i])).join(' ')}   ${'min–max'.padEnd(13)} transferred`);
  for (const { label, bytes, phases } of rows) {
    const cells = PHASES.map(([name], i) => (phases[name] ? phases[name].median.toFixed(1) : '–').padStart(widths[i]));
    const range = `${phases.total.min.toFixed(0)}–${phases.total.max.toFixed(0)}`;
    console.log(`${label.padEnd(38)} ${cells.join(' ')}   ${range.padEnd(13)} ${(bytes / 1024).toFixed(1)} KB`);
  }
  const total = (label) => rows.find((row) => row.label === label).phases.total.median;
  const lead = total(JS_PIPELINE) - total(SHIPPED);
  console.log(
    `verdict: with init() as shipped the package reaches its first 2.5 KB signature ${Math.abs(lead).toFixed(0)} ms ` +
      `${lead >= 0 ? 'sooner' : 'later'} than the JS pipeline (median ${total(SHIPPED).toFixed(0)} vs ${total(JS_PIPELINE).toFixed(0)} ms ` +
      'from navigation; target: about 100 ms sooner)',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  printColdStart(await coldStart(Number(process.argv[2] ?? 10)));
}
