/**
 * The 90-day reset: finished and dropped goals move, with their growth cards, into the archive
 * folder of the quarter their horizon ended in, and the goals still being worked on start their
 * next 90-day horizon. Pure: the plan in, the moves and edits out; paths are relative to the
 * growth folder.
 */
import { addDays, daysBetween } from './dates';
import type { Entry, GrowthIndex } from './growthIndex';
import { formatQuarter, quarterOf } from './quarter';
import { DEFAULT_HORIZON_NOTICE_DAYS, HORIZON_DAYS } from './schedule';
import type { FrontMatterEdit } from './writer';

export const ARCHIVE_FOLDER = 'archive';

export interface FileMove {
  /** Relative to the growth folder. */
  readonly from: string;
  readonly to: string;
}

export interface QuarterReset {
  /** The goals that move, for the confirmation ("3 goals"). */
  readonly goals: readonly string[];
  /** Goal files first, then their cards. */
  readonly moves: readonly FileMove[];
  /** Active short-term goals whose horizon has ended or is about to: their new horizon starts today. */
  readonly restarts: readonly { readonly path: string; readonly title: string; readonly edits: readonly FrontMatterEdit[] }[];
}

/** Everything the 90-day reset of a plan does today. `relative` turns an index path into one inside the growth folder. */
export function quarterReset(plan: GrowthIndex, today: string, relative: (path: string) => string): QuarterReset {
  const finished = plan
    .goals()
    .filter((goal) => (goal.data.status === 'done' || goal.data.status === 'dropped') && !isArchived(relative(goal.path)));
  const restarts = plan
    .goals()
    .filter((goal) => goal.data.status === 'active' && goal.data.horizon === 'short' && goal.data.horizonStart !== undefined)
    .filter((goal) => daysBetween(today, addDays(goal.data.horizonStart!, HORIZON_DAYS)) <= DEFAULT_HORIZON_NOTICE_DAYS)
    .map((goal) => ({
      path: relative(goal.path),
      title: goal.data.title,
      edits: [{ op: 'set', path: ['horizonStart'], value: today }] as FrontMatterEdit[],
    }));
  return { goals: finished.map((goal) => goal.data.title), moves: archiveMoves(plan, finished, today, relative), restarts };
}

/**
 * Where archiving these goals moves their files: each goal and each of its cards to the same
 * place under `archive/<quarter>/`. The quarter is the one the goal's horizon ended in (its due
 * date when it has no horizon), never one still to come.
 */
export function archiveMoves(
  plan: GrowthIndex,
  goals: readonly Entry<'goal'>[],
  today: string,
  relative: (path: string) => string,
): FileMove[] {
  const goalMoves: FileMove[] = [];
  const cardMoves: FileMove[] = [];
  for (const goal of goals) {
    const folder = `${ARCHIVE_FOLDER}/${formatQuarter(quarterOf(archiveDate(goal, today)))}`;
    const move = (path: string): FileMove | undefined => {
      const from = relative(path);
      return isArchived(from) ? undefined : { from, to: `${folder}/${from}` };
    };
    const own = move(goal.path);
    if (own) goalMoves.push(own);
    for (const card of plan.cards(goal.id)) {
      const cardMove = move(card.path);
      if (cardMove) cardMoves.push(cardMove);
    }
  }
  return [...goalMoves, ...cardMoves];
}

function archiveDate(goal: Entry<'goal'>, today: string): string {
  const { horizonStart, due } = goal.data;
  const end = horizonStart ? addDays(horizonStart, HORIZON_DAYS) : due;
  return end && end < today ? end : today;
}

/** True for a path already inside the archive folder. */
export function isArchived(relativePath: string): boolean {
  return relativePath.startsWith(`${ARCHIVE_FOLDER}/`);
}
