/**
 * Changes values in a growth file's front matter and keeps everything else byte for byte:
 * comments, key order, unknown keys, quoting, blank lines, line endings, the BOM and the
 * Markdown body.
 *
 * An edit is made as a splice of the original text at the place the `yaml` parser says the
 * value lives: a scalar is replaced where it stands; a new key or list item is written as new
 * lines at the indentation of its siblings; a removed one takes its own lines away. Only when
 * such a splice is not possible (flow collections, unusual layouts) does the writer let the
 * `yaml` Document API re-render, and it accepts that only if every top-level entry it did not
 * mean to change comes out identical. Every result is parsed again and must hold exactly the
 * data that was asked for; otherwise nothing is written and the caller gets the reason.
 */
import * as l10n from '@vscode/l10n';
import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  stringify,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { findFrontMatter } from './frontmatter';
import type { FieldPath } from './problem';

export type FrontMatterEdit =
  /** Sets a value, creating the key (and missing parent maps) when absent. */
  | { readonly op: 'set'; readonly path: FieldPath; readonly value: unknown }
  /** Removes a key or list item; nothing happens when it is already absent. */
  | { readonly op: 'delete'; readonly path: FieldPath }
  /** Inserts an item into a list (at the end when `index` is absent), creating the list when absent. */
  | { readonly op: 'insert'; readonly path: FieldPath; readonly value: unknown; readonly index?: number }
  /** Moves a list item from one position to another. */
  | { readonly op: 'move'; readonly path: FieldPath; readonly from: number; readonly to: number };

export type EditResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Applies the edits in order. Never throws; on failure the caller's text is untouched. */
export function editFrontMatter(text: string, edits: readonly FrontMatterEdit[]): EditResult {
  let current = text;
  for (const edit of edits) {
    let result: EditResult;
    try {
      result = applyEdit(current, edit);
    } catch (error) {
      const reason = String(error);
      result = {
        ok: false,
        reason: aboutPath(
          edit.path,
          () => l10n.t('DevGrowth could not change the front matter: {0}', reason),
          (name) => l10n.t('DevGrowth could not change "{0}": {1}', name, reason),
        ),
      };
    }
    if (!result.ok) return result;
    current = result.text;
  }
  return { ok: true, text: current };
}

/** Writes a new growth file from data and a Markdown body. */
export function createGrowthFile(data: Record<string, unknown>, body = '', eol: '\n' | '\r\n' = '\n'): string {
  const yaml = stringify(data, { lineWidth: 0 });
  const content = `---\n${yaml}---\n${body ? `\n${body.replace(/\n*$/, '\n')}` : ''}`;
  return eol === '\n' ? content : content.replace(/\r?\n/g, '\r\n');
}

function applyEdit(text: string, edit: FrontMatterEdit): EditResult {
  const block = findFrontMatter(text);
  if (!block) return { ok: false, reason: l10n.t('The file has no front matter (a block between --- lines at the top).') };
  const yaml = block.yaml;
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return { ok: false, reason: l10n.t('The file has YAML errors. Fix them first (see the Problems view); DevGrowth did not change it.') };
  }
  if (!isMap(doc.contents)) return { ok: false, reason: l10n.t('The front matter is not a set of keys and values.') };
  const expected = expectedData(doc, edit);
  if (!expected.ok) return expected;

  const candidates = [() => splice(yaml, doc, edit, block.eol), () => rerender(yaml, doc, edit, block.eol)];
  for (const candidate of candidates) {
    const newYaml = candidate();
    if (newYaml !== undefined && holdsData(newYaml, expected.data)) {
      return { ok: true, text: text.slice(0, block.start) + newYaml + text.slice(block.end) };
    }
  }
  return {
    ok: false,
    reason: aboutPath(
      edit.path,
      () => l10n.t('DevGrowth could not change the front matter without reformatting other parts of the file. Make this change by hand.'),
      (name) => l10n.t('DevGrowth could not change "{0}" without reformatting other parts of the file. Make this change by hand.', name),
    ),
  };
}

// ---- What the result must hold ----------------------------------------------------------

function expectedData(doc: Document, edit: FrontMatterEdit): { ok: true; data: unknown } | { ok: false; reason: string } {
  const copy = doc.clone();
  const applied = applyToDocument(copy, edit);
  return applied.ok ? { ok: true, data: copy.toJS() } : applied;
}

