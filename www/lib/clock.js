// The browser's clock against the gateway's. A signature carries this browser's time and the
// server refuses one outside its window (±toleranceSeconds), so a skew is shown before a send
// fails. The gateway tells its time as `now` (epoch ms) in /sandbox/api/info.

/** Beyond this the portal warns (well inside the server's 10-minute window). */
export const SKEW_WARNING_MS = 60_000;

let skewMs = null; // browser minus gateway, ms; null until measured (or a gateway without `now`)
let toleranceSeconds = 600;
const listeners = new Set();

/** Reads /sandbox/api/info and measures the skew; resolves the info (null when unavailable). */
export async function readGatewayInfo() {
  let info;
  const sent = Date.now();
  try {
    const res = await fetch('/sandbox/api/info', { cache: 'no-store' });
    if (!res.ok) return null;
    info = await res.json();
  } catch {
    return null; // served by something other than the gateway
  }
  const received = Date.now();
  if (typeof info.toleranceSeconds === 'number') toleranceSeconds = info.toleranceSeconds;
  // The gateway read its clock somewhere during the round trip: take the middle.
  skewMs = typeof info.now === 'number' ? Math.round((sent + received) / 2 - info.now) : null;
  for (const fn of listeners) fn(skewMs);
  return info;
}

export function onSkewChange(fn) {
  listeners.add(fn);
}

/** Browser minus gateway in ms, or null when unknown. */
export function clockSkew() {
  return skewMs;
}

/** Whether the skew is large enough to warn about. */
export function skewed() {
  return skewMs !== null && Math.abs(skewMs) > SKEW_WARNING_MS;
}

/** The gateway's time now, as far as this browser can tell. */
export function gatewayNow() {
  return Date.now() - (skewMs ?? 0);
}

/** How long a signed timestamp is accepted, in seconds. */
export function tolerance() {
  return toleranceSeconds;
}
