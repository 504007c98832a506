import { readSource } from '../ingest/index.ts';
import { SitrepError } from '../model/errors.ts';
import { isFailure } from '../model/source.ts';
import { documentFeatures } from '../reconcile/index.ts';
import type { Store } from '../store/types.ts';
import { buildDocument, type DocumentOverrides, finalizeSource, type Reader } from './document.ts';
import { expandInputs, type InputRef, loadInput } from './inputs.ts';

/** The outcome for one document (or one failed file or item). */
export type ItemStatus = 'new' | 'unchanged' | 'updated' | 'failed';

/** One line of an ingest report. */
export interface IngestItem {
  readonly origin: string;
  readonly status: ItemStatus;
  readonly id?: string;
  readonly title?: string | null;
  readonly code?: string;
  readonly message?: string;
  /** Codes of what the document's diagnostics warn of (`DATE_FROM_INGEST`, `LANGUAGE_UNSUPPORTED`). */
  readonly warnings?: readonly string[];
}

/** Totals of a batch. */
export interface IngestSummary {
  readonly new: number;
  readonly unchanged: number;
  readonly updated: number;
  readonly failed: number;
  readonly items: readonly IngestItem[];
}

/** Progress callbacks for a batch; the CLI draws a bar or prints lines from them. */
export interface IngestProgress {
  start?(files: number): void;
  item?(item: IngestItem): void;
  fileDone?(origin: string, index: number, files: number): void;
}

/** Options of a batch. */
export interface IngestOptions {
  readonly now?: () => Date;
  readonly progress?: IngestProgress;
  readonly maxBytes?: number;
  readonly overrides?: DocumentOverrides;
  /** The reader to use (default: the full stage table). */
  readonly reader?: Reader;
}

function failure(origin: string, e: unknown): IngestItem {
  if (e instanceof SitrepError)
    return { origin: e.file ?? origin, status: 'failed', code: e.code, message: e.message };
  return { origin, status: 'failed', code: 'INPUT_MALFORMED', message: (e as Error)?.message ?? String(e) };
}

/**
 * Ingests one decoded input: adapter, reader, reconciliation features, store. Each document is
 * stored and reconciled in its own transaction, so one bad item never costs the others or
 * anything already stored, and no document is stored without its reconciliation.
 */
export async function ingestText(
  store: Store,
  origin: string,
  raw: string,
  options: IngestOptions = {},
): Promise<IngestItem[]> {
  const now = options.now ?? (() => new Date());
  const items: IngestItem[] = [];
  let results: ReturnType<typeof readSource>;
  try {
    results = readSource(origin, raw, { referenceYear: now().getUTCFullYear() });
  } catch (e) {
    return [failure(origin, e)];
  }
  for (const r of results) {
    if (isFailure(r)) {
      items.push({ origin: r.origin, status: 'failed', code: r.code, message: r.message });
      continue;
    }
    try {
      const doc = finalizeSource(r, now(), options.overrides);
      const json = buildDocument(doc, options.reader);
      // read → reconcile → store: features are computed here, linked in the store's transaction.
      const features = documentFeatures(json);
      const outcome = await store.put({
        features,
        json,
        raw: Buffer.from(doc.raw, 'utf8'),
        offsets: doc.offsets.segments,
        storyKey: doc.url ?? doc.origin,
        ingestedAt: now().toISOString(),
      });
      const warnings = [...new Set(json.diagnostics.map((d) => d.code))];
      items.push({
        origin: r.origin,
        status: outcome.status,
        id: outcome.id,
        title: json.title,
        ...(warnings.length ? { warnings } : {}),
      });
    } catch (e) {
      items.push(failure(r.origin, e));
    }
  }
  return items;
}

/** Ingests files, directories, globs and stdin (`-`) into the store; never throws for bad input. */
export async function ingestPaths(
  store: Store,
  args: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { inputs, errors } = expandInputs(args);
  const items: IngestItem[] = [];
  const report = (item: IngestItem) => {
    items.push(item);
    options.progress?.item?.(item);
  };
  for (const e of errors) report(failure(e.origin, e.error));
  options.progress?.start?.(inputs.length);
  let index = 0;
  for (const ref of inputs) {
    index++;
    for (const item of await ingestOne(store, ref, options)) report(item);
    options.progress?.fileDone?.(ref.origin, index, inputs.length);
  }
  return summarize(items);
}

async function ingestOne(store: Store, ref: InputRef, options: IngestOptions): Promise<IngestItem[]> {
  let raw: string;
  try {
    raw = (await loadInput(ref, options.maxBytes)).raw;
  } catch (e) {
    return [failure(ref.origin, e)];
  }
  return ingestText(store, ref.origin, raw, options);
}

/** Counts a batch's items by status. */
export function summarize(items: readonly IngestItem[]): IngestSummary {
  const count = (s: ItemStatus) => items.filter((i) => i.status === s).length;
  return {
    new: count('new'),
    unchanged: count('unchanged'),
    updated: count('updated'),
    failed: count('failed'),
    items,
  };
}
