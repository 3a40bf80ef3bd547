/**
 * Start a Growth Plan, as a form: four questions for the profile (and the name to head its
 * exports, if the user gives one), then starter goals to edit.
 * Run again on a plan that exists, the same questions update the profile's answers in place.
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { addDays, addMonths, addYears } from '../dates';
import { SCHEMA_VERSION, profileSchema, type Profile } from '../schema';
import { TRACKS, trackText, type Pillar, type SuccessMarker } from '../vocabulary';
import { createGrowthFile, type FrontMatterEdit } from '../writer';
import { validateForm, type Validation } from './engine';
import type { FormValues } from './field';
import { defineForm, type FormContext } from './form';

const { shape } = profileSchema;
const schema = z.object({
  currentLevel: shape.currentLevel,
  targetLevel: shape.targetLevel,
  track: shape.track,
  northStar: z.object({ statement: shape.northStar.shape.statement }),
  name: shape.name,
});
export type PlanAnswers = z.output<typeof schema>;

/** A name heads a document; one longer than this is not a name. */
const NAME_MAX_LENGTH = 80;

/** The ids of the starter goals, which Start a Growth Plan writes next to the profile. */
export const STARTER_GOAL_IDS = { longTerm: 'my-long-term-goal', firstNinetyDays: 'my-first-90-days' } as const;

export const planForm = defineForm({
  id: 'plan',
  title: () => l10n.t('Start a Growth Plan'),
  summary: () => l10n.t('Your level, the level you are working towards, your track and your north star'),
  intro: () =>
    l10n.t('Four answers start the plan: where you are, where you are going, and the north star that guides the goals on the way.'),
  schema,
  fields: () => [
    { kind: 'text', name: 'currentLevel', label: l10n.t('Your level today'), placeholder: l10n.t('e.g. Software Engineer II') },
    {
      kind: 'text',
      name: 'targetLevel',
      label: l10n.t('The level you are working towards (leave it empty if you are not seeking a promotion now)'),
      placeholder: l10n.t('e.g. Senior Software Engineer'),
    },
    {
      kind: 'choice',
      name: 'track',
      label: l10n.t('Which track? They run side by side; neither is a step up from the other.'),
      options: TRACKS.map((track) => ({ value: track, label: trackText(track) })),
    },
    { kind: 'text', name: 'northStar.statement', label: l10n.t('Your north star: where do you want to be in one to five years?') },
    {
      kind: 'text',
      name: 'name',
      label: l10n.t('Your name, for the heading of your brag document'),
      placeholder: l10n.t('e.g. Alex Kim'),
      maxLength: NAME_MAX_LENGTH,
    },
  ],
  initial: (context) => {
    const profile = context.plan.profile()?.data;
    return profile
      ? {
          name: profile.name,
          currentLevel: profile.currentLevel,
          targetLevel: profile.targetLevel,
          track: profile.track,
          'northStar.statement': profile.northStar.statement,
        }
      : { track: 'ic' };
  },
  output: (answers, context) => ({
    create: {
      folder: '',
      name: 'profile',
      data: {
        kind: 'profile',
        schema: SCHEMA_VERSION,
        ...(answers.name && { name: answers.name }),
        currentLevel: answers.currentLevel,
        // No target level is an answer too: no promotion now, and no promotion in the texts.
        ...(answers.targetLevel ? { targetLevel: answers.targetLevel } : { seekingPromotion: false }),
        track: answers.track,
        northStar: { statement: answers.northStar.statement, by: addYears(context.today, 3) },
        cadence: { review: context.reviewCadence, checkinWeeks: context.checkinWeeks },
      },
      body: l10n.t('# My growth plan\n\nWhy this matters to me:'),
    },
    edits: [],
  }),
});

/** A starter goal: its path inside the growth folder, its front matter and its note. */
export interface StarterGoal {
  readonly path: string;
  readonly data: {
    readonly kind: 'goal';
    readonly schema: typeof SCHEMA_VERSION;
    /** Marks a starter goal: kept out of reminders, the calendar and exports until the line is removed. */
    readonly example: true;
    readonly title: string;
    readonly horizon: 'long' | 'short';
    readonly status: 'active' | 'draft';
    readonly parent?: string;
    readonly pillar: Pillar;
    readonly successMarker: SuccessMarker;
    readonly measurable: { readonly metric: string; readonly target: string | number };
    readonly start: string;
    readonly due: string;
    readonly horizonStart?: string;
    readonly milestones?: readonly {
      readonly id: string;
      readonly title: string;
      readonly doneWhen: string;
      readonly due: string;
      readonly status: 'planned';
    }[];
  };
  readonly body: string;
}

