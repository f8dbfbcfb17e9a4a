// Compiled with `tsc --strict` by types.test.mjs against the built pkg/index.d.ts and
// pkg/catalog.d.ts. Each `@ts-expect-error` line must be an error, or tsc fails ("unused directive").
import init, {
  buildRequest,
  canonicalize,
  createClient,
  formatTimestamp,
  HongxunError,
  parseResponse,
  sign,
  splitBatches,
  validate,
  verifyRequest,
  type BuiltRequest,
  type FieldInfo,
  type InOrderProductListItem,
  type InOrderRequest,
  type OrderCancelRequest,
  type OutOrderProductListItem,
  type SignImagePushRequest,
  type Verification,
  type WithExtraFields,
} from 'hongxun-sign';
import { endpoints, requestSchema } from 'hongxun-sign/catalog';

await init();

const credentials = { createBy: 'C001', dataSource: 'WEB', secret: 's3cr3t' };
const inbound: InOrderRequest = {
  customerNumber: 'IN1',
  documentType: '10',
  inventoryCode: 'WH01',
  inventoryName: '上海一号仓',
  subbaseCode: 'OWN01',
};

const built: BuiltRequest = buildRequest('inOrder', inbound, credentials, { now: new Date() });
const signature: string | null = built.sign;
const fromText = buildRequest('inOrder', '{"customerNumber":"IN1"}', credentials, { validate: false, now: 0 });
const device = buildRequest('dwsPackage', { mailno: 'M1', longs: 1, widths: 1, heights: 1, weight: 1, volume: 1 }, {
  warehouseCode: 'WH01',
});

// @ts-expect-error documentType is one of Appendix 2's inbound codes
buildRequest('inOrder', { ...inbound, documentType: '99' }, credentials);
// @ts-expect-error customerNumber is required
buildRequest('inOrder', { documentType: '10', inventoryCode: 'WH01', inventoryName: 'x', subbaseCode: 'y' }, credentials);
// @ts-expect-error not a request type
buildRequest('noSuchType', {}, credentials);
// @ts-expect-error credentials are either signed or device
buildRequest('inOrder', inbound, { createBy: 'C001' });

// Nested objects have named types; an order type sharing the product line shares its interface.
const lines: InOrderProductListItem[] = [{ customerProductCode: 'SKU-1', quantity: 2 }];
const outboundLine: OutOrderProductListItem = lines[0];
buildRequest('inOrder', { ...inbound, productList: lines }, credentials);
// @ts-expect-error quantity is a number
const badLine: InOrderProductListItem = { quantity: '2' };

// Exact interfaces: a misspelt member is an error, at the top and inside a line.
// @ts-expect-error remakr is not a member of InOrderRequest
const typo: InOrderRequest = { ...inbound, remakr: 'x' };
// @ts-expect-error quantiy is not a member of a product line
buildRequest('inOrder', { ...inbound, productList: [{ quantiy: 3 }] }, credentials);
// Optional members accept null (the server drops null members); required ones do not.
const withNulls: InOrderRequest = { ...inbound, supplierCode: null, productList: null };
// @ts-expect-error customerNumber is required
const nullKey: InOrderRequest = { ...inbound, customerNumber: null };
// Members the catalog does not know, declared; for an array request, on each item.
const urgent: WithExtraFields<InOrderRequest, { priority: 'high' | 'normal' }> = { ...inbound, priority: 'high' };
buildRequest('inOrder', urgent, credentials);
const images: WithExtraFields<SignImagePushRequest, { batch: number }> = [
  { customerFlag: 'C', customerOrderCode: 'O', signList: [], batch: 1 },
];
buildRequest('signImagePush', images, credentials);
// @ts-expect-error a declared extra is typed
const wrongExtra: WithExtraFields<InOrderRequest, { priority: 'high' }> = { ...inbound, priority: 'low' };
// `satisfies` keeps the literal code: the variable is accepted where InOrderRequest is expected.
const kept = { ...inbound, documentType: '20' } satisfies InOrderRequest;
const keptCode: '20' = kept.documentType;

