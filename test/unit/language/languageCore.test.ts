import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { completionsAt } from '../../../src/core/language/completion';
import { filesNaming, idOccurrences, occurrenceAt } from '../../../src/core/language/idLinks';
import { hoverAt } from '../../../src/core/language/hover';
import { frontMatterJsonSchemaFiles } from '../../../src/core/language/jsonSchema';
import { keyDoc } from '../../../src/core/language/keyDocs';
import { documentSymbols, goalLenses } from '../../../src/core/language/outline';
import { planRename } from '../../../src/core/language/rename';
import { schemaPathText, schemaShape, type FieldShape } from '../../../src/core/language/schemaFields';
import { FILE_KINDS } from '../../../src/core/schema';
import { ASSESSMENT_TYPES } from '../../../src/core/vocabulary';
import { indexPlan } from '../growthPlan';

const architect = `---
kind: goal
schema: 1
title: Become the payments architect
horizon: long
status: active
due: 2028-06-30
---
`;
const talk = `---
kind: goal
schema: 1
title: Give a 20-minute talk on payments
horizon: short
status: active
parent: payments-architect   # the long-term goal
due: 2027-02-26
milestones:
  - id: outline
    title: Outline the talk
    status: done
  - id: slides
    title: "Write the slides"
    status: active
    due: 2027-02-01
---
# Notes
`;
const card = `---
kind: card
schema: 1
title: Slides
goal: talk
milestone: 'slides'
---
`;
const evidence = `---\nkind: evidence\nschema: 1\ndate: 2026-11-20\ntitle: Dry run\ngoal: talk\nmilestone: outline\n---\n`;
const review = `---\nkind: review\nschema: 1\ndate: 2026-11-28\nonTrack: yes\ngoals:\n  - goal: talk\n    movedForward: true\n  - goal: payments-architect\n    movedForward: false\n---\n`;
const files: [string, string][] = [
  ['goals/payments-architect.md', architect],
  ['goals/talk.md', talk],
  ['cards/slides.md', card],
  ['evidence/2026-11-20-dry-run.md', evidence],
  ['reviews/2026-11-28.md', review],
];
const index = indexPlan(files);
const texts = new Map(files);
const today = '2026-12-01';

/** The document with `|` removed, and the offset where it stood. */
function cursor(document: string): [string, number] {
  const offset = document.indexOf('|');
  return [document.slice(0, offset) + document.slice(offset + 1), offset];
}
const labelsAt = (document: string) => completionsAt(...cursor(document), { index, today }).map((item) => item.label);

