import type { EntityMention, Qualifier, QuantityMention, TimeMention } from '../../model/mention.ts';
import type { WorkCounter } from '../segment/work.ts';
import type { Stage } from '../types.ts';
import {
  aboutPronoun,
  aboutRange,
  aboutValue,
  eventSubject,
  linkedPluralNoun,
  MEASURED_PLACES,
  matterAtPlace,
  measuredPlace,
  openingHolder,
  placeOfCount,
  pronounReferent,
  type QuantityParts,
  Scene,
} from './about.ts';
import { ELIDED_UNIT_WINDOW, YEAR_MAX, YEAR_MIN } from './constants.ts';
import { isRuleFigure } from './frame.ts';
import {
  isAddressPart,
  isAge,
  isClockTime,
  isDatePart,
  isMagnitudeIdiom,
  isNamePart,
  isReferential,
  looksLikeYear,
} from './guards.ts';
import { isHeadlineVerb, isHeadlineWord, TitleCase } from './headline.ts';
import { hedgeAfter, hedgeBefore } from './hedges.ts';
import { EN_QUANTITIES, type QuantityLexicon } from './lexicon.ts';
import { measureFollows, measureOf, peopleMeasureAfter, peopleMeasureBefore } from './measure.ts';
import { digitsAt, type Figure, TIME_UNIT_ABBREVIATIONS, tensOfAt, wordsAt } from './numbers.ts';
import {
  type Attached,
  CountNounTrail,
  countNounBefore,
  currencyBefore,
  nounLike,
  remainsPeople,
  unitAfter,
} from './units.ts';
import {
  isCapitalised,
  isNumeric,
  scanWords,
  startsLetter,
  startsLower,
  TokenBytes,
  type Word,
} from './words.ts';

const NAME = 'quantity';
const VERSION = 1;
const TAG = `${NAME}@${VERSION}`;

/** What the quantity finder needs besides the text: sentence spans and, when present, times and entities. */
export interface QuantityInput {
  readonly text: string;
  readonly sentences: readonly (readonly [number, number])[];
  readonly times?: readonly TimeMention[];
  readonly entities?: readonly EntityMention[];
  readonly lexicon?: QuantityLexicon;
  readonly counter?: WorkCounter;
}

/**
 * Words before a figure that never take an elided unit ("52 to 48" is a score; `was out for 88`,
 * `for 2 1/2 years`: after `for`, a score or a span).
 */
const NO_ELISION: ReadonlySet<string> = new Set([
  'to',
  'and',
  'or',
  'of',
  'by',
  'than',
  'from',
  'with',
  'for',
]);
/** Short linking verbs before an elided figure ("the threshold, which is 9,000"); longer words pass by length. */
const LINK_VERBS: ReadonlySet<string> = new Set(['is', 'be']);
/** Forms of `be` and the personal pronouns whose figure after them is an age (`I was 17`). */
const BE_PAST_PRESENT: ReadonlySet<string> = new Set(['was', 'were', 'is', 'am', "'m", '’m', 'turned']);
const PERSONAL: ReadonlySet<string> = new Set(['i', 'he', 'she', 'you', 'we', 'they']);

/** Words right before a figure (and its hedge or range) that make it an age (`aged 67`, `at age 90`). */
const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
/** Verbs of a crowd in the plural present (`Thousands march`), never the noun a magnitude counts. */
const CROWD_VERBS: ReadonlySet<string> = new Set(
  'march protest rally gather flee demonstrate mourn riot queue celebrate converge'.split(' '),
);
/** Nouns of people whose `over 70` is an age. */
const AGE_HOLDERS: ReadonlySet<string> = new Set(
  'women men people adults children patients those persons residents voters workers participants'.split(' '),
);
/** The unit of an age written as an adjective (`41-year-old`, `six-month-old`). */
const AGE_UNIT = /^(?:year|month|week|day)s?[- ]olds?$/;

/** The words that may stand between two figures of the same thing (see `sharesAbout`). */
const SHARED_GAPS: ReadonlySet<string> = new Set([
  ',',
  'and',
  'or',
  ', and',
  ', or',
  '(',
  'to',
  ', up',
  ', down',
  // (`closed down 38 points, or 0.5%, at 7,410`: the level after a change.)
  ', at',
  // (`Amazon rose $6.20, or 1 percent, to $758.81`.)
  ', to',
]);

/** True when the tokens `[from, to)` between two figures are one of `SHARED_GAPS`. */
function sharesAbout(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  const gap = to - from === 1 ? words[from]!.lower : `${words[from]!.lower} ${words[from + 1]!.lower}`;
  return SHARED_GAPS.has(gap);
}

/**
 * `It will spend £86 million next year, up from £82 million`, `rose to 5.2% from 4.9%`: an old
 * value right after `from` (or `, up from`/`, down from`, after a time) is of what the new value is
 * of, when the old value's own words say nothing.
 */
function oldValueAfter(words: readonly Word[], from: number, to: number): boolean {
  if (to - from === 1) return words[from]!.lower === 'from';
  if (to - from < 3 || to - from > 6) return false;
  if (
    words[to - 3]!.text !== ',' ||
    !/^(?:up|down)$/.test(words[to - 2]!.lower) ||
    words[to - 1]!.lower !== 'from'
  )
    return false;
  // (`£86 million next year, up from`, `2 million devices in 2027, up from`: a time of at most three
  // words between.)
  for (let k = from; k < to - 3; k++) if (!/^(?:\p{Ll}+|(?:19|20)\d\d)$/u.test(words[k]!.text)) return false;
  return to - from === 3 || /^(?:next|last|this|a|the|in)$/.test(words[from]!.lower);
}

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/**
 * `has grown by 18% since 2011, to about 24,000`, `rose 12% last year to 8,400`: the level a change
 * reached, after a time phrase (a preposition of time and at most three words) and `to`, is of what
 * changed.
 */
function levelAfterTime(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 3 || to - from > 6 || words[to - 1]!.lower !== 'to') return false;
  if (!/^(?:since|in|on|over|during|last|this|from)$/.test(words[from]!.lower)) return false;
  const stop = words[to - 2]!.text === ',' ? to - 2 : to - 1;
  let time = false;
  for (let k = from + 1; k < stop; k++) {
    if (!/^[\p{L}\p{N}]/u.test(words[k]!.text)) return false;
    // (A time, not a place or thing: `in Intel's stock to $32` is none.)
    if (
      /^(?:\d{4}|year|years|quarter|half|month|months|week|weeks|period|season|spring|summer|autumn|winter)$/.test(
        words[k]!.lower,
      ) ||
      MONTHS.test(words[k]!.lower)
    )
      time = true;
  }
  return time;
}

/** Verbs of a level at a session's end after `to` (`to close at`, `to settle at`). */
const CLOSING: ReadonlySet<string> = new Set(['close', 'end', 'finish', 'settle']);
/** The session a level closed (`to end the day at`). */
const SESSIONS: ReadonlySet<string> = new Set(['day', 'session', 'week', 'month', 'year', 'quarter']);

/**
 * `rose 0.7% to close at 5,210`, `fell 1.3%, to settle at $78.40`, `rose 0.4% to end the day at
 * $1.27`: the level a change closed at, right after it, is of what changed.
 */
function closedAt(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 3 || to - from > 6 || words[to - 1]!.lower !== 'at') return false;
  let k = from;
  if (words[k]!.text === ',') k++;
  if (words[k]!.lower !== 'to' || !CLOSING.has(words[k + 1]!.lower)) return false;
  k += 2;
  return k === to - 1 || (k === to - 3 && words[k]!.lower === 'the' && SESSIONS.has(words[k + 1]!.lower));
}

/**
 * `17 people have died and 9 are missing`: two counts joined by `and` after the first one's verb
 * group (at most five lower-case words, with an optional comma before `and`).
 */
function coordinatedCounts(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 6 || words[to - 1]!.lower !== 'and') return false;
  for (let k = from; k < to - 1; k++)
    if (!/^\p{Ll}+$/u.test(words[k]!.text) && !(k === to - 2 && words[k]!.text === ',')) return false;
  return true;
}

/**
 * `revenue of £2.4bn for the year, up 6%`: a change written `, up`/`, down` closing the clause of a
 * figure (at most `CHANGE_GAP` tokens after it, no verb between) is a change of the same thing.
 */
function changeAfter(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 3 || to - from > CHANGE_GAP + 2) return false;
  if (words[to - 2]!.text !== ',' || !/^(?:up|down)$/.test(words[to - 1]!.lower)) return false;
  for (let k = from; k < to - 2; k++)
    if (!/^[\p{L}\p{N}]/u.test(words[k]!.text) || /ed$/.test(words[k]!.lower)) return false;
  return true;
}
const CHANGE_GAP = 5;

/** Verbs whose bare number after them is one to call (`called 911`, `dial 999`): no figure. */
const CALLING: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'dial',
  'dials',
  'dialed',
  'dialled',
  'dialing',
  'dialling',
  'phoned',
  'text',
  'texted',
]);

/** Words that lead a figure or a range from its counted noun (`casualties ranging from …`). */
const RANGE_LEADS: ReadonlySet<string> = new Set([
  'ranging',
  'numbering',
  'totalling',
  'totaling',
  'between',
]);

/** Words that put a figure after the noun it counts ("the number of troops rose to 30,000"). */

const AT_FIGURE: ReadonlySet<string> = new Set([
  'to',
  'at',
  'reached',
  'totalled',
  'totaled',
  'numbered',
  'of',
]);

/**
 * A cheap test for sentences that may hold a figure: a digit, or a number word of the lexicon
 * (kept in sync by hand: unit and ten words, scales, vague magnitudes, `dozen`, and `a few`/`several`
 * before a word that may be a unit of measure: km, miles, metres, percent, tonnes; and a fraction
 * word, `half of`, `by a third`, `a quarter-point`).
 */
const FIGURE_HINT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen|dozens|scores|hundreds|thousands|millions|billions|zero|tens)\b|\b(?:few|several)\s+[kmpt%]|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;

/**
 * True when a word may open a figure written in words: a number word of the lexicon, `a`/`an`
 * (`a dozen`), `half`, `tens`, or two lower-case words joined by a hyphen (`twenty-five`). The
 * stage reads the words after it only then.
 */
function opensWordFigure(lower: string, lex: QuantityLexicon): boolean {
  return (
    lex.numbers.has(lower) ||
    lower === 'a' ||
    lower === 'an' ||
    lower === 'half' ||
    lower === 'tens' ||
    (lower.includes('-') && /^\p{Ll}+-\p{Ll}+$/u.test(lower))
  );
}
/** `opensWordFigure` of the English lexicon, once per interned token. */
const WORD_FIGURE = new TokenBytes((w) => (opensWordFigure(w.lower, EN_QUANTITIES) ? 1 : 0));

/** A digit: most sentences with a figure hold one, and this test finds it faster than `FIGURE_HINT`'s alternation. */
const DIGIT = /\d/;

/** Units of speed, whose range from zero is an acceleration test (`0-62 mph`). */
const SPEEDS: ReadonlySet<string> = new Set(['mph', 'km/h']);

/** Words before a pair of numbers that make it a score (`won 6-3`, `level the series 1-1`). */
const SCORE_BEFORE: ReadonlySet<string> = new Set(
  'won win wins beat beats beaten defeated defeat defeats lost lose loses drew draw tied tie level levelled leveled led lead leads leading trailed trailing rallied edged routed thrashed downed series score scored margin'.split(
    ' ',
  ),
);
/** Words after a pair of numbers that make it a score (`a 3-1 win`, `a 1-1 draw`). */
const SCORE_AFTER: ReadonlySet<string> = new Set(
  'win wins victory victories defeat defeats loss losses draw draws tie lead scoreline decision record aggregate advantage'.split(
    ' ',
  ),
);
/** A pair of small whole numbers joined by a dash, as a score is written (`6-3`, `112-107`). */
const SCORE_TOKEN = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * True when the dashed pair at token `i` (a range `value`–`max`) is a score: equal ends (`1-1`), a
 * word of winning or losing before or after it, or another pair or a tie-break beside it in a list
 * of sets (`3-6, 6-3, 7-6 (0)`). Reads at most three tokens on each side.
 */
