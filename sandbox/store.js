// The sandbox's state in SQLite (better-sqlite3): orders, master data, the callback queue
// (store-callbacks.js) and the log of callbacks received (store-inbox.js). Every write is a
// committed transaction before the gateway answers, so an answered order survives `kill -9`.
// A file path keeps state across restarts; ':memory:' keeps it for the life of the process.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CallbackQueue } from './store-callbacks.js';
import { importJsonState, isJsonState } from './store-import.js';
import { Inbox } from './store-inbox.js';

export const IN_MEMORY = ':memory:';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- issued by SQLite, never reused (AUTOINCREMENT)
    order_id TEXT UNIQUE,
    mailno TEXT,
    created_by TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    key TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    fulfilled_at INTEGER,
    data TEXT NOT NULL,                    -- JSON: request, route, cancelledLines
    UNIQUE (created_by, endpoint, key)
  );
  CREATE INDEX IF NOT EXISTS orders_by_key ON orders (created_by, key);
  CREATE TABLE IF NOT EXISTS master (
    created_by TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    key TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (created_by, endpoint, key)
  );
`;

export class Store {
  /** @param {{ dataFile?: string, onNotice?: (line: string) => void }} options */
  constructor({ dataFile = IN_MEMORY, onNotice = () => {} } = {}) {
    this.dataFile = dataFile;
    if (dataFile !== IN_MEMORY) {
      mkdirSync(dirname(dataFile), { recursive: true });
      if (isJsonState(dataFile)) onNotice(importJsonState(dataFile, (file) => new Store({ dataFile: file })));
    }
    this.db = new Database(dataFile);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives the process being killed; only a power loss can take
    // back the last commits (FULL would fsync every order).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec(SCHEMA);
    const seq = { value: 0 }; // `seq` of log entries, shared by both logs, for "since" polling
    this.callbacks = new CallbackQueue(this.db, seq);
    this.inbox = new Inbox(this.db, seq);
    seq.value = Math.max(this.callbacks.lastSeq(), this.inbox.lastSeq());
    this.statements = prepare(this.db);
    // Orders are read on every query (stock sums them up): parsed once here, kept in step by the
    // writes below. The database stays the record; this is a read cache of it.
    this.reloadOrders();
  }

  /** Runs `fn` in one transaction: all of its writes are committed together, or none. */
  atomically(fn) {
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      this.reloadOrders(); // the cache may hold writes the rollback undid
      throw e;
    }
  }

  getOrder(createBy, endpointId, key) {
    return this.orders.get(orderKey(createBy, endpointId, key)) ?? null;
  }

  getOrderById(orderId) {
    const row = this.statements.orderById.get(orderId);
    return row ? this.getOrder(row.created_by, row.endpoint, row.key) : null;
  }

  /** Orders of one partner with this key, whatever their type. */
  findOrders(createBy, key) {
    return [...this.orders.values()].filter((o) => o.createBy === createBy && o.key === key);
  }

  ordersOf(createBy) {
    return [...this.orders.values()].filter((o) => o.createBy === createBy);
  }

  /**
   * Inserts a new order; its id comes from the database (`HX000123`, mailno `HXM000123`).
   * Returns the order with `orderId` and `mailno` set.
   */
  insertOrder(order) {
    const { id } = this.statements.insertOrder.get(toRow(order));
    const stored = { ...order, orderId: order.orderId ?? `HX${pad(id)}`, mailno: order.mailno ?? `HXM${pad(id)}` };
    this.statements.setOrderIds.run({ id, order_id: stored.orderId, mailno: stored.mailno });
    this.orders.set(orderKey(stored.createBy, stored.endpoint, stored.key), stored);
    return stored;
  }

  /** Writes an order's status, fulfilment and lines back. */
  updateOrder(order) {
    this.statements.updateOrder.run(toRow(order));
    this.orders.set(orderKey(order.createBy, order.endpoint, order.key), order);
  }

  /** Inserts or replaces a master-data record; true when it already existed. */
  upsert(createBy, endpointId, key, record) {
    const row = { created_by: createBy, endpoint: endpointId, key, record: JSON.stringify(record) };
    const existed = this.statements.hasMaster.get(row) !== undefined;
    this.statements.upsertMaster.run(row);
    return existed;
  }

  /** The old JSON data file's state, in one transaction; returns how many orders it held. */
  importLegacy(data) {
    return this.atomically(() => {
      for (const order of data.orders ?? []) this.insertOrder(order);
      for (const [id, record] of data.master ?? []) {
        const [createBy, endpointId, ...key] = id.split('|');
        this.upsert(createBy, endpointId, key.join('|'), record);
      }
      for (const entry of data.received ?? []) this.inbox.add(entry);
      // New ids start after every id the old file handed out, so none is issued twice.
      const seq = data.sequence ?? 0;
      if (this.statements.bumpOrderIds.run({ seq }).changes === 0) this.statements.startOrderIds.run({ seq });
      return (data.orders ?? []).length;
    });
  }

  reloadOrders() {
    const rows = this.statements.allOrders.all();
    this.orders = new Map(rows.map((row) => [orderKey(row.created_by, row.endpoint, row.key), fromRow(row)]));
  }

  close() {
    if (this.db.open) this.db.close();
  }
}

function prepare(db) {
  return {
    allOrders: db.prepare('SELECT * FROM orders ORDER BY id'),
    orderById: db.prepare('SELECT created_by, endpoint, key FROM orders WHERE order_id = ?'),
    insertOrder: db.prepare(`
      INSERT INTO orders (created_by, endpoint, key, status, created_at, fulfilled_at, data)
      VALUES (@created_by, @endpoint, @key, @status, @created_at, @fulfilled_at, @data) RETURNING id`),
    setOrderIds: db.prepare('UPDATE orders SET order_id = @order_id, mailno = @mailno WHERE id = @id'),
    updateOrder: db.prepare(`
      UPDATE orders SET status = @status, fulfilled_at = @fulfilled_at, data = @data
      WHERE created_by = @created_by AND endpoint = @endpoint AND key = @key`),
    bumpOrderIds: db.prepare(`UPDATE sqlite_sequence SET seq = MAX(seq, @seq) WHERE name = 'orders'`),
    startOrderIds: db.prepare(`INSERT INTO sqlite_sequence (name, seq) VALUES ('orders', @seq)`),
    hasMaster: db.prepare('SELECT 1 FROM master WHERE created_by = @created_by AND endpoint = @endpoint AND key = @key'),
    upsertMaster: db.prepare(`
      INSERT INTO master (created_by, endpoint, key, record) VALUES (@created_by, @endpoint, @key, @record)
      ON CONFLICT DO UPDATE SET record = excluded.record`),
  };
}

function orderKey(createBy, endpointId, key) {
  return `${createBy}|${endpointId}|${key}`;
}

function pad(n) {
  return String(n).padStart(6, '0');
}

function toRow(order) {
  return {
    created_by: order.createBy,
    endpoint: order.endpoint,
    key: order.key,
    status: order.status,
    created_at: order.createdAt,
    fulfilled_at: order.fulfilledAt ?? null,
    data: JSON.stringify({ request: order.request, route: order.route, cancelledLines: order.cancelledLines }),
  };
}

function fromRow(row) {
  const { request, route, cancelledLines } = JSON.parse(row.data);
  return {
    createBy: row.created_by,
    endpoint: row.endpoint,
    key: row.key,
    orderId: row.order_id,
    mailno: row.mailno,
    status: row.status,
    createdAt: row.created_at,
    fulfilledAt: row.fulfilled_at,
    request,
    cancelledLines,
    route,
  };
}
