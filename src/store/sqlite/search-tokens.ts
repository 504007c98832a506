/**
 * Tokens as FTS5's `unicode61 remove_diacritics 2` tokenizer makes them (the one `documents_fts`
 * uses), so the in-memory term index counts the same terms, documents and lengths as the FTS
 * index that bm25 reads: letters, numbers and private-use characters are token characters,
 * everything else separates; terms are lower-cased, and Latin letters lose their diacritics.
 */

/**
 * Combining diacritics that unicode61 keeps inside a token and then drops (its diacritic table,
 * U+0300–U+0331 in part; checked character by character against SQLite in search-tokens.test.ts).
 * Other combining marks separate tokens, as in SQLite.
 */
const DIACRITICS =
  '\\u0300-\\u0304\\u0306-\\u030c\\u030f\\u0311\\u031b\\u0323-\\u0328\\u032d\\u032e\\u0330\\u0331';

const TOKEN = new RegExp(`[\\p{L}\\p{N}\\p{Co}${DIACRITICS}]+`, 'gu');
const DROPPED = new RegExp(`[\\p{Co}${DIACRITICS}]`, 'u');
const ASCII_LETTER = /[a-z]/;
const ASCII = /^[\x00-\x7f]*$/;

/** A raw token's term: case-folded, Latin letters without diacritics, combining diacritics dropped. */
export function foldToken(raw: string): string {
  if (ASCII.test(raw)) return raw.toLowerCase();
  let out = '';
  for (const c of raw) {
    for (const ch of caseFold(c)) {
      if (ch.charCodeAt(0) < 0x80) out += ch;
      else if (DROPPED.test(ch)) continue;
      else {
        // A precomposed letter on an ASCII base becomes the base (é → e, ǖ → u); Ł, ø, æ, й, ἀ
        // stay, as in SQLite.
        const base = ch.normalize('NFD')[0]!;
        out += base !== ch && ASCII_LETTER.test(base) ? base : ch;
      }
    }
  }
  return out;
}

/**
 * One character case-folded as SQLite does: lower case, or upper-then-lower case where that is one
 * character (ς → σ, ſ → s, µ → μ), but not for dotless ı, which SQLite keeps.
 */
function caseFold(c: string): string {
  const lower = c.toLowerCase();
  if (c === '\u0131') return lower;
  const upper = c.toUpperCase();
  if (upper.length !== c.length) return lower;
  const folded = upper.toLowerCase();
  return folded.length === c.length ? folded : lower;
}

/** ASCII token characters (letters and digits) by char code: the fast path of `forEachToken`. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Per BMP code unit above ASCII, learnt on first sight: 1 when the token pattern holds it, 2 when it
 * separates (curly quotes, dashes, no-break spaces), 0 not yet known. Surrogates are never learnt:
 * only the pattern reads a pair.
 */
const WIDE_KIND = new Uint8Array(0x10000);
const WIDE_CHAR = new RegExp(`^[\\p{L}\\p{N}\\p{Co}${DIACRITICS}]$`, 'u');

/** True when the code unit `c` (≥ 0x80) is a separator the token pattern would skip. */
function wideSeparator(c: number): boolean {
  let kind = WIDE_KIND[c]!;
  if (kind === 0) {
    if (c >= 0xd800 && c <= 0xdfff) return false;
    kind = WIDE_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WIDE_KIND[c] = kind;
  }
  return kind === 2;
}

/** A token found by `readToken`: its term and span. */
export interface TokenAt {
  term: string;
  start: number;
  end: number;
}

/**
 * Reads the first token at or after `from` into `out`; false when there is none. ASCII runs are
 * read by char code (no regex match, no fold beyond lower case: the token pattern's class holds
 * exactly ASCII letters and digits there); a token touching a non-ASCII character is read by the
 * token pattern from where it starts, so both paths cut and fold the same tokens. With `folded`
 * false an ASCII run's term is left empty, for a caller that compares its characters instead of
 * making its lower-cased copy (no other token has an empty term).
 */
export function readToken(text: string, from: number, out: TokenAt, folded = true): boolean {
  const n = text.length;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 0x80 ? ASCII_WORD[c] === 0 : wideSeparator(c)) {
      i++;
      continue;
    }
    if (c < 0x80) {
      let j = i;
      let upper = false;
      for (; j < n; j++) {
        c = text.charCodeAt(j);
        if (c >= 0x80 || ASCII_WORD[c] === 0) break;
        if (c <= 0x5a && c >= 0x41) upper = true;
      }
      if (j === n || c < 0x80 || wideSeparator(c)) {
        if (folded) {
          const raw = text.slice(i, j);
          out.term = upper ? raw.toLowerCase() : raw;
        } else out.term = '';
        out.start = i;
        out.end = j;
        return true;
      }
    }
    // A non-ASCII character at i or right after an ASCII run: the pattern decides from i.
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (m === null) return false;
    const end = m.index + m[0].length;
    const term = foldToken(m[0]);
    if (term !== '') {
      out.term = term;
      out.start = m.index;
      out.end = end;
      return true;
    }
    i = end;
  }
  return false;
}

/** Calls `each` with every token's term and its span `[start, end)` in `text`, in order. */
export function forEachToken(text: string, each: (term: string, start: number, end: number) => void): void {
  const t: TokenAt = { term: '', start: 0, end: 0 };
  for (let at = 0; readToken(text, at, t); at = t.end) each(t.term, t.start, t.end);
}

/** The token pattern read as the reference (tests compare `readToken` with it). */
export function tokensByPattern(text: string): TokenAt[] {
  const out: TokenAt[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const term = foldToken(m[0]);
    if (term !== '') out.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A lazy reader of `text`'s tokens (for snippets, which rarely need the whole text). */
export function tokenReader(text: string): () => TokenAt | null {
  let at = 0;
  return () => {
    const t: TokenAt = { term: '', start: 0, end: 0 };
    if (!readToken(text, at, t)) {
      at = text.length;
      return null;
    }
    at = t.end;
    return t;
  };
}
