import * as assert from 'node:assert/strict';
import { BRIEF_EVIDENCE, promotionBrief } from '../../src/core/exports/promotionBrief';
import { toHtml, toMarkdown } from '../../src/core/exports/document';
import { createGrowthFile } from '../../src/core/writer';
import { indexPlan } from './growthPlan';

const profile = {
  kind: 'profile',
  name: 'Ada',
  currentLevel: 'Engineer II',
  targetLevel: 'Senior Engineer',
  track: 'ic',
  promotionCycle: '2027-H1',
  northStar: { statement: 'Lead payments' },
};

function plan(files: Record<string, Record<string, unknown>>) {
  return indexPlan(
    Object.entries({ 'profile.md': profile, ...files }).map(([path, data]) => [path, createGrowthFile({ schema: 1, ...data })] as const),
  );
}

const promotion = (data: Record<string, unknown>) => ({
  kind: 'assessment',
  type: 'promotion',
  date: '2026-10-05',
  performingAtNextLevel: 3,
  businessJustification: true,
  voicedToManager: true,
  firmCommitment: false,
  cycle: '2027-H1',
  ...data,
});

describe('the promotion conversation brief', () => {
  it('gives the three criteria with their evidence, the ask, the cycle, the feedback and the open questions', () => {
    const markdown = toMarkdown(
      promotionBrief(
        plan({
          'goals/refunds.md': { kind: 'goal', title: 'Ship refunds', horizon: 'short', status: 'active', successMarker: 'business-impact' },
          'evidence/2026-09-01-launch.md': {
            kind: 'evidence',
            date: '2026-09-01',
            title: 'Launched refunds v2',
            goal: 'refunds',
            impact: 'Tickets down 30%',
            links: ['https://example.com/pr/1'],
          },
          'assessments/2026-06-01-promotion.md': promotion({ date: '2026-06-01', feedback: 'Needs more cross-team work.' }),
          'assessments/2026-10-05-promotion.md': promotion({ feedback: 'Lead the next design review.' }),
        }),
      ).blocks,
    );
    assert.match(markdown, /^# Ada: the promotion conversation\n/);
    assert.match(
      markdown,
      /## The three criteria\n\n### Working at the next level: 3 of 5\n\n- \*\*2026-09-01\*\* \[Launched refunds v2 · Tickets down 30% · for "Ship refunds"\]\(<https:\/\/example\.com\/pr\/1>\)\n/,
    );
    assert.match(markdown, /### The business needs someone at that level: yes\n\n- Goal for business impact: Ship refunds \(active\)\n/);
    assert.match(markdown, /### There is budget for it: not known yet\n/);
    assert.match(
      markdown,
      /## The ask\n\nI want to be promoted to Senior Engineer in the 2027-H1 cycle\. What do I need to show, and by when\?\n\nWe have talked about it, without a firm commitment yet\.\n/,
    );
    assert.match(markdown, /## Target cycle\n\n2027-H1\n/);
    assert.match(
      markdown,
      /## Feedback so far\n\n- \*\*2026-10-05\*\* Lead the next design review\.\n- \*\*2026-06-01\*\* Needs more cross-team work\.\n/,
    );
    const questions = markdown.slice(markdown.indexOf('## Open questions'));
    assert.match(questions, /Which parts of my work are not yet at Senior Engineer/);
    assert.match(questions, /Is there budget for the promotion/);
    assert.match(questions, /Will you put me forward in the 2027-H1 cycle\?/);
    assert.doesNotMatch(questions, /Which work at Senior Engineer does the business need/, 'the business need is met');
  });

  it('says what is missing when there is no readiness check, no evidence and no cycle', () => {
    const markdown = toMarkdown(promotionBrief(plan({ 'profile.md': { ...profile, name: undefined, promotionCycle: undefined } })).blocks);
    assert.match(markdown, /^# The promotion conversation\n/);
    assert.match(markdown, /No promotion readiness check yet/);
    assert.match(markdown, /No evidence logged yet/);
    assert.match(markdown, /None named yet: "some time" is not a date/);
    assert.match(markdown, /Which promotion cycle can we aim for\?/);
  });

  it('keeps to one page of evidence, newest first', () => {
    const evidence = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [
        `evidence/e${index}.md`,
        { kind: 'evidence', date: `2026-0${Math.floor(index / 3) + 1}-1${index % 3}`, title: `Win ${index}` },
      ]),
    );
    const blocks = promotionBrief(plan(evidence)).blocks;
    const list = blocks.find((block) => block.type === 'list');
    assert.ok(list?.type === 'list');
    assert.equal(list.items.length, BRIEF_EVIDENCE);
    assert.equal(list.items[0]?.text, 'Win 11');
  });

  it('gives each piece of evidence its receipts: the pull request and the commits', () => {
    const blocks = promotionBrief(
      plan({
        'evidence/e1.md': {
          kind: 'evidence',
          date: '2026-05-02',
          title: 'Added partial refunds',
          commits: ['a1b2c3d4e5'],
          pullRequest: '#17',
        },
      }),
    ).blocks;
    const list = blocks.find((block) => block.type === 'list');
    assert.ok(list?.type === 'list');
    assert.deepEqual(list.items[0], { lead: '2026-05-02', text: 'Added partial refunds', note: 'pull request #17; 1 commit: a1b2c3d' });
  });

  it('writes what the user typed as text, never as markup or a live link', () => {
    const { title, blocks } = promotionBrief(
      plan({
        'evidence/x.md': {
          kind: 'evidence',
          date: '2026-09-01',
          title: '<img src=x onerror=alert(1)> *bold*',
          links: ['javascript:alert(1)'],
        },
        'assessments/p.md': promotion({ feedback: '<script>alert(1)</script>' }),
      }),
    );
    const html = toHtml(title, blocks);
    assert.doesNotMatch(html, /<script>|<img|href="javascript/);
    assert.match(toMarkdown(blocks), /\\\*bold\\\*/);
  });
});
