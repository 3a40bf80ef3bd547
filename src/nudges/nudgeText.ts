import * as vscode from 'vscode';
import type { NudgeKind } from '../core/nudges';
import { inWords } from '../core/vocabulary';
import type { Reminder, ReminderState } from '../core/schedule';
import type { RootReminder } from './reminders';

/** One codicon per kind, the same in the status bar, its tooltip and the Reminders view. */
export const ICONS: Record<NudgeKind, string> = {
  review: 'calendar',
  checkin: 'person',
  milestone: 'milestone',
  horizon: 'target',
  'time-off': 'heart',
  concept: 'mortar-board',
  break: 'coffee',
};

/** Status-bar room is scarce: long titles end in an ellipsis (the tooltip has them whole). */
const SHORT_TITLE = 28;

/** "overdue 3d", "due today", "due tomorrow", "due in 4d": short, for the status bar. */
function shortWhen(reminder: Reminder): string {
  if (reminder.daysUntil < 0) return vscode.l10n.t('overdue {0}d', -reminder.daysUntil);
  if (reminder.daysUntil === 0) return vscode.l10n.t('due today');
  if (reminder.daysUntil === 1) return vscode.l10n.t('due tomorrow');
  return vscode.l10n.t('due in {0}d', reminder.daysUntil);
}

/** "overdue by 3 days", "due today", "due in 4 days": in words, for screen readers, tooltips and the view. */
export function when(reminder: Pick<Reminder, 'daysUntil'>): string {
  const days = Math.abs(reminder.daysUntil);
  if (reminder.daysUntil < 0) return days === 1 ? vscode.l10n.t('overdue by 1 day') : vscode.l10n.t('overdue by {0} days', days);
  if (reminder.daysUntil === 0) return vscode.l10n.t('due today');
  if (reminder.daysUntil === 1) return vscode.l10n.t('due tomorrow');
  return vscode.l10n.t('due in {0} days', days);
}

/** The status-bar text for a reminder, after its icon: "Review overdue 3d", "'Design doc' due today". */
export function statusText({ root, reminder }: RootReminder): string {
  const quoted = (title: string) => `'${title.length > SHORT_TITLE ? `${title.slice(0, SHORT_TITLE - 1).trimEnd()}…` : title}'`;
  switch (reminder.type) {
    case 'review':
      return vscode.l10n.t('Review {0}', shortWhen(reminder));
    case 'checkin':
      return vscode.l10n.t('Mentor check-in {0}', shortWhen(reminder));
    case 'milestone': {
      const goal = reminder.target?.goalId ? root.index.goal(reminder.target.goalId) : undefined;
      const title = goal?.data.milestones.find((milestone) => milestone.id === reminder.target?.milestoneId)?.title ?? reminder.title;
      return `${quoted(title)} ${shortWhen(reminder)}`;
    }
    case 'horizon':
      return vscode.l10n.t('90-day reset {0}', shortWhen(reminder));
    case 'time-off':
      return vscode.l10n.t('Plan time off');
    case 'concept':
      return vscode.l10n.t('Revisit {0}', quoted(reminder.target?.concept ?? reminder.title));
  }
}

/** What clicking a reminder does, by its type, as a button or quick-pick label. */
const ACTION_LABELS = inWords<Reminder['type']>({
  review: () => vscode.l10n.t('Start the review'),
  checkin: () => vscode.l10n.t('Log the check-in'),
  milestone: () => vscode.l10n.t('Open the milestone'),
  horizon: () => vscode.l10n.t('Archive the quarter'),
  'time-off': () => vscode.l10n.t('Plan time off'),
  concept: () => vscode.l10n.t('Revisit the concept'),
});

/** What clicking a reminder does, as a button or quick-pick label. */
export function actionLabel(reminder: Reminder): string {
  return ACTION_LABELS(reminder.type);
}

/** The theme colour of each state's icon in the Reminders view; undefined keeps the default. */
export const STATE_COLORS: Record<ReminderState, string | undefined> = {
  overdue: 'problemsWarningIcon.foreground',
  today: 'notificationsInfoIcon.foreground',
  soon: undefined,
  later: 'disabledForeground',
};

/** A time or date a snooze ends, the way the user's locale writes it: today's as a time, later ones as a day. */
export function formatSnoozeEnd(until: number, now: Date, timeZone?: string): string {
  const sameDay = new Intl.DateTimeFormat(vscode.env.language, { timeZone, dateStyle: 'short' });
  const end = new Date(until);
  return sameDay.format(end) === sameDay.format(now)
    ? new Intl.DateTimeFormat(vscode.env.language, { timeZone, timeStyle: 'short' }).format(end)
    : new Intl.DateTimeFormat(vscode.env.language, {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
      }).format(end);
}
