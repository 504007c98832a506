/** Tunables of the SQLite store. */

/** Queries whose ranked matches are kept for reuse (paging, facet filters) while the store is unchanged. */
export const SEARCH_MEMO_QUERIES = 32;

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
