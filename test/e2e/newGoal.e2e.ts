import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useWorkbench } from './fixture';

describe('creating a goal through the quick input', () => {
  const workbench = useWorkbench();

  it('flags a vague title while typing, then writes the goal to disk and shows it in the tree', async () => {
    const page = workbench().page;
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10); // always ahead, within a short-term goal's year
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input');
    /** Waits for a step by text it shows (a prompt or a choice), then answers it; an empty answer takes the highlighted choice. */
    const answer = async (shown: string, text: string) => {
      await widget.filter({ hasText: shown }).waitFor();
      await input.fill(text);
      await page.keyboard.press('Enter');
    };
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Help three engineers reach their next level', 'Goals').waitFor();
    await page.keyboard.press('F1');
    await input.fill('>DevGrowth: New Goal');
    await widget.locator('.monaco-list-row', { hasText: 'DevGrowth: New Goal' }).first().waitFor();
    await page.keyboard.press('Enter');
    await answer('weeks to months', '');
    await workbench().step('the ways out of the rut are offered', async () => {
      await widget.filter({ hasText: 'Write my own' }).waitFor();
      await widget.locator('.monaco-list-row', { hasText: 'Give a brown-bag talk for people outside engineering' }).waitFor();
    });
    await answer('Write my own', 'outside engineering');
    await workbench().step('a vague title is flagged', async () => {
      await widget.filter({ hasText: 'New Goal (3/10)' }).waitFor();
      assert.equal(await input.inputValue(), 'Give a brown-bag talk for people outside engineering');
      await input.fill('Get better at testing');
      await widget.filter({ hasText: 'is vague' }).waitFor();
    });
    await input.fill('Cut the flaky end-to-end tests to zero by 31 January');
    await page.keyboard.press('Enter');
    await answer('what will you measure', 'flaky tests in the nightly run');
    await answer('what target means done', '0');
    await answer('Lead the architecture of two payment services', '');
    await answer('due date', due);
    await answer('relationships', '');
    // The way out picked above brings its rut along, already highlighted.
    await answer('Not recognised', '');
    await workbench().step('the goal is written and opened', async () => {
      await answer('Stretch', '');
      await workbench().editorTab('cut-the-flaky-end-to-end-tests-to-zero-by-31-january.md').waitFor();
    });
    const text = fs.readFileSync(workbench().file('growth/goals/cut-the-flaky-end-to-end-tests-to-zero-by-31-january.md'), 'utf8');
    assert.match(text, /^title: Cut the flaky end-to-end tests to zero by 31 January$/m);
    assert.match(text, /^ {2}metric: flaky tests in the nightly run$/m);
    assert.match(text, new RegExp(`^due: ${due}$`, 'm'));
    assert.match(text, /^rut: not-recognised$/m);
    await workbench().step('the goal in the tree', async () => {
      await workbench().expandTreeRow('Lead the architecture of two payment services used by every product team', 'Goals');
      await workbench().treeRow('Cut the flaky end-to-end tests to zero by 31 January', 'Goals').waitFor();
    });
  });
});
