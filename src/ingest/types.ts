import type { AdapterResult, Format, SourceDoc } from '../model/source.ts';

/** One input file (or stdin, or a fetched page) as read from disk, before format parsing. */
export interface RawInput {
  /** File path, `-` for stdin, or a URL. */
  readonly origin: string;
  /** The decoded text of the input (UTF-8, BOM removed). */
  readonly raw: string;
}

/** Reads one input in one format into documents (feeds and JSON Lines give many). */
export type Adapter = (input: RawInput) => AdapterResult[];

/** Every field of a SourceDoc with its empty default, for adapters to spread. */
export function emptySourceDoc(origin: string, format: Format, raw: string): SourceDoc {
  return {
    origin,
    format,
    raw,
    text: '',
    offsets: { segments: [] },
    title: null,
    url: null,
    outlet: null,
    author: null,
    language: null,
    published: null,
    modified: null,
    updates: [],
    dateline: null,
    links: [],
    diagnostics: [],
  };
}
