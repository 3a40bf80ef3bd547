/**
 * The form engine: turns a form definition into what the webview shows, checks what the user
 * entered against the form's schema (and, before anything is written, the new file against
 * its kind's schema), and turns valid values into the file to create and the edits to make.
 *
 * Values arrive as the webview holds them: text with stray spaces, empty strings for blank
 * fields, rows nobody filled in, answers to questions that are hidden now. They are cleaned up
 * first, so the files hold only what the user actually said.
 */
import * as l10n from '@vscode/l10n';
import type * as z from 'zod';
import { SCHEMAS, isFileKind } from '../schema';
import { suggestionsFor, type JustSaved, type Suggestion } from '../suggestions';
import { uniqueSlug } from '../slug';
import { createGrowthFile } from '../writer';
import { inWords } from '../vocabulary';
import {
  conditionHolds,
  visibleOptions,
  type FieldKind,
  type FieldSpec,
  type FormDescription,
  type FormErrors,
  type FormRow,
  type FormValue,
  type FormValues,
  type RowField,
} from './field';
import { compact, type FileEdits, type FormContext, type FormDefinition } from './form';

export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: FormErrors };

/** What saving a form writes. */
export interface Submission {
  /** The new file: its path inside the growth folder, and its text. */
  readonly create: { readonly path: string; readonly text: string };
  readonly edits: readonly FileEdits[];
  /** What was saved, in the form's words: each answered field and its answer. */
  readonly summary: readonly SummaryLine[];
  /** The next steps the saved answers lead to, best first. */
  readonly suggestions: readonly Suggestion[];
}

export interface SummaryLine {
  readonly label: string;
  readonly value: string;
}

/** The form as the webview shows it, or why it cannot be shown for this context. */
export function describeForm(form: FormDefinition, context: FormContext): { description: FormDescription } | { unavailable: string } {
  const subject = form.subject?.(context);
  if (subject && 'unavailable' in subject) return { unavailable: subject.unavailable };
  return {
    description: {
      id: form.id,
      title: form.title,
      intro: form.intro,
      ...(subject ? { subject: subject.text } : {}),
      fields: fieldsOf(form, context),
      initial: compact({ ...form.initial?.(context), ...context.prefill }) as FormValues,
    },
  };
}

/** The form's fields, each marked required or not from the schema (unless the form says). */
export function fieldsOf(form: FormDefinition, context: FormContext): FieldSpec[] {
  return form.fields(context).map((field) => {
    if (field.kind === 'note') return { ...field, required: false };
    const required = field.required ?? isRequired(form.schema, field.name.split('.'));
    if (field.kind !== 'records') return { ...field, required };
    const fields = field.fields.map((sub) => ({
      ...sub,
      required: sub.required ?? isRequired(form.schema, [field.name, '0', sub.name]),
    })) as RowField[];
    return { ...field, required, fields };
  });
}

/** Checks the values; on success, the data the form's schema produced. */
export function validateForm(form: FormDefinition, context: FormContext, values: FormValues): Validation<Record<string, unknown>> {
  const fields = fieldsOf(form, context);
  const collected = collect(fields, values);
  const parsed = form.schema.safeParse(collected.data);
  if (!parsed.success) return { ok: false, errors: errorsFrom(parsed.error.issues, fields, collected) };
  const data = parsed.data;
  const problems = form.check?.(data, context) ?? [];
  if (problems.length > 0) {
    return {
      ok: false,
      errors: errorsFrom(
        problems.map((problem) => ({ path: problem.field.split('.'), message: problem.message, code: 'custom' })),
        fields,
        collected,
      ),
    };
  }
  return { ok: true, data };
}

/**
 * What is wrong with one field, from the values given so far: for an input that walks the
 * fields one at a time. The form's own rules run on what is there even while later fields are
 * still blank (a rule that cannot judge half an answer is skipped), so a due date out of its
 * horizon is caught at the date, not at the end. `warning` is advice that does not block.
 */
