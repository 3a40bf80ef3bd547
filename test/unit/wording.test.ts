// Words a new user stumbled over: a singular said as a plural, the hint a YAML error needs,
// and labels that do not say what they mean.
import * as assert from 'node:assert/strict';
import { dueDateError } from '../../src/core/dueDate';
import { FAILURE_MODE_LABELS, RUT_LABELS } from '../../src/core/forms/labels';
import { readGrowthFile } from '../../src/core/reader';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const yamlMessages = (lines: string[]) =>
  readGrowthFile('growth/goals/x.md', `---\n${lines.join('\n')}\n---\n`)!
    .problems.filter((problem) => problem.code === 'yaml')
    .map((problem) => problem.message);

describe('wording', () => {
  it('says "a year", not "1 years", when a due date is too far out', () => {
    assert.equal(dueDateError('2028-06-01', '2026-12-01', 1), 'That is more than a year away. Break it into a nearer goal.');
    assert.equal(dueDateError('2032-06-01', '2026-12-01', 5), 'That is more than 5 years away. Break it into a nearer goal.');
    assert.equal(dueDateError('2027-06-01', '2026-12-01', 1), undefined);
  });

  describe('YAML errors say how to fix the common slips', () => {
    for (const fast of [true, false]) {
      const read = (lines: string[]) =>
        readGrowthFile('growth/goals/x.md', `---\n${lines.join('\n')}\n---\n`, { fastPath: fast })!
          .problems.filter((problem) => problem.code === 'yaml')
          .map((problem) => problem.message);

      it(`an unquoted colon in a value, with the line written as it should be (${fast ? 'fast' : 'full'} reader)`, () => {
        const [message] = read(['kind: evidence', 'schema: 1', 'date: 2026-09-02', 'title: On-call handover: Lee took the pager alone']);
        assert.equal(
          message,
          'YAML syntax: Nested mappings are not allowed in compact mappings. A value holding ": " needs quotes: title: "On-call handover: Lee took the pager alone"',
        );
        const [nested] = read([
          'kind: goal',
          'schema: 1',
          'title: T',
          'horizon: short',
          'milestones:',
          '  - id: a',
          '    title: Step one: say "why"',
        ]);
        assert.match(nested!, /needs quotes: title: 'Step one: say "why"'$/);
      });

      it(`a tab in the indentation (${fast ? 'fast' : 'full'} reader)`, () => {
        const messages = read(['kind: goal', 'schema: 1', 'title: T', 'horizon: short', 'measurable:', '\tmetric: talks', '\ttarget: 2']);
        assert.ok(messages.length > 0 && messages.every((message) => /Convert Indentation to Spaces/.test(message)), messages.join('\n'));
      });

      it(`a dash without a space (${fast ? 'fast' : 'full'} reader)`, () => {
        const messages = read(['kind: goal', 'schema: 1', 'title: T', 'horizon: short', 'milestones:', '  -id: a', '   title: b']);
        assert.match(messages[0]!, /Put a space after the dash of a list item: "- id: a"\.$/);
      });
    }

    it('adds nothing where the line shows none of them', () => {
      assert.deepEqual(
        yamlMessages(['kind: goal', 'title: "unclosed', 'horizon: short']).filter((message) => /quotes:|dash|Indentation/.test(message)),
        [],
      );
    });
  });

  it('names the trap of missing the mood of the room plainly', () => {
    assert.equal(FAILURE_MODE_LABELS.impercipient.label, 'Can’t read the room');
  });

  it('calls the rut of work without effect by one name in the form and the walkthrough', () => {
    const name = RUT_LABELS['no-impact'].label;
    for (const page of ['1-assess.md', '2-options.md']) {
      const text = fs.readFileSync(path.join(root, 'media/walkthrough', page), 'utf8');
      assert.ok(text.includes(name), `${page} says "${name}"`);
      assert.doesNotMatch(text, /creating impact/);
    }
  });
});
