import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixedClock, systemClock } from '../../src/core/dates';
import { devGrowth, scratchFolder, waitFor, writeText } from './helpers';

describe('exports', () => {
  const scratch = scratchFolder('exports');
  after(() => scratch.cleanUp());

  before(async () => {
    const api = await devGrowth();
    const uri = scratch.uri('2026-10-05-talk.md');
    await writeText(uri, '---\nkind: evidence\nschema: 1\ndate: 2026-10-05\ntitle: Gave the <caching> talk\n---\n');
    await waitFor('the evidence in the index', () => api.workspace.rootFor(uri)?.index.evidence().some((entry) => entry.path === uri.toString()));
  });

  it('opens the brag document as an unsaved Markdown editor', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('devgrowth.export.brag', { from: '2026-10-01', to: '2026-10-31' }, 'markdown');
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /\*\*2026-10-05\*\* Gave the \\<caching\\> talk/);
    assert.equal(vscode.window.activeTextEditor?.document, document);
  });

  it('opens the brag document as HTML with user text escaped', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('devgrowth.export.brag', { from: '2026-10-01', to: '2026-10-31' }, 'html');
    assert.equal(document.languageId, 'html');
    assert.match(document.getText(), /Gave the &#60;caching&#62; talk/);
  });

  it('opens the quarter retrospective', async () => {
    const api = await devGrowth();
    const inQuarter = api.workspace.roots()[0]!.index.evidence().filter((entry) => entry.data.date >= '2026-10-01' && entry.data.date <= '2026-12-31');
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('devgrowth.export.retrospective', '2026-Q4', 'markdown');
    assert.match(document.getText(), /^# Retrospective for 2026-Q4 \(2026-10-01 to 2026-12-31\)/);
    assert.match(document.getText(), new RegExp(`${inQuarter.length} achievements? logged`));
  });

  it('exports the schedule as a calendar file that lists the next review and the milestones', async () => {
    const api = await devGrowth();
    api.clock.use(fixedClock('2026-11-22T09:00:00'));
    try {
      const folder = vscode.workspace.workspaceFolders![0]!.uri;
      const destination = vscode.Uri.joinPath(folder, 'schedule-test.ics');
      const written = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.export.calendar', destination);
      assert.equal(written.toString(), destination.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(destination));
      assert.match(text, /^BEGIN:VCALENDAR\r\n/);
      assert.match(text, /UID:review@devgrowth\r\n/);
      assert.match(text, /UID:milestone-ship-refunds-rollout@devgrowth\r\n/);
      await vscode.workspace.fs.delete(destination);
    } finally {
      api.clock.use(systemClock);
    }
  });
});
