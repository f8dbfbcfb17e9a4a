// Issue 13.4: the signature's validity counts down, Send and copy sign afresh, and a browser
// clock off the gateway's by more than a minute is named before a send fails.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formatTimestamp, parseTimestamp } from '../../pkg/node.mjs';
import { startSandboxProcess } from '../sandbox/process.js';
import { DESKTOP, SHOTS, WAIT, launchChromium, watchErrors } from './browser.js';

const SECRET = 'clock-demo-secret';
const ELEVEN_MINUTES = 11 * 60_000;

/** An init script: this page's Date runs `offsetMs` off the machine's clock (timers stay real). */
function shiftClock(offsetMs) {
  const Real = Date;
  class Shifted extends Real {
    constructor(...args) {
      super(...(args.length ? args : [Real.now() + offsetMs]));
    }
    static now() {
      return Real.now() + offsetMs;
    }
  }
  globalThis.Date = Shifted;
}

describe('portal clock', { timeout: 180_000 }, () => {
  let server;
  let browser;
  const errors = [];

  before(async () => {
    server = await startSandboxProcess({ HONGXUN_SANDBOX_DEMO_SECRET: SECRET, HONGXUN_SANDBOX_ACCESS_LOG: 'off' });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openWithSecret(offsetMs = 0) {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    if (offsetMs) await context.addInitScript(shiftClock, offsetMs);
    const page = await context.newPage();
    watchErrors(page, errors);
    await page.goto(`${server.url}/#/settings`);
    await page.fill('#secret', SECRET);
    await page.click('[data-testid=save-settings]');
    await page.waitForSelector(`[data-testid=secret-state]:has-text("${SECRET.length}")`, WAIT);
    await page.goto(`${server.url}/#/type/stockQuery`);
    await page.waitForSelector('[data-testid=string-to-sign]', WAIT);
    return page;
  }

  const timestampOf = (stringToSign) => stringToSign.slice(stringToSign.lastIndexOf('&') + 1);
  const secondsLeft = async (page) => {
    const m = /剩余 (?:(\d+) 分 )?(\d+) 秒/.exec(await page.textContent('[data-testid=valid-until]'));
    return Number(m[1] ?? 0) * 60 + Number(m[2]);
  };

  test('the preview says until when its signature holds (Beijing time), and counts down', async () => {
    const page = await openWithSecret();
    const shown = await page.textContent('[data-testid=valid-until]');
    const timestamp = timestampOf(await page.textContent('[data-testid=string-to-sign]'));
    // The window is the gateway's toleranceSeconds (600) after the signed Beijing time.
    const until = formatTimestamp(parseTimestamp(timestamp) + 600_000).slice(-8);
    assert.match(shown, new RegExp(`^有效期至 ${until}（北京时间），剩余 \\d+ 分 \\d+ 秒$`));
    const first = await secondsLeft(page);
    await page.waitForFunction((s) => !document.querySelector('[data-testid=valid-until]').textContent.includes(s), shown.slice(-8), WAIT);
    assert.ok((await secondsLeft(page)) < first);
    await page.context().close();
  });

  test('copy and Send sign afresh: the copied body and the sent body carry a new timestamp', async () => {
    const page = await openWithSecret();
    const shown = timestampOf(await page.textContent('[data-testid=string-to-sign]'));
    // Wait for the next second of the clock, so that a fresh timestamp differs.
    const nextSecond = (timestamp) => page.waitForFunction((ms) => Date.now() >= ms, parseTimestamp(timestamp) + 1000, WAIT);
    await nextSecond(shown);
    await page.click('.block:has([data-testid=final-body]) button');
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.ok(parseTimestamp(copied.timestamp) > parseTimestamp(shown), `${copied.timestamp} after ${shown}`);
    assert.equal(copied.timestamp, timestampOf(await page.textContent('[data-testid=string-to-sign]')));

    const copiedAt = copied.timestamp;
    await nextSecond(copiedAt);
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/stockQuery'));
    await page.click('[data-testid=send]');
    const body = JSON.parse((await sent).postData());
    assert.ok(parseTimestamp(body.timestamp) > parseTimestamp(copiedAt), `${body.timestamp} after ${copiedAt}`);
    await page.waitForSelector('[data-testid=response-code]', WAIT);
    assert.equal(await page.textContent('[data-testid=response-code]'), '200');
    await page.context().close();
  });

  test('a browser clock 11 minutes fast is named on load and before a send', async () => {
    const page = await openWithSecret(ELEVEN_MINUTES);
    const banner = await page.textContent('#banner [data-testid=clock-warning]');
    assert.match(banner, /本机时钟比网关快 1[01] 分 \d+ 秒/);
    assert.match(await page.textContent('[data-testid=action-bar] [data-testid=clock-warning]'), /快 1[01] 分/);
    assert.match(await page.textContent('[data-testid=valid-until]'), /网关会拒绝此时间戳/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}portal-clock-skew.png` });
    // The warning came before the send; the server's refusal agrees with it.
    await page.click('[data-testid=send]');
    await page.waitForSelector('[data-testid=response-code]', WAIT);
    assert.equal(await page.textContent('[data-testid=response-code]'), '2006');
    await page.context().close();

    // Behind, in English.
    const behind = await openWithSecret(-3 * 60_000);
    await behind.click('[data-testid=lang]');
    await behind.waitForSelector('#banner [data-testid=clock-warning]:has-text("behind")', WAIT);
    assert.match(await behind.textContent('#banner [data-testid=clock-warning]'), /clock is [23] min \d+ s behind the gateway’s/);
    await behind.context().close();

    // A right clock: no warning.
    const right = await openWithSecret();
    assert.equal(await right.locator('[data-testid=clock-warning]').count(), 0);
    await right.context().close();
  });

  test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
