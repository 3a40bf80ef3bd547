import * as assert from 'node:assert/strict';
import { isQuiet, nextQuietChange, parseQuietHours } from '../../src/core/quietHours';

const iso = (instant: number | undefined) => (instant === undefined ? undefined : new Date(instant).toISOString());

describe('quiet hours', () => {
  it('reads "HH:MM-HH:MM" and rejects anything else', () => {
    assert.deepEqual(parseQuietHours('18:00-09:30'), { from: 1080, to: 570 });
    assert.deepEqual(parseQuietHours(' 7:05 - 8:00 '), { from: 425, to: 480 });
    assert.equal(parseQuietHours('25:00-09:00'), undefined);
    assert.equal(parseQuietHours('evenings'), undefined);
    assert.equal(parseQuietHours(''), undefined);
    assert.equal(parseQuietHours('09:00-09:00'), undefined, 'an empty range is no quiet hours');
  });

  it('runs past midnight', () => {
    assert.equal(isQuiet(new Date('2026-11-22T22:00:00Z'), '18:00-09:00', 'UTC'), true);
    assert.equal(isQuiet(new Date('2026-11-22T03:00:00Z'), '18:00-09:00', 'UTC'), true);
    assert.equal(isQuiet(new Date('2026-11-22T09:00:00Z'), '18:00-09:00', 'UTC'), false);
    assert.equal(isQuiet(new Date('2026-11-22T12:00:00Z'), '18:00-09:00', 'UTC'), false);
  });

  it('works within one day', () => {
    assert.equal(isQuiet(new Date('2026-11-22T12:30:00Z'), '12:00-13:00', 'UTC'), true);
    assert.equal(isQuiet(new Date('2026-11-22T13:00:00Z'), '12:00-13:00', 'UTC'), false);
  });

  it('reads the clock of the user’s time zone', () => {
    const instant = new Date('2026-11-22T20:00:00Z'); // 09:00 the next morning in Auckland
    assert.equal(isQuiet(instant, '18:00-09:00', 'UTC'), true);
    assert.equal(isQuiet(instant, '18:00-09:00', 'Pacific/Auckland'), false);
  });

  it('is never quiet when unset or empty', () => {
    assert.equal(isQuiet(new Date(), '', 'UTC'), false);
    assert.equal(isQuiet(new Date(), '09:00-09:00', 'UTC'), false);
  });

  describe('the next change', () => {
    it('is the start of quiet hours during the day, and their end during them', () => {
      assert.equal(iso(nextQuietChange(new Date('2026-11-22T12:00:00Z'), '18:00-09:00', 'UTC')), '2026-11-22T18:00:00.000Z');
      assert.equal(iso(nextQuietChange(new Date('2026-11-22T20:00:00Z'), '18:00-09:00', 'UTC')), '2026-11-23T09:00:00.000Z');
      assert.equal(iso(nextQuietChange(new Date('2026-11-23T03:00:00Z'), '18:00-09:00', 'UTC')), '2026-11-23T09:00:00.000Z');
    });

    it('comes strictly after now, even at a boundary', () => {
      assert.equal(iso(nextQuietChange(new Date('2026-11-22T18:00:00Z'), '18:00-09:00', 'UTC')), '2026-11-23T09:00:00.000Z');
    });

    it('follows the user’s wall clock across a DST change', () => {
      // Quiet until 09:00 in Berlin: 08:00 UTC in winter time, 07:00 UTC once the clocks go forward.
      assert.equal(iso(nextQuietChange(new Date('2026-03-28T22:00:00Z'), '22:00-09:00', 'Europe/Berlin')), '2026-03-29T07:00:00.000Z');
      assert.equal(iso(nextQuietChange(new Date('2026-10-24T21:00:00Z'), '22:00-09:00', 'Europe/Berlin')), '2026-10-25T08:00:00.000Z');
    });

    it('is undefined without quiet hours', () => {
      assert.equal(nextQuietChange(new Date('2026-11-22T12:00:00Z'), '', 'UTC'), undefined);
    });
  });
});
