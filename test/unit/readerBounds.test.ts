import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { DUPLICATE_KEY_MESSAGE } from '../../src/core/fastYaml';
import { MAX_FILE_BYTES, readGrowthFile } from '../../src/core/reader';
import { checkYamlBounds, MAX_DEPTH, MAX_FRONT_MATTER_BYTES, MAX_KEYS, utf8Length } from '../../src/core/yamlBounds';
import { readFolder } from './growthPlan';
import { resultsInWorker } from './inWorker';
import * as path from 'node:path';

const file = (yaml: string) => `---\n${yaml}\n---\nBody\n`;
const problemsOf = (text: string) => readGrowthFile('growth/goals/hostile.md', text)?.problems ?? [];

/** Keys `k0: v0` … one a line, after `kind: goal`; a tab keeps the fast reader out. */
function manyKeys(count: number, tab = true): string {
  return [
    'kind: goal',
    'schema: 1',
    ...Array.from({ length: count }, (_, index) => `k${index}: v${index}`),
    ...(tab ? ['note:\tx'] : []),
  ].join('\n');
}

describe('the reader on hostile front matter', function () {
  this.timeout(20_000); // a guard against hanging, not a speed target

  it('reports a front matter with too many keys at the first key over the limit, as a problem of the goal', () => {
    for (const yaml of [
      manyKeys(8000),
      manyKeys(8000, false),
      `kind: goal\nmap: {${Array.from({ length: MAX_KEYS + 5 }, (_, index) => `k${index}: 1`).join(', ')}}`,
    ]) {
      const parsed = readGrowthFile('growth/goals/hostile.md', file(yaml));
      assert.equal(parsed?.kind, 'goal');
      assert.equal(parsed?.record, undefined);
      const [problem] = parsed.problems;
      assert.equal(problem?.code, 'too-complex');
      assert.match(problem.message, new RegExp(String(MAX_KEYS)));
      assert.ok(problem.range!.start.line >= 1, JSON.stringify(problem.range));
    }
    // One key a line after the opening ---: key MAX_KEYS + 1 is on line MAX_KEYS + 1 of the file.
    const [problem] = problemsOf(file(manyKeys(8000)));
    assert.equal(problem?.range?.start.line, MAX_KEYS + 1);
    // 60,000 keys are over the size limit too: the first limit found is the one reported.
    assert.equal(problemsOf(file(manyKeys(60_000)))[0]?.code, 'too-complex');
  });

  it('reads a front matter just inside the limits', () => {
    // With a tab the fast reader declines and `yaml` reads it all.
    const parsed = readGrowthFile('growth/goals/big.md', file(['title: Big', 'horizon: short', manyKeys(MAX_KEYS - 10)].join('\n')));
    assert.equal(parsed?.record?.kind, 'goal');
    const plain = readGrowthFile('growth/goals/big.md', file(['title: Big', 'horizon: short', manyKeys(MAX_KEYS - 10, false)].join('\n')));
    assert.equal(plain?.record?.kind, 'goal');
  });

  it('reports deep nesting, in flow and block style, where it goes too deep', () => {
    const flow = file(`kind: goal\ntitle: ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const [problem] = problemsOf(flow);
    assert.equal(problem?.code, 'too-complex');
    assert.deepEqual(problem?.range?.start, { line: 2, character: 'title: '.length + MAX_DEPTH - 1 });
    const block = file(['kind: goal', ...Array.from({ length: 200 }, (_, level) => `${' '.repeat(level)}k${level}:`)].join('\n'));
    assert.equal(problemsOf(block)[0]?.code, 'too-complex');
    const dashes = file(`kind: goal\nlist: \n${'- '.repeat(100)}x`);
    assert.equal(problemsOf(dashes)[0]?.code, 'too-complex');
    const fine = file(`kind: goal\nschema: 1\ntitle: T\nhorizon: short\nx: ${'['.repeat(MAX_DEPTH - 2)}${']'.repeat(MAX_DEPTH - 2)}`);
    assert.equal(readGrowthFile('growth/goals/fine.md', fine)?.record?.kind, 'goal');
  });

  it('reports a front matter over the size limit, in bytes', () => {
    const big = file(`kind: goal\nschema: 1\ntitle: T\nhorizon: short\nnotes: "${'x'.repeat(MAX_FRONT_MATTER_BYTES)}"`);
    assert.equal(problemsOf(big)[0]?.code, 'too-complex');
    assert.match(problemsOf(big)[0]!.message, /256 KB/);
    const nested = file(`kind: goal\ntitle: ${'['.repeat(500_000)}${']'.repeat(500_000)}`); // 1 MB of [[[…]]]
    assert.equal(problemsOf(nested)[0]?.code, 'too-complex');
    // Three bytes a character: a third of the limit in characters is already over it.
    const wide = file(`kind: goal\nschema: 1\ntitle: T\nhorizon: short\nnotes: "${'€'.repeat(MAX_FRONT_MATTER_BYTES / 3 + 10)}"`);
    assert.equal(problemsOf(wide)[0]?.code, 'too-complex');
  });

  it('counts the 1 MB file limit in bytes, not characters', () => {
    const front = file('kind: goal\nschema: 1\ntitle: T\nhorizon: short');
    const wide = front + '€'.repeat(Math.ceil(MAX_FILE_BYTES / 3)); // fewer than 1 M characters, more than 1 MB
    assert.ok(wide.length < MAX_FILE_BYTES);
    assert.equal(problemsOf(wide)[0]?.code, 'too-large');
    assert.equal(readGrowthFile('growth/goals/ok.md', front + 'x'.repeat(MAX_FILE_BYTES - front.length))?.record?.kind, 'goal');
  });

  it('counts UTF-8 bytes as an encoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        assert.equal(utf8Length(text), new TextEncoder().encode(text).length);
      }),
    );
  });

  it('finds every file of the demo and the fixtures inside the limits', () => {
    const root = path.resolve(__dirname, '../..');
    for (const [name, text] of [...readFolder(path.join(root, 'demo')), ...readFolder(path.join(root, 'test/fixtures'))]) {
      const yaml = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)/.exec(text)?.[1];
      if (yaml !== undefined) assert.equal(checkYamlBounds(yaml), undefined, name);
    }
  });

  it('reports repeated keys exactly as yaml does, where the fast reader declines', () => {
    const scalar = fc.constantFrom(
      'a',
      'b',
      '1',
      '1.0',
      'null',
      '~',
      '"a"',
      "'b'",
      '',
      '&x a',
      '*x',
      '[a, b]',
      '{a: 1}',
      '|\n    text',
      '# note',
    );
    const key = fc.constantFrom('a', 'b', '"a"', "'b'", '1', 'c d', 'c');
    const line = fc.tuple(fc.constantFrom('', '  ', '    '), key, scalar).map(([indent, name, value]) => `${indent}${name}: ${value}`);
    const flowMap = fc
      .array(fc.tuple(key, fc.constantFrom('1', 'x', '')), { maxLength: 4 })
      .map((pairs) => `m: {${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);
    let repeated = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(line, flowMap, fc.constant('- a'), fc.constant('\t')), { minLength: 1, maxLength: 12 }), (lines) => {
        const yaml = ['kind: goal', 'z: &x 1', ...lines].join('\n');
        const lineStarts = [0, ...[...yaml.matchAll(/\n/g)].map((match) => match.index + 1)];
        const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length; // +1 for the opening ---
        // The same repeated keys at the same places (the Problems view sorts by place).
        const sorted = (errors: string[]) => errors.sort();
        const expected = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false })
          .errors.filter((error) => error.code === 'DUPLICATE_KEY')
          .map((error) => `${lineOf(error.pos[0])} YAML syntax: ${error.message.split('\n')[0]}`);
        const actual = readGrowthFile('growth/goals/generated.md', file(yaml), { fastPath: false })!
          .problems.filter((problem) => problem.message.endsWith(DUPLICATE_KEY_MESSAGE))
          .map((problem) => `${problem.range!.start.line} ${problem.message}`);
        assert.deepEqual(sorted(actual), sorted(expected), yaml);
        if (expected.length > 0) repeated++;
      }),
      { numRuns: 600 },
    );
    assert.ok(repeated > 150, `${repeated} documents with a repeated key`);
  });

  it('reports an alias without its anchor at the alias, in plain words', () => {
    const [problem, ...rest] = problemsOf(file('kind: goal\nschema: 1\ntitle: T\nhorizon: short\nstatus: *nope'));
    assert.equal(rest.length, 0);
    assert.equal(problem?.code, 'alias');
    assert.match(problem.message, /\*nope/);
    assert.doesNotMatch(problem.message, /ReferenceError/);
    assert.deepEqual(problem?.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 13 } });
  });
});

