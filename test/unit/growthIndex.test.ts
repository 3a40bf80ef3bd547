import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { GrowthIndex } from '../../src/core/growthIndex';
import { checkLinks } from '../../src/core/links';
import { smartCheck } from '../../src/core/smart';
import { workloadCheck } from '../../src/core/workload';

const profile = `---\nkind: profile\nschema: 1\ncurrentLevel: Engineer II\ntargetLevel: Senior Engineer\ntrack: ic\nnorthStar:\n  statement: Lead the design of a product area\n---\n`;
const longGoal = `---\nkind: goal\nschema: 1\ntitle: Become the go-to person for payments\nhorizon: long\nstatus: active\ndue: 2028-06-30\n---\n`;
const shortGoal = (parent = 'payments-expert') =>
  `---\nkind: goal\nschema: 1\ntitle: Ship the refunds redesign by March\nhorizon: short\nstatus: active\nparent: ${parent}\ndue: 2027-03-31\nmilestones:\n  - id: design\n    title: Write the design doc\n  - id: build\n    title: Build it\n---\n`;
const card = (goal: string, milestone: string) =>
  `---\nkind: card\nschema: 1\ntitle: Refunds design\ngoal: ${goal}\nmilestone: ${milestone}\n---\n## Key concepts\n`;
const evidence = (date: string, goal: string) =>
  `---\nkind: evidence\nschema: 1\ndate: ${date}\ntitle: Presented the design\ngoal: ${goal}\n---\n`;
const broken = `---\nkind: goal\ntitle: [oops\n---\n`;

function plan(): GrowthIndex {
  const index = new GrowthIndex([checkLinks]);
  index.set('growth/profile.md', profile);
  index.set('growth/goals/payments-expert.md', longGoal);
  index.set('growth/goals/refunds.md', shortGoal());
  index.set('growth/cards/refunds-design.md', card('refunds', 'design'));
  index.set('growth/evidence/2026-10-01-talk.md', evidence('2026-10-01', 'refunds'));
  index.set('growth/evidence/2026-11-01-launch.md', evidence('2026-11-01', 'refunds'));
  index.set('growth/goals/broken.md', broken);
  index.set('growth/notes.md', '# just notes, no front matter');
  return index;
}

