import type { WorkCounter } from '../segment/work.ts';
import { MAX_COUNTED_BACK_TOKENS, MAX_NOUN_GAP, TIME_OPENERS } from './constants.ts';
import { keyPrefixes, type QuantityLexicon, type UnitClass } from './lexicon.ts';
import { isCapitalised, scanWords, type Word } from './words.ts';

/**
 * Attaching the unit or counted noun: a currency sign or code before the figure (`$1Bln`, `€2.3bn`,
 * `\$` from escaped Markdown), a lexicon unit right after it or after a few modifiers
 * (`10,000 NATO troops`, `300 main battle tanks`), else the first plain noun after it
 * (`two phases`). Nouns of time (days, years) mark the figure as a duration, which is not a quantity.
 */

/** An attached unit: canonical name, class, and the token range it covers. */
export interface Attached {
  readonly unit: string;
  readonly cls: UnitClass | 'noun';
  readonly first: number;
  readonly next: number;
}

const TIME_NOUNS: ReadonlySet<string> = new Set(
  'second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades century centuries yr yrs'.split(
    ' ',
  ),
);

/** Words that can never be a counted noun (function words, auxiliaries, common verbs of reporting). */
const NOT_NOUNS: ReadonlySet<string> = new Set(
  `a an the and or but nor of to in on at by for from with without as than that which who whom whose this these those
  is are was were be been being am has have had do does did will would could should may might must can shall
  more less most least per into onto near over under after before during since ago until till about around
  against between among through across along behind beyond within toward towards upon via versus vs
  it its they them their he him his she her we us our you your i me my
  not no yes so also too very just only even still yet already again
  said says say told added according percent times each every other another such own same
  while whereas if when where whether because although though unless
  up down out off back away here there now then
  one two three four five six seven eight nine ten
  saw took made went came gave got won began became fell rose grew ran met sent brought bought sold paid spent`.split(
    /\s+/,
  ),
);

function lookupUnit(words: readonly Word[], k: number, hi: number, lex: QuantityLexicon) {
  // (Longest first; a phrase of n words is made only when its first n - 1 open a longer unit.)
  const max = Math.min(lex.unitMaxWords, hi - k);
  if (max < 1) return null;
  const prefixes = keyPrefixes(lex.units);
  let key = words[k]!.lower;
  if (max === 1 || !prefixes.has(key)) {
    const e = lex.units.get(key);
    return e ? { entry: e, next: k + 1 } : null;
  }
  const keys = [key];
  while (keys.length < max && prefixes.has(key)) {
    key += ` ${words[k + keys.length]!.lower}`;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const e = lex.units.get(keys[n - 1]!);
    if (e) return { entry: e, next: k + n };
  }
  return null;
}

/** A currency sign or code right before token `i` (`$`, `\$`, `US$`, `€`, `USD`), or null. */
export function currencyBefore(
  words: readonly Word[],
  i: number,
  lo: number,
  lex: QuantityLexicon,
): Attached | null {
  const prev = i - 1 >= lo ? words[i - 1] : undefined;
  if (!prev) return null;
  const e = lex.units.get(prev.lower);
  // (A code in letters is three capitals, `USD`; `Rs` is the rupee's sign.)
  if (
    e?.cls !== 'currency' ||
    (/^\p{L}/u.test(prev.text) !== /^[A-Z]{3}$/.test(prev.text) && prev.text !== 'Rs')
  )
    return null;
  let first = i - 1;
  const before = first - 1 >= lo ? words[first - 1] : undefined;
  let unit = e.unit;
  if (before && before.end === prev.start) {
    // `\$` (escaped Markdown) and `US$` are dollars; `HK$`, `C$`, `A$` … name another dollar.
    const code = prev.text === '$' ? DOLLAR_PREFIXES.get(before.text) : undefined;
    if (before.text === '\\' || code) first--;
    if (code) unit = code;
  }
  return { unit, cls: 'currency', first, next: i };
}

/** Letters written against `$` that name the dollar (`HK$176`, `C$2bn`, `NT$30`). */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'],
  ['HK', 'HKD'],
  ['C', 'CAD'],
  ['CA', 'CAD'],
  ['A', 'AUD'],
  ['AU', 'AUD'],
  ['NZ', 'NZD'],
  ['S', 'SGD'],
  ['NT', 'TWD'],
  ['R', 'BRL'],
]);

/** Words of addition between a figure and its noun (`300 more troops`, `271,000 new jobs`). */
const ADDED: ReadonlySet<string> = new Set(['more', 'other', 'additional', 'extra', 'further', 'new']);

