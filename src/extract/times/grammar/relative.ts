/**
 * Relative and deictic expressions: `yesterday`, `tonight`, `Monday [morning]`, `last week`,
 * `next month`, `last September`, `early next month`, `two days ago`, `two days later`,
 * `the next day`, `now`, `recently`. The anchor is chosen later; rules only say what shifts.
 */
import {
  DAY_PART_PLURALS,
  DAY_PARTS,
  DEICTIC_DAYS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  REF_WORDS,
  SEASONS,
  UNITS,
  type Unit,
  WEEKDAYS,
  wordTable,
} from '../lexicon.ts';
import { dayAt, type Hit, monthAt, quarterAt, weekdayAt, yearAt } from './absolute.ts';
import {
  assignSpec,
  type Cursor,
  copySpec,
  type DateSpec,
  type Dir,
  type DurationSpec,
  type RangeSpec,
} from './types.ts';

const SHIFT_WORDS: Readonly<Record<string, Dir>> = wordTable({
  last: 'past',
  past: 'past',
  previous: 'past',
  next: 'future',
  coming: 'future',
  this: 'this',
  current: 'this',
  following: 'future',
});
/** Relative shifts that read from the narrative, not from the anchor. */
const NARRATIVE_SHIFTS = new Set(['previous', 'following']);

/** A count at `i`: digits, number words (`twenty four`, `twenty-four`), `a`, `an`. */
export function countAt(c: Cursor, i: number): Hit<number> | null {
  const t = c.at(i);
  if (!t) return null;
  if (t.kind === 'n') {
    if (t.e - t.s > 3) return null;
    // `2 1/2 years`: a whole number and a simple fraction.
    const f = c.at(i + 1);
    if (
      f?.kind === 'n' &&
      f.gap > 0 &&
      c.punct(i + 2, '/') &&
      c.attached(i + 2) &&
      c.at(i + 3)?.kind === 'n' &&
      c.attached(i + 3)
    ) {
      const num = Number(f.low);
      const den = Number(c.toks[i + 3]!.low);
      if ((den === 2 || den === 4) && num > 0 && num < den)
        return { end: i + 4, v: Number(t.low) + num / den };
    }
    // `1,000` or `2.5`: not a simple count.
    if (c.punct(i + 1, ',', '.') && c.attached(i + 1) && c.at(i + 2)?.kind === 'n' && c.attached(i + 2)) {
      if (c.toks[i + 1]!.low === '.' && c.digits(i + 2) === 1)
        return { end: i + 3, v: Number(`${t.low}.${c.toks[i + 2]!.low}`) };
      return null;
    }
    return { end: i + 1, v: Number(t.low) };
  }
  if (t.kind !== 'w') return null;
  const n = NUMBER_WORDS[t.low];
  if (n === undefined) return null;
  if (t.low === 'couple') return c.is(i + 1, 'of') ? { end: i + 2, v: 2 } : null;
  if (n >= 20 && n < 100) {
    let k = i + 1;
    if (c.punct(k, '-') && c.attached(k)) k++;
    const u = c.word(k);
    const unitN = u !== undefined ? NUMBER_WORDS[u] : undefined;
    if (unitN !== undefined && unitN >= 1 && unitN <= 9 && u !== 'a' && u !== 'an')
      return { end: k + 1, v: n + unitN };
  }
  return { end: i + 1, v: n };
}

/** A part of day word at `i` (`morning`, `night`). */
function dayPartAt(c: Cursor, i: number): string | undefined {
  const w = c.word(i);
  return w === undefined ? undefined : DAY_PARTS[w];
}

/** A part of day right after a day: `morning` or `in the morning`; its code and end. */
function trailingPartAt(c: Cursor, i: number): { pod: string; end: number } | null {
  const pod = dayPartAt(c, i);
  if (pod) return { pod, end: i + 1 };
  if (c.is(i, 'in') && c.is(i + 1, 'the')) {
    const p2 = dayPartAt(c, i + 2);
    if (p2 && !c.toks[i + 2]!.low.endsWith('s')) return { pod: p2, end: i + 3 };
  }
  return null;
}

const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'but',
  'as',
  'that',
  'when',
  'of',
  'to',
  'for',
  'in',
  'are',
  'were',
  'with',
  'than',
  'because',
  'if',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'there',
  'this',
  'on',
  'at',
]);

