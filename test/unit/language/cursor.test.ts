import * as assert from 'node:assert/strict';
import { cursorPlace } from '../../../src/core/language/cursor';

/** The place at the `|` of a document. */
function at(document: string) {
  const offset = document.indexOf('|');
  return cursorPlace(document.slice(0, offset) + document.slice(offset + 1), offset);
}

const goal = (body: string) => `---\nkind: goal\nschema: 1\n${body}\n---\n# Notes\n`;

describe('where the cursor stands in front matter', () => {
  it('is a top-level key being typed', () => {
    assert.deepEqual(at(goal('stat|')), { kind: 'key', container: [], typed: 'stat', start: 25 });
  });

  it('is the value of a top-level key', () => {
    const place = at(goal('status: ac|'));
    assert.equal(place?.kind, 'value');
    assert.deepEqual(place?.kind === 'value' && [place.path, place.typed], [['status'], 'ac']);
  });

  it('is a key of a milestone, on a line of its own', () => {
    const place = at(goal('milestones:\n  - id: a\n    title: A\n  - id: b\n    sta|'));
    assert.deepEqual(place?.kind === 'key' && [place.container, place.typed], [['milestones', 1], 'sta']);
  });

  it('is a key of a milestone written at its key\'s own column', () => {
    const place = at(goal('milestones:\n- id: a\n  title: A\n- id: b\n  |'));
    assert.deepEqual(place?.kind === 'key' && place.container, ['milestones', 1]);
  });

  it('is the value of a milestone\'s key', () => {
    const place = at(goal('milestones:\n  - id: a\n    status: |'));
    assert.deepEqual(place?.kind === 'value' && place.path, ['milestones', 0, 'status']);
  });

  it('is the first key of a new list item', () => {
    const place = at(goal('milestones:\n  - id: a\n  - st|'));
    assert.deepEqual(place?.kind === 'value' && [place.path, place.typed], [['milestones', 1], 'st']);
  });

  it('is a nested key after a nested map', () => {
    const place = at(goal('measurable:\n  metric: talks\n  tar|\ndue: 2027-01-01'));
    assert.deepEqual(place?.kind === 'key' && place.container, ['measurable']);
  });

  it('is back at the top after a nested map ends', () => {
    const place = at(goal('measurable:\n  metric: talks\n|'));
    assert.deepEqual(place?.kind === 'key' && place.container, []);
  });

  it('is an item of a one-line flow list', () => {
    const place = at('---\nkind: assessment\ntype: rut\nscenarios: [not-challenged, not-rec|]\n---\n');
    assert.deepEqual(place?.kind === 'value' && [place.path, place.typed, place.inFlowList], [['scenarios', 1], 'not-rec', true]);
  });

  it('is an item of a block list of values', () => {
    const place = at('---\nkind: assessment\ntype: rut\nscenarios:\n  - not-challenged\n  - |\n---\n');
    assert.deepEqual(place?.kind === 'value' && place.path, ['scenarios', 1]);
  });

  it('is the value of a key in a list item of a review', () => {
    const place = at('---\nkind: review\ngoals:\n  - goal: talk\n    movedForward: true\n  - goal: sp|\n---\n');
    assert.deepEqual(place?.kind === 'value' && [place.path, place.typed], [['goals', 1, 'goal'], 'sp']);
  });

  it('skips quotes when typing a quoted value', () => {
    const place = at(goal('parent: "pay|"'));
    assert.deepEqual(place?.kind === 'value' && place.typed, 'pay');
  });

  it('is in front matter that has not been closed yet', () => {
    assert.deepEqual(at('---\nkind: goal\nho|')?.kind, 'key');
  });

  it('is nowhere in the Markdown body, in a comment or in a file without front matter', () => {
    assert.equal(at(goal('title: A') + 'more |text'), undefined);
    assert.equal(at(goal('title: A # a comm|ent')), undefined);
    assert.equal(at('# Just notes |here\n'), undefined);
  });

  it('reads CRLF files the same', () => {
    const place = at('---\r\nkind: goal\r\nmilestones:\r\n  - id: a\r\n    status: |\r\n---\r\n');
    assert.deepEqual(place?.kind === 'value' && place.path, ['milestones', 0, 'status']);
  });
});
