/**
 * The form webview: draws any form from its description (so a new form needs no code here),
 * keeps what was typed across hide, show and reload, and shows the extension's checks next to
 * each field. Every text the user or a file wrote goes in as text, never as markup.
 */
import '../common/base.css';
import './forms.css';
import { format, h, icon } from '../common/dom';
import { connect } from '../common/host';
import {
  conditionHolds,
  sameAnswers,
  visibleOptions,
  type FieldOption,
  type FieldSpec,
  type FormDescription,
  type FormErrors,
  type FormRow,
  type FormValue,
  type NoteField,
  type RowField,
  type TextField,
} from '../../src/core/forms/field';
import * as l10n from '@vscode/l10n';
import { FORM_LIMITS } from '../../src/core/webviewLimits';
import {
  formCommandSchema,
  formStateSchema,
  parseFormNotification,
  type FormCommand,
  type FormNotification,
  type FormOrigin,
  type FormState,
  type UiStrings,
} from '../../src/forms/protocol';

type Values = Record<string, FormValue>;
type Saved = Extract<FormNotification, { type: 'saved' }>;

/** How long typing pauses before the values are checked. */
const CHECK_DELAY_MS = 150;
const NO_ERRORS: FormErrors = { fields: {}, form: [], missing: [] };

const app = document.getElementById('app')!;
const host = connect<FormNotification, FormCommand, FormState>(parseFormNotification, onNotification);
const restored = formStateSchema.safeParse(host.state);

let origin: FormOrigin | undefined;
let form: FormDescription | undefined;
let strings: UiStrings | undefined;
let values: Values = {};
let touched = new Set<string>();
let errors: FormErrors = NO_ERRORS;
let attempted = false;
let saving = false;
let saved: Saved | undefined;
/** What came of each suggestion answered, by id. */
let answered: Record<string, string> = {};
let seq = 0;
let checkTimer: ReturnType<typeof setTimeout> | undefined;
/** The values came from a draft kept when the form was closed unsaved. */
let fromDraft = false;
/** Redraws what depends on the values (visibility, errors, the Save status) without rebuilding inputs, so focus stays. */
let refreshers: (() => void)[] = [];

host.post({ type: 'ready' });

function onNotification(notification: FormNotification): void {
  switch (notification.type) {
    case 'init': {
      const sameForm = restored.success && sameOrigin(restored.data.origin, notification.origin);
      origin = notification.origin;
      form = notification.form;
      strings = notification.strings;
      values = sameForm ? { ...restored.data.values } : { ...notification.form.initial };
      touched = new Set(sameForm ? restored.data.touched : []);
      fromDraft = notification.draft === true;
      attempted = false;
      errors = NO_ERRORS;
      saved = sameForm ? restored.data.saved : undefined;
      answered = sameForm ? { ...restored.data.answered } : {};
      persist();
      if (saved) renderSaved(saved);
      else {
        renderForm();
        check();
      }
      return;
    }
    case 'validation':
      // An answer to an older question is stale: the values have changed since.
      if (notification.seq < seq) return;
      errors = notification.errors;
      if (notification.attempted) {
        attempted = true;
        saving = false;
        focusFirstError();
      }
      refresh();
      return;
    case 'suggestionAnswered':
      answered = { ...answered, [notification.id]: notification.message };
      persist();
      if (saved) renderSaved(saved);
      return;
    case 'saved':
      saving = false;
      saved = notification;
      persist();
      renderSaved(notification);
      return;
    case 'failed':
      saving = false;
      if (form) {
        showAlert(notification.message);
        refresh();
      } else {
        app.replaceChildren(h('div', { class: 'alert', role: 'alert' }, icon('error'), h('span', {}, notification.message)));
        app.removeAttribute('aria-busy');
      }
      return;
  }
}

function sameOrigin(a: FormOrigin, b: FormOrigin): boolean {
  return (
    a.formId === b.formId && a.root === b.root && a.target?.goalId === b.target?.goalId && a.target?.milestoneId === b.target?.milestoneId
  );
}

