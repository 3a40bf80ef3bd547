import * as vscode from 'vscode';
import { registerCommands } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import type { Services } from '../services';
import { formCommands } from './commands';
import { FormPanel } from './formPanel';

/** The assessment forms: the commands that open them, and their return after a window reload with what was typed in them. */
export class FormsFeature extends Disposable {
  constructor(services: Services) {
    super();
    this.register(registerCommands(services, formCommands));
    this.register(
      vscode.window.registerWebviewPanelSerializer(FormPanel.viewType, {
        async deserializeWebviewPanel(panel, state) {
          await services.workspace.whenLoaded();
          FormPanel.revive(services, panel, state);
        },
      }),
    );
  }

  /** The forms open now, oldest first. */
  openPanels(): FormPanel[] {
    return FormPanel.openPanels();
  }
}
