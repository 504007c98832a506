/**
 * Absolute and partial calendar expressions: `January 17, 2022`, `Jan. 18`, `17 January`,
 * `2022-01-17`, `02/22/2016`, `February`, `2023`, `the 1990s`, `the third quarter`, `spring 2021`,
 * and clock times (`11:30 a.m.`, `3 p.m. Moscow time`, `noon`). Each rule reads a bounded number
 * of tokens from its start.
 */
import { validDay } from '../calendar.ts';
import { BARE_YEAR_MAX, BARE_YEAR_MIN, YEAR_MIN } from '../constants.ts';
import {
  AMBIGUOUS_MONTHS,
  AMBIGUOUS_WEEKDAYS,
  COUNTED_NOUNS,
  DECADE_WORDS,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  SEASONS,
  TIME_ZONES,
  UNITS,
  WEEKDAYS,
  wordTable,
} from '../lexicon.ts';
import { assignSpec, type Cursor, copySpec, type DateSpec, type Part } from './types.ts';

/** A matched piece: its end token (exclusive) and a value. */
export interface Hit<T> {
  readonly end: number;
  readonly v: T;
  /** The sub-rule that matched, appended to the rule name in `by`. */
  readonly rule?: string;
  /** The pieces TimeML tags on their own, when they differ from the whole. */
  readonly parts?: readonly Part[];
}

const ABBREV_MONTH = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A month name at `i` (abbreviations may carry a dot). `loose` admits ambiguous words (`may`, `march`). */
export function monthAt(c: Cursor, i: number, loose: boolean): Hit<number> | null {
  const t = c.at(i);
  if (t?.kind !== 'w') return null;
  const m = MONTHS[t.low];
  if (m === undefined) return null;
  if (!loose && AMBIGUOUS_MONTHS.has(t.low) && !t.cap) return null;
  if (t.low === 'may' && !loose) return null;
  let end = i + 1;
  if (ABBREV_MONTH.has(t.low) && c.punct(end, '.') && c.attached(end)) end++;
  return { end, v: m };
}

/** A weekday name at `i` (abbreviations only capitalised), with an optional comma after it. */
export function weekdayAt(c: Cursor, i: number): Hit<number> | null {
  const t = c.at(i);
  if (t?.kind !== 'w') return null;
  const wd = WEEKDAYS[t.low];
  if (wd === undefined) return null;
  let end = i + 1;
  if (AMBIGUOUS_WEEKDAYS.has(t.low)) {
    if (!t.cap) return null;
    if (c.punct(end, '.') && c.attached(end)) end++;
    else if (t.low === 'sat' || t.low === 'sun' || t.low === 'wed') return null;
  }
  return { end, v: wd };
}

/** A day of the month at `i`: `17`, `17th`, `first`. */
export function dayAt(c: Cursor, i: number): Hit<number> | null {
  const t = c.at(i);
  if (!t) return null;
  if (t.kind === 'n') {
    if (t.e - t.s > 2) return null;
    const d = Number(t.low);
    if (d < 1 || d > 31) return null;
    let end = i + 1;
    const suf = c.at(end);
    if (suf?.kind === 'w' && suf.gap === 0) {
      if (!['st', 'nd', 'rd', 'th'].includes(suf.low)) return null;
      end++;
    }
    // `17.5` or `17,000` are numbers, not days.
    if (c.punct(end, '.', ',', ':') && c.attached(end) && c.at(end + 1)?.kind === 'n' && c.attached(end + 1))
      return null;
    return { end, v: d };
  }
  if (t.kind === 'w') {
    if ((t.low === 'twenty' || t.low === 'thirty') && c.at(i + 1)) {
      const k = c.punct(i + 1, '-') && c.attached(i + 1) ? i + 2 : i + 1;
      const u = ORDINALS[c.word(k) ?? ''];
      if (u !== undefined && u >= 1 && u <= 9) {
        const d = (t.low === 'twenty' ? 20 : 30) + u;
        if (d <= 31) return { end: k + 1, v: d };
      }
    }
    const o = ORDINALS[t.low];
    if (o !== undefined && o > 0) return { end: i + 1, v: o };
  }
  return null;
}

/** A four-digit year at `i` (or `'98`), in `[min, max]`, not part of a longer number. */
export function yearAt(c: Cursor, i: number, min = YEAR_MIN, max = BARE_YEAR_MAX): Hit<number> | null {
  const t = c.at(i);
  if (!t) return null;
  if (t.kind === 'p' && (t.low === "'" || t.low === '\u2019')) {
    const n = c.at(i + 1);
    if (
      n?.kind === 'n' &&
      n.gap === 0 &&
      n.e - n.s === 2 &&
      !(c.at(i + 2)?.kind === 'w' && c.attached(i + 2))
    ) {
      const yy = Number(n.low);
      return { end: i + 2, v: yy < 30 ? 2000 + yy : 1900 + yy };
    }
    return null;
  }
  if (t.kind !== 'n' || t.e - t.s !== 4) return null;
  const y = Number(t.low);
  if (y < min || y > max) return null;
  const next = c.at(i + 1);
  if (next && next.gap === 0) {
    // 2021.5, 2,021, 2021st: numbers, not years.
    if ((next.low === '.' || next.low === ',') && c.at(i + 2)?.kind === 'n' && c.attached(i + 2)) return null;
    if (next.kind === 'w' || next.kind === 'n') return null;
  }
  return { end: i + 1, v: y };
}

/** A clock reading: 24-hour fields, and whether a meridiem (or noon, midnight) fixed the half of the day. */
export interface Clock {
  hh: number;
  mi: number;
  ss?: number;
  tz?: string;
  ampm?: boolean;
}

