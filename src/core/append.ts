/**
 * Adding an item to a list in a file's front matter. An empty or missing list is written anew
 * as a block list (`artefacts: []` becomes one item per line), so a new item never turns a
 * file into one long flow line; a list with items gets the new one after its last.
 */
import type { FieldPath } from './problem';
import type { FrontMatterEdit } from './writer';

export function appendTo(path: FieldPath, existing: readonly unknown[] | undefined, item: unknown): FrontMatterEdit {
  return existing && existing.length > 0 ? { op: 'insert', path, value: item } : { op: 'set', path, value: [item] };
}
