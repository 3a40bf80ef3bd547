import * as vscode from 'vscode';
import { toHtml, toMarkdown, type Block } from '../core/exports/document';

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
  const content = format === 'markdown' ? toMarkdown(blocks) : toHtml(title, blocks);
  const document = await vscode.workspace.openTextDocument({ language: format, content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}