/** `11ish`, `11-ish`, `noonish`: an hour said roughly. */
export function roughHourAt(c: Cursor, i: number): Hit<DateSpec> | null {
  // Every number comes here: leave unless `ish` or a hyphen is glued on.
  const nx = c.toks[i + 1];
  if (c.toks[i]?.kind === 'n' && (nx?.gap !== 0 || (nx.low !== 'ish' && nx.low !== '-'))) return null;
  const t = c.at(i);
  if (t?.kind === 'w')
    return t.low === 'noonish' || t.low === 'midnightish'
      ? { end: i + 1, v: { kind: 'date', hh: t.low === 'noonish' ? 12 : 0, mi: 0, mod: 'APPROX' } }
      : null;
  if (t?.kind !== 'n' || t.e - t.s > 2) return null;
  const h = Number(t.low);
  if (h > 24) return null;
  const k = c.punct(i + 1, '-') && c.attached(i + 1) ? i + 2 : i + 1;
  if (!c.is(k, 'ish') || !c.attached(k)) return null;
  return { end: k + 1, v: { kind: 'date', hh: h, mi: 0, mod: 'APPROX' } };
}

/** A clock time at `i`: `11:30`, `11:30 a.m.`, `3 p.m.`, `noon`, `midnight`, `3 o'clock`, with a zone. */
export function clockAt(c: Cursor, i: number): Hit<Clock> | null {
  const t = c.at(i);
  if (!t) return null;
  let hh: number;
  let mi = 0;
  let ss: number | undefined;
  let end: number;
  let hasMer = false;
  if (t.kind === 'w' && (t.low === 'noon' || t.low === 'midday')) return fixed(withZone(c, i + 1, 12, 0));
  if (t.kind === 'w' && t.low === 'midnight') return fixed(withZone(c, i + 1, 24, 0));
  if (t.kind === 'w') return spelledClockAt(c, i);
  // `340pm`, `1140 a.m.`: hours and minutes run together, fixed by the meridiem.
  if (t.kind === 'n' && t.e - t.s >= 3 && t.e - t.s <= 4) {
    const mer = merAt(c, i + 1);
    const v = Number(t.low);
    const h = Math.floor(v / 100);
    const m = v % 100;
    if (!mer || h < 1 || h > 12 || m > 59) return null;
    const hh24 = mer.v === 'p' && h !== 12 ? h + 12 : mer.v === 'a' && h === 12 ? 0 : h;
    return fixed(withZone(c, mer.end, hh24, m));
  }
  if (t.kind !== 'n' || t.e - t.s > 2) return null;
  // `20 min past eight`: minutes before the hour they count from.
  if (
    (c.is(i + 1, 'min', 'mins', 'minute', 'minutes') && c.is(i + 2, 'past', 'after', 'to', 'before')) ||
    c.is(i + 1, 'past')
  )
    return spelledClockAt(c, i);
  hh = Number(t.low);
  end = i + 1;
  // `12 noon`, `12 midnight`.
  if (hh === 12 && c.is(end, 'noon', 'midnight', 'midday'))
    return fixed(withZone(c, end + 1, c.toks[end]!.low === 'midnight' ? 24 : 12, 0));
  let colon = false;
  if (c.punct(end, ':') && c.attached(end) && c.digits(end + 1) === 2 && c.attached(end + 1)) {
    mi = Number(c.at(end + 1)!.low);
    end += 2;
    colon = true;
    if (c.punct(end, ':') && c.attached(end) && c.digits(end + 1) === 2 && c.attached(end + 1)) {
      ss = Number(c.at(end + 1)!.low);
      end += 2;
    }
  } else if (
    c.punct(end, '.') &&
    c.attached(end) &&
    c.digits(end + 1) === 2 &&
    c.attached(end + 1) &&
    merAt(c, end + 2)
  ) {
    mi = Number(c.at(end + 1)!.low);
    end += 2;
    colon = true;
  }
  const mer = merAt(c, end);
  let ampm = false;
  if (mer) {
    hasMer = true;
    ampm = true;
    end = mer.end;
    if (hh < 1 || hh > 12) return null;
    if (mer.v === 'p' && hh !== 12) hh += 12;
    if (mer.v === 'a' && hh === 12) hh = 0;
  } else if (c.is(end, 'o') && c.punct(end + 1, "'", '\u2019') && c.is(end + 2, 'clock')) {
    end += 3;
    hasMer = true;
  } else if (
    c.is(end, 'in') &&
    c.is(end + 1, 'the') &&
    c.is(end + 2, 'morning', 'afternoon', 'evening', 'night')
  ) {
    // `4 in the morning`, `8 in the night`: the phrase names the half of the day.
    if (hh < 1 || hh > 12) return null;
    const part = c.toks[end + 2]!.low;
    if (part === 'night') hh = hh === 12 ? 0 : hh >= 6 ? hh + 12 : hh;
    else if (part !== 'morning' && hh !== 12) hh += 12;
    end += 3;
    hasMer = true;
    ampm = true;
  }
  if (!colon && !hasMer) return null;
  if (hh > 24 || mi > 59 || (ss ?? 0) > 59) return null;
  const z = withZone(c, end, hh, mi);
  if (ss !== undefined) z.v.ss = ss;
  if (ampm) z.v.ampm = true;
  return z;
}

function fixed(h: Hit<Clock>): Hit<Clock> {
  h.v.ampm = true;
  return h;
}

/** The clock read so far with a zone after it, if one is written (a fresh object the caller may extend). */
function withZone(c: Cursor, end: number, hh: number, mi: number): Hit<Clock> {
  const z = c.at(end);
  if (z?.kind === 'w' && TIME_ZONES.has(z.low) && (z.cap || z.low.length > 2)) {
    return { end: end + 1, v: { hh, mi, tz: z.low.toUpperCase() } };
  }
  // `local time`, `Moscow time`: one capitalised word then `time`.
  if (z?.kind === 'w' && (z.low === 'local' || z.cap) && c.is(end + 1, 'time')) {
    return { end: end + 2, v: { hh, mi, tz: z.low === 'local' ? 'local' : c.toks[end]!.low } };
  }
  return { end, v: { hh, mi } };
}

