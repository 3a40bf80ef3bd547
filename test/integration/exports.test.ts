import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixedClock, systemClock } from '../../src/core/dates';
import { devGrowth, growthUri, scratchFolder, waitFor, writeText } from './helpers';

describe('exports', () => {
  const scratch = scratchFolder('exports');
  after(() => scratch.cleanUp());
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(growthUri('exports'), { recursive: true, useTrash: false });
  });

  before(async () => {
    const api = await devGrowth();
    const uri = scratch.uri('2026-10-05-talk.md');
    await writeText(uri, '---\nkind: evidence\nschema: 1\ndate: 2026-10-05\ntitle: Gave the <caching> talk\n---\n');
    await waitFor('the evidence in the index', () =>
      api.workspace
        .rootFor(uri)
        ?.index.evidence()
        .some((entry) => entry.path === uri.toString()),
    );
  });

  it('saves the brag document as Markdown in the plan’s exports folder, never over an earlier one', async () => {
    const saved = growthUri('exports', 'brag-2026-10-01-to-2026-10-31.md');
    const again = growthUri('exports', 'brag-2026-10-01-to-2026-10-31-2.md');
    {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>(
        'devgrowth.export.brag',
        { from: '2026-10-01', to: '2026-10-31' },
        'markdown',
      );
      assert.equal(document.isUntitled, false);
      assert.equal(document.uri.toString(), saved.toString());
      assert.equal(document.isDirty, false);
      assert.equal(document.languageId, 'markdown');
      assert.match(document.getText(), /\*\*2026-10-05\*\* Gave the \\<caching\\> talk/);
      assert.match(
        new TextDecoder().decode(await vscode.workspace.fs.readFile(saved)),
        /^# .*Achievements from 2026-10-01 to 2026-10-31\n/,
      );
      assert.equal(vscode.window.activeTextEditor?.document, document);
      const second = await vscode.commands.executeCommand<vscode.TextDocument>(
        'devgrowth.export.brag',
        { from: '2026-10-01', to: '2026-10-31' },
        'markdown',
      );
      assert.equal(second.uri.toString(), again.toString(), 'a second export gets a name of its own');
    }
  });

  it('opens the brag document as HTML with user text escaped', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>(
      'devgrowth.export.brag',
      { from: '2026-10-01', to: '2026-10-31' },
      'html',
    );
    assert.equal(document.languageId, 'html');
    assert.match(document.getText(), /Gave the &#60;caching&#62; talk/);
  });

  it('opens the quarter retrospective', async () => {
    const api = await devGrowth();
    const inQuarter = api.workspace
      .roots()[0]!
      .index.evidence()
      .filter((entry) => entry.data.date >= '2026-10-01' && entry.data.date <= '2026-12-31');
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('devgrowth.export.retrospective', '2026-Q4', 'markdown');
    assert.match(document.getText(), /^# Retrospective for 2026-Q4 \(2026-10-01 to 2026-12-31\)/);
    assert.match(document.getText(), new RegExp(`${inQuarter.length} achievements? logged`));
  });

  it('exports the promotion brief: the three criteria with their evidence, the ask, the feedback and what is still open', async () => {
    const api = await devGrowth();
    const readiness = scratch.uri('2026-11-20-promotion.md');
    await writeText(
      readiness,
      [
        '---',
        'kind: assessment',
        'schema: 1',
        'type: promotion',
        'date: 2026-11-20',
        'performingAtNextLevel: 3',
        'businessJustification: true',
        'voicedToManager: true',
        'firmCommitment: false',
        'cycle: 2027-H1',
        'feedback: Lead one design across teams first.',
        '---',
        '',
      ].join('\n'),
    );
    await waitFor('the readiness check in the index', () =>
      api.workspace
        .rootFor(readiness)
        ?.index.assessments('promotion')
        .some((entry) => entry.path === readiness.toString()),
    );
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('devgrowth.export.promotionBrief', true, 'markdown');
    assert.equal(document.uri.toString(), growthUri('exports', 'promotion-brief.md').toString());
    const text = document.getText();
    const sections = [...text.matchAll(/^##+ (.*)$/gm)].map((match) => match[1]);
    assert.deepEqual(sections, [
      'The three criteria',
      'Working at the next level: 3 of 5',
      'The business needs someone at that level: yes',
      'There is budget for it: not known yet',
      'The ask',
      'Target cycle',
      'Feedback so far',
      'Open questions',
    ]);
    assert.match(text, /^# The promotion conversation\n/);
    // The evidence behind the first criterion, newest first, with the goal it served.
    assert.match(
      text,
      /\*\*2026-11-03\*\* Refunds design approved · Unblocked two teams\. · for "Ship the refunds redesign by 31 December"/,
    );
    assert.match(text, /Gave the \\<caching\\> talk/);
    assert.match(text, /I want to be promoted to Senior Software Engineer in the 2027-H1 cycle\./);
    assert.match(text, /We have talked about it, without a firm commitment yet\./);
    assert.match(text, /\*\*2026-11-20\*\* Lead one design across teams first\./);
    assert.match(text, /Will you put me forward in the 2027-H1 cycle\?/);
    assert.match(text, /Is there budget for the promotion/);
    assert.doesNotMatch(text, /Which work at .* does the business need done\?/, 'the business need is answered');
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
