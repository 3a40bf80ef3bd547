import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useWorkbench } from './fixture';

describe('suggested evidence from git', () => {
  let workspace = '';
  const settingsFile = () => path.join(workspace, '.vscode/settings.json');
  let settingsBefore = '';
  let profileBefore = '';

  // Work happens in a repository of its own, as it usually does, named in the workspace's settings.
  const workbench = useWorkbench({
    beforeOpen(folderOfWorkspace) {
      workspace = folderOfWorkspace;
      createRepository(path.join(workspace, 'repos/payments'));
      settingsBefore = fs.readFileSync(settingsFile(), 'utf8');
      const settings = JSON.parse(settingsBefore) as Record<string, unknown>;
      fs.writeFileSync(settingsFile(), JSON.stringify({ ...settings, 'devgrowth.gitEvidence.repositories': ['repos/payments'] }, null, 2));
      profileBefore = fs.readFileSync(path.join(workspace, 'growth/profile.md'), 'utf8');
    },
  });

  function createRepository(folder: string): void {
    fs.mkdirSync(folder, { recursive: true });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const git = (args: string[], when = daysAgo(1), who = 'Sam Rivera <sam@example.com>') => {
      const [, name, email] = /^(.*) <(.*)>$/.exec(who)!;
      execFileSync('git', ['-c', `user.name=${name}`, '-c', `user.email=${email}`, ...args], {
        cwd: folder,
        env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
      });
    };
    const commit = (file: string, subject: string, when: string, who?: string) => {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), `// ${subject}\n`.repeat(12));
      git(['add', '-A'], when, who);
      git(['commit', '-q', '-m', subject], when, who);
    };
    git(['init', '-q', '-b', 'main']);
    git(['config', 'user.email', 'sam@example.com']);
    commit('src/app.ts', 'Set up the payments service', daysAgo(20));
    commit('src/currency.ts', 'Add the currency table', daysAgo(12), 'Priya Nair <priya@example.com>');
    git(['checkout', '-q', '-b', 'feature/PAY-42-partial-refunds']);
    commit('src/refunds/partial.ts', 'Add partial refunds', daysAgo(6));
    commit('src/refunds/partial.test.ts', 'Test a refund larger than the payment', daysAgo(5));
    git(['checkout', '-q', 'main']);
    commit('src/payouts/retry.ts', 'fix(payouts): retry a failed payout once', daysAgo(3));
  }

  after(() => {
    fs.writeFileSync(settingsFile(), settingsBefore);
    fs.writeFileSync(workbench().file('growth/profile.md'), profileBefore);
    fs.rmSync(workbench().file('repos'), { recursive: true, force: true });
  });

  it('groups your own commits into pieces of work in History, and forgets one answered "Not Evidence"', async () => {
    await workbench().openViewContainer('DevGrowth');
    await workbench().treeRow('Lead the architecture of two payment services used by every product team', 'Goals').waitFor();
    await workbench().step('your commits of the last 90 days, as suggested evidence', async () => {
      await workbench().runCommandAndPick('DevGrowth: Suggest Evidence from Git', ['The last 90 days']);
      await workbench().treeRow('Suggested evidence', 'History').waitFor();
      // The ticket in the branch makes its two commits one piece, titled by the latest.
      await workbench().treeRow('Test a refund larger than the payment', 'History').waitFor();
      await workbench().treeRow('Retry a failed payout once', 'History').waitFor();
      await workbench().treeRow('Set up the payments service', 'History').waitFor();
    });
    assert.equal(await workbench().treeRow('Add the currency table', 'History').count(), 0, 'a colleague’s commit is not yours');
    const refunds = workbench().treeRow('Test a refund larger than the payment', 'History');
    assert.match(await refunds.innerText(), /2 commits/);
    await workbench().step('answered "Not Evidence", it is gone and the profile says so', async () => {
      const payouts = workbench().treeRow('Retry a failed payout once', 'History');
      await payouts.hover();
      await payouts.locator('.action-label[aria-label="Not Evidence"]').click();
      await payouts.waitFor({ state: 'detached' });
    });
    assert.match(workbench().readFile('growth/profile.md'), /\ndismissedGitEvidence:\n {2}git-[0-9a-f]{16}: \d{4}-\d{2}-\d{2}\n/);
  });
});
