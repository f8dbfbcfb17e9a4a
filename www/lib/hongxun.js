// The package's browser build, served by the sandbox from pkg/ at /pkg/: its API, and the
// catalog's descriptions from its subpath hongxun-sign/catalog.
import init, * as hongxun from '/pkg/index.js';

export { endpoints } from '/pkg/catalog.js';

/** Loads the WebAssembly module once; resolves the package's API. */
export async function loadPackage() {
  await init();
  return hongxun;
}
