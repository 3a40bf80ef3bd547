import * as vscode from 'vscode';
import * as z from 'zod';
import { argument } from '../commands/arguments';
import { defineCommand, registerCommands, type DevGrowthCommand } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import { affectsSettings, readSettings, readWindowSettings, type WindowSettings } from '../config';
import { addDays, isIsoDate } from '../core/dates';
import { compareSoonest, nextWakeUp, snoozeEnd, statusBarEntry, type SnoozeChoice } from '../core/nudges';
import { isoDate } from '../core/schema';
import { isQuiet } from '../core/quietHours';
import { markdownText } from '../core/markdownText';
import type { Services } from '../services';
import { Alarm } from './alarm';
import { BreakWatcher } from './breakWatcher';
import { ICONS, actionLabel, formatSnoozeEnd, statusText, when } from './nudgeText';
import { actOn } from './reminderActions';
import { rootReminders, type RootReminder } from './reminders';
import { RemindersView, type ReminderRow } from './remindersView';
import { SnoozeStore } from './snoozeStore';
import { CommandId, ContextKey } from '../core/commandIds';

/** The most reminders the status-bar tooltip lists; the Reminders view has them all. */
const TOOLTIP_LIMIT = 8;
// The last is VS Code's own command that focuses the Reminders view.
const TOOLTIP_COMMANDS = [
  CommandId.NudgeAct,
  CommandId.NudgeSnooze,
  CommandId.BreakStart,
  CommandId.BreakSkip,
  'devgrowth.reminders.focus',
];

/** What the status-bar item shows, for tests and the extension API (no DOM scraping). */
export interface StatusBarSnapshot {
  readonly visible: boolean;
  readonly text: string;
  /** The tooltip's Markdown source. */
  readonly tooltip: string;
  readonly warning: boolean;
  readonly command?: string;
  readonly accessibilityLabel: string;
}

/**
 * The status-bar nudge and the Reminders view. The status bar shows the single most urgent
 * thing (a break due now, or the most urgent reminder due now); its tooltip lists everything
 * pending. One alarm wakes the feature at the next moment anything shown can change: midnight
 * in the user's zone, a snooze ending, quiet hours starting or ending, the break timer. It never
 * polls; files changing, settings changing and the window regaining focus update it too.
 */
