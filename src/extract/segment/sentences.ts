import type { SentenceMention } from '../../model/mention.ts';
import type { Stage } from '../types.ts';
import { type AbbrevClass, EN_LEXICON, type SegmentLexicon } from './abbreviations.ts';
import * as chars from './chars.ts';
import {
  ENUMERATOR_MAX_DIGITS,
  HEADING_FUNCTION_WORDS,
  HEADING_LOWER_WORD_MIN,
  HEADING_MAX_CHARS,
  LIST_MARKER_MAX_DIGITS,
  MAX_ABBREV_CHARS,
  MAX_LOOKAHEAD_WORD,
} from './constants.ts';
import type { WorkCounter } from './work.ts';

// Local copies of the character classes: module runners (vitest, CommonJS interop) turn imported
// bindings into getter calls, which makes the scan loops several times slower there.
const {
  ALNUM,
  CLOSER,
  charFlags,
  DIGIT,
  isJoiningHyphen,
  LETTER,
  LOWER,
  NEWLINE,
  STARTER,
  TERMINAL,
  UPPER,
  WS,
} = chars;

/**
 * Sentence splitting: one left-to-right scan, no regular expressions, linear time. Every lookaround
 * is either bounded by a constant (the word before a period, the word after it) or covers text that
 * no other lookaround covers again (a whitespace run, a heading line), so hostile input cannot make
 * the scan quadratic.
 *
 * Rules, in the order they apply:
 * - A blank line (two line breaks, or U+2029 / form feed) always ends a sentence (`paragraph`).
 * - A single line break ends a sentence (`line`) when the next line starts a block (`- `, `* `, `• `,
 *   `#`, `>`, `|`, `12. `, `3) `), when the line ends with `:` (it introduces a block), or when the
 *   sentence is exactly this line, it is short, title-cased (no lower-case word of four letters or
 *   more except function words), does not end in sentence or clause punctuation, and the next line
 *   does not start lower-case: `January 17, 2022` and headlines. Hard-wrapped prose stays one
 *   sentence.
 * - `.` `!` `?` `…` (and runs such as `?!`, `...`), plus any closing quotes and brackets right after
 *   them, end a sentence (`punct`) when whitespace follows and the next character can start a
 *   sentence: an upper-case or uncased letter, a digit, an opening quote or bracket, a currency sign.
 *   Closers stay with the sentence they close (`“… go.” He said` splits after `”`). A quotation that
 *   spans sentences is split inside (`“Our country has to respond.` | `We will,” he said.`), which
 *   keeps the rule simple and never makes a sentence start with a closing quote.
 * - A lone `.` does not end a sentence after:
 *   - an abbreviation of the lexicon (`lexicons/abbreviations.en.tsv`), by class: titles and inline
 *     abbreviations never (`Gen. Gulevich`, `e.g. Poland`); months and `No.` only before a digit
 *     (`Jan. 18`, `No. 5`); `etc.` always may; `U.S.`, `U.K.`, `Inc.`, `Jr.` only before a common
 *     sentence starter (`in the U.S. The next day` splits, `U.S. Army` does not); `a.m.`/`p.m.`
 *     unless a weekday, month or time zone follows (`11 a.m. Monday` stays, `11 a.m. Officials said`
 *     splits);
 *   - an unknown dotted abbreviation (`D.C.`, `a.k.a.`): upper-case ones behave like `U.S.`,
 *     lower-case ones never end a sentence;
 *   - a single upper-case letter, taken as an initial (`J. R. Smith`, `A. Lukashenko`);
 *   - a number of up to three digits, or a single letter, opening the sentence: an enumerator
 *     (`1. The first point`).
 *   A number elsewhere does end a sentence (`deployed 20,000. The rest`); periods inside numbers,
 *   URLs and domains never split because no whitespace follows them.
 * - Dashes never split. Whitespace is never part of a span; every other character is in exactly one.
 */

/** Which rule ended a sentence. */
export type SentenceRule = 'punct' | 'paragraph' | 'line' | 'end';

