/**
 * How DevGrowth runs `git`: where the extension host has Node, the executable itself, with an
 * argument list (never a shell) and a time limit. In VS Code for the web there is none, and
 * `#platform` gives undefined.
 */
export interface GitRunner {
  /**
   * git's standard output for `args`, run in the folder `cwd`; `input` goes to its standard
   * input. Rejects with a `GitError` when git is missing, fails, runs out of time or is stopped.
   */
  run(cwd: string, args: readonly string[], options: { readonly input?: string; readonly signal?: AbortSignal }): Promise<string>;
}

export type GitFailure = 'missing' | 'failed' | 'timeout' | 'cancelled';

export class GitError extends Error {
  constructor(
    readonly failure: GitFailure,
    message: string,
  ) {
    super(message);
  }
}
