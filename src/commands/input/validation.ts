import * as vscode from 'vscode';
import { vagueness } from '../../core/vagueness';

export { dueDateError as validateDue } from '../../core/dueDate';

/** Flags vague wording as the user types, without blocking: they may know better. */
export function warnIfVague(text: string): vscode.InputBoxValidationMessage | string | undefined {
  if (!text.trim()) return vscode.l10n.t('Say what you will achieve, in one sentence.');
  const found = vagueness(text);
  if (!found.vague) return undefined;
  return {
    message: vscode.l10n.t('"{0}" is vague. Add a number or a date, e.g. "Move three services to the new deploy pipeline by 30 June".', found.phrases[0] ?? text),
    severity: vscode.InputBoxValidationSeverity.Warning,
  };
}

export function required(what: string): (text: string) => string | undefined {
  return (text) => (text.trim() ? undefined : vscode.l10n.t('{0} is needed.', what));
}
