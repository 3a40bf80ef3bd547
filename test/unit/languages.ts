/**
 * The language core speaks in a unit test. Core's texts go through @vscode/l10n, which the
 * extension configures with VS Code's bundle for the user's language; these hooks do the same
 * with the project's own bundles, and put English back afterwards.
 */
import * as l10n from '@vscode/l10n';
import fs from 'node:fs';
import path from 'node:path';

type Bundle = Record<string, string>;

const root = path.resolve(__dirname, '../..');
const readBundle = (file: string): Bundle => JSON.parse(fs.readFileSync(path.join(root, 'l10n', file), 'utf8')) as Bundle;

export const germanBundle = (): Bundle => readBundle('bundle.l10n.de.json');

/** Start and end of every text in the marked language. */
export const MARK_START = '⟦';
export const MARK_END = '⟧';

/**
 * Every string of the English bundle wrapped in ⟦ ⟧: a text that reaches the user without
 * the marks never went through l10n, or is missing from the bundle (run npm run l10n:export).
 */
export const markedBundle = (): Bundle =>
  Object.fromEntries(Object.keys(readBundle('bundle.l10n.json')).map((key) => [key, `${MARK_START}${key}${MARK_END}`]));

/** What is left of a text once every marked part is cut out: what did not go through l10n. */
export const unmarked = (text: string): string => text.replace(/⟦[^⟦⟧]*⟧/g, '');

/** Speak the bundle's language in the tests of the surrounding `describe`, English after them. */
export function speaking(bundle: () => Bundle): void {
  before(() => l10n.config({ contents: bundle() }));
  after(() => l10n.config({ contents: {} }));
}
