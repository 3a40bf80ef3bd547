import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, dateIn } from '../../src/core/dates';
import { dayStart, instantOfWallTime, minuteOfDay, nextDayStart } from '../../src/core/zonedTime';
import { inProcessZone } from './processZone';

const iso = (instant: number) => new Date(instant).toISOString();
const HOUR = 3_600_000;

describe('wall-clock times in a time zone', () => {
  it('finds an ordinary time on an ordinary day', () => {
    assert.equal(iso(instantOfWallTime('2026-11-22', 18 * 60, 'Europe/Berlin')), '2026-11-22T17:00:00.000Z');
    assert.equal(iso(instantOfWallTime('2026-07-01', 9 * 60 + 30, 'America/New_York')), '2026-07-01T13:30:00.000Z');
    assert.equal(iso(instantOfWallTime('2026-11-22', 0, 'Pacific/Auckland')), '2026-11-21T11:00:00.000Z');
  });

  it('takes the moment the clocks jump past a time that is skipped (spring forward)', () => {
    // Berlin, 29 March 2026: 02:00 becomes 03:00 at 01:00 UTC.
    assert.equal(iso(instantOfWallTime('2026-03-29', 2 * 60 + 30, 'Europe/Berlin')), '2026-03-29T01:00:00.000Z');
    // Lord Howe Island moves its clocks by half an hour.
    assert.equal(iso(instantOfWallTime('2026-10-04', 2 * 60 + 15, 'Australia/Lord_Howe')), '2026-10-03T15:30:00.000Z');
  });

  it('takes the first of a time that happens twice (fall back)', () => {
    // Berlin, 25 October 2026: 03:00 becomes 02:00 again at 01:00 UTC.
    assert.equal(iso(instantOfWallTime('2026-10-25', 2 * 60 + 30, 'Europe/Berlin')), '2026-10-25T00:30:00.000Z');
    assert.equal(iso(instantOfWallTime('2026-11-01', 60 + 30, 'America/New_York')), '2026-11-01T05:30:00.000Z');
  });

  it('starts a day whose midnight is skipped when its first hour does (Santiago)', () => {
    // Chile's clocks go from 24:00 on Saturday 5 September 2026 straight to 01:00.
    assert.equal(iso(dayStart('2026-09-06', 'America/Santiago')), '2026-09-06T04:00:00.000Z');
    assert.equal(dateIn(new Date(dayStart('2026-09-06', 'America/Santiago')), 'America/Santiago'), '2026-09-06');
    assert.equal(dateIn(new Date(dayStart('2026-09-06', 'America/Santiago') - 1), 'America/Santiago'), '2026-09-05');
  });

  it('finds the next midnight across a month end, a year end and both DST changes', () => {
    assert.equal(iso(nextDayStart(new Date('2026-11-30T22:00:00Z'), 'UTC')), '2026-12-01T00:00:00.000Z');
    assert.equal(iso(nextDayStart(new Date('2026-12-31T12:00:00Z'), 'Europe/Berlin')), '2026-12-31T23:00:00.000Z');
    // 29 March 2026 in Berlin has 23 hours; 25 October has 25.
    const shortDay = dayStart('2026-03-29', 'Europe/Berlin');
    assert.equal(nextDayStart(new Date(shortDay), 'Europe/Berlin') - shortDay, 23 * HOUR);
    const longDay = dayStart('2026-10-25', 'Europe/Berlin');
    assert.equal(nextDayStart(new Date(longDay), 'Europe/Berlin') - longDay, 25 * HOUR);
  });

  it('uses the machine’s zone when none is given', () => {
    inProcessZone('Asia/Kolkata', () => {
      assert.equal(iso(nextDayStart(new Date('2026-11-22T12:00:00Z'))), '2026-11-22T18:30:00.000Z');
      assert.equal(minuteOfDay(new Date('2026-11-22T12:00:00Z')), 17 * 60 + 30);
    });
  });

  it('always lands on the start of the next day, in any zone, at any instant', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }), (zone, instant) => {
        const now = new Date(instant);
        const next = nextDayStart(now, zone);
        assert.equal(dateIn(new Date(next), zone), addDays(dateIn(now, zone), 1));
        assert.equal(dateIn(new Date(next - 1), zone), dateIn(now, zone));
      }),
      { numRuns: 300 },
    );
  });
});
