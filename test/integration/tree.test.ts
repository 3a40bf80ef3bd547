import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suggestionsFor } from '../../src/core/suggestions';
import manifest from '../../package.json';
import { fixedClock, systemClock } from '../../src/core/dates';
import type { DevGrowthApi } from '../../src/extension';
import type { GoalTreeElement } from '../../src/tree/goalTreeProvider';
import { devGrowth, forget, growthUri, labelText, localized, readText, scratchFolder, waitFor, writeText } from './helpers';

/** What a person sees on a row of the Goals tree. */
interface Row {
  readonly element: GoalTreeElement;
  readonly label: string;
  readonly description: string;
  readonly icon: string;
  readonly color: string | undefined;
  readonly contextValue: string;
  readonly item: vscode.TreeItem;
}

async function rowsUnder(parent?: GoalTreeElement): Promise<Row[]> {
  const { sidebar } = await devGrowth();
  const elements = await sidebar.goals.getChildren(parent);
  return elements.map((element) => {
    const item = sidebar.goals.getTreeItem(element);
    const icon = item.iconPath as vscode.ThemeIcon;
    return {
      element,
      label: labelText(item),
      description: String(item.description ?? ''),
      icon: icon.id,
      color: icon.color?.id,
      contextValue: item.contextValue ?? '',
      item,
    };
  });
}

/** The row reached by following labels from the top, e.g. `row('Lead…', 'Ship…')`. */
async function row(...labels: string[]): Promise<Row> {
  let parent: GoalTreeElement | undefined;
  let found: Row | undefined;
  for (const label of labels) {
    const rows = await rowsUnder(parent);
    found = rows.find((candidate) => candidate.label === label);
    assert.ok(found, `No row "${label}" among: ${rows.map((candidate) => candidate.label).join(' | ')}`);
    parent = found.element;
  }
  return found!;
}

async function labelsUnder(...labels: string[]): Promise<string[]> {
  const parent = labels.length > 0 ? (await row(...labels)).element : undefined;
  return (await rowsUnder(parent)).map((candidate) => candidate.label);
}

/** The tooltip as a person reads it: bold marks and Markdown escapes removed. */
async function tooltipOf(found: Row): Promise<string> {
  const { sidebar } = await devGrowth();
  const tooltip = sidebar.goals.resolveTreeItem(found.item, found.element).tooltip as vscode.MarkdownString;
  assert.equal(tooltip.supportHtml, false);
  assert.ok(!tooltip.isTrusted, 'a tooltip built from user text never runs commands');
  return tooltip.value
    .replace(/\*\*/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\(.)/g, '$1');
}

/** Runs a row's click the way VS Code does. */
async function click(found: Row): Promise<void> {
  const command = found.item.command;
  assert.ok(command, `"${found.label}" does nothing when clicked`);
  await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
}

/** Every row of the tree, expanded all the way down. */
async function allRows(parent?: GoalTreeElement): Promise<Row[]> {
  const rows = await rowsUnder(parent);
  return (await Promise.all(rows.map(async (found) => [found, ...(await allRows(found.element))]))).flat();
}

/** Resolves once the Goals tree has had no redraw for a moment, so what follows is caused by the test alone. */
async function treeSettled(): Promise<void> {
  const { sidebar } = await devGrowth();
  let last = Date.now();
  const listener = sidebar.goals.onDidChangeTreeData(() => (last = Date.now()));
  try {
    await waitFor('the Goals tree to settle', () => Date.now() - last > 500);
  } finally {
    listener.dispose();
  }
}

const LONG = 'Lead the design of the payments platform by 2028';
const REFUNDS = 'Ship the refunds redesign by 31 December';
const UNLINKED = 'Goals without a long-term goal';
const PROBLEMS = 'Files with problems';

