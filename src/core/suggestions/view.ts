/** How a suggestion shows in a form's Saved page and in the Goals tree: pure decisions, no `vscode`. */
import * as l10n from '@vscode/l10n';
import type { Proposal, Suggestion } from './suggestion';

/** A suggestion as a list shows it: what to do, why, and the words of its buttons. */
export interface SuggestionItem {
  readonly id: string;
  readonly title: string;
  /** Every reason of the row, in one line. */
  readonly why: string;
  /** The button that takes it: "Make it a goal", "Plan the break"… */
  readonly take: string;
  /** Whether it can go into a goal that exists, as a milestone. */
  readonly addToGoal: boolean;
}

/** The words of the button that takes a proposal. */
export function takeLabel(proposal: Proposal): string {
  switch (proposal.kind) {
    case 'goal':
      return l10n.t('Make it a goal');
    case 'milestone':
      return l10n.t('Add to a goal');
    case 'break':
      return l10n.t('Plan the break');
    case 'checkin':
      return l10n.t('Plan the check-in');
    case 'goal-change':
      switch (proposal.change) {
        case 'pause':
          return l10n.t('Pause the goal');
        case 'date':
          return l10n.t('Change the date');
        case 'scope':
          return l10n.t('Change the scope');
      }
  }
}

/** Why it is suggested: each reason of a row once, its own first (two entries may give the same one). */
export function reasonsWhy(suggestion: Suggestion): string[] {
  return [...new Set(suggestion.reasons.map((reason) => reason.why))];
}

export function suggestionItem(suggestion: Suggestion): SuggestionItem {
  return {
    id: suggestion.id,
    title: suggestion.title,
    why: reasonsWhy(suggestion).join(' '),
    take: takeLabel(suggestion.proposal),
    // A milestone proposal's own button already adds it to a goal.
    addToGoal: suggestion.proposal.kind === 'goal',
  };
}

/** The milestone a suggestion becomes inside a goal that exists. */
export function asMilestone(suggestion: Suggestion): { readonly title: string; readonly doneWhen?: string } | undefined {
  switch (suggestion.proposal.kind) {
    case 'goal':
      return { title: suggestion.proposal.goal.title };
    case 'milestone':
      return suggestion.proposal.milestone;
    default:
      return undefined;
  }
}
