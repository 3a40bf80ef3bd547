import { SCHEMA_VERSION, SUCCESS_MARKERS, selfAssessmentSchema } from '../schema';
import { compact, defineForm, section } from './form';
import { SUCCESS_MARKER_LABELS, optionsOf } from './labels';

const { shape } = selfAssessmentSchema;
const schema = selfAssessmentSchema
  .pick({ opportunities: true, values: true, interests: true, successMarkers: true, notes: true })
  .extend({
    // An honest look names at least one of each; the file format itself allows empty lists.
    strengths: shape.strengths.unwrap().min(1),
    weaknesses: shape.weaknesses.unwrap().min(1),
    /** Written below the front matter, in the person's own words. */
    successMeaning: shape.notes,
  });

/** Strengths, weaknesses and opportunities; values and interests; what success means to me. */
export const selfForm = defineForm({
  id: 'self',
  title: 'Self-Assessment',
  summary: 'Strengths, weaknesses, opportunities, values, interests and what success means to you',
  intro: 'Where you stand decides which goals are worth having. Be as honest here as you would be with a good friend: nobody else reads this unless you share it.',
  schema,
  fields: () => [
    { kind: 'text-list', name: 'strengths', label: 'Strengths', help: 'What you do well, and what people come to you for.', itemLabel: 'Strength', placeholder: 'e.g. Calm when production is on fire' },
    { kind: 'text-list', name: 'weaknesses', label: 'Weaknesses', help: 'Not self-criticism: the areas you want to develop.', itemLabel: 'Weakness', placeholder: 'e.g. I rarely speak up in large meetings' },
    { kind: 'text-list', name: 'opportunities', label: 'Opportunities', help: 'Openings inside or outside your company that fit your strengths.', itemLabel: 'Opportunity', placeholder: 'e.g. The platform team needs a second on-call lead' },
    { kind: 'text-list', name: 'values', label: 'Values', help: 'What matters to you at work: it should shape the goals you pick.', itemLabel: 'Value', placeholder: 'e.g. Craft' },
    { kind: 'text-list', name: 'interests', label: 'Interests', help: 'Topics you would read about on a quiet Sunday.', itemLabel: 'Interest', placeholder: 'e.g. Distributed systems' },
    { kind: 'multi-choice', name: 'successMarkers', label: 'What would success look like for you?', help: 'Pick the markers that matter most to you; two or three is plenty.', options: optionsOf(SUCCESS_MARKERS, SUCCESS_MARKER_LABELS) },
    { kind: 'long-text', name: 'successMeaning', label: 'What success means to me', help: 'In your own words, a few sentences.' },
    { kind: 'long-text', name: 'notes', label: 'Anything else to remember', help: 'A line or two kept with the assessment.' },
  ],
  output: (data, context) => ({
    create: {
      folder: 'assessments',
      name: `${context.today}-self`,
      data: compact({
        kind: 'assessment',
        schema: SCHEMA_VERSION,
        type: 'self',
        date: context.today,
        strengths: data.strengths,
        weaknesses: data.weaknesses,
        opportunities: data.opportunities,
        values: data.values,
        interests: data.interests,
        successMarkers: data.successMarkers,
        notes: data.notes,
      }),
      body: section('What success means to me', data.successMeaning),
    },
    edits: [],
  }),
});
