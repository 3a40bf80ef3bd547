import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useWorkbench } from './fixture';

/** A plan that is valid but larger than one webview message may carry still draws, and says what it shortened. */
describe('plans beyond what a webview message carries', () => {
  const workbench = useWorkbench();
  const title = `Ship the refunds redesign ${'and then some more '.repeat(1100)}by March`;
  const file = 'growth/goals/very-long-title.md';

  before(async () => {
    assert.ok(title.length > 20_000);
    fs.writeFileSync(
      workbench().file(file),
      `---\nkind: goal\nschema: 1\ntitle: ${title}\nhorizon: short\nstatus: active\ndue: 2027-03-31\n---\n`,
    );
    // The palette offers DevGrowth's commands once the plan is read.
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Lead the architecture of two payment services used by every product team', 'Goals').waitFor();
  });

  after(() => fs.rmSync(workbench().file(file), { force: true }));

  it('draws the review form with the long title shortened, and a note saying so', async () => {
    const form = workbench().webview();
    await workbench().step('the review form with a 20,000-character title shortened', async () => {
      await workbench().runCommand('DevGrowth: Start a Review');
      await form.getByRole('note').filter({ hasText: 'too long to show here in full' }).waitFor();
    });
    const row = form.getByRole('group', { name: /^Ship the refunds redesign and then some more/ });
    await row.scrollIntoViewIfNeeded();
    assert.match((await row.locator('legend').first().textContent()) ?? '', /…$/);
    await workbench().screenshot('review row of the shortened title');
    await workbench().runCommand('View: Close Editor');
  });

  it('draws the dashboard with the long title shortened, and a note saying so', async () => {
    const dashboard = workbench().webview();
    await workbench().step('the dashboard with a 20,000-character title shortened', async () => {
      await workbench().runCommand('DevGrowth: Show Growth Dashboard');
      await dashboard.getByRole('note').filter({ hasText: 'too long to show here in full' }).waitFor();
    });
    await workbench().runCommand('View: Close Editor');
  });
});
