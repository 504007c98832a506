import type { Span } from '../../model/span.ts';
import { type CorpusDoc, contextOf } from './corpus.ts';

/** Where a fact was read: the document (with what a listing needs to cite it) and the span. */
export interface Citation {
  readonly document: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly span: Span;
  readonly text: string;
  /** The sentence around the span. */
  readonly context: string;
}

/** A citation of a span of a document. */
export function cite(doc: CorpusDoc, span: Span): Citation {
  return {
    document: doc.id,
    title: doc.title,
    outlet: doc.source.outlet,
    published: doc.published.value,
    span: [span[0], span[1]],
    text: doc.text.slice(span[0], span[1]),
    context: contextOf(doc, span),
  };
}
