import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GrowthIndex } from '../../src/core/growthIndex';
import { devGrowth, scratchFolder, waitFor, writeText } from './helpers';

const FILES = 1500;
const evidence = (n: number, title: string) =>
  `---\nkind: evidence\nschema: 1\ndate: 2026-10-${String((n % 28) + 1).padStart(2, '0')}\ntitle: ${title} ${n}\n---\n`;

/** Writes many files at once, as a git checkout or a sync tool does. */
async function writeAll(uris: readonly vscode.Uri[], text: (n: number) => string): Promise<void> {
  for (let start = 0; start < uris.length; start += 100) {
    await Promise.all(uris.slice(start, start + 100).map((uri, offset) => writeText(uri, text(start + offset))));
  }
}

describe('a burst of file events', () => {
  const scratch = scratchFolder('burst');
  after(() => scratch.cleanUp());

  it('ends with the plan a full read would give, in a few batched updates rather than one per file', async function () {
    this.timeout(180_000);
    const api = await devGrowth();
    const uris = Array.from({ length: FILES }, (_, n) => scratch.uri(`e-${n}.md`));
    const root = api.workspace.rootFor(uris[0]!)!;
    let updates = 0;
    const listener = api.workspace.onDidChange(() => updates++);
    try {
      await writeAll(uris, (n) => evidence(n, 'Shipped'));
      await waitFor(
        'every new file in the plan',
        () => root.index.evidence().filter((entry) => entry.data.title.startsWith('Shipped')).length === FILES,
        120_000,
      );
      // A checkout that rewrites them all, and breaks a few.
      await writeAll(uris, (n) => (n % 100 === 0 ? '---\nkind: evidence\ntitle: [broken\n---\n' : evidence(n, 'Rewritten')));
      await waitFor(
        'every rewrite in the plan',
        () => root.index.evidence().filter((entry) => entry.data.title.startsWith('Rewritten')).length === FILES - FILES / 100,
        120_000,
      );
    } finally {
      listener.dispose();
    }
    const rebuilt = new GrowthIndex();
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(root.uri, '**/*.md'));
    for (const file of files) rebuilt.set(file.toString(), new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    const summary = (index: GrowthIndex) =>
      [...index.files()]
        .map(
          (file) =>
            `${file.path} ${file.record?.kind ?? 'invalid'} ${JSON.stringify(file.record?.data ?? file.problems.map((problem) => problem.code))}`,
        )
        .sort();
    assert.deepEqual(summary(root.index), summary(rebuilt));
    assert.ok(updates < FILES / 10, `${updates} updates for ${2 * FILES} file writes: events are not batched`);
  });
});
