import { createHash } from 'node:crypto';
import {
  EVENT_DAY_SLACK,
  EVENT_MAX_INDEXED_DAYS,
  EVENT_MAX_MATCH_DAYS,
  EVENT_MIN_SHARED_ARGS,
  POINT_EVENT_MAX_DAYS,
  POINT_EVENT_TYPES,
} from './constants.ts';
import { rootOf } from './entities.ts';
import type { DocFeatures, EventFeature } from './features.ts';
import { governmentNamesOf, governmentOf } from './lexicon.ts';
import { nameKeys, yearsAgree } from './names.ts';
import type { CorpusEventRow, PriorReport, ReconcileRepo } from './types.ts';

/**
 * Event coreference across documents. A report joins a corpus event when
 * - `name`: same type and the same folded name (Allied Resolve = Union Resolve = Allied
 *   Resolve-2022), years agreeing; a phase of another event also needs overlapping time; or
 * - `time-args`: same type, time spans overlapping (± EVENT_DAY_SLACK days; undated reports use the
 *   publication day) and at least one shared actor or place as corpus entities (an actor that is a
 *   government also shares its country's, capital's and seats' names: Washington = the United
 *   States, Moscow = the Kremlin = Russia); neither span longer than EVENT_MAX_MATCH_DAYS (twice
 *   that for the event), so vague spans do not chain; or
 * - `plan`: an undated planned or hypothetical report (not an act of a moment) joins an event of
 *   its type within EVENT_MAX_MATCH_DAYS either way whose actors and places are its own, as corpus
 *   entities; the event's days stay as they were.
 * Otherwise it starts a new event. Each report keeps its own dates, places, size and status; the
 * event's span is only the union of its reports' spans, for listing.
 */

const DAY_MS = 86_400_000;

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `start` to `end` inclusive; a long span gives its first and last days only. */
export function spanDays(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start, i = 0; d <= end && i < EVENT_MAX_INDEXED_DAYS; d = addDays(d, 1), i++) out.push(d);
  if (out.at(-1)! < end)
    for (let d = end, i = 0; i < EVENT_MAX_INDEXED_DAYS / 2; d = addDays(d, -1), i++) out.push(d);
  return [...new Set(out)];
}

function daysBetween(start: string, end: string): number {
  return (
    (Date.parse(`${end.slice(0, 10)}T00:00:00Z`) - Date.parse(`${start.slice(0, 10)}T00:00:00Z`)) / DAY_MS
  );
}

/**
 * Whether an event with this span can still be joined by time and arguments (`find` passes over
 * longer ones): only such events are worth their rows in the day index.
 */
function matchable(start: string, end: string): boolean {
  return daysBetween(start, end) <= EVENT_MAX_MATCH_DAYS * 2;
}

/**
 * A new corpus event's id: from its story (the store's key its revisions share: the URL, else the
 * origin), its type, trigger and sentence, and how many events of the document came before with
 * all three the same. Revisions reporting it in the same words, and a rebuild of the tables
 * (`sitrep reconcile`), give it the same id. Without a story, or when a current document reports
 * an event of that id already, it is made from the document's id and event instead.
 */
