import type Database from 'better-sqlite3';
import type { DocumentFilters, FacetCount, SearchPage, SearchPageHit, SearchPageOptions } from '../types.ts';
import { ArrayPool } from './array-pool.ts';
import {
  SEARCH_HEAP_ASKS,
  SEARCH_HEAP_PAGE_END,
  SEARCH_MEMO_MAX_MATCHES,
  SEARCH_MEMO_QUERIES,
  SEARCH_MEMO_SEEN,
  SEARCH_MEMO_VIEWS,
  SEARCH_POOL_ARRAYS,
  SEARCH_POSITIONS_MAX_BYTES,
  SEARCH_SNIPPET_PREFIX_TERMS,
  SEARCH_SNIPPET_TOKENS,
  SEARCH_TEXTS_MAX_BYTES,
  SEARCH_TOPK_MAX,
  TERM_INDEX_BATCH,
  TERM_INDEX_SLICE,
} from './constants.ts';
import { type QueryPart, queryParts, toFtsQuery } from './fts.ts';
import { foldToken, forEachToken } from './search-tokens.ts';
import { snippetFromHits, snippetOf, type TextSource } from './snippet.ts';
import { TermIndex, type TermMatches } from './term-index.ts';
import { TextShelf } from './text-shelf.ts';
import { WordRuns } from './word-runs.ts';

/**
 * The first `k` of `0..n-1` in `cmp` order: a bounded max-heap, O(n log k), so a broad query
 * does not sort every match to show one page. When `cmp` orders by `scores[x]` first (ascending),
 * passing `scores` lets most candidates be turned away on one comparison of numbers.
 */
export function topK(
  n: number,
  k: number,
  cmp: (a: number, b: number) => number,
  scores?: Float64Array,
): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  for (let x = 0; x < n; x++) {
    if (heap.length < k) {
      heap.push(x);
      siftUp(heap, heap.length - 1, cmp);
    } else if ((scores === undefined || scores[x]! <= scores[heap[0]!]!) && cmp(x, heap[0]!) < 0) {
      heap[0] = x;
      siftDown(heap, 0, cmp);
    }
  }
  return heap.sort(cmp);
}

/** Moves `heap[i]` up a max-heap in `cmp` order. */
function siftUp(heap: number[], i: number, cmp: (a: number, b: number) => number): void {
  const x = heap[i]!;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (cmp(x, heap[p]!) <= 0) break;
    heap[i] = heap[p]!;
    i = p;
  }
  heap[i] = x;
}

/** Moves `heap[i]` down a max-heap in `cmp` order. */
function siftDown(heap: number[], i: number, cmp: (a: number, b: number) => number): void {
  const x = heap[i]!;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = -1;
    let top = x;
    if (l < heap.length && cmp(heap[l]!, top) > 0) {
      m = l;
      top = heap[l]!;
    }
    if (r < heap.length && cmp(heap[r]!, top) > 0) m = r;
    if (m < 0) break;
    heap[i] = heap[m]!;
    i = m;
  }
  heap[i] = x;
}

/** A row's kept text as a snippet's source (text-shelf.ts): a stretch is decoded only when asked. */
class ShelvedText implements TextSource {
  constructor(
    private readonly texts: TextShelf,
    private readonly rid: number,
  ) {}

  slice(from: number, to: number): string {
    return this.texts.slice(this.rid, from, to)!;
  }
}

/** What search filters and facets need of a document, kept in memory by rowid. */
interface ListingMeta {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly format: string;
  readonly day: string | null;
  readonly current: boolean;
  /** Facet values as small integers (index into `Listing.values`; -1 for none), for counting in bins. */
  readonly codes: readonly [outlet: number, format: number, month: number];
}

/** Listing columns of every document, by rowid, and the facet values their codes stand for. */
interface Listing {
  readonly byRowid: readonly (ListingMeta | undefined)[];
  /**
   * For loops over every match: by rowid, the document's combination of facet values (-1 when it
   * is not current), and per combination its three codes (at 3 × combination). Counting one
   * combination per match and spreading the counts afterwards costs a third of counting three
   * facets per match, most of whose increments hit the same few bins one after another.
   */
  readonly combo: Int32Array;
  readonly comboCodes: Int32Array;
  readonly values: readonly [outlet: string[], format: string[], month: string[]];
}

