/**
 * Intervals computed from a dated point and a distance: a duration anchored at a start or an end
 * (`launched 10 days of drills on Thursday`, `a two-week exercise starting Feb. 10`, `drills
 * scheduled for the same 10 days`), a date a number of days before an event ends or after it begins
 * (`on Friday, two days before the exercise is due to end`), and a date that is the nth or the last
 * day of an event (`On Friday, the second day of the exercise`). The result is a day interval, open
 * at one end when only one end follows; it keeps the time mentions it was computed from (their
 * spans) and the rule that computed it.
 *
 * Arithmetic follows TIMEX3: the end of a start plus a duration is the start's day plus the
 * duration (`Feb. 10` + `10 days` = `2022-02-10/2022-02-20`), as news counts an exercise of
 * Feb. 10–20 as ten days.
 *
 * Every scan reads a constant window of words around one time mention: linear in the document.
 */
import type { TimeMention } from '../../model/mention.ts';
import { ORDINALS } from '../times/lexicon.ts';
import type { EventContext } from './context.ts';
import type { Draft, Interval } from './draft.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const DURATION = /^P(\d{1,3})([DWMY])$/;

/** The day a time names, when it names one day (`Thursday`, `Feb. 10`, `Thursday morning`). */
function dayOf(t: TimeMention): string | null {
  if (t.type !== 'date' && t.type !== 'time') return null;
  if (!ISO_DAY.test(t.value) || t.value.includes('/')) return null;
  if (t.mod && t.mod !== 'APPROX') return null;
  return t.value.slice(0, 10);
}

/** A definite duration in days, weeks, months or years (`10 days`, `two-week`); none for `weeks`. */
function lengthOf(t: TimeMention): { n: number; unit: string } | null {
  if (t.type !== 'duration') return null;
  const m = DURATION.exec(t.value);
  return m ? { n: Number(m[1]), unit: m[2]! } : null;
}

/** A day moved by `sign` times a length (`2022-02-10` + 10 days = `2022-02-20`). */
export function shiftDay(day: string, n: number, unit: string, sign: 1 | -1): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (unit === 'D') d.setUTCDate(d.getUTCDate() + sign * n);
  else if (unit === 'W') d.setUTCDate(d.getUTCDate() + sign * 7 * n);
  else if (unit === 'M') d.setUTCMonth(d.getUTCMonth() + sign * n);
  else d.setUTCFullYear(d.getUTCFullYear() + sign * n);
  return d.toISOString().slice(0, 10);
}

/** Verbs (and participles) by which an event lasts a duration or is set for one. */
const LASTING: ReadonlySet<string> = new Set([
  'last',
  'lasts',
  'lasted',
  'lasting',
  'run',
  'runs',
  'ran',
  'running',
  'scheduled',
  'planned',
  'set',
  'slated',
]);

/** Words that may stand between an event's word and a verb that tells how it lasts or ends. */
const LINKING: ReadonlySet<string> = new Set([
  ',',
  'which',
  'that',
  'will',
  'would',
  'is',
  'are',
  'was',
  'were',
  'to',
  'be',
  'been',
  'due',
  'expected',
  'supposed',
  'set',
  'scheduled',
  'planned',
  'also',
  'only',
  'officially',
  'formally',
]);

const ENDING: ReadonlySet<string> = new Set([
  'end',
  'ends',
  'ended',
  'finish',
  'finishes',
  'finished',
  'conclude',
  'concludes',
  'concluded',
  'close',
  'closes',
  'closed',
  'wrap',
  'wraps',
]);
const BEGINNING: ReadonlySet<string> = new Set([
  'begin',
  'begins',
  'began',
  'begun',
  'start',
  'starts',
  'started',
  'open',
  'opens',
  'opened',
  'kick',
  'kicks',
  'kicked',
]);

const LAST_DAYS: ReadonlySet<string> = new Set(['last', 'final', 'closing']);

/** Words of a noun phrase that may stand between `of` and the event's word (`10 days of large-scale military drills`). */
const PHRASE_REACH = 5;

const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/** Word range `[from, to)` of the time mention covering word `w`. */
function timeWords(c: EventContext, w: number): [number, number] {
  const ti = c.timeAt[w]!;
  let from = w;
  let to = w + 1;
  while (from > 0 && c.timeAt[from - 1] === ti) from--;
  while (to < c.words.length && c.timeAt[to] === ti) to++;
  return [from, to];
}

/**
 * The interval of each draft a duration or a distance in days dates. `drafts` in text order; each
 * draft is read at most once per rule and every window is bounded.
 */
