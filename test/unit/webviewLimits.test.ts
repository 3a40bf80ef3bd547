import * as assert from 'node:assert/strict';
import { dashboardData } from '../../src/core/dashboard';
import { fitDashboardData } from '../../src/core/dashboardLimits';
import { describeForm, submitForm } from '../../src/core/forms/engine';
import type { FormDescription } from '../../src/core/forms/field';
import type { FormContext, FormId } from '../../src/core/forms/form';
import { formById } from '../../src/core/forms';
import { FORM_IDS } from '../../src/core/forms/form';
import { fitFormDescription, fitFormErrors, fitFormValues, fitSavedFiles, fitSavedPage } from '../../src/core/forms/limits';
import { GrowthIndex } from '../../src/core/growthIndex';
import { DASHBOARD_LIMITS, FORM_LIMITS, shorten } from '../../src/core/webviewLimits';
import { dashboardNotificationSchema } from '../../src/dashboard/protocol';
import { UI_STRINGS, formNotificationSchema, formOriginSchema } from '../../src/forms/protocol';

const activeGoal = (index: number, title = `Goal number ${index}`) =>
  [
    `goals/goal-${index}.md`,
    `---\nkind: goal\nschema: 1\ntitle: ${title}\nhorizon: short\nstatus: active\ndue: 2026-12-31\nmilestones:\n  - id: first\n    title: ${title}\n    status: planned\n    rubric:\n      before:\n        confidence: 2\n        competence: 2\n        impact: 2\n        clarity: 2\n---\n`,
  ] as const;

function planOf(files: Iterable<readonly [string, string]>): GrowthIndex {
  const plan = new GrowthIndex();
  for (const [file, text] of files) plan.set(file, text);
  return plan;
}

const manyGoals = (count: number) => planOf(Array.from({ length: count }, (_, index) => activeGoal(index)));
const longTitle = 'L'.repeat(FORM_LIMITS.text + 1);
const context = (plan: GrowthIndex, target?: FormContext['target']): FormContext => ({
  today: '2026-11-22',
  plan,
  checkinWeeks: 5,
  reviewCadence: 'biweekly',
  target,
});
const strings = Object.fromEntries(UI_STRINGS.map((key) => [key, key]));

function describedForm(id: FormId, plan: GrowthIndex, target?: FormContext['target']): FormDescription {
  const described = describeForm(formById(id), context(plan, target));
  assert.ok('description' in described);
  return described.description;
}

/** Whether the webview would take the form's first message. */
function sendable(form: FormDescription): boolean {
  const origin = { formId: 'review' as const, root: 'file:///w/growth' };
  return formNotificationSchema.safeParse({ type: 'init', origin, form, strings }).success;
}

