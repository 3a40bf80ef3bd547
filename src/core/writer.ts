/**
 * Changes values in a growth file's front matter and keeps everything else byte for byte:
 * comments, key order, unknown keys, quoting, flow or block style, blank lines, line endings,
 * the BOM and the Markdown body.
 *
 * An edit is made as a splice of the original text at the place the `yaml` parser says the
 * value lives: a scalar is replaced where it stands; a flow collection (`{a: 1}`, `[a, b]`) is
 * changed inside its brackets and stays a flow collection; a new key or list item of a block
 * collection is written as new lines in the file's own indentation, after the comments that
 * belong to the entry before it; a removed one takes its own lines (and its own comments)
 * away. Only when such a splice is not possible does the writer let the `yaml` Document API
 * re-render, and it accepts that only if every top-level entry it did not mean to change comes
 * out identical. Every result is parsed again and must hold exactly the data that was asked
 * for; otherwise nothing is written and the caller gets the reason.
 *
 * Before any of that the writer refuses files it must not change, whatever the index said
 * when it last read them: text that was not valid UTF-8 (decoded with U+FFFD), files over the
 * size limit, files in a newer format, and files whose aliases do not resolve.
 */
import * as l10n from '@vscode/l10n';
import {
  Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  stringify,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { findFrontMatter } from './frontmatter';
import type { FieldPath } from './problem';
import { MAX_FILE_BYTES, REPLACEMENT_CHARACTER } from './reader';
import { SCHEMA_VERSION } from './schema';

export type FrontMatterEdit =
  /** Sets a value, creating the key (and missing parent maps) when absent. */
  | { readonly op: 'set'; readonly path: FieldPath; readonly value: unknown }
  /** Removes a key or list item; nothing happens when it is already absent. */
  | { readonly op: 'delete'; readonly path: FieldPath }
  /**
   * Inserts an item into a list (at the end when `index` is absent), creating the list when
   * absent. `asWritten` is the item as another file wrote it (see `listItemAsWritten`): where
   * the list is a block list those lines, comments included, are inserted instead of `value`
   * rendered anew. `value` is still what the item must read as.
   */
  | { readonly op: 'insert'; readonly path: FieldPath; readonly value: unknown; readonly index?: number; readonly asWritten?: string }
  /** Moves a list item from one position to another. */
  | { readonly op: 'move'; readonly path: FieldPath; readonly from: number; readonly to: number };

export type EditResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** YAML aliases allowed when resolving a document (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** Applies the edits in order. Never throws; on failure the caller's text is untouched. */
export function editFrontMatter(text: string, edits: readonly FrontMatterEdit[]): EditResult {
  const refused = refusalOf(text);
  if (refused) return { ok: false, reason: refused };
  let current = text;
  for (const edit of edits) {
    let result: EditResult;
    try {
      result = applyEdit(current, edit);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
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

/** The edits of each file of a change that touches several files. */
export interface FileEdits {
  readonly path: string;
  readonly edits: readonly FrontMatterEdit[];
}

export type PlannedTexts =
  | { readonly ok: true; readonly texts: ReadonlyMap<string, { readonly before: string; readonly after: string }> }
  | { readonly ok: false; readonly path: string; readonly reason: string };

/**
 * Works out the new text of every file of a change before any is written: either every file
 * can be changed, or the first one that cannot is named with the reason. A file named by
 * several steps gets their edits in order.
 */
export function planEdits(steps: readonly FileEdits[], textOf: (path: string) => string): PlannedTexts {
  const texts = new Map<string, { before: string; after: string }>();
  for (const step of steps) {
    const planned = texts.get(step.path);
    const before = planned?.before ?? textOf(step.path);
    const result = editFrontMatter(planned?.after ?? before, step.edits);
    if (!result.ok) return { ok: false, path: step.path, reason: result.reason };
    texts.set(step.path, { before, after: result.text });
  }
  return { ok: true, texts };
}

/**
 * A list item exactly as the file writes it: its lines, with the comments that belong to it,
 * moved left so that its dash stands in column 0 and with `\n` line breaks. Undefined when the
 * item shares its lines with other items or the file cannot be read.
 */
export function listItemAsWritten(text: string, path: FieldPath, index: number): string | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const doc = parseDocument(block.yaml, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  const list = doc.getIn(path, true);
  if (!isSeq(list) || !inBounds(index, list.items.length)) return undefined;
  if (list.flow) {
    const item = list.items[index] as Node | null;
    const written = item?.range ? block.yaml.slice(item.range[0], item.range[1]) : undefined;
    return written && !written.includes('\n') ? `- ${written}\n` : undefined;
  }
  const lines = itemLines(block.yaml, list, index, true);
  if (!lines) return undefined;
  // A comment inside the item may stand left of its dash; it moves to the dash's column.
  const outdented = splitLines(block.yaml.slice(lines.start, lines.end).replace(/\r?\n$/, '')).map((line) =>
    line.trim() === ''
      ? ''
      : line.slice(0, lines.indent).trim() === ''
        ? line.slice(lines.indent)
        : line.trimStart().startsWith('#')
          ? line.trimStart()
          : undefined,
  );
  return outdented.some((line) => line === undefined) ? undefined : `${outdented.join('\n')}\n`;
}

/**
 * Writes a new growth file from data and a Markdown body. Words that YAML 1.1 tools read as
 * true or false (`no`, `on`, `y`...) are quoted, so other tools read them as the text they are.
 */
export function createGrowthFile(data: Record<string, unknown>, body = '', eol: '\n' | '\r\n' = '\n'): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && YAML_1_1_BOOLEANS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const yaml = doc.toString({ lineWidth: 0 });
  const content = `---\n${yaml}---\n${body ? `\n${body.replace(/\n*$/, '\n')}` : ''}`;
  return eol === '\n' ? content : content.replace(/\r?\n/g, '\r\n');
}

/** Words YAML 1.1 (still used by many tools) reads as booleans; YAML 1.2 and DevGrowth read them as text. */
const YAML_1_1_BOOLEANS = /^(?:y|n|yes|no|on|off)$/i;

// ---- What the writer refuses ------------------------------------------------------------

/** Why the writer must not change this text at all, or undefined. */
function refusalOf(text: string): string | undefined {
  if (text.includes(REPLACEMENT_CHARACTER)) {
    return l10n.t(
      'The file has characters that could not be read (shown as {0}), which usually means it is not saved as UTF-8. DevGrowth did not change it, so nothing is lost: reopen it with its encoding ("Reopen with Encoding"), save it as UTF-8, then try again.',
      REPLACEMENT_CHARACTER,
    );
  }
  if (utf8Length(text) > MAX_FILE_BYTES) {
    return l10n.t(
      'The file is larger than {0} KB, so DevGrowth does not change it. Move long notes to another file.',
      MAX_FILE_BYTES / 1024,
    );
  }
  return undefined;
}

/** Why the writer must not change this parsed front matter, or undefined. */
function documentRefusal(doc: Document): string | undefined {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const unresolved = unresolvedAlias(doc);
    return unresolved === undefined
      ? l10n.t(
          'The file uses more aliases (*name) than DevGrowth expands. Fix the file first (see the Problems view); DevGrowth did not change it.',
        )
      : l10n.t(
          'The file uses the alias *{0}, but no anchor &{0} comes before it. Fix the file first (see the Problems view); DevGrowth did not change it.',
          unresolved,
        );
  }
  const schema = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).schema : undefined;
  if (typeof schema === 'number' && schema > SCHEMA_VERSION) {
    return l10n.t(
      'The file uses format version {0}, written by a newer DevGrowth. Update the extension to change it; DevGrowth did not change it.',
      schema,
    );
  }
  return undefined;
}

/** The first alias that names no anchor defined before it. */
function unresolvedAlias(doc: Document): string | undefined {
  const anchors = new Set<string>();
  let unresolved: string | undefined;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          unresolved = node.source;
          return visit.BREAK;
        }
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
      return undefined;
    },
  });
  return unresolved;
}