function persist(): void {
  if (!origin) return;
  host.save({ origin, values, touched: [...touched], ...(saved ? { saved, answered } : {}) });
}

// ---- Values ----------------------------------------------------------------------------------

function setValue(name: string, value: FormValue): void {
  values = { ...values, [name]: value };
  persist();
  scheduleCheck();
  refresh();
}

function touch(name: string): void {
  if (touched.has(name)) return;
  touched.add(name);
  persist();
  refresh();
}

function scheduleCheck(): void {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, CHECK_DELAY_MS);
}

function check(): void {
  send({ type: 'change', seq: ++seq, values });
}

function save(): void {
  if (saving) return;
  clearTimeout(checkTimer);
  hideAlert();
  saving = send({ type: 'save', seq: ++seq, values });
  refresh();
}

/**
 * Sends a command if the protocol allows it. The extension would drop one beyond its bounds
 * (the inputs and lists stop at them, but a restored draft may hold more), and a Save would
 * then wait for an answer that never comes: the form says what to shorten instead.
 */
function send(command: FormCommand): boolean {
  const checked = formCommandSchema.safeParse(command);
  if (checked.success) {
    host.post(command);
    return true;
  }
  showAlert(
    l10n.t(
      'This form holds more than DevGrowth can take at once (at most {0} items in a list and {1} characters in an answer). Shorten it, then save again.',
      FORM_LIMITS.items,
      FORM_LIMITS.text,
    ),
  );
  return false;
}

/** The message to show for a field, once the user has been there or tried to save. */
/**
 * The error to show at `key`: once the form was saved, or the user left the field. A row's cell
 * counts on its own: leaving one cell must not bring up errors in the cells not reached yet, which
 * would also move them under a pointer on its way there.
 */
function errorFor(key: string, fieldName: string): string | undefined {
  return attempted || touched.has(fieldName) || touched.has(key) ? errors.fields[key] : undefined;
}

function refresh(): void {
  for (const redraw of refreshers) redraw();
}

// ---- The form ------------------------------------------------------------------------------------

function renderForm(): void {
  if (!form || !strings) return;
  refreshers = [];
  const ui = strings;
  const fields = form.fields.map((field) => renderField(field, ui));
  const formErrors = h('ul', { class: 'form-errors', 'aria-live': 'polite' });
  const status = h('p', { class: 'save-status', id: 'save-status', 'aria-live': 'polite' });
  const saveButton = h('button', { class: 'primary', type: 'submit', 'aria-describedby': 'save-status' }, icon('save'), ui.save);
  const cancelButton = h('button', { type: 'button' }, ui.cancel);
  const confirmClose = unsavedPrompt(ui, () => cancelButton.focus());
  cancelButton.addEventListener('click', () => {
    // Answers the form did not start with are worth a question before they go.
    if (hasInput()) confirmClose.show();
    else host.post({ type: 'cancel' });
  });
  refreshers.push(() => {
    formErrors.replaceChildren(...(attempted ? errors.form : []).map((message) => h('li', {}, icon('error'), h('span', {}, message))));
    saveButton.disabled = saving;
    saveButton.lastChild!.textContent = saving ? ui.saving : ui.save;
    // A label may end in its own question mark: "situation?." reads as a typo.
    status.textContent =
      errors.missing.length > 0
        ? format(ui.stillNeeded, errors.missing.join(', ')).replace(/([?!.])\.$/, '$1')
        : errors.form.length > 0
          ? ''
          : ui.readyToSave;
    status.classList.toggle('incomplete', errors.missing.length > 0);
  });
  const element = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'form-title' },
    h('h1', { id: 'form-title' }, form.title),
    form.subject ? h('p', { class: 'subject' }, form.subject) : undefined,
    h('p', { class: 'intro muted' }, form.intro),
    fromDraft ? draftNotice(ui) : undefined,
    ...(form.notices ?? []).map((notice) => h('p', { class: 'notice', role: 'note' }, icon('info'), h('span', {}, notice))),
    ...fields,
    formErrors,
    h('div', { class: 'alert', role: 'alert', hidden: true, id: 'alert' }),
    h('div', { class: 'actions' }, saveButton, cancelButton, status),
    confirmClose.element,
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  app.replaceChildren(element);
  app.removeAttribute('aria-busy');
  refresh();
}

