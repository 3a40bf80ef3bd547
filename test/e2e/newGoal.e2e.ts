import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useWorkbench } from './fixture';

describe('creating a goal through the quick input', () => {
  const workbench = useWorkbench();

  it('asks everything S.M.A.R.T. needs, keeps a draft on Escape, resumes it, and writes a goal with no problem', async () => {
    const page = workbench().page;
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10); // always ahead, within a short-term goal's year
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input');
    /** A step by what it shows: its prompt, a choice, or the question in its empty input. */
    const showing = (shown: string) =>
      widget
        .filter({ hasText: shown })
        .or(widget.locator(`input[placeholder*=${JSON.stringify(shown)}]`))
        .first();
    /** Waits for a step by what it shows, then answers it; an empty answer takes the highlighted choice. */
    const answer = async (shown: string, text: string) => {
      await showing(shown).waitFor();
      await input.fill(text);
      await page.keyboard.press('Enter');
    };
    const palette = async (command: string) => {
      await page.keyboard.press('F1');
      await input.fill(`>${command}`);
      await widget.locator('.monaco-list-row', { hasText: command }).first().waitFor();
      await page.keyboard.press('Enter');
    };
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Help three engineers reach their next level', 'Goals').waitFor();
    await palette('DevGrowth: New Goal');
    await workbench().step('the ways out of the rut are offered', async () => {
      await widget.filter({ hasText: 'Write my own' }).waitFor();
      await widget.locator('.monaco-list-row', { hasText: 'Give a brown-bag talk for people outside engineering' }).waitFor();
    });
    await answer('Write my own', 'outside engineering');
    await answer('weeks to months', '');
    await workbench().step('a vague title is flagged', async () => {
      await widget.filter({ hasText: 'New Goal (3/13)' }).waitFor();
      assert.equal(await input.inputValue(), 'Give a brown-bag talk for people outside engineering');
      await input.fill('Get better at testing');
      await widget.filter({ hasText: 'is vague' }).waitFor();
    });
    await input.fill('Cut the flaky end-to-end tests to zero by 31 January');
    await page.keyboard.press('Enter');
    await answer('what will you measure', 'flaky tests in the nightly run');
    await workbench().step('Escape keeps the draft and offers to resume', async () => {
      await widget.filter({ hasText: 'what target means done' }).waitFor();
      await page.keyboard.press('Escape');
      // The notification list, not the toast: a toast may come and go before it is looked for.
      await palette('Notifications: Show Notifications');
      await page.locator('.notifications-center', { hasText: 'kept as a draft' }).waitFor();
    });
    await palette('Notifications: Hide Notifications');
    await palette('DevGrowth: Resume New Goal');
    await workbench().step('the restored draft, at the step it was left', async () => {
      await widget.filter({ hasText: 'New Goal (5/13)' }).waitFor();
    });
    await answer('what target means done', '0');
    await answer('Lead the architecture of two payment services', '');
    await answer('due date', due);
    await workbench().step('the hours a week beside the day job', async () => {
      await widget.filter({ hasText: 'hours a week' }).waitFor();
      await input.fill('14');
      await widget.filter({ hasText: 'is a lot' }).waitFor();
    });
    await input.fill('3');
    await page.keyboard.press('Enter');
    await answer('relationships', 'Technical');
    await workbench().step('the success marker is asked', async () => {
      await showing('What will success look like').waitFor();
      await widget.locator('.monaco-list-row', { hasText: 'Being the person others ask about a technology' }).waitFor();
    });
    await answer('What will success look like', 'Technical mastery');
    await answer('Which rut', '');
    await answer('harder target', '');
    await workbench().step('the goal is written and opened', async () => {
      await answer('earlier date', '');
      await workbench().editorTab('cut-the-flaky-end-to-end-tests-to-zero-by-31-january.md').waitFor();
    });
    const text = fs.readFileSync(workbench().file('growth/goals/cut-the-flaky-end-to-end-tests-to-zero-by-31-january.md'), 'utf8');
    assert.match(text, /^title: Cut the flaky end-to-end tests to zero by 31 January$/m);
    assert.match(text, /^ {2}metric: flaky tests in the nightly run$/m);
    assert.match(text, new RegExp(`^due: ${due}$`, 'm'));
    assert.match(text, /^successMarker: technical-mastery$/m);
    assert.match(text, /^hoursPerWeek: 3$/m);
    await workbench().step('the goal in the tree', async () => {
      await workbench().expandTreeRow('Lead the architecture of two payment services used by every product team', 'Goals');
      await workbench().treeRow('Cut the flaky end-to-end tests to zero by 31 January', 'Goals').waitFor();
    });
  });

  it('takes the focus from the walkthrough when one of its buttons starts New Goal, so what is typed answers the step', async () => {
    const page = workbench().page;
    const widget = page.locator('.quick-input-widget');
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Help three engineers reach their next level', 'Goals').waitFor();
    await workbench().runCommandAndPick('Welcome: Open Walkthrough...', ['Get Unstuck and Grow']);
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.getByRole('button', { name: /Set S\.M\.A\.R\.T\. goals/ }).click();
    await workbench().step('New Goal started from the walkthrough', async () => {
      await walkthrough.getByRole('button', { name: 'New Goal', exact: true }).click();
      await widget.filter({ hasText: 'Write my own' }).waitFor();
    });
    // The walkthrough focuses its page again a moment after its button ran the command; the
    // keys are pressed once that moment is past, as a person reading the step would.
    await page.waitForTimeout(1_000);
    await page.keyboard.type('outside engineering');
    await page.keyboard.press('Enter');
    await workbench().step('the typed answer taken, the next step asked', async () => {
      await widget.filter({ hasText: 'weeks to months' }).waitFor();
    });
    await page.keyboard.press('Escape');
  });

  it('Start a Growth Plan run again says the plan exists before asking anything', async () => {
    const widget = workbench().page.locator('.quick-input-widget');
    // The walkthrough of the test before can still be drawing: it takes the focus, which closes a quick pick.
    await workbench().runCommand('View: Close All Editors');
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Help three engineers reach their next level', 'Goals').waitFor();
    await workbench().page.keyboard.press('F1');
    await widget.locator('input').fill('>DevGrowth: Start a Growth Plan');
    await widget.locator('.monaco-list-row', { hasText: 'DevGrowth: Start a Growth Plan' }).first().waitFor();
    await workbench().page.keyboard.press('Enter');
    await workbench().step('the plan exists prompt', async () => {
      await widget.locator('input[placeholder^="You have a growth plan here already"]').waitFor();
      await widget.locator('.monaco-list-row', { hasText: 'Update my answers' }).waitFor();
      await widget.locator('.monaco-list-row', { hasText: 'Open the profile' }).waitFor();
    });
    await workbench().page.keyboard.press('Escape');
  });
});
