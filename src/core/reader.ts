/**
 * Reads a growth file: front matter → YAML → schema → a typed record plus problems.
 *
 * Reading never throws, whatever the bytes: every failure becomes a Problem with a position,
 * so one bad file is shown as a problem and never hides the rest of the plan.
 */
import * as l10n from '@vscode/l10n';
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  YAMLParseError,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import {
  DUPLICATE_KEY_MESSAGE,
  locateSimpleYaml,
  parseSimpleYaml,
  spanOf,
  USE_FULL_PARSER,
  YamlErrors,
  type Located,
  type Span,
} from './fastYaml';
import { findFrontMatter, type FrontMatterBlock } from './frontmatter';
import { yamlSlipHint } from './yamlHints';
import type { FieldPath, Problem, Range } from './problem';
import { FILE_KINDS, isFileKind, SCHEMA_VERSION, SCHEMAS, type FileKind, type GrowthRecord } from './schema';
import { checkYamlBounds, exceedsBytes, MAX_DEPTH, MAX_FRONT_MATTER_BYTES, MAX_KEYS, type OverLimit } from './yamlBounds';

export interface ParsedFile {
  /** Workspace-relative or absolute path, as the caller gave it. */
  readonly path: string;
  /** The `id` key, or the file name without `.md`. Links between files use it. */
  readonly id: string;
  /** The declared kind, when it is one DevGrowth knows (also for invalid files, to group them). */
  readonly kind?: FileKind;
  /** The typed content; absent when the file has errors. */
  readonly record?: GrowthRecord;
  /** A human title for lists and error nodes, even when the file is invalid. */
  readonly title: string;
  readonly problems: readonly Problem[];
}

/** What a decoder puts where bytes are not UTF-8. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * A file read with replacement characters was most likely saved in another encoding: its
 * characters show wrongly, and DevGrowth's writer will not change it (that would lose them).
 */
function encodingProblem(text: string, offset: number): Problem {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return {
    code: 'encoding',
    severity: 'warning',
    message: l10n.t(
      'This file has a character that could not be read (shown as {0}), which usually means it is not saved as UTF-8. If so, DevGrowth will not change it: reopen it with its encoding and save it as UTF-8.',
      REPLACEMENT_CHARACTER,
    ),
    range: { start: { line, character }, end: { line, character: character + 1 } },
  };
}

/** Files larger than this are not parsed: growth files are small, a huge one is a mistake. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** YAML aliases allowed when expanding a document (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses one file. Returns undefined when the file is not a growth file at all (no front
 * matter, or front matter without a `kind`): plain notes may live in the growth folder too.
 */
export function readGrowthFile(path: string, text: string, options: ReadOptions = {}): ParsedFile | undefined {
  try {
    const file = readUnsafe(path, text, options.fastPath ?? true);
    const replacement = text.indexOf(REPLACEMENT_CHARACTER);
    return file && replacement >= 0 ? { ...file, problems: [...file.problems, encodingProblem(text, replacement)] } : file;
  } catch (error) {
    // A defect in a dependency must still not break the index.
    return {
      path,
      id: fileId(path),
      title: fileId(path),
      problems: [{ code: 'read', severity: 'error', message: l10n.t('This file could not be read: {0}', String(error)) }],
    };
  }
}

export interface ReadOptions {
  /**
   * Read simple front matter with the fast reader (the default). Off, every file is read with
   * `yaml`; the tests compare both ways.
   */
  readonly fastPath?: boolean;
}

/** How much of a file's start tells whether it is a growth file (its `---` line and `kind:`). */
export const HEAD_BYTES = 4096;

/**
 * The file of a growth file too large to read, from its first bytes (`head`, read without the
 * rest); undefined when those show it is no growth file. With no head (a platform that cannot
 * read part of a file) it is reported all the same: a file that large in the growth folder is
 * a mistake either way.
 */
