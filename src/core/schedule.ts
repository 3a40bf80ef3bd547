/**
 * The schedule that keeps a growth plan going: the next review, the next mentor check-in,
 * milestones coming due, the end of a 90-day horizon, time off to commit to, and core concepts
 * to revisit. Pure: the same plan and the same clock always give the same reminders.
 *
 * "Today" is read once from the clock in the user's time zone; every due date after that is
 * calendar-day arithmetic (see dates.ts), so DST and the machine's zone never move a reminder.
 */
import * as l10n from '@vscode/l10n';
import { addDays, addMonths, addWeeks, daysBetween, latestDate, today as todayIn, type Clock } from './dates';
import type { Break, Checkin, Goal, Profile, Review, ReviewCadence } from './schema';

export type ReminderType = 'review' | 'checkin' | 'milestone' | 'horizon' | 'time-off' | 'concept';
export type ReminderState = 'overdue' | 'today' | 'soon' | 'later';

export interface ReminderTarget {
  readonly goalId?: string;
  readonly milestoneId?: string;
  readonly concept?: string;
}

export interface Reminder {
  /** Stable across runs: `review`, `checkin`, `time-off`, `milestone:<goal>/<milestone>`, `horizon:<goal>`, `concept:<name>`. */
  readonly id: string;
  readonly type: ReminderType;
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly due: string;
  readonly state: ReminderState;
  /** Days from today to the due date; negative when overdue. */
  readonly daysUntil: number;
  readonly target?: ReminderTarget;
}

/** What the schedule reads from the plan; index entries and parsed files fit as they are. */
export interface SchedulePlan {
  readonly profile?: Pick<Profile, 'cadence' | 'mentor' | 'coreConcepts'>;
  readonly reviews: readonly Pick<Review, 'date'>[];
  readonly checkins: readonly Pick<Checkin, 'date' | 'next'>[];
  readonly goals: readonly { readonly id: string; readonly data: Goal }[];
  readonly breaks: readonly Pick<Break, 'type' | 'start' | 'end' | 'committed'>[];
}

/** User settings; each one, when set, wins over the profile and the default. */
export interface ScheduleSettings {
  readonly reviewCadence?: ReviewCadence;
  readonly checkinWeeks?: number;
  /** Milestones show up this many days before they are due; also where "soon" ends. */
  readonly soonDays?: number;
  /** The end of a 90-day horizon shows up this many days before it comes. */
  readonly horizonNoticeDays?: number;
}

export interface ScheduleOptions extends ScheduleSettings {
  readonly clock: Clock;
  /** IANA zone for "today"; the local zone when absent. An unknown zone throws a RangeError (see isTimeZone). */
  readonly timeZone?: string;
}

/** Seed 000: review every two weeks, or at least monthly. */
export const DEFAULT_REVIEW_CADENCE: ReviewCadence = 'biweekly';
/** Seed 003: a mentor check-in every four to six weeks. */
export const DEFAULT_CHECKIN_WEEKS = 5;
export const DEFAULT_SOON_DAYS = 7;
export const DEFAULT_HORIZON_NOTICE_DAYS = 14;
export const HORIZON_DAYS = 90;
/** Seed 000: commit to time off within the next three months. */
export const TIME_OFF_WINDOW_MONTHS = 3;
/**
 * Days from the latest study of a core concept (learned, then each review) to the next one.
 * Each review moves one step along; after the last step the concept comes back every 60 days.
 */
export const CONCEPT_INTERVALS = [1, 3, 7, 14, 30, 60] as const;

/** A reminder before it is placed against today (state and days to go). */
type Pending = Omit<Reminder, 'state' | 'daysUntil'>;

export function nextReviewDue(lastReview: string, cadence: ReviewCadence): string {
  switch (cadence) {
    case 'weekly':
      return addWeeks(lastReview, 1);
    case 'biweekly':
      return addWeeks(lastReview, 2);
    case 'monthly':
      return addMonths(lastReview, 1);
  }
}

