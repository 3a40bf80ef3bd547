import * as assert from 'node:assert/strict';
import { GrowthIndex } from '../../src/core/growthIndex';
import { planMilestoneMove, type FileEdits, type MilestoneMovePlan } from '../../src/core/milestoneMove';
import { editFrontMatter, planEdits } from '../../src/core/writer';

const refunds = `---
kind: goal
schema: 1
# kept: a comment, an unknown key, odd spacing
title: Ship refunds
horizon: short
status: active
team-note:   as written
milestones:
  - id: design
    title: Design
    status: done

  - id: build   # the big one
    title: Build
    doneWhen: One refund through the new service
    owner-note: unknown keys travel with the milestone
    status: active
  - id: rollout
    title: Roll out
---
Body text.
`;

const talks = `---
kind: goal
schema: 1
title: Give talks
horizon: short
status: active
milestones:
  - id: outline
    title: Outline
  - id: rehearse
    title: Rehearse
---
`;

const card = (milestone: string, goal = 'refunds') => `---
kind: card
schema: 1
title: A card  # comment
goal: ${goal}
milestone: ${milestone}
---
Notes.
`;

const evidence = `---
kind: evidence
schema: 1
date: 2026-11-06
title: Prototype refund
goal: refunds
milestone: build
---
`;

const rubric = `---
kind: assessment
schema: 1
type: rubric
date: 2026-11-01
goal: refunds
milestone: build
phase: before
ratings: {confidence: 2, competence: 2, impact: 1, clarity: 2}
---
`;

function plan(files: Record<string, string>): { index: GrowthIndex; texts: Map<string, string> } {
  const index = new GrowthIndex();
  for (const [path, text] of Object.entries(files)) index.set(path, text);
  return { index, texts: new Map(Object.entries(files)) };
}

/** Applies the plan's steps in order, as GrowthFiles would, and returns the files afterwards. */
function apply(texts: Map<string, string>, result: MilestoneMovePlan): Map<string, string> {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  const after = new Map(texts);
  for (const step of result.steps as FileEdits[]) {
    const edited = editFrontMatter(after.get(step.path)!, step.edits);
    assert.ok(edited.ok, edited.ok ? '' : edited.reason);
    after.set(step.path, edited.text);
  }
  return after;
}

describe('moving a milestone', () => {
  it('reorders within a goal: the dragged milestone takes the place of the one it is dropped on', () => {
    const { index, texts } = plan({ 'goals/refunds.md': refunds });
    const down = apply(texts, planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'design' }, { goalPath: 'goals/refunds.md', onMilestone: 'rollout' }, refunds));
    assert.equal(
      down.get('goals/refunds.md'),
      refunds.replace(
        '  - id: design\n    title: Design\n    status: done\n\n  - id: build   # the big one\n    title: Build\n    doneWhen: One refund through the new service\n    owner-note: unknown keys travel with the milestone\n    status: active\n  - id: rollout\n    title: Roll out\n',
        '  - id: build   # the big one\n    title: Build\n    doneWhen: One refund through the new service\n    owner-note: unknown keys travel with the milestone\n    status: active\n\n  - id: rollout\n    title: Roll out\n  - id: design\n    title: Design\n    status: done\n',
      ),
    );
    const up = apply(texts, planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'rollout' }, { goalPath: 'goals/refunds.md', onMilestone: 'design' }, refunds));
    // The blank line stays where it was: items trade places, the gaps between them do not.
    assert.match(up.get('goals/refunds.md')!, /milestones:\n {2}- id: rollout\n {4}title: Roll out\n\n {2}- id: design\n(.|\n)* {2}- id: build {3}# the big one\n/);
  });

  it('puts a milestone dropped on its own goal last, and does nothing when dropped on itself', () => {
    const { index, texts } = plan({ 'goals/refunds.md': refunds });
    const last = apply(texts, planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'design' }, { goalPath: 'goals/refunds.md' }, refunds));
    assert.deepEqual(index.set('goals/refunds.md', last.get('goals/refunds.md')!).after?.record?.kind, 'goal');
    assert.deepEqual(index.goal('refunds')!.data.milestones.map((milestone) => milestone.id), ['build', 'rollout', 'design']);
    const onItself = planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'build' }, { goalPath: 'goals/refunds.md', onMilestone: 'build' }, refunds);
    assert.deepEqual(onItself, { ok: true, steps: [], milestoneId: 'build' });
  });

  it('moves a milestone to another goal as written, with its comments, points its card, evidence and rubric there, and changes nothing else', () => {
    const files = {
      'goals/refunds.md': refunds,
      'goals/talks.md': talks,
      'cards/build.md': card('build'),
      'cards/design.md': card('design'),
      'evidence/2026-11-06-prototype.md': evidence,
      'assessments/2026-11-01-rubric.md': rubric,
    };
    const { index, texts } = plan(files);
    const result = planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'build' }, { goalPath: 'goals/talks.md', onMilestone: 'rehearse' }, refunds);
    assert.ok(result.ok);
    assert.deepEqual(
      result.steps.map((step) => step.path),
      ['goals/talks.md', 'assessments/2026-11-01-rubric.md', 'cards/build.md', 'evidence/2026-11-06-prototype.md', 'goals/refunds.md'],
      'the target first and the source last, so a failure part-way loses nothing',
    );
    const after = apply(texts, result);
    assert.equal(
      after.get('goals/talks.md'),
      talks.replace(
        '  - id: rehearse',
        '  - id: build   # the big one\n    title: Build\n    doneWhen: One refund through the new service\n    owner-note: unknown keys travel with the milestone\n    status: active\n  - id: rehearse',
      ),
    );
    assert.equal(
      after.get('goals/refunds.md'),
      refunds.replace('  - id: build   # the big one\n    title: Build\n    doneWhen: One refund through the new service\n    owner-note: unknown keys travel with the milestone\n    status: active\n', ''),
    );
    assert.equal(after.get('cards/build.md'), card('build', 'talks'));
    assert.equal(after.get('cards/design.md'), files['cards/design.md']);
    assert.equal(after.get('evidence/2026-11-06-prototype.md'), evidence.replace('goal: refunds', 'goal: talks'));
    assert.equal(after.get('assessments/2026-11-01-rubric.md'), rubric.replace('goal: refunds', 'goal: talks'));
  });

  it('renames a milestone whose id the target goal already uses, and its links with it', () => {
    const other = talks.replace('id: outline', 'id: build');
    const { index, texts } = plan({ 'goals/refunds.md': refunds, 'goals/talks.md': other, 'cards/build.md': card('build') });
    const result = planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'build' }, { goalPath: 'goals/talks.md' }, refunds);
    assert.ok(result.ok);
    assert.equal(result.milestoneId, 'build-2');
    const after = apply(texts, result);
    assert.match(after.get('goals/talks.md')!, /- id: rehearse\n {4}title: Rehearse\n {2}- id: build-2 {3}# the big one\n {4}title: Build\n/);
    assert.equal(after.get('cards/build.md'), card('build', 'talks').replace('milestone: build', 'milestone: build-2'));
  });

  it('refuses when the goal file no longer matches the plan, or the milestone is gone', () => {
    const { index } = plan({ 'goals/refunds.md': refunds, 'goals/talks.md': talks });
    const stale = planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'build' }, { goalPath: 'goals/talks.md' }, refunds.replace('id: build', 'id: built'));
    assert.equal(stale.ok, false);
    const gone = planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId: 'nope' }, { goalPath: 'goals/talks.md' }, refunds);
    assert.equal(gone.ok, false);
  });
});