export function fieldMessage(
  form: FormDefinition,
  context: FormContext,
  values: FormValues,
  name: string,
): { readonly error?: string; readonly warning?: string } {
  const fields = fieldsOf(form, context);
  const collected = collect(fields, values);
  const parsed = form.schema.safeParse(collected.data);
  const own = (issue: IssueLike) => startsWith(issue.path.map(String), name.split('.'));
  const issues: IssueLike[] = parsed.success ? [] : parsed.error.issues.filter(own);
  if (issues.length === 0) {
    try {
      const problems = form.check?.(parsed.success ? parsed.data : collected.data, context) ?? [];
      issues.push(
        ...problems
          .filter((problem) => problem.field === name)
          .map((problem) => ({ path: problem.field.split('.'), message: problem.message, code: 'custom' })),
      );
    } catch {
      // The rule needs a part that is not answered yet; the whole form is checked before saving.
    }
  }
  const error = issues.length > 0 ? errorsFrom(issues, fields, collected).fields[name] : undefined;
  const warning = form.warnings?.(values, context)[name];
  return { ...(error ? { error } : {}), ...(warning ? { warning } : {}) };
}

/**
 * Validates and, when the values are good, produces what to write. The new file's name gets
 * -2, -3… when `taken` says the name is in use; its data must pass its kind's schema.
 */
