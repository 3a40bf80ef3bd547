/**
 * Where a cursor stands in a growth file's front matter, read from the lines alone.
 *
 * Completion is asked for while the user types, so the YAML is often half written (`stat`,
 * `status: `, a new list item with nothing after its dash) and a parser sees no node there.
 * The indentation still says where the cursor is: each line's dashes and key, and the lines
 * above with less indentation, give the path of keys and list positions that holds it. This
 * covers the block style people and DevGrowth write; inside a one-line flow list (`[a, b]`)
 * the cursor counts as an item of that list.
 */
import { findFrontMatter } from '../frontmatter';
import type { FieldPath } from '../problem';

/** One line of block YAML: its list dashes, its key and where its value starts. */
interface YamlLine {
  /** Column of each `- ` that opens a list item on this line, left to right. */
  readonly dashes: readonly number[];
  /** Column where the line's content starts after its dashes (the key, or a scalar item). */
  readonly content: number;
  readonly key?: string;
  /** Column just past the key's colon and the spaces after it. */
  readonly valueStart?: number;
  /** Blank, or only a comment: it holds no node. */
  readonly empty: boolean;
}

export type CursorPlace =
  /** Where a key goes: `key` is what has been typed of it so far. */
  | { readonly kind: 'key'; readonly container: FieldPath; readonly typed: string; readonly start: number }
  /** A key's value (`path` ends with the key) or a list item (`path` ends with its position). */
  | { readonly kind: 'value'; readonly path: FieldPath; readonly typed: string; readonly start: number; readonly inFlowList: boolean };

/** The front matter of a document being written: the block, or everything after an opening `---` not yet closed. */
export function frontMatterRange(text: string): { readonly start: number; readonly end: number } | undefined {
  const block = findFrontMatter(text);
  if (block) return { start: block.start, end: block.end };
  const opening = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  return opening ? { start: opening[0].length, end: text.length } : undefined;
}

/**
 * The place of the cursor at `offset` of the document `text`, or undefined outside the front
 * matter (or in a comment).
 */
