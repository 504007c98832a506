import {
  BM25_B,
  BM25_K1,
  SEARCH_BY_ROW_FRACTION,
  SEARCH_SHARES_MAX_BYTES,
  SEARCH_SHARES_MIN_LIST,
  SEARCH_TITLE_WEIGHT,
} from './constants.ts';
import type { QueryPart } from './fts.ts';
import { forEachToken } from './search-tokens.ts';

/** One term's documents in rowid order, with its count in the title and in the text of each. */
interface Postings {
  n: number;
  rids: Int32Array;
  /** Title count << 16 | text count (each capped at 0xffff). */
  tf: Int32Array;
  /** Where each document's positions of the term start in `pos` (the next one's start ends them). */
  at: Int32Array;
  /** Token positions, document after document, each document's ascending (see `TermIndex.position`). */
  pos: Int32Array;
  posN: number;
}

/** A query part's documents in rowid order with its weighted count in each (4 × title + text, as bm25 sums them). */
interface PartList {
  n: number;
  rids: Int32Array;
  f: Float64Array;
}

/** Matches of a conjunction of terms with their bm25 scores (lower is better, as FTS5's `bm25()`). */
export interface TermMatches {
  readonly rids: Int32Array;
  readonly scores: Float64Array;
}

/** Lists of a query within this factor of its rarest list's length are read whole (`matchDense`). */
const DENSE_RATIO = 4;

const EMPTY: TermMatches = { rids: new Int32Array(0), scores: new Float64Array(0) };

