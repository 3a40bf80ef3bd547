/**
 * What a form is made of, as plain data: the webview renders any form from these descriptions,
 * so a new form needs no new webview code. Pure: no `vscode`, no DOM.
 */

/** A value as the webview holds it: text, a number (ratings), yes/no, lists, or rows of a table. */
export type FormValue = string | number | boolean | null | readonly string[] | readonly FormRow[];
export type FormRow = Readonly<Record<string, string | number | boolean | null>>;
/** Values by field name; nested file keys are written with dots (`ratings.confidence`). */
export type FormValues = Readonly<Record<string, FormValue>>;

/** A field (or an option) shows only while another field holds one of these values (or, for a list, contains one). */
export interface Condition {
  readonly field: string;
  readonly is: readonly (string | boolean)[];
}

export interface FieldOption {
  readonly value: string;
  readonly label: string;
  readonly help?: string;
  /** Options with the same group are shown together under this heading. */
  readonly group?: string;
  readonly showWhen?: Condition;
  /** Its group is listed before the groups whose options' condition does not hold. */
  readonly firstWhen?: Condition;
}

interface FieldBase {
  /** The key in the form's schema; dots reach into nested keys. */
  readonly name: string;
  readonly label: string;
  readonly help?: string;
  readonly showWhen?: Condition;
  /** Whether a value is needed; filled in from the form's schema unless a form says so itself. */
  readonly required?: boolean;
}

export interface TextField extends FieldBase {
  readonly kind: 'text' | 'long-text' | 'date';
  readonly placeholder?: string;
  /** The most characters the answer may have; the input shows how many are used. */
  readonly maxLength?: number;
}

export interface ChoiceField extends FieldBase {
  readonly kind: 'choice' | 'multi-choice';
  readonly options: readonly FieldOption[];
}

/** A whole number from 1 to 5, with what the two ends mean. */
export interface RatingField extends FieldBase {
  readonly kind: 'rating';
  readonly low: string;
  readonly high: string;
}

/** Yes or no, asked as a question (never a pre-ticked box: no answer is not the same as no). */
export interface BooleanField extends FieldBase {
  readonly kind: 'boolean';
}

/**
 * What a list says about its items, each a whole phrase so that every language can word it:
 * the per-item labels ("Strength 1"), the Add button of a list that grows, and what is said
 * when the list is needed but empty.
 */
interface ListTexts {
  /** What one item is called ("Strength"). */
  readonly itemLabel: string;
  /** The button that adds an item ("Add strength"); a list of prompts or of the plan's rows has none. */
  readonly addLabel?: string;
  /** "Add at least one strength.", for a list that needs an item. */
  readonly emptyMessage?: string;
}

export interface TextListField extends FieldBase, ListTexts {
  readonly kind: 'text-list';
  readonly placeholder?: string;
  /** A fixed list of questions, one item each (the five whys), instead of a list that grows. */
  readonly prompts?: readonly string[];
}

/** The fields of one row of a table. */
export type RowField = TextField | ChoiceField | RatingField | BooleanField;

export interface RecordsField extends FieldBase, ListTexts {
  readonly kind: 'records';
  readonly fields: readonly RowField[];
  /**
   * Rows given by the plan (one per goal): each has a heading and values the user does not
   * edit (the goal's id). Without them, the user adds and removes rows.
   */
  readonly fixedRows?: readonly { readonly label: string; readonly values: FormRow }[];
}

/**
 * Guidance to read, not a question: lists under headings (what a stage expects, what speeds
 * growth). It holds no value and is never required.
 */
export interface NoteField extends FieldBase {
  readonly kind: 'note';
  readonly sections: readonly { readonly heading: string; readonly points: readonly string[] }[];
}

export type FieldSpec = TextField | ChoiceField | RatingField | BooleanField | TextListField | RecordsField | NoteField;
export type FieldKind = FieldSpec['kind'];

/** A form as the webview receives it: everything resolved for one plan and one target. */
export interface FormDescription {
  readonly id: string;
  readonly title: string;
  /** What this form is for, in a sentence or two. */
  readonly intro: string;
  /** What the form is about, when it has a target ("Milestone: Load test, of Ship the refunds…"). */
  readonly subject?: string;
  readonly fields: readonly FieldSpec[];
  readonly initial: FormValues;
  /** What the user should know before filling it in (that a long title is shortened here, say). */
  readonly notices?: readonly string[];
}

/** Validation in words, by field key (`ratings.confidence`, `candidates.2.impact`), plus what belongs to no field. */
export interface FormErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly form: readonly string[];
  /** Labels of the fields that need attention, in form order: what the Save button says is missing. */
  readonly missing: readonly string[];
}

/** True when the condition holds for these values (always true without a condition). */
export function conditionHolds(condition: Condition | undefined, values: FormValues): boolean {
  if (!condition) return true;
  const value = values[condition.field];
  if (Array.isArray(value)) return value.some((item) => condition.is.includes(item as string));
  return condition.is.includes(value as string | boolean);
}

/** The options of a choice that show for these values. */
export function visibleOptions(field: ChoiceField, values: FormValues): FieldOption[] {
  return field.options.filter((option) => conditionHolds(option.showWhen, values));
}

/** The same answers, blanks aside: an empty text or list, or a cleared choice, is no answer. */
export function sameAnswers(a: FormValues, b: FormValues): boolean {
  const answered = (values: FormValues) =>
    JSON.stringify(
      Object.entries(values)
        .filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return answered(a) === answered(b);
}