function renderField(field: FieldSpec, ui: UiStrings): HTMLElement {
  const id = idOf(field.name);
  const help = field.help ? h('p', { class: 'help', id: `${id}-help` }, field.help) : undefined;
  const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
  const describedBy = [help && `${id}-help`, `${id}-error`].filter(Boolean).join(' ');
  const title = [field.label, field.required ? undefined : h('span', { class: 'optional' }, ` (${ui.optional})`)];
  let container: HTMLElement;
  if (field.kind === 'note') {
    container = h(
      'section',
      { class: 'field note', 'aria-labelledby': `${id}-title` },
      h('h2', { id: `${id}-title` }, field.label),
      help,
      ...field.sections.map((section) =>
        h(
          'div',
          { class: 'note-section' },
          h('h3', {}, section.heading),
          h('ul', {}, ...section.points.map((point) => h('li', {}, point))),
        ),
      ),
    );
    refreshers.push(() => (container.hidden = !conditionHolds(field.showWhen, values)));
    return container;
  }
  if (isTextField(field)) {
    const control = textInput(field.kind, field.name, id, describedBy, field.placeholder);
    const counter = field.maxLength ? characterCounter(field.name, field.maxLength, ui) : undefined;
    if (counter) control.setAttribute('aria-describedby', `${describedBy} ${counter.id}`);
    container = h('div', { class: `field ${field.kind}` }, h('label', { for: id }, ...title), help, control, counter, error);
  } else {
    const control = groupControl(field, ui, describedBy);
    container = h(
      'fieldset',
      { class: `field ${field.kind}`, 'aria-describedby': describedBy },
      h('legend', {}, ...title),
      help,
      control,
      error,
    );
  }
  refreshers.push(() => {
    container.hidden = !conditionHolds(field.showWhen, values);
    const message = errorFor(field.name, field.name);
    showError(error, message);
    container.classList.toggle('invalid', message !== undefined);
    for (const input of container.querySelectorAll<HTMLElement>(':scope > input, :scope > textarea'))
      setInvalid(input, message !== undefined);
  });
  return container;
}

function isTextField(field: FieldSpec): field is TextField {
  return field.kind === 'text' || field.kind === 'long-text' || field.kind === 'date';
}

function idOf(key: string): string {
  return `field-${key.replace(/[^\w-]/g, '-')}`;
}

function showError(element: HTMLElement, message: string | undefined): void {
  element.hidden = message === undefined;
  element.replaceChildren(...(message === undefined ? [] : [icon('error'), h('span', {}, message)]));
}

function setInvalid(element: HTMLElement, invalid: boolean): void {
  if (invalid) element.setAttribute('aria-invalid', 'true');
  else element.removeAttribute('aria-invalid');
}

/** A text, long-text or date input bound to `values[name]`. */
function textInput(
  kind: 'text' | 'long-text' | 'date',
  name: string,
  id: string,
  describedBy: string,
  placeholder?: string,
): HTMLInputElement | HTMLTextAreaElement {
  const current = values[name];
  const input =
    kind === 'long-text'
      ? h('textarea', { id, rows: 4, 'aria-describedby': describedBy, placeholder, maxlength: FORM_LIMITS.text })
      : h('input', {
          id,
          type: kind === 'date' ? 'date' : 'text',
          'aria-describedby': describedBy,
          placeholder,
          maxlength: FORM_LIMITS.text,
        });
  input.value = typeof current === 'string' ? current : '';
  input.addEventListener('input', () => setValue(name, input.value));
  input.addEventListener('blur', () => touch(name));
  return input;
}

