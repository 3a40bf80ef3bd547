import * as vscode from 'vscode';
import { markdownText } from '../core/markdownText';
import { goalProgress } from '../core/progress';
import type { CommandTarget, HasTarget } from '../commands/target';
import {
  contextValueOf,
  describeGoal,
  describeMilestone,
  goalKey,
  goalTreeChildren,
  isOverdue,
  nodeKey,
  relativeDay,
  type GoalFilter,
  type GoalSort,
  type GoalTreeNode,
} from '../core/goalTree';
import { priorityScore } from '../core/priority';
import { reasonsWhy, takeLabel } from '../core/suggestions/view';
import type { FieldPath, Problem } from '../core/problem';
import type { Goal, Milestone } from '../core/schema';
import {
  RUBRIC_DIMENSIONS,
  artefactTypeText,
  goalStatusText,
  milestoneStatusText,
  pillarText,
  rubricDimensionText,
} from '../core/vocabulary';
import type { GrowthRoot, GrowthWorkspace } from '../workspace/growthWorkspace';
import { CommandId } from '../core/commandIds';

/** Where a row opens its file: at a field of the front matter, or at a line (a problem's). */
export type OpenLocation =
  { readonly uri: string; readonly field: FieldPath } | { readonly uri: string; readonly line: number; readonly character: number };

type ElementNode = GoalTreeNode | { readonly type: 'root' };

/**
 * A row of the Goals tree: a model node in one plan. The provider keeps one element per row id
 * and gives it fresh data on refresh, so VS Code can be told to redraw exactly that row.
 */
export class GoalTreeElement implements HasTarget {
  constructor(
    readonly root: GrowthRoot,
    public node: ElementNode,
  ) {}

  /** Unique in the view and stable across refreshes: from the plan's folder and the node's paths and ids. */
  get id(): string {
    return idOf(this.root, this.node);
  }

