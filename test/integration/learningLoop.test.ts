import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CommandTarget } from '../../src/commands/target';
import { devGrowth, growthUri, readText, scratchFolder, waitFor, writeText } from './helpers';

const goalText = `---
kind: goal
schema: 1
title: Cut the refund time to under 1 minute by 31 March
horizon: short
status: active   # kept
parent: lead-payments
measurable:
  metric: median minutes from request to refund
  target: under 1 minute
  current: 26 hours
start: 2027-01-04
due: 2027-03-31
---
Notes stay as they are.
`;

const cardText = `---
kind: card
schema: 1
title: Refund worker
goal: ship-refunds
artefacts: []
---

## Post-mortem

Later.
`;

/** Today as the extension sees it (the tests may run in any zone). */
async function today(): Promise<string> {
  const api = await devGrowth();
  return api.today();
}

describe('the learning loop and progress, as commands', () => {
  const scratch = scratchFolder('loop');
  const profile = growthUri('profile.md');
  let profileBefore = '';
  before(async () => {
    profileBefore = await readText(profile);
  });
  after(async () => {
    await writeText(profile, profileBefore);
    await scratch.cleanUp();
  });

  it('Update Progress appends a dated value to the goal and changes nothing else', async () => {
    const uri = scratch.uri('refund-time.md');
    await writeText(uri, goalText);
    const api = await devGrowth();
    const root = api.workspace.rootFor(uri)!;
    await waitFor('the goal in the index', () => root.index.goal('refund-time'), 30_000);
    const target: CommandTarget = { kind: 'goal', root, uri, goalId: 'refund-time' };
    await vscode.commands.executeCommand('devgrowth.goal.updateProgress', { target }, { value: '14 hours', note: 'Two markets moved' });
    const day = await today();
    assert.equal(
      await readText(uri),
      goalText.replace(
        'due: 2027-03-31\n',
        `due: 2027-03-31\nprogress:\n  - date: ${day}\n    value: 14 hours\n    note: Two markets moved\n`,
      ),
    );
    await waitFor('the update in the index', () => root.index.goal('refund-time')?.data.progress?.length === 1);
    await vscode.commands.executeCommand('devgrowth.goal.updateProgress', { target }, { value: '600' });
    assert.match(
      await readText(uri),
      new RegExp(`note: Two markets moved\\n  - date: ${day}\\n    value: 600\\n---\\nNotes stay as they are\\.\\n$`),
    );
  });

  it('Add a Core Concept and Mark Concept Revisited write the profile’s coreConcepts', async () => {
    const api = await devGrowth();
    const root = api.workspace.rootFor(profile)!;
    const day = await today();
    assert.equal(await vscode.commands.executeCommand('devgrowth.concept.add', { name: 'Backpressure' }), 'Backpressure');
    assert.equal(
      await readText(profile),
      profileBefore.replace('---\n\n# Profile', `coreConcepts:\n  - name: Backpressure\n    learned: ${day}\n---\n\n# Profile`),
    );
    await waitFor('the concept in the index', () => root.index.profile()?.data.coreConcepts?.length === 1);
    // Studied today already: revisiting it again today would skip a step of the schedule.
    assert.equal(await vscode.commands.executeCommand('devgrowth.concept.markRevisited', { root, concept: 'Backpressure' }), undefined);
    const learnedEarlier = (await readText(profile)).replace(`learned: ${day}`, 'learned: 2026-01-05');
    await writeText(profile, learnedEarlier);
    await waitFor('the earlier date in the index', () => root.index.profile()?.data.coreConcepts?.[0]?.learned === '2026-01-05');
    const next = await vscode.commands.executeCommand('devgrowth.concept.markRevisited', { root, concept: 'Backpressure' });
    assert.equal(
      await readText(profile),
      learnedEarlier.replace('learned: 2026-01-05\n', `learned: 2026-01-05\n    reviewed:\n      - ${day}\n`),
    );
    // One review done: the next comes three days later.
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    assert.equal(next, new Date(Date.UTC(year, month - 1, date + 3)).toISOString().slice(0, 10));
  });

  it('Add an Artefact and Note a Peer Review list them on the card', async () => {
    const uri = scratch.uri('refund-worker.md');
    await writeText(uri, cardText);
    const api = await devGrowth();
    const root = api.workspace.rootFor(uri)!;
    await waitFor('the card in the index', () => root.index.entries('card').some((card) => card.path === uri.toString()), 30_000);
    const target: CommandTarget = { kind: 'file', root, uri };
    const day = await today();
    await vscode.commands.executeCommand(
      'devgrowth.card.addArtefact',
      { target },
      { type: 'people', title: 'Write-up on retries', link: 'https://wiki.example.com/retries' },
    );
    assert.equal(
      await readText(uri),
      cardText.replace(
        'artefacts: []\n',
        `artefacts:\n  - type: people\n    title: Write-up on retries\n    link: https://wiki.example.com/retries\n    date: ${day}\n`,
      ),
    );
    await waitFor(
      'the artefact in the index',
      () => root.index.entries('card').find((card) => card.path === uri.toString())?.data.artefacts?.length === 1,
    );
    await vscode.commands.executeCommand(
      'devgrowth.card.requestPeerReview',
      { target },
      { reviewer: 'Ana Costa', feedback: 'Say why retries back off.' },
    );
    assert.match(
      await readText(uri),
      new RegExp(
        `\\npeerReviews:\\n  - date: ${day}\\n    reviewer: Ana Costa\\n    artefact: Write-up on retries\\n    feedback: Say why retries back off\\.\\n---\\n`,
      ),
    );
  });
});