function isScore(
  words: readonly Word[],
  i: number,
  next: number,
  hi: number,
  value: number,
  max: number,
): boolean {
  const w = words[i]!;
  if (next !== i + 1 || !SCORE_TOKEN.test(w.text)) return false;
  if (value === max) return true;
  const before = words[i - 1]?.lower ?? '';
  if (SCORE_BEFORE.has(before) || (DETERMINER_A.has(before) && SCORE_BEFORE.has(words[i - 2]?.lower ?? '')))
    return true;
  const after = next < hi ? words[next]! : undefined;
  if (after && SCORE_AFTER.has(after.lower)) return true;
  if (after?.text === ',' && next + 1 < hi && SCORE_TOKEN.test(words[next + 1]!.text)) return true;
  if (
    after?.text === '(' &&
    next + 2 < hi &&
    /^\d{1,2}$/.test(words[next + 1]!.text) &&
    words[next + 2]!.text === ')'
  )
    return true;
  return i >= 2 && words[i - 1]!.text === ',' && SCORE_TOKEN.test(words[i - 2]!.text);
}
const DETERMINER_A: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Denominators a rate takes after `a`, `an`, `each` or `every` (`$10 a month`, `$5 a share`). */
const RATE_DENOMINATORS: ReadonlySet<string> = new Set(
  'second minute hour day night week month year quarter share head person piece game match gallon litre liter mile kilometre kilometer barrel bushel ton tonne pound kilo ounce seat ticket capita'.split(
    ' ',
  ),
);
/** Words after `a year`, `a week` … that make it a time, not a rate's denominator (`a year ago`). */
const NOT_RATE_AFTER: ReadonlySet<string> = new Set(
  'ago earlier later before after from since prior'.split(' '),
);

/** The singular name of a rate's denominator (`gallon`, `month`, `litre`), from the lexicon when it knows the word. */
function denominator(w: Word, lex: QuantityLexicon): string {
  const short = TIME_UNIT_ABBREVIATIONS.get(w.lower);
  if (short) return short;
  // (`$2.22 a pound`, `50p per pound`: a pound a price is given per is a weight, not money.)
  if (w.lower === 'pound' || w.lower === 'lb') return 'lb';
  const known = lex.units.get(w.lower);
  const name = known && known.cls !== 'count' ? known.unit : w.lower;
  return name.length > 3 && name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name;
}

/** A rate's denominator that is itself a figure (`per 1,000 person-years`, `per 100,000`). */
interface CountedPer {
  /** The denominator as written in the unit: the number without separators, then its noun if any. */
  readonly per: string;
  readonly next: number;
  /** The denominator's number and noun (null when none follows the number). */
  readonly n: number;
  readonly noun: string | null;
}

/**
 * `per` and a whole number of at least 10, with its counted noun when one follows (`per 1,000
 * person-years`, `per 100,000 residents`, `per 100,000`): the denominator of a rate, not a figure
 * of its own. A time noun after the number (`per 1,000 years`) is kept as written.
 */
function countedPer(
  words: readonly Word[],
  k: number,
  hi: number,
  text: string,
  lex: QuantityLexicon,
): CountedPer | null {
  if (k + 1 >= hi || words[k]!.lower !== 'per' || !isNumeric(words[k + 1]!)) return null;
  const d = digitsAt(words, k + 1, text, lex);
  if (!d || d.max !== null || d.tail || d.per || !Number.isInteger(d.value) || d.value < 10) return null;
  const u = unitAfter(words, d.next, hi, lex, false);
  if (u?.cls === 'currency') return null;
  const noun = u ? (u.unit.startsWith('time:') ? words[u.next - 1]!.lower : u.unit) : null;
  const n = String(d.value);
  return { per: noun ? `${n} ${noun}` : n, next: u ? u.next : d.next, n: d.value, noun };
}

/**
 * The denominator of a rate written after a figure's unit, from token `k`: `per` and a noun or unit
 * (`per month`, `per gallon`, `per share`) or a counted denominator (`per 1,000 person-years`), or
 * `a`/`an`/`each`/`every` and a word of `RATE_DENOMINATORS` not followed by a word that makes it a
 * time (`a year ago`). Two tokens at most, besides a counted denominator's number and noun.
 */
function rateAfter(
  words: readonly Word[],
  k: number,
  hi: number,
  text: string,
  lex: QuantityLexicon,
): { per: string; next: number; counted?: CountedPer } | null {
  if (k + 1 >= hi) return null;
  const w = words[k]!;
  const d = words[k + 1]!;
  if (w.lower === 'per') {
    if (d.lower === 'cent') return null;
    const counted = countedPer(words, k, hi, text, lex);
    if (counted) return { per: counted.per, next: counted.next, counted };
    // `per thousand cubic metres`: a scale word and its unit (two words, else one).
    const scale = lex.numbers.get(d.lower)?.value;
    if (scale !== undefined && scale >= 100 && k + 2 < hi) {
      const two = k + 3 < hi ? lex.units.get(`${words[k + 2]!.lower} ${words[k + 3]!.lower}`) : undefined;
      if (two && two.cls !== 'count') return { per: `${scale} ${two.unit}`, next: k + 4 };
      const one = lex.units.get(words[k + 2]!.lower);
      if (one && one.cls !== 'count') return { per: `${scale} ${one.unit}`, next: k + 3 };
      if (nounLike(words[k + 2]!)) return { per: `${scale} ${words[k + 2]!.lower}`, next: k + 3 };
    }
    if (nounLike(d) || lex.units.has(d.lower) || TIME_UNIT_ABBREVIATIONS.has(d.lower))
      return { per: denominator(d, lex), next: k + 2 };
    return null;
  }
  if (w.lower !== 'a' && w.lower !== 'an' && w.lower !== 'each' && w.lower !== 'every') return null;
  if (!RATE_DENOMINATORS.has(d.lower)) return null;
  if (k + 2 < hi && NOT_RATE_AFTER.has(words[k + 2]!.lower)) return null;
  // `a year or two`: a span of time, not a denominator.
  if (
    k + 3 < hi &&
    (words[k + 2]!.lower === 'or' || words[k + 2]!.lower === 'and') &&
    (isNumeric(words[k + 3]!) || lex.numbers.has(words[k + 3]!.lower))
  )
    return null;
  return { per: denominator(d, lex), next: k + 2 };
}

/** Units of length and size: their figure measures a distance, whose matter a sentence rarely names. */
const LENGTHS: ReadonlySet<string> = new Set([
  'km',
  'miles',
  'm',
  'cm',
  'mm',
  'feet',
  'inches',
  'yards',
  'nautical miles',
  'light years',
]);

/**
 * What a unit says of its figure, for `about`: an amount of money, a percentage or another measure
 * is a `value` (what it measures is still to be found), a length a `length`, a counted noun a
 * `count`; no unit `none`.
 */
function unitKind(
  unitName: string | null,
  unit: Attached | null,
  lex: QuantityLexicon,
): 'value' | 'length' | 'count' | 'none' {
  if (unitName === null) return 'none';
  // (`142 per 100,000`: a rate whose unit is its denominator alone is a value of what is linked to it.)
  if (unitName.startsWith('per ')) return 'value';
  // (The part before a slash, sliced only when there is one: most units have none.)
  const slash = unitName.indexOf('/');
  const base = slash < 0 ? unitName : unitName.slice(0, slash);
  if (LENGTHS.has(base)) return 'length';
  // (`The index rose 0.3 points`: points measure a level or a lead, like a percentage.)
  if (unit?.cls === 'currency' || base === 'percent' || base === 'points') return 'value';
  if (unit?.cls === 'measure' && unit.unit === base) return 'value';
  const cls = lex.units.get(base)?.cls;
  return cls === 'measure' || cls === 'currency' ? 'value' : 'count';
}

/** Scales named right before their figure (`magnitude 6.3`). */
const SCALES_BEFORE: ReadonlySet<string> = new Set(['magnitude']);

/** Counted nouns of people: what `killed`, `wounded`, `detained` may say of an elided figure. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  `people persons civilians soldiers troops fighters militants rebels insurgents children women men residents
  protesters demonstrators police officers migrants refugees workers students passengers prisoners hostages
  journalists patients casualties servicemen personnel members employees staff villagers pilgrims sailors`.split(
    /\s+/,
  ),
);
/**
 * The noun a figure shares with the counted figure coordinated after it and one modifier
 * (`2,500 Belarusian and 1,500 Russian servicemen`), covering the modifier; null when there is
 * none or the second figure has no count noun.
 */
function sharedNoun(words: readonly Word[], next: number, hi: number, lex: QuantityLexicon): Attached | null {
  let j = next;
  if (j < hi && /^\p{L}+$/u.test(words[j]!.text) && !RANGE_JOINERS.has(words[j]!.lower)) j++;
  if (j === next || j + 2 >= hi) return null;
  if (words[j]!.lower !== 'and' && words[j]!.lower !== 'or') return null;
  if (!isNumeric(words[j + 1]!)) return null;
  const second = unitAfter(words, j + 2, hi, lex, false);
  if (!second || (second.cls !== 'count' && second.cls !== 'noun')) return null;
  return { unit: second.unit, cls: second.cls, first: next, next: j };
}

/** Words before a figure that keep an elided noun: "another 30,000", "a further 2,000". */
const ANOTHER: ReadonlySet<string> = new Set(['another', 'further', 'additional']);
/** Words after a figure that keep an elided noun: "1,000 more", "2,000 others". */
const MORE: ReadonlySet<string> = new Set(['more', 'additional', 'others', 'extra']);
/** The fewest unseparated digits that make a number an identifier rather than a figure. */
const IDENTIFIER_DIGITS = 13;

/** Words after an elided figure that start a phrase about it ("… 1,000 more from Germany"). */
const LINK_WORDS: ReadonlySet<string> = new Set(['from', 'to', 'in', 'near', 'on', 'at', 'along', 'into']);

/**
 * Plural subjects whose bare figure is an amount, a price, a level or a rate of them, not a count
 * (`Prices rose to 151.20`, `Shares fell 3 to 40`, `Temperatures reached 40`).
 */
const NOT_COUNTED_SUBJECTS: ReadonlySet<string> = new Set(
  'prices shares stocks equities bonds futures yields rates sales earnings profits revenues costs expenses losses gains exports imports reserves assets wages salaries rents bills savings fees taxes ratings temperatures levels numbers figures totals markets indices indexes averages readings scores odds returns margins spreads receipts orders deposits loans payments volumes values benchmarks gilts treasuries notes'.split(
    ' ',
  ),
);

/** Words right before a bare level or change linked to its subject (`rose to`, `fell by`, `topped`). */
const LEVEL_LEADS: ReadonlySet<string> = new Set(
  'to by at rose fell grew hit hits stood stands is are was were totals tops reaches rises falls grows'.split(
    ' ',
  ),
);

/** Nouns after a name's number that make it an index's name (`Standard & Poor's 500 index`). */
const INDEX_NOUNS: ReadonlySet<string> = new Set(['index', 'indices', 'indexes', '500-stock', 'stock']);

/** Inches or ounces glued to their number (`2in`, `4oz`). */
const GLUED_INCHES = /^(\d{1,2}(?:\.\d)?)in$/;
const GLUED_OUNCES = /^(\d{1,2}(?:\.\d)?)oz$/;

/**
 * The inches after feet (`2in`, `4 inches`, `11 in.` is not read: `in` alone is a preposition) or
 * the ounces after pounds (`4oz`, `4 ounces`) at `k`: a value below a foot or a pound, or null.
 */
