import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findFrontMatter } from '../../src/core/frontmatter';
import { locateProblems, MAX_FILE_BYTES, readGrowthFile } from '../../src/core/reader';

const goal = (lines: string[], eol = '\n', bom = '') => `${bom}---${eol}${lines.join(eol)}${eol}---${eol}Body${eol}`;

describe('the reader', () => {
  it('reads a valid goal into typed data with defaults', () => {
    const file = readGrowthFile('growth/goals/talks.md', goal(['kind: goal', 'schema: 1', 'title: Give two talks by June', 'horizon: short']));
    assert.equal(file?.id, 'talks');
    assert.equal(file?.record?.kind, 'goal');
    assert.deepEqual(file?.record?.kind === 'goal' && [file.record.data.status, file.record.data.milestones], ['draft', []]);
  });

  it('takes the id from the file, or from its name', () => {
    assert.equal(readGrowthFile('goals/a.md', goal(['kind: goal', 'id: custom-id', 'title: T', 'horizon: long']))?.id, 'custom-id');
    assert.equal(readGrowthFile('C:\\plans\\goals\\b.md', goal(['kind: goal', 'title: T', 'horizon: long']))?.id, 'b');
  });

  it('leaves plain notes alone: no front matter, or front matter without a kind', () => {
    assert.equal(readGrowthFile('notes.md', '# Notes\n'), undefined);
    assert.equal(readGrowthFile('notes.md', '---\ntitle: An Obsidian note\n---\n'), undefined);
  });

  for (const [name, eol, bom] of [['LF', '\n', ''], ['CRLF', '\r\n', ''], ['CRLF with a BOM', '\r\n', '\uFEFF']] as const) {
    it(`points at the value of a schema error, counting lines from the top (${name})`, () => {
      const file = readGrowthFile('g.md', goal(['kind: goal', 'schema: 1', 'title: T', 'horizon: sometimes'], eol, bom));
      const problem = file?.problems.find((candidate) => candidate.code === 'schema');
      assert.equal(problem?.message, 'horizon must be one of: long, short');
      assert.deepEqual(problem?.range, { start: { line: 4, character: 9 }, end: { line: 4, character: 18 } });
    });

    it(`points at a YAML syntax error (${name})`, () => {
      const file = readGrowthFile('g.md', goal(['kind: goal', 'title: "unclosed', 'horizon: short'], eol, bom));
      const problem = file?.problems[0];
      assert.equal(problem?.code, 'yaml');
      assert.equal(file?.kind, 'goal', 'the declared kind is kept so the file shows where the user expects it');
      assert.ok(problem.range!.start.line >= 2, JSON.stringify(problem));
    });
  }

  it('names nested fields in its messages', () => {
    const file = readGrowthFile('g.md', goal(['kind: goal', 'title: T', 'horizon: short', 'milestones:', '  - id: a', '    title: A', '    status: finished']));
    assert.equal(file?.problems.find((problem) => problem.code === 'schema')?.message, 'milestones[0].status must be one of: planned, active, done, dropped');
  });

  it('rejects a date that does not exist', () => {
    const file = readGrowthFile('g.md', goal(['kind: goal', 'title: T', 'horizon: short', 'due: 2027-02-30']));
    assert.match(file!.problems.find((problem) => problem.code === 'schema')!.message, /^due must be a real date/);
  });

  it('reports an unknown kind, a newer format version, and a missing version', () => {
    assert.equal(readGrowthFile('x.md', goal(['kind: recipe']))?.problems[0]?.code, 'unknown-kind');
    const newer = readGrowthFile('x.md', goal(['kind: goal', 'schema: 2', 'title: T', 'horizon: short']));
    assert.equal(newer?.problems[0]?.code, 'newer-schema');
    assert.equal(newer?.record, undefined, 'a newer file is not read, so it is never rewritten');
    const unversioned = readGrowthFile('x.md', goal(['kind: goal', 'title: T', 'horizon: short']));
    assert.deepEqual(unversioned?.problems.map((problem) => [problem.code, problem.severity]), [['no-schema', 'info']]);
  });

  it('does not read a file above the size limit', () => {
    const huge = goal(['kind: goal', 'title: T', 'horizon: short']) + 'x'.repeat(MAX_FILE_BYTES);
    assert.equal(readGrowthFile('big.md', huge)?.problems[0]?.code, 'too-large');
  });

  it('survives an alias bomb with a problem instead of expanding it', () => {
    const lines = ['kind: goal', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
    const file = readGrowthFile('bomb.md', goal(lines));
    assert.equal(file?.record, undefined);
    assert.equal(file?.problems[0]?.code, 'alias');
  });

  it('warns where a character could not be read, as in a file not saved as UTF-8, and still reads the rest', () => {
    // "Café" saved in Latin-1 and decoded as UTF-8: the é became U+FFFD.
    const file = readGrowthFile('goals/cafe.md', '---\nkind: goal\nschema: 1\ntitle: Run the Caf\uFFFD meetup by May\nhorizon: short\n---\n');
    assert.equal(file?.record?.kind, 'goal');
    const warning = file?.problems.find((problem) => problem.code === 'encoding');
    assert.equal(warning?.severity, 'warning');
    assert.deepEqual(warning?.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 19 } });
    assert.match(warning?.message ?? '', /not saved as UTF-8/);
    assert.equal(readGrowthFile('goals/cafe.md', '---\nkind: goal\nschema: 1\ntitle: Run the Café meetup by May\nhorizon: short\n---\n')?.problems.some((problem) => problem.code === 'encoding'), false);
  });

  it('survives deep nesting and binary content', function () {
    this.timeout(20_000); // a guard against hanging, not a speed target
    assert.doesNotThrow(() => readGrowthFile('deep.md', goal(['kind: goal', `title: ${'['.repeat(10_000)}`])));
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 7919) % 256)).toString('latin1');
    assert.doesNotThrow(() => readGrowthFile('binary.md', binary));
  });

  it('never throws on any text, and every problem it reports lies inside the file', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string().map((text) => `---\nkind: goal\n${text}\n---\n`)), (text) => {
        const file = readGrowthFile('any.md', text);
        const lineCount = text.split('\n').length;
        for (const problem of file?.problems ?? []) {
          assert.ok(problem.range && problem.range.start.line < lineCount + 1, JSON.stringify(problem));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('points a problem about the whole file at its opening line', () => {
    const text = goal(['kind: goal', 'title: T', 'horizon: short']);
    const [located] = locateProblems(text, [{ code: 'smart/x', message: 'm', severity: 'info', field: [] }]);
    assert.deepEqual(located?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it('finds positions later for problems that only know their field', () => {
    const text = goal(['kind: goal', 'title: T', 'horizon: short', 'due: 2027-01-01']);
    const [located] = locateProblems(text, [{ code: 'smart/x', message: 'm', severity: 'warning', field: ['due'] }]);
    assert.deepEqual(located?.range?.start, { line: 4, character: 5 });
  });
});

describe('the front-matter block', () => {
  it('is found between --- lines, or closed by ...', () => {
    assert.equal(findFrontMatter('---\na: 1\n---\nbody')?.yaml, 'a: 1\n');
    assert.equal(findFrontMatter('---\na: 1\n...\nbody')?.yaml, 'a: 1\n');
    assert.equal(findFrontMatter('---\na: 1\n---')?.bodyStart, 12);
  });

  it('is not found without an opening line or a closing one', () => {
    assert.equal(findFrontMatter('a: 1\n---\n'), undefined);
    assert.equal(findFrontMatter('---\na: 1\n'), undefined);
    assert.equal(findFrontMatter(''), undefined);
  });

  it('knows the line ending from the opening line', () => {
    assert.equal(findFrontMatter('---\r\na: 1\r\n---\r\n')?.eol, '\r\n');
    assert.equal(findFrontMatter('\uFEFF---\na: 1\n---\n')?.eol, '\n');
  });
});
