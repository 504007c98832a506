/**
 * Transliteration-aware folding of one word for cross-document keys. Russian, Belarusian and
 * Ukrainian names reach English copy through several romanisations (BGN/PCGN, national systems,
 * French and German habits) and through the languages' own spellings of one name (Belarusian
 * akanne writes unstressed o as a: Lukashenko/Lukashenka). Each rule below folds one such
 * alternation; the rules that changed a word are reported so that a merge can say why.
 *
 * Unlike the in-document key (extract/entities/names.ts), vowels are kept (a/o as one, i/y as
 * one, e, u): dropping them is safe inside one article but merges Putin with Patin across a corpus. Every rule is a single left-to-right regex pass without nested quantifiers: linear time.
 */

/** One folding rule: a name for evidence and a replacement. */
export interface FoldRule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly replace: string;
}

const C = '[bcdfghjklmnpqrstvwxz]';

/** The rules in the order they apply (later rules see the output of earlier ones). */
export const FOLD_RULES: readonly FoldRule[] = [
  { name: 'x/ks', pattern: /x/g, replace: 'ks' },
  // German and French renderings of ч: Gulevitsch, Gulevitch → Gulevich.
  { name: 'tch/ch', pattern: /t?sch|tch/g, replace: 'ch' },
  { name: 'kh/h', pattern: /kh/g, replace: 'h' },
  // Russian г is g, Belarusian and Ukrainian г is h: Gulevich/Hulevich, Grodno/Hrodna.
  { name: 'g/h', pattern: /g/g, replace: 'h' },
  { name: 'w/v', pattern: /w/g, replace: 'v' },
  { name: 'ph/f', pattern: /ph/g, replace: 'f' },
  { name: 'ck/k', pattern: /ck|c(?![hiey])/g, replace: 'k' },
  { name: 'tz/ts', pattern: /tz/g, replace: 'ts' },
  // Belarusian дз where Russian has д: Dzmitry/Dmitry.
  { name: 'dz/d', pattern: /dz(?=[mi])/g, replace: 'd' },
  { name: 'j/y', pattern: /j/g, replace: 'y' },
  { name: 'ou/u', pattern: /ou/g, replace: 'u' },
  // Belarusian я where Russian has е after a consonant: Alyaksandr/Aleksandr, Siarhei/Sergei.
  // Not word-final, where -ia is a Latin ending (Russia ≠ Rousse).
  { name: 'ya/e', pattern: new RegExp(`(${C})[yi]a(?=[a-z])`, 'g'), replace: '$1e' },
  { name: 'yu/u', pattern: /[yi]u/g, replace: 'u' },
  // Akanne and the -ko/-ka of surnames: unstressed o is written a (Lukashenko/Lukashenka, Viktor/Viktar).
  // Not word-initial: a first vowel is rarely unstressed-reduced in print (Oman ≠ Amman).
  { name: 'o/a', pattern: /(?<=[a-z])o/g, replace: 'a' },
  // и/ы/і/й in all their spellings (-sky/-skiy/-ski, Dmitry/Dmitri, Nikolai/Nikolay) ...
  { name: 'y/i', pattern: /y/g, replace: 'i' },
  // ... and the diphthongs that stand for them (Kiev/Kyiv, Alexei/Oleksii); a lone e stays e (Bell ≠ Bill).
  { name: 'ei/i', pattern: /ei|ie/g, replace: 'i' },
  { name: 'double', pattern: /([a-z])\1+/g, replace: '$1' },
];

/** Lower case, diacritics stripped, letters and digits only. */
export function plainWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A folded word and the rules that changed it. */
export interface Folded {
  readonly key: string;
  readonly rules: readonly string[];
}

/** Short all-capital words are abbreviations (CA, NJ, EEC): folding them would merge CO with CA. */
const ABBREVIATION = /^(?:[A-Z]\.?){1,4}$/;

/** Folds one word; `rules` names every rule that changed it (evidence for merges). */
export function foldWord(word: string): Folded {
  let w = plainWord(word);
  if (ABBREVIATION.test(word)) return { key: w, rules: [] };
  const rules: string[] = [];
  for (const r of FOLD_RULES) {
    const next = w.replace(r.pattern, r.replace);
    if (next !== w) {
      if (r.name !== 'double') rules.push(r.name);
      w = next;
    }
  }
  return { key: w, rules };
}

/** The folded key of a word (without evidence). */
export function foldKey(word: string): string {
  return foldWord(word).key;
}
