/**
 * The times extractor: scans tokens once, tries the grammar's rules at each token that can start
 * an expression, keeps the longest reading, and resolves it against its anchor and tense.
 * Every rule reads a bounded number of tokens, so the whole pass is linear in the text.
 */
import type { TimeMention, TimeMod, TimeType } from '../../model/mention.ts';
import type { UpdateNote } from '../../model/source.ts';
import type { Span } from '../../model/span.ts';
import { Anchors } from './anchor.ts';
import { CLOCK_NARRATIVE_TOKENS } from './constants.ts';
import {
  bareYearAt,
  type Clock,
  clockAt,
  decadeAt,
  holidayAt,
  monthDateAt,
  numericDateAt,
  prepMonthDayAt,
  quarterAt,
  roughHourAt,
  seasonAt,
  spelledYearAt,
  yearMonthAt,
} from './grammar/absolute.ts';
import { DURATION_LEADS, durationAt, durationValue, setAt } from './grammar/duration.ts';
import { openEndAt, rangeAfter, rangePrefixed } from './grammar/range.ts';
import {
  coordinatedDayAt,
  currentUnitAt,
  dayOfMonthAt,
  deicticAt,
  endAbbreviationAt,
  narrativeQuarterAt,
  nthWeekdayAt,
  offsetAt,
  partOfDayAt,
  QUARTER_LEADS,
  refAt,
  restOfAt,
  shiftAt,
  thatUnitAt,
  theUnitAt,
  weekdayAloneAt,
  weekWeekdayAt,
  yearAgoAdjAt,
  yearEndAt,
} from './grammar/relative.ts';
import {
  assignSpec,
  Cursor,
  copySpec,
  type DateSpec,
  type Parse,
  type Part,
  type RangeSpec,
  type Spec,
} from './grammar/types.ts';
import {
  DAY_PART_PLURALS,
  DAY_PARTS,
  DECADE_WORDS,
  DEICTIC_DAYS,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PERIOD_MODS,
  REF_WORDS,
  SEASONS,
  SET_WORDS,
  UNITS,
  type Unit,
  WEEKDAY_PLURALS,
  WEEKDAYS,
} from './lexicon.ts';
import { type AnchorDay, anchorOfDays, daysOf, resolve } from './normalise.ts';
import { numberIsNameOrCount, timeWordInName } from './refine.ts';
import { scan, type Tok, type Work } from './scan.ts';
import { type Tense, tenseAround } from './tense.ts';

/** One end of a range (or the whole expression), as TimeML would tag it. */
export interface TimePart {
  readonly span: Span;
  readonly value: string;
  readonly type: TimeType;
}

/** A time mention with the parts that make it up. */
export interface TimeResult extends TimeMention {
  readonly parts: readonly TimePart[];
}

/** What the extractor needs from the document. */
export interface TimeInput {
  readonly text: string;
  readonly published: string | null;
  readonly updates?: readonly UpdateNote[];
  /** Sentence spans; without them sentence ends are guessed from punctuation. */
  readonly sentences?: readonly Span[];
  readonly work?: Work;
}

type Reader = (c: Cursor, i: number) => Parse | null;

function wrap(
  rule: string,
  read: (c: Cursor, i: number) => { end: number; v: Spec; rule?: string; parts?: readonly Part[] } | null,
): Reader {
  return (c, i) => {
    const h = read(c, i);
    if (!h) return null;
    const name = h.rule ? `${rule}:${h.rule}` : rule;
    return h.parts
      ? { start: i, end: h.end, spec: h.v, rule: name, parts: h.parts }
      : { start: i, end: h.end, spec: h.v, rule: name };
  };
}

const yearRule: Reader = (c, i) => {
  const h = bareYearAt(c, i);
  if (!h) return null;
  const numAt = c.is(i, 'fiscal') ? i + 1 : i;
  if (numberIsNameOrCount(c, numAt, h.end)) return null;
  return { start: i, end: h.end, spec: h.v, rule: 'absolute@1:year' };
};

const clockRule: Reader = (c, i) => {
  const h = clockAt(c, i);
  if (!h) return null;
  // Plain assignments, not conditional spreads (see `copySpec`).
  const spec: DateSpec = { kind: 'date', hh: h.v.hh, mi: h.v.mi };
  if (h.v.ss !== undefined) spec.ss = h.v.ss;
  if (h.v.tz) spec.tz = h.v.tz;
  if (h.v.ampm) spec.ampm = true;
  return { start: i, end: h.end, spec, rule: 'absolute@1:clock' };
};

const NUM = '#';
const APOS = "'";
const words = (...lists: readonly (readonly string[])[]): string[] => lists.flat();
const keys = (o: object): string[] => Object.keys(o);
const COUNT_WORDS = words(keys(NUMBER_WORDS), [
  'several',
  'few',
  'many',
  'some',
  'numerous',
  'multiple',
  'one',
  'half',
]);

/**
 * Rules that read a date, a time, a duration or a set, without modifiers or ranges, each with
 * the first tokens it can start at (`#` a number, `'` an apostrophe), so that a token is only
 * offered to the rules that could read it.
 */
