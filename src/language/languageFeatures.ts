import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { completionsAt, type CompletionKind } from '../core/language/completion';
import { hoverAt } from '../core/language/hover';
import {
  definingFile,
  filesNaming,
  idOccurrences,
  occurrenceAt,
  sameTarget,
  type IdOccurrence,
  type IdTarget,
} from '../core/language/idLinks';
import { documentSymbols, goalLenses, type LensAction, type SymbolView } from '../core/language/outline';
import { planRename, renameRefusal, currentId } from '../core/language/rename';
import type { CommandTarget } from '../commands/target';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { CommandId } from '../core/commandIds';

/** Every Markdown document; each provider answers only for files of a growth folder. */
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

const COMPLETION_KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  date: vscode.CompletionItemKind.Value,
  snippet: vscode.CompletionItemKind.Snippet,
};

/** The command each CodeLens action runs. */
const LENS_COMMANDS: Record<Exclude<LensAction, 'summary'>, CommandId> = {
  addMilestone: CommandId.MilestoneAdd,
  markDone: CommandId.MilestoneMarkDone,
  markNotDone: CommandId.MilestoneMarkNotDone,
  rate: CommandId.MilestoneRate,
  updateProgress: CommandId.GoalUpdateProgress,
};

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Editing growth files by hand as code is edited: completion, hover, go to definition,
 * references, rename, document links, outline and CodeLens, over the front matter of the
 * Markdown files of a growth folder. The decisions are core's (src/core/language/); this
 * turns them into VS Code's types.
 */
