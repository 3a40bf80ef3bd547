import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { measuredTarget, progressEntry } from '../progress';
import { readQuantity } from '../quantity';
import { reference, reviewSchema } from '../schema';
import type { FieldSpec } from './field';
import { ALWAYS, defineForm, newRecord, type FileEdits, type FormContext } from './form';
import { longText, yesNo, yesPartlyNo } from './fields';
import { RUT_LABELS } from './labels';

/** The ruts of the latest rut assessment: the review asks whether each has eased. */
function latestRuts(context: FormContext) {
  const latest = context.plan.assessments('rut')[0]?.data;
  return latest?.type === 'rut' ? latest.scenarios : [];
}

/** Where each active goal with a number in its target stands: appended to the goal's `progress`, not kept in the review. */
const progressUpdates = z
  .array(
    z.object({
      goal: reference,
      value: z
        .string({ error: () => l10n.t('must be text') })
        .refine((value) => readQuantity(value) !== undefined, { error: () => l10n.t('Write a number, such as 45 or "45 minutes".') }),
      note: z.string({ error: () => l10n.t('must be text') }).optional(),
    }),
  )
  .optional();

const schema = reviewSchema
  .pick({ onTrack: true, whys: true, rutsEased: true, improved: true, learned: true, sustainable: true, soundingBoard: true, goals: true })
  .extend({ progress: progressUpdates })
  .superRefine((data, context) => {
    if (data.onTrack === 'no' && !data.whys?.length) {
      context.addIssue({
        code: 'custom',
        path: ['whys'],
        message: l10n.t('Answer at least the first why: it is where the way back starts.'),
      });
    }
  }, ALWAYS);

/** Am I heading the right way? Every two weeks, or at least monthly. */
export const reviewForm = defineForm({
  id: 'review',
  title: () => l10n.t('Growth Review'),
  summary: () => l10n.t('Look back on the last weeks: direction, what improved, what you learned'),
  intro: () =>
    l10n.t('A few minutes every couple of weeks keep a plan alive. Look back honestly: a "no" is useful, it shows where to change course.'),
  schema,
  suggests: ['review', 'rut-not-eased'],
  fields: (context) => {
    const active = context.plan.goals().filter((goal) => goal.data.status === 'active');
    const measured = active.filter((goal) => measuredTarget(goal.data));
    return [
      {
        kind: 'choice',
        name: 'onTrack',
        label: l10n.t('Are you heading the right way?'),
        options: yesPartlyNo(l10n.t('Then ask why, five times over, to get to the cause.')),
      },
      {
        kind: 'text-list',
        name: 'whys',
        label: l10n.t('Five whys'),
        help: l10n.t('Each answer is the reason behind the one before. Stop when you reach something you can change.'),
        itemLabel: l10n.t('Why'),
        prompts: [
          l10n.t('Why are you not heading the right way?'),
          l10n.t('Why is that?'),
          l10n.t('And why is that?'),
          l10n.t('Why, once more?'),
          l10n.t('And the root of it: why?'),
        ],
        required: true,
        showWhen: { field: 'onTrack', is: ['no'] },
      },
      ...latestRuts(context).map((scenario): FieldSpec => ({
        kind: 'choice',
        name: `rutsEased.${scenario}`,
        label: l10n.t('Has "{0}" eased?', RUT_LABELS[scenario].label),
        help:
          scenario === 'not-recognised' || scenario === 'no-impact'
            ? l10n.t('Recognition and impact take longer to show than the rest: "partly" is a good sign.')
            : RUT_LABELS[scenario].help,
        options: yesPartlyNo(),
        // The review is saved without it: the user may not know yet.
        required: false,
      })),
      longText('improved', l10n.t('What got better since the last review?')),
      longText('learned', l10n.t('What did you learn?')),
      yesNo('sustainable', l10n.t('Can you keep up this pace?'), {
        help: l10n.t('If not, plan a break or drop something before it drops you.'),
      }),
      {
        kind: 'text',
        name: 'soundingBoard',
        label: l10n.t('Who could be your sounding board?'),
        help: l10n.t('Someone who would tell you if you were heading the wrong way.'),
        placeholder: l10n.t('e.g. Priya'),
      },
      ...(active.length > 0
        ? [
            {
              kind: 'records' as const,
              name: 'goals',
              label: l10n.t('Your active goals'),
              help: l10n.t('Did each one move you the right way? Skip any you have nothing to say about.'),
              itemLabel: l10n.t('Goal'),
              fields: [
                yesNo('movedForward', l10n.t('Did it move you forward?')),
                { kind: 'text' as const, name: 'note', label: l10n.t('What happened'), placeholder: l10n.t('One line') },
              ],
              fixedRows: active.map((goal) => ({ label: goal.data.title, values: { goal: goal.id } })),
            },
          ]
        : []),
      ...(measured.length > 0
        ? [
            {
              kind: 'records' as const,
              name: 'progress',
              label: l10n.t('Where each goal stands now'),
              help: l10n.t(
                "A value toward its target, added to the goal's progress so the dashboard draws its pace. Skip any you have not measured.",
              ),
              itemLabel: l10n.t('Goal'),
              fields: [
                { kind: 'text' as const, name: 'value', label: l10n.t('Value today'), placeholder: l10n.t('e.g. 45 minutes') },
                { kind: 'text' as const, name: 'note', label: l10n.t('What moved it'), placeholder: l10n.t('One line') },
              ],
              fixedRows: measured.map((goal) => ({
                label: l10n.t('{0} (target {1})', goal.data.title, String(goal.data.measurable!.target)),
                values: { goal: goal.id },
              })),
            },
          ]
        : []),
    ];
  },
  initial: (context) => ({ soundingBoard: context.plan.reviews()[0]?.data.soundingBoard }),
  output: (data, context) => ({
    create: newRecord('reviews', context.today, 'review', {
      date: context.today,
      onTrack: data.onTrack,
      whys: data.whys,
      rutsEased: data.rutsEased && Object.keys(data.rutsEased).length > 0 ? data.rutsEased : undefined,
      improved: data.improved,
      learned: data.learned,
      sustainable: data.sustainable,
      soundingBoard: data.soundingBoard,
      goals: data.goals,
    }),
    // Each value goes to its goal's file, after the goal's last progress update.
    edits: (data.progress ?? []).flatMap((update): FileEdits[] => {
      const goal = context.plan.goal(update.goal);
      return goal
        ? [
            {
              path: goal.path,
              edits: [{ op: 'insert', path: ['progress'], value: progressEntry(context.today, update.value, update.note) }],
            },
          ]
        : [];
    }),
  }),
});