/** Deictic days and parts of days: `today`, `yesterday morning`, `tonight`, `last night`, `this morning`. */
export function deicticAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const w = c.word(i);
  if (w === undefined) return null;
  // `the day before yesterday`, `the day after tomorrow`
  const j = w === 'the' ? i + 1 : i;
  if (
    c.is(j, 'day') &&
    ((c.is(j + 1, 'before') && c.is(j + 2, 'yesterday')) || (c.is(j + 1, 'after') && c.is(j + 2, 'tomorrow')))
  ) {
    return {
      end: j + 3,
      v: { kind: 'date', rel: { unit: 'day', n: c.toks[j + 1]!.low === 'before' ? -2 : 2 } },
    };
  }
  const n = DEICTIC_DAYS[w];
  if (n !== undefined) {
    const spec: DateSpec = { kind: 'date', rel: { unit: 'day', n } };
    if (w === 'tonight') spec.pod = 'NI';
    const part = w === 'tonight' ? null : trailingPartAt(c, i + 1);
    if (part) {
      spec.pod = part.pod;
      return { end: part.end, v: spec };
    }
    return { end: i + 1, v: spec };
  }
  if ((w === 'last' || w === 'this') && c.is(i + 1, 'night', 'morning', 'afternoon', 'evening')) {
    const pod = dayPartAt(c, i + 1)!;
    return {
      end: i + 2,
      v: { kind: 'date', rel: { unit: 'day', n: w === 'last' && pod === 'NI' ? -1 : 0 }, pod },
    };
  }
  return null;
}

const CURRENT_UNITS: ReadonlySet<string> = new Set(['year', 'week', 'month']);

/**
 * `the year`, `the fiscal year`, `the week`: in news the current one (TimeML values it as the
 * anchor's year or week). A fiscal period `ended`/`ending` on a date is a stretch of one unit, as
 * TimeML tags `the year ended Sept. 30` (a duration whose end the date gives).
 */
export function theUnitAt(c: Cursor, i: number): Hit<DateSpec | DurationSpec> | null {
  if (!c.is(i, 'the')) return null;
  let k = i + 1;
  // `the latest fiscal year`: the last one whose results are in, the year before.
  if (c.is(k, 'latest') && c.is(k + 1, 'fiscal') && c.is(k + 2, 'year') && !c.is(k + 3, 'ended', 'ending'))
    return { end: k + 3, v: { kind: 'date', rel: { unit: 'year', n: -1 } } };
  // `the current fiscal year`, `the current year`: the same as without `current`.
  if (c.is(k, 'current')) k++;
  if (c.is(k, 'fiscal', 'full')) k++;
  const u = c.word(k);
  if (u === undefined || !CURRENT_UNITS.has(u)) return null;
  const next = c.at(k + 1);
  // `the year-ago quarter`, `the year's`-less compounds, `the year 2000`: other rules read these.
  if (next && next.gap === 0 && next.kind === 'p' && next.low === '-') return null;
  if (next?.kind === 'n' || c.is(k + 1, 'two', 'nineteen', 'before', 'after', 'earlier', 'later', 'of', 'in'))
    return null;
  const unit = UNITS[u]!;
  if (c.is(k + 1, 'ended', 'ending', 'ends', 'through', 'to'))
    return { end: k + 1, v: { kind: 'duration', n: 1, unit } };
  return { end: k + 1, v: { kind: 'date', rel: { unit, n: 0 } } };
}

/**
 * `that year`, `that same day`: the unit the narrative last named (`later that year` keeps its
 * `later` outside, as TimeML values it the same).
 */
export function thatUnitAt(c: Cursor, i: number): Hit<DateSpec> | null {
  if (!c.is(i, 'that')) return null;
  const k = c.is(i + 1, 'same') ? i + 2 : i + 1;
  const u = c.word(k);
  const unit = u === undefined ? undefined : UNITS[u];
  if (!unit || u!.endsWith('s') || !['day', 'week', 'month', 'year'].includes(unit)) return null;
  return { end: k + 1, v: { kind: 'date', rel: { unit, n: 0 }, narrative: true } };
}

/** Units a `rest of` or a bare `end of` may name. */
const PERIOD_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'quarter']);

