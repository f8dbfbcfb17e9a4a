// A titled block of text with a "Copy" button (previews, snippets, history entries).

import { copyText, h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

export function copyBlock(title, text, testid) {
  const copied = h('span', { class: 'note', role: 'status' });
  return h('div', { class: 'block' },
    h('div', { class: 'block-head' }, h('h4', {}, title),
      h('button', { type: 'button', class: 'link', dataset: { copy: testid }, onclick: async () => { copied.textContent = (await copyText(text)) ? t('copied') : ''; } }, t('copy')),
      copied),
    h('pre', { class: 'code', tabindex: '0', dataset: { testid } }, text)); // focusable: a long block scrolls
}
