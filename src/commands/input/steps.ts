import * as vscode from 'vscode';

/** What a step answers: a value, "go back one step", or "cancel". */
export type StepResult<T> = { readonly value: T } | 'back' | 'cancel';

interface Common {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
}

/**
 * One text step of a multi-step input, with a Back button after the first step and live
 * validation: an error blocks Enter, a warning (e.g. vague wording) is shown but allowed.
 */
export function askText(
  options: Common & {
    readonly prompt: string;
    readonly value?: string;
    readonly placeholder?: string;
    /** The most characters the answer may have: the prompt counts them as the user types. */
    readonly maxLength?: number;
    readonly validate?: (value: string) => vscode.InputBoxValidationMessage | string | undefined;
  },
): Promise<StepResult<string>> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    const prompt = (value: string) =>
      options.maxLength ? `${options.prompt} (${value.trim().length}/${options.maxLength})` : options.prompt;
    Object.assign(input, {
      title: options.title,
      step: options.step,
      totalSteps: options.totalSteps,
      prompt: prompt(options.value ?? ''),
      value: options.value ?? '',
      placeholder: options.placeholder,
      ignoreFocusOut: true,
    });
    if (options.step > 1) input.buttons = [vscode.QuickInputButtons.Back];
    const check = (value: string) => {
      input.prompt = prompt(value);
      input.validationMessage = options.validate?.(value);
    };
    // A fresh, empty step shows its prompt, not an error: the user has not typed anything yet.
    if (input.value) check(input.value);
    let settled = false;
    const finish = (result: StepResult<string>) => {
      settled = true;
      resolve(result);
      input.dispose();
    };
    input.onDidChangeValue(check);
    input.onDidTriggerButton(() => finish('back'));
    input.onDidAccept(() => {
      const message = options.validate?.(input.value);
      const blocking = typeof message === 'string' || message?.severity === vscode.InputBoxValidationSeverity.Error;
      if (blocking) input.validationMessage = message;
      else finish({ value: input.value.trim() });
    });
    input.onDidHide(() => {
      if (!settled) finish('cancel');
    });
    input.show();
    keepFocus(options.step, () => settled);
  });
}

/** One pick-one step of a multi-step input, with a Back button after the first step. */
export function askChoice<T>(
  options: Common & {
    readonly placeholder: string;
    readonly items: readonly (vscode.QuickPickItem & { readonly value: T })[];
    readonly selected?: T;
    /** Why a choice cannot be taken; shown in place of the placeholder, and the step stays open. */
    readonly validate?: (value: T) => string | undefined;
  },
): Promise<StepResult<T>> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { readonly value: T }>();
    Object.assign(pick, {
      title: options.title,
      step: options.step,
      totalSteps: options.totalSteps,
      placeholder: options.placeholder,
      ignoreFocusOut: true,
    });
    pick.items = options.items;
    const selected = options.items.find((item) => item.value === options.selected);
    if (selected) pick.activeItems = [selected];
    if (options.step > 1) pick.buttons = [vscode.QuickInputButtons.Back];
    let settled = false;
    const finish = (result: StepResult<T>) => {
      settled = true;
      resolve(result);
      pick.dispose();
    };
    pick.onDidTriggerButton(() => finish('back'));
    pick.onDidAccept(() => {
      const [chosen] = pick.selectedItems;
      if (!chosen) return;
      const refused = options.validate?.(chosen.value);
      if (refused) pick.placeholder = refused;
      else finish({ value: chosen.value });
    });
    pick.onDidHide(() => {
      if (!settled) finish('cancel');
    });
    pick.show();
    keepFocus(options.step, () => settled);
  });
}

/** How long after the first step shows a page that ran the command may still take focus back. */
const FOCUS_SETTLES_MS = 200;

/**
 * A walkthrough's button runs the command, then focuses its own page again: what the user then
 * types would go there, and Enter would not reach the input. Once that has happened, focus goes
 * back to the first step, where the user is typing.
 */
export function keepFocus(step: number, settled: () => boolean): void {
  if (step !== 1) return;
  setTimeout(() => {
    if (!settled()) void vscode.commands.executeCommand('workbench.action.focusQuickOpen').then(undefined, () => undefined);
  }, FOCUS_SETTLES_MS);
}

/** One step of a palette flow over a draft: asked with the flow's title and step counter. */
export type DraftStep<S> = (state: S, common: Common) => Promise<StepResult<Partial<S>>>;

type TextStepOptions = Omit<Parameters<typeof askText>[0], keyof Common | 'value'>;
type ChoiceStepOptions<T> = Omit<Parameters<typeof askChoice<T>>[0], keyof Common | 'selected'>;

/** A text step whose answer goes under `key` of the draft; it starts from the draft's value, or from `initial`. */
export function textStep<S extends Record<K, string>, K extends keyof S & string>(
  key: K,
  options: TextStepOptions & { readonly initial?: (state: S) => string },
): DraftStep<S> {
  const { initial, ...ask } = options;
  return (state, common) =>
    askText({ ...common, ...ask, value: initial ? initial(state) : state[key] }).then(
      (result) => answerAs<K, string>(key)(result) as StepResult<Partial<S>>,
    );
}

/** A pick-one step whose answer goes under `key` of the draft, with the draft's value picked. */
export function choiceStep<S extends Record<K, T>, K extends keyof S & string, T>(key: K, options: ChoiceStepOptions<T>): DraftStep<S> {
  return (state, common) =>
    askChoice<T>({ ...common, ...options, selected: state[key] }).then((result) => answerAs<K, T>(key)(result) as StepResult<Partial<S>>);
}

/**
 * Runs steps in order under one title; Back re-runs the previous one with its answer filled in.
 * Returns false when the user cancelled (the answers so far stay in `state`, so nothing typed is
 * lost).
 */
export async function runSteps<S>(state: S, title: string, steps: readonly DraftStep<S>[]): Promise<boolean> {
  let index = 0;
  while (index < steps.length) {
    const result = await steps[index]!(state, { title, step: index + 1, totalSteps: steps.length });
    if (result === 'cancel') return false;
    if (result === 'back') {
      index = Math.max(0, index - 1);
      continue;
    }
    Object.assign(state as object, result.value);
    index++;
  }
  return true;
}

/** Files a step's answer under a key of the draft. */
function answerAs<K extends string, T>(key: K): (result: StepResult<T>) => StepResult<Record<K, T>> {
  return (result) => (typeof result === 'string' ? result : { value: { [key]: result.value } as Record<K, T> });
}
