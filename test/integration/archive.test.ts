import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import { fixedClock, systemClock } from '../../src/core/dates';
import { devGrowth, forget, growthUri, readText, scratchFolder, waitFor, writeText } from './helpers';

const goal = (id: string, status: string, horizonStart: string) => `---
kind: goal
schema: 1
title: Goal ${id} by 31 December   # a comment that moves with the file
horizon: short
status: ${status}
due: 2026-12-31
horizonStart: ${horizonStart}
---
Notes of ${id}.
`;
const card = (goalId: string) => `---\nkind: card\nschema: 1\ntitle: What ${goalId} taught me\ngoal: ${goalId}\n---\nBody.\n`;

/** Answers the next modal confirmation with `answer` (undefined: dismissed). */
function answerConfirmation(answer: string | undefined): () => void {
  const original = vscode.window.showWarningMessage;
  (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async () => answer;
  return () => {
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
  };
}

describe('archiving', () => {
  const scratch = scratchFolder('archiving');
  const archived = (quarter: string, file: string) => growthUri('archive', quarter, 'scratch-archiving', file);

  before(async () => {
    const api = await devGrowth();
    // The fixture's horizons and the quarters depend on the day; this is the day the tests expect.
    api.clock.use(fixedClock('2026-11-22T10:00:00'));
  });

  after(async () => {
    (await devGrowth()).clock.use(systemClock);
    await scratch.cleanUp();
    await forget([growthUri('archive')]);
  });

  it('Archive the Quarter asks first and, when told no, moves nothing', async () => {
    const api = await devGrowth();
    await writeText(scratch.uri('shipped.md'), goal('shipped', 'done', '2026-07-01'));
    await waitFor('the finished goal in the plan', () => api.workspace.rootFor(scratch.uri('shipped.md'))?.index.goal('shipped'), 30_000);
    const restore = answerConfirmation(undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('devgrowth.plan.archiveQuarter'), undefined);
    } finally {
      restore();
    }
    assert.match(await readText(scratch.uri('shipped.md')), /status: done/);
  });

  it('Archive the Quarter files finished goals and their cards under their quarter, and starts the next horizon of a goal whose 90 days end', async () => {
    const api = await devGrowth();
    const ongoing = goal('ongoing', 'active', '2026-08-30');
    await writeText(scratch.uri('dropped.md'), goal('dropped', 'dropped', '2026-10-01'));
    await writeText(scratch.uri('ongoing.md'), ongoing);
    await writeText(scratch.uri('shipped-card.md'), card('shipped'));
    const root = api.workspace.rootFor(scratch.uri('ongoing.md'))!;
    await waitFor('the scratch plan', () => root.index.goal('dropped') && root.index.goal('ongoing') && root.index.cards('shipped').length === 1, 30_000);
    const restore = answerConfirmation('Archive');
    try {
      const result = await vscode.commands.executeCommand<{ done: number; failed: string[] }>('devgrowth.plan.archiveQuarter');
      assert.deepEqual(result.failed, []);
    } finally {
      restore();
    }
    // 2026-07-01 + 90 days ends in the third quarter; a dropped goal whose horizon runs on is filed under today's.
    assert.equal(await readText(archived('2026-Q3', 'shipped.md')), goal('shipped', 'done', '2026-07-01'));
    assert.equal(await readText(archived('2026-Q3', 'shipped-card.md')), card('shipped'));
    assert.equal(await readText(archived('2026-Q4', 'dropped.md')), goal('dropped', 'dropped', '2026-10-01'));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(scratch.uri('shipped.md'))));
    assert.equal(await readText(scratch.uri('ongoing.md')), ongoing.replace('horizonStart: 2026-08-30', 'horizonStart: 2026-11-22'));
    // Archived goals stay in the plan: links to them and their history keep working.
    assert.equal(root.index.goal('shipped')?.path, archived('2026-Q3', 'shipped.md').toString());
    assert.equal(root.index.cards('shipped')[0]?.path, archived('2026-Q3', 'shipped-card.md').toString());
  });

  it('Archive Goal moves an open goal with its editor, and offers only finished or dropped goals', async () => {
    const api = await devGrowth();
    const uri = scratch.uri('talks.md');
    await writeText(uri, goal('talks', 'done', '2026-09-01'));
    const root = api.workspace.rootFor(uri)!;
    const entry = await waitFor('the goal in the plan', () => root.index.goal('talks'), 30_000);
    await vscode.window.showTextDocument(uri);
    const node = { target: { kind: 'goal', root, uri, goalId: 'talks' } };
    await vscode.commands.executeCommand('devgrowth.goal.archive', node);
    const moved = archived('2026-Q4', 'talks.md');
    await waitFor('the editor to follow the file', () => vscode.window.activeTextEditor?.document.uri.toString() === moved.toString());
    assert.equal(root.index.goal('talks')?.path, moved.toString());
    assert.notEqual(entry.path, moved.toString());
    const menu = manifest.contributes.menus['view/item/context'].find((item) => item.command === 'devgrowth.goal.archive');
    assert.match(menu?.when ?? '', /goal:\(done\|dropped\)/);
  });
});
