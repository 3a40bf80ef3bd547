import * as vscode from 'vscode';
import { readSettings } from '../config';
import { dashboardData } from '../core/dashboard';
import { fitDashboardData } from '../core/dashboardLimits';
import { shorten, DASHBOARD_LIMITS } from '../core/webviewLimits';
import { webviewHtml, webviewOptions, WebviewHost } from '../common/webviewHost';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import {
  dashboardCommandSchema,
  dashboardNotificationSchema,
  dashboardStateSchema,
  type DashboardCommand,
  type DashboardNotification,
} from './protocol';
import { CommandId } from '../core/commandIds';

/** How long file changes are gathered before the charts are drawn again. */
const REDRAW_DELAY_MS = 250;

/**
 * The growth dashboard of one plan, in a webview panel. It sends the webview the plan's
 * figures when it loads and again whenever a file of the plan changes; the webview draws them.
 */
export class DashboardPanel extends WebviewHost<DashboardCommand, DashboardNotification> {
  static readonly viewType = 'devgrowth.dashboard';
  private static readonly open = new Map<string, DashboardPanel>();
  private redrawTimer?: ReturnType<typeof setTimeout>;

  /** Shows the plan's dashboard (the open one, if there is one). */
  static show(services: Services, root: GrowthRoot): DashboardPanel {
    const existing = DashboardPanel.open.get(root.uri.toString());
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      DashboardPanel.viewType,
      titleOf(services, root),
      vscode.ViewColumn.Active,
      webviewOptions(services.context.extensionUri),
    );
    return new DashboardPanel(panel, services, root);
  }

  /** Brings a dashboard back after a window reload. */
  static revive(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const parsed = dashboardStateSchema.safeParse(state);
    const root = parsed.success ? services.workspace.roots().find((candidate) => candidate.uri.toString() === parsed.data.root) : undefined;
    if (!root || DashboardPanel.open.has(root.uri.toString())) {
      services.output.info(`${DashboardPanel.viewType}: closed a dashboard that could not be restored`);
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(services.context.extensionUri);
    new DashboardPanel(panel, services, root);
  }

  /** The dashboards open now. */
  static openPanels(): DashboardPanel[] {
    return [...DashboardPanel.open.values()];
  }

  private constructor(
    panel: vscode.WebviewPanel,
    private readonly services: Services,
    readonly root: GrowthRoot,
  ) {
    super(panel, { commands: dashboardCommandSchema, notifications: dashboardNotificationSchema }, services.output);
    const key = root.uri.toString();
    DashboardPanel.open.set(key, this);
    this.register({ dispose: () => DashboardPanel.open.get(key) === this && DashboardPanel.open.delete(key) });
    this.register({ dispose: () => clearTimeout(this.redrawTimer) });
    this.register(
      services.workspace.onDidChange(({ root: changed }) => {
        if (changed !== root) return;
        clearTimeout(this.redrawTimer);
        this.redrawTimer = setTimeout(() => this.post(this.data()), REDRAW_DELAY_MS);
      }),
    );
    panel.webview.html = webviewHtml(panel.webview, services.context.extensionUri, 'dashboard', titleOf(services, root));
  }

  protected freshStart(): DashboardNotification[] {
    return [this.data()];
  }

  protected async handle(command: Exclude<DashboardCommand, { type: 'ready' }>): Promise<void> {
    const goal = this.root.index.goal(command.id);
    if (!goal) return;
    if (command.type === 'updateProgress') {
      await vscode.commands.executeCommand(CommandId.GoalUpdateProgress, {
        target: { kind: 'goal', root: this.root, uri: vscode.Uri.parse(goal.path), goalId: goal.id },
      });
      return;
    }
    await vscode.commands.executeCommand(CommandId.ItemOpen, undefined, { uri: goal.path, field: ['title'] });
  }

  private data(): DashboardNotification {
    const settings = readSettings(this.root.folder);
    const cadence = this.root.index.profile()?.data.cadence?.review ?? settings.reviewCadence;
    const { data, notices } = fitDashboardData(dashboardData(this.root.index, this.services.today(), cadence));
    return { type: 'data', root: this.root.uri.toString(), title: titleOf(this.services, this.root), data, notices: [...notices] };
  }

  protected unsendable(notification: DashboardNotification | undefined, issue: string): DashboardNotification {
    const message = notification
      ? vscode.l10n.t(
          'DevGrowth cannot draw the dashboard of this plan: part of it is more than the dashboard can show ({0}). Your files are unchanged; the details are in the DevGrowth output.',
          issue,
        )
      : vscode.l10n.t(
          'DevGrowth could not draw the dashboard of this plan ({0}). Your files are unchanged; the details are in the DevGrowth output.',
          issue,
        );
    return {
      type: 'unavailable',
      root: shorten(this.root.uri.toString(), DASHBOARD_LIMITS.text),
      title: shorten(titleOf(this.services, this.root), DASHBOARD_LIMITS.text),
      message: shorten(message, DASHBOARD_LIMITS.text),
    };
  }
}

function titleOf(services: Services, root: GrowthRoot): string {
  return services.workspace.roots().length > 1
    ? vscode.l10n.t('Growth Dashboard: {0}', root.folder.name)
    : vscode.l10n.t('Growth Dashboard');
}
