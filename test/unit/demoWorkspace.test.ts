import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GrowthIndex } from '../../src/core/growthIndex';
import { checkLinks } from '../../src/core/links';
import { smartCheck } from '../../src/core/smart';

const TODAY = '2026-11-22';

function indexFolder(folder: string): GrowthIndex {
  const index = new GrowthIndex([checkLinks, smartCheck()]);
  const walk = (directory: string): string[] =>
    fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(directory, entry.name)) : [path.join(directory, entry.name)],
    );
  for (const file of walk(folder)) {
    if (file.endsWith('.md')) index.set(path.relative(folder, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8'));
  }
  return index;
}

function problemCodes(index: GrowthIndex): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const file of index.files()) {
    const codes = index.problems(file.path, TODAY).map((problem) => problem.code);
    if (codes.length > 0) result[file.path] = codes.sort();
  }
  return result;
}

describe('the demo workspace', () => {
  const index = indexFolder(path.join(__dirname, '../../demo/growth'));

  it('has exactly the two deliberate mistakes, and nothing else wrong', () => {
    assert.deepEqual(problemCodes(index), {
      'evidence/2026-09-02-oncall-handover.md': ['yaml'],
      'goals/get-better-at-frontend.md': [
        'smart/no-due-date',
        'smart/no-measurable-target',
        'smart/no-parent',
        'smart/no-pillar-or-marker',
        'smart/vague-wording',
      ],
    });
  });

  it('holds a plan worth showing: every kind of file, three short-term goals in different states', () => {
    const kinds = new Set([...index.files()].map((file) => file.record?.kind));
    for (const kind of ['profile', 'goal', 'card', 'assessment', 'review', 'checkin', 'evidence', 'service', 'break']) {
      assert.ok(kinds.has(kind as never), `no ${kind} file`);
    }
    const assessmentTypes = new Set(index.assessments().map((entry) => entry.data.type));
    assert.deepEqual([...assessmentTypes].sort(), ['priorities', 'promotion', 'rubric', 'rut', 'self', 'stage']);
    const shortTerm = index.goals().filter((goal) => goal.data.horizon === 'short' && goal.data.parent);
    assert.deepEqual(shortTerm.map((goal) => goal.data.status).sort(), ['active', 'done', 'paused']);
    assert.ok(index.reviews().length >= 12, 'about a dozen reviews');
    assert.ok(index.reviews().some((review) => review.data.onTrack === 'no' && review.data.whys?.length === 5), 'a "no" with five whys');
  });

  it('has a review due soon and a milestone due within days, so nudges have something to show', () => {
    const lastReview = index.reviews()[0]!.data.date;
    assert.ok(lastReview >= '2026-11-05' && lastReview <= '2026-11-12', lastReview);
    const dueSoon = index.goals().flatMap((goal) => goal.data.milestones).filter((milestone) => milestone.status === 'active' && milestone.due && milestone.due <= '2026-11-29');
    assert.ok(dueSoon.length > 0);
  });
});

describe('the integration-test fixture', () => {
  it('is valid but for its one malformed file', () => {
    const index = indexFolder(path.join(__dirname, '../fixtures/workspace/growth'));
    assert.deepEqual(problemCodes(index), { 'goals/broken.md': ['yaml'] });
    assert.equal(index.goal('ship-refunds')?.data.milestones.length, 3);
  });
});
