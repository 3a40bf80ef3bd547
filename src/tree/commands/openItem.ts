import * as vscode from 'vscode';
import * as z from 'zod';
import { argument, rowArgument } from '../../commands/arguments';
import { defineCommand } from '../../commands/command';
import { targetOf } from '../../commands/target';
import { fieldRange } from '../../core/reader';
import type { OpenLocation } from '../goalTreeProvider';
import { CommandId } from '../../core/commandIds';

/**
 * Opens a tree row's file at the place the row stands for: a goal at its title, a milestone at
 * its list item, a broken file at its first problem. A click passes the row's location and keeps
 * the focus in the tree (as a click in the Explorer does); the context menu passes only the row.
 */
export const openItem = defineCommand({
  id: CommandId.ItemOpen,
  arguments: [
    rowArgument,
    argument(
      'location',
      z
        .union([
          z.object({ uri: z.string(), field: z.array(z.union([z.string(), z.int().nonnegative()])) }),
          z.object({ uri: z.string(), line: z.int().nonnegative(), character: z.int().nonnegative() }),
        ])
        .optional(),
    ),
    argument('options', z.object({ preserveFocus: z.boolean().optional() }).optional()),
  ],
  async run(_services, element, location, options) {
    const where: OpenLocation | undefined = location ?? locationOf(element);
    if (!where) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(where.uri));
    const { line, character } = 'field' in where ? fieldRange(document.getText(), where.field).start : where;
    const position = new vscode.Position(line, character);
    await vscode.window.showTextDocument(document, {
      selection: new vscode.Range(position, position),
      preview: true,
      preserveFocus: options?.preserveFocus ?? false,
    });
  },
});

function locationOf(element: unknown): OpenLocation | undefined {
  if (typeof element === 'object' && element !== null && 'location' in element) return (element as { location?: OpenLocation }).location;
  const target = targetOf(element);
  if (!target) return undefined;
  return { uri: target.uri.toString(), field: target.kind === 'milestone' ? ['milestones', target.index] : [] };
}