export function anchorIntervals(c: EventContext, drafts: readonly Draft[]): void {
  // The draft whose trigger holds each word.
  const draftAt = new Map<number, Draft>();
  for (const d of drafts)
    for (let w = d.word; w < c.words.length && c.words[w]!.start < d.trigger[1]; w++)
      if (!draftAt.has(w)) draftAt.set(w, d);
  // Intervals made from a duration, by its value: `the same 10 days` takes the last one.
  const byLength = new Map<string, Interval>();
  for (let w = 0; w < c.words.length; w++) {
    if (c.timeAt[w]! < 0 || (w > 0 && c.timeAt[w - 1] === c.timeAt[w])) continue;
    const t = c.times[c.timeAt[w]!]!;
    const [from, to] = timeWords(c, w);
    const [sFrom, sTo] = c.sentences[c.words[w]!.sentence]!;
    const len = lengthOf(t);
    if (len) {
      const d = durationOwner(c, from, to, sFrom, sTo, draftAt, t);
      if (d && !d.interval && !d.timeEnd) {
        const same = /^the same\b/i.test(c.text.slice(t.span[0], t.span[1]))
          ? byLength.get(t.value)
          : undefined;
        const iv = same
          ? { ...same, from: [...same.from, t.span], rule: 'same-duration' }
          : anchoredDuration(d, t, len, sFrom, sTo, c);
        if (iv) {
          d.interval = iv;
          if (!same) byLength.set(t.value, iv);
        }
      }
      if (len) distanceTo(c, from, to, sFrom, sTo, draftAt, t, len);
      continue;
    }
    nthDay(c, from, to, sTo, draftAt, t);
  }
}

/** The draft a duration measures: `10 days of drills`, `a two-week exercise`, `drills lasting 10 days`. */
function durationOwner(
  c: EventContext,
  from: number,
  to: number,
  sFrom: number,
  sTo: number,
  draftAt: ReadonlyMap<number, Draft>,
  t: TimeMention,
): Draft | null {
  const lower = (w: number) => c.words[w]!.lower;
  // `10 days of large-scale military drills`, `a fortnight of manoeuvres`.
  if (to < sTo && lower(to) === 'of')
    for (let w = to + 1; w < Math.min(sTo, to + 1 + PHRASE_REACH); w++) {
      if (draftAt.has(w)) return draftAt.get(w)!;
      if (PUNCTUATION.test(lower(w)) || c.timeAt[w]! >= 0) break;
    }
  // `a two-week exercise`, `the 10-day joint drills`.
  if (c.text.slice(t.span[0], t.span[1]).includes('-'))
    for (let w = to; w < Math.min(sTo, to + 3); w++) {
      if (draftAt.has(w)) return draftAt.get(w)!;
      if (PUNCTUATION.test(lower(w))) break;
    }
  // `drills lasting 10 days`, `the drills, which will run for two weeks`, `its own drills,
  // scheduled for the same 10 days`, `drills for 10 days`.
  let v = from - 1;
  if (v >= sFrom && lower(v) === 'for') v--;
  if (v >= sFrom && draftAt.has(v) && lower(v + 1) === 'for') return draftAt.get(v)!;
  if (v < sFrom || !LASTING.has(lower(v))) return null;
  for (let w = v - 1, n = 0; w >= sFrom && n < 5; w--, n++) {
    if (draftAt.has(w)) return draftAt.get(w)!;
    if (!LINKING.has(lower(w))) return null;
  }
  return null;
}

/** A duration anchored at the draft's own day, in its sentence: from it, or until it. */
function anchoredDuration(
  d: Draft,
  dur: TimeMention,
  len: { n: number; unit: string },
  sFrom: number,
  sTo: number,
  c: EventContext,
): Interval | null {
  const t = d.time;
  if (!t) return null;
  const day = dayOf(t);
  if (!day) return null;
  const first = c.words[sFrom]!.start;
  const last = c.words[sTo - 1]!.end;
  if (t.span[0] < first || t.span[1] > last) return null;
  if (d.timeRole === 'until')
    return {
      start: shiftDay(day, len.n, len.unit, -1),
      end: day,
      from: [t.span, dur.span],
      rule: 'duration',
    };
  return { start: day, end: shiftDay(day, len.n, len.unit, 1), from: [t.span, dur.span], rule: 'duration' };
}

/**
 * `on Friday, two days before the exercise is due to end` (it ends on Sunday), `two days after
 * the talks began` (they began two days before the day), `a week before the end of the drills`.
 */
