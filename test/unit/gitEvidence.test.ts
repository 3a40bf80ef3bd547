import * as assert from 'node:assert/strict';
import { DEFAULT_TICKET_PATTERN, groupCommits, isoWeek, type RepositoryLog } from '../../src/core/gitEvidence/grouping';
import { identities, involvementIn, trailersOf } from '../../src/core/gitEvidence/identity';
import { logArguments, parseLog, type Commit } from '../../src/core/gitEvidence/log';
import { remoteLinks } from '../../src/core/gitEvidence/remote';
import { mailmapArguments, readConfig, readGeneratedPaths, readMailmap } from '../../src/core/gitEvidence/repository';
import {
  evidencePreset,
  likelyTarget,
  openSuggestions,
  reviewsSavedToday,
  scanStart,
  suggestionId,
  suggestionsFrom,
} from '../../src/core/gitEvidence/suggestion';
import { submitForm } from '../../src/core/forms/engine';
import { evidenceForm } from '../../src/core/forms/evidence';
import { identifier, SCHEMAS } from '../../src/core/schema';
import { indexPlan } from './growthPlan';

const ME = 'me@example.com';
const EMAILS = identities([ME]);
let counter = 0;

/** A commit of the user's unless said otherwise, one file of ten changed lines in src/app. */
function commit(fields: Partial<Commit> = {}): Commit {
  counter += 1;
  return {
    hash: counter.toString(16).padStart(40, '0'),
    parents: [],
    authorName: 'Me',
    authorEmail: ME,
    date: '2027-03-10',
    source: '',
    subject: `change ${counter}`,
    body: '',
    files: [{ path: 'src/app/file.ts', added: 6, deleted: 4 }],
    ...fields,
  };
}

function repository(commits: Commit[], fields: Partial<RepositoryLog> = {}): RepositoryLog {
  return { key: 'https://github.com/acme/shop', name: 'shop', commits, generated: new Set(), ...fields };
}

/** Each group as its rule and the subjects of its commits. */
function grouped(repositories: RepositoryLog[], pattern = DEFAULT_TICKET_PATTERN): string[] {
  return groupCommits(repositories, EMAILS, pattern).map(
    (group) => `${group.rule}: ${group.commits.map((mine) => mine.commit.subject).join(', ')}`,
  );
}

/** Git's output for `logArguments`, record by record. */
function logOutput(records: { fields: string[]; numstat?: string }[]): string {
  return records.map(({ fields, numstat = '' }) => `\0${fields.join('\0')}\0\n${numstat ? `\n${numstat}` : ''}`).join('');
}

