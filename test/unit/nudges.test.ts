import * as assert from 'node:assert/strict';
import { planCadence, planReminders, type CadenceSettings } from '../../src/core/cadence';
import { fixedClock } from '../../src/core/dates';
import { GrowthIndex } from '../../src/core/growthIndex';
import { activeSnoozes, compareSoonest, isDueNow, nextWakeUp, snoozeEnd, statusBarEntry } from '../../src/core/nudges';
import type { Reminder } from '../../src/core/schedule';

const SETTINGS: CadenceSettings = { reviewCadence: 'biweekly', checkinWeeks: 5, soonDays: 7 };
const iso = (instant: number) => new Date(instant).toISOString();

/** A small plan: a review two weeks ago, a check-in, a milestone due on the 30th, a concept. */
function plan(profileCadence = ''): GrowthIndex {
  const index = new GrowthIndex();
  index.set(
    'growth/profile.md',
    `---\nkind: profile\nschema: 1\ncurrentLevel: II\ntargetLevel: Senior\ntrack: ic\nmentor: Priya\nnorthStar:\n  statement: S\n${profileCadence}coreConcepts:\n  - {name: Idempotency, learned: 2026-11-01, reviewed: [2026-11-02, 2026-11-05, 2026-11-12, 2026-11-26]}\n---\n`,
  );
  index.set('growth/reviews/2026-11-01.md', '---\nkind: review\nschema: 1\ndate: 2026-11-01\nonTrack: yes\n---\n');
  index.set('growth/checkins/2026-11-10.md', '---\nkind: checkin\nschema: 1\ndate: 2026-11-10\nmentor: Priya\n---\n');
  index.set(
    'growth/breaks/winter.md',
    '---\nkind: break\nschema: 1\ntype: time-off\nstart: 2026-12-22\nend: 2027-01-02\ncommitted: true\n---\n',
  );
  index.set(
    'growth/goals/refunds.md',
    '---\nkind: goal\nschema: 1\ntitle: Ship refunds\nhorizon: short\nstatus: active\nhorizonStart: 2026-10-01\nmilestones:\n  - {id: proto, title: Prototype, due: 2026-11-30, status: active}\n---\n',
  );
  return index;
}

/** What the status bar would show on a morning: the id and state of its reminder. */
function statusBarOn(
  date: string,
  index = plan(),
  settings = SETTINGS,
  snoozed: (reminder: Reminder) => boolean = () => false,
): string | undefined {
  const reminders = planReminders(index, { clock: fixedClock(`${date}T09:00:00Z`), timeZone: 'UTC', settings });
  const entry = statusBarEntry(reminders.filter((reminder) => !snoozed(reminder)).map((reminder) => ({ reminder })));
  return entry && `${entry.reminder.id} ${entry.reminder.state}`;
}

