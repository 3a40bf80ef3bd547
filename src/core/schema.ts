/**
 * The growth-file format: one zod schema per `kind` of file.
 *
 * Every file is Markdown with YAML front matter that starts with `kind` and `schema`.
 * Unknown keys are allowed (and kept by the writer): users add their own fields.
 * Dates are plain `YYYY-MM-DD` strings, as YAML 1.2 reads them, so a file read with any
 * parser gives the same data.
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { isIsoDate, LATEST_DATE } from './dates';
import {
  GOAL_STATUSES,
  MILESTONE_STATUSES,
  HORIZONS,
  PILLARS,
  TRACKS,
  SUCCESS_MARKERS,
  RUT_SCENARIOS,
  CAREER_STAGES,
  FAILURE_MODES,
  ARTEFACT_TYPES,
  SERVICE_TYPES,
  BREAK_TYPES,
  REVIEW_CADENCES,
  ASSESSMENT_TYPES,
} from './vocabulary';

/** The newest format version this build reads and writes. */
export const SCHEMA_VERSION = 1;

export const FILE_KINDS = ['profile', 'goal', 'card', 'assessment', 'review', 'checkin', 'evidence', 'service', 'break'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

// Messages are functions, so they are in the user's language when a file is checked (and cost
// nothing while it is valid). Each one either starts with the key it is about, or says what the
// value must be without naming it: the reader puts the field's full name in front of those
// ("milestones[0].due must be …"), a form shows them beside the field's label. Every part that
// can fail has a message of its own, objects and lists too: zod's defaults are English only.

export const isoDate = z
  .string({ error: () => l10n.t('must be a date written as YYYY-MM-DD, for example 2027-03-31') })
  .refine(isIsoDate, { error: () => l10n.t('must be a real date written as YYYY-MM-DD, for example 2027-03-31'), abort: true })
  .refine((date) => date <= LATEST_DATE, { error: () => l10n.t('must be a date no later than {0}', LATEST_DATE) });

const text = z.string({ error: () => l10n.t('must be text') });
/** Text that must not be blank; `hint`, when given, says in a few words what goes there. */
const requiredText = (key: string, hint?: () => string) =>
  z
    .string({ error: () => (hint ? l10n.t('{0} ({1}) is required', key, hint()) : l10n.t('{0} is required', key)) })
    .trim()
    .min(1, { error: () => (hint ? l10n.t('{0} ({1}) must not be empty', key, hint()) : l10n.t('{0} must not be empty', key)) });
const textList = z.array(text, { error: () => l10n.t('must be a list of text items') });
const dateList = z.array(isoDate, { error: () => l10n.t('must be a list of dates written as YYYY-MM-DD') });

/** A rating from 1 (low) to 5 (high). */
export const rating = z
  .number({ error: () => l10n.t('must be a number from 1 to 5') })
  .int({ error: () => l10n.t('must be a whole number from 1 to 5') })
  .min(1, { error: () => l10n.t('must be at least 1') })
  .max(5, { error: () => l10n.t('must be at most 5') });
/** A rating for each key of `shape`. */
const ratings = <S extends Record<string, typeof rating>>(shape: S) =>
  z.object(shape, { error: () => l10n.t('must hold a rating from 1 to 5 for each of: {0}', Object.keys(shape).join(', ')) });

/**
 * The ids a file declares for itself (`id: staff-engineer`) and for its milestones: slug-like.
 * Letters of every script count, lower-case where the script has case, as `slugify` writes them.
 */
export const identifier = z
  .string({ error: () => l10n.t('must be an identifier such as design-review-skills') })
  .regex(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}-]*$/u, {
    error: () => l10n.t('must use lower-case letters, digits and dashes, for example design-review-skills'),
  });

/**
 * A link to another file: its id as the index knows it. That is the file's `id` key (an
 * identifier) or, for a file without one, its file name without `.md`, which may hold capitals,
 * spaces and other characters (`Ship Refunds.md`). Forms write such ids as they are, so every
 * id the index gives a file is a valid link to it; what no file name can hold is refused.
 */
