/**
 * The Goals tree as data: north star, long-term goals, their short-term goals, milestones and
 * growth cards, plus the files that could not be read. Pure, so the hierarchy, the order, the
 * ids, the context values, the descriptions ("2/4 · due in 12 days") and what a file change
 * must redraw are all tested without VS Code.
 */
import * as l10n from '@vscode/l10n';
import { daysBetween } from './dates';
import type { Entry, GrowthIndex, IndexChange } from './growthIndex';
import { compareByPriority } from './priority';
import { goalProgress, isBehindPace } from './progress';
import type { ParsedFile } from './reader';
import type { Goal, Milestone } from './schema';
import { suggestionsFor, type Suggestion } from './suggestions';
import { goalStatusText } from './vocabulary';
import { deepEqual } from './writer';

export const GOAL_SORTS = ['priority', 'due', 'title'] as const;
export type GoalSort = (typeof GOAL_SORTS)[number];
export type GoalFilter = 'active' | 'all';

export interface GoalTreeOptions {
  readonly sort: GoalSort;
  readonly filter: GoalFilter;
  readonly today: string;
}

/** Nodes whose long lists of goals, cards or files are split into pages. */
export type PagedNode =
  | { readonly type: 'goal'; readonly goal: Entry<'goal'> }
  | { readonly type: 'milestone'; readonly goal: Entry<'goal'>; readonly milestone: Milestone; readonly index: number }
  | { readonly type: 'problems'; readonly count: number }
  | { readonly type: 'unlinked' };

/** What a page belongs to: a node, or the top level's long-term goals. */
export type PageOwner = PagedNode | { readonly type: 'longTermGoals' };

const LONG_TERM_GOALS: PageOwner = { type: 'longTermGoals' };

export type GoalTreeNode =
  | { readonly type: 'northStar'; readonly path: string; readonly statement: string; readonly by?: string }
  | PagedNode
  | { readonly type: 'card'; readonly card: Entry<'card'> }
  /** "Suggested next steps": what the plan's assessments and reviews lead to, until each is taken or dismissed. */
  | { readonly type: 'suggestions'; readonly suggestions: readonly Suggestion[] }
  | { readonly type: 'suggestion'; readonly suggestion: Suggestion }
  /** The row after the first few suggestions that lists them all (`total` of them), to pick one. */
  | { readonly type: 'moreSuggestions'; readonly total: number }
  | { readonly type: 'invalid'; readonly file: ParsedFile }
  /** Items `from` to `to` (exclusive) of a long list of `total`, so a level never holds hundreds of rows. */
  | { readonly type: 'page'; readonly owner: PageOwner; readonly from: number; readonly to: number; readonly total: number };

/**
 * Lists longer than this are shown as pages of this many rows: the workbench slows down with
 * very many rows in one level (five hundred goals at the top of a team's plan took 0.4 s to
 * hand over), and nobody scans three hundred cards at once.
 */
export const PAGE_SIZE = 50;

/**
 * How many suggestions the tree shows: a few next steps to act on, not a list that pushes the
 * goals out of sight. The rest are one row away, in a list to pick from.
 */
export const SUGGESTIONS_SHOWN = 3;

/**
 * The suggestions in the order the tree shows them: what the newest record raised first (what
 * the user just assessed or reviewed is what they want to act on), and by rank within a day. A
 * record dated ahead (a break that starts next month) counts as today's.
 */
function newestFirst(suggestions: readonly Suggestion[], today: string): Suggestion[] {
  const day = (suggestion: Suggestion) => (suggestion.raisedOn > today ? today : suggestion.raisedOn);
  return [...suggestions].sort((a, b) => day(b).localeCompare(day(a)));
}

