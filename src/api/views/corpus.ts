import { createHash } from 'node:crypto';
import type { DocumentJson, EventJson, QuantityJson, QuoteJson, TimeJson } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { placedEvent } from '../../reconcile/features.ts';
import { exactKey, nameKeys } from '../../reconcile/names.ts';
import type { CorpusLinker } from '../../reconcile/views.ts';

/**
 * Cross-document views over the stored document JSON, grouped as the reconciled tables group them
 * (a `CorpusLinker` from the store): a document's entity joins its corpus entity (the root of its
 * merges), an event its corpus event (with the reconciled name and bounds), a claimed figure its
 * figure, so the API and web UI show the same entities, events, ids and dates as the CLI. Without
 * a linker (tests, a one-off build) or for facts the reconciler left out, the fallback groups by
 * folded name, by event type with name or arguments and day, and by unit and what is counted.
 */

/**
 * One copy of each repeated string, id list and attribute set of the kept documents, and the
 * strings of the mention tables by number. Shared by the documents of one index (and kept across
 * rebuilds, as the documents are).
 */
export class StringPool {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly objects = new Map<string, Readonly<Record<string, string | number | boolean | null>>>();

  /** The pool's copy of a string, or null or undefined as given. */
  opt<T extends string | null | undefined>(s: T): T {
    return (typeof s === 'string' ? this.intern(s) : s) as T;
  }

  /** The pool's copy of a string. */
  intern(s: string): string {
    return this.strings[this.id(s)]!;
  }

  /** A string's number in `strings`. */
  id(s: string): number {
    let n = this.ids.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, n);
    }
    return n;
  }

  /** A frozen list equal to `items`, shared with every other equal list (`["e5"]` recurs in most documents). */
  list(items: readonly string[]): readonly string[] {
    if (items.length === 0) return EMPTY;
    const k = items.join('\u0000');
    let l = this.lists.get(k);
    if (!l) {
      l = Object.freeze(items.map((x) => this.intern(x)));
      this.lists.set(k, l);
    }
    return l;
  }

  /** A frozen copy of a flat attribute set, shared with every equal one (a place's coordinates, a country code). */
  attrs(
    a: Readonly<Record<string, string | number | boolean | null>> | undefined,
  ): Readonly<Record<string, string | number | boolean | null>> | undefined {
    if (a === undefined) return undefined;
    const k = JSON.stringify(a);
    let o = this.objects.get(k);
    if (!o) {
      o = Object.freeze({ ...a });
      this.objects.set(k, o);
    }
    return o;
  }
}

const EMPTY: readonly string[] = Object.freeze([]);

/** Numbers per mention in `MentionTable.rows`: start, end, text, rule, role (−1: none). */
const MENTION_FIELDS = 5;

/**
 * A document's entity mentions as one column of integers (span, and the pool numbers of text, rule
 * and role), entity after entity in the document's order, each entity's in the JSON's order. As
 * objects (one per mention and one per span) they were a third of the index's heap objects, each
 * marked by every full collection.
 */
export class MentionTable {
  constructor(
    readonly rows: Int32Array,
    private readonly pool: StringPool,
  ) {}
  start(i: number): number {
    return this.rows[i * MENTION_FIELDS]!;
  }
  end(i: number): number {
    return this.rows[i * MENTION_FIELDS + 1]!;
  }
  span(i: number): [number, number] {
    return [this.rows[i * MENTION_FIELDS]!, this.rows[i * MENTION_FIELDS + 1]!];
  }
  text(i: number): string {
    return this.pool.strings[this.rows[i * MENTION_FIELDS + 2]!]!;
  }
  by(i: number): string {
    return this.pool.strings[this.rows[i * MENTION_FIELDS + 3]!]!;
  }
  role(i: number): string | null {
    const r = this.rows[i * MENTION_FIELDS + 4]!;
    return r < 0 ? null : this.pool.strings[r]!;
  }
}

/**
 * A document's entity as the index keeps it: `key` is its cross-document key (`corpusKey`), and
 * `docKey` the key the document itself gives it; its mentions are rows `m0` to `m0 + mn - 1` of
 * the document's `mentions` table.
 */
export class CorpusEntity {
  /** The document it is in (set once, as the document is made). */
  source: CorpusDoc = undefined as unknown as CorpusDoc;
  constructor(
    readonly id: string,
    readonly type: string,
    readonly name: string,
    readonly key: string,
    readonly docKey: string,
    readonly role: string | null,
    readonly attrs: Readonly<Record<string, string | number | boolean | null>> | undefined,
    /** First row in the document's mention table. */
    readonly m0: number,
    /** Number of mentions. */
    readonly mn: number,
  ) {}
  /** The entity as its group's occurrence (`EntityRef`): one object serves as both. */
  get json(): CorpusEntity {
    return this;
  }
}

