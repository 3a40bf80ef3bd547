import * as assert from 'node:assert/strict';
import path from 'node:path';
import * as z from 'zod';
import { describeForm, submitForm, validateForm } from '../../src/core/forms/engine';
import type { FormValues } from '../../src/core/forms/field';
import { defineForm, type FormContext, type FormId } from '../../src/core/forms/form';
import { FORMS, formById } from '../../src/core/forms';
import { RUT_OPTIONS } from '../../src/core/forms/labels';
import { SCHEMA_VERSION } from '../../src/core/schema';
import { dashboardData } from '../../src/core/dashboard';
import { fitDashboardData } from '../../src/core/dashboardLimits';
import { fitFormDescription, fitFormErrors } from '../../src/core/forms/limits';
import { DASHBOARD_LIMITS, FORM_LIMITS } from '../../src/core/webviewLimits';
import { indexPlan, readFolder } from './growthPlan';
import { germanBundle, markedBundle, speaking, unmarked } from './languages';

const TODAY = '2026-11-22';
const plan = indexPlan(readFolder(path.join(__dirname, '..', '..', 'demo', 'growth')));
/** A milestone of the demo plan rated before, so the rubric form shows the earlier ratings. */
const RATED = { goalId: 'refunds-redesign', milestoneId: 'load-test' };

function contextFor(id: FormId): FormContext {
  return { today: TODAY, plan, checkinWeeks: 5, reviewCadence: 'biweekly', ...(id === 'rubric' ? { target: RATED } : {}) };
}

