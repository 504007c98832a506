/**
 * A small word scanner for the quantity and quote stages: words and numbers (letters and digits
 * joined by `-` `'` `’` `.` `,` `:` `/` between two of them, so `20,000`, `Zapad-2021`, `S-400`,
 * `11:30` and `8,000-10,000` are single tokens) and single other characters. One regex pass, no
 * nested ambiguity, so it is linear on any input.
 */

/** A scanned token: its span, its text and its lower-case text. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** From `scanWords`: the token's entry in the intern table, tagged with the table's generation (see `TokenMemo`); -1 for none. */
  readonly id?: number;
}

/** Character classes of the Basic Multilingual Plane, computed once: 1 word character, 2 space, 4 joiner. */
const CLASS = (() => {
  const table = new Uint8Array(65536);
  const word = /[\p{L}\p{N}\p{M}]/u;
  const space = /\s/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (word.test(ch)) table[c] = 1;
    else if (space.test(ch) || c === 0x200b) table[c] = 2;
  }
  for (const c of [0x2d, 0x27, 0x2019, 0x2e, 0x2c, 0x3a, 0x2f, 0x2010, 0x2011, 0x2013]) table[c]! |= 4;
  return table;
})();

/**
 * 1 for a code unit of the Basic Multilingual Plane that `toLowerCase` may change (a capital,
 * a surrogate, `Σ` whose lower case depends on context), computed once: a token made only of
 * units marked 0 is its own lower case, so marks and dashes (`“`, `—`) are not lower-cased each.
 */
const CASED = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) table[c] = 1;
    else {
      const ch = String.fromCharCode(c);
      if (ch.toLowerCase() !== ch) table[c] = 1;
    }
  }
  return table;
})();

/** True for a letter, digit or combining mark. */
function alnum(c: number, _text: string, _i: number): boolean {
  return CLASS[c] === 1;
}
function space(c: number): boolean {
  return CLASS[c] === 2;
}

/** True when `text[from, to)` holds a unit that lower-casing may change (a table lookup each). */
function hasCased(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CASED[text.charCodeAt(k)] === 1) return true;
  return false;
}

/**
 * Token strings interned across calls: a token met before gets the same `text` and `lower` strings
 * back, so it is neither sliced nor lower-cased again, and the string hash that a map or set lookup
 * computes on first use is already stored in it (each rule then looks words up without hashing
 * their characters). Open addressing keyed by a hash computed while the token is scanned; a token
 * is compared with its candidate in place (`startsWith`). Bounded: at most `INTERN_CAP` entries
 * (the table is cleared when full) and `INTERN_PROBES` probes per token (a token not found or
 * placed within them is sliced as before), so hostile input stays linear.
 *
 * The table holds 65,536 tokens, the vocabulary of a few thousand news articles: the 840 of PolNeAR
 * train hold 32,874 distinct tokens, and with room for 32,768 the table was cleared once in each
 * pass over them, every token then sliced, lower-cased and hashed again and every `TokenMemo`
 * value computed again (a stream of articles clears it the more often the smaller it is).
 */
/** Bits of a slot number: twice as many slots as entries, so probes stay short when it is full. */
const SLOT_BITS = 17;
const INTERN_SLOTS = 1 << SLOT_BITS;
/** Bits of an entry number: the table holds at most 2^16 tokens. */
const INTERN_BITS = 16;
const INTERN_CAP = 1 << INTERN_BITS;
const INTERN_PROBES = 8;
/** Per slot: the hash of its token and its entry + 1 (0: empty), side by side (one memory read). */
const SLOTS = new Int32Array(2 * INTERN_SLOTS);
/** Per entry, its text and lower-case form side by side (one memory read for both). */
const ENTRY: string[] = [];
let entries = 0;
/** Incremented each time the table is cleared (entries are then reused for other tokens). */
let generation = 0;

/**
 * The generation bits kept in a word's `id` (14: with the 16 bits of the entry, a small integer).
 * A word is read by `TokenMemo` in the call that scanned it or soon after; for its tag to match a
 * later generation, the table would have to be cleared 16,384 times in between, over a billion
 * new tokens, more than one string can hold.
 */