export function submitForm(
  form: FormDefinition,
  context: FormContext,
  values: FormValues,
  taken: (path: string) => boolean,
): Validation<Submission> {
  const validation = validateForm(form, context, values);
  if (!validation.ok) return validation;
  const output = form.output(validation.data, context);
  const { folder, name, body } = output.create;
  const data = context.suggestion ? { ...output.create.data, suggestion: context.suggestion } : output.create.data;
  const kind = data.kind;
  if (!isFileKind(kind)) throw new Error(`The ${form.id} form made a file without a kind`);
  const fileCheck = SCHEMAS[kind].safeParse(data);
  if (!fileCheck.success) {
    // The form's schema is derived from the file's, so this is a defect in the form, not in the input.
    throw new Error(
      `The ${form.id} form made an invalid ${kind}: ${fileCheck.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const fileName = uniqueSlug(name, (candidate) => taken(folder ? `${folder}/${candidate}.md` : `${candidate}.md`));
  return {
    ok: true,
    data: {
      create: { path: folder ? `${folder}/${fileName}.md` : `${fileName}.md`, text: createGrowthFile(data, body ?? '') },
      edits: output.edits,
      summary: summarise(fieldsOf(form, context), values),
      suggestions: form.suggests
        ? suggestionsFor(context.plan, context.today, { saved: justSaved({ kind, data: fileCheck.data }), kinds: form.suggests })
        : [],
    },
  };
}

/** The record a form wrote, as suggestions read it; undefined for kinds no suggestion reads. */
function justSaved(record: { kind: string; data: unknown }): JustSaved | undefined {
  return record.kind === 'assessment' || record.kind === 'review' || record.kind === 'checkin' || record.kind === 'break'
    ? (record as JustSaved)
    : undefined;
}

// ---- What was saved, in words -----------------------------------------------------------------

/** Each visible field the user answered, with the answer as the form showed it. */
export function summarise(fields: readonly FieldSpec[], values: FormValues): SummaryLine[] {
  const collected = collect(fields, values).data;
  const at = (name: string) =>
    name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], collected);
  return fields.flatMap((field): SummaryLine[] => {
    const value = at(field.name);
    if (value === undefined) return [];
    if (field.kind === 'records') {
      return (value as Record<string, unknown>[]).map((row, index) => ({
        label: field.fixedRows?.[index]?.label ?? `${field.itemLabel} ${index + 1}`,
        value: field.fields
          .flatMap((sub) => (row[sub.name] === undefined ? [] : [`${sub.label} ${answerText(sub, row[sub.name])}`]))
          .join('; '),
      }));
    }
    return [{ label: field.label, value: answerText(field, value) }];
  });
}

function answerText(field: FieldSpec | RowField, value: unknown): string {
  switch (field.kind) {
    case 'boolean':
      return value ? l10n.t('Yes') : l10n.t('No');
    case 'rating':
      return l10n.t('{0} of 5', String(value));
    case 'choice':
      return field.options.find((option) => option.value === value)?.label ?? String(value);
    case 'multi-choice':
      return (value as string[]).map((item) => field.options.find((option) => option.value === item)?.label ?? item).join(', ');
    case 'text-list':
      return (value as string[]).join('; ');
    default:
      return String(value);
  }
}

// ---- Cleaning up what the webview sent ------------------------------------------------------

interface Collected {
  /** Nested data for the schema: `ratings.confidence` becomes `{ ratings: { confidence } }`. */
  readonly data: Record<string, unknown>;
  /** For each table, the row on screen of each row kept (empty rows are dropped). */
  readonly rowsOnScreen: ReadonlyMap<string, readonly number[]>;
}

function collect(fields: readonly FieldSpec[], values: FormValues): Collected {
  const data: Record<string, unknown> = {};
  const rowsOnScreen = new Map<string, number[]>();
  for (const field of fields) {
    const path = field.name.split('.');
    // Nested objects always exist, so a missing rating is reported on itself, not on its parent.
    const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => (node[key] ??= {}) as Record<string, unknown>, data);
    if (!conditionHolds(field.showWhen, values) || field.kind === 'note') continue;
    let value: unknown;
    if (field.kind === 'records') {
      const rows = collectRows(field.fields, field.fixedRows, values[field.name]);
      rowsOnScreen.set(
        field.name,
        rows.map((row) => row.onScreen),
      );
      value = rows.length > 0 ? rows.map((row) => row.values) : undefined;
    } else if (field.kind === 'text-list') {
      const items = (Array.isArray(values[field.name]) ? (values[field.name] as unknown[]) : [])
        .filter((item): item is string => typeof item === 'string')
        .map((item) => item.trim())
        .filter(Boolean);
      value = items.length > 0 ? items : undefined;
    } else if (field.kind === 'multi-choice') {
      const visible = new Set(visibleOptions(field, values).map((option) => option.value));
      const picked = (Array.isArray(values[field.name]) ? (values[field.name] as unknown[]) : []).filter(
        (item): item is string => typeof item === 'string' && visible.has(item),
      );
      value = picked.length > 0 ? picked : undefined;
    } else if (field.kind === 'choice') {
      const picked = values[field.name];
      const hidden =
        typeof picked === 'string' &&
        field.options.some((option) => option.value === picked) &&
        !visibleOptions(field, values).some((option) => option.value === picked);
      value = hidden ? undefined : scalar(field, picked);
    } else {
      value = scalar(field, values[field.name]);
    }
    if (value !== undefined) parent[path[path.length - 1]!] = value;
  }
  return { data, rowsOnScreen };
}

function collectRows(
  fields: readonly RowField[],
  fixedRows: readonly { readonly values: FormRow }[] | undefined,
  submitted: FormValue | undefined,
): { onScreen: number; values: Record<string, unknown> }[] {
  const rows = Array.isArray(submitted) ? (submitted as unknown[]) : [];
  const count = fixedRows ? fixedRows.length : rows.length;
  const kept: { onScreen: number; values: Record<string, unknown> }[] = [];
  for (let index = 0; index < count; index++) {
    const row = rows[index];
    const given = typeof row === 'object' && row !== null ? (row as FormRow) : {};
    const values: Record<string, unknown> = {};
    for (const field of fields) {
      const value = scalar(field, given[field.name]);
      if (value !== undefined) values[field.name] = value;
    }
    // A row the user left blank is not an answer; the plan's own values (a goal id) do not count.
    if (Object.keys(values).length === 0) continue;
    kept.push({ onScreen: index, values: { ...values, ...fixedRows?.[index]?.values } });
  }
  return kept;
}

/** One value, trimmed and typed; undefined when blank. */
function scalar(field: RowField | FieldSpec, value: unknown): unknown {
  switch (field.kind) {
    case 'rating':
      if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    default:
      if (typeof value !== 'string') return value === null ? undefined : value;
      return value.trim() === '' ? undefined : value.trim();
  }
}

// ---- Errors in words ------------------------------------------------------------------------

interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** `custom` for a form's own rules: their words are kept even when the value is missing. */
  readonly code?: string;
}

function errorsFrom(issues: readonly IssueLike[], fields: readonly FieldSpec[], collected: Collected): FormErrors {
  const byKey = new Map<string, { message: string; label: string; order: number }>();
  const form: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    const order = fields.findIndex((field) => startsWith(path, field.name.split('.')));
    const field = fields[order];
    if (!field) {
      form.push(sentence(issue.message));
      continue;
    }
    const rest = path.slice(field.name.split('.').length);
    let key = field.name;
    let label = field.label;
    const missing = issue.code !== 'custom' && isMissing(collected.data, path);
    let message = missing ? missingMessage(field) : sentence(issue.message);
    if (field.kind === 'records' && rest.length >= 2) {
      const onScreen = collected.rowsOnScreen.get(field.name)?.[Number(rest[0])] ?? Number(rest[0]);
      const sub = field.fields.find((candidate) => candidate.name === rest[1]);
      const rowLabel = field.fixedRows?.[onScreen]?.label ?? `${field.itemLabel} ${onScreen + 1}`;
      key = `${field.name}.${onScreen}.${rest[1]}`;
      label = `${rowLabel}: ${sub?.label ?? rest[1]}`;
      if (sub && missing) message = missingMessage(sub);
    }
    if (!byKey.has(key)) byKey.set(key, { message, label, order });
  }
  const entries = [...byKey.entries()].sort((a, b) => a[1].order - b[1].order);
  return {
    fields: Object.fromEntries(entries.map(([key, entry]) => [key, entry.message])),
    form,
    missing: entries.map(([, entry]) => entry.label),
  };
}

function missingMessage(field: FieldSpec | RowField): string {
  return field.kind === 'text-list' || field.kind === 'records'
    ? (field.emptyMessage ?? l10n.t('Add at least one item.'))
    : MISSING_BY_KIND(field.kind);
}

/** What a field of each kind asks for while it has no answer (a list says it in its own words). */
const MISSING_BY_KIND = inWords<Exclude<FieldKind, 'text-list' | 'records'>>({
  text: () => l10n.t('Write something here.'),
  'long-text': () => l10n.t('Write something here.'),
  date: () => l10n.t('Pick a date.'),
  choice: () => l10n.t('Choose one of the options.'),
  'multi-choice': () => l10n.t('Choose at least one.'),
  rating: () => l10n.t('Choose a rating from 1 to 5.'),
  boolean: () => l10n.t('Answer yes or no.'),
  note: () => '',
});

function isMissing(data: Record<string, unknown>, path: readonly string[]): boolean {
  let node: unknown = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return true;
    node = (node as Record<string, unknown>)[key];
  }
  return node === undefined;
}

/** "must be at most 5" → "Must be at most 5." */
function sentence(message: string): string {
  const text = message.trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}

// ---- What the schema says is required -------------------------------------------------------

/** True when the schema needs a value at this path (a default or `.optional()` makes it optional). */
export function isRequired(schema: z.ZodType, path: readonly string[]): boolean {
  const leaf = schemaAt(schema, path);
  if (!leaf) throw new Error(`The form's schema has no "${path.join('.')}"`);
  return !leaf.safeParse(undefined).success;
}

function schemaAt(schema: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    const inner = unwrap(node);
    const def = inner._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    node = def.type === 'object' ? def.shape?.[key] : def.type === 'array' && /^\d+$/.test(key) ? def.element : undefined;
  }
  return node;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional']);

function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (
    let def = node._zod.def as { type: string; innerType?: z.ZodType };
    WRAPPERS.has(def.type) && def.innerType;
    def = node._zod.def as typeof def
  ) {
    node = def.innerType;
  }
  return node;
}