  get target(): CommandTarget {
    const { root, node } = this;
    switch (node.type) {
      case 'goal':
        return { kind: 'goal', root, uri: vscode.Uri.parse(node.goal.path), goalId: node.goal.id };
      case 'milestone':
        return {
          kind: 'milestone',
          root,
          uri: vscode.Uri.parse(node.goal.path),
          goalId: node.goal.id,
          milestoneId: node.milestone.id,
          index: node.index,
        };
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

  /** Where the row's file opens: a milestone at its list item, a broken file at its first problem. */
  get location(): OpenLocation | undefined {
    const { node } = this;
    switch (node.type) {
      case 'northStar':
        return { uri: node.path, field: ['northStar'] };
      case 'goal':
        return { uri: node.goal.path, field: ['title'] };
      case 'milestone':
        return { uri: node.goal.path, field: ['milestones', node.index] };
      case 'card':
        return { uri: node.card.path, field: ['title'] };
      case 'invalid': {
        const start = node.file.problems.find((problem) => problem.range)?.range?.start ?? { line: 0, character: 0 };
        return { uri: node.file.path, ...start };
      }
      default:
        return undefined;
    }
  }
}

function idOf(root: GrowthRoot, node: ElementNode): string {
  return `${root.folder.uri.toString()}|${node.type === 'root' ? 'root' : nodeKey(node)}`;
}

export interface GoalTreeState {
  sort: GoalSort;
  filter: GoalFilter;
}

type IconSpec = readonly [id: string, color?: string];

/** One icon per milestone status: an active milestone is work in progress. */
const MILESTONE_ICONS: Record<string, IconSpec> = {
  planned: ['circle-large-outline'],
  active: ['sync', 'charts.blue'],
  done: ['pass-filled', 'charts.green'],
  dropped: ['close', 'disabledForeground'],
};
/** Goals share them, except that an active goal is something aimed at (a row of spinners reads as "loading"). */
const GOAL_ICONS: Record<string, IconSpec> = {
  ...MILESTONE_ICONS,
  draft: ['circle-large-outline'],
  active: ['target', 'charts.blue'],
  paused: ['debug-pause', 'charts.yellow'],
};
const ERROR_ICON: IconSpec = ['error', 'problemsErrorIcon.foreground'];
const OVERDUE_COLOR = 'problemsWarningIcon.foreground';

/**
 * The Goals tree: north star, long-term goals, short-term goals, milestones and growth cards,
 * with a status icon, progress and dates at a glance, and the S.M.A.R.T. summary and problems
 * in the tooltip. Children are computed one level at a time, when VS Code asks.
 */
export class GoalTreeProvider implements vscode.TreeDataProvider<GoalTreeElement>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<GoalTreeElement | GoalTreeElement[] | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly elements = new Map<string, GoalTreeElement>();
  private readonly firstRenderEmitter = new vscode.EventEmitter<void>();
  /** Fires once, when the top rows of a loaded plan are first handed to VS Code, each with its tree item. */
  readonly onDidFirstRender = this.firstRenderEmitter.event;
  /** The first top rows whose tree items VS Code has yet to ask for; undefined before and after. */
  private firstRows?: Set<GoalTreeElement>;
  private rendered = false;
  /** When VS Code first asked for the top rows (`performance.now()`): a late first render may be a late question. */
  firstAskedAt?: number;

  constructor(
    private readonly workspace: GrowthWorkspace,
    private readonly state: GoalTreeState,
    private readonly today: () => string,
  ) {}

  /** Redraws the whole tree (the rows keep their ids, so expanded rows stay expanded). */
  refresh(): void {
    this.elements.clear();
    this.changeEmitter.fire(undefined);
  }

  /** Redraws the rows of these goal files and what is below them; goals not shown yet are skipped. */
  refreshGoals(root: GrowthRoot, paths: Iterable<string>): void {
    const changed: GoalTreeElement[] = [];
    for (const path of paths) {
      const element = this.elements.get(`${root.folder.uri.toString()}|${goalKey(path)}`);
      const file = root.index.get(path);
      if (!element || element.node.type !== 'goal' || file?.record?.kind !== 'goal') continue;
      element.node = { type: 'goal', goal: { path, id: file.id, data: file.record.data } };
      changed.push(element);
    }
    if (changed.length > 0) this.changeEmitter.fire(changed);
  }

  dispose(): void {
    this.changeEmitter.dispose();
    this.firstRenderEmitter.dispose();
  }

  async getChildren(element?: GoalTreeElement): Promise<GoalTreeElement[]> {
    if (!element) {
      this.firstAskedAt ??= performance.now();
      // The rows show as soon as the plan starts to; they fill in as the rest is read.
      await this.workspace.whenShown();
      const roots = this.workspace.roots().filter((root) => root.index.size > 0);
      // One plan: its rows at the top. Several: one folder row per plan, never mixed.
      const rows = roots.length === 1 ? this.childrenIn(roots[0]!) : roots.map((root) => this.elementFor(root, { type: 'root' }));
      // VS Code asks for each row's tree item right after this answer: the rows show once it has them all.
      if (!this.rendered && rows.length > 0) this.firstRows = new Set(rows);
      return rows;
    }
    if (element.node.type === 'root') return this.childrenIn(element.root);
    return goalTreeChildren(element.root.index, this.options(), element.node).map((node) => this.elementFor(element.root, node));
  }

  getTreeItem(element: GoalTreeElement): vscode.TreeItem {
    if (this.firstRows?.delete(element) && this.firstRows.size === 0) {
      this.firstRows = undefined;
      this.rendered = true;
      // After this item is made: the listener's timing then includes it.
      queueMicrotask(() => this.firstRenderEmitter.fire());
    }
    const { node, root } = element;
    const today = this.today();
    const { None, Collapsed, Expanded } = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'root':
        return this.item(element, root.folder.name, Expanded, { icon: new vscode.ThemeIcon('root-folder') });
      case 'northStar':
        return this.item(element, node.statement, None, {
          icon: icon(['star-full', 'charts.yellow']),
          description: node.by ? vscode.l10n.t('by {0}', node.by) : undefined,
        });
      case 'goal': {
        const { data } = node.goal;
        const errors = root.index.problems(node.goal.path, today).some((problem) => problem.severity === 'error');
        const children = data.horizon === 'long' ? root.index.childGoals(node.goal.id).map((child) => child.data) : [];
        const hasChildren = data.milestones.length > 0 || children.length > 0 || root.index.cards(node.goal.id).length > 0;
        return this.item(element, data.title, hasChildren ? Collapsed : None, {
          icon: statusIcon(GOAL_ICONS, data.status, errors, isOverdue(data.status, data.due, today)),
          description: describeGoal(data, today, children),
          resourceUri: vscode.Uri.parse(node.goal.path),
        });
      }
      case 'milestone': {
        const { milestone } = node;
        const errors = milestoneProblems(element, today).some((problem) => problem.severity === 'error');
        const hasCards = root.index.cards(node.goal.id, milestone.id).length > 0;
        return this.item(element, milestone.title, hasCards ? Collapsed : None, {
          icon: statusIcon(MILESTONE_ICONS, milestone.status, errors, isOverdue(milestone.status, milestone.due, today)),
          description: describeMilestone(milestone, today),
        });
      }
      case 'card': {
        const errors = root.index.problems(node.card.path, today).some((problem) => problem.severity === 'error');
        const artefacts = node.card.data.artefacts?.length ?? 0;
        const peerReviews = node.card.data.peerReviews?.length ?? 0;
        return this.item(element, node.card.data.title, None, {
          icon: icon(errors ? ERROR_ICON : ['note']),
          description: [
            artefacts === 0
              ? vscode.l10n.t('growth card')
              : artefacts === 1
                ? vscode.l10n.t('growth card · 1 artefact')
                : vscode.l10n.t('growth card · {0} artefacts', artefacts),
            ...(peerReviews === 0
              ? []
              : [peerReviews === 1 ? vscode.l10n.t('1 peer review') : vscode.l10n.t('{0} peer reviews', peerReviews)]),
          ].join(' · '),
          resourceUri: vscode.Uri.parse(node.card.path),
        });
      }
      case 'unlinked':
        return this.item(element, vscode.l10n.t('Goals without a long-term goal'), Expanded, {
          icon: new vscode.ThemeIcon('debug-disconnect'),
        });
      case 'problems':
        return this.item(element, vscode.l10n.t('Files with problems'), Expanded, {
          icon: icon(ERROR_ICON),
          description: String(node.count),
        });
      case 'invalid': {
        const uri = vscode.Uri.parse(node.file.path);
        return this.item(element, uri.path.slice(uri.path.lastIndexOf('/') + 1), None, {
          icon: icon(ERROR_ICON),
          description: node.file.problems[0]?.message,
          resourceUri: uri,
        });
      }
      case 'page':
        return this.item(element, vscode.l10n.t('{0}–{1} of {2}', node.from + 1, node.to, node.total), Collapsed, {
          icon: new vscode.ThemeIcon('list-flat'),
        });
      case 'suggestions':
        return this.item(element, vscode.l10n.t('Suggested next steps'), Expanded, {
          icon: new vscode.ThemeIcon('lightbulb'),
          description: String(node.suggestions.length),
        });
      case 'suggestion':
        return this.item(element, node.suggestion.title, None, {
          icon: new vscode.ThemeIcon('sparkle'),
          description: takeLabel(node.suggestion.proposal),
        });
      case 'moreSuggestions':
        return this.item(element, vscode.l10n.t('All {0} suggestions…', node.total), None, {
          icon: new vscode.ThemeIcon('list-flat'),
          command: { title: vscode.l10n.t('All {0} suggestions…', node.total), command: CommandId.SuggestionTake },
        });
    }
  }

