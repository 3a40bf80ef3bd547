import * as vscode from 'vscode';
import type { DevGrowthCommand } from '../commands/command';
import { quarterRetrospective } from '../core/exports/retrospective';
import { formatQuarter, parseQuarter, previousQuarter, quarterOf, type Quarter } from '../core/quarter';
import { openExport, pickFormat } from './openExport';
import { pickRoot } from '../workspace/pickRoot';

/** Exports the retrospective of a quarter: planned, done, learned, what changes. */
export const exportRetrospective: DevGrowthCommand = {
  id: 'devgrowth.export.retrospective',
  async run(services, ...args) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const quarter = (typeof args[0] === 'string' ? parseQuarter(args[0]) : undefined) ?? (await pickQuarter(services.today()));
    if (!quarter) return undefined;
    const format = args[1] === 'markdown' || args[1] === 'html' ? args[1] : await pickFormat();
    if (!format) return undefined;
    const { title, blocks } = quarterRetrospective(root.index, quarter);
    return openExport(title, blocks, format);
  },
};

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
