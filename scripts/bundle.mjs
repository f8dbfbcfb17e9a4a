// Bundles the package's entries with esbuild from the build's staging folder (js/ beside
// wasm-bindgen's glue and the generated catalog data), around ONE shared .wasm:
//   index.js     browsers and bundlers (ESM; `await init()` fetches the .wasm next to it)
//   node.cjs     Node `require` (compiles the .wasm synchronously on load; js/node.mjs re-exports it)
//   catalog.js   hongxun-sign/catalog for browsers and bundlers (ESM)
//   catalog.cjs  hongxun-sign/catalog for Node `require` (js/catalog.mjs re-exports it for `import`)
// The browser bundles are minified: they are what a page downloads (a bundler minifies them again
// anyway). The Node ones are not, so that stack traces and util.inspect name the package's code.
//
//   node scripts/bundle.mjs <staging dir> <pkg dir>

import { build } from 'esbuild';

const [work, pkg] = process.argv.slice(2);

/**
 * The catalog bundles take HongxunError from the main entry beside them (`entry`) rather than
 * bundling a second class: one class per page or process, whichever entry threw.
 */
const errorClassFrom = (entry) => ({
  name: 'error-class-from-main-entry',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/hongxun-error\.js$/ }, () => ({ path: entry, external: true }));
  },
});

const common = { bundle: true, logLevel: 'warning', legalComments: 'none' };
const browser = { ...common, format: 'esm', platform: 'neutral', minify: true };
const node = { ...common, format: 'cjs', platform: 'node' };
// The catalog's Chinese texts written as UTF-8 (3 bytes a character) rather than esbuild's
// default `\uXXXX` escapes (6): 0.9 KB less gzipped. (index.js's few gzip smaller escaped.)
const catalog = { entryPoints: [`${work}/catalog.js`], charset: 'utf8' };

await Promise.all([
  build({ ...browser, entryPoints: [`${work}/browser.js`], outfile: `${pkg}/index.js` }),
  build({
    ...node,
    entryPoints: [`${work}/node-cjs.js`],
    outfile: `${pkg}/node.cjs`,
    // The glue's default .wasm URL uses import.meta, unused here: node-cjs.js passes the bytes.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({ ...browser, ...catalog, outfile: `${pkg}/catalog.js`, plugins: [errorClassFrom('./index.js')] }),
  build({ ...node, ...catalog, outfile: `${pkg}/catalog.cjs`, plugins: [errorClassFrom('./node.cjs')] }),
]);
