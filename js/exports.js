// Every name the package's main entry exports, once: each entry (browser, Node require, Node
// import) re-exports this module and adds only its own `init`. The catalog's descriptions are the
// subpath hongxun-sign/catalog (catalog.js).

export {
  validate,
  canonicalize,
  sign,
  buildRequest,
  verifyRequest,
  splitBatches,
  formatTimestamp,
  parseTimestamp,
} from './api.js';
export { createClient } from './client.js';
export { HongxunError } from './hongxun-error.js';
export { parseResponse } from './response.js';
