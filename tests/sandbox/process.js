// Runs `node sandbox/main.js` as its own process on a free loopback port (the load test, the
// crash and hardening tests, and the portal's end-to-end test use it). Resolves once it prints
// its URL. State is in memory unless HONGXUN_SANDBOX_DATA says otherwise.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../sandbox/main.js', import.meta.url));

/**
 * @param {Record<string,string>} env  extra HONGXUN_SANDBOX_* settings
 * @param {{ captureStderr?: boolean, openFiles?: number }} options  `captureStderr`: keep the
 *   child's stderr (read it with `stderr()`); `openFiles`: the child's open-file limit (ulimit -n)
 */
export function startSandboxProcess(env = {}, { captureStderr = false, openFiles } = {}) {
  const [command, args] = openFiles
    ? ['/bin/sh', ['-c', `ulimit -n ${Number(openFiles)} && exec "$0" "$@"`, process.execPath, MAIN]]
    : [process.execPath, [MAIN]];
  const child = spawn(command, args, {
    env: { ...process.env, HONGXUN_SANDBOX_HOST: '127.0.0.1', HONGXUN_SANDBOX_PORT: '0', HONGXUN_SANDBOX_DATA: ':memory:', ...env },
    stdio: ['ignore', 'pipe', captureStderr ? 'pipe' : 'inherit'],
  });
  let err = '';
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ url: m[1], child, stdout: () => out, stderr: () => err, stop: () => stop(child), kill: () => kill(child) });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${out}${err}`)));
  });
}

function stop(child) {
  return signal(child, 'SIGTERM');
}

/** SIGKILL: no chance to flush or close anything. */
function kill(child) {
  return signal(child, 'SIGKILL');
}

function signal(child, name) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill(name);
  });
}
