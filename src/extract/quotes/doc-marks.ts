import { type DocWords, TokenBytes } from '../quantities/words.ts';

/**
 * Words that some per-attribution patterns need, as bits of a token. Each pattern's match holds
 * such a word, whose letters lie in one token of the document (a token never ends between two
 * letters; the patterns fold the case of ASCII letters only, as `toLowerCase` does them): a span
 * that no token with the bit overlaps holds no match, and the pattern is not run on it (on the
 * bench corpus none of these words occurs). Keep each list in step with its pattern (`MARKED` in
 * `stage.ts` pairs them for a test).
 */
/** `INTERVIEW_SETTING`'s first words (stage.ts). */
export const M_SETTING = 1;
/** `ACCORDING_TAIL`'s `according` (stage.ts; the token itself: spaces stand before and after it). */
export const M_ACCORDING = 2;
/** `JOURNALIST`'s nouns (stage.ts). */
export const M_JOURNALIST = 4;
/** `OBJECT_SETTING_NOUN`'s nouns (stage.ts). */
export const M_SETTING_NOUN = 8;
/** `CARRIED`'s verbs (cited.ts). */
export const M_CARRIED = 16;
/** `LIGHT_SOURCE_END`'s verbs (stage.ts). */
export const M_LIGHT = 32;
/** `SEEN_BY`'s participles (stage.ts). */
export const M_SEEN = 64;
/**
 * `ISSUED_IN`'s nouns (stage.ts) as words: opening a token (white space stands before the noun) and
 * not followed by a letter or digit of ASCII in it (the pattern's `\b`), matched as the pattern
 * matches them (its case folding). `told reporters` has none. A slice that ends inside a word after
 * a noun (`in a post|ing`) is read by `issuedIn` itself.
 */
export const M_ISSUED = 128;
const BITS = 8;

const SETTING_WORDS = /interview|speaking|comments|remarks|carried|broadcast|aired|televised/;
const JOURNALIST_WORDS = /reporter|correspondent|journalist|editor|columnist|anchor/;
const SETTING_NOUNS = /statement|tweet|interview|speech|post|letter|email|op-ed|appearance|rally|visit/;
const CARRIED_WORDS =
  /carried|reported|published|shared|posted|broadcast|aired|released|distributed|relayed|quoted/;
const LIGHT_WORDS = /gave|gives|issue|raise|express|voice|sound|offer/;
const SEEN_WORDS = /seen|obtained|reviewed|viewed|examined|verified|polled|surveyed|cited|quoted/;
const ISSUED_NOUNS = /^(?:statement|letter|memo|release|post|report|filing)/iu;

/** True when a token opens with one of ISSUED_NOUNS and no ASCII letter, digit or `_` follows it in the token. */
function issuedWord(t: string): boolean {
  const m = ISSUED_NOUNS.exec(t);
  if (!m) return false;
  const c = t.charCodeAt(m[0].length);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/** The fewest units of a word in the lists above (`post`, `gave`). */
const MIN_MARKED = 4;

const MARK_OF = new TokenBytes(
  (w) =>
    (SETTING_WORDS.test(w.lower) ? M_SETTING : 0) |
    (w.text === 'according' ? M_ACCORDING : 0) |
    (JOURNALIST_WORDS.test(w.lower) ? M_JOURNALIST : 0) |
    (SETTING_NOUNS.test(w.lower) ? M_SETTING_NOUN : 0) |
    (CARRIED_WORDS.test(w.lower) ? M_CARRIED : 0) |
    (LIGHT_WORDS.test(w.lower) ? M_LIGHT : 0) |
    (SEEN_WORDS.test(w.lower) ? M_SEEN : 0) |
    (issuedWord(w.text) ? M_ISSUED : 0),
);

/** The tokens of a document holding the words above, by bit, found on first use (one memoised test per token). */
export class DocMarks {
  /** Per bit, [start, end) of each token with it, in text order. */
  private spans: number[][] | null = null;
  constructor(private readonly doc: DocWords) {}

  /** True when a token with mark `bit` overlaps `[lo, hi)`. */
  meets(bit: number, lo: number, hi: number): boolean {
    let all = this.spans;
    if (!all) {
      all = [];
      for (let b = 0; b < BITS; b++) all.push([]);
      for (const w of this.doc.words) {
        // (No marked word has fewer than four letters: shorter tokens are not looked up.)
        if (w.end - w.start < MIN_MARKED) continue;
        const m = MARK_OF.of(w);
        if (m === 0) continue;
        for (let b = 0; b < BITS; b++) if ((m & (1 << b)) !== 0) all[b]!.push(w.start, w.end);
      }
      this.spans = all;
    }
    const spans = all[31 - Math.clz32(bit)]!;
    if (spans.length === 0) return false;
    // The first token ending after `lo` (ends rise with starts: tokens do not overlap).
    let a = 0;
    let b = spans.length >> 1;
    while (a < b) {
      const m = (a + b) >> 1;
      if (spans[2 * m + 1]! <= lo) a = m + 1;
      else b = m;
    }
    return 2 * a < spans.length && spans[2 * a]! < hi;
  }
}
