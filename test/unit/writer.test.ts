import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { findFrontMatter } from '../../src/core/frontmatter';
import { readGrowthFile } from '../../src/core/reader';
import { createGrowthFile, editFrontMatter, type FrontMatterEdit } from '../../src/core/writer';

/** Hand-written files full of the things people do: comments everywhere, odd quoting, CRLF, a BOM. */
const HAND_WRITTEN: Record<string, string> = {
  comments: `---
# Top comment
kind: goal   # trailing comment
schema: 1
title: "Quoted title"          # double quotes
horizon: 'short'               # single quotes
status: active
due: 2027-03-31
# a comment between keys

milestones:
  # before the first item
  - id: one
    title: First   # inline
    status: planned
  # between items
  - id: two
    title: Second
    status: active
unknown-key: {nested: [1, 2]}
---
# Body

Keep *all* of this.
`,
  crlfWithBom:
    '\uFEFF---\r\nkind: goal\r\nschema: 1\r\ntitle: Windows file\r\nhorizon: short\r\nstatus: active\r\nmilestones:\r\n  - id: one\r\n    title: One\r\n    status: planned\r\n---\r\nBody with CRLF.\r\n',
  indentlessList: `---
kind: goal
schema: 1
title: Lists at indent zero
horizon: short
status: draft
milestones:
- id: one
  title: One
  status: planned
- id: two
  title: Two
  status: planned
---
`,
  flowAndBlockScalars: `---
kind: goal
schema: 1
title: Flow maps and block scalars
horizon: long
status: active
priority: {impact: 5, effort: 2, reusability: 3, learnings: 4}
notes: |
  A block scalar
  over two lines.
folded: >
  Folded text
  stays folded.
---
`,
  trailingSpacesAndDots: 'kind-less preamble is not front matter\n',
  dotsClose: '---\nkind: goal\nschema: 1\ntitle: Closed with dots   \nhorizon: short\nstatus: active\n...\nBody after dots.\n',
  noFinalNewline:
    '---\nkind: goal\nschema: 1\ntitle: No newline at the end\nhorizon: short\nstatus: active\n---\nLast line without newline',
  bodyWithRules:
    '---\nkind: goal\nschema: 1\ntitle: A body with rules\nhorizon: short\nstatus: active\n---\nText\n\n---\n\nmore: text that looks like yaml\n---\n',
};

const EDITS: Record<string, FrontMatterEdit[]> = {
  'set a scalar': [{ op: 'set', path: ['status'], value: 'done' }],
  'add a missing key': [{ op: 'set', path: ['due'], value: '2027-06-30' }],
  'add a nested map': [{ op: 'set', path: ['stretch'], value: { target: 'twice as fast', due: '2027-01-31' } }],
  'delete a key': [{ op: 'delete', path: ['status'] }],
  'set a multi-line string': [{ op: 'set', path: ['achievable'], value: 'Line one\nLine two' }],
};

const MILESTONE_EDITS: Record<string, FrontMatterEdit[]> = {
  'mark a milestone done': [
    { op: 'set', path: ['milestones', 0, 'status'], value: 'done' },
    { op: 'set', path: ['milestones', 0, 'completed'], value: '2026-11-22' },
  ],
  'rate a milestone': [
    { op: 'set', path: ['milestones', 0, 'rubric'], value: { after: { confidence: 4, competence: 3, impact: 3, clarity: 4 } } },
  ],
  'insert a milestone': [{ op: 'insert', path: ['milestones'], value: { id: 'three', title: 'Three', status: 'planned' } }],
  'move a milestone': [{ op: 'move', path: ['milestones'], from: 1, to: 0 }],
};

/** What the edits mean, applied to plain data: the reference the file must match afterwards. */
function applyToData(data: Record<string, unknown>, edits: readonly FrontMatterEdit[]): unknown {
  const copy = structuredClone(data);
  for (const edit of edits) {
    // Like the Document API, a set creates the maps missing on its path.
    const parent = edit.path.slice(0, -1).reduce((node, key) => (node[key] ??= {}) as Record<string, unknown>, copy);
    const last = edit.path[edit.path.length - 1]!;
    if (edit.op === 'set') parent[last] = edit.value;
    if (edit.op === 'delete') delete parent[last];
    if (edit.op === 'insert') (parent[last] as unknown[]).splice(edit.index ?? (parent[last] as unknown[]).length, 0, edit.value);
    if (edit.op === 'move') {
      const list = parent[last] as unknown[];
      const [item] = list.splice(edit.from, 1);
      list.splice(edit.to, 0, item);
    }
  }
  return copy;
}

