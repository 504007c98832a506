import type {
  EntityMention,
  EventMention,
  EventStatus,
  QuantityMention,
  TimeMention,
  TimeRole,
} from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { COOPERATIVE_PLOVER, INTENT_PLOVER } from './constants.ts';
import { timeStatus } from './status.ts';

/**
 * Days an event covers computed from a dated point and a distance (`intervals.ts`): a duration
 * from a start (`10 days of drills on Thursday`), a count of days to an end (`two days before the
 * exercise is due to end`). An end is null when open.
 */
export interface Interval {
  readonly start: string | null;
  readonly end: string | null;
  /** The time mentions it was computed from: the point, then the duration when one was used. */
  readonly from: readonly Span[];
  /** The rule that computed it (`duration`, `same-duration`, `days-before-end`, `nth-day`, …). */
  readonly rule: string;
}

/** An event as the rules build it, before in-document coreference and serialisation. */
export interface Draft {
  trigger: Span;
  /** The triggers of every report merged into this one. */
  spans: Span[];
  /** The trigger's first word in lower case (two reports with the same word corefer more easily). */
  readonly triggerWord: string;
  /** Word index of the trigger's first word. */
  readonly word: number;
  readonly sentence: number;
  readonly type: string;
  readonly plover: string | null;
  /** How it was found: `trigger`, `phrase`, `phase`, `quote-denied`, `named`… */
  readonly origin: string;
  readonly phase: boolean;
  /** The word before a phase word (`active` of `the active phase`), '' when none: names the phase. */
  readonly modifier: string;
  readonly definite: boolean;
  /** The content of another act (`accused of threatening`): read by the acts of speech, then dropped. */
  readonly content?: boolean;
  /** `an exercise`, `another drill`: a mention that may bring in an event of its own. */
  readonly indefinite: boolean;
  /** The trigger follows an auxiliary or `to` (`had been reinforced`): a verb reporting a happening. */
  readonly verbal: boolean;
  /** `its own drills`, `exercises of their own`: not another actor's event of the same kind. */
  readonly own: boolean;
  /** Its only actor is a name modifying a definite noun (`the Kremlin meeting`): where or whose it is, not a party told apart. */
  readonly modifierActor?: boolean;
  /** A kind of exercise named before the trigger (`naval`, `nuclear`), '' when none. */
  readonly kind?: string;
  name: EntityMention | null;
  actors: EntityMention[];
  targets: EntityMention[];
  places: EntityMention[];
  time: TimeMention | null;
  /** How the event stands to `time`: at it, or running from or until it. */
  timeRole: TimeRole;
  /** The time that ends an event `time` begins (`began on Feb. 10 … was to end on Feb. 20`); role is then `from`. */
  timeEnd: TimeMention | null;
  /** Days computed from a point and a distance; when set it dates the event before `time`. */
  interval: Interval | null;
  size: QuantityMention | null;
  /** The size is a source's estimate (`put the early deployment at about 9,000`): sources differ, so another figure makes no other event. */
  readonly estimate?: boolean;
  claimedBy: Span | null;
  /** Status of each mention and the cue class that decided it, in text order. */
  statuses: { status: EventStatus; rule: string }[];
  parent: Draft | null;
  mentions: number;
}

/** Adds entities not yet present (by in-document cluster). */
function union(into: EntityMention[], from: readonly EntityMention[]): void {
  for (const e of from) if (!into.some((x) => x.cluster === e.cluster)) into.push(e);
}

function days(t: TimeMention): number {
  if (!t.start || !t.end) return Number.POSITIVE_INFINITY;
  return Date.parse(t.end.slice(0, 10)) - Date.parse(t.start.slice(0, 10));
}

/**
 * How precisely a time dates an event, smaller is better: a range (`Feb. 10–20`) before a single
 * date (a report's `on Friday` inside a longer exercise), then the shorter span.
 */
function precision(t: TimeMention): number {
  return (t.value.includes('/') ? 0 : 1e12) + days(t);
}

/**
 * How precisely a draft's time dates it: a closed interval of two times (`began on Feb. 10 …
 * to end on Feb. 20`) as a range, an open end (`until Feb. 20`) after any time it is `at`.
 */
function rank(d: Draft): number {
  const iv = d.interval;
  if (iv?.start && iv.end) return Date.parse(iv.end) - Date.parse(iv.start);
  if (iv) return 2e12;
  if (!d.time) return 4e12;
  if (d.timeEnd?.end && d.time.start)
    return Date.parse(d.timeEnd.end.slice(0, 10)) - Date.parse(d.time.start.slice(0, 10));
  return (d.timeRole === 'at' ? 0 : 2e12) + precision(d.time);
}