function reviewReminder(plan: SchedulePlan, options: ScheduleOptions, today: string): Pending {
  const cadence = options.reviewCadence ?? plan.profile?.cadence?.review ?? DEFAULT_REVIEW_CADENCE;
  const last = latestDate(plan.reviews.map((review) => review.date));
  return last
    ? { id: 'review', type: 'review', title: reviewTitle(cadence, last), due: nextReviewDue(last, cadence) }
    : { id: 'review', type: 'review', title: l10n.t('Hold your first growth review'), due: today };
}

function reviewTitle(cadence: ReviewCadence, last: string): string {
  switch (cadence) {
    case 'weekly':
      return l10n.t('Growth review (weekly, last on {0})', last);
    case 'biweekly':
      return l10n.t('Growth review (every two weeks, last on {0})', last);
    case 'monthly':
      return l10n.t('Growth review (monthly, last on {0})', last);
  }
}

function checkinReminder(plan: SchedulePlan, options: ScheduleOptions, today: string): Pending {
  const weeks = options.checkinWeeks ?? plan.profile?.cadence?.checkinWeeks ?? DEFAULT_CHECKIN_WEEKS;
  const mentor = plan.profile?.mentor?.trim();
  const last = latestDate(plan.checkins.map((checkin) => checkin.date));
  if (!last) {
    return { id: 'checkin', type: 'checkin', title: mentor ? l10n.t('Book a first check-in with {0}', mentor) : l10n.t('Find a mentor and book a first check-in'), due: today };
  }
  // Of several check-ins on the latest day, the one that agreed a next date decides.
  const agreed = plan.checkins.find((checkin) => checkin.date === last && checkin.next)?.next;
  return { id: 'checkin', type: 'checkin', title: mentor ? l10n.t('Mentor check-in with {0}', mentor) : l10n.t('Mentor check-in'), due: agreed ?? addWeeks(last, weeks) };
}

function milestoneReminders(plan: SchedulePlan, options: ScheduleOptions, today: string): Pending[] {
  const soonDays = options.soonDays ?? DEFAULT_SOON_DAYS;
  return eachApart(activeGoals(plan), ({ id: goalId, data: goal }) =>
    eachApart(goal.milestones, (milestone): Pending[] =>
      milestone.status === 'active' && milestone.due && daysBetween(today, milestone.due) <= soonDays
        ? [
            {
              id: `milestone:${goalId}/${milestone.id}`,
              type: 'milestone',
              title: l10n.t('Milestone "{0}" of "{1}"', milestone.title, goal.title),
              due: milestone.due,
              target: { goalId, milestoneId: milestone.id },
            },
          ]
        : [],
    ),
  );
}

function horizonReminders(plan: SchedulePlan, options: ScheduleOptions, today: string): Pending[] {
  const noticeDays = options.horizonNoticeDays ?? DEFAULT_HORIZON_NOTICE_DAYS;
  return eachApart(activeGoals(plan), ({ id: goalId, data: goal }): Pending[] => {
    if (!goal.horizonStart) return [];
    const end = addDays(goal.horizonStart, HORIZON_DAYS);
    if (daysBetween(today, end) > noticeDays) return [];
    return [
      {
        id: `horizon:${goalId}`,
        type: 'horizon',
        title: l10n.t('90 days of "{0}" end: archive, reassess, rebalance', goal.title),
        due: end,
        target: { goalId },
      },
    ];
  });
}

/**
 * Due on the first day from today with no committed time off under way or starting within the
 * next three months: today when none is planned, else the day after the planned time off runs out.
 */
function timeOffReminder(plan: SchedulePlan, today: string): Pending {
  const committed = plan.breaks.filter((plannedBreak) => plannedBreak.type === 'time-off' && plannedBreak.committed);
  let day = today;
  for (;;) {
    const windowEnd = addMonths(day, TIME_OFF_WINDOW_MONTHS);
    const ahead = committed.filter((plannedBreak) => plannedBreak.end >= day && plannedBreak.start <= windowEnd);
    const lastEnd = latestDate(ahead.map((plannedBreak) => plannedBreak.end));
    // Terminates: each step moves past the end of at least one break, which then drops out.
    if (!lastEnd) break;
    day = addDays(lastEnd, 1);
  }
  return { id: 'time-off', type: 'time-off', title: l10n.t('Commit to time off within the next three months'), due: day };
}

