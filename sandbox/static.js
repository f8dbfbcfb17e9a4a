// Static files: the portal (www/) at `/`, the package's build (pkg/) at `/pkg/` and the code the
// portal shares with the gateway (shared/) at `/shared/`.
// Only files inside those folders are served; everything is revalidated on each load.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';
import { FAILURES, failure } from './failures.js';
import { SECURITY_HEADERS, sendJson } from './http.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * @param {{ prefix: string, root: string }[]} mounts  URL prefix (ending in '/') → folder
 * @param {Record<string, string>} headers  security headers of the pages (their CSP)
 * @returns {(req, res, url) => Promise<boolean>} true when it answered
 */
export function createStatic(mounts, headers) {
  return async function serve(req, res, url) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = url.pathname === '/' ? '/index.html' : url.pathname;
    for (const { prefix, root } of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      const file = inside(root, safeDecode(pathname.slice(prefix.length)));
      if (!file || !(await isFile(file)) || !TYPES[extname(file)]) continue;
      sendFile(req, res, file, await readFile(file), headers);
      return true;
    }
    return false;
  };
}

/**
 * One file at one path (GET /openapi.json): read on each request, so a rebuild shows at once.
 * JSON answers carry the JSON security headers; a missing file is the gateway's 1001.
 */
export function createFile(file) {
  return async function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'GET only' });
    let body;
    try {
      body = await readFile(file);
    } catch {
      return sendJson(res, 404, failure(FAILURES.unknownPath, { detailZh: basename(file), detailEn: basename(file) }));
    }
    sendFile(req, res, file, body, SECURITY_HEADERS);
  };
}

function sendFile(req, res, file, body, headers) {
  res.writeHead(200, {
    ...headers,
    'Content-Type': TYPES[extname(file)],
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The decoded path, or '' (no file) when its %-escapes are malformed. */
function safeDecode(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
}

/** The file under `root`, or null when the path would leave it. */
function inside(root, relative) {
  const file = normalize(join(root, relative));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
