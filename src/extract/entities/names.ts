/**
 * Canonical names and cross-document keys. The key folds transliteration variants of the same
 * name to one string: case and diacritics go, `g`/`h` and `kh`/`h` merge (Gulevich/Hulevich),
 * `x` reads `ks`, and vowels after the first letter are dropped (Lukashenko/Lukashenka,
 * Alexander/Alyaksandr, Viktor/Viktar, Kiev/Kyiv). Keys are for proposing links, not for display.
 */

const VOWELS = /[aeiouy]/;

const folded = new Map<string, string>();
const FOLD_CACHE_MAX = 20_000;

/** The transliteration-folded key of one word (memoised: the same names recur in every document). */
export function foldWord(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    key = fold(word);
    if (folded.size >= FOLD_CACHE_MAX) folded.clear();
    folded.set(word, key);
  }
  return key;
}

/** Two or three capitals (state and country codes: CA, CO, NJ, NY, USA): kept letter for letter. */
const SHORT_CODE = /^(?:[A-Z]\.?){2,3}$/;

function fold(word: string): string {
  if (SHORT_CODE.test(word)) return word.replace(/\./g, '').toLowerCase();
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f');
  // A word in another script keeps its letters (lower case): folding is for Latin spellings, and
  // an empty key would make every such name one entity.
  if (!w) return /[\p{L}\p{N}]/u.test(word) ? word.normalize('NFC').toLowerCase() : '';
  let out = VOWELS.test(w[0]!) ? 'a' : w[0]!;
  for (let i = 1; i < w.length; i++) {
    const c = w[i]!;
    if (VOWELS.test(c)) continue;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

const keys = new Map<string, string>();

/** The normalised key of a name: its words folded, joined by one space (memoised like `foldWord`). */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .split(/[\s-]+/)
      .map(foldWord)
      .filter(Boolean)
      .join(' ');
    if (keys.size >= FOLD_CACHE_MAX) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** A name as written, tidied: possessive and surrounding quotes removed, spaces collapsed. */
export function tidyName(text: string): string {
  return text
    .replace(/[\u2019']s?$/u, '')
    .replace(/^[\s"“”‘’«»]+|[\s"“”‘’«»]+$/gu, '')
    .replace(/\s+/g, ' ');
}