const referenceMessage = () => l10n.t('must be the id of a file, such as design-review-skills (no slashes, no line breaks)');
export const reference = z
  .string({ error: referenceMessage })
  .min(1, { error: referenceMessage })
  .refine((value) => !/[/\\]/.test(value) && ![...value].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f'), {
    error: referenceMessage,
  });

/** One of `values`; `message` says so, given the values as a list. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, message: (allowed: string) => string) =>
  z.enum(values, { error: () => message(values.join(', ')) });
/** The value of `key`, one of `values`. */
const choice = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  oneOf(values, (allowed) => l10n.t('{0} must be one of: {1}', key, allowed));
/** The value of `key`, a list of `values`; `each` says what an item must be, given the values. */
const choices = <T extends readonly [string, ...string[]]>(values: T, key: string, each: (allowed: string) => string) =>
  z.array(oneOf(values, each), { error: () => l10n.t('{0} must be a list of values from: {1}', key, values.join(', ')) });
/** The `kind` of a file, which the reader checks before it picks the schema. */
const kindOf = <K extends FileKind>(kind: K) => z.literal(kind, { error: () => l10n.t('kind must be "{0}"', kind) });

// ---- Shared parts ---------------------------------------------------------------------------

/** Every file starts with these. `id` defaults to the file name without `.md`. */
const fileHeader = {
  // Optional so a hand-written file still reads; the reader warns when it is missing.
  schema: z
    .number({ error: () => l10n.t('schema must be the format version number, {0}', SCHEMA_VERSION) })
    .int({ error: () => l10n.t('schema must be a whole number') })
    .min(1, { error: () => l10n.t('schema must be 1 or higher') })
    .optional(),
  id: identifier.optional(),
  tags: textList.optional(),
  /** The suggestion this file answers; the suggestion counts as taken. */
  suggestion: identifier.optional(),
};

export const rubricSchema = ratings({
  confidence: rating,
  competence: rating,
  impact: rating,
  clarity: rating,
});
export type Rubric = z.infer<typeof rubricSchema>;

export const priorityScoresSchema = ratings({
  impact: rating,
  effort: rating,
  reusability: rating,
  learnings: rating,
});
export type PriorityScores = z.infer<typeof priorityScoresSchema>;

// ---- Profile and north star -----------------------------------------------------------------

export const profileSchema = z.looseObject({
  kind: kindOf('profile'),
  ...fileHeader,
  name: text.optional(),
  currentLevel: requiredText('currentLevel', () => l10n.t('your level today, e.g. "Software Engineer II"')),
  // Optional: a promotion is one way to grow, not the only one.
  targetLevel: requiredText('targetLevel', () => l10n.t('the level you are working towards')).optional(),
  track: choice(TRACKS, 'track'),
  seekingPromotion: z.boolean({ error: () => l10n.t('{0} must be true or false', 'seekingPromotion') }).optional(),
  stage: choice(CAREER_STAGES, 'stage').optional(),
  promotionCycle: text.optional(),
  northStar: z.object(
    {
      statement: requiredText('northStar.statement', () => l10n.t('where you want to be in one to five years')),
      by: isoDate.optional(),
    },
    { error: () => l10n.t('northStar must hold a statement, and optionally a date "by"') },
  ),
  cadence: z
    .object(
      {
        review: choice(REVIEW_CADENCES, 'cadence.review').optional(),
        checkinWeeks: z
          .number({ error: () => l10n.t('cadence.checkinWeeks must be a number of weeks') })
          .int({ error: () => l10n.t('cadence.checkinWeeks must be a whole number of weeks') })
          .min(1, { error: () => l10n.t('cadence.checkinWeeks must be at least 1') })
          .max(26, { error: () => l10n.t('cadence.checkinWeeks must be at most 26') })
          .optional(),
      },
      { error: () => l10n.t('cadence must hold "review", "checkinWeeks" or both') },
    )
    .optional(),
  mentor: text.optional(),
  /** Suggestions answered "Not now": id and the day. A later assessment that raises one again shows it again. */
  dismissedSuggestions: z
    .record(identifier, isoDate, { error: () => l10n.t('dismissedSuggestions must map suggestion ids to dates written as YYYY-MM-DD') })
    .optional(),
  /** Suggested evidence from git answered "Not evidence": id and the day. It never comes back. */
  dismissedGitEvidence: z
    .record(identifier, isoDate, {
      error: () => l10n.t('dismissedGitEvidence must map suggestion ids to dates written as YYYY-MM-DD'),
    })
    .optional(),
  /** Suggested evidence merged with another ("Merge with…"): its id and the id of the one it joins. */
  mergedGitEvidence: z
    .record(identifier, identifier, {
      error: () => l10n.t('mergedGitEvidence must map suggestion ids to the ids of the suggestions they were merged with'),
    })
    .optional(),
  coreConcepts: z
    .array(
      z.object(
        {
          name: requiredText('name'),
          learned: isoDate,
          reviewed: dateList.optional(),
        },
        { error: () => l10n.t('must be a concept with a name and the date "learned"') },
      ),
      { error: () => l10n.t('coreConcepts must be a list of concepts, each with a name and the date "learned"') },
    )
    .optional(),
});
export type Profile = z.infer<typeof profileSchema>;

