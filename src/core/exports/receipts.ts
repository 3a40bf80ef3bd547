import * as l10n from '@vscode/l10n';
import type { Evidence } from '../schema';

/** Short hashes named in a receipt; the rest are counted. */
const HASHES_SHOWN = 3;

/**
 * The receipts of a piece of evidence, as an export names them: the pull request it was merged
 * in and the commits it is made of (Log as Evidence from git writes both), so a reader can check
 * the claim. Also the link to give the item when the evidence has none of its own.
 */
export function receiptsOf(evidence: Evidence): { readonly note?: string; readonly link?: string } {
  const parts: string[] = [];
  const pullRequest = evidence.pullRequest?.trim();
  const number = pullRequest && (/^#(\d+)$/.exec(pullRequest)?.[1] ?? /\/(\d+)\/?$/.exec(pullRequest)?.[1]);
  if (pullRequest) parts.push(number ? l10n.t('pull request #{0}', number) : l10n.t('pull request {0}', pullRequest));
  const commits = evidence.commits ?? [];
  if (commits.length > 0) {
    const shown = commits.slice(0, HASHES_SHOWN).map((hash) => hash.slice(0, 7));
    const list = commits.length > HASHES_SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
    parts.push(commits.length === 1 ? l10n.t('1 commit: {0}', list) : l10n.t('{0} commits: {1}', commits.length, list));
  }
  const link = pullRequest && /^https?:\/\//.test(pullRequest) ? pullRequest : undefined;
  return { ...(parts.length > 0 ? { note: parts.join('; ') } : {}), ...(link ? { link } : {}) };
}
