/**
 * Every write action DevGrowth has, on hand-edited variants of every file of the demo plan:
 * comments everywhere (with one space or many), flow maps and flow lists, other indentation,
 * other quotes, CRLF or mixed line endings, a BOM, anchors and aliases in keys no action
 * touches. Each result must hold exactly the intended data, and every line the action did not
 * mean to change must still be there byte for byte.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { isCollection, isMap, isScalar, isSeq, parse, parseDocument, Scalar, visit, type Node } from 'yaml';
import { findFrontMatter } from '../../src/core/frontmatter';
import { GrowthIndex } from '../../src/core/growthIndex';
import { planMilestoneMove } from '../../src/core/milestoneMove';
import { editFrontMatter, listItemAsWritten, planEdits, type FrontMatterEdit } from '../../src/core/writer';

const DEMO = path.resolve(__dirname, '../../demo/growth');
const GERMAN_DONE_WHEN = 'Beschreibe, woran man erkennt, dass es fertig ist';

function demoFiles(folder = DEMO): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? demoFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

/** The demo plan's growth files; the one with a deliberate YAML error is refused, as it should be. */
const FILES = demoFiles()
  .map((file) => ({ name: path.relative(DEMO, file).split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8') }))
  .filter((file) => {
    const block = findFrontMatter(file.text);
    return block !== undefined && parseDocument(block.yaml).errors.length === 0;
  });

// ---- Hand-edited variants ---------------------------------------------------------------

interface Variation {
  /** Which collections (in visiting order) become flow collections. */
  readonly flow: readonly number[];
  /** Which string scalars (in visiting order) get single or double quotes. */
  readonly quotes: readonly { readonly at: number; readonly double: boolean }[];
  readonly indent: 2 | 4;
  readonly indentSeq: boolean;
  /** Lines that get a trailing comment, and how many spaces stand before its `#`. */
  readonly trailing: readonly { readonly line: number; readonly spaces: number }[];
  /** Lines before which a comment line stands, and its indentation. */
  readonly commentLines: readonly { readonly line: number; readonly indent: number }[];
  readonly anchors: boolean;
  readonly eol: 'lf' | 'crlf' | 'mostly-crlf' | 'mostly-lf';
  readonly bom: boolean;
}

const variation: fc.Arbitrary<Variation> = fc.record({
  flow: fc.uniqueArray(fc.nat({ max: 40 }), { maxLength: 6 }),
  quotes: fc.array(fc.record({ at: fc.nat({ max: 60 }), double: fc.boolean() }), { maxLength: 8 }),
  indent: fc.constantFrom(2 as const, 4 as const),
  indentSeq: fc.boolean(),
  trailing: fc.array(fc.record({ line: fc.nat({ max: 60 }), spaces: fc.integer({ min: 1, max: 12 }) }), { maxLength: 10 }),
  commentLines: fc.array(fc.record({ line: fc.nat({ max: 60 }), indent: fc.integer({ min: 0, max: 8 }) }), { maxLength: 8 }),
  anchors: fc.boolean(),
  eol: fc.constantFrom('lf' as const, 'crlf' as const, 'mostly-crlf' as const, 'mostly-lf' as const),
  bom: fc.boolean(),
});

/** A variant of a demo file as a person might have edited it; it reads as the same data (plus anchored extras). */
function variant(text: string, how: Variation): string {
  const block = findFrontMatter(text)!;
  const doc = parseDocument(block.yaml);
  let collection = 0;
  let scalar = 0;
  visit(doc, {
    Map(_, node) {
      // The front matter itself stays a block map: a flow map around everything is no hand edit.
      if (node !== doc.contents && how.flow.includes(collection++)) node.flow = true;
    },
    Seq(_, node) {
      if (how.flow.includes(collection++)) node.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      const quote = how.quotes.find((candidate) => candidate.at === scalar);
      scalar++;
      if (quote && !node.value.includes('\n')) node.type = quote.double ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
    },
  });
  let yaml = doc.toString({ lineWidth: 0, indent: how.indent, indentSeq: how.indentSeq });
  if (how.anchors) yaml += 'x-shared: &shared {note: kept as written}\nx-copy: *shared\n';
  const data = parse(yaml) as unknown;
  // Comments go only where they keep the data as it is.
  const lines = yaml.replace(/\n$/, '').split('\n');
  for (const { line, spaces } of how.trailing) {
    if (line >= lines.length) continue;
    const candidate = [...lines];
    candidate[line] += `${' '.repeat(spaces)}# note ${line}`;
    if (sameData(candidate.join('\n'), data)) lines[line] = candidate[line]!;
  }
  for (const { line, indent } of [...how.commentLines].sort((a, b) => b.line - a.line)) {
    if (line > lines.length) continue;
    const candidate = [...lines];
    candidate.splice(line, 0, `${' '.repeat(indent)}# a comment line`);
    if (sameData(candidate.join('\n'), data)) lines.splice(line, 0, candidate[line]!);
  }
  const fresh = `${text.slice(0, block.start)}${lines.join('\n')}\n${text.slice(block.end)}`.replace(/^\uFEFF/, '');
  return (how.bom ? '\uFEFF' : '') + withLineEndings(fresh, how.eol);
}

function sameData(yaml: string, data: unknown): boolean {
  try {
    const doc = parseDocument(yaml);
    return doc.errors.length === 0 && JSON.stringify(doc.toJS()) === JSON.stringify(data);
  } catch {
    return false;
  }
}

function withLineEndings(text: string, eol: Variation['eol']): string {
  if (eol === 'lf') return text;
  if (eol === 'crlf') return text.replace(/\n/g, '\r\n');
  // Mixed: every third line (or all but every third) ends in CRLF.
  let line = 0;
  return text.replace(/\n/g, () => ((line++ % 3 === 0) === (eol === 'mostly-lf') ? '\r\n' : '\n'));
}

// ---- Every write action -----------------------------------------------------------------

type Data = Record<string, any>;

/** The write actions of the product, as the front-matter edits each makes on a file of this data. */
function actionsFor(data: Data): Record<string, FrontMatterEdit[]> {
  const actions: Record<string, FrontMatterEdit[]> = {};
  const set = (fieldPath: FrontMatterEdit['path'], value: unknown): FrontMatterEdit => ({ op: 'set', path: fieldPath, value });
  if (data.kind === 'goal') {
    const milestones: Data[] = Array.isArray(data.milestones) ? data.milestones : [];
    actions['goal status (Change Goal Status, the overdue quick fix)'] = [set(['status'], 'paused')];
    actions['mark goal done'] = [set(['status'], 'done')];
    actions['archive: a new horizon starts'] = [set(['horizonStart'], '2027-01-01')];
    actions['quick fix: due date'] = [set(['due'], '2027-02-20')];
    actions['quick fix: schema'] = [set(['schema'], 1)];
    actions['add milestone'] = [
      {
        op: 'insert',
        path: ['milestones'],
        value: { id: 'write-it-up', title: 'Write it up, [draft] first', doneWhen: 'no', due: '2027-01-15', status: 'planned' },
      },
    ];
    milestones.forEach((_, index) => {
      actions[`mark milestone ${index} done`] = [
        set(['milestones', index, 'status'], 'done'),
        set(['milestones', index, 'completed'], '2026-11-22'),
      ];
      actions[`rate milestone ${index} before`] = [
        set(['milestones', index, 'rubric', 'before'], { confidence: 3, competence: 2, impact: 2, clarity: 3 }),
      ];
      actions[`rate milestone ${index} after`] = [
        set(['milestones', index, 'rubric', 'after'], { confidence: 4, competence: 4, impact: 3, clarity: 5 }),
      ];
      actions[`quick fix: definition of done for milestone ${index}`] = [set(['milestones', index, 'doneWhen'], GERMAN_DONE_WHEN)];
      actions[`delete milestone ${index}`] = [{ op: 'delete', path: ['milestones', index] }];
      if (index > 0) actions[`reorder milestone ${index} first`] = [{ op: 'move', path: ['milestones'], from: index, to: 0 }];
      if (index + 1 < milestones.length)
        actions[`reorder milestone ${index} last`] = [{ op: 'move', path: ['milestones'], from: index, to: milestones.length - 1 }];
    });
  }
  if (data.kind === 'profile') {
    actions['promotion form: cycle'] = [set(['promotionCycle'], '2027-H2')];
    actions['stage form: stage'] = [set(['stage'], 'senior')];
    actions['check-in form: mentor'] = [set(['mentor'], 'Lee, Priya {co-mentors}')];
  }
  if (data.kind === 'card' || data.kind === 'evidence' || (data.kind === 'assessment' && data.type === 'rubric')) {
    actions['milestone moved: link to the new goal'] = [set(['goal'], 'trusted-mentor'), set(['milestone'], 'design-doc-2')];
  }
  actions['a value YAML 1.1 reads as a boolean'] = [set(['x-answer'], 'no')];
  return actions;
}

/** What the edits mean, applied to plain data. */
function applyToData(data: Data, edits: readonly FrontMatterEdit[]): unknown {
  const copy = structuredClone(data);
  for (const edit of edits) {
    const parent = edit.path.slice(0, -1).reduce<any>((node, key) => (node[key] ??= {}), copy);
    const last = edit.path[edit.path.length - 1]!;
    if (edit.op === 'set') parent[last] = edit.value;
    if (edit.op === 'delete') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last];
    if (edit.op === 'insert') (parent[last] ??= []).splice(edit.index ?? parent[last].length, 0, edit.value);
    if (edit.op === 'move') {
      const [item] = parent[last].splice(edit.from, 1);
      parent[last].splice(edit.to, 0, item);
    }
  }
  return copy;
}

// ---- What must hold ---------------------------------------------------------------------

function dataOf(text: string): Data {
  return parse(findFrontMatter(text)!.yaml) as Data;
}

/** Lines of `before` (with their line breaks) that `after` no longer has. */
function removedLines(before: string, after: string): string[] {
  const remaining = linesOf(after);
  return linesOf(before).filter((line) => {
    const at = remaining.indexOf(line);
    if (at < 0) return true;
    remaining.splice(at, 1);
    return false;
  });
}

function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Every key an edit names, deep: a changed line must mention one of them. */
function namesOf(edits: readonly FrontMatterEdit[]): string[] {
  const names = new Set<string>();
  const add = (value: unknown) => {
    if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) (names.add(key), add(inner));
  };
  for (const edit of edits) {
    edit.path.filter((key) => typeof key === 'string').forEach((key) => names.add(key));
    if (edit.op !== 'delete' && edit.op !== 'move') add(edit.value);
  }
  return [...names];
}

/** The text of the value at `fieldPath` as the file writes it, with the comment lines inside it. */
function writtenText(text: string, fieldPath: FrontMatterEdit['path']): string {
  const block = findFrontMatter(text)!;
  const node = parseDocument(block.yaml).getIn(fieldPath, true) as Node | undefined;
  const last = fieldPath[fieldPath.length - 1];
  const asWritten = typeof last === 'number' ? listItemAsWritten(text, fieldPath.slice(0, -1), last) : undefined;
  return asWritten ?? (node?.range ? block.yaml.slice(node.range[0], node.range[2]) : '');
}

/**
 * A line of a flow list without the separator that stays in place when items trade places: as
 * written, and without a comment at its end (a deleted item's line takes its comment with it).
 */
function itemContents(line: string): string[] {
  const asWritten = line.trim().replace(/,$/, '');
  const withoutComment = line
    .trimEnd()
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/,$/, '');
  return [asWritten, withoutComment].filter((content) => content !== '');
}

