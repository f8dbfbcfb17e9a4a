// What every portal end-to-end test shares: Debian's Chromium through playwright-core, the two
// screen sizes of issue 13, and axe-core run inside the page.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const WAIT = { timeout: 15_000 };
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Screenshots go to target/ on every run; `make screenshots` points SCREENSHOTS_DIR at docs/screenshots/. */
export const SHOTS = process.env.SCREENSHOTS_DIR
  ? `${process.env.SCREENSHOTS_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../target/screenshots/', import.meta.url));

export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page, into) {
  page.on('console', (m) => m.type() === 'error' && into.push(m.text()));
  page.on('pageerror', (e) => into.push(String(e)));
  return into;
}

/**
 * axe-core's serious and critical violations on the page as it is now, as readable lines.
 * The page's context must be made with `bypassCSP: true` (the script tag is inline).
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