/** Children of a node (top level when `node` is undefined). Computed on demand, one level at a time. */
export function goalTreeChildren(index: GrowthIndex, options: GoalTreeOptions, node?: GoalTreeNode): GoalTreeNode[] {
  if (!node) return topLevel(index, options);
  switch (node.type) {
    case 'goal': {
      const children: GoalTreeNode[] = [];
      // Only short-term goals hang under a long-term one: every long-term goal is a row of the
      // top level, so each goal is one row whatever `parent` says (itself, a loop, another long-term goal).
      if (node.goal.data.horizon === 'long') {
        const shortTerm = index.childGoals(node.goal.id).filter((child) => child.data.horizon === 'short');
        children.push(...visibleGoals(shortTerm, options).map(goalNode));
      }
      node.goal.data.milestones.forEach((milestone, position) => {
        if (options.filter === 'all' || milestone.status !== 'dropped') {
          children.push({ type: 'milestone', goal: node.goal, milestone, index: position });
        }
      });
      return [...children, ...paged(node, pagedItems(index, node, options))];
    }
    case 'milestone':
    case 'problems':
    case 'unlinked':
      return paged(node, pagedItems(index, node, options));
    case 'suggestions': {
      const shown: GoalTreeNode[] = newestFirst(node.suggestions, options.today)
        .slice(0, SUGGESTIONS_SHOWN)
        .map((suggestion) => ({ type: 'suggestion', suggestion }));
      return node.suggestions.length > SUGGESTIONS_SHOWN ? [...shown, { type: 'moreSuggestions', total: node.suggestions.length }] : shown;
    }
    case 'page':
      return pagedItems(index, node.owner, options).slice(node.from, node.to);
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
  const suggestions = suggestionsFor(index, options.today);
  if (suggestions.length > 0) nodes.push({ type: 'suggestions', suggestions });
  nodes.push(...paged(LONG_TERM_GOALS, pagedItems(index, LONG_TERM_GOALS, options)));
  if (visibleGoals(unlinkedGoals(index), options).length > 0) nodes.push({ type: 'unlinked' });
  const invalid = index.invalidFiles().length;
  if (invalid > 0) nodes.push({ type: 'problems', count: invalid });
  return nodes;
}

function goalNode(goal: Entry<'goal'>): GoalTreeNode {
  return { type: 'goal', goal };
}

/**
 * The part of a node's children that can run long: the long-term goals, the goals without
 * one, a goal's cards that belong to no milestone of it (or to one that no longer exists, so
 * no card is ever hidden), a milestone's cards, the files with problems.
 */
function pagedItems(index: GrowthIndex, owner: PageOwner, options: GoalTreeOptions): GoalTreeNode[] {
  switch (owner.type) {
    case 'longTermGoals':
      return visibleGoals(
        index.goals().filter((goal) => goal.data.horizon === 'long'),
        options,
      ).map(goalNode);
    case 'unlinked':
      return visibleGoals(unlinkedGoals(index), options).map(goalNode);
    case 'goal': {
      const milestoneIds = new Set(owner.goal.data.milestones.map((milestone) => milestone.id));
      return index
        .cards(owner.goal.id)
        .filter((card) => !card.data.milestone || !milestoneIds.has(card.data.milestone))
        .map((card) => ({ type: 'card', card }));
    }
    case 'milestone':
      return index.cards(owner.goal.id, owner.milestone.id).map((card) => ({ type: 'card', card }));
    case 'problems':
      return index.invalidFiles().map((file) => ({ type: 'invalid', file }));
  }
}

function paged(owner: PageOwner, items: GoalTreeNode[]): GoalTreeNode[] {
  if (items.length <= PAGE_SIZE) return items;
  const pages: GoalTreeNode[] = [];
  for (let from = 0; from < items.length; from += PAGE_SIZE) {
    pages.push({ type: 'page', owner, from, to: Math.min(from + PAGE_SIZE, items.length), total: items.length });
  }
  return pages;
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
  const byTitle = (a: Entry<'goal'>, b: Entry<'goal'>) =>
    a.data.title.localeCompare(b.data.title, 'en', { numeric: true, sensitivity: 'base' });
  switch (sort) {
    case 'priority':
      return (a, b) => compareByPriority(a.data, b.data);
    case 'due':
      return (a, b) => (a.data.due ?? '9999-12-31').localeCompare(b.data.due ?? '9999-12-31') || byTitle(a, b);
    case 'title':
      return byTitle;
  }
}

// ---- Identity and menus -------------------------------------------------------------------

/**
 * A node's stable id, from paths and ids only: the same goal, milestone or card keeps it across
 * refreshes (so its row stays expanded) and no two rows of one plan share it.
 */
export function nodeKey(node: GoalTreeNode): string {
  switch (node.type) {
    case 'northStar':
      return `northStar:${node.path}`;
    case 'goal':
      return goalKey(node.goal.path);
    case 'milestone': {
      // A milestone id written twice in one goal is a mistake the Problems view reports; the
      // rows must still be told apart.
      const first = node.goal.data.milestones.findIndex((milestone) => milestone.id === node.milestone.id);
      return `milestone:${node.goal.path}#${node.milestone.id}${first === node.index ? '' : `@${node.index}`}`;
    }
    case 'card':
      return `card:${node.card.path}`;
    case 'unlinked':
      return 'unlinked';
    case 'problems':
      return 'problems';
    case 'suggestions':
      return 'suggestions';
    case 'suggestion':
      return `suggestion:${node.suggestion.id}`;
    case 'moreSuggestions':
      return 'moreSuggestions';
    case 'invalid':
      return `invalid:${node.file.path}`;
    case 'page':
      return `${node.owner.type === 'longTermGoals' ? 'longTermGoals' : nodeKey(node.owner)}/page:${node.from}`;
  }
}

/** The id of a goal's row, from its file alone (to find the row when the file changes). */
export function goalKey(path: string): string {
  return `goal:${path}`;
}

/**
 * The node's `contextValue`, which menus match with regular expressions: `goal:<status>:<horizon>`
 * (`:overdue` appended when its due date has passed), `milestone:<status>` (likewise), `card`,
 * `northStar`, `invalidFile`, `suggestion:<proposal kind>`, and `unlinkedGoals`, `problems`,
 * `suggestions`, `page` for the groups, `moreSuggestions` for the row listing every suggestion.
 */
export function contextValueOf(node: GoalTreeNode, today: string): string {
  switch (node.type) {
    case 'goal': {
      const { status, horizon, due } = node.goal.data;
      return `goal:${status}:${horizon}${isOverdue(status, due, today) ? ':overdue' : ''}`;
    }
    case 'milestone': {
      const { status, due } = node.milestone;
      return `milestone:${status}${isOverdue(status, due, today) ? ':overdue' : ''}`;
    }
    case 'invalid':
      return 'invalidFile';
    case 'unlinked':
      return 'unlinkedGoals';
    case 'suggestion':
      return `suggestion:${node.suggestion.proposal.kind}`;
    default:
      return node.type;
  }
}

// ---- What a change redraws --------------------------------------------------------------

export interface GoalTreeRefresh {
  /** The order or the set of rows changed somewhere: redraw everything. */
  readonly whole: boolean;
  /** Otherwise, the goal files whose rows (and the rows below them) must be redrawn. */
  readonly goalPaths: ReadonlySet<string>;
}

/**
 * What a batch of index changes means for the tree. A goal whose own content changed (its
 * milestones, its S.M.A.R.T. text) redraws only itself and what is below it; anything that can
 * move a row to another place or add or remove one (a goal added or removed, re-parented,
 * re-titled or re-dated while sorted by it, a status that the filter looks at, the profile,
 * a file that cannot be read, what suggestions read: assessments, reviews, check-ins, breaks,
 * service, a milestone that takes a suggestion) redraws the whole tree. Cards redraw the goals
 * they belong and belonged to. Files the tree does not show (evidence) redraw nothing.
 */
export function goalTreeRefresh(index: GrowthIndex, changes: readonly IndexChange[]): GoalTreeRefresh {
  const goalPaths = new Set<string>();
  const whole = { whole: true, goalPaths } as const;
  for (const { path, before, after } of changes) {
    if (sameFile(before, after)) continue;
    // A file that cannot be read is listed under "Files with problems" whatever its kind.
    if ((before && !before.record) || (after && !after.record)) return whole;
    const kinds = new Set([before?.record?.kind, after?.record?.kind].filter((kind) => kind !== undefined));
    if (kinds.size > 1 || kinds.has('profile')) return whole;
    // What suggestions read: the group of next steps at the top may change.
    if (['assessment', 'review', 'checkin', 'break', 'service'].some((kind) => kinds.has(kind as never))) return whole;
    if (kinds.has('goal')) {
      if (!before?.record || !after?.record || before.id !== after.id) return whole;
      if (movesRow(before.record.data as Goal, after.record.data as Goal)) return whole;
      if (!deepEqual(takenBy(before.record.data as Goal), takenBy(after.record.data as Goal))) return whole;
      goalPaths.add(path);
    } else if (kinds.has('card')) {
      for (const file of [before, after]) {
        const goalId = file?.record?.kind === 'card' ? file.record.data.goal : undefined;
        const goal = goalId === undefined ? undefined : index.goal(goalId);
        if (goal) goalPaths.add(goal.path);
      }
    }
  }
  return { whole: false, goalPaths };
}

/** Re-reading a file that did not change (the writer updates the index, then the watcher reports it). */
function sameFile(before: ParsedFile | undefined, after: ParsedFile | undefined): boolean {
  if (!before || !after) return before === after;
  return before.id === after.id && deepEqual(before.record, after.record) && deepEqual(before.problems, after.problems);
}

/** The suggestions a goal's milestones answer. */
function takenBy(goal: Goal): (string | undefined)[] {
  return goal.milestones.map((milestone) => milestone.suggestion);
}

/** True when a goal's change can move its row: where it hangs, whether it shows, how it sorts. */
function movesRow(before: Goal, after: Goal): boolean {
  return (
    before.horizon !== after.horizon ||
    before.parent !== after.parent ||
    before.status !== after.status ||
    before.title !== after.title ||
    before.due !== after.due ||
    !deepEqual(before.priority, after.priority)
  );
}

// ---- Descriptions -----------------------------------------------------------------------

/** "in 12 days", "today", "tomorrow", "3 days ago". */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return l10n.t('today');
  if (days === 1) return l10n.t('tomorrow');
  if (days === -1) return l10n.t('yesterday');
  return days > 0 ? l10n.t('in {0} days', days) : l10n.t('{0} days ago', -days);
}

