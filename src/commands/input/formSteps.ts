import * as vscode from 'vscode';
import { fieldMessage, fieldsOf, submitForm, type Submission } from '../../core/forms/engine';
import { conditionHolds, visibleOptions, type FieldSpec, type FormValue, type FormValues } from '../../core/forms/field';
import type { FormContext, FormDefinition } from '../../core/forms/form';
import type { Services } from '../../services';
import { askChoice, askText, keepFocus, type StepResult } from './steps';

/**
 * The palette's way of filling in a form: the same form definitions the webview draws, asked one
 * field at a time in the quick input, with a step counter, a Back button, the form's own
 * messages while typing, and a draft kept per form so Escape loses nothing.
 */

/** A draft as kept in the workspace: the answers so far and the step the user was at. */
interface Draft {
  readonly values: FormValues;
  readonly step: number;
}

export interface QuickFormOptions {
  /** Values to start from (a prefill); they win over the form's own initial values and any draft. */
  readonly values?: FormValues;
  /** Fields already answered elsewhere (the goal of a tree row): not asked. */
  readonly skip?: readonly string[];
  /** Start from the kept draft, at the step the user left. */
  readonly resume?: boolean;
  /** Where the answers came from ("Suggested after your rut assessment"), shown beside the title. */
  readonly from?: string;
}

/** What a finished form gives: the values and what saving them writes. */
export interface FilledForm {
  readonly values: FormValues;
  readonly submission: Submission;
}

const ASKABLE = new Set<FieldSpec['kind']>(['text', 'long-text', 'date', 'choice', 'multi-choice', 'rating', 'boolean']);
const draftKey = (form: FormDefinition) => `devgrowth.draft.${form.id}`;
/** The context key that says a form has a draft (`devgrowth.draft.goal`), for menus and the palette. */
export const draftContextKey = draftKey;

export function hasDraft(services: Services, form: FormDefinition): boolean {
  return services.context.workspaceState.get<Draft>(draftKey(form)) !== undefined;
}

export async function clearDraft(services: Services, form: FormDefinition): Promise<void> {
  await services.context.workspaceState.update(draftKey(form), undefined);
  await vscode.commands.executeCommand('setContext', draftContextKey(form), false);
}

async function keepDraft(services: Services, form: FormDefinition, draft: Draft): Promise<void> {
  await services.context.workspaceState.update(draftKey(form), draft);
  await vscode.commands.executeCommand('setContext', draftContextKey(form), true);
}

/** Sets the context keys of the drafts kept from an earlier window, so "Resume" shows where it belongs. */
export async function announceDrafts(services: Services, forms: readonly FormDefinition[]): Promise<void> {
  for (const form of forms) if (hasDraft(services, form)) await vscode.commands.executeCommand('setContext', draftContextKey(form), true);
}

/**
 * Walks the form's fields in the quick input. Resolves with the values and what they write once
 * every answer is valid; undefined when the user pressed Escape (the draft is kept and a
 * notification offers to resume, `resumeCommand` when given).
 */
export async function fillForm(services: Services, form: FormDefinition, context: FormContext, options: QuickFormOptions & { readonly resumeCommand?: string; readonly taken: (path: string) => boolean }): Promise<FilledForm | undefined> {
  const kept = services.context.workspaceState.get<Draft>(draftKey(form));
  const useDraft = kept !== undefined && (options.resume === true || options.values === undefined || Object.keys(options.values).length === 0);
  let values: FormValues = { ...compactValues(form.initial?.(context) ?? {}), ...(useDraft ? kept.values : {}), ...options.values };
  const skip = new Set(options.skip ?? []);
  const all = fieldsOf(form, context).filter((field) => !skip.has(field.name));
  for (const field of all) if (!ASKABLE.has(field.kind)) throw new Error(`The ${form.id} form has a ${field.kind} field, which the quick input cannot ask`);
  const starters = form.starters && !values.title ? form.starters(context) : [];
  /** The steps as the values stand: a starting point (when there are any), then each field that shows. */
  const steps = () => [...(starters.length > 0 ? ['starter'] : []), ...all.filter((field) => conditionHolds(field.showWhen, values)).map((field) => field.name)];
  let index = useDraft && kept ? Math.min(kept.step, steps().length - 1) : 0;
  for (;;) {
    const names = steps();
    if (index >= names.length) {
      const result = submitForm(form, context, values, options.taken);
      if (result.ok) {
        await clearDraft(services, form);
        return { values, submission: result.data };
      }
      // A rule across fields refused: go back to the first field it names, which shows why.
      const first = names.findIndex((name) => name in result.errors.fields);
      if (first < 0) {
        void vscode.window.showErrorMessage([...result.errors.form, ...Object.values(result.errors.fields)].join(' '));
        await keepDraft(services, form, { values, step: 0 });
        return undefined;
      }
      index = first;
      continue;
    }
    const name = names[index]!;
    const step = { title: options.from ? vscode.l10n.t('{0}: {1}', form.title, options.from) : form.title, step: index + 1, totalSteps: names.length };
    const result: StepResult<FormValues> =
      name === 'starter' ? await askStarter(step, starters, values) : await askField(step, form, context, all.find((field) => field.name === name)!, values);
    if (result === 'cancel') {
      await keepDraft(services, form, { values, step: index });
      if (Object.values(values).some((value) => value !== '' && value !== undefined)) void offerToResume(form, options.resumeCommand);
      return undefined;
    }
    if (result === 'back') {
      index = Math.max(0, index - 1);
      continue;
    }
    values = { ...values, ...result.value };
    await keepDraft(services, form, { values, step: index + 1 });
    index++;
  }
}

