import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixedClock, isIsoDate, LATEST_DATE } from '../../src/core/dates';
import { readGrowthFile } from '../../src/core/reader';
import { buildSchedule, type SchedulePlan } from '../../src/core/schedule';
import { breakSchema, checkinSchema, goalSchema, profileSchema, reviewSchema } from '../../src/core/schema';
import { createGrowthFile } from '../../src/core/writer';

const PROFILE = { kind: 'profile', currentLevel: 'Engineer II', targetLevel: 'Senior Engineer', track: 'ic', northStar: { statement: 'Lead the design' } };
const options = { clock: fixedClock('2026-03-10T10:00:00Z'), timeZone: 'UTC', reviewCadence: 'biweekly' as const };

/** Any string of the shape YYYY-MM-DD, real or not, with the years near the ends more likely. */
const dateLike = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 8990, max: 9999 })),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([year, month, day]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/** The plan those dates make, each part through its schema; a part whose dates a schema refuses is left out. */
function planOf(dates: readonly string[]): { plan: SchedulePlan; parts: number } {
  const [review, checkin, next, start, end, horizonStart, due, learned, reviewed] = dates as [string, ...string[]];
  const ok = <T>(result: { success: boolean; data?: T }): T[] => (result.success ? [result.data!] : []);
  const reviews = ok(reviewSchema.safeParse({ kind: 'review', date: review, onTrack: 'yes' }));
  const checkins = ok(checkinSchema.safeParse({ kind: 'checkin', date: checkin, mentor: 'Sam', next }));
  const breaks = ok(breakSchema.safeParse({ kind: 'break', type: 'time-off', start, end, committed: true }));
  const goals = ok(
    goalSchema.safeParse({ kind: 'goal', title: 'G', horizon: 'short', status: 'active', horizonStart, milestones: [{ id: 'm', title: 'M', status: 'active', due }] }),
  ).map((data) => ({ id: 'g', data }));
  const [profile] = ok(profileSchema.safeParse({ ...PROFILE, coreConcepts: [{ name: 'C', learned, reviewed: [reviewed] }] }));
  const parts = reviews.length + checkins.length + breaks.length + goals.length + (profile ? 1 : 0);
  return { plan: { reviews, checkins, breaks, goals, profile }, parts };
}

describe('dates at the end of the calendar', function () {
  this.timeout(20_000); // a guard against hanging, not a speed target

  it('are refused by the format with a plain message, at the date', () => {
    const file = readGrowthFile(
      'growth/goals/far.md',
      createGrowthFile({ kind: 'goal', schema: 1, title: 'Far', horizon: 'short', status: 'active', horizonStart: '9999-12-31' }),
    );
    assert.equal(file?.record, undefined);
    const [problem] = file!.problems;
    assert.equal(problem?.message, `horizonStart must be a date no later than ${LATEST_DATE}`);
    assert.equal(problem?.range?.start.line, 6);
    assert.ok(goalSchema.safeParse({ kind: 'goal', title: 'G', horizon: 'short', due: LATEST_DATE }).success);
  });

  it('never make the schedule throw, whatever date the format accepts, and every due date stays a date', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(dateLike, { minLength: 9, maxLength: 9 }), (dates) => {
        const { plan, parts } = planOf(dates);
        accepted += parts;
        for (const reminder of buildSchedule(plan, options)) assert.ok(isIsoDate(reminder.due), JSON.stringify(reminder));
      }),
      { numRuns: 1000 },
    );
    assert.ok(accepted > 1000, `${accepted} parts of plans accepted`);
  });

  it('leave out only the reminder they break, whatever reaches the schedule unchecked', () => {
    const goal = goalSchema.parse({ kind: 'goal', title: 'Near', horizon: 'short', status: 'active', horizonStart: '2025-12-15' });
    const plan: SchedulePlan = {
      reviews: [{ ...reviewSchema.parse({ kind: 'review', date: '2026-03-01', onTrack: 'yes' }), date: '9999-12-31' }],
      checkins: [],
      breaks: [],
      goals: [
        { id: 'far', data: { ...goal, horizonStart: '9999-12-30' } },
        { id: 'near', data: goal },
      ],
      profile: profileSchema.parse({ ...PROFILE, coreConcepts: [{ name: 'Bad', learned: '2026-03-01' }, { name: 'Good', learned: '2026-03-01' }] }),
    };
    (plan.profile!.coreConcepts![0] as { learned: string }).learned = '9999-12-31';
    const ids = buildSchedule(plan, options).map((reminder) => reminder.id).sort();
    assert.deepEqual(ids, ['checkin', 'concept:Good', 'horizon:near', 'time-off']);
  });
});
