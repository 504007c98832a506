import { safeJson } from '../json.ts';
import {
  type Corpus,
  type CorpusDoc,
  type EventCluster,
  entityRef,
  findEntity,
  publishedDay,
} from './corpus.ts';
import { MAX_SELECTIONS, memo } from './memo.ts';
import { cite } from './refs.ts';

/** Filters of event listings and the timeline; entities by key or (case-insensitive) name. */
export interface EventFilters {
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly actor?: string;
  readonly place?: string;
  readonly status?: string;
}

/**
 * A test of a cluster's entity keys against an entity as asked: its key, a document's own key for
 * it, or a name in any spelling the index knows (`findEntity`), else a group's display name.
 */
function entityMatcher(corpus: Corpus, wanted: string): (keys: readonly string[]) => boolean {
  const w = wanted.toLowerCase();
  const found = findEntity(corpus, wanted)?.key;
  return (keys) =>
    keys.some((k) => k === wanted || k === found || corpus.entityByKey.get(k)?.name.toLowerCase() === w);
}

/** Events passing the filters, in timeline order; a time range keeps events that overlap it. */
export function filterEvents(
  corpus: Corpus,
  f: EventFilters,
  events: readonly EventCluster[] = corpus.events,
): EventCluster[] {
  const actor = f.actor ? entityMatcher(corpus, f.actor) : null;
  const place = f.place ? entityMatcher(corpus, f.place) : null;
  return events.filter(
    (c) =>
      (!f.type || c.type === f.type) &&
      (!f.from || c.end >= f.from.slice(0, 10)) &&
      (!f.to || c.start <= f.to.slice(0, 10)) &&
      (!f.status || c.statuses[f.status] !== undefined) &&
      (!actor || actor(c.actors)) &&
      (!place || place(c.places)),
  );
}

/** Events passing some filters, with what every page of the timeline repeats about all of them. */
export interface EventSelection {
  /** In timeline order (start, then id). */
  readonly events: readonly EventCluster[];
  /** The latest end among them, or null when there are none. */
  readonly end: string | null;
  readonly types: { value: string; count: number }[];
}

/**
 * `filterEvents` with the latest end and the type counts, once per index and filters: every page
 * and every repeat of a timeline query then costs a binary search and the page, not a pass over
 * all events (the unfiltered selection is the index's own list, not a copy). A time window alone
 * (what the timeline asks as one zooms) is one pass over the index's event columns.
 */
export function selectEvents(corpus: Corpus, f: EventFilters): EventSelection {
  const key = JSON.stringify([f.from ?? null, f.to ?? null, f.type, f.actor, f.place, f.status]);
  return memo(
    corpus,
    key,
    () => {
      const from = f.from?.slice(0, 10);
      const to = f.to?.slice(0, 10);
      const rest = { ...f, from: undefined, to: undefined };
      if (!Object.values(rest).some((v) => v !== undefined) && (from || to))
        return windowSelection(corpus, from, to);
      const events = withinPeriod(corpus, from, to);
      const filtered = Object.values(rest).some((v) => v !== undefined)
        ? filterEvents(corpus, rest, events)
        : events;
      let end: string | null = null;
      for (const e of filtered) if (end === null || e.end > end) end = e.end;
      return { events: filtered, end, types: eventTypeCounts(filtered) };
    },
    'event-selections',
    MAX_SELECTIONS,
  );
}

