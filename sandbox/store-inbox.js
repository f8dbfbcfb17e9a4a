// The log of callbacks the sandbox's receiver got, for the portal: bounded in entries and in
// bytes (each entry and all together), oldest dropped first, so no input can grow it.

export const INBOX_LIMITS = Object.freeze({
  entries: 500,
  entryBytes: 64 * 1024,
  totalBytes: 4 * 1024 * 1024,
  /** What is kept of a body that did not verify, or of one too large for an entry. */
  excerptBytes: 1024,
});

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS received (
    seq INTEGER PRIMARY KEY,
    bytes INTEGER NOT NULL,
    entry TEXT NOT NULL
  );
`;

/** The first `bytes` bytes of `text` (a character cut in two becomes U+FFFD). */
export function excerpt(text, bytes = INBOX_LIMITS.excerptBytes) {
  const buffer = Buffer.from(text, 'utf8');
  return buffer.length <= bytes ? text : buffer.subarray(0, bytes).toString('utf8');
}

export class Inbox {
  /** @param {import('better-sqlite3').Database} db  @param {{ value: number }} seq  shared log counter */
  constructor(db, seq) {
    db.exec(SCHEMA);
    this.seq = seq;
    this.statements = {
      last: db.prepare('SELECT MAX(seq) AS seq FROM received'),
      insert: db.prepare('INSERT INTO received (seq, bytes, entry) VALUES (?, ?, ?)'),
      // Drops everything at and before the newest entry that falls outside either bound.
      prune: db.prepare(`
        DELETE FROM received WHERE seq <= (
          SELECT seq FROM (
            SELECT seq, SUM(bytes) OVER (ORDER BY seq DESC) AS total, ROW_NUMBER() OVER (ORDER BY seq DESC) AS n
            FROM received)
          WHERE total > @totalBytes OR n > @entries ORDER BY seq DESC LIMIT 1)`),
      since: db.prepare('SELECT entry FROM received WHERE seq > ? ORDER BY seq DESC'),
      bytes: db.prepare('SELECT COUNT(*) AS entries, COALESCE(SUM(bytes), 0) AS bytes FROM received'),
    };
  }

  lastSeq() {
    return this.statements.last.get().seq ?? 0;
  }

  /** Logs an entry (`body` is cut to an excerpt when the entry would pass its byte limit). */
  add(entry) {
    const logged = { ...entry, seq: ++this.seq.value }; // an imported entry brings its own seq: not kept
    const text = bounded(logged);
    this.statements.insert.run(logged.seq, Buffer.byteLength(text), text);
    this.statements.prune.run({ entries: INBOX_LIMITS.entries, totalBytes: INBOX_LIMITS.totalBytes });
    return logged;
  }

  /** Entries after `seq`, newest first. */
  since(seq = 0) {
    return this.statements.since.all(seq).map((row) => JSON.parse(row.entry));
  }

  /** `{ entries, bytes }` held now. */
  size() {
    return this.statements.bytes.get();
  }
}

/** The entry as JSON within `entryBytes`: first the body cut to an excerpt, then the lists. */
function bounded(entry) {
  const fits = (text) => Buffer.byteLength(text) <= INBOX_LIMITS.entryBytes;
  let text = JSON.stringify(entry);
  if (fits(text)) return text;
  const cut = { ...entry, body: excerpt(entry.body ?? ''), bodyBytes: Buffer.byteLength(entry.body ?? ''), excerpt: true };
  text = JSON.stringify(cut);
  if (fits(text)) return text;
  return JSON.stringify({ ...cut, errors: [], warnings: [], message: excerpt(String(entry.message ?? ''), 256) });
}
