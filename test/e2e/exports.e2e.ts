import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useWorkbench } from './fixture';

describe('the brag document', () => {
  const workbench = useWorkbench();

  it('is saved in the plan’s exports folder, headed with the name, counting each pillar', async () => {
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Lead the architecture of two payment services used by every product team', 'Goals').waitFor();
    await workbench().step('the brag document for the last 12 months', async () => {
      await workbench().runCommandAndPick('DevGrowth: Export Brag Document', ['Last 12 months', 'Markdown']);
      await workbench().page.locator('.tabs-container .tab[aria-label^="brag-"]').waitFor();
    });
    const saved = fs.readdirSync(workbench().file('growth/exports'));
    assert.equal(saved.length, 1, saved.join(', '));
    const text = workbench().readFile(`growth/exports/${saved[0]}`);
    assert.match(text, /^# Sam Rivera: Achievements from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\n/);
    assert.doesNotMatch(text, /\| Technical \| 0 \|\n\| Relationships \| 0 \|\n\| Influence \| 0 \|/);
    await workbench().step('the brag document as a preview', async () => {
      await workbench().runCommand('Markdown: Open Preview');
      await workbench()
        .webview()
        .getByRole('heading', { name: /Sam Rivera: Achievements from/ })
        .waitFor();
    });
    await workbench().runCommand('View: Close All Editors');
    fs.rmSync(workbench().file('growth/exports'), { recursive: true });
  });
});
