import * as vscode from 'vscode';
import { evidenceForm } from '../core/forms/evidence';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { announceWritten, fillAndWrite, presetValues } from './input/written';
import { goalFor } from './pick';
import { targetOf } from './target';

/**
 * Logs an achievement as evidence (the evidence form, in the quick input): dated when it
 * happened, with a link and the goal, milestone or pillar it serves. Run on a goal or a
 * milestone in the tree, it counts towards that one.
 */
export const logEvidence: DevGrowthCommand = {
  id: 'devgrowth.evidence.log',
  async run(services, argument, preset) {
    const fromTree = targetOf(argument);
    const picked = fromTree && fromTree.kind !== 'file' ? await goalFor(services, argument, '') : undefined;
    const plan = picked?.root ?? (await pickRoot(services));
    if (!plan) return undefined;
    const onRow = picked ? { goal: picked.goal.id, ...(fromTree?.kind === 'milestone' ? { milestone: fromTree.milestoneId } : {}) } : {};
    const written = await fillAndWrite(services, plan, evidenceForm, {
      values: { ...presetValues(preset), ...onRow },
      skip: Object.keys(onRow),
      writeWhenComplete: preset !== undefined,
    });
    if (!written) return undefined;
    void announceWritten(services, vscode.l10n.t('Logged "{0}" in {1}.', String(written.values.title), vscode.workspace.asRelativePath(written.uri)), written.uri, written.text);
    return written.uri;
  },
};