export class LanguageFeatures
  extends Disposable
  implements
    vscode.CompletionItemProvider,
    vscode.HoverProvider,
    vscode.DefinitionProvider,
    vscode.ReferenceProvider,
    vscode.RenameProvider,
    vscode.DocumentSymbolProvider,
    vscode.DocumentLinkProvider,
    vscode.CodeLensProvider
{
  private readonly lensesChanged = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.lensesChanged.event;

  constructor(private readonly services: Services) {
    super();
    const { languages } = vscode;
    this.register(languages.registerCompletionItemProvider(MARKDOWN, this, ':', ' ', '-', '[', ','));
    this.register(languages.registerHoverProvider(MARKDOWN, this));
    this.register(languages.registerDefinitionProvider(MARKDOWN, this));
    this.register(languages.registerReferenceProvider(MARKDOWN, this));
    this.register(languages.registerRenameProvider(MARKDOWN, this));
    this.register(languages.registerDocumentSymbolProvider(MARKDOWN, this, { label: 'DevGrowth' }));
    this.register(languages.registerDocumentLinkProvider(MARKDOWN, this));
    this.register(languages.registerCodeLensProvider(MARKDOWN, this));
    this.register(services.workspace.onDidChange(() => this.lensesChanged.fire()));
  }

  private rootOf(document: vscode.TextDocument): GrowthRoot | undefined {
    return this.services.workspace.rootFor(document.uri);
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const root = this.rootOf(document);
    if (!root) return undefined;
    const text = document.getText();
    return completionsAt(text, document.offsetAt(position), { index: root.index, today: this.services.today() }).map((view) => {
      const item = new vscode.CompletionItem(view.label, COMPLETION_KINDS[view.kind]);
      item.insertText = view.snippet ? new vscode.SnippetString(view.insertText) : view.insertText;
      item.range = new vscode.Range(document.positionAt(view.replace.start), document.positionAt(view.replace.end));
      if (view.detail) item.detail = view.detail;
      if (view.documentation) item.documentation = view.documentation;
      if (view.sortText) item.sortText = view.sortText;
      // The value a key's snippet asks for comes next: open the suggestions again.
      if (view.kind === 'key' && view.insertText.includes('${1|')) item.command = { command: 'editor.action.triggerSuggest', title: '' };
      return item;
    });
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const root = this.rootOf(document);
    if (!root) return undefined;
    const view = hoverAt(document.uri.toString(), document.getText(), document.offsetAt(position), root.index);
    return view && new vscode.Hover(new vscode.MarkdownString(view.markdown), this.range(document, view.span));
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const found = this.occurrenceAt(document, position);
    if (!found) return undefined;
    return this.definitionOf(found.root, found.occurrence.target);
  }

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): Promise<vscode.Location[]> {
    const found = this.occurrenceAt(document, position);
    if (!found) return [];
    const { root, occurrence } = found;
    const texts = await this.texts(filesNaming(root.index, occurrence.target));
    const locations: vscode.Location[] = [];
    for (const [path, { text, document: open }] of texts) {
      for (const other of idOccurrences(path, text)) {
        if (!sameTarget(other.target, occurrence.target) || (other.role === 'definition' && !context.includeDeclaration)) continue;
        locations.push(new vscode.Location(vscode.Uri.parse(path), rangeIn(open, text, other)));
      }
    }
    return locations;
  }

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const found = this.occurrenceAt(document, position);
    if (!found) throw new Error(vscode.l10n.t('Only the id of a goal, a milestone or a card can be renamed here.'));
    return { range: this.range(document, found.occurrence), placeholder: currentId(found.occurrence.target) };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const found = this.occurrenceAt(document, position);
    if (!found) throw new Error(vscode.l10n.t('Only the id of a goal, a milestone or a card can be renamed here.'));
    const { root, occurrence } = found;
    const newId = newName.trim();
    const refusal = renameRefusal(root.index, occurrence.target, newId);
    if (refusal) throw new Error(refusal);
    const texts = await this.texts(filesNaming(root.index, occurrence.target), true);
    const plan = planRename(root.index, occurrence.target, newId, new Map([...texts].map(([path, { text }]) => [path, text])));
    if ('refused' in plan) throw new Error(plan.refused);
    const edit = new vscode.WorkspaceEdit();
    for (const change of plan.edits) {
      const { text, document: open } = texts.get(change.path)!;
      edit.replace(vscode.Uri.parse(change.path), rangeIn(open, text, change), change.newText);
    }
    if (plan.renameFile) {
      const to = vscode.Uri.parse(plan.renameFile.to);
      if (await exists(to))
        throw new Error(
          vscode.l10n.t('{0} exists already, so the file cannot take the new id. Pick another id.', vscode.workspace.asRelativePath(to)),
        );
      edit.renameFile(vscode.Uri.parse(plan.renameFile.from), to);
    }
    return edit;
  }

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    if (!this.rootOf(document)) return undefined;
    const toSymbol = (view: SymbolView): vscode.DocumentSymbol => {
      const kind =
        view.kind === 'goal' ? vscode.SymbolKind.Class : view.kind === 'milestone' ? vscode.SymbolKind.Event : vscode.SymbolKind.File;
      const symbol = new vscode.DocumentSymbol(
        view.name,
        view.detail,
        kind,
        this.range(document, view.span),
        this.range(document, view.selection),
      );
      symbol.children = view.children.map(toSymbol);
      return symbol;
    };
    return documentSymbols(document.getText()).map(toSymbol);
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] | undefined {
    const root = this.rootOf(document);
    if (!root) return undefined;
    return idOccurrences(document.uri.toString(), document.getText())
      .filter((occurrence) => occurrence.role === 'reference' && definingFile(root.index, occurrence.target))
      .map((occurrence) => Object.assign(new vscode.DocumentLink(this.range(document, occurrence)), { occurrence, root }));
  }

  async resolveDocumentLink(link: vscode.DocumentLink & { occurrence?: IdOccurrence; root?: GrowthRoot }): Promise<vscode.DocumentLink> {
    if (!link.occurrence || !link.root) return link;
    const location = await this.definitionOf(link.root, link.occurrence.target);
    if (location) link.target = location.uri.with({ fragment: `L${location.range.start.line + 1},${location.range.start.character + 1}` });
    return link;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] | undefined {
    const root = this.rootOf(document);
    const goal = root?.index.get(document.uri.toString());
    if (!root || goal?.record?.kind !== 'goal') return undefined;
    return goalLenses(document.getText()).map((view) => {
      const command = view.action === 'summary' ? '' : LENS_COMMANDS[view.action];
      const position = document.positionAt(view.offset);
      const target: CommandTarget = view.milestone
        ? { kind: 'milestone', root, uri: document.uri, goalId: goal.id, milestoneId: view.milestone.id, index: view.milestone.index }
        : { kind: 'goal', root, uri: document.uri, goalId: goal.id };
      return new vscode.CodeLens(new vscode.Range(position, position), {
        title: view.title,
        command,
        arguments: command ? [{ target }] : [],
      });
    });
  }

  private occurrenceAt(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): { root: GrowthRoot; occurrence: IdOccurrence } | undefined {
    const root = this.rootOf(document);
    if (!root) return undefined;
    const occurrence = occurrenceAt(idOccurrences(document.uri.toString(), document.getText()), document.offsetAt(position));
    return occurrence && { root, occurrence };
  }

  /** Where a target is defined: its `id`, or the top of its file when its id is the file's name. */
  private async definitionOf(root: GrowthRoot, target: IdTarget): Promise<vscode.Location | undefined> {
    const file = definingFile(root.index, target);
    if (!file) return undefined;
    const uri = vscode.Uri.parse(file.path);
    const read = (await this.texts([file.path])).get(file.path);
    const definition =
      read && idOccurrences(file.path, read.text).find((other) => other.role === 'definition' && sameTarget(other.target, target));
    return new vscode.Location(uri, definition && read ? rangeIn(read.document, read.text, definition) : new vscode.Position(0, 0));
  }

  /**
   * The text of each file: an open editor's (unsaved changes included), else the disk's. A file
   * that cannot be read is left out; for a rename (`strict`), one not saved as UTF-8 stops it,
   * since an edit would alter its characters.
   */
  private async texts(paths: readonly string[], strict = false): Promise<Map<string, { text: string; document?: vscode.TextDocument }>> {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const result = new Map<string, { text: string; document?: vscode.TextDocument }>();
    await Promise.all(
      paths.map(async (path) => {
        const document = open.get(path);
        if (document) {
          result.set(path, { text: document.getText(), document });
          return;
        }
        const uri = vscode.Uri.parse(path);
        const bytes = await vscode.workspace.fs.readFile(uri).then(undefined, () => undefined);
        if (!bytes) return;
        try {
          result.set(path, { text: strictDecoder.decode(bytes) });
        } catch {
          if (strict) {
            throw new Error(
              vscode.l10n.t(
                '{0} is not saved as UTF-8, so DevGrowth renames nothing: the edit would alter its characters. Save it as UTF-8, then rename again.',
                vscode.workspace.asRelativePath(uri),
              ),
            );
          }
        }
      }),
    );
    return result;
  }

  private range(document: vscode.TextDocument, span: { readonly start: number; readonly end: number }): vscode.Range {
    return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  }
}

/** A span of a text as a range: through the open document, or by counting lines. */
function rangeIn(
  document: vscode.TextDocument | undefined,
  text: string,
  span: { readonly start: number; readonly end: number },
): vscode.Range {
  if (document) return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
  };
  return new vscode.Range(position(span.start), position(span.end));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}