// orderCancel: cancelType decides. A partial cancel ("20") needs its batch and at least one line.
const whole: OrderCancelRequest = { customerNumber: 'N', reason: 'r' };
const wholeWithLines: OrderCancelRequest = { customerNumber: 'N', reason: 'r', cancelType: '10', item: [] };
const partial: OrderCancelRequest = { customerNumber: 'N', reason: 'r', cancelType: '20', cancelBatch: '1', item: [{ quantity: 1 }] };
// @ts-expect-error a partial cancel lists its lines
const partialWithoutLines: OrderCancelRequest = { customerNumber: 'N', reason: 'r', cancelType: '20', cancelBatch: '1' };
// @ts-expect-error at least one line
const partialNoLines: OrderCancelRequest = { customerNumber: 'N', reason: 'r', cancelType: '20', cancelBatch: '1', item: [] };
// @ts-expect-error a partial cancel names its batch
const partialWithoutBatch: OrderCancelRequest = { customerNumber: 'N', reason: 'r', cancelType: '20', item: [{ quantity: 1 }] };
// @ts-expect-error still exact
const cancelTypo: OrderCancelRequest = { customerNumber: 'N', reason: 'r', reasn: 'r' };
buildRequest('orderCancel', partial, credentials);

const report = validate('outOrder', JSON.parse('{}'), { strict: true });
const suggestion: string | undefined = report.warnings[0]?.suggestion;
const booleanField: FieldInfo['type'] = 'boolean';
const english: string | undefined = endpoints()[0].fields[1].enum?.[0].labelEn;
const firstPath: string | undefined = report.errors[0]?.path;
const canonical: string = canonicalize({ any: 'value' });
const hex: string = sign({ ...credentials, timestamp: formatTimestamp(Date.now()), request: canonical });
const verification: Verification = verifyRequest(built.body, { secret: 's3cr3t' }, { endpoint: 'inOrder', toleranceSeconds: 60 });
const diagnosis: string | undefined = verification.errors[0]?.diagnosis?.code;
const titles: string[] = endpoints().map((e) => `${e.id} ${e.titleZh}`);
const schema: Record<string, unknown> = requestSchema('signInfoPush');
// @ts-expect-error the catalog's descriptions are in hongxun-sign/catalog, not the main entry
type Moved = typeof import('hongxun-sign').endpoints;
const answer = parseResponse<{ total: number }>('{"code":200,"message":"ok","flag":true}');
const total: number | undefined = answer.value?.total;

// Batches keep the form of the request: values in, values out; text in, text out.
const serials = splitBatches('serialNumberIssue', { customerOrderCode: 'SO1', totalCount: 0, currentCount: 0, surPlusCount: 0, productList: [] }, { maxLines: 500 });
const firstCount: number | undefined = serials[0]?.currentCount;
const lpnTexts: string[] = splitBatches('overseasLpn', '{"batchId":"B","sourceNum":"PO","lpnList":[]}', { maxBytes: 1 << 20, linesBefore: 0 });
const perBatch: number[] = lpnTexts.length ? serials.lines : [];
// @ts-expect-error one limit, not both
splitBatches('overseasLpn', '{}', { maxLines: 1, maxBytes: 1 });

try {
  buildRequest('inOrder', inbound, credentials);
} catch (e) {
  if (e instanceof HongxunError) {
    const { code, path, messageZh, errors } = e;
    console.log(code, path?.length, messageZh, errors.map((p) => p.code));
  }
}

// createClient: per-endpoint request types, the answer type, the failure's attempts.
const client = createClient({ baseUrl: 'http://127.0.0.1:8787', credentials, retries: 1 });
const gatewayClient = createClient({ baseUrl: 'http://127.0.0.1:8787/sign/sandbox', signAt: 'gateway' });
async function calls(): Promise<void> {
  const created = await client.call<'inOrder', { orderId: string }>('inOrder', inbound, { idempotent: false });
  const orderId: string | undefined = created.value?.orderId;
  const attempts: number = created.attempts + created.status;
  // @ts-expect-error the request must fit the request type
  await gatewayClient.call('inOrder', { documentType: 10 });
  try {
    await gatewayClient.call('inOrder', inbound, { signal: AbortSignal.timeout(1000) });
  } catch (e) {
    if (e instanceof HongxunError && (e.code === 'timeout' || e.code === 'network')) console.log(e.attempts, e.status);
  }
  console.log(orderId, attempts);
}

console.log(firstCount, perBatch, signature, fromText, device, outboundLine, badLine, firstPath, hex, diagnosis, titles, schema, total, calls);
console.log(typo, withNulls, nullKey, wrongExtra, keptCode, suggestion, booleanField, english);
console.log(whole, wholeWithLines, partialWithoutLines, partialNoLines, partialWithoutBatch, cancelTypo);
