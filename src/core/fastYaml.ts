/**
 * A fast reader for the small part of YAML that growth files use, for the front matter only.
 *
 * The `yaml` package is the source of truth: the writer needs its comment-preserving Document
 * API, and its error messages and positions are what the user sees. It is also several times
 * slower than needed to read thousands of files. This reader handles the plain shapes people
 * and DevGrowth write (block maps and sequences; plain, single- and double-quoted scalars on
 * one line; one-line flow sequences and maps of scalars; comments; blank lines; CRLF) and
 * gives exactly the data `yaml` gives with its default options (YAML 1.2 core schema). For
 * anything else it does not guess: it returns `USE_FULL_PARSER` and the caller parses the
 * text with `yaml`. Anchors, aliases, tags, block scalars, multi-line scalars or collections,
 * complex keys, directives, tabs and anything unusual all take that path.
 *
 * Two errors it reports itself, because people make them often and because `yaml` is slowest
 * on broken files: a key repeated in a block map (a second `status:` added below the first),
 * and a one-line flow sequence or map left open (`tags: [a, b` without its `]`), in a document
 * that is otherwise in the subset. It then returns `YamlErrors`: yaml's own message for each,
 * at the offset where `yaml` reports it, in yaml's order.
 *
 * Equivalence with `yaml` is proved by property-based tests over generated and mutated
 * documents (test/unit/fastYaml.test.ts): for every input, either this reader declines, or
 * `yaml` reports no error and the data is deep-equal, or both report the same errors at the
 * same offsets.
 */

/** Returned when the text is outside the supported subset: parse it with the full parser. */
export const USE_FULL_PARSER: unique symbol = Symbol('use the full YAML parser');

/** One error as `yaml` reports it: its message (the first line), where it starts in the source. */
export interface YamlError {
  readonly offset: number;
  readonly message: string;
}

/**
 * A document in the subset but for repeated keys and flow collections left open: the errors
 * `yaml` reports for it, in its order.
 */
export class YamlErrors {
  constructor(readonly errors: readonly YamlError[]) {}
}

/** Where a value stands in the source, as `yaml`'s node ranges give it: its start and its end. */
export type Span = readonly [start: number, end: number];

/**
 * Where the values of a document stand (see `locateSimpleYaml`): each scalar's span, each
 * map's keys, each sequence's items. A flow collection is located as a whole.
 */
export type Located =
  | { readonly kind: 'scalar' | 'flow'; readonly span: Span }
  | { readonly kind: 'map'; readonly pairs: ReadonlyMap<string, { readonly key: Span; readonly value: Located }> }
  | { readonly kind: 'sequence'; readonly items: readonly Located[] };

/** What `yaml` says of a key repeated in a map. */
export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';
/** What `yaml` says when a flow collection in a block map or sequence is not closed on its line. */
const UNCLOSED_MESSAGES = {
  sequence: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
  map: 'Flow map in block collection must be sufficiently indented and end with a }',
} as const;

/**
 * The data of a YAML document in the supported subset, `YamlErrors` when it repeats a key or
 * leaves a flow collection open, or `USE_FULL_PARSER`. Never throws.
 */
export function parseSimpleYaml(source: string): unknown {
  if (UNSUPPORTED_CHARACTERS.test(source)) return USE_FULL_PARSER;
  try {
    return new SimpleYamlParser(source).parseDocument();
  } catch (error) {
    if (error === DECLINE) return USE_FULL_PARSER;
    throw error;
  }
}

/**
 * Where the values of a document in the subset stand, for a problem that names a field; the
 * data itself is read by `parseSimpleYaml`. Undefined when that declines or finds errors.
 */