/** `a.m.`, `am`, `p.m.`, `pm` at `i`. */
function merAt(c: Cursor, i: number): Hit<'a' | 'p'> | null {
  const t = c.at(i);
  if (t?.kind !== 'w') return null;
  if (t.low === 'am' || t.low === 'pm') return { end: i + 1, v: t.low[0] as 'a' | 'p' };
  if (t.low !== 'a' && t.low !== 'p') return null;
  // `a.m.`, and as transcripts space it, `p. m.` or `p m`.
  let k = i + 1;
  if (c.punct(k, '.') && c.attached(k)) k++;
  const m = c.at(k);
  if (m?.kind !== 'w' || m.low !== 'm' || m.gap > 1) return null;
  const end = c.punct(k + 1, '.') && c.attached(k + 1) ? k + 2 : k + 1;
  return { end, v: t.low as 'a' | 'p' };
}

/**
 * A calendar date with a month name: `[Monday,] January 17[th][,] [2022]`, `[the] 17[th] [of] January
 * [2022]`, `January [of] 2022`. Ambiguous month words need a day or year beside them.
 */
export function monthDateAt(c: Cursor, i: number): Hit<DateSpec> | null {
  let j = i;
  const wd = weekdayAt(c, j);
  if (wd) {
    j = wd.end;
    if (c.punct(j, ',')) j++;
    if (c.is(j, 'the')) j++;
  }
  // `Friday 7/6`, `Thursday 29/03`: after a weekday, a numeric month and day without a year.
  if (wd && c.at(j)?.kind === 'n') {
    const md = monthDayNumbersAt(c, j);
    if (md) return { end: md.end, v: { kind: 'date', m: md.v.m, d: md.v.d, wd: wd.v } };
  }
  // Month first.
  const mo = monthAt(c, j, true);
  if (mo) {
    let k = mo.end;
    if (c.punct(k, '-', '/') && c.attached(k)) k++;
    else if (c.is(k, 'the')) k++;
    const day = dayAt(c, k);
    if (
      day &&
      !(
        c.punct(day.end, ':') &&
        c.attached(day.end) &&
        c.at(day.end + 1)?.kind === 'n' &&
        c.attached(day.end + 1)
      )
    ) {
      const spec: DateSpec = { kind: 'date', m: mo.v, d: day.v };
      let end = day.end;
      let y = c.punct(end, ',') ? yearAt(c, end + 1) : null;
      if (!y && c.is(end, 'of')) y = yearAt(c, end + 1);
      if (!y) y = yearAt(c, end);
      if (y) {
        spec.y = y.v;
        end = y.end;
      }
      if (wd) spec.wd = wd.v;
      return { end, v: spec };
    }
    let y = writtenYearAt(c, c.punct(mo.end, ',') ? mo.end + 1 : mo.end);
    if (!y && c.is(mo.end, 'of')) y = writtenYearAt(c, mo.end + 1);
    if (y) return { end: y.end, v: { kind: 'date', m: mo.v, y: y.v } };
    if (wd) return null;
    if (!ambiguousOk(c, j)) return null;
    // `February of this year` is one expression; `February this year` stays two (TimeML tags the
    // year apart), but the month still takes its year from the one named after it.
    const of = c.is(mo.end, 'of') ? 1 : 0;
    const shift = YEAR_SHIFTS[c.word(mo.end + of) ?? ''];
    if (shift !== undefined && c.is(mo.end + of + 1, 'year'))
      return { end: of ? mo.end + 3 : mo.end, v: { kind: 'date', m: mo.v, yShift: shift } };
    return { end: mo.end, v: { kind: 'date', m: mo.v } };
  }
  // Day first; never the decimals of a number (`6,107.31 August 2019`).
  const dp = c.at(j - 1);
  const decimals =
    dp?.kind === 'p' && (dp.low === '.' || dp.low === ',') && c.attached(j) && c.at(j - 2)?.kind === 'n';
  const day = decimals ? null : dayAt(c, j);
  if (day) {
    let k = day.end;
    if (c.is(k, 'of')) k++;
    else if (c.punct(k, '-', '/') && c.attached(k)) k++;
    const m2 = monthAt(c, k, true);
    if (
      m2 &&
      (c.toks[k]!.cap ||
        !AMBIGUOUS_MONTHS.has(c.toks[k]!.low) ||
        c.toks[j]!.kind === 'n' ||
        c.is(k - 1, 'of'))
    ) {
      const spec: DateSpec = { kind: 'date', m: m2.v, d: day.v };
      let end = m2.end;
      // `26 June, 2020`, `4th of July of 1995`.
      const y = yearAt(c, c.punct(end, ',') || c.is(end, 'of') ? end + 1 : end);
      if (y) {
        spec.y = y.v;
        end = y.end;
      }
      if (wd) spec.wd = wd.v;
      // `the first of May` needs `the`/`of` around an ordinal word.
      if (c.toks[j]!.kind === 'w' && !c.is(day.end, 'of')) return null;
      return { end, v: spec };
    }
    // `the 20th of next month`, `31st of this month`: a day of a shifted month.
    const shift = MONTH_SHIFTS[c.word(day.end + 1) ?? ''];
    if (c.is(day.end, 'of') && shift !== undefined && c.is(day.end + 2, 'month') && !m2)
      return { end: day.end + 3, v: { kind: 'date', d: day.v, rel: { unit: 'month', n: shift } } };
    // `Thursday the 21st`: the weekday only confirms a day of the month near the anchor.
    const suffixed = c.toks[j]!.kind === 'w' || day.end > j + 1;
    const after = c.at(day.end);
    // `Friday, the fourth quarter`: an ordinal of something else.
    const noun = after?.kind === 'w' && !after.cap && !ORDINAL_FOLLOWERS.has(after.low);
    if (wd && c.is(j - 1, 'the') && suffixed && !m2 && !noun)
      return { end: day.end, v: { kind: 'date', d: day.v, wd: wd.v } };
  }
  return null;
}

/** Words after `Friday the 11th` that leave the ordinal a day of the month. */
const ORDINAL_FOLLOWERS: ReadonlySet<string> = new Set([
  'at',
  'and',
  'or',
  'in',
  'on',
  'with',
  'until',
  'till',
  'to',
  'through',
  'from',
  'by',
  'for',
]);