export function tooLargeFile(path: string, head: string | undefined): ParsedFile | undefined {
  if (head !== undefined && !findFrontMatter(head) && !head.trimStart().startsWith('---')) return undefined;
  return problemFile(path, head === undefined ? undefined : (guessKind(head) ?? undefined), {
    code: 'too-large',
    severity: 'error',
    message: l10n.t(
      'This file is larger than {0} KB, so DevGrowth does not read it. Move long notes to another file.',
      MAX_FILE_BYTES / 1024,
    ),
    range: lineRange(0),
  });
}

function readUnsafe(path: string, text: string, fastPath: boolean): ParsedFile | undefined {
  if (exceedsBytes(text, MAX_FILE_BYTES)) return tooLargeFile(path, text.slice(0, HEAD_BYTES));
  const block = findFrontMatter(text);
  if (!block) return undefined;
  // Bounded before any parsing: the time a parser takes grows steeply with keys and nesting.
  const over = checkYamlBounds(block.yaml);
  if (over) return overLimits(path, block, over);
  // Most front matter is simple: the fast reader gives the same data as `yaml` for it, or
  // declines. Where a problem needs a line and column, it finds most fields again itself.
  const simple = fastPath ? parseSimpleYaml(block.yaml) : USE_FULL_PARSER;
  if (simple instanceof YamlErrors) return syntaxErrors(path, block, simple.errors);
  if (simple !== USE_FULL_PARSER) {
    if (!isPlainObject(simple) || simple.kind === undefined) return undefined;
    return validate(path, simple, fieldLocator(block));
  }
  const { doc, lineCounter } = parseWithPositions(block.yaml);
  if (doc.errors.length > 0) {
    return syntaxErrors(
      path,
      block,
      doc.errors.map((error) => ({ offset: error.pos[0], end: error.pos[1], message: firstLine(error.message) })),
      lineCounter,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return aliasProblem(path, block, doc, lineCounter);
  }
  if (!isPlainObject(data) || data.kind === undefined) return undefined;
  return validate(path, data, (field) => locateField(doc, block, lineCounter, field));
}

/** A front matter over one of the limits of `checkYamlBounds`: one problem, where it went over. */
function overLimits(path: string, block: FrontMatterBlock, { limit, offset }: OverLimit): ParsedFile | undefined {
  const kind = guessKind(block.yaml);
  if (kind === null) return undefined;
  const message =
    limit === 'size'
      ? l10n.t(
          'The front matter is larger than {0} KB, so DevGrowth does not read this file. Move long text into the Markdown body below the closing ---.',
          MAX_FRONT_MATTER_BYTES / 1024,
        )
      : limit === 'keys'
        ? l10n.t('The front matter has more than {0} keys, so DevGrowth does not read this file. Split it into several files.', MAX_KEYS)
        : l10n.t(
            'The front matter nests lists and maps more than {0} levels deep, so DevGrowth does not read this file. Flatten it.',
            MAX_DEPTH,
          );
  return problemFile(path, kind, {
    code: 'too-complex',
    severity: 'error',
    message,
    range: toRange(block, countLines(block.yaml), offset, offset + 1),
  });
}

/**
 * An alias `*name` that `yaml` could not expand: the first one with no anchor `&name` before
 * it, or (when every alias has its anchor) aliases expanded past the limit. At the alias.
 */
function aliasProblem(path: string, block: FrontMatterBlock, doc: Document, lineCounter: LineCounter): ParsedFile | undefined {
  const kind = guessKind(block.yaml);
  if (kind === null) return undefined;
  const anchors = new Set<string>();
  let unresolved: { source: string; range: readonly number[] } | undefined;
  let first: readonly number[] | undefined;
  const walk = (node: unknown): void => {
    if (unresolved) return;
    if (isAlias(node)) {
      first ??= node.range ?? undefined;
      if (!anchors.has(node.source)) unresolved = { source: node.source, range: node.range ?? [0, 0] };
      return;
    }
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
      return;
    }
    if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') anchors.add(node.anchor);
    if (isCollection(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  const range = unresolved?.range ?? first ?? [0, 0];
  return problemFile(path, kind, {
    code: 'alias',
    severity: 'error',
    message: unresolved
      ? l10n.t(
          'The alias *{0} refers to no anchor &{0} above it. Write the value itself here, or put &{0} on the value it should repeat, above this line.',
          unresolved.source,
        )
      : l10n.t(
          'This front matter repeats values through aliases more than {0} times, so DevGrowth does not read it. Write the values out instead.',
          MAX_ALIAS_COUNT,
        ),
    range: toRange(block, lineCounter, range[0]!, Math.max(range[1]!, range[0]! + 1)),
  });
}

/**
 * A file with YAML syntax errors, each at an offset into the front matter: only its problems,
 * under the kind its `kind:` line names. Undefined when it names none (not a growth file).
 */
function syntaxErrors(
  path: string,
  block: FrontMatterBlock,
  errors: readonly { offset: number; end?: number; message: string }[],
  lineCounter = countLines(block.yaml),
): ParsedFile | undefined {
  const kind = guessKind(block.yaml);
  if (kind === null) return undefined;
  return problemFile(
    path,
    kind,
    ...errors.map(({ offset, end = offset + 1, message }): Problem => ({
      code: 'yaml',
      severity: 'error',
      message: withHint(l10n.t('YAML syntax: {0}', message), yamlSlipHint(block.yaml, offset)),
      range: toRange(block, lineCounter, offset, Math.max(end, offset + 1)),
    })),
  );
}

function withHint(message: string, hint: string | undefined): string {
  return hint ? `${message.replace(/\.$/, '')}. ${hint}` : message;
}

/** A line counter for text `yaml` did not parse, filled as its parser would fill it. */
function countLines(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineCounter.addNewLine(index + 1);
  return lineCounter;
}

/** The front matter as `yaml` reads it, with a line counter to turn offsets into positions. */
function parseWithPositions(yaml: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // Each syntax error is an Error whose stack trace nobody reads but whose capture costs more
  // than parsing a line; in a folder with broken files that adds up. Parsing is synchronous,
  // so the limit is back before any other code runs.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // `yaml` compares each key with every earlier key of its map; with thousands of keys that
    // is seconds. Repeated keys are found here instead, in one pass.
    const doc = parseDocument(yaml, { lineCounter, uniqueKeys: false, keepSourceTokens: true, prettyErrors: false });
    addRepeatedKeyErrors(doc);
    return { doc, lineCounter };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * Adds to a document's errors what `yaml`'s `uniqueKeys` check would have reported, where it
 * reports it and in its order, but with one set of keys per map instead of comparing each key
 * with all before it. Keys are equal as `yaml` compares them: scalars by value.
 */
function addRepeatedKeyErrors(doc: Document): void {
  const repeated: number[] = [];
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isMap(node)) {
      findRepeatedKeys(node, repeated);
      for (const pair of node.items) walk(pair);
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(doc.contents);
  if (repeated.length === 0) return;
  for (const offset of repeated) {
    const error = new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', DUPLICATE_KEY_MESSAGE);
    const at = doc.errors.findIndex((other) => other.pos[0] > offset);
    doc.errors.splice(at < 0 ? doc.errors.length : at, 0, error);
  }
}

/**
 * The offsets at which `yaml` reports each repeated key of one map: just past the tokens
 * before the key (its indentation, a comma, a line break), or where the pair before it ended.
 */
function findRepeatedKeys(map: YAMLMap, repeated: number[]): void {
  const seen = new Set<unknown>();
  let end = (map.range?.[0] ?? 0) + (map.flow ? 1 : 0);
  for (const pair of map.items) {
    const token = (
      pair as { srcToken?: { start?: readonly { offset: number; source: string }[]; sep?: readonly { offset: number; source: string }[] } }
    ).srcToken;
    const before = token?.start?.[token.start.length - 1];
    const keyStart = before ? before.offset + before.source.length : end;
    const key = pair.key;
    if (isScalar(key) && !Number.isNaN(key.value)) {
      if (seen.has(key.value)) repeated.push(keyStart);
      else seen.add(key.value);
    }
    const value = pair.value as Node | null;
    const separator = token?.sep?.[token.sep.length - 1];
    end = value?.range
      ? value.range[2]
      : separator
        ? separator.offset + separator.source.length
        : ((key as Node | null)?.range?.[2] ?? end);
  }
}

/**
 * Checks already-parsed front matter against the schema of its kind. `locate` turns a field
 * path into a range; it is called only for problems, so valid files pay nothing for it.
 */
export function validate(path: string, data: Record<string, unknown>, locate: (field: FieldPath) => Range | undefined): ParsedFile {
  const declaredId = typeof data.id === 'string' ? data.id : undefined;
  const id = declaredId ?? fileId(path);
  const title = typeof data.title === 'string' && data.title.trim() ? data.title : id;
  if (!isFileKind(data.kind)) {
    return {
      path,
      id,
      title,
      problems: [
        {
          code: 'unknown-kind',
          severity: 'error',
          message: l10n.t('kind "{0}" is not one DevGrowth knows. Use one of: {1}.', String(data.kind), FILE_KINDS.join(', ')),
          field: ['kind'],
          range: locate(['kind']),
        },
      ],
    };
  }
  const kind = data.kind;
  const problems: Problem[] = [];
  if (typeof data.schema === 'number' && data.schema > SCHEMA_VERSION) {
    problems.push({
      code: 'newer-schema',
      severity: 'error',
      message: l10n.t(
        'This file uses format version {0}, written by a newer DevGrowth. Update the extension to read it; DevGrowth will not change it.',
        data.schema,
      ),
      field: ['schema'],
      range: locate(['schema']),
    });
    return { path, id, kind, title, problems };
  }
  if (data.schema === undefined) {
    problems.push({
      code: 'no-schema',
      severity: 'info',
      message: l10n.t('Add "schema: {0}" so future versions of DevGrowth can upgrade this file safely.', SCHEMA_VERSION),
      field: ['kind'],
      range: locate(['kind']),
    });
  }
  const result = (SCHEMAS[kind] as z.ZodType).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      problems.push({
        code: 'schema',
        severity: 'error',
        message: describeIssue(field, issue.message),
        field,
        range: locate(field),
      });
    }
    return { path, id, kind, title, problems };
  }
  return { path, id, kind, title, record: { kind, data: result.data } as GrowthRecord, problems };
}

/** Puts the field name in front of a message that does not already start with it. */
function describeIssue(field: FieldPath, message: string): string {
  if (field.length === 0) return capitalise(message);
  const name = field.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
  const last = String(field[field.length - 1]);
  if (message.startsWith(name)) return message;
  if (message.startsWith(`${last} `)) return `${name}${message.slice(last.length)}`;
  return `${name} ${message}`;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Fills in the range of problems that only know their field (e.g. S.M.A.R.T. checks, which
 * run on data). Reads the front matter once more, so call it only for files shown to the user.
 */
export function locateProblems(text: string, problems: readonly Problem[]): Problem[] {
  const block = findFrontMatter(text);
  if (!block) return problems.map((problem) => ({ ...problem, range: problem.range ?? lineRange(0) }));
  const locate = fieldLocator(block);
  return problems.map((problem) => ({ ...problem, range: problem.range ?? locate(problem.field ?? []) }));
}

/**
 * Turns fields of a front matter into ranges of the file: with the fast reader where it reads
 * the front matter and finds the field, otherwise with `yaml`, parsed once on first need.
 */
function fieldLocator(block: FrontMatterBlock): (field: FieldPath) => Range {
  let located: { root?: Located; lineCounter: LineCounter } | undefined;
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  return (field) => {
    // About the whole file: the opening line, not a squiggle under every line of the front matter.
    if (field.length === 0) return lineRange(0);
    located ??= { root: locateSimpleYaml(block.yaml), lineCounter: countLines(block.yaml) };
    const span = located.root && spanOf(located.root, field);
    if (span) return spanRange(block, located.lineCounter, span);
    parsed ??= parseWithPositions(block.yaml);
    return locateField(parsed.doc, block, parsed.lineCounter, field);
  };
}

/** Where a front-matter field stands in a file (for "open at the milestone"); line 0 if nowhere. */
export function fieldRange(text: string, field: FieldPath): Range {
  return locateProblems(text, [{ code: 'locate', message: '', severity: 'info', field }])[0]!.range!;
}

/**
 * The range of a field's value; for a missing field, its nearest existing parent's key; for
 * the whole document, the opening `---` line.
 */
function locateField(doc: Document, block: FrontMatterBlock, lineCounter: LineCounter, field: FieldPath): Range {
  // About the whole file: the opening line, not a squiggle under every line of the front matter.
  if (field.length === 0) return lineRange(0);
  const span = yamlFieldSpan(doc, field);
  return span ? spanRange(block, lineCounter, span) : lineRange(0);
}

/**
 * Where a field stands among `yaml`'s nodes (see `locateField`); the fast reader's `spanOf`
 * gives the same for the documents it reads, which the tests check against this.
 */
export function yamlFieldSpan(doc: Document, field: FieldPath): Span | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const key of field) {
    let next: { key?: Node; value: unknown } | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair) next = { key: pair.key as Node, value: pair.value };
    } else if (isSeq(node) && typeof key === 'number') {
      if (key < node.items.length) next = { value: node.items[key] };
    }
    if (!next) break;
    keyNode = next.key ?? (next.value as Node | undefined);
    node = next.value;
  }
  const target = node && typeof node === 'object' && 'range' in node ? (node as Node) : keyNode;
  const range = target?.range ?? keyNode?.range;
  if (!range) return undefined;
  // A collection's range spans many lines; its key (or first line) is the useful place.
  const useKey = keyNode?.range && (isMap(node) || isSeq(node));
  return useKey ? [keyNode!.range![0], keyNode!.range![1]] : [range[0], range[1]];
}