const GENERATION_MASK = 0x3fff;

/** The lower case of token `t` = `text[i, j)` whose first unit is `c` (`capital`: an ASCII capital after it). */
function lowerOf(t: string, text: string, i: number, j: number, c: number, capital: boolean): string {
  // Lower-case only what may hold capitals: most tokens start lower-case or with a digit. A token
  // opening with a non-ASCII unit is lower-cased only when one of its units has a lower case
  // (marks and dashes such as `“` and `—` are their own lower case).
  return (c >= 65 && c <= 90) || capital || (c > 127 && hasCased(text, i, j)) ? t.toLowerCase() : t;
}

/** True when `text` holds `t` at `i` (`t` fits): unit by unit, cheaper than a call to `startsWith` for a token's few units. */
function sameAt(t: string, text: string, i: number): boolean {
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== text.charCodeAt(i + k)) return false;
  return true;
}

/**
 * The exact key of a short token, or 0: a token of one unit, or of two to four ASCII units, is
 * written whole into a negative number (the sign bit, its length in bits 28-30, its units in 7
 * bits each below, or the one unit in 16), so equal keys mean equal tokens and the table compares
 * no units for them (most tokens of news text are that short: `the`, `said`, `,`). A longer token's
 * key is its hash with the sign bit cleared, so the two kinds never meet, and is compared in place.
 */
function shortKey(text: string, i: number, j: number, c: number): number {
  const len = j - i;
  if (len === 1) return 0x80000000 | (1 << 28) | c | 0;
  if (len > 4) return 0;
  let k = 0;
  for (let t = i; t < j; t++) {
    const d = text.charCodeAt(t);
    if (d >= 128) return 0;
    k = (k << 7) | d;
  }
  return 0x80000000 | (len << 28) | k | 0;
}

/**
 * A small direct-mapped cache in front of the table (32 KB): per slot, a key and its entry + 1 (0:
 * empty). The table's slots are spread over 1 MB, and reading one is a cache miss most of the
 * time; the few thousand tokens that make most of news text (`the`, `said`, `,`, `president`) are
 * found here instead. Only entries the table holds are put here (cleared with it), and a long
 * token is compared in place as in the table, so the entry found is the table's.
 */
const FRONT_BITS = 12;
const FRONT = new Int32Array(2 << FRONT_BITS);

/** The interned entry of token `text[i, j)` with hash `hash` (see above), -1 when none is found or placed within the probe bound. */
function intern(text: string, i: number, j: number, hash: number, c: number, capital: boolean): number {
  const short = shortKey(text, i, j, c);
  const h = short !== 0 ? short : hash & 0x7fffffff;
  const mixed = Math.imul(h, 0x9e3779b1);
  const f = 2 * (mixed >>> (32 - FRONT_BITS));
  const fv = FRONT[f + 1]!;
  if (fv !== 0 && FRONT[f] === h) {
    if (short !== 0) return fv - 1;
    const t = ENTRY[2 * (fv - 1)]!;
    if (t.length === j - i && sameAt(t, text, i)) return fv - 1;
  }
  const id = internInTable(text, i, j, h, short, mixed, c, capital);
  if (id >= 0) {
    FRONT[f] = h;
    FRONT[f + 1] = id + 1;
  }
  return id;
}

