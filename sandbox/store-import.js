// The data file of earlier versions was JSON. Pointed at one, the sandbox imports it once into
// SQLite at the same path and keeps the JSON beside it as `<file>.imported.json`.

import { closeSync, copyFileSync, openSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { parseJson } from './config.js';

/** True when `file` exists and starts like the old JSON state (`{`), not like SQLite. */
export function isJsonState(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    if (e.code === 'ENOENT') return false;
    throw e;
  }
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('latin1').trimStart().startsWith('{');
  } finally {
    closeSync(fd);
  }
}

/**
 * Imports the JSON state at `file`: into a temporary SQLite file first, which then replaces the
 * JSON in one rename, so a crash midway leaves the JSON in place to be imported again.
 * `open(path)` opens a Store. Returns a line for the operator.
 */
export function importJsonState(file, open) {
  const refuse = (why) => new Error(`data file ${file} is neither SQLite nor the old JSON state (${why}); move it away to start afresh`);
  let data;
  try {
    data = parseJson(readFileSync(file, 'utf8'), 'its text');
  } catch (e) {
    throw refuse(e.message);
  }
  // The old state always has these; any other JSON (a keys file named by mistake) is left alone.
  if (!Array.isArray(data?.orders) || !Number.isInteger(data?.sequence)) throw refuse('no orders and sequence');
  const kept = `${file}.imported.json`;
  copyFileSync(file, kept);
  const temp = `${file}.importing`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  const store = open(temp);
  const orders = store.importLegacy(data);
  store.close();
  renameSync(temp, file);
  return `imported ${orders} orders from the JSON data file ${file} into SQLite; the JSON is kept as ${kept}`;
}
