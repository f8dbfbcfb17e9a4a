// The portal's Callbacks page lists a delivery that failed and waits for its retry: how many
// attempts, when the next one goes, and the last error. The receiver here answers 503.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { endpoints } from '../../pkg/catalog.mjs';
import { buildRequest } from '../../pkg/node.mjs';
import { startSandboxProcess } from '../sandbox/process.js';
import { DESKTOP, WAIT, launchChromium, watchErrors } from './browser.js';

const SECRET = 'e2e-deliveries-secret';
let busy;
let server;
let browser;
let dir;

before(async () => {
  busy = createServer((req, res) => req.resume().on('end', () => res.writeHead(503).end('busy')));
  await new Promise((r) => busy.listen(0, '127.0.0.1', r));
  dir = mkdtempSync(join(tmpdir(), 'hongxun-e2e-deliveries-'));
  const config = join(dir, 'config.json');
  // The first attempt fails; the retry is a minute away, so the page shows it waiting.
  writeFileSync(config, JSON.stringify({
    callbackUrl: `http://127.0.0.1:${busy.address().port}/hook`,
    callbackDelayMs: 10,
    callbackRetryMs: 60_000,
  }));
  server = await startSandboxProcess({ HONGXUN_SANDBOX_CONFIG: config, HONGXUN_SANDBOX_DEMO_SECRET: SECRET });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  busy?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a failed delivery waiting for its retry: attempts, next attempt, last error', { timeout: 60_000 }, async () => {
  const example = endpoints().find((e) => e.id === 'inOrder').example;
  const { body } = buildRequest('inOrder', { ...example, customerNumber: 'E2E-RETRY' }, { createBy: 'DEMO', dataSource: 'PORTAL', secret: SECRET });
  const res = await fetch(`${server.url}/dtc/logistics/inOrder`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  assert.equal((await res.json()).code, 200);

  const page = await browser.newPage({ viewport: DESKTOP, locale: 'en-US' });
  const errors = watchErrors(page, []);
  await page.goto(`${server.url}/#/callbacks`);
  const item = page.locator('li[data-endpoint=inOrderStatusConfirm][data-state=pending]');
  await item.waitFor(WAIT);
  const text = await item.innerText();
  assert.match(text, /^inOrderStatusConfirm\s+1 (attempts|次尝试) · (next attempt|下次重试) \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} · unreadable answer/, text);
  assert.deepEqual(errors, []);
});
