import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { DUPLICATE_KEY_MESSAGE, locateSimpleYaml, parseSimpleYaml, spanOf, USE_FULL_PARSER, YamlErrors } from '../../src/core/fastYaml';
import { findFrontMatter } from '../../src/core/frontmatter';
import { yamlFieldSpan } from '../../src/core/reader';

/**
 * The fast reader must agree with `yaml` on everything it accepts: same data, and never a
 * document `yaml` reports an error in, except the repeated keys and open flow collections it
 * reports itself, which must be exactly the errors `yaml` reports (message and place, in
 * order). Declining is always allowed (the full parser then reads the file), so each test
 * also checks the fast path is really taken where it should be.
 */
function agree(source: string): 'accepted' | 'declined' | 'duplicates' | 'unclosed' {
  const fast = parseSimpleYaml(source);
  if (fast === USE_FULL_PARSER) return 'declined';
  // As the reader parses: default options (YAML 1.2 core schema), duplicate keys an error.
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  if (fast instanceof YamlErrors) {
    assert.deepEqual(
      fast.errors.map((error) => [error.message, error.offset]),
      doc.errors.map((error) => [error.message.split('\n', 1)[0], error.pos[0]]),
      `different errors for ${JSON.stringify(source)}`,
    );
    return fast.errors.every((error) => error.message === DUPLICATE_KEY_MESSAGE) ? 'duplicates' : 'unclosed';
  }
  assert.deepEqual(
    doc.errors.map((error) => error.message),
    [],
    `the fast reader accepted a document with YAML errors:\n${JSON.stringify(source)}\nit read ${JSON.stringify(fast)}`,
  );
  assert.deepStrictEqual(fast, doc.toJS(), `different data for ${JSON.stringify(source)}`);
  return 'accepted';
}

function read(source: string): unknown {
  assert.equal(agree(source), 'accepted', `declined ${JSON.stringify(source)}`);
  return parseSimpleYaml(source);
}

/** Where the fast reader finds repeated keys, after checking it agrees with `yaml`. */
function duplicateKeyOffsets(source: string): readonly number[] {
  assert.equal(agree(source), 'duplicates', JSON.stringify(source));
  return (parseSimpleYaml(source) as YamlErrors).errors.map((error) => error.offset);
}

/** The errors the fast reader reports itself, as [message, offset], after checking it agrees with `yaml`. */
function errorsOf(source: string): [string, number][] {
  assert.notEqual(agree(source), 'declined', JSON.stringify(source));
  assert.notEqual(agree(source), 'accepted', JSON.stringify(source));
  return (parseSimpleYaml(source) as YamlErrors).errors.map((error) => [error.message, error.offset]);
}

/**
 * Every field of a document, and one missing from each of its collections (a key a map lacks,
 * an item past a list's end), as a problem would name them.
 */
function fieldsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return [prefix, [...prefix, value.length], [...prefix, 'key'], ...value.flatMap((item, index) => fieldsOf(item, [...prefix, index]))];
  }
  if (value && typeof value === 'object') {
    return [
      prefix,
      [...prefix, 'no-such-key'],
      [...prefix, 0],
      ...Object.entries(value).flatMap(([key, item]) => fieldsOf(item, [...prefix, key])),
    ];
  }
  return [prefix];
}

/**
 * Where the fast reader finds each field of a document it reads must be where `yaml` finds
 * it; it may leave a field to `yaml`. Returns how many fields it found itself.
 */
function agreeOnFields(source: string): number {
  const root = locateSimpleYaml(source);
  assert.ok(root, `no places for ${JSON.stringify(source)}`);
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  let found = 0;
  for (const field of fieldsOf(doc.toJS()).filter((path) => path.length > 0)) {
    const fast = spanOf(root, field);
    if (!fast) continue;
    found++;
    assert.deepEqual(fast, yamlFieldSpan(doc, field), `${JSON.stringify(field)} in ${JSON.stringify(source)}`);
  }
  return found;
}

function declines(source: string): boolean {
  return parseSimpleYaml(source) === USE_FULL_PARSER;
}

