/**
 * Adding an item to a list in a file's front matter. An empty list that is to hold maps is
 * written anew as a block list (`artefacts: []` becomes one item per line), so a new item
 * never turns a file into one long flow line; otherwise the item goes after the list's last
 * (inside the brackets of a flow list such as `reviewed: [2027-01-07]`).
 */
import type { FieldPath } from './problem';
import type { FrontMatterEdit } from './writer';

export function appendTo(path: FieldPath, existing: readonly unknown[] | undefined, item: unknown): FrontMatterEdit {
  const isMap = typeof item === 'object' && item !== null;
  return existing && existing.length === 0 && isMap ? { op: 'set', path, value: [item] } : { op: 'insert', path, value: item };
}
