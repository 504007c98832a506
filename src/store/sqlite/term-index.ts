import { BM25_B, BM25_K1, SEARCH_TITLE_WEIGHT } from './constants.ts';
import { forEachToken } from './search-tokens.ts';

/** One term's documents in rowid order, with its count in the title and in the text of each. */
interface Postings {
  n: number;
  rids: Int32Array;
  /** Title count << 16 | text count (each capped at 0xffff). */
  tf: Int32Array;
}

/** Matches of a conjunction of terms with their bm25 scores (lower is better, as FTS5's `bm25()`). */
export interface TermMatches {
  readonly rids: Int32Array;
  readonly scores: Float64Array;
}

const EMPTY: TermMatches = { rids: new Int32Array(0), scores: new Float64Array(0) };

/** First index `i >= from` with `rids[i] >= target` (exponential then binary search), or `n`. */
function gallop(rids: Int32Array, n: number, from: number, target: number): number {
  let step = 1;
  let hi = from;
  while (hi < n && rids[hi]! < target) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, n);
  while (from < hi) {
    const mid = (from + hi) >> 1;
    if (rids[mid]! < target) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/**
 * An in-memory inverted index of the documents' titles and texts, tokenised as the FTS index is
 * (search-tokens.ts), with per-document term counts and lengths: enough to score bm25 exactly as
 * FTS5's `bm25(documents_fts, 4.0, 1.0)` does, without FTS5's per-statement pass over each term's
 * doclist (to count its documents) and per-row reads of position lists and lengths. A query of
 * plain terms is then one intersection and one loop over typed arrays.
 *
 * Append-only, like the documents table: rows are added in rowid order (`add`), and every row of
 * the table counts (superseded revisions too), as it does for FTS5's row count and idf.
 */
export class TermIndex {
  /** Term → its id, the index of its postings in `lists`. */
  private readonly ids = new Map<string, number>();
  private readonly lists: Postings[] = [];
  /** The row being added: packed counts by term id (0 for terms not in it), and the ids it holds. */
  private counts = new Float64Array(1024);
  private readonly touched: number[] = [];
  private lengths = new Int32Array(1024);
  private normCache: { rows: number; norm: Float64Array } | null = null;
  /** Where `match` writes (one query's matches are garbage by the next: no allocation per query). */
  private scratch = { rids: new Int32Array(0), scores: new Float64Array(0) };
  /** Rows indexed, their tokens in all columns, the largest rowid. */
  rows = 0;
  tokens = 0;
  maxRowid = 0;
  /** Tokens of the row being added (the closures below are made once, not per row). */
  private length = 0;
  private readonly inTitle = (term: string) => this.count(term, 0x10000);
  private readonly inText = (term: string) => this.count(term, 1);

  /** Indexes one row; rowids must increase. */
  add(rowid: number, title: string | null, text: string): void {
    if (rowid <= this.maxRowid) throw new Error(`term index: rowid ${rowid} after ${this.maxRowid}`);
    this.length = 0;
    if (title) forEachToken(title, this.inTitle);
    forEachToken(text, this.inText);
    // Postings in the order the row's terms first occur (any order gives the same lists).
    for (const id of this.touched) {
      this.append(this.lists[id]!, rowid, this.counts[id]!);
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    if (rowid >= this.lengths.length) {
      const grown = new Int32Array(Math.max(rowid + 1, this.lengths.length * 2));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[rowid] = this.length;
    this.rows++;
    this.tokens += this.length;
    this.maxRowid = rowid;
  }

  /** Counts one occurrence of `term` in the row being added (`shift` 0x10000 in the title, 1 in the text). */
  private count(term: string, shift: number): void {
    this.length++;
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.lists.length;
      this.ids.set(term, id);
      this.lists.push({ n: 0, rids: new Int32Array(2), tf: new Int32Array(2) });
      if (id === this.counts.length) {
        const grown = new Float64Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    if (this.counts[id] === 0) this.touched.push(id);
    this.counts[id]! += shift;
  }

  private append(p: Postings, rowid: number, packed: number): void {
    if (p.n === p.rids.length) {
      const rids = new Int32Array(p.n * 2);
      rids.set(p.rids);
      const tf = new Int32Array(p.n * 2);
      tf.set(p.tf);
      p.rids = rids;
      p.tf = tf;
    }
    // Title and text counts share one int: cap each so neither spills into the other.
    const title = Math.min(Math.floor(packed / 0x10000), 0xffff);
    const text = Math.min(packed % 0x10000, 0xffff);
    p.rids[p.n] = rowid;
    p.tf[p.n] = (title << 16) | text;
    p.n++;
  }

  /**
   * Per row, bm25's length term k1·(1 − b + b·|d| / avgdl), computed once per state of the index
   * (every query of that state shares it; the same expression as FTS5's, so the same doubles).
   */
  private norms(avgdl: number): Float64Array {
    if (this.normCache?.rows === this.rows) return this.normCache.norm;
    const norm = new Float64Array(this.maxRowid + 1);
    for (let rid = 0; rid <= this.maxRowid; rid++)
      norm[rid] = BM25_K1 * (1 - BM25_B + (BM25_B * this.lengths[rid]!) / avgdl);
    this.normCache = { rows: this.rows, norm };
    return norm;
  }

  /** Documents holding `term` (its document frequency). */
  documents(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.lists[id]!.n;
  }

  /**
   * Rows holding every term, in rowid order, with bm25 as FTS5 computes it (same formula, same
   * order of operations, so the same doubles): per term idf = ln((N − n + 0.5) / (n + 0.5)),
   * floored at 1e-6; f = 4 × title count + text count; score −Σ idf·f·(k1+1) / (f + k1·(1 − b +
   * b·|d| / avgdl)). The rarest term drives the intersection. The arrays are the index's scratch
   * space: valid until the next call, to be copied by a caller that keeps them.
   */
  match(terms: readonly string[]): TermMatches {
    if (terms.length === 0 || this.rows === 0) return EMPTY;
    const lists: Postings[] = [];
    for (const t of terms) {
      const id = this.ids.get(t);
      if (id === undefined) return EMPTY;
      lists.push(this.lists[id]!);
    }
    const n = this.rows;
    const avgdl = this.tokens / n;
    const idf = lists.map((p) => {
      const v = Math.log((n - p.n + 0.5) / (p.n + 0.5));
      return v <= 0 ? 1e-6 : v;
    });
    // The rarest list drives; the others are searched forward from where they last stood.
    let driver = 0;
    for (let t = 1; t < lists.length; t++) if (lists[t]!.n < lists[driver]!.n) driver = t;
    const lead = lists[driver]!;
    const norm = this.norms(avgdl);
    if (this.scratch.rids.length < lead.n)
      this.scratch = { rids: new Int32Array(lead.n), scores: new Float64Array(lead.n) };
    if (lists.length === 2) return this.matchTwo(lists[0]!, lists[1]!, idf[0]!, idf[1]!, norm, driver);
    const at = new Int32Array(lists.length);
    const { rids, scores } = this.scratch;
    let found = 0;
    outer: for (let i = 0; i < lead.n; i++) {
      const rid = lead.rids[i]!;
      for (let t = 0; t < lists.length; t++) {
        if (t === driver) {
          at[t] = i;
          continue;
        }
        const p = lists[t]!;
        const list = p.rids;
        let k = at[t]!;
        // A few steps forward cover dense lists; a long way is galloped.
        const stop = Math.min(p.n, k + 8);
        while (k < stop && list[k]! < rid) k++;
        if (k === stop && k < p.n && list[k]! < rid) k = gallop(list, p.n, k, rid);
        at[t] = k;
        if (k === p.n) break outer;
        if (list[k] !== rid) continue outer;
      }
      // Every term holds this row: score it in query order (duplicated terms count twice, as
      // FTS5's phrases do), with the operations in FTS5's order.
      const lengthNorm = norm[rid]!;
      let score = 0;
      for (let t = 0; t < lists.length; t++) {
        const packed = lists[t]!.tf[at[t]!]!;
        const f = SEARCH_TITLE_WEIGHT * (packed >>> 16) + (packed & 0xffff);
        score += idf[t]! * ((f * (BM25_K1 + 1.0)) / (f + lengthNorm));
      }
      rids[found] = rid;
      scores[found] = -1.0 * score;
      found++;
    }
    const out = rids.subarray(0, found);
    return { rids: out, scores: scores.subarray(0, found) };
  }

  /**
   * `match` for two terms (most queries), as one merge loop: the rarer list drives, the other is
   * stepped or galloped forward; the score adds the terms in query order, as `match` does.
   */
  private matchTwo(
    p0: Postings,
    p1: Postings,
    idf0: number,
    idf1: number,
    norm: Float64Array,
    driver: number,
  ): TermMatches {
    const lead = driver === 0 ? p0 : p1;
    const other = driver === 0 ? p1 : p0;
    const leadRids = lead.rids;
    const leadTf = lead.tf;
    const list = other.rids;
    const otherTf = other.tf;
    const n = other.n;
    const { rids, scores } = this.scratch;
    const k1 = BM25_K1 + 1.0;
    let found = 0;
    let k = 0;
    for (let i = 0; i < lead.n; i++) {
      const rid = leadRids[i]!;
      const stop = Math.min(n, k + 8);
      while (k < stop && list[k]! < rid) k++;
      if (k === stop && k < n && list[k]! < rid) k = gallop(list, n, k, rid);
      if (k === n) break;
      if (list[k] !== rid) continue;
      const lengthNorm = norm[rid]!;
      const a = driver === 0 ? leadTf[i]! : otherTf[k]!;
      const b = driver === 0 ? otherTf[k]! : leadTf[i]!;
      const fa = SEARCH_TITLE_WEIGHT * (a >>> 16) + (a & 0xffff);
      const fb = SEARCH_TITLE_WEIGHT * (b >>> 16) + (b & 0xffff);
      // 0 + x is x: the same double as `match`'s running sum.
      const score = idf0 * ((fa * k1) / (fa + lengthNorm)) + idf1 * ((fb * k1) / (fb + lengthNorm));
      rids[found] = rid;
      scores[found] = -1.0 * score;
      found++;
    }
    return { rids: rids.subarray(0, found), scores: scores.subarray(0, found) };
  }
}