// ---- Goals and milestones -------------------------------------------------------------------

export const milestoneSchema = z.looseObject(
  {
    id: identifier,
    title: requiredText('title'),
    doneWhen: text.optional(),
    due: isoDate.optional(),
    status: choice(MILESTONE_STATUSES, 'status').default('planned'),
    completed: isoDate.optional(),
    suggestion: identifier.optional(),
    rubric: z
      .object(
        {
          before: rubricSchema.optional(),
          after: rubricSchema.optional(),
        },
        { error: () => l10n.t('rubric must hold ratings "before", "after" or both') },
      )
      .optional(),
  },
  { error: () => l10n.t('must be a milestone with at least an id and a title') },
);
export type Milestone = z.infer<typeof milestoneSchema>;

export const goalSchema = z.looseObject({
  kind: kindOf('goal'),
  ...fileHeader,
  title: requiredText('title'),
  horizon: choice(HORIZONS, 'horizon'),
  status: choice(GOAL_STATUSES, 'status').default('draft'),
  parent: reference.optional(),
  pillar: choice(PILLARS, 'pillar').optional(),
  specific: text.optional(),
  measurable: z
    .object(
      {
        metric: requiredText('measurable.metric'),
        target: z.union([text, z.number()], { error: () => l10n.t('measurable.target must be text or a number') }),
        current: z.union([text, z.number()], { error: () => l10n.t('measurable.current must be text or a number') }).optional(),
      },
      { error: () => l10n.t('measurable must hold a metric and a target') },
    )
    .optional(),
  achievable: text.optional(),
  relevant: text.optional(),
  start: isoDate.optional(),
  due: isoDate.optional(),
  stretch: z
    .object(
      {
        target: text.optional(),
        due: isoDate.optional(),
      },
      { error: () => l10n.t('stretch must hold a target, a date "due" or both') },
    )
    .optional(),
  horizonStart: isoDate.optional(),
  /** The hours a week the goal takes on top of the day job. */
  hoursPerWeek: z
    .number({ error: () => l10n.t('hoursPerWeek must be a number of hours') })
    .gt(0, { error: () => l10n.t('hoursPerWeek must be more than 0') })
    .max(60, { error: () => l10n.t('hoursPerWeek must be at most 60: these hours come on top of the day job') })
    .optional(),
  successMarker: choice(SUCCESS_MARKERS, 'successMarker').optional(),
  rut: choice(RUT_SCENARIOS, 'rut').optional(),
  priority: priorityScoresSchema.optional(),
  milestones: z.array(milestoneSchema, { error: () => l10n.t('milestones must be a list') }).default([]),
  progress: z
    .array(
      z.looseObject(
        {
          date: isoDate,
          value: z.union([text, z.number()], { error: () => l10n.t('value must be text or a number, such as 45 or "45 minutes"') }),
          note: text.optional(),
        },
        { error: () => l10n.t('must be a progress update with a date and a value') },
      ),
      { error: () => l10n.t('progress must be a list of updates, each with a date and a value') },
    )
    .optional(),
  /** A starter example Start a Growth Plan wrote: kept out of reminders, the calendar and exports until the line is removed. */
  example: z.boolean({ error: () => l10n.t('{0} must be true or false', 'example') }).optional(),
});
export type Goal = z.infer<typeof goalSchema>;

