import {
  type DocumentJson,
  type EntityJson,
  type EventJson,
  eventDays,
  type QuoteJson,
  type TimeJson,
} from '../model/document.ts';
import type { Span } from '../model/span.ts';
import { MIN_SHINGLES } from './constants.ts';
import { bands, shingles, signature } from './minhash.ts';
import { type NameKeys, nameKeys } from './names.ts';
import { foldKey } from './translit.ts';

/**
 * What reconciliation needs of one document, computed from its JSON alone (pure, no store): the
 * keys of its entities, its event reports with their own times, its figures with claimant and
 * relay, and its MinHash signature. Computed before the store's transaction so the write lock is
 * held for lookups and inserts only.
 */

/** A document entity with its corpus keys. */
export interface EntityFeature {
  readonly docEntity: string;
  readonly name: string;
  readonly type: string;
  readonly role: string | null;
  readonly mentions: number;
  readonly keys: NameKeys;
}

/** A document's report of an event, with its attributes as this source gives them. */
export interface EventFeature {
  readonly docEvent: string;
  readonly type: string;
  readonly name: string | null;
  readonly nameKeys: NameKeys | null;
  readonly status: string;
  /** Days (`YYYY-MM-DD`) the report places the event in; from the event's time, else publication. */
  readonly start: string | null;
  readonly end: string | null;
  readonly timeFrom: 'event' | 'published';
  readonly timeText: string | null;
  /** How the report places the event against its time: at it, or running from or until it. */
  readonly timeRole: 'at' | 'from' | 'until';
  readonly trigger: Span;
  readonly triggerText: string;
  readonly sentence: Span;
  readonly sentenceText: string;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly places: readonly string[];
  readonly size: { value: number; max: number | null; unit: string | null; text: string } | null;
  readonly claimedBy: string | null;
  /** The document event this one is a phase of (a readiness stage of an exercise), if any. */
  readonly partOf: string | null;
  /** The rule or model of the extractor that found the event (`event@1:trigger`). */
  readonly by: string;
}

/** A document's report of a figure, and who claims it. */
export interface ClaimFeature {
  readonly quantity: string;
  readonly unit: string;
  /** What happened to what it counts (`killed`), part of the figure's identity; null when unsaid. */
  readonly measure: string | null;
  readonly aboutKey: string;
  readonly aboutLabel: string | null;
  readonly value: number;
  readonly max: number | null;
  readonly qualifier: string;
  readonly text: string;
  readonly span: Span;
  readonly sentenceText: string;
  readonly claimant: string;
  readonly claimantKind: 'speaker' | 'outlet';
  /** The document entity of the speaker, when the claimant is one. */
  readonly claimantEntity: string | null;
  readonly relay: string | null;
  readonly quote: string | null;
  /** The rule of the quantity stage that read the figure. */
  readonly by: string;
}

/** Everything reconciliation reads of a document. */
export interface DocFeatures {
  readonly doc: string;
  /** The store's key of the story the document is a revision of (what its revisions share), when the store gives it. */
  readonly story?: string;
  readonly title: string | null;
  readonly outlet: string;
  readonly published: string | null;
  readonly day: string | null;
  readonly entities: readonly EntityFeature[];
  readonly events: readonly EventFeature[];
  readonly claims: readonly ClaimFeature[];
  /** MinHash signature, or null when the text is too short to compare. */
  readonly signature: Uint32Array | null;
  readonly bands: readonly number[];
}

/** The day of an ISO date or date-time, or null. */
export function dayOf(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** A time's bounds as days; a month or year value spans its first to last day. */
export function timeDays(t: TimeJson): { start: string; end: string } | null {
  const start = dayOf(t.start) ?? expand(t.value)?.start ?? null;
  if (!start) return null;
  const end = dayOf(t.end) ?? expand(t.value.split('/')[1] ?? t.value)?.end ?? start;
  return end < start ? { start, end: start } : { start, end };
}

function expand(v: string | undefined): { start: string; end: string } | null {
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return { start: v.slice(0, 10), end: v.slice(0, 10) };
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return { start: `${v}-01`, end: `${v}-${String(last).padStart(2, '0')}` };
  }
  if (/^\d{4}$/.test(v)) return { start: `${v}-01-01`, end: `${v}-12-31` };
  return null;
}

/** The name a document's source goes by: outlet, else URL host, else file name. */
export function outletOf(doc: DocumentJson): string {
  if (doc.source.outlet) return doc.source.outlet;
  if (doc.source.url && URL.canParse(doc.source.url)) return new URL(doc.source.url).host;
  return doc.source.origin.split(/[\\/]/).pop() || doc.source.origin;
}

