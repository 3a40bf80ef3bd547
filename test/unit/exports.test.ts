import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { bragDocument } from '../../src/core/exports/brag';
import { escapeHtml, escapeMarkdown, safeLink, toHtml, toMarkdown } from '../../src/core/exports/document';
import { quarterRetrospective } from '../../src/core/exports/retrospective';
import { GrowthIndex } from '../../src/core/growthIndex';

const file = (lines: string[]) => `---\n${lines.join('\n')}\n---\n`;

function plan(): GrowthIndex {
  const index = new GrowthIndex();
  index.set(
    'growth/profile.md',
    file([
      'kind: profile',
      'schema: 1',
      'name: Sam Rivera',
      'currentLevel: Engineer II',
      'targetLevel: Senior Engineer',
      'track: ic',
      'promotionCycle: 2027-H1',
      'northStar:',
      '  statement: Own the payments platform',
    ]),
  );
  index.set(
    'growth/goals/refunds.md',
    file([
      'kind: goal',
      'schema: 1',
      'title: Ship the refunds redesign',
      'horizon: short',
      'status: active',
      'pillar: technical',
      'horizonStart: 2026-10-01',
      'due: 2026-12-20',
      'milestones:',
      '  - id: design',
      '    title: Design doc approved',
      '    status: done',
      '    completed: 2026-10-20',
      '    rubric:',
      '      before: {confidence: 2, competence: 2, impact: 1, clarity: 2}',
      '      after: {confidence: 4, competence: 3, impact: 3, clarity: 4}',
      '  - id: build',
      '    title: Build the service',
      '    status: active',
      '    due: 2026-12-01',
    ]),
  );
  index.set(
    'growth/goals/talks.md',
    file([
      'kind: goal',
      'schema: 1',
      'title: Give two internal talks',
      'horizon: short',
      'status: paused',
      'pillar: influence',
      'due: 2026-11-30',
    ]),
  );
  index.set(
    'growth/evidence/a.md',
    file([
      'kind: evidence',
      'schema: 1',
      'date: 2026-10-21',
      'title: Design doc <approved>',
      'goal: refunds',
      'impact: Unblocked two teams',
      'links: ["https://example.com/doc"]',
    ]),
  );
  index.set(
    'growth/evidence/b.md',
    file(['kind: evidence', 'schema: 1', 'date: 2026-11-02', 'title: Fixed the flaky deploy', 'pillar: relationships']),
  );
  index.set(
    'growth/evidence/old.md',
    file(['kind: evidence', 'schema: 1', 'date: 2025-01-10', 'title: Something long ago', 'goal: refunds']),
  );
  index.set(
    'growth/cards/design.md',
    file([
      'kind: card',
      'schema: 1',
      'title: Refunds design',
      'goal: refunds',
      'milestone: design',
      'artefacts:',
      '  - type: technical',
      '    title: Event schema for refunds',
      '    link: https://example.com/schema',
      '    date: 2026-10-12',
      '  - type: process',
      '    title: Decision log on retries',
      '  - type: people',
      '    title: Walkthrough for support',
      '    link: javascript:alert(1)',
      '    date: 2026-10-19',
      '  - type: people',
      '    title: A talk long before',
      '    date: 2025-03-01',
    ]),
  );
  index.set(
    'growth/cards/talk.md',
    file([
      'kind: card',
      'schema: 1',
      'title: First talk',
      'goal: talks',
      'artefacts:',
      '  - type: people',
      '    title: Slides on idempotency',
      '    link: https://example.com/slides',
    ]),
  );
  index.set(
    'growth/service/s.md',
    file(['kind: service', 'schema: 1', 'date: 2026-11-05', 'title: Paired on onboarding', 'type: mentoring', 'who: Ana']),
  );
  index.set(
    'growth/reviews/r1.md',
    file(['kind: review', 'schema: 1', 'date: 2026-10-15', 'onTrack: yes', 'learned: Small design reviews beat one big one']),
  );
  index.set(
    'growth/reviews/r2.md',
    file([
      'kind: review',
      'schema: 1',
      'date: 2026-11-01',
      'onTrack: no',
      'whys: [Talks slipped, No slot in the calendar, I never asked for one]',
    ]),
  );
  return index;
}

