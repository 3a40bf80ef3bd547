/**
 * Suggested evidence: a group of the user's commits as a piece of work they can log, with what
 * it touched, who they did it with, links to it, and the goal or milestone it most likely
 * serves. A suggestion's id comes from what its commits share (the pull request, the ticket,
 * the branch, the week), so the same work has the same id on every machine, and a dismissal
 * written into the plan holds there too.
 */
import * as l10n from '@vscode/l10n';
import { addDays, latestDate } from '../dates';
import type { GrowthIndex, IndexChange } from '../growthIndex';
import type { CommitGroup, GroupRule } from './grouping';
import { conventionalOf } from './grouping';
import type { Involvement } from './identity';
import type { RemoteLinks } from './remote';

export interface SuggestedCommit {
  readonly hash: string;
  readonly repository: string;
  readonly subject: string;
  /** The commit's web page, where the repository's remote is known. */
  readonly link?: string;
}

/** The goal, and perhaps the milestone, a suggestion most likely serves, and what gave it away. */
export interface LikelyTarget {
  readonly goal: string;
  readonly milestone?: string;
  readonly by: 'ticket' | 'branch' | 'words';
}

export interface GitSuggestion {
  readonly id: string;
  readonly rule: GroupRule;
  readonly title: string;
  /** The first and the last day of its commits, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  readonly repositories: readonly string[];
  /** The folders most touched, most first (at most three). */
  readonly folders: readonly string[];
  readonly changedLines: number;
  /** Newest first. */
  readonly commits: readonly SuggestedCommit[];
  readonly pullRequest?: { readonly number: number; readonly link?: string };
  readonly ticket?: string;
  readonly branch?: string;
  /** The people the user did it with (authors and co-authors other than the user). */
  readonly collaborators: readonly string[];
  /** How the user took part, most direct first. */
  readonly involvement: readonly Involvement[];
  readonly target?: LikelyTarget;
}

/** The suggestions of the groups, newest first, each with the goal or milestone of `plan` it likely serves. */
export function suggestionsFrom(
  groups: readonly CommitGroup[],
  remotes: ReadonlyMap<string, RemoteLinks>,
  plan: GrowthIndex,
): GitSuggestion[] {
  return groups.map((group) => {
    const suggestion = describe(group, remotes);
    const target = likelyTarget(suggestion, plan);
    return target ? { ...suggestion, target } : suggestion;
  });
}

function describe(group: CommitGroup, remotes: ReadonlyMap<string, RemoteLinks>): GitSuggestion {
  const { commits } = group;
  const first = commits[0]!;
  const folders = new Map<string, number>();
  for (const mine of commits) folders.set(mine.folder, (folders.get(mine.folder) ?? 0) + mine.changedLines);
  const remote = remotes.get(first.repository.key);
  const pullRequest = first.pullRequest;
  const involvement = (['authored', 'co-authored', 'reviewed', 'helped'] as const).filter((role) =>
    commits.some((mine) => mine.involvement === role),
  );
  return {
    id: suggestionId(group.key),
    rule: group.rule,
    title: titleOf(group),
    from: commits[commits.length - 1]!.commit.date,
    to: first.commit.date,
    repositories: unique(commits.map((mine) => mine.repository.name)),
    folders: [...folders]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, 3)
      .map(([folder]) => folder),
    changedLines: commits.reduce((sum, mine) => sum + mine.changedLines, 0),
    commits: commits.map((mine) => {
      const link = remotes.get(mine.repository.key)?.commit(mine.commit.hash);
      return { hash: mine.commit.hash, repository: mine.repository.name, subject: mine.commit.subject, ...(link ? { link } : {}) };
    }),
    ...(pullRequest !== undefined && group.rule === 'pull-request'
      ? { pullRequest: { number: pullRequest, ...(remote ? { link: remote.pullRequest(pullRequest) } : {}) } }
      : {}),
    ...(commits.find((mine) => mine.ticket) ? { ticket: commits.find((mine) => mine.ticket)!.ticket } : {}),
    ...(commits.find((mine) => mine.branch) ? { branch: commits.find((mine) => mine.branch)!.branch } : {}),
    collaborators: unique(commits.flatMap((mine) => mine.collaborators)),
    involvement,
  };
}

/**
 * The title: the pull request's own where its merge gives it, otherwise the subject of the
 * commit that changed the most, without its conventional-commit prefix, a leading ticket id or
 * a trailing "(#123)".
 */
