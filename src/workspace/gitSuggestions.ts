import * as vscode from 'vscode';
import type { HistorySnapshot } from '../core/gitEvidence/log';
import type { GitSuggestion } from '../core/gitEvidence/suggestion';
import type { GrowthRoot } from './growthWorkspace';

/**
 * The suggested evidence of the latest scan of each plan, and what that scan read of each
 * repository, for this window only: the plan's files keep what the user answered (dismissals,
 * evidence), so nothing else needs keeping.
 */
export class GitSuggestions implements vscode.Disposable {
  private readonly byPlan = new Map<string, readonly GitSuggestion[]>();
  private readonly byRepository = new Map<string, HistorySnapshot>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  of(root: GrowthRoot): readonly GitSuggestion[] {
    return this.byPlan.get(root.uri.toString()) ?? [];
  }

  set(root: GrowthRoot, suggestions: readonly GitSuggestion[]): void {
    this.byPlan.set(root.uri.toString(), suggestions);
    this.changed.fire();
  }

  /** What the latest scan read of the repository whose top folder is `top`: the next reads only what came after. */
  readOf(top: string): HistorySnapshot | undefined {
    return this.byRepository.get(top);
  }

  remember(top: string, snapshot: HistorySnapshot): void {
    this.byRepository.set(top, snapshot);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
