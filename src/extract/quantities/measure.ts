import { MAX_MEASURE_AUX, MAX_MEASURE_BACK_TOKENS, MAX_NOUN_GAP } from './constants.ts';
import { keyPrefixes, type MeasureEntry, type QuantityLexicon } from './lexicon.ts';
import type { Word } from './words.ts';

/**
 * What happened to what a figure counts (`killed`, `evacuated`, `shot down`), so that the claims
 * view keeps `12 people were killed` and `300 people were evacuated` apart. Read from a transitive
 * verb right before the figure (`killing at least 12 people`), from the counted noun itself
 * (`12 deaths`), from a word after the noun across auxiliaries (`12 people were reportedly
 * killed`, `12 dead`, `two drones shot down`), or from a measure noun the figure is the value of
 * (`the death toll rose to 12`). Every lookaround is a few tokens: linear on any input.
 */

/** Auxiliaries and adverbs that may stand between a counted noun and what is said of it. */
const AUX: ReadonlySet<string> = new Set(
  'is are was were be been being has have had reportedly also later all now since confirmed reported believed feared thought said known to still presumed officially remain remains remained'.split(
    ' ',
  ),
);
/** Forms of `be`: with one of them an `act` verb after the figure is a passive (`were killed`). */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that start an object after a verb: then the figure's noun acts (`300 troops arrested the men`). */
const OBJECT_START =
  /^(?:the|a|an|his|her|their|its|our|them|him|us|me|dozens|hundreds|thousands|\d.*|\p{Lu}.*)$/u;
/** An adverb in -ly (`internally`, `seriously`). */
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;

/** True for an adverb in -ly; the ending is read by code first (most words have another). */
function isLyAdverb(t: string): boolean {
  return t.length > 4 && t.endsWith('ly') && LY_ADVERB.test(t);
}
/** Prepositions a title-cased headline capitalises (`Five Arrested After Protest`): no object. */
const CAPITAL_PREPOSITIONS = /^(?:After|In|On|At|Over|From|Near|During|Amid|Following|As|Outside|Inside)$/;

/** True when the word at `k` may open the object of an active verb (`30 killed the talks`). */
function objectAt(words: readonly Word[], k: number, hi: number): boolean {
  return k < hi && OBJECT_START.test(words[k]!.text) && !CAPITAL_PREPOSITIONS.test(words[k]!.text);
}
/** Words right before a figure that make it the value of a measure named before (`toll rose to 12`). */
const VALUE_LINKS: ReadonlySet<string> = new Set([
  'to',
  'at',
  'of',
  'reached',
  'hit',
  'passed',
  'topped',
  'exceeded',
  'is',
  'was',
  'stands',
  'stood',
]);
/** Nouns that count what a verb after them did (`the number of people killed`). */
const COUNTING: ReadonlySet<string> = new Set(['number', 'total', 'tally', 'count', 'toll']);

/** The measure entry of the one- or two-word form at `k`, and the index after it. */
export function formAt(words: readonly Word[], k: number, hi: number, lex: QuantityLexicon) {
  if (k < 0 || k >= hi) return null;
  // (The two-word form is made only after a first word of one: most words open none.)
  if (k + 1 < hi && keyPrefixes(lex.measures).has(words[k]!.lower)) {
    const two = lex.measures.get(`${words[k]!.lower} ${words[k + 1]!.lower}`);
    if (two) return { entry: two, next: k + 2 };
  }
  const one = lex.measures.get(words[k]!.lower);
  return one ? { entry: one, next: k + 1 } : null;
}

/** The measure of the form ending just before `end` (one or two words back). */
function formBefore(
  words: readonly Word[],
  end: number,
  lo: number,
  lex: QuantityLexicon,
): MeasureEntry | null {
  // (`killing all 132 people on board`: past `all` before the figure.)
  const e = end - 2 >= lo && words[end - 1]!.lower === 'all' ? end - 1 : end;
  if (e - 2 >= lo && keyPrefixes(lex.measures).has(words[e - 2]!.lower)) {
    const two = lex.measures.get(`${words[e - 2]!.lower} ${words[e - 1]!.lower}`);
    if (two) return two;
  }
  return e - 1 >= lo ? (lex.measures.get(words[e - 1]!.lower) ?? null) : null;
}

/** True when auxiliaries and a measure word follow token `k` (`… and 14 were wounded`). */
export function measureFollows(words: readonly Word[], k: number, hi: number, lex: QuantityLexicon): boolean {
  const j = pastAuxiliaries(words, k, hi);
  return j > k && formAt(words, j, hi, lex) !== null;
}

/** The first token from `k` after at most `MAX_MEASURE_AUX` auxiliaries (`were`, `reportedly`). */
function pastAuxiliaries(words: readonly Word[], k: number, hi: number): number {
  let j = k;
  // (`are internally displaced`, `were seriously injured`: an adverb in -ly too.)
  while (j < hi && j < k + MAX_MEASURE_AUX && (AUX.has(words[j]!.lower) || isLyAdverb(words[j]!.lower))) j++;
  return j;
}