describe('the fast YAML reader', () => {
  describe('scalars, resolved as YAML 1.2 does', () => {
    const cases: [string, unknown][] = [
      ['yes', 'yes'],
      ['no', 'no'],
      ['on', 'on'],
      ['y', 'y'],
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['tRUE', 'tRUE'],
      ['false', false],
      ['~', null],
      ['null', null],
      ['Null', null],
      ['NULL', null],
      ['nULL', 'nULL'],
      ['0o17', 15],
      ['0o18', '0o18'],
      ['0x1F', 31],
      ['0X1F', '0X1F'],
      ['017', 17],
      ['+12', 12],
      ['-0', -0],
      ['1_000', '1_000'],
      ['0b101', '0b101'],
      ['1e3', 1000],
      ['1E-3', 0.001],
      ['.5', 0.5],
      ['1.', 1],
      ['1.50', 1.5],
      ['.inf', Infinity],
      ['-.Inf', -Infinity],
      ['+.INF', Infinity],
      ['.nan', NaN],
      ['.NaN', NaN],
      ['2027-03-31', '2027-03-31'],
      ['12:30', '12:30'],
      ['1.2.3', '1.2.3'],
    ];
    for (const [plain, expected] of cases) {
      it(`reads ${plain} as ${String(expected)}`, () => {
        assert.deepStrictEqual(read(`value: ${plain}\n`), { value: expected });
      });
    }

    it('keeps quoted numbers, booleans and nulls as text', () => {
      assert.deepStrictEqual(read(`a: '123'\nb: "true"\nc: 'null'\nd: ''\ne: ""\n`), { a: '123', b: 'true', c: 'null', d: '', e: '' });
    });

    it('reads an empty value as null, before a comment, at the end, and with trailing spaces', () => {
      assert.deepStrictEqual(read('a:\nb: # nothing yet\nc:   \nd:'), { a: null, b: null, c: null, d: null });
    });

    it('ends a plain value at a comment, but not at a # inside a word', () => {
      assert.deepStrictEqual(read('a: b#c\nb: b # c\nc: https://example.com/page#part\nd: C# and F#\n'), {
        a: 'b#c',
        b: 'b',
        c: 'https://example.com/page#part',
        d: 'C# and F#',
      });
    });

    it('keeps a # inside quotes, and a comment after them', () => {
      assert.deepStrictEqual(read(`a: "a # b"\nb: 'c # d' # note\n`), { a: 'a # b', b: 'c # d' });
    });

    it('drops trailing spaces of plain values and keeps them inside quotes', () => {
      assert.deepStrictEqual(read('a: text   \nb: " padded "  \n'), { a: 'text', b: ' padded ' });
    });

    it('reads escapes in double quotes and doubled quotes in single quotes', () => {
      assert.deepStrictEqual(read(`a: "line\\nbreak \\"quoted\\" \\u00e9 \\x41 \\U0001F600 \\\\"\nb: 'it''s'\n`), {
        a: 'line\nbreak "quoted" é A 😀 \\',
        b: "it's",
      });
    });

    it('keeps colons that are not followed by a space', () => {
      assert.deepStrictEqual(read('link: https://example.com:8080/a\ntime: 10:30\n'), {
        link: 'https://example.com:8080/a',
        time: '10:30',
      });
    });
  });

  describe('collections', () => {
    it('reads keys with spaces, and quoted keys', () => {
      assert.deepStrictEqual(read(`my key: 1\n"quoted key": 2\n'single': 3\n`), { 'my key': 1, 'quoted key': 2, single: 3 });
    });

    it('reads a key with a nested block on the next lines', () => {
      assert.deepStrictEqual(read('measurable:\n  metric: talks\n  target: 2\nnext: x\n'), {
        measurable: { metric: 'talks', target: 2 },
        next: 'x',
      });
    });

    it("reads a list of maps, indented or at the key's own column", () => {
      const expected = {
        milestones: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
        after: true,
      };
      assert.deepStrictEqual(read('milestones:\n  - id: a\n    title: A\n  - id: b\n    title: B\nafter: true\n'), expected);
      assert.deepStrictEqual(read('milestones:\n- id: a\n  title: A\n-   id: b\n    title: B\nafter: true\n'), expected);
    });

    it('reads a list item with its block on the next lines, and an empty item as null', () => {
      assert.deepStrictEqual(read('list:\n  -\n    a: 1\n  -\n  - x\n'), { list: [{ a: 1 }, null, 'x'] });
    });

    it('reads one-line flow sequences and maps of scalars', () => {
      assert.deepStrictEqual(read(`tags: [a, 'b c', "d", 1, true, ~]\nscores: {impact: 3, effort: "2", 'x y': z}\nnone: []\nempty: {}\n`), {
        tags: ['a', 'b c', 'd', 1, true, null],
        scores: { impact: 3, effort: '2', 'x y': 'z' },
        none: [],
        empty: {},
      });
    });

    it('skips comments at any indentation and blank lines', () => {
      assert.deepStrictEqual(read('# heading\na:\n\n  # inside\n  b: 1\n# outside\n  c: 2\n'), { a: { b: 1, c: 2 } });
    });

    it('reads CRLF line breaks like LF ones', () => {
      assert.deepStrictEqual(read('kind: goal\r\nmilestones:\r\n  - id: a\r\n    due: 2027-01-01\r\n'), {
        kind: 'goal',
        milestones: [{ id: 'a', due: '2027-01-01' }],
      });
    });
  });

  describe('leaves to the full parser', () => {
    const declined: [string, string][] = [
      ['anchors and aliases', 'a: &x 1\nb: *x\n'],
      ['tags', 'a: !!str 1\n'],
      ['literal block scalars', 'a: |\n  text\n'],
      ['folded block scalars', 'a: >\n  text\n'],
      ['multi-line plain scalars', 'a: one\n  two\n'],
      ['multi-line quoted scalars', 'a: "one\n  two"\n'],
      ['multi-line flow collections', 'a: [1,\n  2]\n'],
      ['nested flow collections', 'a: [1, [2]]\n'],
      ['complex keys', '? a\n: b\n'],
      ['tabs', 'a:\tb\n'],
      ['directives', '%YAML 1.2\n---\na: b\n'],
      ['duplicate keys in a flow map', 'a: {b: 1, b: 2}\n'],
      ['duplicate keys in a document with something else outside the subset', 'a: 1\na: |\n  text\n'],
      ['keys that are not strings', '1: a\n'],
      ['a nested map on a value line', 'a: b: c\n'],
      ['a compact nested sequence', '- - a\n'],
      ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
      ['a lone carriage return', 'a: b\rc: d\n'],
      ['a byte-order mark', '\uFEFFa: b\n'],
      ['text after a closing quote', 'a: "b" c\n'],
      ['a comment glued to a closing quote', "a: 'b'#c\n"],
      ['an invalid escape', 'a: "\\q"\n'],
      ['a document that is a single scalar', 'just text\n'],
      ['an empty document', '# only a comment\n'],
      ['__proto__ as a key', '__proto__: x\n'],
      // yaml refuses a `:` more than 1024 characters after an implicit key's start.
      ['a key with its colon far to the right', `a${' '.repeat(1100)}: b\n`],
      ['a long quoted key', `"${'k'.repeat(1100)}": b\n`],
      ['a long single-quoted key in a list item', `- '${'k'.repeat(1100)}': b\n`],
      ['a long key in a flow map', `a: {"${'k'.repeat(1100)}": b}\n`],
    ];
    for (const [what, source] of declined) {
      it(what, () => assert.ok(declines(source), JSON.stringify(source)));
    }
  });

  describe('reports keys repeated in a block map where yaml does', () => {
    it('at the top level, each repetition', () => {
      assert.deepEqual(duplicateKeyOffsets('a: 1\nb: 2\na: 3\na: 4\n'), [10, 15]);
    });

    it('when one of them is quoted', () => {
      assert.deepEqual(duplicateKeyOffsets('a: 1\n"a": 2\n'), [5]);
    });

    it('after comments and blank lines, with CRLF', () => {
      assert.deepEqual(duplicateKeyOffsets('status: active # now\r\n\r\n# changed\r\nstatus: paused\r\n'), [35]);
    });

    it('in a nested map and in a list item written compactly', () => {
      assert.deepEqual(duplicateKeyOffsets('m:\n  x: 1\n  x: 2\nl:\n- id: a\n  id: b\n'), [12, 30]);
    });

    it('right after an empty value, at the line break before the key, as yaml does', () => {
      assert.deepEqual(duplicateKeyOffsets('a:\na: 1\n'), [2]);
      assert.deepEqual(duplicateKeyOffsets('a:  \r\na: 1\n'), [4]);
      assert.deepEqual(duplicateKeyOffsets('x:\n  a:\n  a: 1\n'), [7]);
      assert.deepEqual(duplicateKeyOffsets('a:\n\na: 1\n'), [4]);
    });

    it('leaves to yaml a key repeated after blank lines that follow a deeper empty value', () => {
      for (const source of ['key:\n key:\n\nkey: value', 'key:\n key:\n  \n\nkey: v', 'l:\n - \n\nl: 2', 'key:\n key:\n# c\nkey: v'])
        assert.notEqual(agree(source), 'accepted', JSON.stringify(source));
    });

    it('when the first one has a block below it', () => {
      assert.deepEqual(duplicateKeyOffsets('tags:\n  - a\ntags: [b]\n'), [12]);
    });
  });

  describe('reports a flow collection left open where yaml does', () => {
    const sequence = 'Flow sequence in block collection must be sufficiently indented and end with a ]';
    const map = 'Flow map in block collection must be sufficiently indented and end with a }';

    it('at the next key, after items or a comma, for sequences and maps', () => {
      assert.deepEqual(errorsOf('kind: goal\ntitle: [unclosed\nhorizon: long\n'), [[sequence, 28]]);
      assert.deepEqual(errorsOf('tags: [a, "b",\nnext: x\n'), [[sequence, 15]]);
      assert.deepEqual(errorsOf('scores: {a: 1, b: 2\nnext: x\n'), [[map, 20]]);
    });

    it('past comments and blank lines, with CRLF, and at the end of the front matter', () => {
      assert.deepEqual(errorsOf('title: [x\r\n\r\n  # note\r\nnext: 1\r\n'), [[sequence, 23]]);
      assert.deepEqual(errorsOf('kind: goal\ntitle: [x\n'), [[sequence, 21]]);
    });

    it('in a list, each one, and a key repeated after it', () => {
      assert.deepEqual(errorsOf('t: [x, y\nl:\n- [y\n- z\n'), [
        [sequence, 9],
        [sequence, 17],
      ]);
      assert.deepEqual(errorsOf('title: [x\n# comment\ntitle: y\n'), [
        [sequence, 20],
        [DUPLICATE_KEY_MESSAGE, 20],
      ]);
    });

    it('leaves a collection that goes on on a deeper line, an empty one, or one open after a key, to the full parser', () => {
      assert.ok(declines('title: [x,\n  y]\nnext: 1\n'));
      assert.ok(declines('tags: [\nnext: x\n'));
      assert.ok(declines('tags: {a: 1, b:\nnext: x\n'));
    });

    it('leaves one in an indented block to the full parser, which reads the lines below into it', () => {
      assert.ok(declines('m:\n  t: [x\n  u: 1\n  v: 2\n'));
    });
  });

  describe('finds the field a problem names where yaml does', function () {
    this.timeout(60_000);
    it('a value, a key holding a list or map, an empty value, a field missing from a map', () => {
      const source = 'kind: goal\ntitle:  "Ship it"  # soon\ntags: [a, b]\nnotes:\nmilestones:\n  - id: one\n    due:   # later\n';
      const root = locateSimpleYaml(source)!;
      const text = (field: (string | number)[]) => {
        const [start, end] = spanOf(root, field)!;
        return source.slice(start, Math.max(end, start + 1));
      };
      assert.equal(text(['title']), '"Ship it"');
      assert.equal(text(['tags']), 'tags');
      assert.equal(text(['notes']), '\n');
      assert.equal(text(['milestones', 0, 'id']), 'one');
      assert.equal(text(['milestones', 0, 'due']), '#');
      assert.equal(text(['milestones', 0, 'due', 'when']), '#');
      assert.equal(text(['title', 'missing']), '"Ship it"');
      assert.equal(spanOf(root, ['missing']), undefined, "the whole document is yaml's to point at");
      assert.equal(spanOf(root, ['milestones', 0, 'missing']), undefined, "a block list item is yaml's to point at");
    });

    it('on every front matter in the demo plan', () => {
      const sources = markdownFiles(path.join(__dirname, '../../demo'))
        .map((file) => findFrontMatter(fs.readFileSync(file, 'utf8'))?.yaml)
        .filter(
          (yaml): yaml is string =>
            yaml !== undefined && parseSimpleYaml(yaml) !== USE_FULL_PARSER && !(parseSimpleYaml(yaml) instanceof YamlErrors),
        );
      assert.ok(sources.length > 40);
      const found = sources.reduce((count, source) => count + agreeOnFields(source), 0);
      assert.ok(found > 600, `found only ${found} fields`);
    });

    it('on generated documents in the subset, for every field and one missing from each collection', () => {
      let found = 0;
      fc.assert(
        fc.property(subsetDocument, (source) => void (found += agreeOnFields(source))),
        { numRuns: 1000 },
      );
      assert.ok(found > 5000, `found only ${found} fields`);
    });
  });

  describe('agrees with the yaml package', function () {
    this.timeout(60_000); // thousands of generated documents: a guard against hanging, not a speed target
    it('on every front matter in the demo plan and the test fixtures', () => {
      const files = ['demo', 'test/fixtures', 'test/unit/fixtures'].flatMap((folder) =>
        markdownFiles(path.join(__dirname, '../..', folder)),
      );
      assert.ok(files.length > 40, `found only ${files.length} files`);
      let withFrontMatter = 0;
      for (const file of files) {
        const block = findFrontMatter(fs.readFileSync(file, 'utf8'));
        if (!block) continue;
        withFrontMatter++;
        const outcome = agree(block.yaml);
        // The demo files are what people and DevGrowth write: valid ones must take the fast path.
        const valid = parseDocument(block.yaml, { uniqueKeys: true }).errors.length === 0;
        if (valid) assert.equal(outcome, 'accepted', `${file} should be read without the full parser`);
      }
      assert.ok(withFrontMatter > 40);
    });

    it('on generated documents in the subset, and reads them all', () => {
      fc.assert(
        fc.property(subsetDocument, (source) => read(source) !== undefined),
        { numRuns: 1500 },
      );
    });

    it('on what the writer produces, and reads it all when keys are identifiers and text is one line', () => {
      fc.assert(
        fc.property(writtenData, (data) => {
          // As the writer serialises new files (createGrowthFile in src/core/writer.ts).
          assert.equal(agree(stringify(data, { lineWidth: 0 })), 'accepted');
        }),
        { numRuns: 1000 },
      );
    });

    it('on what the writer produces from arbitrary data', () => {
      fc.assert(
        fc.property(arbitraryData, (data) => void agree(stringify(data, { lineWidth: 0 }))),
        { numRuns: 1000 },
      );
    });

    it('on generated documents in the subset with a line repeated, and reports the repeated keys', () => {
      const outcomes = { accepted: 0, declined: 0, duplicates: 0, unclosed: 0 };
      fc.assert(
        fc.property(subsetDocument, repeatLine, (source, repeat) => {
          outcomes[agree(repeat(source))]++;
        }),
        { numRuns: 1500 },
      );
      assert.ok(outcomes.duplicates > 500, JSON.stringify(outcomes));
    });

    it('on generated documents in the subset with a bracket or brace taken away, and reports them open', () => {
      const outcomes = { accepted: 0, declined: 0, duplicates: 0, unclosed: 0 };
      fc.assert(
        fc.property(subsetDocument, fc.nat(), fc.nat(), (source, at, cut) => {
          outcomes[agree(openFlowCollection(source, at, cut))]++;
        }),
        { numRuns: 1500 },
      );
      assert.ok(outcomes.unclosed > 300, JSON.stringify(outcomes));
    });

    it('on documents near the subset: both outcomes occur, and accepted ones match', () => {
      const outcomes = { accepted: 0, declined: 0, duplicates: 0, unclosed: 0 };
      fc.assert(
        fc.property(nearSubsetDocument, (source) => {
          outcomes[agree(source)]++;
        }),
        { numRuns: 4000 },
      );
      assert.ok(outcomes.accepted > 100 && outcomes.declined > 100, JSON.stringify(outcomes));
    });

    it('on demo files with random edits', () => {
      const sources = markdownFiles(path.join(__dirname, '../../demo'))
        .map((file) => findFrontMatter(fs.readFileSync(file, 'utf8'))?.yaml)
        .filter((yaml): yaml is string => yaml !== undefined);
      const outcomes = { accepted: 0, declined: 0, duplicates: 0, unclosed: 0 };
      fc.assert(
        fc.property(fc.constantFrom(...sources), fc.array(edit, { minLength: 1, maxLength: 4 }), (source, edits) => {
          outcomes[agree(edits.reduce((text, apply) => apply(text), source))]++;
        }),
        { numRuns: 3000 },
      );
      assert.ok(outcomes.accepted > 200 && outcomes.declined > 200, JSON.stringify(outcomes));
    });
  });
});