describe('nudges', () => {
  describe('the plan’s cadence', () => {
    it('takes the profile’s own cadence over the settings, and the settings for what it leaves out', () => {
      assert.deepEqual(planCadence({ cadence: { review: 'monthly' } }, SETTINGS), {
        reviewCadence: 'monthly',
        checkinWeeks: 5,
        soonDays: 7,
      });
      assert.deepEqual(planCadence({ cadence: { checkinWeeks: 6 } }, SETTINGS), {
        reviewCadence: 'biweekly',
        checkinWeeks: 6,
        soonDays: 7,
      });
      assert.deepEqual(planCadence(undefined, { ...SETTINGS, reviewCadence: 'weekly' }), {
        reviewCadence: 'weekly',
        checkinWeeks: 5,
        soonDays: 7,
      });
    });

    it('schedules the review from the profile’s cadence even when the settings say otherwise', () => {
      const clock = fixedClock('2026-11-20T09:00:00Z');
      const review = (index: GrowthIndex, settings: CadenceSettings) =>
        planReminders(index, { clock, timeZone: 'UTC', settings }).find((reminder) => reminder.id === 'review')!.due;
      assert.equal(review(plan(), { ...SETTINGS, reviewCadence: 'weekly' }), '2026-11-08');
      assert.equal(review(plan('cadence:\n  review: monthly\n'), { ...SETTINGS, reviewCadence: 'weekly' }), '2026-12-01');
    });

    it('lets the soon-days setting decide when a milestone starts to nudge', () => {
      assert.equal(statusBarOn('2026-11-12'), undefined, 'eighteen days to go: nothing to show');
      assert.equal(statusBarOn('2026-11-12', plan(), { ...SETTINGS, soonDays: 20 }), 'milestone:refunds/proto soon');
    });
  });

  describe('what the status bar shows as the days pass', () => {
    it('moves from nothing to the review due, the review overdue, and the milestone once the review is done', () => {
      assert.equal(statusBarOn('2026-11-14'), undefined, 'a review due tomorrow waits for its day');
      assert.equal(statusBarOn('2026-11-15'), 'review today');
      assert.equal(statusBarOn('2026-11-16'), 'review overdue');
      assert.equal(statusBarOn('2026-12-01'), 'review overdue', 'of everything overdue, the review first');
      const reviewed = plan();
      reviewed.set('growth/reviews/2026-11-23.md', '---\nkind: review\nschema: 1\ndate: 2026-11-23\nonTrack: yes\n---\n');
      assert.equal(statusBarOn('2026-11-23', reviewed), 'milestone:refunds/proto soon');
      assert.equal(statusBarOn('2026-12-01', reviewed), 'milestone:refunds/proto overdue');
    });

    it('shows the next thing while the first is snoozed', () => {
      assert.equal(
        statusBarOn('2026-11-23', plan(), SETTINGS, (reminder) => reminder.id === 'review'),
        'milestone:refunds/proto soon',
      );
      assert.equal(
        statusBarOn('2026-11-16', plan(), SETTINGS, (reminder) => reminder.id === 'review'),
        undefined,
      );
    });

    it('shows anything due today or overdue, and only milestones and horizon ends while they are soon', () => {
      const reminder = (type: Reminder['type'], state: Reminder['state']): Reminder => ({
        id: type,
        type,
        title: type,
        due: '2026-11-22',
        state,
        daysUntil: 0,
      });
      const types: Reminder['type'][] = ['review', 'checkin', 'milestone', 'horizon', 'time-off', 'concept'];
      assert.deepEqual(
        types.filter((type) => isDueNow(reminder(type, 'soon'))),
        ['milestone', 'horizon'],
      );
      assert.deepEqual(
        types.filter((type) => isDueNow(reminder(type, 'today'))),
        types,
      );
      assert.deepEqual(
        types.filter((type) => isDueNow(reminder(type, 'overdue'))),
        types,
      );
      assert.deepEqual(
        types.filter((type) => isDueNow(reminder(type, 'later'))),
        [],
      );
    });

    it('lists reminders soonest first, the more urgent first on the same day', () => {
      const reminders = planReminders(plan(), { clock: fixedClock('2026-11-30T09:00:00Z'), timeZone: 'UTC', settings: SETTINGS });
      const sorted = [...reminders].sort(compareSoonest).map((reminder) => `${reminder.due} ${reminder.id}`);
      assert.deepEqual(sorted, [
        '2026-11-15 review',
        '2026-11-30 milestone:refunds/proto',
        '2026-12-15 checkin',
        '2026-12-26 concept:Idempotency',
      ]);
    });
  });

  describe('snoozes', () => {
    const now = new Date('2026-11-22T09:30:00Z');

    it('end after an hour, at the same time tomorrow, or at the start of a chosen day', () => {
      assert.equal(iso(snoozeEnd({ kind: 'hour' }, now, 'UTC')), '2026-11-22T10:30:00.000Z');
      assert.equal(iso(snoozeEnd({ kind: 'day' }, now, 'UTC')), '2026-11-23T09:30:00.000Z');
      assert.equal(iso(snoozeEnd({ kind: 'date', date: '2026-12-01' }, now, 'Europe/Berlin')), '2026-11-30T23:00:00.000Z');
    });

    it('keep "a day" at the same wall-clock time across a DST change (23 or 25 hours)', () => {
      assert.equal(iso(snoozeEnd({ kind: 'day' }, new Date('2026-03-28T08:00:00Z'), 'Europe/Berlin')), '2026-03-29T07:00:00.000Z');
      assert.equal(iso(snoozeEnd({ kind: 'day' }, new Date('2026-10-24T07:00:00Z'), 'Europe/Berlin')), '2026-10-25T08:00:00.000Z');
    });

    it('expire: ended snoozes are dropped', () => {
      const snoozes = { a: now.getTime() + 1, b: now.getTime(), c: now.getTime() - 1 };
      assert.deepEqual(activeSnoozes(snoozes, now.getTime()), { a: now.getTime() + 1 });
    });
  });

  describe('the next wake-up', () => {
    const now = new Date('2026-11-22T09:30:00Z');

    it('is midnight in the user’s zone when nothing else comes first', () => {
      assert.equal(iso(nextWakeUp({ now, timeZone: 'UTC', snoozes: {} })), '2026-11-23T00:00:00.000Z');
      assert.equal(iso(nextWakeUp({ now, timeZone: 'America/New_York', snoozes: {} })), '2026-11-23T05:00:00.000Z');
    });

    it('is the end of the first snooze that ends before midnight, ignoring ended ones', () => {
      const snoozes = { review: now.getTime() + 3_600_000, later: now.getTime() + 7_200_000, ended: now.getTime() - 1 };
      assert.equal(iso(nextWakeUp({ now, timeZone: 'UTC', snoozes })), '2026-11-22T10:30:00.000Z');
    });

    it('is the start or end of quiet hours when those matter', () => {
      assert.equal(iso(nextWakeUp({ now, timeZone: 'UTC', snoozes: {}, quietHours: '18:00-09:00' })), '2026-11-22T18:00:00.000Z');
      assert.equal(iso(nextWakeUp({ now, timeZone: 'UTC', snoozes: {}, quietHours: '' })), '2026-11-23T00:00:00.000Z');
    });
  });
});
