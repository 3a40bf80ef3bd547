import * as vscode from 'vscode';
import type { CommandId } from '../core/commandIds';
import type { Services } from '../services';
import { GrowthWriteError, reportWriteError } from '../workspace/growthFiles';

/** One command: its id (from the table of ids, as in package.json) and what it does. One file per command. */
export interface DevGrowthCommand {
  readonly id: CommandId;
  run(services: Services, ...args: unknown[]): unknown;
}

/**
 * Registers commands with one error policy: a write that could not be made shows its own
 * message (it says what happened and what to do); anything unexpected is logged and shown.
 */
export function registerCommands(services: Services, commands: readonly DevGrowthCommand[]): vscode.Disposable {
  return vscode.Disposable.from(
    ...commands.map((command) =>
      vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
        try {
          return await command.run(services, ...args);
        } catch (error) {
          if (error instanceof GrowthWriteError) {
            void reportWriteError(error);
          } else {
            services.output.error(`${command.id} failed`, error);
            void vscode.window.showErrorMessage(
              vscode.l10n.t('DevGrowth: {0}. Details are in the DevGrowth output.', error instanceof Error ? error.message : String(error)),
            );
          }
          return undefined;
        }
      }),
    ),
  );
}
