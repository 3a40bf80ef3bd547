import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { identifier } from '../../src/core/schema';
import { isDeviceName, slugify, uniqueSlug } from '../../src/core/slug';

describe('slugs', () => {
  it('turns a title into a file-name-safe id', () => {
    assert.equal(slugify('Ship the Refunds redesign by 31 March!'), 'ship-the-refunds-redesign-by-31-march');
    assert.equal(slugify('Café résumé'), 'cafe-resume');
    assert.equal(slugify('   '), 'untitled');
    assert.ok(slugify('x'.repeat(200)).length <= 60);
  });

  it('keeps the letters of every script, so titles in one script do not all become "untitled"', () => {
    assert.equal(slugify('Выпустить новый релиз'), 'выпустить-новый-релиз');
    assert.equal(slugify('Йогурт и ёлка'), 'йогурт-и-ёлка');
    assert.equal(slugify('发布新版本'), '发布新版本');
    assert.equal(slugify('नई रिलीज़'), 'नई-रिलीज़'.normalize('NFC'));
    assert.equal(slugify('Ελληνικά'), 'ελληνικά');
    assert.notEqual(slugify('Выпустить релиз'), slugify('Починить сборку'));
    assert.equal(Array.from(slugify('𠀀'.repeat(100))).length, 60, 'cut at a letter, never inside one');
  });

  it('never gives a name Windows keeps for a device, with or without an extension', () => {
    for (const title of ['CON', 'nul', 'Com1', 'LPT9', 'aux', 'prn', 'com¹', 'Con.md', 'nul.txt']) {
      const slug = slugify(title);
      assert.ok(!isDeviceName(slug), `${title} → ${slug}`);
    }
    assert.equal(slugify('con'), 'con-1');
    assert.equal(slugify('Con artist'), 'con-artist');
    assert.equal(
      uniqueSlug('nul', () => false),
      'nul-1',
    );
  });

  it('gives, for any title, a name every file system accepts, and an id the format accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constant('grapheme'), fc.constant('binary')) as never, maxLength: 80 }), (title) => {
        const slug = slugify(title);
        assert.doesNotMatch(slug, /[<>:"/\\|?*]|\p{Cc}/u, slug);
        assert.doesNotMatch(slug, /^[.\s-]|[.\s-]$/u, slug);
        assert.ok(!isDeviceName(slug), slug);
        assert.ok(new TextEncoder().encode(`${slug}-999.md`).length <= 255, slug);
        assert.equal(slug, slug.normalize('NFC'));
        assert.ok(identifier.safeParse(slug).success, slug);
      }),
      { numRuns: 500 },
    );
  });

  it('adds a number when the id is taken', () => {
    const taken = new Set(['talks', 'talks-2']);
    assert.equal(
      uniqueSlug('Talks', (candidate) => taken.has(candidate)),
      'talks-3',
    );
    assert.equal(
      uniqueSlug('New one', (candidate) => taken.has(candidate)),
      'new-one',
    );
  });
});