/** `week`, `the month`, `this year`, `my week` after `end of` or `rest of`: the current unit. */
export function currentUnitAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const k = c.is(i, 'the', 'this', 'my', 'current') ? i + 1 : i;
  const u = c.word(k);
  if (u === undefined || !PERIOD_UNITS.has(u)) return null;
  if (c.is(k + 1, 'of') || (c.punct(k + 1, '-') && c.attached(k + 1))) return null;
  return { end: k + 1, v: { kind: 'date', rel: { unit: UNITS[u]!, n: 0 } } };
}

/** `EOY`, `EOM`, `EOW`: the end of the current year, month, week. */
const END_ABBREVIATIONS: Readonly<Record<string, Unit>> = wordTable({
  eoy: 'year',
  eom: 'month',
  eow: 'week',
});

/** `EOY`, `the EOM`: the end of the current unit. */
export function endAbbreviationAt(c: Cursor, i: number): Hit<DateSpec> | null {
  // Reached from every `the`: look at the next word before counting any work.
  if (c.toks[i]?.low === 'the' && END_ABBREVIATIONS[c.toks[i + 1]?.low ?? ''] === undefined) return null;
  const k = c.is(i, 'the') ? i + 1 : i;
  const unit = END_ABBREVIATIONS[c.word(k) ?? ''];
  if (!unit) return null;
  return { end: k + 1, v: { kind: 'date', rel: { unit, n: 0 }, mod: 'END' } };
}

const REST_WORDS: ReadonlySet<string> = new Set(['rest', 'remainder', 'remaining']);

/**
 * `the rest of the week`, `rest of this month`, `the remainder of the year`: from the text's day to
 * the last day of the current unit.
 */
export function restOfAt(c: Cursor, i: number): Hit<RangeSpec> | null {
  // Reached from every `the`: look at the next word before counting any work.
  if (c.toks[i]?.low === 'the' && !REST_WORDS.has(c.toks[i + 1]?.low ?? '')) return null;
  const j = c.is(i, 'the') ? i + 1 : i;
  if (!c.is(j, 'rest', 'remainder', 'remaining')) return null;
  const k = c.is(j + 1, 'of') ? j + 2 : j + 1;
  const u = currentUnitAt(c, k);
  if (!u?.v.rel || u.v.rel.unit === 'quarter') return null;
  const unit = u.v.rel.unit;
  const to: DateSpec =
    unit === 'week'
      ? { kind: 'date', rel: { unit, n: 0 }, wd: 7 }
      : unit === 'month'
        ? { kind: 'date', rel: { unit, n: 0 }, lastDay: true }
        : { kind: 'date', m: 12, d: 31, yShift: 0 };
  return { end: u.end, v: { kind: 'range', from: { kind: 'date', rel: { unit: 'day', n: 0 } }, to } };
}

/** `year-end`, `year end`, `year's end`: the end of the current year. */
export function yearEndAt(c: Cursor, i: number): Hit<DateSpec> | null {
  if (!c.is(i, 'year')) return null;
  let k = i + 1;
  if (c.punct(k, '-') && c.attached(k) && c.attached(k + 1)) k++;
  else if (c.punct(k, "'", '\u2019') && c.is(k + 1, 's') && c.attached(k) && c.attached(k + 1)) k += 2;
  if (!c.is(k, 'end')) return null;
  return { end: k + 1, v: { kind: 'date', rel: { unit: 'year', n: 0 }, mod: 'END' } };
}

/** Words after which `the morning` is the part of a day, not a modifier (`the morning paper`). */
const POD_PREPS: ReadonlySet<string> = new Set([
  'in',
  'during',
  'through',
  'throughout',
  'by',
  'until',
  'till',
]);

/**
 * A part of a day on its own: `(in) the morning`, `early morning`, `mid-afternoon`, `late night`,
 * optionally with the day after it (`mid-afternoon yesterday`). Without a day it is the anchor's
 * (or the narrative's) day. A word that makes it a modifier (`the morning paper`, `late-night
 * show`) rules it out.
 */