export function locateSimpleYaml(source: string): Located | undefined {
  if (UNSUPPORTED_CHARACTERS.test(source)) return undefined;
  try {
    const parser = new SimpleYamlParser(source, true);
    return parser.parseDocument() instanceof YamlErrors ? undefined : parser.located;
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

/**
 * Where a field stands, as the reader finds it with `yaml`'s nodes: a scalar's own span; for
 * a collection, or a field missing from one, the key that holds it (or, for a list item, the
 * item). Undefined where only `yaml` can say: inside a flow collection, or where the answer is
 * a whole block (a field missing at the top, or from a list item written as a block).
 */
export function spanOf(root: Located, field: readonly (string | number)[]): Span | undefined {
  let node = root;
  let holder: Span | undefined;
  for (const key of field) {
    let next: { readonly key?: Span; readonly value: Located } | undefined;
    if (node.kind === 'map') next = typeof key === 'string' ? node.pairs.get(key) : undefined;
    else if (node.kind === 'sequence' && typeof key === 'number') {
      if (key < 0) return undefined;
      if (key < node.items.length) next = { value: node.items[key]! };
    } else if (node.kind === 'flow') return undefined;
    if (!next) break;
    holder = next.key ?? (next.value.kind === 'scalar' || next.value.kind === 'flow' ? next.value.span : undefined);
    node = next.value;
  }
  return node.kind === 'scalar' ? node.span : holder;
}

/**
 * Characters this reader leaves to the full parser: tabs (they are not indentation in YAML and
 * are easy to get subtly wrong), carriage returns outside CRLF, control characters, Unicode
 * line separators, byte-order marks, non-characters and unpaired surrogates.
 */
const UNSUPPORTED_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Thrown inside the parser to stop at the first thing it does not support. */
const DECLINE = new Error('outside the simple YAML subset');

function decline(): never {
  throw DECLINE;
}

const SPACE = 0x20;
const HASH = 0x23; // #
const COLON = 0x3a; // :
const DASH = 0x2d; // -
const DOUBLE_QUOTE = 0x22; // "
const SINGLE_QUOTE = 0x27; // '
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const COMMA = 0x2c; // ,
const BACKSLASH = 0x5c; // \

/** Characters that cannot start a plain scalar (YAML's c-indicator, minus `-?:`, handled apart). */
const INDICATORS = new Set([...'&*!|>%@`\'"#[]{},'].map((character) => character.charCodeAt(0)));
/** Characters this reader does not accept anywhere in a plain key, to stay clear of edge cases. */
const UNUSUAL_KEY_CHARACTERS = /[[\]{},#&*!|>'"%@`:]/;
/** A `:` further than 1024 characters from its implicit key's start is an error in YAML; stay well inside. */
const MAX_KEY_LENGTH = 1000;

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_ESCAPE_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
const HEX_DIGITS = /^[0-9a-fA-F]+$/;

// The YAML 1.2 core schema, tested in the order the `yaml` package tests its tags
// (node_modules/yaml/dist/schema/core/schema.js): null, bool, octal, decimal and hex integers,
// then the special, exponent and plain floats. The expressions are the package's own.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the core schema, exactly as `yaml` resolves it. */
export function resolvePlainScalar(text: string): unknown {
  if (text.length === 0) return null;
  const first = text.charCodeAt(0);
  // Most values are words: only these first characters can start a null, bool or number.
  if (!(first <= 0x39 || first === 0x7e || 'nNtTfF'.includes(text[0]!))) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** A line with content (blank and comment-only lines carry no data in this subset). */
interface Line {
  indent: number;
  /** The line after its indentation, without the line break. */
  text: string;
  /** Where `text` starts in the source. */
  offset: number;
  /** Where its line break starts (or the source ends), and which line of the source it is. */
  breakOffset: number;
  row: number;
  /** Set once read: a key or `-` with nothing after it on this line. */
  endsEmpty: boolean;
}

/** A flow collection whose line ends before its `]` or `}`: which kind it was. */
class Unclosed {
  constructor(readonly kind: keyof typeof UNCLOSED_MESSAGES) {}
}
const UNCLOSED_SEQUENCE = new Unclosed('sequence');
const UNCLOSED_MAP = new Unclosed('map');

class SimpleYamlParser {
  private readonly lines: Line[] = [];
  private position = 0;
  private readonly errors: YamlError[] = [];
  /** With `tracking`, where the value the last parse method read stands. */
  located: Located | undefined;

  constructor(
    private readonly source: string,
    /** Also note where each value stands (only for files with a problem to point at). */
    private readonly tracking = false,
  ) {
    let start = 0;
    for (let row = 0; start <= source.length; row++) {
      let end = source.indexOf('\n', start);
      if (end < 0) end = source.length;
      const lineEnd = end > start && source.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      let contentStart = start;
      while (contentStart < lineEnd && source.charCodeAt(contentStart) === SPACE) contentStart++;
      if (contentStart < lineEnd && source.charCodeAt(contentStart) !== HASH) {
        const text = source.slice(contentStart, lineEnd);
        // Document markers and directives belong to the full parser.
        if (contentStart === start && (text.startsWith('---') || text.startsWith('...') || text.startsWith('%'))) decline();
        this.lines.push({ indent: contentStart - start, text, offset: contentStart, breakOffset: lineEnd, row, endsEmpty: false });
      }
      start = end + 1;
    }
  }

  parseDocument(): unknown {
    const first = this.lines[0];
    if (!first || first.indent !== 0) decline();
    if (!isSequenceItem(first.text) && pairValueStart(first.text) < 0) decline(); // a lone scalar
    const value = this.parseBlock(0);
    if (this.position < this.lines.length) decline();
    return this.errors.length > 0 ? new YamlErrors(this.errors) : value;
  }

  private parseBlock(indent: number): unknown {
    return isSequenceItem(this.lines[this.position]!.text) ? this.parseSequence(indent) : this.parseMap(indent);
  }

  private parseMap(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const pairs = this.tracking ? new Map<string, { key: Span; value: Located }>() : undefined;
    for (let line = this.lines[this.position]; line && line.indent === indent; line = this.lines[this.position]) {
      const { text } = line;
      if (isSequenceItem(text)) decline();
      const valueStart = pairValueStart(text);
      // `yaml` refuses an implicit key whose `:` is more than 1024 characters from its start
      // (spaces before the colon and quoted keys included): leave that error to it.
      if (valueStart < 0 || valueStart - 1 > MAX_KEY_LENGTH) decline();
      const key = parseKey(text, valueStart - 1);
      if (key === '__proto__') decline();
      // A repeated key is an error in `yaml`; the rest is still read, for its errors.
      const repeated = Object.hasOwn(map, key);
      if (repeated) this.errors.push({ offset: this.duplicateKeyOffset(), message: DUPLICATE_KEY_MESSAGE });
      this.position++;
      const rest = skipSpaces(text, valueStart);
      line.endsEmpty = rest === text.length;
      const value =
        rest === text.length || text.charCodeAt(rest) === HASH
          ? this.parseNested(indent, true, emptyValueOffset(line, rest))
          : this.inlineValue(text, rest, indent, line.offset);
      if (!repeated) map[key] = value;
      if (pairs && !repeated) pairs.set(key, { key: [line.offset, line.offset + keyLength(text, valueStart - 1)], value: this.located! });
    }
    this.declineDeeperLine(indent);
    if (pairs) this.located = { kind: 'map', pairs };
    return map;
  }

  private parseSequence(indent: number): unknown[] {
    const sequence: unknown[] = [];
    const items: Located[] | undefined = this.tracking ? [] : undefined;
    for (
      let line = this.lines[this.position];
      line && line.indent === indent && isSequenceItem(line.text);
      line = this.lines[this.position]
    ) {
      const { text } = line;
      const rest = skipSpaces(text, 1);
      line.endsEmpty = rest === text.length;
      if (rest === text.length || text.charCodeAt(rest) === HASH) {
        this.position++;
        sequence.push(this.parseNested(indent, false, emptyValueOffset(line, rest)));
        items?.push(this.located!);
        continue;
      }
      const itemText = text.slice(rest);
      if (isSequenceItem(itemText)) decline(); // `- - a`: a compact nested sequence
      if (pairValueStart(itemText) >= 0) {
        // `- key: value`: a map whose keys line up with this first key.
        line.indent = indent + rest;
        line.text = itemText;
        line.offset += rest;
        sequence.push(this.parseMap(line.indent));
        items?.push(this.located!);
        continue;
      }
      this.position++;
      sequence.push(this.inlineValue(itemText, 0, indent, line.offset + rest));
      items?.push(this.located!);
    }
    this.declineDeeperLine(indent);
    if (items) this.located = { kind: 'sequence', items };
    return sequence;
  }

  /**
   * A value on the line just read, in a block at `indent`. A flow collection left open in a
   * block at the left margin is an error when the next line starts there too (deeper, it would
   * go on there: a multi-line collection, which this reader leaves to `yaml`); `yaml` reports it
   * where that next line's content starts, or at the end, and reads on. In an indented block
   * `yaml` reads the lines below as part of the collection and reports more, and after an open
   * flow map it also objects to a comment line, so those (and an open map on the last line)
   * are left to it as well.
   */
  private inlineValue(text: string, start: number, indent: number, textOffset: number): unknown {
    const value = parseInlineValue(text, start);
    if (!(value instanceof Unclosed)) {
      if (this.tracking) {
        const first = text.charCodeAt(start);
        const kind = first === OPEN_BRACKET || first === OPEN_BRACE ? 'flow' : 'scalar';
        this.located = { kind, span: [textOffset + start, textOffset + inlineValueEnd(text, start)] };
      }
      return value;
    }
    const next = this.lines[this.position];
    if (indent > 0 || (next && next.indent > 0)) decline();
    if (value === UNCLOSED_MAP && next?.row !== this.lines[this.position - 1]!.row + 1) decline();
    this.errors.push({ offset: next ? next.offset : this.source.length, message: UNCLOSED_MESSAGES[value.kind] });
    return null;
  }

  /**
   * The value of `key:` or `-` with nothing after it: a block on the next lines, or null,
   * which `yaml` places at `emptyAt`.
   */
  private parseNested(indent: number, inMap: boolean, emptyAt: number): unknown {
    const next = this.lines[this.position];
    if (next && next.indent > indent) return this.parseBlock(next.indent);
    // A map's value may be a sequence at the key's own indentation.
    if (next && next.indent === indent && inMap && isSequenceItem(next.text)) return this.parseSequence(indent);
    if (this.tracking) this.located = { kind: 'scalar', span: [emptyAt, emptyAt] };
    return null;
  }

  /**
   * Where `yaml` reports the key of the current line as repeated: where the key starts, except
   * right after a line that ends in an empty value (`key:` or `-`), where it reports the line
   * break before the key, which it counts as part of the key's pair.
   */
  private duplicateKeyOffset(): number {
    const line = this.lines[this.position]!;
    const previous = this.lines[this.position - 1];
    if (!previous?.endsEmpty) return line.offset;
    if (previous.row === line.row - 1) return previous.breakOffset;
    // With blank or comment lines between, `yaml` reports the key itself after an empty value
    // of the same map, but somewhere between the two after one that ended a deeper block: that
    // case is left to it.
    return previous.indent > line.indent ? decline() : line.offset;
  }

  /** A line indented deeper than the block it follows is a continuation this reader does not support. */
  private declineDeeperLine(indent: number): void {
    const next = this.lines[this.position];
    if (next && next.indent > indent) decline();
  }
}

/** Where `yaml` places the null of a `key:` or `-` with nothing after it: at its comment, or its line break. */
function emptyValueOffset(line: Line, rest: number): number {
  return rest < line.text.length ? line.offset + rest : line.breakOffset;
}

/** How long the key of a pair whose colon is at `colon` is in the source, quotes included. */
function keyLength(text: string, colon: number): number {
  const first = text.charCodeAt(0);
  if (first === DOUBLE_QUOTE) return scanDoubleQuoted(text, 0).end;
  if (first === SINGLE_QUOTE) return scanSingleQuoted(text, 0).end;
  return trimSpacesEnd(text.slice(0, colon)).length;
}

/** Where a value `parseInlineValue` read ends: after its closing quote or bracket, or its last non-space before a comment. */
function inlineValueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === DOUBLE_QUOTE) return scanDoubleQuoted(text, start).end;
  if (first === SINGLE_QUOTE) return scanSingleQuoted(text, start).end;
  if (first === OPEN_BRACKET) return parseFlowSequence(text, start).end;
  if (first === OPEN_BRACE) return parseFlowMap(text, start).end;
  const comment = text.indexOf(' #', start);
  return start + trimSpacesEnd(text.slice(start, comment < 0 ? text.length : comment)).length;
}

function isSequenceItem(text: string): boolean {
  return text.charCodeAt(0) === DASH && (text.length === 1 || text.charCodeAt(1) === SPACE);
}

/** Like `trimEnd`, but only for spaces: YAML does not treat other Unicode spaces as whitespace. */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
  return end === text.length ? text : text.slice(0, end);
}

function skipSpaces(text: string, from: number): number {
  while (text.charCodeAt(from) === SPACE) from++;
  return from;
}

/**
 * Where the value starts when the line is `key: value` (just past the colon), or -1 when the
 * line is not a key-value pair.
 */
function pairValueStart(text: string): number {
  const first = text.charCodeAt(0);
  if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
    const end = first === DOUBLE_QUOTE ? scanDoubleQuoted(text, 0).end : scanSingleQuoted(text, 0).end;
    return isMappingColon(text, end) ? end + 1 : -1;
  }
  if (first === OPEN_BRACKET || first === OPEN_BRACE) return -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === COLON && isMappingColon(text, index)) return index + 1;
    if (code === HASH && index > 0 && text.charCodeAt(index - 1) === SPACE) return -1;
  }
  return -1;
}

