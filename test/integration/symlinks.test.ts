import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { devGrowth, forget, growthUri, readText, waitFor } from './helpers';

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

  it('writes nothing through a linked folder or onto a linked file inside the growth folder', async () => {
    const api = await devGrowth();
    const privateBefore = fs.readFileSync(path.join(outside, 'private.md'), 'utf8');
    // New Goal and Log Evidence create their files this way.
    await assert.rejects(
      api.files.create(vscode.Uri.joinPath(growthUri('linked-folder'), 'goals', 'new-goal.md'), secret('Written through a link')),
      /linked-folder is a symbolic link/,
    );
    await assert.rejects(
      api.files.create(vscode.Uri.joinPath(growthUri('linked-folder'), 'evidence.md'), secret('Evidence through a link')),
      /symbolic link/,
    );
    await assert.rejects(
      api.files.edit(growthUri('linked-goal.md'), [{ op: 'set', path: ['status'], value: 'done' }]),
      /linked-goal\.md is a symbolic link/,
    );
    await assert.rejects(api.files.delete(growthUri('linked-goal.md')), /symbolic link/);
    assert.deepEqual(fs.readdirSync(path.join(outside, 'goals')), ['other.md'], 'nothing was written outside');
    assert.ok(!fs.existsSync(path.join(outside, 'evidence.md')));
    assert.equal(fs.readFileSync(path.join(outside, 'private.md'), 'utf8'), privateBefore);
    assert.ok(fs.lstatSync(links[1]!).isSymbolicLink(), 'the link is still there');
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

/**
 * The growth folder itself, or a folder above it named in `devgrowth.folder`, may be a link too:
 * then nothing of the plan is read, and nothing is written there.
 */
describe('a growth folder reached through a symbolic link', () => {
  const workspace = () => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'devgrowth-elsewhere-'));
  const made: string[] = [];
  const config = () => vscode.workspace.getConfiguration('devgrowth', vscode.workspace.workspaceFolders![0]);

  before(() => {
    fs.mkdirSync(path.join(outside, 'plan', 'goals'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'plan', 'goals', 'elsewhere.md'), secret('A plan outside the workspace'));
  });

  after(async () => {
    await config().update('folder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    for (const link of made) fs.rmSync(link, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    const api = await devGrowth();
    await api.workspace.reload();
  });

  /** Points devgrowth.folder at `folder` and waits for the plan to be read again. */
  async function useFolder(folder: string): Promise<Awaited<ReturnType<typeof devGrowth>>> {
    const api = await devGrowth();
    await config().update('folder', folder, vscode.ConfigurationTarget.WorkspaceFolder);
    await waitFor('the plan read from the new folder', () => api.workspace.roots()[0]?.uri.path.endsWith(`/${folder}`), 30_000);
    await api.workspace.whenLoaded();
    return api;
  }

  const titles = (api: Awaited<ReturnType<typeof devGrowth>>) =>
    api.workspace.roots().flatMap((root) => [...root.index.files()].map((file) => file.title));

  for (const [name, setting, link, target] of [
    ['the growth folder itself', 'linked-growth', 'linked-growth', 'plan'],
    ['a parent folder named in devgrowth.folder', 'linked-parent/plan', 'linked-parent', '.'],
  ] as const) {
    it(`reads nothing and writes nothing when ${name} is a link`, async () => {
      const linkPath = path.join(workspace(), link);
      made.push(linkPath);
      fs.symlinkSync(path.join(outside, target), linkPath, 'dir');
      const api = await useFolder(setting);
      assert.deepEqual(titles(api), [], 'nothing of the linked plan is read');
      const root = api.workspace.roots()[0]!;
      await assert.rejects(
        api.files.create(vscode.Uri.joinPath(root.uri, 'goals', 'new-goal.md'), secret('Written through a link')),
        new RegExp(`${link} is a symbolic link`),
      );
      await assert.rejects(
        api.files.edit(vscode.Uri.joinPath(root.uri, 'goals', 'elsewhere.md'), [{ op: 'set', path: ['status'], value: 'done' }]),
        /symbolic link/,
      );
      assert.deepEqual(fs.readdirSync(path.join(outside, 'plan', 'goals')), ['elsewhere.md']);
      assert.equal(
        await readText(vscode.Uri.file(path.join(outside, 'plan', 'goals', 'elsewhere.md'))),
        secret('A plan outside the workspace'),
      );
    });
  }

  it('still reads and writes a real growth folder named in devgrowth.folder', async () => {
    const real = path.join(workspace(), 'real-plan');
    made.push(real);
    fs.mkdirSync(path.join(real, 'goals'), { recursive: true });
    fs.writeFileSync(path.join(real, 'goals', 'here.md'), secret('A plan inside the workspace'));
    const api = await useFolder('real-plan');
    await waitFor('the real plan', () => titles(api).includes('A plan inside the workspace'), 30_000);
    await api.files.create(
      vscode.Uri.joinPath(api.workspace.roots()[0]!.uri, 'evidence', 'shipped.md'),
      '---\nkind: evidence\nschema: 1\ndate: 2026-11-20\ntitle: Shipped\n---\n',
    );
    assert.ok(fs.existsSync(path.join(real, 'evidence', 'shipped.md')));
  });
});
