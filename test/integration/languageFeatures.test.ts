import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { devGrowth, readText, scratchFolder, waitFor, writeText } from './helpers';

const goal = `---
kind: goal
schema: 1
title: Present the ledger design at the guild
horizon: short
status: active
parent: lead-payments # the long-term goal
due: 2027-02-26
milestones:
  - id: outline
    title: Outline the talk
    status: done
  - id: slides
    title: Write the slides
    status: active
---
`;
const card = `---
kind: card
schema: 1
title: Slides
goal: ledger-talk
milestone: "slides"
---
`;
const evidence = `---\nkind: evidence\nschema: 1\ndate: 2026-11-20\ntitle: Dry run with the team\ngoal: ledger-talk\nmilestone: slides\n---\n`;

function positionOf(document: vscode.TextDocument, text: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${text} is in ${document.uri.path}`);
  return document.positionAt(offset + delta);
}

describe('editing growth files by hand', () => {
  const scratch = scratchFolder('language');
  const goalUri = scratch.uri('ledger-talk.md');
  const cardUri = scratch.uri('slides-card.md');
  const evidenceUri = scratch.uri('dry-run.md');

  before(async () => {
    const api = await devGrowth();
    await writeText(goalUri, goal);
    await writeText(cardUri, card);
    await writeText(evidenceUri, evidence);
    await waitFor(
      'the new files in the plan',
      () => api.workspace.roots()[0]?.index.goal('ledger-talk') && api.workspace.roots()[0]?.index.find('card', 'slides-card'),
    );
  });
  after(() => scratch.cleanUp());

  it('completes keys with their meaning, and the values of a vocabulary', async () => {
    const document = await vscode.workspace.openTextDocument(goalUri);
    const values = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      goalUri,
      positionOf(document, 'status: active', 'status: '.length),
    );
    const labels = values.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const status of ['draft', 'active', 'paused', 'done', 'dropped']) assert.ok(labels.includes(status), `${status} is offered`);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      goalUri,
      positionOf(document, 'milestones:'),
    );
    const successMarker = keys.items.find((item) => item.label === 'successMarker');
    assert.ok(successMarker, 'a key the goal does not have yet is offered');
    assert.equal(
      (successMarker.insertText as vscode.SnippetString).value,
      'successMarker: ${1|technical-mastery,business-impact,recognition,innovation,mentorship|}',
    );
    assert.equal(successMarker.documentation, 'What success means for this goal.');
  });

  it('completes the ids of goals where a link is written, with their titles', async () => {
    const document = await vscode.workspace.openTextDocument(cardUri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      cardUri,
      positionOf(document, 'ledger-talk', 'ledger-talk'.length),
    );
    const item = list.items.find((candidate) => candidate.label === 'ledger-talk');
    assert.equal(item?.detail, 'Present the ledger design at the guild');
    assert.ok(
      list.items.some((candidate) => candidate.label === 'ship-refunds'),
      "the fixture's goals too",
    );
  });

  it('goes to the definition of a goal and of a milestone', async () => {
    const document = await vscode.workspace.openTextDocument(cardUri);
    const [goalDefinition] = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeDefinitionProvider',
      cardUri,
      positionOf(document, 'ledger-talk'),
    );
    assert.equal(goalDefinition?.uri.toString(), goalUri.toString());
    const [milestoneDefinition] = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeDefinitionProvider',
      cardUri,
      positionOf(document, 'slides"', 1),
    );
    const goalDocument = await vscode.workspace.openTextDocument(goalUri);
    assert.equal(milestoneDefinition?.uri.toString(), goalUri.toString());
    assert.equal(goalDocument.getText(milestoneDefinition.range), 'slides');
    assert.equal(milestoneDefinition.range.start.line, positionOf(goalDocument, 'id: slides').line);
  });

  it('finds every file that points at a milestone', async () => {
    const document = await vscode.workspace.openTextDocument(goalUri);
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      goalUri,
      positionOf(document, 'slides'),
    );
    assert.deepEqual(references.map((location) => location.uri.path.split('/').pop()).sort(), [
      'dry-run.md',
      'ledger-talk.md',
      'slides-card.md',
    ]);
  });

  it("shows the goal an id names when hovering over it, and a key's meaning", async () => {
    const document = await vscode.workspace.openTextDocument(cardUri);
    const [onId] = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      cardUri,
      positionOf(document, 'ledger-talk', 2),
    );
    const text = onId?.contents.map((content) => (content as vscode.MarkdownString).value).join('\n');
    assert.match(text ?? '', /Present the ledger design at the guild\*\*\n\nactive · 1 of 2 milestones done · due 2027-02-26/);
    const goalDocument = await vscode.workspace.openTextDocument(goalUri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      goalUri,
      positionOf(goalDocument, 'horizon', 1),
    );
    assert.ok(
      hovers.some((hover) =>
        hover.contents.some((content) => (content as vscode.MarkdownString).value.includes('Long term (one to five years)')),
      ),
    );
  });

  it('outlines a goal by its milestones', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', goalUri);
    const ours = symbols.find((symbol) => symbol.name === 'Present the ledger design at the guild');
    assert.deepEqual(
      ours?.children.map((child) => child.name),
      ['Outline the talk', 'Write the slides'],
    );
  });

  it('links each id to where it is defined', async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', cardUri, 10);
    const targets = links.map((link) => link.target?.path.split('/').pop());
    assert.deepEqual(targets, ['ledger-talk.md', 'ledger-talk.md']);
  });

  it('offers progress and the milestone actions above the milestones, as commands that work', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', goalUri, 20);
    const titles = lenses.map((lens) => lens.command?.title);
    assert.deepEqual(
      titles.filter((title) => title !== 'Rate'),
      ['1 of 2 milestones done', 'Add Milestone', 'done', 'Mark Not Done', 'active', 'Mark Done'],
    );
    assert.equal(lenses.find((lens) => lens.command?.title === 'Mark Not Done')?.command?.command, 'devgrowth.milestone.markNotDone');
    const markDone = lenses.find((lens) => lens.command?.title === 'Mark Done')!;
    assert.equal(markDone.command?.command, 'devgrowth.milestone.markDone');
    await vscode.commands.executeCommand(markDone.command.command, ...((markDone.command.arguments ?? []) as unknown[]));
    const written = await waitFor('the milestone marked done', async () =>
      (await readText(goalUri)).includes('    status: done\n    completed:') ? readText(goalUri) : undefined,
    );
    assert.match(written, /- id: slides\n {4}title: Write the slides\n {4}status: done\n {4}completed: \d{4}-\d{2}-\d{2}\n/);
  });

  it('renames a milestone in every file that names it, as one edit, keeping quotes', async () => {
    const document = await vscode.workspace.openTextDocument(goalUri);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      goalUri,
      positionOf(document, 'id: slides', 4),
      'deck',
    );
    assert.deepEqual(
      edit
        .entries()
        .map(([uri]) => uri.path.split('/').pop())
        .sort(),
      ['dry-run.md', 'ledger-talk.md', 'slides-card.md'],
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    for (const document of vscode.workspace.textDocuments.filter((open) => open.isDirty)) await document.save();
    assert.equal(await readText(cardUri), card.replace('"slides"', '"deck"'));
    assert.equal(await readText(evidenceUri), evidence.replace('milestone: slides', 'milestone: deck'));
    assert.match(await readText(goalUri), /- id: deck\n {4}title: Write the slides/);
  });

  it('renames a goal whose id is its file name by renaming the file, and refuses an id that is taken', async () => {
    const document = await vscode.workspace.openTextDocument(cardUri);
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          cardUri,
          positionOf(document, 'ledger-talk'),
          'ship-refunds',
        ),
      ),
      /Another goal already has the id "ship-refunds"/,
    );
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      cardUri,
      positionOf(document, 'ledger-talk'),
      'guild-talk',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    for (const open of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) await open.save();
    assert.ok(await readText(scratch.uri('guild-talk.md')));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(goalUri)));
    assert.equal(await readText(cardUri), card.replace('goal: ledger-talk', 'goal: guild-talk').replace('"slides"', '"deck"'));
  });

  it('undoes a rename', async () => {
    const uri = scratch.uri('solo.md');
    const text =
      '---\nkind: goal\nschema: 1\ntitle: Read one paper a month\nhorizon: short\nmilestones:\n  - id: first-paper\n    title: First paper\n---\n';
    await writeText(uri, text);
    const api = await devGrowth();
    await waitFor('the goal in the plan', () => api.workspace.roots()[0]?.index.goal('solo'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      uri,
      positionOf(document, 'first-paper'),
      'paper-one',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.match(document.getText(), /- id: paper-one\n/);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), text);
  });

  it('leaves Markdown outside the growth folder alone', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const uri = vscode.Uri.joinPath(folder, 'notes-outside.md');
    await writeText(uri, '---\nkind: goal\nstatus: \n---\n');
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        uri,
        new vscode.Position(2, 8),
      );
      // VS Code's own word-based suggestions may still offer words of other open documents.
      assert.ok(!list.items.some((item) => item.label === 'paused' && item.kind === vscode.CompletionItemKind.EnumMember));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