/** `intern` past its front cache: the table's entry of the token with key `h` (`short`: its short key or 0; `mixed`: `h` hashed), placed when new. */
function internInTable(
  text: string,
  i: number,
  j: number,
  h: number,
  short: number,
  mixed: number,
  c: number,
  capital: boolean,
): number {
  const len = j - i;
  let slot = mixed >>> (32 - SLOT_BITS);
  for (let p = 0; p < INTERN_PROBES; p++) {
    const v = SLOTS[2 * slot + 1]!;
    if (v === 0) {
      if (entries >= INTERN_CAP) {
        SLOTS.fill(0);
        FRONT.fill(0);
        entries = 0;
        generation++;
        ENTRY.length = 0;
        slot = Math.imul(h, 0x9e3779b1) >>> (32 - SLOT_BITS);
      }
      const id = entries++;
      const t = text.slice(i, j);
      ENTRY.push(t, lowerOf(t, text, i, j, c, capital));
      SLOTS[2 * slot] = h;
      SLOTS[2 * slot + 1] = id + 1;
      return id;
    }
    if (SLOTS[2 * slot] === h) {
      // (A short token's key is the token: no units to compare.)
      if (short !== 0) return v - 1;
      const t = ENTRY[2 * (v - 1)]!;
      if (t.length === len && sameAt(t, text, i)) return v - 1;
    }
    slot = (slot + 1) & (INTERN_SLOTS - 1);
  }
  return -1;
}

