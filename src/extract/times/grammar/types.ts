import type { TimeMod } from '../../../model/mention.ts';
import type { Unit } from '../lexicon.ts';
import type { Tok, Work } from '../scan.ts';

/** A reference word's TIMEX3 value. */
export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
/** The direction a relative expression resolves in: written (`last`, `next`) or from tense. */
export type Dir = 'past' | 'future' | 'this';

/**
 * A date or time as the text states it, before resolution: stated calendar fields, or a shift
 * of the anchor by units, or a weekday to find, or a vague reference.
 */
export interface DateSpec {
  readonly kind: 'date';
  y?: number;
  m?: number;
  d?: number;
  q?: number;
  half?: number;
  season?: string;
  decade?: number;
  century?: number;
  hh?: number;
  mi?: number;
  ss?: number;
  tz?: string;
  /** The clock's half of the day is written (`p.m.`, `noon`), not guessed. */
  ampm?: boolean;
  pod?: string;
  /** The week that holds this day is meant (`the week of March 6`). */
  weekOf?: boolean;
  /** Shift of the anchor by `n` units; the value has the unit's granularity. */
  rel?: { unit: Unit; n: number };
  /** With `wd` and `m`: the nth such weekday of the month (−1: the last). */
  nth?: number;
  /** `the weekend`: the one before the anchor in past tense, else the coming one. */
  weekend?: boolean;
  /** A weekday (ISO number) to find near the anchor. */
  wd?: number;
  /** Written direction (`last September`, `next Tuesday`). */
  dir?: Dir;
  ref?: RefValue;
  /** Resolved against the narrative time (`the next day`). */
  narrative?: boolean;
  mod?: TimeMod;
  /** The quarter the narrative last named, shifted by this many years (`the quarter`, `a year earlier`). */
  narrQ?: number;
  /** A holiday's key in the holiday table; resolved once the year is known. */
  holiday?: string;
  /** The year is the anchor's year shifted by this many years (`of last year`). */
  yShift?: number;
  /** Years back from the year the fields resolve to (`the year-ago third quarter`). */
  yBack?: number;
  /** With a month shift: the last day of that month (`the rest of the month` ends there). */
  lastDay?: boolean;
  /** `rel` counts from this day, not from the anchor (`the day before last Tuesday`, `two days after today`). */
  base?: DateSpec;
}

/** A duration: `n` (null when vague) units. */
export interface DurationSpec {
  readonly kind: 'duration';
  n: number | null;
  unit: Unit;
  mod?: TimeMod;
}

/** A recurring time: its TIMEX3 value. */
export interface SetSpec {
  readonly kind: 'set';
  value: string;
}

/** A range: both ends, or one open end. */
export interface RangeSpec {
  readonly kind: 'range';
  from: DateSpec | null;
  to: DateSpec | null;
}

export type Spec = DateSpec | DurationSpec | SetSpec | RangeSpec;

/** A sub-expression of a match in token indices (ranges keep each end, as TimeML tags them). */
export interface Part {
  readonly a: number;
  readonly b: number;
  readonly spec: DateSpec;
  /**
   * TimeML tags this part as a duration of its own (`[three days] later`: the count is the timex,
   * `later` a signal), while the whole expression still resolves to a date.
   */
  readonly duration?: DurationSpec;
  /** TimeML tags this part as the day of the whole (`10:35 a.m. (0735 GMT) [Friday]`). */
  readonly dayOfWhole?: boolean;
}

/** A grammar match: tokens `[start, end)`, its meaning and the rule that made it. */
export interface Parse {
  readonly start: number;
  readonly end: number;
  readonly spec: Spec;
  readonly rule: string;
  readonly parts?: readonly Part[];
}

/**
 * A shallow copy of a spec, without the key `skip` if one is given. Object spread says the same, but
 * V8 copies these objects (many optional fields, so many shapes) on a slow path: measured over the
 * bench corpus at about 6 µs a copy, against a fraction of one for this loop. Keys keep their order.
 */
export function copySpec<T extends object>(s: T, skip?: string): T {
  const out: Record<string, unknown> = {};
  const src = s as Record<string, unknown>;
  for (const k in src) if (k !== skip) out[k] = src[k];
  return out as T;
}

/** Sets the fields of `from` on `to` (the `{ ...to, ...from }` of a spec, without the slow spread). */
export function assignSpec<T extends object>(to: T, from: Partial<T>): T {
  const out = to as Record<string, unknown>;
  const src = from as Record<string, unknown>;
  for (const k in src) out[k] = src[k];
  return to;
}

/** The token stream a rule reads, with a step counter. */
export class Cursor {
  /**
   * Memo of the core reader by token index (see extract.ts): `undefined` not read yet, `null` no
   * reading. One slot per token, so a look-up is an index, not a hash.
   */
  readonly memo: (Parse | null | undefined)[];
  /** The same for the base rules alone. */
  readonly baseMemo: (Parse | null | undefined)[];
  constructor(
    readonly toks: readonly Tok[],
    readonly work: Work,
  ) {
    this.memo = new Array(toks.length);
    this.baseMemo = new Array(toks.length);
  }
  /** Token `i`, counting one step. */
  at(i: number): Tok | undefined {
    this.work.steps++;
    return this.toks[i];
  }
  /** Lower-cased word at `i`, or undefined when `i` is not a word. */
  word(i: number): string | undefined {
    const t = this.at(i);
    return t?.kind === 'w' ? t.low : undefined;
  }
  /**
   * True when token `i` is one of the words given. Fixed parameters, not a rest array: this runs
   * for nearly every token a rule looks at, and a rest array is an allocation per call.
   */
  is(
    i: number,
    w0: string,
    w1?: string,
    w2?: string,
    w3?: string,
    w4?: string,
    w5?: string,
    w6?: string,
    w7?: string,
    w8?: string,
    w9?: string,
  ): boolean {
    const t = this.at(i);
    if (t === undefined || t.kind !== 'w') return false;
    const w = t.low;
    return (
      w === w0 ||
      w === w1 ||
      w === w2 ||
      w === w3 ||
      w === w4 ||
      w === w5 ||
      w === w6 ||
      w === w7 ||
      w === w8 ||
      w === w9
    );
  }
  /** True when token `i` is one of the punctuation marks given (fixed parameters, as for `is`). */
  punct(i: number, p0: string, p1?: string, p2?: string, p3?: string): boolean {
    const t = this.at(i);
    if (t === undefined || t.kind !== 'p') return false;
    const p = t.low;
    return p === p0 || p === p1 || p === p2 || p === p3;
  }
  /** Numeric value of a digit token at `i`, or undefined. */
  num(i: number): number | undefined {
    const t = this.at(i);
    if (t?.kind !== 'n' || t.e - t.s > 4) return undefined;
    return Number(t.low);
  }
  /** Digit count of a digit token at `i` (0 otherwise). */
  digits(i: number): number {
    const t = this.at(i);
    return t?.kind === 'n' ? t.e - t.s : 0;
  }
  /** True when token `i` touches the token before it (no whitespace). */
  attached(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.gap === 0 && i > 0;
  }
}