const RULES: readonly { readonly read: Reader; readonly first: readonly string[] }[] = [
  {
    read: wrap('absolute@1:month-date', monthDateAt),
    first: words(keys(MONTHS), keys(WEEKDAYS), keys(ORDINALS), ['twenty', 'thirty', NUM]),
  },
  { read: wrap('absolute@1:numeric', numericDateAt), first: [NUM] },
  { read: wrap('absolute@1:numeric-month-day', prepMonthDayAt), first: [NUM] },
  { read: wrap('absolute@1:year-month', yearMonthAt), first: words([NUM], keys(MONTHS)) },
  {
    read: wrap('absolute@1:quarter', quarterAt),
    first: words(keys(ORDINALS), ['q', 'fiscal', NUM]),
  },
  {
    read: wrap('absolute@1:decade', decadeAt),
    first: words(keys(DECADE_WORDS), keys(ORDINALS), [
      'twenty',
      'nineteenth',
      'eighteenth',
      'twentieth',
      NUM,
      APOS,
    ]),
  },
  { read: wrap('absolute@1:season', seasonAt), first: keys(SEASONS) },
  { read: wrap('absolute@1:holiday', holidayAt), first: keys(HOLIDAYS).map((k) => k.split(' ')[0]!) },
  { read: wrap('absolute@1:spelled-year', spelledYearAt), first: ['the', 'nineteen', 'eighteen'] },
  { read: wrap('relative@1:quarter', narrativeQuarterAt), first: ['the'] },
  { read: wrap('relative@1:year-ago', yearAgoAdjAt), first: ['year'] },
  {
    read: wrap('relative@1:deictic', deicticAt),
    first: words(keys(DEICTIC_DAYS), ['last', 'this', 'the', 'day']),
  },
  {
    read: wrap('relative@1:week-day', weekWeekdayAt),
    first: words(keys(WEEKDAYS), ['next', 'last', 'this']),
  },
  { read: wrap('relative@1:nth-weekday', nthWeekdayAt), first: words(['the'], keys(ORDINALS)) },
  {
    read: wrap('relative@1:shift', shiftAt),
    first: ['the', 'last', 'past', 'previous', 'next', 'coming', 'this', 'current', 'following'],
  },
  { read: wrap('relative@1:offset', offsetAt), first: words(['the', NUM], COUNT_WORDS) },
  { read: wrap('relative@1:weekday', weekdayAloneAt), first: keys(WEEKDAYS) },
  { read: wrap('relative@1:the-unit', theUnitAt), first: ['the'] },
  { read: wrap('relative@1:that-unit', thatUnitAt), first: ['that'] },
  { read: wrap('relative@1:part-of-day', partOfDayAt), first: ['the', 'early', 'late', 'mid'] },
  { read: wrap('relative@1:day-of-month', dayOfMonthAt), first: ['the'] },
  { read: wrap('relative@1:coordinated-day', coordinatedDayAt), first: [NUM] },
  { read: wrap('relative@1:year-end', yearEndAt), first: ['year'] },
  { read: wrap('relative@1:end-abbreviation', endAbbreviationAt), first: ['the', 'eoy', 'eom', 'eow'] },
  { read: wrap('relative@1:rest-of', restOfAt), first: ['the', 'rest', 'remainder', 'remaining'] },
  { read: wrap('relative@1:ref', refAt), first: words(['the', 'these', 'a'], keys(REF_WORDS)) },
  {
    read: wrap('duration@1', durationAt),
    first: words(['the', ...DURATION_LEADS, NUM], COUNT_WORDS, keys(UNITS)),
  },
  {
    read: wrap('set@1', setAt),
    first: words(keys(SET_WORDS), keys(WEEKDAY_PLURALS), keys(WEEKDAYS), keys(DAY_PART_PLURALS), [
      'the',
      'every',
      'each',
      'per',
      'a',
      'an',
      'once',
      'twice',
      'thrice',
    ]),
  },
  { read: yearRule, first: [NUM, 'fiscal'] },
  { read: wrap('absolute@1:rough-hour', roughHourAt), first: [NUM, 'noonish', 'midnightish'] },
  {
    read: clockRule,
    first: words(
      [NUM, 'noon', 'midnight', 'midday', 'half', 'quarter', 'a', 'ten', 'eleven', 'twelve'],
      keys(NUMBER_WORDS),
    ),
  },
];

/** First token → the rules that can start there. */
const DISPATCH: ReadonlyMap<string, readonly Reader[]> = (() => {
  const m = new Map<string, Reader[]>();
  for (const r of RULES) {
    for (const f of new Set(r.first)) {
      const list = m.get(f);
      if (list) list.push(r.read);
      else m.set(f, [r.read]);
    }
  }
  return m;
})();

function firstKey(c: Cursor, i: number): string | undefined {
  const t = c.toks[i];
  if (!t) return undefined;
  return t.kind === 'n' ? NUM : t.kind === 'p' ? (t.low === '\u2019' ? APOS : t.low) : t.low;
}

/** The longest reading of any base rule at `i`, memoised per position (`the` and modifiers read the next token's again). */
function base(c: Cursor, i: number): Parse | null {
  const memo = c.baseMemo;
  const hit = memo[i];
  if (hit !== undefined) return hit;
  const p = baseUncached(c, i);
  if (i >= 0 && i < memo.length) memo[i] = p;
  return p;
}

function baseUncached(c: Cursor, i: number): Parse | null {
  if (theBeforeNoTime(c, i)) return null;
  const key = firstKey(c, i);
  const rules = key === undefined ? undefined : DISPATCH.get(key);
  if (!rules) return null;
  let best: Parse | null = null;
  for (const r of rules) {
    const p = r(c, i);
    if (p && (!best || p.end > best.end)) best = p;
  }
  return best;
}

/**
 * Every word that a rule, a modifier or an offset reads right after `the` (`the next day`, `the
 * 1990s`, `the end of`, `the past`, `the rest of`, `the quarter`, `the day before`), and every word
 * that can start an expression of its own. `the` is the commonest word of news and mostly opens a
 * noun phrase: before any other word no rule can match, so none is tried. A rule that comes to read
 * a new word after `the` must list it here.
 */
const THE_FOLLOWERS: ReadonlySet<string> = new Set([
  ...keys(MONTHS),
  ...keys(WEEKDAYS),
  ...keys(WEEKDAY_PLURALS),
  ...keys(UNITS),
  ...keys(NUMBER_WORDS),
  ...keys(ORDINALS),
  ...keys(DAY_PARTS),
  ...keys(DAY_PART_PLURALS),
  ...keys(DEICTIC_DAYS),
  ...keys(REF_WORDS),
  ...keys(PERIOD_MODS),
  ...keys(SEASONS),
  ...keys(DECADE_WORDS),
  ...keys(SET_WORDS),
  ...keys(HOLIDAYS).map((k) => k.split(' ')[0]!),
  ...DURATION_LEADS,
  ...COUNT_WORDS,
  ...QUARTER_LEADS,
  ...DISPATCH.keys(),
  'a',
  'an',
  'most',
  'year',
  'quarter',
  'period',
  'day',
  'week',
  'weekend',
  'month',
  'night',
  'latest',
  'current',
  'fiscal',
  'full',
  'early',
  'late',
  'mid',
  'eoy',
  'eom',
  'eow',
  'rest',
  'remainder',
  'remaining',
  'past',
  'future',
  'near',
  'short',
  'same',
  'that',
  'last',
  'previous',
  'next',
  'coming',
  'this',
  'following',
  'two',
  'nineteen',
  'eighteen',
]);

