import type * as vscode from 'vscode';
import type { GrowthRoot } from '../workspace/growthWorkspace';

/**
 * What a command acts on. Tree nodes carry one, so a command run from a context menu gets
 * its target directly; run from the palette, it asks (see `pickTarget`).
 */
export type CommandTarget =
  | { readonly kind: 'file'; readonly root: GrowthRoot; readonly uri: vscode.Uri }
  | { readonly kind: 'goal'; readonly root: GrowthRoot; readonly uri: vscode.Uri; readonly goalId: string }
  | {
      readonly kind: 'milestone';
      readonly root: GrowthRoot;
      readonly uri: vscode.Uri;
      readonly goalId: string;
      readonly milestoneId: string;
      /** Position in the goal's `milestones` list, for edits. */
      readonly index: number;
    };

/** Anything that carries a target (tree nodes do). */
export interface HasTarget {
  readonly target: CommandTarget;
}

export function targetOf(argument: unknown): CommandTarget | undefined {
  if (typeof argument === 'object' && argument !== null && 'target' in argument) {
    return (argument as HasTarget).target;
  }
  return undefined;
}
