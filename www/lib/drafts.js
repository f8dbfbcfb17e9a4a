// Each request type's form as last edited, kept in localStorage so it survives a language switch
// and a reload. Only the request text is kept: credentials and the secret live in Settings.

const PREFIX = 'hongxun.portal.draft.';

/** The saved request text of a type, or null. */
export function loadDraft(id) {
  return localStorage.getItem(PREFIX + id);
}

export function saveDraft(id, text) {
  try {
    localStorage.setItem(PREFIX + id, text);
  } catch {
    // Storage full (a very large request): the form still works, it is just not kept.
  }
}

export function clearDraft(id) {
  localStorage.removeItem(PREFIX + id);
}
