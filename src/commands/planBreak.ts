import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import { breakForm } from '../core/forms/break';
import { formRecordCommand, textOf } from './input/written';

/**
 * Plans time off, a rest day or a reflection day: the break form, in the quick input, so a break
 * planned here and one planned in the form are the same file. A committed date is what makes it happen.
 */
export const planBreak = formRecordCommand(CommandId.BreakPlan, breakForm, (values, path) =>
  vscode.l10n.t('Planned your break from {0} to {1} in {2}.', textOf(values.start), textOf(values.end), path),
);
