// Partner keys the gateway signs with at /sign, per environment. They are read from a file only
// its owner can read (like an SSH key) and never leave the process: not to a browser, not to a log.

import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * The file's permission bits and text, read through one descriptor, so the file checked is the
 * file read (no swap between a stat and a read). `what` names the file in the message.
 */
export function readWithMode(path, what) {
  let fd;
  try {
    fd = openSync(path, 'r');
    return { mode: fstatSync(fd).mode & 0o777, text: readFileSync(fd, 'utf8') };
  } catch (e) {
    throw new Error(`${what} ${path}: cannot read it (${e.code ?? e.message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Refuses a file open to group or others (any of mode 0o077): a key there is already shared, or
 * can be replaced.
 */
export function assertPrivateMode(mode, path, what) {
  if (mode & 0o077) {
    throw new Error(
      `${what} ${path} is open to group or others (mode ${mode.toString(8).padStart(3, '0')}): run chmod 600 ${path}`,
    );
  }
}

/**
 * Checks `{ env: { createBy, dataSource, secret, warehouseCode? } }` against the known
 * environment names. Returns a Map env → credentials. An empty secret is refused.
 */
export function checkKeys(keys, environmentNames) {
  if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
    throw new Error('keys must be an object { env: { createBy, dataSource, secret } }');
  }
  const checked = new Map();
  for (const [env, key] of Object.entries(keys)) {
    if (!environmentNames.includes(env)) {
      throw new Error(`keys: "${env}" is not a configured environment (${environmentNames.join(', ')})`);
    }
    for (const field of ['createBy', 'dataSource', 'secret']) {
      if (typeof key?.[field] !== 'string' || key[field] === '') {
        throw new Error(`keys.${env}: "${field}" must be a non-empty string`);
      }
    }
    if (key.warehouseCode != null && (typeof key.warehouseCode !== 'string' || key.warehouseCode === '')) {
      throw new Error(`keys.${env}: "warehouseCode" must be a non-empty string when given`);
    }
    const { createBy, dataSource, secret, warehouseCode = null } = key;
    checked.set(env, { createBy, dataSource, secret, warehouseCode });
  }
  return checked;
}
