import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { devGrowth, growthUri, readText, waitFor, writeText } from './helpers';
import { withMessages } from './quickInput';

describe('suggested evidence after a review', () => {
  let repository: string;
  const settings = () => vscode.workspace.getConfiguration('devgrowth.gitEvidence');

  before(async () => {
    // Work happens in a repository of its own, named in the setting, as it usually does.
    repository = mkdtempSync(path.join(tmpdir(), 'payments-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repository });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'sam@example.com');
    git('config', 'user.name', 'Sam Rivera');
    writeFileSync(path.join(repository, 'refunds.ts'), 'export const partialRefunds = true;\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'feat(refunds): add partial refunds');
    writeFileSync(path.join(repository, 'payouts.ts'), 'export const doublePayouts = false;\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'fix(payouts): stop double payouts');
    await settings().update('repositories', [repository], vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await settings().update('repositories', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('suggestAfterReview', undefined, vscode.ConfigurationTarget.Workspace);
    rmSync(repository, { recursive: true, force: true });
  });

  const review = (today: string) => `---\nkind: review\nschema: 1\ndate: ${today}\nonTrack: partly\n---\n`;

  it('says, once a review is saved, how much of the work since the one before could be evidence', async () => {
    const api = await devGrowth();
    const today = api.today();
    const uri = growthUri('reviews', `${today}-after-review.md`);
    let told: (message: { message: string; items: readonly string[] }) => void = () => undefined;
    const nudge = new Promise<{ message: string; items: readonly string[] }>((resolve) => (told = resolve));
    try {
      await withMessages(
        'showInformationMessage',
        (message, items) => {
          if (message.includes('could be evidence')) told({ message, items });
          return undefined;
        },
        async () => {
          await writeText(uri, review(today));
          const shown = await Promise.race([nudge, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 20_000))]);
          assert.ok(shown, 'no message after the review was saved');
          assert.match(shown.message, /^2 pieces of your work since \d{4}-\d{2}-\d{2} could be evidence for this review\.$/);
          assert.deepEqual(shown.items, ['Show Them']);
        },
      );
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
  });

  it('stays quiet when the setting says so', async () => {
    const api = await devGrowth();
    await settings().update('suggestAfterReview', false, vscode.ConfigurationTarget.Workspace);
    const uri = growthUri('reviews', `${api.today()}-quiet.md`);
    const { messages } = await withMessages(
      'showInformationMessage',
      () => undefined,
      async () => {
        await writeText(uri, review(api.today()));
        await waitFor('the review in the plan', () =>
          api.workspace
            .rootFor(uri)
            ?.index.reviews()
            .some((entry) => entry.path === uri.toString()),
        );
        // The scan, were it to run, reads one small repository: well within this.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      },
    );
    await vscode.workspace.fs.delete(uri, { useTrash: false });
    assert.deepEqual(
      messages.filter((shown) => shown.message.includes('could be evidence')),
      [],
    );
  });

  it('merges one suggestion with another through Merge with…, and keeps the merge in the profile', async () => {
    const api = await devGrowth();
    const history = api.sidebar.history;
    const suggested = async () => {
      const group = (await history.getChildren()).find((element) => element.type === 'suggested');
      return group ? history.getChildren(group) : [];
    };
    // The scan after the review in the test before left its suggestions for the window.
    const rows = await waitFor('two suggested pieces of work', async () => ((await suggested()).length === 2 ? suggested() : undefined));
    const profile = api.workspace.roots()[0]!.index.profile()!;
    const uri = vscode.Uri.parse(profile.path);
    const before = await readText(uri);
    const window = vscode.window as unknown as { showQuickPick: unknown };
    const original = window.showQuickPick;
    let offered: string[] = [];
    window.showQuickPick = async (items: readonly { label: string }[]) => {
      offered = items.map((item) => item.label);
      return items[0];
    };
    try {
      await vscode.commands.executeCommand('devgrowth.gitEvidence.merge', rows[0]);
      assert.equal(offered.length, 1, 'the other suggestion is offered, not the row itself');
      assert.match(await readText(uri), /\nmergedGitEvidence:\n {2}git-[0-9a-f]{16}: git-[0-9a-f]{16}\n/);
      const merged = await waitFor('one suggested piece of work', async () => {
        const now = await suggested();
        return now.length === 1 ? now : undefined;
      });
      const item = history.getTreeItem(merged[0]!);
      assert.match(String(item.description), /2 commits/);
    } finally {
      window.showQuickPick = original;
      await writeText(uri, before);
    }
  });
});
