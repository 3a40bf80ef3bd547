import * as assert from 'node:assert/strict';
import manifest from '../../package.json';
import manifestStrings from '../../package.nls.json';
import type { BreakState } from '../../src/core/breakTimer';
import { CommandId, ContextKey, GIT_SUGGESTION_ROW } from '../../src/core/commandIds';
import { contextValueOf, type GoalFilter, type GoalTreeNode } from '../../src/core/goalTree';
import { REMINDER_TYPES, reminderContextValue } from '../../src/core/nudges';
import type { ReminderState } from '../../src/core/schedule';
import { GOAL_STATUSES, HORIZONS, MILESTONE_STATUSES } from '../../src/core/vocabulary';

const TODAY = '2026-11-22';
const ids = new Set<string>(Object.values(CommandId));
const contributed = manifest.contributes.commands;
const strings: Record<string, string> = manifestStrings;

/** The values each of the extension's context keys takes (typed, so a renamed value fails to compile). */
const CONTEXT_VALUES: Record<ContextKey, readonly string[]> = {
  [ContextKey.HasPlan]: ['true', 'false'],
  [ContextKey.GoalsFilter]: ['active', 'all'] satisfies GoalFilter[],
  [ContextKey.BreakState]: ['resting', 'working', 'breakDue', 'onBreak'] satisfies BreakState['kind'][],
  [ContextKey.GoalWritten]: ['true', 'false'],
  [ContextKey.GoalDraft]: ['true', 'false'],
  [ContextKey.CanReadGit]: ['true', 'false'],
};
/** VS Code's own context keys the manifest reads. */
const BUILT_IN_KEYS = new Set(['view', 'viewItem', 'focusedView', 'inputFocus']);

/** Every `contextValue` a row of each view can have, from the same functions the views use. */
function rowValues(): Map<string, string[]> {
  const goal = (status: string, horizon: string, due?: string) =>
    ({ type: 'goal', goal: { data: { status, horizon, due } } }) as unknown as GoalTreeNode;
  const milestone = (status: string, due?: string) => ({ type: 'milestone', milestone: { status, due } }) as unknown as GoalTreeNode;
  const goals = [
    ...GOAL_STATUSES.flatMap((status) => HORIZONS.flatMap((horizon) => [goal(status, horizon), goal(status, horizon, '2026-01-01')])),
    ...MILESTONE_STATUSES.flatMap((status) => [milestone(status), milestone(status, '2026-01-01')]),
    ...(['northStar', 'card', 'invalid', 'unlinked', 'problems', 'page', 'suggestions'] as const).map((type) => ({ type }) as GoalTreeNode),
    ...(['goal', 'milestone', 'break', 'checkin'] as const).map(
      (kind) => ({ type: 'suggestion', suggestion: { id: kind, proposal: { kind } } }) as unknown as GoalTreeNode,
    ),
  ].map((node) => contextValueOf(node, TODAY));
  const states: ReminderState[] = ['overdue', 'today', 'soon', 'later'];
  const reminders = REMINDER_TYPES.flatMap((type) => [
    ...states.map((state) => reminderContextValue({ type, state }, false)),
    reminderContextValue({ type, state: 'later' }, true),
  ]);
  return new Map([
    ['devgrowth.goals', [...goals, 'root']],
    ['devgrowth.reminders', reminders],
    ['devgrowth.history', [GIT_SUGGESTION_ROW]],
  ]);
}

/** Every `when` clause of the manifest, with where it is. */
function whenClauses(): { where: string; when: string }[] {
  const clauses: { where: string; when: string }[] = [];
  for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
    for (const entry of entries as { command: string; when?: string }[])
      if (entry.when) clauses.push({ where: `${menu} ${entry.command}`, when: entry.when });
  }
  for (const binding of manifest.contributes.keybindings) clauses.push({ where: `keybinding ${binding.command}`, when: binding.when });
  for (const welcome of manifest.contributes.viewsWelcome) clauses.push({ where: `viewsWelcome ${welcome.view}`, when: welcome.when });
  return clauses;
}