describe('GrowthIndex', () => {
  it('keeps growth files and leaves plain notes out', () => {
    const index = plan();
    assert.equal(index.size, 7);
    assert.equal(index.get('growth/notes.md'), undefined);
  });

  it('finds the profile, goals by id and the short-term goals under a long-term goal', () => {
    const index = plan();
    assert.equal(index.profile()?.data.targetLevel, 'Senior Engineer');
    assert.equal(index.goal('refunds')?.data.title, 'Ship the refunds redesign by March');
    assert.deepEqual(
      index.childGoals('payments-expert').map((goal) => goal.id),
      ['refunds'],
    );
  });

  it('lists a goal’s cards and evidence, newest evidence first', () => {
    const index = plan();
    assert.deepEqual(
      index.cards('refunds', 'design').map((entry) => entry.path),
      ['growth/cards/refunds-design.md'],
    );
    assert.deepEqual(
      index.evidence('refunds').map((entry) => entry.data.date),
      ['2026-11-01', '2026-10-01'],
    );
  });

  it('keeps a malformed file as an invalid file without hiding the others', () => {
    const index = plan();
    assert.deepEqual(
      index.invalidFiles().map((file) => file.path),
      ['growth/goals/broken.md'],
    );
    assert.equal(index.goals().length, 2);
    assert.equal(index.problems('growth/goals/broken.md', '2026-11-22')[0]?.code, 'yaml');
  });

  it('reports a link to a goal or milestone that does not exist', () => {
    const index = plan();
    index.set('growth/cards/lost.md', card('refunds', 'deploy'));
    index.set('growth/evidence/2026-11-02-x.md', evidence('2026-11-02', 'no-such-goal'));
    const cardProblems = index.problems('growth/cards/lost.md', '2026-11-22');
    assert.equal(cardProblems[0]?.code, 'link/unknown-milestone');
    assert.match(cardProblems[0].message, /design, build/);
    assert.deepEqual(index.problems('growth/evidence/2026-11-02-x.md', '2026-11-22')[0]?.field, ['goal']);
  });

  it('follows a goal that is renamed: links break until they are updated', () => {
    const index = plan();
    index.rename('growth/goals/refunds.md', 'growth/goals/refunds-v2.md', shortGoal());
    assert.equal(index.problems('growth/cards/refunds-design.md', '2026-11-22')[0]?.code, 'link/unknown-goal');
    index.set('growth/cards/refunds-design.md', card('refunds-v2', 'design'));
    assert.deepEqual(index.problems('growth/cards/refunds-design.md', '2026-11-22'), []);
  });

  it('flags two files that claim the same id, and clears it when one goes', () => {
    const index = plan();
    index.set('growth/archive/2026-Q3/refunds.md', shortGoal());
    assert.equal(index.problems('growth/goals/refunds.md', '2026-11-22')[0]?.code, 'duplicate-id');
    index.delete('growth/archive/2026-Q3/refunds.md');
    assert.deepEqual(index.problems('growth/goals/refunds.md', '2026-11-22'), []);
  });

  it('reports what an update changed', () => {
    const index = plan();
    const change = index.set('growth/goals/refunds.md', shortGoal().replace('status: active', 'status: done'));
    assert.equal(change.before?.record?.kind, 'goal');
    assert.equal((change.after?.record?.data as { status: string }).status, 'done');
  });

  it('gives the same answers after any sequence of updates as a full rebuild, asked between updates or not', () => {
    const paths = ['growth/goals/a.md', 'growth/goals/b.md', 'growth/cards/c.md', 'growth/evidence/e.md'];
    const texts = [
      longGoal,
      shortGoal('a'),
      shortGoal('b'),
      shortGoal('a').replace('    title: Build it\n', '    title: Build it\n    status: active\n'),
      card('a', 'design'),
      card('b', 'build'),
      evidence('2026-01-01', 'b'),
      broken,
      '# plain',
    ];
    const operation = fc.oneof(
      fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...paths), text: fc.constantFrom(...texts) }),
      fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
      fc.record({ op: fc.constant('rename' as const), path: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(operation, fc.boolean()), { maxLength: 30 }), (operations) => {
        // The checks the extension runs: linked ones (kept until a linked file changes) and the
        // burnout guard, which counts across the plan (one active milestone is already the limit).
        const checks = () => [checkLinks, smartCheck(), workloadCheck(() => ({ milestones: 0, shortTermGoals: 1 }))];
        const incremental = new GrowthIndex(checks());
        const disk = new Map<string, string>();
        for (const [step, ask] of operations) {
          // A view asking between updates keeps answers that a later update must replace.
          if (ask) snapshot(incremental);
          if (step.op === 'set') {
            incremental.set(step.path, step.text);
            disk.set(step.path, step.text);
          } else if (step.op === 'delete') {
            incremental.delete(step.path);
            disk.delete(step.path);
          } else if (disk.has(step.path) && step.to !== step.path) {
            const text = disk.get(step.path)!;
            incremental.rename(step.path, step.to, text);
            disk.delete(step.path);
            disk.set(step.to, text);
          }
        }
        const rebuilt = new GrowthIndex(checks());
        for (const [path, text] of disk) rebuilt.set(path, text);
        assert.deepEqual(snapshot(incremental), snapshot(rebuilt));
      }),
    );
  });
});

function snapshot(index: GrowthIndex) {
  const files = [...index.files()].map((file) => file.path).sort();
  return {
    files,
    problems: files.map((path) => index.problems(path, '2026-11-22').map((problem) => `${problem.code}: ${problem.message}`)),
    goals: index.goals().map((goal) => goal.id),
    children: index.goals().map((goal) => index.childGoals(goal.id).map((child) => child.path)),
    cards: index.goals().map((goal) => index.cards(goal.id).map((entry) => entry.path)),
  };
}