describe('evidence from git', () => {
  describe('reading git log', () => {
    const hash = 'a'.repeat(40);
    const parent = 'b'.repeat(40);

    it('asks for everything in one invocation, options never taken from data', () => {
      const args = logArguments('2027-01-01');
      assert.equal(args.at(-1), '--');
      for (const option of ['--numstat', '--use-mailmap', '--no-textconv', '--no-ext-diff', '--since=2027-01-01', '--branches'])
        assert.ok(args.includes(option), option);
    });

    it('reads each field, the day in the author’s zone, the branch, and the changed lines (binary as 0)', () => {
      const output = logOutput([
        {
          fields: [hash, parent, 'Ana', 'ana@example.com', '2027-03-01T23:30:00-08:00', 'feature/ABC-1', 'Add cart', 'Body\n'],
          numstat: '3\t1\tsrc/cart.ts\n-\t-\tlogo.png\n2\t0\t"src/we\\"ird.ts"\n',
        },
        { fields: [parent, '', 'Bo', 'bo@example.com', '2027-02-28T10:00:00+01:00', 'HEAD', 'First', ''] },
      ]);
      assert.deepEqual(parseLog(output), [
        {
          hash,
          parents: [parent],
          authorName: 'Ana',
          authorEmail: 'ana@example.com',
          date: '2027-03-01',
          source: 'feature/ABC-1',
          subject: 'Add cart',
          body: 'Body\n',
          files: [
            { path: 'src/cart.ts', added: 3, deleted: 1 },
            { path: 'logo.png', added: 0, deleted: 0 },
            { path: 'src/we"ird.ts', added: 2, deleted: 0 },
          ],
        },
        {
          hash: parent,
          parents: [],
          authorName: 'Bo',
          authorEmail: 'bo@example.com',
          date: '2027-02-28',
          source: '',
          subject: 'First',
          body: '',
          files: [],
        },
      ]);
    });

    it('leaves out a record whose hash, parents or date is not what git writes', () => {
      const good = { fields: [hash, '', 'Me', ME, '2027-03-01T10:00:00Z', '', 'Good', ''] };
      const output = logOutput([
        { fields: ['not-a-hash', '', 'Me', ME, '2027-03-01T10:00:00Z', '', 'Bad', ''] },
        { fields: [parent, 'zzz', 'Me', ME, '2027-03-01T10:00:00Z', '', 'Bad', ''] },
        { fields: [parent, '', 'Me', ME, 'yesterday', '', 'Bad', ''] },
        good,
      ]);
      assert.deepEqual(
        parseLog(output).map((commit) => commit.subject),
        ['Good'],
      );
      assert.deepEqual(parseLog(''), []);
      assert.deepEqual(parseLog('garbage without separators'), []);
    });
  });

  describe('whose commits', () => {
    it('counts the user’s emails, extra ones and the mailmap’s, in any case', () => {
      const emails = identities(['Me@Example.com', undefined], ['old@example.org', ' '], ['me@corp.example']);
      assert.deepEqual([...emails], ['me@example.com', 'old@example.org', 'me@corp.example']);
      assert.equal(involvementIn(commit({ authorEmail: 'ME@corp.example' }), emails), 'authored');
      assert.equal(involvementIn(commit({ authorEmail: 'someone@example.com' }), emails), undefined);
    });

    it('counts pairing, reviews and help from the trailers naming the user', () => {
      const other = { authorEmail: 'ana@example.com', authorName: 'Ana' };
      const trailer = (line: string) => commit({ ...other, body: `Did a thing.\n\n${line}\n` });
      assert.equal(involvementIn(trailer(`Co-authored-by: Me <${ME}>`), EMAILS), 'co-authored');
      assert.equal(involvementIn(trailer(`Reviewed-by: Me <ME@example.com>`), EMAILS), 'reviewed');
      assert.equal(involvementIn(trailer(`Helped-by: Me <${ME}>`), EMAILS), 'helped');
      assert.equal(involvementIn(trailer(`Signed-off-by: Me <${ME}>`), EMAILS), undefined);
      assert.equal(involvementIn(trailer(`Co-authored-by: Bo <bo@example.com>`), EMAILS), undefined);
      // A line like a trailer in the middle of the message is text, not a trailer.
      assert.equal(involvementIn(commit({ ...other, body: `Co-authored-by: Me <${ME}>\n\nMore text.` }), EMAILS), undefined);
    });

    it('reads the person trailers of the last paragraph only', () => {
      assert.deepEqual(trailersOf('Text\n\nCo-authored-by: Ana Lima <ana@example.com>\r\nReviewed-by: Bo <bo@example.com>\nFixes: #3'), [
        { key: 'co-authored-by', name: 'Ana Lima', email: 'ana@example.com' },
        { key: 'reviewed-by', name: 'Bo', email: 'bo@example.com' },
      ]);
    });

    it('leaves out other people’s commits and merges, and names the people the user worked with', () => {
      const mine = commit({ subject: 'mine', body: 'x\n\nCo-authored-by: Ana <ana@example.com>' });
      const paired = commit({
        subject: 'paired',
        authorName: 'Bo',
        authorEmail: 'bo@example.com',
        body: `x\n\nCo-authored-by: Me <${ME}>`,
      });
      const theirs = commit({ subject: 'theirs', authorEmail: 'bo@example.com' });
      const merge = commit({ subject: 'Merge stuff', parents: [theirs.hash, mine.hash] });
      const [group, ...rest] = groupCommits([repository([merge, theirs, paired, mine])], EMAILS, DEFAULT_TICKET_PATTERN);
      assert.deepEqual(rest, []);
      assert.deepEqual(
        group!.commits.map((entry) => [entry.commit.subject, entry.involvement, entry.collaborators]),
        [
          ['paired', 'co-authored', ['Bo']],
          ['mine', 'authored', ['Ana']],
        ],
      );
    });
  });

  describe('grouping', () => {
    it('puts the commits a GitHub merge brought in under its pull request, titled as the pull request', () => {
      const base = commit({ subject: 'base', authorEmail: 'bo@example.com' });
      const one = commit({ subject: 'feat: one', parents: [base.hash] });
      const two = commit({ subject: 'two', parents: [one.hash] });
      const direct = commit({ subject: 'direct on main', parents: [base.hash], date: '2027-03-20' });
      const merge = commit({
        subject: 'Merge pull request #42 from acme/feature/cart',
        body: 'Add a shopping cart\n',
        parents: [direct.hash, two.hash],
        authorEmail: 'bo@example.com',
      });
      const groups = groupCommits([repository([merge, direct, two, one, base], { head: merge.hash })], EMAILS, DEFAULT_TICKET_PATTERN);
      assert.deepEqual(
        groups.map((group) => [group.key, group.commits.map((mine) => mine.commit.subject)]),
        [
          ['folder|https://github.com/acme/shop|2027-W11|src/app', ['direct on main']],
          ['pr|https://github.com/acme/shop|42', ['two', 'feat: one']],
        ],
      );
      const [suggestion] = suggestionsFrom([groups[1]!], new Map(), indexPlan([]));
      assert.equal(suggestion!.title, 'Add a shopping cart');
      assert.equal(suggestion!.branch, 'feature/cart');
    });

    it('reads the pull request of GitLab, Bitbucket and Azure DevOps merges', () => {
      const cases: [string, string, number, string | undefined][] = [
        ["Merge branch 'feature/search' into 'main'", 'Search\n\nSee merge request acme/shop!17', 17, 'feature/search'],
        ['Merged in feature/pay (pull request #8)', '', 8, 'feature/pay'],
        ['Merged PR 301: Faster checkout', '', 301, undefined],
      ];
      for (const [subject, body, number, branch] of cases) {
        const base = commit({ authorEmail: 'bo@example.com' });
        const work = commit({ subject: 'work', parents: [base.hash] });
        const merge = commit({ subject, body, parents: [base.hash, work.hash], authorEmail: 'bo@example.com' });
        const [group] = groupCommits([repository([merge, work, base], { head: merge.hash })], EMAILS, DEFAULT_TICKET_PATTERN);
        assert.equal(group!.rule, 'pull-request', subject);
        assert.equal(group!.commits[0]!.pullRequest, number, subject);
        assert.equal(group!.commits[0]!.branch, branch, subject);
      }
    });

    it('groups a squash-merged pull request by the number its subject ends with', () => {
      assert.deepEqual(grouped([repository([commit({ subject: 'Add search (#12)' }), commit({ subject: 'Other' })])]), [
        'folder: Other',
        'pull-request: Add search (#12)',
      ]);
    });

    it('groups by ticket, from the branch before the message, across repositories', () => {
      const shop = repository([
        commit({ subject: 'ABC-7 part one', source: 'feature/ABC-9-cart' }),
        commit({ subject: 'fix ABC-7 for real' }),
      ]);
      const api = repository([commit({ subject: 'api side', source: 'ABC-7-api' })], { key: 'api', name: 'api' });
      assert.deepEqual(grouped([shop, api]), ['ticket: fix ABC-7 for real, api side', 'ticket: ABC-7 part one']);
    });

    it('takes the ticket pattern from the setting, and the default when the setting is no valid pattern', () => {
      const commits = [commit({ subject: 'work on #431' }), commit({ subject: 'ABC-2 thing' })];
      assert.deepEqual(grouped([repository(commits)], '#\\d+'), ['folder: ABC-2 thing', 'ticket: work on #431']);
      assert.deepEqual(grouped([repository(commits)], '(['), ['folder: work on #431', 'ticket: ABC-2 thing']);
    });

    it('groups by branch, but not by the branches every repository has', () => {
      assert.deepEqual(
        grouped([
          repository([
            commit({ subject: 'a', source: 'spike/caching' }),
            commit({ subject: 'b', source: 'spike/caching' }),
            commit({ subject: 'c', source: 'main' }),
          ]),
        ]),
        ['branch: a, b', 'folder: c'],
      );
    });

    it('groups conventional commits by type and scope within an ISO week', () => {
      assert.deepEqual(
        grouped([
          repository([
            commit({ subject: 'fix(parser): one', date: '2027-03-12' }),
            commit({ subject: 'fix(parser)!: two', date: '2027-03-08' }),
            commit({ subject: 'fix(parser): last week', date: '2027-03-07' }),
            commit({ subject: 'feat(parser): new', date: '2027-03-09' }),
          ]),
        ]),
        ['conventional: fix(parser): one, fix(parser)!: two', 'conventional: feat(parser): new', 'conventional: fix(parser): last week'],
      );
      assert.equal(isoWeek('2027-01-01'), '2026-W53');
      assert.equal(isoWeek('2027-03-08'), '2027-W10');
    });

    it('groups the rest by the folder most touched, within a week', () => {
      const in_ = (folder: string, date = '2027-03-10') =>
        [{ path: `${folder}/x.ts`, added: 1, deleted: 0 }].map((file) => ({ ...file, date }));
      assert.deepEqual(
        grouped([
          repository([
            commit({ subject: 'docs', files: [{ path: 'docs/a.md', added: 50, deleted: 0 }, ...in_('src/app')] }),
            commit({ subject: 'app', files: in_('src/app') }),
            commit({ subject: 'app earlier', files: in_('src/app'), date: '2027-03-01' }),
          ]),
        ]),
        ['folder: docs', 'folder: app', 'folder: app earlier'],
      );
    });

    it('leaves lockfiles, generated, vendored and minified files out of a group’s size', () => {
      const files = [
        'package-lock.json',
        'yarn.lock',
        'dist/app.js',
        'web/vendor/lib.js',
        'node_modules/x/index.js',
        'public/app.min.js',
        'src/schema.generated.ts',
        'src/real.ts',
      ].map((path) => ({ path, added: 100, deleted: 0 }));
      const [group] = groupCommits(
        [repository([commit({ files })], { generated: new Set(['src/schema.generated.ts']) })],
        EMAILS,
        DEFAULT_TICKET_PATTERN,
      );
      assert.equal(group!.commits[0]!.changedLines, 100);
      assert.equal(group!.commits[0]!.folder, 'src');
    });
  });

  describe('links', () => {
    const hash = 'c'.repeat(40);
    const shapes: [string, string, string][] = [
      ['git@github.com:acme/shop.git', 'https://github.com/acme/shop/commit/', 'https://github.com/acme/shop/pull/5'],
      ['https://github.com/acme/shop', 'https://github.com/acme/shop/commit/', 'https://github.com/acme/shop/pull/5'],
      ['ssh://git@github.com:22/acme/shop.git', 'https://github.com/acme/shop/commit/', 'https://github.com/acme/shop/pull/5'],
      ['https://user:secret@github.com/acme/shop.git', 'https://github.com/acme/shop/commit/', 'https://github.com/acme/shop/pull/5'],
      [
        'git@gitlab.com:acme/team/shop.git',
        'https://gitlab.com/acme/team/shop/-/commit/',
        'https://gitlab.com/acme/team/shop/-/merge_requests/5',
      ],
      [
        'https://gitlab.example.com/acme/shop.git',
        'https://gitlab.example.com/acme/shop/-/commit/',
        'https://gitlab.example.com/acme/shop/-/merge_requests/5',
      ],
      ['git@bitbucket.org:acme/shop.git', 'https://bitbucket.org/acme/shop/commits/', 'https://bitbucket.org/acme/shop/pull-requests/5'],
      [
        'https://me@bitbucket.org/acme/shop.git',
        'https://bitbucket.org/acme/shop/commits/',
        'https://bitbucket.org/acme/shop/pull-requests/5',
      ],
      [
        'https://acme@dev.azure.com/acme/Shop/_git/web',
        'https://dev.azure.com/acme/Shop/_git/web/commit/',
        'https://dev.azure.com/acme/Shop/_git/web/pullrequest/5',
      ],
      [
        'git@ssh.dev.azure.com:v3/acme/Shop/web',
        'https://dev.azure.com/acme/Shop/_git/web/commit/',
        'https://dev.azure.com/acme/Shop/_git/web/pullrequest/5',
      ],
      [
        'https://acme.visualstudio.com/Shop/_git/web',
        'https://dev.azure.com/acme/Shop/_git/web/commit/',
        'https://dev.azure.com/acme/Shop/_git/web/pullrequest/5',
      ],
      [
        'acme@vs-ssh.visualstudio.com:v3/acme/Shop/web',
        'https://dev.azure.com/acme/Shop/_git/web/commit/',
        'https://dev.azure.com/acme/Shop/_git/web/pullrequest/5',
      ],
    ];
    for (const [url, commitLink, pullRequest] of shapes) {
      it(`from ${url}`, () => {
        const links = remoteLinks(url);
        assert.ok(links, url);
        assert.equal(links.commit(hash), commitLink + hash);
        assert.equal(links.pullRequest(5), pullRequest);
        assert.ok(!links.web.includes('secret') && !links.web.includes('@'));
      });
    }

    it('none for a remote of another shape, a local path or a path that climbs out', () => {
      for (const url of [
        '/srv/git/shop.git',
        'file:///srv/git/shop',
        'https://example.com/acme/shop',
        'git@github.com:acme/../evil',
        'https://github.com/acme/shop/extra',
        '',
      ])
        assert.equal(remoteLinks(url), undefined, url);
    });

    it('a repository without a known remote names its commits by hash and its pull request by number', () => {
      const groups = groupCommits([repository([commit({ subject: 'Add search (#12)' })])], EMAILS, DEFAULT_TICKET_PATTERN);
      const [plain] = suggestionsFrom(groups, new Map(), indexPlan([]));
      assert.equal(plain!.commits[0]!.link, undefined);
      assert.deepEqual(evidencePreset(plain!).links, { commits: [plain!.commits[0]!.hash], pullRequest: '#12' });
      assert.equal(evidencePreset(plain!).values.link, undefined);
      const remotes = new Map([['https://github.com/acme/shop', remoteLinks('git@github.com:acme/shop.git')!]]);
      const [linked] = suggestionsFrom(groups, remotes, indexPlan([]));
      assert.equal(linked!.commits[0]!.link, `https://github.com/acme/shop/commit/${linked!.commits[0]!.hash}`);
      assert.deepEqual(evidencePreset(linked!).links.pullRequest, 'https://github.com/acme/shop/pull/12');
      assert.equal(evidencePreset(linked!).values.link, 'https://github.com/acme/shop/pull/12');
    });
  });

  describe('suggestions', () => {
    const GOAL = [
      'goals/checkout.md',
      [
        '---',
        'kind: goal',
        'schema: 1',
        'title: Own the checkout service',
        'horizon: short',
        'status: active',
        'tags: [PAY-1]',
        'milestones:',
        '  - id: faster-payments',
        '    title: Payments under one second',
        '  - id: search-relevance',
        '    title: Better search ranking for shoppers',
        '---',
        '',
      ].join('\n'),
    ] as const;
    const plan = indexPlan([GOAL]);
    const target = (fields: { title?: string; ticket?: string; branch?: string }) =>
      likelyTarget({ title: fields.title ?? 'Something', ticket: fields.ticket, branch: fields.branch, commits: [] }, plan);

    it('have an id made from what the commits share, the same wherever they are read, that the plan accepts', () => {
      const id = suggestionId('pr|https://github.com/acme/shop|42');
      assert.equal(id, suggestionId('pr|https://github.com/acme/shop|42'));
      assert.notEqual(id, suggestionId('pr|https://github.com/acme/shop|43'));
      assert.match(id, /^git-[0-9a-f]{16}$/);
      assert.ok(identifier.safeParse(id).success);
      const first = groupCommits(
        [repository([commit({ subject: 'Add search (#12)', hash: 'd'.repeat(40) })])],
        EMAILS,
        DEFAULT_TICKET_PATTERN,
      );
      const again = groupCommits(
        [repository([commit({ subject: 'Add search (#12)', hash: 'e'.repeat(40) })])],
        EMAILS,
        DEFAULT_TICKET_PATTERN,
      );
      assert.equal(suggestionsFrom(first, new Map(), plan)[0]!.id, suggestionsFrom(again, new Map(), plan)[0]!.id);
    });

    it('sum up their commits: title, dates, repositories, folders, lines, ticket and co-authors', () => {
      const groups = groupCommits(
        [
          repository([
            commit({
              subject: 'feat(cart): ABC-3 add the cart',
              date: '2027-03-12',
              files: [{ path: 'src/cart/a.ts', added: 90, deleted: 10 }],
            }),
            commit({ subject: 'ABC-3 tidy', date: '2027-03-02', body: 'x\n\nCo-authored-by: Ana <ana@example.com>' }),
          ]),
        ],
        EMAILS,
        DEFAULT_TICKET_PATTERN,
      );
      const [suggestion] = suggestionsFrom(groups, new Map(), plan);
      assert.deepEqual(
        { ...suggestion, id: undefined, commits: suggestion!.commits.length },
        {
          id: undefined,
          rule: 'ticket',
          title: 'Add the cart',
          from: '2027-03-02',
          to: '2027-03-12',
          repositories: ['shop'],
          folders: ['src/cart', 'src/app'],
          changedLines: 110,
          commits: 2,
          ticket: 'ABC-3',
          collaborators: ['Ana'],
          involvement: ['authored'],
        },
      );
    });

    it('name the goal or milestone they likely serve: by ticket, then branch, then shared words', () => {
      assert.deepEqual(target({ ticket: 'PAY-1' }), { goal: 'checkout', by: 'ticket' });
      assert.deepEqual(target({ branch: 'feature/faster-payments' }), { goal: 'checkout', milestone: 'faster-payments', by: 'branch' });
      assert.deepEqual(target({ title: 'Tune search ranking' }), { goal: 'checkout', milestone: 'search-relevance', by: 'words' });
      assert.equal(target({ title: 'Upgrade the linter' }), undefined);
    });

    it('leave out what was dismissed, logged, or linked by evidence already', () => {
      const groups = groupCommits(
        [
          repository([
            commit({ subject: 'One (#1)' }),
            commit({ subject: 'Two (#2)' }),
            commit({ subject: 'Three (#3)' }),
            commit({ subject: 'Four (#4)' }),
          ]),
        ],
        EMAILS,
        DEFAULT_TICKET_PATTERN,
      );
      const byTitle = new Map(suggestionsFrom(groups, new Map(), plan).map((suggestion) => [suggestion.title, suggestion]));
      const [one, two, three, four] = ['One', 'Two', 'Three', 'Four'].map((title) => byTitle.get(title)!);
      const withAnswers = indexPlan([
        GOAL,
        [
          'profile.md',
          `---\nkind: profile\nschema: 1\ncurrentLevel: Engineer\ntrack: ic\nnorthStar:\n  statement: Staff\ndismissedGitEvidence:\n  ${one!.id}: 2027-03-20\n---\n`,
        ],
        ['evidence/2027-03-21-a.md', `---\nkind: evidence\nschema: 1\ndate: 2027-03-21\ntitle: A\nsuggestion: ${two!.id}\n---\n`],
        [
          'evidence/2027-03-22-b.md',
          `---\nkind: evidence\nschema: 1\ndate: 2027-03-22\ntitle: B\ncommits: ["${three!.commits[0]!.hash}"]\n---\n`,
        ],
      ]);
      assert.deepEqual(
        openSuggestions([one!, two!, three!, four!], withAnswers).map((s) => s.title),
        ['Four'],
      );
      assert.deepEqual(
        openSuggestions([one!, two!, three!, four!], plan).map((s) => s.title),
        ['One', 'Two', 'Three', 'Four'],
      );
    });

    it('fold what the user merged into the one it was merged with, on every scan, following chains, a circle as one', () => {
      const groups = groupCommits(
        [
          repository([
            commit({
              subject: 'Refund reasons (#5)',
              date: '2027-03-12',
              files: [{ path: 'src/refunds/reasons.ts', added: 30, deleted: 2 }],
            }),
            commit({
              subject: 'Partial refunds (#4)',
              date: '2027-03-10',
              files: [{ path: 'src/refunds/partial.ts', added: 50, deleted: 0 }],
            }),
            commit({ subject: 'Refund emails (#6)', date: '2027-03-15' }),
            commit({ subject: 'Search (#7)', date: '2027-03-16' }),
          ]),
        ],
        EMAILS,
        DEFAULT_TICKET_PATTERN,
      );
      const suggestions = suggestionsFrom(groups, new Map(), plan);
      const id = (title: string) => suggestions.find((suggestion) => suggestion.commits[0]!.subject === title)!.id;
      const profile = (merges: Record<string, string>) =>
        indexPlan([
          GOAL,
          [
            'profile.md',
            `---\nkind: profile\nschema: 1\ncurrentLevel: Engineer\ntrack: ic\nnorthStar:\n  statement: Staff\nmergedGitEvidence:\n${Object.entries(
              merges,
            )
              .map(([from, into]) => `  ${from}: ${into}`)
              .join('\n')}\n---\n`,
          ],
        ]);
      // Reasons into partial refunds, emails into reasons: all three become partial refunds.
      const merged = openSuggestions(
        suggestions,
        profile({ [id('Refund reasons (#5)')]: id('Partial refunds (#4)'), [id('Refund emails (#6)')]: id('Refund reasons (#5)') }),
      );
      // The one merged into keeps its place among the rest.
      assert.deepEqual(
        merged.map((suggestion) => suggestion.id),
        suggestions.map((suggestion) => suggestion.id).filter((each) => each === id('Partial refunds (#4)') || each === id('Search (#7)')),
      );
      const refunds = merged.find((suggestion) => suggestion.id === id('Partial refunds (#4)'))!;
      assert.equal(refunds.title, suggestions.find((suggestion) => suggestion.id === refunds.id)!.title);
      assert.equal(refunds.id, id('Partial refunds (#4)'));
      assert.deepEqual(refunds.commits.map((commit) => commit.subject).sort(), [
        'Partial refunds (#4)',
        'Refund emails (#6)',
        'Refund reasons (#5)',
      ]);
      assert.deepEqual([refunds.from, refunds.to], ['2027-03-10', '2027-03-15']);
      assert.equal(refunds.changedLines, 50 + 32 + 10);
      assert.equal(refunds.pullRequest?.number, 4);
      // A circle of merges is one piece; a merge into a suggestion this scan did not find changes nothing.
      const looped = openSuggestions(
        suggestions,
        profile({
          [id('Search (#7)')]: id('Refund emails (#6)'),
          [id('Refund emails (#6)')]: id('Search (#7)'),
          [id('Partial refunds (#4)')]: 'git-0000000000000000',
        }),
      );
      assert.equal(looped.length, 3);
      assert.equal(
        looped.reduce((sum, suggestion) => sum + suggestion.commits.length, 0),
        4,
      );
    });

    it('look back to the latest evidence or review, or 90 days', () => {
      assert.equal(scanStart(plan, '2027-04-01'), '2027-01-01');
      const logged = indexPlan([
        ['evidence/2027-03-21-a.md', '---\nkind: evidence\nschema: 1\ndate: 2027-03-21\ntitle: A\n---\n'],
        ['reviews/2027-03-25.md', '---\nkind: review\nschema: 1\ndate: 2027-03-25\nonTrack: "yes"\n---\n'],
      ]);
      assert.equal(scanStart(logged, '2027-04-01'), '2027-03-25');
    });

    it('look, after a review saved today, at the commits since the evidence or review before it', () => {
      const earlier = [
        ['evidence/2027-03-21-a.md', '---\nkind: evidence\nschema: 1\ndate: 2027-03-21\ntitle: A\n---\n'],
        ['reviews/2027-03-10.md', '---\nkind: review\nschema: 1\ndate: 2027-03-10\nonTrack: "yes"\n---\n'],
      ] as const;
      const review = (date: string) => `---\nkind: review\nschema: 1\ndate: ${date}\nonTrack: partly\n---\n`;
      const plan = indexPlan(earlier);
      const saved = plan.set('reviews/2027-04-01.md', review('2027-04-01'));
      assert.deepEqual(reviewsSavedToday([saved], plan, '2027-04-01'), [{ path: 'reviews/2027-04-01.md', since: '2027-03-21' }]);
      // Edited again, it asks for nothing more; nor does a review dated another day, or another kind of file.
      const edited = plan.set('reviews/2027-04-01.md', review('2027-04-01').replace('partly', '"yes"'));
      const backfilled = plan.set('reviews/2027-02-01.md', review('2027-02-01'));
      const evidence = plan.set('evidence/2027-04-01-b.md', '---\nkind: evidence\nschema: 1\ndate: 2027-04-01\ntitle: B\n---\n');
      assert.deepEqual(reviewsSavedToday([edited, backfilled, evidence], plan, '2027-04-01'), []);
      // The first review of a plan with no evidence looks 90 days back.
      const first = indexPlan([]);
      assert.deepEqual(reviewsSavedToday([first.set('reviews/2027-04-01.md', review('2027-04-01'))], first, '2027-04-01'), [
        { path: 'reviews/2027-04-01.md', since: '2027-01-01' },
      ]);
    });
  });

  describe('in the plan’s files', () => {
    it('a profile keeps the dismissed suggestions, an evidence file its commits and pull request', () => {
      const profile = {
        kind: 'profile',
        currentLevel: 'Engineer',
        track: 'ic',
        northStar: { statement: 'Staff' },
        dismissedGitEvidence: { 'git-0123456789abcdef': '2027-03-20' },
      };
      assert.ok(SCHEMAS.profile.safeParse(profile).success);
      assert.ok(!SCHEMAS.profile.safeParse({ ...profile, dismissedGitEvidence: { 'git-0123456789abcdef': 'today' } }).success);
      assert.ok(!SCHEMAS.profile.safeParse({ ...profile, dismissedGitEvidence: { 'Not An Id': '2027-03-20' } }).success);
      const evidence = {
        kind: 'evidence',
        date: '2027-03-20',
        title: 'A',
        commits: ['a'.repeat(40), 'abc1234'],
        pullRequest: 'https://github.com/acme/shop/pull/5',
      };
      assert.ok(SCHEMAS.evidence.safeParse(evidence).success);
      assert.ok(!SCHEMAS.evidence.safeParse({ ...evidence, commits: ['HEAD'] }).success);
    });
  });
});