describe('the commands', () => {
  it('are one table of ids, the same as the commands package.json contributes', () => {
    assert.deepEqual(
      contributed.map((command) => command.command).filter((id) => !ids.has(id)),
      [],
      'contributed but not in CommandId',
    );
    const contributedIds = new Set(contributed.map((command) => command.command));
    assert.deepEqual(
      [...ids].filter((id) => !contributedIds.has(id)),
      [],
      'in CommandId but not contributed',
    );
    assert.equal(ids.size, Object.keys(CommandId).length, 'an id is in the table twice');
  });

  it('each have a palette title and the DevGrowth category, both translated in package.nls.json', () => {
    for (const command of contributed) {
      assert.match(command.title, /^%.+%$/, command.command);
      assert.equal(command.category, '%category%', command.command);
      assert.ok(strings[command.title.slice(1, -1)], `${command.command}: ${command.title} is not in package.nls.json`);
    }
  });

  it('are linked from menus, key bindings and walkthroughs by ids that exist', () => {
    const linked = [
      ...Object.entries(manifest.contributes.menus).flatMap(([menu, entries]) =>
        (entries as { command: string }[]).map((entry) => `${menu} ${entry.command}`),
      ),
      ...manifest.contributes.keybindings.map((binding) => `keybinding ${binding.command}`),
      ...manifest.contributes.walkthroughs.flatMap((walkthrough) =>
        walkthrough.steps.flatMap((step) =>
          step.completionEvents
            .filter((event) => event.startsWith('onCommand:'))
            .map((event) => `walkthrough ${event.slice('onCommand:'.length)}`),
        ),
      ),
    ];
    assert.deepEqual(
      linked.filter((link) => !ids.has(link.split(' ')[1]!)),
      [],
    );
    // A walkthrough step may also be ticked by a context key the extension sets.
    const contextKeys = new Set<string>(Object.values(ContextKey));
    const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps.flatMap((step) => step.completionEvents));
    assert.deepEqual(
      steps.filter((event) => event.startsWith('onContext:') && !contextKeys.has(event.slice('onContext:'.length))),
      [],
    );
  });

  it('show in menus under `when` clauses that name real context keys, views and row values', () => {
    const views = new Set(manifest.contributes.views.devgrowth.map((view) => view.id));
    const rows = rowValues();
    const wrong: string[] = [];
    for (const { where, when } of whenClauses()) {
      if (when === 'false') continue;
      const terms = when.split(/&&|\|\|/).map((term) => term.trim().replace(/^!/, ''));
      const view = /\b(?:view|focusedView) == ([\w.]+)/.exec(when)?.[1];
      for (const term of terms) {
        const [, key, operator, value] = /^([\w.]+)\s*(?:(==|=~)\s*(.+))?$/.exec(term) ?? [];
        if (!key) wrong.push(`${where}: cannot read "${term}"`);
        else if (key === 'view' || key === 'focusedView') {
          if (!views.has(value ?? '')) wrong.push(`${where}: no view ${value}`);
        } else if (key === 'viewItem') {
          const pattern = operator === '=~' ? new RegExp(value!.replace(/^\/|\/$/g, '')) : undefined;
          const matches = (rows.get(view ?? '') ?? []).filter((row) => (pattern ? pattern.test(row) : row === value));
          if (matches.length === 0) wrong.push(`${where}: no row of ${view} is ${value}`);
        } else if (key in CONTEXT_VALUES) {
          if (value !== undefined && !CONTEXT_VALUES[key as ContextKey].includes(value)) wrong.push(`${where}: ${key} is never ${value}`);
        } else if (!BUILT_IN_KEYS.has(key)) {
          wrong.push(`${where}: no context key ${key}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('read the row values from the views themselves, overdue and all', () => {
    // What the check above matches against: a value no row has would be reported there.
    const rows = rowValues().get('devgrowth.goals') ?? [];
    assert.ok(rows.some((row) => /^goal:active:short:overdue$/.test(row)));
    assert.ok(!rows.some((row) => /^goal:archived/.test(row)));
  });
});
