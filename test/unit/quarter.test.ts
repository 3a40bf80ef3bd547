import * as assert from 'node:assert/strict';
import { formatQuarter, parseQuarter, previousQuarter, quarterOf, quarterRange } from '../../src/core/quarter';

describe('quarters', () => {
  it('finds the quarter of a date', () => {
    assert.deepEqual(quarterOf('2026-01-01'), { year: 2026, number: 1 });
    assert.deepEqual(quarterOf('2026-06-30'), { year: 2026, number: 2 });
    assert.deepEqual(quarterOf('2026-10-01'), { year: 2026, number: 4 });
  });

  it('gives first and last days, leap years included', () => {
    assert.deepEqual(quarterRange({ year: 2028, number: 1 }), { from: '2028-01-01', to: '2028-03-31' });
    assert.deepEqual(quarterRange({ year: 2026, number: 2 }), { from: '2026-04-01', to: '2026-06-30' });
    assert.deepEqual(quarterRange({ year: 2026, number: 3 }), { from: '2026-07-01', to: '2026-09-30' });
    assert.deepEqual(quarterRange({ year: 2026, number: 4 }), { from: '2026-10-01', to: '2026-12-31' });
  });

  it('parses and formats 2026-Q4, rejecting other forms', () => {
    assert.deepEqual(parseQuarter(' 2026-Q4 '), { year: 2026, number: 4 });
    assert.equal(parseQuarter('2026-Q5'), undefined);
    assert.equal(parseQuarter('Q4 2026'), undefined);
    assert.equal(formatQuarter({ year: 2027, number: 1 }), '2027-Q1');
  });

  it('steps back across a year', () => {
    assert.deepEqual(previousQuarter({ year: 2027, number: 1 }), { year: 2026, number: 4 });
    assert.deepEqual(previousQuarter({ year: 2027, number: 3 }), { year: 2027, number: 2 });
  });
});
