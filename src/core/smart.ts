/**
 * S.M.A.R.T. checks on a goal: is it specific, measurable, achievable, relevant to a long-term
 * goal and time-bound, and is its plan (milestones, stretch target) sound.
 *
 * Each rule has a stable id (`smart/<name>`, used by the Problems view, quick fixes and docs),
 * a severity and messages that say what to change. A problem's `field` is the front-matter
 * value to fix; when the value is missing, it is the nearest parent that exists (`[]` for the
 * goal itself, `['milestones', 2]` for a milestone), which is where the missing key goes.
 */
import * as l10n from '@vscode/l10n';
import { addYears, daysBetween } from './dates';
import type { PlanCheck } from './growthIndex';
import type { FieldPath, Problem, Severity } from './problem';
import type { Goal, Milestone } from './schema';
import { comparableText } from './slug';
import type { GoalStatus } from './vocabulary';
import { vagueness } from './vagueness';

export interface SmartContext {
  /** The user's today, `YYYY-MM-DD`. */
  readonly today: string;
  /** Another goal by id, to check the link to a parent goal. */
  goalById(id: string): Goal | undefined;
  /** The checked goal's own id, to tell when its chain of parents comes back to it. */
  readonly goalId?: string;
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

export const LONG_TERM_MAX_YEARS = 5;
export const SHORT_TERM_MAX_YEARS = 1;
/** A 90-day horizon holds three to five milestones. */
export const HORIZON_MILESTONES = { min: 3, max: 5 } as const;

/** Goals being planned or pursued: the definition checks apply. */
const PLANNED: readonly GoalStatus[] = ['draft', 'active', 'paused'];
const ACTIVE: readonly GoalStatus[] = ['active'];

const isBlank = (value: string | number | undefined) => value === undefined || String(value).trim() === '';
const isOpen = (milestone: Milestone) => milestone.status === 'planned' || milestone.status === 'active';
const quoted = (titles: readonly string[]) => titles.map((title) => l10n.t('"{0}"', title)).join(', ');

function hasMeasurableTarget(goal: Goal): boolean {
  return goal.measurable !== undefined && !isBlank(goal.measurable.target);
}

/** The open milestones with their position in the file, for field paths. */
function openMilestones(goal: Goal): { milestone: Milestone; index: number }[] {
  return goal.milestones.flatMap((milestone, index) => (isOpen(milestone) ? [{ milestone, index }] : []));
}

/**
 * The titles along a goal's chain of parents when it comes back to the goal (the goal first,
 * then each parent up to the one naming it); undefined when the chain ends or loops elsewhere.
 * Each goal is visited once, so any chain, however long or tangled, ends.
 */
function parentChainBack(goal: Goal, context: SmartContext): string[] | undefined {
  const titles = [goal.title];
  const seen = new Set<Goal>([goal]);
  for (let current = goal; current.parent;) {
    if (current.parent === context.goalId) return titles;
    const parent = context.goalById(current.parent);
    if (!parent) return undefined;
    if (parent === goal) return titles;
    if (seen.has(parent)) return undefined;
    seen.add(parent);
    titles.push(parent.title);
    current = parent;
  }
  return undefined;
}

/**
 * The date some years after another, or undefined past the end of the calendar (year 9999):
 * no date a file holds lies after that, and a five-digit year would compare wrongly as text.
 */
function yearsLater(date: string, years: number): string | undefined {
  try {
    return addYears(date, years);
  } catch {
    return undefined;
  }
}

/**
 * A goal of this horizon due more than `maxYears` after it starts (or after today, when it
 * names no start): a warning on its due date.
 */
function dueTooFar(
  id: string,
  horizon: Goal['horizon'],
  maxYears: number,
  description: () => string,
  message: (due: string, limit: string) => string,
): SmartRule {
  return {
    id,
    severity: 'warning',
    get description() {
      return description();
    },
    statuses: PLANNED,
    check(goal, { today }) {
      if (goal.horizon !== horizon || !goal.due) return [];
      const limit = yearsLater(goal.start ?? today, maxYears);
      if (limit === undefined || goal.due <= limit) return [];
      return [{ field: ['due'], message: message(goal.due, limit) }];
    },
  };
}

/** The parent goal when the link resolves and the goal is short-term. */
function knownParent(goal: Goal, context: SmartContext): Goal | undefined {
  return goal.horizon === 'short' && goal.parent ? context.goalById(goal.parent) : undefined;
}

export const SMART_RULES: readonly SmartRule[] = [
  {
    id: 'smart/no-measurable-target',
    severity: 'warning',
    get description() {
      return l10n.t('A goal needs a measurable target, so you can tell when it is reached.');
    },
    statuses: PLANNED,
    check(goal) {
      if (!goal.measurable) {
        return [
          {
            field: [],
            message: l10n.t(
              'Add a measurable target: "measurable:" with a "metric" (what you count) and a "target" (the value that means done), e.g. metric "advanced courses finished", target 1.',
            ),
          },
        ];
      }
      if (isBlank(goal.measurable.target)) {
        return [
          {
            field: ['measurable', 'target'],
            message: l10n.t('Fill in the target for "{0}": the value that means this goal is reached.', goal.measurable.metric),
          },
        ];
      }
      return [];
    },
  },
  {
    id: 'smart/no-due-date',
    severity: 'warning',
    get description() {
      return l10n.t('A goal needs a due date to be time-bound.');
    },
    statuses: PLANNED,
    check: (goal) =>
      goal.due
        ? []
        : [
            {
              field: [],
              message: l10n.t('Add a due date ("due: YYYY-MM-DD"): a goal without a date slips behind everything that has one.'),
            },
          ],
  },
  {
    id: 'smart/overdue',
    severity: 'warning',
    get description() {
      return l10n.t('An active goal whose due date has passed.');
    },
    statuses: ACTIVE,
    check(goal, { today }) {
      if (!goal.due || goal.due >= today) return [];
      const late = daysBetween(goal.due, today);
      return [
        {
          field: ['due'],
          message:
            late === 1
              ? l10n.t('This goal was due on {0}, 1 day ago. Mark it done, pause it, or set a due date you can still meet.', goal.due)
              : l10n.t(
                  'This goal was due on {0}, {1} days ago. Mark it done, pause it, or set a due date you can still meet.',
                  goal.due,
                  late,
                ),
        },
      ];
    },
  },
  {
    id: 'smart/vague-wording',
    severity: 'warning',
    get description() {
      return l10n.t('Vague words ("improve", "better", "learn more", ...) with no number, date or measurable target.');
    },
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
          message: l10n.t(
            '{0} says which way to go but not where to stop. Name the result and how you will measure it, e.g. "finish an advanced Python course by 31 March" rather than "improve coding skills".',
            quoted(phrases),
          ),
        },
      ];
    },
  },
  {
    id: 'smart/start-after-due',
    severity: 'error',
    get description() {
      return l10n.t('A goal that starts after it is due.');
    },
    statuses: PLANNED,
    check(goal) {
      if (!goal.start || !goal.due || goal.start <= goal.due) return [];
      return [
        {
          field: ['due'],
          message: l10n.t('This goal starts on {0} but is due on {1}, earlier. Correct whichever date is wrong.', goal.start, goal.due),
        },
      ];
    },
  },
  dueTooFar(
    'smart/long-term-too-far',
    'long',
    LONG_TERM_MAX_YEARS,
    () => l10n.t('A long-term goal due more than five years after it starts (or after today).'),
    (due, limit) =>
      l10n.t(
        'Long-term goals work best within one to five years; this one is due on {0}, after {1}. Bring the date closer, or aim at a nearer step on the way.',
        due,
        limit,
      ),
  ),
  {
    id: 'smart/long-term-too-near',
    severity: 'info',
    get description() {
      return l10n.t('A long-term goal planned to take less than a year from its start.');
    },
    statuses: PLANNED,
    check(goal) {
      if (goal.horizon !== 'long' || !goal.start || !goal.due) return [];
      // A year after the start past the end of the calendar: every date is less than a year on.
      const yearLater = yearsLater(goal.start, 1);
      if (yearLater !== undefined && goal.due >= yearLater) return [];
      return [
        {
          field: ['horizon'],
          message: l10n.t(
            'From {0} to {1} is less than a year: that is a short-term goal. Set "horizon: short" and link it to the long-term goal it serves, or move the due date out.',
            goal.start,
            goal.due,
          ),
        },
      ];
    },
  },
  dueTooFar(
    'smart/short-term-too-long',
    'short',
    SHORT_TERM_MAX_YEARS,
    () => l10n.t('A short-term goal due more than a year after it starts (or after today).'),
    (due, limit) =>
      l10n.t(
        'A short-term goal should take weeks to months; this one is due on {0}, after {1}. Split it into smaller goals, or make it a long-term goal ("horizon: long").',
        due,
        limit,
      ),
  ),
  {
    id: 'smart/no-parent',
    severity: 'warning',
    get description() {
      return l10n.t('A short-term goal not linked to the long-term goal it builds towards.');
    },
    statuses: PLANNED,
    check(goal) {
      if (goal.horizon !== 'short' || goal.parent) return [];
      return [
        {
          field: [],
          message: l10n.t(
            'Link this goal to the long-term goal it builds towards with "parent: <id of that goal>". If it serves none, ask whether it is worth your time.',
          ),
        },
      ];
    },
  },
  {
    id: 'smart/unknown-parent',
    severity: 'error',
    get description() {
      return l10n.t('A goal whose parent names no known goal.');
    },
    statuses: PLANNED,
    check(goal, context) {
      if (!goal.parent || context.goalById(goal.parent)) return [];
      return [
        {
          field: ['parent'],
          message: l10n.t('No goal has the id "{0}". Use the file name (without .md) or the id of a long-term goal.', goal.parent),
        },
      ];
    },
  },
  {
    id: 'smart/parent-not-long-term',
    severity: 'warning',
    get description() {
      return l10n.t('A short-term goal whose parent is not a long-term goal.');
    },
    statuses: PLANNED,
    check(goal, context) {
      const parent = knownParent(goal, context);
      if (!parent || parent.horizon === 'long') return [];
      return [
        {
          field: ['parent'],
          message: l10n.t(
            '"{0}" is a short-term goal. Link this goal to a long-term goal instead, so each step adds up to where you want to be.',
            parent.title,
          ),
        },
      ];
    },
  },
  {
    id: 'smart/parent-cycle',
    severity: 'error',
    get description() {
      return l10n.t('A goal whose chain of parents leads back to itself.');
    },
    statuses: PLANNED,
    check(goal, context) {
      const chain = parentChainBack(goal, context);
      if (!chain) return [];
      return [
        {
          field: ['parent'],
          message:
            chain.length === 1
              ? l10n.t('This goal names itself as its parent. Name the long-term goal it builds towards instead.')
              : l10n.t(
                  'The parents of this goal lead back to it: {0}. Remove one of these parent links, so the plan has a top.',
                  chain.map((title) => l10n.t('"{0}"', title)).join(' → '),
                ),
        },
      ];
    },
  },
  {
    id: 'smart/long-term-parent',
    severity: 'warning',
    get description() {
      return l10n.t('A long-term goal with a parent: long-term goals are the top of the plan.');
    },
    statuses: PLANNED,
    check(goal) {
      if (goal.horizon !== 'long' || !goal.parent) return [];
      return [
        {
          field: ['parent'],
          message: l10n.t(
            'A long-term goal is the top of its part of the plan, so its parent is not used. Remove "parent", or make this a short-term goal ("horizon: short") if it builds towards "{0}".',
            goal.parent,
          ),
        },
      ];
    },
  },
  {
    id: 'smart/due-after-parent',
    severity: 'warning',
    get description() {
      return l10n.t('A short-term goal due after the long-term goal it builds towards.');
    },
    statuses: PLANNED,
    check(goal, context) {
      const parent = knownParent(goal, context);
      if (!parent || parent.horizon !== 'long' || !parent.due || !goal.due || goal.due <= parent.due) return [];
      return [
        {
          field: ['due'],
          message: l10n.t(
            'Due on {0}, after "{1}" (due {2}) which it builds towards. Bring this date forward, or move the long-term goal.',
            goal.due,
            parent.title,
            parent.due,
          ),
        },
      ];
    },
  },
  {
    id: 'smart/milestone-no-done-when',
    severity: 'warning',
    get description() {
      return l10n.t('An open milestone without a definition of done.');
    },
    statuses: PLANNED,
    check: (goal) =>
      openMilestones(goal)
        .filter(({ milestone }) => isBlank(milestone.doneWhen))
        .map(({ milestone, index }) => ({
          field: milestone.doneWhen === undefined ? ['milestones', index] : ['milestones', index, 'doneWhen'],
          message: l10n.t(
            'Say when milestone "{0}" is done ("doneWhen:"), e.g. "design doc approved by two reviewers", so you know when to stop.',
            milestone.title,
          ),
        })),
  },
  {
    id: 'smart/milestone-no-due-date',
    severity: 'info',
    get description() {
      return l10n.t('An open milestone without a due date, so no reminder can come for it.');
    },
    statuses: PLANNED,
    check: (goal) =>
      openMilestones(goal)
        .filter(({ milestone }) => !milestone.due)
        .map(({ milestone, index }) => ({
          field: ['milestones', index],
          message: l10n.t('Give milestone "{0}" a due date ("due: YYYY-MM-DD") so DevGrowth can remind you as it nears.', milestone.title),
        })),
  },
  {
    id: 'smart/milestone-after-goal-due',
    severity: 'warning',
    get description() {
      return l10n.t('An open milestone due after its goal.');
    },
    statuses: PLANNED,
    check(goal) {
      const goalDue = goal.due;
      if (!goalDue) return [];
      return openMilestones(goal)
        .filter(({ milestone }) => milestone.due !== undefined && milestone.due > goalDue)
        .map(({ milestone, index }) => ({
          field: ['milestones', index, 'due'],
          message: l10n.t(
            'Milestone "{0}" is due on {1}, after the goal itself ({2}). Bring it forward, or move the goal\'s date.',
            milestone.title,
            String(milestone.due),
            goalDue,
          ),
        }));
    },
  },
  {
    id: 'smart/milestone-count',
    severity: 'info',
    get description() {
      return l10n.t('An active short-term goal on a 90-day horizon with fewer than three or more than five milestones.');
    },
    statuses: ACTIVE,
    check(goal) {
      if (goal.horizon !== 'short' || !goal.horizonStart) return [];
      const count = goal.milestones.filter((milestone) => milestone.status !== 'dropped').length;
      const { min, max } = HORIZON_MILESTONES;
      if (count >= min && count <= max) return [];
      return [
        {
          field: count === 0 ? [] : ['milestones'],
          message:
            count < min
              ? l10n.t(
                  'A 90-day horizon works best with {0} to {1} milestones; this goal has {2}. Break the goal into concrete steps, each with a definition of done.',
                  min,
                  max,
                  count,
                )
              : l10n.t(
                  'A 90-day horizon works best with {0} to {1} milestones; this goal has {2}. Move some to the next 90 days, or split the goal.',
                  min,
                  max,
                  count,
                ),
        },
      ];
    },
  },
  {
    id: 'smart/stretch-same-as-target',
    severity: 'warning',
    get description() {
      return l10n.t('A stretch target that is the same as the normal target.');
    },
    statuses: PLANNED,
    check(goal) {
      const stretch = goal.stretch?.target;
      const target = goal.measurable?.target;
      if (isBlank(stretch) || isBlank(target) || normalise(stretch) !== normalise(target)) return [];
      return [
        {
          field: ['stretch', 'target'],
          message: l10n.t(
            'The stretch target is the same as the target ({0}). Make it harder, or set an earlier stretch date instead.',
            String(target),
          ),
        },
      ];
    },
  },
  {
    id: 'smart/stretch-not-earlier',
    severity: 'warning',
    get description() {
      return l10n.t('A stretch date that is not earlier than the due date.');
    },
    statuses: PLANNED,
    check(goal) {
      const stretchDue = goal.stretch?.due;
      if (!stretchDue || !goal.due || stretchDue < goal.due) return [];
      return [
        {
          field: ['stretch', 'due'],
          message: l10n.t(
            'The stretch date {0} is not before the due date {1}. A stretch date is the earlier finish you aim for; pick one before {1}.',
            stretchDue,
            goal.due,
          ),
        },
      ];
    },
  },
  {
    id: 'smart/done-with-open-milestones',
    severity: 'info',
    get description() {
      return l10n.t('A done goal with milestones still planned or active.');
    },
    statuses: ['done'],
    check(goal) {
      const open = openMilestones(goal);
      if (open.length === 0) return [];
      const titles = quoted(open.map(({ milestone }) => milestone.title));
      return [
        {
          field: ['milestones'],
          message:
            open.length === 1
              ? l10n.t('This goal is done, but {0} is not. Mark it done or dropped, so the record shows what really happened.', titles)
              : l10n.t('This goal is done, but {0} are not. Mark them done or dropped, so the record shows what really happened.', titles),
        },
      ];
    },
  },
  {
    id: 'smart/no-pillar-or-marker',
    severity: 'info',
    get description() {
      return l10n.t('An active goal without a pillar or a success marker.');
    },
    statuses: ACTIVE,
    check(goal) {
      if (goal.pillar && goal.successMarker) return [];
      const message = goal.pillar
        ? l10n.t(
            'Add "successMarker" (technical-mastery, business-impact, recognition, innovation or mentorship), so you can see which part of your growth this goal feeds and what success means for it.',
          )
        : goal.successMarker
          ? l10n.t(
              'Add "pillar" (technical, relationships or influence), so you can see which part of your growth this goal feeds and what success means for it.',
            )
          : l10n.t(
              'Add "pillar" (technical, relationships or influence) and "successMarker" (technical-mastery, business-impact, recognition, innovation or mentorship), so you can see which part of your growth this goal feeds and what success means for it.',
            );
      return [{ field: [], message }];
    },
  },
];