export function partOfDayAt(c: Cursor, i: number): Hit<DateSpec> | null {
  let j = i;
  let the = false;
  if (c.is(j, 'the')) {
    if (!POD_PREPS.has(c.word(i - 1) ?? '')) return null;
    the = true;
    j++;
  }
  let mod = false;
  if (c.is(j, 'early', 'late', 'mid')) {
    mod = true;
    j++;
    if (c.punct(j, '-') && c.attached(j)) j++;
  }
  if (!the && !mod) return null;
  const pod = dayPartAt(c, j);
  if (!pod || c.word(j)!.endsWith('s')) return null;
  const next = c.at(j + 1);
  const day = next?.kind === 'w' ? DEICTIC_DAYS[next.low] : undefined;
  if (day !== undefined && next!.low !== 'tonight')
    return { end: j + 2, v: { kind: 'date', rel: { unit: 'day', n: day }, pod } };
  if (next?.kind === 'w' && !next.cap && !FUNCTION_WORDS.has(next.low)) return null;
  if (next?.kind === 'p' && next.low === '-' && next.gap === 0) return null;
  return { end: j + 1, v: { kind: 'date', pod } };
}

/** `on the 4th`, `by the twenty-first`: a day of the month alone, after a preposition of time. */
export function dayOfMonthAt(c: Cursor, i: number): Hit<DateSpec> | null {
  if (!c.is(i, 'the')) return null;
  const d = dayAt(c, i + 1);
  if (!d) return null;
  const next = c.at(d.end);
  // `the 15th day of next month`, `the thirty-first day of the month`, `the 15th day of June`.
  if (c.is(d.end, 'day') && c.is(d.end + 1, 'of')) {
    const k = d.end + 2;
    const shift = c.is(k, 'this', 'the') ? 0 : c.is(k, 'next') ? 1 : c.is(k, 'last', 'previous') ? -1 : null;
    if (shift !== null && c.is(k + 1, 'month'))
      return { end: k + 2, v: { kind: 'date', d: d.v, rel: { unit: 'month', n: shift } } };
    const mo = monthAt(c, k, false);
    if (mo) return { end: mo.end, v: { kind: 'date', d: d.v, m: mo.v } };
    return null;
  }
  if (!c.is(i - 1, 'on', 'by', 'until', 'till', 'since', 'from', 'for')) return null;
  // Digits need their ordinal suffix (`the 4th`), so `on the 4 bills` stays a count; a bare number
  // may stand only at the end of a clause (`for the 27.`).
  const ends = next === undefined || (next.kind === 'p' && ['.', ',', '!', '?', ';', ')'].includes(next.low));
  if (c.toks[i + 1]!.kind === 'n' && d.end === i + 2 && !ends) return null;
  // `the 4th of July` is read by the month-date rule from the number on.
  // `for the 25th Anniversary`: a capitalised word after the ordinal makes it part of a name.
  if (next?.kind === 'w' && (next.cap || !FUNCTION_WORDS.has(next.low) || next.low === 'of')) return null;
  return { end: d.end, v: { kind: 'date', d: d.v } };
}

/**
 * `April 24 and 25`: a day number coordinated with a month and day just before it is a day of that
 * month (TimeML tags each day). Reads backwards a fixed four tokens from the second number.
 */
export function coordinatedDayAt(c: Cursor, i: number): Hit<DateSpec> | null {
  if (c.toks[i]?.kind !== 'n' || !c.is(i - 1, 'and') || c.toks[i - 2]?.kind !== 'n') return null;
  const d = Number(c.toks[i]!.low);
  const d0 = Number(c.toks[i - 2]!.low);
  if (c.toks[i]!.low.length > 2 || d < 1 || d > 31 || d0 < 1 || d0 > 31 || d <= d0) return null;
  const k = c.punct(i - 3, '.') ? i - 4 : i - 3;
  const m = MONTHS[c.word(k) ?? ''];
  if (m === undefined || !c.toks[k]!.cap) return null;
  // `April 24 and 25 people`: a count of something, not a day.
  const next = c.at(i + 1);
  if (next?.kind === 'w' && !next.cap && !FUNCTION_WORDS.has(next.low)) return null;
  if (next?.kind === 'n' || (next?.kind === 'p' && next.gap === 0 && ['%', '-', ':'].includes(next.low)))
    return null;
  return { end: i + 1, v: { kind: 'date', m, d } };
}

/** True when token `i` opens a sentence, a line or a quotation. */
function sentenceInitial(c: Cursor, i: number): boolean {
  const t = c.toks[i]!;
  const prev = c.toks[i - 1];
  return (
    prev === undefined ||
    t.nl ||
    (prev.kind === 'p' && ['.', '!', '?'].includes(prev.low) && t.gap > 0) ||
    (prev.kind === 'p' && ['"', '\u201c', '`', "'"].includes(prev.low))
  );
}

