import * as vscode from 'vscode';
import { describeGoal, describeMilestone, goalTreeChildren, isOverdue, type GoalFilter, type GoalSort, type GoalTreeNode } from '../core/goalTree';
import { priorityScore } from '../core/priority';
import type { Problem } from '../core/problem';
import type { CommandTarget, HasTarget } from '../commands/target';
import type { GrowthRoot, GrowthWorkspace } from '../workspace/growthWorkspace';

/** A row of the Goals tree: a model node in one root, with what commands act on. */
export class GoalTreeElement implements HasTarget {
  constructor(
    readonly root: GrowthRoot,
    readonly node: GoalTreeNode | { readonly type: 'root' },
  ) {}

  get target(): CommandTarget {
    const { root, node } = this;
    switch (node.type) {
      case 'goal':
        return { kind: 'goal', root, uri: vscode.Uri.parse(node.goal.path), goalId: node.goal.id };
      case 'milestone':
        return { kind: 'milestone', root, uri: vscode.Uri.parse(node.goal.path), goalId: node.goal.id, milestoneId: node.milestone.id, index: node.index };
      case 'card':
        return { kind: 'file', root, uri: vscode.Uri.parse(node.card.path) };
      case 'northStar':
        return { kind: 'file', root, uri: vscode.Uri.parse(node.path) };
      case 'invalid':
        return { kind: 'file', root, uri: vscode.Uri.parse(node.file.path) };
      default:
        return { kind: 'file', root, uri: root.uri };
    }
  }
}

export interface GoalTreeState {
  sort: GoalSort;
  filter: GoalFilter;
}

const GOAL_ICONS: Record<string, [string, string | undefined]> = {
  draft: ['circle-large-outline', 'disabledForeground'],
  active: ['target', 'charts.blue'],
  paused: ['debug-pause', 'charts.yellow'],
  done: ['pass-filled', 'charts.green'],
  dropped: ['circle-slash', 'disabledForeground'],
};

const MILESTONE_ICONS: Record<string, [string, string | undefined]> = {
  planned: ['circle-large-outline', undefined],
  active: ['sync', 'charts.blue'],
  done: ['pass-filled', 'charts.green'],
  dropped: ['circle-slash', 'disabledForeground'],
};

/**
 * The Goals tree: north star, long-term goals, short-term goals, milestones and growth cards,
 * with a status icon, progress and dates at a glance, and problems in the tooltip.
 */
export class GoalTreeProvider implements vscode.TreeDataProvider<GoalTreeElement> {
  private readonly changeEmitter = new vscode.EventEmitter<GoalTreeElement | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  /** Set once the first top-level children were handed to the view (for the activation benchmark). */
  firstRender?: number;

