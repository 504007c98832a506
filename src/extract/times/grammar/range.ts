/**
 * Ranges as one expression with an interval value: `Feb. 10–20` (en dash, em dash, hyphen, `to`,
 * `through`), `from 10 to 20 February`, `between Feb. 10 and 20`, `1990-95`, and open ends
 * (`until Feb. 9`, `since 2014`). Each end is kept as a part, as TimeML tags the ends separately.
 */
import { NUMBER_WORDS } from '../lexicon.ts';
import { dayAt, type Hit, monthDateAt, yearAt } from './absolute.ts';
import { assignSpec, type Cursor, copySpec, type DateSpec, type Parse, type Part } from './types.ts';

/** Reads one date or time expression at `i` (the core grammar, without ranges). */
export type CoreReader = (c: Cursor, i: number) => Parse | null;

const DASHES = new Set(['-', '\u2013', '\u2014', '\u2012', '\u2010']);
const TO_WORDS = new Set(['to', 'through', 'thru', 'until', 'till', 'til']);

/** The separator at `i`: a dash or `to`-word; returns its kind and the next index. */
function sepAt(c: Cursor, i: number, and: boolean): Hit<string> | null {
  const t = c.at(i);
  if (!t) return null;
  if (t.kind === 'p' && DASHES.has(t.low)) {
    if (c.punct(i + 1, '-') && c.attached(i + 1)) return { end: i + 2, v: 'dash' };
    return { end: i + 1, v: t.low === '-' ? 'hyphen' : t.low === '\u2014' ? 'em-dash' : 'en-dash' };
  }
  if (t.kind === 'w' && TO_WORDS.has(t.low))
    return { end: i + 1, v: t.low === 'thru' ? 'through' : t.low === 'til' ? 'till' : t.low };
  if (and && t.kind === 'w' && t.low === 'and') return { end: i + 1, v: 'and' };
  return null;
}

function isDate(p: Parse | null): p is Parse & { spec: DateSpec } {
  return p !== null && p.spec.kind === 'date';
}

/** The second end after a separator: a full expression, or a bare day / year borrowing from the first. */
function secondEnd(
  c: Cursor,
  i: number,
  first: DateSpec,
  core: CoreReader,
): { end: number; spec: DateSpec; rule: string } | null {
  const full = core(c, i);
  const bareDay = first.d !== undefined && first.m !== undefined ? dayAt(c, i) : null;
  if (isDate(full) && (!bareDay || full.end > bareDay.end)) {
    const s = full.spec;
    // Both ends must be the same sort of thing: a date to a date, a year to a year, a time to a time.
    const same =
      (first.d !== undefined && (s.d !== undefined || s.wd !== undefined)) ||
      (first.d === undefined && first.m !== undefined && s.m !== undefined && s.d === undefined) ||
      (first.m === undefined &&
        first.y !== undefined &&
        s.y !== undefined &&
        s.m === undefined &&
        s.q === undefined) ||
      (first.hh !== undefined && s.hh !== undefined) ||
      (first.q !== undefined && s.q !== undefined) ||
      (first.decade !== undefined && s.decade !== undefined) ||
      (first.wd !== undefined && s.wd !== undefined && first.m === undefined) ||
      // `today till tomorrow`, `this Friday until the day after tomorrow`, `Oct. 2 until tomorrow`.
      ((first.rel?.unit === 'day' || first.wd !== undefined || first.d !== undefined) &&
        first.hh === undefined &&
        s.rel?.unit === 'day' &&
        s.hh === undefined) ||
      (first.rel?.unit === 'day' && first.hh === undefined && (s.wd !== undefined || s.d !== undefined));
    if (same) return { end: full.end, spec: s, rule: full.rule };
  }
  if (bareDay && bareDay.v >= (first.d ?? 0)) {
    // `Feb. 10–20`: the day alone, not the start of `20 troops` or `20:00`.
    const after = c.at(bareDay.end);
    if (
      after?.kind === 'w' &&
      !after.cap &&
      !['and', 'or', 'in', 'at', 'for', 'of', 'but', 'with', 'as', 'when', 'while'].includes(after.low)
    )
      return null;
    if (c.punct(bareDay.end, ':', '-', '/') && c.attached(bareDay.end)) return null;
    const y = c.punct(bareDay.end, ',') ? yearAt(c, bareDay.end + 1) : null;
    const spec: DateSpec = { kind: 'date', m: first.m, d: bareDay.v };
    if (first.y !== undefined) spec.y = first.y;
    if (y) {
      spec.y = y.v;
      if (first.y === undefined) first.y = y.v;
      return { end: y.end, spec, rule: 'day' };
    }
    return { end: bareDay.end, spec, rule: 'day' };
  }
  if (
    first.m === undefined &&
    first.y !== undefined &&
    first.d === undefined &&
    first.q === undefined &&
    first.season === undefined
  ) {
    // `1990-95`
    const t = c.at(i);
    if (
      t?.kind === 'n' &&
      t.e - t.s === 2 &&
      t.gap === 0 &&
      !(c.at(i + 1)?.gap === 0 && c.at(i + 1)?.kind !== 'p')
    ) {
      const y = Math.floor(first.y / 100) * 100 + Number(t.low);
      if (y > first.y) return { end: i + 1, spec: { kind: 'date', y }, rule: 'short-year' };
    }
  }
  return null;
}