/**
 * Why the edit would change what an alias stands for, or pass through an alias: such edits are
 * left to the user, who knows whether the other places should change too.
 */
function aliasRefusal(doc: Document, edit: FrontMatterEdit): string | undefined {
  const used = new Set<string>();
  visit(doc, {
    Alias(_, alias) {
      used.add(alias.source);
    },
  });
  const name = edit.path.join('.');
  let node: unknown = doc.contents;
  const changed: unknown[] = [node];
  for (const key of edit.path) {
    if (!isMap(node) && !isSeq(node)) break;
    const child: unknown = node.get(key, true);
    if (isAlias(child) && (edit.op !== 'set' || key !== edit.path[edit.path.length - 1])) {
      return l10n.t(
        'DevGrowth did not change "{0}": the file writes it as the alias *{1}, a copy of a value elsewhere in the file. Make this change by hand.',
        name,
        child.source,
      );
    }
    node = child;
    changed.push(node);
  }
  if (used.size === 0) return undefined;
  // The maps and lists around the target change; a set or delete also replaces or removes
  // the target with everything inside it (an insert or move keeps the items as they are).
  const target = changed[changed.length - 1];
  const replaced = edit.op === 'set' || edit.op === 'delete';
  const anchors = (replaced ? changed.slice(0, -1) : changed).flatMap((around) => (isNode(around) && around.anchor ? [around.anchor] : []));
  if (replaced && isNode(target)) {
    visit(target, {
      Node(_, inner) {
        if (!isAlias(inner) && inner.anchor) anchors.push(inner.anchor);
      },
    });
  }
  const shared = anchors.find((anchor) => used.has(anchor));
  return shared === undefined
    ? undefined
    : l10n.t(
        'DevGrowth did not change "{0}": it is marked &{1} and used elsewhere in the file as *{1}, so the change would show up there too. Make this change by hand.',
        name,
        shared,
      );
}

