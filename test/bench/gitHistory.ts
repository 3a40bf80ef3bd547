// The git part of `npm run bench`: a generated repository of 50,000 commits, 10,000 of them the
// user's, read by Suggest Evidence from Git (git log, parse, group, suggest) against `git log`
// alone with the same arguments, its physical limit; then scanned again after a new commit.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { groupCommits } from '../../src/core/gitEvidence/grouping';
import { identities } from '../../src/core/gitEvidence/identity';
import { logArguments } from '../../src/core/gitEvidence/log';
import { suggestionsFrom } from '../../src/core/gitEvidence/suggestion';
import { GrowthIndex } from '../../src/core/growthIndex';
import { readHistory } from '../../src/gitEvidence/readHistory';
import { gitRunner } from '../../src/platform/nodeGit';

export const GIT_COMMITS = 50_000;
/** Every fifth commit is the user's. */
const MINE_EVERY = 5;
const ME = 'me@example.com';
const SINCE = '2000-01-01';
const AREAS = ['refunds', 'payouts', 'ledger', 'checkout', 'search', 'accounts', 'notifications', 'reports'];

export interface GitFigures {
  readonly commits: number;
  readonly mine: number;
  readonly suggestions: number;
  /** Each round in milliseconds: `git log` alone, and the whole scan. */
  readonly gitLogMs: readonly number[];
  readonly scanMs: readonly number[];
  /** A scan again after one new commit of the user's: it reads only that commit. */
  readonly rescanMs: readonly number[];
}

/**
 * Writes the history with `git fast-import`: a commit a few hours after the one before, each
 * changing one file of an area, subjects in the shapes the grouping reads (a squash-merged pull
 * request, a ticket, a conventional commit, plain words).
 */
function generateHistory(folder: string, commits: number): void {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: folder });
  execFileSync('git', ['config', 'user.email', ME], { cwd: folder });
  const start = Date.UTC(2020, 0, 1) / 1000;
  const chunks: string[] = [];
  for (let n = 0; n < commits; n++) {
    const mine = n % MINE_EVERY === 0;
    const who = mine ? `Me <${ME}>` : `Colleague ${n % 37} <colleague${n % 37}@example.com>`;
    const area = AREAS[n % AREAS.length]!;
    const subject = [
      `feat(${area}): handle case ${n}`,
      `PAY-${Math.floor(n / 20)} adjust ${area} rounding`,
      `Improve the ${area} page (#${Math.floor(n / 10)})`,
      `Tidy the ${area} module`,
    ][n % 4]!;
    const content = `export const value${n} = ${n};\n`.repeat(1 + (n % 7));
    const when = start + n * 3 * 3600;
    chunks.push(
      'commit refs/heads/main\n',
      `author ${who} ${when} +0000\n`,
      `committer ${who} ${when} +0000\n`,
      `data ${Buffer.byteLength(subject)}\n${subject}\n`,
      `M 100644 inline src/${area}/file${n % 50}.ts\n`,
      `data ${Buffer.byteLength(content)}\n${content}\n`,
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: folder, input: chunks.join(''), maxBuffer: 64 * 1024 * 1024 });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: folder });
}

/** Rounds of `git log` alone and of the whole scan, taking turns so a slow spell slows both. */
export async function measureGitScan(rounds: number, collectGarbage: () => void, commits = GIT_COMMITS): Promise<GitFigures> {
  const git = gitRunner!;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'devgrowth-bench-git-'));
  try {
    process.stdout.write(`Generating a repository of ${commits.toLocaleString('en')} commits… `);
    generateHistory(folder, commits);
    console.log('measuring');
    const plan = new GrowthIndex([]);
    const gitLogMs: number[] = [];
    const scanMs: number[] = [];
    let mine = 0;
    let suggestions = 0;
    for (let round = 0; round < rounds; round++) {
      collectGarbage();
      let started = performance.now();
      await git.run(folder, logArguments(SINCE), {});
      gitLogMs.push(performance.now() - started);
      collectGarbage();
      started = performance.now();
      const { history } = (await readHistory(git, folder, SINCE, [], new AbortController().signal))!;
      const groups = groupCommits([history.log], identities(history.emails), '[A-Z][A-Z0-9]+-\\d+');
      suggestions = suggestionsFrom(groups, new Map(), plan).length;
      scanMs.push(performance.now() - started);
      mine = groups.reduce((sum, group) => sum + group.commits.length, 0);
    }
    const rescanMs: number[] = [];
    let snapshot = (await readHistory(git, folder, SINCE, [], new AbortController().signal))!.snapshot;
    for (let round = 0; round < rounds; round++) {
      fs.writeFileSync(path.join(folder, 'src', 'refunds', 'file0.ts'), `export const round = ${round};\n`);
      execFileSync('git', ['commit', '-q', '-a', '-m', `feat(refunds): round ${round}`], { cwd: folder });
      collectGarbage();
      const started = performance.now();
      const read = (await readHistory(git, folder, SINCE, [], new AbortController().signal, snapshot))!;
      groupCommits([read.history.log], identities(read.history.emails), '[A-Z][A-Z0-9]+-\\d+');
      rescanMs.push(performance.now() - started);
      snapshot = read.snapshot;
    }
    return { commits, mine, suggestions, gitLogMs, scanMs, rescanMs };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
