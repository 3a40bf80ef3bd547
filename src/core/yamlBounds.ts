/**
 * Limits on front matter, checked before it is parsed, so that no file can hold the editor up.
 *
 * The `yaml` package is fast on files people write, but its time grows steeply with the number
 * of keys and with nesting (a 1 MB front matter of nested `[[[…]]]` took seconds). Growth files
 * are small: the largest real plans use a few hundred keys and five or six levels. The limits
 * below are far beyond that and keep the worst file a fraction of a second to read.
 *
 * The check is one linear pass over the text, and most files skip even that: a front matter
 * too short to hold that many keys, with few brackets and shallow indentation, is within the
 * limits by construction.
 */

/** The most front matter DevGrowth parses, in bytes of UTF-8. */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;
/** The most keys (in every map, nested ones included) a front matter may have. */
export const MAX_KEYS = 5000;
/** The deepest nesting of maps and lists (block or flow) a front matter may have. */
export const MAX_DEPTH = 32;

/** Which limit a front matter is over, and the offset in it where that became so. */
export interface OverLimit {
  readonly limit: 'size' | 'keys' | 'depth';
  readonly offset: number;
}

/** Bytes of a string in UTF-8, without encoding it (an unpaired surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  // Every UTF-16 unit is one to three bytes: only long text needs counting.
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 2; // four bytes for two units
      index++;
    } else bytes += 2;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when a text is longer than `limit` bytes of UTF-8. */
export function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}

/** The offset at which a text first exceeds `limit` bytes of UTF-8 (call it only when it does). */
function byteLimitOffset(text: string, limit: number): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (bytes > limit) return index;
  }
  return text.length;
}

/** Undefined when a front matter is within every limit; else the first limit it is over, and where. */
export function checkYamlBounds(yaml: string): OverLimit | undefined {
  if (exceedsBytes(yaml, MAX_FRONT_MATTER_BYTES)) return { limit: 'size', offset: byteLimitOffset(yaml, MAX_FRONT_MATTER_BYTES) };
  if (clearlyWithinBounds(yaml)) return undefined;
  return scanBounds(yaml);
}

/** Leading spaces, dashes, `?` and `:` this long or longer may start a deeply nested line. */
const DEEP_LINE = new RegExp(`^[ ?:-]{${MAX_DEPTH / 2},}`, 'm');

/**
 * Cheap sufficient conditions: a key takes at least two characters and a separator, a level of
 * block nesting at least one column, a level of flow nesting a bracket.
 */
function clearlyWithinBounds(yaml: string): boolean {
  if (yaml.length > MAX_KEYS * 2) return false;
  let brackets = 0;
  for (const bracket of ['[', '{']) {
    for (let index = yaml.indexOf(bracket); index >= 0; index = yaml.indexOf(bracket, index + 1)) {
      if (++brackets >= MAX_DEPTH / 2) return false;
    }
  }
  return !DEEP_LINE.test(yaml);
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const QUESTION = 0x3f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const PIPE = 0x7c;
const GREATER = 0x3e;

function isOpening(code: number): boolean {
  return code === 0x5b || code === 0x7b;
}
function isClosing(code: number): boolean {
  return code === 0x5d || code === 0x7d;
}
function isBreak(code: number): boolean {
  return code === NEWLINE || code === RETURN || Number.isNaN(code);
}
function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || isBreak(code);
}

/**
 * Counts keys and nesting the way YAML builds them, closely enough to bound the parser's work:
 * a `:` followed by a space or a line break (or, in a flow collection, by `,` `]` `}`) outside
 * quotes and comments is a key; block levels are the columns that content starts at, `- ` and
 * `? ` items each opening one; flow levels are open brackets. Quoted text (over several lines
 * too), comments and block scalars (`|`, `>`) are skipped. It errs, if ever, towards counting
 * more, and only near limits no real plan comes close to.
 */