  constructor(
    private readonly workspace: GrowthWorkspace,
    private readonly state: GoalTreeState,
    private readonly today: () => string,
  ) {}

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }

  async getChildren(element?: GoalTreeElement): Promise<GoalTreeElement[]> {
    if (!element) {
      await this.workspace.whenLoaded();
      const roots = this.workspace.roots().filter((root) => root.index.size > 0);
      this.firstRender ??= performance.now();
      // One plan: its nodes at the top. Several: one folder node per plan, never mixed.
      if (roots.length === 1) return this.childrenIn(roots[0]!);
      return roots.map((root) => new GoalTreeElement(root, { type: 'root' }));
    }
    if (element.node.type === 'root') return this.childrenIn(element.root);
    return goalTreeChildren(element.root.index, this.options(), element.node).map((node) => new GoalTreeElement(element.root, node));
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(element: GoalTreeElement): vscode.TreeItem {
    const { node, root } = element;
    const today = this.today();
    const rootKey = root.folder.uri.toString();
    switch (node.type) {
      case 'root':
        return this.item(element, root.folder.name, `root:${rootKey}`, vscode.TreeItemCollapsibleState.Expanded, {
          icon: new vscode.ThemeIcon('root-folder'),
          contextValue: 'root',
        });
      case 'northStar': {
        const tooltip = new vscode.MarkdownString().appendMarkdown(`**${vscode.l10n.t('North star')}**\n\n`).appendText(node.statement);
        return this.item(element, node.statement, `${rootKey}#northStar`, vscode.TreeItemCollapsibleState.None, {
          icon: new vscode.ThemeIcon('star-full', new vscode.ThemeColor('charts.yellow')),
          description: node.by ? vscode.l10n.t('by {0}', node.by) : undefined,
          tooltip,
          contextValue: 'northStar',
          open: { uri: node.path, field: ['northStar'] },
        });
      }
      case 'goal': {
        const { data } = node.goal;
        const problems = root.index.problems(node.goal.path, today);
        const [icon, color] = problems.some((problem) => problem.severity === 'error')
          ? ['error', 'problemsErrorIcon.foreground']
          : (GOAL_ICONS[data.status] ?? GOAL_ICONS.draft!);
        const overdue = isOverdue(data.status, data.due, today);
        const hasChildren = data.milestones.length > 0 || root.index.cards(node.goal.id).length > 0 || (data.horizon === 'long' && root.index.childGoals(node.goal.id).length > 0);
        return this.item(element, data.title, `${rootKey}#goal:${node.goal.path}`, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None, {
          icon: new vscode.ThemeIcon(overdue ? 'warning' : icon, new vscode.ThemeColor(overdue ? 'problemsWarningIcon.foreground' : color ?? 'foreground')),
          description: describeGoal(data, today),
          tooltip: goalTooltip(node.goal.data, problems),
          contextValue: `goal:${data.status}:${data.horizon}${overdue ? ':overdue' : ''}`,
          open: { uri: node.goal.path, field: [] },
        });
      }
      case 'milestone': {
        const { milestone } = node;
        const overdue = isOverdue(milestone.status, milestone.due, today);
        const [icon, color] = MILESTONE_ICONS[milestone.status] ?? MILESTONE_ICONS.planned!;
        const tooltip = new vscode.MarkdownString().appendMarkdown('**').appendText(milestone.title).appendMarkdown('**\n\n');
        if (milestone.doneWhen) tooltip.appendMarkdown(`${vscode.l10n.t('Done when')}: `).appendText(milestone.doneWhen).appendMarkdown('\n\n');
        if (milestone.rubric?.before || milestone.rubric?.after) tooltip.appendText(rubricText(milestone.rubric.before, milestone.rubric.after));
        const hasCards = root.index.cards(node.goal.id, milestone.id).length > 0;
        return this.item(element, milestone.title, `${rootKey}#milestone:${node.goal.path}:${milestone.id}`, hasCards ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None, {
          icon: new vscode.ThemeIcon(overdue ? 'warning' : icon, overdue ? new vscode.ThemeColor('problemsWarningIcon.foreground') : color ? new vscode.ThemeColor(color) : undefined),
          description: describeMilestone(milestone, today),
          tooltip,
          contextValue: `milestone:${milestone.status}${overdue ? ':overdue' : ''}`,
          open: { uri: node.goal.path, field: ['milestones', node.index] },
        });
      }
      case 'card':
        return this.item(element, node.card.data.title, `${rootKey}#card:${node.card.path}`, vscode.TreeItemCollapsibleState.None, {
          icon: new vscode.ThemeIcon('note'),
          description: vscode.l10n.t('growth card'),
          contextValue: 'card',
          open: { uri: node.card.path, field: [] },
        });
      case 'unlinked':
        return this.item(element, vscode.l10n.t('Goals without a long-term goal'), `${rootKey}#unlinked`, vscode.TreeItemCollapsibleState.Expanded, {
          icon: new vscode.ThemeIcon('debug-disconnect'),
          tooltip: new vscode.MarkdownString(vscode.l10n.t('Short-term goals whose `parent` names no long-term goal. Link each one to the long-term goal it serves.')),
          contextValue: 'unlinked',
        });
      case 'problems':
        return this.item(element, vscode.l10n.t('Files with problems'), `${rootKey}#problems`, vscode.TreeItemCollapsibleState.Expanded, {
          icon: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
          description: String(node.files.length),
          contextValue: 'problems',
        });
      case 'invalid': {
        const first = node.file.problems[0];
        const tooltip = new vscode.MarkdownString();
        for (const problem of node.file.problems) tooltip.appendText(problemLine(problem)).appendMarkdown('\n\n');
        const uri = vscode.Uri.parse(node.file.path);
        return this.item(element, uri.path.slice(uri.path.lastIndexOf('/') + 1), `${rootKey}#invalid:${node.file.path}`, vscode.TreeItemCollapsibleState.None, {
          icon: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
          description: first?.message,
          tooltip,
          contextValue: 'invalidFile',
          open: { uri: node.file.path, line: first?.range?.start.line ?? 0, character: first?.range?.start.character ?? 0 },
        });
      }
    }
  }

  private childrenIn(root: GrowthRoot): GoalTreeElement[] {
    return goalTreeChildren(root.index, this.options()).map((node) => new GoalTreeElement(root, node));
  }

  private options() {
    return { sort: this.state.sort, filter: this.state.filter, today: this.today() };
  }

  private item(
    element: GoalTreeElement,
    label: string,
    id: string,
    collapsible: vscode.TreeItemCollapsibleState,
    details: {
      icon: vscode.ThemeIcon;
      description?: string;
      tooltip?: vscode.MarkdownString;
      contextValue: string;
      open?: OpenLocation;
    },
  ): vscode.TreeItem {
    const item = new vscode.TreeItem(label, collapsible);
    item.id = id;
    item.iconPath = details.icon;
    item.description = details.description;
    item.tooltip = details.tooltip;
    item.contextValue = details.contextValue;
    item.accessibilityInformation = { label: [label, details.description].filter(Boolean).join(', ') };
    if (details.open) {
      item.resourceUri = vscode.Uri.parse(details.open.uri);
      // A click on a row with children expands it (as everywhere in VS Code); "Open" is in its menu.
      if (collapsible === vscode.TreeItemCollapsibleState.None) {
        item.command = { command: 'devgrowth.item.open', title: vscode.l10n.t('Open'), arguments: [element, details.open] };
      }
    }
    return item;
  }
}

