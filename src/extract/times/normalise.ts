/**
 * Resolution of what the grammar read into TIMEX3 values and inclusive bounds against an anchor
 * day. Parts not written in the text are listed as implied; without an anchor they stay `X`.
 */
import type { TimeMod, TimeType } from '../../model/mention.ts';
import {
  addMonths,
  fromDays,
  isoOfDays,
  isoWeek,
  isoWeekMonday,
  monthDays,
  pad,
  toDays,
  validDay,
  weekday,
  type Ymd,
} from './calendar.ts';
import { MONTH_SLACK, YEAR_SLACK_DAYS } from './constants.ts';
import { durationValue } from './grammar/duration.ts';
import { assignSpec, copySpec, type DateSpec, type Dir, type Spec } from './grammar/types.ts';
import { HOLIDAYS, type Holiday } from './lexicon.ts';
import type { Tense } from './tense.ts';

/** The reference day an expression resolves against. */
export interface AnchorDay extends Ymd {
  readonly days: number;
}

/** Builds an anchor from an ISO date or date-time. */
export function anchorOf(iso: string | null): AnchorDay | null {
  if (!iso) return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!validDay(y, m, d)) return null;
  return { y, m, d, days: toDays(y, m, d) };
}

/** A resolved time value. */
export interface Resolved {
  readonly value: string;
  readonly type: TimeType;
  readonly start: string | null;
  readonly end: string | null;
  readonly mod: TimeMod | null;
  readonly implied: readonly string[];
  /** The anchor was read to make the value. */
  readonly anchored: boolean;
  /** The day (count) the value denotes, when it denotes one day: the next narrative time. */
  readonly day: number | null;
}

/** What a shift of the anchor by a unit leaves unwritten. */
const REL_IMPLIED: Readonly<Record<string, readonly string[]>> = {
  second: ['year', 'month', 'day', 'time'],
  minute: ['year', 'month', 'day', 'time'],
  hour: ['year', 'month', 'day', 'time'],
  day: ['year', 'month', 'day'],
  week: ['year', 'week'],
  weekend: ['year', 'week'],
  fortnight: ['year', 'week'],
  month: ['year', 'month'],
  quarter: ['year', 'quarter'],
  year: ['year'],
  decade: ['decade'],
  century: ['century'],
};

const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function yearStr(y: number): string {
  return pad(y, 4);
}

interface Period {
  value: string;
  lo: number | null;
  hi: number | null;
}

function narrow(lo: number, hi: number, mod: TimeMod | undefined): [number, number] {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return [lo, hi];
  const len = hi - lo + 1;
  // A single day (`late Friday night`) keeps its bounds: the mod says where in it.
  if (len < 3) return [lo, hi];
  const third = Math.floor(len / 3);
  if (mod === 'START') return [lo, lo + third - 1];
  if (mod === 'MID') return [lo + third, hi - third];
  return [hi - third + 1, hi];
}

/**
 * Picks the year of a month-day, month, season or quarter written without one: the occurrence
 * nearest the anchor, unless the sentence's tense points the other way by more than a slack
 * (a past-tense "in December" in January is last December; "Dec. 7" in November stays ahead).
 * Written directions (`last September`) are strict.
 */
function inferYear(
  key: number,
  anchorKey: number,
  A: AnchorDay,
  dir: Dir | undefined,
  tense: Tense,
  slack: number,
): number {
  if (dir === 'this') return A.y;
  if (dir === 'past') return key < anchorKey ? A.y : A.y - 1;
  if (dir === 'future') return key > anchorKey ? A.y : A.y + 1;
  const diff = key - anchorKey;
  let y = diff > 183 ? A.y - 1 : diff < -183 ? A.y + 1 : A.y;
  const off = key + (y - A.y) * 365 - anchorKey;
  if (tense === 'past' && off > slack) y--;
  else if (tense === 'future' && off < -slack) y++;
  return y;
}

