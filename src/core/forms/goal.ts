/**
 * New Goal, as a form: the palette's New Goal steps and the webview both walk these fields, so
 * both ask the same questions with the same words and write the same file. It asks for all that
 * S.M.A.R.T. needs (a measurable target, a date, the long-term goal it serves, the pillar and
 * the success marker, the hours it takes beside the day job) and refuses what the checks would
 * flag later, so no goal it writes shows up in Problems.
 *
 * Other features open New Goal prefilled (a way out of a rut, a coaching suggestion): they pass
 * a `NewGoalPrefill` as the command's argument, see `newGoalPrefillSchema`.
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { addYears } from '../dates';
import type { Entry, GrowthIndex } from '../growthIndex';
import { SCHEMA_VERSION, goalSchema, identifier, isoDate, reference } from '../schema';
import {
  HORIZONS,
  PILLARS,
  RUT_SCENARIOS,
  SUCCESS_MARKERS,
  type Horizon,
  type Pillar,
  type RutScenario,
  type SuccessMarker,
} from '../vocabulary';
import { comparableText, slugify } from '../slug';
import { LONG_TERM_MAX_YEARS, SHORT_TERM_MAX_YEARS } from '../smart';
import { vagueness } from '../vagueness';
import type { FormValues } from './field';
import { defineForm, type FieldProblem, type FormContext } from './form';
import { choiceOf } from './fields';
import { PILLAR_LABELS, RUT_LABELS, SUCCESS_MARKER_LABELS } from './labels';
import { waysOut } from './rut';

/** The longest goal title New Goal takes: longer ones flood the tree, the dashboard and the calendar. */
export const GOAL_TITLE_MAX = 120;
/** More hours a week than this, on top of the day job, gets a word of warning (not a refusal). */
export const HOURS_PER_WEEK_WARNING = 10;

/**
 * What another feature may hand New Goal to start from, as the argument of `devgrowth.goal.new`.
 * Every key is optional; what is given is shown filled in and the user can change it. Values are
 * checked again as answers, so a prefill can never write what the user could not.
 *
 * `stretch` is the stretch target and `stretchDue` the earlier date; `from` names what the goal
 * came from ("Suggested after your rut assessment"), shown as the starting point; `prompt: false`
 * writes the goal without asking, when every answer it needs is given and valid.
 */
export const newGoalPrefillSchema = z.strictObject({
  horizon: z.enum(HORIZONS).optional(),
  title: z.string().max(2000).optional(),
  metric: z.string().max(2000).optional(),
  target: z.union([z.string().max(2000), z.number()]).optional(),
  parent: z.string().max(200).optional(),
  due: z.string().max(20).optional(),
  hoursPerWeek: z.union([z.string().max(20), z.number()]).optional(),
  pillar: z.enum(PILLARS).optional(),
  successMarker: z.enum(SUCCESS_MARKERS).optional(),
  rut: z.union([z.enum(RUT_SCENARIOS), z.literal('')]).optional(),
  stretch: z.string().max(2000).optional(),
  stretchDue: z.string().max(20).optional(),
  from: z.string().max(300).optional(),
  /** The suggestion the goal answers (see core/suggestions): written as `suggestion`, so it counts as taken. */
  suggestion: identifier.optional(),
  prompt: z.boolean().optional(),
});
export type NewGoalPrefill = z.infer<typeof newGoalPrefillSchema>;

/** A prefill as the form's values (by field name); what it does not give is left out. */
export function prefillValues(prefill: NewGoalPrefill): FormValues {
  const values: Record<string, string> = {};
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined && String(value) !== '') values[name] = String(value);
  };
  put('horizon', prefill.horizon);
  put('title', prefill.title);
  put('measurable.metric', prefill.metric);
  put('measurable.target', prefill.target);
  put('parent', prefill.parent);
  put('due', prefill.due);
  put('hoursPerWeek', prefill.hoursPerWeek);
  put('pillar', prefill.pillar);
  put('successMarker', prefill.successMarker);
  put('rut', prefill.rut);
  put('stretch.target', prefill.stretch);
  put('stretch.due', prefill.stretchDue);
  return values;
}

const { shape } = goalSchema;
const measurable = shape.measurable.unwrap().shape;
const hours = z
  .string({ error: () => l10n.t('Write a number of hours, for example 3.') })
  .trim()
  .regex(/^\d{1,3}([.,]\d+)?$/, { error: () => l10n.t('Write a number of hours, for example 3.') })
  .transform((text) => Number(text.replace(',', '.')))
  .pipe(
    z
      .number()
      .gt(0, { error: () => l10n.t('A goal needs some time each week: write at least half an hour.') })
      .max(60, { error: () => l10n.t('That is more than a week of work on top of your job. Write the hours you really have.') }),
  );

const schema = z.object({
  horizon: shape.horizon,
  title: shape.title.max(GOAL_TITLE_MAX, {
    error: () => l10n.t('Keep the title to {0} characters; the details go into the file.', GOAL_TITLE_MAX),
  }),
  measurable: z.object({ metric: measurable.metric, target: z.string().trim().min(1) }),
  parent: reference.optional(),
  due: isoDate,
  hoursPerWeek: hours,
  pillar: shape.pillar.unwrap(),
  successMarker: shape.successMarker.unwrap(),
  rut: shape.rut,
  stretch: z.object({ target: z.string().trim().optional(), due: isoDate.optional() }),
});
export type GoalAnswers = z.output<typeof schema>;