function bareEnd(
  c: Cursor,
  first: DateSpec,
  i: number,
  lead: boolean,
): { end: number; spec: DateSpec; rule: string } | null {
  const h = bareHourEnd(c, first, i, lead);
  return h ? { end: h.end, spec: h.v, rule: 'bare-hour' } : null;
}

/** True when a spec names a day (a date, a weekday or a shift of days). */
function hasDay(s: DateSpec): boolean {
  return s.d !== undefined || s.wd !== undefined || s.rel !== undefined || s.holiday !== undefined;
}

/** The day fields of a spec, for a clock time that borrows them. */
function dayOf(s: DateSpec): Partial<DateSpec> {
  const { y, m, d, wd, rel, dir, nth, holiday, narrative } = s;
  return Object.fromEntries(
    Object.entries({ y, m, d, wd, rel, dir, nth, holiday, narrative }).filter(([, v]) => v !== undefined),
  );
}

/**
 * `3:00 to 4:00 tomorrow`, `Thursday 19:00 - 21:00`: a clock time without a day takes the day of
 * the other end, so both ends are on the same day (and the same half of it).
 */
function shareDay(from: DateSpec, to: DateSpec): [DateSpec, DateSpec] {
  // `3:00 to 4:00 p.m.`: a first clock time without a meridiem takes the second's afternoon.
  if (
    from.hh !== undefined &&
    to.hh !== undefined &&
    !from.ampm &&
    to.ampm &&
    from.hh < 12 &&
    to.hh >= 12 &&
    to.hh < 24 &&
    from.hh + 12 <= to.hh
  )
    from = assignSpec(copySpec(from), { hh: from.hh + 12 });
  // `1:30 pm to 3:30`: a second clock time without a meridiem stays in the afternoon of the first.
  else if (
    from.hh !== undefined &&
    to.hh !== undefined &&
    from.ampm &&
    !to.ampm &&
    from.hh >= 12 &&
    from.hh < 24 &&
    to.hh < 12 &&
    to.hh + 12 > from.hh
  )
    to = assignSpec(copySpec(to), { hh: to.hh + 12 });
  if (from.hh !== undefined && to.hh !== undefined) {
    if (!hasDay(from) && hasDay(to)) return [assignSpec(copySpec(from), dayOf(to)), to];
    if (hasDay(from) && !hasDay(to)) return [from, assignSpec(copySpec(to), dayOf(from))];
  }
  return [from, to];
}

