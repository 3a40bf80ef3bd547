import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { bragDocument } from '../../src/core/exports/brag';
import { escapeHtml, escapeMarkdown, safeLink, toHtml, toMarkdown } from '../../src/core/exports/document';
import { quarterRetrospective } from '../../src/core/exports/retrospective';
import { GrowthIndex } from '../../src/core/growthIndex';

const file = (lines: string[]) => `---\n${lines.join('\n')}\n---\n`;

function plan(): GrowthIndex {
  const index = new GrowthIndex();
  index.set('growth/profile.md', file(['kind: profile', 'schema: 1', 'name: Sam Rivera', 'currentLevel: Engineer II', 'targetLevel: Senior Engineer', 'track: ic', 'promotionCycle: 2027-H1', 'northStar:', '  statement: Own the payments platform']));
  index.set(
    'growth/goals/refunds.md',
    file([
      'kind: goal', 'schema: 1', 'title: Ship the refunds redesign', 'horizon: short', 'status: active', 'pillar: technical',
      'horizonStart: 2026-10-01', 'due: 2026-12-20',
      'milestones:',
      '  - id: design', '    title: Design doc approved', '    status: done', '    completed: 2026-10-20',
      '    rubric:', '      before: {confidence: 2, competence: 2, impact: 1, clarity: 2}', '      after: {confidence: 4, competence: 3, impact: 3, clarity: 4}',
      '  - id: build', '    title: Build the service', '    status: active', '    due: 2026-12-01',
    ]),
  );
  index.set('growth/goals/talks.md', file(['kind: goal', 'schema: 1', 'title: Give two internal talks', 'horizon: short', 'status: paused', 'pillar: influence', 'due: 2026-11-30']));
  index.set('growth/evidence/a.md', file(['kind: evidence', 'schema: 1', 'date: 2026-10-21', 'title: Design doc <approved>', 'goal: refunds', 'impact: Unblocked two teams', 'links: ["https://example.com/doc"]']));
  index.set('growth/evidence/b.md', file(['kind: evidence', 'schema: 1', 'date: 2026-11-02', 'title: Fixed the flaky deploy', 'pillar: relationships']));
  index.set('growth/evidence/old.md', file(['kind: evidence', 'schema: 1', 'date: 2025-01-10', 'title: Something long ago', 'goal: refunds']));
  index.set('growth/service/s.md', file(['kind: service', 'schema: 1', 'date: 2026-11-05', 'title: Paired on onboarding', 'type: mentoring', 'who: Ana']));
  index.set('growth/reviews/r1.md', file(['kind: review', 'schema: 1', 'date: 2026-10-15', 'onTrack: yes', 'learned: Small design reviews beat one big one']));
  index.set('growth/reviews/r2.md', file(['kind: review', 'schema: 1', 'date: 2026-11-01', 'onTrack: no', 'whys: [Talks slipped, No slot in the calendar, I never asked for one]']));
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

  it('says so when the period has no evidence', () => {
    const markdown = toMarkdown(bragDocument(plan(), { from: '2020-01-01', to: '2020-12-31' }).blocks);
    assert.match(markdown, /No evidence was logged in this period\./);
  });
});

describe('quarter retrospective', () => {
  it('lists what was planned, done, learned and what changes', () => {
    const markdown = toMarkdown(quarterRetrospective(plan(), { year: 2026, number: 4 }).blocks);
    assert.match(markdown, /# Retrospective for 2026-Q4 \(2026-10-01 to 2026-12-31\)/);
    assert.match(markdown, /## What I planned\n\n- \*\*active\*\* Ship the refunds redesign \(1\/2 milestones\)\n- \*\*paused\*\* Give two internal talks \(0\/0 milestones\)/);
    assert.match(markdown, /## What I did\n\n- \*\*2026-10-20\*\* Design doc approved \(Ship the refunds redesign\)/);
    assert.match(markdown, /2 achievements logged, 2 reviews held\./);
    assert.match(markdown, /Small design reviews beat one big one/);
    assert.match(markdown, /\*\*2026-11-01\*\* Off track: I never asked for one/);
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
      'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd',
      'jav\tascript:alert(1)', '//evil.example/x', 'evil.example', '', 'mailto:someone@example.com',
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
    assert.match(toHtml('T', [{ type: 'list', items: [{ text: 'Talk', link: tricky }] }]), /<a href="https:\/\/example\.com\/a%20b%3E#%20Injected%20%3Cimg%20src=x%3E">Talk<\/a>/);
    assert.equal(safeLink(' https://example.com/doc '), 'https://example.com/doc');
  });

  it('gives any link either a web address with nothing that ends a link, or none', function () {
    this.timeout(20_000); // a guard against hanging, not a speed target
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webUrl().map((url) => `${url}\n<x>`), fc.string().map((rest) => `javascript:${rest}`)), (link) => {
        const safe = safeLink(link);
        if (safe === undefined) return;
        assert.match(safe, /^https?:\/\/[^\s<>]*$/);
        const markdown = toMarkdown([{ type: 'list', items: [{ text: 'Talk', link }] }]);
        assert.equal(markdown, `- [Talk](<${safe}>)\n`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the retrospective and the brag document, on hostile links', () => {
  it('write no link an evidence file gives that is not a web address', () => {
    const index = plan();
    index.set('growth/evidence/x.md', file(['kind: evidence', 'schema: 1', 'date: 2026-11-03', 'title: Crafted', 'links: ["javascript:alert(1)"]']));
    const blocks = bragDocument(index, { from: '2026-07-01', to: '2026-12-31' }).blocks;
    assert.doesNotMatch(toMarkdown(blocks), /javascript:/);
    assert.doesNotMatch(toHtml('T', blocks), /javascript:/);
    const retrospective = quarterRetrospective(index, { year: 2026, number: 4 });
    assert.doesNotMatch(toMarkdown(retrospective.blocks), /javascript:/);
  });
});

