// Puts the sandbox together: gateway (Hongxun's API), callback sender and receiver, the
// portal's API, and the portal's static files, on one node:http server.

import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApi, API_PREFIX } from './api.js';
import { createSender } from './callback-sender.js';
import { createFlows } from './flows/index.js';
import { createGateway } from './gateway.js';
import { endpoints, formatTimestamp } from './hongxun.js';
import { sendJson } from './http.js';
import { createReceiver, RECEIVER_PREFIX } from './receiver.js';
import { createStatic } from './static.js';
import { Store } from './store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts a sandbox with a configuration from loadConfig(). `clock` (epoch ms) is injectable.
 * Resolves `{ url, receiverUrl, store, close() }` once it listens.
 */
export async function startSandbox(config, { clock = Date.now } = {}) {
  const catalog = endpoints();
  const store = new Store({ dataFile: config.dataFile });
  let url = null;
  const receiverUrl = () => `${url}${RECEIVER_PREFIX.slice(0, -1)}`;
  const formatTime = (ms) => formatTimestamp(new Date(ms));
  const sender = createSender({ store, receiverUrl, callbackUrl: config.callbackUrl, delayMs: config.callbackDelayMs, clock });
  const flows = createFlows({ catalog, store, sender, clock, formatTime, routeScanTypeCodes: config.routeScanTypeCodes });
  const common = { catalog, partners: config.partners, bodyLimit: config.bodyLimit, clock };
  const gateway = createGateway({ ...common, devices: config.devices, flows });
  const receiver = createReceiver({ ...common, store });
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

  const server = createServer((req, res) => {
    route(req, res).catch((e) => {
      // A client that went away mid-body, or a bug: log it, never take the process down.
      process.stderr.write(`sandbox: ${req.method} ${req.url}: ${e.stack ?? e}\n`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address();
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  url = `http://${host}:${port}`;

  async function close() {
    await sender.settled();
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    store.save();
  }

  return { url, receiverUrl: receiverUrl(), store, sender, close };
}