// ---- Applying one edit ------------------------------------------------------------------

function applyEdit(text: string, edit: FrontMatterEdit): EditResult {
  const block = findFrontMatter(text);
  if (!block) return { ok: false, reason: l10n.t('The file has no front matter (a block between --- lines at the top).') };
  const yaml = block.yaml;
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return { ok: false, reason: l10n.t('The file has YAML errors. Fix them first (see the Problems view); DevGrowth did not change it.') };
  }
  if (!isMap(doc.contents)) return { ok: false, reason: l10n.t('The front matter is not a set of keys and values.') };
  const refused = documentRefusal(doc) ?? aliasRefusal(doc, edit);
  if (refused) return { ok: false, reason: refused };
  const expected = expectedData(doc, edit);
  if (!expected.ok) return expected;

  const style = styleOf(text, yaml, doc);
  const candidates = [() => splice(yaml, edit, style), () => rerender(yaml, doc, edit, style.eol)];
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
  return applied.ok ? { ok: true, data: copy.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) } : applied;
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
      if (index < 0 || index > list.items.length)
        return { ok: false, reason: l10n.t('There is no position {0} in "{1}".', index, edit.path.join('.')) };
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
  if (doc.errors.length > 0) return false;
  try {
    return deepEqual(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), expected);
  } catch {
    return false; // e.g. an alias that now comes before its anchor
  }
}

// ---- The file's own style ---------------------------------------------------------------

/** How the file writes things, so that new lines look like the ones around them. */
interface Style {
  /** The line break most lines of the file end with. */
  readonly eol: string;
  /** Columns from a key to the keys of the map under it. */
  readonly mapIndent: number;
  /** Columns from a key to the dashes of the list under it (0 for lists flush with their key). */
  readonly seqIndent: number;
  /** Columns from a dash to the item's first key (`- id:` is 2, `-   id:` is 4). */
  readonly itemIndent: number;
  /** The quotes the file uses when it quotes. */
  readonly quote: Scalar.Type;
}

function styleOf(text: string, yaml: string, doc: Document): Style {
  let mapIndent: number | undefined;
  let seqIndent: number | undefined;
  let itemIndent: number | undefined;
  let double = 0;
  let single = 0;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range || !isCollection(value) || value.flow || value.items.length === 0) return;
      const keyColumn = columnOf(yaml, key.range[0]);
      if (isMap(value)) {
        const first = (value.items[0]!.key as Node | null)?.range;
        if (first && mapIndent === undefined && lineStartOf(yaml, first[0]) !== lineStartOf(yaml, key.range[0]))
          mapIndent = columnOf(yaml, first[0]) - keyColumn;
      } else if (seqIndent === undefined) {
        const dash = dashBefore(yaml, value.items[0] as Node | null);
        if (dash !== undefined) seqIndent = columnOf(yaml, dash) - keyColumn;
      }
    },
    Seq(_, seq) {
      if (seq.flow || itemIndent !== undefined) return;
      for (const item of seq.items) {
        const dash = dashBefore(yaml, item as Node | null);
        if (dash !== undefined && isMap(item) && !item.flow) {
          itemIndent = columnOf(yaml, item.range![0]) - columnOf(yaml, dash);
          return;
        }
      }
    },
    Scalar(_, scalar) {
      if (scalar.type === Scalar.QUOTE_DOUBLE) double++;
      if (scalar.type === Scalar.QUOTE_SINGLE) single++;
    },
  });
  return {
    eol: dominantEol(text),
    mapIndent: mapIndent !== undefined && mapIndent > 0 ? mapIndent : 2,
    seqIndent: seqIndent !== undefined && seqIndent >= 0 ? seqIndent : 2,
    itemIndent: itemIndent !== undefined && itemIndent >= 2 ? itemIndent : 2,
    quote: single > double ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE,
  };
}

/** `\r\n` when more lines end with it than with a bare `\n`. */
function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    if (text[index - 1] === '\r') crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
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

