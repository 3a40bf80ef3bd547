/**
 * How the user's commits become pieces of work, by the first rule that applies: the pull
 * request they were merged in, the ticket they name (in the branch first, then the message),
 * the branch, the conventional-commit type and scope within an ISO week, and last the folder
 * most touched within a week.
 */
import { collaboratorsIn, involvementIn, type Involvement } from './identity';
import type { Commit } from './log';

export const DEFAULT_TICKET_PATTERN = '[A-Z][A-Z0-9]+-\\d+';

/** Branches every repository has: they say nothing about what the work was. */
const SHARED_BRANCHES = new Set(['main', 'master', 'develop', 'development', 'dev', 'trunk', 'staging', 'production', 'release']);

/** One repository's history as read: its commits (everyone's, for the merges), HEAD and the generated paths. */
export interface RepositoryLog {
  /** What names the repository in a suggestion's id: its remote's web page, or its folder's name. */
  readonly key: string;
  /** How the user knows it: the folder's name. */
  readonly name: string;
  readonly head?: string;
  readonly commits: readonly Commit[];
  /** Paths git attributes mark `linguist-generated` or `linguist-vendored`. */
  readonly generated: ReadonlySet<string>;
}

/** A commit of the user's, with what the history says about it. */
export interface UserCommit {
  readonly repository: RepositoryLog;
  readonly commit: Commit;
  readonly involvement: Involvement;
  readonly pullRequest?: number;
  /** The pull request's title, where its merge commit gives it. */
  readonly pullRequestTitle?: string;
  readonly ticket?: string;
  readonly branch?: string;
  /** Lines added and deleted, without lockfiles, generated and vendored files. */
  readonly changedLines: number;
  /** The folder with the most changed lines (two levels deep), `.` for the top. */
  readonly folder: string;
  readonly collaborators: readonly string[];
}

export type GroupRule = 'pull-request' | 'ticket' | 'branch' | 'conventional' | 'folder';

export interface CommitGroup {
  /** What the commits share, stable for the same work: `pr|<repository>|123`, `ticket|ABC-12`, ... */
  readonly key: string;
  readonly rule: GroupRule;
  /** Newest first. */
  readonly commits: readonly UserCommit[];
}

/** The user's commits of each repository, grouped; groups newest first. */
export function groupCommits(repositories: readonly RepositoryLog[], emails: ReadonlySet<string>, ticketPattern: string): CommitGroup[] {
  const ticket = ticketRegExp(ticketPattern);
  const groups = new Map<string, { rule: GroupRule; commits: UserCommit[] }>();
  for (const repository of repositories) {
    for (const mine of userCommits(repository, emails, ticket)) {
      const [rule, key] = groupOf(mine);
      const group = groups.get(key);
      if (group) group.commits.push(mine);
      else groups.set(key, { rule, commits: [mine] });
    }
  }
  return [...groups]
    .map(([key, { rule, commits }]) => ({ key, rule, commits: commits.sort((a, b) => compare(b.commit.date, a.commit.date)) }))
    .sort((a, b) => compare(b.commits[0]!.commit.date, a.commits[0]!.commit.date) || compare(a.key, b.key));
}

/** The pattern a ticket id has; a pattern that is not a valid regular expression falls back to the default. */
export function ticketRegExp(pattern: string): RegExp {
  try {
    return new RegExp(`(?<![\\w-])(?:${pattern || DEFAULT_TICKET_PATTERN})(?![\\w])`);
  } catch {
    return new RegExp(`(?<![\\w-])(?:${DEFAULT_TICKET_PATTERN})(?![\\w])`);
  }
}

function groupOf(mine: UserCommit): [GroupRule, string] {
  const repo = mine.repository.key;
  if (mine.pullRequest !== undefined) return ['pull-request', `pr|${repo}|${mine.pullRequest}`];
  if (mine.ticket) return ['ticket', `ticket|${mine.ticket}`];
  if (mine.branch) return ['branch', `branch|${repo}|${mine.branch}`];
  const week = isoWeek(mine.commit.date);
  const conventional = conventionalOf(mine.commit.subject);
  if (conventional) return ['conventional', `conventional|${repo}|${week}|${conventional.type}|${conventional.scope}`];
  return ['folder', `folder|${repo}|${week}|${mine.folder}`];
}

/** What a merge commit says: the pull request it merged and the branch it came from. */
interface Merge {
  readonly pullRequest?: number;
  readonly title?: string;
  readonly branch?: string;
}

/** The user's non-merge commits of one repository, each with the merge that brought it in. */
function userCommits(repository: RepositoryLog, emails: ReadonlySet<string>, ticket: RegExp): UserCommit[] {
  const merged = mergedBy(repository);
  const result: UserCommit[] = [];
  for (const commit of repository.commits) {
    if (commit.parents.length > 1) continue;
    const involvement = involvementIn(commit, emails);
    if (!involvement) continue;
    const merge = merged.get(commit.hash);
    const squashed = squashedPullRequest(commit.subject);
    const branch = merge?.branch ?? (SHARED_BRANCHES.has(commit.source) ? undefined : commit.source || undefined);
    const pullRequest = merge?.pullRequest ?? squashed;
    const ticketId = (branch && ticket.exec(branch)?.[0]) || ticket.exec(`${commit.subject}\n${commit.body}`)?.[0];
    const { lines, folder } = size(commit, repository.generated);
    result.push({
      repository,
      commit,
      involvement,
      ...(pullRequest !== undefined ? { pullRequest } : {}),
      ...(merge?.title && merge.pullRequest !== undefined ? { pullRequestTitle: merge.title } : {}),
      ...(ticketId ? { ticket: ticketId } : {}),
      ...(branch ? { branch } : {}),
      changedLines: lines,
      folder,
      collaborators: collaboratorsIn(commit, emails),
    });
  }
  return result;
}

