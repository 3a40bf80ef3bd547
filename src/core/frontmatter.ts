/**
 * Finds the YAML front matter of a Markdown file without parsing it.
 *
 * The front matter is the block between a first line `---` and the next line that is `---`
 * or `...`. Everything outside it (a byte-order mark, the Markdown body) is never touched by
 * the writer, so knowing exactly where the block starts and ends is what makes edits safe.
 */

export interface FrontMatterBlock {
  /** Offset of the first character of the YAML text (after the opening `---` line). */
  readonly start: number;
  /** Offset just past the YAML text (the start of the closing `---` line). */
  readonly end: number;
  /** Offset of the Markdown body (just past the closing line and its line break). */
  readonly bodyStart: number;
  /** The YAML text itself: `text.slice(start, end)`. */
  readonly yaml: string;
  /** The line break the file uses, taken from the opening line. */
  readonly eol: '\n' | '\r\n';
}

const BOM = '\uFEFF';

/** Returns the front-matter block, or undefined when the file has none. */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const offset = text.startsWith(BOM) ? 1 : 0;
  const openEnd = lineEnd(text, offset);
  if (text.slice(offset, openEnd).trimEnd() !== '---') return undefined;
  const eol: '\n' | '\r\n' = text[openEnd] === '\r' ? '\r\n' : '\n';
  let lineStart = nextLineStart(text, openEnd);
  if (lineStart < 0) return undefined;
  const start = lineStart;
  while (lineStart >= 0) {
    const end = lineEnd(text, lineStart);
    const content = text.slice(lineStart, end).trimEnd();
    if (content === '---' || content === '...') {
      const next = nextLineStart(text, end);
      return {
        start,
        end: lineStart,
        bodyStart: next < 0 ? text.length : next,
        yaml: text.slice(start, lineStart),
        eol,
      };
    }
    lineStart = nextLineStart(text, end);
  }
  return undefined;
}

/** Offset of the end of the line that starts at `from`, before any `\r\n` or `\n`. */
function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  if (newline < 0) return text.length;
  return newline > from && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Offset of the next line after a line that ends at `end`, or -1 at the end of the text. */
function nextLineStart(text: string, end: number): number {
  if (end >= text.length) return -1;
  return text[end] === '\r' ? end + 2 : end + 1;
}
