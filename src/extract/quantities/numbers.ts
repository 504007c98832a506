import { MAX_NUMBER_CHARS } from './constants.ts';
import type { QuantityLexicon } from './lexicon.ts';
import { isNumeric, type Word } from './words.ts';

/**
 * Reading a figure at a token: digits with separators and glued scales (`20,000`, `1.5`, `1Bln`,
 * `2.3bn`, `8,000-10,000`), space-grouped thousands (`12 000`), a following scale word
 * (`1.5 million`), and numbers in words (`two`, `twenty-five`, `three hundred`, `a few thousand`,
 * `dozens`, `tens of thousands`). Ordinals, times, dates, fractions and names are not figures.
 */

/** A figure read from tokens `[first, next)`. */
export interface Figure {
  readonly value: number;
  /** Upper bound of a range, else null. */
  readonly max: number | null;
  /** Index of the first token after the figure. */
  readonly next: number;
  /** A unit glued on the token (`10km`, `5%` is separate), canonical, or null. */
  readonly tail: string | null;
  /** True when written in words (needs a counted noun to count). */
  readonly words: boolean;
  /** True for magnitudes without a count (`dozens`, `a few thousand`). */
  readonly vague: boolean;
  /** True for `10,000-plus`. */
  readonly plus?: boolean;
  /** The denominator of a rate written with a slash (`9.99/month`: `month`). */
  readonly per?: string;
}

/** The largest number read as a temperature when a C or F is glued to it (`41C`, `350F`). */
const MAX_TEMPERATURE = 500;
const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$/i;
const RANGE_DASH = /^([^-–‐‑]+)[-–‐‑]([^-–‐‑]+)$/;
const SPACE_GROUP = /^[ \u00a0\u2009\u202f]$/;

/**
 * `value` times a scale, without the binary fraction's error (`4.1` billion is 4100000000, not
 * 4099999999.9999995): fifteen significant digits, as many as a double holds exactly.
 */
function scaled(value: number, scale: number): number {
  const v = value * scale;
  // (Whole products, the usual case, are exact already; only a fraction left by the error is rounded.)
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

/** Lines of a video format written with a glued `p` (`1080p`): no pence. */
const VIDEO_LINES: ReadonlySet<string> = new Set([
  '144',
  '240',
  '360',
  '480',
  '576',
  '720',
  '1080',
  '1440',
  '2160',
  '4320',
]);

/**
 * 0 when `text` is digits only, 1 when it is digits in groups of three after a first group of one
 * to three (`20,000`), -1 otherwise: the two shapes of `DIGITS` with no decimals and no tail.
 */
function plainDigits(text: string): number {
  let commas = 0;
  let run = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) run++;
    else if (c === 44) {
      // (The first group of one to three digits, each later one of three.)
      if (run === 0 || run > 3 || (commas > 0 && run !== 3)) return -1;
      commas++;
      run = 0;
    } else return -1;
  }
  if (run === 0) return -1;
  if (commas === 0) return 0;
  return run === 3 ? 1 : -1;
}