/** Vague references: `now`, `currently`, `recently`, `the past`, `the future`, `soon`. */
export function refAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const w = c.word(i);
  if (w === undefined) return null;
  if (w === 'the' && c.is(i + 1, 'past', 'future')) {
    const next = c.at(i + 2);
    // `the past two months`, `the future president`: not the bare reference.
    if (next && next.kind !== 'p' && !next.nl && next.gap > 0) {
      if (
        next.kind === 'n' ||
        NUMBER_WORDS[next.low] !== undefined ||
        UNITS[next.low] ||
        ['few', 'several', 'decade'].includes(next.low)
      )
        return null;
      if (next.cap === false && !FUNCTION_WORDS.has(next.low)) return null;
    }
    return {
      end: i + 2,
      v: { kind: 'date', ref: c.toks[i + 1]!.low === 'past' ? 'PAST_REF' : 'FUTURE_REF' },
    };
  }
  // `the near future`, `the near term`, `the short term`: the time just ahead.
  if (w === 'the' && c.is(i + 1, 'near', 'short') && c.is(i + 2, 'future', 'term'))
    return { end: i + 3, v: { kind: 'date', ref: 'FUTURE_REF' } };
  // `at a later date`, `a future date`: an unnamed day ahead.
  if (w === 'a' && c.is(i + 1, 'later', 'future') && c.is(i + 2, 'date') && !c.is(i + 3, 'of'))
    return { end: i + 3, v: { kind: 'date', ref: 'FUTURE_REF' } };
  if (w === 'these' && c.is(i + 1, 'days') && !c.is(i + 2, 'of'))
    return { end: i + 2, v: { kind: 'date', ref: 'PRESENT_REF' } };
  const ref = REF_WORDS[w];
  if (!ref) return null;
  // `Now, he says, ...` opening a sentence is a discourse connective (TimeBank leaves it untagged);
  // `now` anywhere else, and `Now` without the comma, is the present.
  if (w === 'now' && c.punct(i + 1, ',') && sentenceInitial(c, i)) return null;
  return { end: i + 1, v: { kind: 'date', ref } };
}

/**
 * Shifts by a calendar word: `[early|late|mid] (last|this|next|past|coming) (week|month|year|quarter|
 * weekend|decade|September|Monday|fall)`, and `the (next|following|previous|same) day`.
 */