function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

// ---- Documents in the subset ------------------------------------------------------------------

/** Plain scalars that resolve to every core-schema type, and look-alikes that stay text. */
const schemaLookalikes = fc.constantFrom(
  '0',
  '-0',
  '+12',
  '012',
  '0o17',
  '0o8',
  '0x1F',
  '0xG',
  '0X1F',
  '1e3',
  '1E-3',
  '+.5e+3',
  '.5',
  '1.',
  '1.50',
  '-.inf',
  '.Inf',
  '+.INF',
  '.NaN',
  '.nan',
  '.NAN',
  'nan',
  'inf',
  '1_000',
  '0b101',
  '2026-11-22',
  '2026-11-22T10:00:00Z',
  '12:30',
  '1.2.3',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
/** Text safe as a plain scalar in block context (no `: `, no ` #`, no leading indicator). */
const blockPlain = fc.oneof(
  schemaLookalikes,
  word,
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _.,/()'"!&*|>%@`?[\]{}=+-]{0,30}$/).filter((text) => !/ #|: |:$/.test(text)),
  fc.constantFrom(
    'https://example.com/a#b',
    'a:b',
    'C#',
    'x - y',
    'héllo wörld',
    '日本語のテキスト',
    'emoji 😀 ok',
    'a\u00a0b',
    'nbsp at end\u00a0',
    '-1',
    '-a',
    '?a',
    ':a',
  ),
);
/** Text safe as a plain scalar inside a flow collection. */
const flowPlain = fc.oneof(
  schemaLookalikes,
  word,
  fc.integer().map(String),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _./()'"!&*|>%@`?=+-]{0,20}$/).filter((text) => !/ #|:/.test(text)),
  fc.constantFrom('a:b', 'https://example.com'),
);
/** Any one-line text, for quoted scalars (no line breaks, tabs or control characters). */
// eslint-disable-next-line no-control-regex -- control characters are what the lines must not hold
const lineText = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((text) => !/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(text));
const singleQuoted = lineText.map((text) => `'${text.replace(/'/g, "''")}'`);
const doubleQuoted = fc.oneof(
  lineText.map((text) => JSON.stringify(text)),
  fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)), // escapes of control characters and lone surrogates
  fc.constantFrom('"\\x41\\U0001F600\\_\\N\\/\\ \\e\\0\\a\\v\\L\\P"', '"tab\\there"', '"a # b"', '"\\u00e9"'),
);
const scalarToken = (inFlow: boolean) => fc.oneof({ weight: 4, arbitrary: inFlow ? flowPlain : blockPlain }, singleQuoted, doubleQuoted);