  /** Tooltips are built when the pointer rests on a row, not for every row drawn. */
  resolveTreeItem(item: vscode.TreeItem, element: GoalTreeElement): vscode.TreeItem {
    item.tooltip = this.tooltip(element);
    return item;
  }

  tooltip(element: GoalTreeElement): vscode.MarkdownString | undefined {
    const { node, root } = element;
    const today = this.today();
    switch (node.type) {
      case 'northStar':
        return new Tooltip().heading(vscode.l10n.t('North star')).text(node.statement).row(vscode.l10n.t('By'), node.by).markdown;
      case 'goal':
        return goalTooltip(node.goal.data, root.index.problems(node.goal.path, today), today);
      case 'milestone':
        return milestoneTooltip(node.milestone, milestoneProblems(element, today), today);
      case 'card': {
        const { data } = node.card;
        // The learning loop, in its order: learn (concepts), apply (artefacts), review (peers), adjust (post-mortem).
        const tooltip = new Tooltip().heading(data.title).row(vscode.l10n.t('Milestone'), data.milestone);
        tooltip.row(vscode.l10n.t('Learned'), data.concepts?.join(', '));
        for (const artefact of data.artefacts ?? [])
          tooltip.row(vscode.l10n.t('Artefact ({0})', artefactTypeText(artefact.type)), artefact.title);
        for (const review of data.peerReviews ?? []) {
          tooltip.row(
            vscode.l10n.t('Peer review by {0}, {1}', review.reviewer, review.date),
            review.feedback ??
              (review.artefact
                ? vscode.l10n.t('asked about "{0}", no feedback yet', review.artefact)
                : vscode.l10n.t('asked, no feedback yet')),
          );
        }
        tooltip.row(vscode.l10n.t('Adjust'), vscode.l10n.t("what went well and what to change goes in the card's post-mortem"));
        return tooltip.problems(root.index.problems(node.card.path, today)).markdown;
      }
      case 'unlinked':
        return new Tooltip().text(
          vscode.l10n.t("Short-term goals whose parent names no long-term goal. Set each one's parent to the long-term goal it serves."),
        ).markdown;
      case 'suggestions':
        return new Tooltip().text(
          vscode.l10n.t(
            'What your assessments, reviews and check-ins lead to. Each stays until you take it or answer "Not now", or until its record is more than 90 days old.',
          ),
        ).markdown;
      case 'suggestion': {
        const tooltip = new Tooltip().heading(node.suggestion.title);
        for (const why of reasonsWhy(node.suggestion)) tooltip.text(why);
        return tooltip.markdown;
      }
      case 'invalid':
        return new Tooltip().heading(vscode.workspace.asRelativePath(vscode.Uri.parse(node.file.path))).problems(node.file.problems)
          .markdown;
      default:
        return undefined;
    }
  }

