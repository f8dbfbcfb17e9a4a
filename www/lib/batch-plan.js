// A batch run's plan: the rows of a list (lines-file.js) made into line objects, cut into batches
// by the package's splitBatches and each batch checked with validate — a window of rows at a
// time, pausing between windows. Only the plan is kept (first row and line count of each batch);
// a batch's request is made again from the rows when it is sent, so the whole list never sits
// in memory as JSON.

import { childFields, fieldsOf } from '../../shared/catalog.js';
import { isJsonNumber, pointerSegments, toJsonText } from './json-text.js';
import { indexRows, pause, readRows } from './lines-file.js';

/** Rows per call of splitBatches while planning (about 150 KB of JSON for serial numbers). */
const WINDOW_ROWS = 2000;
/** Problems kept per batch for display. */
const PROBLEMS_SHOWN = 5;

/** The fields of one line of a batchable type (the catalog's `batch.lines` array). */
export function lineFields(endpoint) {
  return childFields(fieldsOf(endpoint).find((f) => f.name === endpoint.batch.lines) ?? {});
}

/**
 * Reads `blob` (CSV/TSV, first row the column names) and plans its batches.
 * @param {{ api, endpoint, template: object, blob: Blob, limit: { maxLines } | { maxBytes },
 *           signal?: AbortSignal, onProgress?(p: { phase: 'reading'|'checking', done, of }) }} job
 * @returns {Promise<{ rows, columns, batches: { first, lines, problems, errorCount }[], request(batch): Promise<string> }>}
 *   Throws the package's HongxunError with `row` (1-based data row) when a line cannot be batched.
 */
export async function planBatches({ api, endpoint, template, blob, limit, signal, onProgress = () => {} }) {
  const index = await indexRows(blob, { signal, onChunk: (done) => onProgress({ phase: 'reading', done, of: blob.size }) });
  const linesKey = endpoint.batch.lines;
  const numeric = new Set(lineFields(endpoint).filter((f) => f.type === 'integer' || f.type === 'number').map((f) => f.name));
  const rest = { ...template };
  delete rest[linesKey];
  const restText = toJsonText(rest);

  /** The request holding rows `from..to`, as JSON text. */
  async function requestOf(from, to) {
    const rows = await readRows(blob, index, from, to);
    const lines = rows.map((values) => lineJson(index.columns, numeric, values)).join(',');
    const head = `{${JSON.stringify(linesKey)}:[${lines}]`;
    return restText === '{}' ? `${head}}` : `${head},${restText.slice(1)}`;
  }

  const split = (text, options, from) => {
    try {
      return api.splitBatches(endpoint.id, text, { ...options, linesTotal: index.count });
    } catch (e) {
      e.row = rowOf(e.path, linesKey, from);
      throw e;
    }
  };

  const batches = [];
  let next = 0;
  let window = limit.maxLines ? limit.maxLines * Math.max(1, Math.floor(WINDOW_ROWS / limit.maxLines)) : WINDOW_ROWS;
  while (next < index.count) {
    signal?.throwIfAborted();
    const to = Math.min(index.count, next + window);
    const pieces = split(await requestOf(next, to), { ...limit, linesBefore: next }, next);
    // Under a byte limit the last batch of a window may have room for rows of the next one:
    // it is planned again with them, unless it is the window's only batch (then the window grows).
    const open = limit.maxBytes !== undefined && to < index.count;
    if (open && pieces.length === 1) {
      window *= 2;
      continue;
    }
    for (let i = 0; i < pieces.length - (open ? 1 : 0); i++) {
      const report = api.validate(endpoint.id, pieces[i]);
      const problems = report.errors.slice(0, PROBLEMS_SHOWN).map((p) => ({ ...p, row: rowOf(p.path, linesKey, next) }));
      batches.push({ first: next, lines: pieces.lines[i], problems, errorCount: report.errors.length });
      next += pieces.lines[i];
    }
    onProgress({ phase: 'checking', done: next, of: index.count });
    await pause();
  }

  return {
    rows: index.count,
    columns: index.columns,
    batches,
    /** The batch's request text, made again from its rows: the same text that was validated. */
    async request(batch) {
      const text = await requestOf(batch.first, batch.first + batch.lines);
      return split(text, { maxLines: batch.lines, linesBefore: batch.first }, batch.first)[0];
    },
  };
}

/** One row as the JSON text of a line: numbers as written for numeric fields, text otherwise. */
function lineJson(columns, numeric, values) {
  const members = [];
  columns.forEach((name, i) => {
    const value = (values[i] ?? '').trim();
    if (name === '' || value === '') return;
    members.push(`${JSON.stringify(name)}:${numeric.has(name) && isJsonNumber(value) ? value : JSON.stringify(value)}`);
  });
  return `{${members.join(',')}}`;
}

/** The 1-based data row a problem's path points into (`/productList/17/…` → first + 18), or null. */
function rowOf(path, linesKey, first) {
  const [key, index] = pointerSegments(path ?? '');
  return key === linesKey && /^\d+$/.test(index ?? '') ? first + Number(index) + 1 : null;
}