/** `X sep Y` where X was read by `core` at `i`. */
export function rangeAfter(c: Cursor, first: Parse, core: CoreReader): Parse | null {
  // `today till tomorrow` may start from a shifted day; other shifts (`next week`) do not.
  if (!isDate(first) || (first.spec.rel && first.spec.rel.unit !== 'day') || first.spec.ref) return null;
  const sep = sepAt(c, first.end, false);
  if (!sep) return null;
  // A hyphen glued on both sides is only a range between numbers (`10-20`), never `Zapad-2021`.
  const sepTok = c.toks[first.end]!;
  if (sep.v === 'hyphen' && sepTok.gap > 0 !== (c.at(sep.end)?.gap ?? 0) > 0) return null;
  if (
    (sep.v === 'until' || sep.v === 'till' || sep.v === 'to') &&
    first.spec.hh === undefined &&
    first.spec.d === undefined &&
    first.spec.m === undefined &&
    first.spec.q === undefined &&
    first.spec.decade === undefined &&
    first.spec.y === undefined &&
    first.spec.wd === undefined &&
    first.spec.rel === undefined
  )
    return null;
  const second =
    secondEnd(c, sep.end, copySpec(first.spec), core) ??
    (sep.v === 'to' || sep.v === 'till' || sep.v === 'until' ? bareEnd(c, first.spec, sep.end, false) : null);
  if (!second) return null;
  const first2 = copySpec(first.spec);
  if (second.spec.y !== undefined && first2.y === undefined && second.rule === 'day')
    first2.y = second.spec.y;
  const [from, to] = shareDay(first2, second.spec);
  const parts: Part[] = [
    { a: first.start, b: first.end, spec: from },
    { a: sep.end, b: second.end, spec: to },
  ];
  return {
    start: first.start,
    end: second.end,
    spec: { kind: 'range', from, to },
    rule: `range@1:${sep.v}`,
    parts,
  };
}

/**
 * A bare hour after a clock time and `to`: `from 1:30 to 3`, `11 am to 3`, `1p.m. to 4`. The hour
 * follows the first end (after it in the day, or the next morning: `11 pm to 3`). Without `from` the
 * first end must write its minutes or its half of the day, and no noun may follow (`4 people`).
 */
function bareHourEnd(c: Cursor, first: DateSpec, i: number, lead: boolean): Hit<DateSpec> | null {
  if (first.hh === undefined || first.d !== undefined || first.wd !== undefined || first.rel) return null;
  if (!lead && !first.ampm && first.mi === undefined) return null;
  const t = c.at(i);
  if (t?.kind !== 'n' || t.e - t.s > 2) return null;
  let h = Number(t.low);
  if (h > 24) return null;
  const next = c.at(i + 1);
  if (
    next &&
    next.gap === 0 &&
    !(next.kind === 'p' && (next.low === '.' || next.low === ',' || next.low === '!'))
  )
    return null;
  if (next?.kind === 'w' && !['and', 'or', 'on', 'at', 'in', 'today', 'tomorrow'].includes(next.low))
    return null;
  const start = first.hh * 60 + (first.mi ?? 0);
  // A twelve-hour reading that would end before it starts moves to the afternoon (`11 am to 3`).
  if (h < 12 && h * 60 <= start && (first.ampm || first.hh >= 12) && (h + 12) * 60 > start) h += 12;
  return { end: i + 1, v: { kind: 'date', hh: h, mi: 0 } };
}

/** `from X to Y`, `between X and Y`, `10–20 February`, with X possibly a bare day borrowing Y's month. */
export function rangePrefixed(c: Cursor, i: number, core: CoreReader): Parse | null {
  const w = c.word(i);
  const lead = w === 'from' || w === 'between' ? 1 : 0;
  const j = i + lead;
  const first = core(c, j);
  if (isDate(first)) {
    const sep = sepAt(c, first.end, w === 'between');
    if (!sep || (w === 'between' && sep.v !== 'and') || (w !== 'between' && sep.v === 'and')) return null;
    const second =
      secondEnd(c, sep.end, copySpec(first.spec), core) ??
      (lead && sep.v !== 'hyphen' ? bareEnd(c, first.spec, sep.end, true) : null);
    if (!second || !lead) return null;
    const [from, to] = shareDay(first.spec, second.spec);
    return {
      start: i,
      end: second.end,
      spec: { kind: 'range', from, to },
      rule: `range@1:${w}`,
      parts: [
        { a: j, b: first.end, spec: from },
        { a: sep.end, b: second.end, spec: to },
      ],
    };
  }
  const hours = hourRangeAt(c, i, j, w, core);
  if (hours) return hours;
  // A bare day first: `from 10 to 20 February`, `10–20 February`, `between 10 and 20 Feb.`.
  const day = dayAt(c, j);
  if (!day || c.toks[j]!.kind !== 'n') return null;
  const sep = sepAt(c, day.end, w === 'between');
  if (!sep || (w === 'between') !== (sep.v === 'and')) return null;
  const second = monthDateAt(c, sep.end);
  if (!second || second.v.d === undefined || second.v.m === undefined || second.v.d < day.v) return null;
  if (!lead && sep.v !== 'en-dash' && sep.v !== 'hyphen' && sep.v !== 'em-dash' && sep.v !== 'dash')
    return null;
  const from: DateSpec = { kind: 'date', d: day.v, m: second.v.m };
  if (second.v.y !== undefined) from.y = second.v.y;
  return {
    start: i,
    end: second.end,
    spec: { kind: 'range', from, to: second.v },
    rule: `range@1:${lead ? w : sep.v}`,
    parts: [
      { a: j, b: day.end, spec: from },
      { a: sep.end, b: second.end, spec: second.v },
    ],
  };
}