/** A sentence's `[start, end)` span and the rule that ended it. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly rule: SentenceRule;
}

const DOT = 0x2e;
const COLON = 0x3a;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/** Weight of one line-break character: `\r\n` counts once, a paragraph separator or form feed twice. */
function newlineWeight(text: string, j: number, code: number): number {
  if (code === 0x0d) return text.charCodeAt(j + 1) === 0x0a ? 0 : 1;
  if (code === 0x2029 || code === 0x0c) return 2;
  return 1;
}

class SentenceScanner {
  steps = 0;
  private readonly n: number;
  private readonly out: SentenceSpan[] = [];

  constructor(
    private readonly text: string,
    private readonly lexicon: SegmentLexicon,
  ) {
    this.n = text.length;
  }

  run(): SentenceSpan[] {
    const { text, n } = this;
    let start = -1; // first character of the open sentence, or -1
    let end = -1; // end of its last non-whitespace character
    let lineStart = 0; // first non-whitespace character of the current line
    let i = 0;
    while (i < n) {
      this.steps++;
      const f = charFlags(text.charCodeAt(i));
      if (f & WS) {
        let breaks = 0;
        let j = i;
        while (j < n) {
          const d = text.charCodeAt(j);
          const g = charFlags(d);
          if (!(g & WS)) break;
          if (g & NEWLINE) breaks += newlineWeight(text, j, d);
          j++;
          this.steps++;
        }
        if (breaks > 0) {
          if (start >= 0 && breaks >= 2) {
            this.emit(start, end, 'paragraph');
            start = -1;
          } else if (start >= 0 && j < n && this.lineEnds(start, end, lineStart, j)) {
            this.emit(start, end, 'line');
            start = -1;
          }
          lineStart = j;
        } else if (i === 0) lineStart = j;
        i = j;
        continue;
      }
      if (start < 0) start = i;
      if (f & TERMINAL) {
        let j = i + 1;
        while (j < n && charFlags(text.charCodeAt(j)) & TERMINAL) j++;
        let k = j;
        while (k < n && charFlags(text.charCodeAt(k)) & CLOSER) k++;
        this.steps += k - i;
        end = k;
        if (k < n && charFlags(text.charCodeAt(k)) & WS && this.endsAfter(start, i, j, k)) {
          this.emit(start, end, 'punct');
          start = -1;
        }
        i = k;
        continue;
      }
      end = i + 1;
      i++;
    }
    if (start >= 0) this.emit(start, end, 'end');
    return this.out;
  }

  private emit(start: number, end: number, rule: SentenceRule): void {
    this.out.push({ start, end, rule });
  }

  /**
   * Marks at `[p, j)` and closers at `[j, k)`, whitespace at `k`: does the sentence end at `k`?
   */
  private endsAfter(sentStart: number, p: number, j: number, k: number): boolean {
    const { text, n } = this;
    let m = k;
    while (m < n && charFlags(text.charCodeAt(m)) & WS) m++;
    this.steps += m - k;
    if (m >= n) return true;
    const g = charFlags(text.charCodeAt(m));
    if (!(g & STARTER)) return false;
    // A closing quote or bracket after the mark ends the quotation, and with it the sentence.
    if (k > j) return true;
    if (j - p > 1 || text.charCodeAt(p) !== DOT) return true;
    return !this.periodContinues(sentStart, p, m, g);
  }

  /** The lone period at `p` belongs to an abbreviation, initial or enumerator the sentence goes on after. */
  private periodContinues(sentStart: number, p: number, m: number, g: number): boolean {
    const { text } = this;
    const floor = Math.max(sentStart, p - MAX_ABBREV_CHARS);
    let b = p;
    while (b > floor && isWordOrDot(text.charCodeAt(b - 1))) b--;
    this.steps += p - b;
    if (b > sentStart && isWordOrDot(text.charCodeAt(b - 1))) return false; // too long for an abbreviation
    while (b < p && text.charCodeAt(b) === DOT) b++;
    if (b === p) return false;
    const known = this.lexicon.abbreviations.get(text.slice(b, p + 1));
    if (known !== undefined) return this.continuesAfter(known, m, g);
    const shape = wordShape(text, b, p);
    switch (shape) {
      case 'number':
        return b === sentStart && p - b <= ENUMERATOR_MAX_DIGITS;
      case 'upper-letter':
        // `… congratulated Dan on X. Turnout was …`: the platform X after a preposition ends the
        // sentence; any other capital with a period is an initial (`J. R. Smith`).
        return !(text.charCodeAt(b) === 88 && this.prepositionBefore(b) && (g & DIGIT) === 0);
      case 'lower-letter':
        return b === sentStart;
      case 'dotted-upper':
        return this.continuesAfter('name', m, g);
      case 'dotted-lower':
        return this.continuesAfter('inline', m, g);
      case 'other':
        return false;
    }
  }

