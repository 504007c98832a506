import { LSH_BANDS, LSH_ROWS, MINHASH_HASHES, SHINGLE_WORDS } from './constants.ts';

/**
 * MinHash signatures over word shingles, and LSH band keys, for near-duplicate detection
 * (syndicated and reprinted copies). Hand-written: one FNV-1a hash per shingle, then
 * `MINHASH_HASHES` cheap permutations of it (xor with a seed, multiply by an odd constant, mix).
 */

/** Fixed, odd seeds derived from a splitmix-style sequence (deterministic across runs). */
const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(MINHASH_HASHES * 2);
  let x = 0x9e3779b9;
  for (let i = 0; i < out.length; i++) {
    x = (x + 0x6d2b79f5) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    out[i] = (z ^ (z >>> 14)) >>> 0;
  }
  return out;
})();

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, i: number): number {
  let x = (h ^ SEEDS[2 * i]!) >>> 0;
  x = Math.imul(x, SEEDS[2 * i + 1]! | 1);
  x ^= x >>> 16;
  x = Math.imul(x, 0x45d9f3b);
  x ^= x >>> 13;
  return x >>> 0;
}

/** Hashes of the distinct word shingles of a text (lower case, letters and digits). */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    set.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set);
}

/** The MinHash signature of a set of shingle hashes. */
export function signature(shingleHashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(MINHASH_HASHES).fill(0xffffffff);
  for (const h of shingleHashes) {
    for (let i = 0; i < MINHASH_HASHES; i++) {
      const v = mix(h, i);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys of a signature: one 32-bit hash per band (band index is the position). */
export function bands(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = Math.imul(h ^ sig[b * LSH_ROWS + r]!, 0x01000193);
    // Signed 32-bit so SQLite stores it as a small integer.
    out.push(h | 0);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
