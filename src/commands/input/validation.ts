import * as vscode from 'vscode';
import { addYears, isIsoDate } from '../../core/dates';

/** A due date: a real date, not in the past, and not further out than `maxYears`. */
export function validateDue(text: string, today: string, maxYears: number): string | undefined {
  const value = text.trim();
  if (!isIsoDate(value)) return vscode.l10n.t('Write a real date as YYYY-MM-DD, for example {0}.', addYears(today, 1).slice(0, 4) + '-03-31');
  if (value < today) return vscode.l10n.t('The date {0} has passed. Pick a day from today on.', value);
  if (value > addYears(today, maxYears)) return vscode.l10n.t('That is more than {0} years away. Break it into a nearer goal.', maxYears);
  return undefined;
}

export function required(what: string): (text: string) => string | undefined {
  return (text) => (text.trim() ? undefined : vscode.l10n.t('{0} is needed.', what));
}
