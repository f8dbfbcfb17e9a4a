// CORS for the routes a partner's own page may call (the sandbox API, /relay, /sign, Hongxun's
// paths, /openapi.json): only configured origins get CORS headers, each echoed back (never `*`),
// with `Vary: Origin` so that a cache never hands one origin's answer to another.

import { FAILURES, failure } from './failures.js';
import { sendJson } from './http.js';
import { ANSWER_FROM } from './relay.js';

const MAX_AGE_SECONDS = 600;

/** `http://localhost:*` → a test for origins; `*` stands for any port (or none). */
function matcher(pattern) {
  const anyPort = pattern.endsWith(':*');
  if (!anyPort) return (origin) => origin === pattern;
  const base = pattern.slice(0, -2);
  return (origin) => origin === base || (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1)));
}

/**
 * @param {string[]} patterns  configured origins (corsOrigins)
 * @param {() => string[]} ownOrigins  the gateway's own origins: the portal sends its Origin on a
 *   same-origin POST too. Not read from the Host header, which a DNS-rebinding page controls.
 */
export function createCors(patterns, ownOrigins) {
  const matchers = patterns.map(matcher);
  const allowed = (origin) => typeof origin === 'string' && matchers.some((m) => m(origin));
  const sameOrigin = (req) => ownOrigins().includes(req.headers.origin);

  /**
   * Adds the CORS headers an allowed origin gets; answers a preflight (OPTIONS). `methods` are
   * those of the route. Returns true when it answered.
   */
  function apply(req, res, methods) {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    const ok = allowed(origin);
    if (ok) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', ANSWER_FROM);
    }
    if (req.method !== 'OPTIONS') return false;
    if (origin !== undefined && !ok) {
      sendJson(res, 403, failure(FAILURES.originRefused, { detailZh: origin, detailEn: origin, value: { origin } }));
      return true;
    }
    res.writeHead(204, {
      Allow: `${methods.join(', ')}, OPTIONS`,
      ...(ok && {
        'Access-Control-Allow-Methods': methods.join(', '),
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': MAX_AGE_SECONDS,
      }),
    });
    res.end();
    return true;
  }

  /**
   * True when a browser page of an origin that is neither allowed nor the gateway's own sent
   * this request: /relay and /sign refuse it (CORS alone only hides the answer from the page).
   */
  function refuses(req) {
    const origin = req.headers.origin;
    return origin !== undefined && !allowed(origin) && !sameOrigin(req);
  }

  return { apply, refuses, allowed };
}
