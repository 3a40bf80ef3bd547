/**
 * Suggestions: the next step DevGrowth proposes after something is recorded (an assessment, a
 * review, a problem), which the user makes a goal, adds to a goal, or dismisses.
 *
 * A suggestion table is plain data: each entry names the condition it answers (as data, so a
 * test can check that every rut, trap, pillar and stage has some) and what it proposes. Several
 * tables (coaching, career tracks) are merged into one list with `mergeTables`, then matched
 * against the plan's situation and ranked. Pure: no `vscode`.
 */
import type {
  BreakType,
  CareerStage,
  FailureMode,
  Horizon,
  Pillar,
  RubricDimension,
  RutScenario,
  ServiceType,
  SuccessMarker,
  Track,
} from '../vocabulary';
import type { PriorityScores } from '../schema';

// ---- What a suggestion answers ----------------------------------------------------------------

/** A promotion answer that leaves something to do. */
export const PROMOTION_GAPS = ['not-voiced', 'no-commitment', 'not-performing', 'no-justification', 'no-budget'] as const;
export type PromotionGap = (typeof PROMOTION_GAPS)[number];

/** A review answer that asks for a change of course. */
export const REVIEW_SIGNALS = ['off-track', 'partly-on-track', 'not-sustainable', 'goal-stalled'] as const;
export type ReviewSignal = (typeof REVIEW_SIGNALS)[number];

/** A root-cause answer of the stage assessment that holds growth back (seed 004's questions). */
export const ROOT_CAUSES = ['project-not-important', 'most-junior', 'no-career-talk'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** How a rut looked at the last review. */
export type Easing = 'yes' | 'partly' | 'no';

/**
 * The condition a suggestion answers. Each kind reads one part of the plan's situation (see
 * `Situation`); `conditionHolds` in ./conditions decides whether it holds.
 */
export type SuggestionCondition =
  | { readonly kind: 'rut'; readonly scenario: RutScenario }
  /** A rut a review says has not eased (`no` or `partly`). */
  | { readonly kind: 'rut-not-eased'; readonly scenario: RutScenario }
  | { readonly kind: 'failure-mode'; readonly mode: FailureMode }
  /** The lowest-rated pillar of the latest stage assessment, at that stage. */
  | { readonly kind: 'weakest-pillar'; readonly pillar: Pillar; readonly stage: CareerStage }
  /** An answer to the root-cause questions asked before goals for the weakest pillar. */
  | { readonly kind: 'root-cause'; readonly cause: RootCause }
  /** The stage the user is at (its accelerants). */
  | { readonly kind: 'stage'; readonly stage: CareerStage }
  /** The self-assessment lists at least one of these. */
  | { readonly kind: 'weakness' }
  | { readonly kind: 'opportunity' }
  | { readonly kind: 'value' }
  | { readonly kind: 'interest' }
  | { readonly kind: 'success-marker'; readonly marker: SuccessMarker }
  | { readonly kind: 'promotion'; readonly gap: PromotionGap }
  | { readonly kind: 'review'; readonly signal: ReviewSignal }
  /** A milestone rated before and after, with this rubric dimension no higher after. */
  | { readonly kind: 'rubric-flat'; readonly dimension: RubricDimension }
  /** The profile's career track (IC or management). */
  | { readonly kind: 'track'; readonly track: Track }
  /** A kind of service to others the plan has no entry of yet. */
  | { readonly kind: 'service-untried'; readonly type: ServiceType }
  /** An action the latest mentor check-in agreed on. */
  | { readonly kind: 'checkin-action' }
  /** A candidate of the latest priorities assessment. */
  | { readonly kind: 'candidate' }
  /** A break planned from today on. */
  | { readonly kind: 'break-planned' };
export type ConditionKind = SuggestionCondition['kind'];

// ---- What a suggestion proposes ---------------------------------------------------------------

/**
 * What New Goal is prefilled with: the argument of `devgrowth.goal.new`. Every part is optional
 * but the title; New Goal still asks for what is missing.
 */
export interface GoalPrefill {
  readonly title: string;
  readonly horizon?: Horizon;
  readonly metric?: string;
  readonly target?: string;
  readonly pillar?: Pillar;
  readonly rut?: RutScenario;
  readonly successMarker?: SuccessMarker;
  readonly stretch?: string;
  /** The suggestion the goal comes from; written into the goal as `suggestion`, so it counts as taken. */
  readonly suggestion?: string;
}

export interface MilestoneProposal {
  readonly title: string;
  readonly doneWhen?: string;
}

/** Who a check-in is with: the mentor, the review's sounding board, or the manager. */
export type CheckinPartner = 'mentor' | 'sounding-board' | 'manager';

/** A change to a goal that exists, by its id. */
export type GoalChange = 'scope' | 'date' | 'pause';

export type Proposal =
  /** A new goal, through New Goal, prefilled; its milestones when New Goal has written it. */
  | { readonly kind: 'goal'; readonly goal: GoalPrefill }
  /** A milestone for a goal that exists (the user picks which, `goal` first when given). */
  | { readonly kind: 'milestone'; readonly milestone: MilestoneProposal; readonly goal?: string }
  /** Plan a break of this type. */
  | { readonly kind: 'break'; readonly type: BreakType }
  /** Talk it through: a check-in whose first action is `topic`. */
  | { readonly kind: 'checkin'; readonly with: CheckinPartner; readonly topic: string; readonly person?: string }
  /** Change a goal: narrow its scope, move its date, or pause it. */
  | { readonly kind: 'goal-change'; readonly goal: string; readonly change: GoalChange };
export type ProposalKind = Proposal['kind'];

// ---- Tables -----------------------------------------------------------------------------------

/** One entry of a suggestion table. Texts are read in the user's language when the table is built. */
export interface SuggestionEntry {
  /** Stable across versions and languages: dismissals and goals refer to it. Lower case, digits, dashes. */
  readonly id: string;
  readonly answers: SuggestionCondition;
  /** What to do, as a short imperative line. */
  readonly title: string;
  /** Why it helps, in a sentence. */
  readonly why: string;
  readonly proposal: Proposal;
  /**
   * The priority score's factors (seed 003), 1 to 5: how much it would matter, what it costs,
   * whether it helps beyond you, how much you learn. Ranks suggestions as the score ranks goals.
   */
  readonly factors: PriorityScores;
}

/**
 * A table: built for one situation, so an entry can name the user's own words (a weakness, the
 * goal with the most active milestones). Entries whose condition does not hold are filtered out
 * by the caller, so a table may list them all.
 */
export type SuggestionTable = (situation: Situation) => readonly SuggestionEntry[];

/** Why a suggestion is there: which entry, the condition it answers, and the record that raised it. */
export interface SuggestionReason {
  readonly id: string;
  readonly answers: SuggestionCondition;
  readonly why: string;
  /** The date of the assessment, review, check-in or break that raised it; empty when no record did (the track). */
  readonly raisedOn: string;
  /** A "Not now" given on this day or later answers it (before it, the user had not seen this record). */
  readonly answeredFrom: string;
}

/**
 * A suggestion that holds for the plan, ranked, with where it came from: one row of a list.
 * Entries that propose the same action (`sameAction`) are one suggestion, with a reason for each.
 */
export interface Suggestion extends SuggestionEntry {
  /** 0 to 100, the priority score of its factors. */
  readonly score: number;
  /** The newest date among its reasons': what a list sorts by. */
  readonly raisedOn: string;
  /** Every entry the row stands for, itself first; taking or dismissing the row answers them all. */
  readonly reasons: readonly SuggestionReason[];
}

/**
 * What taking a proposal does, for proposals two entries can share: a change to the same goal,
 * or a break of the same type. Undefined for those in words of their own (a goal, a milestone,
 * a check-in), which no other entry proposes.
 */
export function sameAction(proposal: Proposal): string | undefined {
  switch (proposal.kind) {
    case 'goal-change':
      return `goal-change ${proposal.goal} ${proposal.change}`;
    case 'break':
      return `break ${proposal.type}`;
    default:
      return undefined;
  }
}

/** Makes one table of several; an id used twice is a defect and throws. */
export function mergeTables(...tables: readonly SuggestionTable[]): SuggestionTable {
  return (situation) => {
    const entries = tables.flatMap((table) => table(situation));
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.id)) throw new Error(`Two suggestions have the id "${entry.id}"`);
      seen.add(entry.id);
    }
    return entries;
  };
}

