import * as vscode from 'vscode';

export { dueDateError as validateDue } from '../../core/dueDate';

export function required(what: string): (text: string) => string | undefined {
  return (text) => (text.trim() ? undefined : vscode.l10n.t('{0} is needed.', what));
}