/** `the` before a word that no rule reads after it (a digit, a mark or the end of text may still follow). */
function theBeforeNoTime(c: Cursor, i: number): boolean {
  const t = c.toks[i];
  if (t === undefined || t.low !== 'the') return false;
  const next = c.toks[i + 1];
  return next !== undefined && next.kind === 'w' && !THE_FOLLOWERS.has(next.low);
}

/** A day, possibly with a part of it (`Monday`, `Jan. 18`, `tomorrow`, `this morning`), without a clock. */
function isDay(s: DateSpec): boolean {
  return namesDay(s) && s.hh === undefined;
}

/** A day or a part of one, whatever the clock: `isDay` of the spec with its clock taken away (no copy made). */
function namesDay(s: DateSpec): boolean {
  const part = s.pod !== undefined && s.m === undefined && s.y === undefined;
  return s.d !== undefined || s.wd !== undefined || s.rel?.unit === 'day' || part;
}

/** A bare hour after `at` when the day names its part (`this morning at 7`, `tonight at 9`). */
function bareHourAt(c: Cursor, i: number): { end: number; v: Clock } | null {
  const t = c.at(i);
  if (t?.kind !== 'n' || t.e - t.s > 2) return null;
  const hh = Number(t.low);
  if (hh < 1 || hh > 12) return null;
  const next = c.at(i + 1);
  if (next && next.gap === 0 && next.kind !== 'p') return null;
  if (next?.kind === 'p' && next.gap === 0 && (next.low === ':' || next.low === '.' || next.low === ','))
    if (c.at(i + 2)?.kind === 'n' && c.attached(i + 2)) return null;
  if (next?.kind === 'w' && !next.cap && !HOUR_FOLLOWERS.has(next.low)) return null;
  return { end: i + 1, v: { hh, mi: 0 } };
}

/** Words that may follow a bare hour without making it a count (`at 7 in the hall`, `at 9 and`). */
const HOUR_FOLLOWERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'to',
  'but',
]);

/** Moves a clock hour without a meridiem into the half of the day its part names (`this evening at 7`). */
function inPartOfDay(t: Clock, pod: string | undefined): Clock {
  if (!pod || t.ampm || t.hh >= 12) return t;
  return pod === 'AF' || pod === 'EV' || (pod === 'NI' && t.hh >= 6)
    ? assignSpec(copySpec(t), { hh: t.hh + 12 })
    : t;
}

/** A day spec with a clock time set (the clock replaces the part of day). */
function atClock(day: DateSpec, t: Clock): DateSpec {
  const k = inPartOfDay(t, day.pod);
  // Plain assignments: object spreads and rests are slow on this hot path (see `copySpec`).
  const out = copySpec(day);
  out.hh = k.hh;
  out.mi = k.mi;
  out.pod = undefined;
  if (k.ss !== undefined) out.ss = k.ss;
  if (k.tz) out.tz = k.tz;
  if (k.ampm) out.ampm = true;
  return out;
}

/** A date with a clock time on either side: `11:30 a.m. on Jan. 18`, `Monday at 3 p.m.`, `8 p.m. tonight`. */
function withClock(c: Cursor, p: Parse): Parse {
  if (p.spec.kind !== 'date') return p;
  const s = p.spec;
  if (s.hh !== undefined && s.d === undefined && s.wd === undefined && !s.rel) {
    let k = p.end;
    // `10:35 a.m. (0735 GMT) Friday`: the same time in another zone, in brackets, before the day.
    const aside = bracketedClockEnd(c, k);
    if (aside !== null) k = aside;
    if (c.is(k, 'on') || c.punct(k, ',')) k++;
    const d = base(c, k);
    if (d && d.spec.kind === 'date' && isDay(d.spec)) {
      const clock: Clock = { hh: s.hh, mi: s.mi ?? 0 };
      if (s.ss !== undefined) clock.ss = s.ss;
      if (s.tz) clock.tz = s.tz;
      if (s.ampm) clock.ampm = true;
      const spec = atClock(d.spec, clock);
      const joined: Parse = { start: p.start, end: d.end, spec, rule: 'absolute@1:clock-date' };
      // TimeML tags the clock and the day apart when the bracket stands between them.
      if (aside === null) return joined;
      return {
        ...joined,
        rule: 'absolute@1:clock-aside-date',
        parts: [
          { a: p.start, b: p.end, spec },
          { a: d.start, b: d.end, spec: d.spec, dayOfWhole: true },
        ],
      };
    }
    return p;
  }
  if (isDay(s)) {
    let k = p.end;
    const joined = c.is(k, 'at', 'around', 'about');
    if (joined || c.punct(k, ',')) k++;
    const t = clockAt(c, k) ?? (joined && s.pod ? bareHourAt(c, k) : null);
    if (t) return { start: p.start, end: t.end, spec: atClock(s, t.v), rule: `${p.rule}+clock` };
  }
  return p;
}

/** The end of `(0735 GMT)` at `k`: a bracket of at most four tokens holding a number, or null. */
function bracketedClockEnd(c: Cursor, k: number): number | null {
  if (!c.punct(k, '(')) return null;
  let digits = false;
  for (let j = k + 1; j <= k + 5 && j < c.toks.length; j++) {
    const t = c.at(j)!;
    if (t.kind === 'p' && t.low === ')') return digits && j > k + 1 ? j + 1 : null;
    if (t.kind === 'n') digits = true;
    else if (t.kind === 'p' && t.low !== ':' && t.low !== '.') return null;
  }
  return null;
}

/** The core reader, memoised per position: rules re-read the same start (ranges, open ends). */
function core(c: Cursor, i: number): Parse | null {
  const memo = c.memo;
  const hit = memo[i];
  if (hit !== undefined) return hit;
  const p = coreUncached(c, i);
  if (i >= 0 && i < memo.length) memo[i] = p;
  return p;
}

