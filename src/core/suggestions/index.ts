/**
 * The suggestions that hold for a plan now: every table merged, matched against the situation,
 * without the ones whose record is too old, taken (a file or milestone names them in
 * `suggestion`, or a goal or milestone has the title they would write) or dismissed ("Not now"
 * in the profile's `dismissedSuggestions`, since the record that raised them), entries that
 * propose the same action as one, best first.
 */
import type { GrowthIndex } from '../growthIndex';
import { addMonths } from '../dates';
import { priorityScore } from '../priority';
import { comparableText } from '../slug';
import { coachingTable } from './coaching';
import { answeredFrom, conditionHolds, outlived, raisedOn } from './conditions';
import type { JustSaved } from './situation';
import { situationOf } from './situation';
import {
  mergeTables,
  sameAction,
  type ConditionKind,
  type Situation,
  type Suggestion,
  type SuggestionReason,
  type SuggestionTable,
} from './suggestion';
import { trackTable } from './track';
import { asMilestone } from './view';

export * from './suggestion';
export { situationOf, type JustSaved } from './situation';

/** Every table of the product, as one. */
export const SUGGESTION_TABLE: SuggestionTable = mergeTables(coachingTable, trackTable);

/** What the plan's files say about suggestions already answered. */
export interface Answered {
  /** Ids a goal, a milestone or another file names as its `suggestion`. */
  readonly taken: ReadonlySet<string>;
  /** "Not now": id and the day it was said. */
  readonly dismissed: Readonly<Record<string, string>>;
  /** The titles of the plan's goals and milestones, as `comparableText`: work the plan already has. */
  readonly titles: ReadonlySet<string>;
}

export function answeredIn(plan: GrowthIndex): Answered {
  const taken = new Set<string>();
  for (const file of plan.files()) {
    const data = file.record?.data as { suggestion?: unknown; milestones?: readonly { suggestion?: unknown }[] } | undefined;
    if (typeof data?.suggestion === 'string') taken.add(data.suggestion);
    for (const milestone of data?.milestones ?? []) if (typeof milestone.suggestion === 'string') taken.add(milestone.suggestion);
  }
  const titles = new Set(
    plan.goals().flatMap((goal) => [goal.data.title, ...goal.data.milestones.map((milestone) => milestone.title)].map(comparableText)),
  );
  return { taken, dismissed: plan.profile()?.data.dismissedSuggestions ?? {}, titles };
}

/**
 * The suggestions whose condition holds, raised by a record young enough, unanswered, best
 * first (ties keep the table's order).
 */
export function rankSuggestions(
  situation: Situation,
  answered: Answered,
  kinds?: readonly ConditionKind[],
  table: SuggestionTable = SUGGESTION_TABLE,
): Suggestion[] {
  const ranked = table(situation)
    .filter((entry) => (!kinds || kinds.includes(entry.answers.kind)) && conditionHolds(entry.answers, situation))
    .map((entry, order) => {
      const reason: SuggestionReason = {
        id: entry.id,
        answers: entry.answers,
        why: entry.why,
        raisedOn: raisedOn(entry.answers, situation),
        answeredFrom: answeredFrom(entry.answers, situation),
      };
      return { suggestion: { ...entry, score: priorityScore(entry.factors), raisedOn: reason.raisedOn, reasons: [reason] }, order };
    })
    .filter(({ suggestion }) => !outlived(suggestion.raisedOn, situation.today) && !breakBooked(suggestion, situation))
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.order - b.order)
    .map(({ suggestion }) => suggestion);
  return oneForEachAction(ranked).filter((suggestion) => !isAnswered(suggestion, answered));
}

/**
 * A break the plan already has booked answers a suggestion to plan one: of the same type, and
 * starting within the three months such a suggestion asks for.
 */
function breakBooked(suggestion: Suggestion, situation: Situation): boolean {
  const booked = situation.upcomingBreak;
  return (
    suggestion.proposal.kind === 'break' &&
    booked !== undefined &&
    booked.type === suggestion.proposal.type &&
    booked.start <= addMonths(situation.today, BREAK_SUGGESTION_MONTHS)
  );
}

/** How far ahead a suggested break is meant to be: "within the next three months". */
const BREAK_SUGGESTION_MONTHS = 3;

/** Suggestions that propose the same action become the best-ranked one, with every reason. */
function oneForEachAction(ranked: readonly Suggestion[]): Suggestion[] {
  const rows: Suggestion[] = [];
  const rowOf = new Map<string, number>();
  for (const suggestion of ranked) {
    const action = sameAction(suggestion.proposal);
    const row = action === undefined ? undefined : rowOf.get(action);
    if (row === undefined) {
      if (action !== undefined) rowOf.set(action, rows.length);
      rows.push(suggestion);
      continue;
    }
    const first = rows[row]!;
    const reasons = [...first.reasons, ...suggestion.reasons];
    rows[row] = { ...first, reasons, raisedOn: reasons.map((reason) => reason.raisedOn).reduce((a, b) => (b > a ? b : a)) };
  }
  return rows;
}

/**
 * Answered when any of its reasons is: taking or dismissing a row answers the action, whichever
 * reason it was shown for. Or when the plan has a goal or milestone by the title it would write.
 */
function isAnswered(suggestion: Suggestion, answered: Answered): boolean {
  const title = asMilestone(suggestion)?.title;
  return (
    (title !== undefined && answered.titles.has(comparableText(title))) ||
    suggestion.reasons.some((reason) => answered.taken.has(reason.id) || isDismissed(reason, answered))
  );
}

function isDismissed(reason: SuggestionReason, answered: Answered): boolean {
  const day = answered.dismissed[reason.id];
  return day !== undefined && day >= reason.answeredFrom;
}

/** The suggestions for the plan as it is, or with a record saved just now. */
export function suggestionsFor(
  plan: GrowthIndex,
  today: string,
  options: { readonly saved?: JustSaved; readonly kinds?: readonly ConditionKind[] } = {},
): Suggestion[] {
  return rankSuggestions(situationOf(plan, today, options.saved), answeredIn(plan), options.kinds);
}