function dayKey(m: number, d: number): number {
  return toDays(2001, m, Math.min(d, 28)) - toDays(2001, 1, 1) + (d > 28 ? d - 28 : 0);
}

/** `hh:mm` or `hh:mm:ss` of a spec's clock time. */
function clockOf(s: DateSpec): string {
  return `${pad(s.hh === 24 ? 0 : s.hh!)}:${pad(s.mi ?? 0)}${s.ss !== undefined ? `:${pad(s.ss)}` : ''}`;
}

/** The resolved value of a period read from `s` (a module function: a closure per call costs on this hot path). */
function done(
  s: DateSpec,
  implied: string[],
  anchored: boolean,
  p: Period,
  type: TimeType = 'date',
  day: number | null = null,
  time?: string,
): Resolved {
  let start: string | null = null;
  let end: string | null = null;
  if (p.lo !== null && p.hi !== null) {
    const [lo, hi] = narrow(p.lo, p.hi, s.mod);
    start = isoOfDays(lo);
    end = isoOfDays(hi);
  }
  if (time !== undefined && start !== null) {
    start = `${start}T${time}`;
    end = start;
  }
  return { value: p.value, type, start, end, mod: s.mod ?? null, implied, anchored, day };
}

/** Resolves a date spec. Returns null when the fields do not make a real date. */
export function resolveDate(s: DateSpec, A: AnchorDay | null, tense: Tense): Resolved | null {
  const implied: string[] = [];
  let anchored = false;
  const mod = s.mod ?? null;
  if (s.ref) {
    anchored = A !== null;
    const a = A ? isoOfDays(A.days) : null;
    const type: TimeType = 'date';
    const start = s.ref === 'PAST_REF' ? null : a;
    const end = s.ref === 'FUTURE_REF' ? null : a;
    return { value: s.ref, type, start, end, mod, implied, anchored, day: null };
  }

  if (s.base && s.rel) {
    // `the day before last Tuesday`: shift the day the base names; `now` is the anchor itself.
    const b = s.base.ref === 'PRESENT_REF' ? null : resolveDate(s.base, A, tense);
    const day = s.base.ref === 'PRESENT_REF' ? (A?.days ?? null) : (b?.day ?? null);
    const rel = { kind: 'date' as const, rel: s.rel };
    if (day === null) return A ? null : resolveDate(rel, null, tense);
    const r = resolveDate(rel, anchorOfDays(day), tense);
    return r && { ...r, implied: b?.implied ?? r.implied, anchored: b?.anchored ?? true };
  }
  if (s.weekend) {
    const back = A !== null && (tense ?? 'past') === 'past' && weekday(A.days) < 6;
    return resolveDate(
      s.mod
        ? { kind: 'date', rel: { unit: 'weekend', n: back ? -1 : 0 }, mod: s.mod }
        : { kind: 'date', rel: { unit: 'weekend', n: back ? -1 : 0 } },
      A,
      tense,
    );
  }
  if (s.rel) {
    const { unit, n } = s.rel;
    const pod = s.pod ? `T${s.pod}` : '';
    implied.push(...(REL_IMPLIED[unit] ?? ['year']));
    if (!A || !Number.isFinite(n)) {
      const x: Record<string, string> = {
        day: 'XXXX-XX-XX',
        week: 'XXXX-WXX',
        weekend: 'XXXX-WXX-WE',
        month: 'XXXX-XX',
        quarter: 'XXXX-QX',
        year: 'XXXX',
        decade: 'XXX',
        century: 'XX',
      };
      const t = s.hh !== undefined ? `T${clockOf(s)}` : pod;
      return done(
        s,
        implied,
        anchored,
        { value: (x[unit] ?? 'XXXX-XX-XX') + t, lo: null, hi: null },
        t ? 'time' : 'date',
      );
    }
    anchored = true;
    switch (unit) {
      case 'second':
      case 'minute':
      case 'hour':
      case 'day': {
        const k = unit === 'day' ? n : 0;
        const D = A.days + k;
        if (s.hh !== undefined) {
          const time = clockOf(s);
          return done(
            s,
            implied,
            anchored,
            { value: `${isoOfDays(D)}T${time}`, lo: D, hi: D },
            'time',
            D,
            time,
          );
        }
        return done(
          s,
          implied,
          anchored,
          { value: isoOfDays(D) + pod, lo: D, hi: D },
          pod ? 'time' : 'date',
          D,
        );
      }
      case 'week':
      case 'fortnight':
      case 'weekend': {
        const D = A.days + 7 * n;
        const { y, w } = isoWeek(D);
        const mon = isoWeekMonday(y, w);
        if (s.wd !== undefined) {
          const day = mon + s.wd - 1;
          return done(s, implied, anchored, { value: isoOfDays(day), lo: day, hi: day }, 'date', day);
        }
        if (unit === 'weekend')
          return done(s, implied, anchored, {
            value: `${yearStr(y)}-W${pad(w)}-WE`,
            lo: mon + 5,
            hi: mon + 6,
          });
        return done(s, implied, anchored, { value: `${yearStr(y)}-W${pad(w)}`, lo: mon, hi: mon + 6 });
      }
      case 'month': {
        const { y, m } = addMonths(A.y, A.m, n);
        if (s.d !== undefined) {
          if (!validDay(y, m, s.d)) return null;
          const day = toDays(y, m, s.d);
          return done(s, implied, anchored, { value: isoOfDays(day), lo: day, hi: day }, 'date', day);
        }
        if (s.lastDay) {
          const day = toDays(y, m, monthDays(y, m));
          return done(s, implied, anchored, { value: isoOfDays(day), lo: day, hi: day }, 'date', day);
        }
        if (s.wd !== undefined && s.nth !== undefined) {
          const day = nthWeekday(y, m, s.wd, s.nth);
          if (day === null) return null;
          return done(s, implied, anchored, { value: isoOfDays(day), lo: day, hi: day }, 'date', day);
        }
        return done(s, implied, anchored, {
          value: `${yearStr(y)}-${pad(m)}`,
          lo: toDays(y, m, 1),
          hi: toDays(y, m, monthDays(y, m)),
        });
      }
      case 'quarter': {
        const t = A.y * 4 + Math.floor((A.m - 1) / 3) + n;
        const y = Math.floor(t / 4);
        const q = (t % 4) + 1;
        return done(s, implied, anchored, {
          value: `${yearStr(y)}-Q${q}`,
          lo: toDays(y, q * 3 - 2, 1),
          hi: toDays(y, q * 3, monthDays(y, q * 3)),
        });
      }
      case 'year': {
        const y = A.y + n;
        return done(s, implied, anchored, { value: yearStr(y), lo: toDays(y, 1, 1), hi: toDays(y, 12, 31) });
      }
      case 'decade': {
        const dec = Math.floor(A.y / 10) + n;
        return done(s, implied, anchored, {
          value: String(dec),
          lo: toDays(dec * 10, 1, 1),
          hi: toDays(dec * 10 + 9, 12, 31),
        });
      }
      case 'century': {
        const cen = Math.floor(A.y / 100) + n;
        return done(s, implied, anchored, {
          value: pad(cen, 2),
          lo: toDays(cen * 100, 1, 1),
          hi: toDays(cen * 100 + 99, 12, 31),
        });
      }
    }
  }

  const time = s.hh !== undefined ? clockOf(s) : undefined;
  const podSuffix = time !== undefined ? `T${time}` : s.pod ? `T${s.pod}` : '';
  const type: TimeType = podSuffix ? 'time' : 'date';

  if (s.wd !== undefined && s.m !== undefined && s.nth !== undefined) {
    implied.push('day');
    let y = s.y;
    if (y === undefined) {
      implied.push('year');
      if (!A) return done(s, implied, anchored, { value: `XXXX-${pad(s.m)}`, lo: null, hi: null });
      anchored = true;
      y = s.m < A.m && tense !== 'past' ? A.y + 1 : s.m > A.m && tense === 'past' ? A.y - 1 : A.y;
    }
    const day = nthWeekday(y, s.m, s.wd, s.nth);
    if (day === null) return null;
    return done(s, implied, anchored, { value: isoOfDays(day), lo: day, hi: day }, 'date', day);
  }
  if (s.wd !== undefined && s.m === undefined && s.d !== undefined && s.y === undefined) {
    // `Thursday the 21st`: the month near the anchor in which that day is that weekday.
    implied.push('year', 'month');
    if (!A)
      return done(
        s,
        implied,
        anchored,
        { value: `XXXX-XX-${pad(s.d)}${podSuffix}`, lo: null, hi: null },
        type,
      );
    anchored = true;
    let best: number | null = null;
    for (let k = -6; k <= 6; k++) {
      const { y, m } = addMonths(A.y, A.m, k);
      if (!validDay(y, m, s.d)) continue;
      const D = toDays(y, m, s.d);
      if (weekday(D) !== s.wd) continue;
      const dist = Math.abs(D - A.days) + (tense === 'past' && D > A.days ? 1000 : 0);
      const bestDist =
        best === null ? 0 : Math.abs(best - A.days) + (tense === 'past' && best > A.days ? 1000 : 0);
      if (best === null || dist < bestDist) best = D;
    }
    if (best === null) return null;
    return done(
      s,
      implied,
      anchored,
      { value: isoOfDays(best) + podSuffix, lo: best, hi: best },
      type,
      best,
      time,
    );
  }
  if (s.wd !== undefined && s.m === undefined) {
    implied.push('year', 'month', 'day');
    if (!A)
      return done(s, implied, anchored, { value: `XXXX-WXX-${s.wd}${podSuffix}`, lo: null, hi: null }, type);
    anchored = true;
    const dir = s.dir ?? tense ?? 'past';
    const back = (weekday(A.days) - s.wd + 7) % 7;
    const ahead = (s.wd - weekday(A.days) + 7) % 7;
    let D: number;
    if (dir === 'this') D = A.days - weekday(A.days) + s.wd;
    else if (dir === 'past') D = A.days - (back === 0 && s.dir === 'past' ? 7 : back);
    else D = A.days + (ahead === 0 && s.dir === 'future' ? 7 : ahead);
    return done(s, implied, anchored, { value: isoOfDays(D) + podSuffix, lo: D, hi: D }, type, D, time);
  }

  if (s.decade !== undefined) {
    return done(s, implied, anchored, {
      value: String(s.decade),
      lo: toDays(s.decade * 10, 1, 1),
      hi: toDays(s.decade * 10 + 9, 12, 31),
    });
  }
  if (s.century !== undefined) {
    return done(s, implied, anchored, {
      value: pad(s.century, 2),
      lo: toDays(s.century * 100, 1, 1),
      hi: toDays(s.century * 100 + 99, 12, 31),
    });
  }

  if (s.holiday) return resolveHoliday(s, A, tense);

  // Calendar fields: find the year.
  let y = s.y;
  if (y === undefined && s.yShift !== undefined && A) {
    y = A.y + s.yShift;
    anchored = true;
  }
  const hasSub = s.m !== undefined || s.season !== undefined || s.q !== undefined || s.half !== undefined;
  if (y === undefined && (hasSub || time !== undefined || s.pod)) {
    implied.push('year');
    if (A) {
      anchored = true;
      const aKey = dayKey(A.m, A.d);
      let key: number;
      if (s.m !== undefined) key = s.d !== undefined ? dayKey(s.m, s.d) : dayKey(s.m, 15);
      else if (s.season) key = dayKey(SEASON_START[s.season]!, 15) + 30;
      else if (s.q !== undefined) key = dayKey(s.q * 3 - 1, 15);
      else if (s.half !== undefined) key = dayKey(s.half * 6 - 3, 1);
      else key = aKey;
      if (s.dir !== undefined && s.m !== undefined && s.d === undefined)
        y = inferYear(s.m, A.m, A, s.dir, tense, 0);
      else if (s.dir !== undefined && s.q !== undefined)
        y = inferYear(s.q, Math.floor((A.m - 1) / 3) + 1, A, s.dir, tense, 0);
      else if (s.q !== undefined || s.half !== undefined) {
        // Quarters and halves are reported after the fact: the latest one with that number.
        const cur = s.q !== undefined ? Math.floor((A.m - 1) / 3) + 1 : Math.floor((A.m - 1) / 6) + 1;
        y = (s.q ?? s.half)! <= cur ? A.y : A.y - 1;
      } else if (s.m !== undefined && s.d === undefined) {
        // A month alone: the nearest one, unless the tense points the other way by more than a slack.
        const diff = s.m - A.m;
        y = diff > 6 ? A.y - 1 : diff < -6 ? A.y + 1 : A.y;
        const off = s.m + (y - A.y) * 12 - A.m;
        // News reports what happened: without a tense cue a month well ahead is read as past.
        // A past tense cannot mean a month that has not begun, nor a future one a month that is over.
        if (off > (tense === 'past' ? 0 : MONTH_SLACK) && tense !== 'future') y--;
        else if (tense === 'future' && off < -MONTH_SLACK) y++;
      } else y = inferYear(key, aKey, A, s.dir, tense, YEAR_SLACK_DAYS);
      if (s.season === 'WI' && A.m <= 2 && (s.dir ?? tense) !== 'future' && s.dir !== 'past') y = A.y - 1;
    }
  }
  if (y !== undefined && s.yBack) y -= s.yBack;
  const Y = y === undefined ? 'XXXX' : yearStr(y);
  if (s.m !== undefined && s.d !== undefined) {
    if (y !== undefined && !validDay(y, s.m, s.d)) return null;
    if (y === undefined && s.d > monthDays(2000, s.m)) return null;
    const D = y === undefined ? null : toDays(y, s.m, s.d);
    return done(
      s,
      implied,
      anchored,
      { value: `${Y}-${pad(s.m)}-${pad(s.d)}${podSuffix}`, lo: D, hi: D },
      type,
      D,
      time,
    );
  }
  if (s.m !== undefined) {
    if (y === undefined) return done(s, implied, anchored, { value: `${Y}-${pad(s.m)}`, lo: null, hi: null });
    return done(s, implied, anchored, {
      value: `${Y}-${pad(s.m)}`,
      lo: toDays(y, s.m, 1),
      hi: toDays(y, s.m, monthDays(y, s.m)),
    });
  }
  if (s.season) {
    if (y === undefined) return done(s, implied, anchored, { value: `${Y}-${s.season}`, lo: null, hi: null });
    const sm = SEASON_START[s.season]!;
    const lo = toDays(y, sm, 1);
    const e = addMonths(y, sm, 2);
    return done(s, implied, anchored, {
      value: `${Y}-${s.season}`,
      lo,
      hi: toDays(e.y, e.m, monthDays(e.y, e.m)),
    });
  }
  if (s.q !== undefined) {
    if (y === undefined) return done(s, implied, anchored, { value: `${Y}-Q${s.q}`, lo: null, hi: null });
    return done(s, implied, anchored, {
      value: `${Y}-Q${s.q}`,
      lo: toDays(y, s.q * 3 - 2, 1),
      hi: toDays(y, s.q * 3, monthDays(y, s.q * 3)),
    });
  }
  if (s.half !== undefined) {
    if (y === undefined) return done(s, implied, anchored, { value: `${Y}-H${s.half}`, lo: null, hi: null });
    return done(s, implied, anchored, {
      value: `${Y}-H${s.half}`,
      lo: toDays(y, s.half * 6 - 5, 1),
      hi: toDays(y, s.half * 6, monthDays(y, s.half * 6)),
    });
  }
  if (time !== undefined || s.pod) {
    // A clock time alone: on the anchor's day.
    implied.push('month', 'day');
    if (!A)
      return done(s, implied, anchored, { value: `XXXX-XX-XX${podSuffix}`, lo: null, hi: null }, 'time');
    anchored = true;
    return done(
      s,
      implied,
      anchored,
      { value: isoOfDays(A.days) + podSuffix, lo: A.days, hi: A.days },
      'time',
      A.days,
      time,
    );
  }
  if (y !== undefined)
    return done(s, implied, anchored, { value: Y, lo: toDays(y, 1, 1), hi: toDays(y, 12, 31) });
  if (s.d !== undefined) {
    implied.push('year', 'month');
    if (!A) return done(s, implied, anchored, { value: `XXXX-XX-${pad(s.d)}`, lo: null, hi: null });
    anchored = true;
    const step = tense === 'future' && s.d < A.d ? 1 : tense !== 'future' && s.d > A.d ? -1 : 0;
    let base = addMonths(A.y, A.m, step);
    // `the 31st` in a month without one: the nearest month in that direction that has it.
    if (!validDay(base.y, base.m, s.d)) base = addMonths(base.y, base.m, step === 0 ? 1 : step);
    if (!validDay(base.y, base.m, s.d)) return null;
    const D = toDays(base.y, base.m, s.d);
    return done(s, implied, anchored, { value: isoOfDays(D), lo: D, hi: D }, 'date', D);
  }
  return null;
}

