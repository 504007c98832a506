import { SNIPPET_REACH } from './constants.ts';
import { readToken, type TokenAt } from './search-tokens.ts';

/** Marks around a matched token and the cut sign, as the API's snippet splitter expects. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
const CUT = '…';

/** A token character (as search-tokens.ts has them): a match of a term must not continue into one. */
const WORD_CHAR = /[\p{L}\p{N}\p{Co}]/u;

/** `WORD_CHAR` over ASCII by char code (letters and digits), so most checks need no regex. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

/** True when the code unit at `i` is a token character (a lone surrogate is not). */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? ASCII_WORD[c] === 1 : WORD_CHAR.test(text[i]!);
}

/** An occurrence of a query term in the text: the (folded) term and where it starts. */
export interface Hit {
  readonly term: string;
  readonly start: number;
}

/**
 * The term among `terms` that the ASCII token `text[start, end)` is once lower-cased, or null:
 * compared by char code, so no lower-cased copy of the token is made.
 */
function asciiTermAt(text: string, start: number, end: number, terms: readonly string[]): string | null {
  const n = end - start;
  for (const term of terms) {
    if (term.length !== n) continue;
    let k = 0;
    for (; k < n; k++) {
      const c = text.charCodeAt(start + k);
      if ((c <= 0x5a && c >= 0x41 ? c + 0x20 : c) !== term.charCodeAt(k)) break;
    }
    if (k === n) return term;
  }
  return null;
}

/** Per set of terms (one per page of hits): a case-insensitive pattern of its terms, longest first. */
const patterns = new WeakMap<ReadonlySet<string>, RegExp | null>();

function patternOf(terms: ReadonlySet<string>): RegExp | null {
  let re = patterns.get(terms);
  if (re === undefined) {
    const all = [...terms];
    // Only ASCII terms: without the `u` flag, `i` folds ASCII letters only, as the tokenizer does
    // for them (ſ does not match s, nor K k).
    re = all.every((t) => /^[a-z0-9]+$/.test(t))
      ? new RegExp(all.sort((a, b) => b.length - a.length).join('|'), 'gi')
      : null;
    patterns.set(terms, re);
  }
  return re;
}

/**
 * Where the query terms occur in `text`, in text order, found by a case-insensitive search (no
 * tokenising, no lower-cased copy of the text): whole-token occurrences only, at most
 * `SNIPPET_REACH.perTerm` per term on average. Null when that search cannot be trusted to agree
 * with the tokenizer (a term that is not ASCII letters and digits) or finds nothing (the match may
 * be in the title, or a spelling with diacritics): the caller reads tokens then.
 */
export function findHits(text: string, terms: ReadonlySet<string>): Hit[] | null {
  const re = patternOf(terms);
  if (re === null) return null;
  const hits: Hit[] = [];
  const most = SNIPPET_REACH.perTerm * terms.size;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && hits.length < most; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const whole =
      (m.index === 0 || !isWordChar(text, m.index - 1)) && (end === text.length || !isWordChar(text, end));
    if (whole) hits.push({ term: m[0].toLowerCase(), start: m.index });
    // A match inside a longer word may hide a shorter term starting at the next character.
    else re.lastIndex = m.index + 1;
  }
  return hits.length > 0 ? hits : null;
}

/**
 * Where the snippet's window should be centred: the earliest occurrence that starts a stretch of
 * `span` characters holding the most distinct terms (then the most occurrences).
 */
function bestStart(hits: readonly Hit[], span: number): number {
  let best = { start: hits[0]!.start, distinct: 0, count: 0 };
  const inWindow = new Map<string, number>();
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    // Two pointers: hits[i..j) lie within `span` characters of hits[i].
    while (j < hits.length && hits[j]!.start < hits[i]!.start + span) {
      inWindow.set(hits[j]!.term, (inWindow.get(hits[j]!.term) ?? 0) + 1);
      j++;
    }
    if (inWindow.size > best.distinct || (inWindow.size === best.distinct && j - i > best.count))
      best = { start: hits[i]!.start, distinct: inWindow.size, count: j - i };
    const left = hits[i]!.term;
    const n = inWindow.get(left)! - 1;
    if (n === 0) inWindow.delete(left);
    else inWindow.set(left, n);
  }
  return best.start;
}

/**
 * A snippet of `text` for the query terms (folded as search-tokens.ts folds), like FTS5's
 * `snippet(…, char(1), char(2), '…', size)`: `size` tokens around the stretch holding the most
 * distinct terms, matched tokens marked \u0001…\u0002, `…` where the text is cut. The terms are
 * found by string search and only the text around the chosen place is tokenised, so the cost does
 * not grow with the text's length; when string search cannot be trusted (see `findHits`) the
 * text's tokens are read up to the first window with every term, at worst all of them.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>, size: number): string {
  return snippetFromHits((from, to) => text.slice(from, to), text.length, terms, size, findHits(text, terms));
}

/** Characters read before a snippet's stretch, for stepping back to a token boundary (more when a word is longer). */
const STEP_BACK = 64;

