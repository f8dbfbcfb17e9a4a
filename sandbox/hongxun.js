// The package, through its Node entry: the same code a partner's service uses to verify callbacks.
export {
  endpoints,
  requestSchema,
  validate,
  buildRequest,
  verifyRequest,
  formatTimestamp,
  parseTimestamp,
  parseResponse,
  HongxunError,
} from '../pkg/node.mjs';
