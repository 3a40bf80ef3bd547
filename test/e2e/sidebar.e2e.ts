import assert from 'node:assert/strict';
import { useWorkbench } from './fixture';

describe('the DevGrowth sidebar', () => {
  const workbench = useWorkbench();

  it('shows the north star and the long-term goals of the demo plan', async () => {
    const labels = await workbench().step('open the DevGrowth sidebar', async () => {
      await workbench().openViewContainer('DevGrowth');
      await workbench().resizeSideBar(620);
      // The plan shows from the last session's cache, or batch by batch on a first start, and is
      // then checked file by file: the rows may be redrawn until that finishes.
      for (const label of [
        'Lead the architecture of two payment services used by every product team',
        'Help three engineers reach their next level',
        'Goals without a long-term goal',
        'Files with problems',
      ]) {
        await workbench().treeRow(label, 'Goals').waitFor();
      }
      await workbench().treeRowAt(0, 'Goals').filter({ hasText: 'Be the engineer product teams trust' }).waitFor();
      return workbench().treeLabels('Goals');
    });
    assert.equal(labels[0], 'Be the engineer product teams trust to design and run our payment systems.', labels.join(' | '));
    assert.ok(
      labels.indexOf('Goals without a long-term goal') > labels.indexOf('Help three engineers reach their next level'),
      labels.join(' | '),
    );
  });

  it('expands a long-term goal to its short-term goals and milestones', async () => {
    await workbench().step('expand the long-term goal', async () => {
      await workbench().expandTreeRow('Lead the architecture of two payment services used by every product team', 'Goals');
      await workbench().treeRow('Ship the refunds service redesign to all markets by 31 December', 'Goals').waitFor();
    });
    const refunds = workbench().treeRow('Ship the refunds service redesign to all markets by 31 December', 'Goals');
    // The demo's dates are fixed and the day the test runs is not: either way, progress and a date show.
    assert.match(await refunds.innerText(), /2\/4 · (due in \d+ days|due today|due tomorrow|overdue by \d+ days?)/);
    await workbench().step('expand the short-term goal', async () => {
      await workbench().expandTreeRow('Ship the refunds service redesign to all markets by 31 December', 'Goals');
      await workbench().treeRow('Load test at three times peak traffic', 'Goals').waitFor();
    });
    assert.match(await workbench().treeRow('Design document approved by the platform review', 'Goals').innerText(), /done/);
  });

  it('opens the file of a goal with a problem from the tree', async () => {
    await workbench().step('open the vague goal', async () => {
      await workbench().openTreeRow('Get better at frontend', 'get-better-at-frontend.md', 'Goals');
    });
  });

  it('sums up a goal as S.M.A.R.T. when the pointer rests on it', async () => {
    const hover = workbench().page.locator('.monaco-hover', {
      hasText: 'Measurable: median time from refund request to money returned: under 1 minute (now 14 hours)',
    });
    await workbench().step('hover the short-term goal', async () => {
      await workbench().treeRow('Ship the refunds service redesign to all markets by 31 December', 'Goals').locator('.label-name').hover();
      await hover.waitFor();
    });
    const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
    for (const line of ['Short-term goal · active', 'Stretch: under 10 seconds', 'Pillar: technical', 'Priority score: 83/100']) {
      assert.ok(text.includes(line), `"${line}" is missing from the tooltip:\n${text}`);
    }
    // The pointer leaves for the empty editor area, as a person moves on; the tooltip goes.
    await workbench().page.mouse.move(1100, 700, { steps: 10 });
    await workbench().page.mouse.click(1100, 700);
    await hover.waitFor({ state: 'hidden' });
  });

  it('reorders milestones when one is dragged onto another', async () => {
    const milestones = [
      'Design document approved by the platform review',
      'Prototype refunds one market end to end',
      'Load test at three times peak traffic',
      'Roll out to every market behind a flag',
    ];
    await workbench().step('drag the roll-out onto the load test', async () => {
      await workbench().treeRow(milestones[3]!, 'Goals').dragTo(workbench().treeRow(milestones[2]!, 'Goals'));
      await workbench().page.waitForFunction(
        ([first, second]) => {
          const labels = [...document.querySelectorAll('.part.sidebar .monaco-list-row .label-name')].map((label) => label.textContent);
          return labels.indexOf(first!) >= 0 && labels.indexOf(first!) < labels.indexOf(second!);
        },
        [milestones[3], milestones[2]],
      );
    });
    const ids = [
      ...workbench()
        .readFile('growth/goals/refunds-redesign.md')
        .matchAll(/^ {2}- id: (.+)$/gm),
    ].map((match) => match[1]);
    assert.deepEqual(ids, ['design-doc', 'prototype', 'rollout', 'load-test']);
  });

  it('asks before deleting the selected row with the Delete key, and keeps the file when told no', async () => {
    const dialog = workbench().page.locator('.monaco-dialog-box', { hasText: 'Delete growth/goals/get-better-at-frontend.md?' });
    await workbench().step('press Delete on a goal', async () => {
      await workbench().treeRow('Get better at frontend', 'Goals').click();
      await workbench().treeRow('Get better at frontend', 'Goals').focus();
      await workbench().page.keyboard.press('Delete');
      await dialog.waitFor();
    });
    await workbench().page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.match(workbench().readFile('growth/goals/get-better-at-frontend.md'), /^title: Get better at frontend/m);
  });

  it('lists the history by month, newest first', async () => {
    await workbench().step('open the history', async () => {
      await workbench().view('History').locator('.pane-header').click();
      await workbench().treeRow('November 2026', 'History').waitFor();
    });
    const labels = await workbench().treeLabels('History');
    // The forms' tests may have saved an assessment dated today, a month past the demo's last.
    const months = labels.filter((label) => /^[A-Z][a-z]+ \d{4}$/.test(label)).map((label) => Date.parse(`1 ${label}`));
    assert.ok(months.length >= 2 && months.every((month, position) => position === 0 || month < months[position - 1]!), labels.join(' | '));
  });
});

describe('the status-bar nudge', () => {
  const workbench = useWorkbench();

  it('shows the most urgent reminder of the demo plan, with everything pending in its tooltip', async () => {
    // Which reminder is most urgent depends on the day the test runs; every nudge names itself.
    // The nudge's own item: a progress message while the plan is read names DevGrowth too.
    const nudge = workbench().page.locator(
      '#workbench\\.parts\\.statusbar .statusbar-item[id$="devgrowth.nudge"] [aria-label^="DevGrowth:"]',
    );
    await workbench().step('the nudge in the status bar', async () => {
      await nudge.first().waitFor();
    });
    await workbench().step('hover the nudge', async () => {
      // The tooltip lists what is pending and offers what can be done about the first thing.
      const tooltip = workbench().page.locator('.monaco-hover', { hasText: 'All reminders' }).filter({ hasText: 'Snooze' });
      // The status bar may still be laying its items out (a neighbour's tooltip then opens):
      // move away and come back, as a person would.
      for (let attempt = 1; ; attempt++) {
        await nudge.first().hover();
        try {
          await tooltip.waitFor({ timeout: attempt < 3 ? 5_000 : 15_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          await workbench().page.mouse.move(700, 400);
        }
      }
    });
  });
});
