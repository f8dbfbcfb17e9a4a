// The request fields the sandbox's flows read or fill in. The catalog is the single source of
// truth for them: at start every name below is looked up in the catalog (`checkVocabulary`),
// so a rename in the catalog stops the sandbox instead of silently breaking a flow.

export const F = Object.freeze({
  orderKey: 'customerNumber',
  lines: 'productList',
  product: 'customerProductCode',
  quantity: 'quantity',
  vin: 'vinNum',
  warehouse: 'inventoryCode',
  owner: 'subbaseCode',
  cancelType: 'cancelType',
  cancelLines: 'item',
  cancelledLines: 'orderProductList',
  pageNum: 'pageNum',
  pageSize: 'pageSize',
  productCodes: 'productCodeList',
  vinFilter: 'mode',
  vinFilterOwner: 'ownerId',
  vinFilterWarehouse: 'whCode',
  vinFilterProduct: 'skuProdCode',
  mailno: 'mailno',
  expressCode: 'expressCode',
  downstreamOrderCode: 'downstreamOrderCode',
  scanType: 'scanTypeCode',
  scanTime: 'time',
  scanMemo: 'memo',
  total: 'totalQuantity',
  actual: 'actualQuantity',
});

/**
 * How each master-data sync identifies its records: by these fields, of the request itself or
 * of each item of a list in it. A sync with a known key updates the record (upsert).
 */
export const MASTER_RECORDS = Object.freeze({
  productSync: { keys: ['customerProductCode'] },
  inventoryOrgSync: { keys: ['inventoryCode', 'subbaseCode'] },
  consigneeSync: { keys: ['code'] },
  productVolumeWeightSync: { list: 'productList', keys: ['customerProductCode'] },
});

/** [endpoint id, field paths] that must exist in the catalog. */
const USES = [
  ...Object.entries(MASTER_RECORDS).map(([id, { list, keys }]) => [id, keys.map((k) => (list ? `${list}/${k}` : k))]),
  ['inOrder', [F.orderKey, F.warehouse, F.owner, `${F.lines}/${F.product}`, `${F.lines}/${F.quantity}`, `${F.lines}/${F.vin}`]],
  ['outOrder', [F.orderKey, F.warehouse, F.owner, `${F.lines}/${F.product}`, `${F.lines}/${F.quantity}`, `${F.lines}/${F.vin}`]],
  ['orderCancel', [F.orderKey, F.cancelType, F.cancelLines]],
  ['cancelResult', [F.cancelledLines]],
  ['inOrderResultQuery', [F.orderKey]],
  ['outOrderResultQuery', [F.orderKey]],
  ['routeQuery', [F.orderKey, F.mailno]],
  ['stockQuery', [F.warehouse, F.owner, F.productCodes, F.pageNum, F.pageSize]],
  ['vinStockQuery', [F.pageNum, F.pageSize, `${F.vinFilter}/${F.vinFilterOwner}`, `${F.vinFilter}/${F.vinFilterWarehouse}`, `${F.vinFilter}/${F.vinFilterProduct}`]],
  ['routePush', [F.orderKey, F.mailno, F.scanType, F.scanTime, F.scanMemo]],
  ['inOrderStatusConfirm', [F.total, F.actual]],
  ['outOrderConfirm', [F.mailno, F.expressCode, F.downstreamOrderCode]],
];

/** cancelType's code for a partial cancel (any other value, or none, cancels the whole order). */
export const PARTIAL_CANCEL = '20';

/** Throws when a name the flows use is missing from the catalog. */
export function checkVocabulary(byId) {
  const missing = [];
  const cancelType = byId.get('orderCancel')?.fields.find((f) => f.name === F.cancelType);
  if (!cancelType?.enum?.some((c) => c.code === PARTIAL_CANCEL)) missing.push(`orderCancel:${F.cancelType}=${PARTIAL_CANCEL}`);
  for (const [id, paths] of USES) {
    const endpoint = byId.get(id);
    if (!endpoint) {
      missing.push(id);
      continue;
    }
    for (const path of paths) if (!fieldAt(endpoint.fields, path.split('/'))) missing.push(`${id}:${path}`);
  }
  if (missing.length) throw new Error(`the sandbox's flows use names the catalog lacks: ${missing.join(', ')}`);
}

function fieldAt(fields, [name, ...rest]) {
  const field = (fields ?? []).find((f) => f.name === name);
  if (!field || rest.length === 0) return field;
  return fieldAt(field.fields, rest);
}
