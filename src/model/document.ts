import { createHash } from 'node:crypto';
import type { Diagnostic } from './errors.ts';
import type { EventMention, Mention, MentionKind, MentionOf, TimeRole } from './mention.ts';
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
  source: {
    url: string | null;
    outlet: string | null;
    format: Format;
    origin: string;
    author: string | null;
  };
  published: { value: string | null; from: DatedValue['from'] | null };
  modified: string | null;
  updates: { value: string | null; span: Span }[];
  dateline: { span: Span; place: string | null; outlet: string | null; date: string | null } | null;
  links: { span: Span; href: string }[];
  text: string;
  sentences: Span[];
  entities: EntityJson[];
  times: TimeJson[];
  quantities: QuantityJson[];
  quotes: QuoteJson[];
  events: EventJson[];
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

/** JSON shapes of the mention arrays (see DESIGN.md §3). */
export interface EntityJson {
  id: string;
  type: string;
  name: string;
  key: string;
  role: string | null;
  attrs?: Record<string, string | number | boolean | null>;
  mentions: { span: Span; text: string; by: string; role?: string | null }[];
}
export interface TimeJson {
  id: string;
  span: Span;
  text: string;
  type: string;
  value: string;
  start: string | null;
  end: string | null;
  mod: string | null;
  anchor: string;
  implied: string[];
  by: string;
}
export interface QuantityJson {
  id: string;
  span: Span;
  text: string;
  value: number;
  max: number | null;
  unit: string | null;
  qualifier: string;
  about: string | null;
  /** What happened to what it counts (`killed`, `evacuated`); absent in documents read before it existed. */
  measure?: string | null;
  /** `rule` for a threshold, limit or cap a rule states (no claim of the situation); absent otherwise. */
  frame?: 'rule';
  by: string;
}
export interface QuoteJson {
  id: string;
  span: Span;
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerText: string | null;
  via: string | null;
  viaText: string | null;
  source: Span | null;
  cue: Span | null;
  stance: string;
  by: string;
}
export interface EventJson {
  id: string;
  type: string;
  plover: string | null;
  trigger: Span;
  text: string;
  name: string | null;
  actors: string[];
  targets: string[];
  places: string[];
  time: string | null;
  /** How the event stands to its time: `at`, or open-ended `from` or `until` it. */
  timeRole: TimeRole;
  /** The time that ends the event when `time` begins it (role `from`): two times make its interval. */
  timeEnd?: string | null;
  /**
   * Days computed from a point and a distance (`10 days of drills on Thursday`), which date the
   * event more closely than `time`: `value` is `start/end` with `..` at an open end (as TIMEX3
   * writes an interval), `times` the ids of the time mentions it was computed from, `by` the rule.
   * Added after `sitrep/document@1` was fixed: absent in documents read before it; read it through
   * `eventDays`.
   */
  interval?: EventIntervalJson | null;
  size: string | null;
  status: string;
  claimedBy: string | null;
  partOf: string | null;
  /** Every span that reports the event in this document (the trigger among them), in text order. */
  mentions: Span[];
  by: string;
}

export interface EventIntervalJson {
  value: string;
  start: string | null;
  end: string | null;
  times: string[];
  by: string;
}

/**
 * The days an event covers as the document tells them, for every reader (reconciliation, the
 * evaluations, the API): a computed interval first, else its time and closing time, else null.
 * `role` is how the event stands to the days (`from`/`until` when open at one end).
 */
export function eventDays(
  e: Pick<EventJson, 'time' | 'timeRole' | 'timeEnd' | 'interval'>,
  times: readonly Pick<TimeJson, 'id' | 'value' | 'start' | 'end'>[],
): { start: string | null; end: string | null; role: TimeRole } | null {
  if (e.interval) {
    const { start, end } = e.interval;
    return { start, end, role: start && end ? 'at' : start ? 'from' : 'until' };
  }
  const t = e.time ? times.find((x) => x.id === e.time) : undefined;
  if (!t) return null;
  const last = e.timeEnd ? times.find((x) => x.id === e.timeEnd) : undefined;
  const day = (v: string | null) => v?.slice(0, 10) ?? null;
  if (last) return { start: day(t.start), end: day(last.end), role: 'at' };
  return { start: day(t.start), end: day(t.end), role: e.timeRole ?? 'at' };
}

/** Turns span references between mentions into the ids of the JSON. */
class Refs {
  private readonly entityBySpan = new Map<string, string>();
  private readonly timeBySpan = new Map<string, string>();
  private readonly quantityBySpan = new Map<string, string>();
  private readonly eventBySpan = new Map<string, string>();
  private readonly clusters = new Map<string, EntityJson>();

  static key(span: Span): string {
    return `${span[0]}:${span[1]}`;
  }

  entityFor(cluster: string, make: () => EntityJson, span: Span): EntityJson {
    let e = this.clusters.get(cluster);
    if (!e) {
      e = make();
      this.clusters.set(cluster, e);
    }
    this.entityBySpan.set(Refs.key(span), e.id);
    return e;
  }
  get entityCount(): number {
    return this.clusters.size;
  }
  setTime(span: Span, id: string): void {
    this.timeBySpan.set(Refs.key(span), id);
  }
  setQuantity(span: Span, id: string): void {
    this.quantityBySpan.set(Refs.key(span), id);
  }
  setEvent(span: Span, id: string): void {
    this.eventBySpan.set(Refs.key(span), id);
  }
  entity(span: Span | null): string | null {
    return span ? (this.entityBySpan.get(Refs.key(span)) ?? null) : null;
  }
  time(span: Span | null): string | null {
    return span ? (this.timeBySpan.get(Refs.key(span)) ?? null) : null;
  }
  quantity(span: Span | null): string | null {
    return span ? (this.quantityBySpan.get(Refs.key(span)) ?? null) : null;
  }
  event(span: Span | null | undefined): string | null {
    return span ? (this.eventBySpan.get(Refs.key(span)) ?? null) : null;
  }
}

