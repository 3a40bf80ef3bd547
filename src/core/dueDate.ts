/** What is wrong with a due date the user types: the wizards show it under the input. */
import * as l10n from '@vscode/l10n';
import { addYears, isIsoDate } from './dates';

/** A due date: a real date, not in the past, and not further out than `maxYears`. */
export function dueDateError(text: string, today: string, maxYears: number): string | undefined {
  const value = text.trim();
  if (!isIsoDate(value)) return l10n.t('Write a real date as YYYY-MM-DD, for example {0}.', addYears(today, 1).slice(0, 4) + '-03-31');
  if (value < today) return l10n.t('The date {0} has passed. Pick a day from today on.', value);
  if (value > addYears(today, maxYears)) {
    return maxYears === 1
      ? l10n.t('That is more than a year away. Break it into a nearer goal.')
      : l10n.t('That is more than {0} years away. Break it into a nearer goal.', maxYears);
  }
  return undefined;
}