describe('the Goals and History views', () => {
  const scratch = scratchFolder('tree');
  let api: DevGrowthApi;

  before(async () => {
    api = await devGrowth();
    // The fixture's dates are fixed; so is the day the tree is read on.
    api.clock.use(fixedClock('2026-11-22T10:00:00'));
    await vscode.commands.executeCommand('devgrowth.goals.sort', 'priority');
    await vscode.commands.executeCommand('devgrowth.goals.showActiveOnly');
  });

  after(async () => {
    api.clock.use(systemClock);
    await vscode.commands.executeCommand('devgrowth.goals.sort', 'priority');
    await vscode.commands.executeCommand('devgrowth.goals.showActiveOnly');
    await scratch.cleanUp();
  });

  it('contributes the DevGrowth container with the Goals, Reminders and History views, and shows them', async () => {
    const [container] = manifest.contributes.viewsContainers.activitybar;
    assert.deepEqual(
      { id: container?.id, title: localized(container?.title ?? ''), icon: container?.icon },
      { id: 'devgrowth', title: 'DevGrowth', icon: 'media/activity-bar.svg' },
    );
    assert.deepEqual(
      manifest.contributes.views.devgrowth.map((view) => `${view.id}: ${localized(view.name)}`),
      ['devgrowth.goals: Goals', 'devgrowth.reminders: Reminders', 'devgrowth.history: History'],
    );
    await vscode.commands.executeCommand('devgrowth.goals.focus');
    await waitFor('the Goals view to show', () => api.sidebar.goalsView.visible);
    const welcome = manifest.contributes.viewsWelcome.find((entry) => entry.view === 'devgrowth.goals');
    assert.equal(welcome?.when, '!devgrowth.hasPlan');
    assert.match(localized(welcome?.contents ?? ''), /\[Start a Growth Plan\]\(command:devgrowth\.plan\.start\)/);
  });

  it('shows the north star, the long-term goal and the file that cannot be read, at the top', async () => {
    const top = await rowsUnder();
    assert.deepEqual(
      top.map((found) => `${found.label} | ${found.description} | ${found.icon} | ${found.contextValue}`),
      [
        'Lead the design of systems other teams build on. |  | star-full | northStar',
        // The fixture's career track and what earlier suites recorded raise these; the row counts them all.
        `Suggested next steps | ${suggestionsFor(api.workspace.roots()[0]!.index, api.today()).length} | lightbulb | suggestions`,
        `${LONG} | 0/1 goals · due in 586 days | target | goal:active:long`,
        `${PROBLEMS} | 1 | error | problems`,
      ],
    );
    assert.equal(api.sidebar.goalsView.description, 'in play · by priority');
  });

  it('shows a short-term goal under its long-term goal, with its milestones, progress, dates and status icons', async () => {
    const refunds = await row(LONG, REFUNDS);
    assert.deepEqual(
      [refunds.description, refunds.icon, refunds.color, refunds.contextValue],
      ['1/3 · due in 39 days', 'target', 'charts.blue', 'goal:active:short'],
    );
    const milestones = await rowsUnder(refunds.element);
    assert.deepEqual(
      milestones.map((found) => `${found.label} | ${found.description} | ${found.icon} ${found.color ?? ''} | ${found.contextValue}`),
      [
        'Design approved | done 37 days ago | pass-filled charts.green | milestone:done',
        'Prototype one market | due in 8 days | sync charts.blue | milestone:active',
        'Roll out everywhere | due in 26 days | circle-large-outline  | milestone:planned',
      ],
    );
    assert.deepEqual(await labelsUnder(LONG, REFUNDS, 'Design approved'), ['Refunds design']);
    const card = await row(LONG, REFUNDS, 'Design approved', 'Refunds design');
    assert.deepEqual([card.icon, card.contextValue, card.description], ['note', 'card', 'growth card · 1 artefact']);
  });

  it('says overdue, in the warning colour, once a due date has passed', async () => {
    api.clock.use(fixedClock('2026-12-03T10:00:00'));
    try {
      const prototype = await row(LONG, REFUNDS, 'Prototype one market');
      assert.deepEqual(
        [prototype.description, prototype.icon, prototype.color, prototype.contextValue],
        ['overdue by 3 days', 'sync', 'problemsWarningIcon.foreground', 'milestone:active:overdue'],
      );
    } finally {
      api.clock.use(fixedClock('2026-11-22T10:00:00'));
    }
  });

  it('sums up a goal as S.M.A.R.T. in its tooltip, and a milestone with its definition of done and rubric', async () => {
    const goalTip = await tooltipOf(await row(LONG, REFUNDS));
    for (const line of [
      'Short-term goal · active',
      'Measurable: median refund time: under 1 minute',
      'Due: 2026-12-31 (in 39 days)',
      'Pillar: technical',
      'Priority score: 83/100',
    ]) {
      assert.ok(goalTip.includes(line), `"${line}" is missing from:\n${goalTip}`);
    }
    const milestoneTip = await tooltipOf(await row(LONG, REFUNDS, 'Design approved'));
    assert.ok(milestoneTip.includes('Done when: The platform review signs off.'), milestoneTip);
    assert.ok(milestoneTip.includes('confidence 2 → 4, competence 2 → 3, impact 1 → 3, clarity 2 → 4'), milestoneTip);
  });

  it('opens a milestone’s file at its list item when the row is clicked, and keeps the focus in the tree', async () => {
    await click(await row(LONG, REFUNDS, 'Prototype one market'));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), growthUri('goals', 'ship-refunds.md').toString());
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '  - id: prototype');
  });

  it('shows the file that cannot be read as an error row that opens the file at the problem', async () => {
    const broken = await row(PROBLEMS, 'broken.md');
    assert.deepEqual([broken.icon, broken.color, broken.contextValue], ['error', 'problemsErrorIcon.foreground', 'invalidFile']);
    assert.match(broken.description, /^YAML syntax/);
    const uri = growthUri('goals', 'broken.md');
    const [diagnostic] = await waitFor('the problem in the Problems view', () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return diagnostics.length > 0 ? diagnostics : undefined;
    });
    await click(broken);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor?.selection.active.line, diagnostic!.range.start.line);
    assert.match(await tooltipOf(broken), /Problems\n\n- YAML syntax: .* \(line \d+\)/);
  });

  it('offers each menu entry on the rows it is meant for, with a command that exists', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    // A finished goal too, shown with all goals, for the entries that only finished goals have.
    const finished = scratch.uri('finished.md');
    await writeText(
      finished,
      '---\nkind: goal\nschema: 1\ntitle: Finished by 1 October\nhorizon: short\nstatus: done\nparent: lead-payments\n---\n',
    );
    await vscode.commands.executeCommand('devgrowth.goals.showAll');
    let contextValues: Set<string>;
    try {
      contextValues = await waitFor(
        'the finished goal in the tree',
        async () => {
          const values = new Set((await allRows()).map((found) => found.contextValue));
          return values.has('goal:done:short') ? values : undefined;
        },
        30_000,
      );
    } finally {
      await vscode.commands.executeCommand('devgrowth.goals.showActiveOnly');
      await forget([finished]);
    }
    for (const expected of [
      'northStar',
      'goal:active:long',
      'goal:active:short',
      'goal:done:short',
      'milestone:done',
      'milestone:active',
      'card',
      'invalidFile',
    ]) {
      assert.ok(contextValues.has(expected), `no row has the context value ${expected}`);
    }
    // Suggestion rows follow the plan's answers (the fixture has one kind); the unit test of the
    // commands checks their row values against these menus.
    const entries = manifest.contributes.menus['view/item/context'].filter(
      (entry) => entry.when.includes('view == devgrowth.goals') && !entry.command.startsWith('devgrowth.suggestion.'),
    );
    for (const entry of entries) {
      assert.ok(registered.has(entry.command), `${entry.command} is in a menu but not registered`);
      const pattern = /viewItem =~ \/(.+)\/$/.exec(entry.when)?.[1];
      assert.ok(pattern, `${entry.command}: ${entry.when}`);
      assert.ok(
        [...contextValues].some((value) => new RegExp(pattern).test(value)),
        `${entry.command} (${pattern}) matches no row`,
      );
    }
    const menusOf = (value: string) =>
      entries.filter((entry) => new RegExp(/viewItem =~ \/(.+)\/$/.exec(entry.when)![1]!).test(value)).map((entry) => entry.command);
    assert.ok(menusOf('goal:active:short').includes('devgrowth.milestone.add'));
    assert.ok(menusOf('milestone:active').includes('devgrowth.milestone.markDone'));
    assert.ok(!menusOf('milestone:done').includes('devgrowth.milestone.markDone'), 'a done milestone is not offered "Mark Done"');
    assert.ok(menusOf('invalidFile').includes('devgrowth.item.delete'));
    assert.ok(menusOf('goal:done:short').includes('devgrowth.goal.archive'));
    assert.deepEqual(
      menusOf('northStar').filter((command) => command.startsWith('devgrowth.assess.')),
      ['devgrowth.assess.rut', 'devgrowth.assess.self', 'devgrowth.assess.stage', 'devgrowth.assess.promotion'],
      'the north star offers the assessments of where you stand',
    );
    assert.ok(!menusOf('goal:active:short').includes('devgrowth.goal.archive'), 'a goal still in play is not offered "Archive"');
  });

  it('lists the history by month, newest first, each entry opening its file', async () => {
    await vscode.commands.executeCommand('devgrowth.history.focus');
    const months = await api.sidebar.history.getChildren();
    const november = months.find((month) => api.sidebar.history.getTreeItem(month).label === 'November 2026');
    assert.ok(november, 'a November 2026 group');
    const items = (await api.sidebar.history.getChildren(november)).map((entry) => api.sidebar.history.getTreeItem(entry));
    const shown = items.map((item) => `${labelText(item)} | ${String(item.description)} | ${(item.iconPath as vscode.ThemeIcon).id}`);
    const evidence = shown.indexOf('Refunds design approved | 2026-11-03 | verified');
    const review = shown.indexOf('Review: on track? yes | 2026-11-01 | comment-discussion');
    assert.ok(evidence >= 0 && review > evidence, shown.join('\n'));
    const open = items[review]!.command!;
    await vscode.commands.executeCommand(open.command, ...((open.arguments ?? []) as unknown[]));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), growthUri('reviews', '2026-11-01.md').toString());
  });

  describe('with goals of its own', () => {
    const goal = (title: string, lines: string[]) =>
      `---\nkind: goal\nschema: 1\ntitle: ${title}\nhorizon: short\n${lines.join('\n')}\n---\nNotes stay.\n`;
    const alpha = goal('Document the on-call rota', [
      'status: active',
      'due: 2027-03-01',
      'priority: {impact: 2, effort: 3, reusability: 3, learnings: 3}',
    ]);
    const beta = goal('Pair with two new joiners', [
      'status: active',
      'due: 2027-01-15',
      'priority: {impact: 5, effort: 2, reusability: 3, learnings: 4}',
    ]);
    const gamma = goal('Finish the course', ['status: done', 'due: 2026-10-01']);

    before(async () => {
      await writeText(scratch.uri('alpha.md'), alpha);
      await writeText(scratch.uri('beta.md'), beta);
      await writeText(scratch.uri('gamma.md'), gamma);
      // The finished goal has no row until Show All: wait for the plan to hold it as well.
      const files = ['alpha.md', 'beta.md', 'gamma.md'].map((name) => scratch.uri(name));
      await waitFor('the scratch goals in the plan', () => files.every((uri) => api.workspace.rootFor(uri)?.index.get(uri.toString())));
      await waitFor(
        'the scratch goals in the tree',
        async () => (await rowsUnder()).some((found) => found.label === UNLINKED) && (await labelsUnder(UNLINKED)).length === 2,
      );
    });

    it('orders goals by priority, due date or title, chosen from a quick pick and remembered', async () => {
      assert.deepEqual(await labelsUnder(UNLINKED), ['Pair with two new joiners', 'Document the on-call rota']);
      const original = vscode.window.showQuickPick;
      let offered: string[] = [];
      (vscode.window as { showQuickPick: unknown }).showQuickPick = async (items: readonly vscode.QuickPickItem[]) => {
        offered = items.map((item) => item.label);
        return items.find((item) => item.label === 'Title');
      };
      try {
        await vscode.commands.executeCommand('devgrowth.goals.sort');
      } finally {
        (vscode.window as { showQuickPick: unknown }).showQuickPick = original;
      }
      assert.deepEqual(offered, ['Priority', 'Due date', 'Title']);
      assert.deepEqual(await labelsUnder(UNLINKED), ['Document the on-call rota', 'Pair with two new joiners']);
      assert.equal(api.sidebar.goalsView.description, 'in play · by title');
      assert.deepEqual(api.workspaceState.get('devgrowth.goals.view'), { sort: 'title', filter: 'active' });
      await vscode.commands.executeCommand('devgrowth.goals.sort', 'due');
      assert.deepEqual(await labelsUnder(UNLINKED), ['Pair with two new joiners', 'Document the on-call rota']);
    });

    it('shows finished goals only when asked to show all', async () => {
      await vscode.commands.executeCommand('devgrowth.goals.sort', 'title');
      await vscode.commands.executeCommand('devgrowth.goals.showAll');
      const all = await rowsUnder((await row(UNLINKED)).element);
      assert.deepEqual(
        all.map((found) => `${found.label} | ${found.icon} | ${found.contextValue}`),
        [
          'Document the on-call rota | target | goal:active:short',
          'Finish the course | pass-filled | goal:done:short',
          'Pair with two new joiners | target | goal:active:short',
        ],
      );
      assert.equal(api.sidebar.goalsView.description, 'all · by title');
      await vscode.commands.executeCommand('devgrowth.goals.showActiveOnly');
      assert.deepEqual(await labelsUnder(UNLINKED), ['Document the on-call rota', 'Pair with two new joiners']);
    });

    it('shows a file that breaks as an error row, and takes it away once fixed', async () => {
      await writeText(scratch.uri('beta.md'), beta.replace('status: active', 'status: [active'));
      await waitFor('the broken file under the problems', async () => (await labelsUnder(PROBLEMS)).includes('beta.md'));
      assert.equal((await row(PROBLEMS)).description, '2');
      assert.ok(!(await labelsUnder(UNLINKED)).includes('Pair with two new joiners'));
      await writeText(scratch.uri('beta.md'), beta);
      await waitFor('the fixed goal back in its place', async () => (await labelsUnder(UNLINKED)).includes('Pair with two new joiners'));
      assert.deepEqual(await labelsUnder(PROBLEMS), ['broken.md']);
    });

    it('redraws only the goal whose file changed on disk, and everything when a goal is re-titled', async () => {
      const withMilestone = alpha.replace('---\nNotes', 'milestones:\n  - id: outline\n    title: Outline the guide\n---\nNotes');
      await writeText(scratch.uri('alpha.md'), withMilestone);
      await waitFor('the milestone in the tree', async () =>
        (await labelsUnder(UNLINKED, 'Document the on-call rota').catch((): string[] => [])).includes('Outline the guide'),
      );
      await treeSettled();
      const fired: (GoalTreeElement | GoalTreeElement[] | undefined)[] = [];
      const listener = api.sidebar.goals.onDidChangeTreeData((change) => fired.push(change));
      try {
        await writeText(scratch.uri('alpha.md'), withMilestone.replace('Outline the guide', 'Outline the on-call guide'));
        await waitFor('the tree to redraw', () => fired.length > 0);
        await treeSettled();
        assert.ok(
          fired.every((change) => Array.isArray(change)),
          'only rows were redrawn, not the whole tree',
        );
        const alphaRow = `${api.workspace.roots()[0]!.folder.uri.toString()}|goal:${scratch.uri('alpha.md').toString()}`;
        assert.deepEqual([...new Set(fired.flat().map((element) => element.id))], [alphaRow]);
        assert.ok((await labelsUnder(UNLINKED, 'Document the on-call rota')).includes('Outline the on-call guide'));
        fired.length = 0;
        await writeText(scratch.uri('alpha.md'), withMilestone.replace('Document the', 'Publish the'));
        await waitFor('the whole tree to redraw: a re-titled goal may move', () => fired.some((change) => change === undefined));
        assert.ok((await labelsUnder(UNLINKED)).includes('Publish the on-call rota'));
      } finally {
        listener.dispose();
        await writeText(scratch.uri('alpha.md'), alpha);
      }
      await waitFor('alpha as it was', async () => (await labelsUnder(UNLINKED)).includes('Document the on-call rota'));
    });
    it('shows markup in a title as written, never as a link or HTML', async () => {
      const uri = scratch.uri('markup.md');
      await writeText(uri, goal(`'**Ship** <img src=x onerror=alert(1)> [now](command:devgrowth.item.delete)'`, ['status: active']));
      const title = '**Ship** <img src=x onerror=alert(1)> [now](command:devgrowth.item.delete)';
      const found = await waitFor('the goal in the tree', async () =>
        (await rowsUnder((await row(UNLINKED)).element)).find((candidate) => candidate.label === title),
      );
      const tooltip = api.sidebar.goals.resolveTreeItem(found.item, found.element).tooltip as vscode.MarkdownString;
      assert.equal(tooltip.supportHtml, false);
      assert.ok(!tooltip.isTrusted);
      assert.ok(tooltip.value.includes('\\*\\*Ship\\*\\*'), tooltip.value);
      assert.ok(tooltip.value.includes('\\[now\\]\\(command\\:devgrowth\\.item\\.delete\\)'), tooltip.value);
      assert.ok(tooltip.value.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), tooltip.value);
      await vscode.workspace.fs.delete(uri);
      await waitFor('the goal to leave the tree', async () => !(await labelsUnder(UNLINKED)).includes(title));
    });
  });

  describe('drag and drop', () => {
    const source = `---
kind: goal
schema: 1
# Everything but the moved milestone must stay exactly as written.
title: Run the incident reviews
horizon: short
status: active   # kept
my-own-key: stays
milestones:
  - id: template
    title: Write the template
    status: done

  - id: first-review   # the first real one
    title: Run the first review
    doneWhen: Two teams attended
    owner: me
  - id: retro
    title: Retro on the format
---
Notes below stay.
`;
    const target = `---
kind: goal
schema: 1
title: Mentor the new lead
horizon: short
status: active
milestones:
  - id: intro
    title: Introductions   # a comment that stays
---
`;
    const card = `---
kind: card
schema: 1
title: First review card
goal: delta
milestone: first-review   # points at the moved milestone
---
Body.
`;
    const FIRST_REVIEW =
      '  - id: first-review   # the first real one\n    title: Run the first review\n    doneWhen: Two teams attended\n    owner: me\n';

    before(async () => {
      await writeText(scratch.uri('delta.md'), source);
      await writeText(scratch.uri('echo.md'), target);
      await writeText(scratch.uri('delta-card.md'), card);
      await waitFor('the goals in the tree', async () => {
        const labels = (await rowsUnder()).some((found) => found.label === UNLINKED) ? await labelsUnder(UNLINKED) : [];
        return labels.includes('Run the incident reviews') && labels.includes('Mentor the new lead');
      });
    });

    async function drag(labels: string[], onto: string[]): Promise<void> {
      const dataTransfer = new vscode.DataTransfer();
      api.sidebar.dragAndDrop.handleDrag([(await row(...labels)).element], dataTransfer);
      await api.sidebar.dragAndDrop.handleDrop((await row(...onto)).element, dataTransfer);
    }

    it('reorders milestones within a goal and changes nothing else in the file', async () => {
      await drag(
        [UNLINKED, 'Run the incident reviews', 'Write the template'],
        [UNLINKED, 'Run the incident reviews', 'Retro on the format'],
      );
      assert.equal(
        await readText(scratch.uri('delta.md')),
        source.replace(
          `  - id: template\n    title: Write the template\n    status: done\n\n${FIRST_REVIEW}  - id: retro\n    title: Retro on the format\n`,
          `${FIRST_REVIEW}\n  - id: retro\n    title: Retro on the format\n  - id: template\n    title: Write the template\n    status: done\n`,
        ),
      );
      await waitFor(
        'the new order in the tree',
        async () =>
          (await labelsUnder(UNLINKED, 'Run the incident reviews')).join(' | ') ===
          'Run the first review | Retro on the format | Write the template',
      );
      await writeText(scratch.uri('delta.md'), source);
      await waitFor(
        'the first order back',
        async () => (await labelsUnder(UNLINKED, 'Run the incident reviews'))[0] === 'Write the template',
      );
    });

    it('moves a milestone to another goal with its comments and its card, and leaves the rest of both files byte for byte', async () => {
      await drag([UNLINKED, 'Run the incident reviews', 'Run the first review'], [UNLINKED, 'Mentor the new lead']);
      assert.equal(await readText(scratch.uri('delta.md')), source.replace(FIRST_REVIEW, ''));
      assert.equal(await readText(scratch.uri('echo.md')), target.replace(/---\n$/, `${FIRST_REVIEW}---\n`));
      assert.equal(await readText(scratch.uri('delta-card.md')), card.replace('goal: delta', 'goal: echo'));
      await waitFor('the milestone and its card under the other goal', async () => {
        const under = await labelsUnder(UNLINKED, 'Mentor the new lead');
        return (
          under.join(' | ') === 'Introductions | Run the first review' &&
          (await labelsUnder(UNLINKED, 'Mentor the new lead', 'Run the first review')).includes('First review card')
        );
      });
      assert.deepEqual(await labelsUnder(UNLINKED, 'Run the incident reviews'), ['Write the template', 'Retro on the format']);
      assert.deepEqual(
        api.workspace
          .roots()[0]!
          .index.problems(scratch.uri('delta-card.md').toString(), api.today())
          .filter((problem) => problem.code.startsWith('link/')),
        [],
      );
    });

    it('changes no file when one of them cannot be changed, and says why', async () => {
      // The milestone holds an anchor that another milestone of its goal still uses.
      const anchored = source
        .replace('doneWhen: Two teams attended', 'doneWhen: &attended Two teams attended')
        .replace('    title: Retro on the format\n', '    title: Retro on the format\n    doneWhen: *attended\n');
      await writeText(scratch.uri('delta.md'), anchored);
      await waitFor('the anchored goal in the plan', () => {
        const record = api.workspace.roots()[0]!.index.get(scratch.uri('delta.md').toString())?.record;
        return record?.kind === 'goal' && record.data.milestones.length === 3;
      });
      const echoBefore = await readText(scratch.uri('echo.md'));
      const cardBefore = await readText(scratch.uri('delta-card.md'));
      const shown: string[] = [];
      const original = vscode.window.showErrorMessage;
      (vscode.window as { showErrorMessage: unknown }).showErrorMessage = async (message: string) => void shown.push(message);
      try {
        await waitFor('the milestone in the tree', async () =>
          (await labelsUnder(UNLINKED, 'Run the incident reviews')).includes('Run the first review'),
        );
        await drag([UNLINKED, 'Run the incident reviews', 'Run the first review'], [UNLINKED, 'Mentor the new lead']);
      } finally {
        (vscode.window as { showErrorMessage: unknown }).showErrorMessage = original;
      }
      assert.equal(await readText(scratch.uri('delta.md')), anchored);
      assert.equal(await readText(scratch.uri('echo.md')), echoBefore, 'the target goal did not get a copy');
      assert.equal(await readText(scratch.uri('delta-card.md')), cardBefore);
      assert.equal(shown.length, 1);
      assert.match(
        shown[0]!,
        /could not move the milestone: .*delta\.md: DevGrowth did not change "milestones\.1": it is marked &attended and used elsewhere/,
      );
    });

    it('ignores a drop of something that is not a milestone', async () => {
      const before = await readText(scratch.uri('echo.md'));
      await drag([UNLINKED, 'Run the incident reviews'], [UNLINKED, 'Mentor the new lead']);
      assert.equal(await readText(scratch.uri('echo.md')), before);
    });
  });
});
