// The sandbox's state: orders and their callbacks, cancels, queries, master data, persistence.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { endpoints, verifyRequest } from '../../sandbox/hongxun.js';
import { findField, isServed } from '../../shared/catalog.js';
import { call, DEMO, DEVICE, endpoint, eventually, example, post, sandbox } from './helpers.js';
import { buildRequest } from '../../sandbox/hongxun.js';
import { FAILURES } from '../../sandbox/failures.js';

async function callbacks(base) {
  const res = await fetch(`${base}/sandbox/api/callbacks`);
  return res.json();
}

/** Waits for the callbacks about one order, oldest first. */
async function callbacksAbout(base, customerNumber, count) {
  return eventually(async () => {
    const { received } = await callbacks(base);
    const about = received.filter((e) => e.body.includes(customerNumber)).reverse();
    return about.length >= count ? about : null;
  });
}

describe('flows', () => {
  let sb;
  let base;
  before(async () => {
    sb = await sandbox();
    base = sb.url;
  });
  after(() => sb.close());

  test('an inbound order is accepted, then its signed callbacks arrive and verify', async () => {
    const request = { ...example('inOrder'), customerNumber: 'IN-FLOW-1' };
    const created = await call(base, 'inOrder', request);
    assert.equal(created.answer.code, 200);
    assert.equal(created.answer.message, '响应成功');
    assert.equal(created.answer.value.customerNumber, 'IN-FLOW-1');
    assert.equal(created.answer.value.status, 'CREATED');

    const got = await callbacksAbout(base, 'IN-FLOW-1', 2);
    assert.deepEqual(got.map((e) => e.endpoint), ['inOrderStatusConfirm', 'inOrderConfirm']);
    for (const entry of got) {
      assert.equal(entry.ok, true, entry.message);
      // A partner's own service, holding the same secret, accepts them too.
      const check = verifyRequest(entry.body, DEMO, { endpoint: entry.endpoint });
      assert.deepEqual(check.errors, []);
    }
    const status = JSON.parse(got[0].body).request;
    assert.equal(status.customerNumber, 'IN-FLOW-1');
    assert.equal(status.totalQuantity, 20); // the example's one line of 20
    assert.equal(status.actualQuantity, 20);

    const result = await eventually(async () => {
      const r = await call(base, 'inOrderResultQuery', { customerNumber: 'IN-FLOW-1' });
      return r.answer.value.status === 'FULFILLED' ? r : null;
    });
    assert.equal(result.answer.value.productList[0].quantity, 20);
  });

  test('an outbound order pushes its route, node by node, with Appendix 3 codes from the catalog', async () => {
    await call(base, 'outOrder', { ...example('outOrder'), customerNumber: 'OUT-FLOW-1' });
    const got = await callbacksAbout(base, 'OUT-FLOW-1', 7);
    assert.deepEqual(got.map((e) => e.endpoint), [
      'outOrderStatusConfirm', 'outOrderConfirm', 'routePush', 'routePush', 'routePush', 'routePush', 'signInfoPush',
    ]);
    assert.ok(got.every((e) => e.ok), JSON.stringify(got.filter((e) => !e.ok)));
    const pushed = got.filter((e) => e.endpoint === 'routePush').map((e) => JSON.parse(e.body).request.scanTypeCode);
    assert.deepEqual(pushed, ['80', '81', '82', '001']);

    const route = await call(base, 'routeQuery', { customerNumber: 'OUT-FLOW-1' });
    const codes = new Map(findField(endpoint('routePush').fields, 'scanTypeCode').enum.map((c) => [c.code, c.labelZh]));
    assert.deepEqual(route.answer.value.routes.map((n) => n.scanTypeCode), ['80', '81', '82', '001']);
    for (const node of route.answer.value.routes) {
      assert.equal(node.memo, codes.get(node.scanTypeCode));
      assert.match(node.time, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
    assert.equal(route.answer.value.mailno, JSON.parse(got[1].body).request.mailno);
  });

  test('a whole cancel and a partial cancel, each answered by a cancelResult callback', async () => {
    await call(base, 'outOrder', { ...example('outOrder'), customerNumber: 'CXL-WHOLE' });
    const whole = await call(base, 'orderCancel', { customerNumber: 'CXL-WHOLE', reason: '客户取消' });
    assert.equal(whole.answer.value.status, 'CANCELLED');

    await call(base, 'outOrder', { ...example('outOrder'), customerNumber: 'CXL-PART' });
    const partial = await call(base, 'orderCancel', { ...example('orderCancel'), customerNumber: 'CXL-PART' });
    assert.equal(partial.answer.value.status, 'PARTIALLY_CANCELLED');

    const results = await eventually(async () => {
      const { received } = await callbacks(base);
      const found = received.filter((e) => e.endpoint === 'cancelResult');
      return found.length >= 2 ? found : null;
    });
    const byOrder = new Map(results.map((e) => [JSON.parse(e.body).request.orderBasicInfo.customerNumber, JSON.parse(e.body).request]));
    assert.deepEqual(byOrder.get('CXL-PART').orderProductList, example('orderCancel').item);
    assert.deepEqual(byOrder.get('CXL-WHOLE').orderProductList, [{ customerLineNumber: '1', customerProductCode: 'SKU-1001', quantity: 5 }]);
    const status = await call(base, 'outOrderResultQuery', { customerNumber: 'CXL-WHOLE' });
    assert.equal(status.answer.value.status, 'CANCELLED');
  });

  test('cancelType decides between a whole and a partial cancel, not the lines sent', async () => {
    const { item } = example('orderCancel');
    await call(base, 'outOrder', { ...example('outOrder'), customerNumber: 'CXL-10-LINES' });
    const whole = await call(base, 'orderCancel', { customerNumber: 'CXL-10-LINES', cancelType: '10', reason: 'r', item });
    assert.equal(whole.answer.value.status, 'CANCELLED', whole.answer.message);

    await call(base, 'outOrder', { ...example('outOrder'), customerNumber: 'CXL-20-EMPTY' });
    const empty = await call(base, 'orderCancel', { customerNumber: 'CXL-20-EMPTY', cancelType: '20', cancelBatch: '1', reason: 'r', item: [] }, { validate: false });
    assert.equal(empty.answer.code, FAILURES.invalidRequest.code, empty.answer.message);
    assert.deepEqual(empty.answer.value.errors.map((e) => [e.path, e.code]), [['/item', 'rule']]);
    const untouched = await call(base, 'outOrderResultQuery', { customerNumber: 'CXL-20-EMPTY' });
    assert.equal(untouched.answer.value.status, 'CREATED');
  });

  test('stock pages through what fulfilled inbound orders brought in, less what left', async () => {
    const line = (n, qty, vin) => ({ customerLineNumber: String(n), customerProductCode: `P-${n}`, quantity: qty, vinNum: vin });
    const header = { ...example('inOrder'), inventoryCode: 'WH-S', subbaseCode: 'OWN-S' };
    await call(base, 'inOrder', { ...header, customerNumber: 'STK-IN', productList: [line(1, 10, 'VIN1'), line(2, 4, 'VIN2'), line(3, 7, 'VIN3')] });
    const query = { inventoryCode: 'WH-S', subbaseCode: 'OWN-S', productCodeList: [], pageSize: 2, pageNum: 1 };
    const first = await eventually(async () => {
      const r = await call(base, 'stockQuery', query);
      return r.answer.value.total === 3 ? r : null;
    });
    assert.deepEqual(first.answer.value.list.map((r) => [r.customerProductCode, r.quantity]), [['P-1', 10], ['P-2', 4]]);
    const second = await call(base, 'stockQuery', { ...query, pageNum: 2 });
    assert.deepEqual(second.answer.value.list.map((r) => [r.customerProductCode, r.quantity]), [['P-3', 7]]);
    const one = await call(base, 'stockQuery', { ...query, productCodeList: [{ customerProductCode: 'P-2' }] });
    assert.equal(one.answer.value.total, 1);

    await call(base, 'outOrder', { ...example('outOrder'), inventoryCode: 'WH-S', subbaseCode: 'OWN-S', customerNumber: 'STK-OUT', productList: [line(1, 3, 'VIN1')] });
    await eventually(async () => {
      const r = await call(base, 'stockQuery', { ...query, productCodeList: [{ customerProductCode: 'P-1' }] });
      return r.answer.value.list[0]?.quantity === 7;
    });
    const vins = await call(base, 'vinStockQuery', { mode: { whCode: 'WH-S' }, pageNum: 1, pageSize: 10 });
    assert.deepEqual(vins.answer.value.list.map((r) => r.vinNum).sort(), ['VIN2', 'VIN3']);
    const vinPage = await call(base, 'vinStockQuery', { mode: { whCode: 'WH-S' }, pageNum: 2, pageSize: 1 });
    assert.equal(vinPage.answer.value.total, 2);
    assert.equal(vinPage.answer.value.list.length, 1);
  });

  test('master-data syncs insert, then update by key', async () => {
    const product = example('productSync');
    assert.deepEqual((await call(base, 'productSync', product)).answer.value, { inserted: 1, updated: 0 });
    assert.deepEqual((await call(base, 'productSync', { ...product, color: '黑' })).answer.value, { inserted: 0, updated: 1 });
    const volumes = example('productVolumeWeightSync');
    volumes.productList.push({ customerProductCode: 'SKU-2002', roughWeight: 1, vol: 2 });
    assert.deepEqual((await call(base, 'productVolumeWeightSync', volumes)).answer.value, { inserted: 2, updated: 0 });
    const org = example('inventoryOrgSync');
    await call(base, 'inventoryOrgSync', org);
    assert.deepEqual((await call(base, 'inventoryOrgSync', { ...org, subbaseCode: 'OWN09' })).answer.value, { inserted: 1, updated: 0 });
  });

  test('every type Hongxun receives is served at its path and accepts its example', async () => {
    for (const e of endpoints().filter(isServed)) {
      const request = e.id.endsWith('Order') ? { ...example(e.id), customerNumber: `EVERY-${e.id}` } : example(e.id);
      const who = e.envelope === 'device' ? { warehouseCode: DEVICE } : DEMO;
      const built = buildRequest(e.id, request, who);
      const path = e.path ?? `/dtc/sandbox/${e.id}`;
      const { answer } = await post(base, path, built.body);
      const expectNotFound = ['orderCancel', 'inOrderResultQuery', 'outOrderResultQuery', 'routeQuery'].includes(e.id);
      assert.equal(answer.code, expectNotFound ? 4002 : 200, `${e.id}: ${answer.message}`);
    }
  });
});

describe('callback delivery', () => {
  test('callbacks go to a configured URL; a receiver holding a wrong secret refuses them', async () => {
    // The receiving sandbox knows DEMO with another secret: the signature must fail there.
    const wrong = await sandbox({ partners: [{ ...DEMO, secret: 'another-secret' }], demoPartner: false });
    const sender = await sandbox({ callbackUrl: `${wrong.url}/callbacks/receive` });
    try {
      await call(sender.url, 'innerOrder', { ...example('innerOrder'), customerNumber: 'ELSEWHERE-1' });
      const delivery = await eventually(() => sender.store.callbacks.since().find((d) => d.endpoint === 'innerOrderConfirm' && d.state === 'failed'));
      assert.ok(delivery.url.startsWith(`${wrong.url}/callbacks/receive/innerOrderConfirm`));
      assert.equal(delivery.ok, false);
      assert.equal(delivery.code, 2007);
      assert.equal(delivery.attempts.length, 3, 'refused, retried, then given up');
      assert.equal(sender.store.inbox.since().length, 0);
      const refused = wrong.store.inbox.since();
      assert.equal(refused.length, 3);
      assert.equal(refused[0].ok, false);
      assert.equal(refused[0].errors[0].code, 'signature_mismatch');
    } finally {
      await Promise.all([sender.close(), wrong.close()]);
    }
  });

  test('a partner with callbacks off gets none', async () => {
    const sb = await sandbox({ partners: [{ createBy: 'QUIET', dataSource: 'T', secret: 'q', callbacks: false }] });
    try {
      await call(sb.url, 'inOrder', { ...example('inOrder'), customerNumber: 'Q-1' }, { credentials: { createBy: 'QUIET', dataSource: 'T', secret: 'q' } });
      await sb.sender.settled();
      assert.equal(sb.store.callbacks.since().length, 0);
      const status = await call(sb.url, 'inOrderResultQuery', { customerNumber: 'Q-1' }, { credentials: { createBy: 'QUIET', dataSource: 'T', secret: 'q' } });
      assert.equal(status.answer.value.status, 'FULFILLED');
    } finally {
      await sb.close();
    }
  });
});

test('with a data file, orders survive a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-sandbox-'));
  try {
    const dataFile = join(dir, 'state.sqlite');
    const first = await sandbox({ dataFile });
    await call(first.url, 'inOrder', { ...example('inOrder'), customerNumber: 'KEEP-1' });
    await first.close();
    const second = await sandbox({ dataFile });
    try {
      const again = await call(second.url, 'inOrder', { ...example('inOrder'), customerNumber: 'KEEP-1' });
      assert.equal(again.answer.code, 4001);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('security headers: a CSP without unsafe-eval, only wasm-unsafe-eval', async () => {
  const sb = await sandbox();
  try {
    for (const path of ['/', '/app.js', '/dtc/logistics/inOrder', '/sandbox/api/info']) {
      const res = await fetch(sb.url + path);
      const csp = res.headers.get('content-security-policy');
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
      assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
    const info = await (await fetch(`${sb.url}/sandbox/api/info`)).text();
    assert.ok(!info.includes(DEMO.secret), 'the API never returns a secret');
    assert.equal((await fetch(`${sb.url}/pkg/hongxun_sign_bg.wasm`)).headers.get('content-type'), 'application/wasm');
    // Paths that try to leave www/, or are not even decodable, reach no file: the gateway says 1001.
    for (const path of ['/..%2fCargo.toml', '/%E0%A4%A']) {
      assert.equal((await (await fetch(sb.url + path)).json()).code, 1001);
    }
  } finally {
    await sb.close();
  }
});
