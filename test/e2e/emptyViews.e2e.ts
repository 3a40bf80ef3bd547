import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useWorkbench } from './fixture';

describe('the sidebar before a plan exists', () => {
  let settings = '';
  // Point DevGrowth at a folder with no plan in it, as a new user's workspace has.
  const workbench = useWorkbench({
    beforeOpen(workspace) {
      const settingsFile = path.join(workspace, '.vscode/settings.json');
      settings = fs.readFileSync(settingsFile, 'utf8');
      fs.writeFileSync(settingsFile, JSON.stringify({ ...(JSON.parse(settings) as object), 'devgrowth.folder': 'no-plan-yet' }, null, 2));
    },
  });

  after(() => {
    fs.writeFileSync(workbench().file('.vscode/settings.json'), settings);
  });

  it('says in every view what will show there, and offers the plan and the walkthrough', async () => {
    await workbench().openViewContainer('DevGrowth');
    const goals = workbench().view('Goals');
    await goals.getByRole('button', { name: 'Start a Growth Plan' }).waitFor();
    await goals.getByRole('button', { name: 'Open the Walkthrough' }).waitFor();
    const history = workbench().view('History');
    if ((await history.locator('.pane-header').getAttribute('aria-expanded')) !== 'true') await history.locator('.pane-header').click();
    await workbench().step('the empty Goals, Reminders and History views', async () => {
      await workbench()
        .view('Reminders')
        .getByText(/Once you have a growth plan, reviews, mentor check-ins/)
        .waitFor();
      await history.getByText(/Once you have a growth plan, the assessments, reviews/).waitFor();
    });
    const startInReminders = workbench().view('Reminders').getByRole('button', { name: 'Start a Growth Plan' });
    await startInReminders.waitFor();
    assert.equal(await startInReminders.count(), 1);
    await workbench().step('the walkthrough, opened from the Goals view', async () => {
      await goals.getByRole('button', { name: 'Open the Walkthrough' }).click();
      await workbench().page.getByText('Get Unstuck and Grow', { exact: true }).first().waitFor();
    });
  });
});