function isMappingColon(text: string, index: number): boolean {
  return text.charCodeAt(index) === COLON && (index + 1 === text.length || text.charCodeAt(index + 1) === SPACE);
}

/** The key of a pair whose colon is at `colon`. Declines keys that are not simple strings. */
function parseKey(text: string, colon: number): string {
  const first = text.charCodeAt(0);
  if (first === DOUBLE_QUOTE) return scanDoubleQuoted(text, 0).value;
  if (first === SINGLE_QUOTE) return scanSingleQuoted(text, 0).value;
  const key = trimSpacesEnd(text.slice(0, colon));
  return simplePlainKey(key);
}

function simplePlainKey(key: string): string {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || UNUSUAL_KEY_CHARACTERS.test(key) || !canStartPlain(key, 0, false)) decline();
  // Keys that resolve to null, booleans or numbers become strings in a JavaScript object;
  // growth files never use them, so leave the conversion to the full parser.
  if (resolvePlainScalar(key) !== key) decline();
  return key;
}

function canStartPlain(text: string, index: number, inFlow: boolean): boolean {
  const code = text.charCodeAt(index);
  if (INDICATORS.has(code)) return false;
  if (code === DASH || code === 0x3f /* ? */ || code === COLON) {
    const next = text.charCodeAt(index + 1);
    return !(Number.isNaN(next) || next === SPACE || (inFlow && isFlowIndicator(next)));
  }
  return true;
}

