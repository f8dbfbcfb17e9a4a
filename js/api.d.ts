
// ---------------------------------------------------------------------------------------------
// The API (hand-written in js/api.d.ts; the request interfaces above are generated).
// ---------------------------------------------------------------------------------------------

/** Stable error and problem codes (new ones may be added; match on the ones you handle). */
export type HongxunErrorCode =
  // canonical JSON
  | 'invalid_json'
  | 'not_a_container'
  | 'duplicate_key'
  | 'reserved_key'
  | 'lone_surrogate'
  | 'too_deep'
  | 'number_out_of_range'
  // signing and building
  | 'missing_secret'
  | 'bad_timestamp'
  | 'unknown_endpoint'
  | 'wrong_envelope'
  | 'invalid_request'
  // validation problems (errors or warnings)
  | 'required'
  | 'type'
  | 'enum'
  | 'format'
  | 'range'
  | 'rule'
  | 'unknown_field'
  // verifying
  | 'malformed_envelope'
  | 'missing_field'
  | 'timestamp_out_of_window'
  | 'credential_mismatch'
  | 'signature_mismatch'
  // splitting into batches
  | 'not_batchable'
  | 'no_lines'
  | 'line_too_large'
  // this package's JavaScript side
  | 'not_initialized'
  | 'invalid_argument'
  | 'unsupported_value'
  | 'malformed_response'
  | 'internal'
  // createClient calls
  | 'timeout'
  | 'network'
  | 'http_status'
  | 'aborted'
  | (string & {});

/** Which common client mistake a wrong signature matches (the signature doctor). */
export interface Diagnosis {
  /** e.g. `keys_not_sorted`, `keys_not_sorted+nulls_kept`, `utc_timestamp`, `wrong_secret`. */
  code: string;
  message: string;
  messageZh: string;
}

/** One problem in a request or a received body. */
export interface Problem {
  /** JSON pointer into the request (or the envelope for envelope problems); `""` for the whole. */
  path: string;
  code: HongxunErrorCode;
  message: string;
  messageZh: string;
  /** On `signature_mismatch`. */
  diagnosis?: Diagnosis | null;
  /** On `unknown_field`: the known field of the same object it is likely a typo of (`remakr` → `remark`). */
  suggestion?: string;
}

/** Every failure of the package. The secret never appears in it. */
export class HongxunError extends Error {
  readonly name: 'HongxunError';
  readonly code: HongxunErrorCode;
  /** JSON pointer to the offending place, or null where no place applies. */
  readonly path: string | null;
  readonly messageZh: string;
  /** For `invalid_request`: every problem found. Empty otherwise. */
  readonly errors: Problem[];
  /** For `signature_mismatch`. */
  readonly diagnosis: Diagnosis | null;
  /** On a failed `createClient` call: the attempts made. */
  readonly attempts?: number;
  /** On a failed `createClient` call: the last HTTP status received, or null. */
  readonly status?: number | null;
}

/**
 * A request as a JS value, or as JSON text (which keeps `1.50` and big integers exact). A JS value
 * is sent as `JSON.stringify` writes it: a `Date` becomes its ISO 8601 UTC text and `toJSON`
 * results are used; a value it would drop or change (NaN, ±Infinity, undefined in an array, a
 * function, a symbol, a BigInt, a Map or Set, an invalid Date) throws `unsupported_value`.
 */
export type RequestInput<K extends EndpointId> = RequestTypes[K] | string;

export interface ValidateOptions {
  /**
   * Report fields the catalog does not know as errors (`unknown_field`); inside objects the
   * documentation shows only in part they stay warnings. Default false: then only a likely typo
   * of a known field warns (with a `suggestion`).
   */
  strict?: boolean;
  /** A vehicle transport: vinCode, longitude and dimension become required on carrier route pushes. */
  vehicle?: boolean;
}

