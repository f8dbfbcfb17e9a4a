// Small HTTP helpers shared by the gateway, the callback receiver and the portal's API:
// security headers, JSON answers, reading a body under a size limit.

/**
 * Sent on every response. The portal runs without inline scripts and without 'unsafe-eval';
 * WebAssembly compilation is the one exception it needs ('wasm-unsafe-eval'). The page may
 * connect to its own origin and to `connectOrigins` (the upstreams' origins plus the
 * `connectOrigins` setting, for calls sent directly from the page), nowhere else.
 */
export function securityHeaders(connectOrigins = []) {
  return Object.freeze({
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      ["connect-src 'self'", ...connectOrigins].join(' '),
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
}

/** The headers of JSON answers, which no page is built from: connect-src 'self' only. */
export const SECURITY_HEADERS = securityHeaders();

/** The answer `code` of each response, for the access log. */
export const answerCodes = new WeakMap();

export function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  if (value?.code !== undefined) answerCodes.set(res, value.code);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Past this many bytes beyond the limit the connection is dropped instead of drained. */
const DRAIN_CAP = 64 * 1024 * 1024;

/**
 * Reads the whole body as a Buffer. Resolves `{ tooLarge: true }` when it exceeds `limit` bytes:
 * the rest is read and discarded (so the client still gets an answer), up to DRAIN_CAP.
 */
export function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit + DRAIN_CAP) {
      resolve({ tooLarge: true, received: declared, closeAfter: true });
      return;
    }
    const chunks = [];
    let received = 0;
    req.on('data', (chunk) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > limit + DRAIN_CAP) req.destroy();
    });
    req.on('end', () => {
      resolve(received > limit ? { tooLarge: true, received } : { body: Buffer.concat(chunks, received) });
    });
    req.on('error', reject);
  });
}

/** True for `application/json`, with no charset or a UTF-8 one. */
export function isJsonContentType(header) {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((p) => p.startsWith('charset='));
  return !charset || ['utf-8', 'utf8'].includes(charset.slice('charset='.length).replace(/"/g, ''));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly; null when the bytes are not UTF-8. A leading BOM is dropped. */
export function decodeUtf8(buffer) {
  try {
    return utf8.decode(buffer);
  } catch {
    return null;
  }
}
