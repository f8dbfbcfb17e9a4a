// Sandbox settings: built-in defaults, then an optional JSON config file, then environment
// variables (each later source wins). See docs/portal.md for every setting.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertPrivateMode, checkKeys, readWithMode } from './keys.js';
import { checkUpstreams, parseUpstreamList, SANDBOX_ENV } from './upstreams.js';
import { fileURLToPath } from 'node:url';

/** The largest body the gateway reads. The 1 MB serialNumberIssue batch fits with room to spare. */
export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

export const DEMO_PARTNER = Object.freeze({
  createBy: 'DEMO',
  dataSource: 'PORTAL',
  secret: 'sandbox-demo-secret',
});

export const DEMO_DEVICE = 'DEMO-WH';

/** Where `make run` keeps its state unless told otherwise (git-ignored). */
export const DEFAULT_DATA_FILE = fileURLToPath(new URL('../.sandbox/state.sqlite', import.meta.url));

const DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  bodyLimit: DEFAULT_BODY_LIMIT,
  // Where H→C callbacks go; null means the sandbox's own receiver.
  callbackUrl: null,
  // Pause between the callbacks that follow an order, so the portal shows them arriving.
  callbackDelayMs: 300,
  // The SQLite file that keeps state across restarts; ':memory:' keeps it in memory only.
  dataFile: DEFAULT_DATA_FILE,
  // A failed callback delivery is tried again after callbackRetryMs, doubling each time, until
  // callbackAttempts attempts were made; each attempt waits at most callbackTimeoutMs.
  callbackAttempts: 5,
  callbackRetryMs: 1000,
  callbackTimeoutMs: 10_000,
  // Connections: a cap, and how long a client may take to send its headers, its whole request,
  // and how long an idle keep-alive connection stays open.
  maxConnections: 1000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  // Host names (besides the bound address, and the loopback names on a loopback or wildcard bind)
  // accepted in the Host header; any other is refused with 421.
  allowedHosts: [],
  demoPartner: true,
  partners: [],
  devices: [DEMO_DEVICE],
  // The route the sandbox reports for an order: Appendix 3 node codes, checked against the
  // catalog's scanTypeCode enum at start (labels come from the catalog).
  routeScanTypeCodes: ['80', '81', '82', '001'],
  // Hongxun hosts reachable through /relay/<env> and /sign/<env>: { name: baseUrl }.
  upstreams: {},
  // Partner keys for /sign/<env>: { env: { createBy, dataSource, secret, warehouseCode? } }.
  keys: {},
  // Connect + answer, for one relayed call.
  relayTimeoutMs: 15_000,
  // The largest upstream answer the relay passes on.
  relayAnswerLimit: 16 * 1024 * 1024,
  // Browser origins allowed to call the API, the relay and /sign; `*` stands for any port.
  corsOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
  // Origins the portal page may call directly besides its own and the upstreams (CSP).
  connectOrigins: [],
  // One line per request on stdout.
  accessLog: true,
};

/**
 * Reads the configuration. `env` is normally `process.env`; `overrides` come from code (tests).
 * Every HONGXUN_SANDBOX_* variable and config-file key is described in docs/portal.md.
 */
export function loadConfig(env = process.env, overrides = {}) {
  const file = env.HONGXUN_SANDBOX_CONFIG ? readConfigFile(env.HONGXUN_SANDBOX_CONFIG) : {};
  const fromEnv = {};
  if (env.HONGXUN_SANDBOX_HOST) fromEnv.host = env.HONGXUN_SANDBOX_HOST;
  if (env.HONGXUN_SANDBOX_PORT) fromEnv.port = Number(env.HONGXUN_SANDBOX_PORT);
  if (env.HONGXUN_SANDBOX_DATA) fromEnv.dataFile = env.HONGXUN_SANDBOX_DATA;
  if (env.HONGXUN_SANDBOX_CALLBACK_URL) fromEnv.callbackUrl = env.HONGXUN_SANDBOX_CALLBACK_URL;
  if (env.HONGXUN_SANDBOX_PARTNERS) fromEnv.partners = parseJson(env.HONGXUN_SANDBOX_PARTNERS, 'HONGXUN_SANDBOX_PARTNERS');
  if (env.HONGXUN_SANDBOX_DEVICES) fromEnv.devices = list(env.HONGXUN_SANDBOX_DEVICES);
  if (env.HONGXUN_SANDBOX_UPSTREAMS) fromEnv.upstreams = parseUpstreamList(env.HONGXUN_SANDBOX_UPSTREAMS);
  if (env.HONGXUN_SANDBOX_KEYS) fromEnv.keys = readPrivateJson(env.HONGXUN_SANDBOX_KEYS, 'keys file');
  if (env.HONGXUN_SANDBOX_RELAY_TIMEOUT_MS) fromEnv.relayTimeoutMs = Number(env.HONGXUN_SANDBOX_RELAY_TIMEOUT_MS);
  if (env.HONGXUN_SANDBOX_CORS_ORIGINS) fromEnv.corsOrigins = list(env.HONGXUN_SANDBOX_CORS_ORIGINS);
  if (env.HONGXUN_SANDBOX_CONNECT_ORIGINS) fromEnv.connectOrigins = list(env.HONGXUN_SANDBOX_CONNECT_ORIGINS);
  if (env.HONGXUN_SANDBOX_ACCESS_LOG) fromEnv.accessLog = !['0', 'false', 'off', 'no'].includes(env.HONGXUN_SANDBOX_ACCESS_LOG.toLowerCase());
  if (env.HONGXUN_SANDBOX_ALLOWED_HOSTS) fromEnv.allowedHosts = list(env.HONGXUN_SANDBOX_ALLOWED_HOSTS);

  const config = { ...DEFAULTS, ...file, ...fromEnv, ...overrides };
  const demo = { ...DEMO_PARTNER, secret: env.HONGXUN_SANDBOX_DEMO_SECRET || DEMO_PARTNER.secret };
  config.partners = [...(config.demoPartner ? [demo] : []), ...config.partners].map(checkPartner);
  config.upstreams = checkUpstreams(config.upstreams);
  config.keys = checkKeys(config.keys, [SANDBOX_ENV, ...config.upstreams.keys()]);
  // The sandbox signs with its own first partner (the demo one) unless a key is configured.
  if (!config.keys.has(SANDBOX_ENV) && config.partners.length > 0) {
    const { createBy, dataSource, secret } = config.partners[0];
    config.keys.set(SANDBOX_ENV, { createBy, dataSource, secret, warehouseCode: config.devices[0] ?? null });
  }
  checkConfig(config);
  if (config.dataFile !== ':memory:') config.dataFile = resolve(config.dataFile);
  return config;
}

