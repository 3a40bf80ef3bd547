/**
 * Calendar quarters (`2026-Q4`), the unit of the 90-day reset: archives are filed by quarter
 * and the retrospective looks back over one.
 */
export interface Quarter {
  readonly year: number;
  /** 1 to 4. */
  readonly number: number;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function parseQuarter(text: string): Quarter | undefined {
  const match = QUARTER.exec(text.trim());
  return match ? { year: Number(match[1]), number: Number(match[2]) } : undefined;
}

export function formatQuarter(quarter: Quarter): string {
  return `${quarter.year}-Q${quarter.number}`;
}

/** The quarter a `YYYY-MM-DD` date falls in. */
export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), number: Math.floor((month - 1) / 3) + 1 };
}

/** First and last day of a quarter, as `YYYY-MM-DD`. */
export function quarterRange(quarter: Quarter): { from: string; to: string } {
  const firstMonth = (quarter.number - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(quarter.year, lastMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return { from: `${quarter.year}-${pad(firstMonth)}-01`, to: `${quarter.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.number === 1 ? { year: quarter.year - 1, number: 4 } : { year: quarter.year, number: quarter.number - 1 };
}