function splice(yaml: string, edit: FrontMatterEdit, style: Style): string | undefined {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  switch (edit.op) {
    case 'set': {
      const parts = partsOfMapSet(doc, edit.path, edit.value);
      if (!parts) return spliceSet(yaml, doc, edit.path, edit.value, style);
      let current: string | undefined = yaml;
      for (const part of parts) current = current === undefined ? undefined : splice(current, part, style);
      return current;
    }
    case 'delete':
      return doc.hasIn(edit.path) ? spliceDelete(yaml, doc, edit.path) : yaml;
    case 'insert':
      return spliceInsert(yaml, doc, edit, style);
    case 'move':
      return spliceMove(yaml, doc, edit.path, edit.from, edit.to);
  }
}

/**
 * A map set onto an existing block map, as one edit per key: each value changes where it
 * stands (with its comments), keys it lacks are added, keys it drops are removed.
 */
function partsOfMapSet(doc: Document, path: FieldPath, value: unknown): FrontMatterEdit[] | undefined {
  const existing = doc.getIn(path, true);
  if (!isMap(existing) || existing.flow || !isPlainObject(value) || Object.keys(value).length === 0) return undefined;
  const keys = existing.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
  if (keys.some((key) => typeof key !== 'string')) return undefined;
  return [
    ...Object.entries(value).map(([key, inner]): FrontMatterEdit => ({ op: 'set', path: [...path, key], value: inner })),
    ...(keys as string[])
      .filter((key) => !Object.prototype.hasOwnProperty.call(value, key))
      .map((key): FrontMatterEdit => ({ op: 'delete', path: [...path, key] })),
  ];
}

function spliceSet(yaml: string, doc: Document, path: FieldPath, value: unknown, style: Style): string | undefined {
  const existing = doc.getIn(path, true) as Node | undefined | null;
  const inFlow = insideFlow(doc, path);
  if (existing?.range) {
    const replaceNode = (rendered: string) => yaml.slice(0, existing.range![0]) + rendered + yaml.slice(existing.range![1]);
    if (isScalar(existing) && isScalarValue(value) && !isBlockScalar(existing)) {
      return replaceNode(renderScalar(value, { flow: inFlow, quote: style.quote, type: existing.type }));
    }
    if (inFlow || isAlias(existing) || (isCollection(existing) && existing.flow)) {
      // A flow value (or an alias) takes the new value in its place, in flow style.
      return replaceNode(renderFlow(value, style, inFlow));
    }
  }
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  if (existing !== undefined) {
    // A block value (or a block scalar): the whole entry is written anew at the same place.
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (!isMap(parent) && !isSeq(parent)) return undefined;
    const index = indexOf(parent, key);
    const lines = index === undefined ? undefined : itemLines(yaml, parent, index, false);
    if (!lines) return undefined;
    const rendered = isMap(parent)
      ? entryLines(String(key), value, lines.indent, style)
      : itemLinesOf(value, lines.indent, style, listItemIndent(yaml, parent, style));
    return (
      yaml.slice(0, lines.start) +
      rendered.join(style.eol) +
      (yaml.slice(lines.start, lines.end).match(/\r?\n$/)?.[0] ?? '') +
      yaml.slice(lines.end)
    );
  }
  // Add the key to the deepest map that exists, with the missing maps between.
  let depth = path.length - 1;
  while (depth > 0 && !isMap(doc.getIn(path.slice(0, depth), true))) depth--;
  if (depth > 0 && doc.getIn(path.slice(0, depth + 1), true) !== undefined) return undefined; // a non-map in the way
  const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
  const newKey = path[depth]!;
  if (!isMap(parent) || typeof newKey !== 'string') return undefined;
  const nested = path.slice(depth + 1).reduceRight<unknown>((inner, name) => ({ [String(name)]: inner }), value);
  if (parent.flow) return spliceFlowInsert(yaml, parent, parent.items.length, `${renderKey(newKey)}: ${renderFlow(nested, style)}`);
  if (parent.items.length === 0) return undefined;
  const last = itemLines(yaml, parent, parent.items.length - 1, true, true);
  return last && insertLines(yaml, last.end, entryLines(newKey, nested, last.indent, style), style.eol);
}

