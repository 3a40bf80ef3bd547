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

export const TRACKS = ['ic', 'management'] as const;
export type Track = (typeof TRACKS)[number];

export const SUCCESS_MARKERS = [
  'technical-mastery',
  'business-impact',
  'recognition',
  'innovation',
  'mentorship',
] as const;
export type SuccessMarker = (typeof SUCCESS_MARKERS)[number];

export const RUT_SCENARIOS = [
  'not-challenged',
  'not-recognised',
  'no-impact',
  'falling-behind',
  'not-excited',
] as const;
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

export const SERVICE_TYPES = ['mentoring', 'mundane-work', 'helping', 'community'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

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
