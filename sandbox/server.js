// Puts the sandbox together: gateway (Hongxun's API), callback sender and receiver, the
// portal's API, the relay and signing at the gateway, the OpenAPI document and the portal's
// static files, on one node:http server. The route table below is the gateway's map.

import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createAccessLog } from './access-log.js';
import { createApi, API_PREFIX } from './api.js';
import { createSender } from './callback-sender.js';
import { guardConnections, serverOptions } from './connections.js';
import { createCors } from './cors.js';
import { FAILURES, failure } from './failures.js';
import { createFlows } from './flows/index.js';
import { createGateway } from './gateway.js';
import { endpoints, formatTimestamp } from './hongxun.js';
import { acceptedHosts, hostAccepted, isWildcardBind } from './host-check.js';
import { securityHeaders, sendJson } from './http.js';
import { log, requestFailure } from './log.js';
import { createReceiver, RECEIVER_PREFIX } from './receiver.js';
import { createRelay, RELAY_PREFIX } from './relay.js';
import { createSigner, SIGN_PREFIX } from './signer.js';
import { createFile, createStatic } from './static.js';
import { Store } from './store.js';
import { excerpt } from './store-inbox.js';
import { upstreamOrigins } from './upstreams.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts a sandbox with a configuration from loadConfig(). `clock` (epoch ms) is injectable;
 * `accessLog` takes each access-log line (default: stdout, when `config.accessLog`).
 * Resolves `{ url, receiverUrl, store, close() }` once it listens.
 */
export async function startSandbox(config, { clock = Date.now, accessLog } = {}) {
  const catalog = endpoints();
  const store = new Store({ dataFile: config.dataFile, onNotice: (line) => log(`sandbox: ${line}`) });
  let url = null;
  let ownOrigins = [];
  const receiverUrl = () => `${url}${RECEIVER_PREFIX.slice(0, -1)}`;
  const formatTime = (ms) => formatTimestamp(new Date(ms));
  const sender = createSender({
    store,
    partners: config.partners,
    receiverUrl,
    callbackUrl: config.callbackUrl,
    delayMs: config.callbackDelayMs,
    retry: { attempts: config.callbackAttempts, retryMs: config.callbackRetryMs, timeoutMs: config.callbackTimeoutMs },
    onChainDone: (orderId) => flows.chainDone(orderId),
    log,
    clock,
  });
  const flows = createFlows({ catalog, store, sender, clock, formatTime, routeScanTypeCodes: config.routeScanTypeCodes });
  const common = { catalog, partners: config.partners, bodyLimit: config.bodyLimit, clock };
  const gateway = createGateway({ ...common, devices: config.devices, flows });
  const receiver = createReceiver({ ...common, store, log });
  let accepted = new Set(); // Host header values, known once the port is
  const selfUrl = () => url;
  const api = createApi({ config, store, selfUrl, clock });
  const relay = createRelay({
    upstreams: config.upstreams,
    selfUrl,
    bodyLimit: config.bodyLimit,
    timeoutMs: config.relayTimeoutMs,
    answerLimit: config.relayAnswerLimit,
  });
  const signer = createSigner({ ...common, keys: config.keys, relay });
  const cors = createCors(config.corsOrigins, () => ownOrigins);
  const pageHeaders = securityHeaders([...upstreamOrigins(config.upstreams), ...config.connectOrigins]);
  const serveStatic = createStatic(
    [
      { prefix: '/pkg/', root: `${ROOT}pkg` },
      { prefix: '/shared/', root: `${ROOT}shared` },
      { prefix: '/', root: `${ROOT}www` },
    ],
    pageHeaders,
  );
  const openApi = createFile(`${ROOT}generated/openapi.json`);
  const logRequest = config.accessLog || accessLog ? createAccessLog({ write: accessLog, clock }) : null;

  // Each route: where (a path prefix, or an exact path), its methods (for CORS; null: no CORS,
  // server-to-server only) and its handler. Then the portal's files; the rest is Hongxun's API.
  const routes = [
    { prefix: API_PREFIX, methods: ['GET'], handle: api },
    { prefix: RELAY_PREFIX, methods: ['POST'], handle: relay.handle },
    { prefix: SIGN_PREFIX, methods: ['POST'], handle: signer },
    { path: '/openapi.json', methods: ['GET'], handle: openApi },
    { prefix: RECEIVER_PREFIX, methods: null, handle: receiver },
  ];
  const hongxunApi = { methods: ['POST'], handle: gateway };

  async function route(req, res) {
    let target;
    try {
      target = new URL(`http://sandbox${req.url}`);
    } catch {
      return sendJson(res, 400, { error: 'bad request target' });
    }
    const { pathname } = target;
    let found = routes.find((r) => (r.path ? pathname === r.path : pathname.startsWith(r.prefix)));
    if (!found) {
      if (await serveStatic(req, res, target)) return;
      found = hongxunApi;
    }
    if (found.methods && cors.apply(req, res, found.methods)) return;
    return found.handle(req, res, target, { cors });
  }

  const server = createServer(serverOptions(config), (req, res) => {
    if (!hostAccepted(req, accepted)) return refuseHost(req, res, accepted);
    logRequest?.(req, res);
    route(req, res).catch((e) => {
      // A client that went away mid-body, or a bug: one line, never taking the process down.
      log(requestFailure(req, e));
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  guardConnections(server, config);

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address();
  // Bound to every interface, the gateway's own URL (printed, and used to call itself: the relay
  // to `sandbox`, callbacks to its own receiver) is the loopback one, a Host name it accepts.
  const host = isWildcardBind(config.host) ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
  url = `http://${host}:${port}`;
  accepted = acceptedHosts(config, port);
  // The portal's own origin is that of any Host name the gateway accepts.
  ownOrigins = [...accepted].map((hostPort) => `http://${hostPort}`);
  sender.start(); // what was pending before a restart goes now

  /** Stops: callbacks under way are abandoned (still pending in the store for the next start). */
  async function close() {
    sender.stop();
    relay.close();
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    store.close();
  }

  return { url, receiverUrl: receiverUrl(), store, sender, close };
}

/** 421 Misdirected Request, for a Host header this sandbox does not serve. */
function refuseHost(req, res, accepted) {
  const host = excerpt(String(req.headers.host ?? ''), 100);
  res.setHeader('Connection', 'close');
  sendJson(res, 421, failure(FAILURES.misdirectedHost, {
    detailZh: `"${host}"`,
    detailEn: `"${host}"`,
    value: { host, accepted: [...accepted] },
  }));
}
