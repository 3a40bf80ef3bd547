import fs from 'node:fs';
import path from 'node:path';

/** Files below `directory` whose names end with `suffix`, as absolute paths in a stable order. */
export function findFiles(directory: string, suffix: string): string[] {
  return fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => path.join(directory, name))
    .sort();
}
