import * as assert from 'node:assert/strict';
import { fixedClock } from '../../src/core/dates';
import {
  buildSchedule,
  compareUrgency,
  mostUrgent,
  timeOffDue,
  type Reminder,
  type ScheduleOptions,
  type SchedulePlan,
} from '../../src/core/schedule';
import { breakSchema, goalSchema, profileSchema, type Goal } from '../../src/core/schema';
import { inProcessZone } from './processZone';

/** A morning in UTC is the same calendar day in Europe and the Americas. */
const at = (date: string, extra: Partial<ScheduleOptions> = {}): ScheduleOptions => ({
  clock: fixedClock(`${date}T10:00:00Z`),
  timeZone: 'UTC',
  ...extra,
});

const profile = (extra: Record<string, unknown> = {}) =>
  profileSchema.parse({
    kind: 'profile',
    currentLevel: 'Engineer II',
    targetLevel: 'Senior Engineer',
    track: 'ic',
    northStar: { statement: 'Lead the payments platform design' },
    ...extra,
  });

const goal = (extra: Record<string, unknown> = {}): Goal =>
  goalSchema.parse({ kind: 'goal', title: 'Ship refunds v2', horizon: 'short', status: 'active', ...extra });

const timeOff = (start: string, end: string, extra: Record<string, unknown> = {}) =>
  breakSchema.parse({ kind: 'break', type: 'time-off', start, end, committed: true, ...extra });

function plan(extra: Partial<SchedulePlan> = {}): SchedulePlan {
  return { reviews: [], checkins: [], goals: [], breaks: [], ...extra };
}

function find(reminders: readonly Reminder[], id: string): Reminder | undefined {
  return reminders.find((reminder) => reminder.id === id);
}

/** The one reminder with this id, as the user would see it. */
function only(planned: SchedulePlan, options: ScheduleOptions, id: string): Pick<Reminder, 'due' | 'state' | 'daysUntil' | 'title'> {
  const reminder = find(buildSchedule(planned, options), id);
  assert.ok(reminder, `a ${id} reminder`);
  return { due: reminder.due, state: reminder.state, daysUntil: reminder.daysUntil, title: reminder.title };
}

