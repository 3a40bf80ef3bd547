import * as vscode from 'vscode';
import type { Services } from '../services';
import type { GrowthRoot } from './growthWorkspace';

/** The growth plan to act on: the only one, or the one the user picks in a multi-root workspace. */
export async function pickRoot(services: Services): Promise<GrowthRoot | undefined> {
  await services.workspace.whenLoaded();
  const roots = services.workspace.roots().filter((root) => root.index.size > 0);
  if (roots.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('There is no growth plan in this workspace yet. Run "DevGrowth: Start a Growth Plan" first.'),
    );
    return undefined;
  }
  if (roots.length === 1) return roots[0];
  const picked = await vscode.window.showQuickPick(
    roots.map((root) => ({ label: root.folder.name, description: vscode.workspace.asRelativePath(root.uri), root })),
    { title: vscode.l10n.t('Which growth plan?') },
  );
  return picked?.root;
}
