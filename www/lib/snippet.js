// The code a developer would write to make the call shown: `fetch` with the package's
// buildRequest. The request goes in as JSON text (number spellings kept); the secret never goes
// in, a placeholder stands where it is read.

import { t } from './i18n.js';

/** An ES module that signs `canonical` (the request text) as `endpoint` and POSTs it to `url`. */
export function fetchSnippet(endpoint, canonical, url, settings) {
  const who =
    endpoint.envelope === 'device'
      ? `{ warehouseCode: ${JSON.stringify(settings.warehouseCode)} }`
      : `{ createBy: ${JSON.stringify(settings.createBy)}, dataSource: ${JSON.stringify(settings.dataSource)}, secret: SECRET }`;
  return [
    "import init, { buildRequest } from 'hongxun-sign';",
    '',
    endpoint.envelope === 'device' ? null : `const SECRET = process.env.HONGXUN_SECRET; // ${t('secretPlaceholderCode')}`,
    `const request = ${JSON.stringify(canonical)};`,
    '',
    'await init();',
    `const { body } = buildRequest(${JSON.stringify(endpoint.id)}, request, ${who});`,
    `const res = await fetch(${JSON.stringify(url)}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });`,
    'console.log(await res.json());',
  ]
    .filter((line) => line !== null)
    .join('\n');
}
