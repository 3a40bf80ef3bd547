import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  cardArtefacts,
  dashboardData,
  evidenceCounts,
  pillarPoints,
  reviewStreak,
  rubricPoints,
  spreadEqualRatings,
  standing,
  timeline,
} from '../../src/core/dashboard';
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
const talks = goal(
  'talks',
  'title: Give talks\nhorizon: short\nstatus: done\ndue: 2026-09-30\nmilestones:\n  - {id: one, title: One, status: done, completed: 2026-09-01, rubric: {after: {confidence: 3, competence: 3, impact: 2, clarity: 3}}}',
);
const late = goal('late', 'title: Late one\nhorizon: short\nstatus: active\ndue: 2026-11-01');
const stage = (date: string, technical: number) =>
  [
    `assessments/${date}-stage.md`,
    `---\nkind: assessment\nschema: 1\ntype: stage\ndate: ${date}\nstage: senior\npillars: {technical: ${technical}, relationships: 3, influence: 2}\n---\n`,
  ] as const;
const evidence = (name: string, goalId?: string) =>
  [
    `evidence/2026-11-01-${name}.md`,
    `---\nkind: evidence\nschema: 1\ndate: 2026-11-01\ntitle: ${name}\n${goalId ? `goal: ${goalId}\n` : ''}---\n`,
  ] as const;

