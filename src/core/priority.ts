/**
 * What to work on first (seed 003): each candidate is rated 1-5 for impact, effort,
 * reusability and learnings, with impact weighted most and effort counting against.
 *
 *   raw   = 3 × impact + 1 × (6 − effort) + 1 × reusability + 1 × learnings     (6 … 30)
 *   score = round((raw − 6) / 24 × 100)                                          (0 … 100)
 *
 * `6 − effort` turns effort into ease, so the lowest effort (1) counts as 5. One step of impact
 * moves the score by 12.5 points, one step of anything else by about 4. The seed's example
 * (impact 5, effort 3, reusability 4, learnings 2) scores 75: high priority.
 */
import type { Goal, PriorityScores } from './schema';

export const PRIORITY_WEIGHTS = { impact: 3, ease: 1, reusability: 1, learnings: 1 } as const;

const TOTAL_WEIGHT = PRIORITY_WEIGHTS.impact + PRIORITY_WEIGHTS.ease + PRIORITY_WEIGHTS.reusability + PRIORITY_WEIGHTS.learnings;
const MIN_RAW = TOTAL_WEIGHT * 1;
const MAX_RAW = TOTAL_WEIGHT * 5;

/** The priority score, 0 (last) to 100 (first), of ratings that are whole numbers from 1 to 5. */
export function priorityScore(scores: PriorityScores): number {
  const raw =
    PRIORITY_WEIGHTS.impact * scores.impact +
    PRIORITY_WEIGHTS.ease * (6 - scores.effort) +
    PRIORITY_WEIGHTS.reusability * scores.reusability +
    PRIORITY_WEIGHTS.learnings * scores.learnings;
  return Math.round(((raw - MIN_RAW) / (MAX_RAW - MIN_RAW)) * 100);
}

export type Prioritised = Pick<Goal, 'title' | 'due' | 'priority'>;

/**
 * Sort order for "by priority": higher score first, goals without scores after all scored
 * ones; then the earlier due date (no date last); then the title, numbers in it compared as
 * numbers ("Step 2" before "Step 10"). Array sort is stable, so full ties keep their order.
 */
export function compareByPriority(a: Prioritised, b: Prioritised): number {
  return (
    scoreOf(b) - scoreOf(a) || compareOptional(a.due, b.due) || a.title.localeCompare(b.title, 'en', { numeric: true, sensitivity: 'base' })
  );
}

/** Unscored goals sort below a score of 0. */
function scoreOf(goal: Prioritised): number {
  return goal.priority ? priorityScore(goal.priority) : -1;
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
