// The calls made in this browser session (sessionStorage): what was sent where, and the answer.

const KEY = 'hongxun.portal.history';
const LIMIT = 100;

export function readHistory() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) ?? [];
  } catch {
    return [];
  }
}

export function addHistory(entry) {
  const list = [entry, ...readHistory()].slice(0, LIMIT);
  sessionStorage.setItem(KEY, JSON.stringify(list));
}

export function clearHistory() {
  sessionStorage.removeItem(KEY);
}