/** A capitalised plural: a people or a group named by a demonym (`Moldovans`, `Israelis`, `Marines`). */
const PLURAL_NAME = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*[^s]s$/u;

/** True for a noun of time (`days`, `years`): the figure is a duration or an age. */
export function isTimeNoun(w: Word | undefined): boolean {
  return w !== undefined && TIME_NOUNS.has(w.lower);
}

/** True when a word can be a counted noun: a lower-case word that is not a function word. */
export function nounLike(w: Word | undefined): boolean {
  if (w === undefined) return false;
  const t = w.text;
  if (t.length < 2) return false;
  // `/^\p{Ll}[\p{Ll}\p{M}'’-]+$/u` read by code on an all-ASCII word (most words): a lower-case
  // letter, then letters, apostrophes and hyphens; a word with other units goes to the pattern.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (i > 0 && (c === 39 || c === 45))) continue;
    if (c < 128) return false;
    if (!NOUN_LIKE.test(t)) return false;
    break;
  }
  return !NOT_NOUNS.has(w.lower);
}

/** A word of a common noun's letters (see `nounLike`). */
const NOUN_LIKE = /^\p{Ll}[\p{Ll}\p{M}'’-]+$/u;

/**
 * The unit after a figure whose tokens end before `next`, looking at most `MAX_NOUN_GAP` modifiers
 * ahead; `of` is skipped after vague magnitudes ("thousands of troops"). Returns a time noun as
 * class `noun` with unit `time:<word>` so that the caller can drop durations.
 */
export function unitAfter(
  words: readonly Word[],
  next: number,
  hi: number,
  lex: QuantityLexicon,
  skipOf: boolean,
): Attached | null {
  let k = next;
  if (skipOf && words[k]?.lower === 'of' && k + 1 < hi) k++;
  // `300 more troops`, `14 other cases`: a word of addition before the counted noun.
  // (Not the `New` of a people's name: `29 New Yorkers`.)
  if (
    ADDED.has(words[k]?.lower ?? '') &&
    k + 1 < hi &&
    !(words[k]!.text === 'New' && NEW_PEOPLES.has(words[k + 1]!.lower)) &&
    (nounLike(words[k + 1]) || isCapitalised(words[k + 1]!) || lookupUnit(words, k + 1, hi, lex))
  )
    k++;
  if (k >= hi) return null;
  // `%` and measures come first, right after the number.
  const direct = lookupUnit(words, k, hi, lex);
  // (`12 dead soldiers`: a toll's adjective before a plural noun gives way to it.)
  if (direct && TOLL_ADJECTIVES.has(words[k]!.lower) && k + 1 < hi && isPlainPlural(words[k + 1]!))
    return unitAfter(words, k + 1, hi, lex, false);
  if (direct) return { unit: direct.entry.unit, cls: direct.entry.cls, first: k, next: direct.next };
  if (isTimeNoun(words[k])) return { unit: `time:${words[k]!.lower}`, cls: 'noun', first: k, next: k + 1 };
  // A lexicon noun after modifiers: capitalised names and lower-case adjectives ("NATO", "main battle").
  for (let g = k; g < Math.min(hi, k + MAX_NOUN_GAP + 1); g++) {
    const w = words[g]!;
    // `3 million phones next year`: a word that opens a time phrase ends the noun phrase.
    if (g > k && TIME_OPENERS.has(w.lower)) break;
    if (g > k) {
      const hit = lookupUnit(words, g, hi, lex);
      if (hit && hit.entry.cls === 'count')
        return { unit: hit.entry.unit, cls: 'count', first: g, next: hit.next };
      if (isTimeNoun(w)) return null;
    }
    // (`14 Leopard 2 tanks`: a model's short number after its capitalised name stays in the phrase.)
    const modelNumber = g > k && /^\d{1,4}$/.test(w.text) && isCapitalised(words[g - 1]!);
    if (!(isCapitalised(w) || nounLike(w) || (w.text === '-' && g > k) || modelNumber)) break;
  }
  // Else a plain noun: the first lower-case word after any capitalised modifiers; an -ed/-ing/-al
  // adjective before another noun-like word gives way to it ("300 armed men").
  let g = k;
  while (g < hi && g < k + MAX_NOUN_GAP && isCapitalised(words[g]!) && /^\p{L}/u.test(words[g]!.text)) g++;
  // One capitalised plural is itself what is counted (`300,000 Moldovans abroad`, `500 Marines arrived`).
  // (Not before a lower-case plural it names the kind of: `8.5 million Windows devices`.)
  if (g === k + 1 && PLURAL_NAME.test(words[k]!.text) && !(g < hi && isPlainPlural(words[g]!)))
    return { unit: words[k]!.text, cls: 'noun', first: k, next: k + 1 };
  // (`29 New Yorkers`, `300 South Koreans`: a people named in two words, a compass point or `New` first.)
  if (
    g === k + 2 &&
    (words[k]!.lower === 'new'
      ? NEW_PEOPLES.has(words[k + 1]!.lower)
      : DEMONYM_FIRSTS.has(words[k]!.lower) && PLURAL_NAME.test(words[k + 1]!.text))
  )
    return { unit: `${words[k]!.text} ${words[k + 1]!.text}`, cls: 'noun', first: k, next: k + 2 };
  // `-ly` modifiers before a noun (`140 million monthly active users`) are passed over.
  while (g + 1 < hi && g < k + MAX_NOUN_GAP && isAdverb(words[g]!.lower) && nounLike(words[g + 1])) g++;
  const w = words[g];
  // (`50 million iPhones`: a plural name with an inner capital is counted.)
  if (g === k && g < hi && innerCapitalAt(w!.text) && INNER_CAPITAL_PLURAL.test(w!.text))
    return { unit: w!.text, cls: 'noun', first: g, next: g + 1 };
  if (g >= hi || !nounLike(w)) return null;
  // `of 54 total`, `the 1,237 mark`, `the 176 majority needed`: a word for the figure itself (not
  // before a plural it modifies: `16,389 total subsidiaries`).
  if (
    g === k &&
    FIGURE_WORDS.has(w!.lower) &&
    !(g + 1 < hi && /^\p{Ll}{3,}s$/u.test(words[g + 1]!.text) && nounLike(words[g + 1]))
  )
    return null;
  // `9 short of a majority`, `two points clear`, `3 shy of the record`: an adjective of distance
  // after the figure says how far it falls or leads, not what it counts (`12 short films` does).
  if (g === k && FIGURE_ADJECTIVES.has(w!.lower) && !nounLike(words[g + 1])) return null;
  // (`sold 5 million worldwide`, `$40 apiece`: an adverb not in -ly says where or how shared.)
  if (g === k && PLAIN_ADVERBS.has(w!.lower) && !nounLike(words[g + 1])) return null;
  // `1,240 confirmed measles cases`, `40 arms dealers`, `12 news agencies`: a word in -s before a
  // plural noun modifies it; the last is what is counted.
  const head = pluralCompound(words, g, hi, lex);
  if (head) return head;
  // A singular word before a plural one modifies it (`eight strong aftershocks`, `12 small boats`).
  // (`25 undercover police`, `40 armed men`: and before a plural with no -s.)
  const beforePlural =
    !isPluralForm(w!.lower) &&
    g + 1 < hi &&
    (/^\p{Ll}{3,}s$/u.test(words[g + 1]!.text) || UNMARKED_PLURALS.has(words[g + 1]!.text)) &&
    nounLike(words[g + 1]);
  if (
    (beforePlural || /(?:ed|ing|al|an|ive|ish|ern|ary)$/.test(w!.lower)) &&
    g + 1 < hi &&
    nounLike(words[g + 1])
  ) {
    const n2 = words[g + 1]!;
    if (isTimeNoun(n2)) return null;
    return (
      pluralAhead(words, g + 1, hi) ??
      pluralCompound(words, g + 1, hi, lex) ?? { unit: n2.lower, cls: 'noun', first: g + 1, next: g + 2 }
    );
  }
  // `Some 200 remain unaccounted for`, `three remain in Cuba`: a verb of staying is no counted noun.
  if (g === k && REMAIN_FORMS.has(w!.lower)) return null;
  // An adverb (`16 currently in service`) or a participle with no noun after it (`hundreds
  // trapped in the rubble`) tells something of the figure, not what it counts.
  if (isAdverb(w!.lower)) return null;
  // (`tens of millions flowing into races`, `millions lost their homes`: an -ing or past participle too.)
  if (
    (/ed$/.test(w!.lower) || /\p{Ll}{3}ing$/u.test(w!.lower) || IRREGULAR_PARTICIPLES.has(w!.lower)) &&
    !nounLike(words[g + 1])
  ) {
    // `two radicalized Muslims`: a participle before a people named by a capitalised plural;
    // (`several thousand rallying Cuban scientists`, `Two missing Belgian teenagers`: or before names
    // and a plural noun.)
    const n2 = words[g + 1];
    return n2 && PLURAL_NAME.test(n2.text)
      ? { unit: n2.text, cls: 'noun', first: g + 1, next: g + 2 }
      : pluralAhead(words, g, hi);
  }
  // A singular word before more modifiers and a plural noun modifies that noun (`three separate
  // major bank deregulations`, `two former college punters`, `two prominent Washington lobbying firms`).
  return (
    (isPluralForm(w!.lower) ? null : pluralAhead(words, g, hi)) ?? {
      unit: w!.lower,
      cls: 'noun',
      first: g,
      next: g + 1,
    }
  );
}

/** Adjectives of a toll, counted as people when no noun follows (`12 dead`, `4,000 homeless`). */
const TOLL_ADJECTIVES: ReadonlySet<string> = new Set(['dead', 'homeless']);

/** A lower-case plural noun of at least four letters (`soldiers`, `firefighters`). */
function isPlainPlural(w: Word): boolean {
  return /^\p{Ll}{3,}s$/u.test(w.text) && nounLike(w) && !isTimeNoun(w);
}

/** Forms of `remain` after a figure: a verb, no counted noun. */
export const REMAIN_FORMS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained']);

/** Words after `remain` said of people only (`12 remain in hospital`, `three remain in critical condition`). */
const PEOPLE_STATES: ReadonlySet<string> = new Set(
  'hospital hospitals hospitalised hospitalized condition custody detention shelters camps trapped stranded jailed captive hostage'.split(
    ' ',
  ),
);

/**
 * True when a form of `remain` at `k` is followed, within four words of its clause, by a state said
 * of people only (`Three remain in critical condition`, `About 600 remain in shelters`), or by a
 * named place people stay in (`three remain in Cuba`).
 */
export function remainsPeople(words: readonly Word[], k: number, hi: number): boolean {
  if (k >= hi || !REMAIN_FORMS.has(words[k]!.lower)) return false;
  // (`five have come to Miami, while three remain in Cuba`: people stay on in a named place.)
  if (k + 2 < hi && /^(?:in|at)$/.test(words[k + 1]!.lower) && isCapitalised(words[k + 2]!)) return true;
  for (let j = k + 1; j < Math.min(hi, k + 5); j++) {
    const t = words[j]!.lower;
    if (PEOPLE_STATES.has(t)) return true;
    if (t === ',' || t === '.' || t === ';' || t === 'and') return false;
  }
  return false;
}

/**
 * `1,240 measles cases`, `40 arms dealers`, `12 news agencies`: a word in -s (not a unit) right
 * before a lower-case plural noun modifies it; the plural is what is counted. Null otherwise.
 */
function pluralCompound(
  words: readonly Word[],
  g: number,
  hi: number,
  lex: QuantityLexicon,
): Attached | null {
  // (Not a possessive, `people's posts`, nor a plural of time, `two free throws moments later`.)
  if (g + 1 >= hi || !words[g]!.lower.endsWith('s') || !/[^'’]s$/.test(words[g]!.lower)) return null;
  const n2 = words[g + 1]!;
  if (!/^\p{Ll}{3,}s$/u.test(n2.text) || !nounLike(n2) || isTimeNoun(n2) || lookupUnit(words, g, hi, lex))
    return null;
  if (TIME_AFTER.has(words[g + 2]?.lower ?? '')) return null;
  return { unit: n2.lower, cls: 'noun', first: g + 1, next: g + 2 };
}

/**
 * The plural noun that singular word `g` and at most `MAX_NOUN_GAP` modifiers after it lead to
 * (lower-case nouns or names: `separate major bank deregulations`, `randomly-selected registered
 * adult voters`), or null.
 */
function pluralAhead(words: readonly Word[], g: number, hi: number): Attached | null {
  if (isPluralForm(words[g]!.lower)) return null;
  for (let j = g + 1; j < Math.min(hi, g + 1 + MAX_NOUN_GAP); j++) {
    const n = words[j]!;
    if (/^\p{Ll}{3,}s$/u.test(n.text) && nounLike(n) && !isTimeNoun(n))
      return { unit: n.lower, cls: 'noun', first: j, next: j + 1 };
    // (`four different Sanders-linked accounts`: a name with a hyphen modifies too.)
    if (!nounLike(n) && !(isCapitalised(n) && /^\p{L}[\p{L}-]*$/u.test(n.text))) break;
  }
  return null;
}

/** True for a word in -s that may be a plural: not an adjective in -ous nor a singular in -ss/-us/-is. */
function isPluralForm(word: string): boolean {
  return word.endsWith('s') && !/(?:ous|ss|us|is)$/.test(word);
}

/** Irregular past participles after a figure (`out of 2.9 million cast`, `12,000 held`): no counted noun. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  'cast held built left kept found seen done known shown given taken written chosen driven stolen hidden beaten broken spoken struck caught lost hurt shot slain'.split(
    ' ',
  ),
);

/** Plural nouns with no -s (`police`, `people`, `men`). */
const UNMARKED_PLURALS: ReadonlySet<string> = new Set(
  'police people personnel staff cattle livestock crew children men women'.split(' '),
);

/** Words after a plural that make it a span of time (`moments later`, `weeks ago`). */
const TIME_AFTER: ReadonlySet<string> = new Set(['later', 'ago', 'earlier', 'before', 'after', 'apart']);

/** Words after a figure that name the figure itself, not what it counts (`the 1,237 mark`). */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  'total',
  'mark',
  'majority',
  'overall',
  'apiece',
  'altogether',
]);

/** Adjectives of distance or shortfall after a figure (`9 short of a majority`, `two seats shy`). */
const FIGURE_ADJECTIVES: ReadonlySet<string> = new Set([
  'short',
  'shy',
  'clear',
  'adrift',
  'ahead',
  'apart',
  // (`have won four straight`: a run of games, its noun left out.)
  'straight',
]);
/** First words of a people's name in two words (`New Yorkers`, `South Koreans`, `Sri Lankans`). */
const DEMONYM_FIRSTS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'sri',
  'puerto',
  'costa',
]);
/** Peoples named after `New` (`New Yorkers`): `New` before other capitalised plurals is an adjective (`300 New Jobs`). */
const NEW_PEOPLES: ReadonlySet<string> = new Set(
  'yorkers zealanders englanders jerseyans mexicans hampshirites orleanians caledonians'.split(' '),
);
/** Adverbs not in -ly that may follow a figure (`worldwide`, `apiece`). */
export const PLAIN_ADVERBS: ReadonlySet<string> = new Set(
  'worldwide nationwide statewide countrywide apiece overall'.split(' '),
);
/** True when the second or third unit of `t` is an ASCII capital (read before `INNER_CAPITAL_PLURAL`). */
function innerCapitalAt(t: string): boolean {
  const b = t.charCodeAt(1);
  const c = t.charCodeAt(2);
  return (b >= 65 && b <= 90) || (c >= 65 && c <= 90);
}
/** A plural name with an inner capital (`iPhones`, `eBooks`). */
const INNER_CAPITAL_PLURAL = /^\p{Ll}{1,2}\p{Lu}\p{Ll}+s$/u;

