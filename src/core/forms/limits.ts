/**
 * Fits what a form sends its webview into the form protocol's bounds (see webviewLimits.ts): a
 * valid plan may hold a title of any length or hundreds of active goals, and the webview would
 * drop a message that is larger than the protocol allows, leaving the form blank or its Save on
 * "Saving…". Texts are shortened, lists cut, and the form says so in a note at its top.
 */
import * as l10n from '@vscode/l10n';
import type { SuggestionItem } from '../suggestions/view';
import { FORM_LIMITS, Fitting, shorten } from '../webviewLimits';
import type { SummaryLine } from './engine';
import type { Condition, FieldOption, FieldSpec, FormDescription, FormErrors, FormRow, FormValue, FormValues, RowField } from './field';

/** The form as it can be sent, with a notice for everything shortened or left out. */
export function fitFormDescription(description: FormDescription): FormDescription {
  const fitting = new Fitting(FORM_LIMITS.text, FORM_LIMITS.items);
  const fields = fitting.list(description.fields, description.title).map((field) => fitField(field, fitting));
  const fitted: FormDescription = {
    ...description,
    title: fitting.text(description.title),
    intro: fitting.text(description.intro),
    ...(description.subject === undefined ? {} : { subject: fitting.text(description.subject) }),
    fields,
    initial: fitValues(description.initial, description.title, fitting),
  };
  if (!fitting.changed) return description;
  const all = [...(description.notices ?? []), ...notices(fitting)];
  return { ...fitted, notices: all.slice(0, FORM_LIMITS.items).map((notice) => shorten(notice, FORM_LIMITS.text)) };
}

/** Values to start a form from (a suggestion's prefill), within bounds. */
export function fitFormValues(values: FormValues): FormValues {
  return fitValues(values, '', new Fitting(FORM_LIMITS.text, FORM_LIMITS.items));
}

/** What is wrong with the values, within bounds: the messages shortened, the lists cut. */
export function fitFormErrors(errors: FormErrors): FormErrors {
  const fitting = new Fitting(FORM_LIMITS.text, FORM_LIMITS.items);
  const missing = errors.missing.map((label) => fitting.text(label));
  return {
    fields: Object.fromEntries(
      Object.entries(errors.fields)
        .filter(([key]) => key.length <= FORM_LIMITS.name)
        .map(([key, message]) => [key, fitting.text(message)]),
    ),
    form: errors.form.slice(0, FORM_LIMITS.items).map((message) => fitting.text(message)),
    // The Save button lists what is missing; beyond the bound, the last entry says how many more.
    missing: withMore(missing, (more) => l10n.t('{0} more', more)),
  };
}

/**
 * What the Saved page shows besides the files, within bounds: the answers as the form showed
 * them (a long list of answers joins into one long text) and the suggestions they lead to.
 */
export function fitSavedPage(
  summary: readonly SummaryLine[],
  suggestions: readonly SuggestionItem[],
): { summary: SummaryLine[]; suggestions: SuggestionItem[] } {
  const fitting = new Fitting(FORM_LIMITS.text, FORM_LIMITS.items);
  const lines = summary.map((line) => ({ label: fitting.text(line.label), value: fitting.text(line.value) }));
  return {
    // The answers beyond the bound are in the saved file; the last line says how many.
    summary: withMore(lines, (more) => ({ label: l10n.t('More answers'), value: l10n.t('{0} more are in the saved file.', more) })),
    // A suggestion is answered by its id: one too long to send is left out, never shortened.
    suggestions: fitting
      .list(suggestions, '', (item) => item.id.length <= FORM_LIMITS.suggestionId)
      .map((item) => ({ ...item, title: fitting.text(item.title), why: fitting.text(item.why), take: fitting.text(item.take) })),
  };
}

/** The files a Save names (paths inside the growth folder) that the form can offer to open. */
export function fitSavedFiles(paths: readonly string[]): string[] {
  return paths.filter((path) => path.length <= FORM_LIMITS.path).slice(0, FORM_LIMITS.items);
}

/** The items of a list, or as many as fit with a last one (`more`) saying how many are left out. */
function withMore<T>(items: readonly T[], more: (count: number) => T): T[] {
  return items.length <= FORM_LIMITS.items
    ? [...items]
    : [...items.slice(0, FORM_LIMITS.items - 1), more(items.length - FORM_LIMITS.items + 1)];
}

