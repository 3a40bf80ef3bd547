import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import { fixedClock, systemClock } from '../../src/core/dates';
import { devGrowth, forget, growthUri, waitFor, writeText } from './helpers';

/** The tooltip as a person reads it (Markdown escapes removed). */
async function tooltipText(): Promise<string> {
  return (await devGrowth()).nudges.statusBar.tooltip.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
}

describe('status-bar nudges and the Reminders view', () => {
  after(async () => {
    const api = await devGrowth();
    api.clock.use(systemClock);
    api.nudges.update();
  });

  it('shows the review as due when the last review is two weeks old', async () => {
    const api = await devGrowth();
    // The fixture's last review is 2026-11-01; every two weeks makes 2026-11-15 the next one.
    api.clock.use(fixedClock('2026-11-15T10:00:00'));
    api.nudges.update();
    assert.equal(api.nudges.statusBar.visible, true);
    assert.match(api.nudges.statusBar.text, /Review due today/);
    assert.match(await tooltipText(), /Growth review \(every two weeks, last on 2026-11-01\): due today \(2026-11-15\)/);
  });

  it('says the review is overdue as the days pass, and lists the milestone falling due', async () => {
    const api = await devGrowth();
    api.clock.use(fixedClock('2026-11-28T10:00:00'));
    api.nudges.update();
    assert.match(api.nudges.statusBar.text, /Review overdue 13d/);
    assert.match(await tooltipText(), /Milestone "Prototype one market" of "Ship the refunds redesign by 31 December": due in 2 days \(2026-11-30\)/);
    const titles = api.nudges.pending.map(({ reminder }) => reminder.id);
    assert.ok(titles.includes('milestone:ship-refunds/prototype'), titles.join(', '));
  });

  it('hides a snoozed reminder until the snooze ends', async () => {
    const api = await devGrowth();
    api.clock.use(fixedClock('2026-11-28T10:00:00'));
    api.nudges.update();
    const review = api.nudges.pending.find(({ reminder }) => reminder.id === 'review');
    assert.ok(review);
    await vscode.commands.executeCommand('devgrowth.nudge.snooze', review, new Date('2026-11-28T11:00:00').getTime());
    assert.doesNotMatch(api.nudges.statusBar.text, /Review/);
    api.clock.use(fixedClock('2026-11-28T11:30:00'));
    api.nudges.update();
    assert.match(api.nudges.statusBar.text, /Review overdue/);
  });

  it('brings a snoozed reminder back at once with Stop Snoozing, offered only on snoozed rows', async () => {
    const api = await devGrowth();
    api.clock.use(fixedClock('2026-11-28T12:00:00'));
    api.nudges.update();
    const review = api.nudges.pending.find(({ reminder }) => reminder.id === 'review');
    assert.ok(review);
    await vscode.commands.executeCommand('devgrowth.nudge.snooze', review, new Date('2026-11-29T09:00:00').getTime());
    assert.doesNotMatch(api.nudges.statusBar.text, /Review/);
    const snoozed = api.nudges.reminderRows.find((row) => row.key === review.key);
    assert.ok(snoozed?.snoozedUntil !== undefined, 'the row shows the snooze');
    await vscode.commands.executeCommand('devgrowth.nudge.unsnooze', snoozed);
    assert.match(api.nudges.statusBar.text, /Review overdue/);
    const menu = manifest.contributes.menus['view/item/context'].find((entry) => entry.command === 'devgrowth.nudge.unsnooze');
    assert.match(menu?.when ?? '', /:snoozed\$/);
  });

  it('opens the review form from the nudge, and moves on once the review is saved', async () => {
    const api = await devGrowth();
    api.clock.use(fixedClock('2026-11-28T12:00:00'));
    api.nudges.update();
    const review = api.nudges.pending.find(({ reminder }) => reminder.id === 'review');
    assert.ok(review, 'the review is pending again once its snooze has ended');
    await vscode.commands.executeCommand('devgrowth.nudge.act', review);
    const form = await waitFor('the review form', () => api.forms.openPanels().find((panel) => panel.origin.formId === 'review'));
    await form.deliver({ type: 'ready' });
    await form.deliver({ type: 'save', seq: 1, values: { onTrack: 'yes' } });
    const saved = form.posted.at(-1);
    assert.ok(saved?.type === 'saved', JSON.stringify(saved));
    assert.deepEqual(saved.files, ['reviews/2026-11-28.md']);
    await waitFor('the review in the index, so the nudge moves on', () => !/Review overdue/.test(api.nudges.statusBar.text));
    form.panel.dispose();
    await forget([growthUri('reviews', '2026-11-28.md')]);
  });

  it('leaves out a kind of reminder the user turned off', async () => {
    const api = await devGrowth();
    const config = vscode.workspace.getConfiguration('devgrowth');
    api.clock.use(fixedClock('2026-11-28T12:00:00'));
    try {
      await config.update('nudges.kinds', { review: false }, vscode.ConfigurationTarget.Global);
      await waitFor('the review to leave the reminders', () => !api.nudges.pending.some(({ reminder }) => reminder.type === 'review'));
      assert.doesNotMatch(api.nudges.statusBar.text, /Review/);
    } finally {
      await config.update('nudges.kinds', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the review to come back', () => api.nudges.pending.some(({ reminder }) => reminder.type === 'review'));
  });

  it('keeps every other reminder, and the status bar, when a file holds a date at the end of the calendar; and shows a title with a command link as text', async () => {
    const api = await devGrowth();
    api.clock.use(fixedClock('2026-11-28T12:00:00'));
    const far = growthUri('goals', 'far-future.md');
    const linked = growthUri('goals', 'linked-title.md');
    try {
      await writeText(far, '---\nkind: goal\nschema: 1\ntitle: Far away\nhorizon: short\nstatus: active\nhorizonStart: 9999-12-31\nmilestones:\n  - {id: last, title: Last step, status: active, due: 9999-12-31}\n---\n');
      await writeText(linked, '---\nkind: goal\nschema: 1\ntitle: Linked\nhorizon: short\nstatus: active\nmilestones:\n  - {id: trap, title: "<command:devgrowth.break.start?1>", status: active, due: 2026-11-29}\n---\n');
      await waitFor('the milestone with a link for a title among the reminders', () => api.nudges.pending.some(({ reminder }) => reminder.id === 'milestone:linked-title/trap'));
      await waitFor('the far date reported where it is written', () =>
        vscode.languages.getDiagnostics(far).some((diagnostic) => diagnostic.message.includes('9000-12-31') && diagnostic.range.start.line === 6),
      );
      assert.match(api.nudges.statusBar.text, /Review overdue/);
      assert.ok(api.nudges.pending.some(({ reminder }) => reminder.id === 'milestone:ship-refunds/prototype'), 'the other plan reminders are still there');
      const tooltip = api.nudges.statusBar.tooltip;
      assert.ok(!tooltip.includes('<command:'), tooltip);
      assert.match(await tooltipText(), /Milestone "<command:devgrowth\.break\.start\?1>" of "Linked"/);
    } finally {
      await forget([far, linked]);
    }
  });
});

