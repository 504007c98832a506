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
  return snippetFromHits(text, text.length, terms, size, findHits(text, terms));
}

/**
 * Where a snippet reads stretches of its text: the text itself, or a kept text read in part. (An
 * object with a method rather than a closure: the snippet path runs per hit, and a closure made
 * per call is also named per call under tsx's keep-names transform.)
 */
export interface TextSource {
  slice(from: number, to: number): string;
}

/** Characters read before a snippet's stretch, for stepping back to a token boundary (more when a word is longer). */
const STEP_BACK = 64;

/**
 * `snippetOf` for a text of `length` code units that `source.slice(from, to)` gives stretches of, with the
 * occurrences `findHits` would answer already known (word-runs.ts keeps them): only the stretch
 * around the chosen place is read, or the whole text when there are none (its tokens are read then).
 */
export function snippetFromHits(
  source: TextSource,
  length: number,
  terms: ReadonlySet<string>,
  size: number,
  hits: readonly Hit[] | null,
): string {
  if (hits === null) return snippetByTokens(source.slice(0, length), terms, size);
  // Tokenise a stretch around the chosen place: `size` tokens before and after it fit in it
  // unless tokens are longer than SNIPPET_REACH.charsPerToken on average.
  const centre = bestStart(hits, size * SNIPPET_REACH.typicalCharsPerToken);
  const reach = size * SNIPPET_REACH.charsPerToken;
  let from = Math.max(0, centre - reach);
  const to = Math.min(length, centre + reach);
  // `text` is the stretch [lo, to) of the whole text.
  let lo = Math.max(0, from - STEP_BACK);
  let text = source.slice(lo, to);
  // Start on a token boundary: step back to a non-token character (or the start of the text).
  while (from > 0) {
    if (from - 1 < lo) {
      lo = 0;
      text = source.slice(0, to);
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
 * The tokens of `windowOf`'s stretch, read as far as asked: per token, where it starts and ends in
 * the text and the index of the term it is (−1: none). One instance serves every snippet (a
 * snippet is made in one go, never interleaved with another).
 */
class WindowTokens {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  hit = new Int32Array(256);
  count = 0;
  private stretch = '';
  private offset = 0;
  private read = 0;
  private done = false;
  private list: readonly string[] = [];
  private index: ReadonlyMap<string, number> = new Map();
  private readonly t: TokenAt = { term: '', start: 0, end: 0 };

  /** Starts on `stretch`, which begins at `offset` of the text, matching `list`'s terms. */
  reset(stretch: string, offset: number, list: readonly string[], index: ReadonlyMap<string, number>): void {
    this.stretch = stretch;
    this.offset = offset;
    this.list = list;
    this.index = index;
    this.count = 0;
    this.read = 0;
    this.done = false;
  }

  /** Reads tokens until index `k` exists or the stretch ends; false when it does not exist. */
  has(k: number): boolean {
    const { t } = this;
    while (!this.done && this.count <= k) {
      if (!readToken(this.stretch, this.read, t, false)) this.done = true;
      else {
        this.read = t.end;
        const n = this.count;
        if (n === this.starts.length) {
          this.starts = grow(this.starts, n + 1);
          this.ends = grow(this.ends, n + 1);
          this.hit = grow(this.hit, n + 1);
        }
        this.starts[n] = this.offset + t.start;
        this.ends[n] = this.offset + t.end;
        this.hit[n] =
          t.term === ''
            ? asciiTermIndex(this.stretch, t.start, t.end, this.list)
            : (this.index.get(t.term) ?? -1);
        this.count = n + 1;
      }
    }
    return k < this.count;
  }
}

const tokens = new WindowTokens();

/** Per term of a snippet's query, the last window that counted it (windows are numbered by `stamp`). */
const seenIn = { seen: new Int32Array(16), stamp: 0 };

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
  const { list, index } = termListOf(terms);
  tokens.reset(text.slice(from, to), from, list, index);
  if (seenIn.seen.length < list.length) seenIn.seen = new Int32Array(list.length);
  const { seen } = seenIn;
  let bestStart = 0;
  let bestDistinct = 0;
  let bestHits = 0;
  for (let i = 0; tokens.has(i); i++) {
    if (tokens.hit[i]! < 0) continue;
    // A new stamp per window: a term counts once per window without clearing `seen`.
    const stamp = ++seenIn.stamp;
    let distinct = 0;
    let hits = 0;
    for (let j = i; j < i + size && tokens.has(j); j++) {
      const hit = tokens.hit[j]!;
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
  if (seenIn.stamp > 0x3fffffff) {
    seenIn.stamp = 0;
    seen.fill(0);
  }
  if (!tokens.has(0)) return '';
  // Centre the matches in the window (context on both sides).
  let start = bestStart;
  if (bestDistinct > 0) {
    let last = start;
    for (let j = start; j < start + size && tokens.has(j); j++) if (tokens.hit[j]! >= 0) last = j;
    start = Math.max(0, start - Math.floor((size - (last - start + 1)) / 2));
  }
  if (!tokens.has(start + size - 1)) {
    tokens.has(Number.MAX_SAFE_INTEGER);
    start = Math.max(0, tokens.count - size);
  }
  const end = Math.min(start + size, tokens.count);
  const more = tokens.has(end) || !atEnd;
  const { starts, ends, hit } = tokens;
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
