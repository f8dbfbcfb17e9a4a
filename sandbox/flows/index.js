// What the sandbox does with an accepted call, by request type: orders and their callbacks,
// queries over the state, master-data upserts. Types without a behaviour here are accepted
// and acknowledged.

import { codesOf, findField, isCallback } from '../../shared/catalog.js';
import { callbackRequest } from './callback-request.js';
import { isMasterData, upsertMasterData } from './master-data.js';
import { cancelOrder, createOrder, markFulfilled, resultQuery, routeQuery } from './orders.js';
import { stockQuery, vinStockQuery } from './stock.js';
import { checkVocabulary, F } from './vocabulary.js';

/** The callbacks Hongxun sends after an order of each type is created, in order. */
const FOLLOW_UPS = {
  inOrder: ['inOrderStatusConfirm', 'inOrderConfirm'],
  outOrder: ['outOrderStatusConfirm', 'outOrderConfirm', 'routePush', 'signInfoPush'],
  innerOrder: ['innerOrderConfirm'],
  tmsOrder: ['tmsOrderConfirm', 'routePush', 'signInfoPush'],
};
/** routePush is sent once per node of the route. */
const PER_ROUTE_NODE = 'routePush';
const CANCEL = 'orderCancel';
const CANCEL_FOLLOW_UP = 'cancelResult';
/** Result queries and the order type each reads. */
const RESULT_QUERIES = { inOrderResultQuery: 'inOrder', outOrderResultQuery: 'outOrder' };
const QUERIES = { routeQuery, stockQuery, vinStockQuery };

/**
 * @param {object} deps
 * @param {object[]} deps.catalog          endpoints() of hongxun-sign/catalog
 * @param {import('../store.js').Store} deps.store
 * @param {{ queue(chain: string, createBy: string, calls: object[]): void }} deps.sender
 * @param {() => number} deps.clock
 * @param {(ms: number) => string} deps.formatTime  Beijing time text
 * @param {string[]} deps.routeScanTypeCodes
 */
export function createFlows({ catalog, store, sender, clock, formatTime, routeScanTypeCodes }) {
  const byId = new Map(catalog.map((e) => [e.id, e]));
  checkBehaviours(byId);
  const route = routeOf(catalog, routeScanTypeCodes);
  const ctx = { store, clock, formatTime, route };

  function orderSource(order) {
    const total = (order.request[F.lines] ?? []).reduce((sum, line) => sum + (line[F.quantity] ?? 0), 0);
    return {
      ...order.request,
      [F.mailno]: order.mailno,
      [F.expressCode]: order.orderId,
      [F.downstreamOrderCode]: order.orderId,
      [F.total]: total,
      [F.actual]: total,
    };
  }

  /** The callbacks' requests, filled in now (their times are when the order or cancel happened). */
  function calls(ids, source, order) {
    const make = (id, extra = {}) => ({
      endpoint: id,
      request: callbackRequest(byId.get(id), { ...source, ...extra }, formatTime(clock())),
    });
    return ids.flatMap((id) =>
      id === PER_ROUTE_NODE
        ? order.route.map(({ at, ...node }) => make(id, { ...node, [F.scanTime]: formatTime(at) }))
        : [make(id)],
    );
  }

  /**
   * Queues the callbacks about an order, in the transaction that changed the order. The order is
   * FULFILLED once every callback after its creation was delivered or given up (chainDone), or at
   * once when its partner gets no callbacks.
   */
  function followUp(partner, order, queued) {
    if (partner.callbacks) sender.queue(order.orderId, partner.createBy, queued);
    else markFulfilled(store, order, clock());
  }

  function chainDone(orderId) {
    const order = store.getOrderById(orderId);
    if (order) markFulfilled(store, order, clock());
  }

  function handle(endpoint, { partner, request }) {
    const id = endpoint.id;
    if (!partner) return { value: { accepted: true } }; // device calls keep no state
    if (id in FOLLOW_UPS) {
      return store.atomically(() => {
        const created = createOrder(ctx, endpoint, partner, request);
        if (created.order) followUp(partner, created.order, calls(FOLLOW_UPS[id], orderSource(created.order), created.order));
        return created;
      });
    }
    if (id === CANCEL) {
      return store.atomically(() => {
        const cancelled = cancelOrder(ctx, partner, request);
        if (cancelled.order) {
          const source = { ...orderSource(cancelled.order), ...request, [F.cancelledLines]: cancelled.cancelled };
          followUp(partner, cancelled.order, calls([CANCEL_FOLLOW_UP], source, cancelled.order));
        }
        return cancelled;
      });
    }
    if (id in RESULT_QUERIES) return resultQuery(ctx, RESULT_QUERIES[id], partner, request);
    if (id in QUERIES) return QUERIES[id](ctx, partner, request);
    if (isMasterData(id)) return upsertMasterData(ctx, endpoint, partner, request);
    return { value: { accepted: true } };
  }

  return { handle, chainDone };
}

/** Every type named above must be in the catalog; the follow-ups must be callbacks. */
function checkBehaviours(byId) {
  checkVocabulary(byId);
  const named = [...Object.keys(FOLLOW_UPS), CANCEL, ...Object.keys(RESULT_QUERIES), ...Object.values(RESULT_QUERIES), ...Object.keys(QUERIES)];
  const callbacks = [...Object.values(FOLLOW_UPS).flat(), CANCEL_FOLLOW_UP];
  const missing = [...named, ...callbacks].filter((id) => !byId.has(id));
  const notCallbacks = callbacks.filter((id) => byId.has(id) && !isCallback(byId.get(id)));
  if (missing.length || notCallbacks.length) {
    throw new Error(`sandbox flows out of step with the catalog: missing ${missing.join(', ') || '-'}; not callbacks ${notCallbacks.join(', ') || '-'}`);
  }
}

/**
 * The route the sandbox reports for every order: the configured Appendix 3 codes, each checked
 * against the catalog's code list, one minute apart from the order's creation.
 */
function routeOf(catalog, codes) {
  const field = catalog.map((e) => findField(e.fields, F.scanType)).find(Boolean);
  const known = new Map((codesOf(field) ?? []).map((c) => [c.code, c.labelZh]));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw new Error(`routeScanTypeCodes not in the catalog's ${F.scanType} codes: ${unknown.join(', ')}`);
  return (createdAt) =>
    codes.map((code, i) => ({ [F.scanType]: code, [F.scanMemo]: known.get(code), at: createdAt + i * 60_000 }));
}
