// The starter goals Start a Growth Plan writes carry `example: true`: their made-up dates stay
// out of reminders, the calendar and the brag document, and Remove Examples deletes them unless
// something of the person's own links to them.
import * as assert from 'node:assert/strict';
import { fixedClock } from '../../src/core/dates';
import { exampleRemoval } from '../../src/core/examples';
import { bragDocument } from '../../src/core/exports/brag';
import { toMarkdown } from '../../src/core/exports/document';
import { GrowthIndex } from '../../src/core/growthIndex';
import { calendarEvents } from '../../src/core/ics';
import { buildSchedule } from '../../src/core/schedule';

const file = (lines: string[]) => `---\nschema: 1\n${lines.join('\n')}\n---\n`;
const starter = (example: boolean) =>
  file([
    'kind: goal',
    'title: Finish one piece of work that stretches me',
    'horizon: short',
    'status: active',
    'horizonStart: 2026-11-20',
    'due: 2027-02-18',
    'parent: my-long-term-goal',
    ...(example ? ['example: true'] : []),
    'milestones:',
    '  - {id: choose, title: Choose the piece of work, due: 2026-12-04, status: active}',
  ]);

function plan(example = true): GrowthIndex {
  const index = new GrowthIndex();
  index.set(
    'growth/profile.md',
    file(['kind: profile', 'currentLevel: II', 'targetLevel: Senior', 'track: ic', 'northStar:', '  statement: S']),
  );
  index.set(
    'growth/goals/my-long-term-goal.md',
    file([
      'kind: goal',
      'title: Reach Senior within two years',
      'horizon: long',
      'status: active',
      'due: 2028-11-20',
      ...(example ? ['example: true'] : []),
    ]),
  );
  index.set('growth/goals/my-first-90-days.md', starter(example));
  return index;
}

const options = {
  clock: fixedClock('2026-12-01T10:00:00Z'),
  timeZone: 'UTC',
  settings: { reviewCadence: 'monthly' as const, checkinWeeks: 4, soonDays: 7 },
};

describe('starter examples', () => {
  it('remind of nothing while they are examples, and of their milestones once made the person’s own', () => {
    const ids = (index: GrowthIndex) =>
      buildSchedule({ goals: index.goals(), reviews: [], checkins: [], breaks: [] }, { clock: options.clock, timeZone: 'UTC' }).map(
        (reminder) => reminder.id,
      );
    assert.ok(!ids(plan()).some((id) => id.startsWith('milestone:') || id.startsWith('horizon:')), ids(plan()).join(', '));
    assert.ok(ids(plan(false)).includes('milestone:my-first-90-days/choose'));
  });

  it('stay out of the calendar', () => {
    const uids = (index: GrowthIndex) => calendarEvents(index, options).map((event) => event.uid);
    assert.deepEqual(
      uids(plan()).filter((uid) => /milestone-|horizon-/.test(uid)),
      [],
    );
    assert.ok(uids(plan(false)).includes('milestone-my-first-90-days-choose@devgrowth'));
  });

  it('stay out of the brag document’s progress', () => {
    const markdown = toMarkdown(bragDocument(plan(), { from: '2026-06-01', to: '2026-12-01' }).blocks);
    assert.doesNotMatch(markdown, /Reach Senior within two years|Finish one piece of work/);
  });

  it('are removed unless something of the person’s own links to them', () => {
    const index = plan();
    assert.deepEqual(
      exampleRemoval(index)
        .remove.map((goal) => goal.id)
        .sort(),
      ['my-first-90-days', 'my-long-term-goal'],
    );
    index.set(
      'growth/goals/own.md',
      file(['kind: goal', 'title: My own', 'horizon: short', 'status: active', 'parent: my-long-term-goal']),
    );
    index.set('growth/evidence/e.md', file(['kind: evidence', 'date: 2026-11-30', 'title: Chose the work', 'goal: my-first-90-days']));
    const { remove, keep } = exampleRemoval(index);
    assert.deepEqual([remove.map((goal) => goal.id), keep.map((goal) => goal.id).sort()], [[], ['my-first-90-days', 'my-long-term-goal']]);
    assert.deepEqual(exampleRemoval(plan(false)), { remove: [], keep: [] });
  });
});
