import * as assert from 'node:assert/strict';
import path from 'node:path';
import { fieldMessage, submitForm, validateForm } from '../../src/core/forms/engine';
import type { FormValues } from '../../src/core/forms/field';
import type { FormContext } from '../../src/core/forms/form';
import { goalForm, newGoalPrefillSchema, newGoalRecord, prefillValues, GOAL_TITLE_MAX } from '../../src/core/forms/goal';
import { indexPlan, readFolder } from './growthPlan';

const TODAY = '2026-11-22';
const demo = readFolder(path.join(__dirname, '..', '..', 'demo', 'growth'));
const context = (files: Iterable<readonly [string, string]> = demo): FormContext => ({
  today: TODAY,
  plan: indexPlan(files),
  checkinWeeks: 5,
  reviewCadence: 'biweekly',
});

const good: FormValues = {
  horizon: 'short',
  title: 'Give two talks on payments by 31 January',
  'measurable.metric': 'talks given',
  'measurable.target': '2',
  parent: 'payments-architect',
  due: '2027-01-31',
  hoursPerWeek: '3',
  pillar: 'influence',
  successMarker: 'recognition',
  rut: 'not-recognised',
  'stretch.target': '3 talks',
};

function refused(values: FormValues, ctx = context()): Readonly<Record<string, string>> {
  const result = validateForm(goalForm, ctx, values);
  assert.ok(!result.ok, `should refuse ${JSON.stringify(values)}`);
  return result.errors.fields;
}

