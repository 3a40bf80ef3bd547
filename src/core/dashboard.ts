/**
 * What the dashboard shows, computed from the plan: growth on the rubric per milestone, the
 * three pillars over successive stage assessments, open goals on a timeline, the review
 * streak, and the evidence gathered per goal. Pure data; the webview only draws it.
 */
import * as l10n from '@vscode/l10n';
import { activity, type Activity } from './activity';
import { isOverdue } from './goalTree';
import type { GrowthIndex } from './growthIndex';
import { compact } from './forms/form';
import { PILLAR_LABELS, RUBRIC_LABELS } from './forms/labels';
import { goalProgress, type GoalProgress } from './progress';
import { nextReviewDue } from './schedule';
import { type Rubric } from './schema';
import { PILLARS, RUBRIC_DIMENSIONS, type CareerStage, type GoalStatus, type Horizon, type MilestoneStatus, type Pillar, type ReviewCadence, type RubricDimension } from './vocabulary';

export interface RubricPoint {
  readonly goalTitle: string;
  readonly milestoneTitle: string;
  /** When the milestone was done, else when it is due; undefined when neither is known. */
  readonly date?: string;
  readonly before?: Rubric;
  readonly after?: Rubric;
}

export interface PillarPoint {
  readonly date: string;
  readonly stage: CareerStage;
  readonly ratings: Readonly<Record<Pillar, number>>;
}

export interface TimelineGoal {
  readonly id: string;
  readonly title: string;
  readonly horizon: Horizon;
  readonly status: GoalStatus;
  readonly start?: string;
  readonly due?: string;
  readonly overdue: boolean;
  /** Milestones done of those not dropped; for a long-term goal without milestones, its short-term goals. */
  readonly done: number;
  readonly total: number;
  readonly milestones: readonly { readonly title: string; readonly due?: string; readonly status: MilestoneStatus }[];
}

export interface ReviewStreak {
  readonly cadence: ReviewCadence;
  /** Reviews held on cadence in a row up to the latest; 0 once the next one is overdue. */
  readonly current: number;
  readonly longest: number;
  readonly nextDue?: string;
  /** Every review, oldest first; on cadence when held by the day the one before made due. */
  readonly reviews: readonly { readonly date: string; readonly onCadence: boolean }[];
}

export interface EvidenceCount {
  /** Undefined for evidence not tied to a goal. */
  readonly goalId?: string;
  readonly title: string;
  readonly count: number;
}

/** A goal's progress toward its target, for the burn-up or burn-down chart. */
export interface ProgressChart extends GoalProgress {
  readonly goalId: string;
}

export interface DashboardData {
  readonly today: string;
  readonly labels: { readonly rubric: Readonly<Record<RubricDimension, string>>; readonly pillars: Readonly<Record<Pillar, string>> };
  readonly rubric: readonly RubricPoint[];
  readonly pillars: readonly PillarPoint[];
  readonly timeline: { readonly from: string; readonly to: string; readonly goals: readonly TimelineGoal[] };
  readonly reviews: ReviewStreak;
  readonly evidence: readonly EvidenceCount[];
  readonly progress: readonly ProgressChart[];
  readonly activity: Activity;
}

const OPEN_STATUSES: readonly GoalStatus[] = ['active', 'paused', 'draft'];

export function dashboardData(plan: GrowthIndex, today: string, cadence: ReviewCadence): DashboardData {
  return {
    today,
    labels: {
      rubric: Object.fromEntries(RUBRIC_DIMENSIONS.map((dimension) => [dimension, RUBRIC_LABELS[dimension].label])) as Record<RubricDimension, string>,
      pillars: Object.fromEntries(PILLARS.map((pillar) => [pillar, PILLAR_LABELS[pillar].label])) as Record<Pillar, string>,
    },
    rubric: rubricPoints(plan),
    pillars: pillarPoints(plan),
    timeline: timeline(plan, today),
    reviews: reviewStreak(plan.reviews().map((review) => review.data.date), cadence, today),
    evidence: evidenceCounts(plan),
    progress: progressCharts(plan, today),
    activity: activity(plan, today),
  };
}

/** The progress of every goal in play that has a target with a number or milestones, earliest due first. */
export function progressCharts(plan: GrowthIndex, today: string): ProgressChart[] {
  return plan
    .goals()
    .filter((goal) => OPEN_STATUSES.includes(goal.data.status))
    .flatMap((goal) => {
      const progress = goalProgress(goal.data, today);
      return progress ? [{ goalId: goal.id, ...progress }] : [];
    })
    .sort((a, b) => compareDates(a.due, b.due) || a.title.localeCompare(b.title));
}