describe('moving a milestone between goals, all or nothing', () => {
  /** Plans the move on the index of `files`, and works out the texts on `onDisk` (the files at write time). */
  const move = (files: Record<string, string>, milestoneId: string, onDisk = files) => {
    const { index } = plan(files);
    const result = planMilestoneMove(index, { goalPath: 'goals/refunds.md', milestoneId }, { goalPath: 'goals/talks.md' }, files['goals/refunds.md']!);
    assert.ok(result.ok, result.ok ? '' : result.reason);
    return planEdits(result.steps, (path) => onDisk[path]!);
  };

  it('moves out of a one-line flow list and a file with spaced comments', () => {
    const source = refunds.replace(/milestones:\n(.|\n)*---\n/, 'milestones: [{id: design, title: Design}, {id: build, title: Build}]\n---\n').replace('status: active', 'status: paused         # waiting');
    const planned = move({ 'goals/refunds.md': source, 'goals/talks.md': talks }, 'build');
    assert.ok(planned.ok, planned.ok ? '' : planned.reason);
    assert.equal(planned.texts.get('goals/refunds.md')!.after, source.replace(', {id: build, title: Build}', ''));
    assert.match(planned.texts.get('goals/talks.md')!.after, / {4}title: Rehearse\n {2}- \{id: build, title: Build\}\n---/);
  });

  it('changes no file when one of them refuses, and names it', () => {
    // The moved milestone holds an anchor the source still uses: removing it is refused.
    const source = refunds.replace('doneWhen: One refund through the new service', 'doneWhen: &done One refund through the new service').replace('    title: Roll out\n', '    title: Roll out\n    doneWhen: *done\n');
    const files = { 'goals/refunds.md': source, 'goals/talks.md': talks, 'cards/build.md': card('build') };
    const planned = move(files, 'build');
    assert.equal(planned.ok, false);
    assert.equal(planned.ok ? '' : planned.path, 'goals/refunds.md');
    assert.match(planned.ok ? '' : planned.reason, /marked &done and used elsewhere/);
    // A card saved in a newer format since the plan was read stops the move before the goals change.
    const indexed = { 'goals/refunds.md': refunds, 'goals/talks.md': talks, 'cards/build.md': card('build') };
    const newer = move(indexed, 'build', { ...indexed, 'cards/build.md': card('build').replace('schema: 1', 'schema: 2') });
    assert.equal(newer.ok ? '' : newer.path, 'cards/build.md');
  });
});
