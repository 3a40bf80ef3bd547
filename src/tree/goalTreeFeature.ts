import * as vscode from 'vscode';
import { registerCommands } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import type { GoalFilter, GoalSort } from '../core/goalTree';
import type { Services } from '../services';
import { deleteItem } from './commands/deleteItem';
import { filterGoals } from './commands/filterGoals';
import { openItem } from './commands/openItem';
import { refreshGoals } from './commands/refreshGoals';
import { revealInExplorer } from './commands/revealInExplorer';
import { sortGoals } from './commands/sortGoals';
import { GoalTreeProvider, type GoalTreeState } from './goalTreeProvider';
import { HistoryProvider } from './historyProvider';

const STATE_KEY = 'devgrowth.goals.view';
/** How long file changes are gathered before the views redraw. */
const REFRESH_DELAY_MS = 150;

/** The sidebar: the Goals tree and the History view, their commands and context keys. */
export class GoalTreeFeature extends Disposable {
  readonly goals: GoalTreeProvider;
  readonly history: HistoryProvider;
  readonly goalsView: vscode.TreeView<unknown>;
  private readonly state: GoalTreeState;
  private refreshTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly services: Services) {
    super();
    const saved = services.context.workspaceState.get<Partial<GoalTreeState>>(STATE_KEY);
    this.state = { sort: saved?.sort ?? 'priority', filter: saved?.filter ?? 'active' };
    this.goals = this.register(new GoalTreeProvider(services.workspace, this.state, services.today));
    this.history = this.register(new HistoryProvider(services.workspace));
    this.goalsView = this.register(vscode.window.createTreeView('devgrowth.goals', { treeDataProvider: this.goals, showCollapseAll: true }));
    this.register(vscode.window.createTreeView('devgrowth.history', { treeDataProvider: this.history }));
    this.register(registerCommands(services, [openItem, revealInExplorer, deleteItem, refreshGoals(this), sortGoals(this), ...filterGoals(this)]));
    this.register(
      services.workspace.onDidChange(() => {
        // The context keys gate the palette: set them at once; the redraw can wait for the batch.
        void this.updateContext();
        this.scheduleRefresh();
      }),
    );
    this.register({ dispose: () => clearTimeout(this.refreshTimer) });
    void this.updateContext();
  }

  get sort(): GoalSort {
    return this.state.sort;
  }

  get filter(): GoalFilter {
    return this.state.filter;
  }

  async setView(change: Partial<GoalTreeState>): Promise<void> {
    Object.assign(this.state, change);
    await this.services.context.workspaceState.update(STATE_KEY, { ...this.state });
    await this.updateContext();
    this.refresh();
  }

  refresh(): void {
    this.goals.refresh();
    this.history.refresh();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  /** Context keys for when-clauses: is there a plan (welcome view), which filter is on (icons). */
  private async updateContext(): Promise<void> {
    await this.services.workspace.whenLoaded();
    const hasPlan = this.services.workspace.roots().some((root) => root.index.size > 0);
    await vscode.commands.executeCommand('setContext', 'devgrowth.hasPlan', hasPlan);
    await vscode.commands.executeCommand('setContext', 'devgrowth.goals.filter', this.state.filter);
  }
}
