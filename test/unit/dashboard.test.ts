import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { dashboardData, evidenceCounts, pillarPoints, reviewStreak, rubricPoints, timeline } from '../../src/core/dashboard';
import { GrowthIndex } from '../../src/core/growthIndex';
import { indexPlan, readFolder } from './growthPlan';

const goal = (id: string, front: string) => [`goals/${id}.md`, `---\nkind: goal\nschema: 1\n${front}\n---\n`] as const;

function planOf(...files: (readonly [string, string])[]): GrowthIndex {
  const plan = new GrowthIndex();
  for (const [file, text] of files) plan.set(file, text);
  return plan;
}

const refunds = goal(
  'refunds',
  `title: Ship refunds
horizon: short
status: active
start: 2026-10-01
due: 2026-12-31
parent: payments
milestones:
  - {id: rollout, title: Roll out, status: planned, due: 2026-12-18, rubric: {before: {confidence: 2, competence: 2, impact: 2, clarity: 3}}}
  - {id: design, title: Design, status: done, due: 2026-10-20, completed: 2026-10-16, rubric: {before: {confidence: 1, competence: 2, impact: 1, clarity: 2}, after: {confidence: 4, competence: 3, impact: 3, clarity: 4}}}
  - {id: spike, title: Spike, status: dropped}
  - {id: docs, title: Docs, status: planned}`,
);
const payments = goal('payments', 'title: Lead payments\nhorizon: long\nstatus: active\ndue: 2028-06-30');
const talks = goal('talks', 'title: Give talks\nhorizon: short\nstatus: done\ndue: 2026-09-30\nmilestones:\n  - {id: one, title: One, status: done, completed: 2026-09-01, rubric: {after: {confidence: 3, competence: 3, impact: 2, clarity: 3}}}');
const late = goal('late', 'title: Late one\nhorizon: short\nstatus: active\ndue: 2026-11-01');
const stage = (date: string, technical: number) =>
  [`assessments/${date}-stage.md`, `---\nkind: assessment\nschema: 1\ntype: stage\ndate: ${date}\nstage: senior\npillars: {technical: ${technical}, relationships: 3, influence: 2}\n---\n`] as const;
const evidence = (name: string, goalId?: string) =>
  [`evidence/2026-11-01-${name}.md`, `---\nkind: evidence\nschema: 1\ndate: 2026-11-01\ntitle: ${name}\n${goalId ? `goal: ${goalId}\n` : ''}---\n`] as const;

describe('dashboard data', () => {
  describe('rubric', () => {
    it('lists each rated milestone with its before and after, in the order they were done or are due', () => {
      assert.deepEqual(rubricPoints(planOf(refunds, talks)), [
        { goalTitle: 'Give talks', milestoneTitle: 'One', date: '2026-09-01', after: { confidence: 3, competence: 3, impact: 2, clarity: 3 } },
        {
          goalTitle: 'Ship refunds',
          milestoneTitle: 'Design',
          date: '2026-10-16',
          before: { confidence: 1, competence: 2, impact: 1, clarity: 2 },
          after: { confidence: 4, competence: 3, impact: 3, clarity: 4 },
        },
        { goalTitle: 'Ship refunds', milestoneTitle: 'Roll out', date: '2026-12-18', before: { confidence: 2, competence: 2, impact: 2, clarity: 3 } },
      ]);
    });
  });

  describe('pillars', () => {
    it('follows the stage assessments oldest first', () => {
      assert.deepEqual(
        pillarPoints(planOf(stage('2026-09-01', 4), stage('2026-06-02', 3))).map((point) => [point.date, point.ratings.technical]),
        [['2026-06-02', 3], ['2026-09-01', 4]],
      );
    });
  });

  describe('timeline', () => {
    it('shows open goals with their progress, earliest due first, over a range that includes today', () => {
      const { from, to, goals } = timeline(planOf(refunds, payments, talks, late), '2026-11-22');
      assert.equal(from, '2026-10-01');
      assert.equal(to, '2028-06-30');
      assert.deepEqual(goals.map((entry) => [entry.id, entry.done, entry.total, entry.overdue]), [
        ['late', 0, 0, true],
        ['refunds', 1, 3, false],
        ['payments', 0, 1, false],
      ]);
      assert.deepEqual(goals[1]?.milestones.map((milestone) => milestone.title), ['Roll out', 'Design', 'Docs']);
    });

    it('spans just today for a plan without goals', () => {
      assert.deepEqual(timeline(planOf(), '2026-11-22'), { from: '2026-11-22', to: '2026-11-22', goals: [] });
    });
  });

  describe('review streak', () => {
    const twoWeekly = ['2026-09-01', '2026-09-15', '2026-09-29', '2026-10-20', '2026-11-03', '2026-11-17'];

    it('counts reviews on cadence in a row, and the longest run', () => {
      const streak = reviewStreak(twoWeekly, 'biweekly', '2026-11-22');
      assert.deepEqual(streak.reviews.map((review) => review.onCadence), [true, true, true, false, true, true]);
      assert.equal(streak.current, 3);
      assert.equal(streak.longest, 3);
      assert.equal(streak.nextDue, '2026-12-01');
    });

    it('counts a review on its due day as on cadence, and one a day late as a new start', () => {
      assert.equal(reviewStreak(['2026-10-01', '2026-10-15'], 'biweekly', '2026-10-20').current, 2);
      assert.equal(reviewStreak(['2026-10-01', '2026-10-16'], 'biweekly', '2026-10-20').current, 1);
      assert.equal(reviewStreak(['2026-10-01', '2026-11-01'], 'monthly', '2026-11-02').current, 2);
    });

    it('drops to zero once the next review is overdue, keeping the longest', () => {
      const streak = reviewStreak(twoWeekly, 'biweekly', '2026-12-02');
      assert.equal(streak.current, 0);
      assert.equal(streak.longest, 3);
    });

    it('counts several reviews on one day once', () => {
      assert.equal(reviewStreak(['2026-11-01', '2026-11-01'], 'weekly', '2026-11-02').reviews.length, 1);
    });

    it('is empty without reviews', () => {
      assert.deepEqual(reviewStreak([], 'weekly', '2026-11-22'), { cadence: 'weekly', current: 0, longest: 0, reviews: [] });
    });
  });

  describe('evidence', () => {
    it('counts per goal, most first, with open goals that have none and loose evidence last', () => {
      const plan = planOf(refunds, talks, late, evidence('a', 'refunds'), evidence('b', 'refunds'), evidence('c', 'talks'), evidence('d'), evidence('e', 'gone'));
      assert.deepEqual(evidenceCounts(plan), [
        { goalId: 'refunds', title: 'Ship refunds', count: 2 },
        { goalId: 'talks', title: 'Give talks', count: 1 },
        { goalId: 'late', title: 'Late one', count: 0 },
        { title: 'Not tied to a goal', count: 2 },
      ]);
    });
  });

  it('shows the demo plan’s growth', () => {
    const demo = indexPlan(readFolder(path.join(__dirname, '..', '..', 'demo', 'growth')));
    const data = dashboardData(demo, '2026-11-22', 'biweekly');
    assert.equal(data.pillars.length, 2);
    assert.ok(data.rubric.length >= 5);
    assert.equal(data.reviews.longest, 11);
    assert.ok(data.timeline.goals.some((entry) => entry.id === 'refunds-redesign' && entry.done === 2 && entry.total === 4));
    assert.equal(data.labels.rubric.clarity, 'Clarity');
  });
});
