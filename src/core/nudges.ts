/**
 * What the status-bar nudge shows and when it has to look again. Pure: reminders, snoozes and
 * the clock in, decisions out, so every rule is tested without VS Code.
 */
import { addDays, dateIn } from './dates';
import { nextQuietChange } from './quietHours';
import { compareUrgency, mostUrgent, type Reminder, type ReminderType } from './schedule';
import { dayStart, instantOfWallTime, minuteOfDay, nextDayStart } from './zonedTime';

/** Everything that can nudge: the plan's reminders and a break while coding. */
export type NudgeKind = ReminderType | 'break';
export const REMINDER_TYPES: readonly ReminderType[] = ['review', 'checkin', 'milestone', 'horizon', 'time-off', 'concept'];
export const NUDGE_KINDS: readonly NudgeKind[] = [...REMINDER_TYPES, 'break'];

/**
 * A row's `contextValue` in the Reminders view, which menus match: `reminder:<type>:<state>`
 * (`overdue`, `today`, `soon`, `later`), or `reminder:<type>:snoozed` while it is snoozed.
 */
export function reminderContextValue(reminder: Pick<Reminder, 'type' | 'state'>, snoozed: boolean): string {
  return `reminder:${reminder.type}:${snoozed ? 'snoozed' : reminder.state}`;
}

/**
 * Worth the status bar now: anything due today or overdue; a milestone or the end of a 90-day
 * horizon already when it is soon, since that is work to plan for. The rest waits in the
 * tooltip and the Reminders view, so the status bar stays empty on a day with nothing to do.
 */
export function isDueNow(reminder: Reminder): boolean {
  if (reminder.state === 'overdue' || reminder.state === 'today') return true;
  return reminder.state === 'soon' && (reminder.type === 'milestone' || reminder.type === 'horizon');
}

/** The one entry the status bar shows: the most urgent of those due now. */
export function statusBarEntry<T extends { readonly reminder: Reminder }>(entries: readonly T[]): T | undefined {
  const urgent = mostUrgent(entries.map((entry) => entry.reminder).filter(isDueNow));
  return urgent && entries.find((entry) => entry.reminder === urgent);
}

/** The order of the tooltip and the Reminders view: soonest first, then the more urgent. */
export function compareSoonest(a: Reminder, b: Reminder): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : compareUrgency(a, b);
}

/** When each snoozed reminder comes back (epoch ms), by the reminder's key. */
export type Snoozes = Readonly<Record<string, number>>;

/** The snoozes still running at `now` (ended ones are dropped, so the stored list stays small). */
export function activeSnoozes(snoozes: Snoozes, now: number): Snoozes {
  return Object.fromEntries(Object.entries(snoozes).filter(([, until]) => typeof until === 'number' && until > now));
}

export type SnoozeChoice = { readonly kind: 'hour' } | { readonly kind: 'day' } | { readonly kind: 'date'; readonly date: string };

/**
 * When a snooze chosen at `now` ends: an hour later; the same time tomorrow on the user's wall
 * clock (23 or 25 hours on a day the clocks change); or the start of a chosen day.
 */
export function snoozeEnd(choice: SnoozeChoice, now: Date, timeZone?: string): number {
  switch (choice.kind) {
    case 'hour':
      return now.getTime() + 3_600_000;
    case 'day':
      return instantOfWallTime(addDays(dateIn(now, timeZone), 1), minuteOfDay(now, timeZone), timeZone);
    case 'date':
      return dayStart(choice.date, timeZone);
  }
}

export interface WakeUpInputs {
  readonly now: Date;
  readonly timeZone?: string;
  readonly snoozes: Snoozes;
  /** Only when quiet hours change what is shown (a warning colour, a notification to give). */
  readonly quietHours?: string;
}

/**
 * The next moment the plan's nudges can change without an event: the next midnight in the
 * user's zone (reminders move a day), a snooze ending, quiet hours starting or ending. The
 * feature sets one timer for the earlier of this and the break timer's next change.
 */
export function nextWakeUp({ now, timeZone, snoozes, quietHours }: WakeUpInputs): number {
  const moments = [
    nextDayStart(now, timeZone),
    ...Object.values(activeSnoozes(snoozes, now.getTime())),
    quietHours === undefined ? undefined : nextQuietChange(now, quietHours, timeZone),
  ];
  return Math.min(...moments.filter((moment): moment is number => moment !== undefined && moment > now.getTime()));
}
