// The environment switcher in the top bar, and the badge naming where a call goes. Production
// environments are shown in the warning colour (and Send asks before each call).

import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { currentEnv, environments, selectEnv } from '../lib/settings.js';

/** A labelled select of the environments; choosing one switches settings and target. */
export function envSwitcher() {
  const current = currentEnv();
  const select = h('select', {
    id: 'env',
    dataset: { testid: 'env' },
    onchange: (e) => selectEnv(e.target.value),
  }, environments().map((env) => h('option', { value: env.name, selected: env.name === current.name },
    `${env.name === 'custom' ? t('customEnv') : env.name}${env.production ? ` ⚠ ${t('production')}` : ''}`)));
  return h('div', { class: `env-switcher${current.production ? ' production' : ''}` },
    h('label', { for: 'env' }, t('environment')), select);
}

/** "→ uat" (or "→ prod ⚠ production"): where Send goes; and who signs, when the gateway does. */
export function envBadge(env, signAt) {
  return [
    h('span', { class: `badge env${env.production ? ' production' : ''}`, dataset: { testid: 'send-env' } },
      `→ ${env.custom ? env.host : env.name}`, env.production ? ` ⚠ ${t('production')}` : null),
    signAt === 'gateway' ? h('span', { class: 'badge env' }, t('gatewaySigns')) : null,
  ];
}
