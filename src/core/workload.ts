/**
 * The burnout guard for the whole plan (seed 003: "limit active milestones to 2-3 at a time"):
 * the active milestones of every active goal are counted together, and so are the active
 * short-term goals, against limits the user can set. Over a limit, each goal that adds to it
 * gets a problem with quick fixes (set a milestone back to planned, pause the goal); before a
 * change passes the limit, Add Milestone and Change Status say so.
 */
import * as l10n from '@vscode/l10n';
import { acrossPlan, type Entry, type GrowthIndex, type PlanCheck } from './growthIndex';
import type { Problem } from './problem';
import type { FrontMatterEdit } from './writer';

export interface WorkloadLimits {
  /** Active milestones across the plan (seed 003: two or three at a time). */
  readonly milestones: number;
  /** Active short-term goals: with three milestones going, more goals than that stand still. */
  readonly shortTermGoals: number;
}

export const DEFAULT_WORKLOAD_LIMITS: WorkloadLimits = { milestones: 3, shortTermGoals: 3 };

export const TOO_MANY_MILESTONES = 'plan/too-many-active-milestones';
export const TOO_MANY_GOALS = 'plan/too-many-active-goals';

export interface ActiveMilestone {
  readonly goal: Entry<'goal'>;
  readonly index: number;
  readonly title: string;
}

export interface Workload {
  readonly milestones: readonly ActiveMilestone[];
  readonly shortTermGoals: readonly Entry<'goal'>[];
}

const computed = new WeakMap<GrowthIndex, { readonly revision: number; readonly workload: Workload }>();

/** What is active across the plan: milestones of active goals, and active short-term goals. */
export function workloadOf(index: GrowthIndex): Workload {
  // Every active goal's check asks for it: counted once per version of the plan, not once per goal.
  const known = computed.get(index);
  if (known?.revision === index.revision) return known.workload;
  const workload = countWorkload(index);
  computed.set(index, { revision: index.revision, workload });
  return workload;
}

function countWorkload(index: GrowthIndex): Workload {
  const active = index.goals().filter((goal) => goal.data.status === 'active');
  return {
    milestones: active.flatMap((goal) =>
      goal.data.milestones.flatMap((milestone, position) =>
        milestone.status === 'active' ? [{ goal, index: position, title: milestone.title }] : [],
      ),
    ),
    shortTermGoals: active.filter((goal) => goal.data.horizon === 'short'),
  };
}

/** Titles in quotes, at most `shown` of them, then how many more. */
function titles(list: readonly string[], shown = 4): string {
  const quoted = list
    .slice(0, shown)
    .map((title) => l10n.t('"{0}"', title))
    .join(', ');
  return list.length > shown ? l10n.t('{0} and {1} more', quoted, list.length - shown) : quoted;
}

/** What the guard says of the plan: a sentence for each limit passed, the same on every goal. */
interface Verdict {
  readonly revision: number;
  readonly limits: WorkloadLimits;
  readonly milestones?: string;
  readonly goals?: string;
}

function verdictOn(index: GrowthIndex, limits: WorkloadLimits): Verdict {
  const workload = workloadOf(index);
  return {
    revision: index.revision,
    limits,
    milestones:
      workload.milestones.length > limits.milestones
        ? l10n.t(
            '{0} milestones are active across your plan ({1}); keep at most {2} going at once. Set some back to "planned" or pause a goal: spreading thin is how burnout starts.',
            workload.milestones.length,
            titles(workload.milestones.map((milestone) => milestone.title)),
            limits.milestones,
          )
        : undefined,
    goals:
      workload.shortTermGoals.length > limits.shortTermGoals
        ? l10n.t(
            '{0} short-term goals are active at once ({1}); at most {2} fit beside your day job. Pause one, or set it back to draft until another is done.',
            workload.shortTermGoals.length,
            titles(workload.shortTermGoals.map((entry) => entry.data.title)),
            limits.shortTermGoals,
          )
        : undefined,
  };
}