/**
 * What the views read of an event, one object per event: lists shared through the pool, the
 * trigger as two numbers (`trigger` makes the span), and no text, mentions or `partOf`, which no
 * view reads. Only events the cross-document picture places (`placedEvent`) are kept.
 */
export class CorpusEvent {
  readonly id: string;
  readonly type: string;
  readonly plover: string | null;
  readonly name: string | null;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly places: readonly string[];
  readonly time: string | null;
  readonly timeRole: EventJson['timeRole'];
  readonly size: string | null;
  readonly status: string;
  readonly claimedBy: string | null;
  readonly by: string;
  /** The document that reports it. */
  readonly doc: string;
  /** Its time's bounds as days (`timeBounds`), or null. */
  readonly start: string | null;
  readonly end: string | null;
  private readonly t0: number;
  private readonly t1: number;
  /** `times`: the document's times (an event's is looked up by id). */
  constructor(e: EventJson, pool: StringPool, doc: string, times: readonly CorpusTime[]) {
    this.id = pool.intern(e.id);
    this.type = pool.intern(e.type);
    const opt = <T extends string | null | undefined>(x: T): T => pool.opt(x);
    this.plover = opt(e.plover);
    this.name = e.name;
    this.actors = pool.list(e.actors);
    this.targets = pool.list(e.targets);
    this.places = pool.list(e.places);
    this.time = opt(e.time);
    this.timeRole = e.timeRole;
    this.size = opt(e.size);
    this.status = pool.intern(e.status);
    this.claimedBy = opt(e.claimedBy);
    this.by = pool.intern(e.by);
    this.t0 = e.trigger[0];
    this.t1 = e.trigger[1];
    this.doc = doc;
    const b = eventBounds(e, times);
    this.start = b?.start ?? null;
    this.end = b?.end ?? null;
  }
  /** The event as its own report (`EventReport`): one object serves as both. */
  get event(): CorpusEvent {
    return this;
  }
  /** The trigger's span (a new array each time). */
  get trigger(): Span {
    return [this.t0, this.t1];
  }
}

/** A span kept as two numbers: `span` makes the array (a new one each time). */
abstract class Spanned {
  readonly spanStart: number;
  readonly spanEnd: number;
  constructor(span: Span) {
    this.spanStart = span[0];
    this.spanEnd = span[1];
  }
  get span(): Span {
    return [this.spanStart, this.spanEnd];
  }
}

/** What the views read of a quote (its text is a span of the document's text). */
export class CorpusQuote extends Spanned {
  readonly id: string;
  readonly direct: boolean;
  readonly speaker: string | null;
  readonly speakerText: string | null;
  readonly via: string | null;
  readonly viaText: string | null;
  readonly stance: string;
  constructor(q: QuoteJson, pool: StringPool) {
    super(q.span);
    this.id = pool.intern(q.id);
    this.direct = q.direct;
    this.speaker = pool.opt(q.speaker);
    this.speakerText = pool.opt(q.speakerText);
    this.via = pool.opt(q.via);
    this.viaText = pool.opt(q.viaText);
    this.stance = pool.intern(q.stance);
  }
}

/** What the views read of a quantity. */
export class CorpusQuantity extends Spanned {
  readonly id: string;
  readonly text: string;
  readonly value: number;
  readonly max: number | null;
  readonly unit: string | null;
  readonly qualifier: string;
  readonly about: string | null;
  readonly measure: string | null;
  readonly by: string;
  /** `rule`: a figure a rule states (a threshold, a limit), which claims nothing of the situation. */
  readonly frame: string | null;
  /** The document that reports it. */
  readonly doc: string;
  /**
   * The innermost of the document's quotes that contains it and does not deny it, if any (its
   * speaker is the claimant): in `Kyiv says Moscow has massed 100,000 troops, a figure Russia
   * disputes`, Kyiv claims the figure and Russia's quote around it denies it.
   */
  readonly quote: CorpusQuote | null;
  constructor(q: QuantityJson, pool: StringPool, doc: string, quotes: readonly CorpusQuote[]) {
    super(q.span);
    this.doc = doc;
    let best: CorpusQuote | null = null;
    for (const c of quotes) {
      if (c.spanStart > q.span[0] || q.span[1] > c.spanEnd || c.stance === 'denied') continue;
      if (!best || c.spanEnd - c.spanStart < best.spanEnd - best.spanStart) best = c;
    }
    this.quote = best;
    this.id = pool.intern(q.id);
    this.text = q.text;
    this.value = q.value;
    this.max = q.max;
    this.unit = pool.opt(q.unit);
    this.qualifier = pool.intern(q.qualifier);
    this.about = pool.opt(q.about);
    this.measure = q.measure ? pool.intern(q.measure) : null;
    this.by = pool.intern(q.by);
    this.frame = q.frame ? pool.intern(q.frame) : null;
  }
  /** The quantity as its own point of a figure (`FigurePoint`): one object serves as both. */
  get quantity(): CorpusQuantity {
    return this;
  }
}