async function offerToResume(form: FormDefinition, resumeCommand: string | undefined): Promise<void> {
  const resume = vscode.l10n.t('Resume {0}', form.title);
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Your answers to {0} are kept as a draft.', form.title), ...(resumeCommand ? [resume] : []));
  if (choice === resume && resumeCommand) await vscode.commands.executeCommand(resumeCommand);
}

type Step = { readonly title: string; readonly step: number; readonly totalSteps: number };

function askStarter(step: Step, starters: NonNullable<ReturnType<NonNullable<FormDefinition['starters']>>>, values: FormValues): Promise<StepResult<FormValues>> {
  return askChoice({
    ...step,
    placeholder: vscode.l10n.t('Start from a way out of your rut, or write your own'),
    selected: starters.find((starter) => starter.values.title === values.title),
    items: [{ label: `$(edit) ${vscode.l10n.t('Write my own')}`, value: undefined }, ...starters.map((starter) => ({ label: starter.label, description: starter.detail, value: starter }))],
  }).then((result) => (typeof result === 'string' ? result : { value: result.value?.values ?? {} }));
}

function askField(step: Step, form: FormDefinition, context: FormContext, field: FieldSpec, values: FormValues): Promise<StepResult<FormValues>> {
  const answer = <T extends FormValue>(result: StepResult<T>): StepResult<FormValues> => (typeof result === 'string' ? result : { value: { [field.name]: result.value } });
  const optional = !field.required;
  switch (field.kind) {
    case 'text':
    case 'long-text':
    case 'date': {
      const check = (text: string) => {
        const { error, warning } = fieldMessage(form, context, { ...values, [field.name]: text }, field.name);
        if (error) return { message: error, severity: vscode.InputBoxValidationSeverity.Error };
        if (warning) return { message: warning, severity: vscode.InputBoxValidationSeverity.Warning };
        return undefined;
      };
      const label = optional ? vscode.l10n.t('{0} (optional, Enter to skip)', field.label) : field.label;
      return askText({
        ...step,
        prompt: field.help ? `${label} ${field.help}` : label,
        value: typeof values[field.name] === 'string' ? (values[field.name] as string) : '',
        placeholder: field.placeholder,
        maxLength: 'maxLength' in field ? field.maxLength : undefined,
        validate: check,
      }).then(answer);
    }
    case 'choice': {
      const options = visibleOptions(field, values);
      return askChoice({
        ...step,
        placeholder: optional ? vscode.l10n.t('{0} (optional)', field.label) : field.label,
        selected: (values[field.name] as string | undefined) ?? (optional ? '' : undefined),
        items: [...(optional ? [{ label: vscode.l10n.t('None'), value: '' }] : []), ...options.map((option) => ({ label: option.label, detail: option.help, value: option.value }))],
        validate: (value) => fieldMessage(form, context, { ...values, [field.name]: value }, field.name).error,
      }).then(answer);
    }
    case 'boolean':
      return askChoice({
        ...step,
        placeholder: optional ? vscode.l10n.t('{0} (optional)', field.label) : field.label,
        selected: values[field.name] as boolean | null | undefined,
        items: [
          ...(optional ? [{ label: vscode.l10n.t('Leave blank'), value: null }] : []),
          { label: vscode.l10n.t('Yes'), detail: field.help, value: true },
          { label: vscode.l10n.t('No'), value: false },
        ],
      }).then(answer);
    case 'rating':
      return askChoice({
        ...step,
        placeholder: field.label,
        selected: values[field.name] as number | undefined,
        items: [1, 2, 3, 4, 5].map((rating) => ({ label: String(rating), description: rating === 1 ? field.low : rating === 5 ? field.high : undefined, value: rating })),
      }).then(answer);
    case 'multi-choice':
      return askMany(step, field.label, visibleOptions(field, values), Array.isArray(values[field.name]) ? (values[field.name] as string[]) : []).then(answer);
    default:
      throw new Error(`The quick input cannot ask a ${field.kind} field`);
  }
}

/** A pick-many step (the options ticked so far stay ticked when the user comes back). */
function askMany(step: Step, placeholder: string, options: readonly { value: string; label: string; help?: string }[], picked: readonly string[]): Promise<StepResult<string[]>> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: string }>();
    Object.assign(pick, { ...step, placeholder, canSelectMany: true, ignoreFocusOut: true });
    pick.items = options.map((option) => ({ label: option.label, detail: option.help, value: option.value }));
    pick.selectedItems = pick.items.filter((item) => picked.includes(item.value));
    if (step.step > 1) pick.buttons = [vscode.QuickInputButtons.Back];
    let settled = false;
    const finish = (result: StepResult<string[]>) => {
      settled = true;
      resolve(result);
      pick.dispose();
    };
    pick.onDidTriggerButton(() => finish('back'));
    pick.onDidAccept(() => finish({ value: pick.selectedItems.map((item) => item.value) }));
    pick.onDidHide(() => settled || finish('cancel'));
    pick.show();
    keepFocus(pick, step.step, () => settled);
  });
}

function compactValues(values: Readonly<Record<string, FormValue | undefined>>): FormValues {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, FormValue] => entry[1] !== undefined));
}
