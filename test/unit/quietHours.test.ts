import * as assert from 'node:assert/strict';
import { isQuiet, parseQuietHours } from '../../src/core/quietHours';

describe('quiet hours', () => {
  it('reads "HH:MM-HH:MM" and rejects anything else', () => {
    assert.deepEqual(parseQuietHours('18:00-09:30'), { from: 1080, to: 570 });
    assert.deepEqual(parseQuietHours(' 7:05 - 8:00 '), { from: 425, to: 480 });
    assert.equal(parseQuietHours('25:00-09:00'), undefined);
    assert.equal(parseQuietHours('evenings'), undefined);
    assert.equal(parseQuietHours(''), undefined);
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
});
