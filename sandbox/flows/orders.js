// Orders: creation (a duplicate customer order number is refused), cancellation (whole, or
// partial as cancelType says), status queries and the route of a shipment. After a
// creation or a cancel, Hongxun's callbacks about it follow (see index.js).

import { FAILURES, failure } from '../failures.js';
import { F, PARTIAL_CANCEL } from './vocabulary.js';

export const STATUS = Object.freeze({
  created: 'CREATED',
  fulfilled: 'FULFILLED',
  partiallyCancelled: 'PARTIALLY_CANCELLED',
  cancelled: 'CANCELLED',
});

/** The order as the sandbox reports it in query answers. */
export function orderView(order, formatTime) {
  return {
    [F.orderKey]: order.key,
    type: order.endpoint,
    orderId: order.orderId,
    [F.mailno]: order.mailno,
    status: order.status,
    createdAt: formatTime(order.createdAt),
    fulfilledAt: order.fulfilledAt ? formatTime(order.fulfilledAt) : null,
    [F.lines]: order.request[F.lines] ?? [],
    cancelledLines: order.cancelledLines,
  };
}

export function createOrder({ store, clock, route }, endpoint, partner, request) {
  const key = request[F.orderKey];
  const existing = store.getOrder(partner.createBy, endpoint.id, key);
  if (existing) {
    return {
      failure: failure(FAILURES.duplicateOrder, {
        detailZh: `"${key}" 已存在（状态 ${existing.status}）`,
        detailEn: `"${key}" already exists (status ${existing.status})`,
        value: { [F.orderKey]: key, orderId: existing.orderId, status: existing.status },
      }),
    };
  }
  const createdAt = clock();
  const order = store.insertOrder({
    createBy: partner.createBy,
    endpoint: endpoint.id,
    key,
    status: STATUS.created,
    createdAt,
    fulfilledAt: null,
    request,
    cancelledLines: [],
    route: route(createdAt),
  });
  return { order, value: { [F.orderKey]: key, orderId: order.orderId, [F.mailno]: order.mailno, status: order.status } };
}

export function markFulfilled(store, order, at) {
  if (order.status !== STATUS.created) return;
  order.status = STATUS.fulfilled;
  order.fulfilledAt = at;
  store.updateOrder(order);
}

/**
 * cancelType decides: "20" cancels the lines in `item` (validation has refused a partial cancel
 * without lines), anything else the whole order, whatever `item` lists.
 */
export function cancelOrder({ store }, partner, request) {
  const key = request[F.orderKey];
  const candidates = store.findOrders(partner.createBy, key);
  if (candidates.length === 0) return notFound(key);
  const order = candidates.find((o) => o.status !== STATUS.cancelled);
  if (!order) {
    return {
      failure: failure(FAILURES.orderNotCancellable, {
        detailZh: `"${key}" 已取消`,
        detailEn: `"${key}" is already cancelled`,
        value: { [F.orderKey]: key, status: STATUS.cancelled },
      }),
    };
  }
  const partial = request[F.cancelType] === PARTIAL_CANCEL;
  const lines = partial ? request[F.cancelLines] : (order.request[F.lines] ?? []);
  order.cancelledLines.push(...lines);
  order.status = partial ? STATUS.partiallyCancelled : STATUS.cancelled;
  store.updateOrder(order);
  return {
    order,
    cancelled: lines,
    value: { [F.orderKey]: key, orderId: order.orderId, status: order.status },
  };
}

export function resultQuery({ store, formatTime }, orderType, partner, request) {
  const key = request[F.orderKey];
  const order = store.getOrder(partner.createBy, orderType, key);
  return order ? { value: orderView(order, formatTime) } : notFound(key);
}

export function routeQuery({ store, formatTime }, partner, request) {
  const key = request[F.orderKey];
  const mailno = request[F.mailno];
  const order = store.findOrders(partner.createBy, key).find((o) => !mailno || o.mailno === mailno);
  if (!order) return notFound(key);
  return {
    value: {
      [F.orderKey]: key,
      [F.mailno]: order.mailno,
      routes: order.route.map(({ at, ...node }) => ({ ...node, [F.scanTime]: formatTime(at) })),
    },
  };
}

function notFound(key) {
  return {
    failure: failure(FAILURES.orderNotFound, {
      detailZh: `"${key}"`,
      detailEn: `"${key}"`,
      value: { [F.orderKey]: key },
    }),
  };
}
