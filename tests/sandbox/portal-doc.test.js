// docs/portal.md stays in step with the gateway: every setting, every HONGXUN_SANDBOX_* variable
// and every gateway answer code is described there (and the codes in the README's table), and
// its curl example runs as written against a gateway.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadConfig } from '../../sandbox/config.js';
import { FAILURES } from '../../sandbox/failures.js';
import { sandbox } from './helpers.js';

const read = (path) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const DOC = read('docs/portal.md');
const README = read('README.md');

test('every config key and every HONGXUN_SANDBOX_* variable the gateway reads is in docs/portal.md', () => {
  for (const key of Object.keys(loadConfig({}))) assert.ok(DOC.includes(`| \`${key}\``), `config key ${key}`);
  const variables = new Set(read('sandbox/config.js').match(/HONGXUN_SANDBOX_[A-Z_]+/g));
  assert.ok(variables.size >= 14, [...variables].join(' '));
  for (const variable of variables) assert.ok(DOC.includes(`\`${variable}\``), variable);
});

test('every answer code of the relay and /sign is in the tables of docs/portal.md and the README', () => {
  for (const { code } of Object.values(FAILURES).filter((f) => f.code >= 6000)) {
    assert.match(DOC, new RegExp(`^\\| ${code} \\| \\d{3} \\|`, 'm'), `docs/portal.md: ${code}`);
    assert.match(README, new RegExp(`^\\| ${code} \\|`, 'm'), `README: ${code}`);
  }
});

test("docs/portal.md's curl example runs as written and answers as shown", async () => {
  const block = /```sh\n(curl [^`]*\/sign\/[^`]*)```/.exec(DOC)[1];
  const sb = await sandbox();
  try {
    // Not execFileSync: the gateway answering runs in this process.
    const { stdout } = await promisify(execFile)('sh', ['-c', block.replaceAll('http://127.0.0.1:8787', sb.url)]);
    const signed = JSON.parse(stdout);
    const shown = JSON.parse(/```json\n(\{\n {2}"status"[^`]*)```/.exec(DOC)[1]);
    assert.deepEqual(Object.keys(signed), Object.keys(shown));
    assert.deepEqual(signed.answer, shown.answer);
    assert.deepEqual(signed.envelope.request, shown.envelope.request);
    assert.match(signed.envelope.sign, /^[0-9a-f]{32}$/);
  } finally {
    await sb.close();
  }
});
