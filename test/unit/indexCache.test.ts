import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  CACHE_LINE_FILES,
  deserialiseIndexCache,
  freshEntry,
  INDEX_CACHE_FORMAT,
  readIndexCache,
  serialiseIndexCache,
  type CacheEntry,
} from '../../src/core/indexCache';
import { readGrowthFile, type ParsedFile } from '../../src/core/reader';
import { SCHEMAS, type FileKind } from '../../src/core/schema';
import type { z } from 'zod';

const PRODUCER = 'devgrowth 1.2.3';
const stamp = { size: 120, mtime: 1_780_000_000_000 };

function read(name: string, lines: string[]): ParsedFile {
  const file = readGrowthFile(`file:///plan/growth/${name}`, `---\n${lines.join('\n')}\n---\nBody\n`);
  assert.ok(file);
  return file;
}

const goal = read('goals/talks.md', [
  'kind: goal',
  'schema: 1',
  'title: Give two talks',
  'horizon: short',
  'milestones:',
  '  - id: outline',
  '    title: Outline',
]);
const broken = read('goals/broken.md', ['kind: goal', 'title: "unclosed']);
const invalid = read('reviews/2026-11-01.md', ['kind: review', 'date: 2026-02-30', 'onTrack: maybe']);

function roundTrip(entries: [string, CacheEntry][], producer = PRODUCER): Map<string, CacheEntry> {
  return deserialiseIndexCache(serialiseIndexCache(PRODUCER, entries), producer);
}