/** The facets in the order of `ListingMeta.codes`. */
const FACETS = ['outlet', 'format', 'month'] as const;

type Facets = SearchPage['facets'];

/** Matches of one filter combination: positions into the ranking, and facets over all of them. */
interface View {
  readonly positions: Int32Array;
  readonly facets: Facets;
  /** Set once the positions are in rank order (on the second page served; the first uses a heap). */
  sorted: boolean;
  served: number;
  /** Scores by position, for the heap's first comparison (made on the first page served). */
  scores?: Float64Array;
}

/**
 * A query's matches among current documents with their bm25 scores (lower is better), or without
 * scores (null) when it was asked once only: its pages then come from SQLite's own top-k.
 */
interface Ranking {
  readonly rids: Int32Array;
  readonly scores: Float64Array | null;
  /** The listing's documents by rowid (shared, not copied): a match's columns are `byRowid[rids[p]]`. */
  readonly byRowid: Listing['byRowid'];
  readonly views: Map<string, View>;
  /** Matches in the index, current or not (the ones a top-k of the index must look past). */
  readonly indexed: number;
  /** Requests answered from it so far. */
  asks: number;
}

const EMPTY: SearchPage = { hits: [], total: 0, facets: { outlet: [], format: [], month: [] } };

/** A query's ANDed plain words as index terms, or null when it has phrases, prefixes or OR (FTS5 answers those). */
export function plainTerms(fts: string): string[] | null {
  if (!/^"[^" ]+"( "[^" ]+")*$/.test(fts)) return null;
  const terms = fts.split(' ').map((part) => foldToken(part.slice(1, -1)));
  return terms.every((t) => t !== '') ? terms : null;
}

/** A phrase's terms as the tokenizer reads them (as FTS5 reads a quoted string). */
function phraseTerms(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (term) => out.push(term));
  return out;
}

/** Counts of each facet's values over the matches, most frequent first (ties by value). */
function facetCounts(listing: Listing, rids: Int32Array, positions: Int32Array): Facets {
  const bins = facetBins(listing);
  for (const p of positions) countCodes(bins, listing.byRowid[rids[p]!]!.codes);
  return facetsOf(listing, bins);
}

/**
 * Facets over every current match of a ranking (no filter): one count per combination of facet
 * values (`Listing.combo`), spread to the three facets afterwards, as `once` counts them.
 */
function comboFacets(listing: Listing, rids: Int32Array): Facets {
  const { combo, comboCodes } = listing;
  const perCombo = new Int32Array(comboCodes.length / 3);
  for (let i = 0; i < rids.length; i++) perCombo[combo[rids[i]!]!]!++;
  return facetsOf(listing, comboBins(listing, perCombo));
}

/** Count bins from counts per combination of facet values, spread to the three facets. */
function comboBins(listing: Listing, perCombo: Int32Array): Int32Array[] {
  const { comboCodes } = listing;
  const bins = facetBins(listing);
  for (let k = 0; k < perCombo.length; k++) {
    const count = perCombo[k]!;
    if (count === 0) continue;
    for (let facet = 0; facet < 3; facet++) {
      const code = comboCodes[3 * k + facet]!;
      if (code >= 0) bins[facet]![code]! += count;
    }
  }
  return bins;
}

/** Empty count bins, one per value of each facet. */
function facetBins(listing: Listing): Int32Array[] {
  return listing.values.map((v) => new Int32Array(v.length));
}

function countCodes(bins: Int32Array[], codes: ListingMeta['codes']): void {
  for (let f = 0; f < 3; f++) if (codes[f]! >= 0) bins[f]![codes[f]!]!++;
}

/** Facets from count bins: values with a count, most frequent first (ties by value). */
function facetsOf(listing: Listing, bins: Int32Array[]): Facets {
  const counts = (f: number): FacetCount[] => {
    const out: FacetCount[] = [];
    const values = listing.values[f]!;
    bins[f]!.forEach((count, code) => {
      if (count > 0) out.push({ value: values[code]!, count });
    });
    return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  };
  return { outlet: counts(0), format: counts(1), month: counts(2) };
}