/**
 * `snippetOf` for a text of `length` code units that `read(from, to)` gives stretches of, with the
 * occurrences `findHits` would answer already known (word-runs.ts keeps them): only the stretch
 * around the chosen place is read, or the whole text when there are none (its tokens are read then).
 */
export function snippetFromHits(
  read: (from: number, to: number) => string,
  length: number,
  terms: ReadonlySet<string>,
  size: number,
  hits: readonly Hit[] | null,
): string {
  if (hits === null) return snippetByTokens(read(0, length), terms, size);
  // Tokenise a stretch around the chosen place: `size` tokens before and after it fit in it
  // unless tokens are longer than SNIPPET_REACH.charsPerToken on average.
  const centre = bestStart(hits, size * SNIPPET_REACH.typicalCharsPerToken);
  const reach = size * SNIPPET_REACH.charsPerToken;
  let from = Math.max(0, centre - reach);
  const to = Math.min(length, centre + reach);
  // `text` is the stretch [lo, to) of the whole text.
  let lo = Math.max(0, from - STEP_BACK);
  let text = read(lo, to);
  // Start on a token boundary: step back to a non-token character (or the start of the text).
  while (from > 0) {
    if (from - 1 < lo) {
      lo = 0;
      text = read(0, to);
    }
    if (!isWordChar(text, from - 1 - lo)) break;
    from--;
  }
  return windowOf(text, from - lo, to - lo, terms, size, from === 0, to === length);
}

/** The snippet from the text's tokens read in order (when string search is not enough). */
function snippetByTokens(text: string, terms: ReadonlySet<string>, size: number): string {
  return windowOf(text, 0, text.length, terms, size, true, true);
}

/**
 * The `size`-token window of `text[from, to)` holding the most distinct terms (then the most
 * matches, then the earliest), with the matches centred in it, marked and cut.
 */
function windowOf(
  text: string,
  from: number,
  to: number,
  terms: ReadonlySet<string>,
  size: number,
  atStart: boolean,
  atEnd: boolean,
): string {
  const stretch = text.slice(from, to);
  const t: TokenAt = { term: '', start: 0, end: 0 };
  // Tokens as parallel lists (a snippet reads ~60 of them; no object or term string per token).
  const starts: number[] = [];
  const ends: number[] = [];
  const hitAt: (string | null)[] = [];
  const termList = [...terms];
  let read = 0;
  let done = false;
  /** Reads tokens until index `k` exists or the stretch ends; false when it does not exist. */
  const has = (k: number) => {
    while (!done && starts.length <= k) {
      if (!readToken(stretch, read, t, false)) done = true;
      else {
        read = t.end;
        starts.push(from + t.start);
        ends.push(from + t.end);
        hitAt.push(
          t.term === '' ? asciiTermAt(stretch, t.start, t.end, termList) : terms.has(t.term) ? t.term : null,
        );
      }
    }
    return k < starts.length;
  };
  let best = { start: 0, distinct: 0, hits: 0 };
  const seen = new Set<string>();
  for (let i = 0; has(i); i++) {
    if (hitAt[i] === null) continue;
    seen.clear();
    let hits = 0;
    for (let j = i; j < i + size && has(j); j++) {
      const hit = hitAt[j]!;
      if (hit !== null) {
        seen.add(hit);
        hits++;
      }
    }
    if (seen.size > best.distinct || (seen.size === best.distinct && hits > best.hits))
      best = { start: i, distinct: seen.size, hits };
    if (best.distinct === terms.size) break;
  }
  if (!has(0)) return '';
  // Centre the matches in the window (context on both sides).
  let start = best.start;
  if (best.distinct > 0) {
    let last = start;
    for (let j = start; j < start + size && has(j); j++) if (hitAt[j] !== null) last = j;
    start = Math.max(0, start - Math.floor((size - (last - start + 1)) / 2));
  }
  if (!has(start + size - 1)) {
    has(Number.MAX_SAFE_INTEGER);
    start = Math.max(0, starts.length - size);
  }
  const end = Math.min(start + size, starts.length);
  const cutBefore = start > 0 || !atStart;
  let out = cutBefore ? CUT : '';
  let at = cutBefore ? starts[start]! : 0;
  for (let j = start; j < end; j++) {
    const a = starts[j]!;
    const b = ends[j]!;
    out += text.slice(at, a);
    out += hitAt[j] !== null ? OPEN + text.slice(a, b) + CLOSE : text.slice(a, b);
    at = b;
  }
  return has(end) || !atEnd ? out + CUT : out + text.slice(at, to);
}
