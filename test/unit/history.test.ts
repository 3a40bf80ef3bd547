import * as assert from 'node:assert/strict';
import { GrowthIndex } from '../../src/core/growthIndex';
import { affectsHistory, groupByMonth, historyEntries } from '../../src/core/history';

const file = (lines: string[]) => `---\nschema: 1\n${lines.join('\n')}\n---\n`;

function plan(): GrowthIndex {
  const index = new GrowthIndex();
  index.set('growth/reviews/2026-10-09.md', file(['kind: review', 'date: 2026-10-09', 'onTrack: yes']));
  index.set('growth/reviews/2026-11-08.md', file(['kind: review', 'date: 2026-11-08', 'onTrack: partly']));
  index.set('growth/checkins/2026-10-28.md', file(['kind: checkin', 'date: 2026-10-28', 'mentor: Priya']));
  index.set('growth/evidence/2026-11-08-launch.md', file(['kind: evidence', 'date: 2026-11-08', 'title: Launched refunds']));
  index.set('growth/service/2026-09-16-interviews.md', file(['kind: service', 'date: 2026-09-16', 'title: Ran interviews', 'type: helping']));
  index.set('growth/assessments/2026-09-01-rut.md', file(['kind: assessment', 'type: rut', 'date: 2026-09-01', 'scenarios: [not-challenged]']));
  index.set('growth/goals/g.md', file(['kind: goal', 'title: A goal', 'horizon: short']));
  return index;
}

describe('the history model', () => {
  it('lists assessments, reviews, check-ins, evidence and service newest first, and nothing else', () => {
    assert.deepEqual(
      historyEntries(plan()).map((entry) => `${entry.date} ${entry.kind}`),
      ['2026-11-08 evidence', '2026-11-08 review', '2026-10-28 checkin', '2026-10-09 review', '2026-09-16 service', '2026-09-01 assessment'],
    );
  });

  it('groups entries by month, newest month first', () => {
    assert.deepEqual(
      groupByMonth(historyEntries(plan())).map((month) => `${month.month}: ${month.entries.length}`),
      ['2026-11: 2', '2026-10: 2', '2026-09: 2'],
    );
  });

  it('knows which changes the history shows', () => {
    const index = plan();
    assert.equal(affectsHistory([index.set('growth/checkins/2026-12-01.md', file(['kind: checkin', 'date: 2026-12-01', 'mentor: Priya']))]), true);
    assert.equal(affectsHistory([index.delete('growth/reviews/2026-10-09.md')]), true);
    assert.equal(affectsHistory([index.set('growth/goals/g.md', file(['kind: goal', 'title: Renamed', 'horizon: short']))]), false);
  });
});
