import * as vscode from 'vscode';
import { addDays } from '../core/dates';
import type { Problem } from '../core/problem';
import { SCHEMA_VERSION } from '../core/schema';
import { minimalChange } from '../core/textChange';
import { editFrontMatter, type FrontMatterEdit } from '../core/writer';
import type { ProblemsFeature } from './problemsFeature';

/** A fix for one kind of problem: its title and the front-matter edits that make it. */
interface Fix {
  readonly title: string;
  readonly edits: readonly FrontMatterEdit[];
  /** The one fix to apply with the "auto fix" shortcut. */
  readonly preferred?: boolean;
}

/** The obvious fixes, by problem code. `today` dates new values. */
export function fixesFor(problem: Problem, today: string): Fix[] {
  switch (problem.code) {
    case 'no-schema':
      return [{ title: vscode.l10n.t('Add "schema: {0}"', SCHEMA_VERSION), edits: [{ op: 'set', path: ['schema'], value: SCHEMA_VERSION }], preferred: true }];
    case 'smart/no-due-date':
      return [30, 90].map((days, position) => ({
        title: vscode.l10n.t('Add a due date in {0} days ({1})', days, addDays(today, days)),
        edits: [{ op: 'set', path: ['due'], value: addDays(today, days) }],
        preferred: position === 1,
      }));
    case 'smart/overdue':
      return [
        { title: vscode.l10n.t('Pause the goal to review it'), edits: [{ op: 'set', path: ['status'], value: 'paused' }], preferred: true },
        { title: vscode.l10n.t('Move the due date 30 days out ({0})', addDays(today, 30)), edits: [{ op: 'set', path: ['due'], value: addDays(today, 30) }] },
      ];
    case 'smart/milestone-no-done-when': {
      const milestone = problem.field?.slice(0, 2);
      if (milestone?.[0] !== 'milestones' || typeof milestone[1] !== 'number') return [];
      return [{ title: vscode.l10n.t('Add a definition of done'), edits: [{ op: 'set', path: [...milestone, 'doneWhen'], value: vscode.l10n.t('Describe what done looks like') }], preferred: true }];
    }
    default:
      return [];
  }
}

/** Quick fixes in the editor (the light bulb) for DevGrowth's problems. */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly problems: ProblemsFeature,
    private readonly today: () => string,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const shown = this.problems.problemsAt(document.uri);
    return context.diagnostics
      .filter((diagnostic) => diagnostic.source === 'DevGrowth')
      .flatMap((diagnostic) => {
        const problem = shown.find((candidate) => candidate.code === diagnostic.code && candidate.range?.start.line === diagnostic.range.start.line && candidate.message === diagnostic.message);
        return problem ? fixesFor(problem, this.today()).flatMap((fix) => this.action(document, diagnostic, fix)) : [];
      });
  }

  /**
   * The fix as an edit; or, when the writer refuses it (a file not saved as UTF-8, a value an
   * alias copies...), the same fix shown disabled with the writer's reason, so it never just
   * vanishes from the menu.
   */
  private action(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix): vscode.CodeAction[] {
    const before = document.getText();
    const result = editFrontMatter(before, fix.edits);
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    if (!result.ok) {
      action.disabled = { reason: result.reason };
      return [action];
    }
    const change = minimalChange(before, result.text);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    action.isPreferred = fix.preferred;
    return [action];
  }
}
