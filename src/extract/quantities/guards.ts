import { YEAR_MAX, YEAR_MIN } from './constants.ts';
import type { Word } from './words.ts';

/**
 * What looks like a figure but is not a quantity: years, days of dates, clock times, numbers that
 * are part of names (`Article 5`, `No. 5`, `Zapad-2021` and `S-400` never reach here: they are one
 * word), list numbers.
 */

const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const CLOCK: ReadonlySet<string> = new Set([
  'a.m',
  'p.m',
  'am',
  'pm',
  'gmt',
  'utc',
  'cet',
  'msk',
  'o’clock',
  "o'clock",
  'hrs',
]);
const NUMBER_SIGNS: ReadonlySet<string> = new Set(['#', '№', 'no', 'nos', 'number', 'no.']);
/** Lower-case nouns of things named by a number after them (`route 42`, `junctions 10 and 11`). */
const NUMBERED_NOUNS: ReadonlySet<string> = new Set(
  'route routes junction junctions gate gates platform platforms exit exits flight flights chapter chapters article articles section sections clause clauses paragraph paragraphs terminal terminals runway runways pier berth ward wards lap phase phases stage category tier grade page pages line bus level zone type'.split(
    ' ',
  ),
);
/** Capital letters of a model or series name before its number (`GTX 1660`, `RTX 3080`), not a word. */
const MODEL_LETTERS = /^[A-Z]{2,4}$/;
/** Words an address gives a number after (`P.O. Box 69440`, `Suite 1200`). */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['box', 'suite', 'room', 'apt', 'flat', 'unit']);

/** True when the word is a month name or abbreviation. */
export function isMonth(w: Word | undefined): boolean {
  return w !== undefined && MONTHS.has(w.lower);
}

/** True for a bare four-digit token in the year range. */
export function looksLikeYear(w: Word): boolean {
  if (!/^\d{4}$/.test(w.text)) return false;
  const n = Number(w.text);
  return n >= YEAR_MIN && n <= YEAR_MAX;
}

/** True when the plain figure at `i` is part of a date (`Feb. 9`, `17 January`, `Feb. 10–20`). */
export function isDatePart(words: readonly Word[], i: number, lo: number): boolean {
  const prev = i - 1 >= lo ? words[i - 1] : undefined;
  const prev2 = i - 2 >= lo ? words[i - 2] : undefined;
  if (isMonth(prev) || (prev?.text === '.' && isMonth(prev2))) return true;
  if (prev?.text === ',' && prev2 && /^\d{1,2}$/.test(prev2.text) && isMonth(words[i - 3])) return true;
  const next = words[i + 1];
  return isMonth(next) || (next?.lower === 'of' && isMonth(words[i + 2]));
}

/** True when the figure is a clock time (`11 a.m.`, `0900 GMT`). */
export function isClockTime(words: readonly Word[], next: number): boolean {
  const w = words[next];
  return w !== undefined && CLOCK.has(w.lower);
}

/**
 * True when a small plain number follows a capitalised word or a number sign inside the sentence:
 * `Article 5`, `Level 3`, `No. 5`, `Apollo 11`.
 */
export function isNamePart(
  words: readonly Word[],
  i: number,
  lo: number,
  value: number,
  plain: boolean,
): boolean {
  if (!plain) return false;
  const prev = i - 1 >= lo ? words[i - 1] : undefined;
  if (!prev) return false;
  if (NUMBER_SIGNS.has(prev.lower)) return true;
  // `bus route 42`, `junction 10`, `gate 5`, `flight 1549`, `phase 2`: a thing named by its number.
  if (NUMBERED_NOUNS.has(prev.lower) && /^\p{Ll}/u.test(prev.text)) return true;
  // (`junctions 10 and 11`: the second of two such numbers too.)
  if (
    (prev.lower === 'and' || prev.lower === 'or' || prev.lower === 'to') &&
    i - 3 >= lo &&
    /^\d+$/.test(words[i - 2]!.text) &&
    NUMBERED_NOUNS.has(words[i - 3]!.lower)
  )
    return true;
  // `GTX 1660`, `Box 69440`: a model's letters or an address word before a long number.
  if (value >= 1000) return MODEL_LETTERS.test(prev.text) || ADDRESS_WORDS.has(prev.lower);
  if (prev.text === '.' && i - 2 >= lo && words[i - 2]!.lower === 'no') return true;
  const c = prev.text[0]!;
  const capital = c !== c.toLowerCase() && c === c.toUpperCase();
  // (`iPhone 15`, `iOS 17`: a name written with an inner capital is a name too.)
  return (capital && /^\p{L}+$/u.test(prev.text)) || /^\p{Ll}+\p{Lu}\p{L}*$/u.test(prev.text);
}