/** Applies an edit through the Document API (the reference for what the result must hold). */
function applyToDocument(doc: Document, edit: FrontMatterEdit): { ok: true } | { ok: false; reason: string } {
  switch (edit.op) {
    case 'set':
      doc.setIn(edit.path, doc.createNode(edit.value));
      return { ok: true };
    case 'delete':
      if (doc.hasIn(edit.path)) doc.deleteIn(edit.path);
      return { ok: true };
    case 'insert': {
      const list = doc.getIn(edit.path, true);
      if (list === undefined) {
        doc.setIn(edit.path, doc.createNode([edit.value]));
        return { ok: true };
      }
      if (!isSeq(list)) return notAList(edit.path);
      const index = edit.index ?? list.items.length;
      if (index < 0 || index > list.items.length) return { ok: false, reason: l10n.t('There is no position {0} in "{1}".', index, edit.path.join('.')) };
      list.items.splice(index, 0, doc.createNode(edit.value));
      return { ok: true };
    }
    case 'move': {
      const list = doc.getIn(edit.path, true);
      if (!isSeq(list)) return notAList(edit.path);
      const { from, to } = edit;
      if (!inBounds(from, list.items.length) || !inBounds(to, list.items.length)) {
        return { ok: false, reason: l10n.t('There is no item {0} in "{1}".', Math.max(from, to), edit.path.join('.')) };
      }
      const [item] = list.items.splice(from, 1);
      list.items.splice(to, 0, item);
      return { ok: true };
    }
  }
}

function holdsData(yaml: string, expected: unknown): boolean {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length === 0 && deepEqual(doc.toJS(), expected);
}

// ---- Strategy 1: splice the original text -----------------------------------------------

/** A run of whole lines that holds one map entry or list item. */
interface ItemLines {
  /** Offset of the start of the item's first line. */
  readonly start: number;
  /** Offset just past the item's last line break (or the end of the text). */
  readonly end: number;
  /** Column where the item's key (map) or dash (list) stands. */
  readonly indent: number;
}

function splice(yaml: string, doc: Document, edit: FrontMatterEdit, eol: string): string | undefined {
  switch (edit.op) {
    case 'set':
      return spliceSet(yaml, doc, edit.path, edit.value, eol);
    case 'delete': {
      if (!doc.hasIn(edit.path)) return yaml;
      const parent = collectionAt(doc, edit.path.slice(0, -1));
      const index = parent && indexOf(parent, edit.path[edit.path.length - 1]!);
      if (!parent || index === undefined || parent.items.length < 2) return undefined;
      const lines = itemLines(yaml, parent, index);
      return lines && yaml.slice(0, lines.start) + yaml.slice(lines.end);
    }
    case 'insert': {
      const list = doc.getIn(edit.path, true);
      if (list === undefined) return spliceSet(yaml, doc, edit.path, [edit.value], eol);
      if (isSeq(list) && list.flow && (edit.index === undefined || edit.index === list.items.length)) return spliceFlowItem(yaml, list, edit.value);
      if (!isSeq(list) || list.items.length === 0 || list.flow) return undefined;
      const index = edit.index ?? list.items.length;
      const anchor = itemLines(yaml, list, Math.min(index, list.items.length - 1));
      if (!anchor) return undefined;
      const at = index >= list.items.length ? anchor.end : anchor.start;
      return insertLines(yaml, at, renderItem(edit.value, anchor.indent, eol), eol);
    }
    case 'move': {
      const list = doc.getIn(edit.path, true);
      if (!isSeq(list) || list.flow) return undefined;
      const blocks = list.items.map((_, index) => itemLines(yaml, list, index));
      if (blocks.some((lines) => lines === undefined)) return undefined;
      const spans = blocks as ItemLines[];
      const texts = spans.map((lines) => withoutFinalBreak(yaml.slice(lines.start, lines.end)));
      const [moved] = texts.splice(edit.from, 1);
      texts.splice(edit.to, 0, moved!);
      // Items trade places; the blank lines and comments between them stay where they were.
      let result = yaml.slice(0, spans[0]!.start);
      spans.forEach((lines, index) => {
        const gapEnd = index + 1 < spans.length ? spans[index + 1]!.start : lines.end;
        const breakAfter = yaml.slice(lines.start, lines.end).match(/\r?\n$/)?.[0] ?? '';
        result += texts[index] + breakAfter + yaml.slice(lines.end, gapEnd);
      });
      return result + yaml.slice(spans[spans.length - 1]!.end);
    }
  }
}