const plainKey = fc
  .stringMatching(/^[a-zA-Z_][a-zA-Z0-9_-]{0,10}( [a-z]{1,5})?$/)
  .filter((key) => !/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/.test(key));
const keyToken = fc.oneof(
  { weight: 5, arbitrary: plainKey },
  plainKey.map((key) => `'${key}'`),
  plainKey.map((key) => `"${key}"`),
);
const keyText = (token: string) => token.replace(/^['"]|['"]$/g, '');

type Node =
  | { type: 'scalar'; token: string }
  | { type: 'empty' }
  | { type: 'flow'; token: string }
  | { type: 'map'; entries: [string, Node][] }
  | { type: 'seq'; items: Node[] };

const flowSeq = fc
  .array(scalarToken(true), { maxLength: 5 })
  .chain((items) => fc.constantFrom(', ', ',', ' , ').map((comma) => `[${items.join(comma)}]`));
const flowMap = fc
  .uniqueArray(fc.tuple(keyToken, scalarToken(true)), { maxLength: 4, selector: ([key]) => keyText(key) })
  .map((pairs) => `{${pairs.map(([key, value]) => `${key}: ${value}`).join(', ')}}`);

const { node } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarToken(false).map((token): Node => ({ type: 'scalar', token })),
    fc.constant<Node>({ type: 'empty' }),
    fc.oneof(flowSeq, flowMap).map((token): Node => ({ type: 'flow', token })),
    tie('map'),
    tie('seq'),
  ),
  map: fc
    .uniqueArray(fc.tuple(keyToken, tie('node')), { minLength: 1, maxLength: 5, selector: ([key]) => keyText(key) })
    .map((entries): Node => ({ type: 'map', entries })),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items): Node => ({ type: 'seq', items })),
}));

