import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import { serviceForm } from '../core/forms/service';
import { formRecordCommand, textOf } from './input/written';

/** Logs something done for others (the service form, in the quick input): it counts, and the brag document shows it. */
export const logService = formRecordCommand(CommandId.ServiceLog, serviceForm, (values, path) =>
  vscode.l10n.t('Logged "{0}" in {1}.', textOf(values.title), path),
);
