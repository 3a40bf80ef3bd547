import * as l10n from '@vscode/l10n';
import { SCHEMA_VERSION, stageAssessmentSchema } from '../schema';
import { CAREER_STAGES, FAILURE_MODES, PILLARS } from '../vocabulary';
import type { FieldSpec } from './field';
import { compact, defineForm } from './form';
import { FAILURE_MODE_LABELS, PILLAR_LABELS, STAGE_LABELS, optionsOf } from './labels';

const schema = stageAssessmentSchema.pick({ stage: true, pillars: true, failureModes: true, notes: true });


/** Career stage, the three pillars, and an honest check against the traps of each stage. */
export const stageForm = defineForm({
  id: 'stage',
  get title() {
    return l10n.t('Career Stage and Pillars');
  },
  get summary() {
    return l10n.t('Rate the technical, relationship and influence pillars for your stage');
  },
  get intro() {
    return l10n.t('Growth rests on three pillars: technical skill, relationships and influence. How much each one counts changes with your stage. Rate where you are today; rate again in a few months to see the change.');
  },
  schema,
  fields: () => [
    { kind: 'choice', name: 'stage', label: l10n.t('Your career stage'), options: optionsOf(CAREER_STAGES, STAGE_LABELS) },
    ...PILLARS.map(
      (pillar): FieldSpec => ({
        kind: 'rating',
        name: `pillars.${pillar}`,
        label: PILLAR_LABELS[pillar].label,
        help: PILLAR_LABELS[pillar].help,
        low: l10n.t('just starting'),
        high: l10n.t('a model for others'),
      }),
    ),
    {
      kind: 'multi-choice',
      name: 'failureModes',
      label: l10n.t('Which of these do you recognise in yourself?'),
      help: l10n.t('Tick honestly; nobody is free of all of them. Leave them all unticked if none fits.'),
      options: optionsOf(FAILURE_MODES, FAILURE_MODE_LABELS).map((option) => ({
        ...option,
        group: FAILURE_MODE_LABELS[option.value].stage === 'past-senior' ? l10n.t('Traps past senior') : l10n.t('Traps on the way to senior'),
      })),
    },
    { kind: 'long-text', name: 'notes', label: l10n.t('Notes'), help: l10n.t('Why you rated yourself this way, and what you will do about the traps you ticked.') },
  ],
  initial: (context) => ({ stage: context.plan.profile()?.data.stage }),
  output: (data, context) => {
    const profile = context.plan.profile();
    return {
      create: {
        folder: 'assessments',
        name: `${context.today}-stage`,
        data: {
          ...compact({ kind: 'assessment', schema: SCHEMA_VERSION, type: 'stage', date: context.today, stage: data.stage, pillars: data.pillars }),
          // Written even when empty: "none of them" is an answer to the checklist.
          failureModes: data.failureModes,
          ...compact({ notes: data.notes }),
        },
      },
      // The profile keeps the current stage; an assessment that finds a new one updates it.
      edits: profile && profile.data.stage !== data.stage ? [{ path: profile.path, edits: [{ op: 'set', path: ['stage'], value: data.stage }] }] : [],
    };
  },
});
