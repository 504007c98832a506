import { createHash } from 'node:crypto';
import type { Diagnostic } from './errors.ts';
import type { Mention, MentionKind, MentionOf } from './mention.ts';
import type { DatedValue, Format, SourceDoc } from './source.ts';
import type { Span } from './span.ts';

/** Version tag of the document JSON contract. */
export const DOCUMENT_SCHEMA = 'sitrep/document@1';

/** The `sitrep/document@1` JSON: the contract between the reader, the store, the API and the evaluations. */
export interface DocumentJson {
  schema: typeof DOCUMENT_SCHEMA;
  id: string;
  title: string | null;
  language: string | null;
  source: { url: string | null; outlet: string | null; format: Format; origin: string; author: string | null };
  published: { value: string | null; from: DatedValue['from'] | null };
  modified: string | null;
  updates: { value: string | null; span: Span }[];
  dateline: { span: Span; place: string | null; outlet: string | null; date: string | null } | null;
  links: { span: Span; href: string }[];
  text: string;
  sentences: Span[];
  entities: unknown[];
  times: unknown[];
  quantities: unknown[];
  quotes: unknown[];
  events: unknown[];
  diagnostics: Diagnostic[];
}

/**
 * A document's id, derived from what makes it this document: normalised text, title and URL.
 * The same input always gives the same id.
 */
export function documentId(doc: Pick<SourceDoc, 'text' | 'title' | 'url'>): string {
  const h = createHash('sha256');
  h.update(doc.url ?? '');
  h.update('\u0000');
  h.update(doc.title ?? '');
  h.update('\u0000');
  h.update(doc.text);
  return `d${h.digest('hex').slice(0, 16)}`;
}

type Writer<K extends MentionKind> = (m: MentionOf<K>, out: DocumentJson) => void;

/** How each mention kind lands in the document JSON; a new kind is a compile error until it has a row. */
const WRITERS: { [K in MentionKind]: Writer<K> } = {
  sentence: (m, out) => {
    out.sentences.push(m.span);
  },
  // Tokens are an internal layer: recomputable, too bulky for the contract.
  token: () => {},
};

/** Assembles the document JSON from an adapter's document and the reader's mentions. */
export function toDocumentJson(
  doc: SourceDoc,
  mentions: readonly Mention[],
  diagnostics: readonly Diagnostic[],
): DocumentJson {
  const out: DocumentJson = {
    schema: DOCUMENT_SCHEMA,
    id: documentId(doc),
    title: doc.title,
    language: doc.language,
    source: { url: doc.url, outlet: doc.outlet, format: doc.format, origin: doc.origin, author: doc.author },
    published: { value: doc.published?.value ?? null, from: doc.published?.from ?? null },
    modified: doc.modified,
    updates: doc.updates.map((u) => ({ value: u.value, span: u.span })),
    dateline: doc.dateline ? { ...doc.dateline } : null,
    links: doc.links.map((l) => ({ span: l.span, href: l.href })),
    text: doc.text,
    sentences: [],
    entities: [],
    times: [],
    quantities: [],
    quotes: [],
    events: [],
    diagnostics: [...doc.diagnostics, ...diagnostics],
  };
  for (const m of mentions) (WRITERS[m.kind] as Writer<MentionKind>)(m as never, out);
  return out;
}