const MONTH_SHIFTS: Readonly<Record<string, number>> = wordTable({
  this: 0,
  next: 1,
  last: -1,
  previous: -1,
});

/** `7/6`, `29/03`, `7-6`: a month and a day as numbers (US order unless the first cannot be a month). */
function monthDayNumbersAt(c: Cursor, i: number): Hit<{ m: number; d: number }> | null {
  const a = c.at(i);
  const sep = c.at(i + 1);
  const b = c.at(i + 2);
  if (a?.kind !== 'n' || a.e - a.s > 2 || sep?.kind !== 'p' || !['/', '-'].includes(sep.low)) return null;
  if (sep.gap !== 0 || b?.kind !== 'n' || b.gap !== 0 || b.e - b.s > 2) return null;
  const after = c.at(i + 3);
  if (after && after.gap === 0 && (after.kind !== 'p' || after.low === '/' || after.low === '-')) return null;
  let m = Number(a.low);
  let d = Number(b.low);
  if (m > 12) [m, d] = [d, m];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { end: i + 3, v: { m, d } };
}

/** Prepositions after which a bare `4/22` is a date (`on 9/11`, `since 7/2`, `from 10/1 to 11/7`). */
const NUMERIC_DAY_PREPS: ReadonlySet<string> = new Set([
  'on',
  'by',
  'until',
  'till',
  'since',
  'before',
  'after',
  'from',
  'to',
  'through',
  'in',
]);

/**
 * A month and day in numbers without a year after a preposition: `on 4/22`, `since 7/2`, `on 22/04`,
 * `on 4-22`. A hyphen needs `on` (`in 4-3` is a score); no noun may follow (`on 3-2 vote`).
 */
export function prepMonthDayAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const sep = c.toks[i + 1];
  if (sep?.kind !== 'p' || sep.gap !== 0 || (sep.low !== '/' && sep.low !== '-')) return null;
  const prep = c.word(i - 1);
  if (prep === undefined || !NUMERIC_DAY_PREPS.has(prep)) return null;
  const md = monthDayNumbersAt(c, i);
  if (!md) return null;
  const hyphen = c.toks[i + 1]!.low === '-';
  if (hyphen && prep !== 'on') return null;
  const next = c.at(md.end);
  if (next?.kind === 'n' || c.is(md.end, 'of', 'percent')) return null;
  if (
    hyphen &&
    next?.kind === 'w' &&
    !next.cap &&
    !['and', 'or', 'to', 'at', 'until', 'till', 'through'].includes(next.low)
  )
    return null;
  return { end: md.end, v: { kind: 'date', m: md.v.m, d: md.v.d } };
}

/** An ambiguous month word (`May`, `March`) counts only when capitalised mid-sentence or after a time word. */
function ambiguousOk(c: Cursor, i: number): boolean {
  const t = c.toks[i]!;
  if (!AMBIGUOUS_MONTHS.has(t.low) && t.low !== 'may') return t.cap || t.low.length > 3;
  if (!t.cap) return false;
  const prev = c.at(i - 1);
  // `Jan Smith`, `May Day`: a capitalised word after it makes a name.
  const next = c.at(i + 1);
  if (next?.kind === 'w' && next.cap && next.gap > 0) return false;
  if (prev?.kind === 'w' && MONTH_LEADS.has(prev.low)) return true;
  if (t.low === 'may' || t.low === 'march') return false;
  return c.punct(i + 1, '.');
}

/** Words after which a capitalised `May`, `March` or `Jan` is a month. */
const MONTH_LEADS: ReadonlySet<string> = new Set([
  'in',
  'of',
  'since',
  'until',
  'till',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'during',
  'through',
  'from',
  'before',
  'after',
  'to',
  'and',
  'between',
  'or',
  'throughout',
  'end',
  'beginning',
  'start',
  'middle',
  'each',
  'every',
]);

/** Numeric dates: `2022-01-17`, `2022/01/17`, `01/17/2022`, `17.01.2022`, `1/17/22`, and `2022-01`. */
export function numericDateAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const a = c.at(i);
  if (a?.kind !== 'n') return null;
  const la = a.e - a.s;
  const sep = c.at(i + 1);
  if (sep?.kind !== 'p' || sep.gap !== 0 || !['-', '/', '.'].includes(sep.low)) return null;
  const b = c.at(i + 2);
  if (b?.kind !== 'n' || b.gap !== 0 || b.e - b.s > 2) return null;
  const s2 = c.at(i + 3);
  const hasThird =
    s2?.kind === 'p' && s2.low === sep.low && s2.gap === 0 && c.at(i + 4)?.kind === 'n' && c.attached(i + 4);
  const prev = c.at(i - 1);
  if (prev && a.gap === 0 && (prev.kind === 'w' || prev.kind === 'n' || prev.low === '-' || prev.low === '/'))
    return null;
  if (la === 4) {
    const y = Number(a.low);
    const m = Number(b.low);
    if (m < 1 || m > 12) return null;
    if (hasThird) {
      const dt = c.at(i + 4)!;
      if (dt.e - dt.s > 2) return null;
      const d = Number(dt.low);
      if (d < 1 || d > 31) return null;
      if (tailsOn(c, i + 5)) return null;
      return { end: i + 5, v: { kind: 'date', y, m, d } };
    }
    if (sep.low !== '-' || tailsOn(c, i + 3) || b.e - b.s !== 2) return null;
    // `the 2010-11 season`: two years, not November.
    if (m === (y + 1) % 100) return null;
    return { end: i + 3, v: { kind: 'date', y, m } };
  }
  if (la > 2 || !hasThird || sep.low === '.') {
    if (!(la <= 2 && hasThird && sep.low === '.')) return null;
  }
  const ct = c.at(i + 4)!;
  const lc = ct.e - ct.s;
  if (lc !== 4 && lc !== 2) return null;
  if (tailsOn(c, i + 5)) return null;
  const y = lc === 4 ? Number(ct.low) : Number(ct.low) < 30 ? 2000 + Number(ct.low) : 1900 + Number(ct.low);
  let m = Number(a.low);
  let d = Number(b.low);
  // US order unless the first number cannot be a month, or the dot style (day first) is used.
  if (m > 12 || sep.low === '.') [m, d] = [d, m];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { end: i + 5, v: { kind: 'date', y, m, d } };
}