/** Open ends: `until Feb. 9`, `till March`, `since 2014`, `through June`. */
export function openEndAt(c: Cursor, i: number, core: CoreReader): Parse | null {
  const w = c.word(i);
  if (w !== 'until' && w !== 'till' && w !== 'since' && w !== 'through') return null;
  const x = core(c, i + 1);
  if (!isDate(x) || x.spec.ref) return null;
  const spec = x.spec;
  if (
    spec.d === undefined &&
    spec.m === undefined &&
    spec.y === undefined &&
    spec.wd === undefined &&
    spec.hh === undefined &&
    spec.season === undefined &&
    spec.q === undefined &&
    !spec.rel
  )
    return null;
  const part: Part = { a: i + 1, b: x.end, spec };
  return {
    start: i,
    end: x.end,
    spec: w === 'since' ? { kind: 'range', from: spec, to: null } : { kind: 'range', from: null, to: spec },
    rule: `range@1:${w}`,
    parts: [part],
  };
}

/**
 * A bare hour that borrows the meridiem of the clock time after it: `5 to 6 p.m.`, `from 9 to 11
 * a.m.`, `between 2 and 4pm`. The second end must write its half of the day, so counts (`5 to 6
 * percent`) never read as hours.
 */
function hourRangeAt(c: Cursor, i: number, j: number, w: string | undefined, core: CoreReader): Parse | null {
  const t = c.at(j);
  const lead = w === 'from' || w === 'between';
  // `from two to five pm`: a spelled hour too, but only after `from`/`between`.
  const spelled = t?.kind === 'w' && lead ? NUMBER_WORDS[t.low] : undefined;
  if (spelled === undefined && (t?.kind !== 'n' || t.e - t.s > 2)) return null;
  const h = spelled ?? Number(t!.low);
  if (h < 1 || h > (lead && spelled === undefined ? 23 : 12)) return null;
  const sep = sepAt(c, j + 1, w === 'between');
  if (!sep || (w === 'between') !== (sep.v === 'and')) return null;
  if (sep.v === 'through' || (c.toks[j + 1]!.gap === 0) !== (c.at(sep.end)?.gap === 0)) return null;
  const second = core(c, sep.end);
  if (!isDate(second) || second.spec.hh === undefined) return null;
  // The second end must write its half of the day, or, after `from`, its minutes (`from 3 to 3:30`).
  const minutes = lead && c.punct(sep.end + 1, ':') && c.attached(sep.end + 1);
  if (!second.spec.ampm && !minutes) return null;
  const s2 = second.spec;
  const pm = s2.hh! >= 12 && s2.hh! < 24 && h < 12 && h + 12 <= s2.hh!;
  const from = copySpec(s2, 'ss');
  from.hh = pm ? h + 12 : h;
  from.mi = 0;
  return {
    start: i,
    end: second.end,
    spec: { kind: 'range', from, to: s2 },
    rule: `range@1:${w === 'from' || w === 'between' ? w : sep.v}`,
    parts: [
      { a: j, b: j + 1, spec: from },
      { a: sep.end, b: second.end, spec: s2 },
    ],
  };
}
