import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { minimalChange } from '../../src/core/textChange';

describe('minimalChange', () => {
  it('replaces only the changed value in a line', () => {
    assert.deepEqual(minimalChange('status: active\n', 'status: done\n'), { start: 8, end: 13, text: 'don' });
  });

  it('is empty for equal texts', () => {
    assert.deepEqual(minimalChange('same', 'same'), { start: 4, end: 4, text: '' });
  });

  it('always rebuilds the new text from the old one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const change = minimalChange(before, after);
        assert.equal(before.slice(0, change.start) + change.text + before.slice(change.end), after);
      }),
    );
  });
});
