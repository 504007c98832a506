/**
 * Word lists of the times grammar: English calendar and clock vocabulary written for sitrep
 * (no external source; MIT like the project). Keys are lower-case words as the scanner yields them.
 */

/**
 * A word table without a prototype: the tables are indexed by any word of the text, and on a plain
 * object `constructor` would find `Object`'s (`every constructor` threw).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

/** Month words that are also common English words; read as months only with a date around them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'may',
  'march',
  'mar',
  'jan',
  'jun',
  'dec',
  'sep',
  'oct',
  'nov',
  'aug',
  'apr',
  'jul',
]);

/** Weekday names and abbreviations → ISO weekday (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = wordTable({
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
});
/** Abbreviated weekdays that are also words (sat, sun, wed): only read when capitalised and dotted or before a date. */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set([
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);

/** Plural weekdays ("Mondays") → set values. */
export const WEEKDAY_PLURALS: Readonly<Record<string, number>> = wordTable({
  mondays: 1,
  tuesdays: 2,
  wednesdays: 3,
  thursdays: 4,
  fridays: 5,
  saturdays: 6,
  sundays: 7,
});

/** Seasons → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = wordTable({
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
});

/** Parts of the day → TIMEX3 code. */
export const DAY_PARTS: Readonly<Record<string, string>> = wordTable({
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
});

/** Plural parts of days (`mornings`, `Friday nights`): recurring parts, sets. */
export const DAY_PART_PLURALS: Readonly<Record<string, string>> = wordTable({
  mornings: 'MO',
  afternoons: 'AF',
  evenings: 'EV',
  nights: 'NI',
});

/** Calendar units, singular and plural, → unit key. */
export type Unit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'weekend'
  | 'fortnight'
  | 'month'
  | 'quarter'
  | 'year'
  | 'decade'
  | 'century';
export const UNITS: Readonly<Record<string, Unit>> = wordTable({
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  weekend: 'weekend',
  weekends: 'weekend',
  fortnight: 'fortnight',
  fortnights: 'fortnight',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
});

/** Number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  a: 1,
  an: 1,
  single: 1,
  couple: 2,
});

/** Vague counts → unknown quantity (TIMEX3 `X`). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set([
  'several',
  'few',
  'many',
  'some',
  'numerous',
  'multiple',
  'various',
  'recent',
  'coming',
  'ensuing',
]);

/** Ordinal words → value. */
export const ORDINALS: Readonly<Record<string, number>> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  last: -1,
  final: -1,
});

/** Decade words ("the nineties") → decade within a century. */
export const DECADE_WORDS: Readonly<Record<string, number>> = wordTable({
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
});

/** Words before a span that shift its point within the period → TIMEX3 mod. */
export const PERIOD_MODS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = wordTable({
  early: 'START',
  earlier: 'START',
  beginning: 'START',
  start: 'START',
  mid: 'MID',
  middle: 'MID',
  late: 'END',
  later: 'END',
  end: 'END',
  close: 'END',
});

/** Deictic words → day offset from the anchor. */
export const DEICTIC_DAYS: Readonly<Record<string, number>> = wordTable({
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
});

/** Vague references → TIMEX3 token values. */
export const REF_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = wordTable({
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
});

/** Time-zone names → written tag (kept as written; offsets are not resolved). */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'cet',
  'cest',
  'eet',
  'eest',
  'bst',
  'msk',
  'z',
  'et',
  'pt',
  'ct',
]);

/** Set adverbs and adjectives → TIMEX3 set value. */
export const SET_WORDS: Readonly<Record<string, string>> = wordTable({
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annual: 'P1Y',
  annually: 'P1Y',
  everyday: 'P1D',
  yearly: 'P1Y',
  hourly: 'PT1H',
  biannual: 'P6M',
  semiannual: 'P6M',
});

