import * as vscode from 'vscode';
import { markdownText } from '../core/markdownText';
import { ICONS, STATE_COLORS, actionLabel, formatSnoozeEnd, when } from './nudgeText';
import type { RootReminder } from './reminders';

/** A row of the Reminders view: a reminder, and when its snooze ends if it is snoozed. */
export interface ReminderRow extends RootReminder {
  readonly snoozedUntil?: number;
}

/** What the view shows, read from the nudges feature each time the view asks. */
export interface RemindersModel {
  readonly rows: readonly ReminderRow[];
  readonly now: Date;
  readonly timeZone?: string;
  /** Several plans in the workspace: each row names its folder. */
  readonly multiRoot: boolean;
}

/**
 * The Reminders view: every upcoming reminder with its date and state, soonest first. A click
 * does what the status bar does; the context menu snoozes (or wakes a snoozed one).
 */
export class RemindersView implements vscode.TreeDataProvider<ReminderRow> {
  private readonly changeEmitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly model: () => RemindersModel) {}

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  getChildren(element?: ReminderRow): ReminderRow[] {
    return element ? [] : [...this.model().rows];
  }

  getTreeItem(row: ReminderRow): vscode.TreeItem {
    const { reminder, snoozedUntil } = row;
    const { now, timeZone, multiRoot } = this.model();
    const item = new vscode.TreeItem(reminder.title, vscode.TreeItemCollapsibleState.None);
    item.id = row.key;
    const snoozed = snoozedUntil !== undefined ? vscode.l10n.t('snoozed until {0}', formatSnoozeEnd(snoozedUntil, now, timeZone)) : undefined;
    item.description = [reminder.due, snoozed ?? when(reminder), multiRoot ? row.root.folder.name : undefined].filter(Boolean).join(' · ');
    item.iconPath =
      snoozed !== undefined
        ? new vscode.ThemeIcon('bell-slash', new vscode.ThemeColor('disabledForeground'))
        : new vscode.ThemeIcon(ICONS[reminder.type], STATE_COLORS[reminder.state] ? new vscode.ThemeColor(STATE_COLORS[reminder.state]!) : undefined);
    item.contextValue = `reminder:${reminder.type}:${snoozed !== undefined ? 'snoozed' : reminder.state}`;
    item.command = { command: 'devgrowth.nudge.act', title: actionLabel(reminder), arguments: [row] };
    const tooltip = new vscode.MarkdownString('', true);
    tooltip.appendMarkdown(`$(${ICONS[reminder.type]}) ${markdownText(reminder.title)}\n\n`);
    tooltip.appendMarkdown(`${markdownText(`${reminder.due}: ${snoozed ?? when(reminder)}`)}\n\n`);
    tooltip.appendMarkdown(markdownText(vscode.l10n.t('Click: {0}', actionLabel(reminder))));
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${reminder.title}, ${snoozed ?? when(reminder)}, ${reminder.due}` };
    return item;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
