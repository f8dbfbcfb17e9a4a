// The sandbox's log on stderr, rate-limited: at most LINES_PER_SECOND lines a second; past that,
// lines are only counted, and one line says how many were dropped. A flood of aborted clients or
// failing writes cannot flood the terminal or the disk behind it.

const LINES_PER_SECOND = 10;
const WINDOW_MS = 1000;

/** @param {{ write?: (text: string) => void, perSecond?: number }} options */
export function createLog({ write = (text) => process.stderr.write(text), perSecond = LINES_PER_SECOND } = {}) {
  let windowStart = 0;
  let printed = 0;
  let dropped = 0;
  let summary = null;

  function flush() {
    clearTimeout(summary);
    summary = null;
    if (dropped > 0) write(`sandbox: ${dropped} more log lines dropped (at most ${perSecond} a second)\n`);
    dropped = 0;
  }

  return function log(line) {
    const now = Date.now();
    if (now - windowStart >= WINDOW_MS) {
      flush();
      windowStart = now;
      printed = 0;
    }
    if (printed < perSecond) {
      printed += 1;
      write(`${line}\n`);
      return;
    }
    dropped += 1;
    if (!summary) {
      summary = setTimeout(flush, windowStart + WINDOW_MS - now);
      summary.unref();
    }
  };
}

/** An error in one line: its message and where it was thrown (a stack's first frame). */
export function oneLine(error) {
  if (!(error instanceof Error)) return String(error);
  const frame = error.stack?.split('\n').find((l) => l.trimStart().startsWith('at '))?.trim();
  return `${error.name}: ${error.message}${frame ? ` (${frame})` : ''}`.replace(/\s*\n\s*/g, ' ');
}

/** True when the request failed because its client went away before sending all of it. */
export function clientWentAway(req) {
  return req.destroyed && !req.complete;
}

/** The one line logged for a request that failed. */
export function requestFailure(req, error) {
  const what = `sandbox: ${req.method} ${String(req.url).slice(0, 200)}`;
  return clientWentAway(req) ? `${what}: client went away (${error?.code ?? error?.message ?? error})` : `${what}: ${oneLine(error)}`;
}

/** The process's log. */
export const log = createLog();
