/**
 * A form: a zod schema (derived from the growth-file schemas) for what it collects, the fields
 * that ask for it, and what saving it writes: one new growth file, and edits to the files it
 * refers to (a milestone's rubric in its goal file, the profile).
 */
import type * as z from 'zod';
import type { GrowthIndex } from '../growthIndex';
import { SCHEMA_VERSION } from '../schema';
import type { AssessmentType, ReviewCadence } from '../vocabulary';
import type { FrontMatterEdit } from '../writer';
import type { ConditionKind } from '../suggestions/suggestion';
import type { FieldSpec, FormValue, FormValues } from './field';

export const FORM_IDS = [
  'rut',
  'self',
  'stage',
  'promotion',
  'rubric',
  'review',
  'checkin',
  'priorities',
  'break',
  'goal',
  'evidence',
  'service',
] as const;
/** Forms only the palette asks: Start a Growth Plan writes the profile and starter goals, or updates the profile. */
export const PALETTE_FORM_IDS = ['plan'] as const;
export type FormId = (typeof FORM_IDS)[number] | (typeof PALETTE_FORM_IDS)[number];

/** A milestone a form is about (the rubric form). */
export interface MilestoneTarget {
  readonly goalId: string;
  readonly milestoneId: string;
}

/** The plan a form is filled in for. */
export interface FormContext {
  /** YYYY-MM-DD in the user's time zone. */
  readonly today: string;
  readonly plan: GrowthIndex;
  readonly target?: MilestoneTarget;
  readonly checkinWeeks: number;
  readonly reviewCadence: ReviewCadence;
  /** Values to start from instead of the form's own (a suggestion's check-in or break). */
  readonly prefill?: FormValues;
  /** The suggestion the form answers: the new file names it, so the suggestion counts as taken. */
  readonly suggestion?: string;
  /** The commits, and the pull request, that new evidence from git is made of: the file links them. */
  readonly commitLinks?: CommitLinks;
}

export interface CommitLinks {
  /** Full hashes. */
  readonly commits: readonly string[];
  /** A web link, or `#123` where the host is not known. */
  readonly pullRequest?: string;
}

/** The new file a form writes: folder and file name (without `.md`) inside the growth folder. */
export interface NewGrowthFile {
  readonly folder: string;
  readonly name: string;
  readonly data: Record<string, unknown>;
  /** Markdown below the front matter. */
  readonly body?: string;
}

/** Changes to a file that exists, by its path in the index. */
export interface FileEdits {
  readonly path: string;
  readonly edits: readonly FrontMatterEdit[];
}

export interface FormOutput {
  readonly create: NewGrowthFile;
  readonly edits: readonly FileEdits[];
}

/** A starting point for a form: what it is called, and the values it fills in. */
export interface Starter {
  readonly label: string;
  readonly detail?: string;
  readonly values: FormValues;
}

/** A rule that needs the plan or today's date, reported against a field. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface FormDefinition<S extends z.ZodObject = z.ZodObject> {
  readonly id: FormId;
  /** The panel's title and the form's heading. */
  readonly title: string;
  /** One line for the list of forms. */
  readonly summary: string;
  readonly intro: string;
  readonly schema: S;
  fields(context: FormContext): FieldSpec[];
  /** Values to start from; undefined ones are left out. */
  initial?(context: FormContext): Readonly<Record<string, FormValue | undefined>>;
  /** What the form is about, or why it cannot open (a milestone that is gone). */
  subject?(context: FormContext): { readonly text: string } | { readonly unavailable: string };
  /** Rules on today's date or the plan, checked after the schema. */
  check?(data: z.output<S>, context: FormContext): FieldProblem[];
  /**
   * Advice that does not block saving (vague wording, more hours than fit beside the day job),
   * by field, from the values as typed: shown while the user types.
   */
  warnings?(values: FormValues, context: FormContext): Readonly<Record<string, string>>;
  /** Ready-made answers to start from (a way out of the latest rut), offered before the first field. */
  starters?(context: FormContext): readonly Starter[];
  output(data: z.output<S>, context: FormContext): FormOutput;
  /** The conditions whose suggestions show after saving (see core/suggestions). */
  readonly suggests?: readonly ConditionKind[];
}

/** A form as it is written: its texts as functions, so they are read in the user's language each time they show. */
export type FormSpec<S extends z.ZodObject> = Omit<FormDefinition<S>, 'title' | 'summary' | 'intro'> & {
  readonly title: () => string;
  readonly summary: () => string;
  readonly intro: () => string;
};

/** Keeps a form's own types while it is defined; the registry holds them all as one type. */
export function defineForm<S extends z.ZodObject>({ title, summary, intro, ...form }: FormSpec<S>): FormDefinition {
  const definition: FormDefinition<S> = {
    ...form,
    get title() {
      return title();
    },
    get summary() {
      return summary();
    },
    get intro() {
      return intro();
    },
  };
  return definition;
}

/**
 * The new file of a record of `kind`: the schema version first, then what was said (blanks
 * left out), and the Markdown below the front matter when there is any.
 */
export function newRecord(folder: string, name: string, kind: string, data: Record<string, unknown>, body?: string): NewGrowthFile {
  return { folder, name, data: compact({ kind, schema: SCHEMA_VERSION, ...data }), ...(body === undefined ? {} : { body }) };
}

/** The new file of an assessment of `type`, dated today and named after the day and the type. */
export function newAssessment(type: AssessmentType, context: FormContext, data: Record<string, unknown>, body?: string): NewGrowthFile {
  return newRecord('assessments', `${context.today}-${type}`, 'assessment', { type, date: context.today, ...data }, body);
}

/**
 * For rules across fields: run them even while other fields are still invalid, so every
 * problem shows at once (the rule must cope with values that are missing).
 */
export const ALWAYS = { when: () => true } as const;

/** Drops keys whose value is undefined or an empty list, so files (and messages) hold only what was said. */
export function compact<T extends Record<string, unknown>>(data: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A Markdown section: a heading and the user's text, or nothing when there is no text. */
export function section(heading: string, text: string | undefined): string {
  return text ? `## ${heading}\n\n${text}\n` : '';
}
