/**
 * Progress over time toward a goal's measurable target: the target read as a number and a
 * unit where one can be read ("under 1 minute", "3 talks", "50%"), the dated values of the
 * goal's `progress` list (and `measurable.current` as where it started), the direction the
 * metric moves, and a projection at the pace so far. A target that is not a number is
 * followed through the goal's milestones instead, done or not done.
 *
 * Pure: the tree's description, the review reminder and the dashboard's chart all read it.
 */
import * as l10n from '@vscode/l10n';
import { addDays, daysBetween } from './dates';
import { formatValue, inUnit, readQuantity, type Direction, type Quantity } from './quantity';
import type { Goal } from './schema';

export interface ProgressPoint {
  readonly date: string;
  readonly value: number;
  readonly note?: string;
}

/**
 * Where a goal stands against its pace:
 * - `no-data`: nothing recorded yet;
 * - `one-point`: one value, so no pace yet;
 * - `reached`: the target is met;
 * - `on-pace`: at the pace so far, reached by the due date (or there is no due date);
 * - `behind`: at this pace, reached after the due date;
 * - `stalled`: the values do not move toward the target;
 * - `overdue`: the due date passed before the target was met.
 */
export type PaceState = 'no-data' | 'one-point' | 'reached' | 'on-pace' | 'behind' | 'stalled' | 'overdue';

export interface GoalProgress {
  readonly title: string;
  /** `measure`: values toward a number; `milestones`: milestones done of all not dropped. */
  readonly basis: 'measure' | 'milestones';
  readonly metric?: string;
  readonly unit: string;
  readonly target: number;
  readonly direction: Direction;
  readonly start?: string;
  readonly due?: string;
  /** Oldest first; one value per day (the last one written that day). */
  readonly points: readonly ProgressPoint[];
  /** Entries whose value could not be read in the target's unit. */
  readonly unreadable: number;
  readonly state: PaceState;
  /** The first day the target was met. */
  readonly reached?: string;
  /** When the target is met at the average pace from the first value to the latest. */
  readonly projected?: string;
  /** Days from the due date to `projected`: positive when later. */
  readonly daysLate?: number;
  /** The sentence that says all this, e.g. "At this pace you reach the target on …". */
  readonly summary: string;
}

/** The goal's progress, or undefined for a goal without milestones whose target holds no number. */
export function goalProgress(goal: Goal, today: string): GoalProgress | undefined {
  const measure = goal.measurable && readQuantity(goal.measurable.target);
  if (measure) return measuredProgress(goal, measure, today);
  const milestones = goal.milestones.filter((milestone) => milestone.status !== 'dropped');
  if (milestones.length === 0) return undefined;
  const start = goal.start ?? goal.horizonStart;
  const completed = milestones.flatMap((milestone) => (milestone.status === 'done' ? [milestone.completed ?? today] : [])).sort();
  const points: ProgressPoint[] = start && (completed[0] === undefined || start < completed[0]) ? [{ date: start, value: 0 }] : [];
  completed.forEach((date, index) => points.push({ date, value: index + 1 }));
  return finish(
    {
      title: goal.title,
      basis: 'milestones',
      unit: l10n.t('milestones'),
      target: milestones.length,
      direction: 'rise',
      ...dates(goal),
      points: onePerDay(points),
      unreadable: 0,
    },
    today,
  );
}

