import type { Diagnostic } from './errors.ts';
import type { OffsetMap } from './offsets.ts';
import type { Span } from './span.ts';

/** Input formats sitrep reads. Feed items (RSS and Atom) are all `rss`. */
export type Format = 'markdown' | 'html' | 'text' | 'json' | 'rss';

/** Where a publication date was found; `ingest` is the flagged last resort. */
export type DateSource = 'meta' | 'dateline' | 'url' | 'text' | 'ingest';

/** A date or date-time in ISO 8601 (`2022-01-17` or `2022-01-17T10:00:00Z`) with its origin. */
export interface DatedValue {
  readonly value: string;
  readonly from: DateSource;
}

/** An update note inside a document, e.g. `Update at 11:30 a.m. on Jan. 18:`. */
export interface UpdateNote {
  /** ISO date-time or date of the update, or null when it could not be resolved. */
  readonly value: string | null;
  /** The note's marker in the text. */
  readonly span: Span;
  /** The text the update governs (up to the end of its paragraph). */
  readonly scope: Span;
}

/** A hyperlink kept from the source: anchor text span and target. */
export interface LinkAnnotation {
  readonly span: Span;
  readonly href: string;
}

/** A wire dateline such as `KYIV, Jan 18 (Reuters) -`. */
export interface Dateline {
  readonly span: Span;
  readonly place: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
}

/** One document as an ingest adapter hands it over: raw source, normalised text and metadata. */
export interface SourceDoc {
  /** The file path or URL it came from; feed items and records add `#n`. */
  readonly origin: string;
  readonly format: Format;
  /** The raw source of this document, decoded (for feed items and records: the item's own source). */
  readonly raw: string;
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly language: string | null;
  readonly published: DatedValue | null;
  readonly modified: string | null;
  readonly updates: readonly UpdateNote[];
  readonly dateline: Dateline | null;
  readonly links: readonly LinkAnnotation[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A record or item that could not be turned into a document; the rest of the file goes on. */
export interface ItemFailure {
  readonly failed: true;
  readonly origin: string;
  readonly code: Diagnostic['code'];
  readonly message: string;
}

/** What an adapter yields for one input file. */
export type AdapterResult = SourceDoc | ItemFailure;

/** True when an adapter result is a failed item. */
export function isFailure(r: AdapterResult): r is ItemFailure {
  return 'failed' in r;
}
