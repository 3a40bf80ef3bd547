/**
 * The words the growth files use for statuses, pillars, ruts and the rest: plain lists, kept
 * apart from the zod schemas so a webview can use them without bundling zod's full API.
 */
import * as l10n from '@vscode/l10n';

/**
 * A vocabulary in words: for each value, a text read in the user's language each time it is
 * asked for, never at load time. The type makes the table name every value.
 */
export type Words<K extends string> = Readonly<Record<K, () => string>>;

/** The words for a value, looked up in its vocabulary's table. */
export function inWords<K extends string>(words: Words<K>): (value: K) => string {
  return (value) => {
    // A value from outside the vocabulary (a typo in a file being typed) has no words, not an object's own methods.
    if (!Object.hasOwn(words, value)) throw new RangeError(`"${value}" is not a value of this vocabulary`);
    return words[value]();
  };
}

export const GOAL_STATUSES = ['draft', 'active', 'paused', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A goal's status in the words of an export or a chart; the file keeps the word above. */
export const goalStatusText = inWords<GoalStatus>({
  draft: () => l10n.t('draft'),
  active: () => l10n.t('active'),
  paused: () => l10n.t('paused'),
  done: () => l10n.t('done'),
  dropped: () => l10n.t('dropped'),
});

export const MILESTONE_STATUSES = ['planned', 'active', 'done', 'dropped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A milestone's status in the words of a picker or a tooltip; the file keeps the word above. */
export const milestoneStatusText = inWords<MilestoneStatus>({
  planned: () => l10n.t('planned'),
  active: () => l10n.t('active'),
  done: () => l10n.t('done'),
  dropped: () => l10n.t('dropped'),
});

export const HORIZONS = ['long', 'short'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const PILLARS = ['technical', 'relationships', 'influence'] as const;
export type Pillar = (typeof PILLARS)[number];

/** A pillar as a tooltip names it, in lower case like the file's word. */
export const pillarText = inWords<Pillar>({
  technical: () => l10n.t('technical'),
  relationships: () => l10n.t('relationships'),
  influence: () => l10n.t('influence'),
});

export const TRACKS = ['ic', 'management', 'undecided'] as const;
export type Track = (typeof TRACKS)[number];

/** A track as a picker or an export names it; the file keeps the word above. */
export const trackText = inWords<Track>({
  ic: () => l10n.t('individual contributor'),
  management: () => l10n.t('management'),
  undecided: () => l10n.t('not decided yet'),
});

export const SUCCESS_MARKERS = ['technical-mastery', 'business-impact', 'recognition', 'innovation', 'mentorship'] as const;
export type SuccessMarker = (typeof SUCCESS_MARKERS)[number];

export const RUT_SCENARIOS = ['not-challenged', 'not-recognised', 'no-impact', 'falling-behind', 'not-excited'] as const;
export type RutScenario = (typeof RUT_SCENARIOS)[number];

export const CAREER_STAGES = ['before-senior', 'senior', 'past-senior'] as const;
export type CareerStage = (typeof CAREER_STAGES)[number];

export const FAILURE_MODES = [
  'not-delivering',
  'hand-holding',
  'closed-mindset',
  'hoarder',
  'brilliant-jerk',
  'people-pleaser',
  'tunnel-vision',
  'bottleneck',
  'rambler',
  'agitator',
  'vacillator',
  'egotist',
  'impercipient',
  'tactician',
] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export const ARTEFACT_TYPES = ['technical', 'process', 'people'] as const;
export type ArtefactType = (typeof ARTEFACT_TYPES)[number];

/**
 * What each artefact type is called: `word` as a tooltip names it, in lower case like the file's
 * word; `kind`, what an export or the dashboard names beside its title; `hint`, what a picker
 * explains it holds.
 */
const ARTEFACT_TYPE_WORDS: Readonly<Record<ArtefactType, Readonly<Record<'word' | 'kind' | 'hint', () => string>>>> = {
  technical: {
    word: () => l10n.t('technical'),
    kind: () => l10n.t('Code or pull request'),
    hint: () => l10n.t('Code or a pull request, a tool, an experiment'),
  },
  process: {
    word: () => l10n.t('process'),
    kind: () => l10n.t('Decision log'),
    hint: () => l10n.t('A decision log, a runbook, a playbook'),
  },
  people: {
    word: () => l10n.t('people'),
    kind: () => l10n.t('Talk or write-up'),
    hint: () => l10n.t('A talk, a write-up, a teaching session'),
  },
};

export const artefactTypeText = (type: ArtefactType): string => ARTEFACT_TYPE_WORDS[type].word();
export const artefactKindText = (type: ArtefactType): string => ARTEFACT_TYPE_WORDS[type].kind();
export const artefactTypeHint = (type: ArtefactType): string => ARTEFACT_TYPE_WORDS[type].hint();

/** Seed 000's ten ways to be of service to others, one word each. */
export const SERVICE_TYPES = [
  'mentoring',
  'non-profit',
  'mundane-work',
  'career-development',
  'improvement',
  'helping',
  'community',
  'listening',
  'teaching-basics',
  'workplace-issues',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** A way of serving others as a picker or the service log names it; the file keeps the word above. */
export const serviceTypeText = inWords<ServiceType>({
  mentoring: () => l10n.t('Mentoring someone junior, on your team or in the community'),
  'non-profit': () => l10n.t('Working with others on a non-profit project'),
  'mundane-work': () => l10n.t('Important work nobody else picked up'),
  'career-development': () => l10n.t("Investing in a teammate's career"),
  improvement: () => l10n.t('Fixing something inefficient: a process, a template, a script'),
  helping: () => l10n.t('Giving your time and knowledge to a colleague or another team'),
  community: () => l10n.t('Volunteering at a community event: meetups, open source'),
  listening: () => l10n.t('Listening to a colleague who is having a hard time'),
  'teaching-basics': () => l10n.t('Teaching someone non-technical the basics of a tool'),
  'workplace-issues': () => l10n.t('Helping with an issue that matters at work, such as diversity and inclusion'),
});

/** The ways of serving others not in `tried`, in the vocabulary's order: what the service log suggests next. */
export function untriedServiceTypes(tried: Iterable<ServiceType>): ServiceType[] {
  const done = new Set(tried);
  return SERVICE_TYPES.filter((type) => !done.has(type));
}

export const BREAK_TYPES = ['time-off', 'rest-day', 'reflection-day'] as const;
export type BreakType = (typeof BREAK_TYPES)[number];

export const REVIEW_CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export const ASSESSMENT_TYPES = ['rut', 'self', 'stage', 'promotion', 'rubric', 'priorities'] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

export const RUBRIC_DIMENSIONS = ['confidence', 'competence', 'impact', 'clarity'] as const;
export type RubricDimension = (typeof RUBRIC_DIMENSIONS)[number];

/** A rubric dimension as a tooltip names it beside its ratings, in lower case like the file's word. */
export const rubricDimensionText = inWords<RubricDimension>({
  confidence: () => l10n.t('confidence'),
  competence: () => l10n.t('competence'),
  impact: () => l10n.t('impact'),
  clarity: () => l10n.t('clarity'),
});

/** What the dashboard's activity heatmap counts, day by day. */
export const ACTIVITY_KINDS = ['review', 'checkin', 'evidence', 'milestone', 'progress', 'service', 'concept'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
