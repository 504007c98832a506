/**
 * Durations and sets: `10 days`, `a two-week exercise`, `the past two months`, `for months`,
 * `several years`, `24-hour`, `every year`, `annual`, `twice a year`, `on Mondays`.
 */
import {
  DAY_PART_PLURALS,
  DAY_PARTS,
  MONTHS,
  NUMBER_WORDS,
  SET_WORDS,
  UNITS,
  type Unit,
  WEEKDAY_PLURALS,
  WEEKDAYS,
  wordTable,
} from '../lexicon.ts';
import type { Hit } from './absolute.ts';
import { countAt } from './relative.ts';
import type { Cursor, DurationSpec, SetSpec } from './types.ts';

/** The next smaller unit and how many of it make one (for `2 1/2 years` → `P2Y6M`). */
const SMALLER: Partial<Record<Unit, { unit: Unit; k: number }>> = {
  year: { unit: 'month', k: 12 },
  week: { unit: 'day', k: 7 },
  day: { unit: 'hour', k: 24 },
  hour: { unit: 'minute', k: 60 },
  minute: { unit: 'second', k: 60 },
};

/** TIMEX3 duration value of `n` units (`n` null → `X`); a fraction goes into the next smaller unit. */
export function durationValue(n: number | null, unit: Unit): string {
  if (n !== null && !Number.isInteger(n) && n > 1) {
    const whole = Math.floor(n);
    const s = SMALLER[unit];
    const rest = s ? (n - whole) * s.k : Number.NaN;
    if (s && Number.isInteger(Math.round(rest * 1000) / 1000)) {
      const a = durationValue(whole, unit);
      const b = durationValue(Math.round(rest), s.unit);
      // `P2Y` + `P6M` → `P2Y6M`; `PT5H` + `PT30M` → `PT5H30M`; `P1D` + `PT12H` → `P1DT12H`.
      return a + (a.includes('T') ? b.slice(2) : b.slice(1));
    }
  }
  const q = n === null || Number.isNaN(n) ? 'X' : String(n);
  switch (unit) {
    case 'second':
      return `PT${q}S`;
    case 'minute':
      return `PT${q}M`;
    case 'hour':
      return `PT${q}H`;
    case 'day':
      return `P${q}D`;
    case 'week':
      return `P${q}W`;
    case 'weekend':
      return `P${q}WE`;
    case 'fortnight':
      return `P${n === null || Number.isNaN(n) ? 'X' : String(n * 2)}W`;
    case 'month':
      return `P${q}M`;
    case 'quarter':
      return `P${q}Q`;
    case 'year':
      return `P${q}Y`;
    // TimeML writes decades and centuries in years (`two decades` P20Y); only vague ones keep the unit.
    case 'decade':
      return n === null || Number.isNaN(n) ? 'PXDE' : `P${n * 10}Y`;
    case 'century':
      return n === null || Number.isNaN(n) ? 'PXCE' : `P${n * 100}Y`;
  }
}

/** Words that can open a duration (`the past three weeks`, `the next few days`). */
export const DURATION_LEADS: readonly string[] = [
  'past',
  'last',
  'next',
  'first',
  'coming',
  'previous',
  'final',
  'latest',
  'following',
  'recent',
  'initial',
  'remaining',
  'same',
  'another',
];
const LEADS: ReadonlySet<string> = new Set(DURATION_LEADS);
/** Prepositions after which a bare plural unit is a vague duration (`for months`). */
const VAGUE_PREPS = new Set([
  'for',
  'over',
  'within',
  'in',
  'during',
  'after',
  'than',
  'take',
  'takes',
  'took',
  'lasted',
  'last',
  'spent',
  'spend',
  'recent',
  'past',
  'about',
  'nearly',
  'almost',
  'of',
]);

