import * as vscode from 'vscode';
import { serviceForm } from '../core/forms/service';
import { pickRoot } from '../workspace/pickRoot';
import { formPrefillArgument } from './arguments';
import { defineCommand } from './command';
import { announceWritten, fillAndWrite, textOf } from './input/written';
import { CommandId } from '../core/commandIds';

/** Logs something done for others (the service form, in the quick input): it counts, and the brag document shows it. */
export const logService = defineCommand({
  id: CommandId.ServiceLog,
  arguments: [formPrefillArgument],
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const written = await fillAndWrite(services, root, serviceForm, { values: preset, writeWhenComplete: true });
    if (!written) return undefined;
    void announceWritten(
      services,
      vscode.l10n.t('Logged "{0}" in {1}.', textOf(written.values.title), vscode.workspace.asRelativePath(written.uri)),
      written.uri,
      written.text,
    );
    return written.uri;
  },
});
