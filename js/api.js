// The public API over the raw wasm-bindgen exports. Requests cross the boundary as JSON text
// (a JS value is JSON.stringify'd here: measured faster than passing object graphs), small
// results come back as JSON text, and every failure leaves as a HongxunError.

// Written by the build from the catalog's generated descriptions (scripts/catalog-module.mjs).
import { ENDPOINTS_JSON, SCHEMA_JSON } from './catalog.js';
import { failure, fromCore } from './errors.js';
import { count, flag, instant, optionalText, options, requestText, text, utf8 } from './inputs.js';

export { HongxunError } from './errors.js';
export { parseResponse } from './response.js';

/**
 * The API bound to one set of raw exports. `isReady` says whether the WebAssembly instance has
 * been loaded (browsers and bundlers load it with `await init()`).
 */
export function bindApi(raw, isReady) {
  const restart = () => raw.__wbg_reset_state();

  /** Runs one call into the core. */
  function core(call) {
    if (!isReady()) throw failure('not_initialized');
    try {
      return call();
    } catch (thrown) {
      throw fromCore(thrown, restart);
    }
  }

  /** Where the core finds an escaped unpaired surrogate (see `requestText`). */
  function locateLoneSurrogate(escaped) {
    try {
      core(() => raw.canonicalize(utf8(escaped)));
    } catch (e) {
      if (e.code === 'lone_surrogate') return e.path;
    }
    return null;
  }

  /** A request (a JS value or JSON text) as the UTF-8 bytes of its JSON text. */
  const json = (request) => utf8(requestText(request, locateLoneSurrogate));

  /** Every request type: id, titles, group, direction, path, envelope and fields (a fresh copy). */
  function endpoints() {
    return JSON.parse(ENDPOINTS_JSON);
  }

  /** The JSON Schema (draft 2020-12) of a request type's `request` (a fresh copy). */
  function requestSchema(id) {
    const endpoint = text(id, 'id');
    if (!Object.hasOwn(SCHEMA_JSON, endpoint)) {
      throw failure('unknown_endpoint', { detail: `"${endpoint}"`, detailZh: `"${endpoint}"` });
    }
    return JSON.parse(SCHEMA_JSON[endpoint]);
  }

  /** Checks a request against its catalog entry: `{ valid, errors, warnings }`. */
  function validate(id, request, checks) {
    const endpoint = text(id, 'id');
    const requestUtf8 = json(request);
    const { strict, vehicle } = options(checks, 'options');
    const on = [flag(strict, 'strict', false), flag(vehicle, 'vehicle', false)];
    return JSON.parse(core(() => raw.validate(endpoint, requestUtf8, ...on)));
  }

  /** The exact request text the server hashes. */
  function canonicalize(request) {
    const requestUtf8 = json(request);
    return core(() => raw.canonicalize(requestUtf8));
  }

  /** Appendix 1: 32 lowercase hex digits over the canonical form of `request`. */
  function sign(pieces) {
    const { createBy, dataSource, secret, timestamp, request } = options(pieces, 'sign()');
    const args = [
      text(createBy, 'createBy'),
      text(dataSource, 'dataSource'),
      text(secret, 'secret'),
      text(timestamp, 'timestamp'),
      json(request),
    ];
    return core(() => raw.sign(...args));
  }

  /**
   * Validates (unless `validate: false`), canonicalizes, stamps and signs a request; returns the
   * exact body to POST with `{ body, sign, timestamp, path, warnings }`.
   */
  function buildRequest(id, request, credentials, settings) {
    const endpoint = text(id, 'id');
    const requestUtf8 = json(request);
    const who = options(credentials, 'credentials');
    const how = options(settings, 'options');
    const now = instant(how.now, 'now');
    const checks = [flag(how.validate, 'validate', true), flag(how.strict, 'strict', false), flag(how.vehicle, 'vehicle', false)];
    // The device envelope (DWS) is the one keyed by warehouseCode; the core checks it fits the type.
    const answer =
      who.warehouseCode === undefined
        ? buildSigned(endpoint, requestUtf8, who, now, checks)
        : buildDevice(endpoint, requestUtf8, text(who.warehouseCode, 'warehouseCode'), now, checks);
    const [meta, body] = splitAnswer(answer);
    return { body, sign: meta.sign, timestamp: meta.timestamp, path: meta.path, warnings: meta.warnings };
  }

  function buildSigned(endpoint, requestUtf8, { createBy, dataSource, secret }, now, checks) {
    const who = [text(createBy, 'createBy'), text(dataSource, 'dataSource'), text(secret, 'secret')];
    return core(() => raw.buildSigned(endpoint, requestUtf8, ...who, now, ...checks));
  }

  function buildDevice(endpoint, requestUtf8, warehouseCode, now, checks) {
    return core(() => raw.buildDevice(endpoint, requestUtf8, warehouseCode, now, ...checks));
  }

  /**
   * Verifies a received body: `{ ok, errors, warnings, request }`, where `request` is the
   * received request text when the envelope could be read. `{ secret, createBy?, dataSource? }`
   * checks a signed body; `{ warehouseCode? }` (no secret) a DWS device body.
   */
  function verifyRequest(body, expected, settings) {
    const received = utf8(text(body, 'body'));
    const { secret, createBy, dataSource, warehouseCode } = options(expected, 'expected');
    const device = secret === undefined && createBy === undefined && dataSource === undefined;
    const who = device
      ? [undefined, undefined, undefined, optionalText(warehouseCode, 'warehouseCode')]
      : [text(secret, 'secret'), optionalText(createBy, 'createBy'), optionalText(dataSource, 'dataSource'), undefined];
    const how = options(settings, 'options');
    const endpoint = optionalText(how.endpoint, 'endpoint');
    const now = instant(how.now, 'now');
    const tolerance = seconds(how.toleranceSeconds, 'toleranceSeconds');
    const [verification, request] = splitAnswer(core(() => raw.verifyRequest(received, ...who, endpoint, now, tolerance)));
    if (request !== undefined) verification.request = request;
    return verification;
  }

  /**
   * Cuts a request whose lines are too many for one call into batches of at most `maxLines`
   * lines or `maxBytes` bytes of request text, each a valid request on its own (the type's count
   * fields filled in). The batches come in order, as JSON text when `request` was text, else as
   * JS values; `batches.lines` holds how many lines each carries. `linesBefore` / `linesTotal`
   * continue the counts of a list sent over several calls.
   */
  function splitBatches(id, request, limits) {
    const endpoint = text(id, 'id');
    const requestUtf8 = json(request);
    const { maxLines, maxBytes, linesBefore, linesTotal } = options(limits, 'options');
    if ((maxLines === undefined) === (maxBytes === undefined)) {
      throw failure('invalid_argument', { detail: 'give either maxLines or maxBytes', detailZh: '须给出 maxLines 或 maxBytes 之一' });
    }
    const byBytes = maxBytes !== undefined;
    const limit = byBytes ? count(maxBytes, 'maxBytes', 1) : count(maxLines, 'maxLines', 1);
    const before = linesBefore === undefined ? 0 : count(linesBefore, 'linesBefore', 0);
    const total = linesTotal === undefined ? undefined : count(linesTotal, 'linesTotal', 0);
    const [lines, joined] = splitAnswer(core(() => raw.splitBatches(endpoint, requestUtf8, byBytes, limit, before, total)));
    const texts = lines.length ? joined.split('\n') : [];
    const batches = typeof request === 'string' ? texts : texts.map((t) => JSON.parse(t));
    return Object.assign(batches, { lines });
  }

  /** `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8), whatever the machine's time zone. */
  function formatTimestamp(date) {
    const ms = instant(date, 'date');
    return core(() => raw.formatTimestamp(ms));
  }

  /** Epoch milliseconds of a Beijing `yyyy-MM-dd HH:mm:ss` text; `bad_timestamp` unless real. */
  function parseTimestamp(timestamp) {
    const beijing = text(timestamp, 'timestamp');
    return core(() => raw.parseTimestamp(beijing));
  }

  return {
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
  };
}

/**
 * The core's answer with text attached: the text, a line break, then one line of JSON (compact
 * JSON holds no raw line break, so the last one is the cut). `slice` of a long string is O(1) in
 * JS engines: the text is not copied.
 */
function splitAnswer(answer) {
  const cut = answer.lastIndexOf('\n');
  return cut < 0 ? [JSON.parse(answer), undefined] : [JSON.parse(answer.slice(cut + 1)), answer.slice(0, cut)];
}

/** An optional non-negative number of seconds. */
function seconds(value, name) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw failure('invalid_argument', {
      detail: `${name} must be a non-negative number`,
      detailZh: `${name} 必须是非负数`,
    });
  }
  return value;
}