/** The value of one digit group with its glued tail (`1.5`, `20,000`, `1Bln`), or null. */
export function parseDigitGroup(
  text: string,
  lex: QuantityLexicon,
): { value: number; tail: string | null; plain: boolean } | null {
  if (text.length > MAX_NUMBER_CHARS) return null;
  // (Most groups are digits alone or in groups of three, `2021`, `20,000`: read by code.)
  const plain = plainDigits(text);
  if (plain >= 0)
    return { value: Number(plain === 1 ? text.replaceAll(',', '') : text), tail: null, plain: plain === 0 };
  const m = DIGITS.exec(text);
  if (!m) return null;
  let value = Number(`${m[1]!.replaceAll(',', '')}${m[2] ? `.${m[2]}` : ''}`);
  const tailText = m[3]!.toLowerCase();
  let tail: string | null = null;
  // (`5G`, `4G`: a network's generation, no grams.)
  if (m[3] === 'G') return null;
  // `150p`, `12.5p`: pence glued to the figure (`1080p`, `720p`: a video's lines, no figure).
  if (m[3] === 'p') return !m[2] && VIDEO_LINES.has(m[1]!) ? null : { value, tail: 'pence', plain: false };
  // `41C`, `1.2C`, `75F`: a capital C or F glued to a number is a temperature (`50c` is cents).
  if ((m[3] === 'C' || m[3] === 'F') && value <= MAX_TEMPERATURE)
    return { value, tail: m[3] === 'C' ? '°C' : '°F', plain: false };
  if (tailText) {
    const scale = lex.numbers.get(tailText);
    const unit = lex.units.get(tailText);
    if (scale?.cls === 'scale') value = scaled(value, scale.value);
    else if (unit && unit.cls !== 'count') tail = unit.unit;
    else return null; // ordinals (21st), model suffixes (3M), anything else glued on
  }
  if (!Number.isFinite(value)) return null;
  return { value, tail, plain: !tailText && !m[2] && !m[1]!.includes(',') };
}

/** A decimal comma: one to three digits, a comma and one or two digits (`12,5`). */
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;

/**
 * `12,5%`, `3,2 percent`: a European decimal comma before a percent sign or word (a group of
 * thousands has three digits, so the figure is no count), or null.
 */
function decimalComma(words: readonly Word[], i: number): { value: number; tail: null; plain: false } | null {
  if (!DECIMAL_COMMA.test(words[i]!.text)) return null;
  const n = words[i + 1];
  if (!n || n.start !== words[i]!.end + (n.text === '%' ? 0 : 1)) return null;
  if (!(n.text === '%' || n.lower === 'percent' || (n.lower === 'per' && words[i + 2]?.lower === 'cent')))
    return null;
  return { value: Number(words[i]!.text.replace(',', '.')), tail: null, plain: false };
}