describe('schedule', () => {
  describe('growth review', () => {
    it('is due today when there has never been one', () => {
      assert.deepEqual(only(plan(), at('2026-03-10'), 'review'), {
        due: '2026-03-10',
        state: 'today',
        daysUntil: 0,
        title: 'Hold your first growth review',
      });
    });

    it('comes two weeks after the latest review by default', () => {
      const reviews = [{ date: '2026-02-15' }, { date: '2026-03-01' }, { date: '2026-02-01' }];
      assert.deepEqual(only(plan({ reviews }), at('2026-03-10'), 'review'), {
        due: '2026-03-15',
        state: 'soon',
        daysUntil: 5,
        title: 'Growth review (every two weeks, last on 2026-03-01)',
      });
    });

    it('follows a weekly cadence from the profile, and turns overdue', () => {
      const reminder = only(
        plan({ profile: profile({ cadence: { review: 'weekly' } }), reviews: [{ date: '2026-03-01' }] }),
        at('2026-03-10'),
        'review',
      );
      assert.deepEqual([reminder.due, reminder.state, reminder.daysUntil], ['2026-03-08', 'overdue', -2]);
      assert.match(reminder.title, /weekly, last on 2026-03-01/);
    });

    it('keeps a monthly review inside a short month, in common and leap years', () => {
      const monthly = profile({ cadence: { review: 'monthly' } });
      assert.equal(only(plan({ profile: monthly, reviews: [{ date: '2026-01-31' }] }), at('2026-02-10'), 'review').due, '2026-02-28');
      assert.equal(only(plan({ profile: monthly, reviews: [{ date: '2028-01-31' }] }), at('2028-02-10'), 'review').due, '2028-02-29');
      assert.equal(only(plan({ profile: monthly, reviews: [{ date: '2026-12-31' }] }), at('2027-01-10'), 'review').due, '2027-01-31');
    });

    it('crosses the year end and 29 February on a two-week cadence', () => {
      assert.equal(only(plan({ reviews: [{ date: '2026-12-24' }] }), at('2026-12-30'), 'review').due, '2027-01-07');
      assert.equal(only(plan({ reviews: [{ date: '2028-02-20' }] }), at('2028-02-25'), 'review').due, '2028-03-05');
    });

    it('lets the setting win over the profile', () => {
      const planned = plan({ profile: profile({ cadence: { review: 'weekly' } }), reviews: [{ date: '2026-03-01' }] });
      assert.equal(only(planned, at('2026-03-10', { reviewCadence: 'monthly' }), 'review').due, '2026-04-01');
    });
  });

  describe('mentor check-in', () => {
    it('is due today when there has never been one, naming the mentor', () => {
      assert.deepEqual(only(plan({ profile: profile({ mentor: 'Priya' }) }), at('2026-03-10'), 'checkin'), {
        due: '2026-03-10',
        state: 'today',
        daysUntil: 0,
        title: 'Book a first check-in with Priya',
      });
      assert.equal(only(plan(), at('2026-03-10'), 'checkin').title, 'Find a mentor and book a first check-in');
    });

    it('uses the next date agreed at the latest check-in', () => {
      const checkins = [
        { date: '2026-01-05', next: '2026-04-30' },
        { date: '2026-02-01', next: '2026-03-20' },
      ];
      assert.deepEqual(only(plan({ checkins }), at('2026-03-10'), 'checkin'), {
        due: '2026-03-20',
        state: 'later',
        daysUntil: 10,
        title: 'Mentor check-in',
      });
    });

    it('comes five weeks after the latest check-in by default', () => {
      assert.equal(only(plan({ checkins: [{ date: '2026-02-01' }] }), at('2026-03-10'), 'checkin').due, '2026-03-08');
    });

    it('follows the profile cadence, and the setting over it', () => {
      const planned = plan({ profile: profile({ cadence: { checkinWeeks: 4 } }), checkins: [{ date: '2026-02-01' }] });
      assert.equal(only(planned, at('2026-03-10'), 'checkin').due, '2026-03-01');
      assert.equal(only(planned, at('2026-03-10', { checkinWeeks: 6 }), 'checkin').due, '2026-03-15');
    });
  });

  describe('milestones', () => {
    const steps = [
      { id: 'late', title: 'Design doc', status: 'active', due: '2026-03-08' },
      { id: 'week', title: 'Build behind a flag', status: 'active', due: '2026-03-17' },
      { id: 'eight', title: 'Load test', status: 'active', due: '2026-03-18' },
      { id: 'planned', title: 'Roll out', status: 'planned', due: '2026-03-12' },
      { id: 'undated', title: 'Write-up', status: 'active' },
    ];

    it('shows active milestones due within seven days or overdue', () => {
      const reminders = buildSchedule(plan({ goals: [{ id: 'refunds', data: goal({ milestones: steps }) }] }), at('2026-03-10'));
      const milestones = reminders.filter((reminder) => reminder.type === 'milestone');
      assert.deepEqual(
        milestones.map(({ id, due, state, daysUntil, target }) => ({ id, due, state, daysUntil, target })),
        [
          {
            id: 'milestone:refunds/late',
            due: '2026-03-08',
            state: 'overdue',
            daysUntil: -2,
            target: { goalId: 'refunds', milestoneId: 'late' },
          },
          {
            id: 'milestone:refunds/week',
            due: '2026-03-17',
            state: 'soon',
            daysUntil: 7,
            target: { goalId: 'refunds', milestoneId: 'week' },
          },
        ],
      );
      assert.equal(milestones[0]!.title, 'Milestone "Design doc" of "Ship refunds v2"');
    });

    it('looks further ahead when the setting says so', () => {
      const reminders = buildSchedule(
        plan({ goals: [{ id: 'refunds', data: goal({ milestones: steps }) }] }),
        at('2026-03-10', { soonDays: 8 }),
      );
      assert.deepEqual(find(reminders, 'milestone:refunds/eight')?.state, 'soon');
    });

    it('leaves out milestones of goals that are not active', () => {
      const goals = ['paused', 'draft', 'done'].map((status) => ({ id: status, data: goal({ status, milestones: steps }) }));
      assert.deepEqual(
        buildSchedule(plan({ goals }), at('2026-03-10')).filter((reminder) => reminder.type === 'milestone'),
        [],
      );
    });
  });

  describe('90-day horizon', () => {
    const horizon = (horizonStart: string, status = 'active') => plan({ goals: [{ id: 'refunds', data: goal({ horizonStart, status }) }] });

    it('shows the end of the horizon from fourteen days before', () => {
      assert.deepEqual(only(horizon('2026-01-01'), at('2026-03-18'), 'horizon:refunds'), {
        due: '2026-04-01',
        state: 'later',
        daysUntil: 14,
        title: 'Reassess "Ship refunds v2": its 90 days end',
      });
      assert.equal(find(buildSchedule(horizon('2026-01-01'), at('2026-03-17')), 'horizon:refunds'), undefined);
    });

    it('stays until a new horizon starts', () => {
      assert.equal(only(horizon('2026-01-01'), at('2026-04-05'), 'horizon:refunds').state, 'overdue');
      assert.equal(find(buildSchedule(horizon('2026-01-01', 'paused'), at('2026-04-05')), 'horizon:refunds'), undefined);
    });

    it('counts 90 days through February in leap and common years', () => {
      assert.equal(only(horizon('2027-12-31'), at('2028-03-25'), 'horizon:refunds').due, '2028-03-30');
      assert.equal(only(horizon('2026-12-31'), at('2027-03-25'), 'horizon:refunds').due, '2027-03-31');
    });

    it('gives notice earlier when the setting says so', () => {
      assert.equal(only(horizon('2026-01-01'), at('2026-03-02', { horizonNoticeDays: 30 }), 'horizon:refunds').daysUntil, 30);
    });
  });

  describe('time off', () => {
    const due = (breaks: SchedulePlan['breaks'], date = '2026-03-10') => ({ due: timeOffDue(breaks, date) });
    const listed = (breaks: SchedulePlan['breaks'], date: string) => find(buildSchedule(plan({ breaks }), at(date)), 'time-off');

    it('is due today when no time off is committed', () => {
      assert.deepEqual(only(plan(), at('2026-03-10'), 'time-off'), {
        due: '2026-03-10',
        state: 'today',
        daysUntil: 0,
        title: 'Commit to time off within the next three months',
      });
      assert.equal(due([timeOff('2026-04-01', '2026-04-05', { committed: false })]).due, '2026-03-10');
      assert.equal(due([timeOff('2026-04-01', '2026-04-05', { type: 'rest-day' })]).due, '2026-03-10');
      assert.equal(due([timeOff('2026-02-01', '2026-02-05')]).due, '2026-03-10');
    });

    it('stops once time off is committed, and comes back a week before that time off ends', () => {
      // Committed for 25 to 29 January: nothing to remind of on 1 December.
      assert.equal(listed([timeOff('2027-01-25', '2027-01-29')], '2026-12-01'), undefined);
      assert.equal(listed([timeOff('2027-01-25', '2027-01-29')], '2027-01-22'), undefined);
      assert.deepEqual(
        (({ due: day, state, daysUntil }) => ({ due: day, state, daysUntil }))(
          listed([timeOff('2027-01-25', '2027-01-29')], '2027-01-23')!,
        ),
        { due: '2027-01-30', state: 'soon', daysUntil: 7 },
      );
      assert.equal(
        listed([timeOff('2027-01-25', '2027-01-29', { committed: false })], '2026-12-01')?.due,
        '2026-12-01',
        'planned but not committed still reminds',
      );
    });

    it('falls due the day after committed time off ends', () => {
      assert.equal(due([timeOff('2026-05-01', '2026-05-08')]).due, '2026-05-09');
      assert.equal(due([timeOff('2026-03-05', '2026-03-12')]).due, '2026-03-13'); // under way now
    });

    it('counts only time off starting within three months, to the day', () => {
      assert.equal(due([timeOff('2026-06-10', '2026-06-12')]).due, '2026-06-13');
      assert.equal(due([timeOff('2026-06-11', '2026-06-12')]).due, '2026-03-10');
      // Three months from 30 November end on 28 February.
      assert.equal(due([timeOff('2027-02-28', '2027-03-02')], '2026-11-30').due, '2027-03-03');
      assert.equal(due([timeOff('2027-03-01', '2027-03-02')], '2026-11-30').due, '2026-11-30');
    });

    it('follows a chain of planned time off, each within three months of the last', () => {
      assert.equal(due([timeOff('2026-07-01', '2026-07-10'), timeOff('2026-04-01', '2026-04-05')]).due, '2026-07-11');
      assert.equal(due([timeOff('2026-07-07', '2026-07-10'), timeOff('2026-04-01', '2026-04-05')]).due, '2026-04-06');
    });
  });

  describe('core concepts', () => {
    const concept = (learned: string, reviewed?: string[]) =>
      plan({ profile: profile({ coreConcepts: [{ name: 'Idempotency keys', learned, reviewed }] }) });

    it('comes back one day after learning', () => {
      const [reminder] = buildSchedule(concept('2026-03-09'), at('2026-03-10')).filter((candidate) => candidate.type === 'concept');
      assert.deepEqual(reminder, {
        id: 'concept:Idempotency keys',
        type: 'concept',
        title: 'Revisit "Idempotency keys"',
        due: '2026-03-10',
        state: 'today',
        daysUntil: 0,
        target: { concept: 'Idempotency keys' },
      });
    });

    it('spaces each repetition further from the latest one', () => {
      const id = 'concept:Idempotency keys';
      assert.equal(only(concept('2026-03-01', ['2026-03-02']), at('2026-03-03'), id).due, '2026-03-05');
      assert.equal(only(concept('2026-03-01', ['2026-03-09', '2026-03-02']), at('2026-03-10'), id).due, '2026-03-16');
      assert.equal(
        only(concept('2026-01-01', ['2026-01-02', '2026-01-05', '2026-01-12', '2026-01-26', '2026-02-25']), at('2026-03-10'), id).due,
        '2026-04-26',
      );
    });

    it('settles at every 60 days after the last step', () => {
      const reviewed = ['2026-01-02', '2026-01-05', '2026-01-12', '2026-01-26', '2026-02-25', '2026-04-26', '2026-06-25'];
      assert.equal(only(concept('2026-01-01', reviewed), at('2026-07-01'), 'concept:Idempotency keys').due, '2026-08-24');
    });
  });

  describe('time zones', () => {
    const weekly = plan({ profile: profile({ cadence: { review: 'weekly' } }), reviews: [{ date: '2026-03-10' }] });
    const instant = '2026-03-17T11:30:00Z';

    it('is overdue in Auckland and due today in Los Angeles at the same instant', () => {
      const auckland = only(weekly, { clock: fixedClock(instant), timeZone: 'Pacific/Auckland' }, 'review');
      const losAngeles = only(weekly, { clock: fixedClock(instant), timeZone: 'America/Los_Angeles' }, 'review');
      assert.deepEqual([auckland.state, auckland.daysUntil], ['overdue', -1]);
      assert.deepEqual([losAngeles.state, losAngeles.daysUntil], ['today', 0]);
    });

    it('uses the local zone when none is set', () => {
      inProcessZone('Pacific/Auckland', () => assert.equal(only(weekly, { clock: fixedClock(instant) }, 'review').state, 'overdue'));
      inProcessZone('America/Los_Angeles', () => assert.equal(only(weekly, { clock: fixedClock(instant) }, 'review').state, 'today'));
    });

    it('turns the day at local midnight on the Berlin DST change', () => {
      const berlin = plan({ profile: profile({ cadence: { review: 'weekly' } }), reviews: [{ date: '2026-03-22' }] });
      // 00:30 CET on 29 March, the night the clocks spring forward.
      assert.equal(only(berlin, { clock: fixedClock('2026-03-28T23:30:00Z'), timeZone: 'Europe/Berlin' }, 'review').state, 'today');
      assert.equal(only(berlin, { clock: fixedClock('2026-03-28T22:30:00Z'), timeZone: 'Europe/Berlin' }, 'review').state, 'soon');
    });

    it('keeps the same day through the New York fall-back hour', () => {
      const newYork = plan({ reviews: [{ date: '2026-10-18' }] });
      // 23:30 EST on 1 November, after the clocks fell back at 02:00.
      assert.equal(only(newYork, { clock: fixedClock('2026-11-02T04:30:00Z'), timeZone: 'America/New_York' }, 'review').state, 'today');
      assert.equal(only(newYork, { clock: fixedClock('2026-11-02T05:30:00Z'), timeZone: 'America/New_York' }, 'review').state, 'overdue');
    });

    it('gives the same schedule whatever zone the machine runs in', () => {
      const full = plan({
        profile: profile({ coreConcepts: [{ name: 'Tracing', learned: '2026-03-01' }] }),
        reviews: [{ date: '2026-03-22' }],
        checkins: [{ date: '2026-02-20' }],
        goals: [
          {
            id: 'refunds',
            data: goal({ horizonStart: '2026-01-01', milestones: [{ id: 'a', title: 'A', status: 'active', due: '2026-04-01' }] }),
          },
        ],
        breaks: [timeOff('2026-05-01', '2026-05-08')],
      });
      const options = { clock: fixedClock('2026-03-28T23:30:00Z'), timeZone: 'Europe/Berlin' };
      let expected: Reminder[] = [];
      inProcessZone('UTC', () => (expected = buildSchedule(full, options)));
      for (const zone of ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Atlantic/Azores']) {
        inProcessZone(zone, () => assert.deepEqual(buildSchedule(full, options), expected, zone));
      }
      assert.deepEqual(
        expected.map((reminder) => [reminder.id, reminder.due, reminder.state]),
        [
          ['concept:Tracing', '2026-03-02', 'overdue'],
          ['checkin', '2026-03-27', 'overdue'],
          ['milestone:refunds/a', '2026-04-01', 'soon'],
          ['horizon:refunds', '2026-04-01', 'soon'],
          ['review', '2026-04-05', 'soon'],
        ],
      );
    });
  });

  describe('the most urgent reminder', () => {
    const reminder = (id: string, type: Reminder['type'], daysUntil: number, state: Reminder['state']): Reminder => ({
      id,
      type,
      title: id,
      due: `2026-03-${String(10 + daysUntil).padStart(2, '0')}`,
      state,
      daysUntil,
    });

    it('is an overdue review before anything else', () => {
      const reminders = [
        reminder('milestone:refunds/design', 'milestone', -9, 'overdue'),
        reminder('checkin', 'checkin', -5, 'overdue'),
        reminder('review', 'review', -1, 'overdue'),
      ];
      assert.equal(mostUrgent(reminders)?.id, 'review');
    });

    it('puts anything overdue before a review due today', () => {
      const reminders = [reminder('review', 'review', 0, 'today'), reminder('concept:Tracing', 'concept', -1, 'overdue')];
      assert.equal(mostUrgent(reminders)?.id, 'concept:Tracing');
    });

    it('orders the same state by type, then by how long overdue, then by id', () => {
      const reminders = [
        reminder('time-off', 'time-off', -1, 'overdue'),
        reminder('milestone:b/x', 'milestone', -2, 'overdue'),
        reminder('horizon:b', 'horizon', -3, 'overdue'),
        reminder('milestone:a/y', 'milestone', -2, 'overdue'),
        reminder('checkin', 'checkin', -1, 'overdue'),
        reminder('milestone:c/z', 'milestone', -4, 'overdue'),
      ];
      assert.deepEqual(
        [...reminders].sort(compareUrgency).map((item) => item.id),
        ['milestone:c/z', 'milestone:a/y', 'milestone:b/x', 'checkin', 'horizon:b', 'time-off'],
      );
    });

    it('is nothing when there are no reminders', () => {
      assert.equal(mostUrgent([]), undefined);
    });

    it('picks from a real schedule: the first review of a new plan', () => {
      const reminders = buildSchedule(
        plan({ profile: profile({ coreConcepts: [{ name: 'Tracing', learned: '2026-03-09' }] }) }),
        at('2026-03-10'),
      );
      assert.deepEqual(
        reminders.map((item) => item.id),
        ['review', 'checkin', 'time-off', 'concept:Tracing'],
      );
      assert.equal(mostUrgent(reminders)?.title, 'Hold your first growth review');
    });
  });
});
