import * as vscode from 'vscode';
import { defineCommand, registerCommands } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import { readWindowSettings } from '../config';
import { BreakTimer, type BreakState } from '../core/breakTimer';
import type { Services } from '../services';
import { CommandId } from '../core/commandIds';

/** What a piece of activity changed: the state shown, or only when the state will next change. */
export interface BreakChange {
  readonly stateChanged: boolean;
}

/**
 * Breaks while coding: feeds editor activity (typing, saving, switching editors, window focus)
 * to the break timer. Activity only moves a few numbers in memory; nothing about it is written
 * anywhere. It sets no timer of its own: the nudges feature asks `nextChange` and keeps one.
 */
export class BreakWatcher extends Disposable {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<BreakChange>());
  readonly onDidChange = this.changeEmitter.event;
  private readonly timer: BreakTimer;
  private enabled: boolean;

  constructor(private readonly services: Services) {
    super();
    const settings = readWindowSettings().breaks;
    this.timer = new BreakTimer(settings);
    this.enabled = settings.enabled;
    const onActivity = () => this.change(() => this.timer.activity(this.now()));
    this.register(vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && onActivity()));
    this.register(vscode.workspace.onDidSaveTextDocument(onActivity));
    this.register(vscode.window.onDidChangeActiveTextEditor(onActivity));
    this.register(
      vscode.window.onDidChangeWindowState((state) =>
        this.change(() => (state.focused ? this.timer.focus(this.now()) : this.timer.blur())),
      ),
    );
    this.register(
      registerCommands(services, [
        defineCommand({ id: CommandId.BreakStart, run: () => this.change(() => this.timer.startBreak(this.now())) }),
        defineCommand({ id: CommandId.BreakSkip, run: () => this.change(() => this.timer.skip(this.now())) }),
      ]),
    );
  }

  /** Applies changed settings (the caller listens for configuration changes). */
  configure(): void {
    const settings = readWindowSettings().breaks;
    this.enabled = settings.enabled;
    this.timer.configure(settings);
  }

  /** What the break nudge shows now; always resting while breaks are turned off. */
  get state(): BreakState {
    return this.enabled ? this.timer.state(this.now()) : { kind: 'resting' };
  }

  /** The next moment the state changes without activity, if any. */
  nextChange(): number | undefined {
    return this.enabled ? this.timer.nextChange(this.now()) : undefined;
  }

  private change(apply: () => void): void {
    if (!this.enabled) return;
    const before = this.state.kind;
    apply();
    this.changeEmitter.fire({ stateChanged: this.state.kind !== before });
  }

  private now(): number {
    return this.services.clock.now().getTime();
  }
}
