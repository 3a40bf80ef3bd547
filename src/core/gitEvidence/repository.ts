/**
 * The small git questions asked of a repository besides its log, and how their answers are
 * read: its email and remotes, what its mailmap makes of the user's emails, and which paths
 * its attributes mark generated or vendored. Answers are repository text, read defensively.
 */

/** Asks for `user.email` and every remote's URL in one run. */
export const CONFIG_ARGUMENTS = ['config', '--get-regexp', '^(user\\.email|remote\\..+\\.url)$'];

/** The user's email of the repository and its remote URL: `origin`'s, or the first one. */
export function readConfig(output: string): { email?: string; remote?: string } {
  let email: string | undefined;
  const remotes: [string, string][] = [];
  for (const line of output.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) continue;
    const key = line.slice(0, space).toLowerCase();
    const value = line.slice(space + 1).trim();
    if (key === 'user.email') email = value;
    else if (/^remote\..+\.url$/.test(key)) remotes.push([key.slice('remote.'.length, -'.url'.length), value]);
  }
  const remote = (remotes.find(([name]) => name === 'origin') ?? remotes[0])?.[1];
  return { ...(email ? { email } : {}), ...(remote ? { remote } : {}) };
}

/**
 * `git check-mailmap` for each email: `<email>` cannot be taken for an option, and an email
 * that holds `<`, `>` or a line break is left out rather than passed on.
 */
export function mailmapArguments(emails: readonly string[]): string[] | undefined {
  const safe = emails.filter((email) => /^[^<>\s]+@[^<>\s]+$/.test(email));
  return safe.length > 0 ? ['check-mailmap', ...safe.map((email) => `<${email}>`)] : undefined;
}

/** The emails `git check-mailmap` answered with, one `Name <email>` a line. */
export function readMailmap(output: string): string[] {
  return output
    .split('\n')
    .map((line) => /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(line)?.[1])
    .filter((email): email is string => email !== undefined);
}

/** Asks for the attributes that mark generated and vendored files; the paths go to its standard input, NUL-separated. */
export const ATTRIBUTE_ARGUMENTS = ['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'];

/** The paths `git check-attr -z` says are generated or vendored (the attribute set or true). */
export function readGeneratedPaths(output: string): Set<string> {
  const fields = output.split('\0');
  const paths = new Set<string>();
  for (let at = 0; at + 2 < fields.length; at += 3) {
    const value = fields[at + 2];
    if (value === 'set' || value === 'true') paths.add(fields[at]!);
  }
  return paths;
}
