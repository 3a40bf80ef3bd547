import type * as vscode from 'vscode';
import type { Clock } from './core/dates';
import type { ProblemsFeature } from './diagnostics/problemsFeature';
import type { GitSuggestions } from './workspace/gitSuggestions';
import type { GrowthFiles } from './workspace/growthFiles';
import type { GrowthWorkspace } from './workspace/growthWorkspace';

/** The shared services every feature is built from (created once in `activate`). */
export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly workspace: GrowthWorkspace;
  readonly files: GrowthFiles;
  readonly problems: ProblemsFeature;
  readonly output: vscode.LogOutputChannel;
  /** The clock every feature reads (the system clock, unless a test moves it). */
  readonly clock: Clock;
  /** Today's date as YYYY-MM-DD in the user's time zone. */
  readonly today: () => string;
  /** The suggested evidence of the latest scan of git history, which History shows. */
  readonly gitSuggestions: GitSuggestions;
}
