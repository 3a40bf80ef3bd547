import * as assert from 'node:assert/strict';
import { GrowthIndex } from '../../src/core/growthIndex';
import type { FieldPath } from '../../src/core/problem';
import { goalSchema, type Goal } from '../../src/core/schema';
import { checkGoal, SMART_RULES, smartCheck, type SmartContext } from '../../src/core/smart';
import { clearGoal as clear, longTermGoal, without } from './goalFixtures';

const TODAY = '2026-03-10';

/** A goal as the reader gives it (defaults filled in), from plain front-matter data. */
function goal(data: Record<string, unknown>): Goal {
  return goalSchema.parse({ kind: 'goal', schema: 1, ...data });
}

const northStar = goal(longTermGoal);

const sideQuest = goal({ title: 'Finish the Rust book by April', horizon: 'short', status: 'active', due: '2026-04-30' });


const milestone = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Step ${id}`,
  doneWhen: `step ${id} shipped`,
  due: '2026-05-01',
  status: 'planned',
  ...extra,
});

const goals: Record<string, Goal> = { 'payments-expert': northStar, 'rust-book': sideQuest };
const context: SmartContext = { today: TODAY, goalById: (id) => goals[id] };

interface Case {
  /** What the user wrote, changed from the clear goal. */
  readonly fires: Record<string, unknown>;
  readonly field: FieldPath;
  /** The gist a user reads in the message. */
  readonly says: RegExp;
  /** A near miss on which the rule stays quiet. */
  readonly quiet: Record<string, unknown>;
  readonly context?: Partial<SmartContext>;
}

const cases: Record<string, Case> = {
  'smart/no-measurable-target': {
    fires: without(clear, 'measurable', 'stretch'),
    field: [],
    says: /Add a measurable target.*"metric".*"target"/,
    quiet: { ...clear, measurable: { metric: 'courses finished', target: 1 } },
  },
  'smart/no-due-date': {
    fires: without(clear, 'due', 'stretch'),
    field: [],
    says: /Add a due date \("due: YYYY-MM-DD"\)/,
    quiet: { ...clear, due: '2026-06-30' },
  },
  'smart/overdue': {
    fires: { ...clear, due: '2026-03-07', stretch: undefined, milestones: [], horizonStart: undefined },
    field: ['due'],
    says: /was due on 2026-03-07, 3 days ago\. Mark it done, pause it, or set a due date/,
    quiet: { ...clear, due: TODAY, stretch: undefined, milestones: [], horizonStart: undefined },
  },
  'smart/vague-wording': {
    fires: { ...without(clear, 'measurable', 'stretch'), title: 'Improve my coding skills and be a better engineer', specific: 'get good at testing' },
    field: ['title'],
    says: /"improve", "be a better" says which way to go but not where to stop.*finish an advanced Python course by 31 March/,
    quiet: { ...without(clear, 'measurable', 'stretch'), title: 'Improve p95 latency of the refunds API by 20%' },
  },
  'smart/start-after-due': {
    fires: { ...clear, start: '2026-07-01', stretch: undefined },
    field: ['due'],
    says: /starts on 2026-07-01 but is due on 2026-06-30, earlier/,
    quiet: { ...clear, start: '2026-06-30' },
  },
  'smart/long-term-too-far': {
    fires: { ...northStar, due: '2031-01-02' },
    field: ['due'],
    says: /one to five years; this one is due on 2031-01-02, after 2031-01-01/,
    quiet: { ...northStar, due: '2031-01-01' },
  },
  'smart/long-term-too-near': {
    fires: { ...northStar, due: '2026-12-31' },
    field: ['horizon'],
    says: /less than a year: that is a short-term goal\. Set "horizon: short"/,
    quiet: { ...northStar, due: '2027-01-01' },
  },
  'smart/short-term-too-long': {
    fires: { ...clear, due: '2027-03-02' },
    field: ['due'],
    says: /weeks to months; this one is due on 2027-03-02, after 2027-03-01\. Split it/,
    quiet: { ...clear, due: '2027-03-01' },
  },
  'smart/no-parent': {
    fires: without(clear, 'parent'),
    field: [],
    says: /Link this goal to the long-term goal it builds towards with "parent:/,
    quiet: { ...without(clear, 'parent'), horizon: 'long', start: '2026-01-01', due: '2027-06-30', milestones: [], horizonStart: undefined },
  },
  'smart/unknown-parent': {
    fires: { ...clear, parent: 'payment-expert' },
    field: ['parent'],
    says: /No goal has the id "payment-expert"/,
    quiet: clear,
  },
  'smart/parent-not-long-term': {
    fires: { ...clear, parent: 'rust-book' },
    field: ['parent'],
    says: /"Finish the Rust book by April" is a short-term goal\. Link this goal to a long-term goal/,
    quiet: clear,
  },
  'smart/parent-cycle': {
    fires: { ...clear, parent: 'step-b' },
    field: ['parent'],
    says: /The parents of this goal lead back to it: "Ship the refunds redesign to all merchants by 30 June" → "Step B"\. Remove one of these parent links/,
    quiet: { ...clear, parent: 'step-c' },
    context: {
      goalId: 'refunds',
      goalById: (id) => ({ 'step-b': { ...sideQuest, title: 'Step B', parent: 'refunds' }, 'step-c': { ...sideQuest, title: 'Step C', parent: 'nowhere' } })[id],
    },
  },
  'smart/long-term-parent': {
    fires: { ...longTermGoal, parent: 'payments-expert' },
    field: ['parent'],
    says: /A long-term goal is the top of its part of the plan, so its parent is not used/,
    quiet: longTermGoal,
  },
  'smart/due-after-parent': {
    fires: { ...clear, parent: 'payments-expert' },
    field: ['due'],
    says: /Due on 2026-06-30, after "Hold the line" \(due 2026-06-01\)/,
    quiet: { ...clear, due: '2026-06-01' },
    context: { goalById: (id) => (id === 'payments-expert' ? { ...northStar, title: 'Hold the line', due: '2026-06-01' } : undefined) },
  },
  'smart/milestone-no-done-when': {
    fires: { ...clear, milestones: [clear.milestones[0], without(clear.milestones[1]!, 'doneWhen'), clear.milestones[2]] },
    field: ['milestones', 1],
    says: /Say when milestone "Build behind a flag" is done \("doneWhen:"\)/,
    quiet: { ...clear, milestones: [clear.milestones[0], { ...without(clear.milestones[1]!, 'doneWhen'), status: 'done' }, clear.milestones[2]] },
  },
  'smart/milestone-no-due-date': {
    fires: { ...clear, milestones: [clear.milestones[0], clear.milestones[1], without(clear.milestones[2]!, 'due')] },
    field: ['milestones', 2],
    says: /Give milestone "Roll out" a due date/,
    quiet: { ...clear, milestones: [clear.milestones[0], clear.milestones[1], { ...without(clear.milestones[2]!, 'due'), status: 'dropped' }] },
  },
  'smart/milestone-after-goal-due': {
    fires: { ...clear, milestones: [clear.milestones[0], clear.milestones[1], { ...clear.milestones[2], due: '2026-07-01' }] },
    field: ['milestones', 2, 'due'],
    says: /Milestone "Roll out" is due on 2026-07-01, after the goal itself \(2026-06-30\)/,
    quiet: { ...clear, milestones: [clear.milestones[0], clear.milestones[1], { ...clear.milestones[2], due: '2026-06-30' }] },
  },
  'smart/too-many-active-milestones': {
    fires: { ...clear, milestones: ['a', 'b', 'c', 'd'].map((id) => milestone(id, { status: 'active' })) },
    field: ['milestones'],
    says: /4 milestones are active at once \("Step a", "Step b", "Step c", "Step d"\)\. Keep at most 3 going/,
    quiet: { ...clear, milestones: ['a', 'b', 'c', 'd'].map((id, index) => milestone(id, { status: index < 3 ? 'active' : 'planned' })) },
  },
  'smart/milestone-count': {
    fires: { ...clear, milestones: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => milestone(id)) },
    field: ['milestones'],
    says: /A 90-day horizon works best with 3 to 5 milestones; this goal has 6\. Move some to the next 90 days/,
    quiet: { ...clear, milestones: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => milestone(id, { status: index === 5 ? 'dropped' : 'planned' })) },
  },
  'smart/stretch-same-as-target': {
    fires: { ...clear, stretch: { target: ' 100% ' } },
    field: ['stretch', 'target'],
    says: /The stretch target is the same as the target \(100%\)\. Make it harder/,
    quiet: { ...clear, stretch: { target: '100% and the old flow deleted' } },
  },
  'smart/stretch-not-earlier': {
    fires: { ...clear, stretch: { due: '2026-06-30' } },
    field: ['stretch', 'due'],
    says: /The stretch date 2026-06-30 is not before the due date 2026-06-30/,
    quiet: { ...clear, stretch: { due: '2026-06-29' } },
  },
  'smart/done-with-open-milestones': {
    fires: { ...clear, status: 'done' },
    field: ['milestones'],
    says: /This goal is done, but "Design doc", "Build behind a flag", "Roll out" are not\. Mark them done or dropped/,
    quiet: { ...clear, status: 'done', milestones: clear.milestones.map((step, index) => ({ ...step, status: index === 2 ? 'dropped' : 'done' })) },
  },
  'smart/no-pillar-or-marker': {
    fires: without(clear, 'successMarker'),
    field: [],
    says: /^Add "successMarker" \(technical-mastery, business-impact, recognition, innovation or mentorship\), so you can see/,
    quiet: clear,
  },
};

describe('S.M.A.R.T. checks', () => {
  it('finds nothing wrong with a clear goal or a clear long-term goal', () => {
    assert.deepEqual(checkGoal(goal(clear), context), []);
    assert.deepEqual(checkGoal(northStar, context), []);
  });

  it('has a test case for every rule in the catalogue, and ids of the form smart/<name>', () => {
    assert.deepEqual(Object.keys(cases).sort(), SMART_RULES.map((rule) => rule.id).sort());
    for (const rule of SMART_RULES) {
      assert.match(rule.id, /^smart\/[a-z]+(?:-[a-z]+)*$/);
      assert.ok(rule.description.endsWith('.'), `${rule.id} describes itself in a sentence`);
    }
  });

  for (const rule of SMART_RULES) {
    const example = cases[rule.id]!;
    const ruleContext = { ...context, ...example.context };

    it(`${rule.id} fires`, () => {
      const problems = checkGoal(goal(example.fires), ruleContext).filter((problem) => problem.code === rule.id);
      assert.equal(problems.length, 1, `one ${rule.id} problem`);
      const [problem] = problems;
      assert.equal(problem!.severity, rule.severity);
      assert.deepEqual(problem!.field, example.field);
      assert.match(problem!.message, example.says);
    });

    it(`${rule.id} stays quiet on a near miss`, () => {
      const codes = checkGoal(goal(example.quiet), ruleContext).map((problem) => problem.code);
      assert.ok(!codes.includes(rule.id), `no ${rule.id} in ${codes.join(', ')}`);
    });
  }

  describe('details', () => {
    it('points at a blank target, not at the whole goal', () => {
      const problems = checkGoal(goal({ ...clear, measurable: { metric: 'merchants migrated', target: '  ' }, stretch: undefined }), context);
      assert.deepEqual(
        problems.map((problem) => [problem.code, problem.field, problem.message]),
        [['smart/no-measurable-target', ['measurable', 'target'], 'Fill in the target for "merchants migrated": the value that means this goal is reached.']],
      );
    });

    it('points at a blank definition of done itself', () => {
      const problems = checkGoal(goal({ ...clear, milestones: [{ ...clear.milestones[0], doneWhen: '' }, clear.milestones[1], clear.milestones[2]] }), context);
      assert.deepEqual(problems.map((problem) => problem.field), [['milestones', 0, 'doneWhen']]);
    });

    it('flags vague wording in the specific text when the title is clear of it', () => {
      const [problem] = checkGoal(goal({ ...without(clear, 'measurable', 'stretch'), title: 'Refunds redesign', specific: 'learn more about ledgers' }), context).filter(
        (candidate) => candidate.code === 'smart/vague-wording',
      );
      assert.deepEqual(problem?.field, ['specific']);
      assert.match(problem.message, /^"learn more" says/);
    });

    it('lets a measurable target or a date in the specific text clear vague words', () => {
      const vagueTitle = { ...without(clear, 'measurable', 'stretch'), title: 'Get better at code review' };
      const codes = (data: Record<string, unknown>) => checkGoal(goal(data), context).map((problem) => problem.code);
      assert.ok(codes(vagueTitle).includes('smart/vague-wording'));
      assert.ok(!codes({ ...vagueTitle, measurable: { metric: 'reviews a week', target: 5 } }).includes('smart/vague-wording'));
      assert.ok(!codes({ ...vagueTitle, specific: 'review for the payments team until June' }).includes('smart/vague-wording'));
    });

    it('measures a long-term goal without a start from today', () => {
      const far = goal({ ...without(northStar, 'start'), due: '2031-03-11' });
      const [problem] = checkGoal(far, context);
      assert.equal(problem?.code, 'smart/long-term-too-far');
      assert.match(problem.message, /after 2031-03-10\./);
      assert.deepEqual(checkGoal(goal({ ...far, due: '2031-03-10' }), context), []);
    });

    it('counts five years from 29 February to 28 February', () => {
      const leap = goal({ ...northStar, start: '2028-02-29', due: '2033-03-01' });
      assert.match(checkGoal(leap, context)[0]!.message, /after 2033-02-28\./);
    });

    it('says "1 day ago" for a goal due yesterday', () => {
      const [problem] = checkGoal(goal({ ...clear, due: '2026-03-09', stretch: undefined, milestones: [], horizonStart: undefined }), context);
      assert.match(problem!.message, /2026-03-09, 1 day ago\./);
    });

    it('reports every milestone without a definition of done', () => {
      const problems = checkGoal(goal({ ...clear, milestones: clear.milestones.map((step) => without(step, 'doneWhen')) }), context);
      assert.deepEqual(problems.map((problem) => problem.field), [['milestones', 0], ['milestones', 1], ['milestones', 2]]);
    });

    it('honours a lower limit of active milestones', () => {
      const problems = checkGoal(goal(clear), { ...context, maxActiveMilestones: 1 });
      assert.deepEqual(problems.map((problem) => problem.code), ['smart/too-many-active-milestones']);
      assert.match(problems[0]!.message, /^2 milestones are active at once .* Keep at most 1 going/);
    });

    it('points a horizon with no milestones at the goal, and asks for steps', () => {
      const [problem] = checkGoal(goal({ ...clear, milestones: [] }), context);
      assert.equal(problem?.code, 'smart/milestone-count');
      assert.deepEqual(problem.field, []);
      assert.match(problem.message, /this goal has 0\. Break the goal into concrete steps/);
    });

    it('asks for both pillar and success marker when both are missing', () => {
      const [problem] = checkGoal(goal(without(clear, 'pillar', 'successMarker')), context);
      assert.match(problem!.message, /^Add "pillar" \(technical, relationships or influence\) and "successMarker"/);
    });

    it('compares targets as a reader would: 3 and "3", "3 Talks" and "3 talks" are the same', () => {
      const codes = (target: string | number, stretch: string) =>
        checkGoal(goal({ ...clear, measurable: { metric: 'talks given', target }, stretch: { target: stretch } }), context).map((problem) => problem.code);
      assert.deepEqual(codes(3, '3'), ['smart/stretch-same-as-target']);
      assert.deepEqual(codes('3 Talks', '3  talks'), ['smart/stretch-same-as-target']);
      assert.deepEqual(codes(3, '4'), []);
    });

    it('leaves dropped goals alone, and checks only the record of done goals', () => {
      const messy = { ...without(clear, 'measurable', 'due', 'parent', 'stretch'), title: 'Improve things' };
      assert.deepEqual(checkGoal(goal({ ...messy, status: 'dropped' }), context), []);
      assert.deepEqual(checkGoal(goal({ ...messy, status: 'done' }), context).map((problem) => problem.code), ['smart/done-with-open-milestones']);
    });

    it('checks a draft goal for its definition but not for progress', () => {
      const codes = checkGoal(goal({ ...clear, status: 'draft', due: '2026-03-01', start: '2026-02-01', stretch: undefined, milestones: ['a', 'b', 'c', 'd'].map((id) => milestone(id, { status: 'active', due: '2026-02-20' })) }), context).map(
        (problem) => problem.code,
      );
      assert.deepEqual(codes, []);
      const undated = checkGoal(goal({ ...without(clear, 'due', 'stretch'), status: 'draft' }), context).map((problem) => problem.code);
      assert.deepEqual(undated, ['smart/no-due-date']);
    });
  });

  describe('in the workspace index', () => {
    const file = (front: string) => `---\nkind: goal\nschema: 1\n${front}\n---\n`;

    it('reports S.M.A.R.T. problems on goal files, resolving parents through the index', () => {
      const index = new GrowthIndex([smartCheck({ maxActiveMilestones: 2 })]);
      index.set('growth/goals/north.md', file('title: Lead payments design by 2028\nhorizon: long\nstatus: active\npillar: influence\nsuccessMarker: recognition\nmeasurable: {metric: designs led, target: 6}\ndue: 2028-06-30'));
      index.set(
        'growth/goals/refunds.md',
        file(
          'title: Ship refunds v2 by June\nhorizon: short\nstatus: active\nparent: north\npillar: technical\nsuccessMarker: business-impact\nmeasurable: {metric: merchants moved, target: "100%"}\ndue: 2026-06-30\nmilestones:\n' +
            ['a', 'b', 'c'].map((id) => `  - {id: ${id}, title: Step ${id}, doneWhen: shipped, due: 2026-05-01, status: active}`).join('\n'),
        ),
      );
      index.set('growth/goals/orphan.md', file('title: Improve my writing\nhorizon: short\nparent: gone'));
      index.set('growth/reviews/2026-03-01.md', '---\nkind: review\nschema: 1\ndate: 2026-03-01\nonTrack: yes\n---\n');
      const codes = (path: string) => index.problems(path, TODAY).map((problem) => problem.code);
      assert.deepEqual(codes('growth/goals/north.md'), []);
      assert.deepEqual(codes('growth/goals/refunds.md'), ['smart/too-many-active-milestones']);
      assert.deepEqual(codes('growth/goals/orphan.md'), ['smart/no-measurable-target', 'smart/no-due-date', 'smart/vague-wording', 'smart/unknown-parent']);
      assert.deepEqual(codes('growth/reviews/2026-03-01.md'), []);
    });
  });
});

describe('S.M.A.R.T. checks at the end of the calendar', () => {
  it('never compare a year past 9999 as text, nor throw, whatever the start and due dates', () => {
    const codes = (horizon: 'long' | 'short', start: string | undefined) =>
      checkGoal({ ...goal(longTermGoal), horizon, start, due: '9999-12-31' }, { ...context, today: '9999-06-01' }).map((problem) => problem.code);
    for (const start of ['9999-06-01', '9999-12-31', undefined]) {
      // Five years, or one, after these lie past the calendar: no date is after that.
      assert.ok(!codes('long', start).includes('smart/long-term-too-far'), String(start));
      assert.ok(!codes('short', start).includes('smart/short-term-too-long'), String(start));
    }
    assert.ok(codes('long', '9999-06-01').includes('smart/long-term-too-near'), 'half a year is less than a year');
    assert.ok(codes('short', '9990-01-01').includes('smart/short-term-too-long'));
  });
});
