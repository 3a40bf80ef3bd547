/**
 * Where a document defines and names ids: a goal's or card's own `id`, a milestone's `id`
 * inside its goal, and every key that links to a goal or a milestone (`parent`, `goal`,
 * `milestone`, a review's `goals[].goal`). Go to Definition, Find All References, Rename and
 * document links are all answered from these occurrences.
 */
import type { Entry, GrowthIndex } from '../growthIndex';
import type { FieldPath } from '../problem';
import { fileId } from '../reader';
import type { FileKind } from '../schema';
import { frontMatterNodes, nodeAt, scalarPaths, scalarText, spanOfNode, type FrontMatterNodes, type TextSpan } from './yamlNodes';

/** What an id stands for. */
export type IdTarget =
  | { readonly type: 'goal'; readonly goalId: string }
  | { readonly type: 'milestone'; readonly goalId: string; readonly milestoneId: string }
  | { readonly type: 'card'; readonly cardId: string };

export interface IdOccurrence extends TextSpan {
  readonly target: IdTarget;
  /** A definition is where the id is given (a file's `id`, a milestone's `id`). */
  readonly role: 'definition' | 'reference';
  readonly path: FieldPath;
}

/** The kind and assessment type a document declares at the top of its front matter. */
export function declaredKind(nodes: FrontMatterNodes): { readonly kind?: string; readonly type?: string } {
  return { kind: scalarText(nodeAt(nodes, ['kind'])), type: scalarText(nodeAt(nodes, ['type'])) };
}

/** The kinds whose files name a goal (and maybe one of its milestones) with `goal` and `milestone`. */
function linksGoalAndMilestone(kind: string | undefined, type: string | undefined): boolean {
  return kind === 'card' || kind === 'evidence' || (kind === 'assessment' && type === 'rubric');
}

/** Every id the document at `path` defines or names, in document order. */
export function idOccurrences(path: string, text: string): IdOccurrence[] {
  const nodes = frontMatterNodes(text);
  if (!nodes) return [];
  const { kind, type } = declaredKind(nodes);
  const ownId = scalarText(nodeAt(nodes, ['id'])) ?? fileId(path);
  const occurrences: IdOccurrence[] = [];
  const add = (node: Parameters<typeof spanOfNode>[1], fieldPath: FieldPath, target: IdTarget, role: IdOccurrence['role']) => {
    const span = spanOfNode(nodes, node);
    if (span && span.end > span.start) occurrences.push({ ...span, target, role, path: fieldPath });
  };
  const linkedGoal = scalarText(nodeAt(nodes, ['goal']));
  for (const { path: fieldPath, node } of scalarPaths(nodes.doc.contents)) {
    const value = scalarText(node);
    if (value === undefined) continue;
    const [first, second, third] = fieldPath;
    if (fieldPath.length === 1 && first === 'id') {
      if (kind === 'goal') add(node, fieldPath, { type: 'goal', goalId: value }, 'definition');
      else if (kind === 'card') add(node, fieldPath, { type: 'card', cardId: value }, 'definition');
    } else if (kind === 'goal' && fieldPath.length === 1 && first === 'parent') {
      add(node, fieldPath, { type: 'goal', goalId: value }, 'reference');
    } else if (kind === 'goal' && first === 'milestones' && typeof second === 'number' && third === 'id' && fieldPath.length === 3) {
      add(node, fieldPath, { type: 'milestone', goalId: ownId, milestoneId: value }, 'definition');
    } else if (linksGoalAndMilestone(kind, type) && fieldPath.length === 1 && first === 'goal') {
      add(node, fieldPath, { type: 'goal', goalId: value }, 'reference');
    } else if (linksGoalAndMilestone(kind, type) && fieldPath.length === 1 && first === 'milestone' && linkedGoal) {
      add(node, fieldPath, { type: 'milestone', goalId: linkedGoal, milestoneId: value }, 'reference');
    } else if (kind === 'review' && first === 'goals' && typeof second === 'number' && third === 'goal' && fieldPath.length === 3) {
      add(node, fieldPath, { type: 'goal', goalId: value }, 'reference');
    }
  }
  return occurrences.sort((a, b) => a.start - b.start);
}

/** The occurrence under the cursor (at `offset`, or just after it), if any. */
export function occurrenceAt(occurrences: readonly IdOccurrence[], offset: number): IdOccurrence | undefined {
  return occurrences.find((occurrence) => occurrence.start <= offset && offset <= occurrence.end);
}

export function sameTarget(a: IdTarget, b: IdTarget): boolean {
  if (a.type === 'goal' && b.type === 'goal') return a.goalId === b.goalId;
  if (a.type === 'milestone' && b.type === 'milestone') return a.goalId === b.goalId && a.milestoneId === b.milestoneId;
  if (a.type === 'card' && b.type === 'card') return a.cardId === b.cardId;
  return false;
}

/** The file that defines a target: the goal's file (milestones live in it), or the card's. */
export function definingFile(index: GrowthIndex, target: IdTarget): Entry<'goal'> | Entry<'card'> | undefined {
  return target.type === 'card' ? index.find('card', target.cardId) : index.goal(target.goalId);
}

/**
 * The files that may define or name a target, read from the index's records: only these need
 * their text read to find the occurrences, whatever the size of the plan.
 */
export function filesNaming(index: GrowthIndex, target: IdTarget): string[] {
  const paths = new Set<string>();
  const defining = definingFile(index, target);
  if (defining) paths.add(defining.path);
  if (target.type === 'card') return [...paths];
  for (const file of index.files()) {
    const record = file.record;
    if (!record) continue;
    if (namesTarget(record.kind, record.data, target)) paths.add(file.path);
  }
  return [...paths];
}

function namesTarget(kind: FileKind, data: unknown, target: Exclude<IdTarget, { type: 'card' }>): boolean {
  const record = data as { parent?: string; goal?: string; milestone?: string; type?: string; goals?: readonly { goal: string }[] };
  const goalNamed = record.goal === target.goalId;
  if (target.type === 'milestone') return linksGoalAndMilestone(kind, record.type) && goalNamed && record.milestone === target.milestoneId;
  switch (kind) {
    case 'goal':
      return record.parent === target.goalId;
    case 'card':
    case 'evidence':
      return goalNamed;
    case 'assessment':
      return record.type === 'rubric' && goalNamed;
    case 'review':
      return (record.goals ?? []).some((entry) => entry.goal === target.goalId);
    default:
      return false;
  }
}
