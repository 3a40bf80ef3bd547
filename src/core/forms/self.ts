import * as l10n from '@vscode/l10n';
import { selfAssessmentSchema } from '../schema';
import { SUCCESS_MARKERS } from '../vocabulary';
import { defineForm, newAssessment, section } from './form';
import { choiceOf, longText } from './fields';
import { SUCCESS_MARKER_LABELS } from './labels';

const { shape } = selfAssessmentSchema;
const schema = selfAssessmentSchema.pick({ opportunities: true, values: true, interests: true, successMarkers: true, notes: true }).extend({
  // An honest look names at least one of each; the file format itself allows empty lists.
  strengths: shape.strengths.unwrap().min(1),
  weaknesses: shape.weaknesses.unwrap().min(1),
  /** Written below the front matter, in the person's own words. */
  successMeaning: shape.notes,
});

/** Strengths, weaknesses and opportunities; values and interests; what success means to me. */
export const selfForm = defineForm({
  id: 'self',
  title: () => l10n.t('Self-Assessment'),
  summary: () => l10n.t('Strengths, weaknesses, opportunities, values, interests and what success means to you'),
  intro: () =>
    l10n.t(
      'Where you stand decides which goals are worth having. Be as honest here as you would be with a good friend: nobody else reads this unless you share it.',
    ),
  schema,
  suggests: ['weakness', 'opportunity', 'value', 'interest', 'success-marker'],
  fields: () => [
    {
      kind: 'text-list',
      name: 'strengths',
      label: l10n.t('Strengths'),
      help: l10n.t('What you do well, and what people come to you for.'),
      itemLabel: l10n.t('Strength'),
      addLabel: l10n.t('Add strength'),
      emptyMessage: l10n.t('Add at least one strength.'),
      placeholder: l10n.t('e.g. Calm when production is on fire'),
    },
    {
      kind: 'text-list',
      name: 'weaknesses',
      label: l10n.t('Weaknesses'),
      help: l10n.t('Not self-criticism: the areas you want to develop.'),
      itemLabel: l10n.t('Weakness'),
      addLabel: l10n.t('Add weakness'),
      emptyMessage: l10n.t('Add at least one weakness.'),
      placeholder: l10n.t('e.g. I rarely speak up in large meetings'),
    },
    {
      kind: 'text-list',
      name: 'opportunities',
      label: l10n.t('Opportunities'),
      help: l10n.t('Openings inside or outside your company that fit your strengths.'),
      itemLabel: l10n.t('Opportunity'),
      addLabel: l10n.t('Add opportunity'),
      placeholder: l10n.t('e.g. The platform team needs a second on-call lead'),
    },
    {
      kind: 'text-list',
      name: 'values',
      label: l10n.t('Values'),
      help: l10n.t('What matters to you at work: it should shape the goals you pick.'),
      itemLabel: l10n.t('Value'),
      addLabel: l10n.t('Add value'),
      placeholder: l10n.t('e.g. Craft'),
    },
    {
      kind: 'text-list',
      name: 'interests',
      label: l10n.t('Interests'),
      help: l10n.t('Topics you would read about on a quiet Sunday.'),
      itemLabel: l10n.t('Interest'),
      addLabel: l10n.t('Add interest'),
      placeholder: l10n.t('e.g. Distributed systems'),
    },
    choiceOf('successMarkers', l10n.t('What would success look like for you?'), SUCCESS_MARKERS, SUCCESS_MARKER_LABELS, {
      kind: 'multi-choice',
      help: l10n.t('Pick the markers that matter most to you; two or three is plenty.'),
    }),
    longText('successMeaning', l10n.t('What success means to me'), { help: l10n.t('In your own words, a few sentences.') }),
    longText('notes', l10n.t('Anything else to remember'), { help: l10n.t('A line or two kept with the assessment.') }),
  ],
  output: (data, context) => ({
    create: newAssessment(
      'self',
      context,
      {
        strengths: data.strengths,
        weaknesses: data.weaknesses,
        opportunities: data.opportunities,
        values: data.values,
        interests: data.interests,
        successMarkers: data.successMarkers,
        notes: data.notes,
      },
      section(l10n.t('What success means to me'), data.successMeaning),
    ),
    edits: [],
  }),
});