describe('editing growth files: completion', () => {
  it('offers the keys a goal may still have, required ones first, each with its meaning', () => {
    const [text, offset] = cursor('---\nkind: goal\nschema: 1\ntitle: A\n|\n---\n');
    const items = completionsAt(text, offset, { index, today });
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('horizon') && labels.includes('milestones') && labels.includes('successMarker'));
    assert.ok(
      !labels.includes('title') && !labels.includes('kind') && !labels.includes('schema'),
      'keys already written are not offered again',
    );
    const horizon = items.find((item) => item.label === 'horizon')!;
    assert.equal(horizon.documentation, 'Long term (one to five years) or short term (weeks to months).');
    assert.equal(horizon.insertText, 'horizon: ${1|long,short|}');
    assert.equal(horizon.detail, 'required');
  });

  it('offers the keys of a milestone inside the milestones list', () => {
    const labels = labelsAt('---\nkind: goal\nmilestones:\n  - id: a\n    |\n---\n');
    assert.deepEqual(labels.sort(), ['completed', 'doneWhen', 'due', 'rubric', 'status', 'suggestion', 'title'].sort());
  });

  it('offers the values of every vocabulary', () => {
    assert.deepEqual(labelsAt('---\nkind: goal\nstatus: |\n---\n'), ['draft', 'active', 'paused', 'done', 'dropped']);
    assert.deepEqual(labelsAt('---\nkind: goal\nmilestones:\n  - id: a\n    status: |\n---\n'), ['planned', 'active', 'done', 'dropped']);
    assert.deepEqual(labelsAt('---\nkind: assessment\ntype: rut\nscenarios: [|]\n---\n').length, 5);
    assert.ok(labelsAt('---\nkind: assessment\ntype: stage\nfailureModes:\n  - |\n---\n').includes('brilliant-jerk'));
    assert.deepEqual(labelsAt('---\nkind: break\ncommitted: |\n---\n'), ['true', 'false']);
  });

  it('names each value in words beside it', () => {
    const [text, offset] = cursor('---\nkind: goal\npillar: |\n---\n');
    const items = completionsAt(text, offset, { index, today });
    assert.ok(items.every((item) => item.detail && item.detail.length > 0));
  });

  it('offers the long-term goals, with their titles, for a parent', () => {
    const [text, offset] = cursor('---\nkind: goal\nid: new\nhorizon: short\nparent: |\n---\n');
    const items = completionsAt(text, offset, { index, today });
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]),
      [['payments-architect', 'Become the payments architect']],
    );
  });

  it('offers every goal for a card, and the milestones of the goal it names', () => {
    assert.deepEqual(labelsAt('---\nkind: card\ngoal: |\n---\n'), ['payments-architect', 'talk']);
    assert.deepEqual(labelsAt('---\nkind: evidence\ngoal: talk\nmilestone: |\n---\n'), ['outline', 'slides']);
    assert.deepEqual(labelsAt('---\nkind: review\ngoals:\n  - goal: |\n---\n'), ['payments-architect', 'talk']);
  });

  it("offers today and the end of the 90-day horizon for a date, and the goal's due date for a milestone", () => {
    assert.deepEqual(labelsAt('---\nkind: goal\ndue: |\n---\n'), ['2026-12-01', '2027-02-28']);
    assert.deepEqual(labelsAt('---\nkind: goal\ndue: 2027-01-31\nhorizonStart: 2026-11-01\nmilestones:\n  - id: a\n    due: |\n---\n'), [
      '2026-12-01',
      '2027-01-29',
      '2027-01-31',
    ]);
  });

  it('replaces what has been typed of the word, and the rest of it', () => {
    const [text, offset] = cursor('---\nkind: goal\nstatus: ac|tiv\n---\n');
    const item = completionsAt(text, offset, { index, today })[0]!;
    assert.equal(text.slice(item.replace.start, item.replace.end), 'activ');
  });

  it('offers a whole milestone after a new dash, and a whole goal in an empty file', () => {
    const [text, offset] = cursor('---\nkind: goal\nmilestones:\n  - id: a\n    title: A\n  - |\n---\n');
    const milestone = completionsAt(text, offset, { index, today }).find((item) => item.kind === 'snippet')!;
    // The editor repeats the line's own two spaces on each later line; the snippet adds the dash's width.
    assert.match(milestone.insertText, /^id: \$\{1:first-step\}\n {2}title: /);
    assert.ok(labelsAt('---\n|\n---\n').includes('New goal'));
    assert.ok(labelsAt('---\n|').includes('kind'));
  });

  it('offers nothing outside the front matter or in a plain note', () => {
    assert.deepEqual(labelsAt('---\nkind: goal\n---\nstatus: |\n'), []);
    assert.deepEqual(labelsAt('# A note\nstatus: |\n'), []);
  });
});

