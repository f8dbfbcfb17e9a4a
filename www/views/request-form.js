// A form generated from the catalog's fields: text, numbers, code lists as selects with their
// labels in the portal's language, Beijing date-times, nested objects, and lists of objects with add/remove rows.
// The form edits a request value (see json-text.js) and reports each change; errors are shown
// under the field their JSON pointer names.

import { toDatetimeLocal, fromDatetimeLocal } from '../lib/beijing-time.js';
import { childFields, codesOf, fieldsOf, isBeijingDateTime } from '../../shared/catalog.js';
import { h, replace } from '../lib/dom.js';
import { pick, t } from '../lib/i18n.js';
import { RawNumber, isJsonNumber, pointerJoin, pointerSegments, toJsonText } from '../lib/json-text.js';

let uid = 0;

/**
 * @param {object} endpoint
 * @param {{ onChange(value): void }} hooks  called with the new request value after each edit
 * @returns {{ element, setValue(value), showProblems(errors, warnings) }}
 */
export function createRequestForm(endpoint, { onChange }) {
  const element = h('div', { class: 'request-form' });
  let value;

  function changed(pointer, next) {
    value = setAt(value, pointerSegments(pointer), next);
    onChange(value);
  }

  /** Adds or removes rows: `edit` maps the list as it is now to the new list. */
  function restructured(pointer, edit) {
    const current = getAt(value, pointerSegments(pointer));
    changed(pointer, edit(Array.isArray(current) ? current : []));
    render();
  }

  function render() {
    const fields = fieldsOf(endpoint);
    const root =
      endpoint.shape === 'array'
        ? listField({ name: '', fields, required: true }, '', Array.isArray(value) ? value : [], { changed, restructured }, true)
        : objectFields(fields, '', isObject(value) ? value : {}, { changed, restructured });
    const extra = isObject(value) ? Object.keys(value).filter((k) => !fields.some((f) => f.name === k)) : [];
    replace(
      element,
      h('div', { class: 'field-error form-summary', role: 'alert', dataset: { for: '' } }),
      h('div', { class: 'field-warning', dataset: { for: '' } }),
      root,
      extra.length ? h('p', { class: 'note' }, t('extraFields'), ' ', extra.map((k) => h('code', {}, k))) : null,
    );
  }

  function setValue(next) {
    value = next;
    render();
  }

  /** Puts each problem under its field, or the nearest enclosing block that is shown. */
  function showProblems(errors, warnings = []) {
    for (const slot of element.querySelectorAll('.field-error, .field-warning')) slot.replaceChildren();
    for (const el of element.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const place = (problem, cls) => {
      let pointer = problem.path ?? '';
      for (;;) {
        const slot = element.querySelector(`.${cls}[data-for="${CSS.escape(pointer)}"]`);
        if (slot) {
          slot.append(h('div', {}, pick(problem.messageZh, problem.message), renameButton(problem)));
          if (cls === 'field-error') element.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`)?.setAttribute('aria-invalid', 'true');
          return;
        }
        if (pointer === '') return;
        pointer = pointer.slice(0, pointer.lastIndexOf('/'));
      }
    };
    for (const e of errors) place(e, 'field-error');
    for (const w of warnings) place(w, 'field-warning');
  }

  /** A one-click fix for a typo'd field name that validation recognised (`suggestion`). */
  function renameButton(problem) {
    if (!problem.suggestion || problem.code !== 'unknown_field') return null;
    const segments = pointerSegments(problem.path);
    const from = segments.pop();
    const parent = getAt(value, segments);
    if (!isObject(parent) || !(from in parent) || problem.suggestion in parent) return null;
    const renamed = Object.fromEntries(Object.entries(parent).map(([k, v]) => [k === from ? problem.suggestion : k, v]));
    const pointer = segments.reduce(pointerJoin, '');
    return h('button', {
      type: 'button',
      class: 'link rename',
      dataset: { rename: problem.path },
      onclick: () => {
        changed(pointer, renamed);
        render();
      },
    }, t('renameTo', { name: problem.suggestion }));
  }

  return { element, setValue, showProblems };
}

function objectFields(fields, pointer, object, hooks) {
  return h('div', { class: 'fields' }, fields.map((field) => fieldBlock(field, pointerJoin(pointer, field.name), object[field.name], hooks)));
}

function fieldBlock(field, pointer, current, hooks) {
  if (field.type === 'array') return listField(field, pointer, Array.isArray(current) ? current : [], hooks, false);
  if (field.type === 'object') {
    return h(
      'fieldset',
      { class: 'nested', dataset: { pointer } },
      h('legend', {}, labelText(field)),
      slots(pointer),
      objectFields(childFields(field), pointer, isObject(current) ? current : {}, hooks),
    );
  }
  const id = `f${++uid}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, labelText(field)),
    scalarInput(field, id, pointer, current, hooks),
    slots(pointer),
  );
}

/** A list of objects: one row per item, each removable, and a button to add one. */
function listField(field, pointer, items, hooks, isRoot) {
  const rows = items.map((item, i) => {
    const rowPointer = pointerJoin(pointer, i);
    return h(
      'fieldset',
      { class: 'row', dataset: { pointer: rowPointer } },
      h(
        'legend',
        {},
        t('row', { n: i + 1 }),
        h('button', {
          type: 'button',
          class: 'link danger',
          'aria-label': `${t('removeRow')} ${i + 1}`,
          onclick: () => hooks.restructured(pointer, (list) => list.filter((_, j) => j !== i)),
        }, t('removeRow')),
      ),
      slots(rowPointer),
      objectFields(childFields(field), rowPointer, isObject(item) ? item : {}, hooks),
    );
  });
  const add = h('button', { type: 'button', class: 'secondary add-row', onclick: () => hooks.restructured(pointer, (list) => [...list, {}]) }, `+ ${t('addRow')}`);
  return h(
    'fieldset',
    { class: isRoot ? 'list root-list' : 'list', dataset: { pointer } },
    isRoot ? null : h('legend', {}, labelText(field)),
    slots(pointer),
    rows,
    add,
  );
}

function scalarInput(field, id, pointer, current, hooks) {
  const common = { id, dataset: { pointer, field: field.name } };
  const codes = codesOf(field);
  if (codes || field.type === 'boolean') {
    const options = codes
      ? codes.map((c) => ({ value: c.code, label: `${c.code} — ${pick(c.labelZh, c.labelEn)}` }))
      : [{ value: 'true', label: 'true' }, { value: 'false', label: 'false' }];
    const shown = current === undefined ? '' : typeof current === 'string' ? current : toJsonText(current);
    if (shown !== '' && !options.some((o) => o.value === shown)) options.push({ value: shown, label: shown });
    return h(
      'select',
      { ...common, onchange: (e) => hooks.changed(pointer, readChoice(field, e.target.value)) },
      h('option', { value: '' }, t('emptyOption')),
      options.map((o) => h('option', { value: o.value, selected: o.value === shown }, o.label)),
    );
  }
  if (isBeijingDateTime(field)) {
    const text = typeof current === 'string' ? current : '';
    return h('input', {
      ...common,
      type: 'datetime-local',
      step: '1',
      value: toDatetimeLocal(text),
      'aria-description': t('beijingTime'),
      oninput: (e) => hooks.changed(pointer, fromDatetimeLocal(e.target.value) || undefined),
    });
  }
  const numeric = field.type === 'integer' || field.type === 'number';
  return h('input', {
    ...common,
    type: 'text',
    inputmode: numeric ? (field.type === 'integer' ? 'numeric' : 'decimal') : undefined,
    autocomplete: 'off',
    spellcheck: 'false',
    value: current === undefined ? '' : current instanceof RawNumber ? current.text : typeof current === 'string' ? current : toJsonText(current),
    oninput: (e) => hooks.changed(pointer, readText(field, e.target.value)),
  });
}

/** Text typed into a field, as the request value (numbers keep their spelling). */
function readText(field, text) {
  if (text === '') return undefined;
  if ((field.type === 'integer' || field.type === 'number') && isJsonNumber(text.trim())) return new RawNumber(text.trim());
  return text; // a non-number in a number field stays text, and validation says so
}

function readChoice(field, text) {
  if (text === '') return undefined;
  if (field.type === 'boolean') return text === 'true';
  return text;
}

function labelText(field) {
  return [
    pick(field.descriptionZh, field.descriptionEn),
    ' ',
    h('code', {}, field.name),
    requirement(field),
    isBeijingDateTime(field) ? h('span', { class: 'hint' }, t('beijingTime')) : null,
  ];
}

/** Required; "usually sent (inferred)" — the catalog's `usuallySent`: missing it only warns; or inferred. */
function requirement(field) {
  if (field.usuallySent) return h('span', { class: 'badge inferred usually', title: t('usuallySentHelp') }, t('usuallySent'));
  if (field.required) return h('span', { class: 'badge required' }, t('required'));
  return field.provenance === 'inferred' ? h('span', { class: 'badge inferred', title: t('inferred') }, t('inferred')) : null;
}

function slots(pointer) {
  return [
    h('div', { class: 'field-error', role: 'alert', dataset: { for: pointer } }),
    h('div', { class: 'field-warning', dataset: { for: pointer } }),
  ];
}

function getAt(root, segments) {
  return segments.reduce((node, key) => (node === null || typeof node !== 'object' ? undefined : node[key]), root);
}

/** A copy of `root` with the value at `segments` replaced (removed when undefined). */
function setAt(root, segments, next) {
  if (segments.length === 0) return next;
  const [head, ...rest] = segments;
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[Number(head)] = setAt(copy[Number(head)] ?? {}, rest, next);
    return copy;
  }
  const copy = isObject(root) ? { ...root } : {};
  const child = setAt(copy[head], rest, next);
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy;
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RawNumber);
}
