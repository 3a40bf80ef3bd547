import { priorityScore } from '../priority';
import { SCHEMA_VERSION, prioritiesAssessmentSchema } from '../schema';
import type { RowField } from './field';
import { compact, defineForm } from './form';
import { PRIORITY_LABELS } from './labels';

const schema = prioritiesAssessmentSchema.pick({ candidates: true, notes: true });
const DIMENSIONS = ['impact', 'effort', 'reusability', 'learnings'] as const;

/** Candidate options scored on impact, effort, reusability and learnings: what to do first. */
export const prioritiesForm = defineForm({
  id: 'priorities',
  title: 'Set Priorities',
  summary: 'Score candidate options on impact, effort, reusability and learnings',
  intro: 'You cannot do everything at once. Score each option from 1 to 5; impact counts most and effort counts against. After saving you see them in order.',
  schema,
  fields: () => [
    {
      kind: 'records',
      name: 'candidates',
      label: 'Options to compare',
      itemLabel: 'Option',
      fields: [
        { kind: 'text', name: 'title', label: 'What is the option?', placeholder: 'e.g. Automate the release notes' },
        ...DIMENSIONS.map((dimension): RowField => ({ kind: 'rating', name: dimension, label: PRIORITY_LABELS[dimension].label, help: PRIORITY_LABELS[dimension].help, low: 'low', high: 'high' })),
      ],
    },
    { kind: 'long-text', name: 'notes', label: 'Notes', help: 'Why this order, and what waits.' },
  ],
  // The ways out picked in the latest rut assessment are the natural candidates.
  initial: (context) => {
    const latest = context.plan.assessments('rut')[0]?.data;
    const options = latest?.type === 'rut' ? (latest.options ?? []) : [];
    return { candidates: (options.length > 0 ? options : ['']).map((title) => ({ title })) };
  },
  output: (data, context) => ({
    create: {
      folder: 'assessments',
      name: `${context.today}-priorities`,
      data: compact({ kind: 'assessment', schema: SCHEMA_VERSION, type: 'priorities', date: context.today, candidates: data.candidates, notes: data.notes }),
    },
    edits: [],
  }),
  followUp: (data) => ({
    heading: 'Your options, most worth doing first',
    items: data.candidates
      .map((candidate) => ({ candidate, score: priorityScore(candidate) }))
      .sort((a, b) => b.score - a.score)
      .map(({ candidate, score }) => ({ label: candidate.title, detail: `score ${score} of 100`, action: { kind: 'new-goal' as const, title: candidate.title } })),
  }),
});
