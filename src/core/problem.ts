/**
 * A problem found in a growth file: a YAML syntax error, a schema violation, a broken link
 * or a S.M.A.R.T. rule. Positions are zero-based (as editors count); messages are written for
 * the person who will fix the file.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A path to a value in the front matter: `['milestones', 2, 'due']`. */
export type FieldPath = readonly (string | number)[];

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Problem {
  /** Stable id of the rule or check, e.g. `yaml`, `schema`, `smart/no-due-date`. */
  readonly code: string;
  readonly message: string;
  readonly severity: Severity;
  /** The front-matter value the problem is about; absent when it is about the whole file. */
  readonly field?: FieldPath;
  /** Where in the file. Filled by the reader for syntax errors and by `locateProblems` on demand. */
  readonly range?: Range;
}
