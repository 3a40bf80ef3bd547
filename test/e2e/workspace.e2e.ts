import assert from 'node:assert/strict';
import { extensionSource, useWorkbench } from './fixture';

describe('the workspace window', () => {
  const workbench = useWorkbench();

  it('opens the workspace with its growth folder in the explorer', async () => {
    await workbench().step('workspace opened', async () => {
      await workbench().treeRow('growth').waitFor();
    });
    // Only a window that loads an extension from its folder says so in its title: an installed package's does not.
    const title = await workbench().page.title();
    if (extensionSource() === 'development') assert.match(title, /\[Extension Development Host\]/);
    else assert.doesNotMatch(title, /Extension Development Host/);
  });
});
