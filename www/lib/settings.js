// Connection settings. Everything but the secret is kept in localStorage. The secret lives in
// this module's memory only, unless the user asks to remember it on this device; it is never
// shown back, logged, or sent anywhere except into the signature (`credentials()`).

const KEY = 'hongxun.portal.settings';
const SECRET_KEY = 'hongxun.portal.secret';

const defaults = () => ({
  baseUrl: location.origin,
  createBy: '',
  dataSource: '',
  warehouseCode: '',
  remember: false,
});

let settings = { ...defaults(), ...readJson(localStorage.getItem(KEY)) };
let secret = settings.remember ? (localStorage.getItem(SECRET_KEY) ?? '') : '';

function readJson(text) {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

/** The non-secret settings. */
export function getSettings() {
  return { ...settings };
}

/** Fills empty createBy / dataSource / warehouseCode from the sandbox's first partner and device. */
export function applySandboxDefaults(info) {
  const partner = info.partners?.[0];
  const next = { ...settings };
  if (!next.createBy && partner) next.createBy = partner.createBy;
  if (!next.dataSource && partner) next.dataSource = partner.dataSource;
  if (!next.warehouseCode && info.devices?.[0]) next.warehouseCode = info.devices[0];
  saveSettings(next);
}

export function saveSettings(next) {
  settings = { ...settings, ...next };
  localStorage.setItem(KEY, JSON.stringify(settings));
  if (settings.remember && secret) localStorage.setItem(SECRET_KEY, secret);
  if (!settings.remember) localStorage.removeItem(SECRET_KEY);
}

/** Replaces the secret (an empty string forgets it). */
export function setSecret(value) {
  secret = value;
  if (settings.remember && secret) localStorage.setItem(SECRET_KEY, secret);
  else localStorage.removeItem(SECRET_KEY);
}

/** How long the secret is, for "set (n characters)"; 0 when unset. */
export function secretLength() {
  return secret.length;
}

/** Signed-envelope credentials for buildRequest / verifyRequest (the only reader of the secret). */
export function credentials() {
  return { createBy: settings.createBy, dataSource: settings.dataSource, secret };
}