/** A resolved value of any spec (ranges resolve their ends; the second end borrows the first's year). */
export function resolve(spec: Spec, A: AnchorDay | null, tense: Tense): Resolved | null {
  switch (spec.kind) {
    case 'date':
      return spec.weekOf ? weekOfDay(spec, A, tense) : resolveDate(spec, A, tense);
    case 'duration':
      return {
        value: durationValue(spec.n, spec.unit),
        type: 'duration',
        start: null,
        end: null,
        mod: spec.mod ?? null,
        implied: [],
        anchored: false,
        day: null,
      };
    case 'set':
      return {
        value: spec.value,
        type: 'set',
        start: null,
        end: null,
        mod: null,
        implied: [],
        anchored: false,
        day: null,
      };
    case 'range': {
      const a = spec.from ? resolveDate(spec.from, A, tense) : null;
      if (spec.from && !a) return null;
      let to = spec.to;
      if (
        to &&
        a &&
        to.y === undefined &&
        to.rel === undefined &&
        to.wd === undefined &&
        a.start &&
        (to.m !== undefined || to.d !== undefined)
      ) {
        const fy = Number(a.start.slice(0, 4));
        const fm = Number(a.start.slice(5, 7));
        const fd = Number(a.start.slice(8, 10));
        const m = to.m ?? fm;
        const later = m > fm || (m === fm && (to.d ?? 31) >= fd);
        to = assignSpec(copySpec(to), { m, y: later ? fy : fy + 1 });
      }
      // `Monday to Friday`: a weekday that ends a range is the first one on or after the start. After
      // a calendar date (`from Sept. 14 to Thursday`) it is read from the anchor like any weekday,
      // unless that would end the range before it begins.
      const fromStart =
        a && a.day !== null && to && to.wd !== undefined && to.d === undefined && !to.dir && !to.rel;
      let b = to && !(fromStart && spec.from?.wd !== undefined) ? resolveDate(to, A, tense) : null;
      if (to && fromStart && (b === null || b.day === null || b.day < a.day!))
        b = resolveDate(to, anchorOfDays(a.day!), 'future');
      if (to && !b) return null;
      const implied = [...new Set([...(a?.implied ?? []), ...(b?.implied ?? [])])];
      if (a && b) {
        return {
          value: `${a.value}/${b.value}`,
          type: a.type === 'time' || b.type === 'time' ? 'time' : 'date',
          start: a.start,
          end: b.end,
          mod: null,
          implied,
          anchored: a.anchored || b.anchored,
          day: null,
        };
      }
      if (b) return { ...b, start: null, mod: 'ON_OR_BEFORE', implied, day: null };
      return a ? { ...a, end: null, mod: 'ON_OR_AFTER', implied, day: null } : null;
    }
  }
}

