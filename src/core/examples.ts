/** The starter examples of a plan, and which of them can go without breaking a link. */
import type { Entry, GrowthIndex } from './growthIndex';

export interface ExampleRemoval {
  /** Starter goals nothing of the person's own links to: safe to delete. */
  readonly remove: readonly Entry<'goal'>[];
  /** Starter goals that a goal of the person's own builds on, or that evidence, a card or a rubric names: kept. */
  readonly keep: readonly Entry<'goal'>[];
}

/** Which starter examples Remove Examples deletes, and which it keeps because something of the person's own links to them. */
export function exampleRemoval(index: GrowthIndex): ExampleRemoval {
  const examples = index.goals().filter((goal) => goal.data.example === true);
  const linked = (goal: Entry<'goal'>) =>
    index.childGoals(goal.id).some((child) => child.data.example !== true) ||
    index.evidence(goal.id).length > 0 ||
    index.cards(goal.id).length > 0 ||
    index.assessments('rubric').some((entry) => entry.data.type === 'rubric' && entry.data.goal === goal.id);
  return { remove: examples.filter((goal) => !linked(goal)), keep: examples.filter(linked) };
}
