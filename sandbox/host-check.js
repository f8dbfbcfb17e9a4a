// The Host header check against DNS rebinding: a page on another name that resolves to this
// machine must not reach the sandbox. Accepted: `<name>:<port>` for each configured host name,
// the address the sandbox is bound to, and the loopback names when it is bound to loopback or to
// every interface (a rebinding page sends its own name, never these).

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const LOOPBACK_BIND = /^(127(\.\d{1,3}){3}|localhost|::1)$/;
const WILDCARD_BIND = ['0.0.0.0', '::', ''];

/** Bound to every interface ('0.0.0.0', '::'). */
export function isWildcardBind(host) {
  return WILDCARD_BIND.includes(host);
}

/** @returns {Set<string>} the Host header values accepted (lower case) */
export function acceptedHosts({ host, allowedHosts = [] }, port) {
  const bound = host.includes(':') ? `[${host}]` : host;
  const names = [...allowedHosts];
  if (!WILDCARD_BIND.includes(host)) names.push(bound);
  if (LOOPBACK_BIND.test(host) || WILDCARD_BIND.includes(host)) names.push(...LOOPBACK_NAMES);
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
