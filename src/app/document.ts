import { type ReadResult, read } from '../extract/pipeline.ts';
import type { ReadContext } from '../extract/types.ts';
import { type DocumentJson, toDocumentJson } from '../model/document.ts';
import { diagnostic } from '../model/errors.ts';
import type { SourceDoc } from '../model/source.ts';

/** Overrides a caller may force on a document (CLI flags, API fields). */
export interface DocumentOverrides {
  readonly published?: string | null;
  readonly url?: string | null;
}

/**
 * Applies overrides and the last-resort publication date (ingest time, flagged with a
 * diagnostic), so that every stored document has a reference time for the reader.
 */
export function finalizeSource(doc: SourceDoc, now: Date, overrides: DocumentOverrides = {}): SourceDoc {
  let out = doc;
  if (overrides.url) out = { ...out, url: overrides.url };
  if (overrides.published) out = { ...out, published: { value: overrides.published, from: 'meta' } };
  if (!out.published) {
    const value = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    out = {
      ...out,
      published: { value, from: 'ingest' },
      diagnostics: [
        ...out.diagnostics,
        diagnostic('DATE_FROM_INGEST', `no publication date found; using ingest time ${value}`),
      ],
    };
  }
  return out;
}

/** The read context of a source document. */
export function readContextOf(doc: SourceDoc): ReadContext {
  return {
    text: doc.text,
    published: doc.published?.value ?? null,
    updates: doc.updates,
    language: doc.language,
    links: doc.links,
    dateline: doc.dateline,
    outlet: doc.outlet,
    url: doc.url,
  };
}

/** A reader: the default stage table, or another one (benchmarks read with a prefix of it). */
export type Reader = (ctx: ReadContext) => ReadResult;

/** Runs the reader over one document and assembles its `sitrep/document@1` JSON. */
export function buildDocument(doc: SourceDoc, reader: Reader = read): DocumentJson {
  const { mentions, diagnostics } = reader(readContextOf(doc));
  return toDocumentJson(doc, mentions, diagnostics);
}
