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

/** A query's terms as a list, and each term's place in it (one per set of terms: one per page of hits). */
const termLists = new WeakMap<ReadonlySet<string>, { list: string[]; index: Map<string, number> }>();

function termListOf(terms: ReadonlySet<string>): { list: string[]; index: Map<string, number> } {
  let known = termLists.get(terms);
  if (known === undefined) {
    const list = [...terms];
    known = { list, index: new Map(list.map((t, i) => [t, i])) };
    termLists.set(terms, known);
  }
  return known;
}

/**
 * The index in `terms` of the term the ASCII token `text[start, end)` is once lower-cased, or −1:
 * compared by char code, so no lower-cased copy of the token is made.
 */
function asciiTermIndex(text: string, start: number, end: number, terms: readonly string[]): number {
  const n = end - start;
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    if (term.length !== n) continue;
    let k = 0;
    for (; k < n; k++) {
      const c = text.charCodeAt(start + k);
      if ((c <= 0x5a && c >= 0x41 ? c + 0x20 : c) !== term.charCodeAt(k)) break;
    }
    if (k === n) return t;
  }
  return -1;
}

/**
 * Scratch of `windowOf` (one snippet at a time: it never yields): per token read, where it starts
 * and ends in the text and the index of the term it is (−1: none); per term, the last window that
 * counted it.
 */
const scratch = {
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  hit: new Int32Array(256),
  seen: new Int32Array(16),
  stamp: 0,
};

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(size, 2 * a.length));
  grown.set(a);
  return grown;
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
  const { list, index } = termListOf(terms);
  if (scratch.seen.length < list.length) scratch.seen = new Int32Array(list.length);
  const { seen } = scratch;
  let count = 0;
  let read = 0;
  let done = false;
  /** Reads tokens until index `k` exists or the stretch ends; false when it does not exist. */
  const has = (k: number) => {
    while (!done && count <= k) {
      if (!readToken(stretch, read, t, false)) done = true;
      else {
        read = t.end;
        if (count === scratch.starts.length) {
          scratch.starts = grow(scratch.starts, count + 1);
          scratch.ends = grow(scratch.ends, count + 1);
          scratch.hit = grow(scratch.hit, count + 1);
        }
        scratch.starts[count] = from + t.start;
        scratch.ends[count] = from + t.end;
        scratch.hit[count] =
          t.term === '' ? asciiTermIndex(stretch, t.start, t.end, list) : (index.get(t.term) ?? -1);
        count++;
      }
    }
    return k < count;
  };
  let bestStart = 0;
  let bestDistinct = 0;
  let bestHits = 0;
  for (let i = 0; has(i); i++) {
    if (scratch.hit[i]! < 0) continue;
    // A new stamp per window: a term counts once per window without clearing `seen`.
    const stamp = ++scratch.stamp;
    let distinct = 0;
    let hits = 0;
    for (let j = i; j < i + size && has(j); j++) {
      const hit = scratch.hit[j]!;
      if (hit < 0) continue;
      hits++;
      if (seen[hit] !== stamp) {
        seen[hit] = stamp;
        distinct++;
      }
    }
    if (distinct > bestDistinct || (distinct === bestDistinct && hits > bestHits)) {
      bestStart = i;
      bestDistinct = distinct;
      bestHits = hits;
    }
    if (bestDistinct === list.length) break;
  }
  if (scratch.stamp > 0x3fffffff) {
    scratch.stamp = 0;
    seen.fill(0);
  }
  if (!has(0)) return '';
  // Centre the matches in the window (context on both sides).
  let start = bestStart;
  if (bestDistinct > 0) {
    let last = start;
    for (let j = start; j < start + size && has(j); j++) if (scratch.hit[j]! >= 0) last = j;
    start = Math.max(0, start - Math.floor((size - (last - start + 1)) / 2));
  }
  if (!has(start + size - 1)) {
    has(Number.MAX_SAFE_INTEGER);
    start = Math.max(0, count - size);
  }
  const end = Math.min(start + size, count);
  const more = has(end) || !atEnd;
  const { starts, ends, hit } = scratch;
  const cutBefore = start > 0 || !atStart;
  // The window's text in one piece but for the marks around its matches.
  let out = cutBefore ? CUT : '';
  let at = cutBefore ? starts[start]! : 0;
  for (let j = start; j < end; j++) {
    if (hit[j]! < 0) continue;
    out += text.slice(at, starts[j]!) + OPEN + text.slice(starts[j]!, ends[j]!) + CLOSE;
    at = ends[j]!;
  }
  if (more) return `${out}${text.slice(at, ends[end - 1]!)}${CUT}`;
  return out + text.slice(at, to);
}
