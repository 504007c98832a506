import type { TokenClass, TokenMention } from '../../model/mention.ts';
import type { Stage } from '../types.ts';
import { EN_LEXICON, type SegmentLexicon } from './abbreviations.ts';
import * as chars from './chars.ts';
import { GENERIC_TLDS, NOT_TLDS, NUMBER_SUFFIX_MAX, URL_SCHEME_MAX } from './constants.ts';
import type { WorkCounter } from './work.ts';

// Local copies of the character classes: module runners (vitest, CommonJS interop) turn imported
// bindings into getter calls, which makes the scan loops several times slower there.
const { ALNUM, charFlags, DIGIT, HIGH_SURROGATE, isApostrophe, isJoiningHyphen, LETTER, PUNCT, UPPER, WS } =
  chars;

/**
 * Tokenizing: one left-to-right scan of a range (a sentence), linear time, no regular expressions.
 * Tokens never contain whitespace; every other character of the range is in exactly one token.
 *
 * - word: letters and digits joined by a hyphen between two of them (`Zapad-2021`, `S-400`,
 *   `ex-Soviet`), an apostrophe before a letter (`NATO's`, `don’t`), and a trailing possessive
 *   apostrophe after `s` (`Belarus’`) unless a single quotation opened with `‘` or `'` is still open
 *   in the range, in which case the apostrophe closes it.
 * - number: starts with a digit; digits joined by `,` `.` `:` `/` `-` between two digits (`20,000`,
 *   `1.5`, `11:30`, `2022-01-17`, `10-20`), optionally with a short letter tail glued on (`21st`,
 *   `10km`, `1Bln`). `12 000` is two numbers. `$1Bln` is the symbol `$` and the number `1Bln`; the
 *   quantity stage reads the unit and scale from the tail.
 * - url: a scheme (`http://…`, `mailto:…`), `www.…`, or a bare domain whose last label is a two-letter
 *   country code or a known generic one (`president.gov.by`, `mil.by`, `themoscowtimes.com`), with
 *   any path. Unbalanced closing brackets and trailing `.,;:!?'*` are left out of the URL.
 * - abbrev: a lexicon abbreviation with its period (`Gen.`, `Jan.`, `etc.`; `No.` only before a
 *   number), a dotted abbreviation of one- or two-letter groups (`U.S.`, `a.m.`, `Ph.D.`), or an
 *   initial (`A.` followed by a space inside the sentence). A sentence-final abbreviation keeps its
 *   period; there is no separate `.` token.
 * - punct: Unicode punctuation, one character per token except runs of `.` and of `!`/`?` (`...`,
 *   `?!`); `%`, `#`, `&`, `@`, `§` and the like count as symbols.
 * - symbol: everything else (\p{S}, format and private-use characters); an astral character (emoji,
 *   and rare letters outside the BMP) is one symbol token and is never split.
 */

/** A token of a range of the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly cls: TokenClass;
}

const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SLASH = 0x2f;
const HYPHEN = 0x2d;
const APOS = 0x27;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;

/** Punctuation by Unicode that reads as a symbol in news text. */
const SYMBOL_PUNCT = new Set([0x25, 0x2030, 0x2031, 0x23, 0x26, 0x40, 0xa7, 0xb6, 0x2020, 0x2021]);
/** Characters that end a URL. */
const URL_STOP = new Set([
  0x3c, 0x3e, 0x22, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb, 0x60, 0x7b, 0x7d, 0x7c, 0x5c, 0x5e,
]);
/** Characters left out at the end of a URL: they more likely end the clause. */
const URL_TRAILING = new Set([DOT, COMMA, 0x3b, COLON, 0x21, 0x3f, APOS, 0x2a]);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isTld(label: string): boolean {
  return label.length === 2 ? !NOT_TLDS.has(label) : GENERIC_TLDS.has(label);
}

function isDomainChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === HYPHEN;
}

