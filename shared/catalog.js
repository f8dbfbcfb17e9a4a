// Reading the package's catalog (`endpoints()` of hongxun-sign/catalog): which types Hongxun
// receives, where the sandbox serves them, and lookups into their fields. DOM-free: shared by the
// portal and the gateway.
// Nothing here names an endpoint or a path: every fact comes from the catalog.

/** Whether Hongxun receives this request type (C→H, Carrier→H, Device→H). */
export function isServed(endpoint) {
  return !endpoint.callback;
}

/** Whether this is a callback Hongxun sends (H→C): the portal opens it in verify mode. */
export function isCallback(endpoint) {
  return endpoint.callback;
}

/** The path the sandbox serves a request type at: its published one, else the sandbox's own. */
export function servedPath(endpoint) {
  return endpoint.sandboxPath;
}

/** Whether a field holds a Beijing `yyyy-MM-dd HH:mm:ss` time (its catalog format). */
export function isBeijingDateTime(field) {
  return field.format === 'beijing-date-time';
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
