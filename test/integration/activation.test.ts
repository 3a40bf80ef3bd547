import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';

const extensionId = `${manifest.publisher}.${manifest.name}`;

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
}

describe('activation', () => {
  it('runs inside VS Code 1.139', () => {
    assert.match(vscode.version, /^1\.139\./);
  });

  it('finds the extension under development', () => {
    assert.ok(vscode.extensions.getExtension(extensionId), `${extensionId} is not loaded`);
  });

  it('activates by itself in a workspace with a growth folder', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    assert.ok(await waitFor(() => extension.isActive, 10_000), 'the extension did not activate within 10 s');
  });
});
