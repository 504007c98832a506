/** Tunables of the SQLite store. */

/** Queries whose ranked matches are kept for reuse (paging, facet filters) while the store is unchanged. */
export const SEARCH_MEMO_QUERIES = 32;

/**
 * Queries remembered as asked (text only): a query asked again while it is among the last this
 * many is kept from that request on (a next page, a facet click, a popular query); one that comes
 * back after more others than the memo keeps (SEARCH_MEMO_QUERIES) would be pushed out before
 * its next request, so it is ranked in one pass each time, which costs half of keeping it.
 */
export const SEARCH_MEMO_SEEN = 32;

/** A query with more matches than this is ranked afresh on every request instead of kept. */
export const SEARCH_MEMO_MAX_MATCHES = 200_000;

/** Filter combinations kept per remembered query (each holds its matches' positions and facets). */
export const SEARCH_MEMO_VIEWS = 16;

/**
 * Largest top-k asked of SQLite for a query's first request (the page's end plus the matches that
 * are superseded or filtered out); past it, every match is scored in JavaScript instead.
 */
export const SEARCH_TOPK_MAX = 2000;

/**
 * WAL pages after which a commit checkpoints (SQLite's default is 1000). At 10,000 articles one
 * ingest writes ~180 pages, so the default checkpointed every ~5 documents and its two fsyncs and
 * random writes landed in one ingest of five. Every ~45 documents instead, pages re-dirtied in
 * between (index tails, b-tree interiors) are copied once: fewer pages and fsyncs overall, paid
 * by one ingest of ~45 (docs/decisions/009-reconcile.md). The WAL file grows to ~32 MiB.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 8192;

/** bm25 parameters, as FTS5's `bm25()` fixes them (the in-memory term index scores alike). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Weight of a title occurrence against one in the text (the `bm25(documents_fts, 4.0, 1.0)` weights). */
export const SEARCH_TITLE_WEIGHT = 4.0;

/** Tokens in a search hit's snippet (FTS5's `snippet(…, 16)` before). */
export const SEARCH_SNIPPET_TOKENS = 16;

/**
 * Terms held by at least SEARCH_SHARES_MIN_LIST documents keep each posting's share of bm25 before
 * idf (8 bytes a posting) until a document is added, up to SEARCH_SHARES_MAX_BYTES in all: the
 * common words of many-word queries are then scored by one multiplication a posting, not by
 * unpacking counts and a division. Shorter lists are computed per query (they cost little).
 */
export const SEARCH_SHARES_MIN_LIST = 512;

/**
 * A term held by at least 1/SEARCH_BY_ROW_FRACTION of the rows also keeps its shares by rowid (8
 * bytes a row, within SEARCH_SHARES_MAX_BYTES): a query's rarest term's rows are then looked up in
 * the common terms' arrays instead of merged with their lists.
 */
export const SEARCH_BY_ROW_FRACTION = 8;
export const SEARCH_SHARES_MAX_BYTES = 128 * 1024 * 1024;

/**
 * Most bytes the term index's token positions may take (4 a token and 4 a posting, in arrays that
 * grow by doubling); past it they are dropped and phrases of several words go to FTS5.
 */
export const SEARCH_POSITIONS_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Terms a snippet marks for a prefix query (`word*`): those starting with it that are in the most
 * documents (a one-letter prefix starts thousands).
 */
export const SEARCH_SNIPPET_PREFIX_TERMS = 32;

/** Rows read per batch while building the term index (each batch's texts die young). */
export const TERM_INDEX_BATCH = 200;

/**
 * Rows indexed between two turns of the event loop when the term index is built in the background
 * (server start): ~3–5 ms of tokenising, so requests answered meanwhile wait little.
 */
export const TERM_INDEX_SLICE = 25;

/**
 * Most bytes of document text kept in memory (UTF-8, outside the JS heap) for snippets; texts past
 * it are read from SQLite per hit. 10,000 generated articles take ~105 MB (UTF-16: each holds a dash).
 */
export const SEARCH_TEXTS_MAX_BYTES = 1024 * 1024 * 1024;

/**
 * How far a snippet looks: occurrences of each term found by string search (the place is chosen
 * among them), characters per token when comparing places (a word and its space: ~6–7 in English
 * news), and per token when cutting the stretch around the place to tokenise (generous: a longer
 * stretch costs a little more tokenising, a short one could cut the window).
 */
export const SNIPPET_REACH = { perTerm: 64, typicalCharsPerToken: 7, charsPerToken: 12 } as const;

/**
 * Typed arrays of each kind (Int32, Float64) kept for reuse when the search memo lets a ranking or
 * view go (array-pool.ts): a kept ranking and its views hold two to four of each.
 */
export const SEARCH_POOL_ARRAYS = 8;

/**
 * Pages ending at or before this rank are cut from a kept query's matches with a heap each time
 * they are asked, for the first SEARCH_HEAP_ASKS asks; deeper pages, and a query asked more often,
 * sort the matches once and slice them after (search.ts `positionsOf`): a heap is one pass, a sort
 * many, so the sort pays only for deep pages or a query asked again and again.
 */
export const SEARCH_HEAP_PAGE_END = 100;
export const SEARCH_HEAP_ASKS = 16;
