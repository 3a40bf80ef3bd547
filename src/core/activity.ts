/**
 * Activity over the year, for the dashboard's heatmap: on each day, how many reviews, check-ins,
 * pieces of evidence, milestones done, progress updates, service entries and concept reviews
 * the plan records, and the run of weeks in a row with at least one.
 */
import { addDays, daysBetween } from './dates';
import type { GrowthIndex } from './growthIndex';
import type { ActivityKind } from './vocabulary';

export interface ActivityDay {
  readonly date: string;
  readonly count: number;
  /** Counts per kind, only the kinds that happened. */
  readonly kinds: Partial<Record<ActivityKind, number>>;
}

export interface Activity {
  /** The first day shown: a Monday, 52 weeks before the week of `to`. */
  readonly from: string;
  readonly to: string;
  /** Only days with activity, oldest first. */
  readonly days: readonly ActivityDay[];
  readonly total: number;
  /** Weeks (Monday to Sunday) in a row with activity, up to this week or the one before. */
  readonly weekStreak: number;
  readonly longestWeekStreak: number;
}

const WEEKS_SHOWN = 53;

/** Dates on which each kind of activity happened, across the plan (archived files included). */
function activityDates(plan: GrowthIndex): [ActivityKind, string][] {
  const dates: [ActivityKind, string][] = [];
  for (const review of plan.reviews()) dates.push(['review', review.data.date]);
  for (const checkin of plan.checkins()) dates.push(['checkin', checkin.data.date]);
  for (const evidence of plan.evidence()) dates.push(['evidence', evidence.data.date]);
  for (const service of plan.services()) dates.push(['service', service.data.date]);
  for (const goal of plan.goals()) {
    for (const milestone of goal.data.milestones)
      if (milestone.status === 'done' && milestone.completed) dates.push(['milestone', milestone.completed]);
    for (const update of goal.data.progress ?? []) dates.push(['progress', update.date]);
  }
  for (const concept of plan.profile()?.data.coreConcepts ?? [])
    for (const date of [concept.learned, ...(concept.reviewed ?? [])]) dates.push(['concept', date]);
  return dates;
}

/** Monday of the week `date` is in (weeks start on Monday, as ISO 8601 has them). */
export function weekStart(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function activity(plan: GrowthIndex, today: string): Activity {
  const from = addDays(weekStart(today), -7 * (WEEKS_SHOWN - 1));
  const byDay = new Map<string, Partial<Record<ActivityKind, number>>>();
  const weeks = new Set<string>();
  for (const [kind, date] of activityDates(plan)) {
    if (date > today) continue;
    weeks.add(weekStart(date));
    if (date < from) continue;
    const kinds = byDay.get(date) ?? {};
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    byDay.set(date, kinds);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, kinds]) => ({ date, kinds, count: Object.values(kinds).reduce((sum, count) => sum + count, 0) }));
  return { from, to: today, days, total: days.reduce((sum, day) => sum + day.count, 0), ...weekStreaks(weeks, weekStart(today)) };
}

/** The current run counts this week if it has activity, else runs up to last week (this one is not over). */
function weekStreaks(weeks: ReadonlySet<string>, thisWeek: string): { weekStreak: number; longestWeekStreak: number } {
  const sorted = [...weeks].filter((week) => week <= thisWeek).sort();
  let longest = 0;
  let run = 0;
  let previous: string | undefined;
  for (const week of sorted) {
    run = previous !== undefined && daysBetween(previous, week) === 7 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = week;
  }
  const lastWeek = addDays(thisWeek, -7);
  const current = previous === thisWeek || previous === lastWeek ? run : 0;
  return { weekStreak: current, longestWeekStreak: longest };
}
