// The portal's operator features end to end: drafts, inferred-required labels, typo renames,
// copy buttons and the fetch snippet, history and saved requests in IndexedDB (export/import),
// and batches — a 100,000-line file split, validated and sent without freezing the page.
// The sandbox runs in its own process; Debian's Chromium is driven by playwright-core.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startSandboxProcess } from '../sandbox/process.js';
import { DESKTOP, launchChromium, saveSecret, SHOTS, watchErrors } from './browser.js';

const SECRET = 'e2e-data-secret';
const PKG = fileURLToPath(new URL('../../pkg/node.mjs', import.meta.url));
// The batch test reads live heap sizes: precise figures, and gc() to leave out garbage not yet collected.
const HEAP_FLAGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];
const WAIT = { timeout: 20_000 };
const SERIAL_PATH = '/dtc/sandbox/serialNumberIssue';

describe('portal: drafts, history, snippets, batches', { timeout: 240_000 }, () => {
  let server;
  let browser;
  let context;
  let page;
  const consoleErrors = [];
  const unique = `PD-${Date.now()}`;

  before(async () => {
    server = await startSandboxProcess({ HONGXUN_SANDBOX_DEMO_SECRET: SECRET });
    browser = await launchChromium(HEAP_FLAGS);
    context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    watchErrors(page, consoleErrors);
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const setSecret = (secret) => saveSecret(page, server.url, secret);

  const editorJson = async () => JSON.parse(await page.inputValue('[data-endpoint=inOrder] [data-testid=json-editor]'));

  test('drafts survive a language switch and a reload, never with the secret; reset brings the example back', async () => {
    await setSecret(SECRET);
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.fill('[data-pointer="/customerNumber"]', `${unique}-DRAFT`);
    await page.click('[data-testid=lang]');
    await page.waitForSelector('h2:has-text("Create inbound order")', WAIT);
    assert.equal(await page.inputValue('[data-pointer="/customerNumber"]'), `${unique}-DRAFT`);
    await page.reload();
    await page.waitForSelector('[data-pointer="/customerNumber"]', WAIT);
    assert.equal(await page.inputValue('[data-pointer="/customerNumber"]'), `${unique}-DRAFT`);
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    assert.match(stored, new RegExp(`${unique}-DRAFT`));
    assert.ok(!stored.includes(SECRET), 'the secret is not stored');

    // Inferred-required lines read as "usually sent", not as required and inferred at once.
    const legend = page.locator('fieldset[data-pointer="/productList"] > legend');
    assert.match(await legend.textContent(), /usually sent \(inferred\)/);
    assert.doesNotMatch(await legend.textContent(), /required/);

    await page.click('[data-testid=reset-example]');
    const example = JSON.parse(await page.evaluate(() => import('/pkg/catalog.js').then((m) => JSON.stringify(m.endpoints().find((e) => e.id === 'inOrder').example))));
    assert.deepEqual(await editorJson(), example);
    await page.click('[data-testid=lang]');
    await page.waitForSelector('h2:has-text("入库单创建")', WAIT);
    assert.match(await page.locator('fieldset[data-pointer="/productList"] > legend').textContent(), /通常需填写（推断）/);
  });

  test('a typo\'d field gets a one-click rename to the documented name', async () => {
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.waitForSelector('[data-endpoint=inOrder] [data-testid=json-editor]', WAIT);
    const request = { ...(await editorJson()), remakr: 'leave at the gate' };
    await page.fill('[data-endpoint=inOrder] [data-testid=json-editor]', JSON.stringify(request, null, 2));
    const rename = page.locator('[data-endpoint=inOrder] button[data-rename="/remakr"]');
    await rename.waitFor(WAIT);
    assert.match(await rename.textContent(), /remark/);
    await rename.click();
    const renamed = await editorJson();
    assert.equal(renamed.remark, 'leave at the gate');
    assert.equal('remakr' in renamed, false);
    assert.equal(await page.inputValue('[data-pointer="/remark"]'), 'leave at the gate');
    await page.click('[data-testid=reset-example]');
  });

  test('copy buttons copy what is shown; the fetch snippet runs as written in Node', async () => {
    await setSecret(SECRET); // the reload above forgot it: it lives in the page's memory
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.fill('[data-pointer="/customerNumber"]', `${unique}-SNIPPET`);
    await page.waitForSelector('[data-endpoint=inOrder] [data-testid=fetch-snippet]', WAIT);
    for (const block of ['final-body', 'string-to-sign', 'curl', 'fetch-snippet']) {
      await page.click(`[data-endpoint=inOrder] [data-copy=${block}]`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, await page.textContent(`[data-endpoint=inOrder] [data-testid=${block}]`), block);
      assert.ok(!copied.includes(SECRET), `${block} holds no secret`);
    }
    const snippet = await page.textContent('[data-endpoint=inOrder] [data-testid=fetch-snippet]');
    const dir = mkdtempSync(join(tmpdir(), 'snippet-'));
    writeFileSync(join(dir, 'call.mjs'), snippet.replace("from 'hongxun-sign'", `from ${JSON.stringify(PKG)}`));
    const run = spawnSync(process.execPath, [join(dir, 'call.mjs')], { env: { ...process.env, HONGXUN_SECRET: SECRET }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /code: 200/);
  });

  test('history keeps request, envelope, raw answer and headers in IndexedDB: search, reopen, resend, save, export, import', async () => {
    await setSecret(SECRET);
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.fill('[data-pointer="/customerNumber"]', `${unique}-HIST`);
    await page.waitForSelector('[data-endpoint=inOrder] [data-testid=send]:not([disabled])', WAIT);
    await page.click('[data-endpoint=inOrder] [data-testid=send]');
    await page.waitForSelector('[data-endpoint=inOrder] [data-testid=response-code]', WAIT);
    await page.goto(`${server.url}/#/type/outOrderResultQuery`);
    await page.waitForSelector('[data-endpoint=outOrderResultQuery] [data-testid=send]:not([disabled])', WAIT);
    await page.click('[data-endpoint=outOrderResultQuery] [data-testid=send]');
    await page.waitForSelector('[data-endpoint=outOrderResultQuery] [data-testid=response-code]', WAIT);

    await page.goto(`${server.url}/#/history`);
    await page.reload(); // the history is kept across a reload; the secret (in memory) is not
    await setSecret(SECRET);
    await page.goto(`${server.url}/#/history`);
    const entry = page.locator(`[data-testid=history] details.call[data-endpoint=inOrder]:has-text("${unique}-HIST")`);
    await entry.waitFor({ state: 'attached', ...WAIT });
    await entry.locator('summary').click();
    const envelope = JSON.parse(await entry.locator('[data-testid=call-envelope]').textContent());
    assert.match(envelope.sign, /^[0-9a-f]{32}$/);
    assert.equal(envelope.request.customerNumber, `${unique}-HIST`);
    assert.equal(JSON.parse(await entry.locator('[data-testid=call-raw]').textContent()).code, 200);
    assert.match(await entry.locator('[data-testid=call-headers]').textContent(), /content-type: application\/json/);
    assert.equal(JSON.parse(await entry.locator('[data-testid=call-request]').textContent()).customerNumber, `${unique}-HIST`);
    assert.ok(!(await page.content()).includes(SECRET));

    await page.fill('[data-testid=history-search]', `${unique}-HIST`);
    assert.equal(await page.locator('[data-testid=history] details.call').count(), 1);
    await page.fill('[data-testid=history-search]', '');

    // Resend: signed again with a fresh timestamp (a second later, so it must differ).
    await page.waitForTimeout(1100);
    await entry.locator('summary').click(); // the list was drawn again
    await entry.locator('[data-testid=resend]').click();
    await page.waitForSelector('[data-testid=history-status]:has-text("已重新发送")', WAIT);
    const both = page.locator(`[data-testid=history] details.call[data-endpoint=inOrder]:has-text("${unique}-HIST")`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=history] details.call[data-endpoint=inOrder]').length >= n, 2, WAIT);
    assert.equal(await both.count(), 2);
    await both.first().locator('summary').click();
    const resent = JSON.parse(await both.first().locator('[data-testid=call-envelope]').textContent());
    assert.notEqual(resent.timestamp, envelope.timestamp);
    assert.notEqual(resent.sign, envelope.sign);
    assert.deepEqual(resent.request, envelope.request);

    // Save under a name, then export everything.
    page.once('dialog', (d) => d.accept(`${unique} saved inbound`));
    await both.first().locator('[data-testid=save-as]').click();
    await page.waitForSelector(`[data-testid=saved] li:has-text("${unique} saved inbound")`, WAIT);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export]')]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.format, 'hongxun-portal-export');
    assert.equal(exported.history.length, 3);
    assert.deepEqual(exported.saved.map((s) => s.name), [`${unique} saved inbound`]);
    assert.ok(!JSON.stringify(exported).includes(SECRET));

    // Clear, then import the file with two broken entries added: they are skipped and named.
    page.once('dialog', (d) => d.accept());
    await page.click('[data-testid=clear-history]');
    await page.waitForSelector('[data-testid=history] p.note', WAIT);
    const broken = { ...exported, history: [...exported.history, { ...exported.history[0], endpoint: 'noSuchType' }, { ...exported.history[0], request: '{"a":1,"a":2}' }] };
    await page.setInputFiles('[data-testid=history-import]', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    // (Not has-text("3"): the status before, "saved as <unique>", holds digits too.)
    await page.waitForSelector('[data-testid=history-status]:has-text("跳过 2")', WAIT);
    assert.match(await page.textContent('[data-testid=history-status]'), /3 条历史、1 个保存的请求；跳过 2 条/);
    const skipped = await page.locator('[data-testid=import-skipped] li').allTextContents();
    assert.equal(skipped.length, 2);
    assert.match(skipped[0], /noSuchType/);
    assert.match(skipped[1], /duplicate|重复/);
    assert.equal(await page.locator('[data-testid=history] details.call').count(), 3);

    // Reopen in the form.
    await page.locator(`[data-testid=history] details.call[data-endpoint=inOrder]:has-text("${unique}-HIST")`).first().locator('summary').click();
    await page.locator(`[data-testid=history] details.call[data-endpoint=inOrder]:has-text("${unique}-HIST")`).first().locator('[data-testid=reopen]').click();
    await page.waitForSelector('[data-endpoint=inOrder] [data-pointer="/customerNumber"]', WAIT);
    assert.equal(await page.inputValue('[data-pointer="/customerNumber"]'), `${unique}-HIST`);
    await page.click('[data-testid=reset-example]');
  });

  test('batches from a pasted list: stop, resume, and retry of failed batches', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `CAM-01,${unique}-S${i}`);
    await setSecret('a-wrong-secret');
    await page.goto(`${server.url}/#/batch/serialNumberIssue`);
    await page.fill('[data-testid=batch-lines]', ['customerProductCode,serialNumber', ...rows].join('\n'));
    await page.fill('[data-testid=batch-limit]', '5');
    await page.click('[data-testid=batch-check]');
    await page.waitForSelector('[data-testid=batch-problems] .ok', WAIT);
    assert.equal(await page.locator('[data-testid=batch-results] tbody tr').count(), 6);

    // A wrong secret: every batch fails with the sandbox's signature error.
    await page.click('[data-testid=batch-send]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-results] tr[data-state=failed]').length === 6, null, WAIT);
    assert.match(await page.textContent('[data-testid=batch-results] tbody tr:first-child'), /2007/);

    // With the right secret, "retry failed" resends them; hold the third to stop in the middle.
    await setSecret(SECRET);
    await page.goto(`${server.url}/#/batch/serialNumberIssue`);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let seen = 0;
    await page.route(`**${SERIAL_PATH}`, async (route) => {
      if (++seen === 3) await held;
      await route.continue();
    });
    await page.click('[data-testid=batch-retry]');
    await page.waitForSelector('[data-testid=batch-results] tr[data-batch="2"][data-state=sending]', WAIT);
    await page.click('[data-testid=batch-stop]');
    release();
    await page.waitForSelector('[data-testid=batch-status]:has-text("已停止")', WAIT);
    const states = await page.locator('[data-testid=batch-results] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.state));
    assert.deepEqual(states, ['ok', 'ok', 'ok', 'failed', 'failed', 'failed']);
    await page.unroute(`**${SERIAL_PATH}`);
    await page.click('[data-testid=batch-retry]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-results] tr[data-state=ok]').length === 6, null, WAIT);
    assert.match(await page.textContent('[data-testid=batch-progress-text]'), /第 6 \/ 6 批 · 30 \/ 30 行已成功/);
  });

  test('a 100,000-line file is split, validated and sent in order without freezing the page', async () => {
    const LINES = 100_000;
    const csv = `customerProductCode,serialNumber\n${Array.from({ length: LINES }, (_, i) => `CAM-01,${unique}-${String(i).padStart(6, '0')}`).join('\n')}\n`;
    const fileBytes = Buffer.byteLength(csv);
    const received = new Map(); // serial number -> batch counts
    page.on('request', (request) => {
      if (!request.url().endsWith(SERIAL_PATH)) return;
      const body = JSON.parse(request.postData());
      for (const line of body.request.productList) received.set(line.serialNumber, [body.request.totalCount, body.request.currentCount, body.request.surPlusCount]);
    });

    await page.reload(); // a fresh page for the frame counter and the heap sampler
    await setSecret(SECRET);
    await page.goto(`${server.url}/#/batch/serialNumberIssue`);
    await page.waitForSelector('[data-testid=batch-file]', WAIT);
    // A frame counter and a heap sampler run in the page: a frozen page stops both.
    await page.evaluate(() => {
      window.frames_ = 0;
      const tick = () => {
        window.frames_++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // Live memory: each sample collects garbage first (strings of finished windows and batches).
      const live = () => {
        window.gc();
        return performance.memory.usedJSHeapSize;
      };
      window.heapBase_ = live();
      window.heapPeak_ = window.heapBase_;
      setInterval(() => (window.heapPeak_ = Math.max(window.heapPeak_, live())), 25);
    });
    // From a file on disk, as a user picks it: the browser reads it, not the page's heap.
    const csvPath = join(mkdtempSync(join(tmpdir(), 'batches-')), 'serials.csv');
    writeFileSync(csvPath, csv);
    await page.setInputFiles('[data-testid=batch-file]', csvPath);
    await page.fill('[data-testid=batch-limit]', '5000');
    await page.click('[data-testid=batch-check]');

    // While it works, the page keeps painting: every sample sees more frames than the one before.
    const samples = [];
    for (;;) {
      const sample = await page.evaluate(() => ({ frames: window.frames_, progress: document.querySelector('[data-testid=batch-progress-text]').textContent, done: !!document.querySelector('[data-testid=batch-problems] .ok, [data-testid=batch-problems] .bad') }));
      if (sample.done) break;
      samples.push(sample);
      await page.waitForTimeout(50);
    }
    const during = samples.filter((s) => /行/.test(s.progress));
    assert.ok(during.length >= 3, `sampled ${during.length} times while rows were being checked`);
    for (let i = 1; i < during.length; i++) assert.ok(during[i].frames > during[i - 1].frames, `frames advanced between samples ${i - 1} and ${i}`);
    assert.match(await page.textContent('[data-testid=batch-problems]'), /20 批全部校验通过/);

    // Send; hold batch 8 for the README's screenshot of a batch run in progress.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let seen = 0;
    await page.route(`**${SERIAL_PATH}`, async (route) => {
      if (++seen === 8) await held;
      await route.continue();
    });
    await page.click('[data-testid=batch-send]');
    await page.waitForSelector('[data-testid=batch-results] tr[data-batch="7"][data-state=sending]', WAIT);
    await page.evaluate(() => {
      document.querySelector('.batch-view .send-bar').scrollIntoView();
      window.scrollBy(0, -70); // below the sticky top bar
    });
    await page.screenshot({ path: `${SHOTS}portal-batches.png` });
    release();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-results] tr[data-state=ok]').length === 20, null, { timeout: 120_000 });
    await page.unroute(`**${SERIAL_PATH}`);

    // Every line arrived once, in batches whose counts add up.
    assert.equal(received.size, LINES);
    const perBatch = new Map([...received.values()].map(([total, current, left]) => [left, [total, current]]));
    assert.equal(perBatch.size, 20);
    assert.deepEqual([...perBatch.keys()].sort((a, b) => b - a), Array.from({ length: 20 }, (_, i) => LINES - 5000 * (i + 1)));
    for (const [total, current] of perBatch.values()) assert.deepEqual([total, current], [LINES, 5000]);
    const heap = await page.evaluate(() => window.heapPeak_ - window.heapBase_);
    assert.ok(heap < 3 * fileBytes, `the JS heap grew by ${heap} bytes for a ${fileBytes}-byte file`);
  });

  test('no console errors', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