describe('webview limits', () => {
  describe('shortening a text', () => {
    it('leaves a text within the bound alone', () => {
      assert.equal(shorten('Ship refunds', 12), 'Ship refunds');
    });

    it('ends a longer one in an ellipsis, within the bound', () => {
      assert.equal(shorten('Ship the refunds', 8), 'Ship th…');
      assert.equal(shorten(longTitle, FORM_LIMITS.text).length, FORM_LIMITS.text);
    });

    it('never splits a character made of two UTF-16 units', () => {
      const shortened = shorten('ab😀cd', 4);
      assert.equal(shortened, 'ab…');
      assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(shortened));
    });
  });

  describe('forms', () => {
    it('lists the first 200 of 201 active goals in the review and says the rest are left out', () => {
      const form = describedForm('review', manyGoals(201));
      assert.equal(sendable(form), false, 'as the plan gives it, the form breaks the protocol');
      const fitted = fitFormDescription(form);
      assert.ok(sendable(fitted));
      const goals = fitted.fields.find((field) => field.name === 'goals');
      assert.ok(goals?.kind === 'records');
      assert.equal(goals.fixedRows?.length, FORM_LIMITS.items);
      assert.deepEqual(fitted.notices, ['"Your active goals" shows the first 200 of 201; the rest are left out of this form.']);
    });

    it('saves the review of the goals it shows, each with its own goal', () => {
      const plan = manyGoals(201);
      const fitted = fitFormDescription(describedForm('review', plan));
      const goals = fitted.fields.find((field) => field.name === 'goals');
      assert.ok(goals?.kind === 'records');
      const answers = goals.fixedRows!.map(() => ({ movedForward: true }));
      const result = submitForm(formById('review'), context(plan), { onTrack: 'yes', goals: answers }, () => false);
      assert.ok(result.ok);
      assert.match(result.data.create.text, /goal: goal-199\n/);
    });

    it('shortens a 20,001-character title wherever a form shows it, and says so', () => {
      const plan = planOf([activeGoal(1, longTitle)]);
      for (const [id, target] of [
        ['review', undefined],
        ['rubric', { goalId: 'goal-1', milestoneId: 'first' }],
      ] as const) {
        const form = describedForm(id, plan, target);
        assert.equal(sendable(form), false, `${id}: as the plan gives it, the form breaks the protocol`);
        const fitted = fitFormDescription(form);
        assert.ok(sendable(fitted), id);
        assert.deepEqual(fitted.notices, [
          'Some texts from your plan are too long to show here in full, so they end in "…". Your files are unchanged.',
        ]);
      }
    });

    it('leaves a form that fits exactly as it was', () => {
      const form = describedForm('review', manyGoals(3));
      assert.equal(fitFormDescription(form), form);
    });

    it('fits every form of a plan at its limits', () => {
      const plan = planOf([...Array.from({ length: 250 }, (_, index) => activeGoal(index, `${longTitle}${index}`))]);
      for (const id of FORM_IDS) {
        const described = describeForm(formById(id), context(plan, { goalId: 'goal-1', milestoneId: 'first' }));
        if ('description' in described) assert.ok(sendable(fitFormDescription(described.description)), id);
      }
    });

    it('keeps the list of what is missing within bounds, the last entry saying how many more', () => {
      const missing = Array.from({ length: 450 }, (_, index) => `Goal ${index}: Did it move you forward?`);
      const fitted = fitFormErrors({ fields: {}, form: [], missing });
      assert.equal(fitted.missing.length, FORM_LIMITS.items);
      assert.equal(fitted.missing.at(-1), '251 more');
      assert.ok(formNotificationSchema.safeParse({ type: 'validation', seq: 1, errors: fitted, attempted: true }).success);
    });

    it('fits the Saved page: long answers shortened, the answers beyond the bound counted, and the files to what can be opened', () => {
      const plan = manyGoals(FORM_LIMITS.items + 1);
      const result = submitForm(
        formById('review'),
        context(plan),
        {
          onTrack: 'yes',
          // A row's answers join into one line, longer than any one answer may be.
          goals: Array.from({ length: FORM_LIMITS.items }, () => ({ movedForward: true, note: 'n'.repeat(FORM_LIMITS.text) })),
        },
        () => false,
      );
      assert.ok(result.ok);
      const files = fitSavedFiles(['reviews/2026-11-22.md', `goals/${'x'.repeat(FORM_LIMITS.path)}.md`]);
      assert.deepEqual(files, ['reviews/2026-11-22.md']);
      const whole = { type: 'saved', message: 'Saved.', files, summary: result.data.summary, suggestions: [] };
      assert.equal(formNotificationSchema.safeParse(whole).success, false, 'as the form answers, the Saved page breaks the protocol');
      const page = fitSavedPage(result.data.summary, []);
      assert.ok(formNotificationSchema.safeParse({ ...whole, ...page }).success);
      assert.equal(page.summary.length, FORM_LIMITS.items);
      const row = page.summary.find((line) => line.value.includes('nnn'));
      assert.equal(row?.value.length, FORM_LIMITS.text);
      assert.ok(row?.value.endsWith('n…'));
      assert.deepEqual(page.summary.at(-1), {
        label: 'More answers',
        value: `${result.data.summary.length - FORM_LIMITS.items + 1} more are in the saved file.`,
      });
    });

    it('fits the suggestions of the Saved page, and leaves one out whose id cannot be sent', () => {
      const item = { id: 'plan-a-break', title: longTitle, why: longTitle, take: 'Plan the break', addToGoal: false };
      const { suggestions } = fitSavedPage([], [item, { ...item, id: 'x'.repeat(FORM_LIMITS.suggestionId + 1) }]);
      assert.deepEqual(
        suggestions.map((suggestion) => [suggestion.id, suggestion.title.length, suggestion.why.length]),
        [['plan-a-break', FORM_LIMITS.text, FORM_LIMITS.text]],
      );
    });

    it('fits the values a suggestion opens a form with, so its origin can be kept', () => {
      const prefill = fitFormValues({ actions: [longTitle], mentor: longTitle });
      assert.deepEqual(prefill, { actions: [shorten(longTitle, FORM_LIMITS.text)], mentor: shorten(longTitle, FORM_LIMITS.text) });
      assert.ok(formOriginSchema.safeParse({ formId: 'checkin', root: 'file:///w/growth', prefill }).success);
    });

    it('carries a goal id made from a long file name in the form’s origin', () => {
      assert.ok(
        formOriginSchema.safeParse({
          formId: 'rubric',
          root: 'file:///w/growth',
          target: { goalId: `${'Ship%20'.repeat(100)}Refunds`, milestoneId: 'first' },
        }).success,
      );
    });
  });

  describe('dashboard', () => {
    it('shortens a 20,001-character title, and says so', () => {
      const data = dashboardData(planOf([activeGoal(1, longTitle)]), '2026-11-22', 'biweekly');
      assert.equal(dashboardNotificationSchema.safeParse({ type: 'data', root: 'r', title: 't', data, notices: [] }).success, false);
      const fitted = fitDashboardData(data);
      assert.ok(
        dashboardNotificationSchema.safeParse({ type: 'data', root: 'r', title: 't', data: fitted.data, notices: fitted.notices }).success,
      );
      assert.equal(fitted.data.timeline.goals[0]?.title.length, DASHBOARD_LIMITS.text);
      assert.deepEqual(fitted.notices, [
        'Some titles from your plan are too long to show here in full, so they end in "…". Your files are unchanged.',
      ]);
    });

    it('draws the first 10,000 goals of a larger plan and the newest reviews, and says how many it shows', () => {
      const data = dashboardData(manyGoals(3), '2026-11-22', 'biweekly');
      const goals = Array.from({ length: DASHBOARD_LIMITS.items + 5 }, (_, index) => ({ ...data.timeline.goals[0]!, id: `goal-${index}` }));
      const reviews = Array.from({ length: DASHBOARD_LIMITS.items + 1 }, (_, index) => ({
        date: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`,
        onCadence: index === DASHBOARD_LIMITS.items,
      }));
      const fitted = fitDashboardData({ ...data, timeline: { ...data.timeline, goals }, reviews: { ...data.reviews, reviews } });
      assert.equal(fitted.data.timeline.goals.length, DASHBOARD_LIMITS.items);
      assert.equal(fitted.data.timeline.goals[0]?.id, 'goal-0');
      assert.equal(fitted.data.reviews.reviews.at(-1)?.onCadence, true, 'the newest review is kept');
      assert.deepEqual(fitted.notices, ['"Goals on a timeline" shows 10000 of 10005.', '"Reviews" shows 10000 of 10001.']);
    });

    it('shortens a long artefact title and lists the first 10,000 artefacts of a card, and says so', () => {
      const card = `---\nkind: card\nschema: 1\ntitle: Design\ngoal: goal-1\nartefacts:\n  - {type: technical, title: ${longTitle}}\n---\n`;
      const data = dashboardData(planOf([activeGoal(1), ['cards/design.md', card]]), '2026-11-22', 'biweekly');
      const artefacts = Array.from({ length: DASHBOARD_LIMITS.items + 1 }, (_, index) => ({
        type: 'process' as const,
        title: `Log ${index}`,
      }));
      const many = { ...data, artefacts: [...data.artefacts, { ...data.artefacts[0]!, cardTitle: 'Many', artefacts }] };
      assert.equal(dashboardNotificationSchema.safeParse({ type: 'data', root: 'r', title: 't', data: many, notices: [] }).success, false);
      const fitted = fitDashboardData(many);
      assert.ok(
        dashboardNotificationSchema.safeParse({ type: 'data', root: 'r', title: 't', data: fitted.data, notices: fitted.notices }).success,
      );
      assert.equal(fitted.data.artefacts[0]?.artefacts[0]?.title.length, DASHBOARD_LIMITS.text);
      assert.equal(fitted.data.artefacts[1]?.artefacts.length, DASHBOARD_LIMITS.items);
      assert.deepEqual(fitted.notices, [
        'Some titles from your plan are too long to show here in full, so they end in "…". Your files are unchanged.',
        '"Many" shows 10000 of 10001.',
      ]);
    });

    it('sends a plan that fits unchanged, without notices', () => {
      const data = dashboardData(manyGoals(3), '2026-11-22', 'biweekly');
      assert.deepEqual(fitDashboardData(data), { data, notices: [] });
    });
  });
});