/** `a` copied into a new array of `size` (zeros after it). */
function grownInt32(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(a.length > size ? a.subarray(0, size) : a);
  return grown;
}

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
  /** Per rowid scratch of `matchDense`: running score, and a tag saying which call's lists held the row. */
  private denseSum = new Float64Array(0);
  private denseTag = new Int32Array(0);
  private denseBase = 0;
  /**
   * By term id, each posting's share of bm25 before idf, f·(k1+1) / (f + k1·(1 − b + b·|d|/avgdl)),
   * for the index as it was at `shares.rows` rows (any added row changes avgdl: all are dropped);
   * kept for lists of at least SEARCH_SHARES_MIN_LIST rows, up to SEARCH_SHARES_MAX_BYTES in all.
   */
  private shares: {
    rows: number;
    byId: (Float64Array | undefined)[];
    /** By term id, for terms in at least 1/SEARCH_BY_ROW_FRACTION of the rows: the shares by rowid (0: not held). */
    byRow: (Float64Array | undefined)[];
    bytes: number;
  } = { rows: -1, byId: [], byRow: [], bytes: 0 };
  /** Per list of a query, where the shares of a list not kept are computed (`sharesOf`). */
  private shareScratch: Float64Array[] = [];
  /** Per part of a query, where its list is built (`partScratch`). */
  private readonly parts: { rids: Int32Array; f: Float64Array }[] = [];
  /** Where `intersect` writes its rows and, per list, their indexes. */
  private meet = { rids: new Int32Array(0), at: [] as Int32Array[] };
  /** Rows indexed, their tokens in all columns, the largest rowid. */
  rows = 0;
  tokens = 0;
  maxRowid = 0;
  /** Tokens of the row being added (the closures below are made once, not per row). */
  private length = 0;
  /**
   * The next token's position in the row being added: title tokens are 0..T−1 and text tokens
   * T+1.., so a phrase never runs from the title into the text (FTS5 matches within a column).
   */
  private position = 0;
  /** By rowid, the number of title tokens (positions below it are in the title). */
  private titleTokens = new Int32Array(1024);
  /** By term id, where the row being added starts in the term's positions. */
  private rowStart = new Int32Array(1024);
  /** Bytes the positions take (their arrays' sizes), and whether they are kept (false past `maxPositionBytes`). */
  positionBytes = 0;
  positional = true;
  /** Terms in code-unit order for prefix search: the first `count` ids sorted, later ids not yet. */
  private sortedTerms: { count: number; ids: Int32Array } | null = null;
  /** Terms by id. */
  private readonly names: string[] = [];
  /** Per rowid scratch of `prefixList` (a weighted count per row, 0 outside a call). */
  private acc = new Float64Array(0);
  private readonly inTitle = (term: string) => this.count(term, 0x10000);
  private readonly inText = (term: string) => this.count(term, 1);

  /** idf by document count, for the index's row count at `rows`. */
  private idfs: { rows: number; byCount: Map<number, number> } = { rows: -1, byCount: new Map() };
  private readonly maxPositionBytes: number;
  /** Bound of the kept shares (`shares`): SEARCH_SHARES_MAX_BYTES unless told (0: none kept). */
  private readonly maxShareBytes: number;
  private readonly log: (x: number) => number;

  /**
   * `maxPositionBytes`: past it the positions are dropped and phrases are left to FTS5. `log`: the
   * natural logarithm bm25's idf takes, which should be the C library's that FTS5 calls (SQLite's
   * `ln()`): V8's `Math.log` is one unit in the last place off for some arguments (ln 26.6).
   */
  constructor(
    options: { maxPositionBytes?: number; log?: (x: number) => number; maxShareBytes?: number } = {},
  ) {
    this.maxPositionBytes = options.maxPositionBytes ?? Number.POSITIVE_INFINITY;
    this.maxShareBytes = options.maxShareBytes ?? SEARCH_SHARES_MAX_BYTES;
    this.log = options.log ?? Math.log;
  }

  /** bm25's idf of a term or phrase in `n` rows: ln((N − n + 0.5) / (n + 0.5)), floored at 1e-6 (as FTS5). */
  private idf(n: number): number {
    if (this.idfs.rows !== this.rows) this.idfs = { rows: this.rows, byCount: new Map() };
    let v = this.idfs.byCount.get(n);
    if (v === undefined) {
      v = this.log((this.rows - n + 0.5) / (n + 0.5));
      if (v <= 0) v = 1e-6;
      this.idfs.byCount.set(n, v);
    }
    return v;
  }

  /** Indexes one row; rowids must increase. */
  add(rowid: number, title: string | null, text: string): void {
    if (rowid <= this.maxRowid) throw new Error(`term index: rowid ${rowid} after ${this.maxRowid}`);
    this.length = 0;
    this.position = 0;
    if (title) forEachToken(title, this.inTitle);
    const titleTokens = this.position;
    this.position++;
    forEachToken(text, this.inText);
    // Postings in the order the row's terms first occur (any order gives the same lists).
    for (const id of this.touched) {
      this.append(this.lists[id]!, rowid, this.counts[id]!, this.rowStart[id]!);
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    if (rowid >= this.lengths.length) {
      const size = Math.max(rowid + 1, this.lengths.length * 2);
      this.lengths = grownInt32(this.lengths, size);
      this.titleTokens = grownInt32(this.titleTokens, size);
    }
    this.lengths[rowid] = this.length;
    this.titleTokens[rowid] = titleTokens;
    this.rows++;
    this.tokens += this.length;
    this.maxRowid = rowid;
    if (this.positional && this.positionBytes > this.maxPositionBytes) this.dropPositions();
  }

  /** Counts one occurrence of `term` in the row being added (`shift` 0x10000 in the title, 1 in the text). */
  private count(term: string, shift: number): void {
    this.length++;
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.lists.length;
      this.ids.set(term, id);
      this.names.push(term);
      const empty = new Int32Array(0);
      this.lists.push({
        n: 0,
        rids: new Int32Array(2),
        tf: new Int32Array(2),
        at: empty,
        pos: empty,
        posN: 0,
      });
      if (id === this.counts.length) {
        const grown = new Float64Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
        this.rowStart = grownInt32(this.rowStart, grown.length);
      }
    }
    const p = this.lists[id]!;
    if (this.counts[id] === 0) {
      this.touched.push(id);
      this.rowStart[id] = p.posN;
    }
    this.counts[id]! += shift;
    if (this.positional) {
      if (p.posN === p.pos.length) {
        const size = Math.max(4, p.posN * 2);
        this.positionBytes += 4 * (size - p.pos.length);
        p.pos = grownInt32(p.pos, size);
      }
      p.pos[p.posN++] = this.position;
    }
    this.position++;
  }

  private append(p: Postings, rowid: number, packed: number, start: number): void {
    if (p.n === p.rids.length) {
      p.rids = grownInt32(p.rids, p.n * 2);
      p.tf = grownInt32(p.tf, p.n * 2);
    }
    if (this.positional && p.n >= p.at.length) {
      const size = Math.max(2, p.rids.length);
      this.positionBytes += 4 * (size - p.at.length);
      p.at = grownInt32(p.at, size);
    }
    // Title and text counts share one int: cap each so neither spills into the other.
    const title = Math.min(Math.floor(packed / 0x10000), 0xffff);
    const text = Math.min(packed % 0x10000, 0xffff);
    p.rids[p.n] = rowid;
    p.tf[p.n] = (title << 16) | text;
    if (this.positional) p.at[p.n] = start;
    p.n++;
  }

  /** Frees every term's positions (over the bound): phrases of more than one term are no longer answered. */
  private dropPositions(): void {
    const empty = new Int32Array(0);
    for (const p of this.lists) {
      p.at = empty;
      p.pos = empty;
      p.posN = 0;
    }
    this.positional = false;
    this.positionBytes = 0;
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
    const ids: number[] = [];
    for (const t of terms) {
      const id = this.ids.get(t);
      if (id === undefined) return EMPTY;
      lists.push(this.lists[id]!);
      ids.push(id);
    }
    const avgdl = this.tokens / this.rows;
    const idf = lists.map((p) => this.idf(p.n));
    // The rarest list drives; the others are searched forward from where they last stood.
    let driver = 0;
    for (let t = 1; t < lists.length; t++) if (lists[t]!.n < lists[driver]!.n) driver = t;
    const lead = lists[driver]!;
    const norm = this.norms(avgdl);
    const shares = ids.map((id, t) => this.sharesOf(id, t, norm));
    if (this.scratch.rids.length < lead.n)
      this.scratch = { rids: new Int32Array(lead.n), scores: new Float64Array(lead.n) };
    if (lists.length === 1) return this.matchOne(lead, idf[0]!, shares[0]!);
    // Every list but the driver's held by many rows: look its rows up by rowid (no merge).
    const byRow: Float64Array[] = [];
    for (let t = 0; t < ids.length; t++) {
      const rows = t === driver ? shares[t] : this.byRowOf(ids[t]!, shares[t]!);
      if (rows === undefined) break;
      byRow.push(rows);
    }
    if (byRow.length === ids.length) return this.matchByRow(lead, driver, idf, byRow);
    if (lists.length === 2)
      return this.matchTwo(lists[0]!, lists[1]!, idf[0]!, idf[1]!, shares[0]!, shares[1]!, driver);
    let longest = 0;
    for (const p of lists) longest = Math.max(longest, p.n);
    if (longest <= DENSE_RATIO * lead.n) return this.matchDense(lists, idf, shares);
    const found = this.intersect(lists);
    const { rids, at } = this.meet;
    const { scores } = this.scratch;
    for (let i = 0; i < found; i++) {
      // Every term holds this row: score it in query order (duplicated terms count twice, as
      // FTS5's phrases do), with the operations in FTS5's order.
      let score = 0;
      for (let t = 0; t < lists.length; t++) score += idf[t]! * shares[t]![at[t]![i]!]!;
      scores[i] = -1.0 * score;
    }
    return { rids: rids.subarray(0, found), scores: scores.subarray(0, found) };
  }

  /** `match` for one term: each of its rows, scored (0 + x is x: the same doubles as the general loop). */
  private matchOne(p: Postings, w: number, share: Float64Array): TermMatches {
    const { rids, scores } = this.scratch;
    for (let i = 0; i < p.n; i++) {
      rids[i] = p.rids[i]!;
      scores[i] = -1.0 * (w * share[i]!);
    }
    return { rids: rids.subarray(0, p.n), scores: scores.subarray(0, p.n) };
  }

  /**
   * The shares of term `id` by rowid (0 where it is absent: a held term's share is positive), kept
   * while the index is unchanged for a term held by at least 1/SEARCH_BY_ROW_FRACTION of the rows,
   * within SEARCH_SHARES_MAX_BYTES; undefined for other terms. `share` is its shares by posting.
   */
  private byRowOf(id: number, share: Float64Array): Float64Array | undefined {
    const kept = this.shares.byRow[id];
    if (kept !== undefined) return kept;
    const p = this.lists[id]!;
    const size = this.maxRowid + 1;
    if (p.n * SEARCH_BY_ROW_FRACTION < size || this.shares.bytes + 8 * size > this.maxShareBytes)
      return undefined;
    const out = new Float64Array(size);
    for (let i = 0; i < p.n; i++) out[p.rids[i]!] = share[i]!;
    this.shares.byRow[id] = out;
    this.shares.bytes += 8 * size;
    return out;
  }

  /**
   * `match` where every list but the rarest (`driver`) has its shares by rowid (`byRow[t]`; the
   * driver's entry is its shares by posting): each of the driver's rows is looked up in the others
   * and scored in query order from 0, as the general loop adds (the same doubles).
   */
  private matchByRow(
    lead: Postings,
    driver: number,
    idf: readonly number[],
    byRow: readonly Float64Array[],
  ): TermMatches {
    const { rids, scores } = this.scratch;
    const leadRids = lead.rids;
    const n = lead.n;
    let found = 0;
    if (byRow.length === 2) {
      // A and B in query order; the driver's share is by posting (index i), the other's by rowid.
      const [w0, w1] = [idf[0]!, idf[1]!];
      const own = byRow[driver]!;
      const other = byRow[1 - driver]!;
      for (let i = 0; i < n; i++) {
        const rid = leadRids[i]!;
        const o = other[rid]!;
        if (o === 0) continue;
        const a = driver === 0 ? own[i]! : o;
        const b = driver === 0 ? o : own[i]!;
        rids[found] = rid;
        scores[found] = -1.0 * (w0 * a + w1 * b);
        found++;
      }
    } else if (byRow.length === 3) {
      const [w0, w1, w2] = [idf[0]!, idf[1]!, idf[2]!];
      const [s0, s1, s2] = [byRow[0]!, byRow[1]!, byRow[2]!];
      for (let i = 0; i < n; i++) {
        const rid = leadRids[i]!;
        const a = driver === 0 ? s0[i]! : s0[rid]!;
        const b = driver === 1 ? s1[i]! : s1[rid]!;
        const c = driver === 2 ? s2[i]! : s2[rid]!;
        if (a === 0 || b === 0 || c === 0) continue;
        rids[found] = rid;
        scores[found] = -1.0 * (w0 * a + w1 * b + w2 * c);
        found++;
      }
    } else {
      const m = byRow.length;
      rows: for (let i = 0; i < n; i++) {
        const rid = leadRids[i]!;
        for (let t = 0; t < m; t++) if (t !== driver && byRow[t]![rid] === 0) continue rows;
        let score = 0;
        for (let t = 0; t < m; t++) score += idf[t]! * (t === driver ? byRow[t]![i]! : byRow[t]![rid]!);
        rids[found] = rid;
        scores[found] = -1.0 * score;
        found++;
      }
    }
    return { rids: rids.subarray(0, found), scores: scores.subarray(0, found) };
  }

  /**
   * Each posting's share of bm25 before idf (`shares`) for the term `id`, from the kept ones or
   * computed now: into the kept ones for a list long enough and while the bound allows, else into
   * the scratch of the query's `slot`-th list. The expression is bm25's own, so `idf × share` is
   * the very double FTS5 adds.
   */
  private sharesOf(id: number, slot: number, norm: Float64Array): Float64Array {
    if (this.shares.rows !== this.rows) this.shares = { rows: this.rows, byId: [], byRow: [], bytes: 0 };
    const kept = this.shares.byId[id];
    if (kept !== undefined) return kept;
    const p = this.lists[id]!;
    let out: Float64Array;
    if (p.n >= SEARCH_SHARES_MIN_LIST && this.shares.bytes + 8 * p.n <= this.maxShareBytes) {
      out = new Float64Array(p.n);
      this.shares.byId[id] = out;
      this.shares.bytes += 8 * p.n;
    } else {
      if ((this.shareScratch[slot]?.length ?? -1) < p.n)
        this.shareScratch[slot] = new Float64Array(Math.max(p.n, 2 * (this.shareScratch[slot]?.length ?? 0)));
      out = this.shareScratch[slot]!;
    }
    const k1 = BM25_K1 + 1.0;
    const { rids, tf } = p;
    for (let i = 0; i < p.n; i++) {
      const packed = tf[i]!;
      const f = SEARCH_TITLE_WEIGHT * (packed >>> 16) + (packed & 0xffff);
      out[i] = (f * k1) / (f + norm[rids[i]!]!);
    }
    return out;
  }

  /**
   * `match` for lists of like lengths (common words: galloping has nothing to skip): each list is
   * read once, in query order, adding its term's share of bm25 to a running score per rowid and
   * counting the lists that held the row; rows every list held are then read off the last list in
   * rowid order. Adding the shares in query order from 0 gives the very doubles of `match`'s loop.
   */
  private matchDense(
    lists: readonly Postings[],
    idf: readonly number[],
    shares: readonly Float64Array[],
  ): TermMatches {
    if (this.denseSum.length <= this.maxRowid) {
      this.denseSum = new Float64Array(this.maxRowid + 1);
      this.denseTag = new Int32Array(this.maxRowid + 1);
    }
    const m = lists.length;
    // A row's tag is `base + lists that held it` (bases of calls lie m + 1 apart: no clearing).
    if (this.denseBase > 0x7fffffff - 2 * (m + 1)) {
      this.denseTag.fill(0);
      this.denseBase = 0;
    }
    const base = this.denseBase + 1;
    this.denseBase = base + m;
    const { denseSum: sum, denseTag: tag } = this;
    {
      // The first list starts every row's score (0 + x is x).
      const { rids, n } = lists[0]!;
      const w = idf[0]!;
      const share = shares[0]!;
      for (let i = 0; i < n; i++) {
        const rid = rids[i]!;
        tag[rid] = base + 1;
        sum[rid] = w * share[i]!;
      }
    }
    for (let t = 1; t < m; t++) {
      const { rids, n } = lists[t]!;
      const w = idf[t]!;
      const share = shares[t]!;
      const held = base + t;
      for (let i = 0; i < n; i++) {
        const rid = rids[i]!;
        if (tag[rid] !== held) continue;
        tag[rid] = held + 1;
        sum[rid]! += w * share[i]!;
      }
    }
    const last = lists[m - 1]!;
    const all = base + m;
    const { rids, scores } = this.scratch;
    let found = 0;
    for (let i = 0; i < last.n; i++) {
      const rid = last.rids[i]!;
      if (tag[rid] !== all) continue;
      rids[found] = rid;
      scores[found] = -1.0 * sum[rid]!;
      found++;
    }
    return { rids: rids.subarray(0, found), scores: scores.subarray(0, found) };
  }

  /**
   * Rows in every list, in rowid order: the rarest list's rows are checked against each other
   * list in turn, rarer lists first, so that the candidates shrink as early as they can. Returns
   * how many; the rows are `meet.rids` and, for list t, each row's index in that list `meet.at[t]`
   * (scratch space, valid until the next call).
   */
  private intersect(lists: readonly { n: number; rids: Int32Array }[]): number {
    const m = lists.length;
    const order = Array.from({ length: m }, (_, t) => t).sort((a, b) => lists[a]!.n - lists[b]!.n || a - b);
    const lead = lists[order[0]!]!;
    let n = lead.n;
    if (this.meet.rids.length < n) this.meet = { rids: new Int32Array(n), at: [] };
    const { rids: cand, at } = this.meet;
    while (at.length < m) at.push(new Int32Array(cand.length));
    cand.set(lead.rids.subarray(0, n));
    const first = at[order[0]!]!;
    for (let i = 0; i < n; i++) first[i] = i;
    for (let s = 1; s < m && n > 0; s++) {
      const t = order[s]!;
      const list = lists[t]!.rids;
      const size = lists[t]!.n;
      const into = at[t]!;
      let k = 0;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const rid = cand[i]!;
        // A few steps forward cover dense lists; a long way is galloped.
        const stop = Math.min(size, k + 8);
        while (k < stop && list[k]! < rid) k++;
        if (k === stop && k < size && list[k]! < rid) k = gallop(list, size, k, rid);
        if (k === size) break;
        if (list[k] !== rid) continue;
        // Compacted in place (kept ≤ i), with the indexes of the lists met before.
        cand[kept] = rid;
        into[kept] = k;
        for (let u = 0; u < s; u++) {
          const earlier = at[order[u]!]!;
          earlier[kept] = earlier[i]!;
        }
        kept++;
      }
      n = kept;
    }
    return n;
  }

  /**
   * Rows matching every part (fts.ts `queryParts`: a term, a phrase of terms at consecutive
   * positions in one column, or a term's prefix), with bm25 as FTS5 computes it over phrases: per
   * part, n is the rows it matches and f = 4 × its title instances + its text instances (for a
   * prefix, the occurrences of every term starting with it). In `match`'s scratch space, like
   * `match`. Null when the index cannot answer: a phrase of several terms without kept positions,
   * or whose last term is a prefix.
   */
  matchParts(parts: readonly QueryPart[]): TermMatches | null {
    if (!this.answers(parts)) return null;
    if (parts.length === 0 || this.rows === 0) return EMPTY;
    const lists: PartList[] = [];
    for (const [slot, part] of parts.entries()) {
      const [first] = part.terms;
      const list = part.prefix
        ? this.prefixList(first!, slot)
        : part.terms.length === 1
          ? this.termList(first!, slot)
          : this.phraseList(part.terms, slot);
      if (list.n === 0) return EMPTY;
      lists.push(list);
    }
    const idf = lists.map((p) => this.idf(p.n));
    const norm = this.norms(this.tokens / this.rows);
    const found = this.intersect(lists);
    const { rids, at } = this.meet;
    if (this.scratch.scores.length < found)
      this.scratch = { rids: new Int32Array(found), scores: new Float64Array(found) };
    const { scores } = this.scratch;
    for (let i = 0; i < found; i++) {
      // Parts in query order, the operations in FTS5's order (as `match`).
      const lengthNorm = norm[rids[i]!]!;
      let score = 0;
      for (let t = 0; t < lists.length; t++) {
        const f = lists[t]!.f[at[t]![i]!]!;
        score += idf[t]! * ((f * (BM25_K1 + 1.0)) / (f + lengthNorm));
      }
      scores[i] = -1.0 * score;
    }
    return { rids: rids.subarray(0, found), scores: scores.subarray(0, found) };
  }

  /** True when `matchParts` can answer the parts (a phrase needs kept positions and no prefix). */
  answers(parts: readonly QueryPart[]): boolean {
    return parts.every((p) => p.terms.length === 1 || (!p.prefix && this.positional));
  }

  /** Terms starting with `prefix`, the ones in most rows first (then in code-unit order), at most `most`. */
  termsWithPrefix(prefix: string, most: number): string[] {
    return this.idsWithPrefix(prefix)
      .sort((a, b) => this.lists[b]!.n - this.lists[a]!.n || a - b)
      .slice(0, most)
      .map((id) => this.names[id]!);
  }

  /** Ids of the terms starting with `prefix`: a range of the sorted terms, and the terms added since the sort. */
  private idsWithPrefix(prefix: string): number[] {
    const total = this.names.length;
    let sorted = this.sortedTerms;
    // Re-sorted when the unsorted tail grows past an eighth (rows added after the build add few terms).
    if (sorted === null || total - sorted.count > Math.max(4096, sorted.count >> 3)) {
      const { names } = this;
      const ids = new Int32Array(total);
      for (let id = 0; id < total; id++) ids[id] = id;
      ids.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
      sorted = { count: total, ids };
      this.sortedTerms = sorted;
    }
    const { ids, count } = sorted;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.names[ids[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < count && this.names[ids[i]!]!.startsWith(prefix); i++) out.push(ids[i]!);
    for (let id = count; id < total; id++) if (this.names[id]!.startsWith(prefix)) out.push(id);
    return out;
  }

  /** One term's rows with its weighted count in each. */
  private termList(term: string, slot: number): PartList {
    const id = this.ids.get(term);
    if (id === undefined) return { n: 0, rids: new Int32Array(0), f: new Float64Array(0) };
    const p = this.lists[id]!;
    const { f } = this.partScratch(slot, p.n);
    for (let i = 0; i < p.n; i++) f[i] = SEARCH_TITLE_WEIGHT * (p.tf[i]! >>> 16) + (p.tf[i]! & 0xffff);
    return { n: p.n, rids: p.rids.subarray(0, p.n), f };
  }

  /**
   * Rows holding a term that starts with `prefix`, each with the weighted count of all such terms
   * (integers, so the sum is the same double in any order): counts are summed per rowid in a
   * scratch array, and the rows read back in rowid order.
   */
  private prefixList(prefix: string, slot: number): PartList {
    const ids = this.idsWithPrefix(prefix);
    if (ids.length <= 1) return this.termList(ids.length === 1 ? this.names[ids[0]!]! : '', slot);
    if (this.acc.length <= this.maxRowid) this.acc = new Float64Array(this.maxRowid + 1);
    const { acc } = this;
    // At most every row once: the slot's arrays hold the rows touched, then their counts.
    const { rids: touched, f } = this.partScratch(slot, this.maxRowid + 1);
    let n = 0;
    for (const id of ids) {
      const p = this.lists[id]!;
      for (let i = 0; i < p.n; i++) {
        const rid = p.rids[i]!;
        if (acc[rid] === 0) touched[n++] = rid;
        acc[rid]! += SEARCH_TITLE_WEIGHT * (p.tf[i]! >>> 16) + (p.tf[i]! & 0xffff);
      }
    }
    const rids = touched.subarray(0, n).sort();
    for (let i = 0; i < n; i++) {
      f[i] = acc[rids[i]!]!;
      acc[rids[i]!] = 0;
    }
    return { n, rids, f };
  }

  /**
   * Scratch arrays of `size` for the list of a query's part `slot` (`matchParts`): the lists of one
   * query are garbage by the next, and typed arrays allocated per query are off-heap memory whose
   * churn V8 answers with full collections.
   */
  private partScratch(slot: number, size: number): { rids: Int32Array; f: Float64Array } {
    let s = this.parts[slot];
    if (!s || s.rids.length < size) {
      const room = Math.max(size, (s?.rids.length ?? 0) * 2);
      s = { rids: new Int32Array(room), f: new Float64Array(room) };
      this.parts[slot] = s;
    }
    return s;
  }

  /**
   * Rows where `terms` occur at consecutive positions of one column, each with 4 × its title
   * instances + its text instances (every start counts, overlapping ones too, as FTS5 counts
   * them): the terms' rows are intersected, then their positions in each common row merged.
   */
  private phraseList(terms: readonly string[], slot: number): PartList {
    const lists: Postings[] = [];
    for (const t of terms) {
      const id = this.ids.get(t);
      if (id === undefined) return { n: 0, rids: new Int32Array(0), f: new Float64Array(0) };
      lists.push(this.lists[id]!);
    }
    const m = lists.length;
    let driver = 0;
    for (let s = 1; s < m; s++) if (lists[s]!.n < lists[driver]!.n) driver = s;
    const lead = lists[driver]!;
    const { rids, f } = this.partScratch(slot, lead.n);
    const at = new Int32Array(m);
    const cursor = new Int32Array(m);
    const end = new Int32Array(m);
    let found = 0;
    outer: for (let i = 0; i < lead.n; i++) {
      const rid = lead.rids[i]!;
      for (let s = 0; s < m; s++) {
        if (s === driver) {
          at[s] = i;
          continue;
        }
        const p = lists[s]!;
        const k = gallop(p.rids, p.n, at[s]!, rid);
        at[s] = k;
        if (k === p.n) break outer;
        if (p.rids[k] !== rid) continue outer;
      }
      for (let s = 0; s < m; s++) {
        const p = lists[s]!;
        const k = at[s]!;
        cursor[s] = p.at[k]!;
        end[s] = k + 1 < p.n ? p.at[k + 1]! : p.posN;
      }
      const first = lists[0]!.pos;
      const titleTokens = this.titleTokens[rid]!;
      let title = 0;
      let text = 0;
      starts: for (let c = cursor[0]!; c < end[0]!; c++) {
        const start = first[c]!;
        for (let s = 1; s < m; s++) {
          const pos = lists[s]!.pos;
          let k = cursor[s]!;
          while (k < end[s]! && pos[k]! < start + s) k++;
          cursor[s] = k;
          if (k === end[s]!) break starts;
          if (pos[k] !== start + s) continue starts;
        }
        if (start < titleTokens) title++;
        else text++;
      }
      if (title + text === 0) continue;
      rids[found] = rid;
      f[found] = SEARCH_TITLE_WEIGHT * title + text;
      found++;
    }
    return { n: found, rids: rids.subarray(0, found), f: f.subarray(0, found) };
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
    share0: Float64Array,
    share1: Float64Array,
    driver: number,
  ): TermMatches {
    const lead = driver === 0 ? p0 : p1;
    const other = driver === 0 ? p1 : p0;
    const leadRids = lead.rids;
    const leadShare = driver === 0 ? share0 : share1;
    const list = other.rids;
    const otherShare = driver === 0 ? share1 : share0;
    const n = other.n;
    const { rids, scores } = this.scratch;
    let found = 0;
    let k = 0;
    for (let i = 0; i < lead.n; i++) {
      const rid = leadRids[i]!;
      const stop = Math.min(n, k + 8);
      while (k < stop && list[k]! < rid) k++;
      if (k === stop && k < n && list[k]! < rid) k = gallop(list, n, k, rid);
      if (k === n) break;
      if (list[k] !== rid) continue;
      const a = driver === 0 ? leadShare[i]! : otherShare[k]!;
      const b = driver === 0 ? otherShare[k]! : leadShare[i]!;
      // 0 + x is x: the same double as `match`'s running sum.
      rids[found] = rid;
      scores[found] = -1.0 * (idf0 * a + idf1 * b);
      found++;
    }
    return { rids: rids.subarray(0, found), scores: scores.subarray(0, found) };
  }
}
