import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { devGrowth, forget, growthUri, waitFor } from './helpers';

const secret = (title: string) => `---\nkind: goal\nschema: 1\ntitle: ${title}\nhorizon: short\nstatus: active\n---\n`;

/**
 * Links in the growth folder that lead outside the workspace, or round in a loop, are never
 * followed: DevGrowth reads the user's growth folder and nothing else.
 */
describe('symbolic links', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'devgrowth-outside-'));
  const links = ['linked-folder', 'linked-goal.md', 'loop'].map((name) => growthUri(name).fsPath);

  before(() => {
    fs.writeFileSync(path.join(outside, 'private.md'), secret('Private goal outside the workspace'));
    fs.mkdirSync(path.join(outside, 'goals'));
    fs.writeFileSync(path.join(outside, 'goals', 'other.md'), secret('Goal in a linked folder'));
  });

  after(async () => {
    for (const link of links) fs.rmSync(link, { force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    await (await devGrowth()).workspace.reload();
  });

  const titles = async () => (await devGrowth()).workspace.roots().flatMap((root) => [...root.index.files()].map((file) => file.title));

  it('reads no file through a link when the plan is loaded, and does not loop', async () => {
    fs.symlinkSync(outside, links[0]!, 'dir');
    fs.symlinkSync(path.join(outside, 'private.md'), links[1]!, 'file');
    fs.symlinkSync(growthUri().fsPath, links[2]!, 'dir');
    const api = await devGrowth();
    await api.workspace.reload();
    const loaded = await titles();
    assert.ok(loaded.includes('Ship the refunds redesign by 31 December'), 'the plan itself is read');
    assert.ok(!loaded.includes('Private goal outside the workspace'), 'a linked file is not read');
    assert.ok(!loaded.includes('Goal in a linked folder'), 'a linked folder is not read');
    assert.equal(loaded.filter((title) => title === 'Ship the refunds redesign by 31 December').length, 1, 'the loop is not followed');
  });

  it('ignores a link that appears while the plan is open', async () => {
    const late = growthUri('late-link.md').fsPath;
    links.push(late);
    fs.symlinkSync(path.join(outside, 'private.md'), late, 'file');
    // A real file written alongside shows the watcher has looked since.
    const marker = growthUri('marker.md');
    await vscode.workspace.fs.writeFile(marker, new TextEncoder().encode(secret('Marker written after the link')));
    try {
      await waitFor('the marker in the plan', async () => (await titles()).includes('Marker written after the link'), 30_000);
      const api = await devGrowth();
      const leaked = api.workspace
        .roots()
        .flatMap((root) => [...root.index.files()].filter((file) => file.title.includes('outside the workspace')).map((file) => file.path));
      assert.deepEqual(leaked, []);
    } finally {
      await forget([marker]);
    }
  });
});
