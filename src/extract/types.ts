import type { Mention, MentionKind, MentionOf } from '../model/mention.ts';
import type { Dateline, LinkAnnotation, UpdateNote } from '../model/source.ts';

/** What a read stage may look at: the text and the reference facts, never I/O or the clock. */
export interface ReadContext {
  readonly text: string;
  /** Publication date-time (ISO) used as the default anchor, or null when unknown. */
  readonly published: string | null;
  readonly updates: readonly UpdateNote[];
  readonly language: string | null;
  readonly links: readonly LinkAnnotation[];
  readonly dateline: Dateline | null;
  /** The outlet that publishes the document (its metadata, dateline or host), when known. */
  readonly outlet?: string | null;
  /** The document's URL, when known. */
  readonly url?: string | null;
}

/** Read-only access to the mentions produced by earlier stages, by kind, in text order. */
export interface MentionView {
  of<K extends MentionKind>(kind: K): readonly MentionOf<K>[];
}

/** A pure extractor: proposes mentions of one kind. */
export interface Stage {
  readonly name: string;
  readonly version: number;
  /** The kind of mention it produces. */
  readonly produces: MentionKind;
  /** Kinds it reads; each must be produced by an earlier stage. */
  readonly needs: readonly MentionKind[];
  run(ctx: ReadContext, view: MentionView): Mention[];
}

/** A refiner decides among proposals: filters, merges, resolves overlaps of its kinds. */
export interface Refiner {
  readonly name: string;
  readonly kinds: readonly MentionKind[];
  run(ctx: ReadContext, mentions: Mention[]): Mention[];
}

/** One row of the stage table. */
export type PipelineStep = { readonly stage: Stage } | { readonly refiner: Refiner };