/** `the week of March 6`: the ISO week that holds the day. */
function weekOfDay(spec: DateSpec, A: AnchorDay | null, tense: Tense): Resolved | null {
  const { weekOf: _w, ...day } = spec;
  const r = resolveDate(day, A, tense);
  if (!r || r.day === null) return r;
  const { y, w } = isoWeek(r.day);
  const mon = isoWeekMonday(y, w);
  const value = `${r.implied.includes('year') && !A ? 'XXXX' : yearStr(y)}-W${pad(w)}`;
  return {
    ...r,
    value,
    start: isoOfDays(mon),
    end: isoOfDays(mon + 6),
    implied: [...new Set([...r.implied, 'week'])],
    day: null,
  };
}

/** The day count of an ISO date (for narrative time). */
export function daysOf(iso: string): number {
  return toDays(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** The anchor day of a day count. */
export function anchorOfDays(days: number): AnchorDay {
  const { y, m, d } = fromDays(days);
  return { y, m, d, days };
}

/** Day count of Easter Sunday (anonymous Gregorian computus). */
function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDays(y, month, day);
}

/** The day of a holiday in a year. */
function holidayDay(h: Holiday, y: number): number {
  if (h.easter !== undefined) return easter(y) + h.easter;
  if (h.d !== undefined) return toDays(y, h.m, h.d);
  if (h.nth! > 0) {
    const first = toDays(y, h.m, 1);
    return first + ((h.wd! - weekday(first) + 7) % 7) + 7 * (h.nth! - 1) + (h.plus ?? 0);
  }
  const last = toDays(y, h.m, monthDays(y, h.m));
  return last - ((weekday(last) - h.wd! + 7) % 7);
}

function resolveHoliday(s: DateSpec, A: AnchorDay | null, tense: Tense): Resolved | null {
  const h = HOLIDAYS[s.holiday!]!;
  let y = s.y;
  const implied: string[] = [];
  if (y === undefined) {
    implied.push('year');
    if (!A) {
      const v = h.d !== undefined ? `XXXX-${pad(h.m)}-${pad(h.d)}` : `XXXX-${pad(h.m)}`;
      return {
        value: v,
        type: 'date',
        start: null,
        end: null,
        mod: s.mod ?? null,
        implied,
        anchored: false,
        day: null,
      };
    }
    const approx = fromDays(holidayDay(h, A.y));
    y = inferYear(dayKey(approx.m, approx.d), dayKey(A.m, A.d), A, s.dir, tense, YEAR_SLACK_DAYS);
  }
  const D = holidayDay(h, y);
  const iso = isoOfDays(D);
  return {
    value: iso,
    type: 'date',
    start: iso,
    end: iso,
    mod: s.mod ?? null,
    implied,
    anchored: s.y === undefined,
    day: D,
  };
}

/** Day count of the nth weekday `wd` of a month (n = −1: the last), or null when there is none. */
function nthWeekday(y: number, m: number, wd: number, n: number): number | null {
  if (n < 0) {
    const last = toDays(y, m, monthDays(y, m));
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = toDays(y, m, 1);
  const day = first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
  return day - first < monthDays(y, m) ? day : null;
}