function spliceDelete(yaml: string, doc: Document, path: FieldPath): string | undefined {
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isMap(parent) && !isSeq(parent)) return undefined;
  const index = indexOf(parent, path[path.length - 1]!);
  if (index === undefined) return undefined;
  if (parent.flow) {
    const spans = parent.items.map((item) => flowItemSpan(item));
    if (spans.some((span) => span === undefined)) return undefined;
    return flowItemRemovals(yaml, spans as [number, number][], index).reduceRight(
      (text, [from, to]) => text.slice(0, from) + text.slice(to),
      yaml,
    );
  }
  const lines = itemLines(yaml, parent, index, true);
  if (!lines) return undefined;
  if (parent.items.length > 1) return yaml.slice(0, lines.start) + yaml.slice(lines.end);
  // The last entry goes: the key stays, now with an empty `[]` or `{}`.
  const colon = colonAfterKey(yaml, doc, parentPath);
  if (colon === undefined || parent.anchor || parent.tag) return undefined;
  return `${yaml.slice(0, colon + 1)} ${isSeq(parent) ? '[]' : '{}'}${yaml.slice(colon + 1, lines.start)}${yaml.slice(lines.end)}`;
}

function spliceInsert(yaml: string, doc: Document, edit: Extract<FrontMatterEdit, { op: 'insert' }>, style: Style): string | undefined {
  const list = doc.getIn(edit.path, true);
  const written = edit.asWritten === undefined ? undefined : splitLines(edit.asWritten.replace(/\r?\n$/, ''));
  const newItem = (indent: number, itemIndent: number) =>
    written ? written.map((line) => (line === '' ? '' : ' '.repeat(indent) + line)) : itemLinesOf(edit.value, indent, style, itemIndent);
  if (list === undefined) {
    if (!written) return spliceSet(yaml, doc, edit.path, [edit.value], style);
    const parent = edit.path.length === 1 ? doc.contents : doc.getIn(edit.path.slice(0, -1), true);
    const key = edit.path[edit.path.length - 1];
    if (!isMap(parent) || parent.flow || parent.items.length === 0 || typeof key !== 'string') return undefined;
    const last = itemLines(yaml, parent, parent.items.length - 1, true, true);
    return (
      last &&
      insertLines(
        yaml,
        last.end,
        [`${' '.repeat(last.indent)}${renderKey(key)}:`, ...newItem(last.indent + style.seqIndent, style.itemIndent)],
        style.eol,
      )
    );
  }
  if (!isSeq(list)) return undefined;
  const index = edit.index ?? list.items.length;
  if (list.flow && list.items.length === 0) {
    // `milestones: []` becomes a block list under its key.
    const colon = colonAfterKey(yaml, doc, edit.path);
    if (colon === undefined || !list.range || list.anchor || list.tag || yaml.slice(colon + 1, list.range[1]).includes('\n'))
      return undefined;
    const keyLineStart = lineStartOf(yaml, colon);
    const keyLineEnd = lineEndOf(yaml, list.range[1]);
    const keyIndent = columnOf(yaml, firstNonSpace(yaml, keyLineStart));
    const keyLine = yaml.slice(keyLineStart, colon + 1) + yaml.slice(list.range[1], keyLineEnd);
    const keyBreak = yaml.slice(keyLineEnd).match(/^\r?\n/)?.[0] ?? style.eol;
    const rest = yaml.slice(keyLineEnd + keyBreak.length);
    return `${yaml.slice(0, keyLineStart)}${keyLine}${keyBreak}${newItem(keyIndent + style.seqIndent, style.itemIndent).join(style.eol)}${style.eol}${rest}`;
  }
  if (list.flow) return spliceFlowInsert(yaml, list, index, renderFlow(edit.value, style));
  if (list.items.length === 0) return undefined;
  const anchor = itemLines(yaml, list, Math.min(index, list.items.length - 1), true);
  if (!anchor) return undefined;
  const at = index >= list.items.length ? anchor.end : anchor.start;
  return insertLines(yaml, at, newItem(anchor.indent, listItemIndent(yaml, list, style)), style.eol);
}

function spliceMove(yaml: string, doc: Document, path: FieldPath, from: number, to: number): string | undefined {
  const list = doc.getIn(path, true);
  if (!isSeq(list)) return undefined;
  if (list.flow) {
    const spans = list.items.map((item) => flowItemSpan(item));
    if (spans.some((span) => span === undefined)) return undefined;
    return reorder(
      yaml,
      (spans as [number, number][]).map(([start, end]) => ({ start, end, breakAfter: '' })),
      from,
      to,
    );
  }
  const blocks = list.items.map((_, index) => itemLines(yaml, list, index, true));
  if (blocks.some((lines) => lines === undefined)) return undefined;
  // Each item takes its lines with their line breaks along (in a file with mixed line endings
  // every line keeps its own); only an item that ends the text without a break leaves the
  // break where it was.
  const allEndInBreaks = (blocks as ItemLines[]).every((lines) => yaml[lines.end - 1] === '\n');
  return reorder(
    yaml,
    (blocks as ItemLines[]).map((lines) => {
      const breakAfter = allEndInBreaks ? '' : (yaml.slice(lines.start, lines.end).match(/\r?\n$/)?.[0] ?? '');
      return { start: lines.start, end: lines.end - breakAfter.length, breakAfter };
    }),
    from,
    to,
  );
}