/**
 * The example goals a new plan starts with: a long-term goal towards the target level, and a
 * first 90 days with three milestones. Complete enough that no check flags them.
 */
export function starterGoals(answers: Pick<PlanAnswers, 'targetLevel'>, today: string): StarterGoal[] {
  return [
    {
      path: `goals/${STARTER_GOAL_IDS.longTerm}.md`,
      data: {
        kind: 'goal',
        schema: SCHEMA_VERSION,
        example: true,
        ...(answers.targetLevel
          ? {
              title: l10n.t('Reach {0} within two years', answers.targetLevel),
              measurable: { metric: l10n.t('promotion'), target: answers.targetLevel },
            }
          : {
              title: l10n.t('Take my north star one big step closer within two years'),
              measurable: { metric: l10n.t('milestones done'), target: 3 },
            }),
        horizon: 'long',
        status: 'active',
        pillar: 'influence',
        successMarker: 'recognition',
        start: today,
        due: addYears(today, 2),
      },
      body: l10n.t('An example to edit: make it yours, or replace it with "DevGrowth: New Goal".'),
    },
    {
      path: `goals/${STARTER_GOAL_IDS.firstNinetyDays}.md`,
      data: {
        kind: 'goal',
        schema: SCHEMA_VERSION,
        example: true,
        title: l10n.t('Finish one piece of work that stretches me by {0}', addDays(today, 90)),
        horizon: 'short',
        status: 'draft',
        parent: STARTER_GOAL_IDS.longTerm,
        pillar: 'technical',
        successMarker: 'technical-mastery',
        measurable: { metric: l10n.t('milestones done'), target: 3 },
        start: today,
        due: addDays(today, 90),
        horizonStart: today,
        milestones: [
          {
            id: 'choose',
            title: l10n.t('Choose the piece of work'),
            doneWhen: l10n.t('My manager agrees it is worth doing'),
            due: addDays(today, 14),
            status: 'planned',
          },
          {
            id: 'halfway',
            title: l10n.t('Halfway point'),
            doneWhen: l10n.t('The hardest part works'),
            due: addMonths(today, 2),
            status: 'planned',
          },
          {
            id: 'ship',
            title: l10n.t('Ship it and share what I learned'),
            doneWhen: l10n.t('It is in use and I have presented it'),
            due: addDays(today, 90),
            status: 'planned',
          },
        ],
      },
      body: l10n.t('An example to edit: change the title, the milestones and the dates to your own.'),
    },
  ];
}

/** The edits that bring an existing profile's answers in line with new ones; none for what is unchanged. */
export function profileEdits(profile: Profile, answers: PlanAnswers): FrontMatterEdit[] {
  const edits: FrontMatterEdit[] = [];
  if (answers.name) {
    if (profile.name !== answers.name) edits.push({ op: 'set', path: ['name'], value: answers.name });
  } else if (profile.name !== undefined) edits.push({ op: 'delete', path: ['name'] });
  if (profile.currentLevel !== answers.currentLevel) edits.push({ op: 'set', path: ['currentLevel'], value: answers.currentLevel });
  if (answers.targetLevel) {
    if (profile.targetLevel !== answers.targetLevel) edits.push({ op: 'set', path: ['targetLevel'], value: answers.targetLevel });
    if (profile.seekingPromotion === false) edits.push({ op: 'delete', path: ['seekingPromotion'] });
  } else {
    if (profile.targetLevel !== undefined) edits.push({ op: 'delete', path: ['targetLevel'] });
    if (profile.seekingPromotion !== false) edits.push({ op: 'set', path: ['seekingPromotion'], value: false });
  }
  if (profile.track !== answers.track) edits.push({ op: 'set', path: ['track'], value: answers.track });
  if (profile.northStar.statement !== answers.northStar.statement)
    edits.push({ op: 'set', path: ['northStar', 'statement'], value: answers.northStar.statement });
  return edits;
}

/** The plan form's answers, checked and typed. */
export function planAnswers(values: FormValues, context: FormContext): Validation<PlanAnswers> {
  return validateForm(planForm, context, values) as Validation<PlanAnswers>;
}

/** Every file a new plan starts with, by path inside the growth folder: the profile, then the starter goals. */
export function newPlanFiles(answers: PlanAnswers, context: FormContext): { readonly path: string; readonly text: string }[] {
  const { create } = planForm.output(answers, context);
  return [
    { path: 'profile.md', text: createGrowthFile(create.data, create.body) },
    ...starterGoals(answers, context.today).map((goal) => ({ path: goal.path, text: createGrowthFile({ ...goal.data }, goal.body) })),
  ];
}