/** The tokens of `text[start, end)`, offsets in `text`. One left-to-right pass: linear on any input. */
export function scanWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (space(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    // The token's hash for the intern table, and an ASCII capital after the first unit, both
    // noted while scanning (not in a second pass).
    let h = c;
    let capital = false;
    if (alnum(c, text, i)) {
      for (;;) {
        // The class of the unit that stopped the word (0 at the range's end).
        let stop = 0;
        while (j < end) {
          const d = text.charCodeAt(j);
          stop = CLASS[d]!;
          if (stop !== 1) break;
          if (d >= 65 && d <= 90) capital = true;
          h = (Math.imul(h, 31) + d) | 0;
          j++;
        }
        // A joiner continues the word only between two word characters.
        if ((stop & 4) !== 0 && j + 1 < end && alnum(text.charCodeAt(j + 1), text, j + 1)) {
          const d = text.charCodeAt(j + 1);
          if (d >= 65 && d <= 90) capital = true;
          h = (Math.imul(Math.imul(h, 31) + text.charCodeAt(j), 31) + d) | 0;
          j += 2;
        } else break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < end) {
      h = (Math.imul(h, 31) + text.charCodeAt(j)) | 0;
      j++;
    }
    const id = intern(text, i, j, h, c, capital);
    if (id >= 0) {
      // The entry tagged with the generation that holds it (read after `intern`, which may clear).
      const tag = id + INTERN_CAP * (generation & GENERATION_MASK);
      out.push({ start: i, end: j, text: ENTRY[2 * id]!, lower: ENTRY[2 * id + 1]!, id: tag });
    } else {
      const t = text.slice(i, j);
      out.push({ start: i, end: j, text: t, lower: lowerOf(t, text, i, j, c, capital), id: -1 });
    }
    i = j;
  }
  return out;
}

/**
 * A number per interned token (a lexicon's flags, say), computed once from its text or lower-case
 * form while the intern table keeps the token, then read by the word's `id`: no string lookup. Words
 * without an id (not interned, or built elsewhere) and words of an earlier generation are computed
 * each time.
 */
export class TokenMemo {
  /** Per entry, side by side (one memory read): the generation its value was computed in (-1: none), the value. */
  private readonly slots = new Int32Array(2 * INTERN_CAP).fill(-1);
  /** `compute` reads the word's text and lower-case form only (which its token id fixes), not its offsets. */
  constructor(private readonly compute: (w: Word) => number) {}

  /** `compute(w)`, memoised by the word's token id. */
  of(w: Word): number {
    const id = w.id ?? -1;
    if (id < 0 || id >>> INTERN_BITS !== (generation & GENERATION_MASK)) return this.compute(w);
    const entry = 2 * (id & (INTERN_CAP - 1));
    if (this.slots[entry] === generation) return this.slots[entry + 1]!;
    const v = this.compute(w);
    this.slots[entry] = generation;
    this.slots[entry + 1] = v;
    return v;
  }
}

/**
 * `TokenMemo` for values 0 to 254 (a word's flags or class), one byte per token: a table of 64 KB
 * instead of 512 KB, which stays in the processor's cache while a document's words are read
 * in text order (their ids are scattered). Cleared when the intern table is.
 */
export class TokenBytes {
  /** Per entry, its value + 1 (0: not computed in the generation `gen`). */
  private readonly values = new Uint8Array(INTERN_CAP);
  private gen = 0;
  /** `compute` reads the word's text and lower-case form only (values outside 0 to 254 are computed each time). */
  constructor(private readonly compute: (w: Word) => number) {}

  /** `compute(w)`, memoised by the word's token id. */
  of(w: Word): number {
    const id = w.id ?? -1;
    if (id < 0 || id >>> INTERN_BITS !== (generation & GENERATION_MASK)) return this.compute(w);
    if (this.gen !== generation) {
      this.values.fill(0);
      this.gen = generation;
    }
    const entry = id & (INTERN_CAP - 1);
    const v = this.values[entry]!;
    if (v !== 0) return v - 1;
    const c = this.compute(w);
    // (A value out of range is returned, not kept.)
    if (c >= 0 && c < 255) this.values[entry] = c + 1;
    return c;
  }
}

/**
 * A document's tokens from one scan, from which the tokens of any range are read as
 * `scanWords(text, from, to)` would give them, without scanning the range again (stages read the
 * same text per sentence and in windows around quotations).
 */
export class DocWords {
  /** `scanWords(text, 0, text.length)`. */
  readonly words: readonly Word[];
  private cursor = 0;
  constructor(readonly text: string) {
    this.words = scanWords(text, 0, text.length);
  }

  /**
   * Exactly `scanWords(this.text, from, to)`. When `from` is no token's inside, the scan from it
   * meets the document's token boundaries, so the tokens ending by `to` are the document's; a token
   * running past `to` is cut there, and its part is scanned again. When `from` falls inside a token,
   * the range is scanned. Linear in the range's tokens plus the distance from the last range read
   * (ranges read in text order cost no search).
   */
  range(from: number, to: number): Word[] {
    const ws = this.words;
    const n = ws.length;
    let k = this.cursor;
    if (k > n) k = n;
    if (k > 0 && ws[k - 1]!.end > from) {
      // Back to the first token ending after `from` (binary search).
      let lo = 0;
      let hi = k;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ws[mid]!.end <= from) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
    } else while (k < n && ws[k]!.end <= from) k++;
    // ws[k] is the first token ending after `from`.
    if (k < n && ws[k]!.start < from) return scanWords(this.text, from, to);
    let m = k;
    while (m < n && ws[m]!.end <= to) m++;
    this.cursor = m;
    const out = ws.slice(k, m);
    if (m < n && ws[m]!.start < to) {
      for (const w of scanWords(this.text, ws[m]!.start, to)) out.push(w);
    }
    return out;
  }
}

/** True when a token starts with a digit. */
export function isNumeric(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True when a token starts with an upper-case letter. */
export function isCapitalised(w: Word): boolean {
  const code = w.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = w.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when a token is made of letters (and joiners). */
export function isWordLike(w: Word): boolean {
  return /^\p{L}/u.test(w.text);
}

/** `/^\p{Ll}/u.test(t)`: true when `t` opens with a lower-case letter (ASCII read by char code). */
export function startsLower(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(t);
}

/** `/^\p{L}/u.test(t)`: true when `t` opens with a letter (ASCII read by char code). */
export function startsLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /^\p{L}/u.test(t);
}

/** `/^[\p{L}\p{N}]/u.test(t)`: true when `t` opens with a letter or digit (ASCII read by char code). */
export function startsAlnum(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{N}]/u.test(t);
}

/** `/^\p{Ll}+$/u.test(t)` (`min` 1) or `/^\p{Ll}{3,}$/u.test(t)` (`min` 3): lower-case letters only, ASCII read by char code. */
export function allLower(t: string, min: 1 | 3): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return min === 1 ? /^\p{Ll}+$/u.test(t) : /^\p{Ll}{3,}$/u.test(t);
    if (c < 97 || c > 122) return false;
  }
  return t.length >= min;
}
