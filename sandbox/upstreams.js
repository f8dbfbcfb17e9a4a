// Upstream environments: the Hongxun hosts the relay and /sign may reach, by name. They come only
// from the configuration (never from a request); `sandbox` is always one of them and means this
// gateway itself, so every relay feature works offline.

import { isLoopback } from './host-check.js';

export const SANDBOX_ENV = 'sandbox';

const NAME = /^[a-z0-9][a-z0-9_-]{0,31}$/;
/** Words that mark a test system in an environment's name or host name. */
const TEST_WORD = /(^|[^a-z])(sandbox|uat|test)([^a-z]|$)/;

/**
 * Reads `uat=https://uat.example.cn,prod=https://…` (HONGXUN_SANDBOX_UPSTREAMS) into
 * `{ uat: 'https://uat.example.cn', … }`, the shape of the config file's `upstreams`.
 */
export function parseUpstreamList(text) {
  const upstreams = {};
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new Error(`HONGXUN_SANDBOX_UPSTREAMS: "${item}" is not name=https://host`);
    const name = item.slice(0, eq).trim();
    if (Object.hasOwn(upstreams, name)) throw new Error(`HONGXUN_SANDBOX_UPSTREAMS: "${name}" is given twice`);
    upstreams[name] = item.slice(eq + 1).trim();
  }
  return upstreams;
}

/**
 * Checks the configured upstreams `{ name: baseUrl }` and returns them as a Map name →
 * `{ name, origin, prefix, hostname }` (http or https, no credentials, query or fragment; a
 * path in the URL becomes `prefix`, put before every relayed path).
 */
export function checkUpstreams(upstreams) {
  if (upstreams === null || typeof upstreams !== 'object' || Array.isArray(upstreams)) {
    throw new Error('upstreams must be an object { name: "https://host" }');
  }
  const checked = new Map();
  for (const [name, value] of Object.entries(upstreams)) {
    if (!NAME.test(name)) throw new Error(`upstream "${name}": a name is lower-case letters, digits, - and _`);
    if (name === SANDBOX_ENV) throw new Error(`upstream "${SANDBOX_ENV}" is the built-in sandbox and cannot be configured`);
    let base;
    try {
      base = new URL(value);
    } catch {
      throw new Error(`upstream "${name}": "${value}" is not a URL`);
    }
    if (!['http:', 'https:'].includes(base.protocol)) throw new Error(`upstream "${name}": only http and https URLs`);
    if (base.username || base.password || base.search || base.hash) {
      throw new Error(`upstream "${name}": no credentials, query or fragment in the URL`);
    }
    checked.set(name, { name, origin: base.origin, prefix: base.pathname.replace(/\/+$/, ''), hostname: base.hostname });
  }
  return checked;
}

/**
 * Production unless both the name and the host say test system (sandbox, uat, test, or a
 * loopback host): the portal asks before each send to a production environment.
 */
export function isProduction(name, hostname) {
  const testHost = isLoopback(hostname) || TEST_WORD.test(hostname.toLowerCase());
  return !(TEST_WORD.test(name) && testHost);
}

/** The upstream origins a page may connect to directly (for the CSP's connect-src). */
export function upstreamOrigins(upstreams) {
  return [...new Set([...upstreams.values()].map((u) => u.origin))];
}