/**
 * The guard as a check of the plan: a problem on each active goal file that adds to a limit
 * passed. The sentences are made once per change of the plan, not once per goal: over the
 * limit, every active goal is asked again after each change.
 */
export function workloadCheck(limits: () => WorkloadLimits): PlanCheck {
  const verdicts = new WeakMap<GrowthIndex, Verdict>();
  return acrossPlan((file, index) => {
    if (file.record?.kind !== 'goal' || file.record.data.status !== 'active') return [];
    const goal = file.record.data;
    const now = limits();
    let verdict = verdicts.get(index);
    if (
      verdict?.revision !== index.revision ||
      verdict.limits.milestones !== now.milestones ||
      verdict.limits.shortTermGoals !== now.shortTermGoals
    ) {
      verdict = verdictOn(index, now);
      verdicts.set(index, verdict);
    }
    const problems: Problem[] = [];
    const mine = goal.milestones.findIndex((milestone) => milestone.status === 'active');
    if (verdict.milestones && mine >= 0)
      problems.push({ code: TOO_MANY_MILESTONES, severity: 'warning', field: ['milestones', mine], message: verdict.milestones });
    if (goal.horizon === 'short' && verdict.goals)
      problems.push({ code: TOO_MANY_GOALS, severity: 'warning', field: ['status'], message: verdict.goals });
    return problems;
  });
}

export interface WorkloadFix {
  readonly title: string;
  readonly edits: readonly FrontMatterEdit[];
  readonly preferred?: boolean;
}

/** The quick fixes of the guard's problems, made in the goal file the problem is on. */
export function workloadFixes(problem: Problem): WorkloadFix[] {
  const pause: WorkloadFix = { title: l10n.t('Pause this goal'), edits: [{ op: 'set', path: ['status'], value: 'paused' }] };
  switch (problem.code) {
    case TOO_MANY_MILESTONES: {
      const [key, position] = problem.field ?? [];
      if (key !== 'milestones' || typeof position !== 'number') return [pause];
      return [
        {
          title: l10n.t('Set this milestone back to "planned"'),
          edits: [{ op: 'set', path: ['milestones', position, 'status'], value: 'planned' }],
          preferred: true,
        },
        pause,
      ];
    }
    case TOO_MANY_GOALS:
      return [
        { ...pause, preferred: true },
        { title: l10n.t('Set this goal back to draft'), edits: [{ op: 'set', path: ['status'], value: 'draft' }] },
      ];
    default:
      return [];
  }
}

/**
 * What making a goal active would do to the guard: the sentence to warn with, or undefined when
 * it stays within the limits.
 */
export function activationWarning(index: GrowthIndex, goalId: string, limits: WorkloadLimits): string | undefined {
  const goal = index.goal(goalId);
  if (!goal || goal.data.status === 'active') return undefined;
  const workload = workloadOf(index);
  const milestones = workload.milestones.length + goal.data.milestones.filter((milestone) => milestone.status === 'active').length;
  const goals = workload.shortTermGoals.length + (goal.data.horizon === 'short' ? 1 : 0);
  if (goal.data.horizon === 'short' && goals > limits.shortTermGoals) {
    return l10n.t(
      'That makes {0} short-term goals active at once; at most {1} fit beside your day job. Pause another one first?',
      goals,
      limits.shortTermGoals,
    );
  }
  if (milestones > limits.milestones) {
    return l10n.t(
      'That makes {0} milestones active across your plan; keep at most {1} going at once. Set some back to "planned" first?',
      milestones,
      limits.milestones,
    );
  }
  return undefined;
}

/** What Add Milestone says when the plan has no room to start another milestone now. */
export function newMilestoneWarning(index: GrowthIndex, limits: WorkloadLimits): string | undefined {
  const active = workloadOf(index).milestones.length;
  if (active < limits.milestones) return undefined;
  return l10n.t(
    '{0} milestones are already active across your plan (at most {1} at once). The new one is planned: start it when another is done.',
    active,
    limits.milestones,
  );
}