function groupControl(field: Exclude<FieldSpec, TextField | NoteField>, ui: UiStrings, describedBy: string): HTMLElement {
  // An optional answer, once given, can be taken back: radio buttons alone cannot be unticked.
  const clearable = (control: HTMLElement) =>
    field.required ? control : h('div', { class: 'clearable' }, control, clearButton(field.name, field.label, ui));
  switch (field.kind) {
    case 'choice':
      return clearable(choices(field.name, false, field.options, () => visibleOptions(field, values)));
    case 'multi-choice':
      return choices(field.name, true, field.options, () => visibleOptions(field, values));
    case 'rating':
      return clearable(
        rating(
          field.name,
          field.name,
          field.low,
          field.high,
          ui,
          describedBy,
          () => values[field.name],
          (value) => setValue(field.name, value),
        ),
      );
    case 'boolean':
      return clearable(
        yesNo(
          field.name,
          field.name,
          ui,
          () => values[field.name],
          (value) => setValue(field.name, value),
        ),
      );
    case 'text-list':
      return textList(field, ui);
    case 'records':
      return records(field, ui);
  }
}

/** "Clear answer" for an optional question, shown while it has an answer. */
function clearButton(name: string, label: string, ui: UiStrings): HTMLElement {
  const button = h('button', { type: 'button', class: 'clear-answer', 'aria-label': `${ui.clear}: ${label}` }, icon('close'), ui.clear);
  button.addEventListener('click', () => {
    setValue(name, null);
    touch(name);
  });
  refreshers.push(() => {
    const value = values[name];
    button.hidden = value === undefined || value === null || value === '';
  });
  return button;
}

/** How many characters a capped text holds, as the user types. */
function characterCounter(name: string, max: number, ui: UiStrings): HTMLElement {
  const counter = h('p', { class: 'counter muted', id: `${idOf(name)}-counter`, 'aria-live': 'polite' });
  refreshers.push(() => {
    const value = values[name];
    const length = typeof value === 'string' ? value.trim().length : 0;
    counter.textContent = format(ui.characters, String(length), String(max));
    counter.classList.toggle('over', length > max);
  });
  return counter;
}

/** Says the answers came back from a draft, with a way to start from the form's own values. */
function draftNotice(ui: UiStrings): HTMLElement {
  const startOver = h('button', { type: 'button', class: 'secondary' }, ui.startOver);
  startOver.addEventListener('click', () => host.post({ type: 'startOver' }));
  return h('div', { class: 'draft-notice', role: 'status' }, icon('history'), h('span', {}, ui.restoredDraft), startOver);
}

/** True when the values hold an answer the form did not start with. */
function hasInput(): boolean {
  // A form restored from a draft starts from the user's own answers.
  return form !== undefined && (fromDraft || !sameAnswers(values, form.initial));
}

/** The question before closing a form with answers in it: discard them, keep them as a draft, or stay. */
function unsavedPrompt(ui: UiStrings, onStay: () => void): { element: HTMLElement; show: () => void } {
  const discard = h('button', { type: 'button' }, ui.discardAndClose);
  const keep = h('button', { type: 'button', class: 'primary' }, ui.keepDraftAndClose);
  const stay = h('button', { type: 'button' }, ui.keepEditing);
  const element = h(
    'div',
    { class: 'unsaved-prompt', role: 'alertdialog', 'aria-labelledby': 'unsaved-text', hidden: true },
    h('p', { id: 'unsaved-text' }, ui.unsaved),
    h('div', { class: 'actions' }, keep, discard, stay),
  );
  discard.addEventListener('click', () => host.post({ type: 'cancel', discard: true }));
  keep.addEventListener('click', () => host.post({ type: 'cancel' }));
  stay.addEventListener('click', () => {
    element.hidden = true;
    onStay();
  });
  return {
    element,
    show: () => {
      element.hidden = false;
      keep.focus();
    },
  };
}

