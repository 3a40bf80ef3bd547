/**
 * What the dashboard shows, computed from the plan: growth on the rubric per milestone, the
 * three pillars over successive stage assessments, open goals on a timeline, the review
 * streak, the evidence gathered per goal and what each growth card produced. Pure data; the
 * webview only draws it.
 */
import * as l10n from '@vscode/l10n';
import { activity, type Activity } from './activity';
import { cardsInWorkOrder } from './artefacts';
import { isOverdue } from './goalTree';
import type { GrowthIndex } from './growthIndex';
import { compact } from './forms/form';
import { PILLAR_LABELS, RUBRIC_LABELS, RUT_LABELS } from './forms/labels';
import { goalProgress, type GoalProgress } from './progress';
import { addDays, daysBetween } from './dates';
import { nextReviewDue } from './schedule';
import type { Rubric } from './schema';
import {
  PILLARS,
  RUBRIC_DIMENSIONS,
  RUT_SCENARIOS,
  type ArtefactType,
  type CareerStage,
  type GoalStatus,
  type Horizon,
  type MilestoneStatus,
  type Pillar,
  type ReviewCadence,
  type RubricDimension,
} from './vocabulary';

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
  /** Reviews held on cadence in a row up to the latest; 0 once the next one is later than the grace allows. */
  readonly current: number;
  readonly longest: number;
  readonly nextDue?: string;
  /** Days the next review is overdue; 0 when it is not. */
  readonly overdueDays: number;
  /** Days a review may come after its due day and still count as on cadence. */
  readonly graceDays: number;
  /** Every review, oldest first; on cadence when held within the grace days of the day the one before made due. */
  readonly reviews: readonly { readonly date: string; readonly onCadence: boolean }[];
}

export interface EvidenceCount {
  /** Undefined for evidence not tied to a goal. */
  readonly goalId?: string;
  readonly title: string;
  readonly count: number;
  /** The goal's status; a goal that is done or dropped is no longer in play. */
  readonly status?: GoalStatus;
}

/** A growth card and what its work produced (the learning loop's "apply"). */
export interface CardArtefacts {
  readonly cardTitle: string;
  /** The title of the card's goal; its id when the goal is gone. */
  readonly goalTitle: string;
  /** The goal's status; undefined when the goal is gone. */
  readonly status?: GoalStatus;
  /** In the order the card lists them. */
  readonly artefacts: readonly { readonly type: ArtefactType; readonly title: string; readonly date?: string }[];
}

/** Where the person stands: the latest promotion readiness and self-assessment, and their service to others. */
export interface Standing {
  readonly promotion?: {
    readonly date: string;
    readonly targetLevel?: string;
    readonly cycle?: string;
    /** 1 to 5. */
    readonly performingAtNextLevel: number;
    /** The conditions of a promotion, each met or not, in the order they are worked on. */
    readonly conditions: readonly { readonly label: string; readonly met: boolean }[];
  };
  readonly self?: {
    readonly date: string;
    readonly strengths: readonly string[];
    readonly weaknesses: readonly string[];
    readonly opportunities: readonly string[];
  };
  readonly service: {
    readonly total: number;
    readonly last90Days: number;
    readonly latest?: { readonly date: string; readonly title: string };
  };
}

/** A goal's progress toward its target, for the burn-up or burn-down chart. */
export interface ProgressChart extends GoalProgress {
  readonly goalId: string;
}

/** What the reviews answered over time: heading the right way, and whether each rut eased. */
export interface ReviewAnswers {
  /** Every review, oldest first, with the words of its answers. */
  readonly reviews: readonly { readonly date: string; readonly onTrack: string; readonly eased: readonly string[] }[];
  /** The ruts any review asked about, as column headings, in the order of `eased`. */
  readonly ruts: readonly string[];
}

export interface DashboardData {
  readonly today: string;
  readonly labels: { readonly rubric: Readonly<Record<RubricDimension, string>>; readonly pillars: Readonly<Record<Pillar, string>> };
  readonly rubric: readonly RubricPoint[];
  readonly pillars: readonly PillarPoint[];
  readonly timeline: { readonly from: string; readonly to: string; readonly goals: readonly TimelineGoal[] };
  readonly reviews: ReviewStreak;
  readonly evidence: readonly EvidenceCount[];
  readonly artefacts: readonly CardArtefacts[];
  readonly progress: readonly ProgressChart[];
  readonly activity: Activity;
  readonly answers: ReviewAnswers;
  readonly standing: Standing;
}

/** A review two or three days late is still a habit kept: the streak survives it. */
export const REVIEW_GRACE_DAYS = 3;

