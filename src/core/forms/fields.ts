/**
 * The field kinds many forms ask, each built one way: a yes/no question, a long answer, a
 * choice among a vocabulary's values (with each value's label and help), and the review's
 * yes / partly / no.
 */
import * as l10n from '@vscode/l10n';
import type { BooleanField, ChoiceField, FieldOption, TextField } from './field';
import { optionsOf, type Described } from './labels';

/** What a field may say beyond its name and label. */
type More<F> = Partial<Omit<F, 'name' | 'label'>>;

/** A yes/no question. */
export function yesNo(name: string, label: string, more: More<BooleanField> = {}): BooleanField {
  return { kind: 'boolean', name, label, ...more };
}

/** An answer of a few sentences. */
export function longText(name: string, label: string, more: More<TextField> = {}): TextField {
  return { kind: 'long-text', name, label, ...more };
}

/** A choice (or, with `kind: 'multi-choice'`, several) among a vocabulary's values, in its order. */
export function choiceOf<K extends string>(
  name: string,
  label: string,
  values: readonly K[],
  labels: Record<K, Described>,
  more: More<Omit<ChoiceField, 'options'>> = {},
): ChoiceField {
  return { kind: 'choice', name, label, ...more, options: optionsOf(values, labels) };
}

/** Yes, partly or no: whether something went as hoped. */
export function yesPartlyNo(noHelp?: string): FieldOption[] {
  return [
    { value: 'yes', label: l10n.t('Yes') },
    { value: 'partly', label: l10n.t('Partly') },
    { value: 'no', label: l10n.t('No'), ...(noHelp === undefined ? {} : { help: noHelp }) },
  ];
}
