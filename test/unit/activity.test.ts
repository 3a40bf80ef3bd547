import * as assert from 'node:assert/strict';
import { activity, weekStart } from '../../src/core/activity';
import { progressCharts } from '../../src/core/dashboard';
import { GrowthIndex } from '../../src/core/growthIndex';

function planOf(...files: (readonly [string, string])[]): GrowthIndex {
  const plan = new GrowthIndex();
  for (const [file, text] of files) plan.set(file, text);
  return plan;
}
const dated = (kind: string, date: string, extra = '') =>
  [`${kind}/${date}.md`, `---\nkind: ${kind}\nschema: 1\ndate: ${date}\n${extra}---\n`] as const;
const goal = [
  'goals/talks.md',
  `---
kind: goal
schema: 1
title: Give 3 talks by June
horizon: short
status: active
due: 2027-06-30
measurable: {metric: talks given, target: 3 talks}
milestones:
  - {id: first, title: First talk, status: done, completed: 2027-02-03}
progress:
  - date: 2027-01-01
    value: 0
  - date: 2027-02-03
    value: 1
---
`,
] as const;

describe('activity over the year', () => {
  it('starts weeks on Monday', () => {
    assert.equal(weekStart('2027-02-03'), '2027-02-01'); // a Wednesday
    assert.equal(weekStart('2027-02-01'), '2027-02-01');
    assert.equal(weekStart('2027-02-07'), '2027-02-01'); // a Sunday
  });

  it('counts each kind of activity per day, and leaves out the future and days before the year shown', () => {
    const plan = planOf(
      goal,
      dated('review', '2027-02-03', 'onTrack: yes\n'),
      dated('evidence', '2027-02-03', 'title: Talked\n'),
      dated('review', '2027-03-01', 'onTrack: yes\n'),
      dated('review', '2020-01-01', 'onTrack: yes\n'),
    );
    const year = activity(plan, '2027-02-10');
    assert.equal(year.from, '2026-02-09');
    assert.deepEqual(year.days, [
      { date: '2027-01-01', count: 1, kinds: { progress: 1 } },
      { date: '2027-02-03', count: 4, kinds: { review: 1, evidence: 1, milestone: 1, progress: 1 } },
    ]);
    assert.equal(year.total, 5);
  });

  it('counts weeks in a row with activity, this week or up to last week', () => {
    const reviews = ['2027-01-04', '2027-01-12', '2027-01-20', '2027-02-15'].map((date) => dated('review', date, 'onTrack: yes\n'));
    const plan = planOf(...reviews);
    assert.deepEqual([activity(plan, '2027-01-27').weekStreak, activity(plan, '2027-01-27').longestWeekStreak], [3, 3]); // last week counts
    assert.equal(activity(plan, '2027-02-03').weekStreak, 0); // a whole week without
    assert.equal(activity(plan, '2027-02-16').weekStreak, 1);
  });

  it('is empty for a plan with nothing recorded', () => {
    const year = activity(planOf(), '2027-02-10');
    assert.deepEqual([year.days, year.total, year.weekStreak, year.longestWeekStreak], [[], 0, 0, 0]);
  });
});

describe('progress charts on the dashboard', () => {
  it('draws each goal in play with a target to follow, with its id', () => {
    const [chart] = progressCharts(planOf(goal), '2027-02-10');
    assert.equal(chart?.goalId, 'talks');
    assert.equal(chart?.direction, 'rise');
    assert.deepEqual(
      chart?.points.map((point) => point.value),
      [0, 1],
    );
  });
});