interface Style {
  step: number;
  eol: string;
  /** Consumed one decision at a time: comments, blank lines, trailing spaces. */
  noise: boolean[];
  compactSequences: boolean;
}

function render(root: Node, style: Style): string {
  const lines: string[] = [];
  let turn = 0;
  const chance = () => style.noise[turn++ % style.noise.length]!;
  const trailing = () => (chance() ? (chance() ? '   ' : ' # a comment: with "quotes" #and more') : '');
  const push = (line: string) => {
    lines.push(line);
    if (chance() && chance()) lines.push(chance() ? '' : `${' '.repeat(turn % 7)}# comment ${turn}`);
  };
  const inline = (value: Node): string | undefined =>
    value.type === 'scalar' || value.type === 'flow'
      ? ` ${value.token}${trailing()}`
      : value.type === 'empty'
        ? chance()
          ? ' # nothing'
          : ''
        : undefined;
  const mapLines = (entries: [string, Node][], indent: number, firstPrefix?: string) => {
    entries.forEach(([key, value], position) => {
      const prefix = position === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      const text = inline(value);
      if (text !== undefined) return push(`${prefix}${key}:${text}`);
      push(`${prefix}${key}:${chance() ? ' # below' : ''}`);
      // A sequence may sit at its key's own indentation.
      block(value, value.type === 'seq' && style.compactSequences ? indent : indent + style.step);
    });
  };
  const block = (value: Node, indent: number) => {
    if (value.type === 'map') return mapLines(value.entries, indent);
    if (value.type !== 'seq') throw new Error('not a block');
    for (const item of value.items) {
      const dash = `${' '.repeat(indent)}-`;
      const text = inline(item);
      if (text !== undefined) push(`${dash}${text}`);
      else if (item.type === 'map' && chance()) mapLines(item.entries, indent + 2, `${dash} `);
      else {
        push(dash);
        block(item, indent + style.step);
      }
    }
  };
  if (root.type !== 'map') throw new Error('documents are maps');
  mapLines(root.entries, 0);
  return lines.join(style.eol) + (chance() ? style.eol : '');
}

