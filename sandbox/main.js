#!/usr/bin/env node
// `make run`: starts the sandbox gateway and the partner portal, prints where and with what.

import { DEMO_PARTNER, loadConfig } from './config.js';
import { startSandbox } from './server.js';

function fail(message) {
  process.stderr.write(`sandbox: ${message}\n`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (e) {
  fail(e.message);
}

const sandbox = await startSandbox(config).catch((e) => fail(e.message));
const demo = config.partners.find((p) => p.createBy === DEMO_PARTNER.createBy);
const lines = [
  `Hongxun sandbox and partner portal: ${sandbox.url}/`,
  `  callbacks are received at ${sandbox.receiverUrl}/<type>`,
  `  partners: ${config.partners.map((p) => `${p.createBy}/${p.dataSource}`).join(', ')}`,
];
if (demo) lines.push(`  demo credentials: createBy ${demo.createBy}, dataSource ${demo.dataSource}, secret ${demo.secret}`);
lines.push(
  config.dataFile === ':memory:'
    ? '  state: in memory only (HONGXUN_SANDBOX_DATA=:memory:)'
    : `  state: ${config.dataFile} (to start afresh: stop, delete it, or run with HONGXUN_SANDBOX_DATA=:memory:)`,
  `  body limit ${config.bodyLimit} bytes`,
);
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await sandbox.close();
    process.exit(0);
  });
}
