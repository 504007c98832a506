/** Tunables of the times stage. */

/** Most tokens any single rule looks ahead from its start; bounds the work per position. */
export const MAX_RULE_TOKENS = 24;
/** Words the tense detector looks back from an expression (within its sentence). */
export const TENSE_BACK_WORDS = 5;
/** Words the tense detector looks ahead when nothing was found behind. */
export const TENSE_AHEAD_WORDS = 5;
/** Bare four-digit numbers read as years only inside this range. */
export const BARE_YEAR_MIN = 1900;
export const BARE_YEAR_MAX = 2099;
/** Years after a preposition or a month may reach back further. */
export const YEAR_MIN = 1000;
/** Longest digit run read as a number at all (longer runs are skipped as a whole). */
export const MAX_DIGITS = 4;
/** Days a tense may contradict the nearest occurrence of a yearless date before the year flips. */
export const YEAR_SLACK_DAYS = 45;
/** Months a tense may contradict the nearest occurrence of a month named alone before the year flips. */
export const MONTH_SLACK = 2;
/** A clock time alone within this many tokens after a named day is on that day. */
export const CLOCK_NARRATIVE_TOKENS = 40;