/** The days a draft's time covers, open ends as empty strings / `~`. */
export function daysOf(d: Draft): { start: string; end: string } | null {
  if (d.interval) return { start: d.interval.start ?? '', end: d.interval.end ?? '~' };
  const t = d.time;
  if (!t?.start || !t.end) return null;
  const end = d.timeEnd?.end ?? (d.timeRole === 'from' ? '~' : t.end.slice(0, 10));
  return { start: d.timeRole === 'until' ? '' : t.start.slice(0, 10), end: end.slice(0, 10) };
}

/** True when two drafts' times may be the same event's: either undated, or their days overlap. */
export function timesAgree(a: Draft, b: Draft): boolean {
  const x = daysOf(a);
  const y = daysOf(b);
  if (!x || !y) return true;
  return x.start <= y.end && y.start <= x.end;
}

/** True when a draft's time is where it ends: by role (`ends on Feb. 9`) or by the time itself (`until Feb. 9`). */
function ends(d: Draft): boolean {
  return d.timeRole === 'until' || (d.timeRole === 'at' && d.time?.start === null && d.time.end !== null);
}

/**
 * Closes an event begun at one time with the end another report gives (`began on Thursday` …
 * `run until Feb. 20`): `g` runs from its time and `d` until a later one, or the other way round.
 */
function close(g: Draft, d: Draft): boolean {
  if (closeInterval(g, d) || closeInterval(d, g, g)) return true;
  if (g.interval || d.interval) return false;
  if (g.timeEnd || d.timeEnd || !g.time || !d.time) return false;
  const [from, until] =
    g.timeRole === 'from' && ends(d)
      ? [g.time, d.time]
      : ends(g) && d.timeRole === 'from'
        ? [d.time, g.time]
        : [null, null];
  if (!from?.start || !until?.end || from.start.slice(0, 10) > until.end.slice(0, 10)) return false;
  g.time = from;
  g.timeRole = 'from';
  g.timeEnd = until;
  return true;
}

/**
 * Closes an interval open at one end with the other end another report gives: `the second day of
 * the exercise` (from Feb. 10) … `the drills end on Feb. 20` (until it). The closed interval goes
 * to `into` (`a` by default).
 */
function closeInterval(a: Draft, b: Draft, into: Draft = a): boolean {
  const iv = a.interval;
  if (!iv || (iv.start && iv.end) || !b.time || b.timeEnd || b.interval) return false;
  let start = iv.start;
  let end = iv.end;
  if (start && ends(b) && b.time.end) end = b.time.end.slice(0, 10);
  else if (end && b.timeRole === 'from' && b.time.start) start = b.time.start.slice(0, 10);
  else return false;
  if (start! > end!) return false;
  into.interval = { start, end, from: [...iv.from, b.time.span], rule: iv.rule };
  into.time = a.time ?? b.time;
  into.timeRole = a.time ? a.timeRole : b.timeRole;
  into.timeEnd = null;
  return true;
}

/** True when the two drafts share an actor (same in-document entity). */
export function shareActor(a: Draft, b: Draft): boolean {
  return a.actors.some((x) => b.actors.some((y) => x.cluster === y.cluster));
}

/** True when the draft has no argument at all: a bare word is weak evidence of an event. */
export function bare(d: Draft): boolean {
  return (
    !d.name && d.actors.length === 0 && d.targets.length === 0 && d.places.length === 0 && !d.time && !d.size
  );
}

/**
 * Folds `d` into `g`: arguments are united, the most precise time wins (a range first, then the
 * shorter: `Feb. 10–20` over `February` and over `on Friday`), the first size stays, and a named mention becomes the trigger.
 * The claimant is the first mention's alone: an event the writer tells in its own words (`amid
 * Russia's troop buildup`) does not become a speaker's claim because a later report of a speaker
 * mentions it too (`so nobody can accuse us of having massed troops`).
 */
export function merge(g: Draft, d: Draft): void {
  g.mentions += d.mentions;
  g.spans.push(...d.spans);
  union(g.actors, d.actors);
  union(g.targets, d.targets);
  union(g.places, d.places);
  if ((d.time || d.interval) && !close(g, d) && rank(d) < rank(g)) {
    g.time = d.time;
    g.timeRole = d.timeRole;
    g.timeEnd = d.timeEnd;
    g.interval = d.interval;
  }
  g.size ??= d.size;
  g.statuses.push(...d.statuses);
  if (!g.name && d.name) {
    g.name = d.name;
    g.trigger = d.trigger;
  }
}

const CUE_RULES = new Set([
  'negation',
  'denied-claim',
  'modal',
  'future',
  'future-predicate',
  'ending-predicate',
  'progressive',
  'running',
]);

