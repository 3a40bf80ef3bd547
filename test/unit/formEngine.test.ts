import * as assert from 'node:assert/strict';
import * as z from 'zod';
import { describeForm, fieldsOf, isRequired, submitForm, validateForm } from '../../src/core/forms/engine';
import { conditionHolds, visibleOptions, type ChoiceField, type FormValues } from '../../src/core/forms/field';
import { defineForm, FORM_IDS, type FormContext, type FormDefinition } from '../../src/core/forms/form';
import { FORMS, formById } from '../../src/core/forms';
import { GrowthIndex } from '../../src/core/growthIndex';
import { readGrowthFile } from '../../src/core/reader';
import { SCHEMA_VERSION } from '../../src/core/schema';

const goal = `---
kind: goal
schema: 1
title: Ship the refunds redesign by 31 December
horizon: short
status: active
due: 2026-12-31
milestones:
  - id: design
    title: Design approved
    status: done
    rubric:
      before: {confidence: 2, competence: 2, impact: 1, clarity: 2}
  - id: rollout
    title: Roll out everywhere
    status: planned
---
`;

function context(target?: FormContext['target']): FormContext {
  const plan = new GrowthIndex();
  plan.set('goals/refunds.md', goal);
  return { today: '2026-11-22', plan, checkinWeeks: 5, reviewCadence: 'biweekly', target };
}

/** A small form over a made-up schema, to test the engine apart from the real forms. */
const sample = defineForm({
  id: 'review',
  title: () => 'Sample',
  summary: () => 'A sample',
  intro: () => 'For the engine tests.',
  schema: z.object({
    mood: z.enum(['good', 'bad']),
    why: z.string().optional(),
    tags: z.array(z.string()).optional(),
    level: z.object({ now: z.number().int().min(1).max(5), wanted: z.number().int().min(1).max(5).optional() }),
    rows: z.array(z.object({ name: z.string(), score: z.number(), ref: z.string() })).min(1),
  }),
  fields: () => [
    {
      kind: 'choice',
      name: 'mood',
      label: 'Mood',
      options: [
        { value: 'good', label: 'Good' },
        { value: 'bad', label: 'Bad' },
      ],
    },
    { kind: 'long-text', name: 'why', label: 'Why', showWhen: { field: 'mood', is: ['bad'] } },
    { kind: 'text-list', name: 'tags', label: 'Tags', itemLabel: 'Tag' },
    { kind: 'rating', name: 'level.now', label: 'Now', low: 'low', high: 'high' },
    { kind: 'rating', name: 'level.wanted', label: 'Wanted', low: 'low', high: 'high' },
    {
      kind: 'records',
      name: 'rows',
      label: 'Rows',
      itemLabel: 'Row',
      emptyMessage: 'Add at least one row.',
      fields: [
        { kind: 'text', name: 'name', label: 'Name' },
        { kind: 'rating', name: 'score', label: 'Score', low: 'low', high: 'high' },
      ],
      fixedRows: [
        { label: 'First', values: { ref: 'a' } },
        { label: 'Second', values: { ref: 'b' } },
        { label: 'Third', values: { ref: 'c' } },
      ],
    },
  ],
  output: (data) => ({
    create: {
      folder: 'reviews',
      name: '2026-11-22',
      data: { kind: 'review', schema: SCHEMA_VERSION, date: '2026-11-22', onTrack: data.mood === 'good' ? 'yes' : 'no' },
    },
    edits: [],
  }),
});

const good: FormValues = { mood: 'good', 'level.now': 3, rows: [{ name: 'x', score: 2 }, {}, {}] };