/** Reads a figure written in digits starting at token `i`, or null. */
export function digitsAt(
  words: readonly Word[],
  i: number,
  text: string,
  lex: QuantityLexicon,
): Figure | null {
  const w = words[i]!;
  if (!isNumeric(w) || w.text.length > MAX_NUMBER_CHARS) return null;
  // (A token with no colon, slash or dash is one digit group: the patterns below are passed over.)
  const grouped = !hasJoinMark(w.text);
  if (!grouped && /[:/]/.test(w.text)) {
    // A price or amount per unit of time (`9.99/month`, `$120/yr`): the amount. Else a time, a
    // fraction or a date (11:30, 1/2, 17/01/2022): no figure.
    const rate = PER_TIME.exec(w.text);
    const g = rate ? parseDigitGroup(rate[1]!, lex) : null;
    // (`90km/h`, `3m/s`: a unit with a slash glued to the number.)
    if (!rate) {
      const glued = GLUED_SLASH_UNIT.exec(w.text);
      const unit = glued ? lex.units.get(glued[2]!.toLowerCase()) : undefined;
      const d = glued && unit?.cls === 'measure' ? parseDigitGroup(glued[1]!, lex) : null;
      return d && d.tail === null ? withScale(words, i + 1, d.value, null, unit!.unit, lex) : null;
    }
    return g
      ? {
          value: g.value,
          max: null,
          next: i + 1,
          tail: g.tail,
          words: false,
          vague: false,
          per: TIME_UNIT_ABBREVIATIONS.get(rate![2]!.toLowerCase()) ?? rate![2]!.toLowerCase(),
        }
      : null;
  }
  if (!grouped && /[-‐‑]plus$/.test(w.lower)) {
    const g = parseDigitGroup(w.text.slice(0, -5), lex);
    return g
      ? { value: g.value, max: null, next: i + 1, tail: g.tail, words: false, vague: false, plus: true }
      : null;
  }
  let value: number;
  let max: number | null = null;
  let tail: string | null = null;
  // Only a token with a hyphen can be a figure joined to its unit (most numbers have none).
  const compound = !grouped && HAS_HYPHEN.test(w.text) ? unitCompound(w.text, lex) : undefined;
  if (compound !== undefined) {
    if (compound?.tail !== 'strongs')
      return compound && { ...compound, next: i + 1, words: false, vague: false };
    // `a 10,000-strong force`, `a 3,000-strong crowd`: the size of the body named after it.
    const body = words[i + 1];
    const tail = body
      ? (STRONG_BODIES.get(body.lower) ?? (/^\p{Ll}+$/u.test(body.text) ? body.lower : null))
      : null;
    return tail ? { value: compound.value, max: null, next: i + 2, tail, words: false, vague: false } : null;
  }
  const dashed = grouped ? null : RANGE_DASH.exec(w.text);
  if (dashed) {
    const a = parseDigitGroup(dashed[1]!, lex);
    const b = parseDigitGroup(dashed[2]!, lex);
    if (!a || !b || !/^\d/.test(dashed[2]!)) return null;
    value = a.value;
    // `1-2bn`: a scale written once applies to both ends.
    if (/[a-z]$/i.test(dashed[2]!) && !/[a-z]$/i.test(dashed[1]!) && b.tail === null) {
      const ratio = b.value / Number(dashed[2]!.replace(/[a-z]+$/i, '').replaceAll(',', ''));
      if (Number.isFinite(ratio) && ratio > 1) value = scaled(a.value, ratio);
    }
    max = b.value;
    tail = b.tail ?? a.tail;
    if (max < value) return null; // 2022-01 style codes, not ranges
  } else {
    const g = parseDigitGroup(w.text, lex) ?? decimalComma(words, i);
    if (!g) return null;
    value = g.value;
    tail = g.tail;
    // `a wall 2m high`, `2m (6.5ft) tall`: a glued `m` before a word of dimension or a length in
    // brackets is metres, no million (nor after a currency: `£2m`).
    if (w.text.endsWith('m') && metresAt(words, i, lex)) {
      value = Number(w.text.slice(0, -1).replaceAll(',', ''));
      tail = 'm';
      if (!Number.isFinite(value)) return null;
      return { value, max: null, next: i + 1, tail, words: false, vague: false };
    }
    // `12 000`: thousands grouped by single spaces.
    let j = i;
    if (g.plain && w.text.length <= 3) {
      let digits = w.text;
      while (
        j + 1 < words.length &&
        /^\d{3}$/.test(words[j + 1]!.text) &&
        words[j + 1]!.start === words[j]!.end + 1 &&
        SPACE_GROUP.test(text[words[j]!.end]!)
      ) {
        j++;
        digits += words[j]!.text;
      }
      if (j > i) return withScale(words, j + 1, Number(digits), null, null, lex);
    }
    // `1 1/2 hours`, `6 1/2 games`: a whole number and a proper fraction after one space.
    const f = g.plain ? words[i + 1] : undefined;
    if (f && f.start === w.end + 1 && f.text.charCodeAt(1) === 47 && FRACTION.test(f.text)) {
      const slash = f.text.indexOf('/');
      const n = Number(f.text.slice(0, slash));
      const d = Number(f.text.slice(slash + 1));
      if (n > 0 && n < d) return withScale(words, i + 2, value + n / d, null, null, lex);
    }
  }
  return withScale(words, i + 1, value, max, tail, lex);
}

const HAS_HYPHEN = /[-‐‑]/;
/** A number and a unit with a slash glued to it (`90km/h`). */
const GLUED_SLASH_UNIT = /^(\d[\d,]*(?:\.\d+)?)(\p{L}+\/\p{L}+)$/u;
/** Words of dimension after a length (`2m high`). */
const DIMENSION_WORDS: ReadonlySet<string> = new Set(['long', 'wide', 'high', 'tall', 'deep', 'thick']);

