// The public API over the raw wasm-bindgen exports. Requests cross the boundary as UTF-8 JSON
// (a JS value written as JSON.stringify writes it, by request-value.js: measured faster than
// passing object graphs), results come back as objects (serde-wasm-bindgen), and every failure
// leaves as a HongxunError.
//
// Each function reads all its arguments into plain values first (running any getter, toJSON or
// getTime of the caller's, which may call the package again), and only then encodes the request
// into the core's input buffer and calls the core: no re-entrant call can change its input.

import { failure, fromCore } from './errors.js';
import { HongxunError } from './hongxun-error.js';
import { bindMemory, encodeInput, forget, keptLayout, wasmMemory } from './core-memory.js';
import { count, fields, flag, instant, optionalText, requestInput, secretText, text } from './inputs.js';

/** A line count the server holds in a Java Integer. */
const MAX_COUNT = 2 ** 31 - 1;

let raw = null;
let isReady = () => false;
let reader = null;

/**
 * Binds the API to the raw exports of one WebAssembly instance; `isReady` says whether it has
 * been loaded (browsers and bundlers load it with `await init()`). Called once by each entry.
 * `builtText` reads what a build leaves in wasm memory (see src/wasm/body.rs): `forNode` asks
 * the core for Node's encodings (Latin-1 or UTF-16LE) rather than UTF-8, and
 * `read(memory, address, bytes, encoding)` makes the string.
 */
export function bindCore(rawExports, ready, builtText) {
  raw = rawExports;
  isReady = ready;
  reader = builtText;
  bindMemory(rawExports);
}

/** Runs one call into the core. */
function core(call) {
  if (!isReady()) throw failure('not_initialized');
  try {
    return call();
  } catch (thrown) {
    throw fromCore(thrown, () => {
      raw.__wbg_reset_state();
      forget();
    });
  }
}

/** Where the core finds an escaped unpaired surrogate (see `requestInput`). */
function locateLoneSurrogate(escaped) {
  try {
    core(() => raw.canonicalize(encodeInput(escaped)));
  } catch (e) {
    if (e.code === 'lone_surrogate') return e.path;
  }
  return null;
}

/** A request (a JS value or JSON text) as its JSON, put in by `encodeInput` just before the call. */
const json = (request) => requestInput(request, locateLoneSurrogate);

/** Checks a request against its catalog entry: `{ valid, errors, warnings }`. */
export function validate(id, request, checks) {
  const endpoint = text(id, 'id');
  const requestJson = json(request);
  const { strict, vehicle } = fields(checks, 'options', ['strict', 'vehicle']);
  const on = [flag(strict, 'strict', false), flag(vehicle, 'vehicle', false)];
  return core(() => raw.validate(endpoint, encodeInput(requestJson), ...on));
}

/** The exact request text the server hashes. */
export function canonicalize(request) {
  const requestJson = json(request);
  return core(() => raw.canonicalize(encodeInput(requestJson)));
}

/** Appendix 1: 32 lowercase hex digits over the canonical form of `request`. */
export function sign(pieces) {
  const read = fields(pieces, 'sign()', ['createBy', 'dataSource', 'secret', 'timestamp', 'request']);
  const who = [text(read.createBy, 'createBy'), text(read.dataSource, 'dataSource'), secretText(read.secret)];
  const timestamp = text(read.timestamp, 'timestamp');
  const requestJson = json(read.request);
  return core(() => raw.sign(...who, timestamp, encodeInput(requestJson)));
}

/**
 * Validates (unless `validate: false`), canonicalizes, stamps and signs a request; returns the
 * exact body to POST with `{ body, sign, timestamp, path, warnings, canonical, stringToSign }`
 * (`stringToSign` shows the secret as `***`).
 */
export function buildRequest(id, request, credentials, settings) {
  const endpoint = text(id, 'id');
  const requestJson = json(request);
  const who = fields(credentials, 'credentials', ['createBy', 'dataSource', 'secret', 'warehouseCode']);
  const how = fields(settings, 'options', ['now', 'validate', 'strict', 'vehicle']);
  const now = instant(how.now, 'now');
  // The checks, then whether the core writes the built text in Node's encodings (see bindCore).
  const switches = [
    flag(how.validate, 'validate', true),
    flag(how.strict, 'strict', false),
    flag(how.vehicle, 'vehicle', false),
    reader.forNode,
  ];
  // The device envelope (DWS) is the one keyed by warehouseCode; the core checks it fits the type.
  const built =
    who.warehouseCode === undefined
      ? buildSigned(endpoint, requestJson, who, now, switches)
      : buildDevice(endpoint, requestJson, text(who.warehouseCode, 'warehouseCode'), now, switches);
  return readBuilt(endpoint, built);
}

function buildSigned(endpoint, requestJson, { createBy, dataSource, secret }, now, switches) {
  const who = [text(createBy, 'createBy'), text(dataSource, 'dataSource'), secretText(secret)];
  return core(() => {
    raw.buildSigned(endpoint, encodeInput(requestJson), ...who, now, ...switches);
    return keptLayout();
  });
}

function buildDevice(endpoint, requestJson, warehouseCode, now, switches) {
  return core(() => {
    raw.buildDevice(endpoint, encodeInput(requestJson), warehouseCode, now, ...switches);
    return keptLayout();
  });
}

