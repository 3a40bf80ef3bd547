/**
 * Vague wording in a goal: words that name a direction ("improve", "get better at") instead
 * of an outcome. Such a goal is fine once it carries a number or a date ("improve p95 latency
 * by 20% by 31 March"), so the check reports both what it found and whether a number is there.
 * Runs on every keystroke of the New Goal input, so it is one regular expression per question.
 */

/** Longer phrases first, so "be a better" is reported once rather than also as "better". */
const VAGUE_PHRASES = [
  'be a better',
  'get good at',
  'get better at',
  'learn more',
  'work on',
  'level up',
  'improve',
  'improves',
  'improved',
  'improving',
  'better',
  'master',
  'understand',
  'more',
];

const VAGUE = new RegExp(`\\b(?:${VAGUE_PHRASES.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'fifty',
  'hundred',
  'thousand',
  'dozen',
  'half',
];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Digits, a number word, or a month ("by March"; "May" only after by/in/before/until, as it is also a verb). */
const NUMBER_OR_DATE = new RegExp(
  `\\d|\\b(?:${[...NUMBER_WORDS, ...MONTHS].join('|')})\\b|\\b(?:by|in|before|until|end\\s+of)\\s+may\\b`,
  'i',
);

export interface Vagueness {
  /** Vague phrases in the order they appear, lower-case, each once. */
  readonly phrases: readonly string[];
  readonly hasNumberOrDate: boolean;
  /** Vague phrases and nothing to measure them by: the text needs a number, a date or clearer words. */
  readonly vague: boolean;
}

export function vagueness(text: string): Vagueness {
  const phrases = [...new Set([...text.matchAll(VAGUE)].map((match) => match[0].toLowerCase().replace(/\s+/g, ' ')))];
  const hasNumberOrDate = NUMBER_OR_DATE.test(text);
  return { phrases, hasNumberOrDate, vague: phrases.length > 0 && !hasNumberOrDate };
}
