// Settings: where to send, and as whom. The secret field never shows the stored secret.

import { h } from '../lib/dom.js';
import { currentLang, setLang, t } from '../lib/i18n.js';
import { getSettings, saveSettings, secretLength, setSecret } from '../lib/settings.js';

/** @param {() => void} onSaved */
export function createSettingsView(onSaved) {
  const s = getSettings();
  const input = (id, value, extra = {}) => h('input', { id, name: id, type: 'text', value, autocomplete: 'off', spellcheck: 'false', ...extra });
  const baseUrl = input('baseUrl', s.baseUrl, { type: 'url' });
  const createBy = input('createBy', s.createBy);
  const dataSource = input('dataSource', s.dataSource);
  const secret = input('secret', '', { type: 'password', autocomplete: 'new-password', placeholder: t('secretPlaceholder') });
  const remember = h('input', { id: 'remember', type: 'checkbox', checked: s.remember });
  const warehouseCode = input('warehouseCode', s.warehouseCode);
  const secretState = h('span', { class: 'note', dataset: { testid: 'secret-state' } });
  const status = h('span', { class: 'note', role: 'status' });

  const showSecretState = () => {
    const n = secretLength();
    secretState.textContent = n ? t('secretSet', { n }) : t('secretUnset');
  };
  showSecretState();

  function save(event) {
    event.preventDefault();
    saveSettings({
      baseUrl: baseUrl.value.trim() || location.origin,
      createBy: createBy.value.trim(),
      dataSource: dataSource.value.trim(),
      warehouseCode: warehouseCode.value.trim(),
      remember: remember.checked,
    });
    // Without a new secret the current one is kept (saveSettings re-stores it per "remember").
    if (secret.value) setSecret(secret.value);
    secret.value = '';
    showSecretState();
    status.textContent = t('saved');
    onSaved();
  }

  const field = (el, label, help) => h('div', { class: 'field' }, h('label', { for: el.id }, label), el, help ? h('p', { class: 'note' }, help) : null);
  const element = h('article', { class: 'settings-view' },
    h('h2', {}, t('navSettings')),
    h('form', { onsubmit: save, autocomplete: 'off', dataset: { testid: 'settings' } },
      field(baseUrl, t('baseUrl'), t('baseUrlHelp')),
      field(createBy, t('createBy')),
      field(dataSource, t('dataSource')),
      h('div', { class: 'field' }, h('label', { for: 'secret' }, t('secret'), ' ', secretState), secret,
        h('label', { class: 'check' }, remember, ' ', t('remember')),
        h('p', { class: 'note' }, t('secretHelp')),
        h('button', { type: 'button', class: 'link danger', onclick: () => { setSecret(''); showSecretState(); onSaved(); } }, t('forget'))),
      field(warehouseCode, t('warehouseCode')),
      h('div', { class: 'field' }, h('span', { class: 'label' }, t('language')), ' ',
        h('button', { type: 'button', class: currentLang() === 'zh' ? 'secondary current' : 'secondary', onclick: () => setLang('zh') }, '中文'), ' ',
        h('button', { type: 'button', class: currentLang() === 'en' ? 'secondary current' : 'secondary', onclick: () => setLang('en') }, 'English')),
      h('div', { class: 'send-bar' }, h('button', { type: 'submit', class: 'primary', dataset: { testid: 'save-settings' } }, t('save')), status)));
  return { element };
}