/** First index in [0, n) where `past(i)` holds, for a predicate false then true along the list. */
function firstWhere(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The index's events as typed columns, once per index: start and end days as ranks among the
 * distinct days (a window's bounds become ranks by binary search, so comparing ranks is comparing
 * the day strings), the latest end so far along the timeline order, and type codes. A window's
 * selection then reads integers, not the event objects (~25 ns an event with string comparisons
 * against ~2 with these, over every event when a long one keeps the running end high).
 */
interface EventColumns {
  /** Distinct start and end days of all events, sorted. */
  readonly days: readonly string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The latest end rank among events 0..i (never decreasing). */
  readonly maxEndSoFar: Int32Array;
  readonly type: Int32Array;
  /** Type names by code. */
  readonly types: readonly string[];
}

const eventColumns = (corpus: Corpus): EventColumns =>
  memo(corpus, 'events:columns', () => {
    const all = corpus.events;
    const days = [...new Set(all.flatMap((e) => [e.start, e.end]))].sort();
    const rank = new Map(days.map((d, i) => [d, i]));
    const typeCode = new Map<string, number>();
    const start = new Int32Array(all.length);
    const end = new Int32Array(all.length);
    const maxEndSoFar = new Int32Array(all.length);
    const type = new Int32Array(all.length);
    let max = -1;
    all.forEach((e, i) => {
      start[i] = rank.get(e.start)!;
      end[i] = rank.get(e.end)!;
      max = Math.max(max, end[i]!);
      maxEndSoFar[i] = max;
      let t = typeCode.get(e.type);
      if (t === undefined) {
        t = typeCode.size;
        typeCode.set(e.type, t);
      }
      type[i] = t;
    });
    return { days, start, end, maxEndSoFar, type, types: [...typeCode.keys()] };
  });

/**
 * Positions of the events overlapping [from, to] (days; either open), in timeline order: those
 * starting after `to` are cut by a binary search on the start, and only events from the first
 * whose running latest end reaches `from` are looked at.
 */
function positionsWithin(
  cols: EventColumns,
  from?: string,
  to?: string,
): { lo: number; hi: number; min: number } {
  const { days, start, maxEndSoFar } = cols;
  const n = start.length;
  // Ranks of the bounds: an event starts after `to` when its start rank is at least `past`, and
  // ends on or after `from` when its end rank is at least `min`.
  const past = to === undefined ? days.length : firstWhere(days.length, (k) => days[k]! > to);
  const min = from === undefined ? 0 : firstWhere(days.length, (k) => days[k]! >= from);
  const hi = to === undefined ? n : firstWhere(n, (i) => start[i]! >= past);
  const lo = from === undefined ? 0 : firstWhere(hi, (i) => maxEndSoFar[i]! >= min);
  return { lo, hi, min };
}

/** The selection of a time window alone: events, latest end and type counts in one pass over the columns. */
function windowSelection(corpus: Corpus, from?: string, to?: string): EventSelection {
  const cols = eventColumns(corpus);
  const { lo, hi, min } = positionsWithin(cols, from, to);
  const all = corpus.events;
  const events: EventCluster[] = [];
  const perType = new Int32Array(cols.types.length);
  let last = -1;
  for (let i = lo; i < hi; i++) {
    const e = cols.end[i]!;
    if (e < min) continue;
    events.push(all[i]!);
    perType[cols.type[i]!]!++;
    if (e > last) last = e;
  }
  const types: { value: string; count: number }[] = [];
  perType.forEach((count, t) => {
    if (count > 0) types.push({ value: cols.types[t]!, count });
  });
  types.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { events, end: last < 0 ? null : cols.days[last]!, types };
}

/**
 * Events overlapping [from, to] (days; either open), in timeline order, without comparing every
 * event's days (see `positionsWithin`).
 */
export function withinPeriod(corpus: Corpus, from?: string, to?: string): readonly EventCluster[] {
  const all = corpus.events;
  if (!from && !to) return all;
  const cols = eventColumns(corpus);
  const { lo, hi, min } = positionsWithin(cols, from || undefined, to || undefined);
  const out: EventCluster[] = [];
  for (let i = lo; i < hi; i++) if (cols.end[i]! >= min) out.push(all[i]!);
  return out;
}

const named = (corpus: Corpus, keys: readonly string[]) =>
  keys.map((k) => ({ key: k, name: corpus.entityByKey.get(k)?.name ?? k }));

/**
 * An event's status as the latest reports give it: the most common among the reports of the last
 * publication day (reports come in publication order). A drill planned in January and under way
 * in February is under way, however many January reports planned it (`statuses` keeps the spread).
 */
function status(corpus: Corpus, c: EventCluster): string {
  const dayOf = (doc: string) => publishedDay(corpus.docs.get(doc)!) ?? '';
  const last = c.reports.length > 0 ? dayOf(c.reports.at(-1)!.doc) : '';
  const counts = new Map<string, number>();
  for (const r of c.reports)
    if (dayOf(r.doc) === last) counts.set(r.event.status, (counts.get(r.event.status) ?? 0) + 1);
  const ranked = [...(counts.size > 0 ? counts : new Map(Object.entries(c.statuses)))].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  return ranked[0]?.[0] ?? 'completed';
}

/** A short human label: the name, else type and first actor and place. */
export function eventLabel(corpus: Corpus, c: EventCluster): string {
  if (c.name) return c.name;
  const who = c.actors[0] ? corpus.entityByKey.get(c.actors[0])?.name : null;
  const where = c.places[0] ? corpus.entityByKey.get(c.places[0])?.name : null;
  return [c.type.replace(/_/g, ' '), who ? `by ${who}` : null, where ? `in ${where}` : null]
    .filter(Boolean)
    .join(' ');
}

/** An event's line in listings. */
export function eventSummary(corpus: Corpus, c: EventCluster) {
  return {
    id: c.id,
    type: c.type,
    name: c.name,
    label: eventLabel(corpus, c),
    start: c.start,
    end: c.end,
    timeFrom: c.timeFrom,
    status: status(corpus, c),
    actors: named(corpus, c.actors),
    targets: named(corpus, c.targets),
    places: named(corpus, c.places),
    reports: c.reports.length,
    sources: c.sources.length,
  };
}

/** A compact timeline item: enough to draw a bar and open the event. */
export function timelineItem(corpus: Corpus, c: EventCluster) {
  return {
    id: c.id,
    type: c.type,
    label: eventLabel(corpus, c),
    start: c.start,
    end: c.end,
    timeFrom: c.timeFrom,
    status: status(corpus, c),
    reports: c.reports.length,
  };
}

/** Timeline items serialised with `safeJson` and encoded as UTF-8, once per event of an index (events are rebuilt with it). */
const itemBytes = new WeakMap<EventCluster, Buffer>();

/** `safeJson(timelineItem(corpus, c))`. */
export function timelineItemJson(corpus: Corpus, c: EventCluster): string {
  return safeJson(timelineItem(corpus, c));
}

/**
 * `timelineItemJson` as UTF-8, kept: a timeline page copies these bytes instead of joining and
 * encoding its items again (a window page is up to 1,000 items, ~150 KB).
 */
export function timelineItemBytes(corpus: Corpus, c: EventCluster): Buffer {
  let b = itemBytes.get(c);
  if (b === undefined) {
    b = Buffer.from(timelineItemJson(corpus, c), 'utf8');
    itemBytes.set(c, b);
  }
  return b;
}

function entityRefs(corpus: Corpus, doc: CorpusDoc, ids: readonly string[]) {
  return ids.map((id) => {
    const e = entityRef(corpus, doc, id);
    return { id, key: e?.key ?? null, name: e?.name ?? id };
  });
}

/** An event with every report of it, each with its own attributes (so disagreements show). */
export function eventDetail(corpus: Corpus, id: string) {
  const c = corpus.eventById.get(id);
  if (!c) return null;
  const reports = c.reports.map((r) => {
    const doc = corpus.docs.get(r.doc)!;
    const e = r.event;
    const time = e.time ? doc.times.find((t) => t.id === e.time) : undefined;
    const size = e.size ? doc.quantities.find((q) => q.id === e.size) : undefined;
    const claimant = entityRef(corpus, doc, e.claimedBy);
    return {
      ...cite(doc, e.trigger),
      event: e.id,
      type: e.type,
      plover: e.plover,
      name: e.name,
      status: e.status,
      actors: entityRefs(corpus, doc, e.actors),
      targets: entityRefs(corpus, doc, e.targets),
      places: entityRefs(corpus, doc, e.places),
      time: time
        ? {
            id: time.id,
            text: time.text,
            value: time.value,
            start: r.start,
            end: r.end,
            mod: time.mod,
            role: e.timeRole ?? 'at',
            span: time.span,
          }
        : null,
      size: size
        ? {
            id: size.id,
            text: size.text,
            value: size.value,
            max: size.max,
            unit: size.unit,
            qualifier: size.qualifier,
            span: size.span,
          }
        : null,
      claimedBy: claimant ? { key: claimant.key, name: claimant.name } : null,
      by: e.by,
      publishedDay: publishedDay(doc),
    };
  });
  return { ...eventSummary(corpus, c), statuses: c.statuses, outlets: c.sources, reports };
}

/** Counts of events by type (facets of the timeline). */
export function eventTypeCounts(events: readonly EventCluster[]): { value: string; count: number }[] {
  const m = new Map<string, number>();
  for (const e of events) m.set(e.type, (m.get(e.type) ?? 0) + 1);
  return [...m]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}
