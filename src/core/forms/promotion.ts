import * as l10n from '@vscode/l10n';
import { promotionAssessmentSchema } from '../schema';
import { ALWAYS, defineForm, newAssessment, type FileEdits } from './form';
import { longText, yesNo } from './fields';

const { shape } = promotionAssessmentSchema;
const schema = promotionAssessmentSchema
  .pick({
    targetLevel: true,
    performingAtNextLevel: true,
    businessJustification: true,
    budget: true,
    voicedToManager: true,
    cycle: true,
    feedback: true,
    notes: true,
  })
  // A commitment can only follow a conversation: asked (and needed) only once the manager knows.
  .extend({ firmCommitment: shape.firmCommitment.optional() })
  .superRefine((data, context) => {
    if (data.voicedToManager && data.firmCommitment === undefined) {
      context.addIssue({ code: 'custom', path: ['firmCommitment'], message: l10n.t('Answer yes or no.') });
    }
  }, ALWAYS);

/** Am I ready for promotion, and does everyone who decides know it? */
export const promotionForm = defineForm({
  id: 'promotion',
  title: () => l10n.t('Promotion Readiness'),
  summary: () => l10n.t('Check readiness for the next level: performance, justification, budget, commitment'),
  intro: () =>
    l10n.t(
      'A promotion needs three things: you already work at the next level, the business needs that level, and there is budget for it. It also needs your manager to know you want it, and a cycle to aim for.',
    ),
  schema,
  suggests: ['promotion'],
  fields: () => [
    {
      kind: 'text',
      name: 'targetLevel',
      label: l10n.t('The level you are aiming for'),
      placeholder: l10n.t('e.g. Senior Software Engineer'),
    },
    {
      kind: 'rating',
      name: 'performingAtNextLevel',
      label: l10n.t('How much of your work is already at that level?'),
      low: l10n.t('hardly any'),
      high: l10n.t('all of it'),
    },
    yesNo('businessJustification', l10n.t('Does the business need someone at that level?'), {
      help: l10n.t('Work at the next level exists, and someone has to do it.'),
    }),
    yesNo('budget', l10n.t('Is there budget for the promotion?'), { help: l10n.t('Leave it blank if you do not know yet.') }),
    yesNo('voicedToManager', l10n.t('Have you told your manager you want this promotion?'), {
      help: l10n.t('Ask; do not assume they know.'),
    }),
    yesNo('firmCommitment', l10n.t('Did your manager commit to it?'), {
      help: l10n.t('A clear "yes, this cycle", not "we will see".'),
      showWhen: { field: 'voicedToManager', is: [true] },
      required: true,
    }),
    {
      kind: 'text',
      name: 'cycle',
      label: l10n.t('Which promotion cycle are you aiming for?'),
      help: l10n.t('"Some time" is not a date: name the cycle.'),
      placeholder: l10n.t('e.g. 2027-H1'),
    },
    longText('feedback', l10n.t('What feedback did you get?'), {
      help: l10n.t('From your manager or the last promotion committee.'),
      showWhen: { field: 'voicedToManager', is: [true] },
    }),
    longText('notes', l10n.t('Notes'), { help: l10n.t('What you will do before the next check.') }),
  ],
  initial: (context) => {
    const profile = context.plan.profile()?.data;
    return { targetLevel: profile?.targetLevel, cycle: profile?.promotionCycle };
  },
  output: (data, context) => {
    const profile = context.plan.profile();
    const edits: FileEdits[] =
      profile && data.cycle && profile.data.promotionCycle !== data.cycle
        ? [{ path: profile.path, edits: [{ op: 'set', path: ['promotionCycle'], value: data.cycle }] }]
        : [];
    return {
      create: newAssessment('promotion', context, {
        targetLevel: data.targetLevel,
        performingAtNextLevel: data.performingAtNextLevel,
        businessJustification: data.businessJustification,
        budget: data.budget,
        voicedToManager: data.voicedToManager,
        firmCommitment: data.firmCommitment ?? false,
        cycle: data.cycle,
        feedback: data.feedback,
        notes: data.notes,
      }),
      // The profile names the cycle the whole plan aims at.
      edits,
    };
  },
});
