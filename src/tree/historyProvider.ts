import * as vscode from 'vscode';
import { GIT_SUGGESTION_ROW } from '../core/commandIds';
import { openSuggestions, suggestionRow, type GitSuggestion } from '../core/gitEvidence/suggestion';
import { breakTitle, groupByMonth, historyEntries, type HistoryEntry, type HistoryKind, type HistoryMonth } from '../core/history';
import type { GitSuggestions } from '../workspace/gitSuggestions';
import type { GrowthRoot, GrowthWorkspace } from '../workspace/growthWorkspace';

type SuggestionElement = { readonly type: 'gitSuggestion'; readonly root: GrowthRoot; readonly suggestion: GitSuggestion };
type HistoryElement =
  | ({ readonly type: 'month' } & HistoryMonth)
  | ({ readonly type: 'entry' } & HistoryEntry)
  | { readonly type: 'suggested'; readonly rows: readonly SuggestionElement[] }
  | SuggestionElement;

const ICONS: Record<HistoryKind, [string, string]> = {
  assessment: ['checklist', 'charts.purple'],
  review: ['comment-discussion', 'charts.blue'],
  checkin: ['person', 'charts.orange'],
  evidence: ['verified', 'charts.yellow'],
  service: ['heart', 'charts.red'],
  break: ['coffee', 'charts.green'],
};

/**
 * The History view: suggested evidence from git on top (after a scan, until each is answered),
 * then assessments, reviews, check-ins, evidence, service and breaks, by month, newest first.
 */
export class HistoryProvider implements vscode.TreeDataProvider<HistoryElement>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  private readonly suggestionsChanged: vscode.Disposable;

  constructor(
    private readonly workspace: GrowthWorkspace,
    private readonly gitSuggestions: GitSuggestions,
  ) {
    this.suggestionsChanged = gitSuggestions.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  dispose(): void {
    this.suggestionsChanged.dispose();
    this.changeEmitter.dispose();
  }

  async getChildren(element?: HistoryElement): Promise<HistoryElement[]> {
    if (element?.type === 'month') return element.entries.map((entry) => ({ type: 'entry', ...entry }));
    if (element?.type === 'suggested') return [...element.rows];
    if (element) return [];
    await this.workspace.whenLoaded();
    const roots = this.workspace.roots();
    const rows = roots.flatMap((root) =>
      openSuggestions(this.gitSuggestions.of(root), root.index).map((suggestion): SuggestionElement => ({
        type: 'gitSuggestion',
        root,
        suggestion,
      })),
    );
    const entries = roots.flatMap((root) => historyEntries(root.index));
    entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const months = groupByMonth(entries).map((month): HistoryElement => ({ type: 'month', ...month }));
    return rows.length > 0 ? [{ type: 'suggested', rows }, ...months] : months;
  }

  getTreeItem(element: HistoryElement): vscode.TreeItem {
    if (element.type === 'suggested') {
      const item = new vscode.TreeItem(vscode.l10n.t('Suggested evidence'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'gitSuggestions';
      item.description = String(element.rows.length);
      item.iconPath = new vscode.ThemeIcon('git-commit');
      item.tooltip = vscode.l10n.t(
        'Pieces of your own work, from the commits git keeps on this machine. Log them as evidence or answer "Not evidence".',
      );
      return item;
    }
    if (element.type === 'gitSuggestion') return suggestionItem(element);
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

/** A suggestion's row: its title, its dates and commit count, and the rest in the tooltip, as plain text. */
function suggestionItem({ root, suggestion }: SuggestionElement): vscode.TreeItem {
  const goalTitle = (goalId: string, milestoneId?: string) => {
    const goal = root.index.goal(goalId);
    const milestone = milestoneId ? goal?.data.milestones.find((candidate) => candidate.id === milestoneId) : undefined;
    return milestone ? `${goal!.data.title} › ${milestone.title}` : goal?.data.title;
  };
  const row = suggestionRow(suggestion, goalTitle);
  const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
  item.id = `gitSuggestion:${root.uri.toString()}:${suggestion.id}`;
  item.description = row.description;
  item.tooltip = row.details.join('\n');
  item.iconPath = new vscode.ThemeIcon('lightbulb', new vscode.ThemeColor('charts.yellow'));
  item.contextValue = GIT_SUGGESTION_ROW;
  item.accessibilityInformation = { label: `${row.label}, ${row.description}` };
  return item;
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
