/**
 * The messages between a form's webview and the extension: commands (webview to extension)
 * and notifications (extension to webview). Both sides parse every message with these
 * schemas and drop (and log) anything else, so neither trusts what the other sends.
 *
 * zod/mini keeps the webview bundle small (the classic API adds about 75 KB); the schemas are
 * typed against the core's types, so the two cannot drift apart.
 */
import * as z from 'zod/mini';
import type { FieldSpec, FormDescription, FormErrors, FormValues } from '../core/forms/field';
import { FORM_IDS, type FormId, type MilestoneTarget } from '../core/forms/form';
import type { SuggestionItem } from '../core/suggestions/view';
import { FORM_LIMITS } from '../core/webviewLimits';

const text = (max: number = FORM_LIMITS.text) => z.string().check(z.maxLength(max));
const name = () => text(FORM_LIMITS.name);
const suggestionId = () => text(FORM_LIMITS.suggestionId);
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(FORM_LIMITS.items));

// ---- Shared parts ---------------------------------------------------------------------------

const cell = z.union([text(), z.number(), z.boolean(), z.null()]);
const row = z.record(name(), cell);
const formValue = z.union([text(), z.number(), z.boolean(), z.null(), list(text()), list(row)]);
export const formValuesSchema: z.ZodMiniType<FormValues> = z.record(name(), formValue);

const condition = z.object({ field: name(), is: list(z.union([text(), z.boolean()])) });
const option = z.object({
  value: text(),
  label: text(),
  help: z.optional(text()),
  group: z.optional(text()),
  showWhen: z.optional(condition),
  firstWhen: z.optional(condition),
});
const fieldBase = {
  name: name(),
  label: text(),
  help: z.optional(text()),
  showWhen: z.optional(condition),
  required: z.optional(z.boolean()),
};
const textField = z.object({
  ...fieldBase,
  kind: z.enum(['text', 'long-text', 'date']),
  placeholder: z.optional(text()),
  maxLength: z.optional(z.number()),
});
const choiceField = z.object({ ...fieldBase, kind: z.enum(['choice', 'multi-choice']), options: list(option) });
const ratingField = z.object({ ...fieldBase, kind: z.literal('rating'), low: text(), high: text() });
const booleanField = z.object({ ...fieldBase, kind: z.literal('boolean') });
const rowField = z.union([textField, choiceField, ratingField, booleanField]);
const fieldSpec: z.ZodMiniType<FieldSpec> = z.union([
  textField,
  choiceField,
  ratingField,
  booleanField,
  z.object({
    ...fieldBase,
    kind: z.literal('text-list'),
    itemLabel: text(),
    addLabel: z.optional(text()),
    placeholder: z.optional(text()),
    prompts: z.optional(list(text())),
  }),
  z.object({ ...fieldBase, kind: z.literal('note'), sections: list(z.object({ heading: text(), points: list(text()) })) }),
  z.object({
    ...fieldBase,
    kind: z.literal('records'),
    itemLabel: text(),
    addLabel: z.optional(text()),
    fields: list(rowField),
    fixedRows: z.optional(list(z.object({ label: text(), values: row }))),
  }),
]);

const formDescription: z.ZodMiniType<FormDescription> = z.object({
  id: name(),
  title: text(),
  intro: text(),
  subject: z.optional(text()),
  fields: list(fieldSpec),
  initial: formValuesSchema,
  notices: z.optional(list(text())),
});

const formErrors: z.ZodMiniType<FormErrors> = z.object({
  fields: z.record(name(), text()),
  form: list(text()),
  missing: list(text()),
});

/** A suggestion as the Saved page lists it (see core/suggestions/view). */
const suggestionItem: z.ZodMiniType<SuggestionItem> = z.object({
  id: suggestionId(),
  title: text(),
  why: text(),
  take: text(),
  addToGoal: z.boolean(),
});
const summaryLine = z.object({ label: text(), value: text() });

/** Which form, for which plan and target: enough to open the same form again after a reload. */
export interface FormOrigin {
  readonly formId: FormId;
  /** The growth folder's URI. */
  readonly root: string;
  readonly target?: MilestoneTarget;
  /** Values to start from, when a suggestion opens the form (a check-in with its topic). */
  readonly prefill?: FormValues;
  /** The suggestion the form answers; the file it saves names it. */
  readonly suggestion?: string;
}