export function cursorPlace(text: string, offset: number): CursorPlace | undefined {
  const range = frontMatterRange(text);
  if (!range || offset < range.start || offset > range.end) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = splitLines(text.slice(range.start, lineStart));
  const column = offset - lineStart;
  const lineEnd = text.indexOf('\n', offset);
  const current = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const before = current.slice(0, column);
  if (/(^|\s)#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
  const parsed = [...lines.map(readLine)];
  const line = readLine(current);
  const dashesBefore = line.dashes.filter((dash) => dash < column);
  const inKey = line.key !== undefined && line.valueStart !== undefined ? column < line.valueStart && column >= line.content : false;
  const container = (): FieldPath => {
    const dash = dashesBefore.at(-1);
    return dash === undefined ? pathOfContainer(parsed, line.content > column ? column : line.content, false) : itemPath(parsed, dash);
  };

  if (line.key !== undefined && line.valueStart !== undefined && !inKey) {
    // In a value: a scalar, or an item of a one-line flow list.
    const value = current.slice(line.valueStart, column);
    const flowOpen = value.lastIndexOf('[');
    const inFlowList = flowOpen >= 0 && !value.slice(flowOpen).includes(']');
    const typedStart = inFlowList ? lastItemStart(value, flowOpen) : 0;
    const typed = value.slice(typedStart).replace(/^["']/, '');
    const quoteSkip = /^["']/.test(value.slice(typedStart)) ? 1 : 0;
    const keyPath = [...container(), line.key];
    const path = inFlowList ? [...keyPath, flowItemIndex(value, flowOpen)] : keyPath;
    return { kind: 'value', path, typed, start: lineStart + line.valueStart + typedStart + quoteSkip, inFlowList };
  }
  if (dashesBefore.length > 0 && line.key === undefined && /\S/.test(before.slice(line.content)) && !/^[\w"'-]*$/.test(before.slice(line.content))) {
    return undefined;
  }
  if (dashesBefore.length > 0 && line.key === undefined) {
    // After a dash with no key yet: a scalar list item, or the first key of a map item.
    const typed = before.slice(line.content).replace(/^["']/, '');
    const start = lineStart + line.content + (/^["']/.test(before.slice(line.content)) ? 1 : 0);
    const dash = dashesBefore.at(-1)!;
    const sequence = pathOfContainer(parsed, dash, true);
    const index = countItems(parsed, dash);
    // Both readings are possible; the caller offers keys of a map item, or values of a list of text.
    return { kind: 'value', path: [...sequence, index], typed, start, inFlowList: false };
  }
  const keyStart = line.key !== undefined ? line.content : Math.min(column, line.content);
  const typed = line.key !== undefined ? line.key.slice(0, column - line.content) : before.slice(line.content).trim();
  if (!/^[\w.-]*$/.test(typed)) return undefined;
  return { kind: 'key', container: container(), typed, start: lineStart + keyStart };
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function readLine(text: string): YamlLine {
  const dashes: number[] = [];
  let column = 0;
  while (text[column] === ' ') column++;
  while (text[column] === '-' && (text[column + 1] === ' ' || column + 1 === text.length)) {
    dashes.push(column);
    column++;
    while (text[column] === ' ') column++;
  }
  const rest = text.slice(column);
  if (dashes.length === 0 && (rest === '' || rest.startsWith('#'))) return { dashes, content: column, empty: true };
  const key = /^("[^"]*"|'[^']*'|[^\s#'"[\]{},:][^:#]*?)[ \t]*:(?=\s|$)/.exec(rest);
  if (!key) return { dashes, content: column, empty: false };
  let valueStart = column + key[0].length;
  while (text[valueStart] === ' ') valueStart++;
  return { dashes, content: column, key: key[1]!.replace(/^["']|["']$/g, ''), valueStart, empty: false };
}

/** The first column that holds a node on a line: its first dash, or its content. */
function firstColumn(line: YamlLine): number {
  return line.dashes[0] ?? line.content;
}

/**
 * The path of the map or list that holds a node at `column` below the lines given. A list
 * item may sit at its key's own column (`milestones:` then `- id:` at column 0).
 */
function pathOfContainer(lines: readonly YamlLine[], column: number, isItem: boolean): FieldPath {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.empty) continue;
    const first = firstColumn(line);
    if (first > column || (first === column && !(isItem && line.dashes.length === 0 && line.key !== undefined && line.valueStart !== undefined))) continue;
    const above = lines.slice(0, index);
    // The rightmost opening on that line left of the column holds the node.
    if (line.key !== undefined && (line.content < column || (isItem && line.content === column))) {
      const holder = line.dashes.length > 0 ? itemPath(lines.slice(0, index + 1), line.dashes.at(-1)!) : pathOfContainer(above, line.content, false);
      return [...holder, line.key];
    }
    const dash = [...line.dashes].reverse().find((candidate) => candidate < column);
    if (dash !== undefined) return itemPath(lines.slice(0, index + 1), dash);
    return [];
  }
  return [];
}

/** The path of the list item whose dash is at `column` on the last of `lines` (or below them). */
function itemPath(lines: readonly YamlLine[], column: number): FieldPath {
  return [...pathOfContainer(lines, column, true), countItems(lines, column) - (lastOpensItemAt(lines, column) ? 1 : 0)];
}

function lastOpensItemAt(lines: readonly YamlLine[], column: number): boolean {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.empty) continue;
    return line.dashes.includes(column);
  }
  return false;
}

/** How many items of the list at `column` stand on the lines given, counting back to the list's holder. */
function countItems(lines: readonly YamlLine[], column: number): number {
  let count = 0;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.empty) continue;
    const first = firstColumn(line);
    if (line.dashes.includes(column)) count++;
    else if (first < column || (first === column && line.dashes.length === 0)) break;
  }
  return count;
}

function lastItemStart(value: string, flowOpen: number): number {
  const comma = value.lastIndexOf(',');
  let start = Math.max(comma, flowOpen) + 1;
  while (value[start] === ' ') start++;
  return start;
}

function flowItemIndex(value: string, flowOpen: number): number {
  return (value.slice(flowOpen).match(/,/g) ?? []).length;
}
