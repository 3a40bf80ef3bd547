import { SCHEMA_VERSION, promotionAssessmentSchema } from '../schema';
import { ALWAYS, compact, defineForm, type FileEdits } from './form';

const { shape } = promotionAssessmentSchema;
const schema = promotionAssessmentSchema
  .pick({ targetLevel: true, performingAtNextLevel: true, businessJustification: true, budget: true, voicedToManager: true, cycle: true, feedback: true, notes: true })
  // A commitment can only follow a conversation: asked only once the manager knows.
  .extend({ firmCommitment: shape.firmCommitment.optional() })
  .superRefine((data, context) => {
    if (data.voicedToManager && data.firmCommitment === undefined) {
      context.addIssue({ code: 'custom', path: ['firmCommitment'], message: 'Answer yes or no.' });
    }
  }, ALWAYS);

/** Am I ready for promotion, and does everyone who decides know it? */
export const promotionForm = defineForm({
  id: 'promotion',
  title: 'Promotion Readiness',
  summary: 'Check readiness for the next level: performance, justification, budget, commitment',
  intro: 'A promotion needs three things: you already work at the next level, the business needs that level, and there is budget for it. It also needs your manager to know you want it, and a cycle to aim for.',
  schema,
  fields: () => [
    { kind: 'text', name: 'targetLevel', label: 'The level you are aiming for', placeholder: 'e.g. Senior Software Engineer' },
    { kind: 'rating', name: 'performingAtNextLevel', label: 'How much of your work is already at that level?', low: 'hardly any', high: 'all of it' },
    { kind: 'boolean', name: 'businessJustification', label: 'Does the business need someone at that level?', help: 'Work at the next level exists, and someone has to do it.' },
    { kind: 'boolean', name: 'budget', label: 'Is there budget for the promotion?', help: 'Leave it blank if you do not know yet.' },
    { kind: 'boolean', name: 'voicedToManager', label: 'Have you told your manager you want this promotion?', help: 'Ask; do not assume they know.' },
    { kind: 'boolean', name: 'firmCommitment', label: 'Did your manager commit to it?', help: 'A clear "yes, this cycle", not "we will see".', showWhen: { field: 'voicedToManager', is: [true] } },
    { kind: 'text', name: 'cycle', label: 'Which promotion cycle are you aiming for?', help: '"Some time" is not a date: name the cycle.', placeholder: 'e.g. 2027-H1' },
    { kind: 'long-text', name: 'feedback', label: 'What feedback did you get?', help: 'From your manager or the last promotion committee.', showWhen: { field: 'voicedToManager', is: [true] } },
    { kind: 'long-text', name: 'notes', label: 'Notes', help: 'What you will do before the next check.' },
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
      create: {
        folder: 'assessments',
        name: `${context.today}-promotion`,
        data: compact({
          kind: 'assessment',
          schema: SCHEMA_VERSION,
          type: 'promotion',
          date: context.today,
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
      },
      // The profile names the cycle the whole plan aims at.
      edits,
    };
  },
});
