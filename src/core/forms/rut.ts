import * as l10n from '@vscode/l10n';
import type { GrowthIndex } from '../growthIndex';
import { rutAssessmentSchema } from '../schema';
import { RUT_SCENARIOS, type RutScenario } from '../vocabulary';
import type { FieldOption } from './field';
import { defineForm, newAssessment } from './form';
import { choiceOf, longText } from './fields';
import { RUT_LABELS, RUT_OPTIONS } from './labels';

const schema = rutAssessmentSchema.pick({ scenarios: true, options: true, notes: true }).extend({
  /** Ways out the user thought of; saved with the picked ones under `options`. */
  ownOptions: rutAssessmentSchema.shape.options,
});

/**
 * Every way out of every rut: the source says to take any option that appeals, whichever rut
 * it belongs to. The ways out of the ruts ticked are listed first.
 */
function suggestions(): FieldOption[] {
  return RUT_SCENARIOS.flatMap((scenario) =>
    RUT_OPTIONS[scenario].map((option) => ({
      value: option,
      label: option,
      group: RUT_LABELS[scenario].label,
      firstWhen: { field: 'scenarios', is: [scenario] },
    })),
  );
}

/** The scenario a way out belongs to: its own for a suggestion, else the first one picked. */
function scenarioOf(option: string, picked: readonly RutScenario[]): RutScenario | undefined {
  // A way out of the person's own belongs to a rut only when there was just the one: with
  // several, nothing says which of them it answers.
  return (
    RUT_SCENARIOS.find((scenario) => picked.includes(scenario) && RUT_OPTIONS[scenario].includes(option)) ??
    (picked.length === 1 ? picked[0] : undefined)
  );
}

/** A way out of a rut, to start a goal from. */
export interface WayOut {
  readonly title: string;
  readonly rut?: RutScenario;
}

/**
 * The ways out that fit the latest rut assessment: the ones it chose first, then the other
 * suggestions for its scenarios. Empty when the plan has no rut assessment.
 */
export function waysOut(plan: GrowthIndex): WayOut[] {
  const latest = plan.assessments('rut')[0]?.data;
  if (latest?.type !== 'rut') return [];
  const chosen = latest.options ?? [];
  const suggested = latest.scenarios.flatMap((scenario) => RUT_OPTIONS[scenario]).filter((option) => !chosen.includes(option));
  return [...new Set([...chosen, ...suggested])].map((title) => {
    const rut = scenarioOf(title, latest.scenarios);
    return rut ? { title, rut } : { title };
  });
}

/** Where am I stuck, and what could get me out: the first step of getting unstuck. */
export const rutForm = defineForm({
  id: 'rut',
  title: () => l10n.t('Where Are You Stuck?'),
  summary: () => l10n.t('Name the rut you are in and pick ways out of it'),
  intro: () =>
    l10n.t(
      'Feeling stuck usually has a reason you can name. Pick what fits, then choose the ways out that appeal to you: each one can become a goal.',
    ),
  schema,
  fields: () => [
    choiceOf('scenarios', l10n.t('What describes your situation?'), RUT_SCENARIOS, RUT_LABELS, {
      kind: 'multi-choice',
      help: l10n.t('Pick every one that fits.'),
    }),
    {
      kind: 'multi-choice',
      name: 'options',
      label: l10n.t('Which ways out appeal to you?'),
      help: l10n.t(
        'Take any that appeals, even from another rut: the ways out of the ruts you ticked come first. Each can become a goal after you save.',
      ),
      options: suggestions(),
    },
    {
      kind: 'text-list',
      name: 'ownOptions',
      label: l10n.t('Other ways out you can think of'),
      itemLabel: l10n.t('Way out'),
      addLabel: l10n.t('Add way out'),
      placeholder: l10n.t('e.g. Pair with the data team on the pricing model'),
      showWhen: { field: 'scenarios', is: [...RUT_SCENARIOS] },
    },
    longText('notes', l10n.t('How did you notice?'), { help: l10n.t('A few sentences on what made you feel this way.') }),
  ],
  output: (data, context) => ({
    create: newAssessment('rut', context, {
      scenarios: data.scenarios,
      options: [...(data.options ?? []), ...(data.ownOptions ?? [])],
      notes: data.notes,
    }),
    edits: [],
  }),
  suggests: ['rut'],
});
