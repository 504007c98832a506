import type { Span } from './span.ts';

/**
 * Mentions are what read stages produce: plain data, discriminated on `kind`, each with its
 * span in the normalised text and `by`, the stage (and rule) that made it. Later stages read
 * earlier mentions by kind; they never call each other. Mentions refer to one another by span
 * (an event's `time` is the span of a time mention); the document JSON turns spans into ids.
 */
export interface MentionBase {
  readonly span: Span;
  /** The producing stage and rule, e.g. `segment/sentence@1` or `time/range@1:en-dash`. */
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

/** TIMEX3 types. */
export type TimeType = 'date' | 'time' | 'duration' | 'set';
/** TIMEX3 modifiers sitrep emits. */
export type TimeMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';
/** Which reference time resolved a relative expression. */
export type TimeAnchor = 'published' | 'update' | 'narrative' | 'none';

/** A time expression with its TIMEX3 value and inclusive bounds for querying. */
export interface TimeMention extends MentionBase {
  readonly kind: 'time';
  readonly type: TimeType;
  /** TIMEX3 value (`2022-02-10`, `2022-W02`, `P10D`, `XXXX-02-16`, `2022-02-10/2022-02-20` for ranges). */
  readonly value: string;
  /** Inclusive bounds as ISO dates or date-times, or null when open or unknown. */
  readonly start: string | null;
  readonly end: string | null;
  readonly mod: TimeMod | null;
  readonly anchor: TimeAnchor;
  /** Parts of the value not written in the text (e.g. `year` of "Feb. 9"). */
  readonly implied: readonly string[];
}

/** Entity types of the document JSON. */
export type EntityType =
  | 'person'
  | 'organization'
  | 'gpe'
  | 'location'
  | 'facility'
  | 'military_unit'
  | 'media'
  | 'named_event'
  | 'equipment'
  | 'other';

/** One mention of a named entity; mentions of the same entity in a document share `cluster`. */
export interface EntityMention extends MentionBase {
  readonly kind: 'entity';
  readonly type: EntityType;
  /** Canonical name of the entity in this document. */
  readonly name: string;
  /** Normalised key for cross-document linking (transliteration-folded). */
  readonly key: string;
  /** In-document cluster id shared by all mentions of one entity. */
  readonly cluster: string;
  /** Title or office, when the text gives one. */
  readonly role: string | null;
  /** Extra facts of the entity (GeoNames id, coordinates, descriptor). */
  readonly attrs?: Readonly<Record<string, string | number | boolean | null>>;
}

/** How a quantity's number is hedged. */
export type Qualifier =
  | 'exact'
  | 'more_than'
  | 'less_than'
  | 'at_least'
  | 'at_most'
  | 'up_to'
  | 'about'
  | 'range'
  | 'vague';

/** A quantity: number, unit or counted noun, hedge, and what it counts. */
export interface QuantityMention extends MentionBase {
  readonly kind: 'quantity';
  readonly value: number;
  readonly max: number | null;
  readonly unit: string | null;
  readonly qualifier: Qualifier;
  /** What it counts: the span of an entity mention, or a short text, or null. */
  readonly about: Span | string | null;
  /** What happened to what it counts (`killed`, `evacuated`; `lexicons/quantities/measures.en.tsv`), or null. */
  readonly measure?: string | null;
  /**
   * `rule` when the figure states a rule, not a count of the situation: a threshold, limit or cap
   * (`the notification threshold is 9,000`), or the point at which a rule applies (`once the number
   * reaches 13,000`). Absent otherwise. Such figures are no claims.
   */
  readonly frame?: 'rule';
}

/**
 * The stance of a reporting cue; `believed` is a state of mind (`thinks`, `wants`, `plans to`), not
 * a speech act: no claim, denial or accusation is read from it.
 */
export type Stance =
  | 'said'
  | 'claimed'
  | 'denied'
  | 'warned'
  | 'accused'
  | 'stressed'
  | 'added'
  | 'reported'
  | 'believed'
  | 'other';

/** A quote or reported claim: content span, cue, speaker and relay. */
export interface QuoteMention extends MentionBase {
  readonly kind: 'quote';
  readonly direct: boolean;
  readonly cue: Span | null;
  readonly stance: Stance;
  /** Span of the speaker's entity mention, when the speaker is a named entity. */
  readonly speaker: Span | null;
  /** The speaker as written or resolved ("Lukashenko", "a senior State Department official"). */
  readonly speakerText: string | null;
  /** Span of the relaying outlet or agency's entity mention. */
  readonly via: Span | null;
  readonly viaText: string | null;
  /** The speaker phrase as written (`Viktor Gulevich, chief of the general staff`), when in the text. */
  readonly source?: Span | null;
}

/** Event statuses. */
export type EventStatus = 'planned' | 'ongoing' | 'completed' | 'cancelled' | 'denied' | 'hypothetical';

/**
 * How an event stands to its time: it happens `at` it (`drills on Feb. 10–20`), runs `until` it
 * (`the stage ends on Feb. 9`), or runs `from` it (`the drills began on Thursday`).
 */
export type TimeRole = 'at' | 'from' | 'until';

/**
 * An event's days computed by a rule: ISO days, null at an open end; `from` are the spans of the
 * time mentions it was computed from (the point, then the duration), `rule` the rule
 * (`duration`, `same-duration`, `days-before-end`, `days-after-start`, `nth-day`, `last-day`, …).
 */
export interface EventInterval {
  readonly start: string | null;
  readonly end: string | null;
  readonly from: readonly Span[];
  readonly rule: string;
}

/** A typed event; `span` is its trigger. Arguments refer to other mentions by span. */
export interface EventMention extends MentionBase {
  readonly kind: 'event';
  readonly type: string;
  readonly plover: string | null;
  readonly name: string | null;
  readonly actors: readonly Span[];
  readonly targets: readonly Span[];
  readonly places: readonly Span[];
  readonly time: Span | null;
  /** How the event stands to `time` (`at` when absent). */
  readonly timeRole?: TimeRole;
  /** The time that ends the event when `time` begins it (`began on Feb. 10 … to end on Feb. 20`). */
  readonly timeEnd?: Span | null;
  /**
   * Days computed from a dated point and a distance (`10 days of drills on Thursday`: from Feb. 10
   * to Feb. 20; `two days before the exercise is due to end`): they date the event more closely
   * than `time`, which stays the point it was counted from. Absent or null when none.
   */
  readonly interval?: EventInterval | null;
  readonly size: Span | null;
  readonly status: EventStatus;
  readonly claimedBy: Span | null;
  /** Span of a parent event (a phase of an exercise points to the exercise). */
  readonly partOf?: Span | null;
  /** Every span in the document that reports this event (its trigger among them), in text order. */
  readonly mentions?: readonly Span[];
}

/** Every mention kind; add a kind here and each `Record<MentionKind, …>` table fails to compile until handled. */
export type Mention =
  | SentenceMention
  | TokenMention
  | TimeMention
  | EntityMention
  | QuantityMention
  | QuoteMention
  | EventMention;

/** The discriminant of mentions. */
export type MentionKind = Mention['kind'];

/** Narrows a mention list to one kind. */
export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;
