// Where calls go and as whom, per environment: the built-in sandbox, each upstream the gateway
// is configured with (`environments` of /sandbox/api/info), and a custom URL called straight from
// the page. Each keeps its own createBy / dataSource / warehouseCode and signing mode, in
// localStorage. Secret keys live in this module's memory; one remembered on this device is kept
// only sealed by vault.js under the operator's passphrase. No secret is ever shown back, logged,
// or sent anywhere except into a signature (`credentials()`).

import { deriveKey, newSalt, open, seal } from './vault.js';

const KEY = 'hongxun.portal.settings';
const VAULT_KEY = 'hongxun.portal.vault';
/** Where versions before the vault kept a remembered secret in plain text (migrated on load). */
const PLAIN_SECRET_KEY = 'hongxun.portal.secret';

export const SANDBOX = 'sandbox';
export const CUSTOM = 'custom';
/** Hosts that are not production (issue 9: sandbox, uat, test; and this machine). */
const NOT_PRODUCTION = /sandbox|uat|test|127\.0\.0\.1|localhost/i;

const blankEnv = () => ({ createBy: '', dataSource: '', warehouseCode: '', signAt: 'browser', remember: false });

let stored = readStored();
let gatewayEnvs = [{ name: SANDBOX, host: location.origin, canSign: false, production: false }];
const secrets = new Map(); // environment name → secret key, this page's memory only
let vaultKey = null; // { key, salt } once unlocked (or created) in this session
const listeners = new Set();

/** An old plain-text secret moves into memory (for the sandbox, where it was used) and is erased. */
export const migratedPlainSecret = (() => {
  const plain = localStorage.getItem(PLAIN_SECRET_KEY);
  localStorage.removeItem(PLAIN_SECRET_KEY);
  if (plain) secrets.set(SANDBOX, plain);
  return Boolean(plain);
})();

function readStored() {
  let data;
  try {
    data = JSON.parse(localStorage.getItem(KEY)) ?? {};
  } catch {
    data = {};
  }
  if (!data.envs) {
    // The single-environment settings of earlier versions become the sandbox's.
    const { createBy = '', dataSource = '', warehouseCode = '' } = data;
    data = { current: SANDBOX, customUrl: '', envs: { [SANDBOX]: { ...blankEnv(), createBy, dataSource, warehouseCode } } };
  }
  return data;
}

function persist() {
  localStorage.setItem(KEY, JSON.stringify(stored));
}

function changed() {
  for (const fn of listeners) fn();
}

/** Calls `fn` after the environment, its settings or its secret change. */
export function onSettingsChange(fn) {
  listeners.add(fn);
}

/** Whether a custom URL is Hongxun's production: its host says neither sandbox, uat nor test. */
function looksProduction(url) {
  return !NOT_PRODUCTION.test(url);
}

/** Takes the environments the gateway lists (sandbox first) and its first partner as the sandbox's defaults. */
export function applyGatewayInfo(info) {
  if (Array.isArray(info.environments) && info.environments.length) {
    gatewayEnvs = info.environments.map((e) => ({
      name: e.name,
      host: e.name === SANDBOX ? location.origin : e.host,
      canSign: Boolean(e.canSign),
      production: Boolean(e.production), // the gateway's judgement; the custom URL gets the portal's
    }));
  }
  const sandbox = envSettings(SANDBOX);
  const partner = info.partners?.[0];
  if (!sandbox.createBy && partner) sandbox.createBy = partner.createBy;
  if (!sandbox.dataSource && partner) sandbox.dataSource = partner.dataSource;
  if (!sandbox.warehouseCode && info.devices?.[0]) sandbox.warehouseCode = info.devices[0];
  stored.envs[SANDBOX] = sandbox;
  if (!environments().some((e) => e.name === stored.current)) stored.current = SANDBOX;
  persist();
}

/** The environments to choose from: the gateway's, then the custom URL. */
export function environments() {
  const url = stored.customUrl;
  return [...gatewayEnvs, { name: CUSTOM, host: url, canSign: false, production: Boolean(url) && looksProduction(url), custom: true }];
}

