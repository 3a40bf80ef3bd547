import * as vscode from 'vscode';
import type { FileMove } from '../core/archive';
import type { FrontMatterEdit } from '../core/writer';
import type { Services } from '../services';
import { GrowthWriteError } from '../workspace/growthFiles';
import type { GrowthRoot } from '../workspace/growthWorkspace';

export interface ArchiveWork {
  readonly moves: readonly FileMove[];
  readonly edits?: readonly { readonly path: string; readonly edits: readonly FrontMatterEdit[] }[];
}

/**
 * Moves files into the archive and makes the edits, with progress. A file that cannot be moved
 * or changed is skipped and named at the end; the rest still happens, and nothing is lost:
 * a move never replaces a file. Returns how many steps succeeded.
 */
export async function applyArchiveWork(
  services: Services,
  root: GrowthRoot,
  work: ArchiveWork,
): Promise<{ done: number; failed: string[] }> {
  const uri = (path: string) => vscode.Uri.joinPath(root.uri, ...path.split('/'));
  const steps: { label: string; run: () => Promise<void> }[] = [
    ...work.moves.map((move) => ({ label: move.from, run: () => services.files.move(uri(move.from), uri(move.to)) })),
    ...(work.edits ?? []).map((edit) => ({ label: edit.path, run: () => services.files.edit(uri(edit.path), edit.edits) })),
  ];
  const failed: string[] = [];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Archiving'), cancellable: false },
    async (progress) => {
      for (const step of steps) {
        progress.report({ message: step.label, increment: 100 / steps.length });
        try {
          await step.run();
        } catch (error) {
          if (!(error instanceof GrowthWriteError)) throw error;
          services.output.warn(error.message);
          failed.push(step.label);
        }
      }
    },
  );
  if (failed.length > 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('DevGrowth could not archive {0}. Everything else is done; the DevGrowth output says why.', failed.join(', ')),
    );
  }
  return { done: steps.length - failed.length, failed };
}

/** The growth-folder-relative path of a file of this plan. */
export function relativeTo(root: GrowthRoot): (path: string) => string {
  const prefix = `${root.uri.toString()}/`;
  return (path) => (path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : path);
}
