// The sandbox's state: orders, master data, and the callbacks sent and received. In memory,
// or also written to a JSON data file (when configured) so it survives a restart.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** How many callbacks (received, and deliveries attempted) are kept for the portal. */
const LOG_LIMIT = 500;
const SAVE_DELAY_MS = 200;

export class Store {
  constructor({ dataFile = null } = {}) {
    this.dataFile = dataFile;
    this.orders = new Map(); // `${createBy}|${endpointId}|${orderKey}` → order
    this.master = new Map(); // `${createBy}|${endpointId}|${recordKey}` → record
    this.received = []; // newest last
    this.deliveries = [];
    this.sequence = 0; // ids of orders and the like
    this.logSequence = 0; // `seq` of log entries, for the portal's "since" polling
    this.saveTimer = null;
    if (dataFile) this.load();
  }

  nextId(prefix) {
    this.sequence += 1;
    return `${prefix}${String(this.sequence).padStart(6, '0')}`;
  }

  static orderKey(createBy, endpointId, key) {
    return `${createBy}|${endpointId}|${key}`;
  }

  getOrder(createBy, endpointId, key) {
    return this.orders.get(Store.orderKey(createBy, endpointId, key)) ?? null;
  }

  /** Orders of one partner with this key, whatever their type. */
  findOrders(createBy, key) {
    return [...this.orders.values()].filter((o) => o.createBy === createBy && o.key === key);
  }

  ordersOf(createBy) {
    return [...this.orders.values()].filter((o) => o.createBy === createBy);
  }

  putOrder(order) {
    this.orders.set(Store.orderKey(order.createBy, order.endpoint, order.key), order);
    this.changed();
  }

  /** Inserts or replaces a master-data record; true when it already existed. */
  upsert(createBy, endpointId, key, record) {
    const id = `${createBy}|${endpointId}|${key}`;
    const existed = this.master.has(id);
    this.master.set(id, record);
    this.changed();
    return existed;
  }

  logReceived(entry) {
    this.received.push({ seq: ++this.logSequence, ...entry });
    trim(this.received);
    this.changed();
  }

  logDelivery(entry) {
    this.deliveries.push({ seq: ++this.logSequence, ...entry });
    trim(this.deliveries);
    this.changed();
  }

  changed() {
    if (!this.dataFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /** Writes the data file atomically (temp file, then rename). */
  save() {
    clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.dataFile) return;
    const data = {
      sequence: this.sequence,
      logSequence: this.logSequence,
      orders: [...this.orders.values()],
      master: [...this.master.entries()],
      received: this.received,
      deliveries: this.deliveries,
    };
    const temp = `${this.dataFile}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, this.dataFile);
  }

  load() {
    let data;
    try {
      data = JSON.parse(readFileSync(this.dataFile, 'utf8'));
    } catch (e) {
      if (e.code === 'ENOENT') return; // first run
      throw new Error(`data file ${this.dataFile}: ${e.message}`);
    }
    this.sequence = data.sequence ?? 0;
    this.logSequence = data.logSequence ?? 0;
    for (const order of data.orders ?? []) this.orders.set(Store.orderKey(order.createBy, order.endpoint, order.key), order);
    this.master = new Map(data.master ?? []);
    this.received = data.received ?? [];
    this.deliveries = data.deliveries ?? [];
  }
}

function trim(log) {
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
}
