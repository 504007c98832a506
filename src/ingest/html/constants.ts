/** Tunables of HTML ingest. */

/** Pages with more tags than this skip Readability (its clean-up passes are superlinear). */
export const MAX_TAGS_FOR_DOM = 60_000;

/** Pages nested deeper than this skip the DOM: the parser's implied-end-tag checks are quadratic in depth. */
export const MAX_DEPTH_FOR_DOM = 400;

/** Longest named character reference looked up (`&CounterClockwiseContourIntegral;` is 31). */
export const MAX_ENTITY_NAME = 32;

/** Distinct unknown entity names decoded through the DOM parser per document; the rest stay literal. */
export const MAX_UNKNOWN_ENTITIES = 256;

/** Non-space characters of a paragraph used as the search key when aligning it to the raw page. */
export const ALIGN_KEY = 48;

/** Shorter key tried when the long one is not found (the paragraph may differ early on). */
export const ALIGN_SHORT_KEY = 12;

/** Pieces shorter than this (non-space characters) are only searched for near the cursor. */
export const ALIGN_SHORT_PIECE = 24;

/** How far ahead of the cursor (stream characters) a short piece may be found. */
export const ALIGN_NEAR_WINDOW = 4096;

/** Failed searches allowed per paragraph before the rest of it is mapped inexactly. */
export const ALIGN_MAX_MISSES = 6;

/** Search work allowed per alignment, as a multiple of stream plus text length; keeps it linear. */
export const ALIGN_BUDGET_FACTOR = 24;
