import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

/** Every `%key%` the manifest uses. */
function manifestKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([\w.-]+)%$/.exec(value);
    if (match) found.add(match[1]!);
  } else if (Array.isArray(value)) {
    for (const item of value) manifestKeys(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) manifestKeys(item, found);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
const commandLinks = (text: string) => [...text.matchAll(/\(command:[^)]+\)/g)].map((match) => match[0]);

describe('localisation', () => {
  const english = read('package.nls.json') as Record<string, string>;
  const german = read('package.nls.de.json') as Record<string, string>;

  it('gives every string of the manifest an English text, and no text without a use', () => {
    const used = manifestKeys(read('package.json'));
    assert.deepEqual(
      [...used].filter((key) => !(key in english)),
      [],
      'keys without an English text',
    );
    assert.deepEqual(
      Object.keys(english).filter((key) => !used.has(key)),
      [],
      'English texts nothing uses',
    );
  });

  it('translates the whole manifest into German, keeping its links and setting references', () => {
    assert.deepEqual(Object.keys(german).sort(), Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      assert.deepEqual(commandLinks(german[key]!), commandLinks(text), key);
      assert.deepEqual(german[key]!.match(/`#[\w.]+#`/g) ?? [], text.match(/`#[\w.]+#`/g) ?? [], key);
    }
  });

  it('translates every runtime string of the bundle with the same placeholders, and nothing the bundle lacks', () => {
    const bundle = read('l10n/bundle.l10n.json') as Record<string, string>;
    const germanBundle = read('l10n/bundle.l10n.de.json') as Record<string, string>;
    assert.deepEqual(
      Object.keys(bundle).filter((key) => !(key in germanBundle)),
      [],
      'strings without a German text',
    );
    for (const [key, text] of Object.entries(germanBundle)) {
      assert.ok(key in bundle, `"${key}" is not a string of the extension`);
      assert.deepEqual(placeholders(text), placeholders(key), key);
    }
  });

  it('has every l10n.t string of the extension and its webviews in the English bundle (run npm run l10n:export)', () => {
    const bundle = read('l10n/bundle.l10n.json');
    const sources: string[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) sources.push(fs.readFileSync(full, 'utf8'));
      }
    };
    walk(path.join(root, 'src'));
    walk(path.join(root, 'media'));
    const used = sources.flatMap((source) =>
      [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!.replace(/\\n/g, '\n').replace(/\\'/g, "'")),
    );
    assert.ok(used.length > 100);
    assert.deepEqual(
      used.filter((text) => !(text in bundle)),
      [],
    );
  });
});
