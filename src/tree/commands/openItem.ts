import * as vscode from 'vscode';
import type { DevGrowthCommand } from '../../commands/command';
import { targetOf } from '../../commands/target';
import { fieldRange } from '../../core/reader';
import type { OpenLocation } from '../goalTreeProvider';

/**
 * Opens a tree item's file at the place the item stands for: a milestone's entry, a problem's
 * line. From a click the row passes its location; from the context menu only the row itself.
 */
export const openItem: DevGrowthCommand = {
  id: 'devgrowth.item.open',
  async run(_services, element, location) {
    const where = (location as OpenLocation | undefined) ?? locationOf(element);
    if (!where) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(where.uri));
    const { line, character } = 'field' in where ? fieldRange(document.getText(), where.field).start : where;
    const position = new vscode.Position(line, character);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: true });
  },
};

function locationOf(element: unknown): OpenLocation | undefined {
  const target = targetOf(element);
  if (!target) return undefined;
  return { uri: target.uri.toString(), field: target.kind === 'milestone' ? ['milestones', target.index] : [] };
}