// ---- Growth cards ---------------------------------------------------------------------------

export const artefactSchema = z.object(
  {
    type: choice(ARTEFACT_TYPES, 'type'),
    title: requiredText('title'),
    link: text.optional(),
    date: isoDate.optional(),
  },
  { error: () => l10n.t('must be an artefact with a type and a title') },
);
export type Artefact = z.infer<typeof artefactSchema>;

export const cardSchema = z.looseObject({
  kind: kindOf('card'),
  ...fileHeader,
  title: requiredText('title'),
  goal: reference,
  milestone: identifier.optional(),
  artefacts: z
    .array(artefactSchema, { error: () => l10n.t('artefacts must be a list of artefacts, each with a type and a title') })
    .optional(),
  concepts: textList.optional(),
  peerReviews: z
    .array(
      z.looseObject(
        {
          date: isoDate,
          reviewer: requiredText('reviewer'),
          artefact: text.optional(),
          feedback: text.optional(),
        },
        { error: () => l10n.t('must be a peer review with a date and a reviewer') },
      ),
      { error: () => l10n.t('peerReviews must be a list of peer reviews, each with a date and a reviewer') },
    )
    .optional(),
});
export type Card = z.infer<typeof cardSchema>;

// ---- Assessments ----------------------------------------------------------------------------

const assessmentHeader = {
  kind: kindOf('assessment'),
  ...fileHeader,
  date: isoDate,
  notes: text.optional(),
};

export const rutAssessmentSchema = z.looseObject({
  ...assessmentHeader,
  type: z.literal('rut'),
  scenarios: choices(RUT_SCENARIOS, 'scenarios', (allowed) => l10n.t('each scenario must be one of: {0}', allowed)).min(1, {
    error: () => l10n.t('pick at least one scenario'),
  }),
  options: textList.optional(),
});

export const selfAssessmentSchema = z.looseObject({
  ...assessmentHeader,
  type: z.literal('self'),
  strengths: textList.default([]),
  weaknesses: textList.default([]),
  opportunities: textList.default([]),
  values: textList.optional(),
  interests: textList.optional(),
  successMarkers: choices(SUCCESS_MARKERS, 'successMarkers', (allowed) =>
    l10n.t('each success marker must be one of: {0}', allowed),
  ).optional(),
});

export const stageAssessmentSchema = z.looseObject({
  ...assessmentHeader,
  type: z.literal('stage'),
  stage: choice(CAREER_STAGES, 'stage'),
  pillars: ratings({
    technical: rating,
    relationships: rating,
    influence: rating,
  }),
  failureModes: choices(FAILURE_MODES, 'failureModes', (allowed) => l10n.t('each failure mode must be one of: {0}', allowed)).default([]),
  /** The root-cause questions asked before goals are suggested for the weakest pillar. */
  rootCauses: z
    .object(
      {
        projectImportance: choice(['high', 'medium', 'low'] as const, 'rootCauses.projectImportance').optional(),
        seniorityOnProject: choice(['most-senior', 'in-between', 'most-junior'] as const, 'rootCauses.seniorityOnProject').optional(),
        careerTalk: z.boolean({ error: () => l10n.t('{0} must be true or false', 'rootCauses.careerTalk') }).optional(),
        leaders: text.optional(),
      },
      { error: () => l10n.t('rootCauses must hold the answers "projectImportance", "seniorityOnProject", "careerTalk" or "leaders"') },
    )
    .optional(),
});