export function shiftAt(c: Cursor, i: number): Hit<DateSpec> | null {
  let j = i;
  let narrative = false;
  if (c.is(j, 'the')) {
    j++;
    narrative = true;
  }
  const w = c.word(j);
  if (w === undefined) return null;
  if (narrative && w === 'weekend') return { end: j + 1, v: { kind: 'date', weekend: true } };
  if (narrative && (w === 'same' || w === 'that')) {
    const u = c.word(j + 1);
    if (u && UNITS[u] && ['day', 'week', 'month', 'year'].includes(UNITS[u]!) && !u.endsWith('s')) {
      return { end: j + 2, v: { kind: 'date', rel: { unit: UNITS[u]!, n: 0 }, narrative: true } };
    }
    return null;
  }
  let dir = SHIFT_WORDS[w];
  if (!dir) return null;
  // `the past year`, `the last decade`: the unit before the anchor's (not `the last day of ...`).
  if (narrative && (w === 'past' || w === 'last')) {
    const u1 = c.word(j + 1);
    const unit1 = u1 === undefined ? undefined : UNITS[u1];
    if (!unit1 || u1!.endsWith('s') || c.is(j + 2, 'of') || ['second', 'minute', 'hour'].includes(unit1))
      return null;
    return { end: j + 2, v: { kind: 'date', rel: { unit: unit1, n: -1 } } };
  }
  if (narrative && (w === 'coming' || w === 'current' || w === 'this')) return null;
  let k = j + 1;
  // `this past spring`, `this coming Monday`: the second word gives the direction.
  if (w === 'this' && c.is(k, 'past', 'coming')) {
    dir = c.toks[k]!.low === 'past' ? 'past' : 'future';
    k++;
  }
  const u = c.word(k);
  if (u === undefined) return null;
  const n = dir === 'past' ? -1 : dir === 'future' ? 1 : 0;
  const unit = UNITS[u];
  const narr = narrative || NARRATIVE_SHIFTS.has(w);
  if (
    (unit && !u.endsWith('s') && !['second', 'minute', 'hour', 'fortnight', 'century'].includes(unit)) ||
    u === 'century'
  ) {
    if (w === 'past' && !narrative) return null;
    const spec: DateSpec = { kind: 'date', rel: { unit: unit!, n } };
    if (narr) spec.narrative = true;
    // `last week's`, `next year`: keep. `this year's third quarter` is a quarter (absolute.ts).
    const pod = unit === 'day' ? dayPartAt(c, k + 1) : undefined;
    if (pod) {
      spec.pod = pod;
      return { end: k + 2, v: spec };
    }
    return { end: k + 1, v: spec };
  }
  if (narrative && w !== 'next' && w !== 'following' && w !== 'previous') return null;
  if (narrative) {
    const pod = dayPartAt(c, k);
    if (pod) return { end: k + 1, v: { kind: 'date', rel: { unit: 'day', n }, pod, narrative: true } };
    const wd = weekdayAt(c, k);
    if (wd) return { end: wd.end, v: { kind: 'date', wd: wd.v, dir, narrative: true } };
    return null;
  }
  if (w === 'following' || w === 'previous') return null;
  if (w === 'past' && WEEKDAYS[u] === undefined) return null;
  // `this march`, `next may`: in lower case the ambiguous names are a noun or a verb unless a day follows.
  const mo = MONTHS[u] === undefined ? null : monthAt(c, k, c.toks[k]!.cap || c.at(k + 1)?.kind === 'n');
  if (mo) {
    // `last Oct. 23`
    const day = dayAt(c, mo.end);
    if (day && c.at(mo.end)?.kind === 'n')
      return { end: day.end, v: { kind: 'date', m: mo.v, d: day.v, dir } };
    return { end: mo.end, v: { kind: 'date', m: mo.v, dir } };
  }
  const wd = weekdayAt(c, k);
  if (wd) {
    const spec: DateSpec = { kind: 'date', wd: wd.v, dir };
    const pod = dayPartAt(c, wd.end);
    if (pod) {
      spec.pod = pod;
      return { end: wd.end + 1, v: spec };
    }
    return { end: wd.end, v: spec };
  }
  const season = SEASONS[u];
  if (season) return { end: k + 1, v: { kind: 'date', season, dir } };
  return null;
}

/** Units shorter than a year, whose `N units later` TimeML tags as a duration. */
const SHORT_UNITS: ReadonlySet<Unit> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'fortnight',
  'month',
]);

