/**
 * How much one message between the extension and a webview may hold. Both ends check every
 * message against these bounds (a webview must not be made to draw, or the extension to write,
 * without end), so a plan that is valid but larger must be fitted before it is sent: long texts
 * shortened, long lists cut, each with a note the user sees. Pure: no `vscode`, no DOM.
 */

/** The bounds of the form protocol (src/forms/protocol.ts). */
export const FORM_LIMITS = {
  /** Any text: a label, a help text, a value typed or given by the plan, a message. */
  text: 20_000,
  /** A field's name, a key in the values, an error's key. */
  name: 200,
  /** Any list: fields, options, rows, list items, errors, suggestions, files. */
  items: 200,
  /** A file's path inside the growth folder. */
  path: 1000,
  /** A suggestion's id: it comes from DevGrowth's own table of suggestions, never from a file. */
  suggestionId: 200,
} as const;

/** The bounds of the dashboard protocol (src/dashboard/protocol.ts). */
export const DASHBOARD_LIMITS = {
  text: 20_000,
  /** Any list: goals, their milestones, rubric points, stage assessments, reviews, evidence, cards and their artefacts. */
  items: 10_000,
} as const;

/** How a text that is too long ends, so the cut shows. */
export const ELLIPSIS = '…';

/** The text, or its start and an ellipsis when it is longer than `max` (never splitting a character). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  // A surrogate pair is one character: cutting between its halves would leave half of it.
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return `${text.slice(0, Math.max(0, end))}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Keeps track of what had to be shortened or left out while a message was fitted: the fitting
 * functions report to it, and the caller turns what it saw into notes for the user.
 */
export class Fitting {
  /** How many texts were shortened. */
  shortened = 0;
  /** Lists that were cut: what the list is, how many are shown and how many there were. */
  readonly cut: { readonly what: string; readonly shown: number; readonly total: number }[] = [];

  constructor(
    private readonly maxText: number,
    private readonly maxItems: number,
  ) {}

  get changed(): boolean {
    return this.shortened > 0 || this.cut.length > 0;
  }

  /** A text shown to the user: shortened when too long. */
  text(text: string, max = this.maxText): string {
    const fitted = shorten(text, max);
    if (fitted !== text) this.shortened++;
    return fitted;
  }

  optionalText(text: string | undefined, max = this.maxText): string | undefined {
    return text === undefined ? undefined : this.text(text, max);
  }

  /**
   * The first items of a list that fit, after `keep` drops the ones that cannot be sent at all
   * (an id too long to shorten without breaking the link it makes). `what` names the list in
   * the note, when it is cut.
   */
  list<T>(items: readonly T[], what: string, keep: (item: T) => boolean = () => true, max = this.maxItems): T[] {
    const kept = items.filter(keep);
    const shown = kept.slice(0, max);
    if (shown.length < items.length) this.cut.push({ what, shown: shown.length, total: items.length });
    return shown;
  }
}