describe('the bounds check on front matter it has to scan line by line', function () {
  this.timeout(60_000); // starting a worker that compiles TypeScript; the limit below is the guard
  /** Sixteen brackets or 10,000 characters: too many to be within the limits by construction. */
  const brackets = `x: ${'['.repeat(16)}${']'.repeat(16)}`;
  const long = `notes: ${'a'.repeat(10_000)}`;
  const checked = (yamls: string[]) =>
    resultsInWorker(
      'src/core/yamlBounds.ts',
      'checkYamlBounds',
      yamls.map((yaml) => [yaml]),
      20_000,
    );

  it('gets past blank lines, comment lines and block scalars', async () => {
    const yamls = [
      `${brackets}\n\nb: 1`,
      `${brackets}\n# a comment\nb: 1`,
      `${brackets}\n   # an indented comment\nb: 1`,
      `${brackets}\nb: |\n  text\n  more\nc: 1`,
      `${brackets}\r\n\r\nb: 1\r\n`,
      `${long}\n\nb: 1`,
      `${long}\n# a comment\nb: 1`,
    ];
    assert.deepEqual(
      await checked(yamls),
      yamls.map(() => undefined),
    );
  });

  it('reads a goal whose milestones are written in flow style, with a comment line', async () => {
    const milestone = (id: string) =>
      `{ id: ${id}, title: Step ${id}, doneWhen: Reviewed., due: 2026-11-16, status: done, completed: 2026-11-16, ` +
      `rubric: { before: { confidence: 2, competence: 2, impact: 1, clarity: 2 }, after: { confidence: 4, competence: 3, impact: 3, clarity: 4 } } }`;
    const yaml = [
      'kind: goal',
      'schema: 1',
      'title: Ship the refunds redesign by 31 December',
      'horizon: short',
      '# the milestones, one a line would be easier to read',
      `milestones: [ ${['design', 'prototype', 'load-test', 'rollout'].map(milestone).join(', ')} ]`,
    ].join('\n');
    const [parsed] = (await resultsInWorker('src/core/reader.ts', 'readGrowthFile', [['growth/goals/refunds.md', file(yaml)]], 20_000)) as {
      record?: { data: { milestones: unknown[] } };
    }[];
    assert.equal(parsed?.record?.data.milestones.length, 4);
  });

  it('still counts what comes after such a line', async () => {
    const deep = Array.from({ length: 40 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n');
    const [overDepth] = (await checked([`${brackets}\n# a comment\n\n${deep}`])) as { limit: string }[];
    assert.equal(overDepth?.limit, 'depth');
  });

  it('finishes on any text', async () => {
    const piece = fc.constantFrom(
      'a',
      'k:',
      ': ',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\r',
      '#',
      '[',
      ']',
      '{',
      '}',
      '- ',
      '? ',
      '|',
      '>',
      '"',
      "'",
      '\\',
      ',',
      '\t',
    );
    const texts = fc.sample(fc.array(piece, { maxLength: 60 }), { numRuns: 500 });
    const yamls = texts.flatMap((pieces) => [`${brackets}\n${pieces.join('')}`, `${pieces.join('')}\n${long}`]);
    assert.equal((await checked(yamls)).length, yamls.length);
  });
});

describe('the reader on a key whose colon is far from its start', () => {
  it('reports what yaml reports, at the key, whichever way it reads', () => {
    for (const line of [`title${' '.repeat(1100)}: T`, `"${'k'.repeat(1100)}": T`]) {
      const text = file(['kind: goal', 'schema: 1', line, 'horizon: short'].join('\n'));
      const fast = readGrowthFile('growth/goals/far.md', text);
      assert.deepEqual(fast, readGrowthFile('growth/goals/far.md', text, { fastPath: false }));
      const [problem] = fast!.problems;
      assert.match(problem!.message, /The : indicator must be at most 1024 chars/);
      assert.equal(problem!.range!.start.line, 3);
    }
  });
});
