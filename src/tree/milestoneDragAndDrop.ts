import * as vscode from 'vscode';
import { planMilestoneMove, type MilestoneDrop, type MilestoneRef } from '../core/milestoneMove';
import type { Services } from '../services';
import { GrowthWriteError } from '../workspace/growthFiles';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import type { GoalTreeElement } from './goalTreeProvider';

/** The Goals tree's own drag data: the rows being dragged. */
export const GOALS_TREE_MIME = 'application/vnd.code.tree.devgrowth.goals';

/**
 * Drag and drop in the Goals tree: a milestone dropped on a milestone of its own goal takes that
 * milestone's place; dropped on another goal or one of its milestones, it moves there (with the
 * growth cards, evidence and rubric assessments that point to it). Every change goes through
 * GrowthFiles as one change of all the files, so open editors stay in step, nothing else in
 * the files changes, and a file that cannot be changed leaves every file as it was.
 */
export class MilestoneDragAndDrop implements vscode.TreeDragAndDropController<GoalTreeElement> {
  readonly dragMimeTypes = [GOALS_TREE_MIME];
  readonly dropMimeTypes = [GOALS_TREE_MIME];

  constructor(private readonly services: Services) {}

  handleDrag(source: readonly GoalTreeElement[], dataTransfer: vscode.DataTransfer): void {
    const milestones = source.filter((element) => element.node.type === 'milestone');
    if (milestones.length > 0) dataTransfer.set(GOALS_TREE_MIME, new vscode.DataTransferItem(milestones));
  }

  async handleDrop(target: GoalTreeElement | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const dragged = dataTransfer.get(GOALS_TREE_MIME)?.value as readonly GoalTreeElement[] | undefined;
    // One milestone at a time: each move re-reads the files, so positions never go stale.
    const moved = dragged?.find((element) => element.node.type === 'milestone');
    const drop = target && dropOn(target);
    if (!moved || moved.node.type !== 'milestone' || !drop || target.root !== moved.root) return;
    try {
      await this.move(moved.root, { goalPath: moved.node.goal.path, milestoneId: moved.node.milestone.id }, drop);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof GrowthWriteError)) this.services.output.error('Moving a milestone failed', error);
      void vscode.window.showErrorMessage(vscode.l10n.t('DevGrowth could not move the milestone: {0}', message));
    }
  }

  /** Makes the planned edits as one change: every file is changed, or none is. */
  private async move(root: GrowthRoot, from: MilestoneRef, to: MilestoneDrop): Promise<void> {
    const sourceText = await textOf(vscode.Uri.parse(from.goalPath));
    const plan = planMilestoneMove(root.index, from, to, sourceText);
    if (!plan.ok) throw new GrowthWriteError(plan.reason);
    await this.services.files.editAll(plan.steps.map((step) => ({ uri: vscode.Uri.parse(step.path), edits: step.edits })));
  }
}

/** Where a drop on this row puts a milestone; undefined for rows that take none. */
function dropOn(target: GoalTreeElement): MilestoneDrop | undefined {
  const { node } = target;
  switch (node.type) {
    case 'goal':
      return { goalPath: node.goal.path };
    case 'milestone':
      return { goalPath: node.goal.path, onMilestone: node.milestone.id };
    default:
      return undefined;
  }
}

/** The text DevGrowth would edit: the open document's (saved or not), else the file's. */
async function textOf(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open && !open.isClosed) return open.getText();
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
