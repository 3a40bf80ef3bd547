import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readGrowthFile } from '../../src/core/reader';
import { FILE_KINDS } from '../../src/core/schema';
import { ASSESSMENT_TYPES } from '../../src/core/vocabulary';
import { brokenLinks, indexPlan, problemCodes, readFolder } from './growthPlan';

/** The demo plan is written as of this day. */
const TODAY = '2026-11-22';

describe('the demo workspace', () => {
  const files = readFolder(path.join(__dirname, '../../demo/growth'));
  const index = indexPlan(files);

  it('reads every file as valid, but for the two deliberate mistakes', () => {
    const invalid = files.filter(([file, text]) => !readGrowthFile(file, text)?.record).map(([file]) => file);
    assert.deepEqual(invalid, ['evidence/2026-09-02-oncall-handover.md']);
  });

  it('shows exactly those two mistakes, and nothing else wrong', () => {
    assert.deepEqual(problemCodes(index, TODAY), {
      'evidence/2026-09-02-oncall-handover.md': ['yaml'],
      'goals/get-better-at-frontend.md': [
        'smart/no-due-date',
        'smart/no-measurable-target',
        'smart/no-parent',
        'smart/no-pillar-or-marker',
        'smart/vague-wording',
      ],
    });
  });

  it('links every parent, goal and milestone to one that exists', () => {
    assert.deepEqual(brokenLinks(index), []);
  });

  it('holds every kind of file and every assessment type, and an archived quarter', () => {
    const kinds = new Set([...index.files()].map((file) => file.record?.kind));
    for (const kind of FILE_KINDS) assert.ok(kinds.has(kind), `no ${kind} file`);
    assert.deepEqual([...new Set(index.assessments().map((entry) => entry.data.type))].sort(), [...ASSESSMENT_TYPES].sort());
    assert.ok(files.some(([file]) => file.startsWith('archive/2026-Q3/goals/')));
  });

  it('has two long-term goals and three short-term goals in different states, each with 3 to 5 milestones', () => {
    const goals = index.goals().filter((goal) => goal.id !== 'get-better-at-frontend');
    assert.equal(goals.filter((goal) => goal.data.horizon === 'long').length, 2);
    const shortTerm = goals.filter((goal) => goal.data.horizon === 'short');
    assert.deepEqual(shortTerm.map((goal) => goal.data.status).sort(), ['active', 'done', 'paused']);
    for (const goal of shortTerm) {
      const { milestones } = goal.data;
      assert.ok(milestones.length >= 3 && milestones.length <= 5, goal.id);
      for (const done of milestones.filter((milestone) => milestone.status === 'done')) {
        assert.ok(done.rubric?.before && done.rubric.after, `${goal.id}/${done.id} has no rubric before and after`);
      }
    }
  });

  it('has a fortnightly review history with a "no" and its five whys, and mentor check-ins every few weeks', () => {
    const reviews = index.reviews();
    assert.ok(reviews.length >= 12, 'about a dozen reviews');
    assert.ok(reviews.some((review) => review.data.onTrack === 'no' && review.data.whys?.length === 5));
    const checkins = index
      .checkins()
      .map((checkin) => Date.parse(checkin.data.date))
      .reverse();
    const weeksApart = checkins.slice(1).map((date, position) => (date - checkins[position]!) / (7 * 86_400_000));
    assert.ok(
      weeksApart.every((weeks) => weeks >= 4 && weeks <= 6),
      weeksApart.join(', '),
    );
  });

  it('gives the nudges something to show: a review due, a milestone due within days, time off planned', () => {
    const lastReview = index.reviews()[0]!.data.date;
    assert.ok(lastReview >= '2026-11-07' && lastReview <= '2026-11-12', lastReview);
    const dueSoon = index
      .goals()
      .filter((goal) => goal.data.status === 'active')
      .flatMap((goal) => goal.data.milestones)
      .filter((milestone) => milestone.status === 'active' && milestone.due && milestone.due > TODAY && milestone.due <= '2026-11-29');
    assert.ok(dueSoon.length > 0);
    assert.ok(index.breaks().some((entry) => entry.data.type === 'time-off' && entry.data.committed && entry.data.start > TODAY));
  });
});

describe('the integration-test fixture', () => {
  const index = indexPlan(readFolder(path.join(__dirname, '../fixtures/workspace/growth')));

  it('is valid but for its one malformed file, and every link resolves', () => {
    assert.deepEqual(problemCodes(index, TODAY), { 'goals/broken.md': ['yaml'] });
    assert.deepEqual(brokenLinks(index), []);
  });

  it('holds the plan the integration tests assert on', () => {
    const kinds = [...index.files()].map((file) => file.record?.kind ?? `invalid ${file.kind}`).sort();
    assert.deepEqual(kinds, ['card', 'evidence', 'goal', 'goal', 'invalid goal', 'profile', 'review']);
    assert.deepEqual(
      index.goal('ship-refunds')?.data.milestones.map((milestone) => [milestone.id, milestone.status]),
      [
        ['design', 'done'],
        ['prototype', 'active'],
        ['rollout', 'planned'],
      ],
    );
  });
});
