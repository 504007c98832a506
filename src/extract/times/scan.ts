/**
 * The scanner of the times grammar: one left-to-right pass over the text into words, digit runs
 * and single punctuation marks, each with its offsets and the whitespace before it. No regular
 * expressions run over the text, so hostile input costs one step per character.
 */

/** Token classes: word (letters), number (digits), punctuation (any other single character). */
export type TokKind = 'w' | 'n' | 'p';

/** A token of the times scanner. */
export interface Tok {
  readonly s: number;
  readonly e: number;
  readonly kind: TokKind;
  /** Lower-cased text (digits as written). */
  readonly low: string;
  /** First letter upper-case. */
  readonly cap: boolean;
  /** Whitespace characters between the previous token and this one (0: attached). */
  readonly gap: number;
  /** A line break lies in the gap before this token. */
  readonly nl: boolean;
}

/** Deterministic work counter for linear-time tests. */
export interface Work {
  steps: number;
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 12 ||
    c === 11 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/** Splits `text` into tokens in one pass. */
export function scan(text: string, work?: Work): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  let gap = 0;
  let nl = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap++;
      if (c === 10 || c === 0x2029) nl = true;
      i++;
      continue;
    }
    const s = i;
    let kind: TokKind;
    let upper = false;
    if (isLetter(c)) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) break;
        if ((d >= 65 && d <= 90) || d >= 0xc0) upper = true;
        i++;
      }
      kind = 'w';
    } else if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      kind = 'n';
    } else {
      i++;
      kind = 'p';
    }
    const raw = kind === 'p' ? text[s]! : text.slice(s, i);
    out.push({ s, e: i, kind, low: upper ? raw.toLowerCase() : raw, cap: c >= 65 && c <= 90, gap, nl });
    gap = 0;
    nl = false;
  }
  if (work) work.steps += n;
  return out;
}