describe('form engine', () => {
  describe('describing a form', () => {
    it('marks each field required or optional from the schema, rows too', () => {
      const fields = fieldsOf(sample, context());
      assert.deepEqual(
        fields.map((field) => [field.name, field.required]),
        [
          ['mood', true],
          ['why', false],
          ['tags', false],
          ['level.now', true],
          ['level.wanted', false],
          ['rows', true],
        ],
      );
      const rows = fields[5];
      assert.ok(rows?.kind === 'records');
      assert.deepEqual(
        rows.fields.map((field) => field.required),
        [true, true],
      );
    });

    it('refuses a field the schema does not have', () => {
      assert.throws(() => isRequired(sample.schema, ['nope']), /no "nope"/);
    });

    it('says why a form cannot open when its milestone is gone', () => {
      const result = describeForm(formById('rubric'), context({ goalId: 'refunds', milestoneId: 'gone' }));
      assert.deepEqual(result, { unavailable: 'That milestone is no longer in the plan.' });
    });

    it('leaves out initial values the plan does not have', () => {
      const result = describeForm(formById('promotion'), context());
      assert.ok('description' in result);
      assert.deepEqual(result.description.initial, {});
    });

    it('describes every form for a plan, with unique field names', () => {
      for (const form of FORMS) {
        const result = describeForm(form, context({ goalId: 'refunds', milestoneId: 'rollout' }));
        assert.ok('description' in result, form.id);
        const names = result.description.fields.map((field) => field.name);
        assert.equal(new Set(names).size, names.length, form.id);
        assert.ok(result.description.intro.length > 20, form.id);
      }
      assert.deepEqual([...FORMS.map((form) => form.id)].sort(), [...FORM_IDS].sort());
    });
  });

  describe('validating', () => {
    it('accepts good values and returns the data nested as the schema has it', () => {
      const result = validateForm(sample, context(), good);
      assert.ok(result.ok);
      assert.deepEqual(result.data, { mood: 'good', level: { now: 3 }, rows: [{ name: 'x', score: 2, ref: 'a' }] });
    });

    it('says in words what is missing, by kind of field, and lists the labels in form order', () => {
      const result = validateForm(sample, context(), {});
      assert.ok(!result.ok);
      assert.deepEqual(result.errors.fields, {
        mood: 'Choose one of the options.',
        'level.now': 'Choose a rating from 1 to 5.',
        rows: 'Add at least one row.',
      });
      assert.deepEqual(result.errors.missing, ['Mood', 'Now', 'Rows']);
    });

    it('reports a wrong value with the schema’s message as a sentence', () => {
      const result = validateForm(sample, context(), { ...good, 'level.now': 9 });
      assert.ok(!result.ok);
      assert.deepEqual(result.errors.fields, { 'level.now': 'Too big: expected number to be <=5.' });
    });

    it('trims text and drops blanks, blank list items and blank rows', () => {
      const result = validateForm(sample, context(), { ...good, tags: ['  a ', '', '   '], rows: [{}, { name: ' y ', score: '4' }, {}] });
      assert.ok(result.ok);
      assert.deepEqual(result.data.tags, ['a']);
      assert.deepEqual(result.data.rows, [{ name: 'y', score: 4, ref: 'b' }]);
    });

    it('keeps the plan’s own values in fixed rows, whatever the webview sends', () => {
      const result = validateForm(sample, context(), { ...good, rows: [{ name: 'x', score: 1, ref: 'forged' }] });
      assert.ok(result.ok);
      assert.deepEqual(result.data.rows, [{ name: 'x', score: 1, ref: 'a' }]);
    });

    it('names a row’s field by the row the user sees, even after blank rows are dropped', () => {
      const result = validateForm(sample, context(), { ...good, rows: [{}, {}, { name: 'z' }] });
      assert.ok(!result.ok);
      assert.deepEqual(result.errors.fields, { 'rows.2.score': 'Choose a rating from 1 to 5.' });
      assert.deepEqual(result.errors.missing, ['Third: Score']);
    });

    it('ignores a hidden field', () => {
      const result = validateForm(sample, context(), { ...good, why: 'left over from before' });
      assert.ok(result.ok);
      assert.equal(result.data.why, undefined);
    });

    it('takes a shown field into account', () => {
      const result = validateForm(sample, context(), { ...good, mood: 'bad', why: ' tired ' });
      assert.ok(result.ok);
      assert.equal(result.data.why, 'tired');
    });
  });

  describe('submitting', () => {
    it('names the new file and renders it as a valid growth file', () => {
      const result = submitForm(sample, context(), good, () => false);
      assert.ok(result.ok);
      assert.equal(result.data.create.path, 'reviews/2026-11-22.md');
      const parsed = readGrowthFile(result.data.create.path, result.data.create.text);
      assert.deepEqual(parsed?.problems, []);
      assert.equal(parsed?.record?.kind, 'review');
    });

    it('never reuses a file name that is taken', () => {
      const taken = new Set(['reviews/2026-11-22.md', 'reviews/2026-11-22-2.md']);
      const result = submitForm(sample, context(), good, (path) => taken.has(path));
      assert.ok(result.ok);
      assert.equal(result.data.create.path, 'reviews/2026-11-22-3.md');
    });

    it('writes nothing for invalid values', () => {
      const result = submitForm(sample, context(), {}, () => false);
      assert.equal(result.ok, false);
    });

    it('refuses to write a file its kind’s schema rejects: a defect in the form, not the input', () => {
      const broken: FormDefinition = {
        ...sample,
        output: () => ({ create: { folder: 'reviews', name: 'x', data: { kind: 'review', date: 'soon' } }, edits: [] }),
      };
      assert.throws(() => submitForm(broken, context(), good, () => false), /invalid review: date/);
    });
  });

  describe('conditions', () => {
    it('hold for an equal value, or a list that contains one of the values', () => {
      const condition = { field: 'picked', is: ['a', 'b'] };
      assert.equal(conditionHolds(condition, { picked: 'a' }), true);
      assert.equal(conditionHolds(condition, { picked: 'c' }), false);
      assert.equal(conditionHolds(condition, { picked: ['c', 'b'] }), true);
      assert.equal(conditionHolds(condition, { picked: [] }), false);
      assert.equal(conditionHolds(condition, {}), false);
      assert.equal(conditionHolds({ field: 'flag', is: [true] }, { flag: true }), true);
      assert.equal(conditionHolds(undefined, {}), true);
    });

    it('show only the options whose condition holds', () => {
      const field: ChoiceField = {
        kind: 'multi-choice',
        name: 'x',
        label: 'X',
        options: [
          { value: 'always', label: 'Always' },
          { value: 'sometimes', label: 'Sometimes', showWhen: { field: 'y', is: ['on'] } },
        ],
      };
      assert.deepEqual(
        visibleOptions(field, {}).map((option) => option.value),
        ['always'],
      );
      assert.deepEqual(
        visibleOptions(field, { y: 'on' }).map((option) => option.value),
        ['always', 'sometimes'],
      );
    });
  });
});
