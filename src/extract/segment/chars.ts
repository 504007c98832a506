/**
 * Character classes for the segmenters, as bit flags per UTF-16 code unit. The table is filled
 * lazily (one Unicode-property test per distinct code unit, ever), so the scanners pay one array
 * read per character and never allocate.
 */

/** Whitespace as `String.prototype.trim` and `\s` define it. */
export const WS = 1 << 0;
/** A letter, mark or non-decimal number (\p{L}, \p{M}, \p{Nl}, \p{No}): continues a word. */
export const LETTER = 1 << 1;
/** Upper- or title-case letter. */
export const UPPER = 1 << 2;
/** Lower-case letter. */
export const LOWER = 1 << 3;
/** Decimal digit (\p{Nd}). */
export const DIGIT = 1 << 4;
/** Punctuation (\p{P}). */
export const PUNCT = 1 << 5;
/** Sentence-final mark: `.` `!` `?` `…` and their doubled forms. */
export const TERMINAL = 1 << 6;
/** May follow a sentence-final mark and still belong to the sentence: closing quotes, brackets, `*`. */
export const CLOSER = 1 << 7;
/** May start a sentence after a sentence-final mark (upper-case or uncased letter, digit, opening quote…). */
export const STARTER = 1 << 8;
/** A line break; `\r` counts only when not followed by `\n`. */
export const NEWLINE = 1 << 9;
/** A UTF-16 high surrogate (first half of an astral code point). */
export const HIGH_SURROGATE = 1 << 10;

/** Letters and digits: what words and numbers are made of. */
export const ALNUM = LETTER | DIGIT;

const KNOWN = 1 << 15;
const table = new Uint16Array(0x10000);

const RE_WS = /^\s$/u;
const RE_LETTER = /^[\p{L}\p{M}\p{Nl}\p{No}]$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_PUNCT = /^\p{P}$/u;
const RE_CLOSER = /^[\p{Pe}\p{Pf}"'*]$/u;
const RE_STARTER = /^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}\p{Ps}\p{Pi}\p{Sc}"'¿¡*•]$/u;
const TERMINALS = '.!?…‼⁇⁈⁉';

function fill(code: number): number {
  const ch = String.fromCharCode(code);
  let f = KNOWN;
  if (code >= 0xd800 && code <= 0xdfff) {
    // Lone surrogates never match property escapes; astral characters are handled by the callers.
    if (code <= 0xdbff) f |= HIGH_SURROGATE;
    table[code] = f;
    return f;
  }
  if (RE_WS.test(ch)) f |= WS;
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0c) f |= NEWLINE;
  if (RE_LETTER.test(ch)) f |= LETTER;
  if (RE_UPPER.test(ch)) f |= UPPER;
  if (RE_LOWER.test(ch)) f |= LOWER;
  if (RE_DIGIT.test(ch)) f |= DIGIT;
  if (RE_PUNCT.test(ch)) f |= PUNCT;
  if (TERMINALS.includes(ch)) f |= TERMINAL;
  if (RE_CLOSER.test(ch)) f |= CLOSER;
  if (RE_STARTER.test(ch)) f |= STARTER;
  table[code] = f;
  return f;
}

for (let c = 0; c < 0x80; c++) fill(c);

/** The class flags of one UTF-16 code unit. */
export function charFlags(code: number): number {
  const f = table[code]!;
  return f === 0 ? fill(code) : f;
}

/** True when the code unit has any of `flags`. */
export function isClass(code: number, flags: number): boolean {
  return (charFlags(code) & flags) !== 0;
}

/** Hyphens that join the parts of one word (`ex-Soviet`, `S-400`), soft hyphen included. */
export function isJoiningHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0xad;
}

/** Apostrophes: straight and typographic. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}
