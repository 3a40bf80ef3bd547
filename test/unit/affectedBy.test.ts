import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { GrowthIndex } from '../../src/core/growthIndex';
import { checkLinks } from '../../src/core/links';
import { smartCheck } from '../../src/core/smart';

const TODAY = '2026-11-22';
const ids = ['a', 'b', 'c', 'd'];
const goalId = fc.constantFrom(...ids);

const goalText = fc
  .record({ parent: fc.option(goalId, { nil: undefined }), horizon: fc.constantFrom('short', 'long'), status: fc.constantFrom('active', 'done'), milestone: fc.constantFrom('m1', 'm2'), due: fc.constantFrom('2026-01-01', '2027-06-30') })
  .map(({ parent, horizon, status, milestone, due }) =>
    `---\nkind: goal\nschema: 1\ntitle: Ship ${milestone} by June\nhorizon: ${horizon}\nstatus: ${status}\n${parent ? `parent: ${parent}\n` : ''}due: ${due}\nmilestones:\n  - {id: ${milestone}, title: Step, status: active}\n---\n`,
  );
const otherText = fc
  .record({ kind: fc.constantFrom('card', 'evidence'), goal: goalId, milestone: fc.constantFrom('m1', 'm2') })
  .map(({ kind, goal, milestone }) =>
    kind === 'card' ? `---\nkind: card\nschema: 1\ntitle: Card\ngoal: ${goal}\nmilestone: ${milestone}\n---\n` : `---\nkind: evidence\nschema: 1\ndate: 2026-11-01\ntitle: Done\ngoal: ${goal}\n---\n`,
  );
/** A file at one of a few paths (so changes replace files and ids repeat), with goal or other content, or deleted. */
const change = fc.record({ path: fc.constantFrom('goals/a.md', 'goals/b.md', 'goals/c.md', 'work/a.md', 'cards/x.md', 'cards/y.md', 'evidence/z.md'), text: fc.option(fc.oneof(goalText, otherText), { nil: undefined }) });

function problemsOf(index: GrowthIndex): Map<string, string> {
  return new Map([...index.files()].map((file) => [file.path, JSON.stringify(index.problems(file.path, TODAY))]));
}

describe('what a change can affect', () => {
  it('every file whose problems change is among the affected ones', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), change, (plan, last) => {
        const index = new GrowthIndex([checkLinks, smartCheck()]);
        for (const { path, text } of plan) {
          if (text === undefined) index.delete(path);
          else index.set(path, text);
        }
        const before = problemsOf(index);
        const affected = index.affectedBy([last.text === undefined ? index.delete(last.path) : index.set(last.path, last.text)]);
        for (const [path, problems] of problemsOf(index)) {
          if (!affected.has(path)) assert.equal(problems, before.get(path), `${path} changed but was not rechecked`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rechecks the cards and child goals of a goal that changes, and nothing else', () => {
    const index = new GrowthIndex([checkLinks]);
    index.set('goals/a.md', '---\nkind: goal\nschema: 1\ntitle: A by June\nhorizon: long\nstatus: active\n---\n');
    index.set('goals/b.md', '---\nkind: goal\nschema: 1\ntitle: B by June\nhorizon: short\nstatus: active\nparent: a\n---\n');
    index.set('cards/x.md', '---\nkind: card\nschema: 1\ntitle: X\ngoal: a\n---\n');
    index.set('cards/y.md', '---\nkind: card\nschema: 1\ntitle: Y\ngoal: b\n---\n');
    const affected = index.affectedBy([index.set('goals/a.md', '---\nkind: goal\nschema: 1\ntitle: A by July\nhorizon: long\nstatus: active\n---\n')]);
    assert.deepEqual([...affected].sort(), ['cards/x.md', 'goals/a.md', 'goals/b.md']);
  });
});
