/**
 * The plan's history as data: assessments, reviews, mentor check-ins, evidence, service to
 * others and breaks, newest first, grouped by month (the History view shows it). A break is
 * dated by its first day, so time off planned ahead shows at the top, where it is seen.
 */
import * as l10n from '@vscode/l10n';
import { BREAK_LABELS } from './forms/labels';
import type { GrowthIndex, IndexChange } from './growthIndex';
import type { Break, GrowthData } from './schema';

export const HISTORY_KINDS = ['assessment', 'review', 'checkin', 'evidence', 'service', 'break'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One dated file of the history, with its content for the title. */
export type HistoryEntry = {
  [K in HistoryKind]: { readonly kind: K; readonly path: string; readonly date: string; readonly data: GrowthData[K] };
}[HistoryKind];

export interface HistoryMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly entries: readonly HistoryEntry[];
}

/** Every history entry of a plan, newest first (same day: by path, so the order is stable). */
export function historyEntries(index: GrowthIndex): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...index
      .assessments()
      .map((entry): HistoryEntry => ({ kind: 'assessment', path: entry.path, date: entry.data.date, data: entry.data })),
    ...index.reviews().map((entry): HistoryEntry => ({ kind: 'review', path: entry.path, date: entry.data.date, data: entry.data })),
    ...index.checkins().map((entry): HistoryEntry => ({ kind: 'checkin', path: entry.path, date: entry.data.date, data: entry.data })),
    ...index.evidence().map((entry): HistoryEntry => ({ kind: 'evidence', path: entry.path, date: entry.data.date, data: entry.data })),
    ...index.services().map((entry): HistoryEntry => ({ kind: 'service', path: entry.path, date: entry.data.date, data: entry.data })),
    ...index.breaks().map((entry): HistoryEntry => ({ kind: 'break', path: entry.path, date: entry.data.start, data: entry.data })),
  ];
  return entries.sort((a, b) => compare(b.date, a.date) || compare(a.path, b.path));
}

/** A break as History lists it: "Time off, 2027-01-25 to 2027-01-29", and whether it is committed yet. */
export function breakTitle(pause: Pick<Break, 'type' | 'start' | 'end' | 'committed'>): string {
  const label = BREAK_LABELS[pause.type].label;
  const days =
    pause.start === pause.end ? l10n.t('{0}, {1}', label, pause.start) : l10n.t('{0}, {1} to {2}', label, pause.start, pause.end);
  return pause.committed ? days : l10n.t('{0} (not yet committed)', days);
}

/** Entries already newest first, grouped by month in the same order. */
export function groupByMonth(entries: readonly HistoryEntry[]): HistoryMonth[] {
  const months = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(entry);
    else months.set(month, [entry]);
  }
  return [...months].map(([month, grouped]) => ({ month, entries: grouped }));
}

/**
 * True when a batch of changes adds, removes or changes a file the history shows, or the
 * profile, whose dismissals decide which suggested evidence from git it shows.
 */
export function affectsHistory(changes: readonly IndexChange[]): boolean {
  const kinds: ReadonlySet<string> = new Set([...HISTORY_KINDS, 'profile']);
  return changes.some(({ before, after }) =>
    [before?.record?.kind, after?.record?.kind].some((kind) => kind !== undefined && kinds.has(kind)),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