/** Every milestone rated at least once, in the order they were done (or are due). */
export function rubricPoints(plan: GrowthIndex): RubricPoint[] {
  const points = plan.goals().flatMap((goal) =>
    goal.data.milestones
      .filter((milestone) => milestone.rubric?.before || milestone.rubric?.after)
      .map((milestone) => ({
        goalTitle: goal.data.title,
        milestoneTitle: milestone.title,
        ...compact({ date: milestone.completed ?? milestone.due, before: milestone.rubric?.before, after: milestone.rubric?.after }),
      })),
  );
  // Undated milestones last; the sort is stable, so ties keep the goals' and milestones' order.
  return points.sort((a, b) => compareDates(a.date, b.date));
}

/** Stage assessments, oldest first. */
export function pillarPoints(plan: GrowthIndex): PillarPoint[] {
  return plan
    .assessments('stage')
    .flatMap((entry) => (entry.data.type === 'stage' ? [{ date: entry.data.date, stage: entry.data.stage, ratings: { ...entry.data.pillars } }] : []))
    .reverse();
}

/** Open goals (active, paused, draft), earliest due first, over a range that spans them and today. */
export function timeline(plan: GrowthIndex, today: string): DashboardData['timeline'] {
  const goals = plan
    .goals()
    .filter((goal) => OPEN_STATUSES.includes(goal.data.status))
    .map(({ id, data: goal }): TimelineGoal => {
      const milestones = goal.milestones.filter((milestone) => milestone.status !== 'dropped');
      const children = milestones.length === 0 && goal.horizon === 'long' ? plan.childGoals(id).filter((child) => child.data.status !== 'dropped') : [];
      const counted = milestones.length > 0 ? milestones.map((milestone) => milestone.status) : children.map((child) => child.data.status);
      return {
        id,
        title: goal.title,
        horizon: goal.horizon,
        status: goal.status,
        ...compact({ start: goal.start ?? goal.horizonStart, due: goal.due }),
        overdue: isOverdue(goal.status, goal.due, today),
        done: counted.filter((status) => status === 'done').length,
        total: counted.length,
        milestones: milestones.map((milestone) => ({ title: milestone.title, status: milestone.status, ...compact({ due: milestone.due }) })),
      };
    })
    .sort((a, b) => compareDates(a.due, b.due) || a.title.localeCompare(b.title));
  const dates = [today, ...goals.flatMap((goal) => [goal.start, goal.due, ...goal.milestones.map((milestone) => milestone.due)])].filter(
    (date): date is string => date !== undefined,
  );
  return { from: dates.reduce((a, b) => (b < a ? b : a)), to: dates.reduce((a, b) => (b > a ? b : a)), goals };
}

/**
 * Reviews on cadence in a row: each held by the day the one before made due. The current run
 * ends the day the next review becomes overdue; several reviews on one day count once.
 */
export function reviewStreak(dates: readonly string[], cadence: ReviewCadence, today: string): ReviewStreak {
  const days = [...new Set(dates)].sort();
  const reviews = days.map((date, index) => ({ date, onCadence: index === 0 || date <= nextReviewDue(days[index - 1]!, cadence) }));
  let run = 0;
  let longest = 0;
  for (const review of reviews) {
    run = review.onCadence ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = days[days.length - 1];
  const nextDue = last === undefined ? undefined : nextReviewDue(last, cadence);
  const current = nextDue !== undefined && today <= nextDue ? run : 0;
  return { cadence, current, longest, ...compact({ nextDue }), reviews };
}

/**
 * Evidence per goal, most first: every open goal (none yet is worth seeing) and every goal with
 * evidence. Evidence tied to no goal, or to a goal that is gone, comes last.
 */
export function evidenceCounts(plan: GrowthIndex): EvidenceCount[] {
  const counts = new Map<string | undefined, number>(
    plan.goals().filter((goal) => OPEN_STATUSES.includes(goal.data.status)).map((goal) => [goal.id, 0]),
  );
  for (const entry of plan.evidence()) {
    const goalId = entry.data.goal && plan.goal(entry.data.goal) ? entry.data.goal : undefined;
    counts.set(goalId, (counts.get(goalId) ?? 0) + 1);
  }
  const perGoal = [...counts.entries()]
    .filter((entry): entry is [string, number] => entry[0] !== undefined)
    .map(([goalId, count]) => ({ goalId, title: plan.goal(goalId)!.data.title, count }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  const loose = counts.get(undefined);
  return loose ? [...perGoal, { title: l10n.t('Not tied to a goal'), count: loose }] : perGoal;
}

function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
