import * as assert from 'node:assert/strict';
import { readGrowthFile } from '../../src/core/reader';
import { newCheckin, newReview } from '../../src/core/templates';

describe('new-file templates', () => {
  for (const [name, file] of [
    ['review', newReview('2026-11-22')],
    ['check-in', newCheckin('2026-11-22', 'Priya')],
  ] as const) {
    it(`starts a ${name} that is valid as written`, () => {
      const parsed = readGrowthFile(file.path, file.text);
      assert.ok(parsed?.record, JSON.stringify(parsed?.problems));
      assert.deepEqual(parsed.problems, []);
    });
  }

  it('files each one where DevGrowth keeps that kind', () => {
    assert.equal(newReview('2026-11-22').path, 'reviews/2026-11-22.md');
    assert.equal(newCheckin('2026-11-22', 'Priya').path, 'checkins/2026-11-22.md');
  });
});