/**
 * Verifies a received body: `{ ok, errors, warnings, skewSeconds, toleranceSeconds, request }`:
 * `skewSeconds` is how far the body's timestamp is ahead of `now` (negative: behind; null when
 * unreadable), `toleranceSeconds` the window applied, `request` the received request text when
 * the envelope could be read.
 * `{ secret, createBy?, dataSource? }` checks a signed body (a `secret` member that is empty,
 * undefined or null throws `missing_secret`); `{ warehouseCode? }` (no secret) a DWS device body.
 */
export function verifyRequest(body, expected, settings) {
  const received = text(body, 'body');
  const who = fields(expected, 'expected', ['secret', 'createBy', 'dataSource', 'warehouseCode']);
  const signed = 'secret' in who || who.createBy !== undefined || who.dataSource !== undefined;
  const credentials = signed
    ? [secretText(who.secret), optionalText(who.createBy, 'createBy'), optionalText(who.dataSource, 'dataSource'), undefined]
    : [undefined, undefined, undefined, optionalText(who.warehouseCode, 'warehouseCode')];
  const how = fields(settings, 'options', ['endpoint', 'now', 'toleranceSeconds']);
  const endpoint = optionalText(how.endpoint, 'endpoint');
  const now = instant(how.now, 'now');
  const tolerance = seconds(how.toleranceSeconds, 'toleranceSeconds');
  const verification = core(() => raw.verifyRequest(encodeInput(received), ...credentials, endpoint, now, tolerance));
  // The core fails every body when the secret is empty; that is the receiver's own fault,
  // thrown as buildRequest and sign throw it.
  const refused = verification.errors.find((problem) => problem.code === 'missing_secret');
  if (refused) throw new HongxunError({ ...refused, path: null });
  return verification;
}

/**
 * Cuts a request whose lines are too many for one call into batches of at most `maxLines`
 * lines or `maxBytes` bytes of request text, each a valid request on its own (the type's count
 * fields filled in). The batches come in order, as JSON text when `request` was text, else as
 * JS values; `batches.lines` holds how many lines each carries. `linesBefore` / `linesTotal`
 * continue the counts of a list sent over several calls.
 */
export function splitBatches(id, request, limits) {
  const endpoint = text(id, 'id');
  const requestJson = json(request);
  const { maxLines, maxBytes, linesBefore, linesTotal } = fields(limits, 'options', ['maxLines', 'maxBytes', 'linesBefore', 'linesTotal']);
  if ((maxLines === undefined) === (maxBytes === undefined)) {
    throw failure('invalid_argument', { detail: 'give either maxLines or maxBytes', detailZh: '须给出 maxLines 或 maxBytes 之一' });
  }
  const byBytes = maxBytes !== undefined;
  const limit = byBytes ? count(maxBytes, 'maxBytes', 1) : count(maxLines, 'maxLines', 1);
  // The counts are Java Integers on the server (and usize in a wasm32 core): at most 2^31 - 1.
  const before = linesBefore === undefined ? 0 : count(linesBefore, 'linesBefore', 0, MAX_COUNT);
  const total = linesTotal === undefined ? undefined : count(linesTotal, 'linesTotal', 0, MAX_COUNT);
  // The batches one per line (canonical JSON holds no raw line break), then their line counts.
  const answer = core(() => raw.splitBatches(endpoint, encodeInput(requestJson), byBytes, limit, before, total));
  const cut = answer.lastIndexOf('\n');
  const lines = JSON.parse(answer.slice(cut + 1));
  const texts = lines.length ? answer.slice(0, cut).split('\n') : [];
  const batches = typeof request === 'string' ? texts : texts.map((t) => JSON.parse(t));
  return Object.assign(batches, { lines });
}

/** `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8), whatever the machine's time zone. */
export function formatTimestamp(date) {
  const ms = instant(date, 'date');
  return core(() => raw.formatTimestamp(ms));
}

/** Epoch milliseconds of a Beijing `yyyy-MM-dd HH:mm:ss` text; `bad_timestamp` unless real. */
export function parseTimestamp(timestamp) {
  const beijing = text(timestamp, 'timestamp');
  return core(() => raw.parseTimestamp(beijing));
}

/** The published path of each request type asked for so far (the core's, asked once per type). */
const paths = new Map();

function pathOf(endpoint) {
  if (!paths.has(endpoint)) paths.set(endpoint, raw.endpointPath(endpoint) ?? null);
  return paths.get(endpoint);
}

/**
 * The built request from the text the core kept in wasm memory and its `layout` (see
 * src/wasm/answer.rs `built`): the body, then the sign, the timestamp and the two ends of the
 * masked string to sign, cut by their lengths; `canonical` sliced out of the body, `stringToSign`
 * joined around it. JS engines slice and join long strings without copying them.
 */
function readBuilt(endpoint, layout) {
  // Read out of wasm memory before anything else can call the core and overwrite it.
  const address = layout[0];
  const bytes = layout[1];
  const encoding = layout[2];
  const canonicalStart = layout[3];
  const canonicalToBodyEnd = layout[4];
  const signed = layout[5];
  const warnings = layout[6];
  const lengths = [layout[7], layout[8], layout[9], layout[10]];
  const built = reader.read(wasmMemory(), address, bytes, encoding);
  let at = built.length - lengths[0] - lengths[1] - lengths[2] - lengths[3];
  const body = built.slice(0, at);
  const [sign, timestamp, before, after] = lengths.map((n) => built.slice(at, (at += n)));
  const canonical = body.slice(canonicalStart, body.length - canonicalToBodyEnd);
  return {
    body,
    sign: signed ? sign : null,
    timestamp,
    path: pathOf(endpoint),
    warnings: warnings ? raw.keptWarnings() : [],
    canonical,
    stringToSign: signed ? before + canonical + after : null,
  };
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
