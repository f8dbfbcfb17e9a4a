// splitBatches() of the built package: sizes 0, 1 and exact multiples, byte limits, the
// serialNumberIssue counts, continuing counts, text in / text out, and every batch valid.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { catalog, hx, thrown } from './support.mjs';

const serials = (n) => ({
  customerOrderCode: 'SO-1',
  totalCount: 0,
  currentCount: 0,
  surPlusCount: 0,
  productList: Array.from({ length: n }, (_, i) => ({ customerProductCode: 'CAM-01', serialNumber: `SN${String(i + 1).padStart(5, '0')}` })),
});
const lpn = (n) => ({ batchId: 'B-1', sourceNum: 'PO-1', lpnList: Array.from({ length: n }, (_, i) => ({ lpnNo: `LPN${i + 1}`, quantity: 12 })) });
const countsOf = (batches) => batches.map((b) => [b.totalCount, b.currentCount, b.surPlusCount]);
const utf8Length = (text) => Buffer.byteLength(text, 'utf8');

/** Each batch validates with no error and no warning, and `lines` says how many lines it has. */
function assertEachValid(id, linesKey, batches) {
  assert.equal(batches.lines.length, batches.length);
  batches.forEach((batch, i) => {
    const report = hx.validate(id, batch);
    assert.deepEqual([...report.errors, ...report.warnings].map((p) => `${p.path} ${p.code}`), [], `batch ${i}`);
    const lines = typeof batch === 'string' ? JSON.parse(batch)[linesKey] : batch[linesKey];
    assert.equal(lines.length, batches.lines[i]);
  });
}