  /** True when the word right before offset `b` (one space between) is `on`, `via`, `to`, `from` or `at`. */
  private prepositionBefore(b: number): boolean {
    const { text } = this;
    if (text.charCodeAt(b - 1) !== 32) return false;
    let a = b - 1;
    while (a > 0 && a > b - 6 && text.charCodeAt(a - 1) >= 97 && text.charCodeAt(a - 1) <= 122) a--;
    if (a > 0 && isWordOrDot(text.charCodeAt(a - 1))) return false;
    const w = text.slice(a, b - 1);
    return w === 'on' || w === 'via' || w === 'to' || w === 'from' || w === 'at';
  }

  /** After an abbreviation of class `cls`, with the next sentence-starting character at `m`: no split? */
  private continuesAfter(cls: AbbrevClass, m: number, g: number): boolean {
    switch (cls) {
      case 'title':
      case 'inline':
        return true;
      case 'month':
      case 'numeric':
        return (g & DIGIT) !== 0;
      case 'terminal':
        return false;
      case 'name':
        if (g & DIGIT) return true;
        if (!(g & LETTER)) return false;
        return !this.lexicon.starters.has(this.wordAt(m));
      case 'time':
        if (g & DIGIT) return true;
        if (!(g & LETTER)) return false;
        return this.lexicon.timeNext.has(this.wordAt(m));
    }
  }

  /** The letters starting at `m`, or '' when longer than any word worth looking up. */
  private wordAt(m: number): string {
    const { text, n } = this;
    const limit = Math.min(n, m + MAX_LOOKAHEAD_WORD + 1);
    let e = m;
    while (e < limit && charFlags(text.charCodeAt(e)) & LETTER) e++;
    this.steps += e - m;
    return e - m > MAX_LOOKAHEAD_WORD ? '' : text.slice(m, e);
  }

  /**
   * One line break between the sentence so far (`[start, end)`, its line beginning at `lineStart`)
   * and the next line at `j`: does the break end the sentence?
   */
  private lineEnds(start: number, end: number, lineStart: number, j: number): boolean {
    const { text } = this;
    if (this.startsBlock(j)) return true;
    if (text.charCodeAt(end - 1) === COLON) return true;
    if (charFlags(text.charCodeAt(j)) & LOWER) return false;
    if (start !== lineStart || end - start > HEADING_MAX_CHARS) return false;
    return this.looksLikeHeading(start, end);
  }

  /** A list item, heading, block quote or table row starts at `j`. */
  private startsBlock(j: number): boolean {
    const { text, n } = this;
    const c = text.charCodeAt(j);
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 0x20;
    const spaceNext = (charFlags(next) & WS) !== 0;
    switch (c) {
      case 0x2d: // -
      case 0x2a: // *
      case 0x2b: // +
      case 0x2022: // •
      case 0x25e6: // ◦
      case 0x25aa: // ▪
      case 0x2023: // ‣
        return spaceNext;
      case 0x23: // #
        return spaceNext || next === 0x23;
      case 0x3e: // >
      case 0x7c: // |
        return true;
    }
    if (!(charFlags(c) & DIGIT)) return false;
    let e = j + 1;
    while (e < n && e - j <= LIST_MARKER_MAX_DIGITS && charFlags(text.charCodeAt(e)) & DIGIT) e++;
    this.steps += e - j;
    if (e - j > LIST_MARKER_MAX_DIGITS || e >= n) return false;
    const mark = text.charCodeAt(e);
    // The end of the text counts as the space after the marker, as it does after a bullet: the
    // split must not change when a paragraph follows (`word\n1.` alone and before `\n\n`).
    const after = e + 1 < n ? text.charCodeAt(e + 1) : 0x20;
    return (mark === DOT || mark === 0x29) && (charFlags(after) & WS) !== 0;
  }

