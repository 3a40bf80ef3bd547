import * as vscode from 'vscode';
import { evidenceForm } from '../core/forms/evidence';
import { pickRoot } from '../workspace/pickRoot';
import * as z from 'zod';
import { identifier } from '../core/schema';
import { argument, formPrefillArgument, rowArgument } from './arguments';
import { defineCommand } from './command';
import { announceWritten, fillAndWrite, textOf } from './input/written';
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
export const logEvidence = defineCommand({
  id: CommandId.EvidenceLog,
  arguments: [
    rowArgument,
    formPrefillArgument,
    // Suggested evidence from git: the suggestion it takes up and the commits (and pull request) it links.
    argument('origin', z.object({ suggestion: identifier, commits: z.array(z.string()), pullRequest: z.string().optional() }).optional()),
  ],
  async run(services, argument, preset, origin) {
    const fromGit = origin && {
      suggestion: origin.suggestion,
      commitLinks: { commits: origin.commits, ...(origin.pullRequest ? { pullRequest: origin.pullRequest } : {}) },
    };
    const fromTree = targetOf(argument);
    const picked = fromTree && fromTree.kind !== 'file' ? await goalFor(services, argument, '') : undefined;
    const plan = picked?.root ?? fromTree?.root ?? (await pickRoot(services));
    if (!plan) return undefined;
    const onRow = picked ? { goal: picked.goal.id, ...(fromTree?.kind === 'milestone' ? { milestone: fromTree.milestoneId } : {}) } : {};
    const written = await fillAndWrite(services, plan, evidenceForm, {
      values: { ...preset, ...onRow },
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
});
