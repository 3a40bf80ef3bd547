import type { GitRunner } from '../platform/gitRunner';
import type { RepositoryLog } from '../core/gitEvidence/grouping';
import { logArguments, parseLog, readTips, TIPS_ARGUMENTS, type HistorySnapshot } from '../core/gitEvidence/log';
import { remoteLinks, type RemoteLinks } from '../core/gitEvidence/remote';
import {
  ATTRIBUTE_ARGUMENTS,
  CONFIG_ARGUMENTS,
  mailmapArguments,
  readConfig,
  readGeneratedPaths,
  readMailmap,
} from '../core/gitEvidence/repository';

/** What one repository's history gives: its log, its links, and the user's emails there. */
export interface RepositoryHistory {
  readonly log: RepositoryLog;
  readonly remote?: RemoteLinks;
  /** `user.email`, and what the repository's mailmap makes of it and of the extra emails. */
  readonly emails: readonly string[];
}

/**
 * The top folder of the repository a folder is in, or undefined when it is in none (git then
 * fails, and that is the answer).
 */
export async function repositoryOf(git: GitRunner, folder: string, signal: AbortSignal): Promise<string | undefined> {
  const top = await git.run(folder, ['rev-parse', '--show-toplevel'], { signal }).then(
    (output) => output.trim(),
    (error: unknown) => {
      if (signal.aborted || (error as { failure?: string }).failure === 'missing') throw error;
      return undefined;
    },
  );
  return top || undefined;
}

/**
 * Reads a repository's commits since `since` and what names the user and the commits' links in
 * it. Given what an earlier scan from the same day read, it reads only the commits since then;
 * when a branch it read was rewritten (a rebase, a reset), it reads everything again.
 */
export async function readHistory(
  git: GitRunner,
  top: string,
  since: string,
  extraEmails: readonly string[],
  signal: AbortSignal,
  previous?: HistorySnapshot,
): Promise<{ readonly history: RepositoryHistory; readonly snapshot: HistorySnapshot } | undefined> {
  const run = (args: readonly string[], input?: string) => git.run(top, args, { signal, ...(input !== undefined ? { input } : {}) });
  // A repository without a commit has no history to read.
  const head = await run(['rev-parse', '--verify', '--quiet', 'HEAD']).then(
    (output) => output.trim(),
    () => undefined,
  );
  if (!head) return undefined;
  // git answers 1 when no key matches: no email and no remote set.
  const config = readConfig(await run(CONFIG_ARGUMENTS).catch(() => ''));
  const own = [config.email, ...extraEmails].filter((email): email is string => !!email);
  const mailmap = mailmapArguments(own);
  const mapped = mailmap ? readMailmap(await run(mailmap).catch(() => '')) : [];
  const tips = readTips(await run(TIPS_ARGUMENTS));
  const known = previous?.since === since && (await stillReachable(run, previous.tips)) ? previous : undefined;
  const unchanged = known !== undefined && known.tips.join() === tips.join();
  const added = unchanged ? [] : parseLog(await run(logArguments(since, known?.tips ?? [])));
  // New attributes can change what counts for the paths already read: then every path is asked again.
  const attributesChanged = added.some((commit) => commit.files.some((file) => /(^|\/)\.gitattributes$/.test(file.path)));
  const reuse = known && !attributesChanged ? known : undefined;
  const commits = known ? [...added, ...known.commits] : added;
  const paths = [...new Set((reuse ? added : commits).flatMap((commit) => commit.files.map((file) => file.path)))];
  const asked = paths.length > 0 ? readGeneratedPaths(await run(ATTRIBUTE_ARGUMENTS, paths.join('\0') + '\0')) : new Set<string>();
  const generated = reuse ? new Set([...reuse.generated, ...asked]) : asked;
  const remote = config.remote ? remoteLinks(config.remote) : undefined;
  const name = folderName(top);
  return {
    history: {
      log: { key: remote?.web ?? name, name, head, commits, generated },
      ...(remote ? { remote } : {}),
      emails: [...own, ...mapped],
    },
    snapshot: { since, tips, commits, generated },
  };
}

/** True when every commit an earlier scan read up to is still on a branch or HEAD. */
async function stillReachable(run: (args: readonly string[]) => Promise<string>, tips: readonly string[]): Promise<boolean> {
  if (tips.length === 0) return false;
  // Counts what the old tips reach that the branches and HEAD do not; a tip git no longer has fails.
  return run(['rev-list', '--count', ...tips, '--not', '--branches', 'HEAD', '--']).then(
    (output) => output.trim() === '0',
    () => false,
  );
}

/** The last part of a path, with `/` or `\` between parts (the build for the web has no Node `path`). */
export function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
}