function titleOf(group: CommitGroup): string {
  const titled = group.commits.find((mine) => mine.pullRequestTitle)?.pullRequestTitle;
  const biggest = [...group.commits].sort((a, b) => b.changedLines - a.changedLines)[0]!;
  const subject = titled ?? biggest.commit.subject;
  const cleaned = cleanSubject(subject, biggest.ticket);
  const title = cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
  return (title || biggest.commit.hash.slice(0, 12)).slice(0, 200);
}

function cleanSubject(subject: string, ticket: string | undefined): string {
  let text = subject.trim();
  const conventional = conventionalOf(text);
  if (conventional) text = text.slice(text.indexOf(':') + 1).trim();
  if (ticket && text.startsWith(ticket)) text = text.slice(ticket.length).replace(/^[\s:\]-]+/, '');
  text = text.replace(/^\[[^\]]*\]\s*/, '');
  return text.replace(/\s*\(#\d+\)\s*$/, '').trim();
}

/** `git-` and 16 hex digits of a hash of the group's key: short, an id the plan's files accept, the same everywhere. */
export function suggestionId(key: string): string {
  return `git-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// ---- The goal or milestone it serves --------------------------------------------------------

const WORD_STOPS = new Set(
  'with from that this into when then than have more make made also only some what your about after before over under using used fixes fixed feature merge branch pull request update updated adds added remove removed change changes changed bump'.split(
    ' ',
  ),
);

/** The words of a text that say something: lower-case, four letters or more, no common ones. */
export function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4 && !WORD_STOPS.has(word) && !/^\d+$/.test(word)),
  );
}

/**
 * The goal or milestone the work most likely serves: one whose texts (title, specific, tags,
 * its milestones' titles and its cards') name the ticket; then one whose id the branch names;
 * then the one sharing the most words with the suggestion's title, commits and branch. The
 * user confirms it in Log Evidence. Dropped goals and starter examples are never proposed.
 */
export function likelyTarget(
  suggestion: Pick<GitSuggestion, 'title' | 'ticket' | 'branch' | 'commits'>,
  plan: GrowthIndex,
): LikelyTarget | undefined {
  interface Candidate {
    readonly goal: string;
    readonly milestone?: string;
    /** The goal's or the milestone's id. */
    readonly id: string;
    readonly text: string;
  }
  const candidates: Candidate[] = plan
    .goals()
    .filter((goal) => goal.data.status !== 'dropped' && goal.data.example !== true)
    .flatMap((goal): Candidate[] => {
      const cards = plan.cards(goal.id);
      const goalText = [goal.data.title, goal.data.specific ?? '', ...(goal.data.tags ?? [])].join(' ');
      const cardText = (milestone?: string) =>
        cards
          .filter((card) => milestone === undefined || card.data.milestone === milestone)
          .map((card) => [card.data.title, ...(card.data.tags ?? [])].join(' '))
          .join(' ');
      return [
        { goal: goal.id, id: goal.id, text: `${goalText} ${cardText()}` },
        ...goal.data.milestones
          .filter((milestone) => milestone.status !== 'dropped')
          .map((milestone) => ({
            goal: goal.id,
            milestone: milestone.id,
            id: milestone.id,
            text: `${milestone.title} ${milestone.doneWhen ?? ''} ${cardText(milestone.id)}`,
          })),
      ];
    });
  const toTarget = (candidate: Candidate, by: LikelyTarget['by']): LikelyTarget => ({
    goal: candidate.goal,
    ...(candidate.milestone ? { milestone: candidate.milestone } : {}),
    by,
  });
  // A milestone is more precise than its goal: it is preferred when both match.
  const mostPrecise = (found: Candidate[]) => found.find((candidate) => candidate.milestone) ?? found[0];
  if (suggestion.ticket) {
    const ticket = suggestion.ticket;
    const found = mostPrecise(candidates.filter((candidate) => candidate.text.includes(ticket)));
    if (found) return toTarget(found, 'ticket');
  }
  if (suggestion.branch) {
    const branch = suggestion.branch.toLowerCase();
    const found = mostPrecise(candidates.filter((candidate) => branch.includes(candidate.id)));
    if (found) return toTarget(found, 'branch');
  }
  const words = wordsOf([suggestion.title, suggestion.branch ?? '', ...suggestion.commits.map((commit) => commit.subject)].join(' '));
  let best: { candidate: Candidate; shared: number } | undefined;
  for (const candidate of candidates) {
    const shared = [...wordsOf(candidate.text)].filter((word) => words.has(word)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { candidate, shared };
  }
  return best && toTarget(best.candidate, 'words');
}

// ---- Which show ---------------------------------------------------------------------------

/**
 * The suggestions still open: not dismissed ("Not evidence", in the profile), not logged
 * (an evidence file names the suggestion), and not already covered by evidence that links all
 * of their commits.
 */
export function openSuggestions(suggestions: readonly GitSuggestion[], plan: GrowthIndex): GitSuggestion[] {
  const profile = plan.profile()?.data;
  const dismissed = profile?.dismissedGitEvidence ?? {};
  const evidence = plan.evidence();
  const answered = new Set(evidence.map((entry) => entry.data.suggestion).filter(Boolean));
  const linked = new Set(evidence.flatMap((entry) => entry.data.commits ?? []));
  return withMerges(suggestions, profile?.mergedGitEvidence ?? {}).filter(
    (suggestion) =>
      !Object.hasOwn(dismissed, suggestion.id) &&
      !answered.has(suggestion.id) &&
      !suggestion.commits.every((commit) => linked.has(commit.hash)),
  );
}

/**
 * The suggestions with those the user merged ("Merge with…", kept in the profile as
 * `mergedGitEvidence: {<id>: <id merged into>}`) folded into the one they were merged with, which
 * keeps its id, title and place. A merge into a suggestion this scan did not find leaves the
 * suggestion as it is; a chain of merges is followed, and a circle of them is one piece.
 */
export function withMerges(suggestions: readonly GitSuggestion[], merges: Readonly<Record<string, string>>): GitSuggestion[] {
  const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
  const into = (id: string): string => {
    const path = [id];
    for (let next = merges[id]; next !== undefined && byId.has(next); next = merges[next]) {
      const loop = path.indexOf(next);
      // Merged in a circle (two machines merged each way): the circle is one piece, kept under its first id.
      if (loop >= 0) return path.slice(loop).sort()[0]!;
      path.push(next);
    }
    return path.at(-1)!;
  };
  const parts = new Map<string, GitSuggestion[]>();
  for (const suggestion of suggestions) {
    const target = into(suggestion.id);
    if (target !== suggestion.id) parts.set(target, [...(parts.get(target) ?? []), suggestion]);
  }
  return suggestions.flatMap((suggestion) => {
    if (into(suggestion.id) !== suggestion.id) return [];
    const merged = parts.get(suggestion.id);
    return [merged ? combined(suggestion, merged) : suggestion];
  });
}

const MOST_DIRECT_FIRST: readonly Involvement[] = ['authored', 'co-authored', 'reviewed', 'helped'];

/** One piece of work from several: the first's id, title and links, everything else of all. */
function combined(first: GitSuggestion, rest: readonly GitSuggestion[]): GitSuggestion {
  const all = [first, ...rest];
  const commits = [
    ...new Map(all.flatMap((part) => part.commits).map((commit) => [`${commit.repository} ${commit.hash}`, commit])).values(),
  ];
  const pullRequest = first.pullRequest ?? rest.find((part) => part.pullRequest)?.pullRequest;
  const ticket = first.ticket ?? rest.find((part) => part.ticket)?.ticket;
  const branch = first.branch ?? rest.find((part) => part.branch)?.branch;
  const target = first.target ?? rest.find((part) => part.target)?.target;
  return {
    id: first.id,
    rule: first.rule,
    title: first.title,
    from: all.map((part) => part.from).sort()[0]!,
    to: all
      .map((part) => part.to)
      .sort()
      .at(-1)!,
    repositories: unique(all.flatMap((part) => part.repositories)),
    folders: unique(all.flatMap((part) => part.folders)).slice(0, 3),
    changedLines: all.reduce((sum, part) => sum + part.changedLines, 0),
    commits,
    ...(pullRequest ? { pullRequest } : {}),
    ...(ticket ? { ticket } : {}),
    ...(branch ? { branch } : {}),
    collaborators: unique(all.flatMap((part) => part.collaborators)),
    involvement: MOST_DIRECT_FIRST.filter((role) => all.some((part) => part.involvement.includes(role))),
    ...(target ? { target } : {}),
  };
}

/**
 * The day from which a scan looks: the latest evidence or review, or 90 days back when there is
 * none. `except` leaves one file out: the review a scan is for does not end its own period.
 */
export function scanStart(plan: GrowthIndex, today: string, except?: string): string {
  const dates = [...plan.evidence(), ...plan.reviews()].filter((entry) => entry.path !== except).map((entry) => entry.data.date);
  return latestDate(dates.filter((date) => date <= today)) ?? addDays(today, -90);
}

/**
 * The reviews a batch of changes created today, each with the day its period began: after a
 * review, the commits of that period are worth a look for evidence. A review that changed, or
 * one dated another day (a pull from another machine, a backfill), asks for nothing.
 */
export function reviewsSavedToday(
  changes: readonly IndexChange[],
  plan: GrowthIndex,
  today: string,
): { readonly path: string; readonly since: string }[] {
  return changes.flatMap((change) => {
    const record = change.before ? undefined : change.after?.record;
    return record?.kind === 'review' && record.data.date === today
      ? [{ path: change.path, since: scanStart(plan, today, change.path) }]
      : [];
  });
}

// ---- What the user reads ------------------------------------------------------------------

/** The row of a suggestion: its title, a short line of facts, and everything else for the tooltip. */
export function suggestionRow(
  suggestion: GitSuggestion,
  goalTitle?: (goal: string, milestone?: string) => string | undefined,
): {
  readonly label: string;
  readonly description: string;
  readonly details: readonly string[];
} {
  const count = suggestion.commits.length;
  const commits = count === 1 ? l10n.t('1 commit') : l10n.t('{0} commits', count);
  const lines = suggestion.changedLines === 1 ? l10n.t('1 line changed') : l10n.t('{0} lines changed', suggestion.changedLines);
  const dates = suggestion.from === suggestion.to ? suggestion.to : l10n.t('{0} to {1}', suggestion.from, suggestion.to);
  const details = [
    dates,
    l10n.t('{0}, {1}', commits, lines),
    l10n.t('Repositories: {0}', suggestion.repositories.join(', ')),
    l10n.t('Folders: {0}', suggestion.folders.join(', ')),
  ];
  if (suggestion.pullRequest) details.push(l10n.t('Pull request #{0}', suggestion.pullRequest.number));
  if (suggestion.ticket) details.push(l10n.t('Ticket {0}', suggestion.ticket));
  if (suggestion.branch) details.push(l10n.t('Branch {0}', suggestion.branch));
  if (suggestion.collaborators.length > 0) details.push(l10n.t('With {0}', suggestion.collaborators.join(', ')));
  for (const role of suggestion.involvement) if (role !== 'authored') details.push(involvementText(role));
  const target = suggestion.target && goalTitle?.(suggestion.target.goal, suggestion.target.milestone);
  if (target) details.push(l10n.t('Likely serves: {0}', target));
  return { label: suggestion.title, description: `${dates} · ${commits}`, details };
}

/** Work that usually goes unseen, said so: it can count as service to others too. */
function involvementText(role: Exclude<Involvement, 'authored'>): string {
  switch (role) {
    case 'co-authored':
      return l10n.t('You paired on it (co-author)');
    case 'reviewed':
      return l10n.t('You reviewed it');
    case 'helped':
      return l10n.t('You helped with it');
  }
}

/** What Log Evidence starts from: the title, the last day, a link and the likely goal; the commits and pull request it links. */
export function evidencePreset(suggestion: GitSuggestion): {
  readonly values: Readonly<Record<string, string>>;
  readonly links: { readonly commits: readonly string[]; readonly pullRequest?: string };
} {
  const pullRequest = suggestion.pullRequest && (suggestion.pullRequest.link ?? `#${suggestion.pullRequest.number}`);
  const link = suggestion.pullRequest?.link ?? suggestion.commits[0]?.link;
  return {
    values: {
      title: suggestion.title,
      date: suggestion.to,
      ...(link ? { link } : {}),
      ...(suggestion.target ? { goal: suggestion.target.goal } : {}),
      ...(suggestion.target?.milestone ? { milestone: suggestion.target.milestone } : {}),
    },
    links: { commits: suggestion.commits.map((commit) => commit.hash), ...(pullRequest ? { pullRequest } : {}) },
  };
}

function unique<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