/** True when a document's listing columns pass the filters (dates as days). */
function passes(m: ListingMeta, f: DocumentFilters, from?: string, to?: string): boolean {
  if (f.outlet !== undefined && m.outlet !== f.outlet) return false;
  if (f.format !== undefined && m.format !== f.format) return false;
  if (from !== undefined && (m.day === null || m.day < from)) return false;
  if (to !== undefined && (m.day === null || m.day > to)) return false;
  return true;
}

/** Filters with dates cut to the day, as one string (the key of a view). */
function filterKey(f: DocumentFilters): { key: string; from?: string; to?: string } {
  const from = f.from?.slice(0, 10);
  const to = f.to?.slice(0, 10);
  return { key: JSON.stringify([f.outlet ?? null, f.format ?? null, from ?? null, to ?? null]), from, to };
}

/**
 * Full-text search. A query of plain words, quoted phrases and `word*` prefixes (what people
 * type) is answered from an in-memory term index (term-index.ts) that scores bm25 exactly as FTS5
 * would, in loops over typed arrays; OR, a phrase ending in a prefix, and every query while the
 * index is built go to the FTS5 index, which ranks every match by bm25 from the index alone.
 * Either way filters and facets read listing columns kept in memory by rowid, so the large
 * document rows are read for the returned page only (snippets). The ranking of a query asked again
 * soon, and per filter combination its matches and facets, are kept while the store is unchanged:
 * the next page or a facet click costs the page's snippets, not a new ranking.
 */
export class SqliteSearch {
  private readonly ranked: Database.Statement;
  private readonly matched: Database.Statement;
  private readonly best: Database.Statement;
  private readonly snippet: Database.Statement;
  private readonly metaRows: Database.Statement;
  private readonly rowCount: Database.Statement;
  private readonly rowsAfter: Database.Statement;
  private readonly textRow: Database.Statement;
  /** The term index and the texts kept beside it, up to date with the store at `version`. */
  private terms: { version: string; index: TermIndex; texts: TextShelf; runs: WordRuns } | null = null;
  /** A build in slices between requests (server start), while searches are answered from FTS5. */
  private building: Promise<void> | null = null;
  private meta: { version: string; listing: Listing } | null = null;
  /** Arrays of rankings and views the memo let go, for the next ones it keeps. */
  private readonly pool = new ArrayPool(SEARCH_POOL_ARRAYS);
  private memo: { version: string; rankings: Map<string, Ranking>; seen: Set<string> } = {
    version: '',
    rankings: new Map(),
    seen: new Set(),
  };

  /** The natural logarithm of the C library (SQLite's `ln()`, the `log()` FTS5's bm25 calls). */
  private readonly ln: (x: number) => number;

  constructor(
    db: Database.Database,
    private readonly version: () => string,
  ) {
    const ln = db.prepare('SELECT ln(?)').pluck(true);
    this.ln = (x) => ln.get(x) as number;
    this.ranked = db
      .prepare('SELECT rowid, bm25(documents_fts, 4.0, 1.0) FROM documents_fts WHERE documents_fts MATCH ?')
      .raw(true);
    this.matched = db.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?').pluck(true);
    // SQLite keeps the best k in its sorter: no row but those k reaches JavaScript.
    this.best = db
      .prepare(
        'SELECT rowid, bm25(documents_fts, 4.0, 1.0) AS s FROM documents_fts WHERE documents_fts MATCH ? ORDER BY s LIMIT ?',
      )
      .raw(true);
    // The rowid is cast: better-sqlite3 binds a JS number as REAL, and FTS5 ignores a non-integer
    // rowid bound (and tells SQLite it applied it), so every call answered the first match's row.
    this.snippet = db.prepare(
      `SELECT d.id, d.title, d.outlet, d.published, d.format,
              snippet(documents_fts, 1, char(1), char(2), '…', 16) AS snippet
       FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
       WHERE documents_fts MATCH ? AND documents_fts.rowid = CAST(? AS INTEGER)`,
    );
    this.textRow = db.prepare('SELECT text FROM documents WHERE rowid = CAST(? AS INTEGER)').pluck(true);
    this.rowCount = db.prepare('SELECT count(*) FROM documents').pluck(true);
    this.rowsAfter = db
      .prepare('SELECT rowid, title, text FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?')
      .raw(true);
    this.metaRows = db.prepare(
      `SELECT rowid AS rid, id, title, outlet, published, format, substr(published, 1, 10) AS day,
              superseded_by IS NULL AS current
       FROM documents`,
    );
  }

