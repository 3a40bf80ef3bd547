import type { CommandId } from '../core/commandIds';
import * as vscode from 'vscode';
import { choiceArgument } from '../commands/arguments';
import { defineCommand, type CommandArgument, type DevGrowthCommand } from '../commands/command';
import { toHtml, toMarkdown, type Block } from '../core/exports/document';
import { EXPORTS_FOLDER, freeFileName } from '../core/exports/fileName';
import type { GrowthIndex } from '../core/growthIndex';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { pickRoot } from '../workspace/pickRoot';

export const EXPORT_FORMATS = ['markdown', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Asks whether the export should be Markdown (to keep) or HTML (to paste into a document). */
export async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: 'Markdown',
        description: vscode.l10n.t('saved in the exports folder of your plan, to edit and keep'),
        format: 'markdown' as const,
      },
      { label: 'HTML', description: vscode.l10n.t('to paste into a document or an email'), format: 'html' as const },
    ],
    { title: vscode.l10n.t('Export as') },
  );
  return picked?.format;
}

/**
 * Opens an export: Markdown is saved into the plan's `exports` folder (under a name no earlier
 * export has, so one the user edited is never overwritten), to keep with the plan; HTML opens
 * unsaved, to copy into a document or an email.
 */
export async function openExport(
  services: Services,
  root: GrowthRoot,
  name: string,
  built: { title: string; blocks: readonly Block[] },
  format: ExportFormat,
): Promise<vscode.TextDocument> {
  if (format === 'markdown') {
    const folder = vscode.Uri.joinPath(root.uri, EXPORTS_FOLDER);
    const taken = new Set(
      await vscode.workspace.fs.readDirectory(folder).then(
        (entries) => entries.map(([entry]) => entry),
        () => [],
      ),
    );
    const uri = vscode.Uri.joinPath(
      folder,
      freeFileName(name, '.md', (candidate) => taken.has(candidate)),
    );
    await services.files.create(uri, toMarkdown(built.blocks));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  }
  // The document speaks the display language only when VS Code has DevGrowth's bundle for it.
  const document = await vscode.workspace.openTextDocument({
    language: 'html',
    content: toHtml(built.title, built.blocks, vscode.l10n.bundle ? vscode.env.language : 'en'),
  });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * A command that exports a document about some scope of the plan (a period, a quarter): the
 * scope and the format come as arguments, or are asked for.
 */
export function documentExport<Given, Scope>(options: {
  readonly id: CommandId;
  /** What may come as the first argument: a scope, or nothing to be asked. */
  readonly scopeArgument: CommandArgument<Given>;
  /** The scope given as the first argument, or the one the user picks. */
  readonly scope: (given: Given, today: string) => Promise<Scope | undefined>;
  readonly build: (index: GrowthIndex, scope: Scope) => { title: string; blocks: Block[] };
  /** The saved file's name without `.md`, e.g. `brag-2026-06-01-to-2026-12-01`. */
  readonly fileName: (scope: Scope) => string;
}): DevGrowthCommand {
  return defineCommand({
    id: options.id,
    arguments: [options.scopeArgument, choiceArgument('format', EXPORT_FORMATS)],
    async run(services, scopeArgument, formatArgument) {
      const root = await pickRoot(services);
      if (!root) return undefined;
      const scope = await options.scope(scopeArgument, services.today());
      if (scope === undefined) return undefined;
      const format = formatArgument ?? (await pickFormat());
      if (!format) return undefined;
      return openExport(services, root, options.fileName(scope), options.build(root.index, scope), format);
    },
  });
}