/** Nouns a bare number counts (so `300 tanks` and `2000 troops` are quantities, not years). */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'troops',
  'soldiers',
  'people',
  'tanks',
  'men',
  'women',
  'children',
  'vehicles',
  'aircraft',
  'jets',
  'planes',
  'dollars',
  'euros',
  'rubles',
  'pounds',
  'percent',
  'per',
  'units',
  'shares',
  'votes',
  'miles',
  'kilometers',
  'kilometres',
  'km',
  'meters',
  'metres',
  'feet',
  'tons',
  'tonnes',
  'barrels',
  'points',
  'cases',
  'deaths',
  'residents',
  'refugees',
  'migrants',
  'workers',
  'employees',
  'jobs',
  'members',
  'copies',
  'households',
  'of',
  'million',
  'billion',
  'thousand',
  'mm',
  'cm',
  'kg',
  'rounds',
  'missiles',
  'rockets',
  'battalions',
  'sorties',
]);

/** Quantity hedges before a bare number (so `up to 2000` is a quantity). */
export const QUANTITY_HEDGES: ReadonlySet<string> = new Set([
  'than',
  'about',
  'nearly',
  'approximately',
  'around',
  'roughly',
  'almost',
  'some',
  'over',
  'under',
  'least',
  'most',
  'up',
]);

/** Capitalised words before a year that still leave it a year. */
export const YEAR_LEAD_WORDS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'through',
  'from',
  'during',
  'before',
  'after',
  'of',
  'for',
  'fiscal',
  'year',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'and',
  'or',
  'to',
  'between',
  'around',
  'circa',
  'about',
  'on',
  'at',
  'as',
  'the',
  'than',
  'christmas',
  'easter',
]);

/** Words that, standing right before an expression, say it is resolved against the narrative, not the anchor. */
export const NARRATIVE_UNITS: ReadonlySet<Unit> = new Set([
  'day',
  'week',
  'month',
  'year',
  'weekend',
  'quarter',
  'hour',
]);

/** A holiday: a fixed day, the nth weekday of a month (nth −1: the last), or Easter-relative. */
export interface Holiday {
  readonly m: number;
  readonly d?: number;
  readonly wd?: number;
  readonly nth?: number;
  readonly easter?: number;
  /** Days after the nth weekday (`Black Friday`: the day after Thanksgiving). */
  readonly plus?: number;
}

/** Holidays news writes about, keyed by their words joined with spaces (`'` and `s` dropped). */
export const HOLIDAYS: Readonly<Record<string, Holiday>> = wordTable({
  christmas: { m: 12, d: 25 },
  'christmas day': { m: 12, d: 25 },
  'christmas eve': { m: 12, d: 24 },
  'new year day': { m: 1, d: 1 },
  'new year eve': { m: 12, d: 31 },
  halloween: { m: 10, d: 31 },
  'valentine day': { m: 2, d: 14 },
  'independence day': { m: 7, d: 4 },
  'veterans day': { m: 11, d: 11 },
  'boxing day': { m: 12, d: 26 },
  'may day': { m: 5, d: 1 },
  'victory day': { m: 5, d: 9 },
  thanksgiving: { m: 11, wd: 4, nth: 4 },
  'thanksgiving day': { m: 11, wd: 4, nth: 4 },
  'memorial day': { m: 5, wd: 1, nth: -1 },
  'labor day': { m: 9, wd: 1, nth: 1 },
  'martin luther king day': { m: 1, wd: 1, nth: 3 },
  'presidents day': { m: 2, wd: 1, nth: 3 },
  easter: { m: 4, easter: 0 },
  'easter sunday': { m: 4, easter: 0 },
  'good friday': { m: 4, easter: -2 },
  'easter monday': { m: 4, easter: 1 },
  'mlk day': { m: 1, wd: 1, nth: 3 },
  'mother day': { m: 5, wd: 7, nth: 2 },
  'father day': { m: 6, wd: 7, nth: 3 },
  'columbus day': { m: 10, wd: 1, nth: 2 },
  'black friday': { m: 11, wd: 4, nth: 4, plus: 1 },
  'election day': { m: 11, wd: 1, nth: 1, plus: 1 },
  juneteenth: { m: 6, d: 19 },
  'st patrick day': { m: 3, d: 17 },
  'saint patrick day': { m: 3, d: 17 },
});