function isFlowIndicator(code: number): boolean {
  return code === COMMA || code === OPEN_BRACKET || code === CLOSE_BRACKET || code === OPEN_BRACE || code === CLOSE_BRACE;
}

/**
 * A value on the key's (or the dash's) own line, starting at `start`; `Unclosed` for a flow
 * collection the line ends inside; declines anything else multi-line.
 */
function parseInlineValue(text: string, start: number): unknown {
  const first = text.charCodeAt(start);
  let value: unknown;
  let end: number;
  if (first === DOUBLE_QUOTE) ({ value, end } = scanDoubleQuoted(text, start));
  else if (first === SINGLE_QUOTE) ({ value, end } = scanSingleQuoted(text, start));
  else if (first === OPEN_BRACKET) ({ value, end } = parseFlowSequence(text, start));
  else if (first === OPEN_BRACE) ({ value, end } = parseFlowMap(text, start));
  else return parseBlockPlain(text, start);
  if (value instanceof Unclosed) return value;
  declineUnlessLineEnds(text, end);
  return value;
}

/** After a quoted scalar or a flow collection, only spaces and a comment may follow. */
function declineUnlessLineEnds(text: string, from: number): void {
  const next = skipSpaces(text, from);
  if (next === text.length) return;
  if (next > from && text.charCodeAt(next) === HASH) return;
  decline();
}

