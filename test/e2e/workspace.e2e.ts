import assert from 'node:assert/strict';
import { useWorkbench } from './fixture';

describe('the workspace window', () => {
  const workbench = useWorkbench();

  it('opens the workspace with its growth folder in the explorer', async () => {
    await workbench().step('workspace opened', async () => {
      await workbench().treeRow('growth').waitFor();
    });
    assert.match(await workbench().page.title(), /\[Extension Development Host\]/);
  });
});
