/**
 * Quiet hours, written as "18:00-09:00" (they may run past midnight). During them DevGrowth
 * does not raise its voice: no notifications and no warning colour in the status bar.
 */
const RANGE = /^([01]?\d|2[0-3]):([0-5]\d)\s*-\s*([01]?\d|2[0-3]):([0-5]\d)$/;

export function parseQuietHours(text: string): { from: number; to: number } | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  return { from: Number(match[1]) * 60 + Number(match[2]), to: Number(match[3]) * 60 + Number(match[4]) };
}

/** True when `now` falls in the quiet hours, read on the clock of `timeZone` (local when absent). */
export function isQuiet(now: Date, quietHours: string, timeZone?: string): boolean {
  const range = parseQuietHours(quietHours);
  if (!range || range.from === range.to) return false;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const minute = value('hour') * 60 + value('minute');
  return range.from < range.to ? minute >= range.from && minute < range.to : minute >= range.from || minute < range.to;
}
