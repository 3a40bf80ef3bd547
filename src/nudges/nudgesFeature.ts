import * as vscode from 'vscode';
import { registerCommands, type DevGrowthCommand } from '../commands/command';
import { Disposable } from '../common/lifecycle';
import { affectsSettings, readSettings, readWindowSettings } from '../config';
import { addDays } from '../core/dates';
import { isQuiet } from '../core/quietHours';
import { isIsoDate } from '../core/schema';
import type { Reminder } from '../core/schedule';
import { newCheckin, newReview, type NewFile } from '../core/templates';
import { relativeDay } from '../core/goalTree';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { pendingReminders, type RootReminder } from './reminders';

const SNOOZE_KEY = 'devgrowth.snoozed';
const ICONS: Record<Reminder['type'], string> = {
  review: 'comment-discussion',
  checkin: 'person',
  milestone: 'milestone',
  horizon: 'calendar',
  'time-off': 'coffee',
  concept: 'mortar-board',
};

/** When each snoozed reminder comes back (epoch ms), by `<root>|<reminder id>`. */
type Snoozes = Record<string, number>;

/**
 * The status-bar nudge and the Reminders view. The status bar shows the single most urgent
 * thing that is due now; its tooltip lists everything pending. One timer wakes the feature
 * at the next moment something can change (midnight, or a snooze ending): no polling.
 */
