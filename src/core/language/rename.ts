/**
 * Renaming an id across the plan: every place that defines or names it, as text edits of the
 * id alone (quotes, comments and every other byte of the files stay), or a refusal in plain
 * words. A goal or card whose id is its file name is renamed by renaming the file.
 */
import * as l10n from '@vscode/l10n';
import type { GrowthIndex } from '../growthIndex';
import { identifier } from '../schema';
import { definingFile, idOccurrences, sameTarget, type IdTarget } from './idLinks';

export interface TextEdit {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export type RenamePlan =
  | { readonly edits: readonly TextEdit[]; readonly renameFile?: { readonly from: string; readonly to: string } }
  | { readonly refused: string };

/** The id a target has now. */
export function currentId(target: IdTarget): string {
  return target.type === 'goal' ? target.goalId : target.type === 'milestone' ? target.milestoneId : target.cardId;
}

/** Why `newId` cannot be the target's new id, or undefined when it can. */
export function renameRefusal(index: GrowthIndex, target: IdTarget, newId: string): string | undefined {
  if (!identifier.safeParse(newId).success) {
    return l10n.t('"{0}" cannot be an id: use lower-case letters, digits and dashes, for example design-review-skills.', newId);
  }
  if (newId === currentId(target)) return undefined;
  switch (target.type) {
    case 'goal':
      return index.goal(newId) ? l10n.t('Another goal already has the id "{0}". Pick an id no goal has.', newId) : undefined;
    case 'card':
      return index.find('card', newId) ? l10n.t('Another card already has the id "{0}". Pick an id no card has.', newId) : undefined;
    case 'milestone':
      return index.goal(target.goalId)?.data.milestones.some((milestone) => milestone.id === newId)
        ? l10n.t('This goal already has a milestone "{0}". Pick an id no milestone of the goal has.', newId)
        : undefined;
  }
}

/**
 * The edits that rename a target, given the text of every file that may name it (see
 * `filesNaming`; open editors' text wins over the disk's).
 */
export function planRename(index: GrowthIndex, target: IdTarget, newId: string, texts: ReadonlyMap<string, string>): RenamePlan {
  const refusal = renameRefusal(index, target, newId);
  if (refusal) return { refused: refusal };
  const edits: TextEdit[] = [];
  let definedInFile = false;
  for (const [path, text] of texts) {
    for (const occurrence of idOccurrences(path, text)) {
      if (!sameTarget(occurrence.target, target)) continue;
      if (occurrence.role === 'definition') definedInFile = true;
      edits.push({ path, start: occurrence.start, end: occurrence.end, newText: newId });
    }
  }
  if (target.type === 'milestone' || definedInFile) return { edits };
  // The id is the file's name: renaming the file renames it.
  const defining = definingFile(index, target);
  if (!defining) return { refused: l10n.t('DevGrowth cannot find the file of "{0}" in the plan. Save your changes and try again.', currentId(target)) };
  const slash = defining.path.lastIndexOf('/');
  return { edits, renameFile: { from: defining.path, to: `${defining.path.slice(0, slash + 1)}${newId}.md` } };
}
