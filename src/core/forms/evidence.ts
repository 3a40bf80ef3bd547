import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { evidenceSchema } from '../schema';
import { PILLARS } from '../vocabulary';
import { defineForm, newRecord } from './form';
import { choiceOf, longText } from './fields';
import { PILLAR_LABELS } from './labels';

const { shape } = evidenceSchema;
const schema = z.object({
  title: shape.title.max(200, { error: () => l10n.t('Keep it to {0} characters; the details go into the file.', 200) }),
  date: shape.date,
  impact: shape.impact,
  link: z.string().trim().optional(),
  goal: shape.goal,
  milestone: shape.milestone,
  pillar: shape.pillar,
});

/** An achievement, dated when it happened (most are noted later), with what it served and where to see it. */
export const evidenceForm = defineForm({
  id: 'evidence',
  title: () => l10n.t('Log Evidence'),
  summary: () => l10n.t('Note an achievement, with its impact and a link, for reviews and the brag document'),
  intro: () =>
    l10n.t('What you did and what difference it made, while you still remember: reviews and the brag document are built from these.'),
  schema,
  fields: (context) => {
    const goals = context.plan.goals().filter((goal) => goal.data.status !== 'dropped');
    return [
      { kind: 'text', name: 'title', label: l10n.t('What did you achieve?'), maxLength: 200 },
      { kind: 'date', name: 'date', label: l10n.t('When did it happen? (YYYY-MM-DD)') },
      longText('impact', l10n.t('What difference did it make? (who benefited, what number moved)')),
      {
        kind: 'text',
        name: 'link',
        label: l10n.t('A link to it'),
        placeholder: l10n.t('e.g. the pull request, the design doc or the talk'),
      },
      {
        kind: 'choice',
        name: 'goal',
        label: l10n.t('Which goal does it count towards?'),
        options: goals.map((goal) => ({ value: goal.id, label: goal.data.title })),
      },
      {
        kind: 'choice',
        name: 'milestone',
        label: l10n.t('Which milestone of that goal?'),
        showWhen: { field: 'goal', is: goals.filter((goal) => goal.data.milestones.length > 0).map((goal) => goal.id) },
        options: goals.flatMap((goal) =>
          goal.data.milestones.map((milestone) => ({
            value: milestone.id,
            label: milestone.title,
            showWhen: { field: 'goal', is: [goal.id] },
          })),
        ),
      },
      choiceOf('pillar', l10n.t('Which pillar of growth does it show?'), PILLARS, PILLAR_LABELS),
    ];
  },
  initial: (context) => ({ date: context.today }),
  check: (data, context) =>
    data.date > context.today ? [{ field: 'date', message: l10n.t('Pick today or an earlier day: this is for what you have done.') }] : [],
  output: (data, context) => ({
    create: newRecord('evidence', `${data.date}-${data.title}`, 'evidence', {
      date: data.date,
      title: data.title,
      goal: data.goal,
      milestone: data.milestone,
      pillar: data.pillar,
      impact: data.impact,
      links: data.link ? [data.link] : undefined,
      commits: context.commitLinks?.commits,
      pullRequest: context.commitLinks?.pullRequest,
    }),
    edits: [],
  }),
});