export class NudgesFeature extends Disposable implements vscode.TreeDataProvider<RootReminder> {
  private readonly item = this.register(vscode.window.createStatusBarItem('devgrowth.nudge', vscode.StatusBarAlignment.Left, 50));
  private readonly changeEmitter = this.register(new vscode.EventEmitter<undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private reminders: RootReminder[] = [];
  private visible = false;
  /** Reminders already announced by a notification today (in memory: a reload may repeat one). */
  private readonly notified = new Set<string>();
  private wakeUp?: ReturnType<typeof setTimeout>;

  constructor(private readonly services: Services) {
    super();
    this.item.name = vscode.l10n.t('DevGrowth reminders');
    this.item.command = 'devgrowth.nudge.act';
    this.register(vscode.window.createTreeView('devgrowth.reminders', { treeDataProvider: this }));
    this.register(registerCommands(services, [this.actCommand(), this.snoozeCommand()]));
    this.register(services.workspace.onDidChange(() => this.update()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event)) this.update();
      }),
    );
    this.register({ dispose: () => clearTimeout(this.wakeUp) });
    void services.workspace.whenLoaded().then(() => this.update());
  }

  /** What the status bar shows now (for tests and the API). */
  get statusBar(): { text: string; tooltip: string; visible: boolean } {
    const tooltip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''), visible: this.visible };
  }

  /** Every pending reminder, most urgent first. */
  get pending(): readonly RootReminder[] {
    return this.reminders;
  }

  update(): void {
    const snoozes = this.snoozes();
    const now = this.services.clock.now().getTime();
    const settings = readWindowSettings();
    this.reminders = pendingReminders(
      this.services.workspace.roots(),
      this.services.clock,
      (root) => readSettings(root.folder),
      (root, reminder) => !settings.kinds[reminder.type] || (snoozes[snoozeKey(root, reminder)] ?? 0) > now,
    );
    const quiet = isQuiet(new Date(now), settings.quietHours, settings.timeZone);
    this.changeEmitter.fire(undefined);
    const urgent = this.reminders.find(({ reminder }) => reminder.state === 'overdue' || reminder.state === 'today' || reminder.state === 'soon');
    if (!settings.nudges || !urgent) {
      this.item.hide();
      this.visible = false;
    } else {
      const { reminder } = urgent;
      this.item.text = `$(${ICONS[reminder.type]}) ${shortText(reminder, this.today())}`;
      this.item.tooltip = this.tooltip();
      this.item.backgroundColor = reminder.state === 'overdue' && !quiet ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.accessibilityInformation = { label: vscode.l10n.t('DevGrowth: {0}', reminder.title) };
      this.item.show();
      this.visible = true;
    }
    if (!quiet) this.notifyLoudly(settings.notify);
    this.scheduleWakeUp(snoozes, now);
  }

  /** Pops up, once a day each, what the user asked to be told loudly. */
  private notifyLoudly(kinds: readonly Reminder['type'][]): void {
    const today = this.today();
    for (const entry of this.reminders) {
      const { reminder } = entry;
      const key = `${snoozeKey(entry.root, reminder)}|${today}`;
      if (!kinds.includes(reminder.type) || (reminder.state !== 'overdue' && reminder.state !== 'today') || this.notified.has(key)) continue;
      this.notified.add(key);
      const act = actionLabel(reminder);
      const snooze = vscode.l10n.t('Snooze…');
      void vscode.window.showInformationMessage(reminder.title, act, snooze).then((answer) => {
        if (answer === act) void vscode.commands.executeCommand('devgrowth.nudge.act', entry);
        if (answer === snooze) void vscode.commands.executeCommand('devgrowth.nudge.snooze', entry);
      });
    }
  }

  getChildren(element?: RootReminder): RootReminder[] {
    return element ? [] : this.reminders;
  }

  getTreeItem({ root, reminder }: RootReminder): vscode.TreeItem {
    const item = new vscode.TreeItem(reminder.title, vscode.TreeItemCollapsibleState.None);
    item.id = snoozeKey(root, reminder);
    item.description = `${reminder.due} · ${relativeDay(reminder.due, this.today())}`;
    const color = reminder.state === 'overdue' ? 'problemsWarningIcon.foreground' : reminder.state === 'later' ? 'disabledForeground' : 'charts.blue';
    item.iconPath = new vscode.ThemeIcon(ICONS[reminder.type], new vscode.ThemeColor(color));
    item.contextValue = `reminder:${reminder.type}:${reminder.state}`;
    item.command = { command: 'devgrowth.nudge.act', title: vscode.l10n.t('Do it now'), arguments: [{ root, reminder }] };
    item.accessibilityInformation = { label: `${reminder.title}, ${reminder.state}, ${reminder.due}` };
    return item;
  }

  private today(): string {
    return this.services.today();
  }

  private tooltip(): vscode.MarkdownString {
    const tooltip = new vscode.MarkdownString(`**${vscode.l10n.t('DevGrowth: what is pending')}**\n\n`);
    for (const { reminder } of this.reminders.filter(({ reminder }) => reminder.state !== 'later')) {
      tooltip.appendMarkdown(`- $(${ICONS[reminder.type]}) `).appendText(`${reminder.title} (${reminder.due}, ${relativeDay(reminder.due, this.today())})`).appendMarkdown('\n');
    }
    tooltip.appendMarkdown(`\n${vscode.l10n.t('Click to act on the first one, or to snooze it.')}`);
    tooltip.supportThemeIcons = true;
    return tooltip;
  }

  private snoozes(): Snoozes {
    return this.services.context.globalState.get<Snoozes>(SNOOZE_KEY, {});
  }

  /** One timer, for the next midnight or the end of the next snooze, whichever comes first. */
  private scheduleWakeUp(snoozes: Snoozes, now: number): void {
    clearTimeout(this.wakeUp);
    const midnight = new Date(now);
    midnight.setHours(24, 0, 5, 0);
    const next = Math.min(midnight.getTime(), ...Object.values(snoozes).filter((until) => until > now));
    this.wakeUp = setTimeout(() => this.update(), Math.max(1000, next - now));
  }

  private actCommand(): DevGrowthCommand {
    return {
      id: 'devgrowth.nudge.act',
      run: async (_services, argument) => {
        const chosen = (argument as RootReminder | undefined) ?? this.reminders[0];
        if (!chosen) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Nothing is due. Keep going.'));
          return;
        }
        const doIt = { label: `$(check) ${actionLabel(chosen.reminder)}`, action: 'act' as const };
        const snooze = { label: `$(clock) ${vscode.l10n.t('Snooze…')}`, action: 'snooze' as const };
        const picked = argument ? doIt : await vscode.window.showQuickPick([doIt, snooze], { title: chosen.reminder.title });
        if (picked?.action === 'act') await this.act(chosen);
        if (picked?.action === 'snooze') await vscode.commands.executeCommand('devgrowth.nudge.snooze', chosen);
      },
    };
  }

  private snoozeCommand(): DevGrowthCommand {
    return {
      id: 'devgrowth.nudge.snooze',
      run: async (_services, argument, choice) => {
        const chosen = (argument as RootReminder | undefined) ?? this.reminders[0];
        if (!chosen) return;
        const now = this.services.clock.now();
        const options = [
          { label: vscode.l10n.t('For an hour'), until: now.getTime() + 3_600_000 },
          { label: vscode.l10n.t('Until tomorrow'), until: startOfDay(addDays(this.services.today(), 1)) },
          { label: vscode.l10n.t('Until a date…'), until: 0 },
        ];
        const picked = typeof choice === 'number' ? { until: choice } : await vscode.window.showQuickPick(options, { title: vscode.l10n.t('Snooze "{0}"', chosen.reminder.title) });
        if (!picked) return;
        let until = picked.until;
        if (until === 0) {
          const date = await vscode.window.showInputBox({
            prompt: vscode.l10n.t('Snooze until (YYYY-MM-DD)'),
            value: addDays(this.services.today(), 7),
            validateInput: (text) => (isIsoDate(text.trim()) && text.trim() > this.services.today() ? undefined : vscode.l10n.t('Write a future date as YYYY-MM-DD.')),
          });
          if (!date) return;
          until = startOfDay(date.trim());
        }
        await this.services.context.globalState.update(SNOOZE_KEY, { ...this.snoozes(), [snoozeKey(chosen.root, chosen.reminder)]: until });
        this.update();
      },
    };
  }

  /** The obvious thing for each kind of reminder. */
  private async act({ root, reminder }: RootReminder): Promise<void> {
    const today = this.today();
    const registered = new Set(await vscode.commands.getCommands(true));
    switch (reminder.type) {
      case 'review':
        return registered.has('devgrowth.review.start') ? void vscode.commands.executeCommand('devgrowth.review.start') : this.start(root, newReview(today));
      case 'checkin':
        return this.start(root, newCheckin(today, root.index.profile()?.data.mentor ?? vscode.l10n.t('my mentor')));
      case 'time-off':
        await vscode.commands.executeCommand('devgrowth.break.plan');
        return;
      case 'milestone':
      case 'horizon': {
        const goal = reminder.target?.goalId ? root.index.goal(reminder.target.goalId) : undefined;
        if (!goal) return;
        const index = goal.data.milestones.findIndex((milestone) => milestone.id === reminder.target?.milestoneId);
        await vscode.commands.executeCommand('devgrowth.item.open', undefined, { uri: goal.path, field: index >= 0 ? ['milestones', index] : [] });
        return;
      }
      case 'concept': {
        const profile = root.index.profile();
        if (profile) await vscode.commands.executeCommand('devgrowth.item.open', undefined, { uri: profile.path, field: ['coreConcepts'] });
        return;
      }
    }
  }

  /** Creates a new entry from its template (or opens today's, if it exists) for the user to fill in. */
  private async start(root: GrowthRoot, file: NewFile): Promise<void> {
    const uri = vscode.Uri.joinPath(root.uri, ...file.path.split('/'));
    if (!root.index.get(uri.toString())) await this.services.files.create(uri, file.text);
    await vscode.window.showTextDocument(uri);
  }
}

