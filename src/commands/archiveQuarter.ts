import * as vscode from 'vscode';
import { ARCHIVE_FOLDER, quarterReset } from '../core/archive';
import { pickRoot } from '../workspace/pickRoot';
import { applyArchiveWork, relativeTo } from './archiving';
import { defineCommand } from './command';
import { CommandId } from '../core/commandIds';

/**
 * The 90-day reset: finished and dropped goals and their cards go to the archive of their
 * quarter, and active goals whose horizon is ending start the next one. Asks first, saying
 * exactly what will happen; then offers the quarter's retrospective.
 */
export const archiveQuarter = defineCommand({
  id: CommandId.PlanArchiveQuarter,
  async run(services) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const reset = quarterReset(root.index, services.today(), relativeTo(root));
    if (reset.moves.length === 0 && reset.restarts.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Nothing to archive: no goal is finished or dropped, and no 90-day horizon is ending.'),
      );
      return undefined;
    }
    const lines = [
      reset.goals.length > 0 ? vscode.l10n.t('Move to {0}/: {1}.', ARCHIVE_FOLDER, reset.goals.join('; ')) : undefined,
      reset.restarts.length > 0
        ? vscode.l10n.t('Start a new 90-day horizon today: {0}.', reset.restarts.map((restart) => restart.title).join('; '))
        : undefined,
    ].filter((line): line is string => line !== undefined);
    const archive = vscode.l10n.t('Archive');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Archive the quarter?'),
      {
        modal: true,
        detail: `${lines.join('\n\n')}\n\n${vscode.l10n.t('Archived files stay in your plan and its history; nothing is deleted.')}`,
      },
      archive,
    );
    if (answer !== archive) return undefined;
    const result = await applyArchiveWork(services, root, { moves: reset.moves, edits: reset.restarts });
    const retrospective = vscode.l10n.t('Write the Retrospective');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('The quarter is archived. Look back on it while it is fresh?'), retrospective)
      .then((chosen) => chosen === retrospective && vscode.commands.executeCommand(CommandId.ExportRetrospective));
    return result;
  },
});
