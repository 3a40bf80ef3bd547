import * as vscode from 'vscode';
import { bragDocument, type Period } from '../core/exports/brag';
import { formatQuarter, previousQuarter, quarterOf, quarterRange } from '../core/quarter';
import { isIsoDate } from '../core/dates';
import * as z from 'zod';
import { argument } from '../commands/arguments';
import { isoDate } from '../core/schema';
import { documentExport } from './openExport';
import { CommandId } from '../core/commandIds';

/** Exports the evidence of a period as a brag document or promotion packet. */
export const exportBragDocument = documentExport({
  id: CommandId.ExportBrag,
  scopeArgument: argument('period', z.object({ from: isoDate, to: isoDate }).optional()),
  scope: async (period: Period | undefined, today) => period ?? pickPeriod(today),
  build: bragDocument,
  fileName: (period) => `brag-${period.from}-to-${period.to}`,
});

async function pickPeriod(today: string): Promise<Period | undefined> {
  const thisQuarter = quarterOf(today);
  const lastQuarter = previousQuarter(thisQuarter);
  const monthsBack = (months: number): Period => {
    const date = new Date(`${today}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() - months);
    return { from: date.toISOString().slice(0, 10), to: today };
  };
  const choices: (vscode.QuickPickItem & { period?: Period })[] = [
    { label: vscode.l10n.t('Last 6 months'), description: monthsBack(6).from, period: monthsBack(6) },
    { label: vscode.l10n.t('Last 12 months'), description: monthsBack(12).from, period: monthsBack(12) },
    { label: vscode.l10n.t('This quarter ({0})', formatQuarter(thisQuarter)), period: { ...quarterRange(thisQuarter), to: today } },
    { label: vscode.l10n.t('Last quarter ({0})', formatQuarter(lastQuarter)), period: quarterRange(lastQuarter) },
    { label: vscode.l10n.t('Choose dates…') },
  ];
  const picked = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Which period should the brag document cover?') });
  if (!picked) return undefined;
  if (picked.period) return picked.period;
  const from = await askDate(vscode.l10n.t('First day (YYYY-MM-DD)'), monthsBack(6).from);
  const to = from && (await askDate(vscode.l10n.t('Last day (YYYY-MM-DD)'), today, from));
  return from && to ? { from, to } : undefined;
}

function askDate(prompt: string, value: string, notBefore?: string): Thenable<string | undefined> {
  return vscode.window
    .showInputBox({
      prompt,
      value,
      validateInput: (text) => {
        if (!isIsoDate(text.trim())) return vscode.l10n.t('Write a real date as YYYY-MM-DD, for example 2026-06-30.');
        if (notBefore && text.trim() < notBefore) return vscode.l10n.t('The last day must not be before {0}.', notBefore);
        return undefined;
      },
    })
    .then((text) => text?.trim());
}
