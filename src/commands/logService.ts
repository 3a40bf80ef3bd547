import * as vscode from 'vscode';
import { serviceForm } from '../core/forms/service';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { announceWritten, fillAndWrite, presetValues } from './input/written';

/** Logs something done for others (the service form, in the quick input): it counts, and the brag document shows it. */
export const logService: DevGrowthCommand = {
  id: 'devgrowth.service.log',
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const written = await fillAndWrite(services, root, serviceForm, { values: presetValues(preset), writeWhenComplete: true });
    if (!written) return undefined;
    void announceWritten(services, vscode.l10n.t('Logged "{0}" in {1}.', String(written.values.title), vscode.workspace.asRelativePath(written.uri)), written.uri, written.text);
    return written.uri;
  },
};