function distanceTo(
  c: EventContext,
  from: number,
  to: number,
  sFrom: number,
  sTo: number,
  draftAt: ReadonlyMap<number, Draft>,
  dur: TimeMention,
  len: { n: number; unit: string },
): void {
  const lower = (w: number) => c.words[w]!.lower;
  if (to >= sTo) return;
  const side = lower(to);
  if (side !== 'before' && side !== 'after') return;
  // The day it is counted from stands just before it: `on Friday, two days before …`.
  const anchorWord = from - 1 >= sFrom && lower(from - 1) === ',' ? from - 2 : from - 1;
  if (anchorWord < sFrom || c.timeAt[anchorWord]! < 0) return;
  const anchor = c.times[c.timeAt[anchorWord]!]!;
  const day = dayOf(anchor);
  if (!day) return;
  let w = to + 1;
  // `before the end of the drills`, `after the start of the talks`.
  let edge: 'end' | 'start' | null = null;
  if (w + 2 < sTo && lower(w) === 'the' && lower(w + 2) === 'of') {
    const noun = lower(w + 1);
    if (noun === 'end' || noun === 'close') edge = 'end';
    else if (noun === 'start' || noun === 'beginning' || noun === 'opening') edge = 'start';
    if (edge) w += 3;
  }
  let d: Draft | null = null;
  let end = w;
  for (; end < Math.min(sTo, w + PHRASE_REACH); end++) {
    if (draftAt.has(end)) {
      d = draftAt.get(end)!;
      break;
    }
    if (PUNCTUATION.test(lower(end))) return;
  }
  if (!d || d.interval) return;
  if (!edge) {
    // The verb of its ending or beginning, past the trigger and a few auxiliaries.
    let v = end + 1;
    while (v < sTo && c.words[v]!.start < d.trigger[1]) v++;
    for (let n = 0; v < sTo && n < 5 && !edge; v++, n++) {
      if (ENDING.has(lower(v))) edge = 'end';
      else if (BEGINNING.has(lower(v))) edge = 'start';
      else if (!LINKING.has(lower(v))) return;
    }
  }
  if (!edge) return;
  const sign = side === 'before' ? 1 : -1;
  const at = shiftDay(day, len.n, len.unit, sign);
  d.interval =
    edge === 'end'
      ? { start: null, end: at, from: [anchor.span, dur.span], rule: `days-${side}-end` }
      : { start: at, end: null, from: [anchor.span, dur.span], rule: `days-${side}-start` };
}

/** `On Friday, the second day of the exercise` (it began on Thursday); `Sunday, the last day of the drills`. */
function nthDay(
  c: EventContext,
  from: number,
  to: number,
  sTo: number,
  draftAt: ReadonlyMap<number, Draft>,
  anchor: TimeMention,
): void {
  const lower = (w: number) => c.words[w]!.lower;
  const day = dayOf(anchor);
  if (!day || from < 0) return;
  let w = to;
  if (w < sTo && lower(w) === ',') w++;
  if (w + 3 >= sTo || lower(w) !== 'the' || lower(w + 2) !== 'day' || lower(w + 3) !== 'of') return;
  // Ordinal days of an event: the second day began one day after the first.
  const nth = ORDINALS[lower(w + 1)];
  const last = LAST_DAYS.has(lower(w + 1));
  if (!nth && !last) return;
  for (let v = w + 4; v < Math.min(sTo, w + 4 + PHRASE_REACH); v++) {
    const d = draftAt.get(v);
    if (d) {
      if (d.interval) return;
      d.interval = last
        ? { start: null, end: day, from: [anchor.span], rule: 'last-day' }
        : { start: shiftDay(day, nth! - 1, 'D', -1), end: null, from: [anchor.span], rule: 'nth-day' };
      return;
    }
    if (PUNCTUATION.test(lower(v))) return;
  }
}

/** Nouns of `the same dates as …`: a time given as another event's. */
const SAME_TIMES: ReadonlySet<string> = new Set(['dates', 'days', 'day', 'week', 'weeks', 'period']);

/**
 * `from Feb. 10 to Feb. 20, the same dates as Allied Resolve`: the event named after `as` is held
 * on the time before the apposition. Read on the merged events, whose reports include names (`as
 * Allied Resolve`); each `same` is read once.
 */
export function sameDates(c: EventContext, groups: readonly Draft[]): void {
  const groupAt = new Map<number, Draft>();
  for (const g of groups)
    for (const s of g.spans) {
      const w = wordAt(c, s[0]);
      if (w >= 0 && !groupAt.has(w)) groupAt.set(w, g);
    }
  for (let w = 2; w + 3 < c.words.length; w++) {
    if (c.words[w]!.lower !== 'same' || c.words[w - 1]!.lower !== 'the') continue;
    if (!SAME_TIMES.has(c.words[w + 1]!.lower) || c.words[w + 2]!.lower !== 'as') continue;
    const sep = c.words[w - 2]!.lower;
    const before = sep === ',' || sep === '—' || sep === '–' ? w - 3 : -1;
    if (before < 0 || c.timeAt[before]! < 0) continue;
    const t = c.times[c.timeAt[before]!]!;
    if (!t.start || !t.end || !ISO_DAY.test(t.start) || !ISO_DAY.test(t.end)) continue;
    // The event's word, past `the` and up to two modifiers (`the Chilean naval drills`).
    let g: Draft | undefined;
    for (let v = w + 3; v < Math.min(c.words.length, w + 7) && !g; v++) {
      g = groupAt.get(v);
      if (PUNCTUATION.test(c.words[v]!.lower)) break;
    }
    if (!g || (g.interval?.start && g.interval.end)) continue;
    g.interval = { start: t.start.slice(0, 10), end: t.end.slice(0, 10), from: [t.span], rule: 'same-dates' };
  }
}

/** The word starting at a text offset, or -1 (binary search: words are in text order). */
function wordAt(c: EventContext, offset: number): number {
  let lo = 0;
  let hi = c.words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = c.words[mid]!.start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
