import * as assert from 'node:assert/strict';
import { goalProgress, isBehindPace } from '../../src/core/progress';
import { inUnit, readQuantity } from '../../src/core/quantity';
import { goalSchema, type Goal } from '../../src/core/schema';

const goal = (fields: Record<string, unknown>): Goal =>
  goalSchema.parse({ kind: 'goal', schema: 1, title: 'A goal', horizon: 'short', status: 'active', ...fields });

describe('progress toward a target', () => {
  describe('reading a target', () => {
    it('reads a number and a unit, and words that say which way the metric must go', () => {
      assert.deepEqual(readQuantity('under 1 minute'), { value: 1, unit: 'minute', bound: 'fall' });
      assert.deepEqual(readQuantity('3 talks'), { value: 3, unit: 'talks' });
      assert.deepEqual(readQuantity('50%'), { value: 50, unit: '%' });
      assert.deepEqual(readQuantity('at least 2,5 hours'), { value: 2.5, unit: 'hours', bound: 'rise' });
      assert.deepEqual(readQuantity(15), { value: 15, unit: '' });
    });

    it('reads no number from a target written as words', () => {
      assert.equal(readQuantity('a talk accepted at a conference'), undefined);
      assert.equal(readQuantity('Senior Software Engineer'), undefined);
    });

    it('converts units of time and accepts singular or plural of the same unit', () => {
      assert.equal(inUnit({ value: 90, unit: 'seconds' }, 'minute'), 1.5);
      assert.equal(inUnit({ value: 1, unit: 'talk' }, 'talks'), 1);
      assert.equal(inUnit({ value: 4, unit: '' }, 'talks'), 4);
      assert.equal(inUnit({ value: 4, unit: 'pages' }, 'talks'), undefined);
    });
  });

  describe('a rising metric ("3 talks")', () => {
    it('projects the day the target is reached at the average pace, and says how it stands to the due date', () => {
      const talks = goal({
        measurable: { metric: 'talks given', target: '3 talks' },
        start: '2027-01-01',
        due: '2027-06-30',
        progress: [
          { date: '2027-01-01', value: 0 },
          { date: '2027-03-01', value: 1 },
        ],
      });
      const progress = goalProgress(talks, '2027-03-02')!;
      assert.equal(progress.direction, 'rise');
      assert.equal(progress.basis, 'measure');
      // 1 talk in 59 days: 2 more take 118 days from 1 March.
      assert.equal(progress.projected, '2027-06-27');
      assert.equal(progress.state, 'on-pace');
      assert.equal(progress.summary, 'At this pace you reach the target on 2027-06-27, 3 days before the due date.');
      assert.equal(isBehindPace(progress), false);
    });

    it('is behind its pace when the projection lands after the due date', () => {
      const talks = goal({
        measurable: { metric: 'talks', target: '3 talks' },
        due: '2027-04-01',
        progress: [
          { date: '2027-01-01', value: 0 },
          { date: '2027-03-01', value: 1 },
        ],
      });
      const progress = goalProgress(talks, '2027-03-02')!;
      assert.equal(progress.state, 'behind');
      assert.equal(progress.daysLate, 87);
      assert.match(progress.summary, /2027-06-27, 3 months after the due date\.$/);
      assert.equal(isBehindPace(progress), true);
    });
  });

  describe('a falling metric ("under 1 minute")', () => {
    it('falls toward the target, reading values in other units of time, with `current` as where it started', () => {
      const build = goal({
        measurable: { metric: 'build time', target: 'under 1 minute', current: '4 minutes' },
        start: '2027-01-01',
        due: '2027-01-31',
        progress: [{ date: '2027-01-11', value: '150 seconds' }],
      });
      const progress = goalProgress(build, '2027-01-12')!;
      assert.equal(progress.direction, 'fall');
      assert.deepEqual(
        progress.points.map((point) => [point.date, point.value]),
        [
          ['2027-01-01', 4],
          ['2027-01-11', 2.5],
        ],
      );
      // 1.5 minutes in 10 days: 1.5 more take 10 days.
      assert.equal(progress.projected, '2027-01-21');
      assert.equal(progress.summary, 'At this pace you reach the target on 2027-01-21, 10 days before the due date.');
    });

    it('takes the direction from the values when the target has no word for it', () => {
      const diagnosis = goal({
        measurable: { metric: 'minutes to diagnose', target: '49 minutes', current: '70 minutes' },
        start: '2027-01-04',
        due: '2027-03-31',
      });
      assert.equal(goalProgress(diagnosis, '2027-01-10')!.direction, 'fall');
    });

    it('has reached the target once the latest value meets it', () => {
      const build = goal({
        measurable: { metric: 'build time', target: 'under 1 minute' },
        due: '2027-01-31',
        progress: [
          { date: '2027-01-02', value: '3 minutes' },
          { date: '2027-01-20', value: '55 s' },
        ],
      });
      const progress = goalProgress(build, '2027-01-21')!;
      assert.equal(progress.state, 'reached');
      assert.equal(progress.reached, '2027-01-20');
    });

    it('is stalled, and behind when it has a due date, when the values move away from the target', () => {
      const build = goal({
        measurable: { metric: 'build time', target: 'under 1 minute' },
        due: '2027-03-01',
        progress: [
          { date: '2027-01-02', value: 3 },
          { date: '2027-01-20', value: 4 },
        ],
      });
      const progress = goalProgress(build, '2027-01-21')!;
      assert.equal(progress.state, 'stalled');
      assert.equal(progress.projected, undefined);
      assert.equal(isBehindPace(progress), true);
    });
  });

  describe('edge cases', () => {
    it('with no data, says how to record the first value', () => {
      const progress = goalProgress(goal({ measurable: { metric: 'talks', target: 3 }, due: '2027-06-30' }), '2027-01-01')!;
      assert.equal(progress.state, 'no-data');
      assert.deepEqual(progress.points, []);
      assert.match(progress.summary, /Update Progress/);
      assert.equal(isBehindPace(progress), false);
    });

    it('with one point, has no pace yet', () => {
      const progress = goalProgress(
        goal({ measurable: { metric: 'talks', target: 3 }, due: '2027-06-30', progress: [{ date: '2027-01-05', value: 1 }] }),
        '2027-01-06',
      )!;
      assert.equal(progress.state, 'one-point');
      assert.equal(progress.projected, undefined);
      assert.equal(progress.summary, 'One value so far (1 on 2027-01-05); the next update shows your pace.');
    });

    it('after the due date, says it passed and when the target comes at this pace', () => {
      const late = goal({
        measurable: { metric: 'talks', target: '3 talks' },
        due: '2027-02-01',
        progress: [
          { date: '2027-01-01', value: 0 },
          { date: '2027-01-31', value: 1 },
        ],
      });
      const progress = goalProgress(late, '2027-02-10')!;
      assert.equal(progress.state, 'overdue');
      assert.equal(progress.summary, 'The due date, 2027-02-01, has passed; at this pace you reach the target on 2027-04-01.');
      // Overdue, which the tree already says, rather than behind its pace.
      assert.equal(isBehindPace(progress), false);
    });

    it('keeps the last value of a day and counts values it cannot read in the unit', () => {
      const progress = goalProgress(
        goal({
          measurable: { metric: 'talks', target: '3 talks' },
          progress: [
            { date: '2027-01-05', value: 1 },
            { date: '2027-01-05', value: 2 },
            { date: '2027-01-06', value: '4 pages' },
          ],
        }),
        '2027-01-07',
      )!;
      assert.deepEqual(progress.points, [{ date: '2027-01-05', value: 2 }]);
      assert.equal(progress.unreadable, 1);
    });

    it('follows milestones done when the target holds no number', () => {
      const talk = goal({
        measurable: { metric: 'a conference talk', target: 'accepted and given' },
        start: '2027-01-01',
        due: '2027-03-01',
        milestones: [
          { id: 'a', title: 'Abstract', status: 'done', completed: '2027-01-11' },
          { id: 'b', title: 'Draft', status: 'done', completed: '2027-01-21' },
          { id: 'c', title: 'Give it', status: 'planned' },
          { id: 'd', title: 'Dropped', status: 'dropped' },
        ],
      });
      const progress = goalProgress(talk, '2027-01-22')!;
      assert.equal(progress.basis, 'milestones');
      assert.equal(progress.target, 3);
      assert.deepEqual(
        progress.points.map((point) => point.value),
        [0, 1, 2],
      );
      assert.equal(progress.projected, '2027-01-31');
    });

    it('has nothing to follow for a goal whose target holds no number and that has no milestones', () => {
      assert.equal(goalProgress(goal({ measurable: { metric: 'promotion', target: 'Senior Engineer' } }), '2027-01-01'), undefined);
    });
  });
});
