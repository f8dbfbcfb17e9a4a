// The queue of callbacks to deliver, and their log for the portal. Callbacks of one chain (the
// callbacks about one order) go one after the other: only the first pending one of a chain has a
// time (`next_at`); settling it gives the next one its time. Settled callbacks are kept as the
// delivery log, the newest SETTLED_KEPT of them.

const SETTLED_KEPT = 500;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS callbacks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seq INTEGER NOT NULL,
    chain TEXT NOT NULL,
    created_by TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    request TEXT NOT NULL,           -- JSON of the request, signed when it is sent
    state TEXT NOT NULL,             -- pending | delivered | failed
    queued_at INTEGER NOT NULL,
    next_at INTEGER,                 -- the head of a chain: not before (epoch ms)
    attempts TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX IF NOT EXISTS callbacks_due ON callbacks (state, next_at);
  CREATE INDEX IF NOT EXISTS callbacks_chain ON callbacks (chain, state);
  CREATE INDEX IF NOT EXISTS callbacks_seq ON callbacks (seq);
`;

export const PENDING = 'pending';
export const DELIVERED = 'delivered';
export const FAILED = 'failed';

export class CallbackQueue {
  /** @param {import('better-sqlite3').Database} db  @param {{ value: number }} seq  shared log counter */
  constructor(db, seq) {
    db.exec(SCHEMA);
    this.seq = seq;
    this.statements = {
      last: db.prepare('SELECT MAX(seq) AS seq FROM callbacks'),
      insert: db.prepare(`
        INSERT INTO callbacks (seq, chain, created_by, endpoint, request, state, queued_at, next_at)
        VALUES (@seq, @chain, @createBy, @endpoint, @request, 'pending', @queuedAt, @nextAt)`),
      hasPending: db.prepare(`SELECT 1 FROM callbacks WHERE chain = ? AND state = 'pending'`),
      due: db.prepare(`SELECT * FROM callbacks WHERE state = 'pending' AND next_at <= ? ORDER BY next_at, id LIMIT ?`),
      nextAt: db.prepare(`SELECT MIN(next_at) AS at FROM callbacks WHERE state = 'pending'`),
      get: db.prepare('SELECT * FROM callbacks WHERE id = ?'),
      record: db.prepare('UPDATE callbacks SET seq = @seq, state = @state, next_at = @nextAt, attempts = @attempts WHERE id = @id'),
      promote: db.prepare(`
        UPDATE callbacks SET next_at = @at WHERE id =
          (SELECT MIN(id) FROM callbacks WHERE chain = @chain AND state = 'pending')`),
      prune: db.prepare(`
        DELETE FROM callbacks WHERE state != 'pending' AND id <=
          (SELECT id FROM callbacks WHERE state != 'pending' ORDER BY id DESC LIMIT 1 OFFSET ${SETTLED_KEPT})`),
      since: db.prepare('SELECT * FROM callbacks WHERE seq > ? ORDER BY seq DESC'),
      counts: db.prepare('SELECT state, COUNT(*) AS n FROM callbacks GROUP BY state'),
    };
  }

  lastSeq() {
    return this.statements.last.get().seq ?? 0;
  }

  /** Queues `calls` (`{ endpoint, request }`) at the end of `chain`; the first may go at `at`. */
  queue(chain, createBy, calls, at) {
    let nextAt = this.statements.hasPending.get(chain) ? null : at;
    for (const { endpoint, request } of calls) {
      const seq = ++this.seq.value;
      this.statements.insert.run({ seq, chain, createBy, endpoint, request: JSON.stringify(request), queuedAt: at, nextAt });
      nextAt = null;
    }
  }

  /** Up to `limit` heads of chains due by `now`, soonest first, as `{ id, chain, createBy, endpoint, request, attempts }`. */
  due(now, limit) {
    return this.statements.due.all(now, limit).map(fromRow);
  }

  /** When the next callback is due (epoch ms), or null when none is pending. */
  nextDueAt() {
    return this.statements.nextAt.get().at;
  }

  /**
   * Records an attempt. `retryAt` (epoch ms) keeps it pending; otherwise it is settled
   * (`delivered` when the attempt succeeded, else `failed`) and the chain's next callback may go
   * at `nextAt`. Returns `{ settled, chainDone }`.
   */
  record(id, attempt, { retryAt = null, nextAt }) {
    const row = fromRow(this.statements.get.get(id));
    const state = attempt.ok ? DELIVERED : retryAt === null ? FAILED : PENDING;
    const attempts = JSON.stringify([...row.attempts, attempt]);
    this.statements.record.run({ id, seq: ++this.seq.value, state, nextAt: state === PENDING ? retryAt : null, attempts });
    if (state === PENDING) return { settled: false, chainDone: false };
    this.statements.promote.run({ chain: row.chain, at: nextAt });
    this.statements.prune.run();
    return { settled: true, chainDone: !this.statements.hasPending.get(row.chain) };
  }

  /** Callbacks changed after `seq`, newest first, for the portal. */
  since(seq = 0) {
    return this.statements.since.all(seq).map(toLogEntry);
  }

  /** `{ pending, delivered, failed }` counts. */
  counts() {
    const counts = { [PENDING]: 0, [DELIVERED]: 0, [FAILED]: 0 };
    for (const { state, n } of this.statements.counts.all()) counts[state] = n;
    return counts;
  }
}

function fromRow(row) {
  return {
    id: row.id,
    seq: row.seq,
    chain: row.chain,
    createBy: row.created_by,
    endpoint: row.endpoint,
    request: JSON.parse(row.request),
    state: row.state,
    queuedAt: row.queued_at,
    nextAt: row.next_at,
    attempts: JSON.parse(row.attempts),
  };
}

/** A delivery as the portal shows it: its state, every attempt, and the last one's outcome on top. */
function toLogEntry(row) {
  const { request: _, chain, nextAt, ...entry } = fromRow(row);
  const last = entry.attempts.at(-1) ?? {};
  return {
    ...last,
    ...entry,
    orderId: chain,
    ok: entry.state === DELIVERED,
    nextAttemptAt: entry.state === PENDING ? nextAt : null,
  };
}