/** Whether `after` is `before` with text inserted into it (the rest of the line as it was) that `mentions` accepts. */
function insertedInto(before: string, after: string, mentions: (text: string) => boolean): boolean {
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return prefix + suffix === before.length && mentions(after.slice(prefix, after.length - suffix));
}

function assertKeepsTheRest(name: string, before: string, after: string, edits: readonly FrontMatterEdit[]): void {
  assert.deepEqual(dataOf(after), applyToData(dataOf(before), edits), `${name}: the data`);
  const block = findFrontMatter(before)!;
  assert.equal(after.slice(findFrontMatter(after)!.bodyStart), before.slice(block.bodyStart), `${name}: the Markdown body`);
  assert.equal(after.startsWith('\uFEFF'), before.startsWith('\uFEFF'), `${name}: the BOM`);
  const crlf = (text: string) => (text.match(/\r\n/g) ?? []).length;
  const lf = (text: string) => (text.match(/\n/g) ?? []).length - crlf(text);
  const [minority, grows] = crlf(before) > lf(before) ? [lf, 'LF'] : [crlf, 'CRLF'];
  assert.ok(minority(after) <= minority(before), `${name}: added lines end in ${grows}, which most lines of the file do not`);
  const removed = removedLines(before, after);
  // A deleted item takes its own lines (and in a flow list, the text of the item) with it.
  const deleted = edits.flatMap((edit) => (edit.op === 'delete' ? [writtenText(before, edit.path)] : []));
  // A reordered item of a flow list moves without the separator after it.
  const reordered = edits.some((edit) => edit.op === 'move');
  const owned = (line: string) =>
    itemContents(line).some((content) => deleted.some((text) => text.includes(content)) || (reordered && after.includes(content)));
  const names = namesOf(edits);
  const added = linesOf(after).filter((line) => !linesOf(before).includes(line));
  const mentionsName = (text: string) => names.some((key) => text.includes(key));
  for (const line of removed) {
    const mentions = mentionsName(line) || owned(line) || added.some((candidate) => insertedInto(line, candidate, mentionsName));
    assert.ok(
      mentions,
      `${name}: a line it did not mean to change is gone: ${JSON.stringify(line)}\n--- before\n${before}\n--- after\n${after}`,
    );
  }
  if (edits.every((edit) => edit.op === 'move')) {
    const newText = added.filter((line) => !mentionsName(line) && !itemContents(line).some((content) => before.includes(content)));
    assert.deepEqual(newText, [], `${name}: a reorder only moves what was written`);
  }
}