/** True when the glued `m` of the number at `i` is metres: a word of dimension or a length in brackets after it, no currency before. */
function metresAt(words: readonly Word[], i: number, lex: QuantityLexicon): boolean {
  const next = words[i + 1];
  if (!next || !/^\d[\d,]*(?:\.\d+)?m$/.test(words[i]!.text)) return false;
  if (i > 0 && lex.units.get(words[i - 1]!.lower)?.cls === 'currency') return false;
  if (DIMENSION_WORDS.has(next.lower)) return true;
  return next.text === '(' && /^\d[\d,.]*(?:ft|in)$/.test(words[i + 2]?.text ?? '');
}
/** A proper fraction of small numbers (`1/2`, `3/4`). */
const FRACTION = /^\d\/\d{1,2}$/;

/** True when `text` holds a colon, a slash, a hyphen or an en dash (what `digitsAt`'s patterns need). */
function hasJoinMark(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 47 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) return true;
  }
  return false;
}

/** An amount per unit of time written with a slash (`9.99/month`, `120/yr`). */
const PER_TIME = /^(\d[\d,]*(?:\.\d+)?)\/(month|mo|year|yr|week|wk|day|hour|hr)$/i;

/** Short forms of time units written after a slash or `per` (`/mo`, `per yr`). */
export const TIME_UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['mo', 'month'],
  ['mos', 'month'],
  ['yr', 'year'],
  ['yrs', 'year'],
  ['wk', 'week'],
  ['hr', 'hour'],
  ['hrs', 'hour'],
  ['h', 'hour'],
  ['min', 'minute'],
  ['sec', 'second'],
]);

/** A figure joined by a hyphen to the lower-case word it measures (`30-kilometre`, `8-year-old`). */
const UNIT_COMPOUND = /^(\d[\d,]*(?:\.\d+)?)[-‐‑](\p{Ll}+(?:[-‐‑]\p{Ll}+)?)$/u;

/**
 * A figure written as an adjective with its unit (`a 30-kilometre zone`, `a 12.9-inch screen`,
 * `an 8-year-old boy`, `a 31-page report`): the unit of the lexicon, else the noun itself (as a
 * plural: `pages`). `undefined` when the token is no such compound; null when it is a duration
 * (`a 30-day ceasefire`, left to the times stage).
 */
function unitCompound(
  text: string,
  lex: QuantityLexicon,
): { value: number; max: null; tail: string } | null | undefined {
  const m = UNIT_COMPOUND.exec(text);
  if (!m) return undefined;
  const g = parseDigitGroup(m[1]!, lex);
  if (!g) return undefined;
  let word = m[2]!.replace(/[‐‑]/g, '-');
  // `a 40-mile-long convoy`, `a 3-metre-high wall`: a measure with its dimension.
  const dimension = DIMENSION.exec(word);
  if (dimension && lex.units.get(dimension[1]!)?.cls === 'measure') word = dimension[1]!;
  const known = lex.units.get(word);
  if (known) return known.cls === 'currency' ? undefined : { value: g.value, max: null, tail: known.unit };
  const head = word.split('-')[0]!;
  if (TIME_WORDS.has(head)) return null;
  // Only one word: `3-for-2`, `24-hour-a-day` and the like are no measure.
  if (word.includes('-')) return undefined;
  if (lex.numbers.has(word)) return undefined; // `1-million`
  // `a 3-pointer`, `a 2-seater`: a thing named by its number, not a number of things.
  if (NAMED_BY_NUMBER.test(word)) return undefined;
  // (`a 5.8-magnitude tremor`, `a 12-fold rise`: a scale or a multiplier, no plural of things.)
  const scale = COMPOUND_SCALES.get(word);
  if (scale) return { value: g.value, max: null, tail: scale };
  return { value: g.value, max: null, tail: plural(word) };
}

