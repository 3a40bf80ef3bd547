// Runs git where the extension host has Node. Kept apart from ./node, which needs `vscode`, so
// the unit tests run it against a real git.
import { execFile } from 'node:child_process';
import { GitError, type GitRunner } from './gitRunner';

/** Long enough for `git log` over tens of thousands of commits on a slow disk; a hung git is stopped. */
const GIT_TIMEOUT_MS = 60_000;
/** The most output read from one git run: a year of a busy repository's log is far less. */
const GIT_MAX_OUTPUT = 256 * 1024 * 1024;

export const gitRunner: GitRunner | undefined = {
  run(cwd, args, { input, signal }) {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        [...args],
        {
          cwd,
          timeout: GIT_TIMEOUT_MS,
          maxBuffer: GIT_MAX_OUTPUT,
          signal,
          encoding: 'utf8',
          windowsHide: true,
          // Never ask for a password or open an editor or pager; messages in English, which only the log reads.
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_EDITOR: 'true', LC_ALL: 'C' },
        },
        (error, stdout, stderr) => {
          if (!error) return resolve(stdout);
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') reject(new GitError('missing', 'git is not installed or not on the PATH'));
          else if (code === 'ABORT_ERR' || signal?.aborted) reject(new GitError('cancelled', 'stopped'));
          else if (error.killed) reject(new GitError('timeout', `git took longer than ${GIT_TIMEOUT_MS / 1000} s`));
          else reject(new GitError('failed', stderr.trim() || error.message));
        },
      );
      // git can exit before it has read all of its input (it failed, or had read enough): the write
      // then fails with EPIPE, which would surface as an uncaught error. Its exit status says it all.
      child.stdin?.on('error', () => {});
      child.stdin?.end(input ?? '');
    });
  },
};