/** `N units ago|later|earlier|before|after|from now|hence`, `the day before|after`, `a year earlier`. */
export function offsetAt(c: Cursor, i: number): Hit<DateSpec> | null {
  if (c.is(i, 'the') && c.is(i + 1, 'day', 'week', 'month', 'year', 'night')) {
    const k = i + 2;
    if (
      c.is(k, 'before', 'after') &&
      !(
        c.at(k + 1)?.kind === 'w' &&
        !['.', ','].includes(c.toks[k + 1]!.low) &&
        c.toks[k + 1]!.gap > 0 &&
        !c.is(k + 1, 'and', 'but', 'when', 'as')
      )
    ) {
      const unit: Unit = c.toks[i + 1]!.low === 'night' ? 'day' : UNITS[c.toks[i + 1]!.low]!;
      return {
        end: k + 1,
        v: { kind: 'date', rel: { unit, n: c.toks[k]!.low === 'before' ? -1 : 1 }, narrative: true },
      };
    }
    return null;
  }
  let j = i;
  let count: Hit<number> | null = null;
  if (c.is(j, 'a', 'an', 'one') && c.is(j + 1, 'few', 'couple')) {
    const two = c.is(j + 1, 'couple');
    j += c.is(j + 2, 'of') ? 3 : 2;
    count = { end: j, v: two ? 2 : Number.NaN };
  } else if (c.is(j, 'several', 'few', 'many', 'some')) {
    count = { end: j + 1, v: Number.NaN };
  } else count = countAt(c, j);
  if (!count) return null;
  let k = count.end;
  if (c.is(k, 'more')) k++;
  const u = c.word(k);
  const unit = u === undefined ? undefined : UNITS[u];
  if (!unit) return null;
  k++;
  const a = c.word(k);
  if (a === 'ago' || a === 'back') {
    if (Number.isNaN(count.v)) return { end: k + 1, v: { kind: 'date', ref: 'PAST_REF' } };
    if (unit === 'year' && count.v === 1)
      return { end: k + 1, v: { kind: 'date', rel: { unit, n: -1 }, narrQ: -1 } };
    return { end: k + 1, v: { kind: 'date', rel: { unit, n: -count.v } } };
  }
  if (a === 'from' && c.is(k + 1, 'now', 'today'))
    return { end: k + 2, v: { kind: 'date', rel: { unit, n: count.v } } };
  if (a === 'hence') return { end: k + 1, v: { kind: 'date', rel: { unit, n: count.v } } };
  if (a === 'later' || a === 'earlier' || a === 'afterwards' || a === 'afterward') {
    if (unit === 'year' && count.v === 1 && a === 'earlier')
      return { end: k + 1, v: { kind: 'date', rel: { unit, n: -1 }, narrQ: -1 } };
    const v: DateSpec = {
      kind: 'date',
      rel: { unit, n: a === 'earlier' ? -count.v : count.v },
      narrative: true,
    };
    // TimeML tags `[three days] later` as a duration with `later` as its signal; counts of years
    // (`two years later`, like `a year earlier`) it tags as dates, which is what the whole resolves to.
    if (!SHORT_UNITS.has(unit)) return { end: k + 1, v };
    const n = Number.isNaN(count.v) ? null : count.v;
    return { end: k + 1, v, parts: [{ a: i, b: k, spec: v, duration: { kind: 'duration', n, unit } }] };
  }
  return null;
}

/** A weekday alone or with a part of day: `Monday`, `Tuesday night`, `Friday's`. */
export function weekdayAloneAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const wd = weekdayAt(c, i);
  if (!wd) return null;
  // `Monday and Tuesday nights`: a set, read by setAt.
  if (c.is(wd.end, 'and', 'or') && weekdayAt(c, wd.end + 1) && DAY_PART_PLURALS[c.word(wd.end + 2) ?? ''])
    return null;
  const spec: DateSpec = { kind: 'date', wd: wd.v };
  const part = trailingPartAt(c, wd.end);
  if (part) {
    spec.pod = part.pod;
    return { end: part.end, v: spec };
  }
  return { end: wd.end, v: spec };
}

/** Words between `the` and `quarter` that keep it the reported quarter (`the latest quarter`). */
export const QUARTER_LEADS: ReadonlySet<string> = new Set([
  'latest',
  'same',
  'recent',
  'comparable',
  'corresponding',
  'year-ago',
  'year-earlier',
]);

/** `the quarter`, `the latest quarter`, `the year-ago quarter`, `the most recent quarter`: the quarter the narrative is about. */
export function narrativeQuarterAt(c: Cursor, i: number): Hit<DateSpec> | null {
  if (!c.is(i, 'the')) return null;
  let k = i + 1;
  let shift = 0;
  const y = yearAt(c, k);
  if (y) {
    k = y.end;
    if (c.is(k, 'quarter', 'period')) return { end: k + 1, v: { kind: 'date', narrQ: 0, y: y.v } };
    return null;
  }
  if (QUARTER_LEADS.has(c.word(k) ?? '') && c.is(k + 1, 'year') && c.punct(k + 2, '-')) k++;
  // `the latest period`, `the year-ago period`: with a lead, `period` is the reported quarter too.
  let lead = true;
  if (c.is(k, 'most') && c.is(k + 1, 'recent')) k += 2;
  else if (
    c.is(k, 'year') &&
    c.punct(k + 1, '-') &&
    c.is(k + 2, 'ago', 'earlier') &&
    c.attached(k + 1) &&
    c.attached(k + 2)
  ) {
    shift = -1;
    k += 3;
  } else if (QUARTER_LEADS.has(c.word(k) ?? '')) k++;
  else lead = false;
  const periodOk = lead && !c.is(k - 1, 'same', 'recent');
  if (!c.is(k, 'quarter') && !(periodOk && c.is(k, 'period'))) return null;
  // `the quarter ended Sept. 30` is still the narrative quarter; `the quarter of a century` is not.
  if (c.is(k + 1, 'of') && !c.is(k + 2, 'fiscal')) return null;
  // `the corresponding period last year`, `the quarter a year ago`: the same quarter a year before.
  if (shift === 0 && c.is(k + 1, 'last') && c.is(k + 2, 'year'))
    return { end: k + 3, v: { kind: 'date', narrQ: -1 } };
  if (shift === 0 && c.is(k + 1, 'a') && c.is(k + 2, 'year') && c.is(k + 3, 'ago', 'earlier'))
    return { end: k + 4, v: { kind: 'date', narrQ: -1 } };
  return { end: k + 1, v: { kind: 'date', narrQ: shift } };
}

