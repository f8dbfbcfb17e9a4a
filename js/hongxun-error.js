// HongxunError on its own: the one error class of the package. It is a module of its own so that
// the hongxun-sign/catalog bundles can take it from the main entry beside them instead of
// bundling a second class (scripts/bundle.mjs), so `instanceof HongxunError` holds for both.

/** A failure of the package: stable `code`, JSON-pointer `path`, English `message`, `messageZh`. */
export class HongxunError extends Error {
  constructor({ code, path = null, message, messageZh, errors = [], diagnosis = null }, options) {
    super(message, options);
    this.name = 'HongxunError';
    this.code = code;
    this.path = path;
    this.messageZh = messageZh;
    /** Every problem found, for `invalid_request`; empty otherwise. */
    this.errors = errors;
    /** On `signature_mismatch`: the client mistake the signature matches. */
    this.diagnosis = diagnosis;
  }
}
