import type { CommandId } from '../core/commandIds';
import * as vscode from 'vscode';
import type { DevGrowthCommand } from '../commands/command';
import { toHtml, toMarkdown, type Block } from '../core/exports/document';
import type { GrowthIndex } from '../core/growthIndex';
import { pickRoot } from '../workspace/pickRoot';

export type ExportFormat = 'markdown' | 'html';

/** Asks whether the export should be Markdown (to keep) or HTML (to paste into a document). */
export async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', description: vscode.l10n.t('to edit and keep with your plan'), format: 'markdown' as const },
      { label: 'HTML', description: vscode.l10n.t('to paste into a document or an email'), format: 'html' as const },
    ],
    { title: vscode.l10n.t('Export as') },
  );
  return picked?.format;
}

/**
 * Opens an export in a new, unsaved editor: the user reads and edits it first, and saves it
 * where they like (or not at all).
 */
export async function openExport(title: string, blocks: readonly Block[], format: ExportFormat): Promise<vscode.TextDocument> {
  // The document speaks the display language only when VS Code has DevGrowth's bundle for it.
  const content = format === 'markdown' ? toMarkdown(blocks) : toHtml(title, blocks, vscode.l10n.bundle ? vscode.env.language : 'en');
  const document = await vscode.workspace.openTextDocument({ language: format, content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * A command that exports a document about some scope of the plan (a period, a quarter): the
 * scope and the format come as arguments, or are asked for; the result opens unsaved.
 */
export function documentExport<Scope>(options: {
  readonly id: CommandId;
  /** The scope passed as the first argument, or the one the user picks. */
  readonly scope: (argument: unknown, today: string) => Promise<Scope | undefined>;
  readonly build: (index: GrowthIndex, scope: Scope) => { title: string; blocks: Block[] };
}): DevGrowthCommand {
  return {
    id: options.id,
    async run(services, scopeArgument, formatArgument) {
      const root = await pickRoot(services);
      if (!root) return undefined;
      const scope = await options.scope(scopeArgument, services.today());
      if (scope === undefined) return undefined;
      const format = formatArgument === 'markdown' || formatArgument === 'html' ? formatArgument : await pickFormat();
      if (!format) return undefined;
      const { title, blocks } = options.build(root.index, scope);
      return openExport(title, blocks, format);
    },
  };
}
