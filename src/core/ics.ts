/**
 * The plan's schedule as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Apple
 * Calendar import: reviews and mentor check-ins as recurring events; milestone due dates, the
 * ends of 90-day horizons, planned time off and the next repetition of each core concept as
 * all-day events. UIDs come from the plan (not from the export), so importing again updates
 * the events instead of duplicating them.
 */
import * as l10n from '@vscode/l10n';
import { planCadence, planReminders, type CadenceSettings } from './cadence';
import { addDays, daysInMonth, today as todayIn, type Clock } from './dates';
import { BREAK_LABELS } from './forms/labels';
import type { GrowthIndex } from './growthIndex';
import { HORIZON_DAYS, type Reminder } from './schedule';
import type { ReviewCadence } from './vocabulary';
import { slugify } from './slug';

export interface CalendarEvent {
  /** Stable across exports. */
  readonly uid: string;
  readonly summary: string;
  readonly description?: string;
  /** First day, `YYYY-MM-DD`: every event is all-day. */
  readonly start: string;
  /** Last day, inclusive (the file writes the exclusive day after, as RFC 5545 wants). */
  readonly end: string;
  /** An RRULE value, for the events that repeat. */
  readonly rrule?: string;
}

export interface CalendarOptions {
  readonly clock: Clock;
  /** IANA zone for "today"; the local zone when absent. */
  readonly timeZone?: string;
  /** The user's settings; the profile's own cadence wins over them. */
  readonly settings: CadenceSettings;
}

/** The events of a plan, from today on. */
export function calendarEvents(index: GrowthIndex, options: CalendarOptions): CalendarEvent[] {
  const today = todayIn(options.clock, options.timeZone);
  const profile = index.profile()?.data;
  const cadence = planCadence(profile, options.settings);
  const reminders = planReminders(index, options);
  // An overdue review or repetition starts today: a calendar series should not start in the past.
  const from = (type: Reminder['type']) =>
    reminders
      .filter((reminder) => reminder.type === type)
      .map((reminder) => ({ reminder, start: reminder.due > today ? reminder.due : today }));
  const events: CalendarEvent[] = [];
  for (const { start: due } of from('review')) {
    const { start, rrule } = reviewSeries(cadence.reviewCadence, due);
    events.push({
      uid: 'review@devgrowth',
      summary: l10n.t('Growth review'),
      description: l10n.t(
        'Am I heading the right way? What improved, what did I learn, is the pace sustainable? If the answer is no: ask why, five times.',
      ),
      start,
      end: start,
      rrule,
    });
  }
  // A series of meetings needs someone to meet: with no mentor named in the profile or in a
  // check-in, the Reminders view asks to find one instead.
  const mentorNamed = Boolean(profile?.mentor?.trim()) || index.checkins().length > 0;
  for (const { start } of mentorNamed ? from('checkin') : []) {
    events.push({
      uid: 'checkin@devgrowth',
      summary: profile?.mentor ? l10n.t('Mentor check-in with {0}', profile.mentor) : l10n.t('Mentor check-in'),
      start,
      end: start,
      rrule: cadence.checkinWeeks === 1 ? 'FREQ=WEEKLY' : `FREQ=WEEKLY;INTERVAL=${cadence.checkinWeeks}`,
    });
  }
  for (const { reminder, start } of from('concept')) {
    const concept = reminder.target?.concept ?? '';
    events.push({
      uid: `concept-${slugify(concept)}@devgrowth`,
      summary: l10n.t('Revisit {0}', concept),
      description: l10n.t('A few minutes of spaced repetition: recall it, then check what you missed.'),
      start,
      end: start,
    });
  }
  for (const goal of index.goals()) {
    if (goal.data.status !== 'active' || !goal.data.horizonStart || goal.data.example === true) continue;
    const end = addDays(goal.data.horizonStart, HORIZON_DAYS);
    if (end >= today)
      events.push({
        uid: `horizon-${goal.id}@devgrowth`,
        summary: l10n.t('Reassess "{0}": its 90 days end', goal.data.title),
        description: l10n.t(
          'The 90 days of this goal end today. Archive it if it is done, reassess it, or rebalance it for the next 90 days.',
        ),
        start: end,
        end,
      });
  }
  for (const goal of index.goals()) {
    // A starter example's made-up dates stay out of the calendar until it is made the person's own.
    if ((goal.data.status !== 'active' && goal.data.status !== 'draft') || goal.data.example === true) continue;
    for (const milestone of goal.data.milestones) {
      if (!milestone.due || milestone.status === 'done' || milestone.status === 'dropped' || milestone.due < today) continue;
      events.push({
        uid: `milestone-${goal.id}-${milestone.id}@devgrowth`,
        summary: l10n.t('Due: {0}', milestone.title),
        description: [l10n.t('Goal: {0}', goal.data.title), milestone.doneWhen ? l10n.t('Done when: {0}', milestone.doneWhen) : '']
          .filter(Boolean)
          .join('\n'),
        start: milestone.due,
        end: milestone.due,
      });
    }
  }
  for (const pause of index.breaks()) {
    if (pause.data.end < today) continue;
    const label = BREAK_LABELS[pause.data.type].label;
    events.push({
      uid: `break-${pause.id}@devgrowth`,
      summary: pause.data.committed ? label : l10n.t('{0} (not yet committed)', label),
      start: pause.data.start,
      end: pause.data.end,
    });
  }
  return events;
}

/**
 * The review's first day and recurrence. A monthly series from the 29th, 30th or 31st moves to
 * the last day of the month and repeats there (BYMONTHDAY=-1), so no month is skipped: a plain
 * FREQ=MONTHLY from the 31st skips every shorter month, and the exact rule (BYSETPOS) is not
 * understood by every calendar.
 */
function reviewSeries(cadence: ReviewCadence, start: string): { start: string; rrule: string } {
  switch (cadence) {
    case 'weekly':
      return { start, rrule: 'FREQ=WEEKLY' };
    case 'biweekly':
      return { start, rrule: 'FREQ=WEEKLY;INTERVAL=2' };
    case 'monthly': {
      const [year, month, day] = start.split('-').map(Number) as [number, number, number];
      if (day <= 28) return { start, rrule: 'FREQ=MONTHLY' };
      return { start: `${start.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`, rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' };
    }
  }
}

/** Writes events as an iCalendar file: CRLF lines, folded at 75 octets, text escaped. */
export function toICalendar(events: readonly CalendarEvent[], stamp: Date): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DevGrowth//Growth plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(l10n.t('Growth plan'))}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(event.start)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.end, 1))}`,
      ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      // All-day reminders to plan around, not meetings: they do not block the day.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on lines that start with a space, never splitting a character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}
