// Bounds on the connections a client can hold open. Timeouts end slow clients (headers, whole
// request, idle keep-alive); `maxConnections` caps them (past it Node closes a new connection at
// once). Before the cap is reached, each new connection evicts the oldest one that has not yet
// delivered a whole request, or failing that an idle keep-alive one, so a crowd of dribbling
// clients cannot keep ordinary requests out.

const SERVING = Symbol('request being served');
const SEEN = Symbol('has sent a request');

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
  const spare = Math.max(1, Math.floor(maxConnections / 10));
  const open = new Set(); // oldest first

  server.on('connection', (socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    if (open.size > maxConnections - spare) evictFor(socket);
  });
  server.on('request', (req, res) => {
    req.socket[SEEN] = true;
    req.socket[SERVING] = req;
    res.once('close', () => {
      if (req.socket[SERVING] === req) req.socket[SERVING] = null;
    });
  });

  function evictFor(newcomer) {
    const others = [...open].filter((s) => s !== newcomer);
    const slow = others.find((s) => !s[SEEN] || (s[SERVING] && !s[SERVING].complete));
    const victim = slow ?? others.find((s) => !s[SERVING]);
    victim?.destroy();
  }
}