function dataOf(text: string): Record<string, unknown> {
  return parse(findFrontMatter(text)!.yaml) as Record<string, unknown>;
}

function bodyOf(text: string): string {
  return text.slice(findFrontMatter(text)!.bodyStart);
}

/** Lines of `before` that are missing from `after`: what an edit removed or changed. */
function removedLines(before: string, after: string): string[] {
  const remaining = after.split(/\r?\n/);
  return before.split(/\r?\n/).filter((line) => {
    const at = remaining.indexOf(line);
    if (at < 0) return true;
    remaining.splice(at, 1);
    return false;
  });
}

describe('the writer on hand-written files', () => {
  for (const [name, text] of Object.entries(HAND_WRITTEN)) {
    const block = findFrontMatter(text);
    if (!block) continue;
    const hasMilestones = Array.isArray(dataOf(text).milestones) && (dataOf(text).milestones as unknown[]).length >= 2;
    const edits = { ...EDITS, ...(hasMilestones ? MILESTONE_EDITS : {}) };
    for (const [editName, edit] of Object.entries(edits)) {
      it(`${editName} in "${name}" keeps everything else as written`, () => {
        const result = editFrontMatter(text, edit);
        assert.ok(result.ok, result.ok ? '' : result.reason);
        assert.deepEqual(dataOf(result.text), applyToData(dataOf(text), edit));
        assert.equal(bodyOf(result.text), bodyOf(text), 'the Markdown body is untouched');
        assert.equal(result.text.startsWith('\uFEFF'), text.startsWith('\uFEFF'), 'the byte-order mark is kept');
        if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(result.text), 'every line still ends in CRLF');
        const removed = removedLines(text, result.text);
        const touched = edit.flatMap((step) => step.path.map(String));
        // Only lines holding an edited key (or a moved item) may go; every comment stays.
        for (const line of removed) {
          assert.ok(!/#/.test(line) || touched.some((key) => line.includes(key)), `a comment line was lost: ${JSON.stringify(line)}`);
        }
        if (editName !== 'move a milestone') assert.ok(removed.length <= 1, `more than one line changed: ${JSON.stringify(removed)}`);
      });
    }
  }

  it('changes a value in place, keeping the quoting style and the trailing comment', () => {
    const result = editFrontMatter(HAND_WRITTEN.comments!, [{ op: 'set', path: ['title'], value: 'New "quoted" title' }]);
    assert.ok(result.ok);
    assert.match(result.text, /^title: "New \\"quoted\\" title"          # double quotes$/m);
  });

  it('adds a key to a one-line flow map where it stands', () => {
    const text = '---\nkind: goal\nmilestones:\n  - {id: a, title: A}\n  - { id: b }\nmeasurable: {metric: talks, target: 2}\n---\n';
    const first = editFrontMatter(text, [{ op: 'set', path: ['milestones', 0, 'doneWhen'], value: 'Shipped' }]);
    assert.ok(first.ok);
    assert.equal(first.text, text.replace('{id: a, title: A}', '{id: a, title: A, doneWhen: Shipped}'));
    const second = editFrontMatter(text, [{ op: 'set', path: ['milestones', 1, 'status'], value: 'done' }]);
    assert.ok(second.ok);
    assert.equal(second.text, text.replace('{ id: b }', '{ id: b, status: done }'));
  });

  it('appends to a flow list inside its brackets, keeping its spacing and the lists around it', () => {
    const text =
      '---\nkind: profile\ncoreConcepts:\n  - name: Tracing\n    reviewed: [2027-01-07, 2027-01-10]   # spaced\n  - name: Budgets\n    reviewed: [ 2027-01-26 ]\n---\n';
    const first = editFrontMatter(text, [{ op: 'insert', path: ['coreConcepts', 0, 'reviewed'], value: '2027-01-17' }]);
    assert.ok(first.ok);
    assert.equal(first.text, text.replace('[2027-01-07, 2027-01-10]', '[2027-01-07, 2027-01-10, 2027-01-17]'));
    const second = editFrontMatter(text, [{ op: 'insert', path: ['coreConcepts', 1, 'reviewed'], value: 'needs: quotes' }]);
    assert.ok(second.ok);
    assert.equal(second.text, text.replace('[ 2027-01-26 ]', '[ 2027-01-26, "needs: quotes" ]'));
  });

  it('deletes an item of a flow list with its own lines, and leaves the comment lines between items', () => {
    const text = [
      '---',
      'kind: goal',
      'milestones:',
      '  [',
      '    { id: one },',
      '    {',
      '      id: two, # late',
      '    },',
      '# before three',
      '    { id: three }, # the last',
      '    { id: four }',
      '  ]',
      '---',
      '',
    ].join('\n');
    const without = (index: number) => {
      const result = editFrontMatter(text, [{ op: 'delete', path: ['milestones', index] }]);
      assert.ok(result.ok, result.ok ? '' : result.reason);
      return result.text;
    };
    assert.equal(without(1), text.replace('    {\n      id: two, # late\n    },\n', ''));
    assert.equal(without(2), text.replace('    { id: three }, # the last\n', ''));
    // The last item takes the separator before it: the comment after that separator stays.
    assert.equal(without(3), text.replace('{ id: three }, # the last\n    { id: four }\n', '{ id: three } # the last\n'));
    const oneLine = '---\nkind: goal\ntags: [a,\n  # about b\n  b, c]\n---\n';
    const result = editFrontMatter(oneLine, [{ op: 'delete', path: ['tags', 0] }]);
    assert.ok(result.ok);
    assert.equal(result.text, '---\nkind: goal\ntags: [\n  # about b\n  b, c]\n---\n');
  });

  it('refuses to touch a file with a YAML error, and says why', () => {
    const result = editFrontMatter('---\nkind: goal\ntitle: [unclosed\n---\nBody\n', [{ op: 'set', path: ['status'], value: 'done' }]);
    assert.deepEqual(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /YAML errors/);
  });

  it('refuses a file without front matter', () => {
    const result = editFrontMatter('# Just notes\n', [{ op: 'set', path: ['status'], value: 'done' }]);
    assert.match(result.ok ? '' : result.reason, /no front matter/);
  });

  it('refuses to move an item that does not exist', () => {
    const result = editFrontMatter(HAND_WRITTEN.indentlessList!, [{ op: 'move', path: ['milestones'], from: 5, to: 0 }]);
    assert.match(result.ok ? '' : result.reason, /no item 5/);
  });

  it('writes new files that read back as valid', () => {
    const text = createGrowthFile({ kind: 'review', schema: 1, date: '2026-11-22', onTrack: 'yes' }, '## Notes', '\r\n');
    assert.equal(text, '---\r\nkind: review\r\nschema: 1\r\ndate: 2026-11-22\r\nonTrack: "yes"\r\n---\r\n\r\n## Notes\r\n');
    assert.ok(readGrowthFile('r.md', text)?.record);
  });
});

describe('the writer on generated files', () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const scalar = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.boolean(),
    fc.constantFrom('yes', 'no', '~', 'null', '0x1F', '1e3', '#not a comment', 'a: b', '- dash', '"quoted"', "it's", ''),
  );
  const document = fc.dictionary(key, fc.oneof(scalar, fc.dictionary(key, scalar, { maxKeys: 3 }), fc.array(scalar, { maxLength: 3 })), {
    minKeys: 1,
    maxKeys: 6,
  });
  const body = fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.constant('---\nnot: front matter\n---\n'));

  it('always holds exactly the intended data, never touches the body, and never throws', function () {
    this.timeout(60_000); // hundreds of generated files: a guard against hanging, not a speed target
    fc.assert(
      fc.property(document, body, fc.boolean(), fc.boolean(), key, scalar, (data, markdown, crlf, bom, editKey, value) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = (bom ? '\uFEFF' : '') + createGrowthFile(data, markdown, eol);
        for (const edit of [
          { op: 'set', path: [editKey], value },
          { op: 'delete', path: [Object.keys(data)[0]!] },
          { op: 'set', path: [editKey, 'nested'], value },
        ] as FrontMatterEdit[]) {
          const result = editFrontMatter(text, [edit]);
          if (!result.ok) continue; // e.g. a nested key under a scalar: refused, file unchanged
          assert.deepEqual(dataOf(result.text), applyToData(dataOf(text), [edit]));
          assert.equal(bodyOf(result.text), bodyOf(text));
          assert.equal(result.text.startsWith('\uFEFF'), bom);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('changes exactly one line when it sets an existing scalar', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(document, scalar, (data, value) => {
        const first = Object.keys(data).find((name) => typeof data[name] !== 'object');
        fc.pre(first !== undefined);
        const text = createGrowthFile(data, 'Body');
        const result = editFrontMatter(text, [{ op: 'set', path: [first], value }]);
        assert.ok(result.ok);
        assert.ok(removedLines(text, result.text).length <= 1);
      }),
      { numRuns: 300 },
    );
  });
});
