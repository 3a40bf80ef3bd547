import * as assert from 'node:assert/strict';
import { GrowthIndex } from '../../src/core/growthIndex';
import { affectsHistory, breakTitle, groupByMonth, historyEntries } from '../../src/core/history';
import { germanBundle, speaking } from './languages';

const file = (lines: string[]) => `---\nschema: 1\n${lines.join('\n')}\n---\n`;

function plan(): GrowthIndex {
  const index = new GrowthIndex();
  index.set('growth/reviews/2026-10-09.md', file(['kind: review', 'date: 2026-10-09', 'onTrack: yes']));
  index.set('growth/reviews/2026-11-08.md', file(['kind: review', 'date: 2026-11-08', 'onTrack: partly']));
  index.set('growth/checkins/2026-10-28.md', file(['kind: checkin', 'date: 2026-10-28', 'mentor: Priya']));
  index.set('growth/evidence/2026-11-08-launch.md', file(['kind: evidence', 'date: 2026-11-08', 'title: Launched refunds']));
  index.set(
    'growth/service/2026-09-16-interviews.md',
    file(['kind: service', 'date: 2026-09-16', 'title: Ran interviews', 'type: helping']),
  );
  index.set(
    'growth/assessments/2026-09-01-rut.md',
    file(['kind: assessment', 'type: rut', 'date: 2026-09-01', 'scenarios: [not-challenged]']),
  );
  index.set('growth/goals/g.md', file(['kind: goal', 'title: A goal', 'horizon: short']));
  index.set(
    'growth/breaks/2027-01-25-time-off.md',
    file(['kind: break', 'type: time-off', 'start: 2027-01-25', 'end: 2027-01-29', 'committed: true']),
  );
  return index;
}

describe('the history model', () => {
  it('lists assessments, reviews, check-ins, evidence, service and breaks newest first, and nothing else', () => {
    assert.deepEqual(
      historyEntries(plan()).map((entry) => `${entry.date} ${entry.kind}`),
      [
        '2027-01-25 break',
        '2026-11-08 evidence',
        '2026-11-08 review',
        '2026-10-28 checkin',
        '2026-10-09 review',
        '2026-09-16 service',
        '2026-09-01 assessment',
      ],
    );
  });

  it('groups entries by month, newest month first', () => {
    assert.deepEqual(
      groupByMonth(historyEntries(plan())).map((month) => `${month.month}: ${month.entries.length}`),
      ['2027-01: 1', '2026-11: 2', '2026-10: 2', '2026-09: 2'],
    );
  });

  it('names a break by its kind and days, and says when it is not committed yet', () => {
    assert.equal(
      breakTitle({ type: 'time-off', start: '2027-01-25', end: '2027-01-29', committed: true }),
      'Time off, 2027-01-25 to 2027-01-29',
    );
    assert.equal(
      breakTitle({ type: 'reflection-day', start: '2026-08-21', end: '2026-08-21', committed: false }),
      'Reflection day, 2026-08-21 (not yet committed)',
    );
  });

  it('shows a committed break, which changes the history', () => {
    const index = plan();
    assert.equal(
      affectsHistory([
        index.set(
          'growth/breaks/2027-03-01-rest.md',
          file(['kind: break', 'type: rest-day', 'start: 2027-03-01', 'end: 2027-03-01', 'committed: true']),
        ),
      ]),
      true,
    );
  });

  it('knows which changes the history shows', () => {
    const index = plan();
    assert.equal(
      affectsHistory([index.set('growth/checkins/2026-12-01.md', file(['kind: checkin', 'date: 2026-12-01', 'mentor: Priya']))]),
      true,
    );
    assert.equal(affectsHistory([index.delete('growth/reviews/2026-10-09.md')]), true);
    assert.equal(affectsHistory([index.set('growth/goals/g.md', file(['kind: goal', 'title: Renamed', 'horizon: short']))]), false);
    // The profile keeps the suggested evidence answered "Not evidence", which History then leaves out.
    assert.equal(
      affectsHistory([
        index.set('growth/profile.md', file(['kind: profile', 'currentLevel: Engineer', 'track: ic', 'northStar: {statement: Staff}'])),
      ]),
      true,
    );
  });
});

describe('the history model in German', () => {
  speaking(germanBundle);

  it('names a break in German', () => {
    assert.equal(
      breakTitle({ type: 'time-off', start: '2027-01-25', end: '2027-01-29', committed: false }),
      'Auszeit, 2027-01-25 bis 2027-01-29 (noch nicht fest eingeplant)',
    );
  });
});
