// The walkthrough's pages in each language: every step names its page through a `%key%` that
// package.nls.json and package.nls.de.json resolve, and the German page is the English one
// in German: the same command links, images, links, code and headings, addressed with "du".
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;

interface Step {
  id: string;
  media: { markdown?: string };
}
interface Manifest {
  contributes: { walkthroughs: { id: string; steps: Step[] }[] };
}

const manifest = readJson<Manifest>('package.json');
const english = readJson<Record<string, string>>('package.nls.json');
const german = readJson<Record<string, string>>('package.nls.de.json');
const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) =>
  walkthrough.steps.map((step) => ({ walkthrough: walkthrough.id, ...step })),
);

/** The `%key%` a step's page is named by, or undefined when the manifest names a path. */
const keyOf = (step: Step) => /^%([\w.-]+)%$/.exec(step.media.markdown ?? '')?.[1];

/** The page's text split into prose and the code it holds (fenced blocks and inline spans), which translations keep as they are. */
function split(markdown: string): { prose: string; code: string[] } {
  const code: string[] = [];
  const prose = markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, (block) => (code.push(block), ''))
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => (code.push(span), '`code`'));
  return { prose, code: code.sort() };
}

/** ATX headings (`# Title`) and setext headings (a line of `=` or `-` under a line of text), by level. */
function headings(prose: string): number[] {
  const lines = prose.split('\n');
  const levels: number[] = [];
  lines.forEach((line, index) => {
    const atx = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
    if (atx) levels.push(atx[1]!.length);
    else if (
      /^ {0,3}(=+|-+)[ \t]*$/.test(line) &&
      index > 0 &&
      /\S/.test(lines[index - 1]!) &&
      !/^ {0,3}([-*+]|\d+[.)]|#|>)/.test(lines[index - 1]!)
    ) {
      levels.push(line.trim().startsWith('=') ? 1 : 2);
    }
  });
  return levels;
}

/** Every target the page links or points to: Markdown links and images, reference definitions, autolinks and HTML attributes. */
function targets(prose: string): { images: string[]; links: string[] } {
  const images: string[] = [];
  const links: string[] = [];
  const definitions = new Map<string, string>();
  for (const match of prose.matchAll(/^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+)>?/gm)) definitions.set(match[1]!.toLowerCase(), match[2]!);
  for (const match of prose.matchAll(/(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^\s)>]+)>?(?:\s+["'(][^)]*)?\)/g))
    (match[1] ? images : links).push(match[3]!);
  for (const match of prose.matchAll(/(!?)\[((?:[^\]\\]|\\.)*)\]\[([^\]]*)\]/g)) {
    const target = definitions.get((match[3] || match[2]!).toLowerCase());
    if (target) (match[1] ? images : links).push(target);
  }
  for (const match of prose.matchAll(/<(?:img|source|video)\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) images.push(match[1]!);
  for (const match of prose.matchAll(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi)) links.push(match[1]!);
  for (const match of prose.matchAll(/<((?:https?|command|vscode):[^\s>]+)>/g)) links.push(match[1]!);
  return { images, links };
}

