// Puts the sandbox together: gateway (Hongxun's API), callback sender and receiver, the
// portal's API, and the portal's static files, on one node:http server.

import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApi, API_PREFIX } from './api.js';
import { createSender } from './callback-sender.js';
import { guardConnections, serverOptions } from './connections.js';
import { FAILURES, failure } from './failures.js';
import { createFlows } from './flows/index.js';
import { createGateway } from './gateway.js';
import { endpoints, formatTimestamp } from './hongxun.js';
import { acceptedHosts, hostAccepted } from './host-check.js';
import { sendJson } from './http.js';
import { log, requestFailure } from './log.js';
import { createReceiver, RECEIVER_PREFIX } from './receiver.js';
import { createStatic } from './static.js';
import { Store } from './store.js';
import { excerpt } from './store-inbox.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts a sandbox with a configuration from loadConfig(). `clock` (epoch ms) is injectable.
 * Resolves `{ url, receiverUrl, store, close() }` once it listens.
 */
export async function startSandbox(config, { clock = Date.now } = {}) {
  const catalog = endpoints();
  const store = new Store({ dataFile: config.dataFile, onNotice: (line) => log(`sandbox: ${line}`) });
  let url = null;
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
  const api = createApi({ config, store });
  const serveStatic = createStatic([
    { prefix: '/pkg/', root: `${ROOT}pkg` },
    { prefix: '/', root: `${ROOT}www` },
  ]);

  async function route(req, res) {
    let target;
    try {
      target = new URL(`http://sandbox${req.url}`);
    } catch {
      return sendJson(res, 400, { error: 'bad request target' });
    }
    if (target.pathname.startsWith(API_PREFIX)) return api(req, res, target);
    if (target.pathname.startsWith(RECEIVER_PREFIX)) return receiver(req, res, target);
    if (await serveStatic(req, res, target)) return;
    return gateway(req, res, target);
  }

  const server = createServer(serverOptions(config), (req, res) => {
    if (!hostAccepted(req, accepted)) return refuseHost(req, res, accepted);
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
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  url = `http://${host}:${port}`;
  accepted = acceptedHosts(config, port);
  sender.start(); // what was pending before a restart goes now

  /** Stops: callbacks under way are abandoned (still pending in the store for the next start). */
  async function close() {
    sender.stop();
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
