import { SNIPPET_REACH } from './constants.ts';
import { type Hit, isWordChar } from './snippet.ts';

/** ASCII letters and digits by char code. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Word starts are kept below this (a longer text's words are not kept), ids above it in one exact double. */
const SPAN = 2 ** 24;

/** First index in [lo, hi) whose key is at least `key`, or `hi`. */
function lowerBound(keys: Float64Array, lo: number, hi: number, key: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keys per chunk (16 MB); a text with more words gets a chunk of its own. */
const CHUNK_KEYS = 1 << 21;

/** FNV-1a over char codes (32 bits). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** True when `text[i, j)` lower-cased (ASCII) is `word`. */
function sameWord(word: string, text: string, i: number, j: number): boolean {
  if (word.length !== j - i) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k);
    if ((c <= 0x5a && c >= 0x41 ? c + 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** A query term the string search of snippet.ts accepts (otherwise it reads tokens). */
const ASCII_TERM = /^[a-z0-9]+$/;

/**
 * Where each kept text's whole ASCII words start, and which word each is (lower-cased, as an id),
 * so that a snippet finds a query's occurrences by reading integers instead of searching the text
 * (~10 µs a 5 KB text, the largest part of a snippet). A word here is what snippet.ts's
 * case-insensitive search counts as a whole match of an ASCII term: a run of ASCII letters and
 * digits with no token character (`isWordChar`) on either side. Filled beside the text shelf;
 * append-only like the documents table. 8 bytes a word (~70 MB at 10,000 generated articles),
 * outside the JS heap; texts of 2^24 code units or more are left to the string search.
 */
export class WordRuns {
  /** Words by id (lower-cased), their ids by word, and an open-addressing table of ids by hash. */
  private readonly idOf = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  /**
   * Every kept text's words as `id * SPAN + start`, one text after another, each text's sorted:
   * a word's occurrences in a text are one run of keys, found by binary search.
   */
  private readonly chunks: Float64Array[] = [];
  private used = 0;
  /** One text's keys as they are read (reused: no garbage per text). */
  private scratch = new Float64Array(1 << 12);
  /**
   * By rowid: the chunk (-1 for a text not kept), the first key's index in it and the number of
   * keys. Chunks are filled one after another and never copied, so building leaves no large
   * garbage behind (doubling one array left ~64 MB of dead buffers for the first full GC).
   */
  private chunkOf = new Int32Array(1024).fill(-1);
  private firstOf = new Int32Array(1024);
  private countOf = new Int32Array(1024);

  constructor(private readonly chunkKeys = CHUNK_KEYS) {}

  /** Records the words of `text` for `rowid`. */
  add(rowid: number, text: string): void {
    this.grow(rowid);
    let used = 0;
    let keys: Float64Array = this.scratch;
    const n = text.length;
    if (n >= SPAN) return;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c >= 0x80 || ASCII_WORD[c] === 0) {
        i++;
        continue;
      }
      // The run's lower-cased hash as it is read: no string is made for a word seen before.
      let h = FNV_OFFSET;
      let j = i;
      for (; j < n; j++) {
        c = text.charCodeAt(j);
        if (c >= 0x80 || ASCII_WORD[c] === 0) break;
        h = Math.imul(h ^ (c <= 0x5a && c >= 0x41 ? c + 0x20 : c), FNV_PRIME);
      }
      if ((i === 0 || !isWordChar(text, i - 1)) && (j === n || !isWordChar(text, j))) {
        if (used === keys.length) keys = this.grownScratch(used);
        keys[used++] = this.wordId(text, i, j, h) * SPAN + i;
      }
      i = j;
    }
    const sorted = keys.subarray(0, used).sort();
    let chunk = this.chunks.at(-1);
    if (chunk === undefined || chunk.length - this.used < used) {
      chunk = new Float64Array(Math.max(this.chunkKeys, used));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(sorted, this.used);
    this.chunkOf[rowid] = this.chunks.length - 1;
    this.firstOf[rowid] = this.used;
    this.countOf[rowid] = used;
    this.used += used;
  }

  /**
   * What snippet.ts's `findHits` answers for the text kept for `rowid` (its occurrences of the
   * terms in text order, at most SNIPPET_REACH.perTerm per term on average; null for none), or
   * undefined when the words of that text are not kept or a term is not plain ASCII (the string
   * search does not answer those either).
   */
  hits(rowid: number, terms: ReadonlySet<string>): Hit[] | null | undefined {
    const c = rowid < this.chunkOf.length ? this.chunkOf[rowid]! : -1;
    if (c < 0) return undefined;
    const first = this.firstOf[rowid]!;
    const wanted: number[] = [];
    for (const t of terms) {
      if (!ASCII_TERM.test(t)) return undefined;
      const id = this.idOf.get(t);
      if (id !== undefined) wanted.push(id);
    }
    if (wanted.length === 0) return null;
    const keys = this.chunks[c]!;
    const { words } = this;
    const end = first + this.countOf[rowid]!;
    // Each term's occurrences (a run of keys in text order), merged by where they start.
    const at: number[] = [];
    const until: number[] = [];
    const base: number[] = [];
    for (const id of wanted) {
      const lo = lowerBound(keys, first, end, id * SPAN);
      const hi = lowerBound(keys, lo, end, (id + 1) * SPAN);
      if (lo < hi) {
        at.push(lo);
        until.push(hi);
        base.push(id * SPAN);
      }
    }
    const most = SNIPPET_REACH.perTerm * terms.size;
    const hits: Hit[] = [];
    while (hits.length < most) {
      let next = -1;
      for (let k = 0; k < at.length; k++)
        if (at[k]! < until[k]! && (next < 0 || keys[at[k]!]! - base[k]! < keys[at[next]!]! - base[next]!))
          next = k;
      if (next < 0) break;
      hits.push({ term: words[base[next]! / SPAN]!, start: keys[at[next]!]! - base[next]! });
      at[next]!++;
    }
    return hits.length > 0 ? hits : null;
  }

  /** The id of the word `text[i, j)` (ASCII letters and digits) lower-cased, whose hash is `h`. */
  private wordId(text: string, i: number, j: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h && sameWord(this.words[id]!, text, i, j)) return id;
    }
    const word = text.slice(i, j).toLowerCase();
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    this.idOf.set(word, id);
    // Half full at most: rehash into twice the slots.
    if (2 * this.words.length > this.slots.length) {
      this.slots = new Int32Array(2 * this.slots.length).fill(-1);
      for (let k = 0; k < this.hashes.length; k++) this.place(this.hashes[k]!, k);
    } else this.place(h, id);
    return id;
  }

  private place(h: number, id: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }

  /** The scratch list with room for more, the first `used` keys copied. */
  private grownScratch(used: number): Float64Array {
    const keys = new Float64Array(2 * this.scratch.length);
    keys.set(this.scratch.subarray(0, used));
    this.scratch = keys;
    return keys;
  }

  private grow(rowid: number): void {
    if (rowid < this.firstOf.length) return;
    const size = Math.max(rowid + 1, 2 * this.firstOf.length);
    const chunkOf = new Int32Array(size).fill(-1);
    chunkOf.set(this.chunkOf);
    const firstOf = new Int32Array(size);
    firstOf.set(this.firstOf);
    const countOf = new Int32Array(size);
    countOf.set(this.countOf);
    this.chunkOf = chunkOf;
    this.firstOf = firstOf;
    this.countOf = countOf;
  }
}
