/**
 * S.M.A.R.T. checks on a goal: is it specific, measurable, achievable, relevant to a long-term
 * goal and time-bound, and is its plan (milestones, stretch target) sound.
 *
 * Each rule has a stable id (`smart/<name>`, used by the Problems view, quick fixes and docs),
 * a severity and messages that say what to change. A problem's `field` is the front-matter
 * value to fix; when the value is missing, it is the nearest parent that exists (`[]` for the
 * goal itself, `['milestones', 2]` for a milestone), which is where the missing key goes.
 */
import { addYears, daysBetween } from './dates';
import type { PlanCheck } from './growthIndex';
import type { FieldPath, Problem, Severity } from './problem';
import type { Goal, GoalStatus, Milestone } from './schema';
import { vagueness } from './vagueness';

export interface SmartContext {
  /** The user's today, `YYYY-MM-DD`. */
  readonly today: string;
  /** Another goal by id, to check the link to a parent goal. */
  goalById(id: string): Goal | undefined;
  /** Burnout guard: how many milestones of one goal may be active at once (default 3). */
  readonly maxActiveMilestones?: number;
}

interface Finding {
  readonly message: string;
  readonly field: FieldPath;
}

export interface SmartRule {
  /** Stable id, `smart/<name>`. */
  readonly id: string;
  readonly severity: Severity;
  /** One sentence for the docs and the rule list. */
  readonly description: string;
  /** The goal statuses the rule looks at. Dropped goals are never checked. */
  readonly statuses: readonly GoalStatus[];
  check(goal: Goal, context: SmartContext): readonly Finding[];
}

export const DEFAULT_MAX_ACTIVE_MILESTONES = 3;
export const LONG_TERM_MAX_YEARS = 5;
export const SHORT_TERM_MAX_YEARS = 1;
/** A 90-day horizon holds three to five milestones. */
export const HORIZON_MILESTONES = { min: 3, max: 5 } as const;

/** Goals being planned or pursued: the definition checks apply. */
const PLANNED: readonly GoalStatus[] = ['draft', 'active', 'paused'];
const ACTIVE: readonly GoalStatus[] = ['active'];

const isBlank = (value: string | number | undefined) => value === undefined || String(value).trim() === '';
const isOpen = (milestone: Milestone) => milestone.status === 'planned' || milestone.status === 'active';
const quoted = (titles: readonly string[]) => titles.map((title) => `"${title}"`).join(', ');
const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

function hasMeasurableTarget(goal: Goal): boolean {
  return goal.measurable !== undefined && !isBlank(goal.measurable.target);
}

/** The open milestones with their position in the file, for field paths. */
function openMilestones(goal: Goal): { milestone: Milestone; index: number }[] {
  return goal.milestones.flatMap((milestone, index) => (isOpen(milestone) ? [{ milestone, index }] : []));
}

/** The parent goal when the link resolves and the goal is short-term. */
function knownParent(goal: Goal, context: SmartContext): Goal | undefined {
  return goal.horizon === 'short' && goal.parent ? context.goalById(goal.parent) : undefined;
}