/** A reading moved to start at `i` (`the 1990s` from `1990s`), without the slow spread. */
function startingAt(p: Parse, i: number): Parse {
  return p.parts
    ? { start: i, end: p.end, spec: p.spec, rule: p.rule, parts: p.parts }
    : { start: i, end: p.end, spec: p.spec, rule: p.rule };
}

/** A copy of a date spec with a period modifier. */
function withMod(s: DateSpec, mod: string): DateSpec {
  const out = copySpec(s);
  out.mod = mod as TimeMod;
  return out;
}

/** A base expression, with `the`, a period modifier (`early`, `mid-`, `the end of`) and a clock. */
function coreUncached(c: Cursor, i: number): Parse | null {
  if (theBeforeNoTime(c, i)) return null;
  let p = base(c, i);
  // `early next month`, `mid-February`, `the end of 2021`, `late last year`, `the late 1990s`.
  let j = i;
  let the = false;
  if (c.is(j, 'the')) {
    j++;
    the = true;
  }
  const w = c.word(j);
  const mod = w === undefined ? undefined : PERIOD_MODS[w];
  if (mod) {
    const edge = w === 'end' || w === 'beginning' || w === 'start' || w === 'middle' || w === 'close';
    let k = j + 1;
    if (c.punct(k, '-') && c.attached(k)) k++;
    // `the end of 2021`, `end of this month`: `of` after a word for an edge of the period.
    else if (c.is(k, 'of') && (the || edge)) k++;
    // `early in the morning`: the part of the day is read from `the`.
    else if (c.is(k, 'in') && c.is(k + 1, 'the') && !edge) k++;
    // `start tomorrow`, `the end Friday`: an edge word needs `of` (it is a verb or a noun otherwise).
    else if (edge) k = -1;
    if (k > 0) {
      if (c.is(k, 'the') && c.is(k - 1, 'of')) k++;
      // `end of month`, `the end of this year`: an edge of the current unit, written bare.
      const unit = edge ? currentUnitAt(c, k) : null;
      const inner =
        base(c, k) ?? (unit ? { start: k, end: unit.end, spec: unit.v, rule: 'relative@1:unit' } : null);
      if (inner && inner.spec.kind === 'date') {
        const s = inner.spec;
        // A period longer than a day, or a part of a day (`later this afternoon`).
        const part = s.pod !== undefined && s.hh === undefined;
        const coarse =
          part ||
          (s.d === undefined &&
            s.wd === undefined &&
            s.hh === undefined &&
            !s.ref &&
            (s.rel === undefined || s.rel.unit !== 'day'));
        if (coarse && (!p || inner.end > p.end))
          p = { start: i, end: inner.end, spec: withMod(s, mod), rule: `${inner.rule}+mod` };
      }
    }
  }
  // `the month of May`, `month of Jan`
  if (c.is(j, 'month') && c.is(j + 1, 'of')) {
    const inner = base(c, j + 2);
    if (
      inner &&
      inner.spec.kind === 'date' &&
      inner.spec.m !== undefined &&
      inner.spec.d === undefined &&
      (!p || inner.end > p.end)
    )
      p = startingAt(inner, i);
  }
  if (the && !mod) {
    const inner = base(c, j);
    if (
      inner &&
      inner.spec.kind === 'date' &&
      (inner.spec.decade !== undefined ||
        inner.spec.century !== undefined ||
        inner.spec.q !== undefined ||
        inner.spec.half !== undefined ||
        inner.spec.season !== undefined)
    ) {
      if (!p || inner.end >= p.end) p = startingAt(inner, i);
    }
  }
  // `the week of March 6`, `the week starting on February 4`: the week that holds that day.
  if (c.is(j, 'week') && the && c.is(j + 1, 'of', 'starting', 'beginning', 'commencing')) {
    const k = c.is(j + 2, 'on') ? j + 3 : j + 2;
    const inner = base(c, k);
    if (inner && inner.spec.kind === 'date' && inner.spec.d !== undefined && inner.spec.hh === undefined)
      p = {
        start: i,
        end: inner.end,
        spec: assignSpec(copySpec(inner.spec), { weekOf: true }),
        rule: `${inner.rule}+week`,
      };
  }
  if (p) p = yearsQuarter(c, p);
  if (p) p = withPartOfDay(c, p);
  return p ? withClock(c, p) : null;
}

/** A day without a clock or a part of it (`Tuesday`, `May 5th`, `tomorrow`). */
function isBareDay(s: Spec): boolean {
  return (
    s.kind === 'date' &&
    (s.d !== undefined || s.wd !== undefined || s.rel?.unit === 'day') &&
    s.hh === undefined &&
    s.pod === undefined
  );
}

/** A part of a day on its own (`the early morning`), with no day or clock. */
function isBarePart(s: Spec): boolean {
  return (
    s.kind === 'date' &&
    s.pod !== undefined &&
    s.hh === undefined &&
    s.d === undefined &&
    s.wd === undefined &&
    s.rel === undefined &&
    s.m === undefined &&
    s.y === undefined
  );
}

/**
 * A day and a part of it written apart: `Tuesday, in the morning`, `Tuesday late-night`, `May 5th
 * night`, `the early morning on Tuesday`, `the morning of this Tuesday`, `in the afternoon, this
 * Friday`. The day keeps its own reading and takes the part (and its `early`/`late` mod).
 */
