// The request as the portal edits it: plain JSON values, except that numbers are kept as their
// written text (RawNumber) so that `1.50` and big integers reach the signature as typed —
// fastjson signs `1.50`, not `1.5`. Reading keeps each number's source text; writing puts it back.

export class RawNumber {
  constructor(text) {
    this.text = text;
  }
  toJSON() {
    return Number(this.text);
  }
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** Whether `text` is a JSON number. */
export function isJsonNumber(text) {
  return NUMBER.test(text);
}

/** Parses JSON text; numbers become RawNumber with their exact text. Throws SyntaxError. */
export function parseJsonText(text) {
  // The reviver's third argument carries each primitive's source text (JSON.parse source text access).
  return JSON.parse(text, (key, value, context) =>
    typeof value === 'number' ? new RawNumber(context?.source ?? String(value)) : value,
  );
}

/** Writes a value (with RawNumbers) as JSON text indented by two spaces. */
export function toJsonText(value, indent = '') {
  if (value instanceof RawNumber) return value.text;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + toJsonText(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJsonText(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** JSON-pointer segments of a path such as `/productList/0/quantity`. */
export function pointerSegments(pointer) {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Appends one segment to a JSON pointer. */
export function pointerJoin(pointer, segment) {
  return `${pointer}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
