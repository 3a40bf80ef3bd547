import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { starterGoals } from '../../src/core/forms/plan';
import { createGrowthFile } from '../../src/core/writer';
import manifest from '../../package.json';
import type { CommandTarget } from '../../src/commands/target';
import { fixedClock, systemClock } from '../../src/core/dates';
import { answerConfirmation, devGrowth, growthUri, localized, readText, scratchFolder, waitFor, writeText } from './helpers';
import { withMessages } from './quickInput';

const goalText = `---
# A hand-written goal: only the values a command changes may differ afterwards.
kind: goal
schema: 1
title: Write the incident review guide by 31 March
horizon: short
status: active   # kept
parent: lead-payments
due: 2027-03-31
my-own-key: stays
milestones:
  - id: outline
    title: Outline
    doneWhen: Reviewed by two leads
    due: 2027-01-15
    status: active
---
Notes stay as they are.
`;

/** What a tree row hands to a command, for the scratch goal. */
async function goalTarget(uri: vscode.Uri, goalId: string): Promise<{ target: CommandTarget }> {
  const api = await devGrowth();
  const root = api.workspace.rootFor(uri)!;
  await waitFor(`goal ${goalId} in the index`, () => root.index.goal(goalId), 30_000);
  return { target: { kind: 'goal', root, uri, goalId } };
}

