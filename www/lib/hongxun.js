// The package's browser build, served by the sandbox from pkg/ at /pkg/.
import init, * as hongxun from '/pkg/index.js';

/** Loads the WebAssembly module once; resolves the package's API. */
export async function loadPackage() {
  await init();
  return hongxun;
}