/** Radio buttons or checkboxes, under their group headings; options that do not apply now are hidden. */
function choices(name: string, multiple: boolean, options: readonly FieldOption[], visible: () => FieldOption[]): HTMLElement {
  const list = h('div', { class: 'choices' });
  const groups = new Map<string, HTMLElement>();
  const items = options.map((option, index) => {
    const id = `${idOf(name)}-${index}`;
    const input = h('input', { type: multiple ? 'checkbox' : 'radio', name: idOf(name), id, value: option.value });
    input.addEventListener('change', () => {
      if (multiple) {
        const picked = new Set(Array.isArray(values[name]) ? (values[name] as string[]) : []);
        if (input.checked) picked.add(option.value);
        else picked.delete(option.value);
        setValue(
          name,
          options.map((candidate) => candidate.value).filter((value) => picked.has(value)),
        );
      } else {
        setValue(name, option.value);
      }
      touch(name);
    });
    const item = h(
      'div',
      { class: 'choice' },
      input,
      h(
        'label',
        { for: id },
        h('span', { class: 'choice-label' }, option.label),
        option.help ? h('span', { class: 'help' }, option.help) : undefined,
      ),
    );
    const parent = option.group ? groupFor(option.group) : list;
    parent.append(item);
    return { option, input, item };
  });
  function groupFor(title: string): HTMLElement {
    let group = groups.get(title);
    if (!group) {
      group = h('div', { class: 'choice-group', role: 'group', 'aria-label': title }, h('p', { class: 'group-title' }, title));
      groups.set(title, group);
      list.append(group);
    }
    return group;
  }
  refreshers.push(() => {
    const shown = new Set(visible().map((option) => option.value));
    const current = values[name];
    for (const { option, input, item } of items) {
      item.hidden = !shown.has(option.value);
      input.checked = Array.isArray(current) ? (current as string[]).includes(option.value) : current === option.value;
    }
    for (const group of groups.values()) group.hidden = [...group.querySelectorAll<HTMLElement>('.choice')].every((item) => item.hidden);
    // Groups that fit the other answers come first (the ways out of the ruts ticked); the rest keep their order.
    const first = new Set(
      options
        .filter((option) => option.group && option.firstWhen && conditionHolds(option.firstWhen, values))
        .map((option) => option.group!),
    );
    const ordered = [...groups.entries()].sort(([a], [b]) => Number(first.has(b)) - Number(first.has(a))).map(([, group]) => group);
    const shownOrder = [...list.children].filter((child) => ordered.includes(child as HTMLElement));
    if (ordered.some((group, index) => shownOrder[index] !== group)) list.append(...ordered);
  });
  return list;
}

/** 1 to 5 as a row of radio buttons, with what the two ends mean. */
function rating(
  name: string,
  touchName: string,
  low: string,
  high: string,
  ui: UiStrings,
  describedBy: string,
  get: () => FormValue | undefined,
  set: (value: number) => void,
): HTMLElement {
  const scale = h('div', { class: 'rating-scale' });
  const inputs = [1, 2, 3, 4, 5].map((score) => {
    const id = `${idOf(name)}-${score}`;
    const input = h('input', { type: 'radio', name: idOf(name), id, value: score, 'aria-describedby': describedBy });
    input.addEventListener('change', () => {
      set(score);
      touch(touchName);
    });
    scale.append(h('span', { class: 'rating-option' }, input, h('label', { for: id }, String(score))));
    return input;
  });
  refreshers.push(() => {
    const current = get();
    for (const [index, input] of inputs.entries()) input.checked = current === index + 1;
  });
  return h(
    'div',
    { class: 'rating' },
    scale,
    h('p', { class: 'rating-ends muted' }, h('span', {}, format(ui.low, low)), h('span', {}, format(ui.high, high))),
  );
}

