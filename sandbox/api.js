// The portal's view into the sandbox: GET /sandbox/api/info and GET /sandbox/api/callbacks.
// Secrets never leave the process: partners are listed by createBy and dataSource only, and an
// environment only says whether the gateway can sign for it.

import { TOLERANCE_SECONDS } from './checks.js';
import { sendJson } from './http.js';
import { isProduction, SANDBOX_ENV } from './upstreams.js';

export const API_PREFIX = '/sandbox/api/';

/**
 * @param {object} deps
 * @param {object} deps.config     from loadConfig()
 * @param {() => string} deps.selfUrl  this gateway's URL (the sandbox environment's host)
 * @param {() => number} deps.clock
 */
export function createApi({ config, store, selfUrl, clock }) {
  const info = {
    partners: config.partners.map(({ createBy, dataSource }) => ({ createBy, dataSource })),
    devices: config.devices,
    bodyLimit: config.bodyLimit,
    toleranceSeconds: TOLERANCE_SECONDS,
  };

  /** `sandbox` first, then the upstreams in configured order. */
  const environments = () => [
    { name: SANDBOX_ENV, host: selfUrl(), canSign: config.keys.has(SANDBOX_ENV), production: false },
    ...[...config.upstreams.values()].map(({ name, origin, prefix, hostname }) => ({
      name,
      host: origin + prefix,
      canSign: config.keys.has(name),
      production: isProduction(name, hostname),
    })),
  ];

  const routes = {
    info: () => ({ ...info, now: clock(), environments: environments() }),
    // Newest first; `since` (a seq) returns only what arrived or changed after it. A delivery
    // comes again with a new seq each time it is attempted (same `id`).
    callbacks: (url) => {
      const since = Number(url.searchParams.get('since') ?? 0) || 0;
      return { received: store.inbox.since(since), deliveries: store.callbacks.since(since) };
    },
  };

  return function handle(req, res, url) {
    const route = routes[url.pathname.slice(API_PREFIX.length)];
    if (!route) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'GET only' });
    return sendJson(res, 200, route(url));
  };
}
