import type { GitSuggestion } from '../core/gitEvidence/suggestion';
import type { GrowthRoot } from '../workspace/growthWorkspace';

/** A row of suggested evidence as the History view hands it to a command: the plan and the suggestion. */
export interface SuggestionRow {
  readonly root: GrowthRoot;
  readonly suggestion: GitSuggestion;
}

/** The row a command was run on, when it was run on one (the actions are on the rows only). */
export function suggestionRowOf(argument: unknown): SuggestionRow | undefined {
  const row = argument as { type?: unknown; root?: GrowthRoot; suggestion?: GitSuggestion } | undefined;
  return row?.type === 'gitSuggestion' && row.root && row.suggestion ? { root: row.root, suggestion: row.suggestion } : undefined;
}