type Writer<K extends MentionKind> = (m: MentionOf<K>, out: DocumentJson, refs: Refs) => void;

const slice = (out: DocumentJson, span: Span) => out.text.slice(span[0], span[1]);

/**
 * How each mention kind lands in the document JSON; a new kind is a compile error until it has a
 * row. Rows run in WRITE_ORDER so that references (an event's time) resolve to ids already given.
 */
const WRITERS: { [K in MentionKind]: Writer<K> } = {
  sentence: (m, out) => {
    out.sentences.push(m.span);
  },
  // Tokens are an internal layer: recomputable, too bulky for the contract.
  token: () => {},
  entity: (m, out, refs) => {
    const e = refs.entityFor(
      m.cluster,
      () => {
        const made: EntityJson = {
          id: `e${refs.entityCount + 1}`,
          type: m.type,
          name: m.name,
          key: m.key,
          role: m.role,
          mentions: [],
        };
        if (m.attrs) made.attrs = { ...m.attrs };
        out.entities.push(made);
        return made;
      },
      m.span,
    );
    if (!e.role && m.role) e.role = m.role;
    e.mentions.push({
      span: m.span,
      text: slice(out, m.span),
      by: m.by,
      ...(m.role ? { role: m.role } : {}),
    });
  },
  time: (m, out, refs) => {
    const id = `t${out.times.length + 1}`;
    refs.setTime(m.span, id);
    out.times.push({
      id,
      span: m.span,
      text: slice(out, m.span),
      type: m.type,
      value: m.value,
      start: m.start,
      end: m.end,
      mod: m.mod,
      anchor: m.anchor,
      implied: [...m.implied],
      by: m.by,
    });
  },
  quantity: (m, out, refs) => {
    const id = `q${out.quantities.length + 1}`;
    refs.setQuantity(m.span, id);
    const about =
      m.about === null
        ? null
        : typeof m.about === 'string'
          ? m.about
          : (refs.entity(m.about) ?? slice(out, m.about));
    out.quantities.push({
      id,
      span: m.span,
      text: slice(out, m.span),
      value: m.value,
      max: m.max,
      unit: m.unit,
      qualifier: m.qualifier,
      about,
      measure: m.measure ?? null,
      ...(m.frame ? { frame: m.frame } : {}),
      by: m.by,
    });
  },
  quote: (m, out, refs) => {
    out.quotes.push({
      id: `c${out.quotes.length + 1}`,
      span: m.span,
      text: slice(out, m.span),
      direct: m.direct,
      speaker: refs.entity(m.speaker),
      speakerText: m.speakerText,
      via: refs.entity(m.via),
      viaText: m.viaText,
      source: m.source ?? null,
      cue: m.cue,
      stance: m.stance,
      by: m.by,
    });
  },
  event: (m, out, refs) => {
    const id = `v${out.events.length + 1}`;
    refs.setEvent(m.span, id);
    const ids = (spans: readonly Span[]) =>
      spans.map((s) => refs.entity(s)).filter((x): x is string => x !== null);
    out.events.push({
      id,
      type: m.type,
      plover: m.plover,
      trigger: m.span,
      text: slice(out, m.span),
      name: m.name,
      actors: ids(m.actors),
      targets: ids(m.targets),
      places: ids(m.places),
      time: refs.time(m.time),
      timeRole: m.time ? (m.timeRole ?? 'at') : 'at',
      timeEnd: m.time && m.timeEnd ? refs.time(m.timeEnd) : null,
      interval: m.interval
        ? {
            value: `${m.interval.start ?? '..'}/${m.interval.end ?? '..'}`,
            start: m.interval.start,
            end: m.interval.end,
            times: m.interval.from.map((s) => refs.time(s)).filter((x): x is string => x !== null),
            by: `${m.by.split(':')[0]}:interval-${m.interval.rule}`,
          }
        : null,
      size: refs.quantity(m.size),
      status: m.status,
      claimedBy: refs.entity(m.claimedBy),
      partOf: null,
      mentions: (m.mentions ?? [m.span]).map((s): Span => [s[0], s[1]]),
      by: m.by,
    });
  },
};

/** Kinds in the order their rows run: referenced kinds before the kinds that refer to them. */
const WRITE_ORDER: readonly MentionKind[] = [
  'sentence',
  'token',
  'entity',
  'time',
  'quantity',
  'quote',
  'event',
];

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
  const refs = new Refs();
  const byKind = new Map<MentionKind, Mention[]>();
  for (const m of mentions) {
    const list = byKind.get(m.kind);
    if (list) list.push(m);
    else byKind.set(m.kind, [m]);
  }
  for (const kind of WRITE_ORDER) {
    const sorted = (byKind.get(kind) ?? []).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
    const write = WRITERS[kind] as Writer<MentionKind>;
    for (const m of sorted) write(m as never, out, refs);
  }
  // Second pass: phases point to their parent event, which may come later in the text.
  const events = byKind.get('event') as EventMention[] | undefined;
  if (events)
    out.events.forEach((e, i) => {
      e.partOf = refs.event(events[i]!.partOf);
    });
  return out;
}
