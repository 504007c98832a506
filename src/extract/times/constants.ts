/** Tunables of the times stage. */

/** Most tokens any single rule looks ahead from its start; bounds the work per position. */
export const MAX_RULE_TOKENS = 24;
/** Words the tense detector looks back from an expression (within its sentence). */
export const TENSE_BACK_WORDS = 15;
/** Words the tense detector looks ahead when nothing was found behind. */
export const TENSE_AHEAD_WORDS = 5;
/** Bare four-digit numbers read as years only inside this range. */
export const BARE_YEAR_MIN = 1900;
export const BARE_YEAR_MAX = 2099;
/** Years after a preposition or a month may reach back further. */
export const YEAR_MIN = 1000;
/** Longest digit run read as a number at all (longer runs are skipped as a whole). */
export const MAX_DIGITS = 4;
