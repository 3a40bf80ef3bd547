import * as vscode from 'vscode';
import { registerCommands } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import type { Services } from '../services';
import { openDashboard } from './commands/openDashboard';
import { DashboardPanel } from './dashboardPanel';

/** The growth dashboard: its command, and its return after a window reload. */
export class DashboardFeature extends Disposable {
  constructor(services: Services) {
    super();
    this.register(registerCommands(services, [openDashboard]));
    this.register(
      vscode.window.registerWebviewPanelSerializer(DashboardPanel.viewType, {
        async deserializeWebviewPanel(panel, state) {
          await services.workspace.whenLoaded();
          DashboardPanel.revive(services, panel, state);
        },
      }),
    );
  }

  /** The dashboards open now. */
  openPanels(): DashboardPanel[] {
    return DashboardPanel.openPanels();
  }
}
