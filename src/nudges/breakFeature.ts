import * as vscode from 'vscode';
import { registerCommands } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import { affectsSettings, readWindowSettings } from '../config';
import { BreakTimer, type BreakState } from '../core/breakTimer';
import type { Services } from '../services';

/**
 * Breaks while coding: counts continuous work from editor activity and nudges for a short
 * break in the status bar. Activity only moves two numbers in memory; nothing is written.
 * One timer, set to the next moment the state can change.
 */
export class BreakFeature extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('devgrowth.break', vscode.StatusBarAlignment.Left, 49));
  private readonly timer: BreakTimer;
  private wakeUp?: ReturnType<typeof setTimeout>;

  constructor(private readonly services: Services) {
    super();
    this.timer = new BreakTimer(readWindowSettings().breaks);
    this.item.name = vscode.l10n.t('DevGrowth breaks');
    const onActivity = () => this.activity();
    this.register(vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && onActivity()));
    this.register(vscode.workspace.onDidSaveTextDocument(onActivity));
    this.register(vscode.window.onDidChangeActiveTextEditor(onActivity));
    this.register(
      vscode.window.onDidChangeWindowState((state) => {
        if (!state.focused) this.timer.blur();
        this.update();
      }),
    );
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsSettings(event)) return;
        this.timer.configure(readWindowSettings().breaks);
        this.update();
      }),
    );
    this.register(
      registerCommands(services, [
        { id: 'devgrowth.break.start', run: () => this.act((now) => this.timer.startBreak(now)) },
        { id: 'devgrowth.break.skip', run: () => this.act((now) => this.timer.skip(now)) },
      ]),
    );
    this.register({ dispose: () => clearTimeout(this.wakeUp) });
  }

  /** What the break item shows now (for tests). */
  get state(): BreakState {
    return this.timer.state(this.now());
  }

  activity(): void {
    const before = this.timer.state(this.now()).kind;
    this.timer.activity(this.now());
    // Typing only matters to the display when it changes the state (e.g. a new stretch).
    if (this.timer.state(this.now()).kind !== before || this.wakeUp === undefined) this.update();
  }

  update(): void {
    const now = this.now();
    const state = this.timer.state(now);
    if (!readWindowSettings().breaks.enabled || state.kind === 'working' || state.kind === 'resting') {
      this.item.hide();
    } else if (state.kind === 'breakDue') {
      this.item.text = `$(coffee) ${vscode.l10n.t('Time for a break')}`;
      this.item.tooltip = vscode.l10n.t('You have been working for a while. Step away for a few minutes: click to start a break.');
      this.item.command = 'devgrowth.break.start';
      this.item.accessibilityInformation = { label: vscode.l10n.t('DevGrowth: time for a break') };
      this.item.show();
    } else {
      const minutes = Math.ceil((state.endsAt - now) / 60_000);
      this.item.text = `$(coffee) ${vscode.l10n.t('Break: {0} min left', minutes)}`;
      this.item.tooltip = vscode.l10n.t('Enjoy the break. Click to end it early.');
      this.item.command = 'devgrowth.break.skip';
      this.item.accessibilityInformation = { label: vscode.l10n.t('DevGrowth: break, {0} minutes left', minutes) };
      this.item.show();
    }
    clearTimeout(this.wakeUp);
    const next = this.timer.nextChange(now);
    this.wakeUp = next === undefined ? undefined : setTimeout(() => this.update(), Math.max(1000, next - now));
  }

  private act(change: (now: number) => void): void {
    change(this.now());
    this.update();
  }

  private now(): number {
    return this.services.clock.now().getTime();
  }
}
