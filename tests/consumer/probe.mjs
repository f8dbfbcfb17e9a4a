// What every consumer (Node ESM, Node CommonJS, a Vite build in Chromium) computes with the
// installed package; the runner expects the vectors' own bodies and signatures back.

export function probe(hx, { envelopes, signs }) {
  const bodies = envelopes.map((v) => {
    const credentials = { createBy: v.createBy, dataSource: v.dataSource, secret: v.secret };
    return hx.buildRequest(v.endpoint, v.request, credentials, { now: v.now }).body;
  });
  const signatures = signs.map((v) =>
    hx.sign({ createBy: 'C001', dataSource: 'WEB', secret: 's3cr3t', timestamp: '2026-11-28 12:00:00', request: v.request }),
  );
  let error;
  try {
    hx.canonicalize('{"a":1,"a":2}');
  } catch (e) {
    error = { hongxunError: e instanceof hx.HongxunError, error: e instanceof Error, code: e.code, path: e.path };
  }
  return { bodies, signatures, error };
}
