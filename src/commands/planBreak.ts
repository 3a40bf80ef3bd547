import * as vscode from 'vscode';
import { breakForm } from '../core/forms/break';
import { pickRoot } from '../workspace/pickRoot';
import { formPrefillArgument } from './arguments';
import { defineCommand } from './command';
import { announceWritten, fillAndWrite, textOf } from './input/written';
import { CommandId } from '../core/commandIds';

/**
 * Plans time off, a rest day or a reflection day: the break form, in the quick input, so a break
 * planned here and one planned in the form are the same file. A committed date is what makes it happen.
 */
export const planBreak = defineCommand({
  id: CommandId.BreakPlan,
  arguments: [formPrefillArgument],
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const written = await fillAndWrite(services, root, breakForm, { values: preset, writeWhenComplete: true });
    if (!written) return undefined;
    void announceWritten(
      services,
      vscode.l10n.t(
        'Planned your break from {0} to {1} in {2}.',
        textOf(written.values.start),
        textOf(written.values.end),
        vscode.workspace.asRelativePath(written.uri),
      ),
      written.uri,
      written.text,
    );
    return written.uri;
  },
});