  /** `[s, e)` (one whole line, at most HEADING_MAX_CHARS) reads as a heading or a dateline. */
  private looksLikeHeading(s: number, e: number): boolean {
    const { text } = this;
    let capitalised = false;
    let last = 0; // the last character that is neither whitespace nor a closer
    let i = s;
    while (i < e) {
      this.steps++;
      const c = text.charCodeAt(i);
      const f = charFlags(c);
      if (f & LETTER) {
        let w = i + 1;
        while (w < e && charFlags(text.charCodeAt(w)) & LETTER) w++;
        this.steps += w - i;
        if (f & UPPER) capitalised = true;
        else if (
          f & LOWER &&
          w - i >= HEADING_LOWER_WORD_MIN &&
          !HEADING_FUNCTION_WORDS.has(text.slice(i, w))
        ) {
          return false;
        }
        last = text.charCodeAt(w - 1);
        i = w;
        continue;
      }
      if (f & DIGIT) capitalised = true;
      if (!(f & (WS | CLOSER))) last = c;
      i++;
    }
    if (!capitalised) return false;
    const lf = charFlags(last);
    return !(
      lf & TERMINAL ||
      last === COMMA ||
      last === SEMICOLON ||
      isJoiningHyphen(last) ||
      last === EN_DASH ||
      last === EM_DASH
    );
  }
}

function isWordOrDot(code: number): boolean {
  return code === DOT || (charFlags(code) & ALNUM) !== 0;
}

type WordShape = 'number' | 'upper-letter' | 'lower-letter' | 'dotted-upper' | 'dotted-lower' | 'other';

/** The shape of `[b, p)`, at most MAX_ABBREV_CHARS of letters, digits and inner periods. */
function wordShape(text: string, b: number, p: number): WordShape {
  let digits = 0;
  let dots = 0;
  let upper = 0;
  let lower = 0;
  let group = 0; // letters since the last period
  let longGroup = false;
  for (let i = b; i < p; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      dots++;
      group = 0;
      continue;
    }
    const f = charFlags(c);
    if (f & DIGIT) digits++;
    else if (f & UPPER) upper++;
    else if (f & LOWER) lower++;
    if (++group > 2) longGroup = true;
  }
  const letters = p - b - dots - digits;
  if (digits > 0 && letters === 0) return 'number';
  if (p - b === 1 && upper === 1) return 'upper-letter';
  if (p - b === 1 && lower === 1) return 'lower-letter';
  if (dots > 0 && digits === 0 && !longGroup && text.charCodeAt(p - 1) !== DOT) {
    return lower > 0 && upper === 0 ? 'dotted-lower' : 'dotted-upper';
  }
  return 'other';
}

/** Splits `text` into sentences, each with the rule that ended it; adds its loop count to `counter`. */
export function scanSentences(
  text: string,
  counter?: WorkCounter,
  lexicon: SegmentLexicon = EN_LEXICON,
): SentenceSpan[] {
  const scanner = new SentenceScanner(text, lexicon);
  const out = scanner.run();
  if (counter) counter.steps += scanner.steps;
  return out;
}

/** Splits `text` into sentence spans `[start, end)`, trimmed, in order, covering all non-whitespace. */
export function splitSentences(text: string, counter?: WorkCounter): Array<[number, number]> {
  return scanSentences(text, counter).map((s) => [s.start, s.end]);
}

const NAME = 'segment/sentence';
const VERSION = 1;
const TAG = `${NAME}@${VERSION}`;

/** The sentence stage: one mention per sentence, tagged with the rule that ended it (`segment/sentence@1:punct`). */
export const sentenceStage: Stage = {
  name: NAME,
  version: VERSION,
  produces: 'sentence',
  needs: [],
  run(ctx) {
    return scanSentences(ctx.text).map(
      (s): SentenceMention => ({ kind: 'sentence', span: [s.start, s.end], by: `${TAG}:${s.rule}` }),
    );
  },
};
