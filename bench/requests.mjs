// The benchmark's requests, built deterministically: a ~1 KB inOrder, a ~2.5 KB signInfoPush with
// 10 lines, a ~1 MB serialNumberIssue batch. Values are chosen so that a sorted JSON.stringify
// and fastjson write the same text (plain integers, short decimals, no escapes): both pipelines
// then sign the same bytes, and the benchmark checks they agree.

const pad = (n, width) => String(n).padStart(width, '0');

function inOrder() {
  return {
    customerNumber: 'IN202611280001',
    documentType: '10',
    supplierCode: 'SUP01',
    supplierName: '深圳供应商',
    inventoryCode: 'WH01',
    inventoryName: '上海一号仓',
    subbaseCode: 'OWN01',
    subbaseName: '货主一',
    remark: null,
    productList: Array.from({ length: 6 }, (_, i) => ({
      customerLineNumber: String(i + 1),
      customerProductCode: `SKU-${1000 + i}`,
      customerProductDescription: '智能摄像机',
      quantity: 20 + i,
      unitWeight: 0.45,
    })),
  };
}

/** The ~2.5 KB signInfoPush with 10 lines (also the cold-start benchmark's first request). */
export function signInfoPush() {
  return {
    customerNumber: 'TO202611280001',
    signType: '10',
    expressCode: 'HX0001',
    waybillNumber: 'WB0001',
    mailno: 'SF1234567890',
    actualQuantity: 50,
    signer: '张三',
    signedTime: '2026-11-30 10:12:00',
    remark: null,
    productList: Array.from({ length: 10 }, (_, i) => ({
      customerLineNumber: String(i + 1),
      customerProductCode: `SKU-${1000 + i}`,
      customerProductDescription: '智能摄像机',
      quantity: 5,
      unitWeight: 0.45,
      singlePieceVolume: 0.012,
      productBatchNumber: `B${pad(i, 4)}`,
      ebeln: '4500000001',
      ebelp: pad(10 * (i + 1), 5),
      remark: null,
    })),
  };
}

function serialNumberIssue(bytes) {
  const lines = Math.round(bytes / 65.5);
  return {
    customerOrderCode: 'SO202611280001',
    hkTransferDataType: null,
    totalCount: lines,
    currentCount: lines,
    surPlusCount: 0,
    productList: Array.from({ length: lines }, (_, i) => ({
      customerProductCode: `CAM-${pad(i % 97, 2)}`,
      serialNumber: `SN${pad(i, 12)}`,
    })),
  };
}

/** `[{ name, id, value, text }]`; `text` is the JSON text of `value`. */
export function benchmarkRequests() {
  return [
    ['1 KB inOrder', 'inOrder', inOrder()],
    ['2.5 KB signInfoPush, 10 lines', 'signInfoPush', signInfoPush()],
    ['1 MB serialNumberIssue', 'serialNumberIssue', serialNumberIssue(1 << 20)],
  ].map(([name, id, value]) => ({ name, id, value, text: JSON.stringify(value) }));
}
