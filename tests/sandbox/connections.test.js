// What a client can do to the gateway's connections: hold hundreds of them open by dribbling
// bytes, send a Host header of another name (DNS rebinding), or go away in the middle of a body.

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FAILURES } from '../../sandbox/failures.js';
import { buildRequest } from '../../sandbox/hongxun.js';
import { DEMO, example, sandbox } from './helpers.js';
import { startSandboxProcess } from './process.js';

/** A GET with a Host header of our choosing (fetch would set its own). */
function getWithHost(base, path, host) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const headers = host === null ? {} : { Host: host };
    const req = request({ hostname, port, path, headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('Host header: only the bound and loopback names (and configured ones), with the port; others 421', async () => {
  const sb = await sandbox({ allowedHosts: ['sandbox.example.test'] });
  try {
    const port = new URL(sb.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`, `sandbox.example.test:${port}`]) {
      assert.equal((await getWithHost(sb.url, '/sandbox/api/info', host)).status, 200, host);
    }
    for (const host of [`evil.example:${port}`, 'localhost', `localhost:${Number(port) + 1}`, `127.0.0.1.nip.io:${port}`, '']) {
      const res = await getWithHost(sb.url, '/sandbox/api/callbacks', host);
      assert.equal(res.status, 421, host);
      const answer = JSON.parse(res.body);
      assert.equal(answer.code, FAILURES.misdirectedHost.code);
      assert.equal(answer.flag, false);
      assert.equal(answer.value.host, host);
      assert.ok(!res.body.includes('received'), 'nothing of the state');
    }
    assert.equal((await getWithHost(sb.url, '/', null)).status, 400, 'no Host header at all: refused by node:http');
  } finally {
    await sb.close();
  }
});

test('an aborted client: one log line, rate-limited under a flood', { timeout: 60_000 }, async () => {
  const sb = await startSandboxProcess({}, { captureStderr: true });
  const { port } = new URL(sb.url);
  const abort = () =>
    new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /dtc/logistics/inOrder HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"createBy":`);
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', resolve);
      socket.on('error', () => {});
    });
  const lines = async () => {
    await new Promise((r) => setTimeout(r, 300));
    return sb.stderr().split('\n').filter(Boolean);
  };
  try {
    for (let i = 0; i < 3; i += 1) await abort();
    const few = await lines();
    assert.equal(few.length, 3, few.join('\n'));
    assert.ok(few.every((l) => /POST \/dtc\/logistics\/inOrder: client went away/.test(l)), few.join('\n'));

    await Promise.all(Array.from({ length: 200 }, abort));
    await new Promise((r) => setTimeout(r, 1200)); // the summary line comes at the end of its second
    const many = (await lines()).slice(3);
    assert.ok(many.length < 60, `${many.length} lines for 200 aborts`);
    assert.ok(many.some((l) => /more log lines dropped/.test(l)), many.join('\n'));
    assert.ok(!many.some((l) => /^\s+at /.test(l)), 'no stack traces');
  } finally {
    await sb.stop();
  }
});

test('slow clients: hundreds of dribbling connections, and ordinary requests still answered', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-slow-'));
  const configFile = join(dir, 'config.json');
  // Fewer open files than dribblers: without a cap below that, accept() fails for everyone.
  writeFileSync(configFile, JSON.stringify({ maxConnections: 200 }));
  const sb = await startSandboxProcess({ HONGXUN_SANDBOX_CONFIG: configFile }, { openFiles: 256, captureStderr: true });
  const { port } = new URL(sb.url);
  const sockets = new Set();
  // Headers one byte at a time, 300 ms apart: each holds a connection (and a file) open.
  function dribbler() {
    const socket = connect(Number(port), '127.0.0.1');
    sockets.add(socket);
    const text = `POST /dtc/esboms/stockQuery HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: ${'z'.repeat(10_000)}`;
    let i = 0;
    const timer = setInterval(() => socket.write(text[i++ % text.length]), 300);
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      sockets.delete(socket);
    });
  }
  try {
    for (let i = 0; i < 300; i += 1) dribbler();
    await new Promise((r) => setTimeout(r, 1000));
    const latencies = [];
    for (let i = 0; i < 20; i += 1) {
      const body = buildRequest('stockQuery', example('stockQuery'), DEMO).body;
      const started = performance.now();
      // Generous: an ordinary call must be answered within 2 s while the dribblers go on.
      const res = await fetch(`${sb.url}/dtc/esboms/stockQuery`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        signal: AbortSignal.timeout(2000),
      });
      assert.equal((await res.json()).code, 200);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    process.stdout.write(`slow clients: 300 dribblers, ${sockets.size} still connected after the calls; 20 ordinary calls answered, median ${latencies[10].toFixed(0)} ms, max ${latencies[19].toFixed(0)} ms\n`);
    assert.ok(sockets.size >= 100, `${sockets.size} dribblers left: the calls were answered while they held on`);
    assert.equal(sb.child.exitCode, null);
  } catch (e) {
    process.stdout.write(sb.stderr().slice(-2000));
    throw e;
  } finally {
    for (const s of sockets) s.destroy();
    await sb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
