import * as vscode from 'vscode';
import { quarterRetrospective } from '../core/exports/retrospective';
import { formatQuarter, parseQuarter, previousQuarter, quarterOf, type Quarter } from '../core/quarter';
import * as z from 'zod';
import { argument } from '../commands/arguments';
import { documentExport } from './openExport';
import { CommandId } from '../core/commandIds';

/** Exports the retrospective of a quarter: planned, done, learned, what changes. */
export const exportRetrospective = documentExport({
  id: CommandId.ExportRetrospective,
  scopeArgument: argument(
    'quarter',
    z
      .string()
      .refine((text) => parseQuarter(text) !== undefined, { message: 'expected a quarter such as 2026-Q4' })
      .optional(),
  ),
  scope: async (quarter: string | undefined, today) => (quarter ? parseQuarter(quarter) : undefined) ?? pickQuarter(today),
  build: quarterRetrospective,
  fileName: (quarter) => `retrospective-${formatQuarter(quarter)}`,
});

async function pickQuarter(today: string): Promise<Quarter | undefined> {
  const quarters: Quarter[] = [quarterOf(today)];
  while (quarters.length < 4) quarters.push(previousQuarter(quarters[quarters.length - 1]!));
  const picked = await vscode.window.showQuickPick(
    quarters.map((quarter, position) => ({
      label: formatQuarter(quarter),
      description: position === 0 ? vscode.l10n.t('this quarter') : undefined,
      quarter,
    })),
    { title: vscode.l10n.t('Which quarter should the retrospective cover?') },
  );
  return picked?.quarter;
}