/** The goal file New Goal writes: every key a S.M.A.R.T. goal needs, in the order a person reads them. */
export interface NewGoalRecord {
  readonly kind: 'goal';
  readonly schema: typeof SCHEMA_VERSION;
  readonly title: string;
  readonly horizon: Horizon;
  readonly status: 'active';
  readonly parent?: string;
  readonly pillar: Pillar;
  readonly successMarker: SuccessMarker;
  readonly measurable: { readonly metric: string; readonly target: string };
  readonly start: string;
  readonly due: string;
  readonly hoursPerWeek: number;
  readonly stretch?: { readonly target?: string; readonly due?: string };
  readonly rut?: RutScenario;
}

/** The record for a new goal from valid answers, started today. */
export function newGoalRecord(answers: GoalAnswers, today: string): NewGoalRecord {
  const stretch = {
    ...(answers.stretch.target ? { target: answers.stretch.target } : {}),
    ...(answers.stretch.due ? { due: answers.stretch.due } : {}),
  };
  return {
    kind: 'goal',
    schema: SCHEMA_VERSION,
    title: answers.title,
    horizon: answers.horizon,
    status: 'active',
    ...(answers.horizon === 'short' && answers.parent ? { parent: answers.parent } : {}),
    pillar: answers.pillar,
    successMarker: answers.successMarker,
    measurable: { metric: answers.measurable.metric, target: answers.measurable.target },
    start: today,
    due: answers.due,
    hoursPerWeek: answers.hoursPerWeek,
    ...(Object.keys(stretch).length > 0 ? { stretch } : {}),
    ...(answers.rut ? { rut: answers.rut } : {}),
  };
}

/** The long-term goals a short-term goal can serve. */
export function longTermGoals(plan: GrowthIndex): Entry<'goal'>[] {
  return plan.goals().filter((goal) => goal.data.horizon === 'long' && goal.data.status !== 'dropped' && goal.data.status !== 'done');
}

/** Why a due date does not fit the goal's horizon or its long-term goal, or nothing when it fits. */
function dueProblem(answers: Pick<GoalAnswers, 'due' | 'horizon' | 'parent'>, context: FormContext): string | undefined {
  const { due, horizon } = answers;
  if (due < context.today) return l10n.t('The date {0} has passed. Pick a day from today on.', due);
  if (horizon === 'long') {
    if (due > addYears(context.today, LONG_TERM_MAX_YEARS))
      return l10n.t(
        'Long-term goals work best within one to five years: pick a date by {0}, or aim at a nearer step.',
        addYears(context.today, LONG_TERM_MAX_YEARS),
      );
    if (due < addYears(context.today, 1))
      return l10n.t(
        'A long-term goal takes a year or more: pick a date from {0} on, or make it a short-term goal.',
        addYears(context.today, 1),
      );
    return undefined;
  }
  if (due > addYears(context.today, SHORT_TERM_MAX_YEARS))
    return l10n.t(
      'A short-term goal takes weeks to months: pick a date by {0}, or make it a long-term goal.',
      addYears(context.today, SHORT_TERM_MAX_YEARS),
    );
  const parent = answers.parent ? context.plan.goal(answers.parent) : undefined;
  if (parent?.data.due && due > parent.data.due)
    return l10n.t('That is after "{0}" (due {1}), which this goal builds towards: pick a date by {1}.', parent.data.title, parent.data.due);
  return undefined;
}

/**
 * The rules on the plan and today's date. They also run on half an answer while the user walks
 * the fields one at a time, so each rule looks only at the parts it needs and skips when they
 * are not there yet.
 */
function goalProblems(answers: Partial<GoalAnswers>, context: FormContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const longTerm = longTermGoals(context.plan);
  if (answers.title) {
    const name = comparableText(answers.title);
    const existing =
      context.plan.goal(slugify(answers.title)) ?? context.plan.goals().find((goal) => comparableText(goal.data.title) === name);
    if (existing)
      problems.push({
        field: 'title',
        message: l10n.t('You have a goal called "{0}" already. Name this one differently, or work on that one.', existing.data.title),
      });
  }
  if (answers.horizon === 'short') {
    if (longTerm.length === 0) {
      problems.push({
        field: 'horizon',
        message: l10n.t('A short-term goal builds towards a long-term goal, and your plan has none yet. Make this one long-term first.'),
      });
    } else if (!answers.parent || !longTerm.some((goal) => goal.id === answers.parent)) {
      problems.push({ field: 'parent', message: l10n.t('Pick the long-term goal this one builds towards.') });
    }
  }
  if (answers.due && answers.horizon) {
    const due = dueProblem({ due: answers.due, horizon: answers.horizon, parent: answers.parent }, context);
    if (due) problems.push({ field: 'due', message: due });
  }
  const target = answers.stretch?.target;
  if (target && typeof answers.measurable?.target === 'string' && comparableText(target) === comparableText(answers.measurable.target)) {
    problems.push({
      field: 'stretch.target',
      message: l10n.t('That is the target itself. Make the stretch target harder, or leave it blank.'),
    });
  }
  const stretchDue = answers.stretch?.due;
  if (stretchDue && answers.due && (stretchDue >= answers.due || stretchDue < context.today)) {
    problems.push({
      field: 'stretch.due',
      message: l10n.t('Pick a stretch date from today on and before the due date {0}, or leave it blank.', answers.due),
    });
  }
  return problems;
}

