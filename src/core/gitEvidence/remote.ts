/**
 * Web links to commits and pull requests, worked out from a repository's remote URL alone (no
 * network): GitHub, GitLab, Bitbucket and Azure DevOps, in their SSH and HTTPS forms. A remote
 * of another shape gives no links, and the commit is named by its hash.
 */

export type Host = 'github' | 'gitlab' | 'bitbucket' | 'azure';

export interface RemoteLinks {
  readonly host: Host;
  /** The repository's web page, `https://github.com/owner/repo`; stable across clones, so it names the repository. */
  readonly web: string;
  commit(hash: string): string;
  pullRequest(number: number): string;
}

/** The links of a remote URL, or undefined for a remote of a shape DevGrowth does not know. */
export function remoteLinks(url: string): RemoteLinks | undefined {
  const place = placeOf(url.trim());
  if (!place) return undefined;
  const { host, path } = place;
  const segments = path
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean);
  if (segments.some((segment) => !/^[\w.~%@+-]+$/.test(segment) || segment === '.' || segment === '..')) return undefined;
  if (host === 'dev.azure.com' || host === 'ssh.dev.azure.com' || host.endsWith('.visualstudio.com')) return azure(host, segments);
  const kind: Host | undefined = host.includes('github')
    ? 'github'
    : host.includes('gitlab')
      ? 'gitlab'
      : host.includes('bitbucket')
        ? 'bitbucket'
        : undefined;
  if (!kind || segments.length < 2 || (kind !== 'gitlab' && segments.length !== 2)) return undefined;
  const web = `https://${host}/${segments.join('/')}`;
  switch (kind) {
    case 'github':
      return { host: kind, web, commit: (hash) => `${web}/commit/${hash}`, pullRequest: (number) => `${web}/pull/${number}` };
    case 'gitlab':
      return { host: kind, web, commit: (hash) => `${web}/-/commit/${hash}`, pullRequest: (number) => `${web}/-/merge_requests/${number}` };
    case 'bitbucket':
      return { host: kind, web, commit: (hash) => `${web}/commits/${hash}`, pullRequest: (number) => `${web}/pull-requests/${number}` };
  }
}

/**
 * The host (lower-case, without credentials or port) and the path of a remote URL:
 * `https://user:token@host:443/path`, `ssh://git@host:22/path` or scp-like `git@host:path`.
 */
function placeOf(url: string): { host: string; path: string } | undefined {
  const withScheme = /^(?:https?|ssh|git\+ssh):\/\/(?:[^@/]*@)?([^/:]+)(?::\d*)?\/(.+)$/i.exec(url);
  const scpLike = withScheme ? undefined : /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(url);
  const match = withScheme ?? scpLike;
  if (!match) return undefined;
  const host = match[1]!.toLowerCase();
  return /^[a-z0-9.-]+$/.test(host) ? { host, path: match[2]!.replace(/\/+$/, '') } : undefined;
}

/**
 * Azure DevOps: `dev.azure.com/org/project/_git/repo`, `org.visualstudio.com/project/_git/repo`
 * (HTTPS) and `ssh.dev.azure.com:v3/org/project/repo` or `vs-ssh.visualstudio.com:v3/...` (SSH).
 */
function azure(host: string, segments: readonly string[]): RemoteLinks | undefined {
  let org: string | undefined;
  let project: string | undefined;
  let repo: string | undefined;
  if (segments[0] === 'v3' && segments.length === 4) [, org, project, repo] = segments;
  else if (host === 'dev.azure.com' && segments.length === 4 && segments[2] === '_git') [org, project, , repo] = segments;
  else if (host.endsWith('.visualstudio.com') && segments.length === 3 && segments[1] === '_git') {
    org = host.slice(0, -'.visualstudio.com'.length);
    [project, , repo] = segments;
  }
  if (!org || !project || !repo) return undefined;
  const web = `https://dev.azure.com/${org}/${project}/_git/${repo}`;
  return { host: 'azure', web, commit: (hash) => `${web}/commit/${hash}`, pullRequest: (number) => `${web}/pullrequest/${number}` };
}
