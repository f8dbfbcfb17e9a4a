// Calls and saved requests, kept in this browser's IndexedDB so they survive a reload: every send
// with its request, envelope (the sign shown; the secret is never in it), raw answer, status,
// headers, duration and environment; and requests saved under a name. Export and import them as
// one JSON file.

const DB_NAME = 'hongxun-portal';
const CALLS = 'calls';
const SAVED = 'saved';
/** Calls kept; the oldest go first. Bounds what a long session stores. */
export const CALLS_KEPT = 500;
export const EXPORT_FORMAT = 'hongxun-portal-export';

let opened = null;

function database() {
  opened ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore(CALLS, { keyPath: 'id', autoIncrement: true });
      open.result.createObjectStore(SAVED, { keyPath: 'name' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  return opened;
}

/** Runs `work(store)` in one transaction; resolves what the last request it made returned. */
async function inStore(name, mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(name, mode);
    let last;
    const request = work(tx.objectStore(name));
    if (request) request.onsuccess = () => (last = request.result);
    tx.oncomplete = () => resolve(last);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Keeps one call: `{ at, endpoint, environment, url, request, envelope, status, headers,
 * latencyMs, raw, code, flag, message }`. Resolves its id.
 */
export async function addCall(call) {
  const id = await inStore(CALLS, 'readwrite', (store) => store.add(call));
  await inStore(CALLS, 'readwrite', (store) => {
    const keys = store.getAllKeys();
    keys.onsuccess = () => keys.result.slice(0, Math.max(0, keys.result.length - CALLS_KEPT)).forEach((key) => store.delete(key));
  });
  return id;
}

/** Every kept call, newest first. */
export async function listCalls() {
  const all = await inStore(CALLS, 'readonly', (store) => store.getAll());
  return all.reverse();
}

export function deleteCall(id) {
  return inStore(CALLS, 'readwrite', (store) => store.delete(id));
}

export function clearCalls() {
  return inStore(CALLS, 'readwrite', (store) => store.clear());
}

/** Saves `{ name, endpoint, request }` (a name saved again is replaced). */
export function saveRequest(entry) {
  return inStore(SAVED, 'readwrite', (store) => store.put({ ...entry, at: Date.now() }));
}

/** Saved requests by name. */
export function listSaved() {
  return inStore(SAVED, 'readonly', (store) => store.getAll());
}

export function deleteSaved(name) {
  return inStore(SAVED, 'readwrite', (store) => store.delete(name));
}

/** Whether a call or saved entry matches a search text (type, request, answer, environment). */
export function matches(entry, query) {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [entry.endpoint, entry.name, entry.environment, entry.request, entry.raw, entry.message]
    .some((field) => typeof field === 'string' && field.toLowerCase().includes(q));
}

/** The export file: `{ format, version, exportedAt, history, saved }`. */
export async function exportAll() {
  const [history, saved] = await Promise.all([listCalls(), listSaved()]);
  return { format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), history: history.map(({ id, ...call }) => call), saved };
}

/**
 * Imports an export file. Every entry is checked with `check(kind, entry)` (null when fine,
 * else why not); resolves `{ history, saved, skipped: [{ n, kind, why }] }`.
 */
export async function importAll(data, check) {
  if (data?.format !== EXPORT_FORMAT || !Array.isArray(data.history) || !Array.isArray(data.saved)) {
    return { history: 0, saved: 0, skipped: [{ n: 0, kind: 'file', why: null }] };
  }
  const skipped = [];
  const take = (kind, list) =>
    list.filter((entry, i) => {
      const why = check(kind, entry);
      if (why) skipped.push({ n: i + 1, kind, why });
      return !why;
    });
  const calls = take('history', data.history);
  const saved = take('saved', data.saved);
  // Oldest first, so the import keeps the file's order (newest first) when listed.
  for (const call of [...calls].reverse()) await addCall(call);
  for (const entry of saved) await inStore(SAVED, 'readwrite', (store) => store.put(entry));
  return { history: calls.length, saved: saved.length, skipped };
}
