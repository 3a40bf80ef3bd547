/**
 * The one `git log` DevGrowth runs in a repository, and how its output becomes commits. Every
 * field is text from the repository, so it is treated as untrusted: fields are separated by NUL
 * (which no commit message, name or path can hold), each record is checked for its shape, and a
 * record that does not fit is left out rather than guessed at.
 */

/** One file a commit changed, with its added and deleted lines (both 0 for a binary file). */
export interface ChangedFile {
  readonly path: string;
  readonly added: number;
  readonly deleted: number;
}

export interface Commit {
  /** The full hash (40 hex digits, or 64 in a SHA-256 repository). */
  readonly hash: string;
  readonly parents: readonly string[];
  /** Name and email as the repository's mailmap gives them. */
  readonly authorName: string;
  readonly authorEmail: string;
  /** `YYYY-MM-DD`, the day in the author's own time zone. */
  readonly date: string;
  /** The local branch `git log --source` first reached the commit from (`feature/ABC-12`), or ''. */
  readonly source: string;
  readonly subject: string;
  readonly body: string;
  readonly files: readonly ChangedFile[];
}

const HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

const FIELDS = ['%H', '%P', '%aN', '%aE', '%aI', '%S', '%s', '%b'] as const;

/**
 * The arguments after `git`: the commits of the local branches and HEAD since `since`, newest
 * first, leaving out those reachable from `known` (the tips an earlier scan read up to, so a
 * second scan reads only what is new). `-c` switches off what could run a program or change the
 * output's shape (signature checks, text conversion, external diffs, colour); renames show as a
 * deletion and an addition, so every path is one path.
 */
export function logArguments(since: string, known: readonly string[] = []): string[] {
  return [
    '-c',
    'log.showSignature=false',
    '-c',
    'core.quotePath=false',
    'log',
    '--branches',
    'HEAD',
    // Hashes only, checked: a ref name here could be read as an option.
    ...(known.length > 0 ? ['--not', ...known.filter((hash) => HASH.test(hash))] : []),
    '--source',
    '--use-mailmap',
    '--no-color',
    '--no-renames',
    '--no-textconv',
    '--no-ext-diff',
    '--numstat',
    `--since=${since}`,
    `--format=%x00${FIELDS.join('%x00')}%x00`,
    // Nothing after this is read as an option, whatever a setting holds.
    '--',
  ];
}

const DATE = /^(\d{4}-\d{2}-\d{2})T/;

/**
 * What a scan read of one repository: the commits since `since` up to `tips`, and which of their
 * paths are generated. The next scan from the same day reads only the commits after the tips.
 */
export interface HistorySnapshot {
  readonly since: string;
  readonly tips: readonly string[];
  readonly commits: readonly Commit[];
  readonly generated: ReadonlySet<string>;
}

/** The tips of the local branches and HEAD, one hash a line: where a scan has read up to. */
export const TIPS_ARGUMENTS = ['rev-parse', '--branches', 'HEAD'];

/** The hashes `git rev-parse` wrote, sorted, so that two sets of tips compare as text. */
export function readTips(output: string): string[] {
  return [...new Set(output.split('\n').filter((line) => HASH.test(line)))].sort();
}

/** The commits in `git log` output made with `logArguments`; records of any other shape are left out. */
export function parseLog(output: string): Commit[] {
  const tokens = output.split('\0');
  const size = FIELDS.length + 1;
  const commits: Commit[] = [];
  // tokens[0] is what comes before the first record's leading NUL: nothing.
  for (let start = 1; start + FIELDS.length <= tokens.length; start += size) {
    const [hash = '', parents = '', authorName = '', authorEmail = '', authored = '', source = '', subject = '', body = ''] = tokens.slice(
      start,
      start + FIELDS.length,
    );
    const date = DATE.exec(authored)?.[1];
    const parentList = parents.split(' ').filter(Boolean);
    if (!HASH.test(hash) || !date || !parentList.every((parent) => HASH.test(parent))) continue;
    commits.push({
      hash,
      parents: parentList,
      authorName,
      authorEmail,
      date,
      source: branchName(source),
      subject,
      body,
      files: parseNumstat(tokens[start + FIELDS.length] ?? ''),
    });
  }
  return commits;
}

/**
 * The branch `%S` names. For a branch that `--branches` reached, git writes its short name
 * (`feature/x`); given full refs (as `--all` gives them) it writes `refs/heads/feature/x`. HEAD
 * names no branch, nor does any other ref.
 */
function branchName(source: string): string {
  if (source.startsWith('refs/heads/')) return source.slice('refs/heads/'.length);
  return source === 'HEAD' || source.startsWith('refs/') ? '' : source;
}

/** `--numstat` lines: added, deleted and the path, tab-separated; `-` counts for a binary file. */
function parseNumstat(chunk: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const line of chunk.split('\n')) {
    const match = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line);
    if (!match) continue;
    files.push({ path: unquote(match[3]!), added: count(match[1]!), deleted: count(match[2]!) });
  }
  return files;
}

function count(value: string): number {
  return value === '-' ? 0 : Number(value);
}

/** A path git wrote in C quotes (it holds a quote, a backslash or a control character), as it is. */
function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2)) return path;
  return path.slice(1, -1).replace(/\\(["\\abfnrtv]|[0-7]{3})/g, (_, escape: string) => {
    if (/^[0-7]{3}$/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
    return { '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }[escape] ?? escape;
  });
}