function withPartOfDay(c: Cursor, p: Parse): Parse {
  if (p.spec.kind !== 'date') return p;
  const s = p.spec;
  if (isBareDay(s)) {
    let k = p.end;
    if (c.punct(k, ',')) k++;
    const part = base(c, c.is(k, 'in') ? k + 1 : k) ?? core(c, k);
    if (part && part.spec.kind === 'date' && isBarePart(part.spec) && (c.is(k, 'in') || part.start === k)) {
      const spec = assignSpec(copySpec(s), { pod: part.spec.pod });
      if (part.spec.mod) spec.mod = part.spec.mod;
      return { start: p.start, end: part.end, spec, rule: `${p.rule}+part` };
    }
    // `May 5th night`, `Tuesday late night`: a part-of-day word right after the day.
    const pod = DAY_PARTS[c.word(p.end) ?? ''];
    if (pod && !c.toks[p.end]!.low.endsWith('s') && c.toks[p.end]!.gap > 0)
      return {
        start: p.start,
        end: p.end + 1,
        spec: assignSpec(copySpec(s), { pod }),
        rule: `${p.rule}+part`,
      };
    return p;
  }
  if (isBarePart(s)) {
    let k = p.end;
    if (c.punct(k, ',')) k++;
    if (c.is(k, 'on', 'of')) k++;
    const day = base(c, k);
    if (day && day.spec.kind === 'date' && isBareDay(day.spec)) {
      const spec = assignSpec(copySpec(day.spec), { pod: s.pod });
      if (s.mod) spec.mod = s.mod;
      return { start: p.start, end: day.end, spec, rule: `${day.rule}+part` };
    }
  }
  return p;
}

/** `this year's third quarter`, `next year's first quarter`, `last year's quarter`. */
function yearsQuarter(c: Cursor, p: Parse): Parse {
  const s = p.spec;
  if (s.kind !== 'date' || s.rel?.unit !== 'year' || s.narrQ !== undefined) return p;
  if (!c.punct(p.end, "'", '\u2019') || !c.is(p.end + 1, 's') || !c.attached(p.end + 1)) return p;
  const k = p.end + 2;
  const q = quarterAt(c, k);
  if (q?.v.q !== undefined || q?.v.half !== undefined)
    return {
      start: p.start,
      end: q.end,
      spec: assignSpec(copySpec(q.v), { yShift: s.rel.n }),
      rule: 'absolute@1:quarter',
    };
  if (c.is(k, 'quarter'))
    return { start: p.start, end: k + 1, spec: { kind: 'date', narrQ: s.rel.n }, rule: 'relative@1:quarter' };
  return p;
}

/** A range of clock times on no written day (`between 8am and 2pm`, `from 5 to 6`). */
function hoursOnly(p: Parse): p is Parse & { spec: RangeSpec } {
  const s = p.spec;
  return (
    s.kind === 'range' &&
    s.from !== null &&
    s.to !== null &&
    s.from.hh !== undefined &&
    s.to.hh !== undefined &&
    !namesDay(s.from) &&
    !namesDay(s.to)
  );
}

/** The day fields of a day spec, for clock times that take them. */
function dayFields(d: DateSpec): DateSpec {
  const { y, m, d: dd, wd, rel, dir, nth, holiday, narrative } = d;
  const out: DateSpec = { kind: 'date' };
  if (y !== undefined) out.y = y;
  if (m !== undefined) out.m = m;
  if (dd !== undefined) out.d = dd;
  if (wd !== undefined) out.wd = wd;
  if (rel !== undefined) out.rel = rel;
  if (dir !== undefined) out.dir = dir;
  if (nth !== undefined) out.nth = nth;
  if (holiday !== undefined) out.holiday = holiday;
  if (narrative !== undefined) out.narrative = narrative;
  return out;
}

/** Sets a clock time can join: every day, every such weekday, every such part of a day. */
const CLOCKABLE_SET = /^(P1D|XXXX-WXX-[1-7])?(T(MO|AF|EV|NI))?$/;

/**
 * A set and a clock time, in either order: `every morning at 9am`, `each Monday at 4pm`, `3pm every
 * day`, `9am on Sundays`. The value is the set's day with the clock (`XXXX-WXX-1T16:00`, `T15:00`).
 */
function setWithClock(c: Cursor, p: Parse): Parse {
  const s = p.spec;
  if (s.kind === 'set') {
    const m = CLOCKABLE_SET.exec(s.value);
    if (!m || s.value === '') return p;
    let k = p.end;
    const at = c.is(k, 'at');
    if (at || c.punct(k, ',')) k++;
    const pod = m[3];
    const t = clockAt(c, k) ?? (at && pod ? bareHourAt(c, k) : null);
    if (!t) return p;
    const day = m[1] === 'P1D' || !m[1] ? '' : m[1];
    const k2 = inPartOfDay(t.v, pod);
    const value = `${day}T${pad2(k2.hh)}:${pad2(k2.mi)}`;
    return { start: p.start, end: t.end, spec: { kind: 'set', value }, rule: `${p.rule}+clock` };
  }
  if (s.kind !== 'date' || s.hh === undefined || s.d !== undefined || s.wd !== undefined || s.rel || s.m)
    return p;
  let k = p.end;
  if (c.is(k, 'on')) k++;
  // Only a word that can open a set is worth a full reading.
  const w = c.toks[k]?.low;
  if (w === undefined || !SET_STARTS.has(w)) return p;
  const q = base(c, k);
  if (q?.spec.kind !== 'set') return p;
  const m = CLOCKABLE_SET.exec(q.spec.value);
  if (!m || m[3] || q.spec.value === '') return p;
  const day = m[1] === 'P1D' || !m[1] ? '' : m[1];
  const value = `${day}T${pad2(s.hh === 24 ? 0 : s.hh)}:${pad2(s.mi ?? 0)}`;
  return { start: p.start, end: q.end, spec: { kind: 'set', value }, rule: `${q.rule}+clock` };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Words a set joined after a clock time can open with (`3pm every day`, `9am Mondays`). */
const SET_STARTS: ReadonlySet<string> = new Set([
  'every',
  'each',
  ...keys(WEEKDAY_PLURALS),
  ...keys(WEEKDAYS),
]);

/** Units an offset from a named day may count in. */
const DAY_OFFSET_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);

/**
 * An offset counted from a day written after it: `the day before last Tuesday's hearing`, `the week
 * after Christmas`, and from a deictic day `two days after today`, `four days from yesterday`. A count
 * before a calendar date (`two days before Christmas`) stays a duration and a date, as TimeML tags it.
 */