  /** A page of matches of `query` with filters, the total and facets over all filtered matches. */
  page(query: string, options: SearchPageOptions): SearchPage {
    const fts = toFtsQuery(query);
    if (!fts) return EMPTY;
    const terms = plainTerms(fts);
    const version = this.version();
    const parts = terms ? null : queryParts(fts, phraseTerms);
    if (terms) {
      const index = this.termIndex(version);
      if (index) return this.pageByTerms(fts, () => index.match(terms), new Set(terms), version, options);
    } else {
      // Phrases and prefixes: from the index too when it can answer them (not OR, not `"a b"*`).
      const index = parts ? this.termIndex(version) : null;
      if (parts && index?.answers(parts)) {
        const wanted = this.wantedOf(parts, index);
        return this.pageByTerms(fts, () => index.matchParts(parts)!, wanted, version, options);
      }
    }
    const ranking = this.rankingOf(fts);
    const offset = options.offset ?? 0;
    let view = this.viewOf(ranking, options);
    // A query's first request: SQLite's top-k; its second (a repeat, a next page) scores every match once.
    let page =
      ranking.scores === null && ranking.asks++ === 0
        ? this.bestOf(fts, ranking, view, options, offset)
        : null;
    if (page === null) {
      const scored = this.scored(fts, ranking);
      view = this.viewOf(scored, options);
      page = this.pageOf(scored, view, offset, options.limit);
    }
    // Plain words and phrases while the term index is being built: FTS5 ranks, snippets are made as
    // the index makes them (a prefix's terms are known from the index only: FTS5's snippet then).
    const wanted = terms ? new Set(terms) : parts?.every((p) => !p.prefix) ? this.wantedOf(parts) : null;
    const listing = wanted ? this.listingMeta(version) : null;
    const hits = page.map(({ rid, score }): SearchPageHit => {
      // bm25 is lower-is-better; report higher-is-better.
      if (listing) return this.hitOf(listing, rid, wanted!, score);
      const row = this.snippet.get(fts, rid) as Omit<SearchPageHit, 'score'>;
      return { ...row, score: -score };
    });
    return { hits, total: view.positions.length, facets: view.facets };
  }

  /** A hit of a plain-word query: listing columns, a snippet made from the kept (or read) text, the score. */
  private hitOf(listing: Listing, rid: number, wanted: ReadonlySet<string>, score: number): SearchPageHit {
    const m = listing.byRowid[rid]!;
    return {
      id: m.id,
      title: m.title,
      outlet: m.outlet,
      published: m.published,
      format: m.format,
      snippet: this.snippetOf(rid, wanted),
      // bm25 is lower-is-better; report higher-is-better.
      score: -score,
    };
  }

  /**
   * The snippet of a row's text: from the kept word positions and only the stretch of the kept
   * text it shows when those are kept, else from the whole text (kept, or read from SQLite).
   */
  private snippetOf(rid: number, wanted: ReadonlySet<string>): string {
    const length = this.terms?.texts.textLength(rid) ?? -1;
    const known = length < 0 ? undefined : this.terms!.runs.hits(rid, wanted);
    if (known !== undefined) {
      return snippetFromHits(
        new ShelvedText(this.terms!.texts, rid),
        length,
        wanted,
        SEARCH_SNIPPET_TOKENS,
        known,
      );
    }
    const text = this.terms?.texts.get(rid) ?? (this.textRow.get(rid) as string);
    return snippetOf(text, wanted, SEARCH_SNIPPET_TOKENS);
  }

  /** An empty term index: positions bounded, idf from the C library's logarithm as FTS5 takes it. */
  private newIndex(): TermIndex {
    return new TermIndex({ maxPositionBytes: SEARCH_POSITIONS_MAX_BYTES, log: this.ln });
  }

  /** Builds the term index and listing columns now rather than on the first search. */
  warm(): void {
    const version = this.version();
    this.termIndex(version);
    this.listingMeta(version);
  }

