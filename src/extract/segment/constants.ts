/** Tunables of the sentence splitter and the tokenizer. */

/** Longest word (in code units, period excluded) looked up as an abbreviation before a period. */
export const MAX_ABBREV_CHARS = 12;

/** Longest following word looked up when deciding whether `U.S.` / `a.m.` end a sentence. */
export const MAX_LOOKAHEAD_WORD = 24;

/** Longest `1.`-style enumerator at the start of a sentence, in digits (`12. The point` does not split). */
export const ENUMERATOR_MAX_DIGITS = 3;

/** Longest line, in code units, that a single line break can end as a heading (`January 17, 2022`). */
export const HEADING_MAX_CHARS = 120;

/** In a heading, lower-case words at least this long must be function words (`with`, `from`). */
export const HEADING_LOWER_WORD_MIN = 4;

/** Lower-case words that title-case headings keep lower-case. */
export const HEADING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'amid',
  'amidst',
  'among',
  'before',
  'between',
  'during',
  'from',
  'into',
  'near',
  'onto',
  'over',
  'than',
  'that',
  'then',
  'through',
  'under',
  'upon',
  'versus',
  'with',
  'within',
  'without',
]);

/** Longest run of digits that starts a numbered list item on a new line (`12. `, `3) `). */
export const LIST_MARKER_MAX_DIGITS = 3;

/** Longest URL scheme (`https`, `mailto`) recognised before `://` or `:`. */
export const URL_SCHEME_MAX = 10;

/** Letters a number may carry glued on (`1Bln`, `21st`, `10km`); longer tails make the token a word. */
export const NUMBER_SUFFIX_MAX = 8;

/**
 * Generic top-level domains recognised in bare domains (`themoscowtimes.com`). Any two-letter
 * lower-case final label counts as a country-code domain (`president.gov.by`).
 */
export const GENERIC_TLDS: ReadonlySet<string> = new Set([
  'aero',
  'app',
  'asia',
  'biz',
  'blog',
  'cat',
  'com',
  'coop',
  'dev',
  'edu',
  'gov',
  'info',
  'int',
  'jobs',
  'live',
  'media',
  'mil',
  'mobi',
  'museum',
  'name',
  'net',
  'news',
  'online',
  'org',
  'post',
  'pro',
  'site',
  'tech',
  'tel',
  'travel',
  'world',
  'xyz',
]);

/** Two-letter endings that are file types, not country codes: `Node.js` is a word, not a domain. */
export const NOT_TLDS: ReadonlySet<string> = new Set(['js', 'py', 'rb', 'ts']);