/** A slash or a hyphen at `k`. */
function isSlash(c: Cursor, k: number): boolean {
  const t = c.at(k);
  return t?.kind === 'p' && (t.low === '-' || t.low === '/');
}

/** Words that may follow a numeric month of a year without making the numbers a count. */
const YEAR_MONTH_FOLLOWERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'until', 'till', 'through']);

/** True when nothing after `i` makes the numbers before it a count, a score or part of a longer code. */
function endsNumbers(c: Cursor, i: number): boolean {
  if (tailsOn(c, i)) return false;
  const t = c.at(i);
  return t === undefined || t.kind === 'p' || (t.kind === 'w' && (t.cap || YEAR_MONTH_FOLLOWERS.has(t.low)));
}

/**
 * A month of a year written with numbers or a month word and a slash or hyphen: `2016/11`, `2015-3`,
 * `11/2016`, `3/2015`, `2016 - 11`, `Dec-2018`, and full dates around a month word: `2019-sep-1`,
 * `2019/aug/01`, `05-Aug-2016`, `23/Sep/2020`. Season spans (`2010-11`, `2015/16`) are never read
 * as a month, nor numbers a noun follows (`2016 - 11 people`).
 */
export function yearMonthAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const a = c.at(i);
  if (!a) return null;
  // Every number and month word comes here: leave at once unless a separator or a month may follow.
  const nx = c.toks[i + 1];
  if (!nx) return null;
  const slash = nx.kind === 'p' && (nx.low === '-' || nx.low === '/');
  if (!slash && !(a.kind === 'n' && a.e - a.s === 4 && (nx.kind === 'w' || nx.low === ','))) return null;
  const prev = c.at(i - 1);
  if (prev && a.gap === 0 && (prev.kind === 'n' || prev.low === '-' || prev.low === '/' || prev.kind === 'w'))
    return null;
  // A month word glued to a year, or between a year and a day: `Dec-2018`, `2019-sep-1`.
  if (a.kind === 'w') {
    const mo = monthAt(c, i, true);
    if (!mo || !isSlash(c, mo.end) || !c.attached(mo.end) || !c.attached(mo.end + 1)) return null;
    const y = yearAt(c, mo.end + 1, YEAR_MIN);
    if (!y || !endsNumbers(c, y.end)) return null;
    return { end: y.end, v: { kind: 'date', m: mo.v, y: y.v } };
  }
  if (a.kind !== 'n') return null;
  const la = a.e - a.s;
  if (la !== 4 && la > 2) return null;
  // `2016 November`, `2016, nov`: a year and then its month, with no day after.
  if (la === 4 && !slash) {
    const y = yearAt(c, i, BARE_YEAR_MIN);
    const k = c.punct(i + 1, ',') ? i + 2 : i + 1;
    const mo = y ? monthAt(c, k, true) : null;
    if (!y || !mo || (!ambiguousOk(c, k) && AMBIGUOUS_MONTHS.has(c.toks[k]!.low))) return null;
    const next = c.at(mo.end);
    if (
      next?.kind === 'n' ||
      (next?.kind === 'w' && next.cap) ||
      (c.punct(mo.end, '.') && c.at(mo.end + 1)?.kind === 'n')
    )
      return null;
    return { end: mo.end, v: { kind: 'date', y: y.v, m: mo.v } };
  }
  if (!slash) return null;
  const glued = c.attached(i + 1) && c.attached(i + 2);
  const mo = glued ? monthAt(c, i + 2, true) : null;
  if (mo && isSlash(c, mo.end) && c.attached(mo.end) && c.attached(mo.end + 1)) {
    // `2019-sep-1`, `05-Aug-2016`: the same separator on both sides of the month word.
    if (c.toks[mo.end]!.low !== c.toks[i + 1]!.low) return null;
    const b = c.at(mo.end + 1);
    if (b?.kind !== 'n') return null;
    const lb = b.e - b.s;
    const [y, d] =
      la === 4 && lb <= 2
        ? [Number(a.low), Number(b.low)]
        : la <= 2 && lb === 4
          ? [Number(b.low), Number(a.low)]
          : [0, 0];
    if (!validDay(y, mo.v, d) || y < YEAR_MIN || !endsNumbers(c, mo.end + 2)) return null;
    return { end: mo.end + 2, v: { kind: 'date', y, m: mo.v, d } };
  }
  const b = c.at(i + 2);
  if (b?.kind !== 'n') return null;
  const lb = b.e - b.s;
  // Glued (`2016/11`) only needs to end there; spaced (`2016 - 11`) must not run on into a noun.
  if (glued ? tailsOn(c, i + 3) : !endsNumbers(c, i + 3)) return null;
  if (la === 4 && lb <= 2) {
    const y = Number(a.low);
    const m = Number(b.low);
    if (y < BARE_YEAR_MIN || y > BARE_YEAR_MAX || m < 1 || m > 12 || m === (y + 1) % 100) return null;
    return { end: i + 3, v: { kind: 'date', y, m } };
  }
  if (la <= 2 && lb === 4) {
    const m = Number(a.low);
    const y = Number(b.low);
    if (y < BARE_YEAR_MIN || y > BARE_YEAR_MAX || m < 1 || m > 12) return null;
    return { end: i + 3, v: { kind: 'date', y, m } };
  }
  return null;
}

function tailsOn(c: Cursor, i: number): boolean {
  const t = c.at(i);
  return (
    t !== undefined &&
    t.gap === 0 &&
    (t.kind === 'n' ||
      t.kind === 'w' ||
      ((t.low === '-' || t.low === '/' || t.low === '.') && c.at(i + 1)?.kind === 'n' && c.attached(i + 1)))
  );
}

