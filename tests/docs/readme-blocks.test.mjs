// Every ```js / ```mjs / ```cjs block of README.md and js/README.md runs as written against a
// sandbox gateway started here on a free port: `127.0.0.1:8787` is rewritten to its address and
// `hongxun-sign` (and `hongxun-sign/catalog`) is the built package in pkg/. A block fails on any
// throw (non-zero exit).
// The Vite config block is loaded by a real Vite dev server, and a call goes through its proxy.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { sandbox } from '../sandbox/helpers.js';

const root = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const READMES = ['README.md', 'js/README.md'];
// Inside the repository, so that `vite` resolves from its node_modules.
const WORK = root('target/readme-blocks');
const run = promisify(execFile);

/** `{ readme, line, lang, code }` for each JavaScript block (indented blocks in lists included). */
function blocks(readme) {
  const found = [];
  const lines = readFileSync(root(readme), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(js|mjs|cjs)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang] = open;
    const body = [];
    for (i++; !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i]);
    found.push({ readme, line: i - body.length, lang, code: body.join('\n') });
  }
  return found;
}

/** The block as a file that runs here: the sandbox's address, the built package. */
function staged(block, origin) {
  const pkg = (entry) => JSON.stringify(root(`pkg/${entry}`));
  return block.code
    .replaceAll('http://127.0.0.1:8787', origin)
    .replaceAll("from 'hongxun-sign'", `from ${pkg('node.mjs')}`)
    .replaceAll("require('hongxun-sign')", `require(${pkg('node.cjs')})`)
    .replaceAll("from 'hongxun-sign/catalog'", `from ${pkg('catalog.mjs')}`)
    .replaceAll("require('hongxun-sign/catalog')", `require(${pkg('catalog.cjs')})`);
}

const all = READMES.flatMap(blocks);

describe('README code blocks', () => {
  let gateway;
  before(async () => {
    gateway = await sandbox();
    mkdirSync(WORK, { recursive: true });
  });
  after(() => gateway.close());

  test('both READMEs have their JavaScript blocks (quick start, validate, verify, require, the secret setups, Vite)', () => {
    const count = (readme) => all.filter((b) => b.readme === readme).length;
    assert.ok(count('README.md') >= 4, `README.md: ${count('README.md')}`);
    assert.ok(count('js/README.md') >= 6, `js/README.md: ${count('js/README.md')}`);
    assert.ok(all.some((b) => b.lang === 'cjs'));
  });

  for (const block of all) {
    const name = `${block.readme}:${block.line} (${block.lang})`;
    if (block.code.includes('defineConfig')) {
      test(`${name} — the Vite config proxies a gateway call`, () => viteProxy(block, gateway.url));
      continue;
    }
    test(`${name} runs`, async () => {
      const file = `${WORK}/${block.readme.replace(/\W/g, '_')}_${block.line}.${block.lang === 'cjs' ? 'cjs' : 'mjs'}`;
      writeFileSync(file, staged(block, gateway.url));
      try {
        await run(process.execPath, [file], { timeout: 60_000 });
      } catch (e) {
        assert.fail(`${name} failed:\n${e.stdout}\n${e.stderr}`);
      }
    });
  }
});

/** Starts Vite with the block as its config (on a free port) and calls /sign through its proxy. */
async function viteProxy(block, origin) {
  const { createServer } = await import('vite');
  const file = `${WORK}/vite.config.mjs`;
  writeFileSync(file, staged(block, origin));
  const server = await createServer({ configFile: file, root: WORK, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  try {
    const { port } = server.httpServer.address();
    const { createClient } = await import(root('pkg/node.mjs'));
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}/hongxun`, signAt: 'gateway' });
    const request = {
      customerNumber: `VITE${Date.now()}`, documentType: '10',
      inventoryCode: 'WH01', inventoryName: '上海一号仓', subbaseCode: 'OWN01',
      productList: [{ customerProductCode: 'SKU-1001', quantity: 1 }],
    };
    const answer = await client.call('inOrder', request);
    assert.equal(answer.flag, true, answer.message);
    assert.match(answer.envelope.sign, /^[0-9a-f]{32}$/);
  } finally {
    await server.close();
  }
}
