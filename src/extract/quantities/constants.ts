/** Tunables of the quantity stage. */

/** Longest number token read, in code units; longer digit runs (hostile input, IDs) are not figures. */
export const MAX_NUMBER_CHARS = 24;

/** Words between a figure and its counted noun that may be skipped (adjectives, names: "10,000 NATO troops"). */
export const MAX_NOUN_GAP = 3;

/**
 * Tokens scanned back from a figure after `to`/`at` for the noun it counts (`the number of people
 * killed in Sunday's air strike on a school in Khan Yunis has risen to 31`).
 */
export const MAX_COUNTED_BACK_TOKENS = 20;

/** Tokens before `to`/`at` searched for the measure a figure is the value of (`the number of people killed … rose to`). */
export const MAX_MEASURE_BACK_TOKENS = 16;

/** Auxiliaries and adverbs skipped between a counted noun and what is said of it (`were reportedly killed`). */
export const MAX_MEASURE_AUX = 4;

/** Characters back (across sentences) within which an elided figure inherits the last counted noun. */
export const ELIDED_UNIT_WINDOW = 400;

/** Tokens scanned back from `and VERB figure` for the subject of the clause before (`about`). */
export const MAX_ELIDED_BACK_TOKENS = 24;

/** Characters and entity mentions scanned back from a subject pronoun for what it stands for. */
export const MAX_PRONOUN_BACK_CHARS = 600;
export const MAX_PRONOUN_BACK_MENTIONS = 16;

/** Tokens scanned for what a quantity counts (`about`). */
export const MAX_ABOUT_TOKENS = 14;

/** Bare four-digit numbers in this range, without a unit, are read as years. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** Tokens scanned back from a figure for the threshold, limit or cap it is the value of (see frame.ts). */
export const MAX_FRAME_BACK_TOKENS = 20;

/**
 * Words that open a time phrase after a noun or a place (`late on Friday`, `early December`,
 * `last week`, `3 million phones next year`): the noun phrase ends before them.
 */
export const TIME_OPENERS: ReadonlySet<string> = new Set([
  'late',
  'early',
  'mid',
  'last',
  'next',
  'this',
  'yesterday',
  'today',
]);