function parseBlockPlain(text: string, start: number): unknown {
  if (!canStartPlain(text, start, false)) decline();
  let end = text.length;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === COLON && isMappingColon(text, index)) decline(); // `key: a: b` is an error in YAML
    if (code === HASH && text.charCodeAt(index - 1) === SPACE) {
      end = index;
      break;
    }
  }
  return resolvePlainScalar(trimSpacesEnd(text.slice(start, end)));
}

interface Scanned<T> {
  value: T;
  /** Offset just past what was scanned. */
  end: number;
}

function scanDoubleQuoted(text: string, start: number): Scanned<string> {
  let value = '';
  let chunkStart = start + 1;
  for (let index = start + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === DOUBLE_QUOTE) return { value: value + text.slice(chunkStart, index), end: index + 1 };
    if (code !== BACKSLASH) continue;
    value += text.slice(chunkStart, index);
    const escape = text[index + 1];
    if (escape === undefined) decline(); // an escaped line break: multi-line
    const simple = ESCAPES[escape];
    if (simple !== undefined) {
      value += simple;
      index += 1;
    } else {
      const length = HEX_ESCAPE_LENGTHS[escape];
      if (length === undefined) decline(); // an invalid escape is an error in YAML
      const hex = text.substr(index + 2, length);
      if (hex.length !== length || !HEX_DIGITS.test(hex)) decline();
      const codePoint = parseInt(hex, 16);
      if (codePoint > 0x10ffff) decline();
      value += String.fromCodePoint(codePoint);
      index += 1 + length;
    }
    chunkStart = index + 1;
  }
  return decline(); // no closing quote on this line
}

