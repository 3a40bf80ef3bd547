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
    const prompt = (value: string) => (options.maxLength ? `${options.prompt} (${value.trim().length}/${options.maxLength})` : options.prompt);
    Object.assign(input, { title: options.title, step: options.step, totalSteps: options.totalSteps, prompt: prompt(options.value ?? ''), value: options.value ?? '', placeholder: options.placeholder, ignoreFocusOut: true });
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
    keepFocus(input, options.step, () => settled);
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
    Object.assign(pick, { title: options.title, step: options.step, totalSteps: options.totalSteps, placeholder: options.placeholder, ignoreFocusOut: true });
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
    keepFocus(pick, options.step, () => settled);
  });
}

/** How long after the first step shows a page that ran the command may still take focus back. */
const FOCUS_SETTLES_MS = 200;

/**
 * A walkthrough's button runs the command, then focuses its own page again: what the user then
 * types would go there, and Enter would not reach the input. The first step shows itself once
 * more when that has happened, so focus is where the user is typing.
 */
export function keepFocus(input: vscode.QuickInput, step: number, settled: () => boolean): void {
  if (step !== 1) return;
  setTimeout(() => {
    if (!settled()) input.show();
  }, FOCUS_SETTLES_MS);
}

/**
 * Runs steps in order; Back re-runs the previous one with its answer filled in. Returns false
 * when the user cancelled (the answers so far stay in `state`, so nothing typed is lost).
 */
export async function runSteps<S>(state: S, steps: readonly ((state: S, step: number, total: number) => Promise<StepResult<Partial<S>>>)[]): Promise<boolean> {
  let index = 0;
  while (index < steps.length) {
    const result = await steps[index]!(state, index + 1, steps.length);
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

/** Files a step's answer under a key of the draft: `askText(...).then(answerAs('title'))`. */
export function answerAs<K extends string, T>(key: K): (result: StepResult<T>) => StepResult<Record<K, T>> {
  return (result) => (typeof result === 'string' ? result : { value: { [key]: result.value } as Record<K, T> });
}