describe('editing growth files: ids', () => {
  it('finds every id a file defines or names, at its exact place, inside quotes', () => {
    const found = idOccurrences('goals/talk.md', talk).map((occurrence) => [
      talk.slice(occurrence.start, occurrence.end),
      occurrence.role,
      occurrence.target.type,
    ]);
    assert.deepEqual(found, [
      ['payments-architect', 'reference', 'goal'],
      ['outline', 'definition', 'milestone'],
      ['slides', 'definition', 'milestone'],
    ]);
    const inCard = idOccurrences('cards/slides.md', card).map((occurrence) => card.slice(occurrence.start, occurrence.end));
    assert.deepEqual(inCard, ['talk', 'slides']);
  });

  it('knows which files name a goal or a milestone, from the index', () => {
    assert.deepEqual(filesNaming(index, { type: 'goal', goalId: 'talk' }).sort(), [
      'cards/slides.md',
      'evidence/2026-11-20-dry-run.md',
      'goals/talk.md',
      'reviews/2026-11-28.md',
    ]);
    assert.deepEqual(filesNaming(index, { type: 'milestone', goalId: 'talk', milestoneId: 'slides' }).sort(), [
      'cards/slides.md',
      'goals/talk.md',
    ]);
    assert.deepEqual(filesNaming(index, { type: 'goal', goalId: 'payments-architect' }).sort(), [
      'goals/payments-architect.md',
      'goals/talk.md',
      'reviews/2026-11-28.md',
    ]);
  });

  it('renames a goal named by its file everywhere, and renames the file', () => {
    const plan = planRename(index, { type: 'goal', goalId: 'talk' }, 'payments-talk', texts);
    assert.ok('edits' in plan);
    assert.deepEqual(plan.renameFile, { from: 'goals/talk.md', to: 'goals/payments-talk.md' });
    const edited = applyEdits(plan.edits);
    assert.equal(edited.get('cards/slides.md'), card.replace('goal: talk', 'goal: payments-talk'));
    assert.equal(edited.get('reviews/2026-11-28.md'), review.replace('- goal: talk', '- goal: payments-talk'));
    assert.equal(edited.get('evidence/2026-11-20-dry-run.md'), evidence.replace('goal: talk', 'goal: payments-talk'));
    assert.equal(edited.has('goals/talk.md'), false, 'the goal file itself has no id key to change');
  });

  it('renames a milestone in its goal and in what names it, keeping quotes and comments', () => {
    const plan = planRename(index, { type: 'milestone', goalId: 'talk', milestoneId: 'slides' }, 'deck', texts);
    assert.ok('edits' in plan && !plan.renameFile);
    const edited = applyEdits(plan.edits);
    assert.equal(edited.get('goals/talk.md'), talk.replace('- id: slides', '- id: deck'));
    assert.equal(edited.get('cards/slides.md'), card.replace("milestone: 'slides'", "milestone: 'deck'"));
    assert.equal(edited.has('evidence/2026-11-20-dry-run.md'), false, 'evidence of another milestone is untouched');
  });

  it('renames the parent link but keeps its comment', () => {
    const plan = planRename(index, { type: 'goal', goalId: 'payments-architect' }, 'architect', texts);
    assert.ok('edits' in plan);
    assert.equal(
      applyEdits(plan.edits).get('goals/talk.md'),
      talk.replace('parent: payments-architect   # the long-term goal', 'parent: architect   # the long-term goal'),
    );
  });

  it('refuses a rename onto an existing id, or to something that is not an id', () => {
    assert.deepEqual(planRename(index, { type: 'goal', goalId: 'talk' }, 'payments-architect', texts), {
      refused: 'Another goal already has the id "payments-architect". Pick an id no goal has.',
    });
    assert.deepEqual(planRename(index, { type: 'milestone', goalId: 'talk', milestoneId: 'slides' }, 'outline', texts), {
      refused: 'This goal already has a milestone "outline". Pick an id no milestone of the goal has.',
    });
    assert.ok('refused' in planRename(index, { type: 'goal', goalId: 'talk' }, 'Payments Talk', texts));
  });

  function applyEdits(edits: readonly { path: string; start: number; end: number; newText: string }[]): Map<string, string> {
    const result = new Map<string, string>();
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
      const text = result.get(edit.path) ?? texts.get(edit.path)!;
      result.set(edit.path, text.slice(0, edit.start) + edit.newText + text.slice(edit.end));
    }
    return result;
  }
});