/** Words after a hyphenated figure that are a scale or a multiplier, and their unit. */
const COMPOUND_SCALES: ReadonlyMap<string, string> = new Map([
  ['magnitude', 'magnitude'],
  ['fold', 'times'],
]);

/** A unit word and the dimension it measures (`mile-long`, `metre-high`, `km-wide`). */
const DIMENSION = /^(\p{Ll}+)-(?:long|wide|high|tall|deep|thick)$/u;

/** Bodies a `-strong` figure gives the size of, and what it counts (`a 10,000-strong force`: troops). */
const STRONG_BODIES: ReadonlyMap<string, string> = new Map([
  ...'force forces army contingent garrison deployment brigade battalion regiment division corps unit units mission militia'
    .split(' ')
    .map((w) => [w, 'troops'] as const),
  ...'crowd crowds workforce staff team membership community diaspora delegation congregation audience march rally'
    .split(' ')
    .map((w) => [w, 'people'] as const),
]);

/** Time words a hyphenated figure makes a duration of (`30-day`, `two-week`, `24-hour`). */
const TIME_WORDS: ReadonlySet<string> = new Set(
  'second minute hour day night week month year decade century'.split(' '),
);

/** Nouns of a thing named by its number (`3-pointer`, `2-seater`, `18-wheeler`, `double-decker`). */
const NAMED_BY_NUMBER =
  /(?:pointer|seater|wheeler|pounder|decker|footer|timer|liner|hander|nighter|sider|starter)$/;