describe('the index cache', () => {
  it('gives back what reading produced: records, invalid files and their problems with positions', () => {
    const entries: [string, CacheEntry][] = [goal, broken, invalid].map((file) => [file.path, { stamp, file }]);
    assert.ok(broken.problems[0]?.range && invalid.problems.some((problem) => problem.code === 'schema'));
    assert.deepStrictEqual(roundTrip(entries), new Map(entries));
  });

  it('gives back every file of the demo plan unchanged', () => {
    const entries = markdownFiles(path.join(__dirname, '../../demo')).flatMap((file, position): [string, CacheEntry][] => {
      const parsed = readGrowthFile(file, fs.readFileSync(file, 'utf8'));
      return parsed ? [[file, { stamp: { size: position, mtime: position * 1000.5 }, file: parsed }]] : [];
    });
    assert.ok(entries.length > 40);
    assert.deepStrictEqual(roundTrip(entries), new Map(entries));
  });

  it('gives back generated files unchanged', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((number) => number || 0) /* -0 is left out, tested below */,
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }),
          fc.oneof(value, fc.array(value), fc.dictionary(fc.string(), value, { noNullPrototype: true })),
          { noNullPrototype: true },
        ),
        (extra) => {
          // As reading makes records: through the schema, which the cache holds them to again. A
          // generated key the schema knows, with a value it refuses (`id: []`), is no record at all.
          const parsed = SCHEMAS.goal.safeParse({ ...extra, ...(goal.record!.data as object), kind: 'goal' });
          fc.pre(parsed.success);
          const data = parsed.data;
          const file: ParsedFile = { ...goal, record: { kind: 'goal', data } };
          const entries: [string, CacheEntry][] = [[file.path, { stamp, file }]];
          assert.deepStrictEqual(roundTrip(entries), new Map(entries));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses an entry only for the same size and modification time', () => {
    const cache = roundTrip([[goal.path, { stamp, file: goal }]]);
    assert.deepStrictEqual(freshEntry(cache, goal.path, { ...stamp }), goal);
    assert.equal(freshEntry(cache, goal.path, { ...stamp, size: stamp.size + 1 }), undefined);
    assert.equal(freshEntry(cache, goal.path, { ...stamp, mtime: stamp.mtime + 1 }), undefined);
    assert.equal(freshEntry(cache, 'file:///plan/growth/goals/other.md', stamp), undefined);
  });

  it('ignores a cache from another build or format', () => {
    assert.equal(roundTrip([[goal.path, { stamp, file: goal }]], 'devgrowth 1.2.4').size, 0);
    const text = serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }]]).replace(
      `"format":${INDEX_CACHE_FORMAT}`,
      `"format":${INDEX_CACHE_FORMAT + 1}`,
    );
    assert.equal(deserialiseIndexCache(text, PRODUCER).size, 0);
  });

  it('ignores a corrupt or truncated cache', () => {
    const text = serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }]]);
    for (const corrupt of ['', 'null', '[]', '{"format":1}', text.slice(0, text.length / 2), 'garbage', '\u0000\u0001']) {
      assert.equal(deserialiseIndexCache(corrupt, PRODUCER).size, 0, corrupt);
    }
  });

  it('drops malformed entries one by one and keeps the rest', () => {
    const good = JSON.parse(serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }]]).split('\n')[0]!) as {
      files: Record<string, unknown[]>;
    };
    const entry = good.files[goal.path]!;
    const variants: unknown[] = [
      'not an entry',
      entry.slice(0, 6),
      ['120', ...entry.slice(1)],
      [-1, ...entry.slice(1)],
      [entry[0], Number.NaN, ...entry.slice(2)],
      [...entry.slice(0, 2), 42, ...entry.slice(3)],
      [...entry.slice(0, 4), 'recipe', ...entry.slice(5)],
      [...entry.slice(0, 4), 'card', ...entry.slice(5)], // the record's data says goal
      [...entry.slice(0, 4), null, ...entry.slice(5)], // a record without a kind
      [...entry.slice(0, 5), [], entry[6]],
      [...entry.slice(0, 6), [{ code: 'x', message: 'm', severity: 'fatal' }]],
      [
        ...entry.slice(0, 6),
        [{ code: 'x', message: 'm', severity: 'error', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } }],
      ],
      [...entry.slice(0, 6), [{ code: 'x', message: 'm', severity: 'error', field: [{}] }]],
    ];
    const files = Object.fromEntries<unknown>([
      [goal.path, entry],
      ...variants.map((variant, position) => [`file:///bad/${position}.md`, variant] as const),
    ]);
    const cache = deserialiseIndexCache(JSON.stringify({ ...good, files }), PRODUCER);
    assert.deepStrictEqual([...cache.keys()], [goal.path]);
  });

  it('drops an entry whose record its schema refuses (a stale or crafted cache), so the file is read again', () => {
    const good = JSON.parse(serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }]]).split('\n')[0]!) as {
      files: Record<string, unknown[]>;
    };
    const entry = good.files[goal.path]!;
    const data = entry[5] as Record<string, unknown>;
    const records: unknown[] = [
      { kind: 'goal' },
      { ...data, milestones: 'none' },
      { ...data, status: 'finished' },
      { ...data, horizonStart: '9999-12-31' },
      { ...data, title: 42 },
    ];
    const files: Record<string, unknown[]> = Object.fromEntries([
      [goal.path, entry],
      ...records.map((record, position): [string, unknown[]] => [`file:///bad/${position}.md`, [...entry.slice(0, 5), record, entry[6]]]),
    ]);
    const cache = deserialiseIndexCache(JSON.stringify({ ...good, files }), PRODUCER);
    assert.deepStrictEqual([...cache.keys()], [goal.path]);
  });

  it('gives, for any stored entry, either exactly what its schema makes of the record, or nothing', () => {
    const good = JSON.parse(serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }]]).split('\n')[0]!) as {
      files: Record<string, unknown[]>;
    };
    const entry = good.files[goal.path]!;
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('2026-03-10', '9999-12-31', 'active', 'short', []),
    );
    const data = fc.record(
      {
        kind: fc.constantFrom('goal', 'card', 'review', 'profile', 'break', 'checkin', 'evidence'),
        title: value,
        horizon: value,
        status: value,
        date: value,
        // Records come back from JSON, which never makes an object without a prototype.
        milestones: fc.oneof(
          value,
          fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'status', 'due'), value, { noNullPrototype: true })),
        ),
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(data, (record) => {
        const stored = [...entry.slice(0, 4), record.kind, record, entry[6]];
        const cache = deserialiseIndexCache(JSON.stringify({ ...good, files: { 'file:///plan/x.md': stored } }), PRODUCER);
        const schema = SCHEMAS[record.kind as FileKind] as z.ZodType;
        const parsed = schema.safeParse(record);
        const cached = cache.get('file:///plan/x.md');
        if (parsed.success) assert.deepStrictEqual(cached?.file.record, { kind: record.kind, data: parsed.data });
        else assert.equal(cached, undefined);
      }),
      { numRuns: 500 },
    );
  });

  for (const custom of [Number.POSITIVE_INFINITY, Number.NaN, -0]) {
    it(`leaves out a file whose data JSON would change (${Object.is(custom, -0) ? '-0' : custom}), so it is read again`, () => {
      const file: ParsedFile = {
        ...goal,
        record: { kind: 'goal', data: { ...(goal.record!.data as object), custom } } as unknown as ParsedFile['record'],
      };
      assert.equal(
        roundTrip([
          [file.path, { stamp, file }],
          [broken.path, { stamp, file: broken }],
        ]).has(file.path),
        false,
      );
      assert.equal(
        roundTrip([
          [file.path, { stamp, file }],
          [broken.path, { stamp, file: broken }],
        ]).has(broken.path),
        true,
      );
    });
  }

  it('gives the profile and the goals first, and the rest only when asked', () => {
    const profile = read('profile.md', ['kind: profile', 'schema: 1', 'northStar:', '  statement: Lead the platform team']);
    const entries: [string, CacheEntry][] = [invalid, goal, profile, broken].map((file) => [file.path, { stamp, file }]);
    const text = serialiseIndexCache(PRODUCER, entries);
    const parts = readIndexCache(text, PRODUCER);
    assert.deepStrictEqual([...parts.first.keys()].sort(), [broken.path, goal.path, profile.path].sort());
    assert.deepStrictEqual(
      parts.rest.map((part) => [...part().keys()]),
      [[invalid.path]],
    );
    // The first line alone is a cache of what the sidebar shows.
    assert.deepStrictEqual([...readIndexCache(text.split('\n')[0]!, PRODUCER).first.keys()].sort(), [...parts.first.keys()].sort());
  });

  it('keeps the rest in lines of a thousand files, each parsed on its own', () => {
    const others = Array.from({ length: CACHE_LINE_FILES * 2 + 1 }, (_, position): [string, CacheEntry] => [
      `file:///plan/growth/reviews/${position}.md`,
      { stamp, file: { ...invalid, path: `file:///plan/growth/reviews/${position}.md` } },
    ]);
    const parts = readIndexCache(serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }], ...others]), PRODUCER);
    assert.deepStrictEqual(
      parts.rest.map((part) => part().size),
      [CACHE_LINE_FILES, CACHE_LINE_FILES, 1],
    );
  });

  it('keeps the other lines when one is missing or corrupt, and its files are then read from the files', () => {
    const others = Array.from({ length: CACHE_LINE_FILES + 1 }, (_, position): [string, CacheEntry] => [
      `file:///plan/growth/reviews/${position}.md`,
      { stamp, file: { ...invalid, path: `file:///plan/growth/reviews/${position}.md` } },
    ]);
    const [head, full, last] = serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }], ...others]).split('\n') as [
      string,
      string,
      string,
    ];
    for (const damaged of [
      [head, full.slice(0, full.length / 2), last],
      [head, 'null', last],
      [head, '', last],
    ]) {
      const parts = readIndexCache(damaged.join('\n'), PRODUCER);
      assert.deepStrictEqual([...parts.first.keys()], [goal.path]);
      assert.deepStrictEqual(
        parts.rest.map((part) => part().size),
        [0, 1],
      );
    }
    assert.deepStrictEqual(readIndexCache(head, PRODUCER).rest, [], 'a cache cut after its first line');
  });

  it('does not keep the text of the files', () => {
    const text = serialiseIndexCache(PRODUCER, [[goal.path, { stamp, file: goal }]]);
    assert.ok(!text.includes('Body'));
  });
});

function markdownFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}