const subsetDocument = fc
  .tuple(
    node.filter((value) => value.type === 'map'),
    fc.record({
      step: fc.integer({ min: 1, max: 4 }),
      eol: fc.constantFrom('\n', '\r\n'),
      noise: fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }),
      compactSequences: fc.boolean(),
    }),
  )
  .map(([root, style]) => render(root, style));

/** Data as DevGrowth writes it: identifier keys, one-line text, numbers, lists and nested maps. */
const identifierKey = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,10}$/).filter((key) => !/^(?:true|false|null)$/i.test(key));
const writtenScalar = fc.oneof(
  lineText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '2027-01-31',
    'yes',
    '0x1F',
    '1e3',
    '.inf',
    'null',
    '~',
    "it's",
    'a: b',
    'a #b',
    '- x',
    '[x]',
    '{y}',
    '&a',
    '*a',
    '!t',
    '|',
    '>',
    '%',
    '@',
    '`',
    '"q"',
    ' lead',
    'trail ',
    '?',
    ':',
    '#',
  ),
);
const { writtenValue } = fc.letrec<{ writtenValue: unknown; writtenObject: unknown }>((tie) => ({
  writtenValue: fc.oneof(
    { depthSize: 'small' },
    writtenScalar,
    fc.array(writtenScalar, { maxLength: 4 }),
    fc.array(tie('writtenObject'), { maxLength: 3 }),
    tie('writtenObject'),
  ),
  writtenObject: fc.dictionary(identifierKey, tie('writtenValue'), { maxKeys: 5 }),
}));
const writtenData = fc.dictionary(identifierKey, writtenValue, { minKeys: 1, maxKeys: 8 });
const arbitraryData = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 6 });