/** A duration at `i`. */
export function durationAt(c: Cursor, i: number): Hit<DurationSpec> | null {
  let j = i;
  let the = false;
  if (c.is(j, 'the')) {
    j++;
    the = true;
  }
  let lead = false;
  if (LEADS.has(c.word(j) ?? '')) {
    lead = true;
    j++;
  }
  // `another month`, `another two weeks`: a further stretch.
  if (c.is(j - 1, 'another') && !the) {
    const u1 = c.word(j);
    if (u1 !== undefined && UNITS[u1] && !u1.endsWith('s'))
      return { end: j + 1, v: { kind: 'duration', n: 1, unit: UNITS[u1]! } };
  }
  // `past day`, `the latest week`: a duration of one unit. `the past year` and `the last week`
  // are the previous year and week, as TimeML values them (relative.ts).
  const u0 = c.word(j);
  if ((the || lead) && lead && u0 !== undefined && UNITS[u0] && !u0.endsWith('s')) {
    const w = c.toks[j - 1]!.low;
    if (!the && w !== 'past') return null;
    const clock = ['second', 'minute', 'hour'].includes(UNITS[u0]!);
    if (the && (w === 'past' || w === 'last') && !c.is(j + 1, 'of') && !clock) return null;
    if (w === 'next' || w === 'following' || w === 'coming' || w === 'same' || w === 'first' || w === 'final')
      return null;
    return { end: j + 1, v: { kind: 'duration', n: 1, unit: UNITS[u0]! } };
  }
  let n: number | null;
  let k: number;
  if (c.is(j, 'a', 'an') && c.is(j + 1, 'few', 'couple')) {
    // `a couple of years` is two (TimeML `P2Y`); `a few` stays vague.
    n = c.is(j + 1, 'couple') ? 2 : null;
    k = j + (c.is(j + 2, 'of') ? 3 : 2);
  } else if (c.is(j, 'several', 'few', 'many', 'some', 'numerous', 'multiple')) {
    n = null;
    k = j + 1;
    // `a several-year tenure`: the vague count joined to its unit.
    if (c.punct(k, '-') && c.attached(k) && c.attached(k + 1) && UNITS[c.word(k + 1) ?? '']) k++;
  } else if (
    (c.is(j, 'half') && c.is(j + 1, 'a', 'an') && UNITS[c.word(j + 2) ?? '']) ||
    (c.is(j, 'a') &&
      c.is(j + 1, 'half') &&
      UNITS[c.word(c.punct(j + 2, '-') && c.attached(j + 2) ? j + 3 : j + 2) ?? '']) ||
    (c.is(j, 'half') && !c.is(j - 1, 'a') && UNITS[c.word(j + 1) ?? ''])
  ) {
    // `half a year`, `a half hour`, `half an hour`, `a half-hour`.
    let at = c.is(j, 'half') && !c.is(j + 1, 'a', 'an') ? j + 1 : j + 2;
    if (c.punct(at, '-') && c.attached(at)) at++;
    const w = c.word(at);
    const unit = w === undefined ? undefined : UNITS[w];
    if (!unit || w!.endsWith('s')) return null;
    const half: Partial<Record<Unit, DurationSpec>> = {
      year: { kind: 'duration', n: 6, unit: 'month' },
      hour: { kind: 'duration', n: 30, unit: 'minute' },
      day: { kind: 'duration', n: 12, unit: 'hour' },
      century: { kind: 'duration', n: 50, unit: 'year' },
      decade: { kind: 'duration', n: 5, unit: 'year' },
    };
    const v = half[unit];
    return v ? { end: at + 1, v } : null;
  } else {
    const cnt = countAt(c, j);
    if (!cnt) {
      // Bare plural unit: `for months`, `in recent weeks`, `years`.
      const w = c.word(j);
      const unit = w === undefined ? undefined : UNITS[w];
      // `a day-long meeting`, `a decades-long battle`: a unit joined to `long` is the stretch itself.
      if (unit && c.punct(j + 1, '-') && c.attached(j + 1) && c.attached(j + 2) && c.is(j + 2, 'long'))
        return { end: j + 3, v: { kind: 'duration', n: w!.endsWith('s') ? null : 1, unit } };
      // `in the weeks ahead`, `the months ahead`: the coming stretch, as `the coming weeks`.
      if (unit && the && w!.endsWith('s') && c.is(j + 1, 'ahead'))
        return { end: j + 2, v: { kind: 'duration', n: null, unit } };
      // `over the years`, `in the years that followed`: a vague stretch; `in the weeks before the
      // shooting` is a date anchored on the event, which the text does not date.
      if (
        unit &&
        the &&
        !lead &&
        w!.endsWith('s') &&
        ['year', 'decade', 'month', 'week', 'day'].includes(unit) &&
        (c.is(i - 1, 'over', 'throughout') || (c.is(i - 1, 'in', 'during') && c.is(j + 1, 'that', 'since')))
      )
        return { end: j + 1, v: { kind: 'duration', n: null, unit } };
      if (unit && w!.endsWith('s') && !['second', 'minute'].includes(unit)) {
        const prev = c.word(j - 1);
        if (lead || (prev !== undefined && VAGUE_PREPS.has(prev) && !the)) {
          if (c.is(j + 1, 'ago', 'later', 'earlier', 'old')) return null;
          return { end: j + 1, v: { kind: 'duration', n: null, unit } };
        }
      }
      return null;
    }
    n = cnt.v;
    k = cnt.end;
    // `two and a half years`, `one and a quarter hours`: the fraction sits between count and unit.
    const f = fractionAfterAnd(c, k);
    if (f && Number.isInteger(n)) {
      n += f.v;
      k = f.end;
    }
    // `two-week`, `10-day`, `24-hour`, `30-year`: a number joined to its unit.
    if (c.punct(k, '-') && c.attached(k) && c.attached(k + 1)) k++;
  }
  if (c.is(k, 'more', 'full', 'long', 'straight', 'consecutive', 'additional', 'extra')) k++;
  // `eight trading days`, `ten business days`: days counted on a calendar of their own.
  else if (c.is(k, 'trading', 'business', 'working', 'calendar') && UNITS[c.word(k + 1) ?? ''] === 'day') k++;
  const u = c.word(k);
  const unit = u === undefined ? undefined : UNITS[u];
  if (!unit) return null;
  // `a decades-long battle`: the article belongs to the noun, not to a plural unit.
  if (k === j + 1 && c.is(j, 'a', 'an') && u!.endsWith('s')) return null;
  // `a day` after a number or money is a rate (`$5 a day`), a set: left to setAt.
  if (c.is(j, 'a', 'an') && (rateBefore(c, j) || c.is(j - 1, 'once', 'twice', 'times'))) return null;
  let end = k + 1;
  // `52 years old`: an age, not a duration of the text.
  if (c.is(end, 'old')) return null;
  const after = c.at(end);
  // `the twenty second (of June)`: an ordinal day, not twenty seconds.
  if (u === 'second' && c.at(k - 1)?.kind === 'w' && (the || c.is(j - 1, 'the') || c.is(end, 'of')))
    return null;
  // `a second term`, `one second round`: the ordinal, not a second of time.
  if (
    unit === 'second' &&
    u === 'second' &&
    c.is(j, 'a', 'an', 'one') &&
    after?.kind === 'w' &&
    !after.cap &&
    !['ago', 'later', 'earlier', 'or', 'and', 'before', 'after', 'long'].includes(after.low)
  )
    return null;
  // `three-quarters of the vote`, `a quarter of the shares`: a fraction, not a stretch of time.
  if (unit === 'quarter' && c.is(end, 'of') && !c.is(end + 1, 'a', 'an')) return null;
  // `two-year-old`: an age, not a duration of the text; `a year-earlier loss`, `a year-end bonus`:
  // the adjective is a date, read elsewhere.
  if (c.punct(end, '-') && c.attached(end) && c.is(end + 1, 'old', 'earlier', 'ago', 'end')) return null;
  if (c.punct(end, '-') && c.attached(end) && c.is(end + 1, 'long')) end += 2;
  if (n !== null && Number.isNaN(n)) n = null;
  // `an hour and a half`, `two years and a half`, `one year and a quarter`.
  const f = n !== null && Number.isInteger(n) ? fractionAfterAnd(c, end) : null;
  if (f && n !== null) {
    n += f.v;
    end = f.end;
  }
  return { end, v: { kind: 'duration', n, unit } };
}

