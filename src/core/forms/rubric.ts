import * as l10n from '@vscode/l10n';
import type { Entry } from '../growthIndex';
import { rubricAssessmentSchema, type Milestone } from '../schema';
import { RUBRIC_DIMENSIONS } from '../vocabulary';
import type { FieldSpec } from './field';
import { defineForm, newAssessment, type FormContext } from './form';
import { longText } from './fields';
import { RUBRIC_LABELS } from './labels';

const schema = rubricAssessmentSchema.pick({ phase: true, ratings: true, notes: true });

interface RatedMilestone {
  readonly goal: Entry<'goal'>;
  readonly milestone: Milestone;
  readonly index: number;
}

function targetOf(context: FormContext): RatedMilestone | undefined {
  const target = context.target;
  const goal = target && context.plan.goal(target.goalId);
  const index = goal ? goal.data.milestones.findIndex((milestone) => milestone.id === target.milestoneId) : -1;
  return goal && index >= 0 ? { goal, milestone: goal.data.milestones[index]!, index } : undefined;
}

/** Confidence, competence, impact and clarity, rated before and after a milestone. */
export const rubricForm = defineForm({
  id: 'rubric',
  title: () => l10n.t('Rate a Milestone'),
  summary: () => l10n.t('Rate confidence, competence, impact and clarity before or after a milestone'),
  intro: () =>
    l10n.t('Rate yourself when a milestone starts and again when it is done. The difference is your growth, and the dashboard draws it.'),
  schema,
  suggests: ['rubric-flat'],
  subject: (context) => {
    const rated = targetOf(context);
    if (!rated) return { unavailable: l10n.t('That milestone is no longer in the plan.') };
    return { text: `${rated.milestone.title} (${rated.goal.data.title})` };
  },
  fields: (context) => {
    const before = targetOf(context)?.milestone.rubric?.before;
    return [
      {
        kind: 'choice',
        name: 'phase',
        label: l10n.t('When are you rating?'),
        options: [
          { value: 'before', label: l10n.t('Before the milestone'), help: l10n.t('Where you start from.') },
          { value: 'after', label: l10n.t('After the milestone'), help: l10n.t('Where it took you.') },
        ],
      },
      ...RUBRIC_DIMENSIONS.map((dimension): FieldSpec => ({
        kind: 'rating',
        name: `ratings.${dimension}`,
        label: RUBRIC_LABELS[dimension].label,
        help: before
          ? l10n.t('{0} Before this milestone you gave {1}.', RUBRIC_LABELS[dimension].help, before[dimension])
          : RUBRIC_LABELS[dimension].help,
        low: l10n.t('very low'),
        high: l10n.t('very high'),
      })),
      longText('notes', l10n.t('What changed, and why?'), { help: l10n.t('A sentence or two makes the numbers mean something later.') }),
    ];
  },
  // Rated before already: now it is time for the after.
  initial: (context) => ({ phase: targetOf(context)?.milestone.rubric?.before ? 'after' : 'before' }),
  output: (data, context) => {
    const rated = targetOf(context);
    if (!rated) throw new Error('The rubric form needs a milestone');
    return {
      create: newAssessment('rubric', context, {
        goal: rated.goal.id,
        milestone: rated.milestone.id,
        phase: data.phase,
        ratings: data.ratings,
        notes: data.notes,
      }),
      edits: [
        {
          path: rated.goal.path,
          edits: [{ op: 'set', path: ['milestones', rated.index, 'rubric', data.phase], value: { ...data.ratings } }],
        },
      ],
    };
  },
});
