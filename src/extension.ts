import * as vscode from 'vscode';
import { checkLinks } from './core/links';
import { ProblemsFeature } from './diagnostics/problemsFeature';
import { GrowthFiles } from './workspace/growthFiles';
import { GrowthWorkspace } from './workspace/growthWorkspace';

/** What the extension hands to other extensions and to its integration tests. */
export interface DevGrowthApi {
  readonly workspace: GrowthWorkspace;
  readonly files: GrowthFiles;
  readonly problems: ProblemsFeature;
}

/**
 * Wires the features together and returns at once: reading the growth folder starts here but
 * runs after activation, so VS Code never waits for it.
 */
export function activate(context: vscode.ExtensionContext): DevGrowthApi {
  const workspace = new GrowthWorkspace([checkLinks]);
  const files = new GrowthFiles(workspace);
  const problems = new ProblemsFeature(workspace, todayLocal, msUntilLocalMidnight);
  context.subscriptions.push(workspace, problems);
  void workspace.reload();
  return { workspace, files, problems };
}

export function deactivate(): void {}

function todayLocal(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function msUntilLocalMidnight(): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
}