// ---- Documents near the subset ----------------------------------------------------------------

const awkwardLines = fc.constantFrom(
  'key: value',
  'key:',
  'key: dup',
  'other: 1',
  '- item',
  '-',
  '- a: b',
  '-   c: d',
  'nested: 1',
  '- - a',
  '? complex',
  ': v',
  'a: &anchor v',
  'b: *anchor',
  'c: !tag v',
  'c: !!str 1',
  'd: |',
  'block text',
  'e: >-',
  'f: "unclosed',
  "g: 'unclosed",
  'h: [a, b',
  'i: {a: 1',
  'j: [a, [b]]',
  'k: {a, b: c}',
  'l: a: b',
  '---',
  '--- x',
  '...',
  '%YAML 1.2',
  '\tkey: tab',
  'key:\tv',
  'm: "bad \\q"',
  'n: "\\x4"',
  'o: a #c',
  'p: a#c',
  'q: "a" x',
  "r: 'a' # c",
  "s: 'a'#c",
  '<<: {a: 1}',
  '__proto__: x',
  'true: x',
  '1: x',
  '~: x',
  '"": x',
  't: [a,]',
  'u: [,a]',
  'v: {a: }',
  'w: [a: b]',
  'x: [a:b]',
  'y: {"a":1}',
  'z: [ a , b ]',
  'continuation line',
  '# comment',
  '',
  'aa:bb: c',
  'url: http://x.y/z',
  'k: -',
  'k: - a',
  'k: ?',
  'k: :',
  'k: a:',
  "k: 'it''s'",
  'k: [a]b',
  'k: {a: b} # c',
  'k: [a] #c',
  'k: "x"#y',
  'k: @at',
  'k: `tick',
  'k: %p',
  'k: ,a',
  'k: ]a',
  'k: a]',
  'k: {}x',
  'k: "\\',
  '"quoted" : v',
  "'q': v",
  '"k"x: v',
  'k: "\\U0011FFFF"',
  'k: "\\uD800"',
  'key : spaced',
  'k:  two  spaces  ',
);
const soupTokens = fc.constantFrom(
  'a',
  'b',
  'key',
  ' ',
  '  ',
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  '?',
  '\\',
  'n',
  '1',
  '0x',
  '0o',
  '.',
  'e',
  '\t',
  '%',
  '@',
  '~',
  'true',
  'null',
  '\u00a0',
  'é',
  '\r',
  '\n',
  '\r\n',
  '.inf',
  '1e3',
);
const soupLine = fc.array(soupTokens, { maxLength: 8 }).map((tokens) => tokens.join(''));
const nearSubsetDocument = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.oneof({ weight: 3, arbitrary: awkwardLines }, soupLine)), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((lines) =>
    fc
      .constantFrom('\n', '\r\n')
      .map((eol) => lines.map(([indent, text], position) => `${' '.repeat(position === 0 ? 0 : indent)}${text}`).join(eol)),
  );

