import * as vscode from 'vscode';
import { submitForm, type Submission } from '../../core/forms/engine';
import type { FormValues } from '../../core/forms/field';
import type { CommitLinks, FormDefinition } from '../../core/forms/form';
import { formContext } from '../../workspace/formContext';
import type { Services } from '../../services';
import type { GrowthRoot } from '../../workspace/growthWorkspace';
import type { CommandId } from '../../core/commandIds';
import { pickRoot } from '../../workspace/pickRoot';
import { formPrefillArgument } from '../arguments';
import { defineCommand, type DevGrowthCommand } from '../command';
import { fillForm } from './formSteps';

/**
 * Writes what a filled-in form produces: the edits first (they are the ones that can be refused,
 * and then nothing is written), then the new file. Returns the new file.
 */
export async function writeSubmission(services: Services, root: GrowthRoot, submission: Submission): Promise<vscode.Uri> {
  for (const edit of submission.edits) await services.files.edit(vscode.Uri.parse(edit.path), edit.edits);
  const uri = vscode.Uri.joinPath(root.uri, ...submission.create.path.split('/'));
  await services.files.create(uri, submission.create.text);
  return uri;
}

/**
 * Says what was written, in a notification with Open and, when `undo` says how, Undo. Undo
 * deletes the new file only while it is exactly as written: once the user has changed it, the
 * file is theirs and Undo says so instead.
 */
export async function announceWritten(services: Services, message: string, uri: vscode.Uri, text: string): Promise<void> {
  const open = vscode.l10n.t('Open');
  const undo = vscode.l10n.t('Undo');
  const choice = await vscode.window.showInformationMessage(message, open, undo);
  if (choice === open) await vscode.window.showTextDocument(uri, { preview: false });
  if (choice !== undo) return;
  const now = await vscode.workspace.fs.readFile(uri).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => undefined,
  );
  const dirty = vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty);
  if (now !== text || dirty) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        '{0} has changed since it was written, so DevGrowth left it as it is. Delete it from the sidebar if you no longer want it.',
        vscode.workspace.asRelativePath(uri),
      ),
    );
    return;
  }
  await services.files.delete(uri);
}

/**
 * A palette flow: fills in the form in the quick input (from `values`, or the kept draft) and
 * writes what it produces. Undefined when the user left it; the draft is kept then.
 */
export async function fillAndWrite(
  services: Services,
  root: GrowthRoot,
  form: FormDefinition,
  options: {
    readonly values?: FormValues;
    readonly skip?: readonly string[];
    readonly resumeCommand?: string;
    /** Write at once, without asking, when `values` answer the whole form validly (a command run with its answers). */
    readonly writeWhenComplete?: boolean;
    /** The suggestion the new file answers, and the commits it links. */
    readonly origin?: { readonly suggestion?: string; readonly commitLinks?: CommitLinks };
  },
): Promise<{ readonly uri: vscode.Uri; readonly text: string; readonly values: FormValues } | undefined> {
  const context = formContext(services, root, { formId: form.id, root: root.uri.toString(), ...options.origin });
  const taken = (path: string) => root.index.get(vscode.Uri.joinPath(root.uri, ...path.split('/')).toString()) !== undefined;
  const given = options.values && Object.keys(options.values).length > 0 ? { ...form.initial?.(context), ...options.values } : undefined;
  const complete = options.writeWhenComplete && given ? submitForm(form, context, given as FormValues, taken) : undefined;
  const filled = complete?.ok
    ? { values: given as FormValues, submission: complete.data }
    : await fillForm(services, form, context, { ...options, taken });
  if (!filled) return undefined;
  const uri = await writeSubmission(services, root, filled.submission);
  return { uri, text: filled.submission.create.text, values: filled.values };
}

/** A written value as text for a notification: what was typed, or nothing for a value that is not text. */
export function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * A palette command that files one record through a form: filled in the quick input (or written at
 * once from a complete prefill), then announced with Open and Undo. `announce` says what was
 * written, given the answers and the file's path in the workspace.
 */
export function formRecordCommand(
  id: CommandId,
  form: FormDefinition,
  announce: (values: FormValues, path: string) => string,
): DevGrowthCommand {
  return defineCommand({
    id,
    arguments: [formPrefillArgument],
    async run(services, preset) {
      const root = await pickRoot(services);
      if (!root) return undefined;
      const written = await fillAndWrite(services, root, form, { values: preset, writeWhenComplete: true });
      if (!written) return undefined;
      void announceWritten(services, announce(written.values, vscode.workspace.asRelativePath(written.uri)), written.uri, written.text);
      return written.uri;
    },
  });
}
