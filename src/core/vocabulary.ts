/**
 * The words the growth files use for statuses, pillars, ruts and the rest: plain lists, kept
 * apart from the zod schemas so a webview can use them without bundling zod's full API.
 */
import * as l10n from '@vscode/l10n';

export const GOAL_STATUSES = ['draft', 'active', 'paused', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A goal's status in the words of an export or a chart; the file keeps the word above. */
export function goalStatusText(status: GoalStatus): string {
  switch (status) {
    case 'draft':
      return l10n.t('draft');
    case 'active':
      return l10n.t('active');
    case 'paused':
      return l10n.t('paused');
    case 'done':
      return l10n.t('done');
    case 'dropped':
      return l10n.t('dropped');
  }
}

export const MILESTONE_STATUSES = ['planned', 'active', 'done', 'dropped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A milestone's status in the words of a picker or a tooltip; the file keeps the word above. */
export function milestoneStatusText(status: MilestoneStatus): string {
  switch (status) {
    case 'planned':
      return l10n.t('planned');
    case 'active':
      return l10n.t('active');
    case 'done':
      return l10n.t('done');
    case 'dropped':
      return l10n.t('dropped');
  }
}

export const HORIZONS = ['long', 'short'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const PILLARS = ['technical', 'relationships', 'influence'] as const;
export type Pillar = (typeof PILLARS)[number];

/** A pillar as a tooltip names it, in lower case like the file's word. */
export function pillarText(pillar: Pillar): string {
  switch (pillar) {
    case 'technical':
      return l10n.t('technical');
    case 'relationships':
      return l10n.t('relationships');
    case 'influence':
      return l10n.t('influence');
  }
}

export const TRACKS = ['ic', 'management', 'undecided'] as const;
export type Track = (typeof TRACKS)[number];

/** A track as a picker or an export names it; the file keeps the word above. */
export function trackText(track: Track): string {
  switch (track) {
    case 'ic':
      return l10n.t('individual contributor');
    case 'management':
      return l10n.t('management');
    case 'undecided':
      return l10n.t('not decided yet');
  }
}

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

/** An artefact's type as a tooltip names it, in lower case like the file's word. */
export function artefactTypeText(type: ArtefactType): string {
  switch (type) {
    case 'technical':
      return l10n.t('technical');
    case 'process':
      return l10n.t('process');
    case 'people':
      return l10n.t('people');
  }
}

/** What an artefact of each type is, as an export or the dashboard names it beside its title. */
export function artefactKindText(type: ArtefactType): string {
  switch (type) {
    case 'technical':
      return l10n.t('Code or pull request');
    case 'process':
      return l10n.t('Decision log');
    case 'people':
      return l10n.t('Talk or write-up');
  }
}

/** What each artefact type holds, as a picker explains it. */
export function artefactTypeHint(type: ArtefactType): string {
  switch (type) {
    case 'technical':
      return l10n.t('Code or a pull request, a tool, an experiment');
    case 'process':
      return l10n.t('A decision log, a runbook, a playbook');
    case 'people':
      return l10n.t('A talk, a write-up, a teaching session');
  }
}

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
export function serviceTypeText(type: ServiceType): string {
  switch (type) {
    case 'mentoring':
      return l10n.t('Mentoring someone junior, on your team or in the community');
    case 'non-profit':
      return l10n.t('Working with others on a non-profit project');
    case 'mundane-work':
      return l10n.t('Important work nobody else picked up');
    case 'career-development':
      return l10n.t("Investing in a teammate's career");
    case 'improvement':
      return l10n.t('Fixing something inefficient: a process, a template, a script');
    case 'helping':
      return l10n.t('Giving your time and knowledge to a colleague or another team');
    case 'community':
      return l10n.t('Volunteering at a community event: meetups, open source');
    case 'listening':
      return l10n.t('Listening to a colleague who is having a hard time');
    case 'teaching-basics':
      return l10n.t('Teaching someone non-technical the basics of a tool');
    case 'workplace-issues':
      return l10n.t('Helping with an issue that matters at work, such as diversity and inclusion');
  }
}

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
export function rubricDimensionText(dimension: RubricDimension): string {
  switch (dimension) {
    case 'confidence':
      return l10n.t('confidence');
    case 'competence':
      return l10n.t('competence');
    case 'impact':
      return l10n.t('impact');
    case 'clarity':
      return l10n.t('clarity');
  }
}

/** What the dashboard's activity heatmap counts, day by day. */
export const ACTIVITY_KINDS = ['review', 'checkin', 'evidence', 'milestone', 'progress', 'service', 'concept'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
