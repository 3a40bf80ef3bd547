import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitError } from '../../src/platform/gitRunner';
import { gitRunner } from '../../src/platform/nodeGit';

describe('running git on Node', () => {
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
});