function spliceSet(yaml: string, doc: Document, path: FieldPath, value: unknown, eol: string): string | undefined {
  const existing = doc.getIn(path, true);
  if (isScalar(existing) && isScalarValue(value) && existing.range) {
    const rendered = renderScalar(value, existing.type);
    if (rendered !== undefined && !isBlockScalar(existing)) {
      return yaml.slice(0, existing.range[0]) + rendered + yaml.slice(existing.range[1]);
    }
  }
  // Replace the whole entry, or add it to the deepest map that exists.
  let depth = path.length - 1;
  while (depth > 0 && !isMap(doc.getIn(path.slice(0, depth), true))) depth--;
  const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
  if (isMap(parent) && parent.flow && depth === path.length - 1) return spliceFlowPair(yaml, parent, path[depth]!, value);
  if (!isMap(parent) || parent.flow || parent.items.length === 0) return undefined;
  const key = path[depth]!;
  const nested = path.slice(depth + 1).reduceRight<unknown>((inner, name) => ({ [String(name)]: inner }), value);
  if (typeof key !== 'string') return undefined;
  const index = indexOf(parent, key);
  if (index !== undefined) {
    if (depth !== path.length - 1) return undefined; // an existing non-map in the way
    const lines = itemLines(yaml, parent, index);
    if (!lines) return undefined;
    return yaml.slice(0, lines.start) + withoutFinalBreak(renderPair(key, nested, lines.indent, eol)) +
      (yaml.slice(lines.start, lines.end).match(/\r?\n$/)?.[0] ?? '') + yaml.slice(lines.end);
  }
  const last = itemLines(yaml, parent, parent.items.length - 1);
  return last && insertLines(yaml, last.end, renderPair(key, nested, last.indent, eol), eol);
}

/** Adds `key: value` to a one-line flow map (`{id: a, title: A}`) just before its closing brace. */
function spliceFlowPair(yaml: string, map: YAMLMap, key: string | number, value: unknown): string | undefined {
  const keyText = typeof key === 'string' ? renderScalar(key, Scalar.PLAIN) : undefined;
  const valueText = isScalarValue(value) ? renderScalar(value, Scalar.PLAIN) : undefined;
  if (!map.range || keyText === undefined || valueText === undefined || indexOf(map, key) !== undefined) return undefined;
  const close = yaml.lastIndexOf('}', map.range[1]);
  if (close < map.range[0]) return undefined;
  const before = yaml.slice(map.range[0] + 1, close);
  const separator = before.trim() === '' ? '' : before.trimEnd().endsWith(',') ? ' ' : ', ';
  const padding = before.match(/\s*$/)?.[0] ?? '';
  return `${yaml.slice(0, close - padding.length)}${separator}${keyText}: ${valueText}${padding}${yaml.slice(close)}`;
}

/** Appends a scalar to a flow list (`[2027-01-07, 2027-01-10]`) just before its closing bracket. */
function spliceFlowItem(yaml: string, list: YAMLSeq, value: unknown): string | undefined {
  const valueText = isScalarValue(value) ? renderScalar(value, Scalar.PLAIN) : undefined;
  if (!list.range || valueText === undefined) return undefined;
  const close = yaml.lastIndexOf(']', list.range[1]);
  if (close < list.range[0]) return undefined;
  const before = yaml.slice(list.range[0] + 1, close);
  const separator = before.trim() === '' ? '' : before.trimEnd().endsWith(',') ? ' ' : ', ';
  const padding = before.match(/\s*$/)?.[0] ?? '';
  return `${yaml.slice(0, close - padding.length)}${separator}${valueText}${padding}${yaml.slice(close)}`;
}

/** Inserts whole lines at a line start (or at the end, adding a line break if needed). */
function insertLines(yaml: string, at: number, lines: string, eol: string): string {
  const needsBreak = at > 0 && yaml[at - 1] !== '\n';
  return yaml.slice(0, at) + (needsBreak ? eol : '') + lines + yaml.slice(at);
}

/**
 * The lines an entry of a block collection occupies: from the start of the line where its
 * key or dash stands to the end of the line where its value ends (with a trailing comment).
 * Comments and blank lines after it belong to what follows. Undefined for layouts where the
 * entry shares a line with something else.
 */
function itemLines(yaml: string, parent: YAMLMap | YAMLSeq, index: number): ItemLines | undefined {
  const item = parent.items[index];
  const startNode = isPair(item) ? (item.key as Node | null) : (item as Node | null);
  const endNode = isPair(item) ? ((item.value as Node | null) ?? (item.key as Node | null)) : (item as Node | null);
  if (!startNode?.range || !endNode?.range) return undefined;
  let start = startNode.range[0];
  if (isSeq(parent)) {
    // The dash stands before the item on the same line.
    const dash = yaml.lastIndexOf('-', start);
    if (dash < 0 || yaml.slice(dash + 1, start).trim() !== '') return undefined;
    start = dash;
  }
  const lineStart = yaml.lastIndexOf('\n', start - 1) + 1;
  if (yaml.slice(lineStart, start).trim() !== '') return undefined; // e.g. first key after "- "
  const valueEnd = isCollection(endNode) || isBlockScalar(endNode) ? endNode.range[1] : endNode.range[2];
  const lastBreak = yaml.lastIndexOf('\n', Math.max(valueEnd - 1, start));
  const endsWithBreak = lastBreak >= start && yaml.slice(lastBreak + 1, valueEnd).trim() === '' && valueEnd > start;
  let end = endsWithBreak ? lastBreak + 1 : yaml.indexOf('\n', valueEnd);
  end = end < 0 ? yaml.length : endsWithBreak ? end : end + 1;
  // The next entry must start on a later line.
  const next = parent.items[index + 1];
  const nextNode = isPair(next) ? (next.key as Node | null) : (next as Node | null);
  if (nextNode?.range && nextNode.range[0] < end) return undefined;
  return { start: lineStart, end, indent: start - lineStart };
}