function sentenceAround(doc: DocumentJson, span: Span): Span {
  // Sentences are sorted and disjoint: binary search for the one that holds the span.
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = s[mid]!;
    if (span[0] < a) hi = mid - 1;
    else if (span[0] >= b) lo = mid + 1;
    else return [a, Math.max(b, span[1])];
  }
  return [Math.max(0, span[0] - 120), Math.min(doc.text.length, span[1] + 120)];
}

/** The unit of a figure as grouped: lower case, spaces collapsed. */
function unitKey(unit: string): string {
  return unit.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * An institution named without its state (`Defense Ministry`, `the Foreign Ministry`, `Ministry of
 * Defence`): every state has one, so two documents' `Defense Ministry` are one only if both name
 * the same state, which the bare name does not say (the sample corpus had joined Belarus's and
 * Russia's). Its keys are its document's own; a name with its state (`Russian Defense Ministry`)
 * links across documents as any other.
 */
const BARE_INSTITUTION =
  /^(?:the )?(?:(?:defen[cs]e|foreign|interior|justice|finance|health|education|economy|emergencies|emergency|energy|agriculture|culture|labou?r|trade|transport|environment|information) (?:ministry|minister)|ministry of (?:defen[cs]e|foreign affairs|internal affairs|the interior|justice|finance|health|education|economy|emergency situations|energy|agriculture|culture|labou?r|trade|transport|environment|information))$/i;

function withinDocument(keys: NameKeys, name: string, doc: string): NameKeys {
  if (keys.group !== 'org' || !BARE_INSTITUTION.test(name.trim())) return keys;
  return { ...keys, exact: `${keys.exact}@${doc}`, fold: `${keys.fold}@${doc}` };
}

/** What a figure counts, as a grouping key: an entity's folded name, else its words folded. */
function aboutOf(
  about: string | null,
  byId: ReadonlyMap<string, EntityJson>,
): { key: string; label: string | null } {
  if (!about) return { key: '', label: null };
  const e = byId.get(about);
  if (e) return { key: nameKeys(e.name, e.type).fold, label: e.name };
  const label = about.replace(/\s+/g, ' ').trim();
  return {
    key: label
      .split(/\s+/)
      .map(foldKey)
      .filter((w) => w.length > 1)
      .join(' '),
    label,
  };
}

/**
 * True when the cross-document picture can place the event: named, dated, or with an actor,
 * target, place or size, and not an undated prospect of a deployment. A bare trigger (`an attack`, `the talks`) stays in its document, where the
 * reader shows it, but alone it could only ever start an event of its own.
 */
export function placedEvent(
  ev: Pick<EventJson, 'status' | 'time' | 'type' | 'name' | 'size'> & {
    readonly actors: readonly string[];
    readonly targets: readonly string[];
    readonly places: readonly string[];
  },
): boolean {
  // An undated prospect of a deployment (`troops could stay as long as needed`, `a possible
  // deployment`) would stand on its publication day and join, by its actor, the deployment it
  // speculates about: it stays in its document.
  if (ev.status === 'hypothetical' && ev.time === null && ev.type === 'troop_deployment') return false;
  return (
    ev.name !== null ||
    ev.time !== null ||
    ev.size !== null ||
    ev.actors.length + ev.targets.length + ev.places.length > 0
  );
}

/** The name keys of an exercise's continuation: one folded key, the year of its start. */
function continuationKeys(start: string | null): NameKeys {
  return {
    group: 'event',
    exact: 'continuation',
    fold: '~continuation',
    surname: null,
    partial: false,
    initials: '',
    year: start?.slice(0, 4) ?? null,
    rules: [],
  };
}

/** The days of a computed interval: both ends, or the one known (an end from the report's day on). */
function computedDays(
  iv: { start: string | null; end: string | null },
  day: string | null,
): { start: string; end: string } | null {
  if (iv.start && iv.end) return { start: iv.start, end: iv.end };
  if (iv.start) return { start: iv.start, end: iv.start };
  if (iv.end) return { start: day && day < iv.end ? day : iv.end, end: iv.end };
  return null;
}

/** The reconciliation features of a document. */
export function documentFeatures(doc: DocumentJson): DocFeatures {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const nameOf = (id: string | null) => (id ? (byId.get(id)?.name ?? null) : null);
  const published = doc.published.value;
  const day = dayOf(published);
  const outlet = outletOf(doc);
  const times = new Map(doc.times.map((t) => [t.id, t]));
  const quantities = new Map(doc.quantities.map((q) => [q.id, q]));

  const entities: EntityFeature[] = doc.entities.map((e) => ({
    docEntity: e.id,
    name: e.name,
    type: e.type,
    role: e.role ?? e.mentions.find((m) => m.role)?.role ?? null,
    mentions: e.mentions.length,
    keys: withinDocument(nameKeys(e.name, e.type), e.name, doc.id),
  }));

  const events: EventFeature[] = doc.events.filter(placedEvent).map((ev) => {
    const t = ev.time ? times.get(ev.time) : undefined;
    // Two times bound it (`began on Feb. 10 … to end on Feb. 20`): from the first's start to the second's end.
    const last = t && ev.timeEnd ? times.get(ev.timeEnd) : undefined;
    const first = t ? timeDays(t) : null;
    const closing = last ? timeDays(last) : null;
    const closed =
      first && closing && closing.end >= first.start ? { start: first.start, end: closing.end } : first;
    // Running until a later day than the report's (`the arrival would continue until Feb. 9`, told
    // on Jan. 21): under way from the report on, not on that day alone.
    const until =
      closed && !closing && ev.timeRole === 'until' && day && day < closed.start
        ? { start: day, end: closed.end }
        : closed;
    // Days computed from a point and a distance (`10 days of drills on Thursday`) date it first;
    // open at one end, it is that day (`from`), or under way from the report to its end (`until`).
    const computed = ev.interval ? eventDays(ev, doc.times) : null;
    const b = computed ? computedDays(computed, day) : until;
    const role = computed ? computed.role : t && !last ? (ev.timeRole ?? 'at') : 'at';
    const shownTime = ev.interval
      ? ev.interval.times.map((id) => times.get(id)?.text ?? '').join(' + ')
      : t
        ? last
          ? `${t.text} – ${last.text}`
          : t.text
        : null;
    const q = ev.size ? quantities.get(ev.size) : undefined;
    const sentence = sentenceAround(doc, ev.trigger);
    return {
      docEvent: ev.id,
      type: ev.type,
      name: ev.name,
      // An exercise continued past its end (`decided to continue the drills`) is keyed as a
      // continuation of its year: it joins other reports of a continuation, never the exercise it
      // continues nor another exercise on the same days.
      nameKeys: ev.name
        ? nameKeys(ev.name, 'named_event')
        : ev.by.includes(':continuation+')
          ? continuationKeys(b?.start ?? day)
          : null,
      status: ev.status,
      start: b?.start ?? day,
      end: b?.end ?? day,
      timeFrom: b ? 'event' : 'published',
      timeText: shownTime,
      timeRole: role,
      trigger: ev.trigger,
      triggerText: doc.text.slice(ev.trigger[0], ev.trigger[1]),
      sentence,
      sentenceText: doc.text.slice(sentence[0], sentence[1]),
      actors: ev.actors,
      targets: ev.targets,
      places: ev.places,
      size: q ? { value: q.value, max: q.max, unit: q.unit, text: q.text } : null,
      claimedBy: nameOf(ev.claimedBy),
      partOf: ev.partOf ?? null,
      by: ev.by,
    };
  });

  const quotes = [...doc.quotes].sort((a, b) => a.span[0] - b.span[0]);
  const quoteOf = (span: Span): QuoteJson | null =>
    quotes.find((c) => c.span[0] <= span[0] && span[1] <= c.span[1]) ?? null;
  const claims: ClaimFeature[] = [];
  for (const q of doc.quantities) {
    // A rule's threshold or limit (`exercises of 9,000 troops or more must be notified`) is no
    // source's claim of how many there are.
    if (!q.unit || q.frame === 'rule') continue;
    const quote = quoteOf(q.span);
    const speaker = quote ? (nameOf(quote.speaker) ?? quote.speakerText) : null;
    const about = aboutOf(q.about, byId);
    const sentence = sentenceAround(doc, q.span);
    claims.push({
      quantity: q.id,
      unit: unitKey(q.unit),
      measure: q.measure ?? null,
      aboutKey: about.key,
      aboutLabel: about.label,
      value: q.value,
      max: q.max,
      qualifier: q.qualifier,
      text: q.text,
      span: q.span,
      sentenceText: doc.text.slice(sentence[0], sentence[1]),
      claimant: speaker ?? outlet,
      claimantKind: speaker ? 'speaker' : 'outlet',
      claimantEntity: speaker ? (quote?.speaker ?? null) : null,
      relay: quote ? (nameOf(quote.via) ?? quote.viaText) : null,
      quote: quote?.id ?? null,
      by: q.by,
    });
  }

  const sh = shingles(doc.text);
  const sig = sh.length >= MIN_SHINGLES ? signature(sh) : null;
  return {
    doc: doc.id,
    title: doc.title,
    outlet,
    published,
    day,
    entities,
    events,
    claims,
    signature: sig,
    bands: sig ? bands(sig) : [],
  };
}