function smallerUnitAt(
  words: readonly Word[],
  k: number,
  hi: number,
  feet: boolean,
): { value: number; next: number } | null {
  if (k >= hi) return null;
  const limit = feet ? 12 : 16;
  const glued = (feet ? GLUED_INCHES : GLUED_OUNCES).exec(words[k]!.text);
  let value: number;
  let next: number;
  if (glued) {
    value = Number(glued[1]);
    next = k + 1;
  } else {
    if (!/^\d{1,2}$/.test(words[k]!.text) || k + 1 >= hi) return null;
    const u = words[k + 1]!.lower;
    if (!(feet ? /^(?:inch|inches)$/ : /^(?:oz|ounce|ounces)$/).test(u)) return null;
    value = Number(words[k]!.text);
    next = k + 2;
  }
  return value < limit ? { value, next } : null;
}

/** The most further ages read in a list after `aged` (`aged 19, 22 and 25`). */
const MAX_AGE_LIST = 8;

/** A side of a tally: digits or a number word (`52`, `nine`). */
function isTallySide(w: Word | undefined): boolean {
  return w !== undefined && (/^\d[\d,]*$/.test(w.text) || TALLY_WORDS.has(w.lower));
}
const TALLY_WORDS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen zero'.split(' '),
);

/** True when `voted` or `a vote of` opens the tally whose first side starts at `f`. */
function opensVote(words: readonly Word[], f: number): boolean {
  if (f < 1) return false;
  const b = words[f - 1]!.lower;
  return b === 'voted' || (f > 1 && b === 'of' && /^votes?$/.test(words[f - 2]!.lower));
}

/**
 * True when the figure at `[first, next)` is a side of a vote's tally: `by a vote of 52 to 48`,
 * `Lawmakers voted 312 to 110` (either side).
 */
function voteTally(words: readonly Word[], first: number, next: number, hi: number): boolean {
  if (opensVote(words, first) && next + 1 < hi && words[next]!.lower === 'to' && isTallySide(words[next + 1]))
    return true;
  return (
    first > 1 &&
    words[first - 1]!.lower === 'to' &&
    isTallySide(words[first - 2]) &&
    opensVote(words, first - 2)
  );
}

/** Words joining the two sides of a tally (`31 votes to 17`, `12 goals and 3`). */
const TALLY_JOINERS: ReadonlySet<string> = new Set(['to', 'and', 'or']);
/**
 * `won 312 electoral votes to Brandt's 226`, `210 seats to the Conservatives' 180`: the figure at
 * `first` is the rival's side of a tally, after `to` and a name's possessive (at most three
 * capitalised words, perhaps after `the`) right after a counted figure ending at `lastEnd`.
 */
function rivalTally(words: readonly Word[], first: number, lastEnd: number): boolean {
  let k = first - 1;
  if (k < 1) return false;
  if (words[k]!.text === "'" || words[k]!.text === '’') {
    k--;
    if (!/s$/.test(words[k]!.text) || words[k]!.end !== words[k + 1]!.start) return false;
  } else if (!/['’]s$/.test(words[k]!.text)) return false;
  if (!isCapitalised(words[k]!)) return false;
  let s = k;
  while (s - 1 >= 0 && s > k - 2 && isCapitalised(words[s - 1]!) && startsLetter(words[s - 1]!.text)) s--;
  if (s - 1 >= 0 && words[s - 1]!.lower === 'the') s--;
  return s - 2 >= 0 && words[s - 1]!.lower === 'to' && words[s - 2]!.end === lastEnd;
}

/** Words after the old value of a change that date it (`up from 900,000 this year`, `45 last week`). */
const WHEN_AFTER: ReadonlySet<string> = new Set([
  'this',
  'last',
  'next',
  'earlier',
  'a',
  'the',
  'since',
  'before',
]);

/**
 * True when the words at `k` date an old value (`up from 900,000 this year`, `up from 16,000 in 2019`,
 * `up from 61 four years ago`).
 */
function dateAfter(words: readonly Word[], k: number, hi: number): boolean {
  const w = words[k]!.lower;
  if (WHEN_AFTER.has(w)) return true;
  if (w === 'in' || w === 'on')
    return (
      k + 1 < hi &&
      /^(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|the|last|this)$/i.test(
        words[k + 1]!.text,
      )
    );
  return (
    k + 2 < hi &&
    /^(?:years?|months?|weeks?|days?|decades?)$/.test(words[k + 1]!.lower) &&
    words[k + 2]!.lower === 'ago'
  );
}

const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'and', '-', '–', '—', 'or']);

/** Words of change before `from … to …` (`rose`, `was raised`, `an increase`): two values, not a range. */
const CHANGE =
  /^(?:ris(?:e|es|en|ing)|rose|increas(?:e|ed|es|ing)|gr(?:ew|ow|own|ows|owing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|f(?:ell|all|allen|alls|alling)|drop(?:ped|s|ping)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|cut(?:s|ting)?|slash(?:ed|es|ing)?|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|rais(?:e|ed|es|ing)|boost(?:ed|s|ing)?|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|shr(?:ank|unk|ink|inks|inking)|swell(?:ed|s|ing)?|revis(?:e|ed|es|ing)|chang(?:e|ed|es|ing)|went|up|down)$/;

function second(
  words: readonly Word[],
  k: number,
  text: string,
  lex: QuantityLexicon,
  asWords: boolean,
): Figure | null {
  if (k >= words.length) return null;
  if (isNumeric(words[k]!)) return digitsAt(words, k, text, lex);
  return asWords ? wordsAt(words, k, lex) : null;
}

/** Words before a count that link it to its subject as a value (`Sales reached 3 million units`). */
const LINKING_BEFORE: ReadonlySet<string> = new Set(
  'to at by of is are was were be been reached reach reaches hit hits topped tops totalled totaled totals numbered numbers have has had'.split(
    ' ',
  ),
);

/** Words after a gapped list item's figure: the list goes on or ends. */
const GAP_ENDS: ReadonlySet<string> = new Set([',', 'and', '.', ';', ')']);

/**
 * The name of a gapped list item whose figure is at `i` (`, the Conservatives 119`, `and Austria
 * 90,000`): at most four capitalised words (and `the`) right after the comma or `and` that follows
 * the previous figure, which ends at `prevEnd`; the figure ends the item. Null otherwise.
 */
function gappedName(
  words: readonly Word[],
  i: number,
  next: number,
  hi: number,
  prevEnd: number,
): [number, number] | null {
  if (next < hi && !GAP_ENDS.has(words[next]!.lower)) return null;
  let s = i;
  while (s - 1 >= 0 && s > i - 4 && isCapitalised(words[s - 1]!) && /^\p{L}+$/u.test(words[s - 1]!.text)) s--;
  if (s === i) return null;
  const name = s;
  if (s - 1 >= 0 && words[s - 1]!.lower === 'the') s--;
  let sep = s - 1;
  if (sep < 0 || (words[sep]!.text !== ',' && words[sep]!.lower !== 'and')) return null;
  if (words[sep]!.lower === 'and' && sep - 1 >= 0 && words[sep - 1]!.text === ',') sep--;
  return sep === prevEnd ? [name, i] : null;
}

/** Forms of `be` before a passive participle. */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** True when `to` before the figure at `first` follows a passive verb (`was cut to`, `were sent to`). */
function passiveTo(words: readonly Word[], first: number): boolean {
  if (first < 3 || words[first - 1]!.lower !== 'to') return false;
  const verb = words[first - 2]!;
  if (!/^\p{Ll}+$/u.test(verb.text) || !(verb.lower.endsWith('ed') || PASSIVE_IRREGULARS.has(verb.lower)))
    return false;
  return BE_FORMS.has(words[first - 3]!.lower);
}

/** Irregular participles of passives that take `to` (`was cut to`, `were sent to`). */
const PASSIVE_IRREGULARS: ReadonlySet<string> = new Set(
  'cut sent given sold lent shown brought taken paid spread shut'.split(' '),
);

/**
 * A capitalised plural of people or bodies by its ending (`Rescuers`, `Officers`, `Scientists`,
 * `Authorities`, `Employees`); names in -s of other endings (`Benes`, `Adams`) are not read by it.
 */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ives|ities|ees)$/u;

/** True when the token range is one capitalised plural opening its sentence (or its dateline's dash). */
function isOpeningPlural(words: readonly Word[], [s, e]: [number, number]): boolean {
  return (
    e === s + 1 &&
    (CAPITALISED_PLURAL.test(words[s]!.text) ||
      (isCapitalised(words[s]!) && GROUP_PLURALS.has(words[s]!.lower))) &&
    (s === 0 || (s === 1 && /^[—–-]$/.test(words[0]!.text)))
  );
}

/** Plurals of groups of people in other endings (`Troops`, `Rebels`, `Officials`, `Police`). */
const GROUP_PLURALS: ReadonlySet<string> = new Set(
  'troops rebels forces police officials analysts experts fans nurses witnesses militias crews guards'.split(
    ' ',
  ),
);

/** Counted nouns of a body's jobs. */
const JOB_NOUNS: ReadonlySet<string> = new Set(
  'jobs posts roles positions staff employees workers'.split(' '),
);

/** What happened to a count that happened where a story's struck place is (not `released`, `detained`). */
const SCENE_MEASURES = /^(?:killed|injured|missing|casualties|evacuated|displaced|destroyed|rescued)$/;

/** Pronouns of a whole after a part's `of` (`140 of them`, `12 of whom`). */
const PART_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'whom', 'these']);

const MEASURE_UNITS = new WeakMap<QuantityLexicon, ReadonlySet<string>>();

/** The canonical units of a lexicon that are measures or currencies, not counted nouns (cached per lexicon). */
function measureUnits(lex: QuantityLexicon): ReadonlySet<string> {
  let set = MEASURE_UNITS.get(lex);
  if (!set) {
    set = new Set([...lex.units.values()].filter((e) => e.cls !== 'count').map((e) => e.unit));
    MEASURE_UNITS.set(lex, set);
  }
  return set;
}

/** The most tokens of a fronted whole (`Of the 40 passengers on the bus,`). */
const FRONTED_WHOLE_MAX = 16;

/** True when the figure at `first` follows the comma that closes a sentence's fronted `Of …,`. */
function frontedWhole(words: readonly Word[], first: number): boolean {
  if (first < 3 || first > FRONTED_WHOLE_MAX || words[0]!.lower !== 'of' || words[first - 1]!.text !== ',')
    return false;
  for (let k = 1; k < first - 1; k++) if (words[k]!.text === ',') return false;
  return true;
}

/** How many times the change a new level after `by X to` must be (`by 5 to 10` stays a range). */
const LEVEL_RATIO = 3;

/** True when a word of change (`fell`, `rose by`) stands right before the figure at `first`. */
function changedBefore(words: readonly Word[], first: number): boolean {
  const w = words[first - 1]!.lower;
  if (w === 'by') return first > 1 && CHANGE.test(words[first - 2]!.lower);
  return CHANGE.test(w);
}

/** Verbs of weighing before a figure (`weighs 250 pounds`). */
const WEIGHING: ReadonlySet<string> = new Set(['weigh', 'weighs', 'weighed', 'weighing']);
/** Nouns of money after `pounds of` (`two million pounds of funding`): the pounds stay money. */
const MONEY_MATTERS: ReadonlySet<string> = new Set(
  'funding investment investments debt debts spending cash savings revenue revenues money aid funds losses profit profits'.split(
    ' ',
  ),
);

/**
 * True when the pounds ending before `next` are a weight: a verb of weighing before the figure at
 * `first`, or `of` and a matter after them (not money, and under a million: `250 pounds of cocaine`).
 */
function poundsOfWeight(
  words: readonly Word[],
  first: number,
  next: number,
  hi: number,
  value: number,
): boolean {
  if (first > 0 && WEIGHING.has(words[first - 1]!.lower)) return true;
  return (
    value < 1_000_000 &&
    next + 1 < hi &&
    words[next]!.lower === 'of' &&
    startsLower(words[next + 1]!.text) &&
    nounLike(words[next + 1]) &&
    !MONEY_MATTERS.has(words[next + 1]!.lower)
  );
}

/** Determiners that open a sentence before a figure and its noun (`The 40 passengers`, `All 40`). */
const OPENING_DETERMINERS: ReadonlySet<string> = new Set(
  'the its their his her our my your these those all some another every each both'.split(' '),
);

