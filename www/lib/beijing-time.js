// Beijing time text `yyyy-MM-dd HH:mm:ss` (UTC+8, no DST) as the API writes it. Formatting and
// parsing are the package's job (`formatTimestamp`, `parseTimestamp`); these helpers only convert
// to and from the browser's `datetime-local` inputs, whose wall-clock value is Beijing time.

const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `2026-11-28 12:00:00` → `2026-11-28T12:00:00` for a datetime-local input ('' if not valid). */
export function toDatetimeLocal(text) {
  return typeof text === 'string' && PATTERN.test(text) ? text.replace(' ', 'T') : '';
}

/** A datetime-local value (seconds optional) → Beijing time text. */
export function fromDatetimeLocal(value) {
  if (!value) return '';
  const [date, time = ''] = value.split('T');
  const full = time.length === 5 ? `${time}:00` : time.slice(0, 8);
  return `${date} ${full}`;
}
