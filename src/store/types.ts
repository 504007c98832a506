import type { DocumentJson } from '../model/document.ts';

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
}

/** What storing one document did. */
export type PutOutcome =
  | { readonly status: 'new'; readonly id: string }
  | { readonly status: 'unchanged'; readonly id: string }
  | { readonly status: 'updated'; readonly id: string; readonly previous: string; readonly revision: number };

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
  close(): Promise<void>;
}
