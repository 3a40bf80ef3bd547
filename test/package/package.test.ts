// Checks the .vsix that `npm run package` built (npm run test:package builds it first): every
// file the extension loads ships, nothing else does, and the README reads well in VS Code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Vsix } from './vsix';
import { FILE_KINDS } from '../../src/core/schema';

const projectRoot = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
  repository: { url: string };
};
const vsixPath = path.join(projectRoot, `${manifest.name}-${manifest.version}.vsix`);

/** The webview bundles that src/common/webviewHost.ts loads. */
const webviewBundles = ['forms', 'dashboard'];

/** Everything a package may hold; anything else (sources, tests, maps, demo, docs, node_modules) is a mistake. */
const allowed = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/package\.nls(\.[\w-]+)?\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
  /^extension\/dist\/(web\/)?extension\.js$/,
  /^extension\/dist\/webview\/[\w-]+\.(js|css|ttf)$/,
  /^extension\/media\/.+\.(png|svg|md)$/,
  /^extension\/media\/schemas\/[a-z]+\.schema\.json$/,
];

/** Every file path named anywhere in the manifest: main, icons, walkthrough pages. */
function pathsNamedIn(value: unknown): string[] {
  if (typeof value === 'string') return /^(\.\/)?(media|dist)\/\S+\.\w+$/.test(value) ? [path.posix.normalize(value)] : [];
  if (Array.isArray(value)) return value.flatMap(pathsNamedIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(pathsNamedIn);
  return [];
}

/** The manifest with every `%key%` replaced from `texts`, as VS Code does when it loads the extension. */
function localise(value: unknown, texts: Record<string, string>): unknown {
  if (typeof value === 'string') return texts[/^%([\w.-]+)%$/.exec(value)?.[1] ?? ''] ?? value;
  if (Array.isArray(value)) return value.map((item) => localise(item, texts));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localise(item, texts)]));
  return value;
}

/**
 * Every file path the packaged manifest names in any language it ships: a walkthrough page is
 * a `%key%` whose path package.nls.json and each package.nls.<language>.json give.
 */
function pathsNamedInAnyLanguage(vsix: Vsix): string[] {
  const manifest: unknown = JSON.parse(vsix.read('extension/package.json'));
  const english = JSON.parse(vsix.read('extension/package.nls.json')) as Record<string, string>;
  const languages = vsix.names
    .filter((name) => /^extension\/package\.nls\.[\w-]+\.json$/.test(name))
    .map((name) => ({ ...english, ...(JSON.parse(vsix.read(name)) as Record<string, string>) }));
  return [...new Set([english, ...languages].flatMap((texts) => pathsNamedIn(localise(manifest, texts))))];
}