export const SMART_RULES: readonly SmartRule[] = [
  {
    id: 'smart/no-measurable-target',
    severity: 'warning',
    description: 'A goal needs a measurable target, so you can tell when it is reached.',
    statuses: PLANNED,
    check(goal) {
      if (!goal.measurable) {
        return [
          {
            field: [],
            message:
              'Add a measurable target: "measurable:" with a "metric" (what you count) and a "target" (the value that means done), e.g. metric "advanced courses finished", target 1.',
          },
        ];
      }
      if (isBlank(goal.measurable.target)) {
        return [{ field: ['measurable', 'target'], message: `Fill in the target for "${goal.measurable.metric}": the value that means this goal is reached.` }];
      }
      return [];
    },
  },
  {
    id: 'smart/no-due-date',
    severity: 'warning',
    description: 'A goal needs a due date to be time-bound.',
    statuses: PLANNED,
    check: (goal) =>
      goal.due ? [] : [{ field: [], message: 'Add a due date ("due: YYYY-MM-DD"): a goal without a date slips behind everything that has one.' }],
  },
  {
    id: 'smart/overdue',
    severity: 'warning',
    description: 'An active goal whose due date has passed.',
    statuses: ACTIVE,
    check(goal, { today }) {
      if (!goal.due || goal.due >= today) return [];
      return [
        {
          field: ['due'],
          message: `This goal was due on ${goal.due}, ${days(daysBetween(goal.due, today))} ago. Mark it done, pause it, or set a due date you can still meet.`,
        },
      ];
    },
  },
  {
    id: 'smart/vague-wording',
    severity: 'warning',
    description: 'Vague words ("improve", "better", "learn more", ...) with no number, date or measurable target.',
    statuses: PLANNED,
    check(goal) {
      if (hasMeasurableTarget(goal)) return [];
      const specific = goal.specific ?? '';
      if (vagueness(`${goal.title}\n${specific}`).hasNumberOrDate) return [];
      const inTitle = vagueness(goal.title).phrases;
      const phrases = inTitle.length > 0 ? inTitle : vagueness(specific).phrases;
      if (phrases.length === 0) return [];
      return [
        {
          field: inTitle.length > 0 ? ['title'] : ['specific'],
          message: `${quoted(phrases)} says which way to go but not where to stop. Name the result and how you will measure it, e.g. "finish an advanced Python course by 31 March" rather than "improve coding skills".`,
        },
      ];
    },
  },
  {
    id: 'smart/start-after-due',
    severity: 'error',
    description: 'A goal that starts after it is due.',
    statuses: PLANNED,
    check(goal) {
      if (!goal.start || !goal.due || goal.start <= goal.due) return [];
      return [{ field: ['due'], message: `This goal starts on ${goal.start} but is due on ${goal.due}, earlier. Correct whichever date is wrong.` }];
    },
  },
  {
    id: 'smart/long-term-too-far',
    severity: 'warning',
    description: 'A long-term goal due more than five years after it starts (or after today).',
    statuses: PLANNED,
    check(goal, { today }) {
      if (goal.horizon !== 'long' || !goal.due) return [];
      const limit = addYears(goal.start ?? today, LONG_TERM_MAX_YEARS);
      if (goal.due <= limit) return [];
      return [
        {
          field: ['due'],
          message: `Long-term goals work best within one to five years; this one is due on ${goal.due}, after ${limit}. Bring the date closer, or aim at a nearer step on the way.`,
        },
      ];
    },
  },
  {
    id: 'smart/long-term-too-near',
    severity: 'info',
    description: 'A long-term goal planned to take less than a year from its start.',
    statuses: PLANNED,
    check(goal) {
      if (goal.horizon !== 'long' || !goal.start || !goal.due || goal.due >= addYears(goal.start, 1)) return [];
      return [
        {
          field: ['horizon'],
          message: `From ${goal.start} to ${goal.due} is less than a year: that is a short-term goal. Set "horizon: short" and link it to the long-term goal it serves, or move the due date out.`,
        },
      ];
    },
  },
  {
    id: 'smart/short-term-too-long',
    severity: 'warning',
    description: 'A short-term goal due more than a year after it starts (or after today).',
    statuses: PLANNED,
    check(goal, { today }) {
      if (goal.horizon !== 'short' || !goal.due) return [];
      const limit = addYears(goal.start ?? today, SHORT_TERM_MAX_YEARS);
      if (goal.due <= limit) return [];
      return [
        {
          field: ['due'],
          message: `A short-term goal should take weeks to months; this one is due on ${goal.due}, after ${limit}. Split it into smaller goals, or make it a long-term goal ("horizon: long").`,
        },
      ];
    },
  },
  {
    id: 'smart/no-parent',
    severity: 'warning',
    description: 'A short-term goal not linked to the long-term goal it builds towards.',
    statuses: PLANNED,
    check(goal) {
      if (goal.horizon !== 'short' || goal.parent) return [];
      return [
        {
          field: [],
          message: 'Link this goal to the long-term goal it builds towards with "parent: <id of that goal>". If it serves none, ask whether it is worth your time.',
        },
      ];
    },
  },
  {
    id: 'smart/unknown-parent',
    severity: 'error',
    description: 'A goal whose parent names no known goal.',
    statuses: PLANNED,
    check(goal, context) {
      if (!goal.parent || context.goalById(goal.parent)) return [];
      return [
        {
          field: ['parent'],
          message: `No goal has the id "${goal.parent}". Use the file name (without .md) or the id of a long-term goal.`,
        },
      ];
    },
  },
  {
    id: 'smart/parent-not-long-term',
    severity: 'warning',
    description: 'A short-term goal whose parent is not a long-term goal.',
    statuses: PLANNED,
    check(goal, context) {
      const parent = knownParent(goal, context);
      if (!parent || parent.horizon === 'long') return [];
      return [
        {
          field: ['parent'],
          message: `"${parent.title}" is a short-term goal. Link this goal to a long-term goal instead, so each step adds up to where you want to be.`,
        },
      ];
    },
  },
  {
    id: 'smart/due-after-parent',
    severity: 'warning',
    description: 'A short-term goal due after the long-term goal it builds towards.',
    statuses: PLANNED,
    check(goal, context) {
      const parent = knownParent(goal, context);
      if (!parent || parent.horizon !== 'long' || !parent.due || !goal.due || goal.due <= parent.due) return [];
      return [
        {
          field: ['due'],
          message: `Due on ${goal.due}, after "${parent.title}" (due ${parent.due}) which it builds towards. Bring this date forward, or move the long-term goal.`,
        },
      ];
    },
  },
  {
    id: 'smart/milestone-no-done-when',
    severity: 'warning',
    description: 'An open milestone without a definition of done.',
    statuses: PLANNED,
    check: (goal) =>
      openMilestones(goal)
        .filter(({ milestone }) => isBlank(milestone.doneWhen))
        .map(({ milestone, index }) => ({
          field: milestone.doneWhen === undefined ? ['milestones', index] : ['milestones', index, 'doneWhen'],
          message: `Say when milestone "${milestone.title}" is done ("doneWhen:"), e.g. "design doc approved by two reviewers", so you know when to stop.`,
        })),
  },
  {
    id: 'smart/milestone-no-due-date',
    severity: 'info',
    description: 'An open milestone without a due date, so no reminder can come for it.',
    statuses: PLANNED,
    check: (goal) =>
      openMilestones(goal)
        .filter(({ milestone }) => !milestone.due)
        .map(({ milestone, index }) => ({
          field: ['milestones', index],
          message: `Give milestone "${milestone.title}" a due date ("due: YYYY-MM-DD") so DevGrowth can remind you as it nears.`,
        })),
  },
  {
    id: 'smart/milestone-after-goal-due',
    severity: 'warning',
    description: 'An open milestone due after its goal.',
    statuses: PLANNED,
    check(goal) {
      const goalDue = goal.due;
      if (!goalDue) return [];
      return openMilestones(goal)
        .filter(({ milestone }) => milestone.due !== undefined && milestone.due > goalDue)
        .map(({ milestone, index }) => ({
          field: ['milestones', index, 'due'],
          message: `Milestone "${milestone.title}" is due on ${milestone.due}, after the goal itself (${goalDue}). Bring it forward, or move the goal's date.`,
        }));
    },
  },
  {
    id: 'smart/too-many-active-milestones',
    severity: 'warning',
    description: 'More milestones active at once than the burnout guard allows (three by default).',
    statuses: ACTIVE,
    check(goal, context) {
      const max = context.maxActiveMilestones ?? DEFAULT_MAX_ACTIVE_MILESTONES;
      const active = goal.milestones.filter((milestone) => milestone.status === 'active');
      if (active.length <= max) return [];
      return [
        {
          field: ['milestones'],
          message: `${active.length} milestones are active at once (${quoted(active.map((milestone) => milestone.title))}). Keep at most ${max} going and set the rest back to "planned": spreading thin is how burnout starts.`,
        },
      ];
    },
  },
  {
    id: 'smart/milestone-count',
    severity: 'info',
    description: 'An active short-term goal on a 90-day horizon with fewer than three or more than five milestones.',
    statuses: ACTIVE,
    check(goal) {
      if (goal.horizon !== 'short' || !goal.horizonStart) return [];
      const count = goal.milestones.filter((milestone) => milestone.status !== 'dropped').length;
      const { min, max } = HORIZON_MILESTONES;
      if (count >= min && count <= max) return [];
      const advice =
        count < min
          ? 'Break the goal into concrete steps, each with a definition of done.'
          : 'Move some to the next 90 days, or split the goal.';
      return [
        {
          field: count === 0 ? [] : ['milestones'],
          message: `A 90-day horizon works best with ${min} to ${max} milestones; this goal has ${count}. ${advice}`,
        },
      ];
    },
  },
  {
    id: 'smart/stretch-same-as-target',
    severity: 'warning',
    description: 'A stretch target that is the same as the normal target.',
    statuses: PLANNED,
    check(goal) {
      const stretch = goal.stretch?.target;
      const target = goal.measurable?.target;
      if (isBlank(stretch) || isBlank(target) || normalise(stretch) !== normalise(target)) return [];
      return [
        {
          field: ['stretch', 'target'],
          message: `The stretch target is the same as the target (${String(target)}). Make it harder, or set an earlier stretch date instead.`,
        },
      ];
    },
  },
  {
    id: 'smart/stretch-not-earlier',
    severity: 'warning',
    description: 'A stretch date that is not earlier than the due date.',
    statuses: PLANNED,
    check(goal) {
      const stretchDue = goal.stretch?.due;
      if (!stretchDue || !goal.due || stretchDue < goal.due) return [];
      return [
        {
          field: ['stretch', 'due'],
          message: `The stretch date ${stretchDue} is not before the due date ${goal.due}. A stretch date is the earlier finish you aim for; pick one before ${goal.due}.`,
        },
      ];
    },
  },
  {
    id: 'smart/done-with-open-milestones',
    severity: 'info',
    description: 'A done goal with milestones still planned or active.',
    statuses: ['done'],
    check(goal) {
      const open = openMilestones(goal);
      if (open.length === 0) return [];
      return [
        {
          field: ['milestones'],
          message: `This goal is done, but ${quoted(open.map(({ milestone }) => milestone.title))} ${open.length === 1 ? 'is' : 'are'} not. Mark ${open.length === 1 ? 'it' : 'them'} done or dropped, so the record shows what really happened.`,
        },
      ];
    },
  },
  {
    id: 'smart/no-pillar-or-marker',
    severity: 'info',
    description: 'An active goal without a pillar or a success marker.',
    statuses: ACTIVE,
    check(goal) {
      const missing = [
        goal.pillar ? undefined : '"pillar" (technical, relationships or influence)',
        goal.successMarker
          ? undefined
          : '"successMarker" (technical-mastery, business-impact, recognition, innovation or mentorship)',
      ].filter((part): part is string => part !== undefined);
      if (missing.length === 0) return [];
      return [
        {
          field: [],
          message: `Add ${missing.join(' and ')}, so you can see which part of your growth this goal feeds and what success means for it.`,
        },
      ];
    },
  },
];

/** Compares targets as a reader would: "100%" and " 100% " are the same, so are 3 and "3". */
function normalise(value: string | number | undefined): string {
  return String(value).trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Every S.M.A.R.T. problem of a goal, in the order of `SMART_RULES`. */
export function checkGoal(goal: Goal, context: SmartContext): Problem[] {
  return SMART_RULES.filter((rule) => rule.statuses.includes(goal.status)).flatMap((rule) =>
    rule.check(goal, context).map(({ message, field }) => ({ code: rule.id, severity: rule.severity, message, field })),
  );
}

/** The S.M.A.R.T. checks as a check of the workspace index, for goal files. */
export function smartCheck(options: { maxActiveMilestones?: number } = {}): PlanCheck {
  return (file, index, today) =>
    file.record?.kind === 'goal'
      ? checkGoal(file.record.data, { today, goalById: (id) => index.goal(id)?.data, maxActiveMilestones: options.maxActiveMilestones })
      : [];
}
