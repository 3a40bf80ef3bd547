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

  /** What axe finds in the webview showing now, one line per violation. */
  const violations = async (name: string): Promise<string[]> =>
    (await accessibilityViolations(await workbench().webviewFrame())).map(
      (violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help}\n    ${violation.nodes.join('\n    ')}`,
    );

  // One test per page and theme: each is a few seconds of work, far from any time limit on a
  // busy machine, and a failure names the page.
  for (const theme of THEMES) {
    describe(`in ${theme}`, () => {
      before(() => workbench().setColorTheme(theme));

      for (const { command, heading, picks, completeWhenOpened } of FORMS) {
        it(`finds no violation in ${heading}${completeWhenOpened ? '' : ', before and after a Save with answers missing'}`, async () => {
          const form = workbench().webview();
          if (picks) await workbench().runCommandAndPick(command, picks);
          else await workbench().runCommand(command);
          await form.getByRole('heading', { name: heading, exact: true }).waitFor();
          const found = await violations(heading);
          // After a Save with answers missing, the errors show: they are checked too. A form that
          // is complete as it opens is not saved: that would add a file to the plan later suites read.
          if (!completeWhenOpened) {
            await form.getByRole('button', { name: 'Save' }).click();
            await form.locator('.error, .form-errors li').filter({ visible: true }).first().waitFor();
            found.push(...(await violations(`${heading}, after Save`)));
          }
          await workbench().runCommand('View: Close Editor');
          assert.deepEqual(found, []);
        });
      }

      it('finds no violation in the dashboard', async () => {
        await workbench().step(`the dashboard in ${theme}`, async () => {
          await workbench().runCommand('DevGrowth: Show Growth Dashboard');
          await workbench().webview().getByRole('heading', { name: 'Where you stand' }).waitFor();
        });
        const found = await violations('Dashboard');
        await workbench().runCommand('View: Close Editor');
        assert.deepEqual(found, []);
      });
    });
  }
});