const DEFINITE: ReadonlySet<string> = new Set([
  'the',
  'these',
  'those',
  'both',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
]);

/** True for a number word after a definite determiner: "the two countries" refers, it does not count. */
export function isReferential(words: readonly Word[], i: number, lo: number): boolean {
  return i - 1 >= lo && DEFINITE.has(words[i - 1]!.lower) && /^\p{L}/u.test(words[i]!.text);
}

/** True for an age in apposition: "Ihor Petrenko, 41, an IT engineer". */
export function isAge(words: readonly Word[], i: number, lo: number, value: number): boolean {
  const prev = i - 1 >= lo ? words[i - 1] : undefined;
  const prev2 = i - 2 >= lo ? words[i - 2] : undefined;
  const next = words[i + 1];
  if (!prev || !prev2 || prev.text !== ',' || value > 120 || !/^\d{1,3}$/.test(words[i]!.text)) return false;
  // `Patrick Carlineo Jr., 55,`: the name may end in an abbreviation's dot.
  const name = prev2.text === '.' && i - 3 >= lo ? words[i - 3]! : prev2;
  const c = name.text[0]!;
  // (`The suspect, 32, was charged`: a common noun of a person too.)
  return (
    (c !== c.toLowerCase() || PERSON_NOUNS.has(name.text)) &&
    (next === undefined || next.text === ',' || next.text === '.')
  );
}

/** Lower-case nouns of a person whose age news gives between commas (`the victim, 24,`). */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  'suspect suspects victim man woman boy girl driver passenger pedestrian mother father son daughter husband wife brother sister defendant gunman attacker pilot officer teacher student teenager pensioner resident worker nurse doctor owner'.split(
    ' ',
  ),
);

/** Last words of street names (`K Street`, `Pennsylvania Avenue`, `Main St`). */
const STREET_WORDS: ReadonlySet<string> = new Set(
  'street st avenue ave road rd boulevard blvd lane ln drive dr place pl square sq court ct parkway highway'.split(
    ' ',
  ),
);
/** Capitalised words looked at after a house number for the street word. */
const STREET_REACH = 4;

/**
 * True for a house number or a postal code: a plain number before a capitalised street name
 * (`1625 K Street`, `900 Pennsylvania Avenue NW`), or five digits after a two-letter state code
 * (`Washington DC 20006`).
 */
export function isAddressPart(words: readonly Word[], i: number, lo: number, plain: boolean): boolean {
  if (!plain) return false;
  const w = words[i]!;
  const prev = i - 1 >= lo ? words[i - 1] : undefined;
  if (w.text.length === 5 && prev && /^[A-Z]{2}$/.test(prev.text)) return true;
  if (w.text.length > 5) return false;
  for (let k = i + 1; k < words.length && k <= i + STREET_REACH; k++) {
    const t = words[k]!.text;
    const c = t[0]!;
    if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
    if (k > i + 1 && STREET_WORDS.has(words[k]!.lower)) return true;
  }
  return false;
}

/** Nouns that turn a count of digits into an order of magnitude: "well into five digits", "six figures". */
const MAGNITUDE_NOUNS: ReadonlySet<string> = new Set(['digits', 'figures']);

/** True for an order-of-magnitude idiom ("into five digits", "a six-figure sum" is one word and never a figure). */
export function isMagnitudeIdiom(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && MAGNITUDE_NOUNS.has(unit);
}
