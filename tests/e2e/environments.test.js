// Issue 9 §3 in Chromium: environments (sandbox, upstreams relayed by the gateway, a custom URL
// called from the page), signing in the browser or at the gateway, production confirmation, an
// upstream timeout, CORS from a second origin, and the secret remembered only encrypted.

import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { endpoints } from '../../pkg/catalog.mjs';
import { verifyRequest } from '../../pkg/node.mjs';
import { startSandboxProcess } from '../sandbox/process.js';
import { DESKTOP, SHOTS, WAIT, axeViolations, launchChromium, watchErrors } from './browser.js';

// The partner's key for "uat", typed into the page (browser signing)…
const PARTNER = { createBy: 'UATCO', dataSource: 'UATSYS', secret: 'uat-partner-secret-4711' };
// …and the key the gateway holds for "uat" (gateway signing), which the page must never see.
const GATEWAY_KEY = { createBy: 'GWCO', dataSource: 'GWSYS', secret: 'gateway-held-secret-0815' };
const SECOND_SECRET = 'second-sandbox-secret';

/**
 * Stands in for Hongxun's host: checks each envelope with the package's verifyRequest against the
 * key it knows for the envelope's createBy and answers as Hongxun does. Sends no CORS headers.
 * A request containing "HOLD" is never answered (the relay's timeout).
 */
function startFakeHongxun() {
  const received = [];
  const keys = new Map([PARTNER, GATEWAY_KEY].map((k) => [k.createBy, k]));
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ path: req.url, body });
      if (body.includes('HOLD')) return;
      let answer;
      try {
        const key = keys.get(JSON.parse(body).createBy);
        const verification = verifyRequest(body, { secret: key?.secret ?? 'unknown-partner', createBy: key?.createBy });
        answer = verification.ok
          ? { code: 200, message: '响应成功', flag: true, value: { acceptedBy: 'fake-hongxun', createBy: key.createBy } }
          : { code: 2007, message: '签名错误', flag: false };
      } catch {
        answer = { code: 1005, message: '请求体不是合法的 JSON', flag: false };
      }
      res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    received,
    close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
  })));
}

