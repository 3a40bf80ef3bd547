import * as vscode from 'vscode';
import { registerCommands } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import { ContextKey } from '../core/commandIds';
import { goalTreeRefresh, type GoalFilter, type GoalSort } from '../core/goalTree';
import type { IndexChange } from '../core/growthIndex';
import { affectsHistory } from '../core/history';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { deleteItem } from './commands/deleteItem';
import { filterGoals } from './commands/filterGoals';
import { openItem } from './commands/openItem';
import { refreshGoals } from './commands/refreshGoals';
import { revealInExplorer } from './commands/revealInExplorer';
import { sortGoals } from './commands/sortGoals';
import { GoalTreeProvider, type GoalTreeElement, type GoalTreeState } from './goalTreeProvider';
import { HistoryProvider } from './historyProvider';
import { MilestoneDragAndDrop } from './milestoneDragAndDrop';

const STATE_KEY = 'devgrowth.goals.view';
/** How long changes are gathered before the views redraw: the writer and the file watcher report the same write. */
const REFRESH_DELAY_MS = 100;

/** The sidebar: the Goals tree and the History view, their commands, drag and drop and context keys. */
export class GoalTreeFeature extends Disposable {
  readonly goals: GoalTreeProvider;
  readonly history: HistoryProvider;
  readonly goalsView: vscode.TreeView<GoalTreeElement>;
  readonly dragAndDrop: MilestoneDragAndDrop;
  private readonly state: GoalTreeState;
  private readonly pending = new Map<GrowthRoot, IndexChange[]>();
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private context: { hasPlan?: boolean; filter?: GoalFilter } = {};

  constructor(private readonly services: Services) {
    super();
    const saved = services.context.workspaceState.get<Partial<GoalTreeState>>(STATE_KEY);
    this.state = { sort: saved?.sort ?? 'priority', filter: saved?.filter ?? 'active' };
    this.goals = this.register(new GoalTreeProvider(services.workspace, this.state, services.today));
    this.history = this.register(new HistoryProvider(services.workspace, services.gitSuggestions));
    this.dragAndDrop = new MilestoneDragAndDrop(services);
    this.goalsView = this.register(
      vscode.window.createTreeView('devgrowth.goals', {
        treeDataProvider: this.goals,
        showCollapseAll: true,
        dragAndDropController: this.dragAndDrop,
      }),
    );
    this.register(vscode.window.createTreeView('devgrowth.history', { treeDataProvider: this.history }));
    this.register(
      registerCommands(services, [openItem, revealInExplorer, deleteItem(this), refreshGoals(this), sortGoals(this), ...filterGoals(this)]),
    );
    this.register(
      services.workspace.onDidChange(({ root, changes }) => {
        // The context keys gate the palette and the welcome view: set them at once; the redraw waits for the batch.
        void this.updateContext();
        this.pending.set(root, [...(this.pending.get(root) ?? []), ...changes]);
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => this.redrawPending(), REFRESH_DELAY_MS);
      }),
    );
    // The plan is read again from scratch (another folder in the settings, workspace folders
    // added or removed): every row may be gone, and a plan that is empty sends no change at all.
    this.register(
      services.workspace.onDidStartReading(() => {
        this.pending.clear();
        this.refresh();
        void this.updateContext();
      }),
    );
    this.register({ dispose: () => clearTimeout(this.refreshTimer) });
    this.describeView();
    void this.updateContext();
  }

  get sort(): GoalSort {
    return this.state.sort;
  }

  get filter(): GoalFilter {
    return this.state.filter;
  }

  /** Changes the order or the filter, remembers it for this workspace and redraws. */
  async setView(change: Partial<GoalTreeState>): Promise<void> {
    Object.assign(this.state, change);
    await this.services.context.workspaceState.update(STATE_KEY, { ...this.state });
    this.describeView();
    await this.updateContext();
    this.refresh();
  }

  refresh(): void {
    this.goals.refresh();
    this.history.refresh();
  }

  /** Redraws only what the gathered changes touched (see `goalTreeRefresh`). */
  private redrawPending(): void {
    const batches = [...this.pending];
    this.pending.clear();
    const roots = new Set(this.services.workspace.roots());
    let history = false;
    const scopes = batches.map(([root, changes]) => {
      history ||= affectsHistory(changes);
      return { root, refresh: roots.has(root) ? goalTreeRefresh(root.index, changes) : undefined };
    });
    // A root that is gone (the folders were reloaded) or a change of structure: everything.
    if (scopes.some(({ refresh }) => !refresh || refresh.whole)) {
      this.goals.refresh();
    } else {
      for (const { root, refresh } of scopes) this.goals.refreshGoals(root, refresh!.goalPaths);
    }
    if (history) this.history.refresh();
  }

  /** The view's header says which goals show, in which order. */
  private describeView(): void {
    const filter = this.state.filter === 'active' ? vscode.l10n.t('in play') : vscode.l10n.t('all');
    const sort = { priority: vscode.l10n.t('by priority'), due: vscode.l10n.t('by due date'), title: vscode.l10n.t('by title') }[
      this.state.sort
    ];
    this.goalsView.description = `${filter} · ${sort}`;
  }

  /** Context keys for when-clauses: is there a plan (welcome view, palette), which filter is on (its icon). */
  private async updateContext(): Promise<void> {
    // As soon as the plan shows (from the cache, before every file is checked), its commands do.
    await this.services.workspace.whenShown();
    const next = { hasPlan: this.services.workspace.roots().some((root) => root.index.size > 0), filter: this.state.filter };
    if (next.hasPlan !== this.context.hasPlan) await vscode.commands.executeCommand('setContext', ContextKey.HasPlan, next.hasPlan);
    if (next.filter !== this.context.filter) await vscode.commands.executeCommand('setContext', ContextKey.GoalsFilter, next.filter);
    this.context = next;
  }
}
