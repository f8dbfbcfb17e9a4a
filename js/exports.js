// Every name the package exports, once: each entry (browser, Node require, Node import) re-exports
// this module and adds only its own `init`.

export {
  endpoints,
  requestSchema,
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
export { HongxunError } from './errors.js';
export { parseResponse } from './response.js';
