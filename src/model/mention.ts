import type { Span } from './span.ts';

/**
 * Mentions are what read stages produce: plain data, discriminated on `kind`, each with its
 * span in the normalised text and `by`, the stage (and version) that made it. Later stages read
 * earlier mentions by kind; they never call each other.
 */
export interface MentionBase {
  readonly span: Span;
  /** The producing stage and rule, e.g. `segment/sentence@1`. */
  readonly by: string;
}

/** A sentence. */
export interface SentenceMention extends MentionBase {
  readonly kind: 'sentence';
}

/** Token classes the tokenizer distinguishes. */
export type TokenClass = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'abbrev';

/** A token: a word, number, punctuation mark, URL or abbreviation. */
export interface TokenMention extends MentionBase {
  readonly kind: 'token';
  readonly cls: TokenClass;
}

/** Every mention kind; add a kind here and each `Record<MentionKind, …>` table fails to compile until handled. */
export type Mention = SentenceMention | TokenMention;

/** The discriminant of mentions. */
export type MentionKind = Mention['kind'];

/** Narrows a mention list to one kind. */
export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;
