/**
 * The outline of a growth file (Outline view, breadcrumbs, Go to Symbol): a goal with its
 * milestones by title, or the file's own title; and the CodeLens rows above a goal's
 * milestones: progress, and the actions that already exist as commands.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isSeq } from 'yaml';
import { MILESTONE_STATUSES, milestoneStatusText, type MilestoneStatus } from '../vocabulary';
import { declaredKind } from './idLinks';
import { frontMatterNodes, nodeAt, pairAt, scalarText, type FrontMatterNodes, type TextSpan } from './yamlNodes';

export interface SymbolView {
  readonly name: string;
  readonly detail: string;
  readonly kind: 'goal' | 'milestone' | 'file';
  /** All of it. */
  readonly span: TextSpan;
  /** What to select when it is picked: its title or id. */
  readonly selection: TextSpan;
  readonly children: readonly SymbolView[];
}

export function documentSymbols(text: string): SymbolView[] {
  const nodes = frontMatterNodes(text);
  if (!nodes) return [];
  const { kind } = declaredKind(nodes);
  if (!kind) return [];
  const whole = { start: nodes.offset + (nodes.doc.range[0] ?? 0), end: nodes.offset + (nodes.doc.range[1] ?? 0) };
  const titleSpan = keySpan(nodes, ['title']) ?? keySpan(nodes, ['kind']) ?? whole;
  const title = scalarText(nodeAt(nodes, ['title'])) ?? scalarText(nodeAt(nodes, ['northStar', 'statement'])) ?? kind;
  const children = kind === 'goal' ? milestoneSymbols(nodes) : [];
  return [{ name: title, detail: kind, kind: kind === 'goal' ? 'goal' : 'file', span: whole, selection: titleSpan, children }];
}

function keySpan(nodes: FrontMatterNodes, path: readonly (string | number)[]): TextSpan | undefined {
  const range = pairAt(nodes, path)?.key?.range;
  return range ? { start: nodes.offset + range[0], end: nodes.offset + range[1] } : undefined;
}

function milestoneSymbols(nodes: FrontMatterNodes): SymbolView[] {
  const list = nodeAt(nodes, ['milestones']);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item, position): SymbolView[] => {
    if (!isMap(item) || !item.range) return [];
    const status = scalarText(nodeAt(nodes, ['milestones', position, 'status'])) ?? 'planned';
    const name =
      scalarText(nodeAt(nodes, ['milestones', position, 'title'])) ?? scalarText(nodeAt(nodes, ['milestones', position, 'id'])) ?? '';
    const span = { start: nodes.offset + item.range[0], end: nodes.offset + item.range[1] };
    const selection = keySpan(nodes, ['milestones', position, 'title']) ?? keySpan(nodes, ['milestones', position, 'id']) ?? span;
    return [
      { name, detail: isMilestoneStatus(status) ? milestoneStatusText(status) : status, kind: 'milestone', span, selection, children: [] },
    ];
  });
}

function isMilestoneStatus(value: string): value is MilestoneStatus {
  return (MILESTONE_STATUSES as readonly string[]).includes(value);
}

/** An action a CodeLens offers; the adapter maps each to its command. */
export type LensAction = 'summary' | 'addMilestone' | 'markDone' | 'markNotDone' | 'rate' | 'updateProgress';

export interface LensView {
  /** Where the lens stands: the line of this offset. */
  readonly offset: number;
  readonly title: string;
  readonly action: LensAction;
  /** The milestone's position in the goal's list, for milestone actions. */
  readonly milestone?: { readonly index: number; readonly id: string };
}

/**
 * CodeLens rows of a goal file: above `measurable`, Update Progress; above `milestones`, the
 * progress and Add Milestone; above each milestone, its state and actions.
 */
export function goalLenses(text: string): LensView[] {
  const nodes = frontMatterNodes(text);
  if (!nodes || declaredKind(nodes).kind !== 'goal') return [];
  const measurable = pairAt(nodes, ['measurable'])?.key?.range;
  const measured: LensView[] = measurable
    ? [{ offset: nodes.offset + measurable[0], title: l10n.t('Update Progress'), action: 'updateProgress' }]
    : [];
  const holder = pairAt(nodes, ['milestones']);
  const list = holder?.value;
  const keyRange = holder?.key?.range;
  if (!keyRange) return measured;
  const items = isSeq(list) ? list.items : [];
  const statuses = items.map((_, position) => scalarText(nodeAt(nodes, ['milestones', position, 'status'])) ?? 'planned');
  const done = statuses.filter((status) => status === 'done').length;
  const lenses: LensView[] = [
    ...measured,
    { offset: nodes.offset + keyRange[0], title: l10n.t('{0} of {1} milestones done', done, items.length), action: 'summary' },
    { offset: nodes.offset + keyRange[0], title: l10n.t('Add Milestone'), action: 'addMilestone' },
  ];
  items.forEach((item, position) => {
    const id = scalarText(nodeAt(nodes, ['milestones', position, 'id']));
    if (!isMap(item) || !item.range || !id) return;
    const offset = nodes.offset + item.range[0];
    const status = statuses[position]!;
    const due = scalarText(nodeAt(nodes, ['milestones', position, 'due']));
    const state = isMilestoneStatus(status) ? milestoneStatusText(status) : status;
    const milestone = { index: position, id };
    lenses.push({ offset, title: due ? l10n.t('{0} · due {1}', state, due) : state, action: 'summary', milestone });
    if (status === 'done') lenses.push({ offset, title: l10n.t('Mark Not Done'), action: 'markNotDone', milestone });
    else if (status !== 'dropped') lenses.push({ offset, title: l10n.t('Mark Done'), action: 'markDone', milestone });
    if (status !== 'dropped') lenses.push({ offset, title: l10n.t('Rate'), action: 'rate', milestone });
  });
  return lenses;
}
