// Issue 13.1: the portal at desktop and phone sizes — the drawer of request types, the sticky
// action bar, the skip link, focus distinct from errors, keyboard access to why Send is disabled,
// and axe-core on every view at both sizes.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startSandboxProcess } from '../sandbox/process.js';
import { DESKTOP, PHONE, SHOTS, WAIT, axeViolations, launchChromium, watchErrors } from './browser.js';

const VIEWS = [
  ['#/type/inOrder', '[data-endpoint=inOrder] [data-testid=json-editor]'],
  ['#/verify/inOrderStatusConfirm', '[data-testid=verify-body]'],
  ['#/callbacks', '[data-testid=callbacks]'],
  ['#/history', '.history-view'],
  ['#/settings', '[data-testid=settings]'],
];
/** Views reached from a request type rather than the top bar: axe-core checks them too. */
const INNER_VIEWS = [['#/batch/serialNumberIssue', '[data-testid=batch-lines]']];

describe('portal layout and accessibility', { timeout: 240_000 }, () => {
  let server;
  let browser;
  const errors = [];

  before(async () => {
    server = await startSandboxProcess();
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(viewport, hash, ready, options = {}) {
    const page = await browser.newPage({ viewport, locale: 'zh-CN', bypassCSP: true, ...options });
    watchErrors(page, errors);
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector(ready, WAIT);
    return page;
  }

  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    for (const lang of ['zh', 'en']) {
      test(`axe-core: no serious or critical violation on any view (${size}, ${lang})`, async () => {
        const page = await open(viewport, VIEWS[0][0], VIEWS[0][1]);
        if (lang === 'en') {
          await page.click('[data-testid=lang]');
          await page.waitForSelector('html[lang=en]', WAIT);
        }
        for (const [hash, ready] of [...VIEWS, ...INNER_VIEWS]) {
          await page.goto(`${server.url}/${hash}`);
          await page.waitForSelector(ready, WAIT);
          assert.deepEqual(await axeViolations(page), [], `${hash} at ${size} in ${lang}`);
        }
        if (size === 'phone') {
          await page.click('[data-testid=menu]');
          await page.waitForSelector('#types.open', WAIT);
          assert.deepEqual(await axeViolations(page), [], `the open drawer in ${lang}`);
        }
        await page.close();
      });
    }
  }

  test('phone: the request types are a drawer that closes when a type or a view is chosen', async () => {
    const page = await open(PHONE, '#/type/inOrder', '[data-pointer="/customerNumber"]');
    assert.equal(await page.isVisible('#types'), false);
    // The form starts near the top, not below 30 request types.
    assert.ok((await page.locator('.request-view h2').boundingBox()).y < 250);

    await page.click('[data-testid=menu]');
    await page.waitForSelector('#types.open', WAIT);
    assert.equal(await page.getAttribute('[data-testid=menu]', 'aria-expanded'), 'true');
    // Focus moves into the drawer, on the current type.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.endpoint), 'inOrder');
    await page.screenshot({ path: `${SHOTS}portal-phone-drawer.png` });
    await page.click('#types a[data-endpoint=stockQuery]');
    await page.waitForSelector('[data-endpoint=stockQuery] [data-pointer="/pageSize"]', WAIT);
    assert.equal(await page.isVisible('#types'), false);
    assert.ok((await page.locator('.request-view h2').boundingBox()).y < 250);

    // Each of the other views starts at the top of the screen.
    for (const [hash, ready] of VIEWS.slice(1)) {
      await page.click(`.top .views a[href="${hash.replace(/\/inOrderStatusConfirm$/, '')}"]`);
      await page.waitForSelector(ready, WAIT);
      assert.ok((await page.locator('#view h2').first().boundingBox()).y < 250, hash);
    }

    // Escape closes the drawer and gives the focus back to its button.
    await page.click('[data-testid=menu]');
    await page.waitForSelector('#types.open', WAIT);
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#types'), false);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'menu');
    await page.close();
  });

  test('the action bar keeps Send on screen, and why it is disabled is reachable by keyboard', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(viewport, '#/type/inOrder', '[data-testid=send]');
      const onScreen = async () => {
        const box = await page.locator('[data-testid=send]').boundingBox();
        return box.y >= 0 && box.y + box.height <= viewport.height;
      };
      assert.ok(await onScreen(), 'at the top of the page');
      await page.locator('[data-pointer="/productList/0/quantity"]').scrollIntoViewIfNeeded();
      assert.ok(await onScreen(), 'in the middle of the form');

      // No secret yet: Send says so, stays focusable, and the reason is the next stop.
      assert.equal(await page.getAttribute('[data-testid=send]', 'aria-disabled'), 'true');
      assert.equal(await page.isDisabled('[data-testid=send]'), true);
      await page.focus('[data-testid=send]');
      await page.keyboard.press('Tab');
      const reason = await page.evaluate(() => document.activeElement.closest('[data-testid=send-reason]')?.textContent);
      assert.match(reason, /密钥/);
      const described = await page.evaluate(() => document.getElementById(document.querySelector('[data-testid=send]').getAttribute('aria-describedby')).textContent);
      assert.equal(described, reason);
      // Activating the reason takes the operator to where it is fixed.
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=settings]', WAIT);
      await page.close();
    }
  });

  test('the skip link is the first stop and moves the focus to the content', async () => {
    const page = await open(DESKTOP, '#/type/inOrder', '[data-testid=send]');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'skip');
    assert.ok((await page.locator('#skip').boundingBox()).y >= 0, 'visible when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view');
    assert.match(page.url(), /#\/type\/inOrder$/);
    await page.close();
  });

  test('the environment switcher keeps the keyboard focus while it switches', async () => {
    const page = await open(DESKTOP, '#/settings', '[data-testid=settings]');
    await page.focus('[data-testid=env]');
    await page.keyboard.press('ArrowDown'); // sandbox → custom URL: the view is redrawn for it
    await page.waitForSelector('#customUrl', WAIT);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'env');
    await page.keyboard.press('ArrowUp');
    await page.waitForSelector('#customUrl', { ...WAIT, state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'env');
    await page.close();
  });

  test('a focused field looks unlike an invalid one', async () => {
    const page = await open(DESKTOP, '#/type/inOrder', '[data-pointer="/customerNumber"]');
    await page.fill('[data-pointer="/customerNumber"]', '');
    await page.waitForSelector('[data-pointer="/customerNumber"][aria-invalid=true]', WAIT);
    const style = (selector) => page.$eval(selector, (el) => {
      const s = getComputedStyle(el);
      return { outline: `${s.outlineStyle} ${s.outlineColor}`, border: s.borderColor, background: s.backgroundColor };
    });
    await page.focus('[data-pointer="/supplierCode"]');
    await page.keyboard.press('Shift+Tab'); // keyboard focus, as :focus-visible sees it
    await page.keyboard.press('Tab');
    const focused = await style('[data-pointer="/supplierCode"]');
    await page.focus('[data-testid=json-editor]');
    const invalid = await style('[data-pointer="/customerNumber"]');
    assert.match(focused.outline, /^solid /);
    assert.match(invalid.outline, /^none /);
    assert.notEqual(focused.border, invalid.border);
    assert.notEqual(focused.outline.replace('solid ', ''), invalid.border);
    assert.notEqual(focused.background, invalid.background);
    await page.close();
  });

  test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
