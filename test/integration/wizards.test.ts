import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { submitForm } from '../../src/core/forms/engine';
import { formById } from '../../src/core/forms';
import { addDays } from '../../src/core/dates';
import type { FormPanel } from '../../src/forms/formPanel';
import type { FormNotification } from '../../src/forms/protocol';
import { devGrowth, growthUri, readText, waitFor, writeText } from './helpers';
import { withAnswers, withMessages, type Answer } from './quickInput';

/** The palette's flows, walking the same form definitions as the webview forms. */
describe('palette flows', () => {
  const created: vscode.Uri[] = [];
  const PROFILE = growthUri('profile.md');
  let profileBefore: string;

  before(async () => {
    await devGrowth();
    profileBefore = await readText(PROFILE);
  });

  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await writeText(PROFILE, profileBefore);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function today(): Promise<string> {
    return (await devGrowth()).today();
  }

  /** Every New Goal answer for a short-term goal, in order; the title is `title`. */
  async function goalAnswers(title: string): Promise<Answer[]> {
    return [
      { pick: 'Short-term' },
      { type: title },
      { type: 'talks given' },
      { type: '2' },
      { pick: 'Lead the design of the payments platform' },
      { type: addDays(await today(), 60) },
      { type: '3' },
      { pick: 'Influence' },
      { pick: 'Recognition' },
      { pick: 'None' },
      { type: '' },
      { type: '' },
    ];
  }

  it('New Goal asks for the success marker, the pillar and the hours, and writes a goal no check flags', async () => {
    const api = await devGrowth();
    const { result, seen } = await withAnswers(await goalAnswers('Give two talks on payments within two months'), () =>
      vscode.commands.executeCommand<vscode.Uri>('devgrowth.goal.new'),
    );
    assert.ok(result, JSON.stringify(seen, null, 1));
    created.push(result);
    const steps = seen.map((shown) => shown.prompt ?? shown.placeholder ?? '');
    assert.ok(
      steps.some((text) => /success look like/.test(text)),
      steps.join('\n'),
    );
    assert.ok(
      steps.some((text) => /hours a week/.test(text)),
      steps.join('\n'),
    );
    assert.deepEqual(
      seen.map((shown) => shown.step),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    assert.ok(seen.every((shown) => shown.totalSteps === 12 && shown.back === shown.step! > 1));
    const root = api.workspace.rootFor(result)!;
    const goal = await waitFor('the new goal', () => root.index.goal('give-two-talks-on-payments-within-two-months'));
    assert.equal(goal.data.successMarker, 'recognition');
    assert.equal(goal.data.hoursPerWeek, 3);
    assert.deepEqual(root.index.problems(goal.path, api.today()), []);
  });

  it('New Goal says while typing that a title is too long or taken, and that a date is after the long-term goal', async () => {
    const { seen } = await withAnswers(
      [
        { pick: 'Short-term' },
        { typeOnly: 'x'.repeat(121) },
        { typeOnly: 'Lead the design of the payments platform by 2028' },
        { type: 'Ship the first payment service by March' },
        { type: 'services' },
        { type: '1' },
        { pick: 'Lead the design' },
        { typeOnly: '2028-07-01' },
        'escape',
      ],
      () => vscode.commands.executeCommand('devgrowth.goal.new', { horizon: 'short' }),
    );
    const title = seen.filter((shown) => shown.step === 2);
    assert.match(title[0]!.validation ?? '', /120 characters/);
    assert.match(title[0]!.prompt ?? '', /\(121\/120\)/);
    assert.match(title[1]!.validation ?? '', /already/);
    const due = seen.find((shown) => shown.value === '2028-07-01');
    assert.ok(due?.validation, JSON.stringify(seen.at(-2)));
  });

  it('Escape keeps the New Goal draft, and Resume New Goal picks it up at the step it was left', async () => {
    const title = 'Write the payments onboarding guide within six weeks';
    const answers = await goalAnswers(title);
    const left = await withMessages(
      'showInformationMessage',
      () => undefined,
      () =>
        withAnswers([...answers.slice(0, 4), 'escape'], () => vscode.commands.executeCommand('devgrowth.goal.new', { horizon: 'short' })),
    );
    assert.equal(left.result.result, undefined);
    assert.ok(
      left.messages.some((shown) => /kept as a draft/.test(shown.message) && shown.items.includes('Resume New Goal')),
      JSON.stringify(left.messages),
    );
    const { result, seen } = await withAnswers(answers.slice(4), () => vscode.commands.executeCommand<vscode.Uri>('devgrowth.goal.resume'));
    assert.equal(seen[0]!.step, 5, JSON.stringify(seen[0]));
    assert.ok(result);
    created.push(result);
    assert.match(await readText(result), new RegExp(`^title: ${title}$`, 'm'));
  });

  it('takes a validated prefill, and says what is wrong with one it cannot use', async () => {
    const { result, seen } = await withAnswers(['escape'], () =>
      vscode.commands.executeCommand('devgrowth.goal.new', {
        title: 'Give a brown-bag talk',
        rut: 'not-recognised',
        from: 'Suggested after your rut assessment',
      }),
    );
    assert.equal(result, undefined);
    assert.equal(seen[0]!.step, 1);
    const refused = await withMessages(
      'showErrorMessage' as 'showWarningMessage',
      () => undefined,
      () => vscode.commands.executeCommand('devgrowth.goal.new', { titel: 'typo' }),
    );
    assert.match(refused.messages[0]?.message ?? '', /prefill/);
  });

  it('Plan a Break in the palette writes what the break form writes, and says so with Open and Undo', async () => {
    const api = await devGrowth();
    const start = addDays(await today(), 40);
    const end = addDays(start, 2);
    const { result: uri, messages } = await withMessages(
      'showInformationMessage',
      () => undefined,
      () =>
        withAnswers(
          [{ pick: 'Rest day' }, { type: addDays(start, 7) }, { type: addDays(end, 7) }, { pick: 'Yes' }, { type: 'Phone off' }],
          () => vscode.commands.executeCommand<vscode.Uri>('devgrowth.break.plan'),
        ),
    );
    assert.ok(uri.result);
    created.push(uri.result);
    assert.ok(
      messages.some((shown) => shown.message.includes('breaks/') && shown.items.includes('Open') && shown.items.includes('Undo')),
      JSON.stringify(messages),
    );
    const root = api.workspace.rootFor(uri.result)!;
    const context = { today: api.today(), plan: root.index, checkinWeeks: 5, reviewCadence: 'biweekly' as const };
    const form = submitForm(
      formById('break'),
      context,
      { type: 'rest-day', start: addDays(start, 7), end: addDays(end, 7), committed: true, notes: 'Phone off' },
      () => false,
    );
    assert.ok(form.ok);
    assert.equal(await readText(uri.result), form.data.create.text);
  });

  it('Log Evidence takes the day it happened, a link and the milestone, and Undo takes it back while unchanged', async () => {
    const api = await devGrowth();
    const day = addDays(await today(), -10);
    const { result, messages } = await withMessages(
      'showInformationMessage',
      (_message, items) => items.find((item) => item === 'Undo'),
      () =>
        withAnswers(
          [
            { type: 'Ran the refunds load test' },
            { type: day },
            { type: 'p99 stayed under 200 ms' },
            { type: 'https://example.com/load-test' },
            { pick: 'Ship the refunds' },
            { pick: 'None' },
            { pick: 'None' },
          ],
          () => vscode.commands.executeCommand<vscode.Uri>('devgrowth.evidence.log'),
        ),
    );
    assert.ok(result.result);
    const uri = result.result;
    assert.match(uri.path, new RegExp(`/evidence/${day}-ran-the-refunds-load-test\\.md$`));
    assert.match(messages[0]!.message, /Ran the refunds load test/);
    await waitFor(
      'the evidence taken back',
      async () =>
        !(await vscode.workspace.fs.stat(uri).then(
          () => true,
          () => false,
        )),
    );
    assert.equal(api.workspace.rootFor(uri)?.index.get(uri.toString()), undefined);
  });

  it('Start a Growth Plan run again says the plan exists and updates the profile’s answers in place', async () => {
    const pick = vscode.window.showQuickPick;
    const offered: string[] = [];
    (vscode.window as { showQuickPick: unknown }).showQuickPick = async (
      items: readonly vscode.QuickPickItem[],
      options: vscode.QuickPickOptions,
    ) => {
      offered.push(options.placeHolder ?? '', ...items.map((item) => item.label));
      return items.find((item) => item.label.includes('Update my answers'));
    };
    try {
      await withAnswers([{ type: 'Senior Software Engineer' }, { type: 'Staff Engineer' }, 'enter', 'enter', { type: 'Alex Kim' }], () =>
        vscode.commands.executeCommand('devgrowth.plan.start'),
      );
    } finally {
      (vscode.window as { showQuickPick: unknown }).showQuickPick = pick;
    }
    assert.ok(
      offered.some((text) => /growth plan here already/.test(text)),
      offered.join('\n'),
    );
    assert.equal(
      await readText(PROFILE),
      profileBefore
        .replace('currentLevel: Software Engineer II', 'currentLevel: Senior Software Engineer')
        .replace('targetLevel: Senior Software Engineer', 'targetLevel: Staff Engineer')
        .replace(/\n---\n/, '\nname: Alex Kim\n---\n'),
    );
  });

  it('marks a done milestone not done from its tree row, and its completion date goes', async () => {
    const api = await devGrowth();
    const uri = growthUri('goals', 'ship-refunds.md');
    const before = await readText(uri);
    const root = api.workspace.rootFor(uri)!;
    const goal = root.index.goal('ship-refunds')!;
    const index = goal.data.milestones.findIndex((milestone) => milestone.status !== 'done' && milestone.status !== 'dropped');
    const target = {
      target: { kind: 'milestone', root, uri, goalId: 'ship-refunds', milestoneId: goal.data.milestones[index]!.id, index },
    };
    try {
      await vscode.commands.executeCommand('devgrowth.milestone.markDone', target);
      await waitFor('done', () => root.index.goal('ship-refunds')?.data.milestones[index]?.status === 'done');
      await vscode.commands.executeCommand('devgrowth.milestone.markNotDone', target);
      await waitFor('not done', () => root.index.goal('ship-refunds')?.data.milestones[index]?.status === 'active');
      const milestone = root.index.goal('ship-refunds')!.data.milestones[index]!;
      assert.equal(milestone.completed, undefined);
    } finally {
      await writeText(uri, before);
    }
  });
});

describe('form drafts', () => {
  it('keeps what was typed when the form’s tab is closed, and brings it back on reopen', async () => {
    const open = async () => {
      const panel = await vscode.commands.executeCommand<FormPanel>('devgrowth.assess.promotion');
      assert.equal(await panel.deliver({ type: 'ready' }), true);
      return panel;
    };
    const first = await open();
    await first.deliver({ type: 'change', seq: 1, values: { targetLevel: 'Staff Engineer', performingAtNextLevel: 4 } });
    const { messages } = await withMessages(
      'showInformationMessage',
      () => undefined,
      async () => {
        first.panel.dispose();
        await waitFor('the draft announced', () => true);
      },
    );
    assert.ok(
      messages.some((shown) => /kept as a draft/.test(shown.message)),
      JSON.stringify(messages),
    );
    const second = await open();
    const init = second.posted.find(
      (notification): notification is Extract<FormNotification, { type: 'init' }> => notification.type === 'init',
    )!;
    assert.equal(init.draft, true);
    assert.equal(init.form.initial.targetLevel, 'Staff Engineer');
    await second.deliver({ type: 'cancel', discard: true });
    const third = await open();
    const fresh = third.posted.find(
      (notification): notification is Extract<FormNotification, { type: 'init' }> => notification.type === 'init',
    )!;
    assert.equal(fresh.draft, undefined);
    third.panel.dispose();
  });
});
