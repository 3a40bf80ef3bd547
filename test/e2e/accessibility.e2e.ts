import assert from 'node:assert/strict';
import { accessibilityViolations } from './axe';
import { useWorkbench } from './fixture';

/** Every webview form, by the command that opens it (and the picks it asks for) and the heading it shows. */
const FORMS = [
  { command: 'DevGrowth: Assess: Where Am I Stuck?', heading: 'Where Are You Stuck?' },
  { command: 'DevGrowth: Assess: Strengths, Weaknesses and Opportunities', heading: 'Self-Assessment' },
  { command: 'DevGrowth: Assess: Career Stage and Pillars', heading: 'Career Stage and Pillars' },
  { command: 'DevGrowth: Assess: Promotion Readiness', heading: 'Promotion Readiness' },
  { command: 'DevGrowth: Score Options by Priority', heading: 'Set Priorities' },
  { command: 'DevGrowth: Start a Review', heading: 'Growth Review' },
  { command: 'DevGrowth: Log a Mentor Check-in', heading: 'Mentor Check-in' },
  { command: 'DevGrowth: Plan a Break with Notes', heading: 'Plan a Break' },
  { command: 'DevGrowth: Rate Milestone Growth (Rubric)…', heading: 'Rate a Milestone', picks: ['Ship the refunds service redesign', 'Load test at three times peak traffic'] },
];

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
        for (const violation of violations) found.push(`${name}: ${violation.id} (${violation.impact}) ${violation.help}\n    ${violation.nodes.join('\n    ')}`);
      };
      for (const { command, heading, picks } of FORMS) {
        const form = workbench().webview();
        if (picks) await workbench().runCommandAndPick(command, picks);
        else await workbench().runCommand(command);
        await form.getByRole('heading', { name: heading, exact: true }).waitFor();
        await check(heading);
        // After a Save with answers missing, the errors show: they are checked too.
        await form.getByRole('button', { name: 'Save' }).click();
        await form.locator('.error, .form-errors li, .save-status').first().waitFor();
        await check(`${heading}, after Save`);
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
