import * as assert from 'node:assert/strict';
import { describeGoal, describeMilestone, goalTreeChildren, relativeDay, type GoalTreeNode, type GoalTreeOptions } from '../../src/core/goalTree';
import { GrowthIndex } from '../../src/core/growthIndex';
import { fieldRange } from '../../src/core/reader';

const TODAY = '2026-11-22';
const goal = (id: string, lines: string[]) => [`growth/goals/${id}.md`, `---\nkind: goal\nschema: 1\n${lines.join('\n')}\n---\n`] as const;

function plan(): GrowthIndex {
  const index = new GrowthIndex();
  index.set('growth/profile.md', '---\nkind: profile\nschema: 1\ncurrentLevel: II\ntargetLevel: Senior\ntrack: ic\nnorthStar:\n  statement: Own the payments platform\n  by: 2028-12-31\n---\n');
  for (const [path, text] of [
    goal('platform', ['title: Lead the platform', 'horizon: long', 'status: active', 'due: 2028-12-31']),
    goal('refunds', ['title: Ship refunds', 'horizon: short', 'status: active', 'parent: platform', 'due: 2026-12-04', 'priority: {impact: 5, effort: 3, reusability: 3, learnings: 3}',
      'milestones:', '  - {id: design, title: Design, status: done, completed: 2026-11-20}', '  - {id: build, title: Build, status: active, due: 2026-11-19}', '  - {id: old, title: Old idea, status: dropped}']),
    goal('talks', ['title: Give talks', 'horizon: short', 'status: active', 'parent: platform', 'due: 2026-12-01', 'priority: {impact: 2, effort: 3, reusability: 3, learnings: 3}']),
    goal('course', ['title: A course', 'horizon: short', 'status: done', 'parent: platform']),
    goal('frontend', ['title: Get better at frontend', 'horizon: short', 'status: active']),
  ]) index.set(path, text);
  index.set('growth/cards/design.md', '---\nkind: card\nschema: 1\ntitle: Design card\ngoal: refunds\nmilestone: design\n---\n');
  index.set('growth/cards/general.md', '---\nkind: card\nschema: 1\ntitle: General card\ngoal: refunds\n---\n');
  index.set('growth/goals/broken.md', '---\nkind: goal\ntitle: [\n---\n');
  return index;
}

const options: GoalTreeOptions = { sort: 'priority', filter: 'active', today: TODAY };
const label = (node: GoalTreeNode): string => {
  switch (node.type) {
    case 'northStar': return `★ ${node.statement}`;
    case 'goal': return node.goal.data.title;
    case 'milestone': return `◦ ${node.milestone.title}`;
    case 'card': return `▭ ${node.card.data.title}`;
    case 'unlinked': return 'Unlinked goals';
    case 'problems': return `Problems (${node.files.length})`;
    case 'invalid': return `✗ ${node.file.path}`;
  }
};

describe('the Goals tree model', () => {
  it('starts with the north star, the long-term goals, then unlinked goals and problems', () => {
    assert.deepEqual(goalTreeChildren(plan(), options).map(label), ['★ Own the payments platform', 'Lead the platform', 'Unlinked goals', 'Problems (1)']);
  });

  it('puts short-term goals under their long-term goal, by priority, hiding finished ones unless asked', () => {
    const index = plan();
    const platform = goalTreeChildren(index, options)[1]!;
    assert.deepEqual(goalTreeChildren(index, options, platform).map(label), ['Ship refunds', 'Give talks']);
    assert.deepEqual(goalTreeChildren(index, { ...options, filter: 'all', sort: 'title' }, platform).map(label), ['A course', 'Give talks', 'Ship refunds']);
    assert.deepEqual(goalTreeChildren(index, { ...options, sort: 'due' }, platform).map(label), ['Give talks', 'Ship refunds']);
  });

  it('lists milestones (not dropped ones unless all are shown), then cards not tied to a milestone', () => {
    const index = plan();
    const refunds = goalTreeChildren(index, options, goalTreeChildren(index, options)[1]!)[0]!;
    assert.deepEqual(goalTreeChildren(index, options, refunds).map(label), ['◦ Design', '◦ Build', '▭ General card']);
    const design = goalTreeChildren(index, options, refunds)[0]!;
    assert.deepEqual(goalTreeChildren(index, options, design).map(label), ['▭ Design card']);
    assert.equal(goalTreeChildren(index, { ...options, filter: 'all' }, refunds).length, 4);
  });

  it('groups short-term goals that serve no long-term goal', () => {
    const index = plan();
    const unlinked = goalTreeChildren(index, options).find((node) => node.type === 'unlinked')!;
    assert.deepEqual(goalTreeChildren(index, options, unlinked).map(label), ['Get better at frontend']);
  });

  it('describes progress and dates the way a person says them', () => {
    const refunds = plan().goal('refunds')!.data;
    assert.equal(describeGoal(refunds, TODAY), '1/2 · due in 12 days');
    assert.equal(describeMilestone(refunds.milestones[1]!, TODAY), 'overdue by 3 days');
    assert.equal(describeMilestone(refunds.milestones[0]!, TODAY), 'done 2 days ago');
    assert.equal(describeGoal(plan().goal('frontend')!.data, TODAY), 'no due date');
    assert.equal(relativeDay('2026-11-23', TODAY), 'tomorrow');
    assert.equal(relativeDay('2026-11-22', TODAY), 'today');
  });

  it('finds the line of a milestone to open the file there', () => {
    const [, text] = goal('refunds', ['title: T', 'horizon: short', 'milestones:', '  - id: a', '    title: A', '  - id: b', '    title: B']);
    assert.equal(fieldRange(text, ['milestones', 1]).start.line, 8);
  });
});
