import assert from 'node:assert/strict';
import { accessibilityViolations } from './axe';
import { useWorkbench } from './fixture';
import { FORMS } from './formList';

const THEMES = ['Light Modern', 'Dark Modern', 'Dark High Contrast', 'Light High Contrast'] as const;

describe('accessibility of the webviews (axe-core)', () => {
  const workbench = useWorkbench();

  before(async () => {
    // The palette offers DevGrowth's commands once the plan is read.
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Lead the architecture of two payment services used by every product team', 'Goals').waitFor();
  });

  for (const theme of THEMES) {
    it(`finds no violation in any form or the dashboard in ${theme}`, async () => {
      await workbench().setColorTheme(theme);
      const found: string[] = [];
      const check = async (name: string) => {
        const violations = await accessibilityViolations(await workbench().webviewFrame());
        for (const violation of violations)
          found.push(`${name}: ${violation.id} (${violation.impact}) ${violation.help}\n    ${violation.nodes.join('\n    ')}`);
      };
      for (const { command, heading, picks, completeWhenOpened } of FORMS) {
        const form = workbench().webview();
        if (picks) await workbench().runCommandAndPick(command, picks);
        else await workbench().runCommand(command);
        await form.getByRole('heading', { name: heading, exact: true }).waitFor();
        await check(heading);
        // After a Save with answers missing, the errors show: they are checked too. A form that
        // is complete as it opens is not saved: that would add a file to the plan later suites read.
        if (!completeWhenOpened) {
          await form.getByRole('button', { name: 'Save' }).click();
          await form.locator('.error, .form-errors li').filter({ visible: true }).first().waitFor();
          await check(`${heading}, after Save`);
        }
        await workbench().runCommand('View: Close Editor');
      }
      await workbench().step(`the dashboard in ${theme}`, async () => {
        await workbench().runCommand('DevGrowth: Show Growth Dashboard');
        await workbench().webview().getByRole('heading', { name: 'Where you stand' }).waitFor();
      });
      await check('Dashboard');
      await workbench().runCommand('View: Close Editor');
      assert.deepEqual(found, []);
    });
  }
});