/** Items trade places; what stands between them (separators, blank lines, comments) stays where it was. */
function reorder(yaml: string, spans: readonly { start: number; end: number; breakAfter: string }[], from: number, to: number): string {
  const texts = spans.map((span) => yaml.slice(span.start, span.end));
  const [moved] = texts.splice(from, 1);
  texts.splice(to, 0, moved!);
  let result = yaml.slice(0, spans[0]!.start);
  spans.forEach((span, index) => {
    const gapEnd = index + 1 < spans.length ? spans[index + 1]!.start : span.end + span.breakAfter.length;
    result += texts[index] + yaml.slice(span.end, gapEnd);
  });
  return result + yaml.slice(spans[spans.length - 1]!.end + spans[spans.length - 1]!.breakAfter.length);
}

/** Adds an entry to a flow collection before the item at `index` (at the end past the last). */
function spliceFlowInsert(yaml: string, collection: YAMLMap | YAMLSeq, index: number, entry: string): string | undefined {
  const spans = collection.items.map((item) => flowItemSpan(item));
  if (spans.some((span) => span === undefined) || !collection.range) return undefined;
  const all = spans as [number, number][];
  if (index < all.length) return yaml.slice(0, all[index]![0]) + `${entry}, ` + yaml.slice(all[index]![0]);
  if (all.length > 0) {
    const end = all[all.length - 1]![1];
    return yaml.slice(0, end) + `, ${entry}` + yaml.slice(end);
  }
  const open = collection.range[0];
  const close = yaml.lastIndexOf(isSeq(collection) ? ']' : '}', collection.range[1]);
  if (close <= open) return undefined;
  const inside = yaml.slice(open + 1, close);
  return inside.trim() === '' ? `${yaml.slice(0, open + 1)}${entry}${yaml.slice(close)}` : undefined;
}

/**
 * What deleting an item of a flow collection removes, in order: the item with one separator
 * (the one after it, or for the last item the one before it), and the item's own line when it
 * has one. Comment lines between the items stay where they are, as the comment after the
 * separator of the item before the last one does.
 */
