import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { IndexCacheStore } from '../../src/workspace/indexCacheStore';
import { devGrowth, forget, growthUri, readText, waitFor, writeText } from './helpers';

/** The cache of what was read speeds up the next start; it is never the source of truth. */
describe('the index cache', () => {
  const profile = growthUri('profile.md');
  let original: string;

  before(async () => {
    original = await readText(profile);
  });

  after(async () => {
    await writeText(profile, original);
    await (await devGrowth()).workspace.reload();
  });

  it('takes unchanged files from the cache on the next start, and reads a changed one again', async () => {
    const api = await devGrowth();
    // The cache is written after a load, off the critical path: load until a start uses it.
    await waitFor(
      'a start from the cache',
      async () => {
        await api.workspace.reload();
        return api.workspace.lastLoad.fromCache === api.workspace.lastLoad.files;
      },
      30_000,
    );
    const { files } = api.workspace.lastLoad;
    await writeText(profile, original.replace(/statement: .*/, 'statement: A north star changed while DevGrowth was closed.'));
    await api.workspace.reload();
    assert.equal(api.workspace.lastLoad.fromCache, files - 1, 'the changed file, and only it, is read again');
    const root = api.workspace.roots()[0]!;
    assert.equal(root.index.profile()?.data.northStar.statement, 'A north star changed while DevGrowth was closed.');
  });

  it('replaces the cache whole, one write after another, leaving no partial file behind', async () => {
    const api = await devGrowth();
    const root = api.workspace.roots()[0]!;
    const storage = vscode.Uri.joinPath(root.folder.uri, '.cache-store-test');
    const store = new IndexCacheStore(storage, 'cache-store-test');
    const files = [...root.index.files()];
    assert.ok(files.length > 3, 'the demo plan has files to cache');
    try {
      // Each write holds one more file than the one before; they are started without waiting,
      // as the workspace does: the last started is what the cache must hold.
      const writes = files.map((_, count) =>
        store.write(
          root.uri,
          files.slice(0, count + 1).map((file) => [file.path, { stamp: { size: count, mtime: count }, file }] as const),
        ),
      );
      await Promise.all(writes);
      const names = (await vscode.workspace.fs.readDirectory(storage)).map(([name]) => name);
      assert.equal(names.length, 1, `one cache file, nothing else: ${names.join(', ')}`);
      const cached = await store.read(root.uri);
      const entries = new Map(cached.first);
      for (const part of cached.rest) for (const [path, entry] of part()) entries.set(path, entry);
      assert.deepEqual([...entries.keys()].sort(), files.map((file) => file.path).sort());
    } finally {
      await forget([storage]);
    }
  });

  it('reads nothing while activating: the plan is read once activate has returned', async () => {
    const api = await devGrowth();
    await waitFor('the reading to start', () => api.timings.readingStartedMs !== undefined);
    assert.ok(api.timings.readingStartedMs! >= api.timings.activateMs, JSON.stringify(api.timings));
  });

  it('reports how long starting took', async () => {
    const api = await devGrowth();
    assert.ok(api.timings.activateMs > 0);
    await waitFor('the plan read', () => api.timings.planReadMs !== undefined);
    assert.ok(api.timings.planShownMs !== undefined && api.timings.planShownMs <= api.timings.planReadMs!, JSON.stringify(api.timings));
  });
});