/** Decades and centuries: `the 1990s`, `1990s`, `'90s`, `the nineties`, `the 20th century`. */
export function decadeAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const t = c.at(i);
  if (!t) return null;
  if (t.kind === 'n' && t.e - t.s === 4 && c.is(i + 1, 's') && c.attached(i + 1)) {
    const y = Number(t.low);
    if (y % 10 !== 0 || y < YEAR_MIN || y > BARE_YEAR_MAX) return null;
    return { end: i + 2, v: { kind: 'date', decade: y / 10 } };
  }
  if (
    (t.low === "'" || t.low === '\u2019') &&
    c.digits(i + 1) === 2 &&
    c.attached(i + 1) &&
    c.is(i + 2, 's') &&
    c.attached(i + 2)
  ) {
    const yy = Number(c.toks[i + 1]!.low);
    if (yy % 10 !== 0) return null;
    return { end: i + 3, v: { kind: 'date', decade: (yy < 30 ? 200 : 190) + yy / 10 } };
  }
  if (t.kind === 'w' && DECADE_WORDS[t.low] !== undefined && c.is(i - 1, 'the', 'mid', 'early', 'late')) {
    return { end: i + 1, v: { kind: 'date', decade: 190 + DECADE_WORDS[t.low]! } };
  }
  // `20th century`, `twentieth century`
  let n: number | undefined;
  let end = i + 1;
  if (t.kind === 'n' && t.e - t.s <= 2) {
    n = Number(t.low);
    if (c.is(end, 'st', 'nd', 'rd', 'th') && c.attached(end)) end++;
    else n = undefined;
  } else if (t.kind === 'w') {
    n =
      ORDINALS[t.low] ??
      (t.low === 'twentieth' ? 20 : t.low === 'nineteenth' ? 19 : t.low === 'eighteenth' ? 18 : undefined);
    if (c.punct(end, '-') && c.is(end + 1, 'first') && t.low === 'twenty') {
      n = 21;
      end += 2;
    }
  }
  if (n !== undefined && n > 0 && n <= 30 && c.is(end, 'century'))
    return { end: end + 1, v: { kind: 'date', century: n - 1 } };
  return null;
}

/** A bare year (`2023`, `fiscal 1989`), with the guards that keep names and counts out. */
export function bareYearAt(c: Cursor, i: number): Hit<DateSpec> | null {
  let j = i;
  if (c.is(i, 'fiscal')) j++;
  const y = yearAt(c, j, BARE_YEAR_MIN, BARE_YEAR_MAX);
  if (!y) return null;
  return { end: y.end, v: { kind: 'date', y: y.v } };
}

/** Seasons: `spring`, `the summer of 2021`, `winter 2022`, `fall` (only with a determiner or year). */
export function seasonAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const t = c.at(i);
  if (t?.kind !== 'w') return null;
  const s = SEASONS[t.low];
  if (!s) return null;
  let end = i + 1;
  let y = yearAt(c, end) ?? spelledYear(c, end);
  if (!y && c.is(end, 'of')) y = yearAt(c, end + 1) ?? spelledYear(c, end + 1);
  if (y) return { end: y.end, v: { kind: 'date', season: s, y: y.v } };
  if (
    t.low === 'fall' &&
    !c.is(i - 1, 'the', 'this', 'last', 'next', 'in', 'late', 'early', 'mid', 'past', 'coming')
  )
    return null;
  // `the fall of the Soviet Union`, `the spring of discontent`: a season needs its year after `of`.
  if (c.is(end, 'of')) return null;
  if (
    c.at(end)?.kind === 'w' &&
    [
      'season',
      'session',
      'term',
      'collection',
      'line',
      'camp',
      'school',
      'semester',
      'olympics',
      'games',
      'offensive',
    ].includes(c.toks[end]!.low)
  )
    return null;
  end = i + 1;
  return { end, v: { kind: 'date', season: s } };
}

/** Quarters and halves: `the third quarter [of 2021]`, `third-quarter`, `Q3 2021`, `the first half`. */
export function quarterAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const t = c.at(i);
  if (!t) return null;
  // `2017 Q1`, `2019-Q1`, `2019-H2`: a year, then the quarter or half as written.
  const yq = yearAt(c, i);
  if (yq) {
    let k = yq.end;
    if (c.punct(k, '-') && c.attached(k) && c.attached(k + 1)) k++;
    const w = c.word(k);
    if ((w === 'q' || w === 'h') && c.digits(k + 1) === 1 && c.attached(k + 1)) {
      const n = Number(c.toks[k + 1]!.low);
      const after = c.at(k + 2);
      const ok =
        (w === 'q' ? n >= 1 && n <= 4 : n >= 1 && n <= 2) &&
        !(after && after.gap === 0 && after.kind !== 'p');
      if (ok)
        return {
          end: k + 2,
          v: w === 'q' ? { kind: 'date', q: n, y: yq.v } : { kind: 'date', half: n, y: yq.v },
        };
    }
  }
  if (t.kind === 'n' && !c.is(i + 1, 'fiscal') && ORDINALS[c.word(i + 1) ?? ''] === undefined) return null;
  // `Q3 2021`, `Q3`: the scanner splits the letter from the digit.
  if (t.kind === 'w' && t.low === 'q' && c.digits(i + 1) === 1 && c.attached(i + 1)) {
    const q = Number(c.toks[i + 1]!.low);
    const after = c.at(i + 2);
    if (q < 1 || q > 4 || (after && after.gap === 0 && after.kind !== 'p')) return null;
    const spec: DateSpec = { kind: 'date', q };
    const y = yearAt(c, i + 2);
    if (y) spec.y = y.v;
    return { end: y ? y.end : i + 2, v: spec };
  }
  if (t.kind === 'p') return null;
  const lead = yearAt(c, i);
  const y0 = lead ? lead.v : undefined;
  const at = lead ? lead.end : i;
  // `fiscal third quarter`, `the fiscal-first quarter`.
  const fiscal = !c.is(at, 'fiscal')
    ? 0
    : c.punct(at + 1, '-') && c.attached(at + 1) && c.attached(at + 2)
      ? 2
      : 1;
  let o = ORDINALS[c.word(at + fiscal) ?? ''];
  let k = at + 1 + fiscal;
  if (c.punct(k, '-') && c.attached(k)) k++;
  const unit = c.word(k);
  // `the last quarter` is the fourth; `last quarter` alone is the one before this (relative.ts).
  if (o === -1 && !c.is(i - 1, 'the') && lead === null) return null;
  if (o === -1) o = unit === 'half' ? 2 : 4;
  if (o === undefined || o < 1 || o > 4) return null;
  if (unit !== 'quarter' && !(unit === 'half' && o <= 2)) return null;
  const spec: DateSpec = unit === 'quarter' ? { kind: 'date', q: o } : { kind: 'date', half: o };
  if (y0 !== undefined) spec.y = y0;
  let end = k + 1;
  let y = c.is(end, 'of') ? yearAt(c, end + 1) : yearAt(c, end);
  if (!y && c.is(end, 'of', 'in') && c.is(end + 1, 'fiscal')) y = yearAt(c, end + 2);
  if (y) {
    spec.y = y.v;
    end = y.end;
  } else if (c.is(end, 'of') && c.is(end + 1, 'this', 'next', 'last') && c.is(end + 2, 'year')) {
    const w = c.toks[end + 1]!.low;
    spec.yShift = w === 'this' ? 0 : w === 'next' ? 1 : -1;
    end += 3;
  }
  return { end, v: spec };
}

