/**
 * Fits the dashboard's figures into the dashboard protocol's bounds (see webviewLimits.ts): a
 * valid plan may hold a title of any length or more goals than a message may carry, and the
 * webview would drop the whole message and stay blank. Titles are shortened, long lists cut
 * (the newest entries kept where a list runs oldest first), and the dashboard says so.
 */
import * as l10n from '@vscode/l10n';
import type { DashboardData } from './dashboard';
import { DASHBOARD_LIMITS, Fitting, shorten } from './webviewLimits';

export interface FittedDashboard {
  readonly data: DashboardData;
  /** What was shortened or left out, in words; empty when everything fits. */
  readonly notices: readonly string[];
}

export function fitDashboardData(data: DashboardData): FittedDashboard {
  const fitting = new Fitting(DASHBOARD_LIMITS.text, DASHBOARD_LIMITS.items);
  const text = (value: string) => fitting.text(value);
  // Ids name a goal to open: one too long to send cannot be shortened, so its bar is left out.
  const sendable = (id: string | undefined) => id === undefined || id.length <= DASHBOARD_LIMITS.text;
  const fitted: DashboardData = {
    ...data,
    labels: {
      rubric: mapValues(data.labels.rubric, text),
      pillars: mapValues(data.labels.pillars, text),
    },
    rubric: newest(data.rubric, l10n.t('Growth on the rubric'), fitting).map((point) => ({
      ...point,
      goalTitle: text(point.goalTitle),
      milestoneTitle: text(point.milestoneTitle),
    })),
    pillars: newest(data.pillars, l10n.t('The three pillars over time'), fitting),
    timeline: {
      ...data.timeline,
      goals: fitting
        .list(data.timeline.goals, l10n.t('Goals on a timeline'), (goal) => sendable(goal.id))
        .map((goal) => ({
          ...goal,
          title: text(goal.title),
          milestones: fitting.list(goal.milestones, goal.title).map((milestone) => ({ ...milestone, title: text(milestone.title) })),
        })),
    },
    reviews: { ...data.reviews, reviews: newest(data.reviews.reviews, l10n.t('Reviews'), fitting) },
    evidence: fitting
      .list(data.evidence, l10n.t('Evidence per goal'), (entry) => sendable(entry.goalId))
      .map((entry) => ({ ...entry, title: text(entry.title) })),
  };
  if (!fitting.changed) return { data, notices: [] };
  const notices = [
    ...(fitting.shortened > 0
      ? [l10n.t('Some titles from your plan are too long to show here in full, so they end in "…". Your files are unchanged.')]
      : []),
    ...fitting.cut.map((cut) => l10n.t('"{0}" shows {1} of {2}.', shorten(cut.what, 200), cut.shown, cut.total)),
  ];
  return { data: fitted, notices: notices.slice(0, DASHBOARD_LIMITS.items) };
}

/** The newest entries of a list that runs oldest first. */
function newest<T>(items: readonly T[], what: string, fitting: Fitting): T[] {
  return fitting.list([...items].reverse(), what).reverse();
}

function mapValues<K extends string>(record: Readonly<Record<K, string>>, map: (value: string) => string): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(record).map(([key, value]) => [key, map(value)])) as Record<K, string>;
}