describe('portal environments', { timeout: 240_000 }, () => {
  let fake;
  let second; // another gateway on another loopback port: a custom URL that allows CORS
  let gateway;
  let browser;
  let dir;
  const errors = [];

  before(async () => {
    fake = await startFakeHongxun();
    second = await startSandboxProcess({ HONGXUN_SANDBOX_DEMO_SECRET: SECOND_SECRET, HONGXUN_SANDBOX_ACCESS_LOG: 'off' });
    dir = mkdtempSync(join(tmpdir(), 'portal-env-'));
    const keys = join(dir, 'keys.json');
    writeFileSync(keys, JSON.stringify({ uat: GATEWAY_KEY }));
    chmodSync(keys, 0o600);
    gateway = await startSandboxProcess({
      HONGXUN_SANDBOX_UPSTREAMS: `uat=${fake.url},prod=${fake.url}`,
      HONGXUN_SANDBOX_KEYS: keys,
      HONGXUN_SANDBOX_RELAY_TIMEOUT_MS: '1500',
      HONGXUN_SANDBOX_CONNECT_ORIGINS: `${second.url},${fake.url}`,
      HONGXUN_SANDBOX_ACCESS_LOG: 'off',
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await gateway?.stop();
    await second?.stop();
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function newPage(options = {}) {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN', ...options });
    watchErrors(page, errors);
    return page;
  }

  async function chooseEnv(page, name) {
    await page.selectOption('[data-testid=env]', name);
    await page.waitForSelector(`[data-testid=env] option[value="${name}"]:checked`, { ...WAIT, state: 'attached' });
  }

  async function saveSettings(page, fields) {
    await page.goto(`${gateway.url}/#/settings`);
    await page.waitForSelector('[data-testid=settings]', WAIT);
    for (const [id, value] of Object.entries(fields)) await page.fill(`#${id}`, value);
    await page.click('[data-testid=save-settings]');
    await page.waitForSelector('[data-testid=settings-status]:has-text("已保存")', WAIT);
  }

  /** A new page with `env` chosen and, when given, the partner's settings for it saved. */
  async function pageFor(env, fields, options) {
    const page = await newPage(options);
    await page.goto(`${gateway.url}/#/settings`);
    await chooseEnv(page, env);
    if (fields) await saveSettings(page, fields);
    return page;
  }

  async function sendStockQuery(page, marker = '') {
    await page.goto(`${gateway.url}/#/type/stockQuery`);
    await page.waitForSelector('[data-endpoint=stockQuery] [data-pointer="/inventoryCode"]', WAIT);
    if (marker) await page.fill('[data-endpoint=stockQuery] [data-pointer="/inventoryCode"]', marker);
    await page.waitForSelector('[data-testid=send][aria-disabled=false]', WAIT);
    await page.click('[data-testid=send]');
    await page.waitForSelector('article[data-endpoint=stockQuery] [data-testid=response]', { timeout: 20_000 });
  }

  test('each environment keeps its own partner; a send to "uat" goes through the relay to the upstream', async () => {
    const page = await pageFor('uat', PARTNER);
    await chooseEnv(page, 'sandbox');
    assert.equal(await page.inputValue('#createBy'), 'DEMO');
    await chooseEnv(page, 'uat');
    assert.equal(await page.inputValue('#createBy'), PARTNER.createBy);

    const posted = [];
    page.on('request', (r) => r.method() === 'POST' && posted.push(new URL(r.url()).pathname));
    const before = fake.received.length;
    await sendStockQuery(page, 'RELAY-1');
    assert.match(posted.at(-1), /^\/relay\/uat\//);
    const arrived = fake.received.slice(before);
    assert.equal(arrived.length, 1);
    assert.equal(arrived[0].path, posted.at(-1).replace('/relay/uat', ''));
    assert.equal(JSON.parse(arrived[0].body).createBy, PARTNER.createBy);
    assert.equal(await page.textContent('[data-testid=response-code]'), '200');
    assert.match(await page.textContent('article[data-endpoint=stockQuery] [data-testid=response]'), /fake-hongxun/);
    assert.equal(await page.textContent('[data-testid=send-env]'), '→ uat');

    // A type Hongxun publishes no path for exists only on the sandbox: not sent elsewhere.
    const unpublished = endpoints().find((e) => !e.callback && !e.path);
    await page.goto(`${gateway.url}/#/type/${unpublished.id}`);
    await page.waitForSelector('[data-testid=send-reason]:has-text("只有沙箱提供")', WAIT);
    assert.equal(await page.getAttribute('[data-testid=send]', 'aria-disabled'), 'true');
    await page.close();
  });

  test('signing at the gateway: the upstream gets a valid envelope and the page never holds the key', async () => {
    const page = await newPage();
    const seen = [];
    page.on('request', (r) => seen.push(`${r.method()} ${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`));
    page.on('response', async (r) => {
      try {
        seen.push(`${r.url()} ${JSON.stringify(await r.allHeaders())} ${await r.text()}`);
      } catch {
        // a redirect or an aborted load has no body
      }
    });
    await page.goto(`${gateway.url}/#/settings`);
    await chooseEnv(page, 'uat');
    await page.check('input[name=signAt][value=gateway]');
    await page.click('[data-testid=save-settings]');
    await page.waitForSelector('[data-testid=settings-status]:has-text("已保存")', WAIT);

    const before = fake.received.length;
    await sendStockQuery(page, 'GATEWAY-1');
    const arrived = fake.received.slice(before);
    assert.equal(arrived.length, 1);
    assert.equal(JSON.parse(arrived[0].body).createBy, GATEWAY_KEY.createBy);
    assert.equal(await page.textContent('[data-testid=response-code]'), '200');
    assert.match(await page.textContent('[data-testid=gateway-envelope]'), /"sign": "[0-9a-f]{32}"/);
    assert.ok(seen.some((line) => line.startsWith(`POST ${gateway.url}/sign/uat/stockQuery`)));
    await page.screenshot({ path: `${SHOTS}portal-gateway-signing.png` });

    // The key is nowhere the page can reach: DOM, storage, IndexedDB, any request or answer.
    const inPage = await page.evaluate(async () => {
      const dbs = await indexedDB.databases();
      const dumps = await Promise.all(dbs.map(({ name }) => new Promise((resolve) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          if (!stores.length) return resolve('');
          const tx = db.transaction(stores);
          Promise.all(stores.map((s) => new Promise((r) => { tx.objectStore(s).getAll().onsuccess = (e) => r(e.target.result); })))
            .then((all) => resolve(JSON.stringify(all)));
        };
        open.onerror = () => resolve('');
      })));
      return [document.documentElement.outerHTML, JSON.stringify(localStorage), JSON.stringify(sessionStorage), ...dumps].join('\n');
    });
    assert.ok(seen.length > 5);
    for (const text of [inPage, ...seen]) assert.ok(!text.includes(GATEWAY_KEY.secret), text.slice(0, 200));
    await page.close();
  });

  test('a production environment is in the warning colour and asks before each send', async () => {
    // bypassCSP: axe-core's script tag is inline (the CSP itself is tested with a custom URL).
    const page = await pageFor('prod', PARTNER, { bypassCSP: true });
    assert.match(await page.getAttribute('header.top', 'class'), /\bproduction\b/);
    assert.match(await page.textContent('[data-testid=env] option:checked'), /生产环境/);

    await page.goto(`${gateway.url}/#/type/stockQuery`);
    await page.waitForSelector('[data-testid=send][aria-disabled=false]', WAIT);
    assert.match(await page.getAttribute('[data-testid=send-env]', 'class'), /\bproduction\b/);
    assert.deepEqual(await axeViolations(page), [], 'the warning colours are readable');
    await page.evaluate(() => window.scrollTo(0, 0)); // axe scrolls while it checks contrast
    await page.screenshot({ path: `${SHOTS}portal-production.png` });
    const before = fake.received.length;
    // The question comes after the clock check, so the click returns before it: wait for it.
    const declined = new Promise((resolve) => page.once('dialog', (d) => d.dismiss().then(() => resolve(d.message()))));
    await page.click('[data-testid=send]');
    assert.match(await declined, /生产环境“prod”/);
    page.once('dialog', (d) => d.accept());
    await page.click('[data-testid=send]');
    await page.waitForSelector('article[data-endpoint=stockQuery] [data-testid=response]', WAIT);
    assert.equal(fake.received.length, before + 1, 'the declined send went nowhere; the accepted one went');
    await page.close();
  });

  test('an upstream that does not answer is a clear timeout message', async () => {
    const page = await pageFor('uat', PARTNER);
    await sendStockQuery(page, 'HOLD');
    assert.equal(await page.textContent('[data-testid=http-status]'), '504');
    assert.equal(await page.textContent('[data-testid=response-code]'), '6005');
    assert.match(await page.textContent('[data-testid=response-message]'), /上游超时未应答/);
    await page.close();
  });

  test('a custom URL is called from the page: across origins where CORS allows it, an honest message where not', async () => {
    const page = await pageFor('custom');
    // Another gateway on another loopback port: it allows this page's origin (CORS).
    await saveSettings(page, { customUrl: second.url, createBy: 'DEMO', dataSource: 'PORTAL', secret: SECOND_SECRET });
    const origins = [];
    page.on('request', (r) => r.method() === 'OPTIONS' || r.method() === 'POST' ? origins.push(`${r.method()} ${new URL(r.url()).origin}`) : null);
    await sendStockQuery(page);
    assert.ok(origins.includes(`POST ${second.url}`));
    assert.equal(await page.textContent('[data-testid=response-code]'), '200');

    // A host without CORS headers: the browser blocks the answer; the portal says why.
    await saveSettings(page, { customUrl: fake.url });
    await sendStockQuery(page);
    assert.match(await page.textContent('[data-testid=response-error]'), new RegExp(`${fake.url}.*CORS`));

    // A host the gateway's content security policy does not list.
    await saveSettings(page, { customUrl: 'http://127.0.0.1:9' });
    await sendStockQuery(page);
    assert.match(await page.textContent('[data-testid=response-error]'), /内容安全策略 CSP/);

    // A custom host that is not a sandbox, uat or test one is production, too.
    assert.doesNotMatch(await page.textContent('[data-testid=env] option:checked'), /生产环境/);
    await saveSettings(page, { customUrl: 'https://api.hongxunyun.cn' });
    assert.match(await page.textContent('[data-testid=env] option:checked'), /生产环境/);
    await page.close();
  });

  test('"remember on this device" keeps the secret encrypted; after a reload only the passphrase brings it back', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    watchErrors(page, errors);
    // An earlier version's plain-text copy is erased on first load, kept in memory only.
    await page.goto(`${gateway.url}/#/settings`);
    await page.evaluate(() => localStorage.setItem('hongxun.portal.secret', 'old-plain-secret'));
    await page.reload();
    await page.waitForSelector('[data-testid=settings]', WAIT);
    assert.equal(await page.evaluate(() => localStorage.getItem('hongxun.portal.secret')), null);
    assert.match(await page.textContent('[data-testid=secret-state]'), /16 个字符/);

    // Remember without a passphrase: refused, nothing stored.
    await page.fill('#secret', 'sandbox-demo-secret');
    await page.check('#remember');
    await page.click('[data-testid=save-settings]');
    await page.waitForSelector('[data-testid=settings-status]:has-text("口令")', WAIT);
    assert.equal(await page.evaluate(() => localStorage.getItem('hongxun.portal.vault')), null);

    await page.check('#remember');
    await page.fill('#passphrase', 'correct horse battery');
    await page.click('[data-testid=save-settings]');
    await page.waitForSelector('[data-testid=settings-status]:has-text("已保存")', WAIT);
    const vault = JSON.parse(await page.evaluate(() => localStorage.getItem('hongxun.portal.vault')));
    assert.equal(vault.kdf, 'PBKDF2-SHA-256');
    assert.ok(vault.iterations >= 600_000);
    assert.equal(Buffer.from(vault.salt, 'base64').length, 16);
    assert.equal(Buffer.from(vault.iv, 'base64').length, 12);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.ok(!stored.includes('sandbox-demo-secret'));

    await page.reload();
    await page.waitForSelector('[data-testid=vault-locked]', WAIT);
    assert.match(await page.textContent('[data-testid=secret-state]'), /未设置/);
    await page.goto(`${gateway.url}/#/type/stockQuery`);
    await page.waitForSelector('[data-testid=send-reason]:has-text("口令")', WAIT);
    await page.goto(`${gateway.url}/#/settings`);
    await page.fill('#unlock-passphrase', 'wrong passphrase');
    await page.click('[data-testid=unlock]');
    await page.waitForSelector('[data-testid=vault-locked]:has-text("口令不正确")', WAIT);
    await page.fill('#unlock-passphrase', 'correct horse battery');
    await page.click('[data-testid=unlock]');
    await page.waitForSelector('[data-testid=secret-state]:has-text("19 个字符")', WAIT);
    // Unlocked once, it signs for the rest of the session.
    await sendStockQuery(page);
    assert.equal(await page.textContent('[data-testid=response-code]'), '200');
    await context.close();
  });

  test('no console errors', () => {
    // The blocked cross-origin calls are reported by Chromium itself; everything else is an error.
    const unexpected = errors.filter((e) => !/CORS policy|Content Security Policy|Failed to load resource|Failed to fetch/.test(e));
    assert.deepEqual(unexpected, []);
  });
});