/** What the views read of a time (an event's). */
export class CorpusTime extends Spanned {
  readonly id: string;
  readonly text: string;
  readonly value: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly mod: string | null;
  constructor(t: TimeJson, pool: StringPool) {
    super(t.span);
    this.id = pool.intern(t.id);
    this.text = pool.intern(t.text);
    this.value = pool.intern(t.value);
    this.start = pool.opt(t.start);
    this.end = pool.opt(t.end);
    this.mod = pool.opt(t.mod);
  }
}

/** What the views keep of a document: its JSON without the parts they never read. */
export type CorpusDoc = Omit<
  DocumentJson,
  'links' | 'diagnostics' | 'quotes' | 'entities' | 'events' | 'sentences' | 'times' | 'quantities'
> & {
  readonly quotes: readonly CorpusQuote[];
  readonly quantities: readonly CorpusQuantity[];
  /** The times an event refers to. */
  readonly times: readonly CorpusTime[];
  readonly entities: CorpusEntity[];
  /** The mentions of `entities`. */
  readonly mentions: MentionTable;
  readonly events: readonly CorpusEvent[];
  /** Sentence spans as start, end pairs. */
  readonly sentences: Int32Array;
};

const corpusKeys = new Map<string, string>();
const CORPUS_KEYS_MAX = 50_000;

/**
 * The key that groups a document's entity across documents: the reconciler's folded spelling
 * (transliterations and given-name variants fold together: Alexander/Alyaksandr Lukashenko), with
 * a named event's year. A document's own `key` drops every vowel, which is safe inside one article
 * but not across a corpus (Japan and OPEN, Hawaii and Huawei, Google and Hulu would be one).
 */
export function corpusKey(name: string, type: string): string {
  const memo = `${type}\u0000${name}`;
  let key = corpusKeys.get(memo);
  if (key === undefined) {
    const k = nameKeys(name, type);
    key = (k.year ? `${k.fold} ${k.year}` : k.fold) || k.exact || name.toLowerCase();
    if (corpusKeys.size >= CORPUS_KEYS_MAX) corpusKeys.clear();
    corpusKeys.set(memo, key);
  }
  return key;
}

/**
 * A document as the index keeps it: links, diagnostics, times no event refers to, events the
 * cross-document picture does not place, and quote and event fields no view reads are dropped;
 * repeated strings (rule names, mention texts, units, ids) are shared through `pool`; entity
 * mentions and sentences are columns of integers. A document already lean is returned as it is.
 */
export function leanDoc(d: DocumentJson | CorpusDoc, pool: StringPool = new StringPool()): CorpusDoc {
  if (d.sentences instanceof Int32Array) return d as CorpusDoc;
  const { links: _l, diagnostics: _d, entities, events, sentences, ...rest } = d as DocumentJson;
  const eventTimes = new Set(events.flatMap((e) => [e.time, e.timeEnd ?? null]));
  const opt = <T extends string | null | undefined>(x: T): T => pool.opt(x);
  let mentionCount = 0;
  for (const e of entities) mentionCount += e.mentions.length;
  const rows = new Int32Array(mentionCount * MENTION_FIELDS);
  let row = 0;
  const flat = new Int32Array(sentences.length * 2);
  for (const [i, s] of sentences.entries()) {
    flat[2 * i] = s[0];
    flat[2 * i + 1] = s[1];
  }
  const times = (d as DocumentJson).times
    .filter((t) => eventTimes.has(t.id))
    .map((t) => new CorpusTime(t, pool));
  const quotes = (d as DocumentJson).quotes.map((q) => new CorpusQuote(q, pool));
  const lean: CorpusDoc = {
    ...rest,
    times,
    quotes,
    // Field by field, in one shape.
    entities: entities.map((e) => {
      const m0 = row;
      for (const m of e.mentions) {
        const at = row * MENTION_FIELDS;
        rows[at] = m.span[0];
        rows[at + 1] = m.span[1];
        rows[at + 2] = pool.id(m.text);
        rows[at + 3] = pool.id(m.by);
        rows[at + 4] = m.role == null ? -1 : pool.id(m.role);
        row++;
      }
      return new CorpusEntity(
        pool.intern(e.id),
        pool.intern(e.type),
        pool.intern(e.name),
        pool.intern(corpusKey(e.name, e.type)),
        pool.intern(e.key),
        opt(e.role),
        pool.attrs(e.attrs),
        m0,
        e.mentions.length,
      );
    }),
    mentions: new MentionTable(rows, pool),
    events: events.filter(placedEvent).map((e) => new CorpusEvent(e, pool, d.id, times)),
    sentences: flat,
    quantities: (d as DocumentJson).quantities.map((q) => new CorpusQuantity(q, pool, d.id, quotes)),
  };
  for (const e of lean.entities) e.source = lean;
  return lean;
}

