// A list of lines as CSV or TSV (a pasted text or a file), read without holding it twice: one
// pass records where each data row starts (4 bytes a row), then any range of rows is decoded
// from the Blob when needed. The first non-empty row names the columns. Each chunk is followed
// by a pause, so a 100,000-row file never blocks the page.

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;
const BLANK = /^[ \t\r]*$/;

/** Lets the page paint and answer input between chunks of work. */
export function pause() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Indexes the rows of `blob`: `{ columns, delimiter, starts, count, size }`, where `starts[i]`
 * is the byte offset of data row i (empty rows skipped). `onChunk(bytesRead)` reports progress;
 * `signal` (an AbortSignal) stops it.
 */
export async function indexRows(blob, { onChunk = () => {}, signal } = {}) {
  let starts = new Uint32Array(1024);
  let count = 0;
  let header = null;
  let rowStart = 0;
  let rowEmpty = true; // only blanks (space, tab, \r) so far
  for (let offset = 0; offset < blob.size; offset += CHUNK_BYTES) {
    signal?.throwIfAborted();
    const bytes = new Uint8Array(await blob.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b !== NEWLINE) {
        if (b !== 0x0d && b !== 0x20 && b !== 0x09) rowEmpty = false;
        continue;
      }
      const end = offset + i;
      if (!rowEmpty) {
        if (header === null) header = [rowStart, end];
        else {
          if (count === starts.length) starts = grow(starts);
          starts[count++] = rowStart;
        }
      }
      rowStart = end + 1;
      rowEmpty = true;
    }
    onChunk(Math.min(blob.size, offset + CHUNK_BYTES));
    await pause();
  }
  if (!rowEmpty) {
    if (header === null) header = [rowStart, blob.size];
    else {
      if (count === starts.length) starts = grow(starts);
      starts[count++] = rowStart;
    }
  }
  if (header === null) return { columns: [], delimiter: ',', starts, count: 0, size: blob.size };
  const headerText = await blob.slice(header[0], header[1]).text();
  const delimiter = headerText.includes('\t') ? '\t' : ',';
  const columns = splitRow(headerText.replace(/\r$/, ''), delimiter).map((c) => c.trim());
  return { columns, delimiter, starts, count, size: blob.size };
}

function grow(array) {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The values of data rows `from..to` (exclusive) of an indexed blob. */
export async function readRows(blob, index, from, to) {
  const end = to < index.count ? index.starts[to] : index.size;
  const text = await blob.slice(index.starts[from], end).text();
  const rows = [];
  for (const line of text.split('\n')) {
    const row = line.replace(/\r$/, '');
    if (!BLANK.test(row)) rows.push(splitRow(row, index.delimiter));
  }
  return rows;
}

/** One CSV/TSV row: `"` quotes a value (a doubled `""` is a quote inside it). */
export function splitRow(row, delimiter) {
  if (!row.includes('"')) return row.split(delimiter);
  const values = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      values.push(value);
      value = '';
    } else value += c;
  }
  values.push(value);
  return values;
}
