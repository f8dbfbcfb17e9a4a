// Sandbox settings: built-in defaults, then an optional JSON config file, then environment
// variables (each later source wins). See docs/portal.md for every setting.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
};

/**
 * Reads the configuration. `env` is normally `process.env`; `overrides` come from code (tests).
 * Environment variables:
 *   HONGXUN_SANDBOX_CONFIG      path of a JSON config file (same keys as DEFAULTS)
 *   HONGXUN_SANDBOX_HOST, HONGXUN_SANDBOX_PORT
 *   HONGXUN_SANDBOX_DATA        SQLite data file, or :memory:
 *   HONGXUN_SANDBOX_ALLOWED_HOSTS comma-separated host names accepted in the Host header
 *   HONGXUN_SANDBOX_CALLBACK_URL
 *   HONGXUN_SANDBOX_PARTNERS    JSON array of {createBy, dataSource, secret, callbackUrl?, callbacks?}
 *   HONGXUN_SANDBOX_DEVICES     comma-separated warehouseCodes allowed to send dwsPackage
 *   HONGXUN_SANDBOX_DEMO_SECRET secret of the demo partner (DEMO / PORTAL)
 */
export function loadConfig(env = process.env, overrides = {}) {
  const file = env.HONGXUN_SANDBOX_CONFIG ? readJsonFile(env.HONGXUN_SANDBOX_CONFIG) : {};
  const fromEnv = {};
  if (env.HONGXUN_SANDBOX_HOST) fromEnv.host = env.HONGXUN_SANDBOX_HOST;
  if (env.HONGXUN_SANDBOX_PORT) fromEnv.port = Number(env.HONGXUN_SANDBOX_PORT);
  if (env.HONGXUN_SANDBOX_DATA) fromEnv.dataFile = env.HONGXUN_SANDBOX_DATA;
  if (env.HONGXUN_SANDBOX_CALLBACK_URL) fromEnv.callbackUrl = env.HONGXUN_SANDBOX_CALLBACK_URL;
  if (env.HONGXUN_SANDBOX_PARTNERS) fromEnv.partners = parseJson(env.HONGXUN_SANDBOX_PARTNERS, 'HONGXUN_SANDBOX_PARTNERS');
  if (env.HONGXUN_SANDBOX_ALLOWED_HOSTS) fromEnv.allowedHosts = commaList(env.HONGXUN_SANDBOX_ALLOWED_HOSTS);
  if (env.HONGXUN_SANDBOX_DEVICES) fromEnv.devices = commaList(env.HONGXUN_SANDBOX_DEVICES);

  const config = { ...DEFAULTS, ...file, ...fromEnv, ...overrides };
  const demo = { ...DEMO_PARTNER, secret: env.HONGXUN_SANDBOX_DEMO_SECRET || DEMO_PARTNER.secret };
  config.partners = [...(config.demoPartner ? [demo] : []), ...config.partners].map(checkPartner);
  checkConfig(config);
  if (config.dataFile !== ':memory:') config.dataFile = resolve(config.dataFile);
  return config;
}

function commaList(text) {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

function readJsonFile(path) {
  return parseJson(readFileSync(resolve(path), 'utf8'), path);
}

function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${where}: not valid JSON (${e.message})`);
  }
}

function checkPartner(p) {
  for (const key of ['createBy', 'dataSource', 'secret']) {
    if (typeof p[key] !== 'string' || p[key] === '') {
      throw new Error(`partner ${p.createBy ?? '?'}: "${key}" must be a non-empty string`);
    }
  }
  if (p.callbackUrl != null) new URL(p.callbackUrl); // throws on a bad URL
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

function checkInteger(c, key, min, max) {
  if (!Number.isInteger(c[key]) || c[key] < min || c[key] > max) throw new Error(`${key} must be an integer from ${min} to ${max}`);
}