function measuredProgress(goal: Goal, target: Quantity, today: string): GoalProgress {
  const measurable = goal.measurable!;
  const written: { date: string; value: string | number; note?: string }[] = [];
  const start = goal.start ?? goal.horizonStart;
  const entries = goal.progress ?? [];
  // `current` is where the goal started, when the history does not already begin by then.
  if (measurable.current !== undefined && start && !entries.some((entry) => entry.date <= start))
    written.push({ date: start, value: measurable.current });
  written.push(...entries);
  let unreadable = 0;
  const points: ProgressPoint[] = [];
  for (const entry of written) {
    const quantity = readQuantity(entry.value);
    const value = quantity && inUnit(quantity, target.unit);
    if (value === undefined) unreadable++;
    else points.push(entry.note ? { date: entry.date, value, note: entry.note } : { date: entry.date, value });
  }
  const sorted = onePerDay(points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  const first = sorted[0];
  // Words in the target decide; else a first value above the target means it has to fall.
  const direction: Direction = target.bound ?? (first && first.value > target.value ? 'fall' : 'rise');
  return finish(
    {
      title: goal.title,
      basis: 'measure',
      metric: measurable.metric,
      unit: target.unit,
      target: target.value,
      direction,
      ...dates(goal),
      points: sorted,
      unreadable,
    },
    today,
  );
}

function dates(goal: Goal): { start?: string; due?: string } {
  const start = goal.start ?? goal.horizonStart;
  return { ...(start ? { start } : {}), ...(goal.due ? { due: goal.due } : {}) };
}

/** The last value of each day wins (points are sorted by date, ties in the order written). */
function onePerDay(points: readonly ProgressPoint[]): ProgressPoint[] {
  const byDay = new Map<string, ProgressPoint>();
  for (const point of points) byDay.set(point.date, point);
  return [...byDay.values()];
}

const MAX_PROJECTION_DAYS = 36_500;

type Draft = Omit<GoalProgress, 'state' | 'reached' | 'projected' | 'daysLate' | 'summary'>;

function meets(value: number, draft: Pick<Draft, 'target' | 'direction'>): boolean {
  return draft.direction === 'rise' ? value >= draft.target : value <= draft.target;
}

function finish(draft: Draft, today: string): GoalProgress {
  const { points, due } = draft;
  const reached = points.find((point) => meets(point.value, draft))?.date;
  const last = points[points.length - 1];
  if (reached && last && meets(last.value, draft))
    return { ...draft, state: 'reached', reached, summary: l10n.t('Target reached on {0}.', reached) };
  if (!last)
    return {
      ...draft,
      state: 'no-data',
      summary: l10n.t('No progress recorded yet. Run "DevGrowth: Update Progress" to record where you are.'),
    };
  const overdue = due !== undefined && due < today;
  const first = points[0]!;
  const days = daysBetween(first.date, last.date);
  if (points.length < 2 || days === 0) {
    if (overdue)
      return { ...draft, state: 'overdue', summary: l10n.t('The due date, {0}, has passed and the target is not reached yet.', due) };
    return {
      ...draft,
      state: 'one-point',
      summary: l10n.t('One value so far ({0} on {1}); the next update shows your pace.', formatValue(last.value, draft.unit), last.date),
    };
  }
  const pace = (last.value - first.value) / days;
  const toward = draft.direction === 'rise' ? pace > 0 : pace < 0;
  if (!toward) {
    if (overdue)
      return {
        ...draft,
        state: 'overdue',
        summary: l10n.t('The due date, {0}, has passed, and at this pace the target is not reached.', due),
      };
    return { ...draft, state: 'stalled', summary: l10n.t('At this pace the target is not reached: the values do not move toward it.') };
  }
  const daysToTarget = Math.ceil((draft.target - last.value) / pace);
  // A pace that takes more than a century is no pace: and no calendar reaches that far.
  if (daysToTarget > MAX_PROJECTION_DAYS) {
    if (overdue)
      return {
        ...draft,
        state: 'overdue',
        summary: l10n.t('The due date, {0}, has passed, and at this pace the target is not reached.', due),
      };
    return { ...draft, state: 'stalled', summary: l10n.t('At this pace the target is not reached: the values do not move toward it.') };
  }
  const projected = addDays(last.date, daysToTarget);
  if (due === undefined)
    return { ...draft, state: 'on-pace', projected, summary: l10n.t('At this pace you reach the target on {0}.', projected) };
  const daysLate = daysBetween(due, projected);
  const state: PaceState = overdue ? 'overdue' : daysLate > 0 ? 'behind' : 'on-pace';
  if (overdue)
    return {
      ...draft,
      state,
      projected,
      daysLate,
      summary: l10n.t('The due date, {0}, has passed; at this pace you reach the target on {1}.', due, projected),
    };
  return {
    ...draft,
    state,
    projected,
    daysLate,
    summary: l10n.t('At this pace you reach the target on {0}, {1}.', projected, distanceToDue(daysLate)),
  };
}

/** "2 weeks after the due date", "3 days before the due date", "on the due date". */
export function distanceToDue(daysLate: number): string {
  if (daysLate === 0) return l10n.t('on the due date');
  const days = Math.abs(daysLate);
  const after = daysLate > 0;
  if (days < 14) {
    if (days === 1) return after ? l10n.t('1 day after the due date') : l10n.t('1 day before the due date');
    return after ? l10n.t('{0} days after the due date', days) : l10n.t('{0} days before the due date', days);
  }
  if (days < 60) {
    const weeks = Math.round(days / 7);
    return after ? l10n.t('{0} weeks after the due date', weeks) : l10n.t('{0} weeks before the due date', weeks);
  }
  const months = Math.round(days / 30);
  return after ? l10n.t('{0} months after the due date', months) : l10n.t('{0} months before the due date', months);
}

/**
 * True when, at this pace, the target comes after the due date (or never). A goal past its due
 * date is not "behind": it is overdue, which the tree and the checks already say.
 */
export function isBehindPace(progress: GoalProgress | undefined): boolean {
  if (!progress) return false;
  return progress.state === 'behind' || (progress.state === 'stalled' && progress.due !== undefined);
}

/** The target's number and unit when a goal is followed by values (not by its milestones). */
export function measuredTarget(goal: Goal): Quantity | undefined {
  return goal.measurable && readQuantity(goal.measurable.target);
}

/**
 * Why `written` cannot be recorded toward the goal's target, or undefined when it can: it must
 * hold a number, in the target's unit (or one of time that converts to it) or none.
 */
export function progressValueProblem(goal: Goal, written: string): string | undefined {
  const target = measuredTarget(goal);
  const quantity = readQuantity(written);
  if (!quantity) return l10n.t('Write a number, such as 45 or "45 minutes".');
  if (target && inUnit(quantity, target.unit) === undefined)
    return l10n.t('Write the value in {0}, like the target ("{1}").', target.unit, String(goal.measurable!.target));
  return undefined;
}

/** What a progress update stores: a bare number as a number, anything with a unit as written. */
export function progressEntry(date: string, written: string, note?: string): { date: string; value: string | number; note?: string } {
  const trimmed = written.trim();
  const number = /^[-+]?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
  const value = number !== undefined && Number.isFinite(number) ? number : trimmed;
  return note?.trim() ? { date, value, note: note.trim() } : { date, value };
}
