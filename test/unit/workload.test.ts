import * as assert from 'node:assert/strict';
import { editFrontMatter } from '../../src/core/writer';
import {
  activationWarning,
  newMilestoneWarning,
  TOO_MANY_GOALS,
  TOO_MANY_MILESTONES,
  workloadCheck,
  workloadFixes,
  workloadOf,
} from '../../src/core/workload';
import { GrowthIndex } from '../../src/core/growthIndex';

const TODAY = '2026-11-22';
const LIMITS = { milestones: 3, shortTermGoals: 3 };

function goal(title: string, active: number, status = 'active', horizon = 'short'): string {
  const milestones = Array.from(
    { length: active + 1 },
    (_, index) => `  - {id: m${index}, title: ${title} step ${index}, status: ${index < active ? 'active' : 'planned'}}`,
  );
  return `---\nkind: goal\nschema: 1\ntitle: ${title}\nhorizon: ${horizon}\nstatus: ${status}\nmilestones:\n${milestones.join('\n')}\n---\n`;
}

function plan(goals: Record<string, string>, limits = LIMITS): GrowthIndex {
  const index = new GrowthIndex([workloadCheck(() => limits)]);
  for (const [id, text] of Object.entries(goals)) index.set(`goals/${id}.md`, text);
  return index;
}

const codes = (index: GrowthIndex, id: string) => index.problems(`goals/${id}.md`, TODAY).map((problem) => problem.code);

describe('the burnout guard across the plan', () => {
  it('counts the active milestones of every active goal together', () => {
    // Two per goal passes a per-goal limit of three, but not the plan's.
    const index = plan({ a: goal('A', 2), b: goal('B', 2), c: goal('C', 0), paused: goal('Paused', 3, 'paused') });
    assert.equal(workloadOf(index).milestones.length, 4);
    assert.deepEqual(codes(index, 'a'), [TOO_MANY_MILESTONES]);
    assert.deepEqual(codes(index, 'b'), [TOO_MANY_MILESTONES]);
    assert.deepEqual(codes(index, 'c'), [], 'a goal with nothing active adds nothing to fix');
    assert.deepEqual(codes(index, 'paused'), []);
    const [problem] = index.problems('goals/a.md', TODAY);
    assert.deepEqual(problem?.field, ['milestones', 0]);
    assert.match(
      problem.message,
      /^4 milestones are active across your plan \("A step 0", "A step 1", "B step 0", "B step 1"\); keep at most 3/,
    );
  });

  it('stays quiet at the limit', () => {
    assert.deepEqual(codes(plan({ a: goal('A', 2), b: goal('B', 1) }), 'a'), []);
  });

  it('counts active short-term goals, not long-term ones', () => {
    const index = plan({ a: goal('A', 0), b: goal('B', 0), c: goal('C', 0), d: goal('D', 0), long: goal('Long', 0, 'active', 'long') });
    for (const id of ['a', 'b', 'c', 'd']) assert.deepEqual(codes(index, id), [TOO_MANY_GOALS], id);
    assert.deepEqual(codes(index, 'long'), []);
    assert.deepEqual(codes(plan({ a: goal('A', 0), b: goal('B', 0), c: goal('C', 0), long: goal('Long', 0, 'active', 'long') }), 'a'), []);
  });

  it('follows the limits the settings give', () => {
    assert.deepEqual(codes(plan({ a: goal('A', 2) }, { milestones: 1, shortTermGoals: 3 }), 'a'), [TOO_MANY_MILESTONES]);
    assert.deepEqual(codes(plan({ a: goal('A', 0), b: goal('B', 0) }, { milestones: 3, shortTermGoals: 1 }), 'a'), [TOO_MANY_GOALS]);
  });

  it('offers fixes that bring the plan back within the limits', () => {
    const index = plan({ a: goal('A', 2), b: goal('B', 2) });
    const text = goal('A', 2);
    const [problem] = index.problems('goals/a.md', TODAY);
    const [planned, pause] = workloadFixes(problem!);
    assert.equal(planned?.title, 'Set this milestone back to "planned"');
    assert.equal(planned?.preferred, true);
    const fixed = editFrontMatter(text, planned.edits);
    assert.ok(fixed.ok);
    assert.match(fixed.text, /- \{id: m0, title: A step 0, status: planned\}/);
    index.set('goals/a.md', fixed.text);
    assert.deepEqual(codes(index, 'a'), [], 'one milestone back to planned: three active, at the limit');
    assert.equal(pause?.title, 'Pause this goal');
    const paused = editFrontMatter(text, pause.edits);
    assert.ok(paused.ok);
    assert.match(paused.text, /\nstatus: paused\n/);

    const goals = plan({ a: goal('A', 0), b: goal('B', 0), c: goal('C', 0), d: goal('D', 0) });
    const [tooMany] = goals.problems('goals/d.md', TODAY);
    const fixes = workloadFixes(tooMany!);
    assert.deepEqual(
      fixes.map((fix) => fix.title),
      ['Pause this goal', 'Set this goal back to draft'],
    );
    const fixedGoal = editFrontMatter(goal('D', 0), fixes[0]!.edits);
    assert.ok(fixedGoal.ok);
    goals.set('goals/d.md', fixedGoal.text);
    assert.deepEqual(codes(goals, 'a'), []);
  });

  it('warns before a change passes a limit', () => {
    const index = plan({ a: goal('A', 2), b: goal('B', 1, 'paused'), c: goal('C', 0), d: goal('D', 0), e: goal('E', 0, 'draft') });
    assert.match(activationWarning(index, 'b', LIMITS) ?? '', /^That makes 4 short-term goals active at once; at most 3/);
    assert.equal(activationWarning(index, 'a', LIMITS), undefined, 'already active');
    assert.match(
      activationWarning(plan({ a: goal('A', 3), b: goal('B', 1, 'paused') }), 'b', LIMITS) ?? '',
      /^That makes 4 milestones active across your plan; keep at most 3/,
    );
    assert.equal(activationWarning(plan({ a: goal('A', 1), b: goal('B', 1, 'paused') }), 'b', LIMITS), undefined);
    assert.equal(newMilestoneWarning(plan({ a: goal('A', 2) }), LIMITS), undefined);
    assert.match(
      newMilestoneWarning(plan({ a: goal('A', 2), b: goal('B', 1) }), LIMITS) ?? '',
      /^3 milestones are already active across your plan \(at most 3 at once\)/,
    );
  });
});
