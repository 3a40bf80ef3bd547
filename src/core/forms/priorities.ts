import * as l10n from '@vscode/l10n';
import { prioritiesAssessmentSchema } from '../schema';
import type { RowField } from './field';
import { defineForm, newAssessment } from './form';
import { longText } from './fields';
import { PRIORITY_LABELS } from './labels';

const schema = prioritiesAssessmentSchema.pick({ candidates: true, notes: true });
const DIMENSIONS = ['impact', 'effort', 'reusability', 'learnings'] as const;

/** Candidate options scored on impact, effort, reusability and learnings: what to do first. */
export const prioritiesForm = defineForm({
  id: 'priorities',
  title: () => l10n.t('Set Priorities'),
  summary: () => l10n.t('Score candidate options on impact, effort, reusability and learnings'),
  intro: () =>
    l10n.t(
      'You cannot do everything at once. Score each option from 1 to 5; impact counts most and effort counts against. After saving you see them in order.',
    ),
  schema,
  fields: () => [
    {
      kind: 'records',
      name: 'candidates',
      label: l10n.t('Options to compare'),
      itemLabel: l10n.t('Option'),
      addLabel: l10n.t('Add option'),
      emptyMessage: l10n.t('Add at least one option.'),
      fields: [
        { kind: 'text', name: 'title', label: l10n.t('What is the option?'), placeholder: l10n.t('e.g. Automate the release notes') },
        ...DIMENSIONS.map((dimension): RowField => ({
          kind: 'rating',
          name: dimension,
          label: PRIORITY_LABELS[dimension].label,
          help: PRIORITY_LABELS[dimension].help,
          low: l10n.t('low'),
          high: l10n.t('high'),
        })),
      ],
    },
    longText('notes', l10n.t('Notes'), { help: l10n.t('Why this order, and what waits.') }),
  ],
  // The ways out picked in the latest rut assessment are the natural candidates.
  initial: (context) => {
    const latest = context.plan.assessments('rut')[0]?.data;
    const options = latest?.type === 'rut' ? (latest.options ?? []) : [];
    return { candidates: (options.length > 0 ? options : ['']).map((title) => ({ title })) };
  },
  output: (data, context) => ({
    create: newAssessment('priorities', context, { candidates: data.candidates, notes: data.notes }),
    edits: [],
  }),
  suggests: ['candidate'],
});