const LOWER_CASE_HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas',
  'halloween',
  'thanksgiving',
  'juneteenth',
]);

/** Holidays: `Christmas`, `New Year's Day`, `Thanksgiving`, `Labor Day 2021`. */
export function holidayAt(c: Cursor, i: number): Hit<DateSpec> | null {
  const t = c.at(i);
  if (t?.kind !== 'w') return null;
  let key = '';
  let best: Hit<DateSpec> | null = null;
  let k = i;
  for (let n = 0; n < 6 && k < c.toks.length; n++) {
    const w = c.at(k);
    if (!w) break;
    if (w.kind === 'p' && (w.low === "'" || w.low === '\u2019')) {
      k++;
      if (c.is(k, 's') && c.attached(k)) k++;
      continue;
    }
    // All capitalised (`Father's Day`) or all lower case (`father's day`), not a mix.
    if (w.kind !== 'w' || (w.cap !== t.cap && n > 0)) break;
    key = key ? `${key} ${w.low}` : w.low;
    k++;
    if (HOLIDAYS[key]) best = { end: k, v: { kind: 'date', holiday: key } };
  }
  if (!best) return null;
  // In lower case only names that are no ordinary words: `christmas`, `father's day`, not `easter`
  // (a surname and a direction) or `may day`.
  if (!t.cap && !LOWER_CASE_HOLIDAYS.has(best.v.holiday!) && !/ (day|eve)$/.test(best.v.holiday!))
    return null;
  if (!t.cap && best.v.holiday === 'may day') return null;
  const ofYear = c.is(best.end, 'of') ? best.end + 1 : c.punct(best.end, ',') ? best.end + 1 : best.end;
  const y = yearAt(c, ofYear);
  if (y) best.v.y = y.v;
  const end = y ? y.end : best.end;
  // `Easter week`, `Christmas week`: the week that holds the holiday.
  if (!y && c.is(end, 'week') && !(c.punct(end + 1, '-') && c.attached(end + 1)))
    return { end: end + 1, v: assignSpec(copySpec(best.v), { weekOf: true }) };
  return y ? { end, v: best.v } : best;
}

/** Number words of a spelled-out year ("nineteen ninety-one"): tens and ones from the shared lexicon. */
const pick = (ok: (word: string, v: number) => boolean): Readonly<Record<string, number>> =>
  wordTable(Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([w, v]) => ok(w, v))));
/** Words that count but are not digits' names ("a couple"). */
const NOT_DIGIT_NAMES = new Set(['a', 'an', 'single', 'couple', 'dozen']);
const TENS = pick((w, v) => v >= 10 && v <= 90 && v % 10 === 0 && !NOT_DIGIT_NAMES.has(w));
const ONES = pick((w, v) => v >= 1 && v <= 9 && !NOT_DIGIT_NAMES.has(w));
const TEENS: Readonly<Record<string, number>> = wordTable({
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

/** A spelled-out year as a number. */
function spelledYear(c: Cursor, i: number): Hit<number> | null {
  const h = spelledYearAt(c, i);
  return h?.v.y !== undefined ? { end: h.end, v: h.v.y } : null;
}

/** A year after a month, in digits (from `YEAR_MIN`) or spelled out (`January nineteen ninety-seven`). */
function writtenYearAt(c: Cursor, i: number): Hit<number> | null {
  return yearAt(c, i, YEAR_MIN) ?? spelledYear(c, i);
}

const YEAR_SHIFTS: Readonly<Record<string, number>> = wordTable({ this: 0, next: 1, last: -1, previous: -1 });

/** Years spelled out, as transcripts write them: `nineteen ninety-six`, `the year two thousand`. */
export function spelledYearAt(c: Cursor, i: number): Hit<DateSpec> | null {
  let j = i;
  if (c.is(j, 'the') && c.is(j + 1, 'year')) j += 2;
  if (c.is(j, 'nineteen', 'eighteen')) {
    const hundred = c.toks[j]!.low === 'nineteen' ? 1900 : 1800;
    const tens = TENS[c.word(j + 1) ?? ''];
    if (tens === undefined) return null;
    let end = j + 2;
    let y = hundred + tens;
    if (c.punct(end, '-') && c.attached(end) && ONES[c.word(end + 1) ?? ''] !== undefined) {
      y += ONES[c.toks[end + 1]!.low]!;
      end += 2;
    } else if (ONES[c.word(end) ?? ''] !== undefined) {
      y += ONES[c.toks[end]!.low]!;
      end++;
    }
    return { end, v: { kind: 'date', y } };
  }
  if (c.is(j, 'two') && c.is(j + 1, 'thousand') && j > i) {
    let end = j + 2;
    let y = 2000;
    if (c.is(end, 'and')) end++;
    const o = ONES[c.word(end) ?? ''] ?? TEENS[c.word(end) ?? ''];
    if (o !== undefined) {
      y += o;
      end++;
    } else if (c.is(end - 1, 'and')) end--;
    return { end, v: { kind: 'date', y } };
  }
  return null;
}

const HOURS: Readonly<Record<string, number>> = wordTable({ ...ONES, ten: 10, eleven: 11, twelve: 12 });

/** Words in `s` after a clock time that are not plural nouns. */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  'this',
  'was',
  'has',
  'does',
  'thus',
  'plus',
  'less',
  'unless',
]);