  /**
   * Builds the term index in slices of TERM_INDEX_SLICE rows, yielding to the event loop between
   * them (server start): searches meanwhile are answered from FTS5 with the same ranks and scores.
   */
  warmInBackground(): Promise<void> {
    if (this.terms || this.building) return this.building ?? Promise.resolve();
    const build = async () => {
      const index = this.newIndex();
      const texts = new TextShelf(SEARCH_TEXTS_MAX_BYTES);
      const runs = new WordRuns();
      this.listingMeta(this.version());
      while (this.fillSlice(index, texts, runs, TERM_INDEX_SLICE) === TERM_INDEX_SLICE)
        await new Promise((resolve) => setImmediate(resolve));
      // Rows written meanwhile were read by the slices; a count that does not add up is rebuilt.
      this.terms = { version: '', index, texts, runs };
      this.termIndex(this.version());
    };
    this.building = build().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /**
   * The terms a snippet marks for a query of parts: every term of its phrases, and per prefix the
   * SEARCH_SNIPPET_PREFIX_TERMS terms starting with it that are in the most documents.
   */
  private wantedOf(parts: readonly QueryPart[], index?: TermIndex): Set<string> {
    const wanted = new Set<string>();
    for (const part of parts)
      if (part.prefix)
        for (const t of index?.termsWithPrefix(part.terms[0]!, SEARCH_SNIPPET_PREFIX_TERMS) ?? [])
          wanted.add(t);
      else for (const t of part.terms) wanted.add(t);
    return wanted;
  }

  /**
   * A page of a query the term index answers (`match` gives its matches, in the index's scratch
   * space), with snippets made from the hits' texts, marking the `wanted` terms.
   */
  private pageByTerms(
    fts: string,
    match: () => TermMatches,
    wanted: Set<string>,
    version: string,
    options: SearchPageOptions,
  ): SearchPage {
    const offset = options.offset ?? 0;
    let ranking = this.recall(fts, version);
    // A ranking kept from FTS5 while the index was built may lack scores: rank it afresh.
    if (ranking?.scores === null) ranking = undefined;
    let page: { rids: number[]; scores: number[]; total: number; facets: Facets };
    if (!ranking && !this.askedBefore(fts)) {
      // A query not asked among the last SEARCH_MEMO_SEEN: rank, count and cut the page in one
      // pass over the index's scratch arrays, keeping nothing. Keeping costs ~2× this pass (copies
      // that live long enough to cost old-space GC) and pays off only if the ranking is still kept
      // when the query comes again: with more queries in turn than rankings kept, every repeat
      // paid for it again.
      page = this.once(match(), this.listingMeta(version), options);
    } else {
      if (!ranking) ranking = this.keep(fts, match(), this.listingMeta(version));
      const scored = ranking as Ranking & { scores: Float64Array };
      const view = this.viewOf(scored, options);
      const cut = this.pageOf(scored, view, offset, options.limit);
      page = {
        rids: cut.map((c) => c.rid),
        scores: cut.map((c) => c.score),
        total: view.positions.length,
        facets: view.facets,
      };
    }
    const listing = this.listingMeta(version);
    const hits = page.rids.map((rid, i) => this.hitOf(listing, rid, wanted, page.scores[i]!));
    return { hits, total: page.total, facets: page.facets };
  }

  /** True when the query was asked before while the store was as it is (and notes that it was). */
  private askedBefore(fts: string): boolean {
    const { seen } = this.memo;
    if (seen.has(fts)) return true;
    if (seen.size >= SEARCH_MEMO_SEEN) seen.delete(seen.values().next().value!);
    seen.add(fts);
    return false;
  }

  /** A query's matches among current documents, copied out of the index's scratch space and kept. */
  private keep(fts: string, matches: TermMatches, listing: Listing): Ranking {
    const total = matches.rids.length;
    const { combo } = listing;
    // Current documents only (combo is -1 for the others, undefined past the listing).
    let n = 0;
    for (let i = 0; i < total; i++) if (combo[matches.rids[i]!]! >= 0) n++;
    const rids = this.pool.int32(n);
    const scores = this.pool.float64(n);
    n = 0;
    for (let i = 0; i < total; i++) {
      if (!(combo[matches.rids[i]!]! >= 0)) continue;
      rids[n] = matches.rids[i]!;
      scores[n] = matches.scores[i]!;
      n++;
    }
    const ranking: Ranking = {
      rids,
      scores,
      byRowid: listing.byRowid,
      views: new Map(),
      indexed: total,
      asks: 1,
    };
    this.remember(fts, ranking);
    return ranking;
  }

  /**
   * One page, the total and facets of a query asked once: matches that are current and pass the
   * filters are compacted in place (the index's scratch arrays), counted into facet bins, and the
   * page cut from a heap in (score, id) order.
   */
  private once(matches: TermMatches, listing: Listing, f: SearchPageOptions) {
    const { from, to } = filterKey(f);
    const all = f.outlet === undefined && f.format === undefined && from === undefined && to === undefined;
    const { rids, scores } = matches;
    const { byRowid, combo, comboCodes } = listing;
    const perCombo = new Int32Array(comboCodes.length / 3);
    let n = 0;
    for (let i = 0; i < rids.length; i++) {
      const rid = rids[i]!;
      // Not current, or (defensively) a row the listing does not hold: undefined fails `>= 0` too.
      const k = combo[rid]!;
      if (!(k >= 0) || (!all && !passes(byRowid[rid]!, f, from, to))) continue;
      rids[n] = rid;
      scores[n] = scores[i]!;
      perCombo[k]!++;
      n++;
    }
    const bins = comboBins(listing, perCombo);
    const byRank = (x: number, y: number) => {
      const d = scores[x]! - scores[y]!;
      if (d !== 0) return d;
      const a = byRowid[rids[x]!]!.id;
      const b = byRowid[rids[y]!]!.id;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    const top = topK(n, (f.offset ?? 0) + f.limit, byRank, scores).slice(f.offset ?? 0);
    return {
      rids: top.map((x) => rids[x]!),
      scores: top.map((x) => scores[x]!),
      total: n,
      facets: facetsOf(listing, bins),
    };
  }

  /**
   * The term index for the store as it is now: rows added since are indexed (documents are only
   * ever added). Null while a background build runs (FTS5 answers meanwhile).
   */
  private termIndex(version: string): TermIndex | null {
    if (this.terms?.version === version) return this.terms.index;
    if (!this.terms && this.building) return null;
    const total = this.rowCount.get() as number;
    let built = this.terms ?? {
      version,
      index: this.newIndex(),
      texts: new TextShelf(SEARCH_TEXTS_MAX_BYTES),
      runs: new WordRuns(),
    };
    this.fill(built.index, built.texts, built.runs);
    // A row count that does not add up means rows were removed or rewritten: index afresh.
    if (built.index.rows !== total) {
      built = {
        version,
        index: this.newIndex(),
        texts: new TextShelf(SEARCH_TEXTS_MAX_BYTES),
        runs: new WordRuns(),
      };
      this.fill(built.index, built.texts, built.runs);
    }
    this.terms = { ...built, version };
    return built.index;
  }

  /** Adds the rows after the index's last one, a batch at a time (each batch's texts die young). */
  private fill(index: TermIndex, texts: TextShelf, runs: WordRuns): void {
    while (this.fillSlice(index, texts, runs, TERM_INDEX_BATCH) === TERM_INDEX_BATCH);
  }

  /**
   * Adds up to `limit` rows after the index's last one (their texts to the shelf, and the words of
   * those kept to `runs`); answers how many.
   */
  private fillSlice(index: TermIndex, texts: TextShelf, runs: WordRuns, limit: number): number {
    const rows = this.rowsAfter.all(index.maxRowid, limit) as [number, string | null, string][];
    for (const [rid, title, text] of rows) {
      index.add(rid, title, text);
      if (texts.add(rid, text)) runs.add(rid, text);
    }
    return rows.length;
  }

  /** A query's remembered ranking for this version of the store (least recently used is forgotten first). */
  private recall(fts: string, version: string): Ranking | undefined {
    if (this.memo.version !== version) this.memo = { version, rankings: new Map(), seen: new Set() };
    const { rankings } = this.memo;
    const known = rankings.get(fts);
    if (known) {
      // Least recently used goes first: re-insert on use.
      rankings.delete(fts);
      rankings.set(fts, known);
    }
    return known;
  }

  /** The ranking of a query for the store as it is now: remembered, or computed and remembered. */
  private rankingOf(fts: string): Ranking {
    const version = this.version();
    const known = this.recall(fts, version);
    if (known) return known;
    // Asked for the first time: the matches without scores (reading rowids costs a fraction of
    // handing every match's score to JavaScript); a second request scores them all once.
    const meta = this.listingMeta(version);
    const all = this.matched.all(fts) as number[];
    const rids: number[] = [];
    for (const rid of all) if (meta.byRowid[rid]?.current) rids.push(rid);
    const ranking: Ranking = {
      rids: Int32Array.from(rids),
      scores: null,
      byRowid: meta.byRowid,
      views: new Map(),
      indexed: all.length,
      asks: 0,
    };
    this.remember(fts, ranking);
    return ranking;
  }

  /** Keeps a query's ranking while the store is unchanged (unless it has too many matches). */
  /** Gives the arrays of a ranking the memo let go (and of its views) back to the pool. */
  private release(ranking: Ranking): void {
    this.pool.give(ranking.rids);
    this.pool.give(ranking.scores);
    for (const view of ranking.views.values()) {
      this.pool.give(view.positions);
      this.pool.give(view.scores);
    }
  }

  private remember(fts: string, ranking: Ranking): void {
    const { rankings } = this.memo;
    rankings.delete(fts);
    if (ranking.rids.length > SEARCH_MEMO_MAX_MATCHES) return;
    if (rankings.size >= SEARCH_MEMO_QUERIES) {
      const [oldest, gone] = rankings.entries().next().value!;
      rankings.delete(oldest);
      this.release(gone);
    }
    rankings.set(fts, ranking);
  }

  /** The ranking with every match scored (a query's second request, or a page the top-k cannot give). */
  private scored(fts: string, unscored: Ranking): Ranking & { scores: Float64Array } {
    if (unscored.scores !== null) return unscored as Ranking & { scores: Float64Array };
    const meta = this.listingMeta(this.version());
    const rids: number[] = [];
    const scores: number[] = [];
    for (const [rid, score] of this.ranked.all(fts) as [number, number][]) {
      if (!meta.byRowid[rid]?.current) continue;
      rids.push(rid);
      scores.push(score);
    }
    const ranking = {
      rids: Int32Array.from(rids),
      scores: Float64Array.from(scores),
      byRowid: meta.byRowid,
      views: new Map<string, View>(),
      indexed: unscored.indexed,
      asks: 1,
    };
    this.remember(fts, ranking);
    return ranking;
  }

  /**
   * A page from SQLite's top-k by score, without scoring every match in JavaScript: the best
   * `offset + limit + excluded` matches of the index (excluded = matches that are not current or
   * fail the filters, known from the unscored ranking) hold the page. Null when that is more than
   * SEARCH_TOPK_MAX rows, or when a score tie crosses the cut (the order would be the sorter's,
   * not (score, id)): the caller then scores every match.
   */
  private bestOf(
    fts: string,
    ranking: Ranking,
    view: View,
    f: SearchPageOptions,
    offset: number,
  ): { rid: number; score: number }[] | null {
    const limit = Math.min(offset + f.limit, view.positions.length);
    if (limit <= offset) return [];
    const k = limit + (ranking.indexed - view.positions.length);
    if (k > SEARCH_TOPK_MAX) return null;
    const rows = this.best.all(fts, k + 1) as [number, number][];
    if (rows.length > k && rows[k]![1] === rows[k - 1]![1]) return null;
    const meta = this.listingMeta(this.version());
    const { from, to } = filterKey(f);
    const kept: { rid: number; score: number; id: string }[] = [];
    for (const [rid, score] of rows.slice(0, k)) {
      const m = meta.byRowid[rid];
      if (m?.current && passes(m, f, from, to)) kept.push({ rid, score, id: m.id });
    }
    kept.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return kept.slice(offset, limit);
  }

  /** The matches passing the filters, with their facets; remembered per filter combination. */
  private viewOf(ranking: Ranking, f: DocumentFilters): View {
    const { key, from, to } = filterKey(f);
    const known = ranking.views.get(key);
    if (known) return known;
    const { rids, byRowid } = ranking;
    let positions: Int32Array;
    const all = f.outlet === undefined && f.format === undefined && from === undefined && to === undefined;
    if (all) {
      positions = this.pool.int32(rids.length);
      for (let p = 0; p < rids.length; p++) positions[p] = p;
    } else {
      const kept: number[] = [];
      for (let p = 0; p < rids.length; p++) if (passes(byRowid[rids[p]!]!, f, from, to)) kept.push(p);
      positions = this.pool.int32(kept.length);
      positions.set(kept);
    }
    const listing = this.listingMeta(this.version());
    const view: View = {
      positions,
      facets: all ? comboFacets(listing, rids) : facetCounts(listing, rids, positions),
      sorted: false,
      served: 0,
    };
    if (ranking.views.size >= SEARCH_MEMO_VIEWS) {
      const [oldest, gone] = ranking.views.entries().next().value!;
      ranking.views.delete(oldest);
      this.pool.give(gone.positions);
      this.pool.give(gone.scores);
    }
    ranking.views.set(key, view);
    return view;
  }

  /** Positions of one page in rank order (bm25, then id): a heap the first time, one sort after. */
  private pageOf(
    ranking: Ranking & { scores: Float64Array },
    view: View,
    offset: number,
    limit: number,
  ): { rid: number; score: number }[] {
    return this.positionsOf(ranking, view, offset, limit).map((p) => ({
      rid: ranking.rids[p]!,
      score: ranking.scores[p]!,
    }));
  }

  private positionsOf(
    ranking: Ranking & { scores: Float64Array },
    view: View,
    offset: number,
    limit: number,
  ): number[] {
    const { scores, rids, byRowid } = ranking;
    const byRank = (x: number, y: number) => {
      const d = scores[x]! - scores[y]!;
      if (d !== 0) return d;
      const a = byRowid[rids[x]!]!.id;
      const b = byRowid[rids[y]!]!.id;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    const { positions } = view;
    if (
      !view.sorted &&
      (view.served === 0 || (offset + limit <= SEARCH_HEAP_PAGE_END && view.served < SEARCH_HEAP_ASKS))
    ) {
      // The first page served, and the first pages of a query asked a few times: a heap as far as
      // the page, most matches turned away on their score. Sorting every match (ties compared by
      // id) pays off for paging deep, or for a query asked again and again.
      view.served++;
      if (view.scores === undefined) {
        view.scores = this.pool.float64(positions.length);
        for (let i = 0; i < positions.length; i++) view.scores[i] = scores[positions[i]!]!;
      }
      const byPosition = view.scores;
      return topK(
        positions.length,
        offset + limit,
        (i, j) => byRank(positions[i]!, positions[j]!),
        byPosition,
      )
        .slice(offset)
        .map((i) => positions[i]!);
    }
    if (!view.sorted) {
      positions.sort(byRank);
      view.sorted = true;
    }
    return [...positions.subarray(offset, offset + limit)];
  }

  /** Listing columns of every document by rowid, reloaded when the database has changed. */
  private listingMeta(version: string): Listing {
    if (this.meta?.version === version) return this.meta.listing;
    const byRowid: ListingMeta[] = [];
    const values: Listing['values'] = [[], [], []];
    const codeOf = FACETS.map(() => new Map<string, number>());
    const code = (f: number, v: string | null) => {
      if (v === null) return -1;
      let c = codeOf[f]!.get(v);
      if (c === undefined) {
        c = values[f]!.length;
        values[f]!.push(v);
        codeOf[f]!.set(v, c);
      }
      return c;
    };
    type Row = Omit<ListingMeta, 'current' | 'codes'> & { rid: number; current: number };
    for (const r of this.metaRows.all() as Row[])
      byRowid[r.rid] = {
        id: r.id,
        title: r.title,
        outlet: r.outlet,
        published: r.published,
        format: r.format,
        day: r.day,
        current: r.current === 1,
        codes: [code(0, r.outlet), code(1, r.format), code(2, r.day?.slice(0, 7) ?? null)],
      };
    const combo = new Int32Array(byRowid.length).fill(-1);
    const comboOf = new Map<string, number>();
    const comboCodes: number[] = [];
    byRowid.forEach((m, rid) => {
      if (!m.current) return;
      const key = m.codes.join(',');
      let k = comboOf.get(key);
      if (k === undefined) {
        k = comboOf.size;
        comboOf.set(key, k);
        comboCodes.push(...m.codes);
      }
      combo[rid] = k;
    });
    const listing = { byRowid, values, combo, comboCodes: Int32Array.from(comboCodes) };
    this.meta = { version, listing };
    return listing;
  }
}