/** An entity across documents (grouped by `key`: its corpus entity id, else its folded name). */
export interface EntityGroup {
  readonly key: string;
  /** Its spellings and how often each is used. */
  readonly names: ReadonlyMap<string, number>;
  name: string;
  type: string;
  documents: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Its number among the index's entities (`Corpus.entityByNumber`). */
  readonly n: number;
  /** Where it occurs: each document and the entity inside that document. */
  readonly refs: EntityRef[];
}

/** An entity group's occurrence: a document and its entity there (`Corpus.groups` has the document's groups). */
export interface EntityRef {
  readonly source: CorpusDoc;
  readonly json: CorpusEntity;
}

/** One document's report of an event. */
export interface EventReport {
  readonly doc: string;
  readonly event: CorpusEvent;
  readonly start: string | null;
  readonly end: string | null;
}

/** Reports of what looks like one event (same type, same name or arguments, same first day). */
export interface EventCluster {
  readonly id: string;
  readonly type: string;
  name: string | null;
  start: string;
  end: string;
  /** `event`: bounds from the events' own times; `published`: no time given, publication day used. */
  timeFrom: 'event' | 'published';
  readonly actors: string[];
  readonly targets: string[];
  readonly places: string[];
  readonly statuses: Record<string, number>;
  readonly reports: EventReport[];
  readonly sources: string[];
}

/** One report of a figure: a quantity in a document. */
export interface FigurePoint {
  readonly doc: string;
  readonly quantity: CorpusQuantity;
  /** The quote that contains the figure, if any (its speaker is the claimant). */
  readonly quote: CorpusQuote | null;
}

/** A figure reported across documents: the same unit counting the same thing. */
export interface FigureGroup {
  readonly id: string;
  readonly unit: string;
  /** What happened to what it counts (`killed`), or null. */
  readonly measure: string | null;
  readonly about: string | null;
  readonly aboutKey: string | null;
  readonly points: FigurePoint[];
  first: string | null;
  last: string | null;
  sources: number;
}

/** The index the API's cross-document endpoints read. */
export interface Corpus {
  readonly docs: ReadonlyMap<string, CorpusDoc>;
  /** Per document, the numbers of the groups of its entities, in the order of `entities`. */
  readonly groups: ReadonlyMap<CorpusDoc, Int32Array>;
  /** By documents desc, then key. */
  readonly entities: readonly EntityGroup[];
  readonly entityByKey: ReadonlyMap<string, EntityGroup>;
  /** By a spelling's folded key (`corpusKey`, as a person's and as another name): the group with the most documents. */
  readonly entityByName: ReadonlyMap<string, EntityGroup>;
  /** By a spelling as written (`exactKey`: case, accents and punctuation aside): the group with the most documents that uses it. */
  readonly entityByExactName: ReadonlyMap<string, EntityGroup>;
  /** By a document's own entity key (links from a document, older URLs): its group with the most documents. */
  readonly entityByDocKey: ReadonlyMap<string, EntityGroup>;
  /** By `EntityGroup.n`. */
  readonly entityByNumber: readonly EntityGroup[];
  /** Documents that are near-duplicate copies (reprints) of another: copy → original. */
  readonly copyOf: ReadonlyMap<string, string>;
  /** By start, then id. */
  readonly events: readonly EventCluster[];
  readonly eventById: ReadonlyMap<string, EventCluster>;
  /** By points desc, then id. */
  readonly figures: readonly FigureGroup[];
  readonly figureById: ReadonlyMap<string, FigureGroup>;
}

