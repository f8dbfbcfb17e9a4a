// Settings of the chosen environment: as whom, how it signs, and the secret (never shown back),
// with the vault to remember it encrypted on this device.

import { h, replace } from '../lib/dom.js';
import { currentLang, setLang, t } from '../lib/i18n.js';
import {
  eraseVault, getSettings, migratedPlainSecret, rememberSecret, saveSettings, secretLength, setSecret, unlockVault, vaultState,
} from '../lib/settings.js';

export function createSettingsView() {
  const s = getSettings();
  const { env } = s;
  const input = (id, value, extra = {}) => h('input', { id, name: id, type: 'text', value, autocomplete: 'off', spellcheck: 'false', ...extra });
  const customUrl = input('customUrl', s.customUrl, { type: 'url', placeholder: 'https://' });
  const createBy = input('createBy', s.createBy);
  const dataSource = input('dataSource', s.dataSource);
  const secret = input('secret', '', { type: 'password', autocomplete: 'new-password', placeholder: t('secretPlaceholder') });
  const remember = h('input', { id: 'remember', type: 'checkbox', checked: s.remember && vaultState() !== 'none' });
  const passphrase = input('passphrase', '', { type: 'password', autocomplete: 'new-password' });
  const warehouseCode = input('warehouseCode', s.warehouseCode);
  const signAt = (value, label, enabled) => h('label', { class: 'check' },
    h('input', { type: 'radio', name: 'signAt', value, checked: s.signAt === value, disabled: !enabled }), ' ', label);
  const secretState = h('span', { class: 'note', dataset: { testid: 'secret-state' } });
  const status = h('span', { class: 'note', role: 'status', dataset: { testid: 'settings-status' } });
  const vaultSlot = h('div', {});

  const showSecretState = () => {
    const n = secretLength();
    secretState.textContent = n ? t('secretSet', { n }) : t('secretUnset');
  };
  showSecretState();

  /** Locked vault: unlock it first (remembering more would otherwise start a second vault). */
  function showVault() {
    const locked = vaultState() === 'locked';
    remember.disabled = locked;
    if (!locked) return replace(vaultSlot);
    const unlockPass = input('unlock-passphrase', '', { type: 'password', autocomplete: 'current-password' });
    const unlockStatus = h('span', { class: 'note', role: 'status' });
    const unlock = async () => {
      unlockStatus.textContent = '…';
      const ok = await unlockVault(unlockPass.value);
      unlockStatus.textContent = ok ? t('unlocked') : t('wrongPassphrase');
      if (ok) {
        remember.checked = getSettings().remember;
        showVault();
        showSecretState();
      }
    };
    replace(vaultSlot, h('div', { class: 'vault', dataset: { testid: 'vault-locked' } },
      h('label', { for: 'unlock-passphrase' }, t('vaultLocked')),
      h('div', { class: 'inline' }, unlockPass,
        h('button', { type: 'button', class: 'secondary', dataset: { testid: 'unlock' }, onclick: unlock }, t('unlock'))),
      unlockStatus));
  }
  showVault();

  async function save(event) {
    event.preventDefault();
    const chosen = new FormData(event.target).get('signAt') ?? s.signAt;
    saveSettings({
      customUrl: env.custom ? customUrl.value.trim() : undefined,
      createBy: createBy.value.trim(),
      dataSource: dataSource.value.trim(),
      warehouseCode: warehouseCode.value.trim(),
      signAt: chosen,
    });
    // Without a new secret the current one is kept.
    if (secret.value) await setSecret(secret.value);
    secret.value = '';
    if (remember.checked && vaultState() === 'none' && !passphrase.value) {
      status.textContent = t('needPassphrase');
      passphrase.focus();
      return;
    }
    if (!remember.disabled) {
      status.textContent = '…';
      await rememberSecret(remember.checked, passphrase.value);
    }
    passphrase.value = '';
    showSecretState();
    status.textContent = t('saved');
  }

  const field = (el, label, help) => h('div', { class: 'field' }, h('label', { for: el.id }, label), el, help ? h('p', { class: 'note' }, help) : null);
  const element = h('article', { class: 'settings-view' },
    h('h2', {}, t('navSettings')),
    h('p', { class: env.production ? 'env-title production' : 'env-title' }, t('envSettingsFor', { env: env.custom ? t('customEnv') : env.name }),
      env.host && !env.custom ? [' · ', h('code', {}, env.host)] : null),
    migratedPlainSecret ? h('p', { class: 'notice', role: 'status' }, t('migratedSecret')) : null,
    vaultSlot,
    h('form', { onsubmit: save, autocomplete: 'off', dataset: { testid: 'settings' } },
      env.custom ? field(customUrl, t('customUrl'), t('customUrlHelp')) : null,
      h('fieldset', { class: 'sign-at' }, h('legend', {}, t('signAt')),
        signAt('browser', t('signAtBrowser'), true),
        signAt('gateway', t('signAtGateway'), env.canSign),
        env.canSign ? null : h('p', { class: 'note' }, t('signAtGatewayUnavailable'))),
      field(createBy, t('createBy')),
      field(dataSource, t('dataSource')),
      h('div', { class: 'field' }, h('label', { for: 'secret' }, t('secret'), ' ', secretState), secret,
        h('p', { class: 'note' }, t('secretHelp')),
        h('label', { class: 'check' }, remember, ' ', t('remember')),
        h('label', { for: 'passphrase' }, t('passphrase')), passphrase,
        h('p', { class: 'note' }, t('passphraseHelp')),
        h('div', { class: 'inline' },
          h('button', { type: 'button', class: 'link danger', onclick: async () => { await setSecret(''); showSecretState(); } }, t('forget')),
          vaultState() === 'none' ? null : h('button', { type: 'button', class: 'link danger', dataset: { testid: 'erase-vault' }, onclick: () => { eraseVault(); remember.checked = false; showVault(); } }, t('eraseVault')))),
      field(warehouseCode, t('warehouseCode')),
      h('div', { class: 'field' }, h('span', { class: 'label' }, t('language')), ' ',
        h('div', { class: 'inline' },
          h('button', { type: 'button', class: currentLang() === 'zh' ? 'secondary current' : 'secondary', 'aria-pressed': String(currentLang() === 'zh'), onclick: () => setLang('zh') }, '中文'),
          h('button', { type: 'button', class: currentLang() === 'en' ? 'secondary current' : 'secondary', 'aria-pressed': String(currentLang() === 'en'), onclick: () => setLang('en') }, 'English'))),
      h('div', { class: 'send-bar' }, h('button', { type: 'submit', class: 'primary', dataset: { testid: 'save-settings' } }, t('save')), status)));
  return { element };
}