// ---- The situation a table is matched against ---------------------------------------------------

/** What the plan says now, read from its latest assessments and review. */
export interface Situation {
  readonly today: string;
  readonly stage?: CareerStage;
  readonly track?: Track;
  /** Ticked in the latest rut assessment. */
  readonly ruts: readonly RutScenario[];
  readonly rutDate?: string;
  /** Rut scenarios the latest review says have eased or not. */
  readonly easing: Readonly<Partial<Record<RutScenario, Easing>>>;
  readonly failureModes: readonly FailureMode[];
  readonly weakestPillar?: Pillar;
  readonly rootCauses: readonly RootCause[];
  readonly stageDate?: string;
  readonly weaknesses: readonly string[];
  readonly opportunities: readonly string[];
  readonly values: readonly string[];
  readonly interests: readonly string[];
  readonly successMarkers: readonly SuccessMarker[];
  readonly selfDate?: string;
  readonly promotionGaps: readonly PromotionGap[];
  readonly promotionDate?: string;
  readonly reviewSignals: readonly ReviewSignal[];
  readonly reviewDate?: string;
  /** The active goal with the most active milestones: what to pause when the pace is too much. */
  readonly busiestGoal?: { readonly id: string; readonly title: string; readonly activeMilestones: number };
  /** The active goal a review says did not move forward. */
  readonly stalledGoal?: { readonly id: string; readonly title: string };
  readonly soundingBoard?: string;
  readonly mentor?: string;
  readonly flatDimensions: readonly RubricDimension[];
  readonly rubricDate?: string;
  readonly untriedService: readonly ServiceType[];
  readonly checkinActions: readonly string[];
  readonly checkinDate?: string;
  /** The latest priorities assessment's candidates, with their ratings. */
  readonly candidates: readonly (PriorityScores & { readonly title: string })[];
  readonly prioritiesDate?: string;
  /**
   * The next break that has not ended yet, and when the break before it ended (`after`, empty
   * when there was none): a "Not now" given since then was given for this break.
   */
  readonly upcomingBreak?: { readonly type: BreakType; readonly start: string; readonly end: string; readonly after?: string };
  /** The promotion assessment's target level and cycle, or the profile's. */
  readonly targetLevel?: string;
  readonly promotionCycle?: string;
  /** Titles of the rut options the latest rut assessment chose. */
  readonly chosenOptions: readonly string[];
  /** Active goals that answer a rut, by scenario. */
  readonly rutGoals: Readonly<Partial<Record<RutScenario, { readonly id: string; readonly title: string }>>>;
}
