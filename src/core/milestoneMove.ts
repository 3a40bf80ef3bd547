/**
 * Moving a milestone, as the Goals tree's drag and drop does: within its goal (a reorder) or
 * to another goal. The plan is a list of front-matter edits per file, each made through the
 * writer, so nothing else in any file changes. The caller works out every file's new text
 * before it writes any (`planEdits`), so a move that one file refuses changes nothing.
 *
 * Between goals the milestone travels as written, with its comments: it is written into the
 * target goal, the files that point to it (growth cards, evidence, rubric assessments) are
 * pointed at the target, and it is removed from the source. Steps are in that order, so that
 * even a write that fails part-way leaves every link naming a milestone that exists.
 */
import * as l10n from '@vscode/l10n';
import { parseDocument } from 'yaml';
import { findFrontMatter } from './frontmatter';
import type { Entry, GrowthIndex } from './growthIndex';
import { listItemAsWritten, type FileEdits, type FrontMatterEdit } from './writer';

export type { FileEdits } from './writer';

/** A milestone of a goal, by the goal file and the milestone's id. */
export interface MilestoneRef {
  readonly goalPath: string;
  readonly milestoneId: string;
}

/**
 * Where a dragged milestone lands: dropped on a milestone, it takes that milestone's place
 * (in its own goal the others shift up or down; in another goal it goes just before it);
 * dropped on a goal, it goes last.
 */
export interface MilestoneDrop {
  readonly goalPath: string;
  readonly onMilestone?: string;
}

export type MilestoneMovePlan =
  | { readonly ok: true; readonly steps: readonly FileEdits[]; readonly milestoneId: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Plans the move. `sourceText` is the source goal file's current text: the milestone is moved
 * as written there (comments and unknown keys included), not as DevGrowth understood it.
 */
export function planMilestoneMove(index: GrowthIndex, from: MilestoneRef, to: MilestoneDrop, sourceText: string): MilestoneMovePlan {
  const source = goalAt(index, from.goalPath);
  const target = goalAt(index, to.goalPath);
  if (!source || !target) return { ok: false, reason: l10n.t('The goal is no longer in the plan, or its file has errors. Fix the file first.') };
  const fromIndex = source.data.milestones.findIndex((milestone) => milestone.id === from.milestoneId);
  if (fromIndex < 0) return { ok: false, reason: l10n.t('Goal "{0}" no longer has the milestone "{1}".', source.data.title, from.milestoneId) };
  const dropIndex = to.onMilestone === undefined ? -1 : target.data.milestones.findIndex((milestone) => milestone.id === to.onMilestone);

  if (source.path === target.path) {
    const toIndex = dropIndex < 0 ? source.data.milestones.length - 1 : dropIndex;
    const steps = toIndex === fromIndex ? [] : [{ path: source.path, edits: [{ op: 'move', path: ['milestones'], from: fromIndex, to: toIndex } as const] }];
    return { ok: true, steps, milestoneId: from.milestoneId };
  }

  const written = milestoneAsWritten(sourceText, fromIndex);
  if (!written || written.id !== from.milestoneId) {
    return { ok: false, reason: l10n.t('{0} changed while the milestone was being moved. Nothing was changed; try again.', source.path) };
  }
  const taken = new Set(target.data.milestones.map((milestone) => milestone.id));
  const milestoneId = freeId(from.milestoneId, taken);
  const asWritten = listItemAsWritten(sourceText, ['milestones'], fromIndex);
  const at = dropIndex < 0 ? target.data.milestones.length : dropIndex;
  const insert: FrontMatterEdit[] = [
    { op: 'insert', path: ['milestones'], value: written, ...(dropIndex < 0 ? {} : { index: dropIndex }), ...(asWritten ? { asWritten } : {}) },
    // A new id where the target goal already uses the old one, changed on the id's own line.
    ...(milestoneId === from.milestoneId ? [] : [{ op: 'set', path: ['milestones', at, 'id'], value: milestoneId } as const]),
  ];
  const links = linkedFiles(index, source.id, from.milestoneId).map(
    (path): FileEdits => ({
      path,
      edits: [
        { op: 'set', path: ['goal'], value: target.id },
        ...(milestoneId === from.milestoneId ? [] : [{ op: 'set', path: ['milestone'], value: milestoneId } as const]),
      ],
    }),
  );
  return {
    ok: true,
    milestoneId,
    steps: [{ path: target.path, edits: insert }, ...links, { path: source.path, edits: [{ op: 'delete', path: ['milestones', fromIndex] }] }],
  };
}

function goalAt(index: GrowthIndex, path: string): Entry<'goal'> | undefined {
  const file = index.get(path);
  return file?.record?.kind === 'goal' ? { path, id: file.id, data: file.record.data } : undefined;
}

/** The milestone's entry exactly as the file holds it (as plain data), or undefined. */
function milestoneAsWritten(text: string, position: number): Record<string, unknown> | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const doc = parseDocument(block.yaml, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  const data: unknown = doc.toJS();
  const list = isRecord(data) ? data.milestones : undefined;
  const item: unknown = Array.isArray(list) ? list[position] : undefined;
  return isRecord(item) ? item : undefined;
}

/** The id, or the id with the first free number appended when the target goal already uses it. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let number = 2;
  while (taken.has(`${id}-${number}`)) number++;
  return `${id}-${number}`;
}

/** Files whose `goal` and `milestone` name this milestone: growth cards, evidence, rubric assessments. */
function linkedFiles(index: GrowthIndex, goalId: string, milestoneId: string): string[] {
  const links = [
    ...index.entries('card').map((entry) => ({ path: entry.path, goal: entry.data.goal, milestone: entry.data.milestone })),
    ...index.entries('evidence').map((entry) => ({ path: entry.path, goal: entry.data.goal, milestone: entry.data.milestone })),
    ...index.assessments('rubric').map((entry) => ({
      path: entry.path,
      goal: entry.data.type === 'rubric' ? entry.data.goal : undefined,
      milestone: entry.data.type === 'rubric' ? entry.data.milestone : undefined,
    })),
  ];
  return links.filter((link) => link.goal === goalId && link.milestone === milestoneId).map((link) => link.path).sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