/** A yes-or-no question: two radio buttons, neither chosen until the user answers. */
function yesNo(
  name: string,
  touchName: string,
  ui: UiStrings,
  get: () => FormValue | undefined,
  set: (value: boolean) => void,
): HTMLElement {
  const row = h('div', { class: 'yes-no' });
  const inputs = ([true, false] as const).map((answer) => {
    const id = `${idOf(name)}-${answer ? 'yes' : 'no'}`;
    const input = h('input', { type: 'radio', name: idOf(name), id, value: String(answer) });
    input.addEventListener('change', () => {
      set(answer);
      touch(touchName);
    });
    row.append(h('span', { class: 'choice' }, input, h('label', { for: id }, answer ? ui.yes : ui.no)));
    return { answer, input };
  });
  refreshers.push(() => {
    const current = get();
    for (const { answer, input } of inputs) input.checked = current === answer;
  });
  return row;
}

/** A list of short texts: one per prompt (the five whys), or a list that grows with Add. */
function textList(field: Extract<FieldSpec, { kind: 'text-list' }>, ui: UiStrings): HTMLElement {
  const list = h('div', { class: 'text-list' });
  const items = (): string[] => (Array.isArray(values[field.name]) ? [...(values[field.name] as string[])] : []);
  const draw = (focusIndex?: number) => {
    const current = items();
    const count = field.prompts ? field.prompts.length : Math.max(1, current.length);
    const rows = Array.from({ length: count }, (_, index) => {
      const id = `${idOf(field.name)}-${index}`;
      const label = field.prompts?.[index] ?? `${field.itemLabel} ${index + 1}`;
      const input = h('input', { type: 'text', id, placeholder: field.placeholder, maxlength: FORM_LIMITS.text });
      input.value = current[index] ?? '';
      input.addEventListener('input', () => {
        const next = items();
        while (next.length < count) next.push('');
        next[index] = input.value;
        setValue(field.name, next);
      });
      input.addEventListener('blur', () => touch(field.name));
      const remove = field.prompts
        ? undefined
        : h(
            'button',
            { type: 'button', class: 'icon', 'aria-label': format(ui.remove, label), title: format(ui.remove, label) },
            icon('trash'),
          );
      remove?.addEventListener('click', () => {
        const next = items();
        next.splice(index, 1);
        setValue(field.name, next);
        draw(Math.max(0, Math.min(index, next.length - 1)));
      });
      return h(
        'div',
        { class: 'list-item' },
        h('label', { for: id, class: field.prompts ? 'prompt' : 'visually-hidden' }, label),
        h('div', { class: 'list-row' }, input, remove),
      );
    });
    // A list stops at what one message may carry.
    const add =
      field.addLabel === undefined || count >= FORM_LIMITS.items
        ? undefined
        : h('button', { type: 'button', class: 'add' }, icon('add'), field.addLabel);
    add?.addEventListener('click', () => {
      const next = items();
      while (next.length < count) next.push('');
      next.push('');
      setValue(field.name, next);
      draw(next.length - 1);
    });
    list.replaceChildren(...rows, ...(add ? [add] : []));
    if (focusIndex !== undefined) list.querySelectorAll<HTMLInputElement>('input')[focusIndex]?.focus();
  };
  draw();
  return list;
}

