// The partner portal end to end: the sandbox in its own process on a free loopback port, and
// Debian's Chromium driven by playwright-core. Takes the README's screenshots on the way.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { endpoints } from '../../pkg/catalog.mjs';
import { canonicalize } from '../../pkg/node.mjs';
import { startSandboxProcess } from '../sandbox/process.js';
import { DESKTOP, PHONE, SHOTS, WAIT, launchChromium, saveSecret, watchErrors } from './browser.js';

const SECRET = 'e2e-demo-secret';

describe('partner portal', { timeout: 180_000 }, () => {
  let server;
  let browser;
  let page;
  const consoleErrors = [];
  const unique = `E2E-${Date.now()}`;

  before(async () => {
    server = await startSandboxProcess({ HONGXUN_SANDBOX_DEMO_SECRET: SECRET });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Europe/Berlin' });
    watchErrors(page, consoleErrors);
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const setSecret = (secret) => saveSecret(page, server.url, secret);

  async function openInOrder(customerNumber) {
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.waitForSelector('[data-endpoint=inOrder] [data-pointer="/customerNumber"]', WAIT);
    await page.fill('[data-pointer="/customerNumber"]', customerNumber);
  }

  test('settings take the demo partner from the sandbox; the secret is never shown', async () => {
    await page.goto(`${server.url}/#/settings`);
    await page.waitForSelector('#createBy', WAIT);
    assert.equal(await page.inputValue('#createBy'), 'DEMO');
    assert.equal(await page.inputValue('#dataSource'), 'PORTAL');
    await setSecret(SECRET);
    assert.equal(await page.inputValue('#secret'), '');
    assert.ok(!(await page.content()).includes(SECRET));
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage).includes('e2e-demo-secret')), false);
  });

  test('an inbound order made in the form is accepted, and its callbacks arrive verified', async () => {
    await openInOrder(`${unique}-IN`);
    // The JSON editor follows the form.
    assert.match(await page.inputValue('[data-testid=json-editor]'), new RegExp(`"customerNumber": "${unique}-IN"`));
    await page.waitForSelector('[data-testid=signature]', WAIT);
    const stringToSign = await page.textContent('[data-testid=string-to-sign]');
    assert.match(stringToSign, /^DEMO&PORTAL&\{.*\}&\*{3}&\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    assert.ok(!stringToSign.includes(SECRET));
    // The signature shown is MD5 of the string shown, with the secret in place of the mask.
    const md5 = createHash('md5').update(stringToSign.replace('&***&', `&${SECRET}&`)).digest('hex');
    assert.equal(await page.textContent('[data-testid=signature]'), md5);
    assert.match(await page.textContent('[data-testid=curl]'), /^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/dtc\/logistics\/inOrder'/);

    await page.click('[data-testid=send]');
    await page.waitForSelector('[data-testid=response-code]', WAIT);
    assert.equal(await page.textContent('[data-testid=response-code]'), '200');
    assert.equal(await page.textContent('[data-testid=http-status]'), '200');
    await page.screenshot({ path: `${SHOTS}portal-order-accepted.png` });

    await page.click('a[href="#/callbacks"]');
    const entry = (id) => `[data-testid=callbacks] details[data-endpoint=${id}]:has-text("${unique}-IN")`;
    await page.waitForSelector(entry('inOrderStatusConfirm'), WAIT);
    await page.waitForSelector(entry('inOrderConfirm'), WAIT);
    for (const id of ['inOrderStatusConfirm', 'inOrderConfirm']) {
      assert.match(await page.getAttribute(entry(id), 'class'), /\bgood\b/);
    }
    await page.click(`${entry('inOrderConfirm')} summary`);
    await page.screenshot({ path: `${SHOTS}portal-callbacks.png` });
  });

  test('a bad field shows its error under the field and blocks sending', async () => {
    await openInOrder(`${unique}-BAD`);
    await page.waitForSelector('[data-testid=send][aria-disabled=false]', WAIT);
    // A documented required field left empty: an error, and nothing can be sent.
    await page.fill('[data-pointer="/customerNumber"]', '');
    const required = page.locator('.field-error[data-for="/customerNumber"]');
    await required.waitFor(WAIT);
    assert.match(await required.textContent(), /customerNumber/);
    assert.equal(await page.getAttribute('[data-pointer="/customerNumber"]', 'aria-invalid'), 'true');
    assert.equal(await page.isDisabled('[data-testid=send]'), true);
    // The order lines are inferred (the page is cut off before them): a wrong type only warns.
    await page.fill('[data-pointer="/productList/0/quantity"]', 'twenty');
    await page.locator('.field-warning[data-for="/productList/0/quantity"]').waitFor(WAIT);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}portal-validation.png` });
    await page.fill('[data-pointer="/productList/0/quantity"]', '20');
    await page.fill('[data-pointer="/customerNumber"]', `${unique}-BAD`);
    await page.waitForSelector('[data-testid=send][aria-disabled=false]', WAIT);

    // A documented integer given text.
    await page.goto(`${server.url}/#/type/stockQuery`);
    await page.fill('[data-pointer="/pageSize"]', 'fifty');
    await page.locator('.field-error[data-for="/pageSize"]').waitFor(WAIT);
    assert.equal(await page.isDisabled('[data-testid=send]'), true);
  });

  test('form and JSON stay in sync: rows, date-times in Beijing time, edits of the JSON', async () => {
    await page.goto(`${server.url}/#/type/tmsOrder`);
    await page.waitForSelector('[data-endpoint=tmsOrder] [data-pointer="/customerNumber"]', WAIT);
    const json = async () => JSON.parse(await page.inputValue('[data-testid=json-editor]'));

    await page.fill('[data-pointer="/plannedDeliveryDate"]', '2026-12-01T09:30:15');
    assert.equal((await json()).plannedDeliveryDate, '2026-12-01 09:30:15');

    await page.click('fieldset[data-pointer="/productList"] > .add-row');
    await page.fill('[data-pointer="/productList/1/quantity"]', '1.50');
    assert.equal((await json()).productList.length, 2);
    assert.match(await page.inputValue('[data-testid=json-editor]'), /"quantity": 1\.50/); // the spelling is kept
    await page.click('fieldset[data-pointer="/productList/0"] > legend button');
    assert.deepEqual((await json()).productList.map((l) => l.quantity), [1.5]);

    const edited = { ...(await json()), customerNumber: `${unique}-JSON`, documentType: '20' };
    await page.fill('[data-testid=json-editor]', JSON.stringify(edited, null, 2));
    assert.equal(await page.inputValue('[data-pointer="/customerNumber"]'), `${unique}-JSON`);
    assert.equal(await page.inputValue('[data-pointer="/documentType"]'), '20');
    assert.match(await page.textContent('[data-pointer="/documentType"] option:checked'), /逆向运输/);
  });

  test('a wrong secret gets the sandbox signature error with its diagnosis', async () => {
    await setSecret('not-the-secret');
    await openInOrder(`${unique}-WRONG`);
    await page.waitForSelector('[data-testid=signature]', WAIT);
    await page.click('[data-testid=send]');
    await page.waitForSelector('[data-testid=response-code]', WAIT);
    assert.equal(await page.textContent('[data-testid=response-code]'), '2007');
    const message = await page.textContent('[data-testid=response-message]');
    assert.match(message, /签名错误/);
    assert.match(message, /Bad signature/);
    assert.match(message, /wrong secret key|密钥/);
    await setSecret(SECRET);
  });

  test('"Verify a callback" accepts a genuine body and flags a tampered one', async () => {
    const { received } = await (await fetch(`${server.url}/sandbox/api/callbacks`)).json();
    const genuine = received.find((e) => e.endpoint === 'inOrderStatusConfirm' && e.body.includes(`${unique}-IN`)).body;
    const tampered = genuine.replace(/"actualQuantity":\d+/, '"actualQuantity":1');
    assert.notEqual(tampered, genuine);

    await page.goto(`${server.url}/#/verify/inOrderStatusConfirm`);
    await page.fill('[data-testid=verify-body]', genuine);
    await page.click('[data-testid=verify]');
    await page.waitForSelector('[data-testid=verify-verdict]', WAIT);
    assert.match(await page.textContent('[data-testid=verify-verdict]'), /✓/);
    // The package's skew, in words: the callback was signed moments ago.
    assert.match(await page.textContent('[data-testid=timestamp-skew]'), /^签名时间比本机时钟[早晚] (\d+ 分 )?\d+ 秒（允许 ±600 秒）$/);

    await page.fill('[data-testid=verify-body]', tampered);
    await page.click('[data-testid=verify]');
    await page.waitForSelector('[data-testid=verify-verdict]:has-text("✗")', WAIT);
    assert.match(await page.getAttribute('tr[data-check=signature]', 'class'), /\bfail\b/);
    assert.match(await page.getAttribute('tr[data-check=timestamp]', 'class'), /\bok\b/);
    // The package's whole sentence leads, not the doctor's code.
    const finding = await page.textContent('[data-testid=problem-signature]');
    assert.match(finding, /^\/sign 签名不一致：很可能密钥错误，或请求在签名后被修改/);
    // Received and expected signatures side by side: the expected one is what the sandbox's
    // secret gives the tampered body, the received one is the genuine body's; never the secret.
    const tamperedBody = JSON.parse(tampered);
    const expected = createHash('md5')
      .update(`${tamperedBody.createBy}&${tamperedBody.dataSource}&${canonicalize(tamperedBody.request)}&${SECRET}&${tamperedBody.timestamp}`)
      .digest('hex');
    assert.equal(await page.textContent('[data-testid=received-sign]'), JSON.parse(genuine).sign);
    assert.equal(await page.textContent('[data-testid=expected-sign]'), expected);
    assert.ok(!(await page.textContent('[data-testid=verify-result]')).includes(SECRET));
    await page.screenshot({ path: `${SHOTS}portal-verify-tampered.png` });
  });

  test('a device call (dwsPackage) goes out unsigned with the warehouseCode from Settings', async () => {
    await page.goto(`${server.url}/#/type/dwsPackage`);
    await page.waitForSelector('[data-endpoint=dwsPackage] [data-testid=final-body]', WAIT);
    const body = JSON.parse(await page.textContent('[data-testid=final-body]'));
    assert.deepEqual(Object.keys(body).sort(), ['request', 'timestamp', 'warehouseCode']);
    assert.equal(body.warehouseCode, 'DEMO-WH');
    assert.match(await page.textContent('[data-testid=curl]'), /\/dtc\/sandbox\/dwsPackage'/);
    await page.click('[data-testid=send]');
    await page.waitForSelector('[data-endpoint=dwsPackage] [data-testid=response-code]', WAIT);
    assert.equal(await page.textContent('[data-endpoint=dwsPackage] [data-testid=response-code]'), '200');

    // The session's history has every call made so far, newest first.
    await page.goto(`${server.url}/#/history`);
    await page.waitForSelector('[data-testid=history] details.call', WAIT);
    const rows = await page.locator('[data-testid=history] details.call code.endpoint').allTextContents();
    assert.deepEqual(rows, ['dwsPackage', 'inOrder', 'inOrder']);
  });

  test('JSON syntax errors are shown once, in the language of the page', async () => {
    await page.goto(`${server.url}/#/type/stockQuery`);
    await page.waitForSelector('[data-endpoint=stockQuery] [data-testid=json-editor]', WAIT);
    await page.fill('[data-testid=json-editor]', '{"pageNo": 1,,}');
    await page.waitForSelector('[data-testid=validation-summary]:has-text("JSON 格式错误")', WAIT);
    const article = await page.textContent('article[data-endpoint=stockQuery]');
    assert.equal(article.split('JSON 格式错误').length - 1, 1, article);
    assert.doesNotMatch(article, /Unexpected|Expected|invalid JSON/);
  });

  test('English: every code list has its English labels', async () => {
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.click('[data-testid=lang]');
    await page.waitForSelector('h2:has-text("Create inbound order")', WAIT);
    await page.screenshot({ path: `${SHOTS}portal-english.png` });
    // Every code list of every form the portal draws.
    let lists = 0;
    for (const endpoint of endpoints().filter((e) => e.direction !== 'H→C')) {
      await page.goto(`${server.url}/#/type/${endpoint.id}`);
      await page.waitForSelector(`article[data-endpoint=${endpoint.id}] [data-testid=json-editor]`, WAIT);
      for (const select of await page.locator(`article[data-endpoint=${endpoint.id}] select[data-pointer]`).all()) {
        const pointer = await select.getAttribute('data-pointer');
        const field = pointer.split('/').slice(1).filter((s) => !/^\d+$/.test(s))
          .reduce((fields, name) => fields.find((f) => f.name === name).fields ?? fields.find((f) => f.name === name), endpoint.fields);
        if (!field.enum) continue; // a boolean
        const options = (await select.locator('option').allTextContents()).slice(1, 1 + field.enum.length);
        assert.deepEqual(options, field.enum.map((c) => `${c.code} — ${c.labelEn}`), `${endpoint.id} ${pointer}`);
        lists += 1;
      }
    }
    assert.ok(lists > 0, "code lists were drawn");
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.waitForSelector('h2:has-text("Create inbound order")', WAIT);
    await page.fill('[data-testid=json-editor]', '{"customerNumber": }');
    await page.waitForSelector('[data-testid=validation-summary]:has-text("invalid JSON at byte")', WAIT);
    await page.click('[data-testid=lang]');
    await page.waitForSelector('h2:has-text("入库单创建")', WAIT);

    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/#/type/inOrder`);
    await page.waitForSelector('[data-pointer="/customerNumber"]', WAIT);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    await page.screenshot({ path: `${SHOTS}portal-phone.png` });
    await page.setViewportSize(DESKTOP);
  });

  test('no console errors', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