function eventId(repo: ReconcileRepo, f: DocFeatures, ev: EventFeature, nth: number): string {
  const hash = (key: string) => `V${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
  if (f.story) {
    const id = hash(`${f.story}|${ev.type}|${ev.triggerText}|${ev.sentenceText}|${nth}`);
    // Taken only when no current document reports it (an earlier revision's event, or none).
    if (!repo.eventReported(id)) return id;
  }
  return hash(`${f.doc}|${ev.docEvent}`);
}

function overlaps(a: CorpusEventRow, start: string, end: string, slack = EVENT_DAY_SLACK): boolean {
  return overlapsDays(a, addDays(start, -slack), addDays(end, slack));
}

/** Whether an event's span meets the days `lo`..`hi` (a report's span with its slack already added). */
function overlapsDays(a: CorpusEventRow, lo: string, hi: string): boolean {
  return !!a.start && !!a.end && a.start <= hi && lo <= a.end;
}

/** Every spelling (node id) of the corpus entity of a node. */
type Spellings = (node: number) => readonly number[];

/**
 * The party an actor stands for, for matching reports: a government named by its country, its
 * capital or its seat (Russia, Moscow, the Kremlin) is one party (`gov:RU`); any other entity is
 * its corpus entity.
 */
type PartyOf = (node: number) => string;

/** The memoised entity lookups of one document's event linking. */
interface Lookups {
  readonly spellingsOf: Spellings;
  readonly governmentOf: (node: number) => string | null;
  readonly partyOf: PartyOf;
  /** Every spelling of every stored entity naming a country's government, by country code. */
  readonly governmentSpellings: (code: string) => readonly number[];
}

function lookupsFor(repo: ReconcileRepo): Lookups {
  const spellingsOf = spellingsMemo(repo);
  const governmentOf = governmentsMemo(repo, spellingsOf);
  const partyOf: PartyOf = (node) => {
    const code = governmentOf(node);
    return code ? `gov:${code}` : `node:${rootOf(repo, repo.node(node)).id}`;
  };
  const byCode = new Map<string, readonly number[]>();
  const governmentSpellings = (code: string) => {
    let out = byCode.get(code);
    if (!out) {
      out = governmentNodes(repo, code, spellingsOf);
      byCode.set(code, out);
    }
    return out;
  };
  return { spellingsOf, governmentOf, partyOf, governmentSpellings };
}

/** The country code an entity's spellings name as a government, else null (memoised by root). */
function governmentsMemo(repo: ReconcileRepo, spellingsOf: Spellings): (node: number) => string | null {
  const byRoot = new Map<number, string | null>();
  return (node) => {
    const root = rootOf(repo, repo.node(node));
    if (root.group !== 'place' && root.group !== 'org' && root.group !== 'facility') return null;
    let code = byRoot.get(root.id);
    if (code === undefined) {
      code = governmentOf(root.name);
      for (const n of spellingsOf(root.id)) code ??= governmentOf(repo.node(n).name);
      byRoot.set(root.id, code);
    }
    return code;
  };
}

/** Stored entities that name a country's government, with all their spellings. */
function governmentNodes(repo: ReconcileRepo, code: string, spellingsOf: Spellings): number[] {
  const out = new Set<number>();
  for (const name of governmentNamesOf(code)) {
    const fold = nameKeys(name, 'gpe').fold;
    if (!fold) continue;
    for (const n of repo.nodesByFoldAnyGroup(fold))
      if (n.group === 'place' || n.group === 'org' || n.group === 'facility')
        for (const s of spellingsOf(n.id)) out.add(s);
  }
  return [...out];
}

/** `Spellings` memoised by root, for one document's reports. */
function spellingsMemo(repo: ReconcileRepo): Spellings {
  const byRoot = new Map<number, readonly number[]>();
  return (node) => {
    const root = rootOf(repo, repo.node(node)).id;
    let out = byRoot.get(root);
    if (!out) {
      out = repo.component(root);
      byRoot.set(root, out);
    }
    return out;
  };
}

/**
 * Whether a corpus event's actors and places are these arguments' parties, no more and no fewer
 * (a government as one party, whether named by its country, capital or seat).
 */
function sameParties(
  repo: ReconcileRepo,
  event: string,
  actors: readonly number[],
  places: readonly number[],
  lookups: Lookups,
): boolean {
  const root = (n: number) => `node:${rootOf(repo, repo.node(n)).id}`;
  const mine = new Set([...actors.map(lookups.partyOf), ...places.map(root)]);
  const theirs = new Set(
    repo.eventArgs(event).map((a) => (a.actor ? lookups.partyOf(a.node) : root(a.node))),
  );
  if (mine.size !== theirs.size) return false;
  for (const r of mine) if (!theirs.has(r)) return false;
  return true;
}

/** Statuses of events not yet (or never) happened: their reports' days do not date them. */
const UNDATED_PLAN_STATUSES: ReadonlySet<string> = new Set(['planned', 'hypothetical']);

/**
 * The name key under which a stage that runs until a day (`the first stage ends on Feb. 9`) is
 * kept: its own event, apart from the drills of the same name, which reports of that stage join.
 * A stage dated otherwise (`the active phase, Feb. 10–20`) is the drills themselves.
 */
const STAGE_KEY = '#stage';

function stageKey(ev: EventFeature): string | null {
  const fold = ev.nameKeys?.fold;
  const until = ev.timeRole === 'until' || /^(until|till|through)\b/i.test(ev.timeText ?? '');
  return fold && ev.partOf && until && ev.end ? `${fold}${STAGE_KEY}` : null;
}

function find(
  repo: ReconcileRepo,
  ev: EventFeature,
  actors: readonly number[],
  places: readonly number[],
  lookups: Lookups,
): { event: CorpusEventRow; rule: 'name' | 'time-args' | 'plan' | 'copy' | 'revision' } | null {
  if (ev.nameKeys?.fold) {
    const k = ev.nameKeys;
    const stage = stageKey(ev);
    let named = repo.eventsByName(ev.type, stage ?? k.fold).filter((c) => yearsAgree(c.year, k.year));
    // A phase (the readiness stage of an exercise) shares its parent's name: it joins only the
    // reports of that name whose time overlaps its own, so stages stay apart from the main drills.
    // Strictly: a stage that ends the day before the drills begin is not the drills.
    // A phase the report does not date (`a briefing during the active phase`) is not of its
    // publication day: it joins the event of its name as any undated report does.
    if (ev.partOf && ev.timeFrom !== 'published')
      named = ev.start ? named.filter((c) => overlaps(c, ev.start!, ev.end!, 0)) : [];
    if (named.length === 1) return { event: named[0]!, rule: 'name' };
    if (named.length > 1) {
      const exactYear = named.filter((c) => c.year === k.year);
      // Overlapping without slack first: a stage that ends the day before must not win.
      const timed = ev.start
        ? [
            ...named.filter((c) => overlaps(c, ev.start!, ev.end!, 0)),
            ...named.filter((c) => overlaps(c, ev.start!, ev.end!)),
          ]
        : [];
      const pick = exactYear.length === 1 ? exactYear[0] : (timed[0] ?? null);
      return pick ? { event: pick, rule: 'name' } : null;
    }
    return null;
  }
  const args = [...actors, ...places];
  if (!ev.start || !ev.end || args.length === 0 || daysBetween(ev.start, ev.end) > EVENT_MAX_MATCH_DAYS)
    return null;
  const point = POINT_EVENT_TYPES.has(ev.type);
  // A plan or a fear a report does not date is not an event of its publication day: reports of
  // Russia's planned withdrawal on the 7th and the 21st tell of one plan. Such a report looks a
  // month either way (documents arrive in any order) for an event of its type sharing an actor or place.
  const undatedPlan = !point && ev.timeFrom === 'published' && UNDATED_PLAN_STATUSES.has(ev.status);
  const reach = undatedPlan ? EVENT_MAX_MATCH_DAYS : EVENT_DAY_SLACK;
  const lo = addDays(ev.start, -reach);
  const hi = addDays(ev.end, reach);
  // Every spelling of every actor and place: reports name them in many ways. An actor that is a
  // government is also found by its country's, capital's and seats' names (Washington accused =
  // the United States accused); a place stays a place (talks in Moscow are not Russia's).
  const { spellingsOf, governmentOf: codeOf, governmentSpellings } = lookups;
  const governments = [...new Set(actors.map(codeOf).filter((c): c is string => c !== null))];
  const spellings = [...new Set(args.flatMap(spellingsOf))];
  const governmentActors = [...new Set(governments.flatMap(governmentSpellings))];
  // One query finds the events on these days that share an argument, with how many: the events that
  // share none are never read.
  let best: { event: CorpusEventRow; shared: number; near: boolean } | null = null;
  for (const { event: c, shared } of repo.candidatesByDays(
    ev.type,
    spanDays(lo, hi),
    spellings,
    governmentActors,
  )) {
    if (
      c.name !== null ||
      c.nameKey !== null ||
      !overlapsDays(c, lo, hi) ||
      (c.start && c.end && !matchable(c.start, c.end))
    )
      continue;
    // The span the event would have with this report must stay a moment's, or, when both date the
    // act only by a longer span (`last week`, twice), no longer than the shorter of the two: the
    // joint span never grows past what each report says, so denials of a month do not chain, and
    // a report of `December` does not gather the acts of its days.
    if (point && c.start && c.end) {
      // ISO days order as strings: the earlier start and the later end.
      const [from] = [c.start, ev.start].sort();
      const [, to] = [c.end, ev.end].sort();
      const finer = Math.min(daysBetween(c.start, c.end), daysBetween(ev.start, ev.end));
      if (daysBetween(from!, to!) > Math.max(POINT_EVENT_MAX_DAYS, finer)) continue;
    }
    // Through the wide window of an undated plan, the same parties only: a planned meeting of
    // Putin and Biden is not Biden's planned consultation with allies.
    const near = overlapsDays(c, addDays(ev.start, -EVENT_DAY_SLACK), addDays(ev.end, EVENT_DAY_SLACK));
    if (!near && !sameParties(repo, c.id, actors, places, lookups)) continue;
    const better = !best || shared > best.shared || (shared === best.shared && near && !best.near);
    if (shared >= EVENT_MIN_SHARED_ARGS && better) best = { event: c, shared, near };
  }
  return best ? { event: best.event, rule: best.near ? 'time-args' : 'plan' } : null;
}

/** Whether days `start`..`end` are one whole calendar month or year: what a report naming only the month or year gives. */
function wholeUnit(start: string | null, end: string | null): boolean {
  if (!start || !end) return false;
  const s = start.slice(0, 10);
  const e = end.slice(0, 10);
  if (!s.endsWith('-01')) return false;
  const month = s.slice(0, 7) === e.slice(0, 7) && addDays(e, 1).endsWith('-01');
  const year = s.endsWith('-01-01') && e.endsWith('-12-31') && s.slice(0, 4) === e.slice(0, 4);
  return month || year;
}

/** Whether span `a` lies within span `b` (days as ISO strings). */
function within(
  a: { start: string | null; end: string | null },
  b: { start: string | null; end: string | null },
) {
  return !!a.start && !!a.end && !!b.start && !!b.end && b.start <= a.start && a.end <= b.end;
}

/**
 * An event's span once a report joins it: the union of the reports' own times. Publication days
 * stand in only while no report has a time (an exercise of September recalled in February stays
 * in September): the first dated report replaces them, and undated ones leave a dated span alone.
 * A report that names only the month or year (`next month's drills`) around days other reports
 * give is consistent with them but says less: it neither widens them nor is widened (Allied
 * Resolve stays Feb. 10–20, not Feb. 1–28, when one of 26 reports says `February`). A report
 * running `until` a day extends the end only.
 */
function joinedSpan(
  event: CorpusEventRow,
  ev: EventFeature,
): { start: string | null; end: string | null; timed: boolean } {
  const dated = ev.timeFrom === 'event';
  if (event.timed && !dated) return { start: event.start, end: event.end, timed: true };
  if (dated && !event.timed) return { start: ev.start, end: ev.end, timed: true };
  if (event.timed && dated && ev.timeRole === 'until' && event.start && event.end && ev.end) {
    // `until Feb. 20` bounds the end; the start it was given (the report's day: under way from
    // then on) is a guess the event's own dated start outranks.
    return { start: event.start, end: [ev.end, event.end].sort()[1]!, timed: true };
  }
  if (event.timed && dated) {
    const eventCoarse = wholeUnit(event.start, event.end);
    const reportCoarse = wholeUnit(ev.start, ev.end);
    if (reportCoarse && !eventCoarse && within(event, ev))
      return { start: event.start, end: event.end, timed: true };
    if (eventCoarse && !reportCoarse && within(ev, event))
      return { start: ev.start, end: ev.end, timed: true };
  }
  const days = (xs: (string | null)[]) => xs.filter((x): x is string => !!x).sort();
  return {
    start: days([event.start, ev.start])[0] ?? null,
    end: days([event.end, ev.end]).at(-1) ?? null,
    timed: event.timed,
  };
}

/** Clusters a document's event reports into corpus events; counts joined and created. */
export function linkEvents(
  repo: ReconcileRepo,
  f: DocFeatures,
  nodes: ReadonlyMap<string, number>,
  twin: string | null = null,
  previous: readonly PriorReport[] = [],
): { joined: number; created: number } {
  let joined = 0;
  let created = 0;
  const ids = (xs: readonly string[]) =>
    xs.map((x) => nodes.get(x)).filter((x): x is number => x !== undefined);
  // Entity trees do not change while a document's events are linked (its entities were linked first).
  const lookups = lookupsFor(repo);
  // A reprint's reports join the events of the same sentences in its twin (the copy it is of, or
  // the copy of it stored first), each twin report at most once: counted once, whatever the rules
  // would have made of the copy alone (an undated or year-long event joins nothing by time).
  // A revision's reports do the same with the revision it replaces, so an event it still reports
  // in the same words keeps its corpus event (and id) when the replaced revision was its only report.
  const twinReports = twin ? repo.reportsOfDoc(twin) : [];
  const priorReports = [...previous];
  const sameIn = (reports: PriorReport[], ev: EventFeature) => {
    if (reports.length === 0) return null;
    const i = reports.findIndex(
      (r) => r.type === ev.type && r.triggerText === ev.triggerText && r.sentenceText === ev.sentenceText,
    );
    return i < 0 ? null : reports.splice(i, 1)[0]!.event;
  };
  const seen = new Map<string, number>();
  for (const ev of f.events) {
    const same = `${ev.type}|${ev.triggerText}|${ev.sentenceText}`;
    const nth = seen.get(same) ?? 0;
    seen.set(same, nth + 1);
    const actors = ids(ev.actors);
    const places = ids(ev.places);
    const copied = sameIn(twinReports, ev);
    const revised = copied ? null : sameIn(priorReports, ev);
    const kept = copied ?? revised;
    const hit: ReturnType<typeof find> = kept
      ? { event: repo.event(kept), rule: copied ? 'copy' : 'revision' }
      : find(repo, ev, actors, places, lookups);
    let event: CorpusEventRow;
    if (hit) {
      event = hit.event;
      joined++;
      // A plan joined across weeks leaves the event's days alone: its report's publication day does
      // not date the plan, and a span grown from such days would catch other parties' plans.
      const { start, end, timed } = hit.rule === 'plan' ? event : joinedSpan(event, ev);
      if (start !== event.start || end !== event.end || timed !== event.timed) {
        repo.setEventSpan(event.id, start, end, timed);
        // An event that grew too long to match leaves the day index: its rows would only crowd it.
        if (start && end && event.name === null) {
          if (matchable(start, end)) repo.indexEventDays(ev.type, spanDays(start, end), event.id);
          else repo.unindexEventDays(event.id);
        }
      }
    } else {
      const stage = stageKey(ev);
      event = {
        id: eventId(repo, f, ev, nth),
        type: ev.type,
        // A stage is shown apart from the drills it belongs to: `Allied Resolve (stage)`.
        name: stage && ev.name ? `${ev.name} (stage)` : ev.name,
        nameKey: stage ?? (ev.nameKeys?.fold || null),
        year: ev.nameKeys?.year ?? null,
        start: ev.start,
        end: ev.end,
        timed: ev.timeFrom === 'event',
      };
      created++;
      repo.insertEvent(event);
      // Only unnamed events are looked up by day (named ones by name), and only those with an actor
      // or place: the day lookup serves the time-args rule, which needs a shared one, so an event
      // without any can never be joined that way. Indexed, such events crowded the bounded lookup
      // (over a thousand on one day at 10,000 articles) and hid the events that could match. The
      // same holds for spans too long to match.
      if (
        ev.start &&
        ev.end &&
        event.name === null &&
        actors.length + places.length > 0 &&
        matchable(ev.start, ev.end)
      )
        repo.indexEventDays(ev.type, spanDays(ev.start, ev.end), event.id);
    }
    repo.insertReport({
      doc: f.doc,
      docEvent: ev.docEvent,
      event: event.id,
      rule: hit?.rule ?? 'new',
      type: ev.type,
      name: ev.name,
      status: ev.status,
      start: ev.start,
      end: ev.end,
      timeFrom: ev.timeFrom,
      timeText: ev.timeText,
      timeRole: ev.timeRole,
      trigger: ev.trigger,
      triggerText: ev.triggerText,
      sentence: ev.sentence,
      sentenceText: ev.sentenceText,
      actors,
      targets: ids(ev.targets),
      places,
      size: ev.size,
      claimedBy: ev.claimedBy,
      published: f.published,
      outlet: f.outlet,
      by: ev.by,
    });
  }
  return { joined, created };
}
