import * as assert from 'node:assert/strict';
import path from 'node:path';
import { fieldsOf, submitForm, validateForm } from '../../src/core/forms/engine';
import { conditionHolds } from '../../src/core/forms/field';
import type { FormValues } from '../../src/core/forms/field';
import type { FormContext, FormId } from '../../src/core/forms/form';
import { FORMS, formById } from '../../src/core/forms';
import { newPlanFiles, planAnswers, planForm, profileEdits } from '../../src/core/forms/plan';
import { editFrontMatter } from '../../src/core/writer';
import { indexPlan, readFolder } from './growthPlan';

/**
 * No file DevGrowth writes may carry a problem DevGrowth reports: every check runs over every
 * file every flow writes (each form, as the webview and the palette save it, and a new plan).
 */
const TODAY = '2026-11-22';
const demo = readFolder(path.join(__dirname, '..', '..', 'demo', 'growth'));

function contextFor(files: Iterable<readonly [string, string]>, id: FormId): FormContext {
  return {
    today: TODAY,
    plan: indexPlan(files),
    checkinWeeks: 5,
    reviewCadence: 'biweekly',
    ...(id === 'rubric' ? { target: { goalId: 'refunds-redesign', milestoneId: 'load-test' } } : {}),
  };
}

/** Answers a person could give each form, as complete as the form allows. */
const ANSWERS: Record<FormId, FormValues> = {
  rut: { scenarios: ['not-challenged'], ownOptions: ['Pair with the data team'], notes: 'Bug after bug.' },
  self: {
    strengths: ['Calm on call'],
    weaknesses: ['Quiet in big meetings'],
    opportunities: ['A new team forming'],
    successMeaning: 'Systems that simply work.',
  },
  stage: { stage: 'senior', 'pillars.technical': 4, 'pillars.relationships': 3, 'pillars.influence': 2, failureModes: ['hoarder'] },
  promotion: {
    targetLevel: 'Senior Software Engineer',
    performingAtNextLevel: 3,
    businessJustification: true,
    voicedToManager: true,
    firmCommitment: false,
    cycle: '2027-H1',
  },
  priorities: { candidates: [{ title: 'Automate the release notes', impact: 5, effort: 2, reusability: 4, learnings: 3 }] },
  rubric: { phase: 'after', 'ratings.confidence': 4, 'ratings.competence': 3, 'ratings.impact': 3, 'ratings.clarity': 4 },
  review: { onTrack: 'yes', improved: 'Shipped the prototype.' },
  checkin: { mentor: 'Priya Nair', notes: 'Talked about the rollout.', next: '2027-01-05' },
  break: { type: 'time-off', start: '2026-12-21', end: '2026-12-24', committed: true, notes: 'Laptop at the office.' },
  goal: {
    horizon: 'short',
    title: 'Give two talks on payments by 31 January',
    'measurable.metric': 'talks given',
    'measurable.target': '2',
    parent: 'payments-architect',
    due: '2027-01-31',
    hoursPerWeek: '3',
    pillar: 'influence',
    successMarker: 'recognition',
    'stretch.due': '2027-01-15',
  },
  evidence: {
    title: 'Ran the first incident review',
    date: '2026-11-20',
    impact: 'Two follow-ups fixed',
    link: 'https://example.com/review',
    goal: 'refunds-redesign',
    milestone: 'load-test',
  },
  service: { type: 'mentoring', title: 'Reviewed a first design', date: '2026-11-21', who: 'Sam', hours: '2' },
  plan: {
    currentLevel: 'Software Engineer II',
    targetLevel: 'Senior Software Engineer',
    track: 'ic',
    'northStar.statement': 'Lead payments architecture',
  },
};

/** The problems of `written` once it joins the plan (its own, and any it causes in the plan's other files). */
function problemsAfter(files: readonly (readonly [string, string])[], written: readonly (readonly [string, string])[]) {
  const before = indexPlan(files);
  const after = indexPlan([...files, ...written]);
  const countOf = (index: typeof before, file: string) =>
    index.problems(file, TODAY).map((problem) => `${file}: ${problem.code} ${problem.message}`);
  const own = written.flatMap(([file]) => countOf(after, file));
  const caused = files.flatMap(([file]) => countOf(after, file).filter((problem) => !countOf(before, file).includes(problem)));
  return [...own, ...caused];
}