/**
 * For each commit a merge brought in, what the merge says. The merges are taken oldest first,
 * so a commit belongs to the first merge that delivered it; the walk from the merged side
 * stops at HEAD's first-parent line, which the work was merged into.
 */
function mergedBy(repository: RepositoryLog): Map<string, Merge> {
  const byHash = new Map(repository.commits.map((commit) => [commit.hash, commit]));
  const mainline = new Set<string>();
  for (
    let at = repository.head ? byHash.get(repository.head) : undefined;
    at && !mainline.has(at.hash);
    at = byHash.get(at.parents[0] ?? '')
  ) {
    mainline.add(at.hash);
  }
  const merged = new Map<string, Merge>();
  const merges = repository.commits.filter((commit) => commit.parents.length > 1).reverse();
  for (const merge of merges) {
    const said = mergeMessage(merge);
    if (!said) continue;
    const queue = merge.parents.slice(1);
    while (queue.length > 0) {
      const hash = queue.pop()!;
      const commit = byHash.get(hash);
      if (!commit || mainline.has(hash) || merged.has(hash)) continue;
      merged.set(hash, said);
      queue.push(...commit.parents);
    }
  }
  return merged;
}

/**
 * A merge commit's message, as the hosts word it: GitHub's "Merge pull request #12 from
 * owner/branch" (the title on the next line), GitLab's "Merge branch 'x' into 'main'" with
 * "See merge request group/repo!12", Bitbucket's "Merged in x (pull request #12)", Azure DevOps'
 * "Merged PR 12: title", and git's own "Merge branch 'x'".
 */
function mergeMessage(merge: Commit): Merge | undefined {
  const { subject, body } = merge;
  const github = /^Merge pull request #(\d+) from [^/\s]+\/(\S+)/.exec(subject);
  if (github) return { pullRequest: Number(github[1]), branch: github[2], title: body.split('\n')[0]?.trim() || undefined };
  const bitbucket = /^Merged in (\S+) \(pull request #(\d+)\)/.exec(subject);
  if (bitbucket) return { pullRequest: Number(bitbucket[2]), branch: bitbucket[1] };
  const azure = /^Merged PR (\d+):\s*(.*)$/.exec(subject);
  if (azure) return { pullRequest: Number(azure[1]), title: azure[2] || undefined };
  const branch = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject)?.[1];
  if (!branch) return undefined;
  const gitlab = /See merge request \S*!(\d+)/.exec(body);
  const name = branch.replace(/^origin\//, '');
  return {
    ...(gitlab ? { pullRequest: Number(gitlab[1]) } : {}),
    ...(SHARED_BRANCHES.has(name) ? {} : { branch: name }),
  };
}

/** A squash-merged pull request: a subject ending in "(#123)", or Azure DevOps' "Merged PR 123: ...". */
function squashedPullRequest(subject: string): number | undefined {
  const number = /\(#(\d+)\)\s*$/.exec(subject)?.[1] ?? /^Merged PR (\d+):/.exec(subject)?.[1];
  return number === undefined ? undefined : Number(number);
}

/** A conventional-commit subject's type and scope: `fix(parser)!: ...` is fix and parser. */
export function conventionalOf(subject: string): { type: string; scope: string } | undefined {
  const match = /^([a-z]+)(?:\(([^()\s]+)\))?!?:\s/i.exec(subject);
  return match ? { type: match[1]!.toLowerCase(), scope: match[2]?.toLowerCase() ?? '' } : undefined;
}

/** Lockfiles, generated and vendored files: changes there say nothing about how much work it was. */
export function countsForSize(path: string, generated: ReadonlySet<string>): boolean {
  if (generated.has(path)) return false;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/(^|\/)(node_modules|dist|vendor)\//.test(path)) return false;
  if (name.includes('.min.')) return false;
  return !/^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb|go\.sum|.+\.lock)$/.test(name);
}

function size(commit: Commit, generated: ReadonlySet<string>): { lines: number; folder: string } {
  const byFolder = new Map<string, number>();
  let lines = 0;
  for (const file of commit.files) {
    if (!countsForSize(file.path, generated)) continue;
    const changed = file.added + file.deleted;
    lines += changed;
    const folder = file.path.split('/').slice(0, -1).slice(0, 2).join('/') || '.';
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + changed);
  }
  let folder = '.';
  let most = -1;
  for (const [name, changed] of [...byFolder].sort(([a], [b]) => compare(a, b))) {
    if (changed > most) [folder, most] = [name, changed];
  }
  return { lines, folder };
}

/** The ISO week of a `YYYY-MM-DD` date: `2027-W09`. */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the same week decides the year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