describe(`the package ${path.basename(vsixPath)}`, () => {
  let vsix: Vsix;
  let shipped: Set<string>;

  before(() => {
    assert.ok(fs.existsSync(vsixPath), `${vsixPath} is missing: run npm run test:package, which packages first.`);
    vsix = new Vsix(vsixPath);
    shipped = new Set(vsix.names);
  });

  const missing = (files: string[]) => files.filter((file) => !shipped.has(`extension/${file}`));

  it('ships the manifest, README, changelog and licence', () => {
    assert.deepEqual(missing(['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt']), []);
    const packaged = JSON.parse(vsix.read('extension/package.json')) as typeof manifest;
    assert.equal(packaged.version, manifest.version);
    assert.equal(manifest.license, 'MIT');
    assert.match(vsix.read('extension/LICENSE.txt'), /^MIT License\n/);
  });

  it('ships every file the manifest names, in every language', () => {
    const named = pathsNamedInAnyLanguage(vsix);
    for (const file of [
      'dist/extension.js',
      'dist/web/extension.js',
      'media/icon.png',
      'media/activity-bar.svg',
      'media/walkthrough/1-assess.md',
      'media/walkthrough/de/1-assess.md',
    ]) {
      assert.ok(named.includes(file), `the manifest no longer names ${file}: ${named.join(', ')}`);
    }
    const englishPages = named.filter((file) => /^media\/walkthrough\/[^/]+\.md$/.test(file));
    assert.equal(englishPages.length, 7, `the walkthrough's pages: ${englishPages.join(', ')}`);
    const germanPages = englishPages.map((file) => file.replace(/^media\/walkthrough\//, 'media/walkthrough/de/'));
    assert.deepEqual(
      germanPages.filter((file) => !named.includes(file)),
      [],
      'walkthrough pages without a German page',
    );
    assert.deepEqual(missing(named), []);
  });

  it('ships a JSON Schema of the front matter of every kind of growth file', () => {
    assert.deepEqual(missing(FILE_KINDS.map((kind) => `media/schemas/${kind}.schema.json`)), []);
    const goal = JSON.parse(vsix.read('extension/media/schemas/goal.schema.json')) as { properties: Record<string, unknown> };
    assert.ok('milestones' in goal.properties);
  });

  it('ships the webview bundles and the codicon font they load', () => {
    assert.deepEqual(missing([...webviewBundles.map((bundle) => `dist/webview/${bundle}.js`), 'dist/webview/codicon.css']), []);
    const stylesheets = vsix.names.filter((name) => name.startsWith('extension/dist/webview/') && name.endsWith('.css'));
    for (const stylesheet of stylesheets) {
      const urls = [...vsix.read(stylesheet).matchAll(/url\(\s*["']?([^"')?#]+)/g)].map((match) => match[1]!);
      const targets = urls.map((url) => path.posix.join(path.posix.dirname(stylesheet), url));
      assert.deepEqual(
        targets.filter((target) => !shipped.has(target)),
        [],
        `${stylesheet} loads files the package lacks`,
      );
    }
    assert.ok(shipped.has('extension/dist/webview/codicon.ttf'));
  });

  it('ships a build for VS Code for the web that needs nothing but the VS Code API', () => {
    const required = [...vsix.read('extension/dist/web/extension.js').matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1],
    );
    assert.deepEqual([...new Set(required)], ['vscode']);
  });

  it('ships nothing but what runs: no sources, tests, maps, demo, docs or node_modules', () => {
    assert.deepEqual(
      vsix.names.filter((name) => !allowed.some((pattern) => pattern.test(name))),
      [],
    );
    const named = new Set(pathsNamedInAnyLanguage(vsix).map((file) => `extension/${file}`));
    // The front matter's JSON Schemas are there for other tools, not for the manifest.
    const unusedMedia = vsix.names.filter(
      (name) => name.startsWith('extension/media/') && !name.startsWith('extension/media/schemas/') && !named.has(name),
    );
    assert.deepEqual(unusedMedia, [], 'media files the manifest does not name');
  });

  it('ships the production build, small', () => {
    const extension = vsix.read('extension/dist/extension.js');
    assert.doesNotMatch(extension, /sourceMappingURL/, 'a development build (it points at a source map)');
    const size = vsix.entries.find((entry) => entry.name === 'extension/dist/extension.js')!.size;
    // The budget grew from 400 KB with the editor features, the suggestions and progress (about
    // 150 KB of them); a larger bundle costs activation time, so it is a budget, not a formality.
    assert.ok(size < 600 * 1024, `dist/extension.js is ${Math.round(size / 1024)} KB; keep it under 600 KB`);
    assert.ok(fs.statSync(vsixPath).size < 1024 * 1024, 'the package is over 1 MB');
  });

  it('has a README whose images are HTTPS and whose links reach files of the repository', () => {
    const readme = vsix.read('extension/readme.md');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((match) => match[1]!);
    const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)/g)].map((match) => match[1]!);
    assert.ok(images.length > 0, 'the README shows no screenshot');
    assert.deepEqual(
      images.filter((url) => !url.startsWith('https://')),
      [],
      'VS Code shows only HTTPS images',
    );
    assert.deepEqual(
      links.filter((url) => !/^(https:\/\/|#)/.test(url)),
      [],
      'relative links do not resolve outside the repository',
    );
    // vsce turns relative paths into the repository's URLs: the files they name must exist here.
    const repository = manifest.repository.url.replace(/\.git$/, '');
    const repositoryFiles = [...images, ...links]
      .map((url) => new RegExp(`^${repository.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?:raw|blob)/HEAD/(.+)$`).exec(url)?.[1])
      .filter((file): file is string => file !== undefined);
    assert.ok(repositoryFiles.length > 0, `no README link points into ${repository}`);
    assert.deepEqual(
      repositoryFiles.filter((file) => !fs.existsSync(path.join(projectRoot, file))),
      [],
    );
  });
});