/** A line written twice, as a key is when a person adds a second `status:`. */
const repeatLine = fc.nat().map((at) => (text: string) => {
  const lines = text.split('\n');
  const index = at % lines.length;
  lines.splice(index, 0, lines[index]!);
  return lines.join('\n');
});

/**
 * The document with one line's closing `]` or `}` taken away, with or without what stood
 * between it and the last item (`cut`), or with a flow collection opened at the end of a line.
 */
function openFlowCollection(source: string, at: number, cut: number): string {
  const lines = source.split('\n');
  const closing = lines.map((line, index) => [line, index] as const).filter(([line]) => /[\]}]\s*(#.*)?\r?$/.test(line));
  if (closing.length === 0 || cut % 4 === 3) {
    const index = at % lines.length;
    lines[index] = lines[index]!.replace(
      /(:|^\s*-)(\s.*)?(\r?)$/,
      (_, marker: string, _rest, cr: string) => `${marker} ${cut % 2 === 0 ? '[item' : '{a: 1,'}${cr}`,
    );
    return lines.join('\n');
  }
  const [line, index] = closing[at % closing.length]!;
  lines[index] = line.replace(/\s*[\]}](\s*(#.*)?)(\r?)$/, (_, _trail, _comment, cr: string) => (cut % 2 === 0 ? cr : ` ${cr}`));
  return lines.join('\n');
}

/** One random change to a document's text. */
const edit = fc.oneof(
  fc.tuple(fc.nat(), soupTokens).map(([at, token]) => (text: string) => {
    const position = at % (text.length + 1);
    return text.slice(0, position) + token + text.slice(position);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })).map(([at, length]) => (text: string) => {
    const position = at % (text.length + 1);
    return text.slice(0, position) + text.slice(position + length);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 })).map(([at, shift]) => (text: string) => {
    const lines = text.split('\n');
    const index = at % lines.length;
    lines[index] = shift > 0 ? ' '.repeat(shift) + lines[index] : lines[index]!.slice(-shift);
    return lines.join('\n');
  }),
  repeatLine,
);
