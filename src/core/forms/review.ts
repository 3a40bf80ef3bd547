import { SCHEMA_VERSION, reviewSchema } from '../schema';
import { ALWAYS, compact, defineForm } from './form';

const schema = reviewSchema
  .pick({ onTrack: true, whys: true, improved: true, learned: true, sustainable: true, soundingBoard: true, goals: true })
  .superRefine((data, context) => {
    if (data.onTrack === 'no' && !data.whys?.length) {
      context.addIssue({ code: 'custom', path: ['whys'], message: 'Answer at least the first why: it is where the way back starts.' });
    }
  }, ALWAYS);

const WHYS = [
  'Why are you not heading the right way?',
  'Why is that?',
  'And why is that?',
  'Why, once more?',
  'And the root of it: why?',
];

/** Am I heading the right way? Every two weeks, or at least monthly. */
export const reviewForm = defineForm({
  id: 'review',
  title: 'Growth Review',
  summary: 'Look back on the last weeks: direction, what improved, what you learned',
  intro: 'A few minutes every couple of weeks keep a plan alive. Look back honestly: a "no" is useful, it shows where to change course.',
  schema,
  fields: (context) => {
    const active = context.plan.goals().filter((goal) => goal.data.status === 'active');
    return [
      {
        kind: 'choice',
        name: 'onTrack',
        label: 'Are you heading the right way?',
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'partly', label: 'Partly' },
          { value: 'no', label: 'No', help: 'Then ask why, five times over, to get to the cause.' },
        ],
      },
      {
        kind: 'text-list',
        name: 'whys',
        label: 'Five whys',
        help: 'Each answer is the reason behind the one before. Stop when you reach something you can change.',
        itemLabel: 'Why',
        prompts: WHYS,
        required: true,
        showWhen: { field: 'onTrack', is: ['no'] },
      },
      { kind: 'long-text', name: 'improved', label: 'What got better since the last review?' },
      { kind: 'long-text', name: 'learned', label: 'What did you learn?' },
      { kind: 'boolean', name: 'sustainable', label: 'Can you keep up this pace?', help: 'If not, plan a break or drop something before it drops you.' },
      { kind: 'text', name: 'soundingBoard', label: 'Who could be your sounding board?', help: 'Someone who would tell you if you were heading the wrong way.', placeholder: 'e.g. Priya' },
      ...(active.length > 0
        ? [
            {
              kind: 'records' as const,
              name: 'goals',
              label: 'Your active goals',
              help: 'Did each one move you the right way? Skip any you have nothing to say about.',
              itemLabel: 'Goal',
              fields: [
                { kind: 'boolean' as const, name: 'movedForward', label: 'Did it move you forward?' },
                { kind: 'text' as const, name: 'note', label: 'What happened', placeholder: 'One line' },
              ],
              fixedRows: active.map((goal) => ({ label: goal.data.title, values: { goal: goal.id } })),
            },
          ]
        : []),
    ];
  },
  initial: (context) => ({ soundingBoard: context.plan.reviews()[0]?.data.soundingBoard }),
  output: (data, context) => ({
    create: {
      folder: 'reviews',
      name: context.today,
      data: compact({
        kind: 'review',
        schema: SCHEMA_VERSION,
        date: context.today,
        onTrack: data.onTrack,
        whys: data.whys,
        improved: data.improved,
        learned: data.learned,
        sustainable: data.sustainable,
        soundingBoard: data.soundingBoard,
        goals: data.goals,
      }),
    },
    edits: [],
  }),
});
