import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { QuickFixProvider } from '../../src/diagnostics/quickFixes';
import { devGrowth, scratchFolder, waitFor, writeText } from './helpers';

const undated = `---
kind: goal
schema: 1
title: Pair with two new hires every week until March
horizon: short
status: active
parent: lead-payments
measurable: {metric: pairing sessions, target: 20}
milestones:
  - {id: first, title: First pairing, due: 2026-12-01, status: planned}
---
`;

async function fixesFor(uri: vscode.Uri, code: string): Promise<vscode.CodeAction[]> {
  const diagnostic = await waitFor(`a ${code} problem`, () => vscode.languages.getDiagnostics(uri).find((candidate) => candidate.code === code));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  // Only the fixes for this problem (other problems on the same line may offer theirs).
  return actions.filter((action) => action.diagnostics?.some((fixed) => fixed.code === code) ?? true);
}

describe('quick fixes', () => {
  const scratch = scratchFolder('quick-fixes');
  after(() => scratch.cleanUp());

  it('adds a due date to a goal without one, as an undoable edit', async () => {
    await devGrowth();
    const uri = scratch.uri('pairing.md');
    await writeText(uri, undated);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const fixes = await fixesFor(uri, 'smart/no-due-date');
    assert.deepEqual(fixes.map((fix) => fix.title.replace(/\(.*\)/, '()')).sort(), ['Add a due date in 30 days ()', 'Add a due date in 90 days ()']);
    await vscode.workspace.applyEdit(fixes.find((fix) => fix.isPreferred)!.edit!);
    assert.match(document.getText(), /^due: \d{4}-\d{2}-\d{2}\n---\n$/m);
    assert.ok(document.getText().startsWith(undated.replace(/---\n$/, '')), 'everything else is as it was');
    await waitFor('the problem to go', () => !vscode.languages.getDiagnostics(uri).some((diagnostic) => diagnostic.code === 'smart/no-due-date'));
  });

  it('adds a definition of done to the milestone that lacks one', async () => {
    const uri = scratch.uri('pairing-2.md');
    await writeText(uri, undated.replace('measurable', 'due: 2027-03-31\nmeasurable'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [fix] = await fixesFor(uri, 'smart/milestone-no-done-when');
    assert.equal(fix?.title, 'Add a definition of done');
    await vscode.workspace.applyEdit(fix.edit!);
    assert.match(document.getText(), /- \{id: first, title: First pairing, due: 2026-12-01, status: planned, doneWhen: Describe what done looks like\}|doneWhen: Describe what done looks like/);
  });
});

describe('a file that is not saved as UTF-8', () => {
  const scratch = scratchFolder('latin-1');
  after(() => scratch.cleanUp());
  // Saved as Latin-1: the é of "café" is one byte, 0xE9, which is not UTF-8.
  const bytes = Uint8Array.from(undated.replace('every week', 'every week at the café'), (character) => character.charCodeAt(0));

  it('is never changed or saved while it is open, and says why', async () => {
    const api = await devGrowth();
    const uri = scratch.uri('latin-1.md');
    await vscode.workspace.fs.writeFile(uri, bytes);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.ok(document.getText().includes('\uFFFD'), 'VS Code shows the byte as a replacement character');
    const error = await api.files.edit(uri, [{ op: 'set', path: ['status'], value: 'paused' }]).then(
      () => assert.fail('a document decoded with replacement characters was changed'),
      (reason: Error) => reason,
    );
    assert.match(error.message, /latin-1\.md: The file has characters that could not be read .*not saved as UTF-8\. DevGrowth did not change it/);
    assert.equal(document.isDirty, false, 'the editor holds no change');
    assert.deepEqual([...(await vscode.workspace.fs.readFile(uri))], [...bytes], 'the bytes on disk are as they were');
  });

  it('offers its quick fixes disabled, with the reason, instead of applying them', async () => {
    const api = await devGrowth();
    const uri = scratch.uri('latin-1.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostic = await waitFor('a smart/no-due-date problem', () => vscode.languages.getDiagnostics(uri).find((candidate) => candidate.code === 'smart/no-due-date'));
    // VS Code lists disabled actions only in its own menu (faded, with the reason), so ask the provider itself.
    const fixes = new QuickFixProvider(api.problems, api.today).provideCodeActions(document, diagnostic.range, {
      diagnostics: [diagnostic],
      triggerKind: vscode.CodeActionTriggerKind.Invoke,
      only: vscode.CodeActionKind.QuickFix,
    });
    assert.equal(fixes.length, 2);
    for (const fix of fixes) {
      assert.equal(fix.edit, undefined, 'nothing to apply');
      assert.match(fix.disabled?.reason ?? '', /not saved as UTF-8\. DevGrowth did not change it/);
    }
    assert.equal(document.isDirty, false);
  });
});