/** Compares targets as a reader would: "100%" and " 100% " are the same, so are 3 and "3". */
function normalise(value: string | number | undefined): string {
  return comparableText(String(value));
}

/** Every S.M.A.R.T. problem of a goal, in the order of `SMART_RULES`. */
export function checkGoal(goal: Goal, context: SmartContext): Problem[] {
  return SMART_RULES.filter((rule) => rule.statuses.includes(goal.status)).flatMap((rule) =>
    rule.check(goal, context).map(({ message, field }) => ({ code: rule.id, severity: rule.severity, message, field })),
  );
}

/** The S.M.A.R.T. checks as a check of the workspace index, for goal files. */
export function smartCheck(): PlanCheck {
  return (file, index, today) =>
    file.record?.kind === 'goal' ? checkGoal(file.record.data, { today, goalById: (id) => index.goal(id)?.data, goalId: file.id }) : [];
}

/**
 * The north star is a long-term goal too (seeds 002, 003): one to five years out, never ten.
 * A date further out is a vision, not a goal: break it into long-term goals within five years.
 */
export function northStarCheck(): PlanCheck {
  return (file, _index, today) => {
    if (file.record?.kind !== 'profile') return [];
    const by = file.record.data.northStar.by;
    if (!by || by <= addYears(today, LONG_TERM_MAX_YEARS)) return [];
    return [
      {
        code: 'smart/north-star-too-far',
        severity: 'warning',
        field: ['northStar', 'by'],
        message: l10n.t(
          'Your north star is set for {0}, more than {1} years away. Aim one to five years out, never ten: bring the date in, or make this the vision and set a nearer north star.',
          by,
          LONG_TERM_MAX_YEARS,
        ),
      },
    ];
  };
}
