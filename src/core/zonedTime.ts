/**
 * Instants of wall-clock times in a time zone: when does 00:00 on a day, or 18:00, happen?
 * The nudges need these to set one timer for the next moment something changes (midnight in
 * the user's zone, the start or end of quiet hours), on days when the clocks change too.
 *
 * A zone's offset is read with `Intl.DateTimeFormat` (no extra dependency). Near a daylight
 * saving change a wall time can happen twice (clocks go back: the first one counts) or not at
 * all (clocks go forward: the moment the clocks jump past it counts).
 */
import { addDays, dateIn, isIsoDate } from './dates';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** The wall clock at an instant in a zone (the local one when absent), written as if it were UTC. */
function wallClock(instant: number, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wholeSeconds = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wholeSeconds + (((instant % SECOND) + SECOND) % SECOND);
}

/** How far the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone?: string): number {
  return wallClock(instant, timeZone) - instant;
}

/**
 * The instant (epoch ms) at which the wall clock in `timeZone` first shows `minuteOfDay`
 * minutes past midnight on `date` (`YYYY-MM-DD`); when that time is skipped (clocks go
 * forward), the instant the clocks jump past it.
 */
export function instantOfWallTime(date: string, minuteOfDay: number, timeZone?: string): number {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date written as YYYY-MM-DD`);
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + minuteOfDay * MINUTE;
  // Offsets change at most twice a year, so the offsets a day either side are the only candidates.
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  const shows = (instant: number) => wallClock(instant, timeZone) === wall;
  if (shows(before)) return shows(after) ? Math.min(before, after) : before;
  if (shows(after)) return after;
  // Skipped: the clocks jump somewhere between the two candidates, on a whole minute.
  let low = Math.min(before, after);
  let high = Math.max(before, after);
  while (high - low > MINUTE) {
    const middle = low + Math.ceil((high - low) / 2 / MINUTE) * MINUTE;
    if (wallClock(middle, timeZone) >= wall) high = middle;
    else low = middle;
  }
  return high;
}

/** The instant the next calendar day begins in `timeZone` (local when absent). */
export function nextDayStart(now: Date, timeZone?: string): number {
  return instantOfWallTime(addDays(dateIn(now, timeZone), 1), 0, timeZone);
}

/** The instant `date` begins in `timeZone` (local when absent). */
export function dayStart(date: string, timeZone?: string): number {
  return instantOfWallTime(date, 0, timeZone);
}

/** Minutes past midnight on the wall clock of `timeZone` (local when absent) at `now`. */
export function minuteOfDay(now: Date, timeZone?: string): number {
  return Math.floor((wallClock(now.getTime(), timeZone) % DAY) / MINUTE);
}