/** Plurals the regular rules miss. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['person', 'people'],
  ['man', 'men'],
  ['woman', 'women'],
  ['child', 'children'],
  ['tooth', 'teeth'],
]);

/** A noun's plural, by the regular rules (`page` → `pages`, `story` → `stories`). */
function plural(noun: string): string {
  const irregular = IRREGULAR_PLURALS.get(noun);
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function withScale(
  words: readonly Word[],
  next: number,
  value: number,
  max: number | null,
  tail: string | null,
  lex: QuantityLexicon,
): Figure {
  const w = words[next];
  const scale = w ? lex.numbers.get(w.lower) : undefined;
  if (tail === null && scale && (scale.cls === 'scale' || scale.cls === 'hundred') && w!.text.length > 1) {
    return {
      value: scaled(value, scale.value),
      max: max === null ? null : scaled(max, scale.value),
      next: next + 1,
      tail,
      words: false,
      vague: false,
    };
  }
  return { value, max, next, tail, words: false, vague: false };
}

/** Reads a figure written in words starting at token `i` (`two`, `twenty-five`, `a few thousand`), or null. */
export function wordsAt(words: readonly Word[], i: number, lex: QuantityLexicon): Figure | null {
  let j = i;
  const first = words[i]!.lower;
  // `half a million`, `half a dozen`: half of what the article and the scale after it count.
  const half = first === 'half' && (words[i + 1]?.lower === 'a' || words[i + 1]?.lower === 'an');
  if (half) {
    const scale = lex.numbers.get(words[i + 2]?.lower ?? '');
    if (!scale || !(scale.cls === 'scale' || scale.cls === 'hundred' || words[i + 2]!.lower === 'dozen'))
      return null;
    return { value: scale.value / 2, max: null, next: i + 3, tail: null, words: true, vague: false };
  }
  // `a`/`an` only counts before a scale or `dozen`: "a million", "a dozen", "a few thousand";
  // not after `half` (`half a million` is read from `half`).
  if ((first === 'a' || first === 'an') && i > 0 && words[i - 1]!.lower === 'half') return null;
  if (first === 'a' || first === 'an') j++;
  let total = 0;
  let current = 0;
  let seen = false;
  let vague = false;
  let few = false;
  for (; j < words.length; j++) {
    const parts = words[j]!.lower.split(/[-‐‑]/);
    let ok = true;
    for (const p of parts) {
      const e = lex.numbers.get(p);
      if (
        !e ||
        (p.length === 1 && e.cls === 'scale') ||
        p === 'mn' ||
        p === 'bn' ||
        p === 'bln' ||
        p === 'mln'
      ) {
        ok = false;
        break;
      }
      if (e.cls === 'unit' && p === 'dozen') current = (current || 1) * 12;
      else if (e.cls === 'unit' || e.cls === 'ten') {
        if (seen && current % 10 !== 0 && current < 100) {
          ok = false;
          break;
        }
        current += e.value;
      } else if (e.cls === 'hundred') current = (current || 1) * 100;
      else if (e.cls === 'scale') {
        total += (current || 1) * e.value;
        current = 0;
      } else if (e.cls === 'few') {
        if (seen) {
          ok = false;
          break;
        }
        few = true;
      } else if (e.cls === 'vague') {
        // (`scores` is a magnitude only before `of`: `scores of people`; `he scores goals` is a verb.)
        if (p === 'scores' && words[j + 1]?.lower !== 'of') {
          ok = false;
          break;
        }
        // "tens of thousands", "hundreds of thousands": magnitude of the larger word.
        vague = true;
        total = Math.max(total, e.value * (current || 1));
        current = 0;
        const of = words[j + 1];
        const more = words[j + 2];
        const big = more ? lex.numbers.get(more.lower) : undefined;
        if (of?.lower === 'of' && big?.cls === 'vague') {
          total = e.value * big.value;
          j += 2;
        }
      }
      seen = true;
    }
    if (!ok) break;
  }
  if (!seen) return null;
  // "tens of thousands"
  if (!vague && words[i]!.lower === 'tens' && words[i + 1]?.lower === 'of') return null;
  const value = total + current;
  if (few) {
    if (value === 0) {
      // "several", "a few" alone are not figures, except before a unit of measure ("a few kilometres
      // from the border"), where the distance is what a reader compares; the lexicon gives its value.
      const unit = j < words.length ? lex.units.get(words[j]!.lower) : undefined;
      // `many` is not a small count ("many miles away"): only "a few" and "several" qualify.
      if (unit?.cls !== 'measure' || !(first === 'a' || words[j - 1]!.lower === 'several')) return null;
      const fewValue = lex.numbers.get(words[j - 1]!.lower)?.value ?? 0;
      if (fewValue === 0) return null;
      return { value: fewValue, max: null, next: j, tail: null, words: true, vague: true };
    }
    return { value, max: null, next: j, tail: null, words: true, vague: true };
  }
  if ((first === 'a' || first === 'an') && value === 0) return null;
  // `two and a half million`: the half before the scale.
  if (
    !vague &&
    current > 0 &&
    total === 0 &&
    words[j]?.lower === 'and' &&
    words[j + 1]?.lower === 'a' &&
    words[j + 2]?.lower === 'half'
  ) {
    const scale = lex.numbers.get(words[j + 3]?.lower ?? '');
    if (scale && scale.cls === 'scale' && words[j + 3]!.text.length > 1)
      return {
        value: (current + 0.5) * scale.value,
        max: null,
        next: j + 4,
        tail: null,
        words: true,
        vague: false,
      };
  }
  return { value, max: null, next: j, tail: null, words: true, vague };
}

/** "tens of thousands" → 10,000 (vague); checked before word numbers since `tens` is not a number word. */
export function tensOfAt(words: readonly Word[], i: number, lex: QuantityLexicon): Figure | null {
  if (words[i]!.lower !== 'tens' || words[i + 1]?.lower !== 'of') return null;
  const big = words[i + 2] ? lex.numbers.get(words[i + 2]!.lower) : undefined;
  if (big?.cls !== 'vague') return null;
  return { value: 10 * big.value, max: null, next: i + 3, tail: null, words: true, vague: true };
}