describe('brag document', () => {
  const period = { from: '2026-07-01', to: '2026-12-31' };

  it('groups the period’s achievements by goal, with untied ones last', () => {
    const markdown = toMarkdown(bragDocument(plan(), period).blocks);
    const refunds = markdown.indexOf('### Ship the refunds redesign');
    const other = markdown.indexOf('### Other achievements');
    assert.ok(refunds > 0 && other > refunds, markdown);
    assert.match(markdown, /\*\*2026-10-21\*\* \[Design doc \\<approved\\>: Unblocked two teams\]\(<https:\/\/example.com\/doc>\)/);
    assert.doesNotMatch(markdown, /Something long ago/);
  });

  it('counts achievements per pillar, taking the goal’s pillar when the entry has none', () => {
    const markdown = toMarkdown(bragDocument(plan(), period).blocks);
    assert.match(markdown, /\| Technical \| 1 \|/);
    assert.match(markdown, /\| Relationships \| 1 \|/);
    assert.match(markdown, /\| Influence \| 0 \|/);
  });

  it('heads the document with the profile’s name and the period, in sentence case', () => {
    const markdown = toMarkdown(bragDocument(plan(), period).blocks);
    assert.match(markdown, /^# Sam Rivera: Achievements from 2026-07-01 to 2026-12-31\n/);
    const nameless = plan();
    nameless.set(
      'growth/profile.md',
      file([
        'kind: profile',
        'schema: 1',
        'currentLevel: Engineer II',
        'targetLevel: Senior Engineer',
        'track: ic',
        'northStar:',
        '  statement: Own it',
      ]),
    );
    assert.match(toMarkdown(bragDocument(nameless, period).blocks), /^# Achievements from 2026-07-01 to 2026-12-31\n/);
  });

  it('counts evidence under the pillar of the long-term goal its goal serves, and the rest as no pillar', () => {
    const index = new GrowthIndex();
    index.set(
      'growth/goals/lead.md',
      file(['kind: goal', 'schema: 1', 'title: Lead payments', 'horizon: long', 'status: active', 'pillar: influence']),
    );
    index.set(
      'growth/goals/talk.md',
      file(['kind: goal', 'schema: 1', 'title: Give a talk', 'horizon: short', 'status: active', 'parent: lead']),
    );
    index.set(
      'growth/goals/loop-a.md',
      file(['kind: goal', 'schema: 1', 'title: Loop A', 'horizon: short', 'status: active', 'parent: loop-b']),
    );
    index.set(
      'growth/goals/loop-b.md',
      file(['kind: goal', 'schema: 1', 'title: Loop B', 'horizon: short', 'status: active', 'parent: loop-a']),
    );
    index.set('growth/evidence/talk.md', file(['kind: evidence', 'schema: 1', 'date: 2026-10-21', 'title: Gave the talk', 'goal: talk']));
    index.set(
      'growth/evidence/loop.md',
      file(['kind: evidence', 'schema: 1', 'date: 2026-10-22', 'title: Went round in circles', 'goal: loop-a']),
    );
    index.set('growth/evidence/loose.md', file(['kind: evidence', 'schema: 1', 'date: 2026-10-23', 'title: Fixed the build']));
    const markdown = toMarkdown(bragDocument(index, period).blocks);
    assert.match(markdown, /\| Influence \| 1 \|/);
    assert.match(markdown, /\| Technical \| 0 \|/);
    assert.match(markdown, /\| No pillar named \| 2 \|/);
    assert.doesNotMatch(
      toMarkdown(bragDocument(plan(), period).blocks),
      /No pillar named/,
      'the row shows only when some evidence has no pillar',
    );
  });

  it('shows progress, rubric growth and service to others', () => {
    const markdown = toMarkdown(bragDocument(plan(), period).blocks);
    assert.match(markdown, /\| Ship the refunds redesign \| active \| 1\/2 \| 2026-12-20 \|/);
    assert.match(markdown, /\| Design doc approved \| 2 → 4 \| 2 → 3 \| 1 → 3 \| 2 → 4 \|/);
    assert.match(markdown, /Paired on onboarding \(with Ana\)/);
    assert.match(markdown, /Engineer II, working towards Senior Engineer \(individual contributor track, targeting the 2027-H1 cycle\)/);
  });

  it('renders user text as text in HTML', () => {
    const { title, blocks } = bragDocument(plan(), period);
    const html = toHtml(title, blocks);
    assert.match(html, /Design doc &#60;approved&#62;/);
    assert.doesNotMatch(html, /<approved>/);
    assert.match(html, /<a href="https:\/\/example.com\/doc">/);
  });

  it('lists each artefact of the period under its goal and growth card, with its kind, title and link', () => {
    const markdown = toMarkdown(bragDocument(plan(), period).blocks);
    const refunds = markdown.slice(markdown.indexOf('### Ship the refunds redesign'), markdown.indexOf('### Give two internal talks'));
    assert.match(
      refunds,
      /From the growth card "Refunds design":\n\n- \*\*Code or pull request\*\* \[Event schema for refunds\]\(<https:\/\/example.com\/schema>\)\n- \*\*Decision log\*\* Decision log on retries\n- \*\*Talk or write-up\*\* Walkthrough for support\n\n/,
    );
    assert.doesNotMatch(markdown, /A talk long before/);
    assert.doesNotMatch(markdown, /javascript:/);
    // A goal with artefacts but no evidence in the period has its heading too, before the untied evidence.
    const talks = markdown.indexOf('### Give two internal talks');
    assert.ok(talks > 0 && talks < markdown.indexOf('### Other achievements'), markdown);
    assert.match(
      markdown,
      /From the growth card "First talk":\n\n- \*\*Talk or write-up\*\* \[Slides on idempotency\]\(<https:\/\/example.com\/slides>\)/,
    );
  });

  it('links artefacts in HTML as it links evidence, and only to web addresses', () => {
    const { title, blocks } = bragDocument(plan(), period);
    const html = toHtml(title, blocks);
    assert.match(
      html,
      /<li><strong>Code or pull request<\/strong> <a href="https:\/\/example.com\/schema">Event schema for refunds<\/a><\/li>/,
    );
    assert.match(html, /<li><strong>Talk or write-up<\/strong> Walkthrough for support<\/li>/);
    assert.doesNotMatch(html, /javascript:/);
  });

  it('places an artefact without a date in the time its card’s work took, from the goal’s start to the milestone’s end', () => {
    const lists = (from: string, to: string) => toMarkdown(bragDocument(plan(), { from, to }).blocks);
    // The design milestone's work ran from the goal's horizon start (2026-10-01) to its completion (2026-10-20).
    assert.match(lists('2026-10-20', '2026-10-31'), /Decision log on retries/);
    assert.doesNotMatch(lists('2026-10-21', '2026-12-31'), /Decision log on retries/);
    assert.doesNotMatch(lists('2026-07-01', '2026-09-30'), /Decision log on retries/);
    // A dated artefact counts on its own date, whatever its card's time.
    assert.match(lists('2025-01-01', '2025-12-31'), /A talk long before/);
    assert.doesNotMatch(lists('2025-01-01', '2025-12-31'), /Decision log on retries/);
    // The talks card has no milestone and its goal no start: its time runs until the goal's due date.
    assert.match(lists('2020-01-01', '2020-12-31'), /Slides on idempotency/);
    assert.match(lists('2026-11-30', '2026-12-31'), /Slides on idempotency/);
    assert.doesNotMatch(lists('2026-12-01', '2026-12-31'), /Slides on idempotency/);
  });

  it('names the pull request and commits behind evidence logged from git, linking the pull request when nothing else is linked', () => {
    const index = plan();
    const hashes = ['a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'b1b2c3d4e5f60718293a4b5c6d7e8f9012345678'];
    index.set(
      'growth/evidence/2026-11-02-partial-refunds.md',
      file([
        'kind: evidence',
        'schema: 1',
        'date: 2026-11-02',
        'title: Added partial refunds',
        'goal: refunds',
        `commits: [${hashes.join(', ')}]`,
        'pullRequest: https://github.com/acme/payments/pull/17',
      ]),
    );
    index.set(
      'growth/evidence/2026-11-03-lookup.md',
      file([
        'kind: evidence',
        'schema: 1',
        'date: 2026-11-03',
        'title: Faster lookup',
        'commits: [c1b2c3d, d1b2c3d, e1b2c3d, f1b2c3d]',
        'pullRequest: "#23"',
      ]),
    );
    const markdown = toMarkdown(bragDocument(index, period).blocks);
    assert.match(
      markdown,
      /- \*\*2026-11-02\*\* \[Added partial refunds\]\(<https:\/\/github\.com\/acme\/payments\/pull\/17>\) \(pull request #17; 2 commits: a1b2c3d, b1b2c3d\)\n/,
    );
    assert.match(markdown, /- \*\*2026-11-03\*\* Faster lookup \(pull request #23; 4 commits: c1b2c3d, d1b2c3d, e1b2c3d, …\)\n/);
    assert.match(
      toHtml('Brag', bragDocument(index, period).blocks),
      /<a href="https:\/\/github\.com\/acme\/payments\/pull\/17">Added partial refunds<\/a> \(pull request #17; 2 commits: a1b2c3d, b1b2c3d\)<\/li>/,
    );
  });

  it('says so when the period has no evidence', () => {
    const markdown = toMarkdown(bragDocument(plan(), { from: '2020-01-01', to: '2020-12-31' }).blocks);
    assert.match(markdown, /No evidence was logged in this period\./);
  });
});

describe('quarter retrospective', () => {
  it('lists what was planned, done, learned and what changes', () => {
    const markdown = toMarkdown(quarterRetrospective(plan(), { year: 2026, number: 4 }).blocks);
    assert.match(markdown, /# Retrospective for 2026-Q4 \(2026-10-01 to 2026-12-31\)/);
    assert.match(
      markdown,
      /## What I planned\n\n- \*\*active\*\* Ship the refunds redesign \(1\/2 milestones\)\n- \*\*paused\*\* Give two internal talks \(0\/0 milestones\)/,
    );
    assert.match(markdown, /## What I did\n\n- \*\*2026-10-20\*\* Design doc approved \(Ship the refunds redesign\)/);
    assert.match(markdown, /2 achievements logged, 2 reviews held\./);
    assert.match(markdown, /Small design reviews beat one big one/);
    assert.match(markdown, /\*\*2026-11-01\*\* Off track: I never asked for one/);
  });

  it('shows the quarter’s artefacts with what was done, by growth card', () => {
    const markdown = toMarkdown(quarterRetrospective(plan(), { year: 2026, number: 4 }).blocks);
    const done = markdown.slice(markdown.indexOf('## What I did'), markdown.indexOf('## What I learned'));
    assert.match(
      done,
      /From the growth card "Refunds design":\n\n- \*\*Code or pull request\*\* \[Event schema for refunds\]\(<https:\/\/example.com\/schema>\)\n- \*\*Decision log\*\* Decision log on retries\n- \*\*Talk or write-up\*\* Walkthrough for support\n\n/,
    );
    assert.match(done, /From the growth card "First talk":/);
    assert.doesNotMatch(markdown, /A talk long before/);
    const earlier = toMarkdown(quarterRetrospective(plan(), { year: 2025, number: 1 }).blocks);
    assert.match(earlier, /- \*\*Talk or write-up\*\* A talk long before/);
    assert.doesNotMatch(earlier, /Decision log on retries/);
  });

  it('has a kind word for an empty quarter', () => {
    const markdown = toMarkdown(quarterRetrospective(plan(), { year: 2024, number: 1 }).blocks);
    assert.match(markdown, /No goals were planned for this quarter\./);
    assert.match(markdown, /0 achievements logged, 0 reviews held\./);
  });
});

describe('export escaping', () => {
  it('keeps Markdown formatting characters literal', () => {
    assert.equal(escapeMarkdown('*not bold* [x](y) # 1. <b> a_b'), '\\*not bold\\* \\[x\\](y) # 1. \\<b\\> a\\_b');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
    assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
  });

  it('escapes HTML special characters', () => {
    assert.equal(escapeHtml(`<script>alert("x")</script> & 'y'`), '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
  });

  it('writes only web links, in Markdown and HTML alike, and no link ends early', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'jav\tascript:alert(1)',
      '//evil.example/x',
      'evil.example',
      '',
      'mailto:someone@example.com',
    ];
    for (const link of hostile) {
      const blocks = [{ type: 'list' as const, items: [{ text: 'Talk', link }] }];
      assert.equal(toMarkdown(blocks), '- Talk\n', link);
      assert.doesNotMatch(toHtml('T', blocks), /<a /, link);
    }
    const tricky = 'https://example.com/a b>\n\n# Injected <img src=x>';
    const markdown = toMarkdown([{ type: 'list', items: [{ text: 'Talk', link: tricky }] }]);
    assert.equal(markdown.split('\n').filter(Boolean).length, 1, markdown);
    assert.doesNotMatch(markdown, /\n#|<img/, markdown);
    assert.match(
      toHtml('T', [{ type: 'list', items: [{ text: 'Talk', link: tricky }] }]),
      /<a href="https:\/\/example\.com\/a%20b%3E#%20Injected%20%3Cimg%20src=x%3E">Talk<\/a>/,
    );
    assert.equal(safeLink(' https://example.com/doc '), 'https://example.com/doc');
  });

  it('gives any link either a web address with nothing that ends a link, or none', function () {
    this.timeout(20_000); // a guard against hanging, not a speed target
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((url) => `${url}\n<x>`),
          fc.string().map((rest) => `javascript:${rest}`),
        ),
        (link) => {
          const safe = safeLink(link);
          if (safe === undefined) return;
          assert.match(safe, /^https?:\/\/[^\s<>]*$/);
          const markdown = toMarkdown([{ type: 'list', items: [{ text: 'Talk', link }] }]);
          assert.equal(markdown, `- [Talk](<${safe}>)\n`);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the retrospective and the brag document, on hostile links', () => {
  it('write no link an evidence file gives that is not a web address', () => {
    const index = plan();
    index.set(
      'growth/evidence/x.md',
      file(['kind: evidence', 'schema: 1', 'date: 2026-11-03', 'title: Crafted', 'links: ["javascript:alert(1)"]']),
    );
    const blocks = bragDocument(index, { from: '2026-07-01', to: '2026-12-31' }).blocks;
    assert.doesNotMatch(toMarkdown(blocks), /javascript:/);
    assert.doesNotMatch(toHtml('T', blocks), /javascript:/);
    const retrospective = quarterRetrospective(index, { year: 2026, number: 4 });
    assert.doesNotMatch(toMarkdown(retrospective.blocks), /javascript:/);
  });

  it('write no link an artefact gives that is not a web address, nor one a line break ends early', () => {
    const index = plan();
    const hostile = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];
    index.set(
      'growth/cards/crafted.md',
      file([
        'kind: card',
        'schema: 1',
        'title: Crafted',
        'goal: refunds',
        'artefacts:',
        ...hostile.flatMap((link, position) => [
          '  - type: technical',
          `    title: Crafted ${position}`,
          `    link: ${JSON.stringify(link)}`,
          '    date: 2026-11-03',
        ]),
        '  - type: process',
        '    title: Broken line',
        '    link: "https://example.com/a\\n\\n# Injected <img src=x>"',
        '    date: 2026-11-03',
      ]),
    );
    const documents = [
      bragDocument(index, { from: '2026-07-01', to: '2026-12-31' }),
      quarterRetrospective(index, { year: 2026, number: 4 }),
    ];
    for (const { title, blocks } of documents) {
      for (const output of [toMarkdown(blocks), toHtml(title, blocks)]) {
        assert.match(output, /Crafted 3/);
        assert.doesNotMatch(output, /javascript:|data:text|vbscript:|file:|\n# Injected|<img/, output);
      }
    }
  });
});
