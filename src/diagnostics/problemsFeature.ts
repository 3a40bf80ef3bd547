import * as vscode from 'vscode';
import { fileAccess } from '#platform';
import { Disposable } from '../common/lifecycle';
import type { IndexChange } from '../core/growthIndex';
import type { Problem } from '../core/problem';
import { locateProblems, MAX_FILE_BYTES } from '../core/reader';
import type { GrowthRoot, GrowthWorkspace } from '../workspace/growthWorkspace';

/**
 * How long one stretch of work on problems may hold the extension host. A start with ten
 * thousand files has thousands to show: in stretches, VS Code's own requests (the sidebar's
 * rows first of all) are answered in between.
 */
const STRETCH_MS = 10;

const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Shows every problem of the plan in the Problems view and as squiggles: syntax and schema
 * errors, broken links and S.M.A.R.T. checks. A change to one file can fix or break links in
 * others: the index says which files a change can affect, and only those are checked again;
 * of them, only files whose problems changed are re-read to find positions.
 */
export class ProblemsFeature extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('devgrowth'));
  /** Per file, a fingerprint of the problems last shown, to skip unchanged files. */
  private readonly shown = new Map<string, string>();
  /** Per file, the problems shown, with their fields (quick fixes need to know what to change). */
  private readonly located = new Map<string, readonly Problem[]>();
  private midnight?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly workspace: GrowthWorkspace,
    private readonly today: () => string,
    private readonly msUntilMidnight: () => number,
  ) {
    super();
    this.register(workspace.onDidChange((event) => void this.refresh(event.root, event.changes)));
    this.register({ dispose: () => clearTimeout(this.midnight) });
    this.scheduleMidnight();
  }

  /** The problems shown for a file, with the field each one is about. */
  problemsAt(uri: vscode.Uri): readonly Problem[] {
    return this.located.get(uri.toString()) ?? [];
  }

  /** Problems shown for a file (for tests and the tree's error nodes). */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Shows the problems of the files these changes affect; of every file of the root without changes (a new day). */
  async refresh(root: GrowthRoot, changes?: readonly IndexChange[]): Promise<void> {
    // At start-up the sidebar comes first: thousands of problems sent to the window at once
    // delayed VS Code's request for its rows by up to 0.8 s (measured on 10,000 files).
    await this.workspace.whenStartedUp();
    const today = this.today();
    if (changes) {
      for (const { path, after } of changes) if (!after) this.forget(path);
      await this.show(root, today, root.index.affectedBy(changes));
      return;
    }
    const prefix = `${root.uri.toString()}/`;
    const present = new Set([...root.index.files()].map((file) => file.path));
    for (const path of [...this.shown.keys()]) if (path.startsWith(prefix) && !present.has(path)) this.forget(path);
    await this.show(root, today, present);
  }

  private async show(root: GrowthRoot, today: string, paths: Iterable<string>): Promise<void> {
    // Sent to the window a stretch at a time, as one message each.
    let stretch: { uri: vscode.Uri; path: string; fingerprint: string; diagnostics: vscode.Diagnostic[] }[] = [];
    const send = () => {
      // A later change may have shown newer problems meanwhile: those stay.
      const current = stretch.filter(({ path, fingerprint }) => this.shown.get(path) === fingerprint);
      if (current.length > 0) this.collection.set(current.map(({ uri, diagnostics }) => [uri, diagnostics]));
      stretch = [];
    };
    let stretchStarted = performance.now();
    for (const path of paths) {
      if (performance.now() - stretchStarted > STRETCH_MS) {
        send();
        await new Promise((resolve) => setTimeout(resolve, 0));
        stretchStarted = performance.now();
      }
      const file = root.index.get(path);
      if (!file) continue;
      const problems = root.index.problems(file.path, today);
      const fingerprint = JSON.stringify(problems.map((problem) => [problem.code, problem.message, problem.field, problem.range]));
      if (this.shown.get(file.path) === fingerprint) continue;
      this.shown.set(file.path, fingerprint);
      const uri = vscode.Uri.parse(file.path);
      const located = problems.some((problem) => !problem.range) ? locateProblems(await textOf(uri), problems) : problems;
      if (this.shown.get(file.path) !== fingerprint) continue;
      this.located.set(file.path, located);
      stretch.push({ uri, path: file.path, fingerprint, diagnostics: located.map(toDiagnostic) });
    }
    send();
  }

  private forget(path: string): void {
    this.shown.delete(path);
    this.located.delete(path);
    this.collection.delete(vscode.Uri.parse(path));
  }

  /** Due dates pass at midnight: recheck then, without a timer ticking all day. */
  private scheduleMidnight(): void {
    this.midnight = setTimeout(() => {
      for (const root of this.workspace.roots()) void this.refresh(root);
      this.scheduleMidnight();
    }, this.msUntilMidnight() + 1000);
  }
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const range = problem.range!;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
    problem.message,
    SEVERITY[problem.severity],
  );
  diagnostic.source = 'DevGrowth';
  diagnostic.code = problem.code;
  return diagnostic;
}

async function textOf(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    // A file too large to read has its problem placed already: it is never read here.
    const read = await fileAccess.readFile(uri, MAX_FILE_BYTES, 0);
    return 'whole' in read ? new TextDecoder().decode(read.whole) : '';
  } catch {
    return '';
  }
}