function conceptReminders(plan: SchedulePlan): Pending[] {
  return eachApart(plan.profile?.coreConcepts ?? [], (concept): Pending[] => {
    const reviewed = concept.reviewed ?? [];
    const lastStudied = latestDate([concept.learned, ...reviewed]) ?? concept.learned;
    const interval = CONCEPT_INTERVALS[Math.min(reviewed.length, CONCEPT_INTERVALS.length - 1)]!;
    return [
      {
        id: `concept:${concept.name}`,
        type: 'concept',
        title: l10n.t('Revisit "{0}"', concept.name),
        due: addDays(lastStudied, interval),
        target: { concept: concept.name },
      },
    ];
  });
}

/**
 * The reminders of each item, leaving out an item whose reminder cannot be worked out: one
 * date no calendar arithmetic can handle must not take every other reminder with it. The
 * reader refuses such dates; this holds for whatever else reaches the schedule.
 */
function eachApart<T, R>(items: readonly T[], remindersOf: (item: T) => readonly R[]): R[] {
  return items.flatMap((item) => {
    try {
      return remindersOf(item);
    } catch {
      return [];
    }
  });
}

function activeGoals(plan: SchedulePlan): SchedulePlan['goals'] {
  return plan.goals.filter((goal) => goal.data.status === 'active');
}

function stateOf(daysUntil: number, soonDays: number): ReminderState {
  if (daysUntil < 0) return 'overdue';
  if (daysUntil === 0) return 'today';
  return daysUntil <= soonDays ? 'soon' : 'later';
}

/**
 * Every reminder of the plan, in calendar order (due date, then urgency). Review, check-in and
 * time off are always there with their next date; milestones only when due within `soonDays`
 * or overdue, horizons within `horizonNoticeDays`; each core concept with its next repetition.
 */
export function buildSchedule(plan: SchedulePlan, options: ScheduleOptions): Reminder[] {
  const today = todayIn(options.clock, options.timeZone);
  const soonDays = options.soonDays ?? DEFAULT_SOON_DAYS;
  const builders: (() => readonly Pending[])[] = [
    () => [reviewReminder(plan, options, today)],
    () => [checkinReminder(plan, options, today)],
    () => milestoneReminders(plan, options, today),
    () => horizonReminders(plan, options, today),
    () => [timeOffReminder(plan, today)],
    () => conceptReminders(plan),
  ];
  return eachApart(eachApart(builders, (build) => build()), (reminder): Reminder[] => {
    const daysUntil = daysBetween(today, reminder.due);
    return [{ ...reminder, state: stateOf(daysUntil, soonDays), daysUntil }];
  })
    .sort((a, b) => compareText(a.due, b.due) || compareUrgency(a, b));
}

const STATE_RANK: Record<ReminderState, number> = { overdue: 0, today: 1, soon: 2, later: 3 };

/**
 * Among reminders in the same state: the review first (it is where everything else gets looked
 * at), then milestones (work promised), the mentor check-in (needs booking with someone else),
 * the horizon reset, time off, and concept repetition (a few minutes, any day).
 */
const TYPE_RANK: Record<ReminderType, number> = { review: 0, milestone: 1, checkin: 2, horizon: 3, 'time-off': 4, concept: 5 };

/**
 * Most urgent first: by state (overdue, today, soon, later), so an overdue review beats
 * everything and anything overdue beats anything due today; then by type (TYPE_RANK); then the
 * earlier due date (the longer overdue); then by id, so the order is total and stable.
 */
export function compareUrgency(a: Reminder, b: Reminder): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
    compareText(a.due, b.due) ||
    compareText(a.id, b.id)
  );
}

/** The one reminder to show first (e.g. in the status bar), or undefined when there is none. */
export function mostUrgent(reminders: readonly Reminder[]): Reminder | undefined {
  return reminders.reduce<Reminder | undefined>((best, reminder) => (!best || compareUrgency(reminder, best) < 0 ? reminder : best), undefined);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