/** A short stable id from a grouping key. */
export function shortId(prefix: string, key: string): string {
  return prefix + createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/** The day of an ISO date or date-time (`YYYY-MM-DD`), or null. */
export function day(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** The published day of a document, or null. */
export function publishedDay(doc: CorpusDoc): string | null {
  return day(doc.published.value);
}

/**
 * An entity group by its key, else by a name as written (the entity that uses that very spelling
 * in the most documents: `George H.W. Bush` is not George W. Bush, `Ukraine Defence Ministry` not
 * its Foreign Ministry), else by a document's own key for it (a document reader's link), else by a
 * name folded as a person's or another name (`Alyaksandr Lukashenka`), a surname alone, or the
 * start of a name (`Zapad` for Zapad-2021).
 */
export function findEntity(corpus: Corpus, key: string): EntityGroup | undefined {
  return (
    corpus.entityByKey.get(key) ??
    corpus.entityByExactName.get(exactKey(key)) ??
    corpus.entityByDocKey.get(key) ??
    corpus.entityByName.get(corpusKey(key, 'person')) ??
    corpus.entityByName.get(corpusKey(key, 'organization')) ??
    bySurname(corpus, key) ??
    byStart(corpus, key)
  );
}

/** The most-documented entity one of whose names starts with the query and then a hyphen or space. */
function byStart(corpus: Corpus, name: string): EntityGroup | undefined {
  const q = exactKey(name);
  if (q.length < 3) return undefined;
  return corpus.entities.find((g) =>
    [...g.names.keys()].some((n) => {
      const e = exactKey(n);
      return e.length > q.length && e.startsWith(q) && e[q.length] === ' ';
    }),
  );
}

/** A surname as typed (`Lukashenka`): the most-documented person whose folded name ends with it. */
function bySurname(corpus: Corpus, name: string): EntityGroup | undefined {
  if (/\s/.test(name.trim())) return undefined;
  const tail = ` ${corpusKey(name.trim(), 'person')}`;
  // By documents desc: the first match is the one most written about.
  return corpus.entities.find(
    (g) => g.type === 'person' && [...g.names.keys()].some((n) => corpusKey(n, 'person').endsWith(tail)),
  );
}

/** A document's entity by id. */
export function entityOf(doc: CorpusDoc, id: string | null): CorpusEntity | null {
  if (!id) return null;
  return doc.entities.find((e) => e.id === id) ?? null;
}

/** The cross-document group of a document's entity, by the entity's id in the document. */
export function groupOf(corpus: Corpus, doc: CorpusDoc, id: string | null): EntityGroup | null {
  if (!id) return null;
  const i = doc.entities.findIndex((e) => e.id === id);
  const groups = corpus.groups.get(doc);
  return i < 0 || !groups ? null : (corpus.entityByNumber[groups[i]!] ?? null);
}

/** A document's entity as a reference: its group's key and its name in the document. */
export function entityRef(
  corpus: Corpus,
  doc: CorpusDoc,
  id: string | null,
): { key: string; name: string } | null {
  const e = entityOf(doc, id);
  if (!e) return null;
  return { key: groupOf(corpus, doc, id)?.key ?? e.key, name: e.name };
}

/**
 * An event's days as its document tells them: a computed interval (`10 days of drills on
 * Thursday`; an open end takes the other), else from its time to its closing time, else its time's
 * bounds (as `eventDays` reads them for reconciliation).
 */
export function eventBounds(
  e: Pick<EventJson, 'time' | 'timeEnd' | 'interval'>,
  times: readonly CorpusTime[],
): { start: string; end: string } | null {
  if (e.interval) {
    const start = day(e.interval.start) ?? day(e.interval.end);
    const end = day(e.interval.end) ?? start;
    if (start && end) return end < start ? { start, end: start } : { start, end };
  }
  const first = timeBounds(e.time ? times.find((t) => t.id === e.time) : null);
  const last = e.timeEnd ? timeBounds(times.find((t) => t.id === e.timeEnd)) : null;
  if (first && last && last.end >= first.start) return { start: first.start, end: last.end };
  return first;
}

/** A time's bounds as days: [start, end]; a point when there is no end. */
export function timeBounds(
  t: TimeJson | CorpusTime | null | undefined,
): { start: string; end: string } | null {
  if (!t) return null;
  const start = day(t.start) ?? day(t.value);
  if (!start) return null;
  const end = day(t.end) ?? (t.value.includes('/') ? day(t.value.split('/')[1]) : null) ?? start;
  return end < start ? { start, end: start } : { start, end };
}

/** The sentence around a span, for context in listings. */
export function contextOf(doc: CorpusDoc, span: readonly [number, number], max = 400): string {
  let from = Math.max(0, span[0] - 120);
  let to = Math.min(doc.text.length, span[1] + 120);
  const s = doc.sentences;
  for (let i = 0; i < s.length; i += 2)
    if (s[i]! <= span[0] && span[1] <= s[i + 1]!) {
      from = s[i]!;
      to = s[i + 1]!;
      break;
    }
  const text = doc.text.slice(from, to);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A document entity's group key, by its id in the document (null when it has none). */
type KeyOf = (id: string) => string | null | undefined;

/** The fallback grouping key of an event report; documents' events become one cluster when keys agree. */
export function eventKey(doc: CorpusDoc, e: CorpusEvent, start: string | null, keyOf: KeyOf): string {
  const keys = (ids: readonly string[]) =>
    ids
      .map(keyOf)
      .filter((k): k is string => !!k)
      .sort()
      .join(',');
  const who = e.name ? `n:${normalise(e.name)}` : `a:${keys(e.actors)}|p:${keys(e.places)}`;
  // Named events (an exercise) are one event whatever day a report mentions; others per day.
  return `${e.type}|${who}|${e.name ? '' : (start ?? publishedDay(doc) ?? '')}`;
}

/** The grouping of a quantity: unit, what happened to it (`killed`) and what it counts (an entity key, else its text). */
export function figureKey(
  doc: CorpusDoc,
  q: CorpusQuantity,
  keyOf: KeyOf,
): { unit: string; measure: string | null; about: string | null; aboutKey: string | null } {
  const unit = normalise(q.unit ?? '');
  const measure = q.measure ?? null;
  const ent = q.about ? entityOf(doc, q.about) : null;
  if (ent) return { unit, measure, about: ent.name, aboutKey: keyOf(ent.id) ?? ent.key };
  return { unit, measure, about: q.about ? q.about.trim() : null, aboutKey: null };
}

function bump(map: Record<string, number>, k: string) {
  map[k] = (map[k] ?? 0) + 1;
}

const byCountThenName = (a: Map<string, number>) =>
  [...a].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];

/**
 * Builds the cross-document index from documents (any order; output order is stable), grouped as
 * `linker`'s reconciled tables group them when one is given.
 */
export function buildCorpus(input: Iterable<DocumentJson | CorpusDoc>, linker?: CorpusLinker): Corpus {
  const pool = new StringPool();
  const docs = new Map<string, CorpusDoc>();
  const groupsOf = new Map<CorpusDoc, Int32Array>();
  type Group = EntityGroup & { names: Map<string, number>; types: Map<string, number> };
  const entities = new Map<string, Group>();
  const clusters = new Map<string, EventCluster & { key: string }>();
  const figures = new Map<string, FigureGroup & { sourceSet: Set<string> }>();
  const byNumber: Group[] = [];
  const copyOf = new Map<string, string>();

  for (const raw of input) {
    // Documents from the cache are lean already; others (tests, a one-off build) are made so.
    const doc = leanDoc(raw, pool);
    docs.set(doc.id, doc);
    const links = linker?.doc(doc.id);
    if (links?.duplicateOf) copyOf.set(doc.id, links.duplicateOf);
    const published = publishedDay(doc);
    const groups = new Int32Array(doc.entities.length);
    groupsOf.set(doc, groups);
    const keyOf: KeyOf = (id) => {
      const i = doc.entities.findIndex((e) => e.id === id);
      return i < 0 ? null : byNumber[groups[i]!]!.key;
    };
    for (const [i, e] of doc.entities.entries()) {
      const key = links?.entities.get(e.id) ?? e.key;
      let g = entities.get(key);
      if (!g) {
        g = {
          n: entities.size,
          key,
          name: e.name,
          type: e.type,
          documents: 0,
          mentions: 0,
          firstSeen: null,
          lastSeen: null,
          refs: [],
          names: new Map(),
          types: new Map(),
        };
        entities.set(key, g);
        byNumber.push(g);
      }
      if (g.refs.at(-1)?.source !== doc) g.documents++;
      groups[i] = g.n;
      g.refs.push(e);
      g.mentions += e.mn;
      g.names.set(e.name, (g.names.get(e.name) ?? 0) + e.mn);
      g.types.set(e.type, (g.types.get(e.type) ?? 0) + 1);
      if (published) {
        if (!g.firstSeen || published < g.firstSeen) g.firstSeen = published;
        if (!g.lastSeen || published > g.lastSeen) g.lastSeen = published;
      }
    }
    // The same events as the cross-document picture: bare triggers stay in their documents.
    // Lean documents keep placed events only (checked again for documents made lean elsewhere).
    for (const ev of doc.events) {
      if (!placedEvent(ev)) continue;
      const linked = links?.events.get(ev.id);
      const key = linked ? `id:${linked}` : eventKey(doc, ev, ev.start, keyOf);
      let c = clusters.get(key);
      if (!c) {
        c = {
          key,
          id: linked ?? shortId('ev', key),
          type: ev.type,
          name: (linked ? linker?.event(linked)?.name : null) ?? ev.name,
          start: '',
          end: '',
          timeFrom: 'published',
          actors: [],
          targets: [],
          places: [],
          statuses: {},
          reports: [],
          sources: [],
        };
        clusters.set(key, c);
      }
      c.reports.push(ev);
      bump(c.statuses, ev.status);
      const addKeys = (ids: readonly string[], into: string[]) => {
        for (const id of ids) {
          const k = keyOf(id);
          if (k && !into.includes(k)) into.push(k);
        }
      };
      addKeys(ev.actors, c.actors);
      addKeys(ev.targets, c.targets);
      addKeys(ev.places, c.places);
      const source = sourceName(doc);
      if (!c.sources.includes(source)) c.sources.push(source);
    }
    for (const q of doc.quantities) {
      // A threshold or limit a rule states is no one's figure of the situation (nor a claim).
      if (q.frame === 'rule') continue;
      const f = figureKey(doc, q, keyOf);
      const linked = links?.figures.get(q.id);
      // Figures without a measure keep the ids they had before measures existed.
      const key = linked
        ? `id:${linked}`
        : `${f.unit}|${f.aboutKey ?? normalise(f.about ?? '')}${f.measure ? `|${f.measure}` : ''}`;
      let g = figures.get(key);
      if (!g) {
        g = {
          id: linked ?? shortId('f', key),
          unit: f.unit,
          measure: f.measure,
          about: f.about,
          aboutKey: f.aboutKey,
          points: [],
          first: null,
          last: null,
          sources: 0,
          sourceSet: new Set(),
        };
        figures.set(key, g);
      }
      g.points.push(q);
      // Outlets that state it, a reprint's not counted (as the CLI's claims and an event's sources).
      if (!links?.duplicateOf) g.sourceSet.add(sourceName(doc));
      if (published) {
        if (!g.first || published < g.first) g.first = published;
        if (!g.last || published > g.last) g.last = published;
      }
    }
  }

  // Cluster bounds: the reconciled event's, else the union of the reports' times, else the
  // earliest publication day.
  for (const c of clusters.values()) {
    const bounds = c.key.startsWith('id:') ? linker?.event(c.id) : null;
    const timed = c.reports.filter((r) => r.start !== null);
    if (bounds?.start) {
      c.start = bounds.start.slice(0, 10);
      c.end = (bounds.end ?? bounds.start).slice(0, 10);
      c.timeFrom = bounds.timed ? 'event' : 'published';
    } else if (timed.length > 0) {
      c.start = timed[0]!.start!;
      c.end = timed[0]!.end!;
      for (const r of timed) {
        if (r.start! < c.start) c.start = r.start!;
        if (r.end! > c.end) c.end = r.end!;
      }
      c.timeFrom = 'event';
    } else {
      const days = c.reports
        .map((r) => publishedDay(docs.get(r.doc)!) ?? '')
        .filter(Boolean)
        .sort();
      c.start = days[0] ?? '';
      c.end = days[0] ?? '';
    }
    c.reports.sort((a, b) => {
      const pa = docs.get(a.doc)!.published.value ?? '';
      const pb = docs.get(b.doc)!.published.value ?? '';
      return pa < pb ? -1 : pa > pb ? 1 : a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0;
    });
  }
  const entityByNumber = byNumber;
  const entityList = entityByNumber.map((g) => {
    // A corpus entity is named and typed as `sitrep entity` names it; others by their mentions.
    const known = linker?.entity(g.key);
    g.name = known?.name ?? byCountThenName(g.names);
    g.type = known?.type ?? byCountThenName(g.types);
    return g;
  });
  entityList.sort((a, b) => b.documents - a.documents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const eventList = [...clusters.values()].sort(compareEvents);
  const figureList = [...figures.values()].map((g) => {
    g.sources = g.sourceSet.size;
    g.points.sort((a, b) => comparePoints(docs, a, b));
    return g;
  });
  // Figures that say what they count come first (`troops` in Belarus), then bare units (`usd` of
  // every article), each by points.
  figureList.sort(
    (a, b) => saysWhat(b) - saysWhat(a) || b.points.length - a.points.length || (a.id < b.id ? -1 : 1),
  );
  // entityList is by documents desc: the first group seen for a document key has the most.
  const entityByDocKey = new Map<string, EntityGroup>();
  for (const g of entityList)
    for (const r of g.refs) if (!entityByDocKey.has(r.json.docKey)) entityByDocKey.set(r.json.docKey, g);
  const entityByName = new Map<string, EntityGroup>();
  const entityByExactName = new Map<string, EntityGroup>();
  for (const g of entityList)
    for (const name of g.names.keys()) {
      const exact = exactKey(name);
      if (!entityByExactName.has(exact)) entityByExactName.set(exact, g);
    }
  for (const g of entityList)
    for (const name of g.names.keys())
      for (const k of new Set([
        corpusKey(name, g.type),
        corpusKey(name, 'person'),
        corpusKey(name, 'organization'),
      ]))
        if (!entityByName.has(k)) entityByName.set(k, g);
  return {
    docs,
    groups: groupsOf,
    entities: entityList,
    entityByKey: new Map(entityList.map((e) => [e.key, e])),
    entityByName,
    entityByExactName,
    entityByDocKey,
    entityByNumber,
    copyOf,
    events: eventList,
    eventById: new Map(eventList.map((e) => [e.id, e])),
    figures: figureList,
    figureById: new Map(figureList.map((f) => [f.id, f])),
  };
}

/** 1 when a figure says what it counts (or what happened to it), else 0: the first sort key of figures. */
export function saysWhat(f: { readonly about: string | null; readonly measure: string | null }): number {
  return f.about !== null || f.measure !== null ? 1 : 0;
}

/** Timeline order: start, then id. */
export function compareEvents(a: { start: string; id: string }, b: { start: string; id: string }): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function comparePoints(docs: ReadonlyMap<string, CorpusDoc>, a: FigurePoint, b: FigurePoint): number {
  const pa = docs.get(a.doc)!.published.value ?? '';
  const pb = docs.get(b.doc)!.published.value ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.quantity.spanStart - b.quantity.spanStart;
}

/** The name of a document's source: its outlet, else its URL's host, else its file name. */
export function sourceName(doc: CorpusDoc): string {
  if (doc.source.outlet) return doc.source.outlet;
  if (doc.source.url && URL.canParse(doc.source.url)) return new URL(doc.source.url).host;
  return doc.source.origin.split(/[\\/]/).pop() || doc.source.origin;
}

/**
 * `Moscow denies …`, `Washington says …`: a national capital named alone as the speaker stands for
 * its country's government, so its claims line up with the country's (`Russia says …`). The
 * entity stage marks capitals (`attrs.capitalOf`, the country's name); the country's group in the
 * corpus gives the key when there is one. `Moscow’s mayor said` has another speaker.
 */
function capitalSpeaker(
  corpus: Corpus,
  doc: CorpusDoc,
  quote: CorpusQuote,
): { key: string | null; name: string } | null {
  const e = entityOf(doc, quote.speaker);
  const country = e?.attrs?.capitalOf;
  if (!e || typeof country !== 'string' || !quote.speakerText) return null;
  const written = exactKey(quote.speakerText.replace(/^the\s+/i, ''));
  const name = exactKey(e.name);
  if (written !== name && !name.startsWith(`${written} `)) return null;
  const group = findEntity(corpus, country);
  return group && group.type === 'gpe' ? { key: group.key, name: group.name } : { key: null, name: country };
}

/** Who makes a claim: the quote's speaker (entity or text), else the outlet that reports it. */
export function claimantOf(
  corpus: Corpus,
  doc: CorpusDoc,
  quote: CorpusQuote | null,
): { kind: 'speaker' | 'outlet'; name: string; key: string | null } {
  if (quote) {
    const capital = capitalSpeaker(corpus, doc, quote);
    if (capital) return { kind: 'speaker', ...capital };
    const e = entityRef(corpus, doc, quote.speaker);
    if (e) return { kind: 'speaker', ...e };
    if (quote.speakerText) return { kind: 'speaker', name: quote.speakerText, key: null };
  }
  return { kind: 'outlet', name: sourceName(doc), key: null };
}
