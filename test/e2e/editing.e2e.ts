import assert from 'node:assert/strict';
import { useWorkbench } from './fixture';

describe('editing a growth file by hand', () => {
  const workbench = useWorkbench();

  it('shows progress above the milestones, completes a status and explains an id on hover', async () => {
    const page = workbench().page;
    const editor = page.locator('.monaco-editor').filter({ visible: true }).first();
    await workbench().openViewContainer('DevGrowth');
    await workbench().resizeSideBar(620);
    await workbench().treeRow('Lead the architecture of two payment services used by every product team', 'Goals').waitFor();
    await workbench().expandTreeRow('Lead the architecture of two payment services used by every product team', 'Goals');
    await workbench().openTreeRow('Ship the refunds service redesign to all markets by 31 December', 'refunds-redesign.md', 'Goals');
    await workbench().step('the milestones carry their progress and actions', async () => {
      await editor.locator('.codelens-decoration', { hasText: 'milestones done' }).waitFor();
      await editor.locator('.codelens-decoration', { hasText: 'Rate' }).first().waitFor();
    });
    await workbench().step('the status of a goal is completed from its vocabulary', async () => {
      await editor
        .locator('.view-line', { hasText: /^status:\s+active\s*$/ })
        .first()
        .click();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+Shift+ArrowLeft');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Control+Space');
      const suggestions = page.locator('.suggest-widget');
      await suggestions.locator('.monaco-list-row', { hasText: 'paused' }).waitFor();
      await suggestions.locator('.monaco-list-row', { hasText: 'dropped' }).waitFor();
    });
    // Take "active" back and save: the web workbench saves edits on its own after a moment, and
    // later suites read this goal, so it must end as it began.
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'active' }).first().click();
    await editor
      .locator('.view-line', { hasText: /^status:\s+active\s*$/ })
      .first()
      .waitFor();
    await page.keyboard.press('Control+S');
    await workbench().editorTab('refunds-redesign.md').waitFor();
    for (let tries = 0; !/^status: active$/m.test(workbench().readFile('growth/goals/refunds-redesign.md')); tries++) {
      assert.ok(tries < 50, 'the goal file is saved with status: active');
      await page.waitForTimeout(100);
    }
    await workbench().step('hovering over a parent id shows that goal', async () => {
      const parent = editor.locator('.view-line span', { hasText: 'payments-architect' }).first();
      await parent.hover();
      await page
        .locator('.monaco-hover', { hasText: 'milestones done' })
        .or(page.locator('.monaco-hover', { hasText: 'active' }))
        .first()
        .waitFor();
    });
  });
});
