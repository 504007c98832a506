import type { Store } from '../store/types.ts';
import { buildCorpus, type Corpus, type CorpusDoc, leanDoc, StringPool } from './views/corpus.ts';

/**
 * Documents read per round trip while building the index. Small, so that each batch's full parsed
 * JSON dies young (only the lean copies are kept): at 10,000 generated documents 500 a batch
 * peaked at 1.4 GB RSS, 50 at 0.75 GB, in the same build time.
 */
const SCAN_BATCH = 50;

/** Above this many new documents a full scan is cheaper than fetching them one by one. */
const MAX_INCREMENTAL = 200;

/**
 * Keeps the cross-document index for the store's current version: one build at a time, shared by
 * concurrent requests, redone when `store.version()` changes (another process may ingest too).
 * Parsed documents are kept, so a refresh after an ingest reads only the new documents.
 */
export class CorpusCache {
  private current: { version: string; corpus: Corpus } | null = null;
  private building: { version: string; promise: Promise<Corpus> } | null = null;
  private docs = new Map<string, CorpusDoc>();
  /** One copy of each repeated string of the kept documents (kept across rebuilds, as the documents are). */
  private pool = new StringPool();
  constructor(private readonly store: Store) {}

  /** The index for the store as it is now. */
  async get(): Promise<Corpus> {
    const version = await this.store.version();
    if (this.current?.version === version) return this.current.corpus;
    if (this.building?.version === version) return this.building.promise;
    const promise = this.build().then((corpus) => {
      this.current = { version, corpus };
      return corpus;
    });
    const done = () => {
      if (this.building?.promise === promise) this.building = null;
    };
    promise.then(done, done);
    this.building = { version, promise };
    return promise;
  }

  private async build(): Promise<Corpus> {
    const ids = await this.store.currentIds();
    const missing = ids.filter((id) => !this.docs.has(id));
    const next = new Map<string, CorpusDoc>();
    if (this.docs.size > 0 && missing.length <= MAX_INCREMENTAL) {
      for (const id of ids) {
        const known = this.docs.get(id);
        if (known) next.set(id, known);
        else {
          const doc = await this.store.get(id);
          if (doc) next.set(id, leanDoc(doc.json, this.pool));
        }
      }
    } else {
      // A full scan starts a new pool, so strings of documents no longer current are let go.
      this.pool = new StringPool();
      let after: string | null = null;
      for (;;) {
        const batch = await this.store.scanJson({ after, limit: SCAN_BATCH });
        for (const d of batch) next.set(d.id, leanDoc(d, this.pool));
        if (batch.length < SCAN_BATCH) break;
        after = batch.at(-1)!.id;
        // The store answers at once, so without a turn of the event loop the whole scan (~15 s
        // at 10,000 documents) would run as one chain of microtasks: requests that need no index
        // (search, documents) are answered between batches instead.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    this.docs = next;
    // Grouped as the reconciled tables group them, read now, after the documents: a document
    // stored meanwhile is in the next version's index.
    return buildCorpus(next.values(), await this.store.corpusLinker());
  }
}
