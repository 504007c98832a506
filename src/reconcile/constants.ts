/** Tunables of cross-document reconciliation (see docs/decisions/009-reconcile.md). */

/** MinHash: hash functions per signature (= bands × rows). */
export const MINHASH_HASHES = 64;
/** LSH: bands of the signature; two documents are candidates when one band is equal. */
export const LSH_BANDS = 16;
/** LSH: rows per band. With 16 × 4 a pair at Jaccard 0.5 is a candidate with p ≈ 0.65, at 0.7 ≈ 0.98. */
export const LSH_ROWS = MINHASH_HASHES / LSH_BANDS;
/** Words per shingle. */
export const SHINGLE_WORDS = 4;
/** Estimated Jaccard similarity of shingle sets at or above which a document is a copy of another. */
export const DUPLICATE_JACCARD = 0.7;
/** Documents with fewer shingles than this are not compared (too short to tell copy from chance). */
export const MIN_SHINGLES = 20;

/** Event coreference: days of slack when comparing the time spans of two reports. */
export const EVENT_DAY_SLACK = 1;
/** Days of an event's span indexed for overlap lookups; longer spans index their first and last days. */
export const EVENT_MAX_INDEXED_DAYS = 62;
/**
 * Longest time span (days) of an unnamed report, and of the event it would join, for the
 * time-args rule: "since 2014" or "this year" overlaps everything and would chain unrelated
 * reports into one ever-growing event.
 */
export const EVENT_MAX_MATCH_DAYS = 31;
/**
 * Unnamed events of one type looked at when a report seeks its event by time and arguments: a
 * bound on the work per report (crowded days may hide a candidate).
 */
export const EVENT_DAY_CANDIDATES = 256;
/**
 * Shared actors or places (corpus entities) an unnamed report needs to join an event; at least 1
 * (the day lookup returns only candidates that share one).
 */
export const EVENT_MIN_SHARED_ARGS = 1;

/** Quotes, mentions and documents an entity page lists at most. */
export const ENTITY_PAGE_LIMIT = 50;

/**
 * Acts of a moment (a denial, a warning, a demand): reports of one such act agree on its day (give
 * or take the day after, when a report is dated by its publication), so a report joins an event of
 * these types only if their joint span stays within this many days. Without it, a speaker's
 * denials of a month chained day by day into one event a month long.
 */
export const POINT_EVENT_TYPES: ReadonlySet<string> = new Set([
  'denial',
  'accusation',
  'warning',
  'demand',
  'threat',
  'rejection',
  'disapproval',
]);
export const POINT_EVENT_MAX_DAYS = 1;
