import * as assert from 'node:assert/strict';
import { slugify, uniqueSlug } from '../../src/core/slug';

describe('slugs', () => {
  it('turns a title into a file-name-safe id', () => {
    assert.equal(slugify('Ship the Refunds redesign by 31 March!'), 'ship-the-refunds-redesign-by-31-march');
    assert.equal(slugify('Café résumé'), 'cafe-resume');
    assert.equal(slugify('   '), 'untitled');
    assert.ok(slugify('x'.repeat(200)).length <= 60);
  });

  it('adds a number when the id is taken', () => {
    const taken = new Set(['talks', 'talks-2']);
    assert.equal(uniqueSlug('Talks', (candidate) => taken.has(candidate)), 'talks-3');
    assert.equal(uniqueSlug('New one', (candidate) => taken.has(candidate)), 'new-one');
  });
});