const isRelative = (target: string) => !/^([a-z][\w+.-]*:|#|\/)/i.test(target);

/** A target as the page means it: a relative path as the repository file it reaches from the page's folder. */
const resolved = (page: string, target: string) =>
  isRelative(target) ? path.posix.normalize(path.posix.join(path.posix.dirname(page), target.replace(/[?#].*$/, ''))) : target;

/** What the page refers to, relative paths resolved: what a translation must keep. */
function references(page: string) {
  const markdown = fs.readFileSync(path.join(root, page), 'utf8');
  const { prose, code } = split(markdown);
  const { images, links } = targets(prose);
  return {
    markdown,
    prose,
    code,
    headings: headings(prose),
    commands: links.filter((link) => link.startsWith('command:')).sort(),
    images: images.map((image) => resolved(page, image)).sort(),
    links: links
      .filter((link) => !link.startsWith('command:'))
      .map((link) => resolved(page, link))
      .sort(),
    relative: [...images, ...links].filter(isRelative).map((target) => resolved(page, target)),
  };
}

/** The prose a reader sees: no code, no link targets, no HTML tags. */
const readable = (prose: string) =>
  prose
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^ {0,3}\[[^\]]+\]:.*$/gm, '')
    .replace(/<[^>]+>/g, '');

describe('the walkthrough pages', () => {
  it('has the seven steps of Get Unstuck and Grow, each with a page', () => {
    assert.equal(steps.length, 7);
    for (const step of steps) assert.ok(step.media.markdown, `${step.id} has no markdown page`);
  });

  it('names every page through a key that resolves, in English and in German, to an existing file', () => {
    for (const step of steps) {
      const key = keyOf(step);
      assert.ok(key, `${step.id}: media.markdown is "${step.media.markdown}", a path every language would share; name it with a %key%`);
      const englishPage = english[key];
      const germanPage = german[key];
      assert.ok(englishPage, `${step.id}: package.nls.json has no "${key}"`);
      assert.ok(germanPage, `${step.id}: package.nls.de.json has no "${key}"`);
      assert.match(englishPage, /^media\/walkthrough\/[\w-]+\.md$/, `${step.id}: the English page`);
      assert.equal(
        germanPage,
        englishPage.replace(/^media\/walkthrough\//, 'media/walkthrough/de/'),
        `${step.id}: the German page is the English page's name in de/`,
      );
      for (const page of [englishPage, germanPage])
        assert.ok(fs.statSync(path.join(root, page), { throwIfNoEntry: false })?.isFile(), `${step.id}: ${page} does not exist`);
    }
  });

  it('has no page in either folder that no step shows', () => {
    const shown = new Set(steps.flatMap((step) => [english[keyOf(step)!], german[keyOf(step)!]]));
    for (const folder of ['media/walkthrough', 'media/walkthrough/de']) {
      const pages = fs
        .readdirSync(path.join(root, folder))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `${folder}/${name}`);
      assert.deepEqual(
        pages.filter((page) => !shown.has(page)),
        [],
        `pages in ${folder} no step shows`,
      );
    }
  });

  it('lets every page, English and German, into the package (.vscodeignore)', () => {
    const glob = (pattern: string) =>
      new RegExp(
        `^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?|\*|\?/g, (token) => (token === '?' ? '[^/]' : token === '*' ? '[^/]*' : '.*'))}$`,
      );
    const included = fs
      .readFileSync(path.join(root, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => glob(line.slice(1).trim().replace(/^\//, '')));
    const pages = steps.flatMap((step) => [english[keyOf(step)!]!, german[keyOf(step)!]!]);
    assert.deepEqual(
      pages.filter((page) => !included.some((pattern) => pattern.test(page))),
      [],
      'pages .vscodeignore leaves out',
    );
  });

  for (const step of steps) {
    describe(`step ${step.id}`, () => {
      const key = keyOf(step)!;
      const page = () => ({ en: references(english[key]!), de: references(german[key]!) });

      it('keeps the English page’s command links, images, links, code and headings in German', () => {
        const { en, de } = page();
        assert.deepEqual(de.commands, en.commands, 'command links');
        assert.deepEqual(de.images, en.images, 'images (relative paths resolved from each page’s folder)');
        assert.deepEqual(de.links, en.links, 'links (relative paths resolved from each page’s folder)');
        assert.deepEqual(de.code, en.code, 'code');
        assert.deepEqual(de.headings, en.headings, 'headings, by level');
        assert.ok(en.headings.length > 0, 'the English page has no heading');
      });

      it('reaches an existing file with every relative image and link, in both languages', () => {
        const { en, de } = page();
        for (const target of [...en.relative, ...de.relative])
          assert.ok(fs.existsSync(path.join(root, target)), `${target} does not exist`);
      });

      it('is German, says "du" and never "Sie", and quotes with „…“', () => {
        const { en, de } = page();
        const text = readable(de.prose);
        assert.notEqual(de.markdown, en.markdown, 'the German page is the English one');
        // A page addressed with "du" never needs a capital "Sie" or "Ihr…", not even for "she" or
        // "they" at the start of a sentence: writing around it keeps this check exact.
        const formal = [...text.matchAll(/(?<!\p{L})(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?!\p{L})/gu)].map((match) => match[0]);
        assert.deepEqual(formal, [], 'formal address');
        assert.match(text, /(?<!\p{L})(du|dich|dir|dein|deine|deinem|deinen|deiner|deines)(?!\p{L})/iu, 'no "du" on the page');
        const unpaired = text.replace(/„[^„“"”]*“/g, '').match(/["„“”«»]/g) ?? [];
        assert.deepEqual(unpaired, [], 'quotation marks other than „…“');
      });
    });
  }
});
