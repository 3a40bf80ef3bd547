import * as vscode from 'vscode';
import { evidenceForm } from '../core/forms/evidence';
import type { CommitLinks } from '../core/forms/form';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { announceWritten, fillAndWrite, presetValues, textOf } from './input/written';
import { goalFor } from './pick';
import { targetOf } from './target';
import { CommandId } from '../core/commandIds';

/**
 * Logs an achievement as evidence (the evidence form, in the quick input): dated when it
 * happened, with a link and the goal, milestone or pillar it serves. Run on a goal or a
 * milestone in the tree, it counts towards that one. Run with `origin` (suggested evidence from
 * git), the user goes through the prefilled form before it is saved, and the file names the
 * suggestion and links its commits.
 */
export const logEvidence: DevGrowthCommand = {
  id: CommandId.EvidenceLog,
  async run(services, argument, preset, origin) {
    const fromGit = gitOrigin(origin);
    const fromTree = targetOf(argument);
    const picked = fromTree && fromTree.kind !== 'file' ? await goalFor(services, argument, '') : undefined;
    const plan = picked?.root ?? fromTree?.root ?? (await pickRoot(services));
    if (!plan) return undefined;
    const onRow = picked ? { goal: picked.goal.id, ...(fromTree?.kind === 'milestone' ? { milestone: fromTree.milestoneId } : {}) } : {};
    const written = await fillAndWrite(services, plan, evidenceForm, {
      values: { ...presetValues(preset), ...onRow },
      skip: Object.keys(onRow),
      writeWhenComplete: preset !== undefined && !fromGit,
      ...(fromGit ? { origin: fromGit } : {}),
    });
    if (!written) return undefined;
    void announceWritten(
      services,
      vscode.l10n.t('Logged "{0}" in {1}.', textOf(written.values.title), vscode.workspace.asRelativePath(written.uri)),
      written.uri,
      written.text,
    );
    return written.uri;
  },
};

/** The suggestion and commits a caller hands over, when they have the shape they must. */
function gitOrigin(value: unknown): { suggestion: string; commitLinks: CommitLinks } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { suggestion, commits, pullRequest } = value as Record<string, unknown>;
  if (typeof suggestion !== 'string' || !Array.isArray(commits) || !commits.every((hash) => typeof hash === 'string')) return undefined;
  return {
    suggestion,
    commitLinks: { commits: commits, ...(typeof pullRequest === 'string' ? { pullRequest } : {}) },
  };
}
