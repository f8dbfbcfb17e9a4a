// Bounds on the connections a client can hold open. Timeouts end slow clients (headers, whole
// request, idle keep-alive); `maxConnections` caps them (past it Node closes a new connection at
// once, so accept() never runs out of file descriptors). Near the cap, a new connection evicts
// the oldest one that has not delivered a whole request in its first GRACE_MS (or failing that,
// an idle keep-alive one), so a crowd of dribbling clients cannot keep ordinary requests out: an
// ordinary request arrives whole with its connection, well within the grace.

const SERVING = Symbol('request being served');
const SEEN = Symbol('has sent a request');
const OPENED = Symbol('opened at');
/** How long a new connection is safe from eviction; also how often room is made at the cap. */
const GRACE_MS = 200;

/** Options for node:http createServer. */
export function serverOptions(config) {
  return {
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // How often the timeouts above are checked (Node's default, 30 s, would let them run late).
    connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
  };
}

export function guardConnections(server, { maxConnections }) {
  server.maxConnections = maxConnections;
  const roomy = maxConnections - Math.max(1, Math.floor(maxConnections / 10));
  const open = new Set(); // oldest first

  server.on('connection', (socket) => {
    socket[OPENED] = Date.now();
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    if (open.size > roomy) evictOne();
  });
  server.on('request', (req, res) => {
    req.socket[SEEN] = true;
    req.socket[SERVING] = req;
    res.once('close', () => {
      if (req.socket[SERVING] === req) req.socket[SERVING] = null;
    });
  });
  // At the cap no new connection arrives to make room: make it here.
  const sweep = setInterval(() => {
    while (open.size > roomy && evictOne());
  }, GRACE_MS);
  sweep.unref();
  server.once('close', () => clearInterval(sweep));

  /** Destroys one evictable connection; false when there is none. */
  function evictOne() {
    const old = Date.now() - GRACE_MS;
    let idle = null;
    for (const socket of open) {
      if (socket[OPENED] > old) break; // the rest are younger still
      const request = socket[SERVING];
      if (!socket[SEEN] || (request && !request.complete)) return evict(socket);
      if (!request) idle ??= socket;
    }
    return idle !== null && evict(idle);
  }

  function evict(socket) {
    open.delete(socket); // now: its 'close' event comes later
    socket.destroy();
    return true;
  }
}