// ---- Strategy 2: let the Document API re-render, if nothing else changes ------------------

function rerender(yaml: string, doc: Document, edit: FrontMatterEdit, eol: string): string | undefined {
  const copy = doc.clone();
  if (!applyToDocument(copy, edit).ok) return undefined;
  const rendered = copy.toString({ lineWidth: 0 }).replace(/\r?\n/g, eol);
  const topKey = edit.path[0];
  const before = topLevelEntries(yaml, doc, topKey);
  const after = topLevelEntries(rendered, parseDocument(rendered), topKey);
  return before !== undefined && before === after ? rendered : undefined;
}

/** The text of every top-level entry except `skip`, to compare two versions of a file. */
function topLevelEntries(yaml: string, doc: Document, skip: string | number | undefined): string | undefined {
  if (!isMap(doc.contents)) return undefined;
  const map = doc.contents;
  const parts: string[] = [];
  for (let index = 0; index < map.items.length; index++) {
    const pair = map.items[index] as Pair<Node, Node>;
    if (isScalar(pair.key) && pair.key.value === skip) continue;
    const lines = itemLines(yaml, map, index);
    if (!lines) return undefined;
    parts.push(yaml.slice(lines.start, lines.end));
  }
  return parts.join('');
}

// ---- Rendering new text -----------------------------------------------------------------

function renderPair(key: string, value: unknown, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  const keyText = renderScalar(key, Scalar.PLAIN) ?? JSON.stringify(key);
  return `${pad}${keyText}:${renderValue(value, indent, eol)}`;
}

function renderItem(value: unknown, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  const body = stringify(value, { lineWidth: 0 }).replace(/\n$/, '').split('\n');
  return `${pad}- ${body.map((line, index) => (index === 0 ? line : `${pad}  ${line}`)).join(eol)}${eol}`;
}

/** What follows `key:`: ` scalar` on the same line, or the collection on lines below. */
function renderValue(value: unknown, indent: number, eol: string): string {
  const pad = ' '.repeat(indent + 2);
  const body = stringify(value, { lineWidth: 0 }).replace(/\n$/, '').split('\n');
  const isBlockCollection = isNonEmptyCollection(value);
  if (!isBlockCollection) {
    return ` ${body.map((line, index) => (index === 0 ? line : `${pad}${line}`)).join(eol)}${eol}`;
  }
  return `${eol}${body.map((line) => `${pad}${line}`).join(eol)}${eol}`;
}

/** A scalar in the given style, or undefined when it would need more than one line. */
function renderScalar(value: string | number | boolean | null, type: Scalar.Type | undefined): string | undefined {
  const quoted = type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE;
  const rendered = stringify(value, {
    lineWidth: 0,
    defaultStringType: quoted ? type : Scalar.PLAIN,
  }).replace(/\n$/, '');
  return rendered.includes('\n') ? undefined : rendered;
}

// ---- Small helpers ----------------------------------------------------------------------

function collectionAt(doc: Document, path: FieldPath): YAMLMap | YAMLSeq | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return (isMap(node) || isSeq(node)) && !node.flow ? node : undefined;
}

function indexOf(collection: YAMLMap | YAMLSeq, key: string | number): number | undefined {
  if (isSeq(collection)) return typeof key === 'number' && inBounds(key, collection.items.length) ? key : undefined;
  const index = collection.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
  return index < 0 ? undefined : index;
}

function isBlockScalar(node: Node): boolean {
  return isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
}

function isScalarValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isNonEmptyCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

function withoutFinalBreak(text: string): string {
  return text.replace(/\r?\n$/, '');
}

function inBounds(index: number, length: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < length;
}

/** Why an edit of a list failed. The front matter itself is a map, so past this check the path names a key. */
function notAList(path: FieldPath): { ok: false; reason: string } {
  return {
    ok: false,
    reason: aboutPath(
      path,
      () => l10n.t('The front matter is not a list.'),
      (name) => l10n.t('"{0}" is not a list.', name),
    ),
  };
}

/** A message about the value at `path`: one sentence for the whole front matter, one naming a key (`milestones.2`). */
function aboutPath(path: FieldPath, wholeFrontMatter: () => string, key: (name: string) => string): string {
  return path.length === 0 ? wholeFrontMatter() : key(path.join('.'));
}

/** Structural equality of parsed YAML values (plain objects, arrays, scalars). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