/**
 * The goal's one-line summary: how far along it is and when it is due. Progress counts its
 * milestones; a long-term goal without milestones counts its short-term goals instead.
 */
export function describeGoal(goal: Goal, today: string, childGoals: readonly Goal[] = []): string {
  const parts: string[] = [];
  const milestones = goal.milestones.filter((milestone) => milestone.status !== 'dropped');
  const children = childGoals.filter((child) => child.status !== 'dropped');
  if (milestones.length > 0) {
    parts.push(`${milestones.filter((milestone) => milestone.status === 'done').length}/${milestones.length}`);
  } else if (goal.horizon === 'long' && children.length > 0) {
    parts.push(l10n.t('{0}/{1} goals', children.filter((child) => child.status === 'done').length, children.length));
  }
  parts.push(dueText(goal.status, goal.due, today));
  if (goal.status === 'active' && isBehindPace(goalProgress(goal, today))) parts.push(l10n.t('behind its pace'));
  return parts.join(' · ');
}

export function describeMilestone(milestone: Milestone, today: string): string {
  if (milestone.status === 'done' && milestone.completed) return doneText(milestone.completed, today);
  return dueText(milestone.status, milestone.due, today);
}

/** "done today", "done 3 days ago": one text per case, like relativeDay's. */
function doneText(completed: string, today: string): string {
  const days = daysBetween(today, completed);
  if (days === 0) return l10n.t('done today');
  if (days === 1) return l10n.t('done tomorrow');
  if (days === -1) return l10n.t('done yesterday');
  return days > 0 ? l10n.t('done in {0} days', days) : l10n.t('done {0} days ago', -days);
}

function dueText(status: string, due: string | undefined, today: string): string {
  if (status === 'done' || status === 'dropped' || status === 'paused') return goalStatusText(status);
  if (!due) return l10n.t('no due date');
  const days = daysBetween(today, due);
  if (days < 0) return days === -1 ? l10n.t('overdue by 1 day') : l10n.t('overdue by {0} days', -days);
  if (days === 0) return l10n.t('due today');
  if (days === 1) return l10n.t('due tomorrow');
  return l10n.t('due in {0} days', days);
}

const NOT_DUE = new Set(['done', 'dropped', 'paused']);

/** True when the due date of a goal or milestone still being worked on has passed (a paused one waits). */
export function isOverdue(status: string, due: string | undefined, today: string): boolean {
  return !NOT_DUE.has(status) && due !== undefined && due < today;
}
