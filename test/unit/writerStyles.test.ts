import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { findFrontMatter } from '../../src/core/frontmatter';
import { readGrowthFile } from '../../src/core/reader';
import { editFrontMatter, type FrontMatterEdit } from '../../src/core/writer';

function edited(text: string, edits: FrontMatterEdit[]): string {
  const result = editFrontMatter(text, edits);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.text;
}

function refusal(text: string, edits: FrontMatterEdit[]): string {
  const result = editFrontMatter(text, edits);
  assert.equal(result.ok, false, 'the edit is refused');
  return result.ok ? '' : result.reason;
}

const goal = (milestones: string, extra = '') => `---
kind: goal
schema: 1
title: Ship refunds
horizon: short
status: paused         # waiting for the platform team
${extra}milestones:${milestones}
---
Body.
`;

describe('the writer keeps flow style', () => {
  it('re-rates a rubric written as a flow map in place, keeping the comment', () => {
    const text = goal('\n  - id: design\n    rubric:\n      before: {confidence: 2, competence: 2, impact: 1, clarity: 2}  # first guess\n');
    const after = edited(text, [{ op: 'set', path: ['milestones', 0, 'rubric', 'before'], value: { confidence: 3, competence: 2, impact: 1, clarity: 4 } }]);
    assert.equal(after, text.replace('{confidence: 2, competence: 2, impact: 1, clarity: 2}  # first guess', '{confidence: 3, competence: 2, impact: 1, clarity: 4}  # first guess'));
  });

  it('re-rates a rubric written as a block map key by key, keeping its comments', () => {
    const text = goal('\n  - id: design\n    rubric:\n      before:\n        confidence: 2   # honest\n        clarity: 2\n');
    const after = edited(text, [{ op: 'set', path: ['milestones', 0, 'rubric', 'before'], value: { confidence: 3, clarity: 2, impact: 1 } }]);
    assert.equal(after, text.replace('confidence: 2   # honest\n        clarity: 2\n', 'confidence: 3   # honest\n        clarity: 2\n        impact: 1\n'));
  });

  it('adds a milestone to `milestones: []` as a block list, in the file’s indentation', () => {
    const text = goal(' []   # none yet', 'cadence:\n    review: weekly\nlinks:\n-   id: x\n    url: y\n');
    const after = edited(text, [{ op: 'insert', path: ['milestones'], value: { id: 'first', title: 'First', status: 'planned' } }]);
    assert.equal(after, text.replace('milestones: []   # none yet\n', 'milestones:   # none yet\n-   id: first\n    title: First\n    status: planned\n'));
  });

  it('adds, reorders and removes milestones of a one-line flow list and keeps it one line', () => {
    const text = goal(' [{id: a, title: A}, {id: b, title: B}]   # short list');
    assert.equal(
      edited(text, [{ op: 'insert', path: ['milestones'], value: { id: 'c', title: 'Design, build and ship', status: 'planned' } }]),
      text.replace('{id: b, title: B}]', '{id: b, title: B}, {id: c, title: "Design, build and ship", status: planned}]'),
    );
    assert.equal(edited(text, [{ op: 'insert', path: ['milestones'], index: 0, value: { id: 'z' } }]), text.replace('[{id: a', '[{id: z}, {id: a'));
    assert.equal(edited(text, [{ op: 'move', path: ['milestones'], from: 1, to: 0 }]), text.replace('{id: a, title: A}, {id: b, title: B}', '{id: b, title: B}, {id: a, title: A}'));
    assert.equal(edited(text, [{ op: 'delete', path: ['milestones', 0] }]), text.replace('{id: a, title: A}, ', ''));
    assert.equal(edited(text, [{ op: 'delete', path: ['milestones', 1] }]), text.replace(', {id: b, title: B}', ''));
  });

  it('rates, marks done and describes a milestone written as a flow map', () => {
    const text = goal('\n  - {id: a, title: A, status: active, rubric: {before: {confidence: 2}}}  # flow\n');
    assert.equal(
      edited(text, [{ op: 'set', path: ['milestones', 0, 'rubric', 'after'], value: { confidence: 4, clarity: 3 } }]),
      text.replace('{before: {confidence: 2}}', '{before: {confidence: 2}, after: {confidence: 4, clarity: 3}}'),
    );
    assert.equal(
      edited(text, [
        { op: 'set', path: ['milestones', 0, 'status'], value: 'done' },
        { op: 'set', path: ['milestones', 0, 'completed'], value: '2026-11-22' },
      ]),
      text.replace('status: active, rubric: {before: {confidence: 2}}}', 'status: done, rubric: {before: {confidence: 2}}, completed: 2026-11-22}'),
    );
  });

  it('quotes text with , [ ] { } written into a flow collection, so it reads back (the German quick fix)', () => {
    const text = goal('\n  - {id: first, title: First pairing, status: planned}\n');
    const german = 'Beschreibe, woran man erkennt, dass es fertig ist';
    const after = edited(text, [{ op: 'set', path: ['milestones', 0, 'doneWhen'], value: german }]);
    assert.equal(after, text.replace('status: planned}', `status: planned, doneWhen: "${german}"}`));
    const list = goal(' [a]');
    assert.equal(edited(list, [{ op: 'insert', path: ['milestones'], value: '[draft] {x}' }]), list.replace('[a]', '[a, "[draft] {x}"]'));
  });

  it('removes the last milestone of a block list and leaves `milestones: []`', () => {
    const text = goal('   # the plan\n  - id: only\n    title: Only\n    # its own note\n');
    assert.equal(edited(text, [{ op: 'delete', path: ['milestones', 0] }]), text.replace('milestones:   # the plan\n  - id: only\n    title: Only\n    # its own note\n', 'milestones: []   # the plan\n'));
  });
});

