import type { Word } from './words.ts';

/**
 * Headlines in title case (`Floods Kill 17 in Northern Varnia`): every word capitalised, so a verb
 * before a figure looks like a name before its number (`Apollo 11`). A sentence is read as one when
 * its longer words, past the first, are all capitalised; then the verbs and prepositions headlines
 * use are no part of a name.
 */

/** Function words a title-cased line may leave in lower case, or capitalise. */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'in on at to for of after with from by as and or the a an are is was were be has have had will over into than amid despite nearly about least almost some up down off'.split(
    ' ',
  ),
);

/** A word of letters only. */
const LETTERS = /^\p{L}+$/u;

/** The fewest capitalised longer words that make a title-cased line. */
const TITLE_MIN_WORDS = 3;

/**
 * True when the words `[lo, hi)` are a title-cased line: at least `TITLE_MIN_WORDS` words of three
 * letters or more past the first, all capitalised, function words aside. One pass over the words.
 */
export function isTitleCase(words: readonly Word[], lo: number, hi: number, min = TITLE_MIN_WORDS): boolean {
  let capitalised = 0;
  for (let j = lo + 1; j < hi; j++) {
    const w = words[j]!;
    if (w.text.length < 3) continue;
    // (Most sentences end here, at their first lower-case word: its first letter is read by code.)
    const c = w.text.charCodeAt(0);
    const lower = c >= 97 && c <= 122;
    if (!lower && !(c >= 65 && c <= 90) && !(c > 127 && /^\p{L}/u.test(w.text))) continue;
    if (TITLE_FUNCTION_WORDS.has(w.lower) || !LETTERS.test(w.text)) continue;
    if (lower || !/^\p{Lu}/u.test(w.text)) return false;
    capitalised++;
  }
  return capitalised >= min;
}

/** Verbs of headlines in the present (`Kills`, `Sends`, `Raises`, `Leave`). */
const HEADLINE_WORDS: ReadonlySet<string> = new Set(
  `kill kills injure injures wound wounds hurt hurts arrest arrests detain detains jail jails free frees
  release releases evacuate evacuates displace displaces rescue rescues capture captures destroy destroys
  leave leaves send sends deploy deploys say says add adds win wins top tops hit hits reach reaches
  hire hires buy buys sell sells plan plans claim claims see sees shed sheds axe axes lose loses get gets
  take takes near nears pass passes exceed exceeds surpass surpasses cut cuts fine fines order orders
  seek seeks offer offers pay pays owe owes raise raises rise rises fall falls jump jumps climb climbs
  drop drops slash slashes double doubles soar soars surge surges tumble tumbles plunge plunges slip slips
  grow grows shrink shrinks lift lifts boost boosts lower lowers close closes open opens strike strikes`.split(
    /\s+/,
  ),
);

/** True when a capitalised word of a title-cased line is a headline's verb (`Kills`, `Sends`). */
export function isHeadlineVerb(w: Word): boolean {
  return HEADLINE_WORDS.has(w.lower);
}

/** True when a capitalised word of a title-cased line is a headline's verb or function word (`To`). */
export function isHeadlineWord(w: Word): boolean {
  return HEADLINE_WORDS.has(w.lower) || TITLE_FUNCTION_WORDS.has(w.lower);
}

/**
 * Whether one sentence is title-cased, read once and only when a rule asks (most sentences with a
 * figure never need it). A class, not a closure: the TypeScript loader names each closure per call.
 */
export class TitleCase {
  private read: boolean | null = null;
  constructor(
    private readonly words: readonly Word[],
    private readonly hi: number,
  ) {}

  /** True when the sentence is a title-cased line (see `isTitleCase`). */
  get(): boolean {
    this.read ??= isTitleCase(this.words, 0, this.hi);
    return this.read;
  }

  /**
   * True when the sentence is a short title-cased line: one capitalised longer word past the first
   * is enough (`Council to Cut 120 Jobs`, `Quake Kills 12`); for a headline's verb right before a
   * figure only, which no name ends in.
   */
  short(): boolean {
    this.shortRead ??= this.get() || isTitleCase(this.words, 0, this.hi, 1);
    return this.shortRead;
  }
  private shortRead: boolean | null = null;
}