describe('dashboard data', () => {
  describe('rubric', () => {
    it('lists each rated milestone with its before and after, in the order they were done or are due', () => {
      assert.deepEqual(rubricPoints(planOf(refunds, talks)), [
        {
          goalTitle: 'Give talks',
          milestoneTitle: 'One',
          date: '2026-09-01',
          after: { confidence: 3, competence: 3, impact: 2, clarity: 3 },
        },
        {
          goalTitle: 'Ship refunds',
          milestoneTitle: 'Design',
          date: '2026-10-16',
          before: { confidence: 1, competence: 2, impact: 1, clarity: 2 },
          after: { confidence: 4, competence: 3, impact: 3, clarity: 4 },
        },
        {
          goalTitle: 'Ship refunds',
          milestoneTitle: 'Roll out',
          date: '2026-12-18',
          before: { confidence: 2, competence: 2, impact: 2, clarity: 3 },
        },
      ]);
    });
  });

  describe('pillars', () => {
    it('follows the stage assessments oldest first', () => {
      assert.deepEqual(
        pillarPoints(planOf(stage('2026-09-01', 4), stage('2026-06-02', 3))).map((point) => [point.date, point.ratings.technical]),
        [
          ['2026-06-02', 3],
          ['2026-09-01', 4],
        ],
      );
    });

    it('spreads pillars rated the same so none hides another, and leaves a lone rating where it is', () => {
      assert.deepEqual(spreadEqualRatings({ technical: 3, relationships: 3, influence: 3 }), {
        technical: -1,
        relationships: 0,
        influence: 1,
      });
      assert.deepEqual(spreadEqualRatings({ technical: 4, relationships: 2, influence: 4 }), {
        technical: -0.5,
        relationships: 0,
        influence: 0.5,
      });
      assert.deepEqual(spreadEqualRatings({ technical: 1, relationships: 2, influence: 3 }), {
        technical: 0,
        relationships: 0,
        influence: 0,
      });
    });
  });

  describe('timeline', () => {
    it('shows open goals with their progress, earliest due first, over a range that includes today', () => {
      const { from, to, goals } = timeline(planOf(refunds, payments, talks, late), '2026-11-22');
      assert.equal(from, '2026-10-01');
      assert.equal(to, '2028-06-30');
      assert.deepEqual(
        goals.map((entry) => [entry.id, entry.done, entry.total, entry.overdue]),
        [
          ['late', 0, 0, true],
          ['refunds', 1, 3, false],
          ['payments', 0, 1, false],
        ],
      );
      assert.deepEqual(
        goals[1]?.milestones.map((milestone) => milestone.title),
        ['Roll out', 'Design', 'Docs'],
      );
    });

    it('spans just today for a plan without goals', () => {
      assert.deepEqual(timeline(planOf(), '2026-11-22'), { from: '2026-11-22', to: '2026-11-22', goals: [] });
    });
  });

  describe('review streak', () => {
    const twoWeekly = ['2026-09-01', '2026-09-15', '2026-09-29', '2026-10-20', '2026-11-03', '2026-11-17'];

    it('counts reviews on cadence in a row, and the longest run', () => {
      const streak = reviewStreak(twoWeekly, 'biweekly', '2026-11-22');
      assert.deepEqual(
        streak.reviews.map((review) => review.onCadence),
        [true, true, true, false, true, true],
      );
      assert.equal(streak.current, 3);
      assert.equal(streak.longest, 3);
      assert.equal(streak.nextDue, '2026-12-01');
      assert.equal(streak.overdueDays, 0);
    });

    it('counts a review up to three days after its due day as on cadence, and one later as a new start', () => {
      assert.equal(reviewStreak(['2026-10-01', '2026-10-15'], 'biweekly', '2026-10-20').current, 2);
      assert.equal(reviewStreak(['2026-10-01', '2026-10-18'], 'biweekly', '2026-10-20').current, 2);
      assert.equal(reviewStreak(['2026-10-01', '2026-10-19'], 'biweekly', '2026-10-20').current, 1);
      assert.equal(reviewStreak(['2026-10-01', '2026-11-01'], 'monthly', '2026-11-02').current, 2);
      assert.equal(reviewStreak([], 'weekly', '2026-11-22').graceDays, 3);
    });

    it('keeps an 11-review streak when the next review is two days late', () => {
      const eleven = Array.from({ length: 11 }, (_, index) => new Date(Date.UTC(2026, 5, 5 + index * 14)).toISOString().slice(0, 10));
      const held = reviewStreak([...eleven, '2026-11-08'], 'biweekly', '2026-11-10');
      assert.equal(eleven[10], '2026-10-23');
      assert.equal(held.current, 12, 'a review on 8 November, two days after 6 November, continues the run');
      const waiting = reviewStreak(eleven, 'biweekly', '2026-11-08');
      assert.equal(waiting.current, 11, 'two days overdue, the run still stands');
      assert.equal(waiting.overdueDays, 2);
    });

    it('drops to zero once the next review is later than the grace days, keeping the longest', () => {
      const streak = reviewStreak(twoWeekly, 'biweekly', '2026-12-05');
      assert.equal(streak.current, 0);
      assert.equal(streak.longest, 3);
      assert.equal(streak.overdueDays, 4);
    });

    it('counts several reviews on one day once', () => {
      assert.equal(reviewStreak(['2026-11-01', '2026-11-01'], 'weekly', '2026-11-02').reviews.length, 1);
    });

    it('is empty without reviews', () => {
      assert.deepEqual(reviewStreak([], 'weekly', '2026-11-22'), {
        cadence: 'weekly',
        current: 0,
        longest: 0,
        overdueDays: 0,
        graceDays: 3,
        reviews: [],
      });
    });
  });

  describe('evidence', () => {
    it('counts per goal, most first, goals no longer in play after those in play and marked, loose evidence last', () => {
      const plan = planOf(
        refunds,
        talks,
        late,
        evidence('a', 'refunds'),
        evidence('b', 'talks'),
        evidence('c', 'talks'),
        evidence('d'),
        evidence('e', 'gone'),
      );
      assert.deepEqual(evidenceCounts(plan), [
        { goalId: 'refunds', title: 'Ship refunds', count: 1, status: 'active' },
        { goalId: 'late', title: 'Late one', count: 0, status: 'active' },
        { goalId: 'talks', title: 'Give talks', count: 2, status: 'done' },
        { title: 'Not tied to a goal', count: 2 },
      ]);
    });
  });

  describe('artefacts', () => {
    const card = (name: string, goalId: string, artefacts: string, milestone?: string) =>
      [
        `cards/${name}.md`,
        `---\nkind: card\nschema: 1\ntitle: ${name}\ngoal: ${goalId}\n${milestone ? `milestone: ${milestone}\n` : ''}${artefacts ? `artefacts:\n${artefacts}\n` : ''}---\n`,
      ] as const;

    it('lists each growth card’s artefacts as written, goals in play first, cards in their milestones’ order', () => {
      const plan = planOf(
        refunds,
        talks,
        card('Talk slides', 'talks', '  - {type: people, title: Slides, link: "https://example.com/slides"}'),
        card(
          'Design',
          'refunds',
          '  - {type: technical, title: Event schema, date: 2026-10-12}\n  - {type: process, title: Decision log}',
          'design',
        ),
        card('Rollout', 'refunds', '', 'rollout'),
        card('Whole of refunds', 'refunds', '  - {type: people, title: Kick-off notes}'),
        card('Dropped talk', 'talks', ''),
      );
      assert.deepEqual(cardArtefacts(plan), [
        {
          goalTitle: 'Ship refunds',
          cardTitle: 'Whole of refunds',
          status: 'active',
          artefacts: [{ type: 'people', title: 'Kick-off notes' }],
        },
        // A card of a goal in play shows with none yet; the goal lists Roll out before Design.
        { goalTitle: 'Ship refunds', cardTitle: 'Rollout', status: 'active', artefacts: [] },
        {
          goalTitle: 'Ship refunds',
          cardTitle: 'Design',
          status: 'active',
          artefacts: [
            { type: 'technical', title: 'Event schema', date: '2026-10-12' },
            { type: 'process', title: 'Decision log' },
          ],
        },
        { goalTitle: 'Give talks', cardTitle: 'Talk slides', status: 'done', artefacts: [{ type: 'people', title: 'Slides' }] },
      ]);
    });

    it('names the goal by its id when the card’s goal is gone', () => {
      assert.deepEqual(cardArtefacts(planOf(card('Lost', 'gone', '  - {type: people, title: Notes}'))), [
        { goalTitle: 'gone', cardTitle: 'Lost', artefacts: [{ type: 'people', title: 'Notes' }] },
      ]);
    });
  });

  describe('where you stand', () => {
    it('shows the latest promotion readiness with each condition, the latest self-assessment and the service logged', () => {
      const promotion = (date: string, committed: boolean) =>
        [
          `assessments/${date}-promotion.md`,
          `---\nkind: assessment\nschema: 1\ntype: promotion\ndate: ${date}\ntargetLevel: Senior\nperformingAtNextLevel: 3\nbusinessJustification: true\nvoicedToManager: true\nfirmCommitment: ${committed}\ncycle: 2027-H1\n---\n`,
        ] as const;
      const self = [
        'assessments/2026-05-28-self.md',
        '---\nkind: assessment\nschema: 1\ntype: self\ndate: 2026-05-28\nstrengths: [Debugging]\nweaknesses: [Big meetings]\nopportunities: []\n---\n',
      ] as const;
      const service = (date: string, title: string) =>
        [`service/${date}.md`, `---\nkind: service\nschema: 1\ndate: ${date}\ntitle: ${title}\ntype: mentoring\n---\n`] as const;
      const shown = standing(
        planOf(
          promotion('2026-04-01', true),
          promotion('2026-10-05', false),
          self,
          service('2026-05-01', 'Old'),
          service('2026-11-01', 'Paired with Lee'),
        ),
        '2026-11-22',
      );
      assert.deepEqual(shown.promotion, {
        date: '2026-10-05',
        targetLevel: 'Senior',
        cycle: '2027-H1',
        performingAtNextLevel: 3,
        conditions: [
          { label: 'Told your manager you want it', met: true },
          { label: 'A business reason for the role', met: true },
          { label: 'Your manager committed to it', met: false },
        ],
      });
      assert.deepEqual(shown.self, { date: '2026-05-28', strengths: ['Debugging'], weaknesses: ['Big meetings'], opportunities: [] });
      assert.deepEqual(shown.service, { total: 2, last90Days: 1, latest: { date: '2026-11-01', title: 'Paired with Lee' } });
      assert.deepEqual(standing(planOf(), '2026-11-22'), { service: { total: 0, last90Days: 0 } });
    });
  });

  it('shows the demo plan’s growth', () => {
    const demo = indexPlan(readFolder(path.join(__dirname, '..', '..', 'demo', 'growth')));
    const data = dashboardData(demo, '2026-11-22', 'biweekly');
    assert.equal(data.pillars.length, 2);
    assert.ok(data.rubric.length >= 5);
    // The twelfth review came two days late: within the grace days, so the run goes on.
    assert.equal(data.reviews.longest, 12);
    assert.equal(data.reviews.current, 12);
    assert.ok(data.standing.promotion && data.standing.self && data.standing.service.total === 6);
    assert.ok(data.timeline.goals.some((entry) => entry.id === 'refunds-redesign' && entry.done === 2 && entry.total === 4));
    assert.equal(data.labels.rubric.clarity, 'Clarity');
    const types = new Set(data.artefacts.flatMap((entry) => entry.artefacts.map((artefact) => artefact.type)));
    assert.deepEqual([...types].sort(), ['people', 'process', 'technical']);
  });
});
