// Entry for Node's `import`: the CommonJS entry re-exported, so that a process mixing `import`
// and `require` shares one WebAssembly instance and one HongxunError class.

import api from './node.cjs';

export const {
  init,
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
  parseResponse,
  HongxunError,
} = api;

export default init;
