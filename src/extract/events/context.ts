import type { EntityMention, QuantityMention, QuoteMention, TimeMention } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import type { WorkCounter } from '../segment/work.ts';
import type { TriggerLexicon } from './lexicon.ts';
import type { Word } from './words.ts';

/**
 * Everything the event rules read, indexed by word: for each word the entity, time, quantity and
 * quote (content or cue) covering it, or -1. Built once per document in linear time.
 */
export interface EventContext {
  readonly text: string;
  readonly published: string | null;
  readonly words: readonly Word[];
  /** Sentences as word ranges `[from, to)`. */
  readonly sentences: readonly (readonly [number, number])[];
  readonly entities: readonly EntityMention[];
  readonly times: readonly TimeMention[];
  readonly quantities: readonly QuantityMention[];
  readonly quotes: readonly QuoteMention[];
  readonly entityAt: Int32Array;
  readonly timeAt: Int32Array;
  readonly quantityAt: Int32Array;
  /** The innermost quote whose content holds the word. */
  readonly quoteAt: Int32Array;
  /** The quote whose cue holds the word. */
  readonly cueAt: Int32Array;
  readonly lexicon: TriggerLexicon;
  /** The wire dateline's span (`DOHA, March 4 (Ledger) -`): no word in it is a trigger. */
  readonly dateline: Span | null;
  /**
   * Forces named with their owner (`Russian troops`, `Belarus's units`, `troops from Russia`), in
   * text order: the word of the force noun and the owning entity. A later `the troops` is theirs.
   */
  readonly ownedForces: readonly { readonly word: number; readonly owner: EntityMention }[];
  /** The document reports a game (dense in words of sport): trigger words take their sporting senses. */
  readonly sport: boolean;
  /** The document reports politics (dense in words of campaigns): attacks between persons are verbal. */
  readonly campaign: boolean;
  readonly counter?: WorkCounter;
}

/** A trigger found in the text: words `[from, to)`, its type, and how it was recognised. */
export interface Trigger {
  readonly from: number;
  readonly to: number;
  readonly type: string;
  readonly plover: string | null;
  /** `word`, `phrase`, `phase` (a stage of an exercise), `naming` (what someone calls something), `pledge` (`not a single soldier will remain`) or `continuation` (an exercise continued past its end: `decided to continue the drills`). */
  readonly rule: 'word' | 'phrase' | 'phase' | 'naming' | 'pledge' | 'continuation';
  /** For `naming`: the word index of the verb of naming (`called` of `a move Kyiv called a provocation`). */
  readonly namer?: number;
  /** The act is its speaker's alone: what the words are said of does not act (`warnings … are false`). */
  readonly spoken?: boolean;
}
