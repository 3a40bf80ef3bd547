import * as l10n from '@vscode/l10n';
import { SCHEMA_VERSION, stageAssessmentSchema } from '../schema';
import { CAREER_STAGES, FAILURE_MODES, PILLARS, type CareerStage } from '../vocabulary';
import type { FieldSpec } from './field';
import { compact, defineForm } from './form';
import { choiceOf, longText, yesNo } from './fields';
import { FAILURE_MODE_LABELS, PILLAR_LABELS, STAGE_GUIDANCE, STAGE_LABELS, optionsOf } from './labels';

const schema = stageAssessmentSchema.pick({ stage: true, pillars: true, failureModes: true, rootCauses: true, notes: true });

/** What the stage picked expects and what speeds growth there, and the same for the stage after it. */
function guidance(stage: CareerStage): FieldSpec {
  const next = CAREER_STAGES[CAREER_STAGES.indexOf(stage) + 1];
  const sections = (of: CareerStage) => [
    { heading: l10n.t('{0}: what is expected', STAGE_LABELS[of].label), points: STAGE_GUIDANCE[of].expectations() },
    { heading: l10n.t('{0}: what speeds growth', STAGE_LABELS[of].label), points: STAGE_GUIDANCE[of].accelerants() },
  ];
  return {
    kind: 'note',
    name: `guidance.${stage}`,
    label: next ? l10n.t('Your stage, and the next one') : l10n.t('Your stage'),
    ...(next ? { help: l10n.t('What got you here may not get you to the next level: read both.') } : {}),
    sections: [...sections(stage), ...(next ? sections(next) : [])],
    showWhen: { field: 'stage', is: [stage] },
  };
}

/** The trap groups, by the stage where they tend to show. */
function trapGroup(stage: CareerStage): string {
  switch (stage) {
    case 'before-senior':
      return l10n.t('Traps before senior');
    case 'senior':
      return l10n.t('Traps on the way to senior');
    case 'past-senior':
      return l10n.t('Traps past senior');
  }
}

/** Career stage, the three pillars, and an honest check against the traps of each stage. */
export const stageForm = defineForm({
  id: 'stage',
  title: () => l10n.t('Career Stage and Pillars'),
  summary: () => l10n.t('Rate the technical, relationship and influence pillars for your stage'),
  intro: () =>
    l10n.t(
      'Growth rests on three pillars: technical skill, relationships and influence. How much each one counts changes with your stage. Rate where you are today; rate again in a few months to see the change.',
    ),
  schema,
  suggests: ['failure-mode', 'weakest-pillar', 'root-cause', 'stage'],
  fields: () => [
    choiceOf('stage', l10n.t('Your career stage'), CAREER_STAGES, STAGE_LABELS),
    ...CAREER_STAGES.map(guidance),
    ...PILLARS.map((pillar): FieldSpec => ({
      kind: 'rating',
      name: `pillars.${pillar}`,
      label: PILLAR_LABELS[pillar].label,
      help: PILLAR_LABELS[pillar].help,
      low: l10n.t('just starting'),
      high: l10n.t('a model for others'),
    })),
    {
      kind: 'multi-choice',
      name: 'failureModes',
      label: l10n.t('Which of these do you recognise in yourself?'),
      help: l10n.t('Tick honestly; nobody is free of all of them. Leave them all unticked if none fits.'),
      options: optionsOf(FAILURE_MODES, FAILURE_MODE_LABELS).map((option) => ({
        ...option,
        group: trapGroup(FAILURE_MODE_LABELS[option.value].stage),
      })),
    },
    {
      kind: 'choice',
      name: 'rootCauses.projectImportance',
      label: l10n.t('Before goals for your weakest pillar: how important is your current project to the organisation?'),
      help: l10n.t('Work that matters little to the organisation rarely shows the next level.'),
      options: [
        { value: 'high', label: l10n.t('Very important') },
        { value: 'medium', label: l10n.t('Somewhat') },
        { value: 'low', label: l10n.t('Not very') },
      ],
    },
    {
      kind: 'choice',
      name: 'rootCauses.seniorityOnProject',
      label: l10n.t('Are you the most senior or the most junior on the project?'),
      help: l10n.t('If nobody at the level you want works on it, it is probably not a project at that level.'),
      options: [
        { value: 'most-senior', label: l10n.t('The most senior') },
        { value: 'in-between', label: l10n.t('In between') },
        { value: 'most-junior', label: l10n.t('The most junior') },
      ],
    },
    yesNo('rootCauses.careerTalk', l10n.t('Have you had a career talk with your manager, with clear dates?')),
    longText('rootCauses.leaders', l10n.t('Think of the leaders who influenced your career most: what made them stand out?'), {
      help: l10n.t('Rarely their certificates: more credentials are seldom what is missing.'),
    }),
    longText('notes', l10n.t('Notes'), {
      help: l10n.t('Why you rated yourself this way, and what you will do about the traps you ticked.'),
    }),
  ],
  initial: (context) => ({ stage: context.plan.profile()?.data.stage }),
  output: (data, context) => {
    const profile = context.plan.profile();
    return {
      create: {
        folder: 'assessments',
        name: `${context.today}-stage`,
        data: {
          ...compact({
            kind: 'assessment',
            schema: SCHEMA_VERSION,
            type: 'stage',
            date: context.today,
            stage: data.stage,
            pillars: data.pillars,
          }),
          // Written even when empty: "none of them" is an answer to the checklist.
          failureModes: data.failureModes,
          ...compact({
            rootCauses: data.rootCauses && Object.keys(compact(data.rootCauses)).length > 0 ? compact(data.rootCauses) : undefined,
            notes: data.notes,
          }),
        },
      },
      // The profile keeps the current stage; an assessment that finds a new one updates it.
      edits:
        profile && profile.data.stage !== data.stage
          ? [{ path: profile.path, edits: [{ op: 'set', path: ['stage'], value: data.stage }] }]
          : [],
    };
  },
});