function flowItemRemovals(yaml: string, spans: readonly [number, number][], index: number): [number, number][] {
  const [start, end] = spans[index]!;
  const startsLine = yaml.slice(lineStartOf(yaml, start), start).trim() === '';
  // The whole line goes when the item is all there is on it (besides a separator or its own comment).
  const ownLine = (restStart: number): [number, number] | undefined =>
    startsLine && /^\s*(#.*)?$/.test(yaml.slice(restStart, lineEndOf(yaml, restStart)))
      ? [lineStartOf(yaml, start), yaml.indexOf('\n', restStart) + 1 || yaml.length]
      : undefined;
  if (index + 1 < spans.length) {
    const comma = skipSpaces(yaml, end);
    if (yaml[comma] !== ',') return [[start, spans[index + 1]![0]]];
    return [ownLine(comma + 1) ?? [start, skipSpaces(yaml, comma + 1)]];
  }
  if (index === 0) return [[start, end]];
  const previousEnd = spans[index - 1]![1];
  const comma = skipSpaces(yaml, previousEnd);
  if (yaml[comma] !== ',') return [[previousEnd, end]];
  return startsLine ? [[comma, comma + 1], ownLine(end) ?? [start, end]] : [[comma, end]];
}

/** Offset of the first character at or after `offset` that is no space or tab. */
function skipSpaces(text: string, offset: number): number {
  let at = offset;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** Where a flow collection's item stands: from its key (or value) to the end of its value. */
function flowItemSpan(item: unknown): [number, number] | undefined {
  const start = isPair(item) ? (item.key as Node | null) : (item as Node | null);
  const end = isPair(item) ? ((item.value as Node | null) ?? (item.key as Node | null)) : (item as Node | null);
  return start?.range && end?.range ? [start.range[0], end.range[1]] : undefined;
}

/** Offset of the `:` after the key that holds the value at `path`, in a block map. */
function colonAfterKey(yaml: string, doc: Document, path: FieldPath): number | undefined {
  const holder = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(holder) || holder.flow) return undefined;
  const pair = holder.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
  const keyEnd = (pair?.key as Node | undefined)?.range?.[1];
  if (keyEnd === undefined) return undefined;
  const colon = yaml.indexOf(':', keyEnd);
  return colon >= 0 && yaml.slice(keyEnd, colon).trim() === '' ? colon : undefined;
}

/** Inserts whole lines at a line start (or at the end, adding a line break if needed). */
function insertLines(yaml: string, at: number, lines: readonly string[], eol: string): string {
  const needsBreak = at > 0 && yaml[at - 1] !== '\n';
  return yaml.slice(0, at) + (needsBreak ? eol : '') + lines.join(eol) + eol + yaml.slice(at);
}

/**
 * The lines an entry of a block collection occupies: from the start of the line where its
 * key or dash stands to the end of the line where its value ends (with a trailing comment).
 * With `ownComments`, comment lines after it that are indented deeper than its key or dash
 * belong to it too; other comments and blank lines after it belong to what follows.
 * Undefined for layouts where the entry shares a line with something else.
 */
function itemLines(yaml: string, parent: YAMLMap | YAMLSeq, index: number, ownComments: boolean, afterDash = false): ItemLines | undefined {
  const item = parent.items[index];
  const startNode = isPair(item) ? (item.key as Node | null) : (item as Node | null);
  const endNode = isPair(item) ? ((item.value as Node | null) ?? (item.key as Node | null)) : (item as Node | null);
  if (!startNode?.range || !endNode?.range) return undefined;
  let start = startNode.range[0];
  if (isSeq(parent)) {
    const dash = dashBefore(yaml, startNode);
    if (dash === undefined) return undefined;
    start = dash;
  }
  const lineStart = lineStartOf(yaml, start);
  // The first key of a list item shares its line with the dash: only the place after it is known.
  const dashFirst = afterDash && isMap(parent) && index === 0 && /^ *- +$/.test(yaml.slice(lineStart, start));
  if (yaml.slice(lineStart, start).trim() !== '' && !dashFirst) return undefined;
  const valueEnd = isCollection(endNode) || isBlockScalar(endNode) ? endNode.range[1] : endNode.range[2];
  const lastBreak = yaml.lastIndexOf('\n', Math.max(valueEnd - 1, start));
  const endsWithBreak = lastBreak >= start && yaml.slice(lastBreak + 1, valueEnd).trim() === '' && valueEnd > start;
  let end = endsWithBreak ? lastBreak + 1 : yaml.indexOf('\n', valueEnd);
  end = end < 0 ? yaml.length : endsWithBreak ? end : end + 1;
  // The next entry must start on a later line.
  const next = parent.items[index + 1];
  const nextNode = isPair(next) ? (next.key as Node | null) : (next as Node | null);
  if (nextNode?.range && nextNode.range[0] < end) return undefined;
  const indent = start - lineStart;
  if (ownComments) {
    for (let cursor = end; cursor < yaml.length;) {
      const lineEnd = yaml.indexOf('\n', cursor);
      const nextLine = lineEnd < 0 ? yaml.length : lineEnd + 1;
      const line = yaml.slice(cursor, nextLine);
      if (line.trim() === '') {
        cursor = nextLine;
        continue;
      }
      if (!line.trimStart().startsWith('#') || line.length - line.trimStart().length <= indent) break;
      if (nextNode?.range && nextNode.range[0] < nextLine) break;
      cursor = end = nextLine;
    }
  }
  return { start: lineStart, end, indent };
}

/** Offset of the dash before a block list item, when only spaces stand between them. */
function dashBefore(yaml: string, node: Node | null): number | undefined {
  if (!node?.range) return undefined;
  const dash = yaml.lastIndexOf('-', node.range[0]);
  return dash >= 0 && yaml.slice(dash + 1, node.range[0]).trim() === '' ? dash : undefined;
}

/** Columns from a dash of this list to its items' first keys, or the file's when it has none. */
function listItemIndent(yaml: string, list: YAMLMap | YAMLSeq, style: Style): number {
  for (const item of list.items) {
    const dash = dashBefore(yaml, item as Node | null);
    if (dash !== undefined && isMap(item) && !item.flow && item.range) {
      const indent = item.range[0] - dash;
      if (indent >= 2 && lineStartOf(yaml, dash) === lineStartOf(yaml, item.range[0])) return indent;
    }
  }
  return style.itemIndent;
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
    const lines = itemLines(yaml, map, index, false);
    if (!lines) return undefined;
    parts.push(yaml.slice(lines.start, lines.end));
  }
  return parts.join('');
}

// ---- Rendering new text -----------------------------------------------------------------

