/**
 * Which commits are the user's, and how: the ones they wrote, and the work that usually goes
 * unseen, where a trailer names them as a co-author (pairing), a reviewer or a helper.
 */
import type { Commit } from './log';

/** How the user took part in a commit, most direct first. */
export type Involvement = 'authored' | 'co-authored' | 'reviewed' | 'helped';

/** A trailer of a commit message: `Co-authored-by: Ana <ana@example.com>`. */
export interface Trailer {
  readonly key: string;
  readonly name: string;
  readonly email: string;
}

const TRAILER_ROLES: Readonly<Record<string, Involvement>> = {
  'co-authored-by': 'co-authored',
  'reviewed-by': 'reviewed',
  'helped-by': 'helped',
};

/**
 * The user's emails, lower-case: each repository's `user.email`, the extra ones from the
 * settings, and what the repository's mailmap makes of them (git answers that, so the author
 * emails of `--use-mailmap` compare with the same canonical address).
 */
export function identities(...emails: readonly (readonly (string | undefined)[])[]): ReadonlySet<string> {
  return new Set(
    emails
      .flat()
      .map((email) => email?.trim().toLowerCase())
      .filter((email): email is string => !!email && email.includes('@')),
  );
}

/** The person trailers of the message's last paragraph (co-authors, reviewers, helpers). */
export function trailersOf(body: string): Trailer[] {
  const paragraphs = body
    .replace(/\r\n/g, '\n')
    .trimEnd()
    .split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const trailers: Trailer[] = [];
  for (const line of last.split('\n')) {
    const match = /^([A-Za-z][A-Za-z-]*):\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(line.trim());
    if (match && TRAILER_ROLES[match[1]!.toLowerCase()]) trailers.push({ key: match[1]!.toLowerCase(), name: match[2]!, email: match[3]! });
  }
  return trailers;
}

/** How the user took part in the commit, or undefined when it is not theirs. */
export function involvementIn(commit: Commit, emails: ReadonlySet<string>): Involvement | undefined {
  if (emails.has(commit.authorEmail.toLowerCase())) return 'authored';
  const roles = trailersOf(commit.body)
    .filter((trailer) => emails.has(trailer.email.toLowerCase()))
    .map((trailer) => TRAILER_ROLES[trailer.key]!);
  return (['co-authored', 'reviewed', 'helped'] as const).find((role) => roles.includes(role));
}

/** The people the user worked with on the commit: its author when that is not the user, and its co-authors. */
export function collaboratorsIn(commit: Commit, emails: ReadonlySet<string>): string[] {
  const people = [
    { name: commit.authorName, email: commit.authorEmail },
    ...trailersOf(commit.body).filter((trailer) => trailer.key === 'co-authored-by'),
  ];
  return people.filter((person) => !emails.has(person.email.toLowerCase())).map((person) => person.name || person.email);
}
