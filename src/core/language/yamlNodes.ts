/**
 * The front matter of one document as `yaml` nodes with their offsets in the document, for
 * the editor features that point at a value (an id, a milestone, a key under the cursor).
 * One document at a time, on request: never on the path that reads the whole plan.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair } from 'yaml';
import { MAX_FILE_BYTES } from '../reader';
import type { FieldPath } from '../problem';
import { frontMatterRange } from './cursor';

export interface FrontMatterNodes {
  readonly doc: Document.Parsed;
  /** Offset of the front matter's first character in the document. */
  readonly offset: number;
}

/** A span of the document: [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export function frontMatterNodes(text: string): FrontMatterNodes | undefined {
  if (text.length > MAX_FILE_BYTES) return undefined;
  const range = frontMatterRange(text);
  if (!range) return undefined;
  const doc = parseDocument(text.slice(range.start, range.end), { uniqueKeys: false, prettyErrors: false });
  return { doc, offset: range.start };
}

/** The pair at a path (for a key's span), or undefined. */
export function pairAt(nodes: FrontMatterNodes, path: FieldPath): Pair<Node, Node> | undefined {
  let node: unknown = nodes.doc.contents;
  let pair: Pair<Node, Node> | undefined;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!isSeq(node)) return undefined;
      node = node.items[step];
      pair = undefined;
    } else {
      if (!isMap(node)) return undefined;
      pair = (node.items as Pair<Node, Node>[]).find((item) => isScalar(item.key) && String(item.key.value) === step);
      node = pair?.value;
    }
    if (node === undefined) return undefined;
  }
  return pair;
}

/** The node at a path, or undefined. */
export function nodeAt(nodes: FrontMatterNodes, path: FieldPath): Node | undefined {
  if (path.length === 0) return (nodes.doc.contents as Node | null) ?? undefined;
  const last = path.at(-1);
  if (typeof last === 'number') {
    const list = nodeAt(nodes, path.slice(0, -1));
    return isSeq(list) ? (list.items[last] as Node | undefined) : undefined;
  }
  return pairAt(nodes, path)?.value ?? undefined;
}

/** Where a node stands in the document; for a quoted scalar, the text inside the quotes. */
export function spanOfNode(nodes: FrontMatterNodes, node: Node | null | undefined): TextSpan | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const quoted = isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
  return { start: nodes.offset + range[0] + (quoted ? 1 : 0), end: nodes.offset + range[1] - (quoted ? 1 : 0) };
}

/** A scalar's value as text, or undefined for anything else. */
export function scalarText(node: Node | null | undefined): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

/** Every path of the document with a scalar value, each with its node, depth first. */
export function* scalarPaths(node: unknown, path: FieldPath = []): Generator<{ readonly path: FieldPath; readonly node: Node }> {
  if (isMap(node)) {
    for (const item of node.items as Pair<Node, Node>[]) {
      if (isScalar(item.key)) yield* scalarPaths(item.value, [...path, String(item.key.value)]);
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) yield* scalarPaths(item, [...path, index]);
  } else if (isScalar(node)) {
    yield { path, node };
  }
}

/** The key under the cursor, with the path it names and its span, if any. */
export function keyAt(nodes: FrontMatterNodes, offset: number): { readonly path: FieldPath; readonly span: TextSpan } | undefined {
  const local = offset - nodes.offset;
  const visit = (node: unknown, path: FieldPath): { path: FieldPath; span: TextSpan } | undefined => {
    if (isMap(node)) {
      for (const item of node.items as Pair<Node, Node>[]) {
        if (!isScalar(item.key)) continue;
        const key = String(item.key.value);
        const range = item.key.range;
        if (range && range[0] <= local && local <= range[1]) return { path: [...path, key], span: { start: nodes.offset + range[0], end: nodes.offset + range[1] } };
        const inner = visit(item.value, [...path, key]);
        if (inner) return inner;
      }
    } else if (isSeq(node)) {
      for (const [position, item] of node.items.entries()) {
        const inner = visit(item, [...path, position]);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return visit(nodes.doc.contents, []);
}