function fitField(field: FieldSpec, fitting: Fitting): FieldSpec {
  const base = {
    label: fitting.text(field.label),
    ...(field.help === undefined ? {} : { help: fitting.text(field.help) }),
    ...(field.showWhen ? { showWhen: fitCondition(field.showWhen) } : {}),
  };
  switch (field.kind) {
    case 'text':
    case 'long-text':
    case 'date':
      return { ...field, ...base, ...(field.placeholder === undefined ? {} : { placeholder: fitting.text(field.placeholder) }) };
    case 'choice':
    case 'multi-choice':
      return { ...field, ...base, options: fitOptions(field.options, field.label, fitting) };
    case 'rating':
      return { ...field, ...base, low: fitting.text(field.low), high: fitting.text(field.high) };
    case 'boolean':
      return { ...field, ...base };
    case 'note':
      return {
        ...field,
        ...base,
        sections: fitting.list(field.sections, field.label).map((section) => ({
          heading: fitting.text(section.heading),
          points: fitting.list(section.points, section.heading).map((point) => fitting.text(point)),
        })),
      };
    case 'text-list':
      return {
        ...field,
        ...base,
        itemLabel: fitting.text(field.itemLabel),
        ...(field.prompts ? { prompts: fitting.list(field.prompts, field.label).map((prompt) => fitting.text(prompt)) } : {}),
      };
    case 'records':
      return {
        ...field,
        ...base,
        itemLabel: fitting.text(field.itemLabel),
        fields: fitting.list(field.fields, field.label).map((sub) => fitField(sub, fitting) as RowField),
        ...(field.fixedRows
          ? {
              // A row's values say what it is about (a goal's id): one too long to send cannot be shortened.
              fixedRows: fitting
                .list(field.fixedRows, field.label, (row) => fitsRow(row.values))
                .map((row) => ({ label: fitting.text(row.label), values: row.values })),
            }
          : {}),
      };
  }
}

function fitOptions(options: readonly FieldOption[], label: string, fitting: Fitting): FieldOption[] {
  // An option's value is what is saved: one too long to send is left out, never shortened.
  return fitting
    .list(options, label, (option) => option.value.length <= FORM_LIMITS.text)
    .map((option) => ({
      ...option,
      ...(option.showWhen ? { showWhen: fitCondition(option.showWhen) } : {}),
      ...(option.firstWhen ? { firstWhen: fitCondition(option.firstWhen) } : {}),
      label: fitting.text(option.label),
      ...(option.help === undefined ? {} : { help: fitting.text(option.help) }),
      ...(option.group === undefined ? {} : { group: fitting.text(option.group) }),
    }));
}

/**
 * A condition names the values it shows for (the goals that have milestones, say). They follow
 * the plan's order, as the options they match do, so the first ones cover every option that is
 * still shown: the rest need no note of their own.
 */
function fitCondition(condition: Condition): Condition {
  return condition.is.length <= FORM_LIMITS.items ? condition : { ...condition, is: condition.is.slice(0, FORM_LIMITS.items) };
}

function fitsRow(row: FormRow): boolean {
  return Object.entries(row).every(
    ([key, value]) => key.length <= FORM_LIMITS.name && (typeof value !== 'string' || value.length <= FORM_LIMITS.text),
  );
}

/** The values a form starts with (a prefill from the plan): long texts shortened, long lists cut. */
function fitValues(values: FormValues, what: string, fitting: Fitting): FormValues {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => name.length <= FORM_LIMITS.name)
      .map(([name, value]) => [name, fitValue(value, what, fitting)]),
  );
}

function fitValue(value: FormValue, what: string, fitting: Fitting): FormValue {
  if (typeof value === 'string') return fitting.text(value);
  if (!Array.isArray(value)) return value;
  return fitting.list(value as readonly (string | FormRow)[], what).map((item) =>
    typeof item === 'string'
      ? fitting.text(item)
      : Object.fromEntries(
          Object.entries(item)
            .filter(([key]) => key.length <= FORM_LIMITS.name)
            .map(([key, cell]) => [key, typeof cell === 'string' ? fitting.text(cell) : cell]),
        ),
  ) as FormValue;
}

function notices(fitting: Fitting): string[] {
  return [
    ...(fitting.shortened > 0
      ? [l10n.t('Some texts from your plan are too long to show here in full, so they end in "…". Your files are unchanged.')]
      : []),
    ...fitting.cut.map((cut) =>
      l10n.t('"{0}" shows the first {1} of {2}; the rest are left out of this form.', cut.what, cut.shown, cut.total),
    ),
  ];
}