describe('New Goal, as one form for the palette and the webview', () => {
  it('builds a typed goal record with every key a S.M.A.R.T. goal needs', () => {
    const result = validateForm(goalForm, context(), good);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepEqual(newGoalRecord(result.data as never, TODAY), {
      kind: 'goal',
      schema: 1,
      title: 'Give two talks on payments by 31 January',
      horizon: 'short',
      status: 'active',
      parent: 'payments-architect',
      pillar: 'influence',
      successMarker: 'recognition',
      measurable: { metric: 'talks given', target: '2' },
      start: TODAY,
      due: '2027-01-31',
      hoursPerWeek: 3,
      stretch: { target: '3 talks' },
      rut: 'not-recognised',
    });
  });

  it('writes a goal that no check of DevGrowth flags, short-term and long-term', () => {
    const long: FormValues = {
      ...good,
      horizon: 'long',
      title: 'Lead the platform team by 2029',
      due: '2028-06-30',
      'stretch.target': '',
      'stretch.due': '2028-01-31',
      rut: '',
    };
    for (const values of [good, long]) {
      const submitted = submitForm(goalForm, context(), values, () => false);
      assert.ok(submitted.ok, JSON.stringify(!submitted.ok && submitted.errors));
      const plan = indexPlan([...demo, [submitted.data.create.path, submitted.data.create.text]]);
      assert.deepEqual(plan.problems(submitted.data.create.path, TODAY), [], submitted.data.create.path);
    }
  });

  it('asks for the success marker, the pillar and the hours beside the day job', () => {
    const errors = refused({ ...good, successMarker: '', pillar: '', hoursPerWeek: '' });
    assert.deepEqual(Object.keys(errors).sort(), ['hoursPerWeek', 'pillar', 'successMarker']);
    assert.match(refused({ ...good, hoursPerWeek: 'lots' }).hoursPerWeek!, /number of hours/);
  });

  it('refuses what the checks would flag later: a date out of the horizon, after the long-term goal, a stretch that is no stretch', () => {
    assert.match(refused({ ...good, due: '2026-11-01' }).due!, /has passed/);
    assert.match(refused({ ...good, due: '2028-01-31' }).due!, /weeks to months/);
    assert.match(refused({ ...good, horizon: 'long', due: '2027-03-01' }).due!, /year or more/);
    assert.match(refused({ ...good, horizon: 'long', due: '2033-03-01' }).due!, /one to five years/);
    assert.match(refused({ ...good, 'stretch.target': ' 2 ' })['stretch.target']!, /target itself/);
    assert.match(refused({ ...good, 'stretch.due': '2027-02-28' })['stretch.due']!, /before the due date/);
    assert.match(refused({ ...good, parent: '' }).parent!, /long-term goal/);
  });

  it('builds towards a long-term goal known by its file name, capitals and spaces and all', () => {
    const files = demo.map(([file, text]): [string, string] =>
      file.endsWith('goals/payments-architect.md') ? [file.replace('payments-architect', 'Payments Architect'), text] : [file, text],
    );
    const submitted = submitForm(goalForm, context(files), { ...good, parent: 'Payments Architect' }, () => false);
    assert.ok(submitted.ok, JSON.stringify(!submitted.ok && submitted.errors));
    assert.match(submitted.data.create.text, /\nparent: Payments Architect\n/);
  });

  it('says when the name is taken instead of writing a second file with -2', () => {
    const taken = context().plan.goals()[0]!.data.title;
    assert.match(refused({ ...good, title: taken }).title!, /already/);
  });

  it('caps the title, and needs a long-term goal before a short-term one', () => {
    assert.match(refused({ ...good, title: 'x'.repeat(GOAL_TITLE_MAX + 1) }).title!, new RegExp(String(GOAL_TITLE_MAX)));
    assert.ok(validateForm(goalForm, context(), { ...good, title: 'x'.repeat(GOAL_TITLE_MAX) }).ok);
    const empty = context(demo.filter(([file]) => !file.startsWith('goals/')));
    assert.match(refused(good, empty).horizon!, /long-term first/);
  });

  it('warns about vague wording and more hours than fit, without refusing', () => {
    const warnings = goalForm.warnings!({ ...good, title: 'Get better at testing', hoursPerWeek: '15' }, context());
    assert.match(warnings.title!, /vague/);
    assert.match(warnings.hoursPerWeek!, /15 hours/);
    assert.deepEqual(goalForm.warnings!(good, context()), {});
  });

  it('takes a prefill in the shape other features pass, and refuses unknown keys', () => {
    const prefill = newGoalPrefillSchema.parse({
      title: 'Give a brown-bag talk',
      rut: 'not-recognised',
      target: 2,
      stretch: '3',
      stretchDue: '2027-01-01',
    });
    assert.deepEqual(prefillValues(prefill), {
      title: 'Give a brown-bag talk',
      rut: 'not-recognised',
      'measurable.target': '2',
      'stretch.target': '3',
      'stretch.due': '2027-01-01',
    });
    assert.equal(newGoalPrefillSchema.safeParse({ titel: 'typo' }).success, false);
    assert.equal(newGoalPrefillSchema.safeParse({ pillar: 'charisma' }).success, false);
  });

  it('offers the ways out of the latest rut as starting points', () => {
    const starters = goalForm.starters!(context());
    assert.ok(starters.length > 0);
    assert.equal(typeof starters[0]!.values.title, 'string');
  });

  it('says what is wrong with one field while the later ones are still blank, as the palette asks them', () => {
    const sofar: FormValues = {
      horizon: 'short',
      title: 'Give two talks',
      'measurable.metric': 'talks',
      'measurable.target': '2',
      parent: 'payments-architect',
    };
    assert.match(fieldMessage(goalForm, context(), { ...sofar, due: '2029-01-01' }, 'due').error ?? '', /weeks to months/);
    assert.deepEqual(fieldMessage(goalForm, context(), { ...sofar, due: '2027-01-31' }, 'due'), {});
    assert.match(fieldMessage(goalForm, context(), { ...sofar, title: 'Get better at testing' }, 'title').warning ?? '', /vague/);
    assert.match(
      fieldMessage(goalForm, context(), { horizon: 'short', title: context().plan.goals()[0]!.data.title }, 'title').error ?? '',
      /already/,
    );
  });
});
