import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_TICKET_PATTERN, groupCommits } from '../../src/core/gitEvidence/grouping';
import { identities } from '../../src/core/gitEvidence/identity';
import { logArguments, parseLog } from '../../src/core/gitEvidence/log';
import { GitError } from '../../src/platform/gitRunner';
import { gitRunner } from '../../src/platform/nodeGit';

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
});