const OPEN_STATUSES: readonly GoalStatus[] = ['active', 'paused', 'draft'];

export function dashboardData(plan: GrowthIndex, today: string, cadence: ReviewCadence): DashboardData {
  return {
    today,
    labels: {
      rubric: Object.fromEntries(RUBRIC_DIMENSIONS.map((dimension) => [dimension, RUBRIC_LABELS[dimension].label])) as Record<
        RubricDimension,
        string
      >,
      pillars: Object.fromEntries(PILLARS.map((pillar) => [pillar, PILLAR_LABELS[pillar].label])) as Record<Pillar, string>,
    },
    rubric: rubricPoints(plan),
    pillars: pillarPoints(plan),
    timeline: timeline(plan, today),
    reviews: reviewStreak(
      plan.reviews().map((review) => review.data.date),
      cadence,
      today,
    ),
    evidence: evidenceCounts(plan),
    artefacts: cardArtefacts(plan),
    progress: progressCharts(plan, today),
    activity: activity(plan, today),
    answers: reviewAnswers(plan),
    standing: standing(plan, today),
  };
}

/** Each review's answer to "heading the right way?" and to "has this rut eased?", in words; "–" where a review did not ask. */
export function reviewAnswers(plan: GrowthIndex): ReviewAnswers {
  const reviews = [...plan.reviews()].reverse().map((entry) => entry.data);
  const ruts = RUT_SCENARIOS.filter((scenario) => reviews.some((review) => review.rutsEased?.[scenario] !== undefined));
  const word = (answer: 'yes' | 'partly' | 'no') =>
    answer === 'yes' ? l10n.t('yes') : answer === 'partly' ? l10n.t('partly') : l10n.t('no');
  return {
    ruts: ruts.map((scenario) => RUT_LABELS[scenario].label),
    reviews: reviews.map((review) => ({
      date: review.date,
      onTrack: word(review.onTrack),
      eased: ruts.map((scenario) => {
        const answer = review.rutsEased?.[scenario];
        return answer ? word(answer) : '–';
      }),
    })),
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

/** The latest promotion readiness and self-assessment, and the service to others logged. */
export function standing(plan: GrowthIndex, today: string): Standing {
  const promotion = plan.assessments('promotion')[0]?.data;
  const self = plan.assessments('self')[0]?.data;
  const services = plan.services();
  const since = addDays(today, -90);
  const latest = services.reduce<Standing['service']['latest']>(
    (found, entry) => (!found || entry.data.date > found.date ? { date: entry.data.date, title: entry.data.title } : found),
    undefined,
  );
  return {
    ...compact({
      promotion:
        promotion?.type === 'promotion'
          ? {
              date: promotion.date,
              ...compact({ targetLevel: promotion.targetLevel, cycle: promotion.cycle }),
              performingAtNextLevel: promotion.performingAtNextLevel,
              conditions: [
                { label: l10n.t('Told your manager you want it'), met: promotion.voicedToManager },
                { label: l10n.t('A business reason for the role'), met: promotion.businessJustification },
                ...(promotion.budget === undefined ? [] : [{ label: l10n.t('Budget for it'), met: promotion.budget }]),
                { label: l10n.t('Your manager committed to it'), met: promotion.firmCommitment },
              ],
            }
          : undefined,
      self:
        self?.type === 'self'
          ? { date: self.date, strengths: self.strengths, weaknesses: self.weaknesses, opportunities: self.opportunities }
          : undefined,
    }),
    service: {
      total: services.length,
      last90Days: services.filter((entry) => entry.data.date >= since && entry.data.date <= today).length,
      ...compact({ latest }),
    },
  };
}

/**
 * Offsets that keep equal ratings apart in a chart: pillars rated the same at one assessment
 * are spread around the shared value (-0.5, 0, 0.5 for three), the others stay at 0.
 */
export function spreadEqualRatings(ratings: Readonly<Record<Pillar, number>>): Record<Pillar, number> {
  const offsets = {} as Record<Pillar, number>;
  for (const pillar of PILLARS) {
    const same = PILLARS.filter((other) => ratings[other] === ratings[pillar]);
    offsets[pillar] = same.length === 1 ? 0 : same.indexOf(pillar) - (same.length - 1) / 2;
  }
  return offsets;
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
    .flatMap((entry) =>
      entry.data.type === 'stage' ? [{ date: entry.data.date, stage: entry.data.stage, ratings: { ...entry.data.pillars } }] : [],
    )
    .reverse();
}

/** Open goals (active, paused, draft), earliest due first, over a range that spans them and today. */
export function timeline(plan: GrowthIndex, today: string): DashboardData['timeline'] {
  const goals = plan
    .goals()
    .filter((goal) => OPEN_STATUSES.includes(goal.data.status))
    .map(({ id, data: goal }): TimelineGoal => {
      const milestones = goal.milestones.filter((milestone) => milestone.status !== 'dropped');
      const children =
        milestones.length === 0 && goal.horizon === 'long' ? plan.childGoals(id).filter((child) => child.data.status !== 'dropped') : [];
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
        milestones: milestones.map((milestone) => ({
          title: milestone.title,
          status: milestone.status,
          ...compact({ due: milestone.due }),
        })),
      };
    })
    .sort((a, b) => compareDates(a.due, b.due) || a.title.localeCompare(b.title));
  const dates = [today, ...goals.flatMap((goal) => [goal.start, goal.due, ...goal.milestones.map((milestone) => milestone.due)])].filter(
    (date): date is string => date !== undefined,
  );
  return { from: dates.reduce((a, b) => (b < a ? b : a)), to: dates.reduce((a, b) => (b > a ? b : a)), goals };
}

/**
 * Reviews on cadence in a row: each held within REVIEW_GRACE_DAYS of the day the one before
 * made due. The current run ends once the next review is later than that; several reviews on
 * one day count once.
 */
export function reviewStreak(dates: readonly string[], cadence: ReviewCadence, today: string): ReviewStreak {
  const days = [...new Set(dates)].sort();
  const inGrace = (date: string, due: string) => date <= addDays(due, REVIEW_GRACE_DAYS);
  const reviews = days.map((date, index) => ({ date, onCadence: index === 0 || inGrace(date, nextReviewDue(days[index - 1]!, cadence)) }));
  let run = 0;
  let longest = 0;
  for (const review of reviews) {
    run = review.onCadence ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = days[days.length - 1];
  const nextDue = last === undefined ? undefined : nextReviewDue(last, cadence);
  const current = nextDue !== undefined && inGrace(today, nextDue) ? run : 0;
  const overdueDays = nextDue !== undefined && today > nextDue ? daysBetween(nextDue, today) : 0;
  return { cadence, current, longest, ...compact({ nextDue }), overdueDays, graceDays: REVIEW_GRACE_DAYS, reviews };
}

/**
 * Evidence per goal, most first: every open goal (none yet is worth seeing), then the goals no
 * longer in play (done or dropped, archived or not) that have evidence, marked by their status.
 * Evidence tied to no goal, or to a goal that is gone, comes last.
 */
export function evidenceCounts(plan: GrowthIndex): EvidenceCount[] {
  const counts = new Map<string | undefined, number>(
    plan
      .goals()
      .filter((goal) => OPEN_STATUSES.includes(goal.data.status))
      .map((goal) => [goal.id, 0]),
  );
  for (const entry of plan.evidence()) {
    const goalId = entry.data.goal && plan.goal(entry.data.goal) ? entry.data.goal : undefined;
    counts.set(goalId, (counts.get(goalId) ?? 0) + 1);
  }
  const perGoal = [...counts.entries()]
    .filter((entry): entry is [string, number] => entry[0] !== undefined)
    .map(([goalId, count]) => ({ goalId, title: plan.goal(goalId)!.data.title, count, status: plan.goal(goalId)!.data.status }))
    .sort(
      (a, b) =>
        Number(!OPEN_STATUSES.includes(a.status)) - Number(!OPEN_STATUSES.includes(b.status)) ||
        b.count - a.count ||
        a.title.localeCompare(b.title),
    );
  const loose = counts.get(undefined);
  return loose ? [...perGoal, { title: l10n.t('Not tied to a goal'), count: loose }] : perGoal;
}

/**
 * Every growth card with artefacts, and every card of a goal in play (one with none yet is
 * worth a look): cards of goals in play first, each group in the order the work goes.
 */
export function cardArtefacts(plan: GrowthIndex): CardArtefacts[] {
  const inPlay = (status: GoalStatus | undefined) => status !== undefined && OPEN_STATUSES.includes(status);
  return cardsInWorkOrder(plan)
    .map((card): CardArtefacts => {
      const goal = plan.goal(card.data.goal)?.data;
      return {
        cardTitle: card.data.title,
        goalTitle: goal?.title ?? card.data.goal,
        ...compact({ status: goal?.status }),
        artefacts: (card.data.artefacts ?? []).map((artefact) => ({
          type: artefact.type,
          title: artefact.title,
          ...compact({ date: artefact.date }),
        })),
      };
    })
    .filter((card) => card.artefacts.length > 0 || inPlay(card.status))
    .sort((a, b) => Number(!inPlay(a.status)) - Number(!inPlay(b.status)));
}

function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