describe('commands', () => {
  const scratch = scratchFolder('commands');
  const created: vscode.Uri[] = [];
  after(async () => {
    await scratch.cleanUp();
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('contributes the seven-step walkthrough, each step with a command that exists', async () => {
    await devGrowth();
    const registered = new Set(await vscode.commands.getCommands(true));
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough?.steps.length, 7);
    for (const step of walkthrough.steps) {
      const command = /command:([\w.]+)/.exec(localized(step.description))?.[1];
      assert.ok(command && registered.has(command), `${step.id}: ${command} is not registered`);
    }
  });

  it('registers every command the manifest contributes', async () => {
    await devGrowth();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((command) => command.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });

  it('New Goal writes a S.M.A.R.T. goal file from its answers', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.goal.new', {
      prompt: false,
      horizon: 'short',
      title: 'Give two talks on payments by 31 January',
      metric: 'talks given',
      target: '2',
      parent: 'lead-payments',
      due: '2027-01-31',
      pillar: 'influence',
      successMarker: 'recognition',
      hoursPerWeek: 2,
      rut: 'not-recognised',
      stretch: '3 talks',
    });
    created.push(uri);
    assert.match(uri.path, /\/growth\/goals\/give-two-talks-on-payments-by-31-january\.md$/);
    const api = await devGrowth();
    const goal = await waitFor('the new goal in the index', () =>
      api.workspace.rootFor(uri)?.index.goal('give-two-talks-on-payments-by-31-january'),
    );
    assert.equal(goal.data.parent, 'lead-payments');
    assert.deepEqual(goal.data.measurable, { metric: 'talks given', target: '2' });
    assert.equal(goal.data.stretch?.target, '3 talks');
    // No goal New Goal writes carries a problem DevGrowth reports, not even a hint.
    assert.deepEqual(api.workspace.rootFor(uri)!.index.problems(goal.path, api.today()), []);
  });

  it('Add Milestone inserts a milestone and leaves the rest of the file as written', async () => {
    const uri = scratch.uri('guide.md');
    await writeText(uri, goalText);
    const id = await vscode.commands.executeCommand('devgrowth.milestone.add', await goalTarget(uri, 'guide'), {
      title: 'First draft',
      doneWhen: 'Shared with the team',
      due: '2027-02-15',
    });
    assert.equal(id, 'first-draft');
    assert.equal(
      await readText(uri),
      goalText.replace(
        '---\nNotes',
        '  - id: first-draft\n    title: First draft\n    doneWhen: Shared with the team\n    due: 2027-02-15\n    status: planned\n---\nNotes',
      ),
    );
  });

  it('Mark Milestone Done sets its status and completion date', async () => {
    const api = await devGrowth();
    const uri = scratch.uri('guide-2.md');
    await writeText(uri, goalText);
    const { target } = await goalTarget(uri, 'guide-2');
    await vscode.commands.executeCommand('devgrowth.milestone.markDone', {
      target: { ...target, kind: 'milestone', milestoneId: 'outline', index: 0 },
    });
    assert.equal(await readText(uri), goalText.replace('    status: active\n---', `    status: done\n    completed: ${api.today()}\n---`));
  });

  it('Change Goal Status and Mark Goal Done change only the status', async () => {
    const uri = scratch.uri('guide-3.md');
    await writeText(uri, goalText.replace(/milestones:[\s\S]*?---/, '---'));
    const node = await goalTarget(uri, 'guide-3');
    await vscode.commands.executeCommand('devgrowth.goal.changeStatus', node, 'paused');
    assert.match(await readText(uri), /^status: paused   # kept$/m);
    await vscode.commands.executeCommand('devgrowth.goal.markDone', node);
    assert.match(await readText(uri), /^status: done   # kept$/m);
  });

  it('refuses arguments a command cannot use, saying which command and which argument, and writes nothing', async () => {
    const uri = scratch.uri('guide-args.md');
    const text = goalText.replace('title: Write', 'title: Draft');
    await writeText(uri, text);
    const node = await goalTarget(uri, 'guide-args');
    const refusals: [string, readonly unknown[], RegExp][] = [
      ['devgrowth.goal.changeStatus', [node, 'finished'], /devgrowth\.goal\.changeStatus .*status/],
      ['devgrowth.milestone.add', [node, { title: 42 }], /devgrowth\.milestone\.add .*prefill\.title/],
      ['devgrowth.milestone.add', [node, { titel: 'First draft' }], /prefill.*titel/],
      ['devgrowth.goal.markDone', [{ target: { ...node.target, kind: 'task' } }], /devgrowth\.goal\.markDone .*row\.target/],
      ['devgrowth.export.brag', [{ from: '2026-02-30', to: '2026-03-31' }], /devgrowth\.export\.brag .*period\.from/],
      ['devgrowth.goals.sort', ['alphabetical'], /devgrowth\.goals\.sort .*order/],
    ];
    for (const [command, args, expected] of refusals) {
      const { result, messages } = await withMessages(
        'showErrorMessage' as 'showWarningMessage',
        () => undefined,
        () => vscode.commands.executeCommand(command, ...args),
      );
      assert.equal(result, undefined, command);
      assert.match(messages[0]?.message ?? '', expected);
      assert.match(messages[0]?.message ?? '', /Command Palette/);
    }
    assert.equal(await readText(uri), text);
  });

  it('Log Evidence writes a dated entry tied to the goal', async () => {
    const api = await devGrowth();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.evidence.log', undefined, {
      title: 'Ran the first incident review',
      impact: 'Two follow-ups fixed',
      goal: 'ship-refunds',
    });
    created.push(uri);
    const text = await readText(uri);
    assert.equal(
      text,
      `---\nkind: evidence\nschema: 1\ndate: ${api.today()}\ntitle: Ran the first incident review\ngoal: ship-refunds\nimpact: Two follow-ups fixed\n---\n`,
    );
  });

  it('Start a Growth Plan on a plan that exists says so first, and Open leaves the profile as it is', async () => {
    const profile = growthUri('profile.md');
    const before = await readText(profile);
    const original = vscode.window.showQuickPick;
    let asked = '';
    (vscode.window as { showQuickPick: unknown }).showQuickPick = async (
      items: readonly vscode.QuickPickItem[],
      options: vscode.QuickPickOptions,
    ) => {
      asked = options.placeHolder ?? '';
      return items.find((item) => item.label.includes(localized('Open the profile')));
    };
    try {
      await vscode.commands.executeCommand('devgrowth.plan.start', {
        currentLevel: 'Engineer I',
        targetLevel: 'Engineer II',
        track: 'ic',
        northStar: 'Ship things people love',
      });
    } finally {
      (vscode.window as { showQuickPick: unknown }).showQuickPick = original;
    }
    assert.equal(asked, localized('You have a growth plan here already. What would you like to do?'));
    assert.equal(await readText(profile), before);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), profile.toString());
  });

  it('marks the starter goals as examples, and Remove Examples deletes them after asking', async () => {
    const api = await devGrowth();
    const starters = [growthUri('goals', 'my-long-term-goal.md'), growthUri('goals', 'my-first-90-days.md')];
    // The fixture's plan predates the starters: write them as Start a Growth Plan does for a new plan.
    for (const goal of starterGoals({ targetLevel: 'Senior Engineer' }, api.today())) {
      await writeText(growthUri(...goal.path.split('/')), createGrowthFile({ ...goal.data }, goal.body));
    }
    for (const uri of starters) assert.match(await readText(uri), /^example: true$/m);
    const root = api.workspace.rootFor(starters[0]!)!;
    await waitFor('the starter goals in the index', () => root.index.goal('my-first-90-days') && root.index.goal('my-long-term-goal'));
    let restore = answerConfirmation(undefined);
    try {
      assert.deepEqual(await vscode.commands.executeCommand('devgrowth.plan.removeExamples'), []);
    } finally {
      restore();
    }
    assert.ok(root.index.goal('my-first-90-days'), 'dismissed: nothing is removed');
    restore = answerConfirmation('Remove');
    try {
      const removed = await vscode.commands.executeCommand<vscode.Uri[]>('devgrowth.plan.removeExamples');
      assert.deepEqual(removed.map((uri) => uri.toString()).sort(), starters.map((uri) => uri.toString()).sort());
    } finally {
      restore();
    }
    await waitFor('the starter goals gone', () => !root.index.goal('my-first-90-days') && !root.index.goal('my-long-term-goal'));
  });

  it('New Growth Card starts a card for a milestone with its four sections', async () => {
    const uri = scratch.uri('guide-4.md');
    await writeText(uri, goalText);
    const { target } = await goalTarget(uri, 'guide-4');
    const card = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.card.add', {
      target: { ...target, kind: 'milestone', milestoneId: 'outline', index: 0 },
    });
    created.push(card);
    const text = await readText(card);
    assert.match(text, /^---\nkind: card\nschema: 1\ntitle: Outline\ngoal: guide-4\nmilestone: outline\nartefacts: \[\]\n---\n/);
    for (const section of ['Key concepts', 'Implementation plan', 'Metrics of success', 'Post-mortem'])
      assert.match(text, new RegExp(`^## ${section}$`, 'm'));
  });

  it('Log Service to Others and Plan a Break write valid dated entries', async () => {
    const api = await devGrowth();
    const service = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.service.log', {
      type: 'mentoring',
      title: 'Reviewed a junior’s first design',
      who: 'Sam',
    });
    const pause = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.break.plan', {
      type: 'time-off',
      start: '2027-02-01',
      end: '2027-02-05',
      committed: true,
    });
    created.push(service, pause);
    assert.equal(
      await readText(service),
      `---\nkind: service\nschema: 1\ndate: ${api.today()}\ntitle: Reviewed a junior’s first design\ntype: mentoring\nwho: Sam\n---\n`,
    );
    assert.match(pause.path, /\/growth\/breaks\/2027-02-01-time-off\.md$/);
    const root = api.workspace.rootFor(pause)!;
    await waitFor('the break in the index', () => root.index.breaks().some((entry) => entry.path === pause.toString()));
    assert.deepEqual(root.index.problems(pause.toString(), api.today()), []);
  });

  it('stops the time-off reminder once time off is committed, and lists the break in History', async () => {
    const api = await devGrowth();
    api.clock.use(fixedClock('2026-10-01T10:00:00'));
    try {
      api.nudges.update();
      assert.ok(
        api.nudges.pending.some(({ reminder }) => reminder.id === 'time-off'),
        'reminded before the break is committed',
      );
      const pause = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.break.plan', {
        type: 'time-off',
        start: '2026-12-21',
        end: '2026-12-29',
        committed: true,
      });
      created.push(pause);
      await waitFor('the break in the index', () =>
        api.workspace
          .rootFor(pause)!
          .index.breaks()
          .some((entry) => entry.path === pause.toString()),
      );
      api.nudges.update();
      assert.deepEqual(
        api.nudges.pending.filter(({ reminder }) => reminder.id === 'time-off'),
        [],
        'no time-off reminder once it is committed',
      );
      const months = await api.sidebar.history.getChildren();
      const december = months.find((month) => api.sidebar.history.getTreeItem(month).label === 'December 2026');
      assert.ok(december, 'a December 2026 group in History');
      const rows = (await api.sidebar.history.getChildren(december)).map((entry) => api.sidebar.history.getTreeItem(entry));
      assert.ok(
        rows.some((row) => row.label === 'Time off, 2026-12-21 to 2026-12-29' && (row.iconPath as vscode.ThemeIcon).id === 'coffee'),
        rows.map((row) => (typeof row.label === 'string' ? row.label : (row.label?.label ?? ''))).join('\n'),
      );
    } finally {
      api.clock.use(systemClock);
      api.nudges.update();
    }
  });

  it('sorts, filters and refreshes the Goals tree from its title bar', async () => {
    const api = await devGrowth();
    await vscode.commands.executeCommand('devgrowth.goals.sort', 'title');
    await vscode.commands.executeCommand('devgrowth.goals.showAll');
    await vscode.commands.executeCommand('devgrowth.goals.showActiveOnly');
    await vscode.commands.executeCommand('devgrowth.goals.refresh');
    assert.ok(api.workspace.roots()[0]!.index.goal('ship-refunds'), 'the plan is read again after a refresh');
    await vscode.commands.executeCommand('devgrowth.goals.sort', 'priority');
  });

  it('opens a file at a milestone, and reveals it in the Explorer', async () => {
    const uri = growthUri('goals', 'ship-refunds.md');
    await vscode.commands.executeCommand('devgrowth.item.open', undefined, { uri: uri.toString(), field: ['milestones', 1] });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '  - id: prototype');
    const root = (await devGrowth()).workspace.rootFor(uri)!;
    await vscode.commands.executeCommand('devgrowth.item.revealInExplorer', { target: { kind: 'file', root, uri } });
  });
});

describe('deleting from the tree', () => {
  const scratch = scratchFolder('delete');
  after(() => scratch.cleanUp());

  /** Answers the next confirmation dialog as a person would, by clicking `answer` (or dismissing it). */
  function answerConfirmation(answer: string | undefined): () => void {
    const original = vscode.window.showWarningMessage;
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async () => answer;
    return () => {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    };
  }

  it('keeps the file when the confirmation is dismissed, and removes it when confirmed', async () => {
    const api = await devGrowth();
    const uri = scratch.uri('old-goal.md');
    await writeText(uri, goalText);
    const node = await goalTarget(uri, 'old-goal');
    let restore = answerConfirmation(undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('devgrowth.item.delete', node), false);
    } finally {
      restore();
    }
    assert.equal(await readText(uri), goalText);
    restore = answerConfirmation('Move to Trash');
    try {
      assert.equal(await vscode.commands.executeCommand('devgrowth.item.delete', node), true);
    } finally {
      restore();
    }
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)));
    await waitFor('the goal to leave the index', () => !api.workspace.rootFor(uri)?.index.goal('old-goal'));
  });
});