export const promotionAssessmentSchema = z.looseObject({
  ...assessmentHeader,
  type: z.literal('promotion'),
  targetLevel: text.optional(),
  performingAtNextLevel: rating,
  businessJustification: z.boolean({ error: () => l10n.t('{0} must be true or false', 'businessJustification') }),
  budget: z.boolean({ error: () => l10n.t('{0} must be true or false', 'budget') }).optional(),
  voicedToManager: z.boolean({ error: () => l10n.t('{0} must be true or false', 'voicedToManager') }),
  firmCommitment: z.boolean({ error: () => l10n.t('{0} must be true or false', 'firmCommitment') }),
  cycle: text.optional(),
  feedback: text.optional(),
});

export const rubricAssessmentSchema = z.looseObject({
  ...assessmentHeader,
  type: z.literal('rubric'),
  goal: reference,
  milestone: identifier,
  phase: choice(['before', 'after'] as const, 'phase'),
  ratings: rubricSchema,
});

export const prioritiesAssessmentSchema = z.looseObject({
  ...assessmentHeader,
  type: z.literal('priorities'),
  candidates: z
    .array(
      z.object(
        { ...priorityScoresSchema.shape, title: requiredText('title') },
        {
          error: () =>
            l10n.t(
              'must be a candidate with a title and a rating from 1 to 5 for each of: {0}',
              Object.keys(priorityScoresSchema.shape).join(', '),
            ),
        },
      ),
      { error: () => l10n.t('candidates must be a list of candidates, each with a title and ratings') },
    )
    .min(1, { error: () => l10n.t('list at least one candidate') }),
});

export const assessmentSchema = z.discriminatedUnion(
  'type',
  [
    rutAssessmentSchema,
    selfAssessmentSchema,
    stageAssessmentSchema,
    promotionAssessmentSchema,
    rubricAssessmentSchema,
    prioritiesAssessmentSchema,
  ],
  { error: () => l10n.t('{0} must be one of: {1}', 'type', ASSESSMENT_TYPES.join(', ')) },
);
export type Assessment = z.infer<typeof assessmentSchema>;

// ---- Reviews, check-ins, evidence, service, breaks ------------------------------------------

export const reviewSchema = z.looseObject({
  kind: kindOf('review'),
  ...fileHeader,
  date: isoDate,
  onTrack: choice(['yes', 'partly', 'no'] as const, 'onTrack'),
  improved: text.optional(),
  learned: text.optional(),
  sustainable: z.boolean({ error: () => l10n.t('{0} must be true or false', 'sustainable') }).optional(),
  whys: textList.optional(),
  /** For each rut of the latest rut assessment: has it eased? */
  rutsEased: z
    .partialRecord(
      z.enum(RUT_SCENARIOS, { error: () => l10n.t('rutsEased must map rut scenarios to yes, partly or no') }),
      choice(['yes', 'partly', 'no'] as const, 'rutsEased'),
      { error: () => l10n.t('rutsEased must map rut scenarios to yes, partly or no') },
    )
    .optional(),
  soundingBoard: text.optional(),
  goals: z
    .array(
      z.object(
        {
          goal: reference,
          movedForward: z.boolean({ error: () => l10n.t('{0} must be true or false', 'movedForward') }),
          note: text.optional(),
        },
        { error: () => l10n.t('must name a goal ("goal") and say whether it moved forward ("movedForward")') },
      ),
      { error: () => l10n.t('goals must be a list of goals, each with "goal" and "movedForward"') },
    )
    .optional(),
});
export type Review = z.infer<typeof reviewSchema>;

export const checkinSchema = z.looseObject({
  kind: kindOf('checkin'),
  ...fileHeader,
  date: isoDate,
  mentor: requiredText('mentor'),
  actions: textList.optional(),
  next: isoDate.optional(),
});
export type Checkin = z.infer<typeof checkinSchema>;

