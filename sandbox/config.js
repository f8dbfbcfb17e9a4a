// Sandbox settings: built-in defaults, then an optional JSON config file, then environment
// variables (each later source wins). See docs/portal.md for every setting.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The largest body the gateway reads. The 1 MB serialNumberIssue batch fits with room to spare. */
export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

export const DEMO_PARTNER = Object.freeze({
  createBy: 'DEMO',
  dataSource: 'PORTAL',
  secret: 'sandbox-demo-secret',
});

export const DEMO_DEVICE = 'DEMO-WH';

const DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  bodyLimit: DEFAULT_BODY_LIMIT,
  // Where H→C callbacks go; null means the sandbox's own receiver.
  callbackUrl: null,
  // Pause between the callbacks that follow an order, so the portal shows them arriving.
  callbackDelayMs: 300,
  // Keep state in this JSON file across restarts; null keeps it in memory only.
  dataFile: null,
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
 *   HONGXUN_SANDBOX_DATA        data file
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
  if (env.HONGXUN_SANDBOX_DEVICES) fromEnv.devices = env.HONGXUN_SANDBOX_DEVICES.split(',').map((s) => s.trim()).filter(Boolean);

  const config = { ...DEFAULTS, ...file, ...fromEnv, ...overrides };
  const demo = { ...DEMO_PARTNER, secret: env.HONGXUN_SANDBOX_DEMO_SECRET || DEMO_PARTNER.secret };
  config.partners = [...(config.demoPartner ? [demo] : []), ...config.partners].map(checkPartner);
  checkConfig(config);
  return config;
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
  const seen = new Set();
  for (const p of c.partners) {
    if (seen.has(p.createBy)) throw new Error(`partner createBy "${p.createBy}" is configured twice`);
    seen.add(p.createBy);
  }
}
