/** Tunables of the quantity stage. */

/** Longest number token read, in code units; longer digit runs (hostile input, IDs) are not figures. */
export const MAX_NUMBER_CHARS = 24;

/** Words between a figure and its counted noun that may be skipped (adjectives, names: "10,000 NATO troops"). */
export const MAX_NOUN_GAP = 3;

/** Tokens scanned backwards for a hedge or a unit named before the figure ("the number of troops … 30,000"). */
export const MAX_BACK_TOKENS = 12;

/** Characters back (across sentences) within which an elided figure inherits the last counted noun. */
export const ELIDED_UNIT_WINDOW = 400;

/** Tokens scanned for what a quantity counts (`about`). */
export const MAX_ABOUT_TOKENS = 14;

/** Bare four-digit numbers in this range, without a unit, are read as years. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;
