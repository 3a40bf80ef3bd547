/**
 * Numbers with units as people write them in a target or a progress value: "under 1 minute",
 * "3 talks", "50%", "at least 2,5 hours". No dependencies, so the dashboard's webview can
 * format values with it too.
 */

/** Rising metrics count up to the target ("3 talks"); falling ones come down to it ("under 1 minute"). */
export type Direction = 'rise' | 'fall';

export interface Quantity {
  readonly value: number;
  /** Lower case as written ("minutes", "%", "talks"); empty for a bare number. */
  readonly unit: string;
  /** Words such as "under" or "at least" say which way the metric must go. */
  readonly bound?: Direction;
}

// "under 1 minute", "below 5%", "less than 2 hours", "at most 3", "fewer than", "max", "<", "≤"
const FALLING_WORDS =
  /^(under|below|less than|fewer than|at most|no more than|max(?:imum)?|within|<=?|≤|unter|weniger als|höchstens|maximal)\s*/i;
// "at least 3 talks", "over 80%", "more than", "min", ">", "≥"
const RISING_WORDS = /^(at least|over|above|more than|min(?:imum)?|>=?|≥|mindestens|über|mehr als)\s*/i;
// A number with an optional decimal point or comma, then what follows as the unit.
const QUANTITY = /^([-+]?\d+(?:[.,]\d+)?)\s*(.*)$/;

/** The unit's factor to minutes, for values written in another unit of time than the target. */
const TIME_UNITS: Readonly<Record<string, number>> = {
  s: 1 / 60,
  sec: 1 / 60,
  secs: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
  sekunde: 1 / 60,
  sekunden: 1 / 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  minuten: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  stunde: 60,
  stunden: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  tag: 1440,
  tage: 1440,
  tagen: 1440,
};

/** The number and unit of a target or value, or undefined when it holds no leading number. */
export function readQuantity(written: string | number): Quantity | undefined {
  if (typeof written === 'number') return Number.isFinite(written) ? { value: written, unit: '' } : undefined;
  let rest = written.trim();
  let bound: Direction | undefined;
  const falling = FALLING_WORDS.exec(rest);
  const rising = falling ? null : RISING_WORDS.exec(rest);
  if (falling) bound = 'fall';
  if (rising) bound = 'rise';
  rest = rest.slice((falling ?? rising)?.[0].length ?? 0);
  const match = QUANTITY.exec(rest);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  const unit = match[2]!
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  return bound ? { value, unit, bound } : { value, unit };
}

/** `value` in the target's unit: a bare number is taken as written, time converts, other units must match. */
export function inUnit(quantity: Quantity, unit: string): number | undefined {
  if (quantity.unit === '' || unit === '' || sameUnit(quantity.unit, unit)) return quantity.value;
  const from = TIME_UNITS[quantity.unit];
  const to = TIME_UNITS[unit];
  return from !== undefined && to !== undefined ? (quantity.value * from) / to : undefined;
}

function sameUnit(a: string, b: string): boolean {
  const singular = (unit: string) => unit.replace(/s$/, '');
  return a === b || singular(a) === singular(b) || (TIME_UNITS[a] !== undefined && TIME_UNITS[a] === TIME_UNITS[b]);
}

/** A value with its unit: "45 minutes", "50%", "3". */
export function formatValue(value: number, unit: string): string {
  const number = String(Math.round(value * 100) / 100);
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
