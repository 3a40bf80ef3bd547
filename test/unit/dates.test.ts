import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  dateIn,
  daysBetween,
  daysInMonth,
  fixedClock,
  isIsoDate,
  isTimeZone,
  latestDate,
  today,
} from '../../src/core/dates';
import { inProcessZone } from './processZone';

/** Zones with DST on either side of Greenwich, one far east and one whose offset changes sign. */
const PROCESS_ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Atlantic/Azores', 'America/Santiago'];

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

describe('dates', () => {
  describe('today in a time zone', () => {
    const instant = new Date('2026-03-10T11:30:00Z');

    it('gives different days for Auckland and Los Angeles at the same instant', () => {
      assert.equal(dateIn(instant, 'Pacific/Auckland'), '2026-03-11'); // 00:30 NZDT
      assert.equal(dateIn(instant, 'America/Los_Angeles'), '2026-03-10'); // 04:30 PDT
      assert.equal(today(fixedClock(instant), 'Pacific/Auckland'), '2026-03-11');
      assert.equal(today(fixedClock(instant), 'America/Los_Angeles'), '2026-03-10');
    });

    it('uses the local zone when no zone is given', () => {
      inProcessZone('Pacific/Auckland', () => assert.equal(today(fixedClock(instant)), '2026-03-11'));
      inProcessZone('America/Los_Angeles', () => assert.equal(today(fixedClock(instant)), '2026-03-10'));
    });

    it('turns the day at local midnight on both sides of the Berlin DST changes', () => {
      // Spring forward on 2026-03-29: midnight is 23:00 UTC before, 22:00 UTC after.
      assert.equal(dateIn(new Date('2026-03-28T22:59:59Z'), 'Europe/Berlin'), '2026-03-28');
      assert.equal(dateIn(new Date('2026-03-28T23:00:00Z'), 'Europe/Berlin'), '2026-03-29');
      assert.equal(dateIn(new Date('2026-03-29T21:59:59Z'), 'Europe/Berlin'), '2026-03-29');
      assert.equal(dateIn(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin'), '2026-03-30');
      // Fall back on 2026-10-25: the 25-hour day still ends at local midnight.
      assert.equal(dateIn(new Date('2026-10-25T22:59:59Z'), 'Europe/Berlin'), '2026-10-25');
      assert.equal(dateIn(new Date('2026-10-25T23:00:00Z'), 'Europe/Berlin'), '2026-10-26');
    });

    it('turns the day at local midnight on both sides of the New York DST changes', () => {
      assert.equal(dateIn(new Date('2026-03-08T04:59:59Z'), 'America/New_York'), '2026-03-07'); // EST
      assert.equal(dateIn(new Date('2026-03-09T03:59:59Z'), 'America/New_York'), '2026-03-08'); // EDT
      assert.equal(dateIn(new Date('2026-03-09T04:00:00Z'), 'America/New_York'), '2026-03-09');
      assert.equal(dateIn(new Date('2026-11-02T04:59:59Z'), 'America/New_York'), '2026-11-01');
      assert.equal(dateIn(new Date('2026-11-02T05:00:00Z'), 'America/New_York'), '2026-11-02');
    });

    it('rejects a time zone the runtime does not know', () => {
      assert.equal(isTimeZone('Europe/Berlin'), true);
      assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
      assert.throws(() => dateIn(instant, 'Mars/Olympus_Mons'), RangeError);
    });

    it('builds a fixed clock only from a real instant', () => {
      assert.equal(fixedClock('2026-03-10T11:30:00Z').now().toISOString(), '2026-03-10T11:30:00.000Z');
      assert.throws(() => fixedClock('next Tuesday'), /not an instant/);
    });
  });

  describe('day arithmetic', () => {
    it('adds days across month and year ends', () => {
      assert.equal(addDays('2026-01-31', 1), '2026-02-01');
      assert.equal(addDays('2026-12-31', 1), '2027-01-01');
      assert.equal(addDays('2026-03-01', -1), '2026-02-28');
      assert.equal(addDays('2028-03-01', -1), '2028-02-29');
      assert.equal(addWeeks('2026-12-24', 2), '2027-01-07');
    });

    it('clamps to the last day of a shorter month', () => {
      assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
      assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
      assert.equal(addMonths('2026-03-31', 1), '2026-04-30');
      assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
      assert.equal(addMonths('2026-12-15', 1), '2027-01-15');
      assert.equal(addMonths('2027-01-15', -1), '2026-12-15');
      assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
    });

    it('keeps 29 February only in leap years', () => {
      assert.equal(addYears('2028-02-29', 1), '2029-02-28');
      assert.equal(addYears('2028-02-29', 4), '2032-02-29');
      assert.equal(addYears('2096-02-29', 4), '2100-02-28'); // 2100 is not a leap year
      assert.equal(addYears('1996-02-29', 4), '2000-02-29'); // 2000 is
      assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
      assert.equal(daysBetween('2027-02-28', '2027-03-01'), 1);
    });

    it('counts days between dates in either direction', () => {
      assert.equal(daysBetween('2026-03-10', '2026-03-10'), 0);
      assert.equal(daysBetween('2026-03-10', '2026-03-17'), 7);
      assert.equal(daysBetween('2026-03-17', '2026-03-10'), -7);
      assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
      assert.equal(daysBetween('2028-01-01', '2029-01-01'), 366);
    });

    it('rejects text that is not a real date', () => {
      assert.throws(() => addDays('2026-02-30', 1), /"2026-02-30" is not a date written as YYYY-MM-DD/);
      assert.throws(() => daysBetween('10/03/2026', '2026-03-10'), RangeError);
    });

    it('finds the latest date', () => {
      assert.equal(latestDate(['2026-03-01', '2026-11-20', '2026-04-15']), '2026-11-20');
      assert.equal(latestDate([]), undefined);
    });

    for (const zone of PROCESS_ZONES) {
      it(`gives the same answers whatever the machine's zone (${zone})`, () => {
        inProcessZone(zone, () => {
          // Days around the 2026 DST changes in Europe, the US, New Zealand and Chile.
          assert.equal(addDays('2026-03-28', 1), '2026-03-29');
          assert.equal(addDays('2026-03-07', 2), '2026-03-09');
          assert.equal(addDays('2026-10-24', 2), '2026-10-26');
          assert.equal(addDays('2026-04-04', 1), '2026-04-05');
          assert.equal(addDays('2026-09-05', 1), '2026-09-06');
          assert.equal(daysBetween('2026-03-01', '2026-04-01'), 31);
          assert.equal(daysBetween('2026-10-01', '2026-11-30'), 60);
          assert.equal(addMonths('2026-10-31', 1), '2026-11-30');
          fc.assert(
            fc.property(isoDate, fc.integer({ min: -800, max: 800 }), (date, days) => daysBetween(date, addDays(date, days)) === days),
            { numRuns: 200 },
          );
        });
      });
    }
  });

  describe('telling a real date from other text', () => {
    /** The calendar as JavaScript's Date keeps it (setUTCFullYear keeps years below 100). */
    function isRealDate(text: string): boolean {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!match) return false;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    }

    it('accepts leap days only in leap years', () => {
      assert.equal(isIsoDate('2028-02-29'), true);
      assert.equal(isIsoDate('2000-02-29'), true);
      assert.equal(isIsoDate('2026-02-29'), false);
      assert.equal(isIsoDate('1900-02-29'), false);
    });

    it('rejects dates not written as YYYY-MM-DD', () => {
      for (const text of [
        '2026-1-05',
        '2026-01-5',
        '26-01-05',
        '2026/01/05',
        ' 2026-01-05',
        '2026-01-05 ',
        '2026-00-10',
        '2026-13-01',
        '2026-04-31',
        '2026-01-00',
        '２０２６-01-05',
        '+026-01-05',
        '',
      ]) {
        assert.equal(isIsoDate(text), false, text);
      }
    });

    it("agrees with the calendar of JavaScript's Date for every year, month and day", () => {
      const pad = (value: number, width: number) => String(value).padStart(width, '0');
      const written = fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
      const damaged = fc
        .tuple(written, fc.nat(9), fc.constantFrom('/', ' ', 'x', '-', '0', '9', '٣', ''))
        .map(([text, at, character]) => text.slice(0, at) + character + text.slice(at + 1));
      fc.assert(
        fc.property(fc.oneof(written, damaged, fc.string({ maxLength: 12 })), (text) => isIsoDate(text) === isRealDate(text)),
        { numRuns: 5000 },
      );
    });
  });

  describe('properties', () => {
    it('daysBetween undoes addDays, and addDays undoes itself', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
          const moved = addDays(date, days);
          return daysBetween(date, moved) === days && addDays(moved, -days) === date;
        }),
      );
    });

    it('addMonths lands in the right month and never overflows it', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
          const moved = addMonths(date, months);
          const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
          const monthIndex = year * 12 + month - 1 + months;
          const [movedYear, movedMonth, movedDay] = [Number(moved.slice(0, 4)), Number(moved.slice(5, 7)), Number(moved.slice(8, 10))];
          return movedYear * 12 + movedMonth - 1 === monthIndex && movedDay === Math.min(day, daysInMonth(movedYear, movedMonth));
        }),
      );
    });

    it('addWeeks is seven days a week', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: -500, max: 500 }), (date, weeks) => daysBetween(date, addWeeks(date, weeks)) === weeks * 7),
      );
    });

    it('a date read in any zone is within a day of the UTC date', () => {
      const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns', 'Europe/Berlin'];
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
          fc.constantFrom(...zones),
          (instant, zone) => {
            return Math.abs(daysBetween(instant.toISOString().slice(0, 10), dateIn(instant, zone))) <= 1;
          },
        ),
      );
    });
  });
});
