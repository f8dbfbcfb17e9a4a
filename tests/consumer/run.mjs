// The consumer test: `npm pack` the built package, install the tarball into a fresh directory,
// and use it as a user would — from Node ESM, from Node CommonJS, and from a Vite production
// build opened in headless Chromium, each with the subpath hongxun-sign/catalog beside the main
// entry. All must produce the vectors' bodies and signatures and read the catalog; the Vite build
// loads the catalog with `import()`, and its entry chunk must not hold the catalog's descriptions.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../../bench/serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const jsonLines = (path) => readFileSync(join(ROOT, path), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const envelopes = jsonLines('tests/vectors/envelopes.jsonl');
// Accepted cases outside the fuzz set all canonicalize strictly (see tests/vectors.rs).
const signs = jsonLines('tests/vectors/sign-vectors.jsonl').filter((v) => v.sign && !v.id.startsWith('fuzz_') && v.id !== 'lenient_raw_tab_in_string');
const expected = {
  bodies: envelopes.map((v) => v.body),
  signatures: signs.map((v) => v.sign),
  error: { hongxunError: true, error: true, code: 'duplicate_key', path: '/a' },
  catalog: { types: 30, exampleValid: true, schemaType: 'object', unknown: { hongxunError: true, code: 'unknown_endpoint' }, inMainEntry: false },
};

const app = mkdtempSync(join(tmpdir(), 'hongxun-consumer-'));
/** Runs a command in the app directory; its stdout, or an error carrying all its output. */
function run(command, args) {
  const done = spawnSync(command, args, { cwd: app, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${done.stdout}${done.stderr}`);
  return done.stdout;
}
try {
  const tarball = run('npm', ['pack', join(ROOT, 'pkg'), '--pack-destination', app, '--silent']).trim().split('\n').pop();
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`]);
  cpSync(fileURLToPath(new URL('probe.mjs', import.meta.url)), join(app, 'probe.mjs'));
  writeFileSync(join(app, 'vectors.json'), JSON.stringify({ envelopes, signs }));

  writeFileSync(
    join(app, 'esm.mjs'),
    `import * as hx from 'hongxun-sign';
import * as catalog from 'hongxun-sign/catalog';
import { probe } from './probe.mjs';
import { readFileSync } from 'node:fs';
console.log(JSON.stringify(probe(hx, catalog, JSON.parse(readFileSync('vectors.json', 'utf8')))));`,
  );
  assert.deepEqual(JSON.parse(run('node', ['esm.mjs'])), expected, 'Node ESM');
  console.log('consumer: Node ESM import ok');

  // require() is synchronous: the API must work on the next line, before anything is awaited.
  writeFileSync(
    join(app, 'cjs.cjs'),
    `const hx = require('hongxun-sign');
const catalog = require('hongxun-sign/catalog');
const first = hx.canonicalize({ b: 1, a: 2 });
import('./probe.mjs').then(({ probe }) => {
  const result = probe(hx, catalog, require('./vectors.json'));
  console.log(JSON.stringify({ first, ...result }));
});`,
  );
  const cjs = JSON.parse(run('node', ['cjs.cjs']));
  assert.equal(cjs.first, '{"a":2,"b":1}');
  delete cjs.first;
  assert.deepEqual(cjs, expected, 'Node CommonJS');
  console.log('consumer: Node CommonJS require ok');

  // The `types` conditions of the exports map, as TypeScript resolves them for Node.
  writeFileSync(
    join(app, 'esm.mts'),
    "import { buildRequest, type BuiltRequest } from 'hongxun-sign';\nimport { endpoints } from 'hongxun-sign/catalog';\n" +
      "export const b: BuiltRequest = buildRequest('routeQuery', { customerNumber: 'SO1' }, { warehouseCode: 'W' });\n" +
      'export const id: string = endpoints()[0].id;\n',
  );
  writeFileSync(
    join(app, 'cjs.cts'),
    "import hx = require('hongxun-sign');\nimport catalog = require('hongxun-sign/catalog');\n" +
      "export const s: string = hx.canonicalize({});\nexport const schema: Record<string, unknown> = catalog.requestSchema('inOrder');\n",
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', types: [] }, files: ['esm.mts', 'cjs.cts'] }),
  );
  run('node', [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  console.log('consumer: TypeScript resolves the types for import and require');

  writeFileSync(join(app, 'index.html'), '<!doctype html><title>consumer</title><script type="module" src="/main.js"></script>');
  writeFileSync(
    join(app, 'main.js'),
    `import init, * as hx from 'hongxun-sign';
import { probe } from './probe.mjs';
import vectors from './vectors.json';
Promise.all([init(), import('hongxun-sign/catalog')]).then(([, catalog]) => { window.__probe = probe(hx, catalog, vectors); }, (e) => { window.__probe = { failed: String(e) }; });`,
  );
  run('node', [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
  const assets = readdirSync(join(app, 'dist/assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `Vite emitted the .wasm as an asset: ${assets}`);
  // A page that signs downloads the entry chunk; the catalog's descriptions come only with import().
  const entry = /src="\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(app, 'dist/index.html'), 'utf8'))[1];
  const describes = (file) => readFileSync(join(app, 'dist', file), 'utf8').includes('titleZh');
  assert.ok(!describes(entry), `${entry} holds the catalog's descriptions`);
  assert.ok(assets.some((f) => describes(`assets/${f}`)), `a chunk holds the catalog's descriptions: ${assets}`);

  const server = await serveDirectory(join(app, 'dist'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__probe !== undefined, null, { timeout: 30_000 });
    const result = await page.evaluate(() => window.__probe);
    assert.deepEqual(problems, []);
    assert.deepEqual(result, expected, 'Vite build in Chromium');
  } finally {
    await browser.close();
    server.close();
  }
  console.log('consumer: Vite production build in headless Chromium ok');
} finally {
  if (existsSync(app)) rmSync(app, { recursive: true, force: true });
}
