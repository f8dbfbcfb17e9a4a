// The request of a callback Hongxun would send about an order: the catalog's example of that
// callback type, with every value the order knows put in place by field name (at any depth),
// and its times set to now. The result is validated when it is built (buildRequest).

import { childFields, isBeijingDateTime } from '../../shared/catalog.js';

/**
 * @param {object} endpoint  the callback type (catalog entry with `example` and `fields`)
 * @param {object} source    known values by field name (order header, computed values)
 * @param {string} now       Beijing time text for the time fields
 */
export function callbackRequest(endpoint, source, now) {
  const example = structuredClone(endpoint.example);
  const fill = (item) => fillObject(endpoint.fields, item, source, now);
  return Array.isArray(example) ? example.map(fill) : fill(example);
}

function fillObject(fields, example, source, now) {
  const out = {};
  for (const field of fields) {
    const value = fillField(field, example?.[field.name], source, now);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

function fillField(field, example, source, now) {
  const known = source[field.name];
  if (field.type === 'object') {
    // A nested block (an order header inside the callback) draws on the same source.
    if (example === undefined && known === undefined) return undefined;
    return fillObject(childFields(field), example ?? {}, { ...source, ...(isObject(known) ? known : {}) }, now);
  }
  if (field.type === 'array') {
    if (Array.isArray(known)) return known.map((line) => pick(childFields(field), line));
    return example?.map((item) => fillObject(childFields(field), item, {}, now));
  }
  if (known !== undefined && known !== null && !isObject(known)) return known;
  if (isBeijingDateTime(field) && example !== undefined) return now;
  return example;
}

/** The members of `value` that the fields name (recursively): an order line as a callback line. */
function pick(fields, value) {
  if (!isObject(value)) return value;
  const out = {};
  for (const field of fields) {
    if (!(field.name in value)) continue;
    const v = value[field.name];
    if (field.type === 'array' && Array.isArray(v)) out[field.name] = v.map((x) => pick(childFields(field), x));
    else if (field.type === 'object') out[field.name] = pick(childFields(field), v);
    else out[field.name] = v;
  }
  return out;
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
