// Every codicon DevGrowth names exists where it is drawn. The workbench draws the icons of the
// manifest, of `ThemeIcon`s and of `$(name)` in labels from its own font, so those must exist in
// the oldest VS Code `engines` allows (1.95, which ships the icons of @vscode/codicons 0.0.36);
// a missing one draws as a blank space. The webviews load the font the build copies from
// @vscode/codicons, so their `codicon-*` classes must exist in that version.
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** The icon names a codicon stylesheet defines, aliases included. */
function codiconNames(stylesheet: string): Set<string> {
  return new Set([...read(stylesheet).matchAll(/\.codicon-([\w-]+):before/g)].map((match) => match[1]!));
}
const workbenchIcons = codiconNames('node_modules/codicons-vscode-1.95/dist/codicon.css');
const webviewIcons = codiconNames('node_modules/@vscode/codicons/dist/codicon.css');

function sources(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|css|html)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);

/** `$(name)` and `$(name~spin)` written out in a string; `$(${…})` is filled from a table read below. */
const labelIcons = (text: string) => all(text, /\$\(([\w-]+)(?:~[\w-]+)?\)/g);

/**
 * The icons named in host code: `new ThemeIcon('name')`, `$(name)` in labels, and the icon tables
 * (a constant whose name ends in ICON or ICONS, mapping to a name or to a `[name, colour]` pair).
 */
function hostIcons(text: string): string[] {
  const tables = all(text, /\b[A-Z_]*ICONS?\b[^=\n]*=\s*([[{][\s\S]*?[\]}]);/g).flatMap((table) => all(table, /(?::|\[)\s*'([\w-]+)'/g));
  return [...all(text, /ThemeIcon\(\s*'([\w-]+)'/g), ...labelIcons(text), ...tables];
}

/** The icons named in webview code: `icon('name')`, `tile('name', …)` and `codicon-name` classes. */
const webviewIconsIn = (text: string) => [...all(text, /\b(?:icon|tile)\(\s*'([\w-]+)'/g), ...all(text, /codicon-([a-z][\w-]*)/g)];

describe('codicons', () => {
  it('knows the icons of both fonts (the check below reads real lists)', () => {
    assert.ok(workbenchIcons.has('calendar') && workbenchIcons.size > 400, String(workbenchIcons.size));
    assert.ok(webviewIcons.has('calendar') && webviewIcons.size > 400, String(webviewIcons.size));
  });

  it('uses only icons VS Code 1.95 has in the manifest', () => {
    const named = [...labelIcons(read('package.json')), ...labelIcons(read('package.nls.json'))];
    assert.ok(named.length > 20, 'the manifest’s icons were found');
    assert.deepEqual([...new Set(named.filter((name) => !workbenchIcons.has(name)))], []);
  });

  it('uses only icons VS Code 1.95 has in tree items, labels and the status bar', () => {
    const named = sources('src').flatMap((file) => hostIcons(read(file)).map((name) => ({ file, name })));
    // The tables of the goal tree, History and the reminders are read, not just the literals.
    for (const known of ['root-folder', 'milestone', 'comment-discussion', 'mortar-board', 'clock']) {
      assert.ok(
        named.some(({ name }) => name === known),
        `found ${known}`,
      );
    }
    assert.deepEqual(
      named.filter(({ name }) => !workbenchIcons.has(name)),
      [],
    );
  });

  it('uses only icons the webviews’ bundled font has', () => {
    const named = sources('media').flatMap((file) => webviewIconsIn(read(file)).map((name) => ({ file, name })));
    for (const known of ['save', 'info', 'pass-filled'])
      assert.ok(
        named.some(({ name }) => name === known),
        `found ${known}`,
      );
    assert.deepEqual(
      named.filter(({ name }) => !webviewIcons.has(name)),
      [],
    );
  });
});
