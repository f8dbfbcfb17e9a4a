// What every consumer (Node ESM, Node CommonJS, a Vite build in Chromium) computes with the
// installed package and its subpath hongxun-sign/catalog; the runner expects the vectors' own
// bodies and signatures back, and the catalog's descriptions.

export function probe(hx, catalog, { envelopes, signs }) {
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
  return { bodies, signatures, error, catalog: probeCatalog(hx, catalog) };
}

/** hongxun-sign/catalog beside the main entry: its descriptions, errors of the main entry's class. */
function probeCatalog(hx, catalog) {
  let unknown;
  try {
    catalog.requestSchema('nope');
  } catch (e) {
    unknown = { hongxunError: e instanceof hx.HongxunError, code: e.code };
  }
  const inOrder = catalog.endpoints().find((e) => e.id === 'inOrder');
  return {
    types: catalog.endpoints().length,
    exampleValid: hx.validate('inOrder', inOrder.example).valid,
    schemaType: catalog.requestSchema('inOrder').type,
    unknown,
    inMainEntry: 'endpoints' in hx,
  };
}
