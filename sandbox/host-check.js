// The Host header check against DNS rebinding: a page on another name that resolves to this
// machine must not reach the sandbox. Accepted: `<name>:<port>` for each configured host name,
// the address the sandbox is bound to, and the loopback names when it is bound to loopback or to
// every interface (a rebinding page sends its own name, never these).

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
// A URL's hostname brackets IPv6 ([::1]); a bind address does not (::1).
const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|::1|\[::1\])$/;
const WILDCARD_BIND = ['0.0.0.0', '::', ''];

/** A loopback host: a bind address or a URL's hostname (127.x.x.x, localhost, ::1). */
export function isLoopback(host) {
  return LOOPBACK.test(host);
}

/** Bound to every interface ('0.0.0.0', '::'). */
export function isWildcardBind(host) {
  return WILDCARD_BIND.includes(host);
}

/** @returns {Set<string>} the Host header values accepted (lower case) */
export function acceptedHosts({ host, allowedHosts = [] }, port) {
  const bound = host.includes(':') ? `[${host}]` : host;
  const names = [...allowedHosts];
  if (!WILDCARD_BIND.includes(host)) names.push(bound);
  if (isLoopback(host) || WILDCARD_BIND.includes(host)) names.push(...LOOPBACK_NAMES);
  const accepted = new Set();
  for (const name of names.map((n) => n.toLowerCase())) {
    accepted.add(`${name}:${port}`);
    if (port === 80) accepted.add(name); // browsers leave the default port out
  }
  return accepted;
}

/** True when the request's Host header is one of `accepted`. */
export function hostAccepted(req, accepted) {
  const value = req.headers.host;
  return typeof value === 'string' && accepted.has(value.toLowerCase());
}
