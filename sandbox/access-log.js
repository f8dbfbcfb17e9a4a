// The access log: one line per request on stdout —
//   <ISO time> <method> <path> env=<env|-> status=<HTTP status> code=<answer code|-> <ms>ms
// Only the path (no query) is written, cut to 200 characters; never a header, a body, a sign or
// a secret. `env` is the <env> of /relay/<env>/… and /sign/<env>/….

import { answerCodes } from './http.js';

const PATH_LIMIT = 200;
const ENV_ROUTE = /^\/(?:relay|sign)\/([^/]*)/;

/**
 * Returns `(req, res) => void`, to call as each request arrives; it writes the line when the
 * response is finished (or the client went away). `write` takes the line (default: stdout).
 */
export function createAccessLog({ write = (line) => process.stdout.write(line), clock = Date.now } = {}) {
  return function logRequest(req, res) {
    const started = performance.now();
    res.once('close', () => {
      const path = printable(req.url.split(/[?#]/, 1)[0]).slice(0, PATH_LIMIT);
      const env = ENV_ROUTE.exec(path)?.[1] || '-';
      const status = res.writableFinished ? res.statusCode : '-';
      const code = printable(answerCodes.get(res) ?? '-').slice(0, 32);
      const ms = Math.round(performance.now() - started);
      write(`${new Date(clock()).toISOString()} ${printable(req.method)} ${path} env=${env} status=${status} code=${code} ${ms}ms\n`);
    });
  };
}

/** Keeps a line one line: anything but printable ASCII becomes `?`. */
function printable(text) {
  return String(text).replace(/[^\x21-\x7e]/g, '?');
}