describe('every file DevGrowth writes passes every check DevGrowth runs', () => {
  for (const form of FORMS) {
    it(`the ${form.id} form`, () => {
      const result = submitForm(formById(form.id), contextFor(demo, form.id), ANSWERS[form.id], () => false);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
      assert.deepEqual(problemsAfter(demo, [[result.data.create.path, result.data.create.text]]), []);
    });
  }

  it('a new plan: the profile and the starter goals', () => {
    const context = contextFor([], 'plan');
    const answers = planAnswers(ANSWERS.plan, context);
    assert.ok(answers.ok);
    const files = newPlanFiles(answers.data, context).map((file) => [file.path, file.text] as const);
    assert.deepEqual(
      files.map(([file]) => file),
      ['profile.md', 'goals/my-long-term-goal.md', 'goals/my-first-90-days.md'],
    );
    assert.deepEqual(problemsAfter([], files), []);
  });

  it('updating a plan’s answers changes those values and keeps every other byte', () => {
    const [, profileText] = demo.find(([file]) => file === 'profile.md')!;
    const context = contextFor(demo, 'plan');
    const profile = context.plan.profile()!.data;
    const answers = planAnswers(
      {
        currentLevel: profile.currentLevel,
        targetLevel: 'Staff Engineer',
        track: profile.track,
        'northStar.statement': 'Set the direction of payments',
        name: profile.name ?? null,
      },
      context,
    );
    assert.ok(answers.ok);
    const edits = profileEdits(profile, answers.data);
    assert.deepEqual(edits, [
      { op: 'set', path: ['targetLevel'], value: 'Staff Engineer' },
      { op: 'set', path: ['northStar', 'statement'], value: 'Set the direction of payments' },
    ]);
    const edited = editFrontMatter(profileText, edits);
    assert.ok(edited.ok);
    const changed = profileText.split('\n').filter((line, number) => edited.text.split('\n')[number] !== line);
    assert.equal(changed.length, edits.length);
    assert.deepEqual(
      profileEdits(profile, {
        currentLevel: profile.currentLevel,
        targetLevel: profile.targetLevel,
        track: profile.track,
        northStar: { statement: profile.northStar.statement },
        name: profile.name,
      }),
      [],
    );
  });

  it('a new plan without a target level (no promotion sought now) passes every check', () => {
    const context = contextFor([], 'plan');
    const answers = planAnswers({ ...ANSWERS.plan, targetLevel: '' }, context);
    assert.ok(answers.ok, JSON.stringify(!answers.ok && answers.errors));
    const files = newPlanFiles(answers.data, context).map((file) => [file.path, file.text] as const);
    const [, profile] = files.find(([path]) => path === 'profile.md')!;
    assert.doesNotMatch(profile, /^targetLevel:/m);
    assert.match(profile, /^seekingPromotion: false$/m);
    assert.deepEqual(problemsAfter([], files), []);
  });

  it('a new plan’s profile carries the name given for its exports’ headings, and none when left empty', () => {
    const context = contextFor([], 'plan');
    const profileOf = (values: FormValues) => {
      const answers = planAnswers(values, context);
      assert.ok(answers.ok, JSON.stringify(!answers.ok && answers.errors));
      const profile = newPlanFiles(answers.data, context).find((file) => file.path === 'profile.md');
      assert.ok(profile);
      return profile;
    };
    const named = profileOf({ ...ANSWERS.plan, name: 'Alex Kim' });
    assert.match(named.text, /^name: Alex Kim$/m);
    assert.equal(indexPlan([[named.path, named.text]]).profile()?.data.name, 'Alex Kim');
    assert.doesNotMatch(profileOf({ ...ANSWERS.plan, name: '' }).text, /^name:/m);
  });

  it('updating a plan’s answers sets, changes or removes the name, keeping every other byte', () => {
    const [, profileText] = demo.find(([file]) => file === 'profile.md')!;
    const context = contextFor(demo, 'plan');
    const profile = context.plan.profile()!.data;
    const answersWith = (name: string | null) => {
      const answers = planAnswers({ ...planForm.initial!(context), name }, context);
      assert.ok(answers.ok, JSON.stringify(!answers.ok && answers.errors));
      return answers.data;
    };
    assert.deepEqual(profileEdits(profile, answersWith(profile.name!)), [], 'the name shows as it is and stays');
    const renamed = profileEdits(profile, answersWith('Sam R. Rivera'));
    assert.deepEqual(renamed, [{ op: 'set', path: ['name'], value: 'Sam R. Rivera' }]);
    const removed = profileEdits(profile, answersWith(''));
    assert.deepEqual(removed, [{ op: 'delete', path: ['name'] }]);
    const edited = editFrontMatter(profileText, removed);
    assert.ok(edited.ok);
    assert.equal(edited.text, profileText.replace(/^name: .*\n/m, ''));
  });
});

describe('an optional field is optional, and a needed one says so', () => {
  for (const form of [...FORMS, formById('plan')]) {
    it(`the ${form.id} form saves with any optional answer left out or cleared, and refuses a missing needed one`, () => {
      const context = contextFor(demo, form.id);
      const answers = ANSWERS[form.id];
      assert.ok(validateForm(form, context, answers).ok, form.id);
      for (const field of fieldsOf(form, context).filter((candidate) => conditionHolds(candidate.showWhen, answers))) {
        const { [field.name]: _left, ...without } = answers;
        const blank = validateForm(form, context, without);
        const cleared = validateForm(form, context, { ...answers, [field.name]: null });
        if (field.required) {
          assert.ok(!blank.ok && field.name in blank.errors.fields, `${form.id}: ${field.name} is needed but not refused when blank`);
        } else {
          assert.equal(
            blank.ok ? undefined : blank.errors.fields[field.name],
            undefined,
            `${form.id}: ${field.name} is marked optional but refused when left out`,
          );
          assert.equal(
            cleared.ok ? undefined : cleared.errors.fields[field.name],
            undefined,
            `${form.id}: ${field.name} is marked optional but refused when cleared`,
          );
        }
      }
    });
  }
});
