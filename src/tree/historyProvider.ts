import * as vscode from 'vscode';
import { breakTitle, groupByMonth, historyEntries, type HistoryEntry, type HistoryKind, type HistoryMonth } from '../core/history';
import type { GrowthWorkspace } from '../workspace/growthWorkspace';

type HistoryElement = ({ readonly type: 'month' } & HistoryMonth) | ({ readonly type: 'entry' } & HistoryEntry);

const ICONS: Record<HistoryKind, [string, string]> = {
  assessment: ['checklist', 'charts.purple'],
  review: ['comment-discussion', 'charts.blue'],
  checkin: ['person', 'charts.orange'],
  evidence: ['verified', 'charts.yellow'],
  service: ['heart', 'charts.red'],
  break: ['coffee', 'charts.green'],
};

/** The History view: assessments, reviews, check-ins, evidence, service and breaks, by month, newest first. */
export class HistoryProvider implements vscode.TreeDataProvider<HistoryElement>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly workspace: GrowthWorkspace) {}

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }

  async getChildren(element?: HistoryElement): Promise<HistoryElement[]> {
    if (element) return element.type === 'month' ? element.entries.map((entry) => ({ type: 'entry', ...entry })) : [];
    await this.workspace.whenLoaded();
    const entries = this.workspace.roots().flatMap((root) => historyEntries(root.index));
    entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    return groupByMonth(entries).map((month) => ({ type: 'month', ...month }));
  }

  getTreeItem(element: HistoryElement): vscode.TreeItem {
    if (element.type === 'month') {
      const [year, month] = element.month.split('-').map(Number);
      const label = new Date(Date.UTC(year!, month! - 1, 1)).toLocaleDateString(vscode.env.language, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `month:${element.month}`;
      item.description = String(element.entries.length);
      item.contextValue = 'historyMonth';
      return item;
    }
    const title = titleOf(element);
    const uri = vscode.Uri.parse(element.path);
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    const [icon, color] = ICONS[element.kind];
    item.id = `history:${element.path}`;
    item.description = element.date;
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    item.resourceUri = uri;
    item.tooltip = vscode.workspace.asRelativePath(uri);
    item.contextValue = `history:${element.kind}`;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri, { preview: true, preserveFocus: true }] };
    item.accessibilityInformation = { label: `${title}, ${element.date}` };
    return item;
  }
}

function titleOf(entry: HistoryEntry): string {
  switch (entry.kind) {
    case 'assessment':
      return assessmentTitle(entry.data.type);
    case 'review':
      return vscode.l10n.t('Review: on track? {0}', onTrackText(entry.data.onTrack));
    case 'checkin':
      return vscode.l10n.t('Check-in with {0}', entry.data.mentor);
    case 'evidence':
    case 'service':
      return entry.data.title;
    case 'break':
      return breakTitle(entry.data);
  }
}

/** A review's answer to "on track?", in the user's words; the file keeps yes, partly or no. */
function onTrackText(answer: 'yes' | 'partly' | 'no'): string {
  switch (answer) {
    case 'yes':
      return vscode.l10n.t('yes');
    case 'partly':
      return vscode.l10n.t('partly');
    case 'no':
      return vscode.l10n.t('no');
  }
}

function assessmentTitle(type: string): string {
  const titles: Record<string, string> = {
    rut: vscode.l10n.t('Rut assessment'),
    self: vscode.l10n.t('Self-assessment'),
    stage: vscode.l10n.t('Career stage and pillars'),
    promotion: vscode.l10n.t('Promotion readiness'),
    rubric: vscode.l10n.t('Growth rubric'),
    priorities: vscode.l10n.t('Priorities'),
  };
  return titles[type] ?? type;
}
