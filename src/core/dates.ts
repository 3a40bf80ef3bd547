/**
 * Calendar days written as `YYYY-MM-DD`, the way every growth file stores dates.
 *
 * A reminder is about a day on the user's calendar, not an instant, so "today" is read in the
 * user's time zone once (with `Intl.DateTimeFormat`, no extra dependency) and everything after
 * that is day arithmetic on UTC midnights. UTC has no daylight saving time, so a DST change in
 * the user's zone (or in the zone of the machine running the tests) can never shift a day.
 *
 * The arithmetic is date-fns working on `UTCDate`s (from `@date-fns/utc`): date-fns v4 computes
 * in the zone of the date object it is given, and a UTC one has no daylight saving time.
 */
import { UTCDate } from '@date-fns/utc';
import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  addWeeks as addWeeksTo,
  addYears as addYearsTo,
  differenceInCalendarDays,
} from 'date-fns';

/** Where the current instant comes from; tests and demos pass a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant, e.g. `fixedClock('2026-03-10T09:00:00Z')`. */
export function fixedClock(instant: Date | string): Clock {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new RangeError(`"${String(instant)}" is not an instant`);
  return { now: () => new Date(time) };
}

/** True when the runtime knows this IANA time zone name (e.g. a `devgrowth.*` setting). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day at an instant in an IANA time zone, or in the local zone when none is
 * given. Throws a RangeError for a zone the runtime does not know (check with `isTimeZone`).
 */
export function dateIn(instant: Date, timeZone?: string): string {
  // A new formatter each call: one without `timeZone` fixes the local zone when it is built.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Today's date for the user, from the clock, in their time zone (or the local one). */
export function today(clock: Clock = systemClock, timeZone?: string): string {
  return dateIn(clock.now(), timeZone);
}

/** Year, month (1-12) and day of a `YYYY-MM-DD` date; throws a RangeError for anything else. */
function parts(date: string): [year: number, month: number, day: number] {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date written as YYYY-MM-DD`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** The date as a UTC midnight (setFullYear, unlike the constructor, keeps years below 100). */
function toUtc(date: string): UTCDate {
  const [year, month, day] = parts(date);
  const utc = new UTCDate(0);
  utc.setFullYear(year, month - 1, day);
  return utc;
}

/**
 * The date as `YYYY-MM-DD`. Throws a RangeError past the year 9999 (or before year 0), which
 * four digits cannot write: such a result would not be read back as a date.
 */
function fromUtc(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`a date in the year ${year} cannot be written as YYYY-MM-DD`);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * True for a real day of the Gregorian calendar written as YYYY-MM-DD (rejects 2026-02-30).
 * Every date of every file passes through here, often several times, so it reads the digits
 * itself rather than through a regular expression and a Date.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written with ASCII digits from `start` to `end`, or -1 if anything else is there. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days in a month (1-12) of a year of the Gregorian calendar. */
/**
 * The latest date a file may hold. Reminders are worked out by adding days, weeks and months
 * to the plan's dates; far below 9999-12-31, every such step stays a date that four digits
 * can write.
 */
export const LATEST_DATE = '9000-12-31';

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function addDays(date: string, days: number): string {
  return fromUtc(addDaysTo(toUtc(date), days));
}

export function addWeeks(date: string, weeks: number): string {
  return fromUtc(addWeeksTo(toUtc(date), weeks));
}

/** Same day of the month, clamped to the month's last day: 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(date: string, months: number): string {
  return fromUtc(addMonthsTo(toUtc(date), months));
}

/** Whole years, clamped like addMonths: 2028-02-29 + 1 year = 2029-02-28. */
export function addYears(date: string, years: number): string {
  return fromUtc(addYearsTo(toUtc(date), years));
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** The latest of some dates (`YYYY-MM-DD` sorts as text), or undefined for none. */
export function latestDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (latest === undefined || date > latest) latest = date;
  return latest;
}