describe('every write action on hand-edited variants of the demo plan', () => {
  it('finds the demo plan', () => {
    assert.ok(FILES.length >= 40, `${FILES.length} demo files`);
    assert.ok(FILES.some((file) => file.name.startsWith('goals/')));
  });

  it('changes only what each action means to change, byte for byte', function () {
    this.timeout(120_000); // thousands of edits: a guard against hanging, not a speed target
    let edits = 0;
    fc.assert(
      fc.property(fc.constantFrom(...FILES), variation, (file, how) => {
        const before = variant(file.text, how);
        for (const [name, action] of Object.entries(actionsFor(dataOf(before)))) {
          const result = editFrontMatter(before, action);
          assert.ok(result.ok, `${file.name}, ${name}: refused: ${result.ok ? '' : result.reason}\n${before}`);
          assertKeepsTheRest(`${file.name}, ${name}`, before, result.text, action);
          edits++;
        }
      }),
      { numRuns: 250 },
    );
    assert.ok(edits > 500, `${edits} edits checked`);
  });

  it('moves a milestone between two variants of demo goals with its lines as written', function () {
    this.timeout(120_000);
    const goals = FILES.filter((file) => file.name.startsWith('goals/') && (dataOf(file.text).milestones?.length ?? 0) > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...goals),
        fc.constantFrom(...FILES.filter((file) => file.name.startsWith('goals/'))),
        variation,
        variation,
        fc.nat(),
        (source, target, sourceHow, targetHow, pick) => {
          fc.pre(source.name !== target.name);
          const texts: Record<string, string> = {
            [source.name]: variant(source.text, sourceHow),
            [target.name]: variant(target.text, targetHow),
          };
          const index = new GrowthIndex();
          for (const [name, text] of Object.entries(texts)) index.set(name, text);
          const milestones = index.get(source.name)!.record!.data as { milestones: { id: string }[] };
          const from = pick % milestones.milestones.length;
          const plan = planMilestoneMove(
            index,
            { goalPath: source.name, milestoneId: milestones.milestones[from]!.id },
            { goalPath: target.name },
            texts[source.name]!,
          );
          assert.ok(plan.ok, plan.ok ? '' : plan.reason);
          const planned = planEdits(plan.steps, (name) => texts[name]!);
          assert.ok(planned.ok, planned.ok ? '' : `${planned.path}: ${planned.reason}`);
          for (const step of plan.steps) {
            const { before, after } = planned.texts.get(step.path)!;
            assertKeepsTheRest(`move from ${source.name} to ${target.name}: ${step.path}`, before, after, step.edits);
          }
          // The moved milestone's own lines (comments included) arrive as written, re-indented,
          // unless the target writes its milestones as a flow list: then the milestone is written in flow style.
          const moved = listItemAsWritten(texts[source.name]!, ['milestones'], from)!;
          const arrived = planned.texts.get(target.name)!.after;
          const targetList = parseDocument(findFrontMatter(texts[target.name]!)!.yaml).get('milestones', true);
          if (!(isSeq(targetList) && targetList.flow && targetList.items.length > 0)) {
            for (const line of linesOf(moved)) assert.ok(arrived.includes(line.trim()), `the line ${JSON.stringify(line)} moved along`);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

// Keeps the helpers honest: a variant really is hand-edited in the ways it says.
describe('the demo variants', () => {
  it('hold flow collections, comments, quotes, CRLF and a BOM where asked', () => {
    const goal = FILES.find((file) => file.name === 'goals/refunds-redesign.md')!;
    const text = variant(goal.text, {
      flow: [1, 2],
      quotes: [{ at: 3, double: false }],
      indent: 4,
      indentSeq: false,
      trailing: [{ line: 2, spaces: 9 }],
      commentLines: [{ line: 4, indent: 0 }],
      anchors: true,
      eol: 'crlf',
      bom: true,
    });
    assert.ok(text.startsWith('\uFEFF---\r\n'));
    assert.match(text, / {9}# note 2/);
    assert.match(text, /# a comment line/);
    assert.match(text, /x-copy: \*shared/);
    const doc = parseDocument(findFrontMatter(text)!.yaml);
    let flows = 0;
    visit(doc, { Node: (_, node) => void (isCollection(node) && node.flow && flows++) });
    assert.ok(flows > 0);
    assert.ok(isMap(doc.contents) && !isSeq(doc.contents) && !isScalar(doc.contents as Node));
  });
});
