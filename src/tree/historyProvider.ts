import * as vscode from 'vscode';
import type { GrowthRoot, GrowthWorkspace } from '../workspace/growthWorkspace';

/** A dated entry of the plan's history: an assessment, review, check-in, evidence or service. */
interface HistoryEntry {
  readonly root: GrowthRoot;
  readonly path: string;
  readonly date: string;
  readonly title: string;
  readonly kind: 'assessment' | 'review' | 'checkin' | 'evidence' | 'service';
}

type HistoryElement = { readonly type: 'month'; readonly month: string; readonly entries: readonly HistoryEntry[] } | ({ readonly type: 'entry' } & HistoryEntry);

const ICONS: Record<HistoryEntry['kind'], string> = {
  assessment: 'checklist',
  review: 'comment-discussion',
  checkin: 'person',
  evidence: 'trophy',
  service: 'heart',
};

/** The History view: what happened, by month, newest first. */
export class HistoryProvider implements vscode.TreeDataProvider<HistoryElement> {
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
    if (element) return element.type === 'month' ? element.entries.map((entry) => ({ type: 'entry' as const, ...entry })) : [];
    await this.workspace.whenLoaded();
    const entries = this.workspace.roots().flatMap(entriesOf);
    entries.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
    const months = new Map<string, HistoryEntry[]>();
    for (const entry of entries) {
      const month = entry.date.slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), entry]);
    }
    return [...months].map(([month, grouped]) => ({ type: 'month' as const, month, entries: grouped }));
  }

  getTreeItem(element: HistoryElement): vscode.TreeItem {
    if (element.type === 'month') {
      const [year, month] = element.month.split('-').map(Number);
      const label = new Date(Date.UTC(year!, month! - 1, 1)).toLocaleDateString(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `month:${element.month}`;
      item.description = String(element.entries.length);
      item.contextValue = 'historyMonth';
      return item;
    }
    const item = new vscode.TreeItem(element.title, vscode.TreeItemCollapsibleState.None);
    item.id = `history:${element.path}`;
    item.description = element.date;
    item.iconPath = new vscode.ThemeIcon(ICONS[element.kind]);
    item.resourceUri = vscode.Uri.parse(element.path);
    item.contextValue = `history:${element.kind}`;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(element.path)] };
    item.accessibilityInformation = { label: `${element.title}, ${element.date}` };
    return item;
  }
}

function entriesOf(root: GrowthRoot): HistoryEntry[] {
  const { index } = root;
  return [
    ...index.assessments().map((entry) => ({ root, path: entry.path, date: entry.data.date, kind: 'assessment' as const, title: assessmentTitle(entry.data.type) })),
    ...index.reviews().map((entry) => ({ root, path: entry.path, date: entry.data.date, kind: 'review' as const, title: vscode.l10n.t('Review: on track? {0}', entry.data.onTrack) })),
    ...index.checkins().map((entry) => ({ root, path: entry.path, date: entry.data.date, kind: 'checkin' as const, title: vscode.l10n.t('Check-in with {0}', entry.data.mentor) })),
    ...index.evidence().map((entry) => ({ root, path: entry.path, date: entry.data.date, kind: 'evidence' as const, title: entry.data.title })),
    ...index.services().map((entry) => ({ root, path: entry.path, date: entry.data.date, kind: 'service' as const, title: entry.data.title })),
  ];
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