function offsetFromDay(c: Cursor, i: number, p: Parse | null): Parse | null {
  let rel: { unit: Unit; n: number } | null = null;
  let k: number;
  let rule: string;
  const s = p?.spec;
  // Most tokens open neither form: decide that before reading on.
  const the = c.toks[i]!.low === 'the';
  if (!the && s?.kind !== 'duration') return p;
  const unit = the ? UNITS[c.word(i + 1) ?? ''] : undefined;
  if (the && unit && DAY_OFFSET_UNITS.has(unit) && c.is(i + 2, 'before', 'after')) {
    rel = { unit, n: c.toks[i + 2]!.low === 'before' ? -1 : 1 };
    k = i + 3;
    rule = 'relative@1:offset';
  } else if (p && s?.kind === 'duration' && s.n !== null && DAY_OFFSET_UNITS.has(s.unit) && !s.mod) {
    const w = c.word(p.end);
    if (w !== 'after' && w !== 'from' && w !== 'before') return p;
    rel = { unit: s.unit, n: w === 'before' ? -s.n : s.n };
    k = p.end + 1;
    rule = p.rule;
  } else return p;
  const d = base(c, k);
  if (d?.spec.kind !== 'date' || (p && d.end <= p.end)) return p;
  const ds = d.spec;
  const deictic = d.rule === 'relative@1:deictic' || ds.ref === 'PRESENT_REF';
  const day = (isDay(ds) || ds.holiday !== undefined) && ds.hh === undefined && ds.pod === undefined;
  if (s?.kind === 'duration' ? !deictic : !day) return p;
  if (ds.ref !== undefined && ds.ref !== 'PRESENT_REF') return p;
  return { start: i, end: d.end, spec: { kind: 'date', rel, base: ds }, rule: `${rule}+from-day` };
}

/**
 * A day and a range of hours on it, in either order: `Friday between 1 p.m. and 4 p.m.`, `tomorrow
 * from 5 to 7pm`, `from 4pm to 5pm of tomorrow`, `from 5 to 6 on 1st Jan`. Both ends take the day.
 */
function dayWithHours(c: Cursor, p: Parse): Parse {
  const s = p.spec;
  let day: DateSpec | null = null;
  let hours: (Parse & { spec: RangeSpec }) | null = null;
  let end = 0;
  if (s.kind === 'date' && s.hh === undefined && namesDay(s)) {
    let k = p.end;
    if (c.punct(k, ',')) k++;
    if (!c.is(k, 'between', 'from')) return p;
    const r = rangePrefixed(c, k, core);
    if (!r || !hoursOnly(r)) return p;
    day = s;
    hours = r;
    end = r.end;
  } else if (hoursOnly(p)) {
    let k = p.end;
    if (c.punct(k, ',') || c.is(k, 'on', 'of')) k++;
    const d = base(c, k);
    if (d?.spec.kind !== 'date' || !isDay(d.spec) || d.spec.pod !== undefined) return p;
    day = d.spec;
    hours = p;
    end = d.end;
  }
  if (!day || !hours) return p;
  const fields = dayFields(day);
  const from = assignSpec(copySpec(hours.spec.from!), fields);
  const to = assignSpec(copySpec(hours.spec.to!), fields);
  const spec: RangeSpec = { kind: 'range', from, to };
  const rule = `${hours.rule}+day`;
  if (!hours.parts) return { start: p.start, end, spec, rule };
  const parts = hours.parts.map((part, n) => assignSpec(copySpec(part), { spec: n === 0 ? from : to }));
  return { start: p.start, end, spec, rule, parts };
}

/** Words and marks that can start an expression; other tokens are skipped without trying rules. */
function canStart(low: string, kind: string): boolean {
  if (kind === 'n') return true;
  if (kind === 'p') return low === "'" || low === '\u2019';
  return START_OR_DISPATCH.has(low);
}

const START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(UNITS),
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(ORDINALS),
  ...Object.keys(DEICTIC_DAYS),
  ...Object.keys(REF_WORDS),
  ...Object.keys(SEASONS),
  ...Object.keys(SET_WORDS),
  ...Object.keys(WEEKDAY_PLURALS),
  ...Object.keys(DECADE_WORDS),
  ...Object.keys(DAY_PARTS),
  ...Object.keys(PERIOD_MODS),
  'the',
  'from',
  'between',
  'until',
  'till',
  'since',
  'through',
  'every',
  'each',
  'per',
  'once',
  'twice',
  'thrice',
  'several',
  'few',
  'many',
  'some',
  'half',
  'fiscal',
  'month',
  'q',
  'last',
  'this',
  'next',
  'past',
  'coming',
  'previous',
  'following',
  'current',
  'noon',
  'midnight',
  'midday',
  'numerous',
  'multiple',
  'twenty',
  'first',
  'second',
  'third',
  'fourth',
  'year',
  'that',
  'these',
  'nineteen',
  'two',
  ...Object.keys(HOLIDAYS).map((k) => k.split(' ')[0]!),
]);

/** The start words and the dispatch keys in one set: most tokens are neither, and one look decides. */
const START_OR_DISPATCH: ReadonlySet<string> = new Set([...START_WORDS, ...DISPATCH.keys()]);

/** A token glued into a URL slug or path (`…-in-february-a-76065`, `/2022/01/17/`): not prose. */
function insideSlug(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  const pp = toks[i - 2];
  if (t.gap !== 0 || !p || p.gap !== 0 || !pp || pp.kind === 'p') return false;
  if (p.low === '/' || p.low === '_' || p.low === '=') return true;
  // `in-february`: a lower-case word glued by a hyphen to a lower-case word.
  return p.low === '-' && t.kind === 'w' && !t.cap && pp.kind === 'w' && !PERIOD_MODS[pp.low];
}

/**
 * The digits after the separator of one number (`500` of `2,500`, `6` of `7.6`): never the start of
 * an expression, whose reading would take a piece of the number for the whole (`2,500 years` was
 * read as `500 years`, `1,000 days ago` as `000 days ago`, that is today, `37.1 in the morning` as
 * 1 a.m.).
 */
function continuesNumber(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.kind !== 'n' || t.gap !== 0 || i < 2) return false;
  const sep = toks[i - 1]!;
  if (sep.gap !== 0 || toks[i - 2]!.kind !== 'n') return false;
  // A comma groups thousands only by three digits (`12,2016` is a day and a year run together).
  return sep.low === '.' || (sep.low === ',' && t.e - t.s === 3);
}