export const evidenceSchema = z.looseObject({
  kind: kindOf('evidence'),
  ...fileHeader,
  date: isoDate,
  title: requiredText('title'),
  goal: reference.optional(),
  milestone: identifier.optional(),
  pillar: choice(PILLARS, 'pillar').optional(),
  impact: text.optional(),
  links: textList.optional(),
  /** The commits the evidence is made of, by full hash (Log as Evidence from git writes them). */
  commits: z
    .array(
      z
        .string({ error: () => l10n.t('must be a commit hash (7 to 64 hex digits)') })
        .regex(/^[0-9a-f]{7,64}$/, { error: () => l10n.t('must be a commit hash (7 to 64 hex digits)') }),
      { error: () => l10n.t('commits must be a list of commit hashes (7 to 64 hex digits)') },
    )
    .optional(),
  /** The pull request it was merged in: a web link, or `#123` where the repository has no known host. */
  pullRequest: text.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const serviceSchema = z.looseObject({
  kind: kindOf('service'),
  ...fileHeader,
  date: isoDate,
  title: requiredText('title'),
  type: choice(SERVICE_TYPES, 'type'),
  who: text.optional(),
  hours: z
    .number({ error: () => l10n.t('hours must be a number') })
    .min(0, { error: () => l10n.t('hours must not be negative') })
    .optional(),
});
export type Service = z.infer<typeof serviceSchema>;

export const breakSchema = z
  .looseObject({
    kind: kindOf('break'),
    ...fileHeader,
    type: choice(BREAK_TYPES, 'type'),
    start: isoDate,
    end: isoDate,
    committed: z.boolean({ error: () => l10n.t('{0} must be true or false', 'committed') }).default(false),
  })
  .refine((value) => value.end >= value.start, { error: () => l10n.t('end must be on or after start'), path: ['end'] });
export type Break = z.infer<typeof breakSchema>;

/** The schema for each kind of file. */
export const SCHEMAS = {
  profile: profileSchema,
  goal: goalSchema,
  card: cardSchema,
  assessment: assessmentSchema,
  review: reviewSchema,
  checkin: checkinSchema,
  evidence: evidenceSchema,
  service: serviceSchema,
  break: breakSchema,
} as const satisfies Record<FileKind, z.ZodType>;

export type GrowthData = {
  profile: Profile;
  goal: Goal;
  card: Card;
  assessment: Assessment;
  review: Review;
  checkin: Checkin;
  evidence: Evidence;
  service: Service;
  break: Break;
};

/** A parsed, valid file of any kind, tagged by kind. */
export type GrowthRecord = { [K in FileKind]: { kind: K; data: GrowthData[K] } }[FileKind];

export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && (FILE_KINDS as readonly string[]).includes(value);
}

/**
 * The problem of a file whose id another file of the same kind has too (`others`: their paths),
 * one sentence per kind so a language can decline the kind's noun.
 */
export function duplicateIdMessage(kind: FileKind, id: string, others: readonly string[]): string {
  const paths = others.join(', ');
  switch (kind) {
    case 'profile':
      return l10n.t(
        'Another profile has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.',
        id,
        paths,
      );
    case 'goal':
      return l10n.t('Another goal has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.', id, paths);
    case 'card':
      return l10n.t('Another card has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.', id, paths);
    case 'assessment':
      return l10n.t(
        'Another assessment has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.',
        id,
        paths,
      );
    case 'review':
      return l10n.t(
        'Another review has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.',
        id,
        paths,
      );
    case 'checkin':
      return l10n.t(
        'Another checkin has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.',
        id,
        paths,
      );
    case 'evidence':
      return l10n.t(
        'Another evidence has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.',
        id,
        paths,
      );
    case 'service':
      return l10n.t(
        'Another service has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.',
        id,
        paths,
      );
    case 'break':
      return l10n.t('Another break has the id "{0}" ({1}). Give each one its own id or file name, so links find the right one.', id, paths);
  }
}