/** Where a click opens a file: at a field of the front matter, or at a line. */
export type OpenLocation =
  | { readonly uri: string; readonly field: readonly (string | number)[] }
  | { readonly uri: string; readonly line: number; readonly character: number };

function goalTooltip(goal: import('../core/schema').Goal, problems: readonly Problem[]): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**').appendText(goal.title).appendMarkdown('**\n\n');
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('Specific'), goal.specific],
    [vscode.l10n.t('Measurable'), goal.measurable ? `${goal.measurable.metric}: ${String(goal.measurable.target)}${goal.measurable.current !== undefined ? ` (${vscode.l10n.t('now')} ${String(goal.measurable.current)})` : ''}` : undefined],
    [vscode.l10n.t('Achievable'), goal.achievable],
    [vscode.l10n.t('Relevant'), goal.relevant],
    [vscode.l10n.t('Due'), goal.due],
    [vscode.l10n.t('Stretch'), goal.stretch ? [goal.stretch.target, goal.stretch.due].filter(Boolean).join(', ') : undefined],
    [vscode.l10n.t('Pillar'), goal.pillar],
    [vscode.l10n.t('Priority'), goal.priority ? `${priorityScore(goal.priority)}/100` : undefined],
  ];
  for (const [name, value] of rows) {
    if (value) tooltip.appendMarkdown(`${name}: `).appendText(value).appendMarkdown('  \n');
  }
  if (problems.length > 0) {
    tooltip.appendMarkdown(`\n**${vscode.l10n.t('Problems')}**\n\n`);
    for (const problem of problems) tooltip.appendMarkdown('- ').appendText(problemLine(problem)).appendMarkdown('\n');
  }
  return tooltip;
}

function problemLine(problem: Problem): string {
  const where = problem.range ? ` (${vscode.l10n.t('line {0}', problem.range.start.line + 1)})` : '';
  return `${problem.message}${where}`;
}

function rubricText(before?: Record<string, number>, after?: Record<string, number>): string {
  const dimensions = ['confidence', 'competence', 'impact', 'clarity'];
  return dimensions
    .map((dimension) => `${dimension} ${before?.[dimension] ?? '–'} → ${after?.[dimension] ?? '–'}`)
    .join(', ');
}