export class NudgesFeature extends Disposable {
  readonly breaks: BreakWatcher;
  private readonly item = this.register(vscode.window.createStatusBarItem('devgrowth.nudge', vscode.StatusBarAlignment.Left, 50));
  private readonly view: RemindersView;
  private readonly treeView: vscode.TreeView<ReminderRow>;
  private readonly snoozes: SnoozeStore;
  private readonly alarm = this.register(new Alarm(() => this.update()));
  private settings: WindowSettings = readWindowSettings();
  /** Every reminder of the kinds turned on, snoozed ones included, soonest first. */
  private rows: ReminderRow[] = [];
  /** Notifications given (by reminder and day, or by break), in memory: a reload may repeat one. */
  private readonly notified = new Set<string>();
  private visible = false;
  /** When the plan's nudges next change (midnight, a snooze, quiet hours), from the last update. */
  private planWakeUp = Number.POSITIVE_INFINITY;
  /** What the status-bar item shows now, to leave it alone when an update would not change it. */
  private shownKey?: string;
  /** Set while an update for changed files waits for its turn (see `updateSoon`). */
  private updateTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly services: Services,
    clockChanges: vscode.Event<void>,
  ) {
    super();
    this.snoozes = new SnoozeStore(services.context.globalState);
    this.breaks = this.register(new BreakWatcher(services));
    this.view = this.register(
      new RemindersView(() => ({
        rows: this.rows,
        now: this.now(),
        timeZone: this.settings.timeZone,
        multiRoot: this.services.workspace.roots().length > 1,
      })),
    );
    this.treeView = this.register(vscode.window.createTreeView('devgrowth.reminders', { treeDataProvider: this.view }));
    this.item.name = vscode.l10n.t('DevGrowth Reminders');
    this.register(registerCommands(services, [this.actCommand(), this.snoozeCommand(), this.wakeCommand()]));
    // Changed files are worked out on the next turn, and at start-up once the Goals tree has
    // shown the plan (its rows are what a person waits for); a burst of changes makes one update.
    this.register(services.workspace.onDidChange(() => this.updateSoon()));
    this.register({ dispose: () => clearTimeout(this.updateTimer) });
    this.register(clockChanges(() => this.update()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsSettings(event)) return;
        this.settings = readWindowSettings();
        this.breaks.configure();
        this.update();
      }),
    );
    // Timers run late after the computer sleeps: look again when the person comes back.
    this.register(vscode.window.onDidChangeWindowState((state) => state.focused && this.update()));
    // Typing only moves the alarm (cheap, and only when the moment moves); a new state redraws.
    this.register(this.breaks.onDidChange(({ stateChanged }) => (stateChanged ? this.update() : this.setAlarm())));
    void services.workspace.whenLoaded().then(() => this.update());
  }

  get statusBar(): StatusBarSnapshot {
    const tooltip = this.item.tooltip;
    return {
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      warning: this.item.backgroundColor !== undefined,
      command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command,
      accessibilityLabel: this.item.accessibilityInformation?.label ?? '',
    };
  }

  /** Reminders that are not snoozed, soonest first. */
  get pending(): readonly RootReminder[] {
    return this.rows.filter((row) => row.snoozedUntil === undefined);
  }

  /** Every row of the Reminders view, as the view lists them. */
  get reminderRows(): readonly ReminderRow[] {
    return this.rows;
  }

  /** The one moment the feature will next look again without an event (epoch ms). */
  get nextWakeUp(): number | undefined {
    return this.alarm.scheduledAt;
  }

  private updateSoon(): void {
    this.updateTimer ??= setTimeout(() => {
      void this.services.workspace.whenStartedUp().then(() => {
        this.updateTimer = undefined;
        if (!this.isDisposed) this.update();
      });
    }, 0);
  }

  update(): void {
    const now = this.now();
    const settings = this.settings;
    const snoozes = this.snoozes.active(now.getTime());
    this.rows = rootReminders(this.services.workspace.roots(), {
      clock: this.services.clock,
      timeZone: settings.timeZone,
      settingsFor: (root) => readSettings(root.folder),
      kinds: settings.kinds,
    }).map((entry) => ({ ...entry, snoozedUntil: snoozes[entry.key] }));
    const quiet = isQuiet(now, settings.quietHours, settings.timeZone);
    const top = settings.nudges ? statusBarEntry(this.pending) : undefined;
    this.render(top, quiet);
    this.view.refresh();
    const dueCount = this.pending.filter(({ reminder }) => reminder.state === 'overdue' || reminder.state === 'today').length;
    this.treeView.description = dueCount > 0 ? vscode.l10n.t('{0} due', dueCount) : undefined;
    if (!quiet) this.notifyLoudly();
    const quietMatters = top?.reminder.state === 'overdue' || settings.notify.length > 0;
    this.planWakeUp = nextWakeUp({ now, timeZone: settings.timeZone, snoozes, quietHours: quietMatters ? settings.quietHours : undefined });
    this.setAlarm();
  }

  /** The one alarm: the earlier of the plan's next change and the break timer's. */
  private setAlarm(): void {
    this.alarm.set(Math.min(this.planWakeUp, this.breaks.nextChange() ?? Number.POSITIVE_INFINITY), this.now().getTime());
  }

  private render(top: RootReminder | undefined, quiet: boolean): void {
    const breakState = this.breaks.state;
    const now = this.now().getTime();
    void vscode.commands.executeCommand('setContext', ContextKey.BreakState, breakState.kind);
    let shown: { text: string; command: string; label: string };
    if (breakState.kind === 'breakDue') {
      const minutes = Math.round((now - breakState.since) / 60_000) + this.settings.breaks.stretchMinutes;
      shown = {
        text: `$(${ICONS.break}) ${vscode.l10n.t('Time for a break')}`,
        command: CommandId.BreakStart,
        label: vscode.l10n.t('Time for a break: you have been coding for {0} minutes. Click to start a break.', minutes),
      };
    } else if (breakState.kind === 'onBreak') {
      const minutes = Math.ceil((breakState.endsAt - now) / 60_000);
      shown = {
        text: `$(${ICONS.break}) ${vscode.l10n.t('Break: {0} min left', minutes)}`,
        command: CommandId.BreakSkip,
        label: vscode.l10n.t('On a break, {0} minutes left. Click to end it early.', minutes),
      };
    } else if (top) {
      shown = {
        text: `$(${ICONS[top.reminder.type]}) ${statusText(top)}`,
        command: CommandId.NudgeAct,
        label: vscode.l10n.t('{0}, {1}. Click to act on it or snooze it.', top.reminder.title, when(top.reminder)),
      };
    } else {
      this.item.hide();
      this.visible = false;
      this.shownKey = undefined;
      return;
    }
    const overdue = breakState.kind === 'resting' && top?.reminder.state === 'overdue' && !quiet;
    const tooltip = this.tooltip(top);
    // Each change redraws the item and closes its tooltip if it is open: touch it only when
    // something it shows has changed, not on every file saved.
    const key = JSON.stringify([shown, overdue, tooltip.value]);
    if (this.visible && key === this.shownKey) return;
    this.shownKey = key;
    this.item.text = shown.text;
    this.item.command = shown.command;
    this.item.backgroundColor = overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `DevGrowth: ${shown.label}`, role: 'button' };
    this.item.show();
    this.visible = true;
  }

  /** Everything pending, soonest first, and what can be done about the first thing. */
  private tooltip(top: RootReminder | undefined): vscode.MarkdownString {
    const tooltip = new vscode.MarkdownString('', true);
    tooltip.isTrusted = { enabledCommands: TOOLTIP_COMMANDS };
    tooltip.appendMarkdown(`**${vscode.l10n.t('DevGrowth')}**\n\n`);
    const breakState = this.breaks.state;
    if (breakState.kind === 'breakDue') {
      tooltip
        .appendMarkdown(`$(${ICONS.break}) `)
        .appendMarkdown(
          markdownText(vscode.l10n.t('You have been coding for a while. Step away for {0} minutes.', this.settings.breaks.breakMinutes)),
        )
        .appendMarkdown('\n\n');
      tooltip.appendMarkdown(
        `[${vscode.l10n.t('Start the break')}](command:devgrowth.break.start) · [${vscode.l10n.t('Skip it')}](command:devgrowth.break.skip)\n\n`,
      );
    } else if (breakState.kind === 'onBreak') {
      tooltip
        .appendMarkdown(`$(${ICONS.break}) `)
        .appendMarkdown(
          markdownText(vscode.l10n.t('On a break until {0}.', formatSnoozeEnd(breakState.endsAt, this.now(), this.settings.timeZone))),
        )
        .appendMarkdown('\n\n');
      tooltip.appendMarkdown(`[${vscode.l10n.t('End the break')}](command:devgrowth.break.skip)\n\n`);
    }
    const pending = this.pending
      .filter(({ reminder }) => reminder.state !== 'later')
      .sort((a, b) => compareSoonest(a.reminder, b.reminder));
    for (const { reminder } of pending.slice(0, TOOLTIP_LIMIT)) {
      tooltip
        .appendMarkdown(`- $(${ICONS[reminder.type]}) `)
        .appendMarkdown(markdownText(`${reminder.title}: ${when(reminder)} (${reminder.due})`))
        .appendMarkdown('\n');
    }
    if (pending.length > TOOLTIP_LIMIT)
      tooltip
        .appendMarkdown('- ')
        .appendMarkdown(markdownText(vscode.l10n.t('and {0} more', pending.length - TOOLTIP_LIMIT)))
        .appendMarkdown('\n');
    if (top) {
      const argument = encodeURIComponent(JSON.stringify([top.key]));
      tooltip.appendMarkdown(
        `\n[${actionLabel(top.reminder)}](command:devgrowth.nudge.act?${argument}) · [${vscode.l10n.t('Snooze…')}](command:devgrowth.nudge.snooze?${argument}) · [${vscode.l10n.t('All reminders')}](command:devgrowth.reminders.focus)`,
      );
    }
    return tooltip;
  }

  /** Pops up, once a day each, what the user asked to be told loudly (never in quiet hours). */
  private notifyLoudly(): void {
    const loud = new Set(this.settings.notify);
    const breakState = this.breaks.state;
    if (loud.has('break') && breakState.kind === 'breakDue' && this.firstTime(`break|${breakState.since}`)) {
      const start = vscode.l10n.t('Start the break');
      const skip = vscode.l10n.t('Skip it');
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('Time for a short break: step away from the screen for {0} minutes.', this.settings.breaks.breakMinutes),
          start,
          skip,
        )
        .then((answer) => {
          if (answer === start) void vscode.commands.executeCommand(CommandId.BreakStart);
          if (answer === skip) void vscode.commands.executeCommand(CommandId.BreakSkip);
        });
    }
    const today = this.services.today();
    for (const entry of this.pending) {
      const { reminder } = entry;
      if (
        !loud.has(reminder.type) ||
        (reminder.state !== 'overdue' && reminder.state !== 'today') ||
        !this.firstTime(`${entry.key}|${today}`)
      )
        continue;
      const act = actionLabel(reminder);
      const snooze = vscode.l10n.t('Snooze…');
      void vscode.window.showInformationMessage(`${reminder.title}: ${when(reminder)}`, act, snooze).then((answer) => {
        if (answer === act) void vscode.commands.executeCommand(CommandId.NudgeAct, entry.key);
        if (answer === snooze) void vscode.commands.executeCommand(CommandId.NudgeSnooze, entry.key);
      });
    }
  }

  private firstTime(notification: string): boolean {
    if (this.notified.has(notification)) return false;
    this.notified.add(notification);
    return true;
  }

  /** The reminder a command was given, by its row or its key; none when it is not pending any more. */
  private find(target: ReminderArgument): ReminderRow | undefined {
    const key = typeof target === 'string' ? target : target?.key;
    return key === undefined ? undefined : this.rows.find((row) => row.key === key);
  }

  private actCommand(): DevGrowthCommand {
    return defineCommand({
      id: CommandId.NudgeAct,
      arguments: [reminderArgument],
      run: async (_services, target) => {
        const chosen = this.find(target);
        if (chosen) return actOn(chosen);
        // From the status bar or the palette: the most urgent reminder, to do now or to snooze.
        const top = statusBarEntry(this.pending) ?? this.pending[0];
        if (!top) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Nothing is due. Keep going.'));
          return undefined;
        }
        const picked = await vscode.window.showQuickPick(
          [
            { label: `$(${ICONS[top.reminder.type]}) ${actionLabel(top.reminder)}`, description: when(top.reminder) },
            ...this.snoozeChoices(),
          ],
          { title: top.reminder.title, placeHolder: vscode.l10n.t('Do it now, or snooze it') },
        );
        if (!picked) return undefined;
        if (!('choice' in picked)) return actOn(top);
        return this.snooze(top, picked.choice);
      },
    });
  }

  private snoozeCommand(): DevGrowthCommand {
    return defineCommand({
      id: CommandId.NudgeSnooze,
      arguments: [reminderArgument, snoozeArgument],
      run: async (_services, target, choice) => {
        const chosen = this.find(target) ?? statusBarEntry(this.pending) ?? this.pending[0];
        if (!chosen) return undefined;
        if (typeof choice === 'number') return this.snoozeUntil(chosen, choice);
        if (choice) return this.snooze(chosen, choice);
        const picked = await vscode.window.showQuickPick(this.snoozeChoices(), {
          title: vscode.l10n.t('Snooze "{0}"', chosen.reminder.title),
        });
        return picked && this.snooze(chosen, picked.choice);
      },
    });
  }

  private wakeCommand(): DevGrowthCommand {
    return defineCommand({
      id: CommandId.NudgeUnsnooze,
      arguments: [reminderArgument],
      run: async (_services, target) => {
        const chosen = this.find(target);
        if (!chosen) return;
        await this.snoozes.wake(chosen.key, this.now().getTime());
        this.update();
      },
    });
  }

  private snoozeChoices(): (vscode.QuickPickItem & { choice: SnoozeChoice })[] {
    const now = this.now();
    const zone = this.settings.timeZone;
    const until = (choice: SnoozeChoice) => vscode.l10n.t('until {0}', formatSnoozeEnd(snoozeEnd(choice, now, zone), now, zone));
    return [
      { label: `$(clock) ${vscode.l10n.t('Snooze for an hour')}`, description: until({ kind: 'hour' }), choice: { kind: 'hour' } },
      { label: `$(clock) ${vscode.l10n.t('Snooze for a day')}`, description: until({ kind: 'day' }), choice: { kind: 'day' } },
      { label: `$(calendar) ${vscode.l10n.t('Snooze until a date…')}`, choice: { kind: 'date', date: '' } },
    ];
  }

  private async snooze(entry: RootReminder, choice: SnoozeChoice): Promise<void> {
    let resolved = choice;
    if (choice.kind === 'date' && !isIsoDate(choice.date)) {
      const today = this.services.today();
      const date = await vscode.window.showInputBox({
        title: vscode.l10n.t('Snooze "{0}"', entry.reminder.title),
        prompt: vscode.l10n.t('Snooze until the start of this day (YYYY-MM-DD)'),
        value: addDays(today, 7),
        validateInput: (text) =>
          isIsoDate(text.trim()) && text.trim() > today
            ? undefined
            : vscode.l10n.t('Write a date after today as YYYY-MM-DD, for example {0}.', addDays(today, 7)),
      });
      if (!date) return;
      resolved = { kind: 'date', date: date.trim() };
    }
    await this.snoozeUntil(entry, snoozeEnd(resolved, this.now(), this.settings.timeZone));
  }

  private async snoozeUntil(entry: RootReminder, until: number): Promise<void> {
    await this.snoozes.snooze(entry.key, until, this.now().getTime());
    this.update();
  }

  private now(): Date {
    return this.services.clock.now();
  }
}

/** A reminder, as its row in the Reminders view or its key (from the status bar's links and notifications); none: the most urgent. */
const reminderArgument = argument('reminder', z.union([z.string(), z.looseObject({ key: z.string() })]).optional());
type ReminderArgument = z.infer<typeof reminderArgument.schema>;

/** How long to snooze: until a moment (milliseconds since 1970), for an hour, a day, or until a date; none: the user picks. */
const snoozeArgument = argument(
  'snooze',
  z
    .union([
      z.number(),
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('hour') }),
        z.object({ kind: z.literal('day') }),
        z.object({ kind: z.literal('date'), date: isoDate }),
      ]),
    ])
    .optional(),
);