/** Rows of sub-fields: one per item the plan gives (each goal), or rows the user adds. */
function records(field: Extract<FieldSpec, { kind: 'records' }>, ui: UiStrings): HTMLElement {
  const table = h('div', { class: 'records' });
  const rows = (): FormRow[] => (Array.isArray(values[field.name]) ? [...(values[field.name] as FormRow[])] : []);
  const setCell = (index: number, name: string, value: string | number | boolean) => {
    const next = rows();
    while (next.length <= index) next.push({});
    next[index] = { ...next[index], [name]: value };
    setValue(field.name, next);
  };
  const draw = (focusRow?: number) => {
    const current = rows();
    const count = field.fixedRows ? field.fixedRows.length : Math.max(1, current.length);
    const drawn = Array.from({ length: count }, (_, index) => {
      const label = field.fixedRows?.[index]?.label ?? `${field.itemLabel} ${index + 1}`;
      const cells = field.fields.map((sub) =>
        recordCell(
          field,
          sub,
          index,
          ui,
          () => rows()[index]?.[sub.name],
          (value) => setCell(index, sub.name, value),
        ),
      );
      const remove = field.fixedRows
        ? undefined
        : h(
            'button',
            { type: 'button', class: 'icon remove-row', 'aria-label': format(ui.remove, label), title: format(ui.remove, label) },
            icon('trash'),
          );
      remove?.addEventListener('click', () => {
        const next = rows();
        next.splice(index, 1);
        setValue(field.name, next);
        draw(Math.max(0, Math.min(index, next.length - 1)));
      });
      return h('fieldset', { class: 'record' }, h('legend', {}, label), h('div', { class: 'record-cells' }, ...cells), remove);
    });
    const add =
      field.addLabel === undefined || count >= FORM_LIMITS.items
        ? undefined
        : h('button', { type: 'button', class: 'add' }, icon('add'), field.addLabel);
    add?.addEventListener('click', () => {
      const next = rows();
      while (next.length < count) next.push({});
      next.push({});
      setValue(field.name, next);
      draw(next.length - 1);
    });
    table.replaceChildren(...drawn, ...(add ? [add] : []));
    if (focusRow !== undefined)
      table.querySelectorAll<HTMLElement>('fieldset.record')[focusRow]?.querySelector<HTMLElement>('input, textarea')?.focus();
    refresh();
  };
  draw();
  return table;
}