/** Minutes at `i`: digits below 60, or number words (`twenty`, `twenty-five`, `fifteen`). */
function minutesAt(c: Cursor, i: number): Hit<number> | null {
  const t = c.at(i);
  if (t?.kind === 'n') {
    const v = t.e - t.s <= 2 ? Number(t.low) : 60;
    return v >= 1 && v < 60 ? { end: i + 1, v } : null;
  }
  return minuteWordsAt(c, i) ?? (ONES[t?.low ?? ''] !== undefined ? { end: i + 1, v: ONES[t!.low]! } : null);
}

/** Minutes in words at `i`: `ten`–`nineteen`, or tens (`twenty`–`fifty`) with an optional digit word. */
function minuteWordsAt(c: Cursor, i: number): Hit<number> | null {
  const w = c.word(i);
  if (w === undefined) return null;
  if (w === 'ten') return { end: i + 1, v: 10 };
  if (TEENS[w] !== undefined) return { end: i + 1, v: TEENS[w]! };
  const tens = TENS[w];
  if (tens === undefined || tens < 20 || tens > 50) return null;
  let k = i + 1;
  if (c.punct(k, '-') && c.attached(k)) k++;
  const one = ONES[c.word(k) ?? ''];
  return one !== undefined ? { end: k + 1, v: tens + one } : { end: i + 1, v: tens };
}

/** An hour at `i`: digits (1–12) or a number word. */
function hourAt(c: Cursor, i: number): number | undefined {
  const t = c.at(i);
  if (!t) return undefined;
  const h = t.kind === 'n' && t.e - t.s <= 2 ? Number(t.low) : t.kind === 'w' ? HOURS[t.low] : undefined;
  return h !== undefined && h >= 1 && h <= 12 ? h : undefined;
}

/**
 * Clock times in words: `seven o'clock`, `seven pm`, `half past seven`, `a quarter to nine`,
 * `20 minutes past eight`. Without a meridiem they stay as read (TIMEX3 has no am/pm ambiguity mark).
 */
function spelledClockAt(c: Cursor, i: number): Hit<Clock> | null {
  let j = i;
  let mi: number | undefined;
  let to = false;
  if (c.is(j, 'a') && c.is(j + 1, 'quarter')) j++;
  if (c.is(j, 'three') && c.is(j + 1, 'quarters') && c.is(j + 2, 'past', 'after')) {
    mi = 45;
    j += 2;
  } else if (c.is(j, 'half', 'quarter')) {
    mi = c.toks[j]!.low === 'half' ? 30 : 15;
    j++;
  } else {
    // `20 minutes past eight`, `three minutes to eight`, `10 past 9`, `fifteen past eight`. A bare
    // count before `to` is a range of hours (`5 to 6 p.m.`), so `to` needs the word `minutes`.
    const m = minutesAt(c, j);
    if (m) {
      let k = m.end;
      const unit = c.is(k, 'min', 'mins', 'minute', 'minutes');
      if (unit) k++;
      if (c.is(k, 'past', 'after') || (unit && c.is(k, 'to', 'before'))) {
        mi = m.v;
        j = k;
      }
    }
  }
  if (mi !== undefined) {
    if (!c.is(j, 'past', 'after', 'to', 'before')) return null;
    to = c.toks[j]!.low === 'to' || c.toks[j]!.low === 'before';
    j++;
  }
  let hh = hourAt(c, j);
  if (hh === undefined) return null;
  let end = j + 1;
  if (mi === undefined && c.at(j)?.kind === 'n') return null;
  // `seven thirty`, `ten forty five`: the minutes in words after the hour word.
  let spelled: number | undefined;
  if (mi === undefined) {
    const m = minuteWordsAt(c, end);
    if (m) {
      spelled = m.v;
      end = m.end;
    }
  }
  if (c.is(end, 'o') && c.punct(end + 1, "'", '\u2019') && c.is(end + 2, 'clock')) end += 3;
  else if (c.is(end, 'oclock')) end++;
  let mer: 'a' | 'p' | undefined;
  const written = merAt(c, end);
  if (written) {
    mer = written.v;
    end = written.end;
  } else if (c.is(end, 'in') && c.is(end + 1, 'the') && c.is(end + 2, 'morning', 'afternoon', 'evening')) {
    mer = c.toks[end + 2]!.low === 'morning' ? 'a' : 'p';
    end += 3;
  }
  if (mi === undefined && spelled === undefined && end === j + 1) return null;
  // `2 past 3 percent`, `ten past nine games`: the numbers count something.
  const next = c.at(end);
  const plural =
    next !== undefined && next.low.length > 3 && next.low.endsWith('s') && !NOT_PLURAL.has(next.low);
  if (
    !mer &&
    next?.kind === 'w' &&
    !next.cap &&
    (plural || COUNTED_NOUNS.has(next.low) || UNITS[next.low] || next.low === 'percent')
  )
    return null;
  // Hour and minute words alone (`seven thirty`) are a time only with a meridiem or after `at`.
  if (spelled !== undefined && !mer && !c.is(i - 1, 'at', 'by', 'until', 'till', 'around', 'for'))
    return null;
  let minutes = mi ?? spelled ?? 0;
  if (to) {
    hh = hh === 1 ? 12 : hh - 1;
    minutes = 60 - minutes;
  }
  if (mer === 'p' && hh !== 12) hh += 12;
  if (mer === 'a' && hh === 12) hh = 0;
  const z = withZone(c, end, hh, minutes);
  return mer ? fixed(z) : z;
}
