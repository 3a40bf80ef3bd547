/**
 * The Goals tree as data: north star, long-term goals, their short-term goals, milestones and
 * growth cards, plus the files that could not be read. Pure, so the hierarchy, the order and
 * the descriptions ("2/4 · due in 12 days") are tested without VS Code.
 */
import { daysBetween } from './dates';
import type { Entry, GrowthIndex } from './growthIndex';
import { compareByPriority } from './priority';
import type { ParsedFile } from './reader';
import type { Milestone } from './schema';

export type GoalSort = 'priority' | 'due' | 'title';
export type GoalFilter = 'active' | 'all';

export interface GoalTreeOptions {
  readonly sort: GoalSort;
  readonly filter: GoalFilter;
  readonly today: string;
}

export type GoalTreeNode =
  | { readonly type: 'northStar'; readonly path: string; readonly statement: string; readonly by?: string }
  | { readonly type: 'goal'; readonly goal: Entry<'goal'> }
  | { readonly type: 'milestone'; readonly goal: Entry<'goal'>; readonly milestone: Milestone; readonly index: number }
  | { readonly type: 'card'; readonly card: Entry<'card'> }
  | { readonly type: 'unlinked' }
  | { readonly type: 'problems'; readonly files: readonly ParsedFile[] }
  | { readonly type: 'invalid'; readonly file: ParsedFile };

/** Children of a node (top level when `node` is undefined). */
export function goalTreeChildren(index: GrowthIndex, options: GoalTreeOptions, node?: GoalTreeNode): GoalTreeNode[] {
  if (!node) return topLevel(index, options);
  switch (node.type) {
    case 'goal': {
      const children: GoalTreeNode[] = [];
      if (node.goal.data.horizon === 'long') {
        children.push(...visibleGoals(index.childGoals(node.goal.id), options).map((goal) => ({ type: 'goal' as const, goal })));
      }
      node.goal.data.milestones.forEach((milestone, position) => {
        if (options.filter === 'all' || milestone.status !== 'dropped') {
          children.push({ type: 'milestone', goal: node.goal, milestone, index: position });
        }
      });
      const milestoneIds = new Set(node.goal.data.milestones.map((milestone) => milestone.id));
      // Cards of a milestone sit under it; cards of the goal as a whole (or of a milestone that
      // no longer exists) sit under the goal, so no card is ever hidden.
      children.push(
        ...index
          .cards(node.goal.id)
          .filter((card) => !card.data.milestone || !milestoneIds.has(card.data.milestone))
          .map((card) => ({ type: 'card' as const, card })),
      );
      return children;
    }
    case 'milestone':
      return index.cards(node.goal.id, node.milestone.id).map((card) => ({ type: 'card' as const, card }));
    case 'unlinked':
      return visibleGoals(unlinkedGoals(index), options).map((goal) => ({ type: 'goal' as const, goal }));
    case 'problems':
      return node.files.map((file) => ({ type: 'invalid' as const, file }));
    default:
      return [];
  }
}

function topLevel(index: GrowthIndex, options: GoalTreeOptions): GoalTreeNode[] {
  const nodes: GoalTreeNode[] = [];
  const profile = index.profile();
  if (profile) {
    const { statement, by } = profile.data.northStar;
    nodes.push(by ? { type: 'northStar', path: profile.path, statement, by } : { type: 'northStar', path: profile.path, statement });
  }
  const longTerm = index.goals().filter((goal) => goal.data.horizon === 'long');
  nodes.push(...visibleGoals(longTerm, options).map((goal) => ({ type: 'goal' as const, goal })));
  if (visibleGoals(unlinkedGoals(index), options).length > 0) nodes.push({ type: 'unlinked' });
  const invalid = index.invalidFiles();
  if (invalid.length > 0) nodes.push({ type: 'problems', files: invalid });
  return nodes;
}

/** Short-term goals whose long-term goal is missing or unknown. */
function unlinkedGoals(index: GrowthIndex): Entry<'goal'>[] {
  return index.goals().filter((goal) => {
    if (goal.data.horizon !== 'short') return false;
    const parent = goal.data.parent ? index.goal(goal.data.parent) : undefined;
    return !parent || parent.data.horizon !== 'long';
  });
}

const SHOWN_WHEN_ACTIVE = new Set(['active', 'draft', 'paused']);

function visibleGoals(goals: readonly Entry<'goal'>[], options: GoalTreeOptions): Entry<'goal'>[] {
  const shown = options.filter === 'all' ? [...goals] : goals.filter((goal) => SHOWN_WHEN_ACTIVE.has(goal.data.status));
  return shown.sort(goalComparator(options.sort));
}

function goalComparator(sort: GoalSort): (a: Entry<'goal'>, b: Entry<'goal'>) => number {
  const byTitle = (a: Entry<'goal'>, b: Entry<'goal'>) => a.data.title.localeCompare(b.data.title);
  switch (sort) {
    case 'priority':
      return (a, b) => compareByPriority(a.data, b.data);
    case 'due':
      return (a, b) => (a.data.due ?? '9999-12-31').localeCompare(b.data.due ?? '9999-12-31') || byTitle(a, b);
    case 'title':
      return byTitle;
  }
}

/** "in 12 days", "today", "tomorrow", "3 days ago". */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** The goal's one-line summary: milestones done and when it is due. */
export function describeGoal(goal: Entry<'goal'>['data'], today: string): string {
  const parts: string[] = [];
  const counted = goal.milestones.filter((milestone) => milestone.status !== 'dropped');
  if (counted.length > 0) parts.push(`${counted.filter((milestone) => milestone.status === 'done').length}/${counted.length}`);
  parts.push(dueText(goal.status, goal.due, today));
  return parts.filter(Boolean).join(' · ');
}

export function describeMilestone(milestone: Milestone, today: string): string {
  if (milestone.status === 'done') return milestone.completed ? `done ${relativeDay(milestone.completed, today)}` : 'done';
  return dueText(milestone.status, milestone.due, today);
}

function dueText(status: string, due: string | undefined, today: string): string {
  if (status === 'done') return 'done';
  if (status === 'dropped') return 'dropped';
  if (status === 'paused') return 'paused';
  if (!due) return 'no due date';
  const days = daysBetween(today, due);
  if (days < 0) return `overdue by ${-days} ${-days === 1 ? 'day' : 'days'}`;
  return `due ${relativeDay(due, today)}`;
}

/** True when an open milestone's due date has passed. */
export function isOverdue(status: string, due: string | undefined, today: string): boolean {
  return status !== 'done' && status !== 'dropped' && due !== undefined && due < today;
}
