/**
 * 32-bit FNV-1a hashing of feature strings without building them: a feature is a template seed
 * followed by one or more values, hashed in place (ranges of a word for prefixes and suffixes),
 * so extracting features allocates no strings. The model stores these hashes, not the strings.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Hashes are cut to 30 bits: V8 keeps such integers unboxed (small integers) everywhere, which
 * matters in the tagger's inner loop; 2^30 is still far more than the features a model keeps.
 */
const MASK = 0x3fffffff;

/** Continues a hash over a whole string. */
export function hashStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h & MASK;
}

/** Continues a hash over `s[start, end)`. */
export function hashRange(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h & MASK;
}

/** Continues a hash with one separator code, so that `a|b` and `ab|` differ. */
export function hashSep(h: number): number {
  return Math.imul(h ^ 0x1f, FNV_PRIME) & MASK;
}

/** Joins a template seed with hashes of values (`lw-1|lw`): no string is hashed twice. */
export function hashJoin(seed: number, a: number, b = 0): number {
  let h = Math.imul(seed ^ a, FNV_PRIME);
  h = Math.imul(h ^ (h >>> 15) ^ b, FNV_PRIME);
  return (h ^ (h >>> 13)) & MASK;
}

/** The seed of a feature template: the hash of its name. */
export function seed(template: string): number {
  return hashSep(hashStr(FNV_OFFSET, template));
}

/** A final avalanche (murmur3 fmix32) before a hash indexes a table. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // Signed, so that V8 keeps it a small integer (an unsigned value above 2^31 is boxed); callers mask it.
  return h | 0;
}

/** Seed of word-identity hashes: a token's `hlw` is `wordHash` of its lower-case form. */
export const H_WORD = seed('word');

/** Hash of a lower-case word, as the features and the gazetteer phrase table use it. */
export function wordHash(lower: string): number {
  return hashStr(H_WORD, lower);
}