export interface ValidationReport {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

/** Appendix 1 credentials, issued by Hongxun. */
export interface SignedCredentials {
  createBy: string;
  dataSource: string;
  secret: string;
}

/** The DWS device envelope (`dwsPackage`): unsigned. */
export interface DeviceCredentials {
  warehouseCode: string;
}

export interface BuildOptions extends ValidateOptions {
  /** The instant to stamp (Beijing time is derived from it). Default: now. */
  now?: Date | number;
  /** Validate first and refuse an invalid request (`invalid_request`). Default true. */
  validate?: boolean;
}

export interface BuiltRequest {
  /** The exact body text to POST. */
  body: string;
  /** 32 lowercase hex digits; null for the unsigned device envelope. */
  sign: string | null;
  /** Beijing time, `yyyy-MM-dd HH:mm:ss`. */
  timestamp: string;
  /** The published path on Hongxun's host; null for callbacks and unpublished paths. */
  path: string | null;
  /** What validation found worth a look (inferred rules, formats). */
  warnings: Problem[];
  /** The request exactly as hashed (and as it stands in `body`). */
  canonical: string;
  /**
   * Appendix 1's string to sign, `createBy&dataSource&request&***&timestamp`, with the secret
   * shown as `***`; null for the unsigned device envelope.
   */
  stringToSign: string | null;
}

export interface SignInput {
  createBy: string;
  dataSource: string;
  secret: string;
  /** Beijing time, `yyyy-MM-dd HH:mm:ss` (see `formatTimestamp`). */
  timestamp: string;
  /** The request (a JS value or JSON text); it is canonicalized before hashing. */
  request: unknown;
}

/** A signed body is checked with the partner's secret. */
export interface VerifyExpected {
  secret: string;
  /** When given, the body's createBy must be exactly this. */
  createBy?: string;
  /** When given, the body's dataSource must be exactly this. */
  dataSource?: string;
}

/** A DWS device body `{warehouseCode, timestamp, request}` carries no signature. */
export interface VerifyDeviceExpected {
  /** When given, the body's warehouseCode must be exactly this. */
  warehouseCode?: string;
}

export interface VerifyOptions {
  /** Also validate the request as this request type. */
  endpoint?: EndpointId;
  /** The verifier's clock. Default: now. */
  now?: Date | number;
  /** Allowed clock difference in seconds. Default 600 (the server's 10 minutes). */
  toleranceSeconds?: number;
}

export interface Verification {
  /** Authentic, fresh and (if `endpoint` was given) valid. */
  ok: boolean;
  /** Each failure has its own code; on `signature_mismatch` the problem carries a `diagnosis`. */
  errors: Problem[];
  warnings: Problem[];
  /**
   * Seconds the body's timestamp is ahead of the verifier's clock (negative: behind), whether or
   * not within `toleranceSeconds`; null when there is no readable timestamp.
   */
  skewSeconds: number | null;
  /** The window applied, ± seconds (`toleranceSeconds` given, else the server's 600). */
  toleranceSeconds: number;
  /** The received request as JSON text, when the envelope could be read. */
  request?: string;
}

/** The server's answer: `flag` true on success. */
export interface HongxunResponse<V = unknown> {
  code: number;
  message: string;
  flag: boolean;
  value?: V | null;
}

export interface EnumCode {
  code: string;
  /** As published. */
  labelZh: string;
  /** This project's translation. */
  labelEn: string;
}

/** A field as `endpoints()` of hongxun-sign/catalog describes it, enough to render a form. */
export interface FieldInfo {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  /** Documented as required: an error when missing. */
  required: boolean;
  /** Inferred to be required ("usually sent (inferred)"): a warning when missing. */
  usuallySent?: boolean;
  descriptionZh: string;
  descriptionEn: string;
  provenance: 'documented' | 'inferred';
  enum?: EnumCode[];
  enumSet?: string;
  enumComplete?: boolean;
  /** Whether the code list applies as documented or is inferred (a value outside it then only warns). */
  enumProvenance?: 'documented' | 'inferred';
  format?: string;
  minimum?: number;
  /** For objects and arrays of objects: whether the documentation shows all their members. */
  complete?: boolean;
  /** For objects and arrays of objects. */
  fields?: FieldInfo[];
  rules?: unknown[];
}

/** A request type as `endpoints()` of hongxun-sign/catalog describes it. */
export interface EndpointInfo {
  id: EndpointId;
  titleZh: string;
  titleEn: string;
  group: 'order' | 'base' | 'carrier' | 'device';
  /** The documentation chapter, e.g. 客户订单接口 / Customer orders. */
  groupTitleZh: string;
  groupTitleEn: string;
  direction: 'C→H' | 'H→C' | 'Carrier→H' | 'Device→H';
  directionProvenance: 'documented' | 'inferred';
  path: string | null;
  pathProvenance: 'documented' | 'inferred';
  /** Hongxun calls the customer (`direction` H→C): there is no path on Hongxun's side. */
  callback: boolean;
  /** Where the sandbox gateway serves the call: `path`, or `/dtc/sandbox/<id>` when none is published; null for callbacks. */
  sandboxPath: string | null;
  envelope: 'signed' | 'device';
  shape: 'object' | 'array';
  /** Whether the documentation shows all the request's members (unknown ones may be real if not). */
  complete: boolean;
  fields: FieldInfo[];
  rules?: unknown[];
  /** For types whose lines may go in several calls (`splitBatches`). */
  batch?: BatchInfo;
  /** A valid sample request. */
  example: unknown;
}

/** Which top-level array holds a request type's lines, and the fields that count them. */
export interface BatchInfo {
  lines: string;
  /** Field names: lines in the whole list, in this call, still to send after this call. */
  counts?: { total: string; current: string; remaining: string };
}

/** One limit per batch, and optionally where the request's lines sit in a longer list. */
export type BatchOptions = ({ maxLines: number; maxBytes?: undefined } | { maxBytes: number; maxLines?: undefined }) & {
  /** Lines of the same list sent before this request's first one (default 0). */
  linesBefore?: number;
  /** Lines in the whole list (default: `linesBefore` plus this request's lines). */
  linesTotal?: number;
};

/** The batch requests in order; `lines[i]` is how many lines batch `i` carries. */
export type Batches<T> = T[] & { lines: number[] };

/**
 * Loads the WebAssembly module. Required once in browsers and bundlers before any other call;
 * a no-op in Node, where the module is loaded on import. `wasm` overrides where the .wasm is
 * fetched from (a URL, a Response, bytes or a compiled module).
 */
export function init(wasm?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
export default init;

/** Checks a request against its catalog entry. */
export function validate(id: EndpointId, request: unknown, options?: ValidateOptions): ValidationReport;

/** The exact request text the server hashes (fastjson, keys sorted, nulls left out). */
export function canonicalize(request: unknown): string;

/** Appendix 1: `MD5(createBy & dataSource & canonical request & secret & timestamp)`, lowercase hex. */
export function sign(input: SignInput): string;

/**
 * Validates, canonicalizes, stamps with Beijing time and signs a request; returns the exact body.
 * Throws `HongxunError` (`invalid_request` with `errors`, or a canonical-JSON code).
 */
export function buildRequest<K extends EndpointId>(
  id: K,
  request: RequestInput<K>,
  credentials: SignedCredentials | DeviceCredentials,
  options?: BuildOptions,
): BuiltRequest;

/**
 * Verifies a received body: envelope, credentials, ±10-minute window (a warning for device bodies,
 * whose time rules are inferred), signature (signed bodies),
 * and the request schema when `options.endpoint` is given.
 */
export function verifyRequest(
  body: string,
  expected: VerifyExpected | VerifyDeviceExpected,
  options?: VerifyOptions,
): Verification;

/**
 * Cuts a request into batches of at most `maxLines` lines or `maxBytes` bytes of (canonical)
 * request text, each valid on its own: every other member repeated, count fields such as
 * serialNumberIssue's `totalCount` / `currentCount` / `surPlusCount` filled in. JSON text in,
 * JSON text out; a JS value in, JS values out. Throws `not_batchable`, `no_lines`,
 * `line_too_large` (with the line's path) or a canonical-JSON code.
 */
export function splitBatches<K extends EndpointId>(id: K, request: string, options: BatchOptions): Batches<string>;
export function splitBatches<K extends EndpointId>(id: K, request: RequestTypes[K], options: BatchOptions): Batches<RequestTypes[K]>;

/** `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8), whatever the machine's time zone. */
export function formatTimestamp(date: Date | number): string;

/** Epoch milliseconds of a Beijing `yyyy-MM-dd HH:mm:ss` text; throws `bad_timestamp` unless it is a real time. */
export function parseTimestamp(timestamp: string): number;

/** Reads the server's answer; throws `HongxunError` `malformed_response` if it is not one. */
export function parseResponse<V = unknown>(text: string): HongxunResponse<V>;

export interface ClientSettings {
  /**
   * Where requests go: Hongxun's host (the request's published path is appended), the gateway's
   * relay (`http://127.0.0.1:8787/relay/uat`), or with `signAt: 'gateway'` its signing route
   * (`http://127.0.0.1:8787/sign/uat`, the request type's id is appended).
   */
  baseUrl: string;
  /**
   * Required when signing here (the default); refused with `signAt: 'gateway'`. Device bodies
   * (dwsPackage) have no published path to call: build them with `buildRequest`.
   */
  credentials?: SignedCredentials;
  /** Per attempt, from sending to the whole answer read. Default 10 000. */
  timeoutMs?: number;
  /** Further attempts after the first. Default 2. */
  retries?: number;
  /** Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** `'client'` (default): built and signed here. `'gateway'`: the gateway signs; no secret here. */
  signAt?: 'client' | 'gateway';
  /** Test hooks: the jitter's random source, the backoff wait, the clock (epoch ms). */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface CallOptions {
  /** Cancels at once, also during a backoff wait (rejects with `aborted`). */
  signal?: AbortSignal;
  /**
   * Repeat the call after a timeout or a reset once it was sent. Default false: a create may
   * already have landed.
   */
  idempotent?: boolean;
}

/** The server's answer to a call, whether `flag` is true or false. */
export interface ClientAnswer<V = unknown> extends HongxunResponse<V> {
  /** The HTTP status of the answer (the upstream's, through the gateway). */
  status: number;
  attempts: number;
  /** With `signAt: 'gateway'`: the envelope the gateway signed and sent (no secret in it). */
  envelope?: { createBy?: string; dataSource?: string; warehouseCode?: string; request: unknown; sign?: string; timestamp: string };
}

export interface HongxunClient {
  /**
   * Builds, signs and POSTs a request, retrying what is safe to retry; resolves with the answer
   * (a business refusal included), rejects with `HongxunError` (`timeout`, `network`,
   * `http_status`, `malformed_response`, `aborted`, or what `buildRequest` refuses).
   */
  call<K extends EndpointId, V = unknown>(id: K, request: RequestInput<K>, options?: CallOptions): Promise<ClientAnswer<V>>;
}

/** A client for Hongxun's API (or the gateway's relay or /sign). Checks its settings now. */
export function createClient(settings: ClientSettings): HongxunClient;
