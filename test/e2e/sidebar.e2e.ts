import assert from 'node:assert/strict';
import { useWorkbench } from './fixture';

describe('the DevGrowth sidebar', () => {
  const workbench = useWorkbench();

  it('shows the north star and the long-term goals of the demo plan', async () => {
    const labels = await workbench().step('open the DevGrowth sidebar', async () => {
      await workbench().openViewContainer('DevGrowth');
      await workbench().resizeSideBar(620);
      await workbench().treeRow('Lead the architecture of two payment services used by every product team', 'Goals').waitFor();
      return workbench().treeLabels('Goals');
    });
    assert.equal(labels[0], 'Be the engineer product teams trust to design and run our payment systems.');
    assert.ok(labels.includes('Help three engineers reach their next level'), labels.join(' | '));
    assert.ok(labels.includes('Goals without a long-term goal'), labels.join(' | '));
    assert.ok(labels.includes('Files with problems'), labels.join(' | '));
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
      await workbench().treeRow('Get better at frontend', 'Goals').click();
      await workbench().editorTab('get-better-at-frontend.md').waitFor();
    });
  });
});

describe('the status-bar nudge', () => {
  const workbench = useWorkbench();

  it('shows the most urgent reminder of the demo plan, with everything pending in its tooltip', async () => {
    // Which reminder is most urgent depends on the day the test runs; every nudge names itself.
    const nudge = workbench().page.locator('#workbench\\.parts\\.statusbar .statusbar-item [aria-label^="DevGrowth:"]');
    await workbench().step('the nudge in the status bar', async () => {
      await nudge.first().waitFor();
    });
    await workbench().step('hover the nudge', async () => {
      await nudge.first().hover();
      await workbench().page.locator('.monaco-hover', { hasText: 'DevGrowth: what is pending' }).waitFor();
    });
  });
});
