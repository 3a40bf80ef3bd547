import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useWorkbench } from './fixture';

describe('the growth dashboard', () => {
  const workbench = useWorkbench();

  for (const theme of ['Light Modern', 'Dark Modern'] as const) {
    it(`shows the demo plan as charts in ${theme}, each with a text alternative`, async () => {
      await workbench().openViewContainer('DevGrowth');
      await workbench().treeRow('Lead the architecture of two payment services used by every product team', 'Goals').waitFor();
      await workbench().setColorTheme(theme);
      const dashboard = workbench().webview();
      await workbench().step(`the dashboard in ${theme}`, async () => {
        await workbench().runCommand('DevGrowth: Show Growth Dashboard');
        await dashboard.getByRole('heading', { name: 'Goals on a timeline' }).waitFor();
      });
      // Charts are images to a screen reader, each named by what it shows.
      const pillars = dashboard.getByRole('img', { name: /stage assessments\. Latest on/ });
      await pillars.waitFor();
      assert.ok((await dashboard.getByRole('img').count()) >= 3);
      await dashboard.getByRole('button', { name: 'Ship the refunds service redesign to all markets by 31 December' }).waitFor();
      await workbench().step(`the rest of the dashboard in ${theme}`, async () => {
        await dashboard.getByRole('heading', { name: 'Evidence per goal' }).scrollIntoViewIfNeeded();
      });
      await workbench().runCommand('View: Close Editor');
    });
  }

  it('draws each goal toward its target with the projection at this pace, and a year of activity', async () => {
    await workbench().openViewContainer('DevGrowth');
    await workbench().setColorTheme('Dark Modern');
    const dashboard = workbench().webview();
    await workbench().runCommand('DevGrowth: Show Growth Dashboard');
    const refunds = dashboard.locator('.progress-card', { hasText: 'Ship the refunds service redesign to all markets by 31 December' });
    await workbench().step('progress toward each target', async () => {
      await dashboard.getByRole('heading', { name: 'Progress toward each target' }).scrollIntoViewIfNeeded();
      await refunds.waitFor();
      await refunds.scrollIntoViewIfNeeded();
    });
    // The demo's values fall from 26 hours to 14 by 19 November: at that pace, mid-January.
    assert.match(
      await refunds.locator('.pace').innerText(),
      /reach the target on 2027-01-16, 2 weeks after the due date|The due date, 2026-12-31, has passed/,
    );
    assert.ok(await refunds.getByRole('img', { name: /Ship the refunds service redesign/ }).isVisible());
    assert.ok(await refunds.getByRole('button', { name: 'Update Progress' }).isVisible());
    await workbench().step('a year of activity', async () => {
      await dashboard.getByRole('heading', { name: 'Activity over the year' }).scrollIntoViewIfNeeded();
      await dashboard.getByRole('img', { name: /things recorded from/ }).waitFor();
    });
    await workbench().runCommand('View: Close Editor');
  });

  it('shows markup in a goal title as text, never as HTML', async () => {
    const title = 'Ship <img src=x onerror="document.title=1"> safely by <b>March</b>';
    fs.writeFileSync(
      workbench().file('growth/goals/markup.md'),
      `---\nkind: goal\nschema: 1\ntitle: '${title}'\nhorizon: short\nstatus: active\ndue: 2027-03-31\n---\n`,
    );
    const dashboard = workbench().webview();
    await workbench().step('the goal on the timeline, by its title as written', async () => {
      await workbench().treeRow(title, 'Goals').waitFor();
      await workbench().runCommand('DevGrowth: Show Growth Dashboard');
      await dashboard.getByRole('button', { name: title, exact: true }).waitFor();
    });
    assert.equal(await dashboard.locator('main img, main b').count(), 0);
    await workbench().runCommand('View: Close Editor');
    fs.rmSync(workbench().file('growth/goals/markup.md'));
  });
});