/** Nouns ending in `-ly`; any other word so ending is taken for an adverb. */
const LY_NOUNS: ReadonlySet<string> = new Set(
  'family ally rally supply assembly reply anomaly monopoly tally belly jelly bully lily gully fly butterfly dragonfly'.split(
    ' ',
  ),
);

function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOUNS.has(word);
}

/**
 * A lexicon counted noun named shortly before a figure that has none after it ("the number of
 * troops rose to 30,000"), scanning back at most `MAX_COUNTED_BACK_TOKENS` within the sentence.
 */
export function countNounBefore(
  words: readonly Word[],
  i: number,
  lo: number,
  lex: QuantityLexicon,
): string | null {
  for (let k = i - 1; k >= Math.max(lo, i - MAX_COUNTED_BACK_TOKENS); k--) {
    const w = words[k]!;
    if (/^\d/.test(w.text)) return null;
    const e = lex.units.get(w.lower);
    if (e?.cls === 'count') return e.unit;
  }
  return null;
}

/**
 * The counted nouns of a text read once from its start, in order ("How many troops? … the
 * threshold, which is 9,000": the topic an elided figure counts when no earlier figure named one).
 * Asked for ever later positions, it scans each character once, so a document costs linear work
 * however many figures ask.
 */
export class CountNounTrail {
  private scanned = 0;
  private last: { unit: string; start: number } | null = null;
  constructor(
    private readonly text: string,
    private readonly lex: QuantityLexicon,
    private readonly counter?: WorkCounter,
  ) {}

  /** The last counted noun that starts in `[from, to)`; `to` must be a word start, not before the last `to`. */
  lastIn(from: number, to: number): string | null {
    if (to > this.scanned) {
      if (this.counter) this.counter.steps += to - this.scanned;
      for (const w of scanWords(this.text, this.scanned, to)) {
        const e = this.lex.units.get(w.lower);
        if (e?.cls === 'count') this.last = { unit: e.unit, start: w.start };
      }
      this.scanned = to;
    }
    return this.last && this.last.start >= from && this.last.start < to ? this.last.unit : null;
  }
}
