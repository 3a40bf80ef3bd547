/**
 * Quiet hours, written as "18:00-09:00" (they may run past midnight). During them DevGrowth
 * does not raise its voice: no notifications and no warning colour in the status bar.
 */
import { addDays, dateIn } from './dates';
import { instantOfWallTime } from './zonedTime';

const RANGE = /^([01]?\d|2[0-3]):([0-5]\d)\s*-\s*([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes past midnight at which quiet hours begin and end, or undefined for no quiet hours. */
export function parseQuietHours(text: string): { from: number; to: number } | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const range = { from: Number(match[1]) * 60 + Number(match[2]), to: Number(match[3]) * 60 + Number(match[4]) };
  return range.from === range.to ? undefined : range;
}

/** True when `now` falls in the quiet hours, read on the clock of `timeZone` (local when absent). */
export function isQuiet(now: Date, quietHours: string, timeZone?: string): boolean {
  const range = parseQuietHours(quietHours);
  if (!range) return false;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const minute = value('hour') * 60 + value('minute');
  return range.from < range.to ? minute >= range.from && minute < range.to : minute >= range.from || minute < range.to;
}

/** The next instant (epoch ms) after `now` at which quiet hours begin or end; undefined for none. */
export function nextQuietChange(now: Date, quietHours: string, timeZone?: string): number | undefined {
  const range = parseQuietHours(quietHours);
  if (!range) return undefined;
  const today = dateIn(now, timeZone);
  // Both boundaries come round within a day, so today's and tomorrow's hold the next one.
  const boundaries = [today, addDays(today, 1)].flatMap((date) => [
    instantOfWallTime(date, range.from, timeZone),
    instantOfWallTime(date, range.to, timeZone),
  ]);
  return Math.min(...boundaries.filter((instant) => instant > now.getTime()));
}