describe('new lines follow the file’s own style', () => {
  it('adds a milestone after the last one’s own indented comment', () => {
    const text = goal('\n  - id: a\n    title: A\n    # still about A\n# about what follows\n');
    const after = edited(text, [{ op: 'insert', path: ['milestones'], value: { id: 'b', title: 'B' } }]);
    assert.equal(after, text.replace('    # still about A\n', '    # still about A\n  - id: b\n    title: B\n'));
  });

  it('adds a top-level key after the comment that belongs to the map before it', () => {
    const text = '---\nkind: profile\nschema: 1\ncadence:\n  review: weekly\n  # checkinWeeks: 5 once I have a mentor\n---\n';
    assert.equal(edited(text, [{ op: 'set', path: ['mentor'], value: 'Priya Nair' }]), text.replace('mentor\n---', 'mentor\nmentor: Priya Nair\n---'));
  });

  it('indents new list items as the list does (`-   id:`)', () => {
    const text = goal('\n-   id: a\n    title: A\n');
    assert.equal(edited(text, [{ op: 'insert', path: ['milestones'], value: { id: 'b', title: 'B', rubric: { before: { confidence: 2 } } } }]), text.replace('    title: A\n', '    title: A\n-   id: b\n    title: B\n    rubric:\n      before:\n        confidence: 2\n'));
  });

  it('ends added lines with the line break most of the file uses', () => {
    const text = '---\r\nkind: goal\r\nschema: 1\ntitle: Mixed\r\nhorizon: short\r\nstatus: active\r\n---\r\n';
    assert.equal(edited(text, [{ op: 'set', path: ['due'], value: '2027-01-31' }]), text.replace('status: active\r\n', 'status: active\r\ndue: 2027-01-31\r\n'));
    const mostlyLf = '---\r\nkind: goal\nschema: 1\ntitle: Mixed\nhorizon: short\nstatus: active\n---\n';
    assert.equal(edited(mostlyLf, [{ op: 'set', path: ['due'], value: '2027-01-31' }]), mostlyLf.replace('status: active\n', 'status: active\ndue: 2027-01-31\n'));
  });
});