/** Sentence bounds per token: `[lo, hi)` token indices of the sentence each token is in. */
function sentenceBounds(
  c: Cursor,
  sentences: readonly Span[] | undefined,
): { lo: Int32Array; hi: Int32Array } {
  const n = c.toks.length;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  let start = 0;
  if (sentences && sentences.length > 0) {
    let si = 0;
    for (let k = 0; k < n; k++) {
      const t = c.toks[k]!;
      while (si < sentences.length && sentences[si]![1] <= t.s) si++;
      const sStart = si < sentences.length ? sentences[si]![0] : Number.POSITIVE_INFINITY;
      if (k > start && t.s >= sStart && c.toks[k - 1]!.s < sStart) start = closeSentence(lo, hi, start, k);
    }
  } else {
    for (let k = 1; k < n; k++) {
      const t = c.toks[k]!;
      const p = c.toks[k - 1]!;
      if (
        t.nl ||
        (t.gap > 0 &&
          (p.low === '.' || p.low === '!' || p.low === '?') &&
          t.cap &&
          c.toks[k - 2]?.kind !== 'w')
      )
        start = closeSentence(lo, hi, start, k);
      else if (
        t.gap > 0 &&
        (p.low === '.' || p.low === '!' || p.low === '?') &&
        t.cap &&
        (c.toks[k - 2]?.e ?? 0) - (c.toks[k - 2]?.s ?? 0) > 3
      )
        start = closeSentence(lo, hi, start, k);
    }
  }
  closeSentence(lo, hi, start, n);
  return { lo, hi };
}

/** Marks tokens `[start, end)` as one sentence; returns the next sentence's start. */
function closeSentence(lo: Int32Array, hi: Int32Array, start: number, end: number): number {
  lo.fill(start, start, end);
  hi.fill(end, start, end);
  return end;
}

/** Does this spec read the tense to resolve? */
function needsTense(spec: Spec): boolean {
  if (spec.kind === 'range')
    return (spec.from !== null && needsTense(spec.from)) || (spec.to !== null && needsTense(spec.to));
  if (spec.kind !== 'date') return false;
  if (spec.base) return needsTense(spec.base);
  if (spec.weekend) return true;
  return (
    spec.y === undefined &&
    spec.dir === undefined &&
    !spec.rel &&
    !spec.ref &&
    spec.decade === undefined &&
    spec.century === undefined &&
    spec.yShift === undefined
  );
}

/** A clock time or a part of day with no day written (`at 10 p.m.`, `in the evening`). */
function clockAlone(spec: Spec): boolean {
  return (
    spec.kind === 'date' &&
    (spec.hh !== undefined || spec.pod !== undefined) &&
    spec.d === undefined &&
    spec.wd === undefined &&
    !spec.rel
  );
}

function isNarrative(spec: Spec): boolean {
  return spec.kind === 'date' && spec.narrative === true;
}

/** The longest reading that starts at token `i` (a candidate start), with ranges, clocks and sets joined, or null. */
function readAt(c: Cursor, i: number, text: string, lo: Int32Array): Parse | null {
  const t = c.toks[i]!;
  let p = core(c, i);
  if (p) p = rangeAfter(c, p, core) ?? p;
  const pre =
    t.kind === 'n' || t.low === 'from' || t.low === 'between'
      ? rangePrefixed(c, i, core)
      : t.low === 'until' || t.low === 'till' || t.low === 'since' || t.low === 'through'
        ? openEndAt(c, i, core)
        : null;
  if (pre && (!p || pre.end > p.end)) p = pre;
  if (p) p = dayWithHours(c, p);
  p = offsetFromDay(c, i, p);
  if (p) p = setWithClock(c, p);
  // `quarter-to-quarter`, `year-over-year`, `day-to-day`: a compound adjective of comparison.
  if (
    p &&
    c.punct(p.end, '-') &&
    c.attached(p.end) &&
    c.is(p.end + 1, 'to', 'over', 'on') &&
    c.punct(p.end + 2, '-')
  )
    p = null;
  // Holidays are capitalised by right (`Election Day`, `New Year`); other time words only in names.
  if (p && !p.rule.includes('holiday') && timeWordInName(c, text, p.start, p.end, lo[p.start]!)) p = null;
  return p;
}

/**
 * Hedges before a count of time, read into the expression with their TimeML `mod`, as TimeML
 * extents hold them (`more than 20 years`, `at least 72 hours`, `nearly four years ago`, `about
 * 4:30 a.m.`). Longest phrase first; a clock time takes only the hedges of approximation.
 */
const HEDGES: readonly (readonly [readonly string[], TimeMod])[] = [
  [['no', 'more', 'than'], 'EQUAL_OR_LESS'],
  [['no', 'less', 'than'], 'EQUAL_OR_MORE'],
  [['more', 'than'], 'MORE_THAN'],
  [['at', 'least'], 'EQUAL_OR_MORE'],
  [['at', 'most'], 'EQUAL_OR_LESS'],
  [['up', 'to'], 'EQUAL_OR_LESS'],
  [['less', 'than'], 'LESS_THAN'],
  [['fewer', 'than'], 'LESS_THAN'],
  [['nearly'], 'LESS_THAN'],
  [['almost'], 'LESS_THAN'],
  [['about'], 'APPROX'],
  [['around'], 'APPROX'],
  [['roughly'], 'APPROX'],
  [['approximately'], 'APPROX'],
  [['some'], 'APPROX'],
];

function hedged(c: Cursor, p: Parse, lo: number): Parse {
  const s = p.spec;
  const count =
    s.kind === 'duration' ? s.n !== null && !s.mod : s.kind === 'date' && !!s.rel && c.is(p.end - 1, 'ago');
  const clock = s.kind === 'date' && s.hh !== undefined && !s.rel;
  if ((!count && !clock) || (s.kind === 'date' && s.mod)) return p;
  for (const [words, mod] of HEDGES) {
    if (clock && mod !== 'APPROX') continue;
    const start = p.start - words.length;
    if (start < lo || words.some((w, k) => c.toks[start + k]!.low !== w || c.toks[start + k]!.kind !== 'w'))
      continue;
    // `over the next two years`, `some of the last three years` read otherwise; the hedge is right before.
    return { ...p, start, spec: { ...s, mod } as Spec, rule: `${p.rule}+hedge` };
  }
  return p;
}