  private childrenIn(root: GrowthRoot): GoalTreeElement[] {
    return goalTreeChildren(root.index, this.options()).map((node) => this.elementFor(root, node));
  }

  /** The element for a row, the same object each time, carrying the latest data. */
  private elementFor(root: GrowthRoot, node: ElementNode): GoalTreeElement {
    const id = idOf(root, node);
    const known = this.elements.get(id);
    if (known) {
      known.node = node;
      return known;
    }
    const element = new GoalTreeElement(root, node);
    this.elements.set(id, element);
    return element;
  }

  private options() {
    return { sort: this.state.sort, filter: this.state.filter, today: this.today() };
  }

  private item(
    element: GoalTreeElement,
    label: string,
    collapsible: vscode.TreeItemCollapsibleState,
    details: { icon: vscode.ThemeIcon; description?: string; resourceUri?: vscode.Uri; command?: vscode.Command },
  ): vscode.TreeItem {
    const item = new vscode.TreeItem(label, collapsible);
    item.id = element.id;
    item.iconPath = details.icon;
    item.description = details.description;
    // The file's problem count and colour show on the row, as in the Explorer.
    item.resourceUri = details.resourceUri;
    item.contextValue = element.node.type === 'root' ? 'root' : contextValueOf(element.node, this.today());
    item.accessibilityInformation = { label: [label, details.description].filter(Boolean).join(', ') };
    const location = element.location;
    if (details.command) item.command = details.command;
    else if (location) {
      // Like the Outline view: a click opens the file at the row's place (the twistie expands).
      item.command = { command: CommandId.ItemOpen, title: vscode.l10n.t('Open'), arguments: [element, location, { preserveFocus: true }] };
    }
    return item;
  }
}

function icon([id, color]: IconSpec): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
}

/** The status icon, the error icon when the file has errors, in the warning colour when overdue. */
function statusIcon(icons: Record<string, IconSpec>, status: string, hasErrors: boolean, overdue: boolean): vscode.ThemeIcon {
  if (hasErrors) return icon(ERROR_ICON);
  const [id, color] = icons[status] ?? MILESTONE_ICONS.planned!;
  return icon([id, overdue ? OVERDUE_COLOR : color]);
}

/** The goal file's problems that are about this milestone. */
function milestoneProblems(element: GoalTreeElement, today: string): Problem[] {
  const { node, root } = element;
  if (node.type !== 'milestone') return [];
  return root.index
    .problems(node.goal.path, today)
    .filter((problem) => problem.field?.[0] === 'milestones' && problem.field[1] === node.index);
}