class Tokenizer {
  steps = 0;
  /** A single quotation opened with `‘` or `'` is open: a trailing `’` closes it rather than marking a possessive. */
  private singleOpen = false;
  /** The last run scanned joined a period (`U.S`, `1.5`, `gov.by`). */
  private runHasDot = false;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly lexicon: SegmentLexicon,
    private readonly out: Token[],
  ) {}

  run(): void {
    const { text, end } = this;
    let i = this.start;
    while (i < end) {
      this.steps++;
      const c = text.charCodeAt(i);
      const f = charFlags(c);
      if (f & WS) i++;
      else if (f & ALNUM) i = this.wordLike(i);
      else i = this.punctOrSymbol(i, c, f);
    }
  }

  private push(start: number, end: number, cls: TokenClass): number {
    this.out.push({ start, end, cls });
    return end;
  }

  private wordLike(i: number): number {
    const j = this.scanRun(i);
    const { text, end } = this;
    if (j < end && text.charCodeAt(j) === COLON) {
      const url = this.urlWithScheme(i, j);
      if (url > 0) return this.push(i, url, 'url');
    }
    if (!this.runHasDot) return this.finishWord(i, j);
    if (this.startsWww(i, j)) return this.push(i, this.urlBodyEnd(i + 4), 'url');
    // Classify the run by its period-separated labels, in one pass.
    let labels = 0;
    let labelStart = i;
    let lastLabelStart = i;
    let shortLetterLabels = true; // every label is one or two letters: U.S, a.m, Ph.D
    let domainChars = true; // every label is ASCII letters, digits and hyphens
    let labelLetters = true;
    let labelDomain = true;
    let labelLower = true;
    let lastLower = true; // the last label is ASCII lower-case letters
    for (let k = i; k <= j; k++) {
      const c = k < j ? text.charCodeAt(k) : DOT;
      if (c === DOT) {
        labels++;
        if (!labelLetters || k - labelStart > 2) shortLetterLabels = false;
        if (!labelDomain) domainChars = false;
        lastLabelStart = labelStart;
        lastLower = labelLower;
        labelStart = k + 1;
        labelLetters = true;
        labelDomain = true;
        labelLower = true;
        continue;
      }
      if (!(charFlags(c) & LETTER)) labelLetters = false;
      if (!isDomainChar(c)) labelDomain = false;
      if (!isAsciiLower(c)) labelLower = false;
    }
    this.steps += j - i;
    if (labels === 1) return this.finishWord(i, j);
    if (domainChars && lastLower && isTld(text.slice(lastLabelStart, j))) {
      const urlEnd = j < end && text.charCodeAt(j) === SLASH ? this.urlBodyEnd(j) : j;
      return this.push(i, urlEnd, 'url');
    }
    if (shortLetterLabels) return this.push(i, j < end && text.charCodeAt(j) === DOT ? j + 1 : j, 'abbrev');
    if (charFlags(text.charCodeAt(i)) & DIGIT && this.isNumber(i, j)) return this.push(i, j, 'number');
    // Periods inside that make no domain, abbreviation or number (`end.Next`): words and periods.
    let a = i;
    for (let k = i; k < lastLabelStart; k++) {
      if (text.charCodeAt(k) !== DOT) continue;
      this.push(a, k, this.isNumber(a, k) ? 'number' : 'word');
      this.push(k, k + 1, 'punct');
      a = k + 1;
    }
    this.steps += lastLabelStart - i;
    return this.finishWord(lastLabelStart, j);
  }

  /** A run `[i, j)` without inner periods: a number or a word, with its abbreviation period or possessive apostrophe. */
  private finishWord(i: number, j: number): number {
    const { text, end } = this;
    if (this.isNumber(i, j)) return this.push(i, j, 'number');
    if (j < end) {
      const c = text.charCodeAt(j);
      if (c === DOT && this.isAbbreviation(i, j)) return this.push(i, j + 1, 'abbrev');
      if (
        isApostrophe(c) &&
        !this.singleOpen &&
        (text.charCodeAt(j - 1) | 0x20) === 0x73 && // s or S
        !(j + 1 < end && charFlags(text.charCodeAt(j + 1)) & ALNUM)
      ) {
        return this.push(i, j + 1, 'word');
      }
    }
    return this.push(i, j, 'word');
  }

  /** The word `[i, j)` and the period at `j` make one abbreviation. */
  private isAbbreviation(i: number, j: number): boolean {
    const { text, end } = this;
    const cls = this.lexicon.abbreviations.get(text.slice(i, j + 1));
    if (cls === 'numeric') {
      let k = j + 1;
      while (k < end && charFlags(text.charCodeAt(k)) & WS) k++;
      this.steps += k - j;
      return k < end && (charFlags(text.charCodeAt(k)) & DIGIT) !== 0;
    }
    if (cls !== undefined) return true;
    // An initial: one capital letter, a period and a space, inside the sentence.
    return (
      j - i === 1 &&
      (charFlags(text.charCodeAt(i)) & UPPER) !== 0 &&
      j + 1 < end &&
      (charFlags(text.charCodeAt(j + 1)) & WS) !== 0
    );
  }

  /** Letters and digits with their joiners from `i` (alphanumeric) on; returns the end. */
  private scanRun(i: number): number {
    const { text, end } = this;
    let j = i + 1;
    let dot = false;
    while (j < end) {
      const c = text.charCodeAt(j);
      const f = charFlags(c);
      if (f & ALNUM) {
        j++;
        continue;
      }
      if (j + 1 >= end) break;
      const nf = charFlags(text.charCodeAt(j + 1));
      if (c === DOT && nf & ALNUM) dot = true;
      if (
        ((isJoiningHyphen(c) || c === DOT) && nf & ALNUM) ||
        (isApostrophe(c) && nf & LETTER) ||
        ((c === COMMA || c === COLON || c === SLASH) &&
          nf & DIGIT &&
          charFlags(text.charCodeAt(j - 1)) & DIGIT)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    this.steps += j - i;
    this.runHasDot = dot;
    return j;
  }

  /** `[i, j)` is digits joined by separators, with at most a short letter tail. */
  private isNumber(i: number, j: number): boolean {
    const { text } = this;
    if (!(charFlags(text.charCodeAt(i)) & DIGIT)) return false;
    let k = i + 1;
    while (k < j) {
      const c = text.charCodeAt(k);
      if (charFlags(c) & DIGIT) k++;
      else if (
        (c === COMMA || c === DOT || c === COLON || c === SLASH || c === HYPHEN) &&
        k + 1 < j &&
        charFlags(text.charCodeAt(k + 1)) & DIGIT
      ) {
        k += 2;
      } else break;
    }
    const tail = k;
    while (k < j && charFlags(text.charCodeAt(k)) & LETTER) k++;
    this.steps += k - i;
    return k === j && k - tail <= NUMBER_SUFFIX_MAX;
  }

  /** The end of a URL whose scheme is the run `[i, j)` before the colon at `j`, or -1. */
  private urlWithScheme(i: number, j: number): number {
    const { text, end } = this;
    if (j - i < 2 || j - i > URL_SCHEME_MAX) return -1;
    for (let k = i; k < j; k++) if (!isAsciiLetter(text.charCodeAt(k))) return -1;
    this.steps += j - i;
    if (
      j + 3 < end &&
      text.charCodeAt(j + 1) === SLASH &&
      text.charCodeAt(j + 2) === SLASH &&
      !(charFlags(text.charCodeAt(j + 3)) & WS)
    ) {
      return this.urlBodyEnd(j + 3);
    }
    if (j - i === 6 && text.startsWith('mailto', i) && j + 1 < end) return this.urlBodyEnd(j + 1);
    return -1;
  }

  /** The run `[i, j)` starts with `www.` and more. */
  private startsWww(i: number, j: number): boolean {
    const { text } = this;
    return (
      j - i > 4 &&
      (text.charCodeAt(i) | 0x20) === 0x77 &&
      (text.charCodeAt(i + 1) | 0x20) === 0x77 &&
      (text.charCodeAt(i + 2) | 0x20) === 0x77 &&
      text.charCodeAt(i + 3) === DOT
    );
  }

  /** The end of a URL body from `from`: up to whitespace, a quote, or an unbalanced closing bracket. */
  private urlBodyEnd(from: number): number {
    const { text, end } = this;
    let k = from;
    let depth = 0;
    while (k < end) {
      const c = text.charCodeAt(k);
      if (charFlags(c) & WS || URL_STOP.has(c)) break;
      if (c === 0x28 || c === 0x5b) depth++;
      else if (c === 0x29 || c === 0x5d) {
        if (depth === 0) break;
        depth--;
      }
      k++;
    }
    this.steps += k - from;
    while (k > from && URL_TRAILING.has(text.charCodeAt(k - 1))) k--;
    return k;
  }

  private punctOrSymbol(i: number, c: number, f: number): number {
    const { text, end } = this;
    if (f & HIGH_SURROGATE) {
      const d = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      return this.push(i, d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1, 'symbol');
    }
    if (c === DOT || c === 0x21 || c === 0x3f) {
      let j = i + 1;
      if (c === DOT) while (j < end && text.charCodeAt(j) === DOT) j++;
      else while (j < end && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
      this.steps += j - i;
      return this.push(i, j, 'punct');
    }
    if (c === LEFT_SINGLE) this.singleOpen = true;
    else if (c === RIGHT_SINGLE) this.singleOpen = false;
    else if (c === APOS) this.singleOpen = !(i > this.start && charFlags(text.charCodeAt(i - 1)) & ALNUM);
    return this.push(i, i + 1, f & PUNCT && !SYMBOL_PUNCT.has(c) ? 'punct' : 'symbol');
  }
}

/** Tokens of `text` in `[start, end)` (a sentence); adds its loop count to `counter`. */
export function tokenize(
  text: string,
  start = 0,
  end: number = text.length,
  counter?: WorkCounter,
  lexicon: SegmentLexicon = EN_LEXICON,
): Token[] {
  const out: Token[] = [];
  const tokenizer = new Tokenizer(text, start, end, lexicon, out);
  tokenizer.run();
  if (counter) counter.steps += tokenizer.steps;
  return out;
}

const NAME = 'segment/token';
const VERSION = 1;
const TAG = `${NAME}@${VERSION}`;

/** The token stage: tokens of each sentence, so that no token crosses a sentence end. */
export const tokenStage: Stage = {
  name: NAME,
  version: VERSION,
  produces: 'token',
  needs: ['sentence'],
  run(ctx, view) {
    const out: TokenMention[] = [];
    for (const sentence of view.of('sentence')) {
      for (const t of tokenize(ctx.text, sentence.span[0], sentence.span[1])) {
        out.push({ kind: 'token', span: [t.start, t.end], cls: t.cls, by: TAG });
      }
    }
    return out;
  },
};
