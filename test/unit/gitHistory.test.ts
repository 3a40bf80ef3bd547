import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_TICKET_PATTERN, groupCommits } from '../../src/core/gitEvidence/grouping';
import { identities } from '../../src/core/gitEvidence/identity';
import { logArguments, parseLog } from '../../src/core/gitEvidence/log';
import { suggestionsFrom } from '../../src/core/gitEvidence/suggestion';
import { readHistory } from '../../src/gitEvidence/readHistory';
import { GitError } from '../../src/platform/gitRunner';
import { gitRunner } from '../../src/platform/nodeGit';
import { indexPlan } from './growthPlan';

describe('git on Node, as a scan runs it', () => {
  let folder: string;
  const uncaught: Error[] = [];
  const record = (error: Error) => uncaught.push(error);

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'devgrowth-git-'));
    uncaught.length = 0;
    // mocha turns an uncaught error into a failure of whichever test runs; record it instead, to say which.
    process.prependListener('uncaughtException', record);
  });

  afterEach(() => {
    process.removeListener('uncaughtException', record);
    rmSync(folder, { recursive: true, force: true });
  });

  const git = gitRunner!;

  it('gives the output of git, and passes the input to it', async () => {
    execFileSync('git', ['init', '-q'], { cwd: folder });
    mkdirSync(path.join(folder, 'dist'));
    writeFileSync(path.join(folder, '.gitattributes'), 'dist/** linguist-generated\n');
    const output = await git.run(folder, ['check-attr', '-z', '--stdin', 'linguist-generated'], { input: 'dist/app.js\0src/app.ts\0' });
    assert.equal(output, 'dist/app.js\0linguist-generated\0set\0src/app.ts\0linguist-generated\0unspecified\0');
  });

  it('says git failed, in its words, when it stops before reading a long input', async () => {
    // Not a repository: git exits at once and the rest of the input has nowhere to go.
    const paths = 'src/a-file-with-a-long-name.ts\0'.repeat(100_000);
    await assert.rejects(
      git.run(folder, ['check-attr', '-z', '--stdin', 'linguist-generated'], { input: paths }),
      (error: unknown) => error instanceof GitError && error.failure === 'failed' && /not a git repository/.test(error.message),
    );
    // The broken pipe can be reported a moment after git's exit.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(uncaught, []);
  });

  it('reads the branch each commit was made on from a real log, so a ticket in the branch name groups the work', async () => {
    const commitAs = (subject: string) =>
      execFileSync('git', ['-c', 'user.name=Sam', '-c', 'user.email=sam@example.com', 'commit', '-q', '--allow-empty', '-m', subject], {
        cwd: folder,
      });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: folder });
    commitAs('Set up the service');
    execFileSync('git', ['checkout', '-q', '-b', 'feature/PAY-42-partial-refunds'], { cwd: folder });
    commitAs('Add partial refunds');
    commitAs('Handle a refund larger than the payment');
    const commits = parseLog(await git.run(folder, logArguments('2000-01-01'), {}));
    assert.deepEqual(
      // Made within one second, the commits come in no set order.
      commits.map((commit) => [commit.subject, commit.source]).sort(),
      [
        ['Add partial refunds', 'feature/PAY-42-partial-refunds'],
        ['Handle a refund larger than the payment', 'feature/PAY-42-partial-refunds'],
        ['Set up the service', 'main'],
      ],
    );
    const groups = groupCommits(
      [{ key: 'payments', name: 'payments', commits, generated: new Set() }],
      identities(['sam@example.com']),
      DEFAULT_TICKET_PATTERN,
    );
    const ticketed = groups.find((group) => group.rule === 'ticket');
    assert.deepEqual(ticketed?.commits.map((mine) => [mine.commit.subject, mine.ticket]).sort(), [
      ['Add partial refunds', 'PAY-42'],
      ['Handle a refund larger than the payment', 'PAY-42'],
    ]);
  });

  describe('a scripted history, read as a scan reads it', () => {
    const SAM = { name: 'Sam Rivera', email: 'sam@work.example' };
    const PRIYA = { name: 'Priya Nair', email: 'priya@work.example' };
    let day = 0;

    /** Runs git in the repository, each commit a day after the one before (2027-03-01 on). */
    const sh = (args: string[], who = SAM) => {
      const date = `2027-03-${String(1 + day).padStart(2, '0')}T10:00:00+01:00`;
      return execFileSync('git', ['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, ...args], {
        cwd: folder,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        encoding: 'utf8',
      });
    };
    const write = (file: string, lines: number) => {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), Array.from({ length: lines }, (_, line) => `line ${line} of ${file} ${day}\n`).join(''));
    };
    const commit = (subject: string, files: Record<string, number>, who = SAM, email = who.email) => {
      for (const [file, lines] of Object.entries(files)) write(file, lines);
      sh(['add', '-A']);
      sh(['commit', '-q', '-m', subject], { name: who.name, email });
      day += 1;
    };

    beforeEach(() => {
      day = 0;
      sh(['init', '-q', '-b', 'main']);
      sh(['config', 'user.email', SAM.email]);
      // Sam also commits from home; the mailmap says it is the same person.
      writeFileSync(path.join(folder, '.mailmap'), `Sam Rivera <sam@work.example> <sam@home.example>\n`);
      writeFileSync(path.join(folder, '.gitattributes'), 'generated/** linguist-generated\n');
      commit('chore: set up the payments service', { 'src/app.ts': 5 });
      commit('Add the currency table', { 'src/currency.ts': 40 }, PRIYA);
      sh(['checkout', '-q', '-b', 'feature/PAY-42-partial-refunds']);
      commit(
        'Add partial refunds',
        { 'src/refunds/partial.ts': 20, 'generated/schema.ts': 500, 'package-lock.json': 300 },
        SAM,
        'sam@home.example',
      );
      commit('Handle a refund larger than the payment', { 'src/refunds/partial.ts': 24 });
      sh(['checkout', '-q', 'main']);
      sh(
        [
          'merge',
          '-q',
          '--no-ff',
          'feature/PAY-42-partial-refunds',
          '-m',
          'Merge pull request #17 from acme/feature/PAY-42-partial-refunds',
        ],
        PRIYA,
      );
      day += 1;
      commit('Retry a failed payout\n\nCo-authored-by: Sam Rivera <sam@work.example>', { 'src/payouts/retry.ts': 12 }, PRIYA);
      commit('Speed up the refunds lookup (#23)', { 'src/refunds/lookup.ts': 8 });
    });

    it('finds the user by user.email and the mailmap, leaves others out, and groups by pull request', async () => {
      const history = (await readHistory(git, folder, '2027-01-01', [], new AbortController().signal))?.history;
      assert.ok(history);
      // The log reads names and emails through the mailmap: the commit from home is Sam's work email.
      assert.ok(history.log.commits.every((commit) => commit.authorEmail !== 'sam@home.example'));
      const groups = groupCommits([history.log], identities(history.emails), DEFAULT_TICKET_PATTERN);
      const suggestions = suggestionsFrom(groups, new Map(), indexPlan([]));
      const shown = suggestions.map((suggestion) => ({
        rule: suggestion.rule,
        subjects: suggestion.commits.map((commit) => commit.subject).sort(),
        involvement: [...suggestion.involvement].sort(),
      }));
      assert.deepEqual(
        shown.sort((a, b) => a.subjects[0]!.localeCompare(b.subjects[0]!)),
        [
          { rule: 'pull-request', subjects: ['Add partial refunds', 'Handle a refund larger than the payment'], involvement: ['authored'] },
          { rule: 'conventional', subjects: ['chore: set up the payments service'], involvement: ['authored'] },
          { rule: 'folder', subjects: ['Retry a failed payout'], involvement: ['co-authored'] },
          { rule: 'pull-request', subjects: ['Speed up the refunds lookup (#23)'], involvement: ['authored'] },
        ],
      );
      const refunds = suggestions.find((suggestion) => suggestion.pullRequest?.number === 17);
      assert.equal(refunds?.ticket, 'PAY-42');
      assert.equal(refunds?.branch, 'feature/PAY-42-partial-refunds');
      // 20 lines added, then all 20 replaced by 24; the generated schema and the lockfile do not count.
      assert.equal(refunds?.changedLines, 20 + (20 + 24));
      assert.deepEqual(refunds?.folders, ['src/refunds']);
    });
    describe('scanned again', () => {
      const signal = new AbortController().signal;
      /** The runner, noting the git commands each read makes. */
      const noting = () => {
        const logs: string[][] = [];
        return {
          logs,
          runner: {
            run: (cwd: string, args: readonly string[], options: { input?: string }) => {
              if (args.includes('log')) logs.push([...args]);
              return git.run(cwd, args, options);
            },
          },
        };
      };
      const hashes = (commits: readonly { hash: string }[]) => commits.map((commit) => commit.hash).sort();

      it('reads only the commits after what the last scan read, and none when nothing moved', async () => {
        const first = (await readHistory(git, folder, '2027-01-01', [], signal))!;
        commit('Add refund reasons', { 'src/refunds/reasons.ts': 6 });
        const { logs, runner } = noting();
        const second = (await readHistory(runner, folder, '2027-01-01', [], signal, first.snapshot))!;
        assert.equal(logs.length, 1);
        assert.deepEqual(logs[0]!.slice(logs[0]!.indexOf('--not') + 1, logs[0]!.indexOf('--source')), first.snapshot.tips);
        const fresh = (await readHistory(git, folder, '2027-01-01', [], signal))!;
        assert.deepEqual(hashes(second.history.log.commits), hashes(fresh.history.log.commits));
        assert.equal(second.history.log.commits.length, first.history.log.commits.length + 1);
        assert.deepEqual([...second.history.log.generated], [...fresh.history.log.generated]);
        const again = noting();
        const third = (await readHistory(again.runner, folder, '2027-01-01', [], signal, second.snapshot))!;
        assert.deepEqual(again.logs, []);
        assert.deepEqual(hashes(third.history.log.commits), hashes(fresh.history.log.commits));
      });

      it('reads everything again when a branch it read was rewritten, or when it reads from another day', async () => {
        const first = (await readHistory(git, folder, '2027-01-01', [], signal))!;
        sh(['reset', '-q', '--hard', 'HEAD~1']);
        commit('Speed up the refunds lookup, again (#24)', { 'src/refunds/lookup.ts': 9 });
        const { logs, runner } = noting();
        const second = (await readHistory(runner, folder, '2027-01-01', [], signal, first.snapshot))!;
        assert.equal(logs.length, 1);
        assert.ok(!logs[0]!.includes('--not'), logs[0]!.join(' '));
        const subjects = second.history.log.commits.map((commit) => commit.subject);
        assert.ok(subjects.includes('Speed up the refunds lookup, again (#24)'));
        assert.ok(!subjects.includes('Speed up the refunds lookup (#23)'), 'the commit reset away is gone');
        const other = noting();
        await readHistory(other.runner, folder, '2026-01-01', [], signal, second.snapshot);
        assert.ok(!other.logs[0]!.includes('--not'));
      });
    });
  });
});