/** A span of the front matter as a range of the file, at least one character wide. */
function spanRange(block: FrontMatterBlock, lineCounter: LineCounter, [start, end]: Span): Range {
  return toRange(block, lineCounter, start, Math.max(end, start + 1));
}

function toRange(block: FrontMatterBlock, lineCounter: LineCounter, startOffset: number, endOffset: number): Range {
  const startPosition = lineCounter.linePos(startOffset);
  const endPosition = lineCounter.linePos(Math.min(endOffset, block.yaml.length));
  // LineCounter counts from 1; the YAML starts on the file's second line (line 1, zero-based).
  return {
    start: { line: startPosition.line, character: startPosition.col - 1 },
    end: { line: endPosition.line, character: endPosition.col - 1 },
  };
}

function lineRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 3 } };
}

function problemFile(path: string, kind: FileKind | undefined, ...problems: Problem[]): ParsedFile {
  const id = fileId(path);
  return kind ? { path, id, kind, title: id, problems } : { path, id, title: id, problems };
}

/**
 * The kind a broken file declares, read from its `kind:` line, so a file with a syntax error
 * still shows up where the user expects it. Null when it declares none (not a growth file).
 */
function guessKind(yaml: string): FileKind | undefined | null {
  const match = /^kind:\s*["']?([a-z]+)["']?\s*(?:#.*)?$/m.exec(yaml);
  if (!match) return null;
  return isFileKind(match[1]) ? match[1] : undefined;
}

/**
 * The file name without folders and without `.md`, as the user sees it: the extension's paths
 * are URIs, which write `Ship Refunds.md` as `Ship%20Refunds.md`.
 */
export function fileId(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).replace(/\.md$/i, '');
  if (!path.includes('://')) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