/** Values a person could save in each form; the English ones among them are the person's own words. */
const SAVED: Record<FormId, FormValues> = {
  rut: { scenarios: ['not-challenged'], options: [], ownOptions: ['Pair with the data team'], notes: 'Bug after bug.' },
  self: { strengths: ['Calm on call'], weaknesses: ['Quiet in big meetings'], successMeaning: 'Systems that simply work.' },
  stage: { stage: 'senior', 'pillars.technical': 4, 'pillars.relationships': 3, 'pillars.influence': 2, failureModes: ['hoarder'] },
  promotion: {
    targetLevel: 'Senior Software Engineer',
    performingAtNextLevel: 3,
    businessJustification: true,
    voicedToManager: false,
    cycle: '2027-H1',
  },
  priorities: { candidates: [{ title: 'Automate the release notes', impact: 5, effort: 2, reusability: 4, learnings: 3 }] },
  rubric: { phase: 'after', 'ratings.confidence': 4, 'ratings.competence': 3, 'ratings.impact': 3, 'ratings.clarity': 4 },
  review: { onTrack: 'yes', improved: 'Shipped the prototype.' },
  checkin: { mentor: 'Priya Nair', notes: 'Talked about the rollout.', next: '2027-01-05' },
  break: { type: 'rest-day', start: '2026-12-01', end: '2026-12-01', committed: true, notes: 'Phone off.' },
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

/** Values each form's own rules refuse (beyond what is missing). */
const REFUSED: readonly (readonly [FormId, FormValues])[] = [
  ['break', { ...SAVED.break, start: '2026-12-02', end: '2026-12-01' }],
  ['break', { ...SAVED.break, start: '2026-11-01', end: '2026-11-02' }],
  ['checkin', { ...SAVED.checkin, next: TODAY }],
  ['promotion', { ...SAVED.promotion, voicedToManager: true }],
  ['review', { onTrack: 'no' }],
  ['goal', { ...SAVED.goal, due: '2026-11-01', 'stretch.target': '2' }],
  [
    'goal',
    {
      ...SAVED.goal,
      due: '2028-01-31',
      'stretch.due': '2028-02-01',
      title: 'Lead the architecture of two payment services used by every product team',
    },
  ],
  ['goal', { ...SAVED.goal, horizon: 'long', due: '2027-01-31' }],
  ['goal', { ...SAVED.goal, horizon: 'long', due: '2036-01-31' }],
  ['goal', { ...SAVED.goal, hoursPerWeek: '0', title: 'x'.repeat(200) }],
  ['goal', { ...SAVED.goal, hoursPerWeek: '100', parent: '' }],
  ['goal', { ...SAVED.goal, hoursPerWeek: 'lots' }],
  ['evidence', { ...SAVED.evidence, date: '2026-12-01', title: 'x'.repeat(300) }],
  ['service', { ...SAVED.service, date: '2026-12-01', hours: 'some' }],
];

/** Words of the plan and of the values above, which stay as the person wrote them. */
const USER_WORDS = [
  ...plan.goals().flatMap((goal) => [goal.data.title, ...goal.data.milestones.map((milestone) => milestone.title)]),
  ...[
    'Pair with the data team',
    'Bug after bug.',
    'Systems that simply work.',
    'Automate the release notes',
    'Talked about the rollout.',
    'Phone off.',
    'Give two talks on payments by 31 January',
    'Ran the first incident review',
    'Two follow-ups fixed',
    'Reviewed a first design',
    'Software Engineer II',
    'Senior Software Engineer',
    'Lead payments architecture',
  ],
].sort((a, b) => b.length - a.length);

/** Keys whose values are identifiers or data (field names, option values, conditions, values given, a rut scenario), not text. */
const NOT_TEXT = new Set(['id', 'name', 'kind', 'value', 'showWhen', 'firstWhen', 'values', 'initial', 'rut']);

/** Every text in a description, a follow-up or a list of errors, at any depth. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (NOT_TEXT.has(key) ? [] : textsIn(inner)));
  return [];
}

/** What is left of a text once every marked part is cut out, also a translation inside a translation. */
function unmarkedAll(text: string): string {
  let rest = text;
  for (let next = unmarked(rest); next !== rest; next = unmarked(rest)) rest = next;
  return rest;
}

/** The texts with letters left once what came through l10n and the person's own words are taken out. */
function untranslated(texts: readonly string[]): string[] {
  return texts.filter((text) => /\p{L}/u.test(USER_WORDS.reduce((rest, words) => rest.split(words).join(''), unmarkedAll(text))));
}

function described(id: FormId) {
  const result = describeForm(formById(id), contextFor(id));
  assert.ok('description' in result, id);
  return result.description;
}

function refusal(id: FormId, values: FormValues) {
  const result = validateForm(formById(id), contextFor(id), values);
  assert.ok(!result.ok, `${id} should refuse ${JSON.stringify(values)}`);
  return result.errors;
}

function saved(id: FormId) {
  const result = submitForm(formById(id), contextFor(id), SAVED[id], () => false);
  assert.ok(result.ok, `${id}: ${JSON.stringify(!result.ok && result.errors)}`);
  return result.data;
}

/** A form with every kind of field, all needed, and a list that says nothing of its own when empty. */
const everyKind = defineForm({
  id: 'review',
  title: () => '',
  summary: () => '',
  intro: () => '',
  schema: z.object({
    text: z.string(),
    long: z.string(),
    date: z.string(),
    choice: z.enum(['a', 'b']),
    multi: z.array(z.enum(['a', 'b'])),
    rating: z.number(),
    boolean: z.boolean(),
    list: z.array(z.string()),
    rows: z.array(z.object({ score: z.number(), done: z.boolean() })),
  }),
  fields: () => [
    { kind: 'text', name: 'text', label: '' },
    { kind: 'long-text', name: 'long', label: '' },
    { kind: 'date', name: 'date', label: '' },
    {
      kind: 'choice',
      name: 'choice',
      label: '',
      options: [
        { value: 'a', label: '' },
        { value: 'b', label: '' },
      ],
    },
    {
      kind: 'multi-choice',
      name: 'multi',
      label: '',
      options: [
        { value: 'a', label: '' },
        { value: 'b', label: '' },
      ],
    },
    { kind: 'rating', name: 'rating', label: '', low: '', high: '' },
    { kind: 'boolean', name: 'boolean', label: '' },
    { kind: 'text-list', name: 'list', label: '', itemLabel: '' },
    {
      kind: 'records',
      name: 'rows',
      label: '',
      itemLabel: '',
      fields: [
        { kind: 'rating', name: 'score', label: '', low: '', high: '' },
        { kind: 'boolean', name: 'done', label: '' },
      ],
    },
  ],
  output: () => ({
    create: { folder: 'reviews', name: TODAY, data: { kind: 'review', schema: SCHEMA_VERSION, date: TODAY, onTrack: 'yes' } },
    edits: [],
  }),
});

describe('the forms in the user’s language', () => {
  describe('in the marked language', () => {
    speaking(markedBundle);

    it('translates every form’s title, summary, intro and every text of every field', () => {
      for (const form of FORMS) {
        const description = described(form.id);
        // The rut form offers every suggested way out: with them, every label of every vocabulary is in some form.
        assert.ok(description.fields.length > 0, form.id);
        assert.deepEqual(untranslated([form.summary, ...textsIn(description)]), [], form.id);
      }
    });

    it('says in the user’s language what a form and the dashboard shortened or left out', () => {
      const long = 'x'.repeat(FORM_LIMITS.text + 1);
      const form = fitFormDescription({ ...described('review'), subject: long });
      assert.equal(form.notices?.length, 1);
      assert.deepEqual(untranslated(form.notices ?? []), []);
      const cut = fitFormDescription({
        ...described('rut'),
        initial: { ownOptions: Array.from({ length: FORM_LIMITS.items + 1 }, () => 'Pair') },
      });
      assert.deepEqual(untranslated(cut.notices ?? []), []);
      assert.deepEqual(
        untranslated(
          fitFormErrors({ fields: {}, form: [], missing: Array.from({ length: FORM_LIMITS.items + 1 }, () => '⟦x⟧') }).missing.slice(-1),
        ),
        [],
      );
      const data = dashboardData(plan, TODAY, 'biweekly');
      const dashboard = fitDashboardData({
        ...data,
        timeline: { ...data.timeline, goals: data.timeline.goals.map((goal) => ({ ...goal, title: long })) },
        reviews: { ...data.reviews, reviews: Array.from({ length: DASHBOARD_LIMITS.items + 1 }, () => ({ date: TODAY, onCadence: true })) },
      });
      assert.equal(dashboard.notices.length, 2);
      assert.deepEqual(untranslated([...dashboard.notices]), []);
    });

    it('translates the help that recalls a milestone’s earlier ratings, and why a gone milestone cannot be rated', () => {
      const confidence = described('rubric').fields.find((field) => field.name === 'ratings.confidence');
      assert.match(confidence?.help ?? '', /^⟦⟦How sure .*⟧ Before this milestone you gave 2\.⟧$/);
      const gone = describeForm(formById('rubric'), {
        ...contextFor('rubric'),
        target: { goalId: 'refunds-redesign', milestoneId: 'gone' },
      });
      assert.ok('unavailable' in gone);
      assert.deepEqual(untranslated([gone.unavailable]), []);
    });

    it('says in the user’s language what is missing in every form, and what each form’s own rules refuse', () => {
      for (const form of FORMS) {
        const errors = refusal(form.id, {});
        assert.ok(Object.keys(errors.fields).length > 0, form.id);
        assert.deepEqual(untranslated(textsIn(errors)), [], form.id);
      }
      for (const [id, values] of REFUSED) assert.deepEqual(untranslated(textsIn(refusal(id, values))), [], id);
    });

    it('names the row and the cell of a table that needs an answer', () => {
      const errors = refusal('priorities', { candidates: [{ title: 'Automate the release notes' }] });
      assert.deepEqual(Object.keys(errors.fields), [
        'candidates.0.impact',
        'candidates.0.effort',
        'candidates.0.reusability',
        'candidates.0.learnings',
      ]);
      assert.deepEqual(untranslated(textsIn(errors)), []);
    });

    it('translates what the engine says is missing for every kind of field', () => {
      const result = validateForm(everyKind, contextFor('review'), { rows: [{ score: 3 }] });
      assert.ok(!result.ok);
      assert.equal(Object.keys(result.errors.fields).length, 9);
      assert.deepEqual(untranslated(Object.values(result.errors.fields)), []);
    });

    it('translates the prose a form writes into its file, and the next steps after saving', () => {
      for (const form of FORMS) {
        const { create, suggestions, summary } = saved(form.id);
        const body = create.text.replace(/^---\n[\s\S]*?\n---\n\n?/, '');
        assert.deepEqual(
          untranslated([body, ...suggestions.flatMap((item) => [item.title, item.why]), ...summary.map((line) => line.label)]),
          [],
          form.id,
        );
      }
    });

    it('offers the suggested ways out in the user’s language, as the next steps of a rut without chosen ones', () => {
      const { suggestions } = saved('rut');
      assert.equal(suggestions[0]?.title, 'Pair with the data team');
      const offered = submitForm(formById('rut'), contextFor('rut'), { scenarios: ['no-impact'] }, () => false);
      assert.ok(offered.ok);
      assert.deepEqual(offered.data.suggestions.map((item) => item.title).sort(), [...RUT_OPTIONS['no-impact']].sort());
      assert.deepEqual(untranslated(RUT_OPTIONS['no-impact']), []);
    });
  });

  describe('in German', () => {
    speaking(germanBundle);

    it('shows a form with German titles, labels and buttons', () => {
      const self = described('self');
      assert.equal(self.title, 'Selbsteinschätzung');
      const strengths = self.fields.find((field) => field.name === 'strengths');
      assert.ok(strengths?.kind === 'text-list');
      assert.deepEqual([strengths.label, strengths.itemLabel, strengths.addLabel], ['Stärken', 'Stärke', 'Stärke hinzufügen']);
      const stage = described('stage').fields.find((field) => field.name === 'pillars.technical');
      assert.deepEqual(stage?.kind === 'rating' && [stage.label, stage.low, stage.high], ['Technik', 'am Anfang', 'Vorbild für andere']);
    });

    it('says in German what is missing', () => {
      assert.deepEqual(refusal('self', {}).fields, {
        strengths: 'Füge mindestens eine Stärke hinzu.',
        weaknesses: 'Füge mindestens eine Schwäche hinzu.',
      });
      assert.equal(refusal('checkin', { ...SAVED.checkin, next: TODAY }).fields.next, 'Wähle einen Tag nach heute.');
    });

    it('recalls the earlier rating of a milestone in German', () => {
      const clarity = described('rubric').fields.find((field) => field.name === 'ratings.clarity');
      assert.equal(
        clarity?.help,
        'Wie klar du siehst, was als Nächstes zu tun ist und warum. Vor diesem Meilenstein hast du dir 3 gegeben.',
      );
    });

    it('writes German prose into the file, and keeps its keys and values as they are', () => {
      const { create } = saved('break');
      assert.match(create.text, /\ntype: rest-day\n/);
      assert.match(create.text, /\n## So wird es eine echte Pause\n\nPhone off\.\n$/);
    });

    it('scores the options in German after saving the priorities', () => {
      const { suggestions } = saved('priorities');
      assert.match(suggestions[0]?.why ?? '', /^\d+ von 100 Punkten$/);
    });
  });
});