function scanSingleQuoted(text: string, start: number): Scanned<string> {
  let value = '';
  let chunkStart = start + 1;
  for (let index = start + 1; index < text.length; index++) {
    if (text.charCodeAt(index) !== SINGLE_QUOTE) continue;
    if (text.charCodeAt(index + 1) === SINGLE_QUOTE) {
      value += text.slice(chunkStart, index + 1);
      chunkStart = index + 2;
      index++;
      continue;
    }
    return { value: value + text.slice(chunkStart, index), end: index + 1 };
  }
  return decline();
}

/**
 * `[a, 'b', 3]`: scalars only, on one line, no empty or trailing entries. `Unclosed` when the
 * line ends after an item or a comma (a lone `[` at the end is left to `yaml`, which reads
 * the lines below it in more ways).
 */
function parseFlowSequence(text: string, start: number): Scanned<unknown[] | Unclosed> {
  const items: unknown[] = [];
  let index = skipSpaces(text, start + 1);
  if (text.charCodeAt(index) === CLOSE_BRACKET) return { value: items, end: index + 1 };
  for (;;) {
    if (index === text.length) return items.length > 0 ? { value: UNCLOSED_SEQUENCE, end: index } : decline();
    const item = scanFlowScalar(text, index);
    items.push(item.value);
    index = skipSpaces(text, item.end);
    const code = text.charCodeAt(index);
    if (code === CLOSE_BRACKET) return { value: items, end: index + 1 };
    if (index === text.length) return { value: UNCLOSED_SEQUENCE, end: index };
    if (code !== COMMA) decline();
    index = skipSpaces(text, index + 1);
  }
}

/**
 * `{a: 1, b: 'x'}`: string keys and scalar values, on one line, every key with a value.
 * `Unclosed` when the line ends after a value or a comma (a lone `{` is left to `yaml`).
 */
function parseFlowMap(text: string, start: number): Scanned<Record<string, unknown> | Unclosed> {
  const map: Record<string, unknown> = {};
  let index = skipSpaces(text, start + 1);
  if (text.charCodeAt(index) === CLOSE_BRACE) return { value: map, end: index + 1 };
  for (;;) {
    if (index === text.length) return Object.keys(map).length > 0 ? { value: UNCLOSED_MAP, end: index } : decline();
    const first = text.charCodeAt(index);
    const keyStart = index;
    let key: string;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      ({ value: key, end: index } = first === DOUBLE_QUOTE ? scanDoubleQuoted(text, index) : scanSingleQuoted(text, index));
    } else {
      const colon = text.indexOf(':', index);
      if (colon < 0) decline();
      key = simplePlainKey(trimSpacesEnd(text.slice(index, colon)));
      index = colon;
    }
    if (!isMappingColon(text, index) || index - keyStart > MAX_KEY_LENGTH) decline();
    if (key === '__proto__' || Object.hasOwn(map, key)) decline();
    const valueStart = skipSpaces(text, index + 1);
    if (valueStart === text.length) decline(); // `{a: 1, b:` and the line ends: `yaml` reads on
    const value = scanFlowScalar(text, valueStart);
    map[key] = value.value;
    index = skipSpaces(text, value.end);
    const code = text.charCodeAt(index);
    if (code === CLOSE_BRACE) return { value: map, end: index + 1 };
    if (index === text.length) return { value: UNCLOSED_MAP, end: index };
    if (code !== COMMA) decline();
    index = skipSpaces(text, index + 1);
  }
}

/** One scalar inside a flow collection; declines nested collections, pairs and comments. */
function scanFlowScalar(text: string, start: number): Scanned<unknown> {
  const first = text.charCodeAt(start);
  if (first === DOUBLE_QUOTE) return scanDoubleQuoted(text, start);
  if (first === SINGLE_QUOTE) return scanSingleQuoted(text, start);
  if (!canStartPlain(text, start, true)) decline();
  let index = start;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isFlowIndicator(code)) break;
    if (code === COLON) {
      const next = text.charCodeAt(index + 1);
      if (Number.isNaN(next) || next === SPACE || isFlowIndicator(next)) decline(); // a pair inside the collection
    }
    if (code === HASH && text.charCodeAt(index - 1) === SPACE) decline(); // a comment: the collection goes on below
  }
  return { value: resolvePlainScalar(trimSpacesEnd(text.slice(start, index))), end: index };
}