const FRACTIONS: Readonly<Record<string, number>> = wordTable({ half: 0.5, quarter: 0.25 });

/** `and a half`, `and half`, `and a quarter` at `i`: the fraction added to a whole count. */
function fractionAfterAnd(c: Cursor, i: number): Hit<number> | null {
  if (!c.is(i, 'and')) return null;
  const k = c.is(i + 1, 'a') ? i + 2 : i + 1;
  const v = FRACTIONS[c.word(k) ?? ''];
  // `and half` without `a` only for a half; `a quarter` must keep its article.
  if (v === undefined || (k === i + 1 && v !== 0.5)) return null;
  // `two years and a half-dozen ...`: the fraction must not be a prefix of another word.
  if (c.punct(k + 1, '-') && c.attached(k + 1)) return null;
  return { end: k + 1, v };
}

/** Words for amounts that a rate follows (`$2 million a year`, `5 percent a month`). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'million',
  'billion',
  'thousand',
  'trillion',
  'percent',
  '%',
]);

/**
 * A quantity right before `a`/`an` at `i`, making `a year` a rate: a number (`$1.76 a year`), an
 * amount word (`$2 million a year`), or a counted plural after a number (`four flights a week`).
 */
function rateBefore(c: Cursor, i: number): boolean {
  const p = c.at(i - 1);
  if (!p) return false;
  if (p.kind === 'n' || AMOUNT_WORDS.has(p.low)) return true;
  if (p.kind !== 'w' || p.cap || !p.low.endsWith('s') || p.low.length < 4) return false;
  const q = c.at(i - 2);
  return q !== undefined && (q.kind === 'n' || (q.kind === 'w' && NUMBER_WORDS[q.low] !== undefined));
}