export const goalForm = defineForm({
  id: 'goal',
  title: () => l10n.t('New Goal'),
  summary: () => l10n.t('Write a S.M.A.R.T. goal: specific, measurable, achievable, relevant and time-bound'),
  intro: () =>
    l10n.t('A goal you can check: what you will achieve, how you will know, by when, and the time it takes beside your normal work.'),
  schema,
  fields: (context) => [
    {
      kind: 'choice',
      name: 'horizon',
      label: l10n.t('How far out is this goal?'),
      options: [
        { value: 'short', label: l10n.t('Short-term'), help: l10n.t('weeks to months, towards a long-term goal') },
        { value: 'long', label: l10n.t('Long-term'), help: l10n.t('one to five years') },
      ],
    },
    {
      kind: 'text',
      name: 'title',
      label: l10n.t('Specific: what will you achieve? One sentence, with a number or a date.'),
      maxLength: GOAL_TITLE_MAX,
    },
    {
      kind: 'text',
      name: 'measurable.metric',
      label: l10n.t('Measurable: what will you measure?'),
      placeholder: l10n.t('e.g. talks given, p99 latency, modules finished'),
    },
    {
      kind: 'text',
      name: 'measurable.target',
      label: l10n.t('Measurable: what target means done?'),
      placeholder: l10n.t('e.g. 2, under 200 ms, all 12'),
    },
    {
      kind: 'choice',
      name: 'parent',
      label: l10n.t('Relevant: which long-term goal does it serve?'),
      showWhen: { field: 'horizon', is: ['short'] },
      required: true,
      options: longTermGoals(context.plan).map((goal) => ({
        value: goal.id,
        label: goal.data.title,
        ...(goal.data.due ? { help: l10n.t('due {0}', goal.data.due) } : {}),
      })),
    },
    {
      kind: 'date',
      name: 'due',
      label: l10n.t('Time-bound: due date (YYYY-MM-DD)'),
      placeholder: addYears(context.today, 1).slice(0, 4) + '-03-31',
    },
    {
      kind: 'text',
      name: 'hoursPerWeek',
      label: l10n.t('Achievable: how many hours a week can you give it?'),
      help: l10n.t('These goals come on top of your normal work: count only the time you really have.'),
      placeholder: l10n.t('e.g. 3'),
    },
    choiceOf('pillar', l10n.t('Which pillar of growth does it build?'), PILLARS, PILLAR_LABELS),
    choiceOf('successMarker', l10n.t('What will success look like for you?'), SUCCESS_MARKERS, SUCCESS_MARKER_LABELS),
    choiceOf('rut', l10n.t('Which rut does it get you out of?'), RUT_SCENARIOS, RUT_LABELS),
    {
      kind: 'text',
      name: 'stretch.target',
      label: l10n.t('Stretch: a harder target to aim for'),
      help: l10n.t('What you reach if it goes better than planned.'),
    },
    { kind: 'date', name: 'stretch.due', label: l10n.t('Stretch: an earlier date to aim for (YYYY-MM-DD)') },
  ],
  initial: (context) => ({ horizon: longTermGoals(context.plan).length > 0 ? 'short' : 'long' }),
  starters: (context) =>
    waysOut(context.plan).map((way) => ({
      label: way.title,
      ...(way.rut ? { detail: RUT_LABELS[way.rut].label } : {}),
      values: { title: way.title, ...(way.rut ? { rut: way.rut } : {}) },
    })),
  warnings: (values) => {
    const warnings: Record<string, string> = {};
    const title = typeof values.title === 'string' ? values.title : '';
    const found = vagueness(title);
    if (found.vague) {
      warnings.title = l10n.t(
        '"{0}" is vague. Add a number or a date, e.g. "Move three services to the new deploy pipeline by 30 June".',
        found.phrases[0] ?? title,
      );
    }
    const hoursText = typeof values.hoursPerWeek === 'string' ? values.hoursPerWeek.trim().replace(',', '.') : '';
    if (Number(hoursText) > HOURS_PER_WEEK_WARNING) {
      warnings.hoursPerWeek = l10n.t(
        '{0} hours a week on top of your day job is a lot, and a goal that does not fit gets dropped. Think about a later date or a smaller target.',
        hoursText,
      );
    }
    return warnings;
  },
  check: goalProblems,
  output: (answers, context) => ({
    create: {
      folder: 'goals',
      name: answers.title,
      data: { ...newGoalRecord(answers, context.today) },
      body: l10n.t('Why this goal matters to me:'),
    },
    edits: [],
  }),
});