function snoozeKey(root: GrowthRoot, reminder: Reminder): string {
  return `${root.folder.uri.toString()}|${reminder.id}`;
}

function startOfDay(date: string): number {
  return new Date(`${date}T00:00:00`).getTime();
}

function shortText(reminder: Reminder, today: string): string {
  const when = reminder.state === 'overdue' ? vscode.l10n.t('overdue {0}d', -reminder.daysUntil) : relativeDay(reminder.due, today);
  switch (reminder.type) {
    case 'review':
      return vscode.l10n.t('Review {0}', reminder.state === 'overdue' ? when : vscode.l10n.t('due {0}', when));
    case 'checkin':
      return vscode.l10n.t('Mentor check-in {0}', when);
    case 'time-off':
      return vscode.l10n.t('Plan time off');
    default:
      return `${reminder.title} · ${when}`;
  }
}

function actionLabel(reminder: Reminder): string {
  switch (reminder.type) {
    case 'review':
      return vscode.l10n.t('Start the review');
    case 'checkin':
      return vscode.l10n.t('Log the check-in');
    case 'time-off':
      return vscode.l10n.t('Plan time off');
    case 'concept':
      return vscode.l10n.t('Revisit the concept');
    default:
      return vscode.l10n.t('Open the goal');
  }
}
