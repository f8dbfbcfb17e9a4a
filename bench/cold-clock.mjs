// Imported FIRST by each cold-start page (bench/cold-package.mjs, bench/cold-javascript.mjs): its
// evaluation marks when the page's bundle starts running, before the modules after it (ajv, the
// package's glue) are evaluated. performance.now() counts from the navigation's start.

export const scriptStart = performance.now();

/**
 * Publishes one load for bench/cold.mjs: `phases` (ms) as the page measured them, plus the time
 * to script start, the bundle's fetch, the total up to now (the first signature) and the bytes
 * the page transferred (document, bundle, .wasm).
 */
export function report(phases, body) {
  const total = performance.now();
  const [navigation] = performance.getEntriesByType('navigation');
  const resources = performance.getEntriesByType('resource');
  const bundle = resources.find((entry) => entry.initiatorType === 'script');
  window.__cold = {
    phases: { toScript: scriptStart, bundleFetch: bundle.responseEnd - bundle.startTime, ...phases, total },
    body,
    bytes: [navigation, ...resources].reduce((sum, entry) => sum + entry.transferSize, 0),
  };
}

export function fail(e) {
  window.__cold = { failed: String(e && e.stack ? e.stack : e) };
}
