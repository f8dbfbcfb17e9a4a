// Reading the package's catalog (`endpoints()`): which types Hongxun receives, where the sandbox
// serves them, and lookups into their fields. DOM-free: the sandbox imports it too.
// Nothing here names an endpoint: every fact comes from the catalog.

/** Where the sandbox serves request types that have no published path. */
export const UNPUBLISHED_PREFIX = '/dtc/sandbox/';

/** The direction of the callbacks Hongxun sends to its customers. */
const CALLBACK_DIRECTION = 'H→C';

/** Whether Hongxun receives this request type (C→H, Carrier→H, Device→H). */
export function isServed(endpoint) {
  return endpoint.direction !== CALLBACK_DIRECTION;
}

/** Whether this is a callback Hongxun sends (H→C): the portal opens it in verify mode. */
export function isCallback(endpoint) {
  return endpoint.direction === CALLBACK_DIRECTION;
}

/** The path a request type is served at: its published one, else the sandbox's. */
export function servedPath(endpoint) {
  return endpoint.path ?? UNPUBLISHED_PREFIX + endpoint.id;
}

/** The fields of the request object (of each item for array requests). */
export function fieldsOf(endpoint) {
  return endpoint.fields ?? [];
}

/** The nested fields of an object or array-of-objects field. */
export function childFields(field) {
  return field.fields ?? [];
}

/** Depth-first search for a field by name anywhere in the request; null when absent. */
export function findField(fields, name) {
  for (const field of fields) {
    if (field.name === name) return field;
    const inner = findField(childFields(field), name);
    if (inner) return inner;
  }
  return null;
}

/** `[{code, labelZh, labelEn}]` of a field with a code list, else null. */
export function codesOf(field) {
  return field?.enum?.length ? field.enum : null;
}