describe('editing growth files: hover, outline and CodeLens', () => {
  it('shows the goal an id names, with its status and progress', () => {
    const offset = card.indexOf('talk');
    assert.equal(
      hoverAt('cards/slides.md', card, offset, index)?.markdown,
      '**Give a 20\\-minute talk on payments**\n\nactive · 1 of 2 milestones done · due 2027-02-26',
    );
    const milestone = hoverAt('cards/slides.md', card, card.indexOf('slides') + 1, index)?.markdown;
    assert.match(
      milestone ?? '',
      /^\*\*Write the slides\*\*\n\nactive · due 2027-02-01\n\nA milestone of "Give a 20\\-minute talk on payments"$/,
    );
  });

  it('shows what a key means and the values it allows', () => {
    const hover = hoverAt('goals/talk.md', talk, talk.indexOf('status'), index);
    assert.match(hover?.markdown ?? '', /^\*\*status\*\*: Where the goal stands/);
    assert.match(hover?.markdown ?? '', /- `paused`\n/);
    assert.equal(talk.slice(hover!.span.start, hover!.span.end), 'status');
  });

  it('says that a link names a goal by its id or by its file name', () => {
    const child = '---\nkind: goal\ntitle: Slides\nhorizon: short\nparent: Staff Engineer\n---\n';
    const hover = hoverAt('goals/slides.md', child, child.indexOf('parent'), index);
    assert.match(hover?.markdown ?? '', /^\*\*parent\*\*: /);
    assert.match(hover?.markdown ?? '', /The id of a goal: its `id`, or its file name without `\.md`\.$/);
  });

  it("escapes the user's text in a hover", () => {
    const plan = indexPlan([['goals/x.md', '---\nkind: goal\ntitle: "[click](command:devgrowth.break.start) <b>"\nhorizon: long\n---\n']]);
    const markdown = hoverAt('cards/c.md', '---\nkind: card\ngoal: x\n---\n', 24, plan)?.markdown ?? '';
    assert.ok(!markdown.includes('](') && !markdown.includes('<b>'), markdown);
  });

  it('outlines a goal with its milestones by title', () => {
    const symbols = documentSymbols(talk);
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.children.map((child) => [child.name, child.detail])]),
      [
        [
          'Give a 20-minute talk on payments',
          [
            ['Outline the talk', 'done'],
            ['Write the slides', 'active'],
          ],
        ],
      ],
    );
    assert.equal(talk.slice(symbols[0]!.children[1]!.selection.start, symbols[0]!.children[1]!.selection.end), 'title');
  });

  it('puts progress and actions above the milestones', () => {
    const lenses = goalLenses(talk).map((lens) => [talk.slice(lens.offset, lens.offset + 12), lens.title]);
    assert.deepEqual(lenses, [
      ['milestones:\n', '1 of 2 milestones done'],
      ['milestones:\n', 'Add Milestone'],
      ['id: outline\n', 'done'],
      ['id: outline\n', 'Mark Not Done'],
      ['id: outline\n', 'Rate'],
      ['id: slides\n ', 'active · due 2027-02-01'],
      ['id: slides\n ', 'Mark Done'],
      ['id: slides\n ', 'Rate'],
    ]);
    assert.deepEqual(goalLenses(card), []);
  });

  it('offers Update Progress above what a goal measures, with or without milestones', () => {
    const measured = '---\nkind: goal\nid: faster-refunds\nmeasurable:\n  metric: hours to refund\n  target: 4\n---\n';
    assert.deepEqual(
      goalLenses(measured).map((lens) => [measured.slice(lens.offset, lens.offset + 11), lens.title, lens.action]),
      [['measurable:', 'Update Progress', 'updateProgress']],
    );
    const withMilestones = `${measured.slice(0, -4)}milestones:\n  - id: batch\n    title: Batch the refunds\n---\n`;
    assert.deepEqual(
      goalLenses(withMilestones).map((lens) => lens.title),
      ['Update Progress', '0 of 1 milestones done', 'Add Milestone', 'planned', 'Mark Done', 'Rate'],
    );
  });

  it('finds the id under the cursor at either end of it', () => {
    const occurrences = idOccurrences('cards/slides.md', card);
    assert.equal(occurrenceAt(occurrences, card.indexOf('talk'))?.target.type, 'goal');
    assert.equal(occurrenceAt(occurrences, card.indexOf('talk') + 4)?.target.type, 'goal');
    assert.equal(occurrenceAt(occurrences, card.indexOf('title')), undefined);
  });
});

describe('editing growth files: the schema behind it', () => {
  /** Every key path of a shape, as `milestones[].status`. */
  function keyPaths(shape: FieldShape, prefix: (string | number)[] = []): string[] {
    if (shape.type === 'map')
      return [...shape.keys].flatMap(([key, field]) => [schemaPathText([...prefix, key]), ...keyPaths(field.shape, [...prefix, key])]);
    if (shape.type === 'list') return keyPaths(shape.item, [...prefix, 0]);
    return [];
  }

  it('has a meaning for every key of every kind', () => {
    const missing: string[] = [];
    for (const kind of FILE_KINDS) {
      const shapes = kind === 'assessment' ? ASSESSMENT_TYPES.map((type) => schemaShape(kind, type)) : [schemaShape(kind)];
      for (const shape of shapes) for (const key of keyPaths(shape)) if (!keyDoc(kind, key)) missing.push(`${kind}: ${key}`);
    }
    assert.deepEqual([...new Set(missing)], []);
  });

  it('publishes a JSON Schema of every kind that matches the zod schemas', () => {
    const folder = path.resolve(__dirname, '../../../media/schemas');
    for (const [name, text] of frontMatterJsonSchemaFiles()) {
      assert.equal(
        fs.readFileSync(path.join(folder, name), 'utf8'),
        text,
        `media/schemas/${name} is out of step with the schema: run npm run schemas`,
      );
    }
  });

  it('describes dates, vocabularies and required keys in the JSON Schema', () => {
    const goal = JSON.parse(frontMatterJsonSchemaFiles().get('goal.schema.json')!) as {
      properties: Record<string, { format?: string; enum?: string[] }>;
      required: string[];
    };
    assert.equal(goal.properties.due?.format, 'date');
    assert.deepEqual(goal.properties.horizon?.enum, ['long', 'short']);
    assert.ok(goal.required.includes('title') && !goal.required.includes('status'));
  });
});