const ADVERB_FOLLOWERS = new Set([
  'and',
  'or',
  'but',
  'since',
  'until',
  'for',
  'in',
  'at',
  'on',
  'from',
  'to',
  'by',
  'with',
  'as',
  'than',
  'basis',
]);

/** A set at `i`: `every year`, `each Monday`, `annual`, `twice a year`, `$5 a day`, `Mondays`. */
export function setAt(c: Cursor, i: number): Hit<SetSpec> | null {
  const w = c.word(i);
  if (w === undefined) return null;
  // `in the evenings`: the only set that opens with `the` (the most frequent word: decide at once).
  if (w === 'the') {
    const dp = DAY_PART_PLURALS[c.word(i + 1) ?? ''];
    return dp !== undefined && c.is(i - 1, 'in', 'on', 'during')
      ? { end: i + 2, v: { kind: 'set', value: `T${dp}` } }
      : null;
  }
  const sw = SET_WORDS[w];
  if (sw) {
    // `annual meeting`, `quarterly dividend`: a frequency adjective on a noun (TimeML leaves these out).
    const next = c.at(i + 1);
    const attributive = next?.kind === 'w' && !next.cap && next.gap > 0 && !ADVERB_FOLLOWERS.has(next.low);
    return attributive
      ? { end: i + 1, v: { kind: 'set', value: sw }, rule: 'adjective' }
      : { end: i + 1, v: { kind: 'set', value: sw } };
  }
  // `once a year`, `twice a week`, `three times a day`: the frequency word opens the set.
  if (w === 'once' || w === 'twice' || w === 'thrice') {
    const u = c.is(i + 1, 'a', 'an', 'per', 'every', 'each') ? c.word(i + 2) : undefined;
    const unit = u === undefined ? undefined : UNITS[u];
    if (unit && !u!.endsWith('s')) return { end: i + 3, v: { kind: 'set', value: durationValue(1, unit) } };
    return null;
  }
  if (w === 'every' || w === 'each' || w === 'per') {
    let k = i + 1;
    let n = 1;
    if (c.is(k, 'other')) {
      n = 2;
      k++;
    } else {
      const cnt = countAt(c, k);
      if (cnt && c.at(k)?.kind !== 'w' && w !== 'per') {
        n = cnt.v;
        k = cnt.end;
      } else if (cnt && c.word(k) !== undefined && NUMBER_WORDS[c.toks[k]!.low]! > 1 && w !== 'per') {
        n = cnt.v;
        k = cnt.end;
      }
    }
    const u = c.word(k);
    if (u === undefined) return null;
    const unit = UNITS[u];
    if (unit) return { end: k + 1, v: { kind: 'set', value: durationValue(n, unit) } };
    const wd = WEEKDAYS[u];
    if (wd !== undefined && w !== 'per') return { end: k + 1, v: { kind: 'set', value: `XXXX-WXX-${wd}` } };
    // `every morning`, `each night`: a part of every day.
    const pod = DAY_PARTS[u];
    if (pod !== undefined && w !== 'per' && n === 1)
      return { end: k + 1, v: { kind: 'set', value: `T${pod}` } };
    const mo = MONTHS[u];
    if (mo !== undefined && w !== 'per' && c.toks[k]!.cap)
      return { end: k + 1, v: { kind: 'set', value: `XXXX-${String(mo).padStart(2, '0')}` } };
    return null;
  }
  const rate = (w === 'a' || w === 'an') && rateBefore(c, i);
  if ((w === 'a' || w === 'an') && (rate || c.is(i - 1, 'once', 'twice', 'times', 'thrice'))) {
    const u = c.word(i + 1);
    const unit = u === undefined ? undefined : UNITS[u];
    if (unit && !u!.endsWith('s'))
      return {
        end: i + 2,
        v: { kind: 'set', value: durationValue(1, unit) },
        // `$2 million a year`, `four flights a week`: a rate on a quantity (TimeML leaves it untagged).
        ...(rate ? { rule: 'rate' } : {}),
      };
  }
  const pl = WEEKDAY_PLURALS[w];
  if (pl !== undefined && c.toks[i]!.cap) return { end: i + 1, v: { kind: 'set', value: `XXXX-WXX-${pl}` } };
  // `Friday mornings`, `Tuesday nights`: that part of every such weekday.
  const wd = WEEKDAYS[w];
  const pp = DAY_PART_PLURALS[c.word(i + 1) ?? ''];
  if (wd !== undefined && pp !== undefined)
    return { end: i + 2, v: { kind: 'set', value: `XXXX-WXX-${wd}T${pp}` } };
  // `Monday and Tuesday nights`: the first weekday shares the plural part of the second (TimeML
  // tags each weekday).
  if (wd !== undefined && c.toks[i]!.cap && c.is(i + 1, 'and', 'or') && c.toks[i + 2]?.cap) {
    const wd2 = WEEKDAYS[c.word(i + 2) ?? ''];
    const pp2 = DAY_PART_PLURALS[c.word(i + 3) ?? ''];
    if (wd2 !== undefined && pp2 !== undefined)
      return { end: i + 1, v: { kind: 'set', value: `XXXX-WXX-${wd}T${pp2}` } };
  }
  // `on mornings`, `mornings at 9`: a part of every day (`the mornings` alone is vague).
  const dp = DAY_PART_PLURALS[w];
  if (dp !== undefined && (c.is(i - 1, 'in', 'on', 'during') || c.is(i + 1, 'at')))
    return { end: i + 1, v: { kind: 'set', value: `T${dp}` } };
  return null;
}