export const formOriginSchema: z.ZodMiniType<FormOrigin> = z.object({
  formId: z.enum(FORM_IDS),
  // A workspace path and ids from file names or the plan: as long as any text may be.
  root: text(),
  target: z.optional(z.object({ goalId: text(), milestoneId: text() })),
  prefill: z.optional(formValuesSchema),
  suggestion: z.optional(suggestionId()),
});

/** The words of the webview's own controls, translated by the extension. */
export const UI_STRINGS = [
  'save',
  'cancel',
  'optional',
  'yes',
  'no',
  'remove',
  'stillNeeded',
  'readyToSave',
  'saving',
  'savedHeading',
  'open',
  'close',
  'addToGoal',
  'notNow',
  'suggestionsHeading',
  'noSuggestions',
  'savedAnswers',
  'low',
  'high',
  'clear',
  'characters',
  'restoredDraft',
  'startOver',
  'unsaved',
  'discardAndClose',
  'keepDraftAndClose',
  'keepEditing',
] as const;
export type UiStrings = Readonly<Record<(typeof UI_STRINGS)[number], string>>;
const uiStrings: z.ZodMiniType<UiStrings> = z.object(
  Object.fromEntries(UI_STRINGS.map((key) => [key, text()])) as Record<(typeof UI_STRINGS)[number], ReturnType<typeof text>>,
);

// ---- Commands: webview to extension ---------------------------------------------------------

export const formCommandSchema = z.discriminatedUnion('type', [
  /** The webview's script runs and listens: send it the form. */
  z.strictObject({ type: z.literal('ready') }),
  /** The values changed: check them. `seq` pairs the answer with the question. */
  z.strictObject({ type: z.literal('change'), seq: z.number(), values: formValuesSchema }),
  z.strictObject({ type: z.literal('save'), seq: z.number(), values: formValuesSchema }),
  /** Close without writing anything; `discard` also drops the draft of what was typed. */
  z.strictObject({ type: z.literal('cancel'), discard: z.optional(z.boolean()) }),
  /** Drop the draft the form was restored from and start from the form's own values. */
  z.strictObject({ type: z.literal('startOver') }),
  /** An answer to a suggestion shown after saving, by its id: take it, add it to a goal, or not now. */
  z.strictObject({ type: z.literal('suggestion'), id: suggestionId(), answer: z.enum(['take', 'add', 'dismiss']) }),
  /** Open a file the form saved, by its path inside the growth folder. */
  z.strictObject({ type: z.literal('openFile'), path: text(FORM_LIMITS.path) }),
]);
export type FormCommand = z.infer<typeof formCommandSchema>;

// ---- Notifications: extension to webview ----------------------------------------------------

/** Saved: what was written (paths inside the growth folder) and the next steps. */
const savedNotification = z.strictObject({
  type: z.literal('saved'),
  message: text(),
  files: list(text(FORM_LIMITS.path)),
  /** What was saved, in the form's words. */
  summary: list(summaryLine),
  suggestions: list(suggestionItem),
});

export const formNotificationSchema = z.discriminatedUnion('type', [
  /** The form to draw; `draft` when its values are a draft kept from an earlier visit. */
  z.strictObject({
    type: z.literal('init'),
    origin: formOriginSchema,
    form: formDescription,
    strings: uiStrings,
    draft: z.optional(z.boolean()),
  }),
  /** What is wrong with the values of change or save `seq`; `attempted` when the user tried to save. */
  z.strictObject({ type: z.literal('validation'), seq: z.number(), errors: formErrors, attempted: z.boolean() }),
  savedNotification,
  /** A suggestion was answered: what happened, in words. */
  z.strictObject({ type: z.literal('suggestionAnswered'), id: suggestionId(), message: text() }),
  /** Saving failed; nothing or only part was written, and the message says which. */
  z.strictObject({ type: z.literal('failed'), message: text() }),
]);
export type FormNotification = z.infer<typeof formNotificationSchema>;

/** What the webview keeps across hide, show and reload (`getState`/`setState`); the serializer reads `origin`. */
export const formStateSchema = z.object({
  origin: formOriginSchema,
  values: formValuesSchema,
  touched: list(name()),
  saved: z.optional(savedNotification),
  /** What came of each suggestion answered on the Saved page, by id. */
  answered: z.optional(z.record(suggestionId(), text())),
});
export type FormState = z.infer<typeof formStateSchema>;

export function parseFormNotification(message: unknown): FormNotification | undefined {
  const parsed = formNotificationSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
