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
    // An ASCII capital after the first unit, noted while scanning (not in a second pass).
    let capital = false;
    if (alnum(c, text, i)) {
      for (;;) {
        while (j < end) {
          const d = text.charCodeAt(j);
          if (!alnum(d, text, j)) break;
          if (d >= 65 && d <= 90) capital = true;
          j++;
        }
        // A joiner continues the word only between two word characters.
        if (
          j + 1 < end &&
          (CLASS[text.charCodeAt(j)]! & 4) !== 0 &&
          alnum(text.charCodeAt(j + 1), text, j + 1)
        ) {
          const d = text.charCodeAt(j + 1);
          if (d >= 65 && d <= 90) capital = true;
          j += 2;
        } else break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < end) j++;
    const t = text.slice(i, j);
    // Lower-case only what may hold capitals: most tokens start lower-case or with a digit. A token
    // opening with a non-ASCII unit is lower-cased only when one of its units has a lower case
    // (marks and dashes such as `“` and `—` are their own lower case).
    const lower = (c >= 65 && c <= 90) || capital || (c > 127 && hasCased(text, i, j)) ? t.toLowerCase() : t;
    out.push({ start: i, end: j, text: t, lower });
    i = j;
  }
  return out;
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
