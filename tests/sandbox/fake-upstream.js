// A stand-in for a Hongxun host, on loopback, that the relay tests point an environment at. It
// records what it receives and injects faults by path:
//   /hold          never answers (the relay's timeout)
//   /close         closes the connection without answering
//   /partial       sends headers and part of the promised body, then closes
//   /big           answers more bytes than the relay passes on (BIG_BYTES)
//   /redirect      answers 307 to another host, with a cookie
//   anything else  answers 201 with its own content type, echoing the body byte for byte
// Also: a closed loopback port (refused connections), and an https server whose certificate
// no one vouches for (fixtures/self-signed.*: made for this test only, for 127.0.0.1).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';

export const ECHO_TYPE = 'application/x-echo; charset=binary';
export const BIG_BYTES = 64 * 1024;

export async function startFakeUpstream() {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url === '/hold') return;
      if (req.url === '/close') return req.socket.destroy();
      if (req.url === '/partial') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 100 });
        res.write('{"code":');
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      if (req.url === '/redirect') {
        res.writeHead(307, { Location: 'http://evil.example/steal', 'Set-Cookie': 'a=b', 'Content-Type': 'text/plain' });
        res.end('moved');
        return;
      }
      if (req.url === '/big') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('x'.repeat(BIG_BYTES));
        return;
      }
      res.writeHead(201, { 'Content-Type': ECHO_TYPE, 'Content-Length': body.length });
      res.end(body);
    });
  });
  await listen(server);
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    port: server.address().port,
    received,
    close: () => close(server),
  };
}

/** An https echo server with a self-signed certificate: a relay must refuse to trust it. */
export async function startSelfSignedUpstream() {
  const fixture = (name) => readFileSync(new URL(`fixtures/self-signed.${name}`, import.meta.url));
  const server = createTlsServer({ key: fixture('key'), cert: fixture('crt') }, (req, res) => req.pipe(res));
  await listen(server);
  return {
    url: `https://127.0.0.1:${server.address().port}`,
    close: () => close(server),
  };
}

/** A loopback port nothing listens on: a server is started there and closed again. */
export async function closedPort() {
  const server = createServer();
  await listen(server);
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function close(server) {
  return new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
}