function scanBounds(yaml: string): OverLimit | undefined {
  let keys = 0;
  let flow = 0;
  /** Columns at which the enclosing block collections start. */
  const columns: number[] = [];
  /** Lines indented deeper than this belong to a block scalar (−1: none). */
  let blockScalarParent = -1;
  let index = 0;
  const length = yaml.length;
  while (index < length) {
    // The start of a line.
    const lineStart = index;
    while (yaml.charCodeAt(index) === SPACE) index++;
    const indent = index - lineStart;
    const first = yaml.charCodeAt(index);
    if (isBreak(first) || first === HASH) {
      index = nextLine(yaml, index);
      continue;
    }
    if (blockScalarParent >= 0) {
      if (indent > blockScalarParent) {
        index = nextLine(yaml, index);
        continue;
      }
      blockScalarParent = -1;
    }
    if (flow === 0) {
      while (columns.length > 0 && columns[columns.length - 1]! > indent) columns.pop();
      if (columns.length === 0 || columns[columns.length - 1]! < indent) columns.push(indent);
    }
    let keyColumn = indent;
    // `- - a` and `? a`: each indicator opens a level at the column after it.
    while (flow === 0) {
      const code = yaml.charCodeAt(index);
      if ((code !== DASH && code !== QUESTION && code !== COLON) || !isBlank(yaml.charCodeAt(index + 1))) break;
      index++;
      while (yaml.charCodeAt(index) === SPACE) index++;
      keyColumn = index - lineStart;
      if (isBreak(yaml.charCodeAt(index))) break;
      columns.push(keyColumn);
    }
    if (columns.length + flow > MAX_DEPTH) return { limit: 'depth', offset: index };
    // The rest of the line: values, keys, brackets, quotes, a comment.
    let tokenStart = true;
    /** Where a value starts right after `key:` or `- ` (where `|` or `>` starts a block scalar). */
    let valueStart = index;
    while (index < length) {
      const code = yaml.charCodeAt(index);
      if (code === NEWLINE) break;
      if (code === HASH && tokenStart) {
        index = skipLine(yaml, index);
        break;
      }
      if ((code === DOUBLE_QUOTE || code === SINGLE_QUOTE) && tokenStart) {
        index = skipQuoted(yaml, index, code);
        tokenStart = false;
        continue;
      }
      if (isOpening(code)) {
        if (columns.length + ++flow > MAX_DEPTH) return { limit: 'depth', offset: index };
        index++;
        tokenStart = true;
        continue;
      }
      if (isClosing(code)) {
        if (flow > 0) flow--;
        index++;
        tokenStart = false;
        continue;
      }
      if (code === COLON) {
        const next = yaml.charCodeAt(index + 1);
        if (isBlank(next) || (flow > 0 && (next === COMMA || isClosing(next)))) {
          if (++keys > MAX_KEYS) return { limit: 'keys', offset: index };
          index++;
          while (yaml.charCodeAt(index) === SPACE) index++;
          valueStart = index;
          tokenStart = true;
          continue;
        }
      }
      if ((code === PIPE || code === GREATER) && flow === 0 && index === valueStart) {
        blockScalarParent = keyColumn;
        index = skipLine(yaml, index);
        break;
      }
      tokenStart = code === SPACE || code === TAB || code === COMMA || code === RETURN;
      index++;
    }
    if (yaml.charCodeAt(index) === NEWLINE) index++;
  }
  return undefined;
}

/** Offset of the line break that ends the line (or the end of the text). */
function skipLine(yaml: string, from: number): number {
  const end = yaml.indexOf('\n', from);
  return end < 0 ? yaml.length : end;
}

/** Offset of the start of the next line: past the line break, so that the scan moves on. */
function nextLine(yaml: string, from: number): number {
  return skipLine(yaml, from) + 1;
}

/** Offset just past a quoted scalar starting at `from` (it may span lines), or the end of the text. */
function skipQuoted(yaml: string, from: number, quote: number): number {
  for (let index = from + 1; index < yaml.length; index++) {
    const code = yaml.charCodeAt(index);
    if (quote === DOUBLE_QUOTE && code === BACKSLASH) index++;
    else if (code === quote) {
      if (quote === SINGLE_QUOTE && yaml.charCodeAt(index + 1) === SINGLE_QUOTE) index++;
      else return index + 1;
    }
  }
  return yaml.length;
}