function envSettings(name) {
  return { ...blankEnv(), ...stored.envs[name] };
}

/** The chosen environment: `{ name, host, canSign, production, custom? }`. */
export function currentEnv() {
  return environments().find((e) => e.name === stored.current) ?? environments()[0];
}

export function selectEnv(name) {
  stored.current = name;
  persist();
  changed();
}

/** The chosen environment's settings, with `signAt` 'gateway' only where the gateway can sign. */
export function getSettings() {
  const env = currentEnv();
  const s = envSettings(env.name);
  return { ...s, signAt: env.canSign && s.signAt === 'gateway' ? 'gateway' : 'browser', customUrl: stored.customUrl, env };
}

/** Saves the chosen environment's settings (and the custom URL). */
export function saveSettings({ customUrl, ...next }) {
  const name = currentEnv().name;
  stored.envs[name] = { ...envSettings(name), ...next };
  if (customUrl !== undefined) stored.customUrl = customUrl;
  persist();
  changed();
}

/** Replaces the chosen environment's secret (an empty string forgets it, here and in the vault). */
export async function setSecret(value) {
  const name = currentEnv().name;
  if (value) secrets.set(name, value);
  else secrets.delete(name);
  if (vaultKey) await sealRemembered();
  changed();
}

/** How long the chosen environment's secret is, for "set (n characters)"; 0 when unset. */
export function secretLength() {
  return (secrets.get(currentEnv().name) ?? '').length;
}

/** Signed-envelope credentials for buildRequest / verifyRequest (the only reader of a secret). */
export function credentials() {
  const s = getSettings();
  return { createBy: s.createBy, dataSource: s.dataSource, secret: secrets.get(s.env.name) ?? '' };
}

// ----- the vault: secrets remembered on this device -----

/** 'none' (nothing remembered), 'locked' (remembered, passphrase not given yet), or 'unlocked'. */
export function vaultState() {
  if (!localStorage.getItem(VAULT_KEY)) return 'none';
  return vaultKey ? 'unlocked' : 'locked';
}

/** Unlocks the remembered secrets for this session; resolves false for a wrong passphrase. */
export async function unlockVault(passphrase) {
  const opened = await open(JSON.parse(localStorage.getItem(VAULT_KEY)), passphrase);
  if (!opened) return false;
  vaultKey = { key: opened.key, salt: opened.salt };
  for (const [name, secret] of Object.entries(JSON.parse(opened.plaintext))) {
    if (!secrets.has(name)) secrets.set(name, secret);
  }
  changed();
  return true;
}

/**
 * Remembers (or stops remembering) the chosen environment's secret. A new vault needs a
 * passphrase; an unlocked one is sealed again under the key of this session.
 */
export async function rememberSecret(remember, passphrase = '') {
  const name = currentEnv().name;
  stored.envs[name] = { ...envSettings(name), remember };
  persist();
  if (remember && !vaultKey) {
    const salt = newSalt();
    vaultKey = { key: await deriveKey(passphrase, salt), salt };
  }
  if (vaultKey) await sealRemembered();
  changed();
}

/** Writes the vault: the secrets of every environment marked "remember"; none left → no vault. */
async function sealRemembered() {
  const kept = Object.fromEntries(
    [...secrets].filter(([name]) => envSettings(name).remember),
  );
  if (Object.keys(kept).length === 0) {
    localStorage.removeItem(VAULT_KEY);
    vaultKey = null;
    return;
  }
  localStorage.setItem(VAULT_KEY, JSON.stringify(await seal(vaultKey.key, vaultKey.salt, JSON.stringify(kept))));
}

/** Erases the vault from this device (the secrets in memory stay until the page closes). */
export function eraseVault() {
  localStorage.removeItem(VAULT_KEY);
  vaultKey = null;
  for (const name of Object.keys(stored.envs)) stored.envs[name].remember = false;
  persist();
  changed();
}
