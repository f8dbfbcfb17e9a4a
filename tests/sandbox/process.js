// Runs `node sandbox/main.js` as its own process on a free loopback port (the load test and the
// portal's end-to-end test use it). Resolves once it prints its URL.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../sandbox/main.js', import.meta.url));

/** @param {Record<string,string>} env  extra HONGXUN_SANDBOX_* settings */
export function startSandboxProcess(env = {}) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, HONGXUN_SANDBOX_HOST: '127.0.0.1', HONGXUN_SANDBOX_PORT: '0', HONGXUN_SANDBOX_DATA: ':memory:', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ url: m[1], stop: () => stop(child) });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${out}`)));
  });
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
