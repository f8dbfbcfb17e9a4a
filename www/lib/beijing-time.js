// Beijing time text `yyyy-MM-dd HH:mm:ss` (UTC+8, no DST) as the API writes it. Formatting is
// the package's job (`formatTimestamp`); these helpers only read the text back and convert to
// and from the browser's `datetime-local` inputs, whose wall-clock value is taken as Beijing time.

const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** Epoch milliseconds of a Beijing time text; null when it is not a real date and time. */
export function parseBeijing(text) {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(utc);
  // Date.UTC rolls over (Feb 30 → Mar 2); a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day ||
      back.getUTCHours() !== hour || back.getUTCMinutes() !== minute || back.getUTCSeconds() !== second) {
    return null;
  }
  return utc - BEIJING_OFFSET_MS;
}

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