/** The narrative a text builds up as it is read: the last day, month, year and quarter it named. */
interface Narrative {
  day: number | null;
  /** Token index where the last day was named. */
  at: number;
  quarter: { y: number; q: number } | null;
  month: number | null;
  /** `$37 million in 1988 ... imports that year`: a year alone names the narrative year too. */
  yearStart: string | null;
}

/** Resolves reading `p` against its anchor, tense and the narrative, and adds it to `out`; false when it does not resolve. */
function emit(
  c: Cursor,
  p: Parse,
  anchors: Anchors,
  bounds: { lo: Int32Array; hi: Int32Array },
  st: Narrative,
  out: TimeResult[],
): boolean {
  const toks = c.toks;
  const s = toks[p.start]!.s;
  const e = toks[p.end - 1]!.e;
  const base = anchors.at(s, e);
  let anchor: AnchorDay | null = base.day;
  let kind = base.kind;
  const coarse =
    p.spec.kind === 'date' &&
    p.spec.rel !== undefined &&
    p.spec.rel.unit !== 'day' &&
    p.spec.rel.unit !== 'week';
  const yearly = p.spec.kind === 'date' && p.spec.rel?.unit === 'year';
  const narr = yearly
    ? st.yearStart === null
      ? null
      : daysOf(st.yearStart.slice(0, 10))
    : coarse
      ? st.month
      : st.day;
  if (isNarrative(p.spec) && narr !== null) {
    anchor = anchorOfDays(narr);
    kind = 'narrative';
  } else if (clockAlone(p.spec) && st.day !== null && p.start - st.at <= CLOCK_NARRATIVE_TOKENS) {
    // `at 10 p.m.` right after `on Oct. 23`: the clock time is on the day just named.
    anchor = anchorOfDays(st.day);
    kind = 'narrative';
  }
  let spec = p.spec;
  if (spec.kind === 'date' && spec.narrQ !== undefined) {
    if (st.quarter) {
      spec = { kind: 'date', q: st.quarter.q, y: spec.y ?? st.quarter.y + spec.narrQ };
      kind = 'narrative';
      anchor = null;
    } else if (spec.y !== undefined) spec = { kind: 'date', y: spec.y };
    else if (!spec.rel) spec = { kind: 'date', rel: { unit: 'quarter', n: -1 } };
  }
  // `since March`: what a `since` opens lies behind the text's time, whatever the verb.
  const tense: Tense = !needsTense(spec)
    ? null
    : p.rule === 'range@1:since'
      ? 'past'
      : tenseAround(c, p.start, p.end, bounds.lo[p.start]!, bounds.hi[p.start]!);
  const r = resolve(spec, anchor, tense);
  if (!r) return false;
  if (r.day !== null) {
    st.day = r.day;
    st.at = p.end;
  }
  if (r.start !== null && /^\d{4}-\d\d(?:-|$)/.test(r.value)) st.month = daysOf(r.start.slice(0, 10));
  // The year is kept as its start date and read as a day count only when `that year` asks for it.
  if (r.start !== null && /^\d{4}(?:-|$)/.test(r.value)) st.yearStart = r.start;
  const qm = /^(\d{4})-Q([1-4])$/.exec(r.value);
  if (qm) {
    // Results are reported for quarters that are over: one that ends after the text's day (`expects
    // a loss in the third quarter of 1990`) is a forecast and does not become the reported quarter.
    const over = r.end === null || base.day === null || daysOf(r.end) < base.day.days;
    // `the 1988 period` borrows the narrative quarter for another year: it does not move it.
    const borrowed = p.spec.kind === 'date' && p.spec.narrQ !== undefined && (p.spec.narrQ !== 0 || p.spec.y);
    if (over && !borrowed) st.quarter = { y: Number(qm[1]), q: Number(qm[2]) };
  }
  const values = r.value.includes('/') && p.parts && p.parts.length === 2 ? r.value.split('/') : [r.value];
  const pieces: readonly Pick<Part, 'a' | 'b' | 'duration' | 'dayOfWhole'>[] = p.parts ?? [
    { a: p.start, b: p.end },
  ];
  const parts: TimePart[] = pieces.map((part, k) => {
    const span = [toks[part.a]!.s, toks[part.b - 1]!.e] as const;
    if (part.duration)
      return { span, value: durationValue(part.duration.n, part.duration.unit), type: 'duration' };
    if (part.dayOfWhole) return { span, value: r.value.slice(0, 10), type: 'date' };
    return { span, value: values[k] ?? r.value, type: r.type };
  });
  out.push({
    kind: 'time',
    span: [s, e],
    by: `time/${p.rule}`,
    type: r.type,
    value: r.value,
    start: r.start,
    end: r.end,
    mod: r.mod,
    anchor: r.anchored || kind === 'narrative' ? kind : 'none',
    implied: r.implied,
    parts,
  });
  return true;
}

/** Finds, resolves and returns every time expression in a text. */
export function extractTimes(input: TimeInput): TimeResult[] {
  const work = input.work ?? { steps: 0 };
  const toks = scan(input.text, work);
  const c = new Cursor(toks, work);
  const anchors = new Anchors(input.published, input.updates ?? []);
  const bounds = sentenceBounds(c, input.sentences);
  const out: TimeResult[] = [];
  const st: Narrative = { day: null, at: 0, quarter: null, month: null, yearStart: null };
  // The loop stays small and the reading and resolving live in their own functions: V8 optimises a
  // small loop sooner (the whole body in one function took it about 180 ms to compile, twice).
  let i = 0;
  while (i < toks.length) {
    work.steps++;
    const t = toks[i]!;
    if (!canStart(t.low, t.kind) || insideSlug(toks, i) || continuesNumber(toks, i)) {
      i++;
      continue;
    }
    const read = readAt(c, i, input.text, bounds.lo);
    const p = read && hedged(c, read, bounds.lo[read.start]!);
    i = p && emit(c, p, anchors, bounds, st, out) ? p.end : i + 1;
  }
  return out;
}
