/**
 * What changing a goal's or a milestone's status writes, both ways: a milestone marked done gets
 * its completion date, one taken back from done loses it, so the file never says "completed"
 * about something that is not done.
 */
import type { GoalStatus, MilestoneStatus } from './schema';
import type { FrontMatterEdit } from './writer';

/** The edits that move milestone `index` to `to` (none when it is there already). */
export function milestoneStatusEdits(index: number, from: MilestoneStatus, to: MilestoneStatus, today: string): FrontMatterEdit[] {
  if (from === to) return [];
  const path = ['milestones', index];
  const edits: FrontMatterEdit[] = [{ op: 'set', path: [...path, 'status'], value: to }];
  if (to === 'done') edits.push({ op: 'set', path: [...path, 'completed'], value: today });
  else if (from === 'done') edits.push({ op: 'delete', path: [...path, 'completed'] });
  return edits;
}

/** Where "Mark Not Done" takes something done: back to being worked on. */
export const NOT_DONE = { goal: 'active', milestone: 'active' } as const satisfies { goal: GoalStatus; milestone: MilestoneStatus };
