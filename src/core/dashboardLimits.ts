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
  const optionalText = (value: string | undefined) => fitting.optionalText(value);
  const texts = (values: readonly string[], what: string) => fitting.list(values, what).map(text);
  // Ids name a goal to open or update: one too long to send cannot be shortened, so what shows it is left out.
  const sendable = (id: string | undefined) => id === undefined || id.length <= DASHBOARD_LIMITS.text;
  const ruts = texts(data.answers.ruts, l10n.t('What the reviews said'));
  const { promotion, self, service } = data.standing;
  const fitted: DashboardData = {
    ...data,
    labels: {
      rubric: mapValues(data.labels.rubric, text),
      pillars: mapValues(data.labels.pillars, text),
    },
    rubric: newest(data.rubric, l10n.t('Growth on the rubric, before and after each milestone'), fitting).map((point) => ({
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
    answers: {
      ruts,
      // Each review's answers line up with the ruts, one column each.
      reviews: newest(data.answers.reviews, l10n.t('What the reviews said'), fitting).map((review) => ({
        ...review,
        onTrack: text(review.onTrack),
        eased: review.eased.slice(0, ruts.length).map(text),
      })),
    },
    evidence: fitting
      .list(data.evidence, l10n.t('Evidence per goal'), (entry) => sendable(entry.goalId))
      .map((entry) => ({ ...entry, title: text(entry.title) })),
    artefacts: fitting.list(data.artefacts, l10n.t('What the growth cards produced')).map((card) => ({
      ...card,
      cardTitle: text(card.cardTitle),
      goalTitle: text(card.goalTitle),
      artefacts: fitting.list(card.artefacts, card.cardTitle).map((artefact) => ({ ...artefact, title: text(artefact.title) })),
    })),
    progress: fitting
      .list(data.progress, l10n.t('Progress toward each target'), (chart) => sendable(chart.goalId))
      .map((chart) => ({
        ...chart,
        title: text(chart.title),
        metric: optionalText(chart.metric),
        unit: text(chart.unit),
        summary: text(chart.summary),
        points: newest(chart.points, chart.title, fitting).map((point) => ({ ...point, note: optionalText(point.note) })),
      })),
    activity: { ...data.activity, days: newest(data.activity.days, l10n.t('Activity over the year'), fitting) },
    standing: {
      ...(promotion
        ? {
            promotion: {
              ...promotion,
              targetLevel: optionalText(promotion.targetLevel),
              cycle: optionalText(promotion.cycle),
              conditions: fitting
                .list(promotion.conditions, l10n.t('Promotion readiness'))
                .map((condition) => ({ ...condition, label: text(condition.label) })),
            },
          }
        : {}),
      ...(self
        ? {
            self: {
              date: self.date,
              strengths: texts(self.strengths, l10n.t('Strengths')),
              weaknesses: texts(self.weaknesses, l10n.t('Weaknesses')),
              opportunities: texts(self.opportunities, l10n.t('Opportunities')),
            },
          }
        : {}),
      service: service.latest ? { ...service, latest: { ...service.latest, title: text(service.latest.title) } } : service,
    },
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
