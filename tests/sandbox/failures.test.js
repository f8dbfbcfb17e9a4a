// Every way the gateway refuses a call: the exact code, HTTP 200, flag false, a bilingual message.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { FAILURES } from '../../sandbox/failures.js';
import { call, DEMO, DEVICE, example, post, sandbox } from './helpers.js';
import { buildRequest } from '../../sandbox/hongxun.js';

const IN_ORDER = '/dtc/logistics/inOrder';
const DWS = '/dtc/sandbox/dwsPackage';
const MINUTE = 60_000;

function refused(result, failure) {
  assert.equal(result.status, 200);
  assert.equal(result.answer.flag, false);
  assert.equal(result.answer.code, failure.code, result.answer.message);
  assert.ok(result.answer.message.includes(failure.zh), result.answer.message);
  assert.ok(result.answer.message.includes(failure.en), result.answer.message);
  return result.answer;
}

describe('gateway failures', () => {
  let sb;
  let base;
  before(async () => {
    sb = await sandbox({ bodyLimit: 64 * 1024 });
    base = sb.url;
  });
  after(() => sb.close());

  test('failure codes are distinct', () => {
    const codes = Object.values(FAILURES).map((f) => f.code);
    assert.equal(new Set(codes).size, codes.length);
  });

  test('1001 unknown path, including callback types Hongxun does not receive', async () => {
    const body = buildRequest('inOrder', example('inOrder'), DEMO).body;
    const a = refused(await post(base, '/dtc/logistics/nothingHere', body), FAILURES.unknownPath);
    assert.equal(a.value.path, '/dtc/logistics/nothingHere');
    refused(await post(base, '/dtc/sandbox/inOrderConfirm', body), FAILURES.unknownPath);
  });

  test('1002 wrong method', async () => {
    const a = refused(await post(base, IN_ORDER, null, {}, 'GET'), FAILURES.wrongMethod);
    assert.deepEqual(a.value, { method: 'GET', allowed: ['POST'] });
    refused(await post(base, IN_ORDER, '{}', { 'Content-Type': 'application/json' }, 'PUT'), FAILURES.wrongMethod);
  });

  test('1003 wrong content type', async () => {
    const body = buildRequest('inOrder', example('inOrder'), DEMO).body;
    refused(await post(base, IN_ORDER, body, { 'Content-Type': 'text/plain' }), FAILURES.wrongContentType);
    refused(await post(base, IN_ORDER, body, { 'Content-Type': 'application/json; charset=gbk' }), FAILURES.wrongContentType);
    const ok = await post(base, IN_ORDER, body, { 'Content-Type': 'application/json; charset=UTF-8' });
    assert.equal(ok.answer.flag, true, ok.answer.message);
  });

  test('1004 body too large: the limit is reported', async () => {
    const a = refused(await post(base, IN_ORDER, 'x'.repeat(64 * 1024 + 1)), FAILURES.bodyTooLarge);
    assert.deepEqual(a.value, { limit: 64 * 1024, received: 64 * 1024 + 1 });
  });

  test('1005 malformed JSON, and bytes that are not UTF-8', async () => {
    refused(await post(base, IN_ORDER, '{"createBy":'), FAILURES.malformedJson);
    refused(await post(base, IN_ORDER, Buffer.from([0x7b, 0xff, 0x7d])), FAILURES.malformedJson);
  });

  test('2001 malformed envelope: lists what is missing', async () => {
    refused(await post(base, IN_ORDER, '[]'), FAILURES.malformedEnvelope);
    const { sign: _, ...unsigned } = JSON.parse(buildRequest('inOrder', example('inOrder'), DEMO).body);
    const a = refused(await post(base, IN_ORDER, JSON.stringify(unsigned)), FAILURES.malformedEnvelope);
    assert.deepEqual(a.value.missing, ['sign']);
  });

  test('2002 unknown partner', async () => {
    const a = refused(await call(base, 'inOrder', example('inOrder'), { credentials: { ...DEMO, createBy: 'NOBODY' } }), FAILURES.unknownPartner);
    assert.deepEqual(a.value, { createBy: 'NOBODY', dataSource: 'PORTAL' });
    refused(await call(base, 'inOrder', example('inOrder'), { credentials: { ...DEMO, dataSource: 'ELSEWHERE' } }), FAILURES.unknownPartner);
  });

  test('2003 unknown device', async () => {
    const body = buildRequest('dwsPackage', example('dwsPackage'), { warehouseCode: 'NOT-A-WH' }).body;
    const a = refused(await post(base, DWS, body), FAILURES.unknownDevice);
    assert.deepEqual(a.value, { warehouseCode: 'NOT-A-WH' });
  });

  test('2004 timestamp that is not a Beijing time (checked before the signature)', async () => {
    const body = JSON.parse(buildRequest('inOrder', example('inOrder'), DEMO).body);
    body.timestamp = '2026-02-30 12:00:00';
    const a = refused(await post(base, IN_ORDER, JSON.stringify(body)), FAILURES.badTimestamp);
    assert.equal(a.value.timestamp, '2026-02-30 12:00:00');
  });

  test('2005 expired timestamp (signed envelope)', async () => {
    const a = refused(await call(base, 'inOrder', example('inOrder'), { now: Date.now() - 11 * MINUTE }), FAILURES.timestampExpired);
    assert.ok(a.value.skewSeconds <= -660 && a.value.skewSeconds > -670, String(a.value.skewSeconds));
    assert.equal(a.value.toleranceSeconds, 600);
  });

  test("a device body's timestamp only warns: its format and window are inferred", async () => {
    const device = buildRequest('dwsPackage', example('dwsPackage'), { warehouseCode: DEVICE }, { now: Date.now() - 11 * MINUTE });
    const late = await post(base, DWS, device.body);
    assert.equal(late.answer.flag, true, late.answer.message);
    assert.deepEqual(late.answer.value.warnings.map((w) => [w.code, w.path]), [['timestamp_out_of_window', '/timestamp']]);
    const body = JSON.parse(buildRequest('dwsPackage', example('dwsPackage'), { warehouseCode: DEVICE }).body);
    const odd = await post(base, DWS, JSON.stringify({ ...body, timestamp: '2026/11/28 12:00' }));
    assert.equal(odd.answer.flag, true, odd.answer.message);
    assert.deepEqual(odd.answer.value.warnings.map((w) => w.code), ['bad_timestamp']);
  });

  test('2006 timestamp in the future', async () => {
    const a = refused(await call(base, 'inOrder', example('inOrder'), { now: Date.now() + 11 * MINUTE }), FAILURES.timestampInFuture);
    assert.ok(a.value.skewSeconds >= 659, String(a.value.skewSeconds));
    // Nine minutes off is inside the window.
    const inside = await call(base, 'stockQuery', example('stockQuery'), { now: Date.now() + 9 * MINUTE });
    assert.equal(inside.answer.flag, true, inside.answer.message);
  });

  test('2007 bad signature: wrong secret', async () => {
    const a = refused(await call(base, 'inOrder', example('inOrder'), { credentials: { ...DEMO, secret: 'wrong' } }), FAILURES.badSignature);
    assert.equal(a.value.errors[0].code, 'signature_mismatch');
    assert.ok(a.message.includes(a.value.errors[0].messageZh));
  });

  test('2007 bad signature: the doctor names the mistake (keys not sorted)', async () => {
    const request = { subbaseCode: 'OWN01', customerNumber: 'DOC-1', documentType: '10', inventoryCode: 'WH01', inventoryName: '一号仓', productList: [] };
    const timestamp = JSON.parse(buildRequest('inOrder', request, DEMO).body).timestamp;
    const unsorted = JSON.stringify(request);
    const md5 = createHash('md5').update(`DEMO&PORTAL&${unsorted}&${DEMO.secret}&${timestamp}`).digest('hex');
    const body = `{"createBy":"DEMO","dataSource":"PORTAL","request":${unsorted},"sign":"${md5}","timestamp":"${timestamp}"}`;
    const a = refused(await post(base, IN_ORDER, body), FAILURES.badSignature);
    assert.ok(a.value.diagnosis, JSON.stringify(a.value));
    assert.ok(JSON.stringify(a.value.diagnosis).includes('sort'), JSON.stringify(a.value.diagnosis));
  });

  test('3001 invalid request: every validation error, with its path', async () => {
    const { customerNumber: _, ...request } = { ...example('inOrder'), documentType: '999' };
    const a = refused(await call(base, 'inOrder', request, { validate: false }), FAILURES.invalidRequest);
    const paths = a.value.errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['/customerNumber', '/documentType']);
    for (const e of a.value.errors) assert.ok(e.message && e.messageZh && e.code, JSON.stringify(e));
  });

  test('4001 duplicate customer order number', async () => {
    const request = { ...example('inOrder'), customerNumber: 'DUP-1' };
    assert.equal((await call(base, 'inOrder', request)).answer.flag, true);
    const a = refused(await call(base, 'inOrder', request), FAILURES.duplicateOrder);
    assert.equal(a.value.customerNumber, 'DUP-1');
  });

  test('4002 order not found', async () => {
    refused(await call(base, 'orderCancel', { customerNumber: 'NEVER', reason: '测试' }), FAILURES.orderNotFound);
    refused(await call(base, 'outOrderResultQuery', { customerNumber: 'NEVER' }), FAILURES.orderNotFound);
  });

  test('4003 order not cancellable once cancelled', async () => {
    await call(base, 'outOrder', { ...example('outOrder'), customerNumber: 'CXL-1' });
    assert.equal((await call(base, 'orderCancel', { customerNumber: 'CXL-1', reason: '测试' })).answer.flag, true);
    refused(await call(base, 'orderCancel', { customerNumber: 'CXL-1', reason: '测试' }), FAILURES.orderNotCancellable);
  });
});

test('5000 internal error: nothing of the failure leaks to the caller', async () => {
  const { createGateway } = await import('../../sandbox/gateway.js');
  const { endpoints } = await import('../../sandbox/hongxun.js');
  const { createServer } = await import('node:http');
  const gateway = createGateway({
    catalog: endpoints(),
    partners: [DEMO],
    devices: [],
    flows: { handle: () => { throw new Error('boom: secret-looking detail'); } },
    bodyLimit: 1 << 20,
    clock: Date.now,
  });
  const server = createServer((req, res) => gateway(req, res, new URL(`http://x${req.url}`)));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const stderr = process.stderr.write;
  process.stderr.write = () => true; // the operator's log line is expected here
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    const a = refused(await call(base, 'inOrder', example('inOrder')), FAILURES.internalError);
    assert.ok(!JSON.stringify(a).includes('boom'));
  } finally {
    process.stderr.write = stderr;
    server.close();
  }
});