function list(text) {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The config file; when it holds keys, only its owner may read it. */
function readConfigFile(path) {
  const { mode, text } = readWithMode(resolve(path), 'config file');
  const config = parseJson(text, path);
  if (config?.keys !== undefined) assertPrivateMode(mode, resolve(path), 'config file (it holds keys)');
  return config;
}

/** A JSON file only its owner may read (the keys file). */
function readPrivateJson(path, what) {
  const { mode, text } = readWithMode(resolve(path), what);
  assertPrivateMode(mode, resolve(path), what);
  return parseJson(text, `${what} ${path}`);
}

/** Parses JSON; the error names the position only, since V8's message can quote the text (a secret). */
export function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = /position \d+/.exec(e.message);
    throw new Error(`${where}: not valid JSON${at ? ` (at ${at[0]})` : ''}`);
  }
}

function checkPartner(p) {
  for (const key of ['createBy', 'dataSource', 'secret']) {
    if (typeof p[key] !== 'string' || p[key] === '') {
      throw new Error(`partner ${p.createBy ?? '?'}: "${key}" must be a non-empty string`);
    }
  }
  if (p.callbackUrl != null) {
    const url = new URL(p.callbackUrl); // throws on a bad URL
    // The delivery log (GET /sandbox/api/callbacks) shows each URL called.
    if (url.username || url.password) throw new Error(`partner ${p.createBy}: callbackUrl must not carry a user name or password`);
  }
  return {
    createBy: p.createBy,
    dataSource: p.dataSource,
    secret: p.secret,
    callbackUrl: p.callbackUrl ?? null,
    // false: this partner's orders are kept but no callbacks are sent (load tests).
    callbacks: p.callbacks !== false,
  };
}

function checkConfig(c) {
  if (!Number.isInteger(c.port) || c.port < 0 || c.port > 65535) throw new Error(`port ${c.port} is not a TCP port`);
  if (!Number.isInteger(c.bodyLimit) || c.bodyLimit <= 0) throw new Error('bodyLimit must be a positive integer');
  if (c.callbackUrl != null) new URL(c.callbackUrl);
  if (!Number.isInteger(c.relayTimeoutMs) || c.relayTimeoutMs <= 0) throw new Error('relayTimeoutMs must be a positive integer');
  if (!Number.isInteger(c.relayAnswerLimit) || c.relayAnswerLimit <= 0) throw new Error('relayAnswerLimit must be a positive integer');
  for (const origin of [...c.corsOrigins, ...c.connectOrigins]) checkOrigin(origin);
  if (typeof c.dataFile !== 'string' || c.dataFile === '') throw new Error('dataFile must be a path or ":memory:"');
  checkInteger(c, 'callbackAttempts', 1, 20);
  for (const key of ['callbackRetryMs', 'callbackTimeoutMs', 'headersTimeoutMs', 'requestTimeoutMs', 'keepAliveTimeoutMs']) {
    checkInteger(c, key, 1, 3_600_000);
  }
  checkInteger(c, 'maxConnections', 1, 1_000_000);
  if (c.headersTimeoutMs > c.requestTimeoutMs) throw new Error('headersTimeoutMs must not exceed requestTimeoutMs');
  if (!Array.isArray(c.allowedHosts) || !c.allowedHosts.every((h) => typeof h === 'string' && h !== '')) {
    throw new Error('allowedHosts must be a list of host names');
  }
  const seen = new Set();
  for (const p of c.partners) {
    if (seen.has(p.createBy)) throw new Error(`partner createBy "${p.createBy}" is configured twice`);
    seen.add(p.createBy);
  }
}

/** `scheme://host[:port]`, the port possibly `*`: what CORS and the CSP compare against. */
function checkOrigin(origin) {
  if (!/^https?:\/\/[^/:@*\s]+(:(\d{1,5}|\*))?$/.test(origin)) {
    throw new Error(`"${origin}" is not an origin like http://localhost:5173 (a port may be *)`);
  }
}

function checkInteger(c, key, min, max) {
  if (!Number.isInteger(c[key]) || c[key] < min || c[key] > max) throw new Error(`${key} must be an integer from ${min} to ${max}`);
}