describe('the other questions asked of a repository', () => {
  it('reads its email and its remote, origin first', () => {
    assert.deepEqual(
      readConfig('user.email me@example.com\nremote.fork.url git@github.com:me/shop.git\nremote.origin.url git@github.com:acme/shop.git\n'),
      { email: 'me@example.com', remote: 'git@github.com:acme/shop.git' },
    );
    assert.deepEqual(readConfig('remote.fork.url https://gitlab.com/me/shop\n'), { remote: 'https://gitlab.com/me/shop' });
    assert.deepEqual(readConfig(''), {});
  });

  it('asks the mailmap about each email, never passing one that could be read as something else', () => {
    assert.deepEqual(mailmapArguments(['me@example.com', '--output=/tmp/x', 'a>b@c', 'x@y\nz']), ['check-mailmap', '<me@example.com>']);
    assert.equal(mailmapArguments(['not an email']), undefined);
    assert.deepEqual(readMailmap('Me <me@corp.example>\nnonsense\n'), ['me@corp.example']);
  });

  it('reads which paths the attributes mark generated or vendored', () => {
    const output = [
      'src/a.ts',
      'linguist-generated',
      'set',
      'src/b.ts',
      'linguist-generated',
      'unspecified',
      'lib/c.js',
      'linguist-vendored',
      'true',
      'd.ts',
      'linguist-generated',
      'false',
      '',
    ].join('\0');
    assert.deepEqual([...readGeneratedPaths(output)], ['src/a.ts', 'lib/c.js']);
  });
});

describe('Log as Evidence from a suggestion', () => {
  it('writes evidence that names the suggestion and links its commits and pull request', () => {
    const plan = indexPlan([]);
    const hash = 'f'.repeat(40);
    const context = {
      today: '2027-03-20',
      plan,
      checkinWeeks: 5,
      reviewCadence: 'biweekly',
      suggestion: 'git-0123456789abcdef',
      commitLinks: { commits: [hash], pullRequest: 'https://github.com/acme/shop/pull/12' },
    } as const;
    const result = submitForm(evidenceForm, context, { title: 'Add search', date: '2027-03-18' }, () => false);
    assert.ok(result.ok);
    assert.match(result.data.create.text, /\ncommits:\n {2}- f{40}\npullRequest: https:\/\/github\.com\/acme\/shop\/pull\/12\n/);
    assert.match(result.data.create.text, /\nsuggestion: git-0123456789abcdef\n/);
    const plain = submitForm(
      evidenceForm,
      { ...context, suggestion: undefined, commitLinks: undefined },
      { title: 'Other', date: '2027-03-18' },
      () => false,
    );
    assert.ok(plain.ok);
    assert.doesNotMatch(plain.data.create.text, /commits:|pullRequest:/);
  });
});
