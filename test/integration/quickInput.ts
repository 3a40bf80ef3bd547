/**
 * A scripted quick input: the wizards' input boxes and pick lists are replaced by fakes that
 * answer as a user would (type, pick, go back, press Escape), so a test can walk a palette flow
 * in the real extension host and see each step as VS Code would show it.
 */
import * as vscode from 'vscode';

/** One step as the user sees it. */
export interface Shown {
  readonly kind: 'input' | 'pick';
  readonly title?: string;
  readonly step?: number;
  readonly totalSteps?: number;
  readonly prompt?: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly labels: readonly string[];
  readonly active?: string;
  /** What the input said while typing (an error or a warning), after `type`. */
  readonly validation?: string;
  readonly back: boolean;
}

/** What the user does at a step: type text and press Enter, pick an item by (part of) its label, go back, or press Escape. */
export type Answer = { type: string } | { pick: string } | { typeOnly: string } | 'enter' | 'back' | 'escape';

class Fake<T extends vscode.QuickPickItem> {
  title?: string;
  step?: number;
  totalSteps?: number;
  prompt?: string;
  value = '';
  placeholder?: string;
  validationMessage?: string | vscode.InputBoxValidationMessage;
  buttons: readonly vscode.QuickInputButton[] = [];
  items: readonly T[] = [];
  activeItems: readonly T[] = [];
  selectedItems: readonly T[] = [];
  canSelectMany = false;
  ignoreFocusOut = false;
  private readonly accept = new vscode.EventEmitter<void>();
  private readonly hide = new vscode.EventEmitter<void>();
  private readonly change = new vscode.EventEmitter<string>();
  private readonly button = new vscode.EventEmitter<vscode.QuickInputButton>();
  readonly onDidAccept = this.accept.event;
  readonly onDidHide = this.hide.event;
  readonly onDidChangeValue = this.change.event;
  readonly onDidTriggerButton = this.button.event;
  private shown = false;

  constructor(
    private readonly kind: 'input' | 'pick',
    private readonly script: Script,
  ) {}

  show(): void {
    // A step may show itself again (to take focus back); the user answers it once.
    if (this.shown) return;
    this.shown = true;
    setTimeout(() => this.script.answer(this), 0);
  }

  dispose(): void {}

  describe(): Shown {
    const message = this.validationMessage;
    return {
      kind: this.kind,
      title: this.title,
      step: this.step,
      totalSteps: this.totalSteps,
      prompt: this.prompt,
      placeholder: this.placeholder,
      value: this.value,
      labels: this.items.map((item) => item.label),
      active: this.activeItems[0]?.label,
      validation: typeof message === 'string' ? message : message?.message,
      back: this.buttons.includes(vscode.QuickInputButtons.Back),
    };
  }

  act(answer: Answer): void {
    if (answer === 'escape') return this.hide.fire();
    if (answer === 'back') return this.button.fire(vscode.QuickInputButtons.Back);
    if (answer === 'enter') {
      if (this.kind === 'pick' && this.activeItems[0]) this.selectedItems = [this.activeItems[0]];
      return this.accept.fire();
    }
    if ('pick' in answer) {
      const item = this.items.find((candidate) => candidate.label.includes(answer.pick));
      if (!item) throw new Error(`No item "${answer.pick}" among ${this.items.map((candidate) => candidate.label).join(' | ')}`);
      this.selectedItems = [item];
      return this.accept.fire();
    }
    const text = 'type' in answer ? answer.type : answer.typeOnly;
    this.value = text;
    this.change.fire(text);
    if ('type' in answer) this.accept.fire();
  }
}

class Script {
  readonly seen: Shown[] = [];
  private index = 0;
  constructor(private readonly answers: readonly Answer[]) {}

  answer(fake: Fake<vscode.QuickPickItem>): void {
    const answer = this.answers[this.index++] ?? 'escape';
    fake.act(answer);
    // What the step shows after the answer (the message while typing, a refusal) is what the user saw.
    this.seen.push(fake.describe());
    if (typeof answer === 'object' && 'typeOnly' in answer) setTimeout(() => this.answer(fake), 0);
  }
}

/**
 * Runs `run` with the quick input answering `answers` in order (Escape once they run out), and
 * gives back every step shown. The real quick input is back afterwards.
 */
export async function withAnswers<T>(answers: readonly Answer[], run: () => Thenable<T> | Promise<T>): Promise<{ result: T; seen: readonly Shown[] }> {
  const script = new Script(answers);
  const window = vscode.window as { createInputBox: unknown; createQuickPick: unknown };
  const original = { createInputBox: window.createInputBox, createQuickPick: window.createQuickPick };
  window.createInputBox = () => new Fake('input', script);
  window.createQuickPick = () => new Fake('pick', script);
  try {
    return { result: await run(), seen: script.seen };
  } finally {
    Object.assign(window, original);
  }
}

/** Replaces a `vscode.window` message function for the duration of `run`, answering with `choose`. */
export async function withMessages<T>(
  kind: 'showInformationMessage' | 'showWarningMessage',
  choose: (message: string, items: readonly string[]) => string | undefined,
  run: () => Thenable<T> | Promise<T>,
): Promise<{ result: T; messages: readonly { message: string; items: readonly string[] }[] }> {
  const messages: { message: string; items: readonly string[] }[] = [];
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window[kind];
  window[kind] = async (message: string, ...rest: unknown[]) => {
    const items = rest.filter((item): item is string => typeof item === 'string');
    messages.push({ message, items });
    return choose(message, items);
  };
  try {
    return { result: await run(), messages };
  } finally {
    window[kind] = original;
  }
}