/**
 * The status of a merged event: cancelled when any report says so; else what its time says
 * against the publication day (a dated event needs no tense); else the first tense or modal cue;
 * else completed.
 */
export function groupStatus(g: Draft, published: string | null): { status: EventStatus; rule: string } {
  if (g.statuses.some((s) => s.status === 'cancelled')) return { status: 'cancelled', rule: 'cancelled' };
  const first = g.statuses[0] ?? { status: 'completed' as const, rule: 'past' };
  // A computed interval dates even a single report (its status was read before the interval was).
  if (g.statuses.length === 1 && !g.interval) return first;
  // A report that tells the event as running now (`as the exercise enters its second day`) outweighs
  // a modal of another report (`used the troops to justify the exercise`), not a negation.
  const strong =
    g.statuses.find((s) => s.rule === 'negation' || s.rule === 'denied-claim') ??
    g.statuses.find((s) => s.rule === 'running') ??
    g.statuses.find((s) => s.rule === 'modal');
  if (strong?.rule === 'running') return strong;
  const day = published?.slice(0, 10);
  // Running until a day with its start unknown, a future cue (`would go home once the drills end
  // on Feb. 20`) says it has not begun.
  const future = g.statuses.find((s) => s.rule === 'future');
  // … unless another report tells it as begun (`units have already unloaded` … `the arrival would
  // continue until Feb. 9`).
  const begun = g.statuses.some((s) => s.rule === 'perfect' || s.rule === 'progressive');
  if (!strong && g.timeRole === 'until' && future && !begun) return future;
  if (!strong && day && g.interval) {
    const byTime = timeStatus(g.interval.start, g.interval.end, day);
    if (byTime) return byTime;
    if (g.interval.start && g.interval.end) return { status: 'completed', rule: 'time-before-publication' };
  } else if (!strong && day && g.time) {
    const start = g.timeRole === 'until' ? null : g.time.start;
    const end = g.timeEnd ? g.timeEnd.end : g.timeRole === 'from' ? null : g.time.end;
    const byTime = timeStatus(start, end, day);
    if (byTime) return byTime;
    if (start && end) return { status: 'completed', rule: 'time-before-publication' };
  }
  return g.statuses.find((s) => CUE_RULES.has(s.rule)) ?? first;
}

/**
 * The PLOVER category of an event of this status: a cooperative act halted or cancelled reduces
 * relations (SANCTION); one refused or negated (`will not accept`) is a REJECT; an announced
 * future act is an intent (INTENT_PLOVER).
 */
function ploverOf(plover: string | null, status: EventStatus, rule: string): string | null {
  if (!plover) return plover;
  // An act announced for the future by a tense or intent cue (`will visit`, `would boycott`, `the visit will`).
  if (status === 'planned' && (rule === 'future' || rule === 'future-predicate'))
    return INTENT_PLOVER[plover] ?? plover;
  if (!COOPERATIVE_PLOVER.has(plover)) return plover;
  if (status === 'cancelled') return 'SANCTION';
  if (status === 'denied') return 'REJECT';
  return plover;
}

/** The mention of a finished draft; `by` names the rule, the status cue and how many mentions it joins. */
export function toMention(g: Draft, tag: string, published: string | null): EventMention {
  let { status, rule } = groupStatus(g, published);
  // A phase with nothing of its own to date or qualify it shares its exercise's status.
  if (g.phase && g.parent && rule === 'past') ({ status, rule } = groupStatus(g.parent, published));
  // A time that names no point (`now`, `recently`) still keeps reports of one event together and
  // tells its status, but dates nothing: it is not shown as the event's time.
  const time = g.time && !g.time.value.endsWith('_REF') ? g.time : null;
  return {
    kind: 'event',
    span: g.trigger,
    by: `${tag}:${g.origin}+status-${rule}${g.mentions > 1 ? `+mentions-${g.mentions}` : ''}`,
    type: g.type,
    plover: ploverOf(g.plover, status, rule),
    name: g.name?.name ?? null,
    actors: g.actors.map((e) => e.span).sort((a, b) => a[0] - b[0]),
    targets: g.targets.map((e) => e.span),
    places: g.places.map((e) => e.span),
    time: time?.span ?? null,
    timeRole: time ? g.timeRole : 'at',
    timeEnd: time ? (g.timeEnd?.span ?? null) : null,
    interval: g.interval
      ? { start: g.interval.start, end: g.interval.end, from: g.interval.from, rule: g.interval.rule }
      : null,
    size: g.size?.span ?? null,
    status,
    claimedBy: g.claimedBy,
    partOf: g.parent?.trigger ?? null,
    mentions: [...g.spans].sort((a, b) => a[0] - b[0]),
  };
}