/** Words of sequence between a whole's determiner and its figure (`of their last 10 matches`). */
const SEQUENCE_WORDS: ReadonlySet<string> = new Set(
  'last past first next previous opening remaining final'.split(' '),
);
/** Determiners between a part's `of` and its whole's figure (`12 of the 40 passengers`). */
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'these',
  'those',
]);

/**
 * The counted noun of the whole after a part's `of` (`18 of 24 drones`, `142 of the 300 seats`,
 * `6.2 million of the country's 9.3 million registered voters`), read from token `next`; null when
 * no figure with a counted noun follows.
 */
function partitiveUnit(
  words: readonly Word[],
  next: number,
  hi: number,
  text: string,
  lex: QuantityLexicon,
): string | null {
  if (words[next]?.lower !== 'of') return null;
  let k = next + 1;
  if (k < hi && WHOLE_DETERMINERS.has(words[k]!.lower)) k++;
  if (k < hi && /['’]s$/.test(words[k]!.text)) k++;
  // (`eight of their last 10 matches`, `three of its past five games`: a word of sequence before the whole.)
  if (k > next + 1 && k < hi && SEQUENCE_WORDS.has(words[k]!.lower)) k++;
  if (k >= hi) return null;
  // (The whole in digits, or in words: `seven of their nine games`.)
  const b = isNumeric(words[k]!)
    ? digitsAt(words, k, text, lex)
    : lex.numbers.get(words[k]!.lower)?.cls === 'unit' || lex.numbers.get(words[k]!.lower)?.cls === 'ten'
      ? wordsAt(words, k, lex)
      : null;
  // (`shot down 35 of the missiles`, `12 of the victims`: a definite plural whole with no figure.)
  if (!b && k > next + 1 && WHOLE_DETERMINERS.has(words[next + 1]!.lower)) {
    const u = unitAfter(words, k, hi, lex, false);
    const head = u ? words[u.next - 1]!.lower : '';
    return u &&
      (u.cls === 'count' || u.cls === 'noun') &&
      (/[^s'’]s$/.test(head) || UNMARKED_WHOLES.has(head)) &&
      // (`12 of the best ones`: a pronoun's noun names nothing.)
      head !== 'ones' &&
      !u.unit.startsWith('time:')
      ? u.unit
      : null;
  }
  if (!b || b.max !== null || b.tail) return null;
  const u = unitAfter(words, b.next, hi, lex, false);
  if (!u || u.cls === 'currency' || u.cls === 'measure' || u.unit.startsWith('time:')) return null;
  return u.unit;
}

/** True when an apostrophe right before `at` follows a space, a bracket or the start of the text. */
function isYearElision(text: string, at: number): boolean {
  return at > 0 && /['‘’]/.test(text[at - 1]!) && (at === 1 || /[\s(]/.test(text[at - 2]!));
}

/** A number in digits alone, with no separator, sign or unit (`5033`, `0`). */
function isPlainNumber(w: Word): boolean {
  return /^\d+$/.test(w.text);
}

/** True when the words from `k` to the sentence's end are one run of capitalised words (and a final stop). */
function isNameLine(words: readonly Word[], k: number, hi: number): boolean {
  let end = hi;
  if (end > k && words[end - 1]!.text === '.') end--;
  if (end <= k || end - k > 5) return false;
  for (let j = k; j < end; j++) {
    const w = words[j]!;
    // A title-cased headline (`3 Killed In Crash`) has verbs and function words; a name has neither.
    if (!/^\p{Lu}\p{Ll}/u.test(w.text) || TITLE_CASE_WORDS.has(w.lower) || PAST_PARTICIPLE.test(w.lower))
      return false;
  }
  return true;
}

/** A past participle of six letters or more (`Killed`, `Injured`), not a name (`Ted`, `Alfred`, `Ahmed`). */
const PAST_PARTICIPLE = /^\p{Ll}{3,}(?<!fr|m)ed$/u;
/** Function words a title-cased headline capitalises. */
const TITLE_CASE_WORDS: ReadonlySet<string> = new Set(
  'in on at to for of after with from by as and or the a an are is was were be has have had will over into'.split(
    ' ',
  ),
);

/** The largest denominator of a share written as a ratio (`one in a thousand` is the rarest kind). */
const RATIO_MAX_DENOMINATOR = 1000;

/** A share written as a ratio, `six in 10`, `3 out of 4`, `one in five`: its denominator's figure. */
interface Ratio {
  readonly percent: number;
  /** Token after the denominator. */
  readonly next: number;
  /** A fraction of a (percentage) point: `percent` holds the fraction itself (`a quarter point`: 0.25). */
  readonly points?: boolean;
}

/**
 * True when `by` stands before the fraction at `i`, perhaps with a hedge between (`fell by more
 * than a third`, `by nearly half`).
 */
function changeBy(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  if (j > 1 && words[j]!.lower === 'than' && /^(?:more|less)$/.test(words[j - 1]!.lower)) j -= 2;
  else if (j > 0 && FRACTION_HEDGES.has(words[j]!.lower)) j--;
  return j >= 0 && words[j]!.lower === 'by';
}
const FRACTION_HEDGES: ReadonlySet<string> = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'over',
  'some',
  'just',
]);

/** Words that may follow a change by a fraction: a time or a comparison (`fell by a third last year`). */
const AFTER_CHANGE: ReadonlySet<string> = new Set(
  'last this next since from over after before during year-on-year overall again'.split(' '),
);

/** `a quarter-point`, `half-point`: a fraction of a point in one hyphenated word. */
const FRACTION_POINT = /^(quarter|half)-(?:percentage-)?point$/;

/**
 * The token after a point the fraction ending before `k` is of (`quarter point`, `quarter of a
 * percentage point`, `half a point`), or -1.
 */
function pointAfter(words: readonly Word[], k: number, hi: number): number {
  let j = k;
  if (j < hi && (words[j]!.lower === 'of' || words[j]!.lower === 'a')) {
    if (words[j]!.lower === 'of') j++;
    if (j >= hi || words[j]!.lower !== 'a') return -1;
    j++;
  }
  if (j < hi && words[j]!.lower === 'percentage') j++;
  return j < hi && words[j]!.lower === 'point' ? j + 1 : -1;
}

/**
 * The ratio whose numerator is `value` and ends at token `k` (`in`, `out of` then a whole number
 * larger than the numerator and at most a thousand). A span of time after it (`2 in 10 days`) makes
 * a rate, not a share, and is left to the other readings.
 */
function ratioAt(
  words: readonly Word[],
  k: number,
  hi: number,
  text: string,
  lex: QuantityLexicon,
  value: number,
): Ratio | null {
  let j: number;
  if (words[k]?.lower === 'in') j = k + 1;
  else if (words[k]?.lower === 'out' && words[k + 1]?.lower === 'of') j = k + 2;
  // (`Six of 10 Americans`: a poll's share out of ten, with no determiner before the ten.)
  else if (words[k]?.lower === 'of' && /^(?:10|ten)$/.test(words[k + 1]?.lower ?? '')) j = k + 1;
  else return null;
  if (!Number.isInteger(value) || value < 1 || j >= hi) return null;
  const d = second(words, j, text, lex, true);
  if (!d || d.max !== null || d.vague || d.tail || !Number.isInteger(d.value)) return null;
  if (d.value <= value || d.value > RATIO_MAX_DENOMINATOR) return null;
  if (unitAfter(words, d.next, hi, lex, false)?.unit.startsWith('time:')) return null;
  return { percent: Math.round((1000 * value) / d.value) / 10, next: d.next };
}

/** Fractions in words and their share in percent (`a third`, `two-thirds`). */
const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['tenth', 10],
  ['tenths', 10],
]);
/** Determiners between a fraction's `of` and its whole (`half of all voters`). */
const FRACTION_WHOLE_DETERMINERS: ReadonlySet<string> = new Set(
  'all the their its his her our these those'.split(' '),
);

/**
 * A share written as a fraction in words of a plural whole (`two-thirds of Americans`, `a quarter
 * of respondents`, `half of all voters`, `three quarters of the homes`): its percent and the token
 * of the whole's noun (after `of` and a determiner), as `ratioAt` gives; null otherwise (`half the
 * time`, `a third of the way`, `half of the 300 workers`: no plural noun right after).
 */
function fractionAt(words: readonly Word[], i: number, hi: number, lex: QuantityLexicon): Ratio | null {
  const w = words[i]!.lower;
  let n: number;
  let d: number | undefined;
  let of: number;
  // (`a quarter-point rise`, `a half-point cut`: a fraction of a percentage point.)
  const pointWord = w === 'a' ? (words[i + 1]?.lower ?? '') : w;
  const hyphened = pointWord.endsWith('point') ? FRACTION_POINT.exec(pointWord) : null;
  if (hyphened)
    return { percent: hyphened[1] === 'half' ? 0.5 : 0.25, next: w === 'a' ? i + 2 : i + 1, points: true };
  if (w === 'half') {
    n = 1;
    d = 2;
    of = i + 1;
  } else if (w.includes('-')) {
    // (`two-thirds`, `one-quarter`.)
    const dash = w.indexOf('-');
    const num = lex.numbers.get(w.slice(0, dash));
    d = FRACTION_WORDS.get(w.slice(dash + 1));
    if (!num || num.cls !== 'unit' || d === undefined) return null;
    n = num.value;
    of = i + 1;
  } else {
    d = FRACTION_WORDS.get(words[i + 1]?.lower ?? '');
    if (d === undefined || d === 2) return null;
    const num =
      w === 'a' || w === 'an' ? 1 : lex.numbers.get(w)?.cls === 'unit' ? lex.numbers.get(w)!.value : 0;
    n = num;
    of = i + 2;
  }
  // (A proper fraction, its plural form after more than one: `two thirds`, `a third`.)
  if (!(n >= 1 && n < d!)) return null;
  // `raised rates by a quarter point`, `three-quarters of a percentage point`, `half a point`: a
  // fraction of a point, whose value is the fraction.
  const point = pointAfter(words, of, hi);
  if (point >= 0) return { percent: Math.round((1000 * n) / d!) / 1000, next: point, points: true };
  // `fell by a third`, `cut by half`, `rose by two-thirds`: a change by a fraction is a share of
  // what changed (not before a noun it measures).
  if (changeBy(words, i) && words[of]?.lower !== 'of') {
    // (`by a third party`, `by a third quarter`; not `by a third last year`, `by a fifth compared with`.)
    if (
      of < hi &&
      nounLike(words[of]) &&
      !AFTER_CHANGE.has(words[of]!.lower) &&
      !/(?:ed|ing)$/.test(words[of]!.lower)
    )
      return null;
    return { percent: Math.round((1000 * n) / d!) / 10, next: of };
  }
  if (of >= hi || words[of]!.lower !== 'of') return null;
  let k = of + 1;
  const determined = k < hi && FRACTION_WHOLE_DETERMINERS.has(words[k]!.lower);
  if (determined) k++;
  // (`half of America's engineers`, `of the state's school districts`: past a possessive.)
  if (k < hi && /['’]s$/.test(words[k]!.text)) k++;
  else if (k + 1 < hi && /s$/.test(words[k]!.text) && /^['’]$/.test(words[k + 1]!.text)) k += 2;
  if (k >= hi) return null;
  const whole = wholeAfter(words, k, hi, lex, false);
  if (
    !whole ||
    whole.first > k + 2 ||
    whole.cls === 'currency' ||
    whole.cls === 'measure' ||
    whole.unit.startsWith('time:')
  )
    return null;
  // (A plural whole; a singular one only after a determiner, a noun of a body, a place or an amount
  // right after it (`half of the country`, `a third of its workforce`; not `a third of the way`,
  // `the first half of the season`.)
  const head = words[whole.next - 1]!.lower;
  if (
    !/[^s'’]s$/.test(head) &&
    !UNMARKED_WHOLES.has(head) &&
    !(
      determined &&
      whole.first === k &&
      whole.next === k + 1 &&
      /^\p{Ll}+$/u.test(words[k]!.text) &&
      !NO_WHOLES.has(head) &&
      !(i > 0 && PART_ORDINALS.has(words[i - 1]!.lower))
    )
  )
    return null;
  // (`a quarter of the rules committee`: a plural modifying a noun after it is no whole.)
  const after = words[whole.next];
  if (
    after &&
    nounLike(after) &&
    !/(?:ed|ing)$/.test(after.lower) &&
    !PLURAL_VERBS_AFTER.has(after.lower) &&
    !VERBS_IN_S.has(after.lower)
  )
    return null;
  return { percent: Math.round((1000 * n) / d!) / 10, next: k };
}
/** Singular nouns a fraction of is no share of a whole (`a third of the way`, `half the time`). */
const NO_WHOLES: ReadonlySet<string> = new Set(
  'way time distance story picture problem battle game match season race course journey trip term era'.split(
    ' ',
  ),
);
/**
 * The whole a share is taken of, at `k` (`unitAfter`); a singular noun before a common verb in -s
 * is the whole itself (`A third of the budget goes on salaries`: `goes` is no plural).
 */
function wholeAfter(
  words: readonly Word[],
  k: number,
  hi: number,
  lex: QuantityLexicon,
  skipOf: boolean,
): Attached | null {
  const whole = unitAfter(words, k, hi, lex, skipOf);
  if (whole && whole.first === k + 1 && VERBS_IN_S.has(words[k + 1]!.lower) && nounLike(words[k]))
    return { unit: words[k]!.lower, cls: 'noun', first: k, next: k + 1 };
  return whole;
}
/** Common verbs in -s that follow a singular noun (`the budget goes`). */
const VERBS_IN_S: ReadonlySet<string> = new Set(
  'goes does says makes takes comes gets gives puts means seems needs wants remains stays lives works lies sits faces'.split(
    ' ',
  ),
);
/** Words before a fraction that make it a part of a period or a game (`the first half of the season`). */
const PART_ORDINALS: ReadonlySet<string> = new Set(
  'first second third fourth last final other latter former opening'.split(' '),
);
/** Verbs a plural whole may take right after it (`two-fifths of Independents say`). */
const PLURAL_VERBS_AFTER: ReadonlySet<string> = new Set(
  'say said think want live work support oppose back favour favor remain have had do did were are will would could can may might must should own use'.split(
    ' ',
  ),
);
/** Plurals with no -s that a fraction may be of (`half of all people`). */
const UNMARKED_WHOLES: ReadonlySet<string> = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
]);

/**
 * Finds quantities sentence by sentence in one left-to-right pass over each sentence's words.
 * Every lookaround is bounded by a constant number of tokens, so the pass is linear.
 */
export function findQuantities(input: QuantityInput): QuantityMention[] {
  const { text, sentences } = input;
  const lex = input.lexicon ?? EN_QUANTITIES;
  const times = input.times ?? [];
  const entities = input.entities ?? [];
  // Ends of the names of bodies: a plain number right after one, with no measure after it, is a
  // model's or a bill's (`Boeing 737 jets`, `S.&P. 500`; not `gave Patriot 13 percent`).
  const bodyEnds = new Set<number>();
  for (const e of entities) if (e.type === 'organization' || e.type === 'media') bodyEnds.add(e.span[1]);
  const out: QuantityMention[] = [];
  let timeAt = 0;
  let lastCount: { unit: string; end: number } | null = null;
  // The last rate with a counted denominator (`cases/1000 person-years`), which a bare `8.6 per 1,000` repeats.
  let lastRate: { unit: string; n: number; noun: string | null; end: number } | null = null;
  const trail = new CountNounTrail(text, lex, input.counter);
  // The start of the sentence before the current one: how far back a pronoun's referent is sought.
  let prevSentenceStart = 0;
  let sentenceStart = 0;
  const scene = new Scene(text, entities);
  for (const [ss, se] of sentences) {
    prevSentenceStart = sentenceStart;
    sentenceStart = ss;
    scene.read(ss, se);
    // Most sentences hold no figure at all: a native regex test skips them without tokenizing.
    const part = text.slice(ss, se);
    if (!DIGIT.test(part) && !FIGURE_HINT.test(part)) continue;
    const words = scanWords(text, ss, se);
    const hi = words.length;
    // (`Floods Kill 17 in Northern Varnia`: a title-cased headline's verbs look like names; read
    // once per sentence, and only when a rule asks.)
    const title = new TitleCase(words, hi);
    // The last figure of this sentence that has a unit, and the end of its last word.
    let lastUnit: { unit: string; end: number } | null = null;
    // The last figure of this sentence: the token after it and the verb that acts on it, if any.
    let prevFig: {
      first: number;
      end: number;
      measure: ReturnType<typeof measureOf>;
      about: QuantityMention['about'];
      ownWords: boolean;
      kind: NonNullable<QuantityParts['kind']>;
      q: { about: QuantityMention['about']; readonly unit: string | null };
    } | null = null;
    if (input.counter) input.counter.steps += hi + 1;
    for (let i = 0; i < hi; i++) {
      const w = words[i]!;
      let fig: Figure | null = null;
      // (`two-thirds of Americans`, `half of all voters`: a share in words, read like a ratio.)
      let fraction: Ratio | null = null;
      const numeric = isNumeric(w);
      if (numeric) fig = digitsAt(words, i, text, lex);
      else if (lex === EN_QUANTITIES ? WORD_FIGURE.of(w) === 1 : opensWordFigure(w.lower, lex)) {
        fraction = fractionAt(words, i, hi, lex);
        if (fraction)
          fig = {
            value: fraction.percent,
            max: null,
            next: fraction.next,
            tail: null,
            words: true,
            vague: false,
          };
        else if (
          lex.numbers.has(w.lower) ||
          ((w.lower === 'a' || w.lower === 'an') && lex.numbers.has(words[i + 1]?.lower ?? '')) ||
          (w.lower === 'half' && lex.numbers.has(words[i + 2]?.lower ?? '')) ||
          w.lower === 'tens' ||
          (w.lower.includes('-') && /^\p{Ll}+-\p{Ll}+$/u.test(w.lower))
        )
          fig = tensOfAt(words, i, lex) ?? wordsAt(words, i, lex);
      }
      // A figure must cover its own word: the loop below jumps to `fig.next`, which must move forward.
      if (!fig || fig.next <= i) continue;
      const plain = numeric && /^\d+$/.test(w.text);
      // Time mentions, when the times stage ran, own their digits.
      while (timeAt < times.length && times[timeAt]!.span[1] <= w.start) timeAt++;
      const t = times[timeAt];
      if (t && t.span[0] <= w.start && w.end <= t.span[1] && t.type !== 'duration') {
        i = fig.next - 1;
        continue;
      }
      if (plain && fig.max === null && isDatePart(words, i, 0)) continue;
      if (numeric && /^\d{1,2}[-–]\d{1,2}$/.test(w.text) && isDatePart(words, i, 0)) continue;
      if (isClockTime(words, fig.next)) continue;
      if (fig.words && !fig.vague && isReferential(words, i, 0)) {
        i = fig.next - 1;
        continue;
      }
      // (`the Big Six clubs`, `the Final Four`: a number word capitalised inside a sentence after a
      // capitalised word is part of a name; not in a title-cased headline.)
      if (
        fig.words &&
        !fraction &&
        i > 1 &&
        isCapitalised(w) &&
        isCapitalised(words[i - 1]!) &&
        startsLetter(words[i - 1]!.text) &&
        !title.get()
      ) {
        i = fig.next - 1;
        continue;
      }
      if (plain && isAge(words, i, 0, fig.value)) continue;
      if (isAddressPart(words, i, 0, plain)) continue;
      // Thirteen digits or more with no separator are an identifier (a post's, an account's, a
      // phone's), not a count: news writes large counts with separators or a scale word.
      if (plain && w.text.length >= IDENTIFIER_DIGITS) continue;

      let first = i;
      let next = fig.next;
      let value = fig.value;
      let max = fig.max;
      let qualifier: Qualifier | null = null;
      let rule = fig.words ? 'words' : 'digits';
      const currency = numeric ? currencyBefore(words, i, 0, lex) : null;
      if (currency) first = currency.first;
      // `Six in 10 voters`, `3 out of 4 Republicans`: a share of what follows, kept in percent so
      // that it sits beside `60 percent of voters` from another source.
      const ratio =
        fraction ??
        (max === null && !currency && !fig.vague && !fig.tail
          ? ratioAt(words, next, hi, text, lex, value)
          : null);
      if (ratio) {
        value = ratio.percent;
        next = ratio.next;
        rule = 'ratio';
      }
      // A range with its unit after each end, joined by a dash or `between … and` ("97%–98%",
      // "between 40% and 45%"). With `to` the unit twice more often marks a score or a change
      // ("lost the state 36 percent to 51 percent", "from 15% to 30%"): left as two figures.
      const unitThen = words[next];
      if (
        !ratio &&
        max === null &&
        !currency &&
        unitThen &&
        lex.units.get(unitThen.lower)?.cls === 'measure' &&
        (words[next + 1]?.text === '-' ||
          words[next + 1]?.text === '–' ||
          (words[next + 1]?.lower === 'and' && words[first - 1]?.lower === 'between'))
      ) {
        const b = second(words, next + 2, text, lex, false);
        if (b && b.max === null && b.value > value && words[b.next]?.lower === unitThen.lower) {
          max = b.value;
          next = b.next;
          rule = 'range';
          if (first > 0 && (words[first - 1]!.lower === 'between' || words[first - 1]!.lower === 'from'))
            first--;
        }
      }
      // Ranges: "between 8,000 and 10,000", "from 10 to 20", "8,000 to 10,000".
      const joiner = words[next];
      // `raised from 70,000 to 85,000 refugees`: a change gives two values, the old and the new, each
      // counting what the new one does. Without a noun after the new value the two stay one range,
      // whose noun an elided figure may inherit (`Troop numbers rose from 100,000 to 130,000`).
      let changeUnit: Attached | null = null;
      if (
        first > 1 &&
        words[first - 1]!.lower === 'from' &&
        CHANGE.test(words[first - 2]!.lower) &&
        joiner?.lower === 'to'
      ) {
        const b = second(words, next + 1, text, lex, fig.words);
        const then = b ? unitAfter(words, b.next, hi, lex, false) : null;
        if (then && !then.unit.startsWith('time:')) changeUnit = { ...then, first: i, next };
      }
      // `cut the price by $300 to $1,099`, `revenue rose from $5 billion to $7 billion`: after `by`, or
      // after `from` behind a word of change, an amount whose second end repeats its currency is the
      // change and the new level, two figures (a span of prices stays one range: `$300 to $1,099`,
      // `from $300 to $1,099`; so does `by 5 to 10 percent`, its unit written once).
      const before1 = first > 0 ? words[first - 1]!.lower : '';
      const repeats =
        currency !== null &&
        joiner?.lower === 'to' &&
        next + 2 < hi &&
        isNumeric(words[next + 2]!) &&
        currencyBefore(words, next + 2, next + 1, lex) !== null;
      // (Also right after a verb of change: `Brent rose $1.20 to $74.50 a barrel`.)
      const changeTo =
        repeats &&
        (before1 === 'by' ||
          (CHANGE.test(before1) && first > 0 && startsLower(words[first - 1]!.text)) ||
          (before1 === 'from' && first > 1 && CHANGE.test(words[first - 2]!.lower)));
      // `fell by 43,000 to 874,000`, `rose 3,000 to 45,000 troops`: after a word of change, a bare
      // amount and a far larger one after `to` (no measure after it: `by 5 to 10 percent` is a
      // range) are the change and the new level.
      let levelTo = false;
      if (
        !changeTo &&
        changeUnit === null &&
        !currency &&
        max === null &&
        joiner?.lower === 'to' &&
        first > 0 &&
        changedBefore(words, first) &&
        startsLower(words[first - 1]!.text)
      ) {
        const b = second(words, next + 1, text, lex, false);
        const then = b ? unitAfter(words, b.next, hi, lex, false) : null;
        levelTo =
          b !== null &&
          b.max === null &&
          b.value >= LEVEL_RATIO * value &&
          (then === null || then.cls !== 'measure');
        // (The change counts what the new level counts: `grew 3,000 to 45,000 troops`.)
        if (levelTo && then && !then.unit.startsWith('time:')) changeUnit = { ...then, first: i, next };
      }
      const change = changeUnit !== null || changeTo || levelTo;
      if (!ratio && max === null && joiner && RANGE_JOINERS.has(joiner.lower)) {
        const before = first > 0 ? words[first - 1]!.lower : '';
        const needsIntro = joiner.lower === 'and' || joiner.lower === 'or';
        const introOk = before === 'between' || (before === 'from' && !change);
        if ((!needsIntro || introOk) && !change) {
          // (The second end may repeat the currency sign: `between £45 and £120`, `$5 to $7`.)
          const sign = words[next + 1];
          const k =
            sign && !/^\p{L}/u.test(sign.text) && lex.units.get(sign.lower)?.cls === 'currency'
              ? next + 2
              : next + 1;
          const b = second(words, k, text, lex, fig.words);
          if (b && b.max === null && b.value > value && (introOk || joiner.lower !== 'to' || numeric)) {
            max = b.value;
            next = b.next;
            if (introOk) first--;
            qualifier = 'range';
            rule = 'range';
          }
        }
      }
      // `minus 8C`, `minus 15 degrees`, `a deposit rate of minus 0.5%`: a value below zero (not
      // `plus or minus 3 points`, a margin, nor `10 minus 3`).
      if (
        first > 0 &&
        words[first - 1]!.lower === 'minus' &&
        !(first > 1 && (words[first - 2]!.lower === 'or' || isNumeric(words[first - 2]!)))
      ) {
        value = -value;
        first--;
      } else if (
        // (`fell to -5C`, `−12C`: a minus sign glued before it, after a space.)
        first > 0 &&
        (fig.tail === '°C' || fig.tail === '°F') &&
        (words[first - 1]!.text === '-' || words[first - 1]!.text === '−') &&
        words[first - 1]!.end === words[first]!.start &&
        (first === 1 || words[first - 2]!.end < words[first - 1]!.start)
      ) {
        value = -value;
        first--;
      }
      if (max !== null) qualifier = 'range';
      if (qualifier === null) {
        // (`averaged 52,300 over 19 home games`: `over` right after a figure is `across`, no hedge.)
        const h = hedgeBefore(words, first, 0, lex);
        if (h && !(prevFig !== null && prevFig.end === h.first && words[h.first]!.lower === 'over')) {
          qualifier = h.qualifier;
          first = h.first;
        }
      }
      // `aged 67`, `at age 90`, `aged between 18 and 24`, `ages 50 to 64`: ages are no figures (the
      // gold's convention and DESIGN's: a figure is a count or an amount, an age neither).
      // (`between the ages of 18 and 54`: after `of` too; `Sarah and Tim Rogers, 27 and 29 years
      // old,`: an age whose `years old` follows the next one.)
      if (
        first > 0 &&
        (AGE_WORDS.has(words[first - 1]!.lower) ||
          (first > 1 && words[first - 1]!.lower === 'of' && AGE_WORDS.has(words[first - 2]!.lower)) ||
          (plain &&
            max === null &&
            next + 3 < hi &&
            /^(?:and|or|to)$/.test(words[next]!.lower) &&
            /^\d{1,3}$/.test(words[next + 1]!.text) &&
            words[next + 2]!.lower === 'years' &&
            words[next + 3]!.lower === 'old'))
      ) {
        // (`Three men, aged 19, 22 and 25,`: the list of ages goes with it.)
        let n = next;
        for (let k = 0; k < MAX_AGE_LIST && n + 1 < hi && /^(?:,|and|or)$/.test(words[n]!.lower); k++) {
          const m = words[n + 1]!.lower === 'and' && words[n]!.text === ',' ? n + 2 : n + 1;
          if (m >= hi || !/^\d{1,3}$/.test(words[m]!.text) || Number(words[m]!.text) > 120) break;
          n = m + 1;
        }
        i = Math.max(i, n - 1);
        continue;
      }
      // `women over 70`, `people under 30`: a bare whole number after `over`/`under` that follows a
      // noun of people is their age.
      // (`4 million people over 65`: `over` right after a figure's noun is no hedge, but an age's.)
      const ageFrom = first < i ? first : first === i && i > 1 ? i - 1 : -1;
      if (
        !currency &&
        ageFrom > 0 &&
        /^(?:over|under|above)$/.test(words[ageFrom]!.lower) &&
        (AGE_HOLDERS.has(words[ageFrom - 1]!.lower) ||
          // (`one in five residents is over 65`: after a verb of being too.)
          (ageFrom > 1 &&
            /^(?:is|are|was|were)$/.test(words[ageFrom - 1]!.lower) &&
            AGE_HOLDERS.has(words[ageFrom - 2]!.lower))) &&
        Number.isInteger(fig.value) &&
        fig.value <= 120 &&
        !fig.tail &&
        // (`children under five account for 30%`: a singular word after it is their verb, no noun
        // it counts; a unit or a plural is: `under 5 km`, `over 70 countries`.)
        !(
          next < hi &&
          nounLike(words[next]) &&
          (lex.units.has(words[next]!.lower) || /[^s'’]s$/.test(words[next]!.lower) || !fig.words)
        )
      ) {
        i = Math.max(i, next - 1);
        continue;
      }
      const postFigure = hedgeAfter(words, next, hi, lex);
      if (postFigure) {
        qualifier ??= postFigure.qualifier;
        next = postFigure.next;
      }
      let unit: Attached | null = currency;
      // The ratio's counted noun (`voters`, `of them`) is the whole the share is taken of.
      const whole = ratio && !ratio.points ? wholeAfter(words, next, hi, lex, true) : null;
      if (ratio)
        unit = { unit: ratio.points ? 'percentage points' : 'percent', cls: 'measure', first: next, next };
      if (!unit && fig.tail) unit = { unit: fig.tail, cls: 'measure', first: next, next };
      // `a magnitude 6.3 earthquake`, `of magnitude 5.9`: the scale is named before the figure.
      if (!unit && first > 0 && SCALES_BEFORE.has(words[first - 1]!.lower))
        unit = { unit: words[first - 1]!.lower, cls: 'measure', first: next, next };
      // A closing quotation mark may sit between a quoted figure and its noun ('"a few thousand" soldiers').
      let nounFrom = next;
      while (nounFrom < hi && /^[”"’»]$/.test(words[nounFrom]!.text)) nounFrom++;
      if (!unit) unit = unitAfter(words, nounFrom, hi, lex, fig.vague);
      // `Thousands march in Tbilisi`, `Hundreds protest over pensions`: a plural magnitude in words
      // before a verb of a crowd in the singular counts the people who do it (the verb is no noun).
      if (
        unit &&
        fig.vague &&
        unit.cls === 'noun' &&
        unit.next === unit.first + 1 &&
        CROWD_VERBS.has(unit.unit)
      )
        unit = { unit: 'people', cls: 'noun', first: unit.first, next: unit.first };
      // `2,500 Belarusian and 1,500 Russian servicemen`: a figure and its modifier coordinated with
      // a counted figure share its noun.
      if (!unit && max === null) unit = sharedNoun(words, next, hi, lex);
      if (!unit && changeUnit) unit = changeUnit;
      // `weighs 250 pounds`, `12 pounds of cocaine`: pounds after a verb of weighing, or of a matter,
      // are a weight (a pound sign before the figure is money).
      if (
        unit !== null &&
        unit !== currency &&
        unit.cls === 'currency' &&
        /^pounds?$/.test(words[unit.first]!.lower) &&
        poundsOfWeight(words, first, unit.next, hi, value)
      )
        unit = { ...unit, unit: 'lb', cls: 'measure' };
      if (currency) {
        // "$1 billion" was scaled by digitsAt; "5 dollars" after is fine too.
      }
      // `a 41-year-old man`, `the 30-year-old striker`, `a six-month-old`: an age.
      if (unit && fig.tail !== null && AGE_UNIT.test(unit.unit)) {
        i = Math.max(i, unit.next - 1, next - 1);
        continue;
      }
      if (unit?.unit.startsWith('time:')) {
        i = Math.max(i, unit.next - 1);
        continue;
      }
      if (fig.plus) {
        qualifier ??= 'more_than';
      }
      // A score is no range (`level the series 1-1`, `beat him 3-6, 6-3, 7-6 (0)`, `a 1-1 draw`).
      if (max !== null && !currency && unit?.cls !== 'measure' && isScore(words, i, next, hi, value, max)) {
        i = Math.max(i, (unit?.next ?? next) - 1);
        continue;
      }
      // `from zero to 60 mph`, `0-62 mph`: the name of an acceleration test, not a range of speeds
      // (the figure of interest is the time after it, a duration for the times stage).
      if (max !== null && value === 0 && unit && SPEEDS.has(unit.unit)) {
        i = Math.max(i, unit.next - 1);
        continue;
      }
      // `10,000 more were on standby`, `tens of thousands more`, `Another 30,000 are in Belarus`: a
      // figure with `more` after it (not `more than`) or `another` before it stands for the last
      // figure's noun, in words or digits.
      const moreAfter =
        (next < hi && MORE.has(words[next]!.lower) && words[next + 1]?.lower !== 'than') ||
        (first > 0 && ANOTHER.has(words[first - 1]!.lower));
      // `Dozens were injured`, `killing dozens`: a figure in words said to be killed, hurt or held
      // counts people.
      const peopleNear =
        !unit && fig.words
          ? (peopleMeasureAfter(words, next, hi, lex) ??
            peopleMeasureBefore(words, first, 0, lex) ??
            (remainsPeople(words, next, hi) ? 'remain' : null))
          : null;
      // (`eight of their last 10 matches`: a part in words counts what its whole counts.)
      // (Its whole after a determiner or a possessive: `three of four Americans` is a share.)
      // (`15 members, eight of them Democrats`: of the last counted figure, as in digits.)
      const wordsPart = fig.words && !fig.vague && !unit && max === null && !ratio && value !== 1;
      const partWords: string | null = !wordsPart
        ? null
        : WHOLE_DETERMINERS.has(words[next + 1]?.lower ?? '') || /['’]s$/.test(words[next + 1]?.text ?? '')
          ? partitiveUnit(words, next, hi, text, lex)
          : lastUnit !== null &&
              words[next]?.lower === 'of' &&
              PART_PRONOUNS.has(words[next + 1]?.lower ?? '') &&
              !measureUnits(lex).has(lastUnit.unit.split('/')[0]!)
            ? lastUnit.unit
            : null;
      if (
        fig.words &&
        (!(unit || partWords || (moreAfter && value !== 1) || peopleNear) ||
          (value === 1 && unit?.cls === 'noun') ||
          (unit !== null && isMagnitudeIdiom(unit.unit)))
      ) {
        i = fig.next - 1;
        continue;
      }
      if (
        plain &&
        max === null &&
        looksLikeYear(w) &&
        !currency &&
        (!unit || (unit.cls !== 'count' && unit.cls !== 'measure'))
      )
        continue;
      // `certain 2019-2023 models`, `the 2015-2019 period`: a span of years, no figure (`1,500-2,000
      // troops` is written with separators; a counted noun of people keeps it).
      if (
        numeric &&
        max !== null &&
        /^\d{4}(?:[-–]\d{4})?$/.test(w.text) &&
        value >= YEAR_MIN &&
        Number.isInteger(max) &&
        max > value &&
        max - value <= 50 &&
        max >= YEAR_MIN &&
        max <= YEAR_MAX &&
        !currency &&
        (!unit || (unit.cls !== 'count' && unit.cls !== 'measure'))
      )
        continue;
      // `the Liberals won 160 seats, the Conservatives 119 and the Bloc 32`: a list item of a name
      // and a bare figure right after a counted figure repeats its verb and noun (gapping).
      const gap =
        !currency && first === i && !unit && max === null && prevFig !== null && lastUnit !== null
          ? gappedName(words, i, next, hi, prevFig.end)
          : null;
      if (
        gap === null &&
        !currency &&
        first === i &&
        plain &&
        i > 0 &&
        unit?.cls !== 'measure' &&
        bodyEnds.has(words[i - 1]!.end) &&
        w.start - words[i - 1]!.end === 1 &&
        !(isHeadlineWord(words[i - 1]!) && title.get())
      ) {
        i = Math.max(i, next - 1);
        continue;
      }
      if (
        gap === null &&
        !currency &&
        first === i &&
        (!unit || unit.cls === 'noun') &&
        isNamePart(words, i, 0, value, plain) &&
        !(i > 0 && isHeadlineWord(words[i - 1]!) && title.get()) &&
        // (`Council to Cut 120 Jobs`, `Quake Kills 12`: a headline's verb in a short title-cased line.)
        !(i > 0 && isHeadlineVerb(words[i - 1]!) && title.short()) &&
        // (`The 40 passengers were rescued`, `His 23 goals`: a determiner capitalised for opening
        // the sentence names nothing; the figure counts its noun.)
        !(unit?.cls === 'noun' && i === 1 && OPENING_DETERMINERS.has(words[0]!.lower))
      )
        continue;
      // `the Standard & Poor's 500 index`, `the Russell 2000 index`: a number between a name and
      // `index` names the index (after a possessive too, which the name rule above passes over).
      if (
        plain &&
        first === i &&
        i > 0 &&
        isCapitalised(words[i - 1]!) &&
        INDEX_NOUNS.has(words[next]?.lower ?? '')
      ) {
        i = Math.max(i, next - 1);
        continue;
      }
      // `Room 4C`, `Gate 2F`: a letter glued after a name's number is no temperature.
      if (
        (fig.tail === '°C' || fig.tail === '°F') &&
        first === i &&
        i > 0 &&
        isCapitalised(words[i - 1]!) &&
        /^\p{L}+$/u.test(words[i - 1]!.text) &&
        !(isHeadlineWord(words[i - 1]!) && title.get())
      )
        continue;
      // `4K` and `8K` alone are a resolution or a race, not four thousand (`$4K` is).
      if (!currency && /^[1-9]K$/.test(w.text)) continue;
      // A code with a letter in brackets against it: `401(k)`, `501(c)`.
      if (
        plain &&
        words[i + 1]?.text === '(' &&
        words[i + 1]!.start === w.end &&
        /^\p{Ll}$/u.test(words[i + 2]?.text ?? '') &&
        words[i + 3]?.text === ')'
      )
        continue;
      // A rank (`finished in the top 10 at the Open`), a group's name (`the Group of 20`) or a year
      // named by its number with no noun counts nothing.
      if (
        plain &&
        !unit &&
        first === i &&
        i > 0 &&
        (words[i - 1]!.lower === 'top' ||
          (i > 1 && words[i - 1]!.lower === 'of' && /^(?:Group|Gang|Club)$/.test(words[i - 2]!.text)) ||
          // (`pupils in years 7 and 8`, `in year 3 of the war`: a year named by its number.)
          /^years?$/.test(words[i - 1]!.text) ||
          (i > 2 &&
            /^(?:and|or|to)$/.test(words[i - 1]!.lower) &&
            isPlainNumber(words[i - 2]!) &&
            /^years?$/.test(words[i - 3]!.text)))
      )
        continue;
      // A number to call (`called 911`, `dial 999`) counts nothing.
      if (plain && !unit && first === i && i > 0 && CALLING.has(words[i - 1]!.lower)) continue;
      // A figure opening a sentence followed by `.` or `)` is a list number.
      if (i === 0 && (words[next]?.text === '.' || words[next]?.text === ')') && plain) continue;
      // `in '16`, `Obama in ‘08`: two digits right after an apostrophe that opens a word are a year
      // (not a figure opening a quotation: `''10 times the size''`).
      if (plain && w.text.length === 2 && !unit && isYearElision(text, w.start)) continue;
      // So is a small one before a name that fills the rest of its line (`2 Ted Cruz.` in a ranking).
      if (i === 0 && plain && !currency && value <= 100 && !unit && isNameLine(words, next, hi)) continue;
      let end = next;
      // (A title-cased headline capitalises its nouns: `60 Jobs` counts jobs.)
      let unitName: string | null = unit
        ? unit.cls === 'noun' && unit.unit !== unit.unit.toLowerCase() && title.short()
          ? unit.unit.toLowerCase()
          : unit.unit
        : null;
      // `18 of 24 drones`, `6.2 million of the country's 9.3 million voters`: a part counts what its
      // whole counts; `Of the 40 passengers, 12 were injured`: so does a part after a fronted whole.
      if (!unitName && (!fig.words || partWords) && max === null && !ratio) {
        const part: string | null =
          partWords ??
          partitiveUnit(words, next, hi, text, lex) ??
          (prevFig !== null && lastUnit !== null && frontedWhole(words, first) ? lastUnit.unit : null) ??
          // (`1,950 patients …, 140 of them in intensive care`: a part of the last counted figure.)
          (lastUnit !== null &&
          words[next]?.lower === 'of' &&
          PART_PRONOUNS.has(words[next + 1]?.lower ?? '') &&
          !measureUnits(lex).has(lastUnit.unit.split('/')[0]!)
            ? lastUnit.unit
            : null);
        if (part) {
          unitName = part;
          rule = 'partitive';
        }
      }
      let noun: [number, number] | null = null;
      let wholeNoun = false;
      if (
        whole &&
        whole.cls !== 'measure' &&
        !whole.unit.startsWith('time:') &&
        // (`half of the country`: a fraction's singular whole, which `fractionAt` read.)
        (whole.cls === 'count' || /s$/.test(words[whole.next - 1]!.lower) || fraction !== null)
      ) {
        noun = [next, whole.next];
        end = whole.next;
        wholeNoun = true;
      } else if (unit && unit !== currency && unit.first >= next) {
        noun = [unit.first, unit.next];
        end = unit.next;
        const postUnit = hedgeAfter(words, end, hi, lex);
        if (postUnit && qualifier === null && postUnit.qualifier !== 'more_than') {
          qualifier = postUnit.qualifier;
          end = postUnit.next;
        }
      }
      if (gap !== null && !unitName && lastUnit !== null) {
        unitName = lastUnit.unit;
        rule = 'gapped';
      }
      // `112 per 100,000`, `8.6 per 1,000`: a rate whose numerator names no noun. It counts what the
      // last rate with the same denominator counted (`3.1 cases per 1,000 person-years … against 8.6
      // per 1,000`), else what a counting noun before it names (`the number of deaths rose to 31
      // per 100,000`) or the plural subject linked to it (`Homicides fell to 4.2 per 100,000`), else
      // the unit is its denominator alone (`per 100000 residents`).
      const bareRate: ReturnType<typeof countedPer> =
        !unitName && !fig.words && max === null ? countedPer(words, end, hi, text, lex) : null;
      if (bareRate) {
        const before = first > 0 ? words[first - 1]! : null;
        if (
          lastRate &&
          lastRate.n === bareRate.n &&
          (bareRate.noun === null || bareRate.noun === lastRate.noun) &&
          w.start - lastRate.end <= ELIDED_UNIT_WINDOW
        ) {
          unitName = lastRate.unit;
          rule = 'elided';
        } else {
          const counted =
            (before && AT_FIGURE.has(before.lower) ? countNounBefore(words, first, 0, lex) : null) ??
            linkedPluralNoun(words, first, 0, hi);
          unitName = counted ? `${counted}/${bareRate.per}` : `per ${bareRate.per}`;
        }
        end = bareRate.next;
        lastRate = { unit: unitName, n: bareRate.n, noun: bareRate.noun, end: w.end };
      }
      // `by a vote of 52 to 48`, `Lawmakers voted 312 to 110`: both sides of a vote's tally count votes.
      if (!unitName && max === null && voteTally(words, first, next, hi)) {
        unitName = 'votes';
        rule = 'votes';
      }
      if (!unitName && (!fig.words || moreAfter || peopleNear)) {
        // An elided unit: "… have deployed more than 12,000." counts what the last figure counted.
        const before = first > 0 ? words[first - 1]! : null;
        // "roughly 1,000 more from Germany": `more`/`additional` after the figure keeps the elided noun.
        if (next < hi && MORE.has(words[next]!.lower)) end = next + 1;
        const afterFig = MORE.has(words[next]?.lower ?? '') ? next + 1 : next;
        const told = measureFollows(words, afterFig, hi, lex);
        // `since I was 17`, `when she was 12`: a person's age, not a count of the last noun.
        const age =
          before !== null &&
          first >= 2 &&
          BE_PAST_PRESENT.has(before.lower) &&
          PERSONAL.has(words[first - 2]!.lower);
        const twoBefore = first >= 2 ? words[first - 2]! : null;
        // `31 people were missing, down from 45`, `up from about 900,000`: the old value of a
        // change counts what the new one counts; `31 votes to 17`: the second side of a tally
        // right after a counted figure counts the same.
        const changeFrom = before?.lower === 'from' && twoBefore !== null && CHANGE.test(twoBefore.lower);
        // (`fell 11 per cent to 265,000`: after a change in percent, `to` gives the new level, whose
        // unit a percent is not; `fell 151 points to 35,527` is in points.)
        const tally: boolean =
          (before !== null &&
            TALLY_JOINERS.has(before.lower) &&
            twoBefore !== null &&
            lastUnit !== null &&
            lastUnit.end === twoBefore.end &&
            !(
              before.lower === 'to' &&
              lastUnit.unit === 'percent' &&
              prevFig !== null &&
              prevFig.first > 0 &&
              changedBefore(words, prevFig.first)
            )) ||
          (lastUnit !== null && rivalTally(words, first, lastUnit.end));
        const linked =
          !age &&
          (first < i ||
            moreAfter ||
            told ||
            changeFrom ||
            tally ||
            (before !== null &&
              ((/^\p{Ll}{3,}$/u.test(before.text) && !NO_ELISION.has(before.lower)) ||
                LINK_VERBS.has(before.lower))));
        // "52 to 48" is a score or a ratio: a figure paired with another one counts nothing.
        // (`up from 16,000 in 2019`: a year after an old value dates it.)
        const dated = (changeFrom || tally) && afterFig < hi && dateAfter(words, afterFig, hi);
        const paired = afterFig + 1 < hi && isNumeric(words[afterFig + 1]!) && !dated;
        // "… and 14 were wounded": what is said of the figure shows it stands for a noun.
        const ends =
          afterFig >= hi ||
          (!paired &&
            (moreAfter ||
              !/^\p{L}/u.test(words[afterFig]!.text) ||
              LINK_WORDS.has(words[afterFig]!.lower) ||
              told ||
              dated));
        // The last figure's noun, else a counted noun named without a figure shortly before (a heading
        // "How many troops?" sets the topic of the figures that follow it). A counted noun of the
        // figure's own clause comes first (`casualties ranging from 5,000 to 7,000`, `the death toll
        // at between 5,000 and 7,000`), over an earlier sentence's figure.
        const own: string | null =
          before && (AT_FIGURE.has(before.lower) || RANGE_LEADS.has(before.lower)) && !changeFrom && !tally
            ? countNounBefore(words, first, 0, lex)
            : null;
        let inherited: string | null = null;
        if (own) inherited = null;
        else if (linked && ends && (changeFrom || tally) && lastUnit) inherited = lastUnit.unit;
        // (`destroyed 120 homes and damaged another 300`: `another` stands for the last counted noun.)
        else if (
          linked &&
          ends &&
          first > 0 &&
          ANOTHER.has(words[first - 1]!.lower) &&
          lastUnit !== null &&
          !measureUnits(lex).has(lastUnit.unit.split('/')[0]!)
        )
          inherited = lastUnit.unit;
        else if (linked && ends) {
          if (lastCount && w.start - lastCount.end <= ELIDED_UNIT_WINDOW) inherited = lastCount.unit;
          else {
            inherited = trail.lastIn(
              Math.max(0, words[first]!.start - ELIDED_UNIT_WINDOW),
              words[first]!.start,
            );
          }
        }
        // `Russia lost 40 tanks, and the strike killed 30`: a verb said only of people overrides a
        // last noun that is no people.
        if (inherited && !PEOPLE_NOUNS.has(inherited) && peopleMeasureBefore(words, first, 0, lex))
          inherited = null;
        if (own) {
          unitName = own;
          rule = 'noun-before';
        } else if (inherited) {
          unitName = inherited;
          rule = 'elided';
          lastCount = { unit: unitName, end: w.end };
        } else {
          unitName = before && AT_FIGURE.has(before.lower) ? countNounBefore(words, first, 0, lex) : null;
          if (unitName) rule = 'noun-before';
          // `at least 30 killed and 12 wounded`: what is said of the figure is said of people only.
          else if (
            peopleMeasureAfter(words, afterFig, hi, lex) ||
            peopleMeasureBefore(words, first, 0, lex) ||
            // (`12 remain in hospital`: a state after `remain` said of people only.)
            remainsPeople(words, afterFig, hi)
          ) {
            unitName = 'people';
            rule = 'people-measure';
          } else if (
            !fig.words &&
            !currency &&
            !fig.tail &&
            // (`to`/`by`/`at` or a verb of change or being before the figure: cheap, read first.)
            first > 1 &&
            (LEVEL_LEADS.has(words[first - 1]!.lower) || /^\p{Ll}+ed$/u.test(words[first - 1]!.text))
          ) {
            // `Confirmed cases rose to 1,204`, `Jobless claims fell by 12,000`: a bare level or
            // change linked to a plural subject counts what the subject names (not an amount or a
            // level of it: `Prices rose to 151.20`, `Shares fell to 40`).
            const subject = linkedPluralNoun(words, first, 0, hi, true);
            if (subject && !NOT_COUNTED_SUBJECTS.has(subject)) {
              unitName = subject;
              rule = 'subject-noun';
            }
          }
        }
      }
      // (A figure in words whose elided noun was not found counts nothing: `Dozens more are piled`.)
      if (fig.words && !unitName) {
        i = fig.next - 1;
        continue;
      }
      // A bare number in brackets is a reference mark (`… risk of obesity (36).`, `(4, 5)`), and one
      // beside another bare number a cell of a table (`Kevin Harvick 5033 4 6 15 26`): no figures.
      if (!unitName && plain && max === null && first === i && end === next) {
        const before = words[i - 1]?.text;
        const after = words[next]?.text;
        const opens =
          before === '(' || before === '[' || (before === ',' && i > 1 && isPlainNumber(words[i - 2]!));
        if (opens && (after === ')' || after === ']' || after === ',')) continue;
        if ((next < hi && isPlainNumber(words[next]!)) || (i > 0 && isPlainNumber(words[i - 1]!))) continue;
      }
      if (unit?.cls === 'count') lastCount = { unit: unit.unit, end: words[unit.next - 1]!.end };
      if (qualifier === null) qualifier = fig.vague ? 'vague' : 'exact';
      // `6ft 2in`, `6 feet 4 inches`, `7lb 4oz`: a length or a weight in two units is one figure,
      // in the smaller unit (exact, as `1 1/2 hours` is one).
      if ((unitName === 'feet' || unitName === 'lb') && max === null && Number.isInteger(value)) {
        const small = smallerUnitAt(words, end, hi, unitName === 'feet');
        if (small) {
          value = value * (unitName === 'feet' ? 12 : 16) + small.value;
          unitName = unitName === 'feet' ? 'inches' : 'oz';
          end = small.next;
        }
      }
      // A rate keeps its denominator in the unit: `$6.99 per month`, `$9.99/month`, `90 miles per
      // gallon`, `$53 million a week` → `USD/month`, `miles/gallon`, `USD/week`.
      if (unitName) {
        const rate = fig.per ? { per: fig.per, next: end } : rateAfter(words, end, hi, text, lex);
        if (rate) {
          unitName = `${unitName}/${rate.per}`;
          end = rate.next;
          if ('counted' in rate && rate.counted)
            lastRate = { unit: unitName, n: rate.counted.n, noun: rate.counted.noun, end: w.end };
        }
      }
      if (unitName && !unitName.startsWith('time:')) lastUnit = { unit: unitName, end: words[end - 1]!.end };
      let measure: ReturnType<typeof measureOf> = unitName
        ? measureOf(words, first, end, noun, 0, hi, lex)
        : null;
      // `Police arrested 12 men and 3 women`: a figure coordinated right after another shares the
      // verb that acts on it (and so has no owner in the clause's subject either).
      const coordinated =
        prevFig !== null &&
        first > 1 &&
        prevFig.end === first - 1 &&
        (words[first - 1]!.lower === 'and' || words[first - 1]!.lower === 'or');
      if (coordinated && prevFig!.measure?.before && (measure === null || !measure.before))
        measure = prevFig!.measure;
      // The subject of a verb that acts on the figure is no owner of it (`Police arrested 40 protesters`).
      const parts: QuantityParts = {
        first,
        figure: i,
        afterFigure: fig.next,
        end,
        noun,
        lo: 0,
        hi,
        actedOn: measure?.before ?? false,
        share: unitName === 'percent',
        // (`Fracture rates fell to 41 per 100,000`: a rate whose numerator is read from its subject
        // is a value of that subject.)
        kind:
          noun === null && unitName !== null && /\/\d/.test(unitName)
            ? 'value'
            : unitKind(unitName, unit, lex),
        adjective: fig.tail !== null && w.text.includes('-'),
        money: unit?.cls === 'currency',
        title,
      };
      const aboutTokens: [number, number] | null = wholeNoun && noun ? noun : aboutRange(words, parts);
      let about =
        matterAtPlace(text, words, parts, aboutTokens) ?? aboutValue(text, words, aboutTokens, entities);
      // `Rescuers pulled 14 survivors`, `Volunteers delivered 4,000 meals`: a plural opening the
      // sentence that the entity stage took for no name is a common noun capitalised for its place,
      // no body that owns the count (`Airbus`, `Reuters`, `Brussels` are entities, and stay).
      // (Only for a count a verb acts on: `Exports rose to 40,000 cars` is a value of exports.)
      if (
        typeof about === 'string' &&
        aboutTokens !== null &&
        parts.kind === 'count' &&
        noun !== null &&
        first > 0 &&
        !CHANGE.test(words[first - 1]!.lower) &&
        !LINKING_BEFORE.has(words[first - 1]!.lower) &&
        isOpeningPlural(words, aboutTokens)
      )
        // (`Builders started work on 1.4 million homes in the United States`: where, when named.)
        about = aboutValue(text, words, placeOfCount(words, parts), entities);
      // `Power was cut to 1.2 million customers`, `Aid was delivered to 300 villages`: a count a
      // passive verb reaches with `to` receives the subject; it is not the subject's.
      if (
        about !== null &&
        aboutTokens !== null &&
        aboutTokens[0] === 0 &&
        parts.kind === 'count' &&
        noun !== null &&
        passiveTo(words, first)
      )
        about = null;
      if (gap !== null && about === null) about = aboutValue(text, words, gap, entities);
      // `He has at least 10 assists`, `It employs 3,000 people`: a subject pronoun stands for the
      // person or organisation named last before it, when one is.
      if (about === null && !wholeNoun) {
        const pronoun = aboutPronoun(words, parts);
        if (pronoun !== null) about = pronounReferent(words[pronoun]!, entities, prevSentenceStart);
        // (`The ferry has run since 1962. It carries 120 passengers`: the body opening the sentence before.)
        if (about === null && pronoun !== null && words[pronoun]!.lower === 'it' && prevSentenceStart < ss)
          about = openingHolder(text, prevSentenceStart, ss);
        // (`Bramford council approved its budget. Around 120 posts will go`: jobs that open their
        // sentence are the one organisation's named in it or the sentence before.)
        if (
          about === null &&
          pronoun === null &&
          noun !== null &&
          first === 0 &&
          JOB_NOUNS.has(words[noun[1] - 1]!.lower)
        )
          about = pronounReferent({ ...words[0]!, lower: 'it' }, entities, prevSentenceStart);
      }
      // `14 people were killed when a bus overturned near Kastoria`: where it happened.
      if (about === null && measure && !wholeNoun) {
        about = aboutValue(text, words, measuredPlace(words, parts, MEASURED_PLACES), entities);
        // (`At least 17 people have died and 9 are missing after … across northern Varnia`: the
        // measured count coordinated before, left without a place, happened there too.)
        if (
          about !== null &&
          prevFig?.q.about === null &&
          prevFig.measure &&
          coordinatedCounts(words, prevFig.end, first)
        )
          prevFig.q.about = about;
        // (`Flooding hit northern Varnia. Officials said 25,000 people had been evacuated`: the
        // place a sentence before said was struck, when this one names none.)
        if (about === null && SCENE_MEASURES.test(measure.measure)) about = scene.get();
        // (`The 1998 flood killed 61 people`: no place, the event that did it.)
        if (about === null && measure.before)
          about = aboutValue(text, words, eventSubject(words, parts), entities);
      }
      // `1,942 residents had responded, and 61% of them opposed it`: a share or a count of `them`
      // is of the sentence's counted noun before it.
      if (
        about === null &&
        prevFig !== null &&
        prevFig.kind === 'count' &&
        prevFig.q.unit !== null &&
        /^\p{L}[\p{L} -]*$/u.test(prevFig.q.unit) &&
        end + 1 < hi &&
        words[end]!.lower === 'of' &&
        words[end + 1]!.lower === 'them'
      )
        about = prevFig.q.unit;
      // `25 points, 11 rebounds and 10 assists`, `$12.9bn (£10bn)`, `rose 12% to $4.1 billion`,
      // `closed at $185.25, up 0.35%`: a figure that follows another across only a list's comma or
      // conjunction, a bracket, the `to` of a change or `, up`/`, down` is of the same thing when
      // nothing nearer says what it is of (and no verb acts on it).
      const shared =
        about === null &&
        prevFig !== null &&
        prevFig.about !== null &&
        !prevFig.ownWords &&
        !measure?.before &&
        // (`The budget will be cut by £1.2 million, and four branches will close`: a count of its own
        // noun after an amount is no part of it.)
        !(
          noun !== null &&
          (parts.kind ?? 'count') === 'count' &&
          prevFig.kind !== 'count' &&
          first - prevFig.end <= 2 &&
          words[first - 1]!.lower === 'and' &&
          !/^(?:cents?|pence|penny|shares?|points?)$/.test(words[noun[1] - 1]!.lower)
        ) &&
        (sharesAbout(words, prevFig.end, first) ||
          changeAfter(words, prevFig.end, first) ||
          levelAfterTime(words, prevFig.end, first) ||
          closedAt(words, prevFig.end, first) ||
          oldValueAfter(words, prevFig.end, first));
      const q: { -readonly [K in keyof QuantityMention]: QuantityMention[K] } = {
        kind: 'quantity',
        span: [words[first]!.start, words[end - 1]!.end],
        by: `${TAG}:${rule}`,
        value,
        max,
        unit: unitName,
        qualifier,
        about: shared ? prevFig!.about : about,
        measure: measure?.measure ?? null,
      };
      // (Set on the few figures of a rule only, so the common object keeps one shape.)
      if (isRuleFigure(words, first, i, end)) q.frame = 'rule';
      out.push(q);
      // (What the figure's own words say, `10,000 NATO troops`, is not shared: `and 300 tanks`.)
      const ownWords: boolean = aboutTokens !== null && aboutTokens[0] >= first && aboutTokens[1] <= end;
      prevFig = { first, end, measure, about: q.about, ownWords, q, kind: parts.kind ?? 'count' };
      i = Math.max(i, end - 1);
    }
  }
  return out;
}

/** The quantity stage: figures with unit, hedge and what they count. */
export const quantityStage: Stage = {
  name: NAME,
  version: VERSION,
  produces: 'quantity',
  needs: ['sentence', 'time', 'entity'],
  run(ctx, view) {
    return findQuantities({
      text: ctx.text,
      sentences: view.of('sentence').map((s) => s.span),
      times: view.of('time'),
      entities: view.of('entity'),
    });
  },
};
