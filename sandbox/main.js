#!/usr/bin/env node
// `make run`: starts the sandbox gateway and the partner portal, prints where and with what.

import { isAbsolute, relative } from 'node:path';
import { DEMO_PARTNER, loadConfig } from './config.js';
import { startSandbox } from './server.js';

/** The path relative to the working directory when it is inside it. */
function shortPath(file) {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

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
// The built-in demo secret is public; one chosen with HONGXUN_SANDBOX_DEMO_SECRET is not printed.
const demoSecret = demo?.secret === DEMO_PARTNER.secret ? demo.secret : '(set by HONGXUN_SANDBOX_DEMO_SECRET)';
if (demo) lines.push(`  demo credentials: createBy ${demo.createBy}, dataSource ${demo.dataSource}, secret ${demoSecret}`);
lines.push(
  config.dataFile === ':memory:'
    ? '  state: in memory only (HONGXUN_SANDBOX_DATA=:memory:)'
    : `  state: ${shortPath(config.dataFile)} (to start afresh: stop, delete it, or run with HONGXUN_SANDBOX_DATA=:memory:)`,
  `  body limit ${config.bodyLimit} bytes`,
);
for (const { name, origin, prefix } of config.upstreams.values()) {
  lines.push(`  relay /relay/${name}/ → ${origin}${prefix}${config.keys.has(name) ? `; /sign/${name}/ signs as ${config.keys.get(name).createBy}` : ''}`);
}
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
