import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { readGrowthFile } from '../../src/core/reader';
import { createGrowthFile } from '../../src/core/writer';
import { readFolder } from './growthPlan';

/** Reading with the fast reader and reading with `yaml` alone must give the same file, problems and positions included. */
function assertSameEitherWay(file: string, text: string): void {
  assert.deepEqual(readGrowthFile(file, text), readGrowthFile(file, text, { fastPath: false }), file);
}

const root = path.resolve(__dirname, '../..');

const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 2030 }),
  fc.boolean(),
  fc.constantFrom('2026-11-22', '2026-02-30', 'soon', '', 'null', 'yes', '1.0', '~', '- item', '# not a comment', 'a: b'),
);
const milestone = fc.record(
  { id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), title: scalar, status: fc.constantFrom('planned', 'active', 'done', 'dropped', 'finished'), due: scalar },
  { requiredKeys: ['id'] },
);
const growthData = fc.record(
  {
    kind: fc.constantFrom('goal', 'card', 'evidence', 'review', 'assessment', 'profile', 'nonsense'),
    schema: fc.constantFrom(1, 2, '1'),
    title: scalar,
    horizon: fc.constantFrom('short', 'long', 'medium'),
    status: fc.constantFrom('active', 'done', 'stalled'),
    date: scalar,
    due: scalar,
    goal: scalar,
    milestones: fc.array(milestone, { maxLength: 4 }),
    extra: fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), scalar, { maxKeys: 3 }),
  },
  { requiredKeys: ['kind'] },
);

describe('reading with the fast reader', function () {
  this.timeout(60_000); // hundreds of generated files: a guard against hanging, not a speed target
  it('gives exactly what reading with yaml gives, for every file of the demo and the fixtures', () => {
    const files = [...readFolder(path.join(root, 'demo')), ...readFolder(path.join(root, 'test/fixtures'))];
    assert.ok(files.length > 40, `${files.length} files`);
    for (const [file, text] of files) assertSameEitherWay(file, text);
  });

  it('gives exactly what reading with yaml gives, for generated growth files valid and not', () => {
    fc.assert(
      fc.property(growthData, fc.string({ maxLength: 40 }), (data, body) => {
        assertSameEitherWay('growth/goals/generated.md', createGrowthFile(data, body));
      }),
      { numRuns: 400 },
    );
  });

  it('gives exactly what reading with yaml gives, for generated growth files with a line written twice', () => {
    let repeatedKeys = 0;
    fc.assert(
      fc.property(growthData, fc.nat(), (data, at) => {
        const lines = createGrowthFile(data, '').split('\n');
        const index = 1 + (at % (lines.length - 3)); // a line of the front matter, not a fence
        lines.splice(index, 0, lines[index]!);
        const text = lines.join('\n');
        assertSameEitherWay('growth/goals/generated.md', text);
        if (readGrowthFile('growth/goals/generated.md', text)?.problems.some((problem) => problem.message === 'YAML syntax: Map keys must be unique')) repeatedKeys++;
      }),
      { numRuns: 400 },
    );
    assert.ok(repeatedKeys > 100, `${repeatedKeys} files with a repeated key`);
  });

  it('gives the same positions for problems when the fast reader declines part of a file', () => {
    for (const text of [
      '---\nkind: goal\nschema: 1\ntitle: &t Anchored\nhorizon: short\nstatus: bogus\n---\n',
      '---\nkind: goal\nschema: 1\ntitle: |\n  Block\nhorizon: short\nstatus: active\n---\n',
      '---\nkind: goal\nkind: card\n---\n',
      '---\nkind: goal\nschema: 1\nstatus: active\r\nstatus: done\n---\n',
      '---\nkind: goal\nmilestones:\n  - id: a\n    due:\n    due: 2027-01-01\n---\n',
      '---\nkind: goal\nschema: 1\ntitle: [unclosed\n---\n',
    ]) {
      assertSameEitherWay('growth/goals/x.md', text);
    }
  });
});