/** `year-earlier`, `year-ago` used as adjectives: the narrative quarter a year before. */
export function yearAgoAdjAt(c: Cursor, i: number): Hit<DateSpec> | null {
  if (
    !c.is(i, 'year') ||
    !c.punct(i + 1, '-') ||
    !c.is(i + 2, 'ago', 'earlier') ||
    !c.attached(i + 1) ||
    !c.attached(i + 2)
  )
    return null;
  // `the year-ago third quarter`: one expression, that quarter a year before (TimeML tags it whole).
  const q = quarterAt(c, i + 3);
  if (q && q.v.y === undefined && q.v.yShift === undefined)
    return { end: q.end, v: assignSpec(copySpec(q.v), { yBack: 1 }) };
  return { end: i + 3, v: { kind: 'date', rel: { unit: 'year', n: -1 }, narrQ: -1 } };
}

const WEEK_SHIFT: Readonly<Record<string, number>> = wordTable({ next: 1, last: -1, this: 0 });

/** `next week on Friday`, `Friday next week`, `this week Friday`: a weekday of a shifted week. */
export function weekWeekdayAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const w = c.word(i);
  if (w === undefined) return null;
  const shift = WEEK_SHIFT[w];
  if (shift !== undefined && c.is(i + 1, 'week')) {
    const k = c.is(i + 2, 'on') ? i + 3 : i + 2;
    const wd = weekdayAt(c, k);
    return wd ? { end: wd.end, v: { kind: 'date', rel: { unit: 'week', n: shift }, wd: wd.v } } : null;
  }
  const wd = weekdayAt(c, i);
  if (!wd) return null;
  const k = c.is(wd.end, 'of') ? wd.end + 1 : wd.end;
  const s2 = WEEK_SHIFT[c.word(k) ?? ''];
  if (s2 === undefined || !c.is(k + 1, 'week')) return null;
  return { end: k + 2, v: { kind: 'date', rel: { unit: 'week', n: s2 }, wd: wd.v } };
}

/** `the first Friday of July`, `the last Monday in May`, `the second Tuesday of next month`. */
export function nthWeekdayAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const j = c.is(i, 'the') ? i + 1 : i;
  const n = ORDINALS[c.word(j) ?? ''];
  if (n === undefined || n === 0 || n > 5) return null;
  const wd = weekdayAt(c, j + 1);
  if (!wd) return null;
  if (!c.is(wd.end, 'of', 'in')) {
    // `second Sunday` alone: that weekday of the current month; not `his first Sunday service`.
    const next = c.at(wd.end);
    if (n < 1 || c.is(i - 1, 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each', 'a'))
      return null;
    if (next?.kind === 'w' && !next.cap && !['at', 'and', 'or', 'to', 'until'].includes(next.low))
      return null;
    if (next?.kind === 'p' && next.low === '-' && next.gap === 0) return null;
    return { end: wd.end, v: { kind: 'date', wd: wd.v, nth: n, rel: { unit: 'month', n: 0 } } };
  }
  const k = wd.end + 1;
  const mo = monthAt(c, k, true);
  if (mo) {
    const y = yearAt(c, mo.end);
    const spec: DateSpec = { kind: 'date', m: mo.v, wd: wd.v, nth: n };
    if (y) spec.y = y.v;
    return { end: y ? y.end : mo.end, v: spec };
  }
  const s = WEEK_SHIFT[c.word(k) ?? ''];
  if (s !== undefined && c.is(k + 1, 'month'))
    return { end: k + 2, v: { kind: 'date', wd: wd.v, nth: n, rel: { unit: 'month', n: s } } };
  return null;
}
