/**
 * The plan's schedule as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Apple
 * Calendar import: reviews and mentor check-ins as recurring events, milestone due dates and
 * planned time off as all-day events. UIDs come from the plan (not from the export), so
 * importing again updates the events instead of duplicating them.
 */
import { addDays, addWeeks } from './dates';
import type { GrowthIndex } from './growthIndex';
import { nextReviewDue, DEFAULT_CHECKIN_WEEKS, DEFAULT_REVIEW_CADENCE } from './schedule';
import type { ReviewCadence } from './schema';

export interface CalendarEvent {
  /** Stable across exports. */
  readonly uid: string;
  readonly summary: string;
  readonly description?: string;
  /** First day, `YYYY-MM-DD`: every event is all-day. */
  readonly start: string;
  /** Last day, inclusive (the file writes the exclusive day after, as RFC 5545 wants). */
  readonly end: string;
  readonly rrule?: string;
}

const RRULES: Record<ReviewCadence, string> = {
  weekly: 'FREQ=WEEKLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
  monthly: 'FREQ=MONTHLY',
};

/** The events of a plan, from today on. */
export function calendarEvents(index: GrowthIndex, today: string, settings: { reviewCadence?: ReviewCadence; checkinWeeks?: number } = {}): CalendarEvent[] {
  const profile = index.profile()?.data;
  const events: CalendarEvent[] = [];
  const cadence = profile?.cadence?.review ?? settings.reviewCadence ?? DEFAULT_REVIEW_CADENCE;
  const lastReview = index.reviews()[0]?.data.date;
  const reviewStart = laterOf(lastReview ? nextReviewDue(lastReview, cadence) : today, today);
  events.push({
    uid: 'review@devgrowth',
    summary: 'Growth review',
    description: 'Am I heading the right way? What improved, what did I learn, is the pace sustainable? If not: five whys.',
    start: reviewStart,
    end: reviewStart,
    rrule: RRULES[cadence],
  });
  const weeks = profile?.cadence?.checkinWeeks ?? settings.checkinWeeks ?? DEFAULT_CHECKIN_WEEKS;
  const lastCheckin = index.checkins()[0]?.data;
  const checkinStart = laterOf(lastCheckin?.next ?? (lastCheckin ? addWeeks(lastCheckin.date, weeks) : today), today);
  events.push({
    uid: 'checkin@devgrowth',
    summary: profile?.mentor ? `Mentor check-in with ${profile.mentor}` : 'Mentor check-in',
    start: checkinStart,
    end: checkinStart,
    rrule: `FREQ=WEEKLY;INTERVAL=${weeks}`,
  });
  for (const goal of index.goals()) {
    if (goal.data.status !== 'active' && goal.data.status !== 'draft') continue;
    for (const milestone of goal.data.milestones) {
      if (!milestone.due || milestone.status === 'done' || milestone.status === 'dropped' || milestone.due < today) continue;
      events.push({
        uid: `milestone-${goal.id}-${milestone.id}@devgrowth`,
        summary: `Due: ${milestone.title}`,
        description: [`Goal: ${goal.data.title}`, milestone.doneWhen ? `Done when: ${milestone.doneWhen}` : ''].filter(Boolean).join('\n'),
        start: milestone.due,
        end: milestone.due,
      });
    }
  }
  for (const pause of index.breaks()) {
    if (pause.data.end < today) continue;
    const label = pause.data.type === 'time-off' ? 'Time off' : pause.data.type === 'rest-day' ? 'Rest day' : 'Reflection day';
    events.push({ uid: `break-${pause.id}@devgrowth`, summary: pause.data.committed ? label : `${label} (not yet committed)`, start: pause.data.start, end: pause.data.end });
  }
  return events;
}

/** Writes events as an iCalendar file: CRLF lines, folded at 75 octets, text escaped. */
export function toICalendar(events: readonly CalendarEvent[], stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DevGrowth//Growth plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Growth plan'];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(event.start)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.end, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