function goalTooltip(goal: Goal, problems: readonly Problem[], today: string): vscode.MarkdownString {
  const horizon = goal.horizon === 'long' ? vscode.l10n.t('Long-term goal') : vscode.l10n.t('Short-term goal');
  // Where the goal stands now: the latest progress update, else `current` as written.
  const now = goal.progress?.length ? goal.progress[goal.progress.length - 1]!.value : goal.measurable?.current;
  const measurable = goal.measurable
    ? `${goal.measurable.metric}: ${String(goal.measurable.target)}${now !== undefined ? ` (${vscode.l10n.t('now {0}', String(now))})` : ''}`
    : undefined;
  return new Tooltip()
    .heading(goal.title)
    .text(`${horizon} · ${goalStatusText(goal.status)}`)
    .row(vscode.l10n.t('Specific'), goal.specific)
    .row(vscode.l10n.t('Measurable'), measurable)
    .row(
      vscode.l10n.t('Progress'),
      goal.status === 'active' || goal.status === 'paused' || goal.status === 'draft' ? goalProgress(goal, today)?.summary : undefined,
    )
    .row(vscode.l10n.t('Achievable'), goal.achievable)
    .row(vscode.l10n.t('Relevant'), goal.relevant)
    .row(vscode.l10n.t('Due'), goal.due && `${goal.due} (${relativeDay(goal.due, today)})`)
    .row(vscode.l10n.t('Stretch'), goal.stretch && [goal.stretch.target, goal.stretch.due].filter(Boolean).join(', '))
    .row(vscode.l10n.t('Pillar'), goal.pillar && pillarText(goal.pillar))
    .row(vscode.l10n.t('Priority score'), goal.priority && `${priorityScore(goal.priority)}/100`)
    .problems(problems).markdown;
}

function milestoneTooltip(milestone: Milestone, problems: readonly Problem[], today: string): vscode.MarkdownString {
  const tooltip = new Tooltip()
    .heading(milestone.title)
    .text(milestoneStatusText(milestone.status))
    .row(vscode.l10n.t('Done when'), milestone.doneWhen)
    .row(vscode.l10n.t('Due'), milestone.due && `${milestone.due} (${relativeDay(milestone.due, today)})`)
    .row(vscode.l10n.t('Completed'), milestone.completed);
  const { before, after } = milestone.rubric ?? {};
  if (before || after) {
    tooltip.row(
      vscode.l10n.t('Rubric before → after'),
      RUBRIC_DIMENSIONS.map(
        (dimension) => `${rubricDimensionText(dimension)} ${before?.[dimension] ?? '–'} → ${after?.[dimension] ?? '–'}`,
      ).join(', '),
    );
  }
  return tooltip.problems(problems).markdown;
}

/**
 * A tooltip in which everything from the user's files is added as plain text (`markdownText`):
 * Markdown and HTML in a title are shown as written, never rendered (and links never run commands).
 */
class Tooltip {
  readonly markdown = new vscode.MarkdownString(undefined, false);

  constructor() {
    this.markdown.supportHtml = false;
    this.markdown.isTrusted = false;
  }

  heading(text: string): this {
    this.markdown.appendMarkdown('**').appendMarkdown(markdownText(text)).appendMarkdown('**\n\n');
    return this;
  }

  text(text: string): this {
    this.markdown.appendMarkdown(markdownText(text)).appendMarkdown('\n\n');
    return this;
  }

  /** `Name: value`, left out when there is no value. */
  row(name: string, value: string | undefined): this {
    if (value)
      this.markdown
        .appendMarkdown('**')
        .appendMarkdown(markdownText(`${name}:`))
        .appendMarkdown('** ')
        .appendMarkdown(markdownText(value))
        .appendMarkdown('  \n');
    return this;
  }

  problems(problems: readonly Problem[]): this {
    if (problems.length === 0) return this;
    this.markdown
      .appendMarkdown('\n\n**')
      .appendMarkdown(markdownText(vscode.l10n.t('Problems')))
      .appendMarkdown('**\n\n');
    for (const problem of problems) {
      const where = problem.range ? ` (${vscode.l10n.t('line {0}', problem.range.start.line + 1)})` : '';
      this.markdown
        .appendMarkdown('- ')
        .appendMarkdown(markdownText(`${problem.message}${where}`))
        .appendMarkdown('\n');
    }
    return this;
  }
}