describe('splitBatches()', () => {
  test('no lines give no batch', () => {
    const batches = hx.splitBatches('serialNumberIssue', serials(0), { maxLines: 10 });
    assert.deepEqual([...batches], []);
    assert.deepEqual(batches.lines, []);
    assert.deepEqual([...hx.splitBatches('overseasLpn', JSON.stringify(lpn(0)), { maxBytes: 1000 })], []);
  });

  test('one line, one batch with its counts', () => {
    const batches = hx.splitBatches('serialNumberIssue', serials(1), { maxLines: 10 });
    assert.deepEqual(countsOf(batches), [[1, 1, 0]]);
    assertEachValid('serialNumberIssue', 'productList', batches);
  });

  test('exact multiples fill every batch; a remainder goes last', () => {
    const even = hx.splitBatches('serialNumberIssue', serials(6), { maxLines: 3 });
    assert.deepEqual(even.lines, [3, 3]);
    assert.deepEqual(countsOf(even), [[6, 3, 3], [6, 3, 0]]);
    assertEachValid('serialNumberIssue', 'productList', even);

    const request = serials(7);
    const odd = hx.splitBatches('serialNumberIssue', request, { maxLines: 3 });
    assert.deepEqual(countsOf(odd), [[7, 3, 4], [7, 3, 1], [7, 1, 0]]);
    assert.deepEqual(odd.flatMap((b) => b.productList), request.productList);
    assertEachValid('serialNumberIssue', 'productList', odd);
  });

  test('text in, canonical text out; other members repeat and LPN batches get no counts', () => {
    const batches = hx.splitBatches('overseasLpn', JSON.stringify(lpn(5)), { maxLines: 2 });
    assert.deepEqual(batches.lines, [2, 2, 1]);
    assert.equal(batches[2], '{"batchId":"B-1","lpnList":[{"lpnNo":"LPN5","quantity":12}],"sourceNum":"PO-1"}');
    for (const text of batches) assert.equal(hx.canonicalize(text), text);
    assertEachValid('overseasLpn', 'lpnList', batches);
  });

  test('a byte limit bounds the request text of every batch, and each is as full as it fits', () => {
    const request = JSON.stringify(serials(40));
    for (const maxBytes of [160, 400, 1024]) {
      const batches = hx.splitBatches('serialNumberIssue', request, { maxBytes });
      assertEachValid('serialNumberIssue', 'productList', batches);
      assert.equal(batches.lines.reduce((a, b) => a + b, 0), 40);
      let first = 0;
      batches.forEach((text, i) => {
        assert.ok(utf8Length(text) <= maxBytes, `batch ${i}: ${utf8Length(text)} > ${maxBytes}`);
        const lines = batches.lines[i];
        if (first + lines < 40) {
          // The same start with one more line, counted as part of the whole list: too big.
          const more = { ...serials(0), productList: JSON.parse(request).productList.slice(first, first + lines + 1) };
          const [bigger] = hx.splitBatches('serialNumberIssue', JSON.stringify(more), { maxLines: lines + 1, linesBefore: first, linesTotal: 40 });
          assert.ok(utf8Length(bigger) > maxBytes, `batch ${i} had room for one more line`);
        }
        first += lines;
      });
    }
  });

  test('a limit equal to a batch size is met exactly', () => {
    const pairs = hx.splitBatches('serialNumberIssue', JSON.stringify(serials(6)), { maxLines: 2 });
    const size = utf8Length(pairs[0]);
    assert.deepEqual([...hx.splitBatches('serialNumberIssue', JSON.stringify(serials(6)), { maxBytes: size })], [...pairs]);
    assert.deepEqual(hx.splitBatches('serialNumberIssue', serials(6), { maxBytes: size - 1 }).lines, [1, 1, 1, 1, 1, 1]);
  });

  test('a line larger than maxBytes is refused with its path', () => {
    const request = lpn(3);
    request.lpnList[1].lpnNo = 'x'.repeat(200);
    const e = thrown(() => hx.splitBatches('overseasLpn', request, { maxBytes: 120 }));
    assert.ok(e instanceof hx.HongxunError);
    assert.equal(e.code, 'line_too_large');
    assert.equal(e.path, '/lpnList/1');
    assert.match(e.message, /over the limit of 120 bytes/);
    assert.match(e.messageZh, /超过上限 120 字节/);
  });

  test('counts continue over requests sent piece by piece', () => {
    const whole = hx.splitBatches('serialNumberIssue', serials(10), { maxLines: 2 });
    const all = serials(10).productList;
    const piece = (from, to) =>
      hx.splitBatches('serialNumberIssue', { ...serials(0), productList: all.slice(from, to) }, { maxLines: 2, linesBefore: from, linesTotal: 10 });
    assert.deepEqual([...piece(0, 4), ...piece(4, 10)], [...whole]);
  });

  test('refusals have codes and paths', () => {
    const fails = (id, request, options) => {
      const e = thrown(() => hx.splitBatches(id, request, options));
      return [e.code, e.path];
    };
    assert.deepEqual(fails('inOrder', {}, { maxLines: 1 }), ['not_batchable', null]);
    assert.deepEqual(fails('nope', {}, { maxLines: 1 }), ['unknown_endpoint', null]);
    assert.deepEqual(fails('overseasLpn', [], { maxLines: 1 }), ['no_lines', '/lpnList']);
    assert.deepEqual(fails('overseasLpn', { batchId: 'B' }, { maxLines: 1 }), ['no_lines', '/lpnList']);
    assert.deepEqual(fails('overseasLpn', '{"lpnList":[],"a":1,"a":2}', { maxLines: 1 }), ['duplicate_key', '/a']);
    for (const options of [undefined, {}, { maxLines: 1, maxBytes: 1 }, { maxLines: 0 }, { maxBytes: 1.5 }, { maxLines: '2' }, { maxLines: 1, linesBefore: -1 }]) {
      assert.equal(fails('overseasLpn', lpn(1), options)[0], 'invalid_argument', JSON.stringify(options));
    }
    assert.equal(fails('overseasLpn', lpn(2), { maxLines: 1, linesBefore: 1, linesTotal: 2 })[0], 'invalid_argument');
  });

  test('endpoints() says which types split and which fields count', () => {
    const batched = catalog.endpoints().filter((e) => e.batch).map((e) => [e.id, e.batch]);
    assert.deepEqual(batched, [
      ['overseasLpn', { lines: 'lpnList' }],
      ['serialNumberIssue', { lines: 'productList', counts: { total: 'totalCount', current: 'currentCount', remaining: 'surPlusCount' } }],
    ]);
  });
});

test('line counts beyond a Java Integer are refused, not wrapped', () => {
  const request = { customerOrderCode: 'a', totalCount: 0, currentCount: 0, surPlusCount: 0, productList: [{ customerProductCode: 'x', serialNumber: '1' }] };
  for (const limits of [{ maxLines: 1, linesBefore: 2 ** 31 }, { maxLines: 1, linesTotal: 2 ** 32 + 2 }, { maxLines: 1, linesBefore: 2 ** 53 - 1 }]) {
    assert.throws(() => hx.splitBatches('serialNumberIssue', request, limits), { code: 'invalid_argument' });
  }
  assert.equal(hx.splitBatches('serialNumberIssue', request, { maxLines: 1, linesBefore: 2 ** 31 - 2, linesTotal: 2 ** 31 - 1 })[0].totalCount, 2 ** 31 - 1);
});