/** A record cell's value as the text of its input or select (a cell holds one scalar). */
function cellText(value: FormValue | undefined): string {
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

function recordCell(
  field: Extract<FieldSpec, { kind: 'records' }>,
  sub: RowField,
  index: number,
  ui: UiStrings,
  get: () => FormValue | undefined,
  set: (value: string | number | boolean) => void,
): HTMLElement {
  const key = `${field.name}.${index}.${sub.name}`;
  const id = idOf(key);
  const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
  const title = [sub.label, sub.required ? undefined : h('span', { class: 'optional' }, ` (${ui.optional})`)];
  let cell: HTMLElement;
  if (sub.kind === 'rating') {
    cell = h(
      'fieldset',
      { class: 'cell rating-cell' },
      h('legend', {}, ...title),
      rating(key, key, sub.low, sub.high, ui, `${id}-error`, get, set),
      error,
    );
  } else if (sub.kind === 'boolean') {
    cell = h('fieldset', { class: 'cell' }, h('legend', {}, ...title), yesNo(key, key, ui, get, set), error);
  } else if ('options' in sub) {
    const select = h(
      'select',
      { id, 'aria-describedby': `${id}-error` },
      h('option', { value: '' }, ''),
      ...sub.options.map((option) => h('option', { value: option.value }, option.label)),
    );
    select.addEventListener('change', () => set(select.value));
    refreshers.push(() => (select.value = cellText(get())));
    cell = h('div', { class: 'cell' }, h('label', { for: id }, ...title), select, error);
  } else {
    const input =
      sub.kind === 'long-text'
        ? h('textarea', { id, rows: 2, 'aria-describedby': `${id}-error`, maxlength: FORM_LIMITS.text })
        : h('input', {
            id,
            type: sub.kind === 'date' ? 'date' : 'text',
            placeholder: sub.placeholder,
            'aria-describedby': `${id}-error`,
            maxlength: FORM_LIMITS.text,
          });
    input.value = cellText(get());
    input.addEventListener('input', () => set(input.value));
    input.addEventListener('blur', () => touch(key));
    cell = h('div', { class: 'cell' }, h('label', { for: id }, ...title), input, error);
  }
  refreshers.push(() => {
    const message = errorFor(key, field.name);
    showError(error, message);
    cell.classList.toggle('invalid', message !== undefined);
    for (const control of cell.querySelectorAll<HTMLElement>('input[type=text], input[type=date], textarea, select'))
      setInvalid(control, message !== undefined);
  });
  return cell;
}

function focusFirstError(): void {
  requestAnimationFrame(() => {
    const invalid = app.querySelector<HTMLElement>('.invalid:not([hidden])');
    invalid?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  });
}

function showAlert(message: string): void {
  const alert = document.getElementById('alert');
  if (!alert) return;
  alert.hidden = false;
  alert.replaceChildren(icon('error'), h('span', {}, message));
}

function hideAlert(): void {
  const alert = document.getElementById('alert');
  if (alert) alert.hidden = true;
}

// ---- After saving ----------------------------------------------------------------------------

function renderSaved(notification: Saved): void {
  if (!strings) return;
  const ui = strings;
  refreshers = [];
  const close = h('button', { type: 'button', class: 'primary' }, ui.close);
  close.addEventListener('click', () => host.post({ type: 'cancel' }));
  const files = notification.files.map((path) => {
    const button = h('button', { type: 'button' }, icon('go-to-file'), format(ui.open, path));
    button.addEventListener('click', () => host.post({ type: 'openFile', path }));
    return h('li', {}, button);
  });
  const summary =
    notification.summary.length > 0
      ? h(
          'section',
          { class: 'summary', 'aria-labelledby': 'summary-title' },
          h('h2', { id: 'summary-title' }, ui.savedAnswers),
          h('dl', {}, ...notification.summary.flatMap((line) => [h('dt', {}, line.label), h('dd', {}, line.value)])),
        )
      : undefined;
  const suggestions = h(
    'section',
    { class: 'follow-up', 'aria-labelledby': 'follow-up-title' },
    h('h2', { id: 'follow-up-title' }, ui.suggestionsHeading),
    notification.suggestions.length > 0
      ? h('ol', { class: 'suggestions' }, ...notification.suggestions.map((item) => suggestionRow(item, ui)))
      : h('p', { class: 'muted' }, ui.noSuggestions),
  );
  app.replaceChildren(
    h(
      'section',
      { class: 'saved', 'aria-labelledby': 'saved-title' },
      h('h1', { id: 'saved-title' }, icon('pass-filled'), ui.savedHeading),
      h('p', { role: 'status' }, notification.message),
      h('ul', { class: 'files' }, ...files),
      suggestions,
      summary,
      h('div', { class: 'actions' }, close),
    ),
  );
  app.removeAttribute('aria-busy');
  close.focus();
}

/** One suggestion: what to do and why, and its three answers (or what came of the one given). */
function suggestionRow(item: Saved['suggestions'][number], ui: UiStrings): HTMLElement {
  const done = answered[item.id];
  const answer = (kind: 'take' | 'add' | 'dismiss', label: string, iconName: string, primary = false) => {
    const button = h(
      'button',
      { type: 'button', class: primary ? 'primary' : 'secondary', 'aria-label': `${label}: ${item.title}` },
      icon(iconName),
      label,
    );
    button.addEventListener('click', () => host.post({ type: 'suggestion', id: item.id, answer: kind }));
    return button;
  };
  return h(
    'li',
    { 'data-suggestion': item.id },
    h('div', { class: 'follow-up-text' }, h('span', { class: 'choice-label' }, item.title), h('span', { class: 'muted' }, item.why)),
    done
      ? h('p', { class: 'answered', role: 'status' }, icon('check'), done)
      : h(
          'div',
          { class: 'suggestion-actions' },
          answer('take', item.take, 'target', true),
          item.addToGoal ? answer('add', ui.addToGoal, 'add') : undefined,
          answer('dismiss', ui.notNow, 'close'),
        ),
  );
}