/** Where the figure's measure was read: `before` when a verb before it acts on what it counts. */
export interface Measure {
  readonly measure: string;
  readonly before: boolean;
}

/** Bare forms of the lexicon's verbs (`kill`, `arrest`, `evacuate`), which modify a noun they precede. */
const BARE_VERBS = /^(?:kill|injure|arrest|detain|evacuate|rescue)$/;

/**
 * The measure of a quantity whose tokens run `[first, end)` with its counted noun at `noun`, in a
 * sentence of tokens `[lo, hi)`; null when no word of the lexicon says it.
 */
export function measureOf(
  words: readonly Word[],
  first: number,
  end: number,
  noun: readonly [number, number] | null,
  lo: number,
  hi: number,
  lex: QuantityLexicon,
): Measure | null {
  // `killing at least 12 people`, `shot down 12 drones`: a verb acting on the figure.
  const verb = formBefore(words, first, lo, lex);
  if (verb?.kind === 'act') return { measure: verb.measure, before: true };
  // `12 deaths`, `12 casualties`, and a participle before the noun: `500 injured people`.
  if (noun)
    for (let k = Math.max(first + 1, noun[0] - MAX_NOUN_GAP); k < noun[1]; k++) {
      const f = formAt(words, k, noun[1], lex);
      // (A bare verb there is a noun's modifier, no measure: `300 arrest warrants`, `kill orders`.)
      if (f && !(f.entry.kind === 'act' && f.next === k + 1 && BARE_VERBS.test(words[k]!.lower)))
        return { measure: f.entry.measure, before: false };
    }
  // `12 people were reportedly killed`, `12 dead`, `12 people died`.
  let k = end;
  // (`At least 74, including eight Americans, were killed`: an aside between commas.)
  if (
    k + 2 < hi &&
    words[k]!.text === ',' &&
    /^(?:including|among|mostly|most|many)$/.test(words[k + 1]!.lower)
  ) {
    let j = k + 2;
    while (j < hi && j < k + 8 && words[j]!.text !== ',') j++;
    if (j + 1 < hi && words[j]!.text === ',') k = j + 1;
  }
  const aside = k;
  let passive = false;
  while (k < hi && k < aside + MAX_MEASURE_AUX && (AUX.has(words[k]!.lower) || isLyAdverb(words[k]!.lower))) {
    if (BE.has(words[k]!.lower)) passive = true;
    k++;
  }
  const after = formAt(words, k, hi, lex);
  if (after) {
    const object = objectAt(words, after.next, hi);
    if (after.entry.kind === 'state' || passive || (k === end && !object))
      return { measure: after.entry.measure, before: false };
  }
  // `the death toll rose to 12`, `the number of people killed stood at 12`.
  if (first - 1 >= lo && VALUE_LINKS.has(words[first - 1]!.lower)) {
    // A verb there names the measure only after a counting noun (`evacuated to 12 shelters` has none).
    let from = first - 1;
    while (
      from - 1 >= Math.max(lo, first - 1 - MAX_MEASURE_BACK_TOKENS) &&
      /^\p{L}/u.test(words[from - 1]!.text)
    )
      from--;
    let counted = false;
    for (let j = from; j < first - 1; j++) if (COUNTING.has(words[j]!.lower)) counted = true;
    for (let j = first - 2; j >= from; j--) {
      const f = formAt(words, j, first - 1, lex);
      if (f && (f.entry.kind === 'state' || counted)) return { measure: f.entry.measure, before: false };
    }
  }
  return null;
}

/** Measures said only of people: a bare figure they follow counts people (`30 killed`, `12 detained`). */
const PEOPLE_MEASURES: ReadonlySet<string> = new Set([
  'killed',
  'injured',
  'casualties',
  'detained',
  'displaced',
  'evacuated',
  'missing',
  'rescued',
  'released',
]);

/**
 * The measure said of a bare figure by the word right after it (or after auxiliaries: `30 killed`,
 * `12 were detained`) when that measure is said of people only; else null.
 */
export function peopleMeasureAfter(
  words: readonly Word[],
  k: number,
  hi: number,
  lex: QuantityLexicon,
): string | null {
  const j = pastAuxiliaries(words, k, hi);
  const f = j < hi ? formAt(words, j, hi, lex) : null;
  if (!f || !PEOPLE_MEASURES.has(f.entry.measure)) return null;
  // `30 killed the talks` is no count: an object after an active verb.
  return objectAt(words, f.next, hi) && j === k && f.entry.kind === 'act' ? null : f.entry.measure;
}

/**
 * The measure of a verb right before a bare figure (`killed 12 and wounded 30`, `killing dozens`)
 * when that measure is said of people only; else null.
 */
export function peopleMeasureBefore(
  words: readonly Word[],
  first: number,
  lo: number,
  lex: QuantityLexicon,
): string | null {
  const verb = formBefore(words, first, lo, lex);
  return verb?.kind === 'act' && PEOPLE_MEASURES.has(verb.measure) ? verb.measure : null;
}