/** `key: value` as lines at `indent`: a scalar or empty collection on the key's line, a collection below it. */
function entryLines(key: string, value: unknown, indent: number, style: Style): string[] {
  const head = `${' '.repeat(indent)}${renderKey(key)}:`;
  if (Array.isArray(value) && value.length > 0)
    return [head, ...itemLinesOf(value, indent + style.seqIndent, style, style.itemIndent, true)];
  if (isPlainObject(value) && Object.keys(value).length > 0)
    return [head, ...Object.entries(value).flatMap(([inner, item]) => entryLines(inner, item, indent + style.mapIndent, style))];
  return [`${head} ${renderFlow(value, style, false)}`];
}

/**
 * A list item as lines with its dash at `indent` (`itemIndent` columns from the dash to its
 * content); with `each`, `value` is a list and every element becomes an item.
 */
function itemLinesOf(value: unknown, indent: number, style: Style, itemIndent: number, each = false): string[] {
  if (each) return (value as unknown[]).flatMap((item) => itemLinesOf(item, indent, style, itemIndent));
  const dash = `${' '.repeat(indent)}-${' '.repeat(itemIndent - 1)}`;
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const lines = Object.entries(value).flatMap(([key, item]) => entryLines(key, item, indent + itemIndent, style));
    return [dash + lines[0]!.slice(indent + itemIndent), ...lines.slice(1)];
  }
  return [`${' '.repeat(indent)}- ${renderFlow(value, style, false)}`];
}

/**
 * A value on one line: a scalar, or a collection in flow style (`{a: 1}`, `[a, b]`). `flow`
 * says whether the value itself stands inside a flow collection; what is inside one always does.
 */
function renderFlow(value: unknown, style: Pick<Style, 'quote'>, flow = true): string {
  if (Array.isArray(value)) return `[${value.map((item) => renderFlow(item, style)).join(', ')}]`;
  if (isPlainObject(value))
    return `{${Object.entries(value)
      .map(([key, item]) => `${renderKey(key, true)}: ${renderFlow(item, style)}`)
      .join(', ')}}`;
  return renderScalar(isScalarValue(value) ? value : (JSON.stringify(value) ?? ''), { flow, quote: style.quote });
}

function renderKey(key: string, flow = false): string {
  return renderScalar(key, { flow, quote: Scalar.QUOTE_DOUBLE });
}

/**
 * A scalar on one line. A string keeps the quotes of the value it replaces (`type`); a plain
 * string is quoted (in the file's quotes) when it would not read back as itself: it spans
 * lines, it is a word YAML 1.1 reads as a boolean, or, inside a flow collection, it holds
 * `,` `[` `]` `{` `}`.
 */
function renderScalar(value: string | number | boolean | null, how: { flow: boolean; quote: Scalar.Type; type?: Scalar.Type }): string {
  if (typeof value !== 'string') return stringify(value).replace(/\n$/, '');
  const quoted = how.type === Scalar.QUOTE_DOUBLE || how.type === Scalar.QUOTE_SINGLE;
  const plain = stringify(value, { lineWidth: 0, defaultStringType: quoted ? how.type : Scalar.PLAIN }).replace(/\n$/, '');
  const needsQuotes = !quoted && !/^["']/.test(plain) && (YAML_1_1_BOOLEANS.test(value) || (how.flow && /[,[\]{}]/.test(plain)));
  if (!plain.includes('\n') && !needsQuotes) return plain;
  const quote = plain.includes('\n') || value.includes('\n') ? Scalar.QUOTE_DOUBLE : quoted ? how.type! : how.quote;
  return stringify(value, { lineWidth: 0, defaultStringType: quote }).replace(/\n$/, '');
}

// ---- Small helpers ----------------------------------------------------------------------

/** Whether the value at `path` stands inside a flow collection. */
function insideFlow(doc: Document, path: FieldPath): boolean {
  for (let depth = 0; depth < path.length; depth++) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isCollection(node) && node.flow) return true;
  }
  return false;
}

function indexOf(collection: YAMLMap | YAMLSeq, key: string | number): number | undefined {
  if (isSeq(collection)) return typeof key === 'number' && inBounds(key, collection.items.length) ? key : undefined;
  const index = collection.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
  return index < 0 ? undefined : index;
}

function isBlockScalar(node: Node): boolean {
  return isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
}

function isNode(value: unknown): value is Node {
  return isCollection(value) || isScalar(value) || isAlias(value);
}

function isScalarValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line holding `offset`, before its line break. */
function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

function firstNonSpace(text: string, from: number): number {
  let index = from;
  while (text[index] === ' ') index++;
  return index;
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Length of the text in UTF-8 bytes, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length) {
      bytes += 4; // a surrogate pair: one character of four bytes
      index++;
    } else bytes += 3;
  }
  return bytes;
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
    keysA.every(
      (key) =>
        Object.prototype.hasOwnProperty.call(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