describe('words other tools read as booleans', () => {
  for (const word of ['no', 'yes', 'on', 'off', 'y', 'n', 'No', 'YES', 'Off']) {
    it(`writes "${word}" quoted, in the file’s quotes`, () => {
      const review = `---\nkind: review\nschema: 1\ndate: 2026-11-20\nonTrack: partly\n---\n`;
      assert.equal(edited(review, [{ op: 'set', path: ['onTrack'], value: word }]), review.replace('onTrack: partly', `onTrack: "${word}"`));
      const single = review.replace('date: 2026-11-20', "date: '2026-11-20'");
      assert.equal(edited(single, [{ op: 'set', path: ['onTrack'], value: word }]), single.replace('onTrack: partly', `onTrack: '${word}'`));
      assert.equal(edited(review, [{ op: 'set', path: ['note'], value: word }]), review.replace('partly\n', `partly\nnote: "${word}"\n`));
    });
  }

  it('keeps reading the unquoted words a user wrote as text', () => {
    const review = `---\nkind: review\nschema: 1\ndate: 2026-11-20\nonTrack: no\n---\n`;
    const after = edited(review, [{ op: 'set', path: ['date'], value: '2026-11-21' }]);
    assert.match(after, /^onTrack: no$/m);
    assert.equal((parse(findFrontMatter(after)!.yaml) as { onTrack: unknown }).onTrack, 'no');
    assert.ok(readGrowthFile('reviews/2026-11-21.md', after)?.record);
  });
});

describe('what the writer refuses itself, whatever the index said', () => {
  const small = goal('\n  - id: a\n');
  const setStatus: FrontMatterEdit[] = [{ op: 'set', path: ['status'], value: 'done' }];

  it('refuses text decoded from bytes that are not UTF-8', () => {
    assert.match(refusal(small.replace('Body.', 'Caf\uFFFD'), setStatus), /not saved as UTF-8/);
  });

  it('refuses a file over 1 MB counted in bytes, not characters', () => {
    const body = 'é'.repeat(600_000); // 600,000 characters, 1,200,000 bytes
    assert.match(refusal(small.replace('Body.', body), setStatus), /larger than 1024 KB/);
    assert.ok(editFrontMatter(small.replace('Body.', 'e'.repeat(600_000)), setStatus).ok);
  });

  it('refuses a file in a newer format', () => {
    assert.match(refusal(small.replace('schema: 1', 'schema: 2'), setStatus), /format version 2.*newer DevGrowth/);
  });

  it('refuses a file with an alias that names no anchor, in plain words', () => {
    const reason = refusal(small.replace('status: paused', 'status: *nope'), [{ op: 'set', path: ['title'], value: 'New' }]);
    assert.match(reason, /alias \*nope, but no anchor &nope/);
    assert.doesNotMatch(reason, /ReferenceError/);
  });

  it('refuses to change a value an alias copies, in plain words, and edits around it', () => {
    const text = '---\nkind: goal\nschema: 1\ntitle: T\nhorizon: short\nstatus: active\nmeasurable: &m {metric: talks, target: 2}\nstretch: *m\ndue: &d 2027-01-31\nhorizonStart: *d\n---\n';
    for (const edit of [
      { op: 'set', path: ['measurable', 'target'], value: 3 },
      { op: 'set', path: ['due'], value: '2027-02-28' },
      { op: 'delete', path: ['measurable'] },
    ] as FrontMatterEdit[]) {
      const reason = refusal(text, [edit]);
      assert.match(reason, /used elsewhere in the file as \*m|marked &d/);
      assert.doesNotMatch(reason, /Error/);
    }
    assert.equal(edited(text, setStatus), text.replace('status: active', 'status: done'));
    assert.match(refusal(text, [{ op: 'set', path: ['stretch', 'target'], value: 4 }]), /writes it as the alias \*m/);
  });
});

describe('a milestone of one line', () => {
  it('gets a new key under its id, with the comments elsewhere kept', () => {
    const text = goal('\n  - id: a   # just an id so far\n  - id: b\n');
    assert.equal(edited(text, [{ op: 'set', path: ['milestones', 0, 'status'], value: 'done' }]), text.replace('  - id: a   # just an id so far\n', '  - id: a   # just an id so far\n    status: done\n'));
  });
});
