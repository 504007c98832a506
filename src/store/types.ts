import type { DocumentJson } from '../model/document.ts';
import type { DocFeatures, ReconcileOutcome } from '../reconcile/index.ts';
import type {
  CorpusLinker,
  EntityPage,
  EntitySummary,
  EventPage,
  FigureClaims,
  ReconcileTotals,
  TimelineEntry,
  TimelineFilters,
} from '../reconcile/views.ts';

/** What ingest hands the store for one document. */
export interface DocumentRecord {
  readonly json: DocumentJson;
  /** Raw source of the document (UTF-8 bytes of the file, or of the item for feeds and records). */
  readonly raw: Uint8Array;
  /** Offset map from `json.text` back to the raw source (flat segments; see model/offsets.ts). */
  readonly offsets: readonly number[];
  /** Revisions of one story share this key: the canonical URL, else the origin. */
  readonly storyKey: string;
  readonly ingestedAt: string;
  /** Reconciliation features (app/ingest computes them outside the write lock); made by `put` when absent. */
  readonly features?: DocFeatures;
}

/** What storing one document did (and what reconciling it did, for new documents and revisions). */
export type PutOutcome =
  | { readonly status: 'new'; readonly id: string; readonly reconciled?: ReconcileOutcome }
  | { readonly status: 'unchanged'; readonly id: string }
  | {
      readonly status: 'updated';
      readonly id: string;
      readonly previous: string;
      readonly revision: number;
      readonly reconciled?: ReconcileOutcome;
    };

/** A document's line in listings. */
export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly format: string;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly revision: number;
  readonly current: boolean;
  readonly chars: number;
  readonly ingestedAt: string;
}

/** A stored document in full. */
export interface StoredDocument extends DocumentSummary {
  readonly json: DocumentJson;
  readonly raw: Uint8Array;
  readonly offsets: readonly number[];
  readonly storyKey: string;
  readonly supersededBy: string | null;
}

/** A full-text search hit: `snippet` marks matched terms with \u0001 … \u0002. */
export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly snippet: string;
  readonly score: number;
}

/** Totals for `sitrep list` and the demo. */
export interface StoreStats {
  readonly documents: number;
  readonly current: number;
  readonly outlets: readonly { readonly outlet: string; readonly documents: number }[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly formats: readonly { readonly format: string; readonly documents: number }[];
}

/** Paging and filters for listings. */
export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Include superseded revisions (default: only the current revision of each story). */
  readonly all?: boolean;
}

/** Filters shared by document listings and search; dates compare on the day (`YYYY-MM-DD`). */
export interface DocumentFilters {
  readonly outlet?: string;
  readonly format?: string;
  /** Published on or after this day. */
  readonly from?: string;
  /** Published on or before this day. */
  readonly to?: string;
}

/** Where a keyset page starts: after this document in the listing order. */
export interface ListPosition {
  readonly published: string | null;
  readonly id: string;
}

/** A keyset page of current documents, newest first (undated last), ties by id. */
export interface PageOptions extends DocumentFilters {
  readonly limit: number;
  readonly after?: ListPosition | null;
}

/** A page of search results with filters; ranked by BM25 then id, so `offset` paging is stable. */
export interface SearchPageOptions extends DocumentFilters {
  readonly limit: number;
  readonly offset?: number;
}

/** One bucket of a facet. */
export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

/** A search hit with its format (for listing filters). */
export interface SearchPageHit extends SearchHit {
  readonly format: string;
}

/** A page of search results, the total number of matches and facets over all matches. */
export interface SearchPage {
  readonly hits: SearchPageHit[];
  readonly total: number;
  readonly facets: {
    readonly outlet: FacetCount[];
    readonly format: FacetCount[];
    readonly month: FacetCount[];
  };
}

/**
 * The storage contract. SQLite implements it embedded; a PostgreSQL implementation satisfies the
 * same interface (hence promises, although SQLite answers synchronously). Each `put` is atomic.
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  put(record: DocumentRecord): Promise<PutOutcome>;
  /** A document by id or by a unique id prefix (at least 6 characters). */
  get(idOrPrefix: string): Promise<StoredDocument | null>;
  list(options?: ListOptions): Promise<DocumentSummary[]>;
  /** Earlier and later revisions of a story, oldest first. */
  revisions(storyKey: string): Promise<DocumentSummary[]>;
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** A keyset page of current documents with filters (stable order: published desc, undated last, id). */
  page(options: PageOptions): Promise<DocumentSummary[]>;
  /** How many current documents pass the filters. */
  count(filters?: DocumentFilters): Promise<number>;
  /** Full-text search with filters, offset paging, a total and facets (outlet, format, month). */
  searchPage(query: string, options: SearchPageOptions): Promise<SearchPage>;
  /** Builds what search keeps in memory (a server at start) in the background; resolves when built. */
  warmSearch?(): Promise<void>;
  /** Current documents' JSON in id order, `limit` at a time after `after` (for cross-document views). */
  scanJson(options: { readonly after?: string | null; readonly limit: number }): Promise<DocumentJson[]>;
  /** Ids of the current documents (to refresh a cache by difference). */
  currentIds(): Promise<string[]>;
  /** Rebuilds every reconciled table from the current documents, in one transaction (merge blocks kept). */
  reconcileAll(progress?: (done: number, total: number) => void): Promise<ReconcileTotals>;
  /** Corpus entities matching a name (any spelling, transliteration or surname), most documents first. */
  findEntities(query: string, limit?: number): Promise<EntitySummary[]>;
  /** A corpus entity: spellings, merges with evidence, roles over time, mentions, quotes by and about. */
  entity(id: string): Promise<EntityPage | null>;
  /** Undoes a merge by its id (see `entity().merges`); the two spellings are not merged again. */
  unmerge(mergeId: number): Promise<{ from: string; to: string } | null>;
  /** Where a document's entities and events went: document id → corpus entity / corpus event id. */
  reconciledLinks(doc: string): Promise<{ entities: Record<string, string>; events: Record<string, string> }>;
  /** Lookups of every document's corpus entities, events and figures (for in-memory views that agree with them). */
  corpusLinker(): Promise<CorpusLinker>;
  /** Corpus events in time order. */
  timeline(filters?: TimelineFilters): Promise<TimelineEntry[]>;
  /** A corpus event with every source's report. */
  event(id: string): Promise<EventPage | null>;
  /** Figures matching a topic, each with every source's claim in time order. */
  claims(topic: string, limit?: number): Promise<FigureClaims[]>;
  /** A token that changes whenever documents are added or superseded (cache keys, ETags). */
  version(): Promise<string>;
  close(): Promise<void>;
}
