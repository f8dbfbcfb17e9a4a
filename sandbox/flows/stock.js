// Stock, as the fulfilled orders leave it: inbound lines add, outbound lines take away.
// stockQuery pages through product quantities, vinStockQuery through vehicles by VIN.

import { STATUS } from './orders.js';
import { F } from './vocabulary.js';

/** Which order types move stock, and which way. */
const MOVES = { inOrder: +1, outOrder: -1 };

function movingOrders(store, createBy) {
  return store
    .ordersOf(createBy)
    .filter((o) => o.endpoint in MOVES && o.fulfilledAt && o.status !== STATUS.cancelled)
    .sort((a, b) => a.fulfilledAt - b.fulfilledAt);
}

/** Product quantities by warehouse, owner and product. */
function productStock(store, createBy) {
  const rows = new Map();
  for (const order of movingOrders(store, createBy)) {
    for (const line of order.request[F.lines] ?? []) {
      const row = {
        [F.warehouse]: order.request[F.warehouse],
        [F.owner]: order.request[F.owner],
        [F.product]: line[F.product],
      };
      const id = JSON.stringify(row);
      const current = rows.get(id) ?? { ...row, [F.quantity]: 0 };
      current[F.quantity] += MOVES[order.endpoint] * (line[F.quantity] ?? 0);
      rows.set(id, current);
    }
  }
  return [...rows.values()];
}

/** Vehicles in stock: VINs received and not shipped. */
function vehicleStock(store, createBy) {
  const vins = new Map();
  for (const order of movingOrders(store, createBy)) {
    for (const line of order.request[F.lines] ?? []) {
      const vin = line[F.vin];
      if (!vin) continue;
      if (MOVES[order.endpoint] > 0) {
        vins.set(vin, {
          [F.vin]: vin,
          [F.product]: line[F.product],
          [F.warehouse]: order.request[F.warehouse],
          [F.owner]: order.request[F.owner],
        });
      } else {
        vins.delete(vin);
      }
    }
  }
  return [...vins.values()];
}

function page(rows, request) {
  const pageNum = Math.max(1, request[F.pageNum]);
  const pageSize = Math.max(1, request[F.pageSize]);
  const start = (pageNum - 1) * pageSize;
  return { [F.pageNum]: pageNum, [F.pageSize]: pageSize, total: rows.length, list: rows.slice(start, start + pageSize) };
}

export function stockQuery({ store }, partner, request) {
  const wanted = new Set((request[F.productCodes] ?? []).map((item) => item?.[F.product]).filter(Boolean));
  const rows = productStock(store, partner.createBy).filter(
    (row) =>
      row[F.warehouse] === request[F.warehouse] &&
      row[F.owner] === request[F.owner] &&
      (wanted.size === 0 || wanted.has(row[F.product])),
  );
  return { value: page(rows, request) };
}

export function vinStockQuery({ store }, partner, request) {
  const filter = request[F.vinFilter] ?? {};
  const matches = (given, actual) => !given || given === actual;
  const rows = vehicleStock(store, partner.createBy).filter(
    (row) =>
      matches(filter[F.vinFilterOwner], row[F.owner]) &&
      matches(filter[F.vinFilterWarehouse], row[F.warehouse]) &&
      matches(filter[F.vinFilterProduct], row[F.product]),
  );
  return { value: page(rows, request) };
}
