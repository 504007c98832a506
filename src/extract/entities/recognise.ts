import type { EntityType } from '../../model/mention.ts';
import { isLinkLine } from '../links.ts';
import { mapArray } from './arrays.ts';
import { hasAlnum, hasLower, isCapitalised, isLowerInitial } from './chars.ts';
import { type ConllType, TYPED_CACHE_NAMES } from './constants.ts';
import { type Alias, GAZ, type Gazetteers, gazetteers, inCapitals } from './gazetteers.ts';
import { defaultModel } from './model.ts';
import { sortInPlace } from './order.ts';
import { titleWords } from './roles.ts';
import { Tagger } from './tagger.ts';
import {
  DIVISION_HEADS,
  EVENT_AFTER,
  EVENT_BEFORE,
  isSubdivision,
  MEDIA_AFTER,
  refineType,
  type Typed,
  withoutEdition,
} from './types.ts';

/**
 * Names in sentences of words: the trained tagger proposes, the project's aliases add or replace
 * (outlets, exercises, equipment, transliterations the tagger or the gazetteers miss), stop words
 * are dropped, and each name is typed from its own words and its sentence context.
 */

/** A name found in a sentence: word range `[start, end)`, types and facts. */
export interface Found {
  readonly si: number;
  readonly start: number;
  readonly end: number;
  /** The tagger's CoNLL type, or null when only an alias or rule found it. */
  readonly conll: ConllType | null;
  readonly type: EntityType;
  readonly name: string;
  readonly attrs: Record<string, string | number | boolean | null>;
  /** The rule that made it: `model`, `alias`, `dubbed`. */
  readonly rule: string;
}

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '(', ')']);
const ALIAS_MAX_WORDS = 5;

let tagger: Tagger | null = null;

/** The tagger over the committed model, built once per process. */
export function defaultTagger(): Tagger {
  if (!tagger) {
    const model = defaultModel();
    tagger = new Tagger(model.weights, gazetteers().features, model.extras, model.beam);
  }
  return tagger;
}

let aliasPrefixes: Set<string> | null = null;
function prefixesOf(gaz: Gazetteers): Set<string> {
  if (aliasPrefixes) return aliasPrefixes;
  aliasPrefixes = new Set();
  for (const key of [...gaz.aliases.keys(), ...gaz.countries.keys()]) {
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) aliasPrefixes.add(words.slice(0, i).join(' '));
  }
  return aliasPrefixes;
}

/** Longest alias matches of a sentence, as word ranges. */
function aliasMatches(words: readonly string[], gaz: Gazetteers): { start: number; end: number }[] {
  const prefixes = prefixesOf(gaz);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    let phrase = '';
    let best = -1;
    for (let j = i; j < words.length && j - i < ALIAS_MAX_WORDS; j++) {
      phrase = j === i ? words[j]!.toLowerCase() : `${phrase} ${words[j]!.toLowerCase()}`;
      // `Allied Resolve-2022`: an edition year on a listed name.
      // A country's name of several words (`Côte d’Ivoire`, whose second word has no capital for
      // the tagger) is matched as an alias is.
      const alias = gaz.aliases.get(phrase) ?? gaz.aliases.get(withoutEdition(phrase));
      if (alias ? aliasCased(alias, words, i, j + 1) : j > i && gaz.countries.has(phrase)) best = j + 1;
      if (!prefixes.has(phrase)) break;
    }
    if (best > 0) {
      out.push({ start: i, end: best });
      i = best - 1;
    }
  }
  return out;
}

/**
 * Whether words [start, end) are written as a listed name may be: in capitals for an acronym (`RT`,
 * not `Rt. Hon.`), and lower-case only where a listed form is (`Baltic states`, not `a purist
 * Islamic state` for `Islamic State`).
 */
function aliasCased(alias: Alias, words: readonly string[], start: number, end: number): boolean {
  if (alias.caps && !wordsInCapitals(words, start, end)) return false;
  for (let k = start + 1; k < end; k++)
    if (!isCapitalised(words[k]!) && !alias.lowerWords.includes(k - start)) return false;
  return true;
}

function wordsInCapitals(words: readonly string[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!inCapitals(words[k]!)) return false;
  return true;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Skips quotes from word i in direction d; returns the first other word's index. */
function skipQuotes(words: readonly string[], i: number, d: 1 | -1): number {
  while (i >= 0 && i < words.length && QUOTES.has(words[i]!)) i += d;
  return i;
}

/** Named events by context: a name before `drills`/`exercise`, or after `dubbed`/`titled`. */
function eventContext(words: readonly string[], start: number, end: number): boolean {
  const next = skipQuotes(words, end, 1);
  const after = words[next]?.toLowerCase();
  // `war games` after a name make it an event; `games` alone do not (`Ubisoft games` are its products).
  if (after && EVENT_AFTER.has(after) && (after !== 'war' || words[next + 1]?.toLowerCase() === 'games'))
    return true;
  const before = words[skipQuotes(words, start - 1, -1)]?.toLowerCase();
  return before !== undefined && EVENT_BEFORE.has(before);
}

/** Lower-case words that may sit inside a name (`Bank of England`, `Charles de Gaulle`). */
const CONNECTORS = new Set([
  'of',
  'de',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'and',
  '&',
  'for',
  'the',
  'on',
  'upon',
  'da',
  'di',
  'del',
  'y',
  'in',
]);
/** Punctuation that may sit inside a name (`AT&T`, `St. Petersburg`, `O'Brien`). */
const INNER_PUNCT = new Set(['&', '.', "'", '/']);
/** Titles and honorifics that may open a tagged person span. */
const TITLE_WORDS = new Set([
  'gen.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'sgt.',
  'adm.',
  'sen.',
  'rep.',
  'gov.',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'sir',
  'president',
  'general',
  'minister',
  'colonel',
  'lieutenant',
  'major',
  'admiral',
  'captain',
  'commander',
  'chancellor',
  'premier',
]);
/** Platforms that follow an outlet's name (`Pul Pervogo Telegram channel`) but are not part of it. */
const PLATFORMS = new Set(['telegram', 'youtube', 'facebook', 'twitter', 'instagram', 'tiktok', 'vkontakte']);

/**
 * Trims a tagged span to its name: no punctuation at either end, nothing after a lower-case word
 * that cannot sit inside a name (a greedy tagger that opened a name must close it somewhere), no
 * platform after an outlet's name.
 */
function trim<S extends { start: number; end: number; conll: ConllType | null }>(
  words: readonly string[],
  s: S,
  gaz: Gazetteers,
): S {
  let { start, end } = s;
  while (start < end && !hasAlnum(words[start]!)) start++;
  for (let i = start + 1; i < end; i++) {
    const w = words[i]!;
    if (
      (isLowerInitial(w) && !CONNECTORS.has(w) && !w.includes('-')) ||
      (!hasAlnum(w) && !INNER_PUNCT.has(w))
    ) {
      end = i;
      break;
    }
  }
  while (end > start && (!hasAlnum(words[end - 1]!) || CONNECTORS.has(words[end - 1]!))) end--;
  if (end - start > 1 && PLATFORMS.has(words[end - 1]!.toLowerCase())) end--;
  // `The Kremlin`, `The Pentagon`: a sentence-initial article before a name the lists know.
  if (end - start > 1 && words[start]!.toLowerCase() === 'the') {
    const rest = words
      .slice(start + 1, end)
      .join(' ')
      .toLowerCase();
    if (gaz.aliases.has(rest) || gaz.countries.has(rest)) start++;
  }
  // `Gen. Sir James Everard`: titles before a person's name are its role, not its name.
  if (s.conll === 'PER') while (end - start > 1 && TITLE_WORDS.has(words[start]!.toLowerCase())) start++;
  return start === s.start && end === s.end ? s : { ...s, start, end };
}

/**
 * Title Case headlines ("Lukashenka Announces February War Games With Russia") are rare in the
 * training data (its headlines are in capitals), so the tagger reads capitalised common words as
 * names there.
 */
function isTitleCase(words: readonly string[], heading = false): boolean {
  let letters = 0;
  let caps = 0;
  let functionWord = false;
  for (const w of words) {
    const k = w.charCodeAt(0);
    let upperInitial: boolean;
    if (k < 128) {
      if (k >= 65 && k <= 90) upperInitial = true;
      else if (k >= 97 && k <= 122) upperInitial = false;
      else continue;
    } else {
      const c = w.charAt(0);
      const upper = c.toUpperCase();
      if (upper === c.toLowerCase()) continue;
      upperInitial = c === upper;
    }
    letters++;
    if (upperInitial && hasLower(w)) caps++;
    // The function words are all capitalised: a lower-case word need not be looked up.
    if (!functionWord && upperInitial && HEADLINE_FUNCTION_WORDS.has(w)) functionWord = true;
  }
  // A capitalised function word tells a headline from a table of names and scores; a line of its
  // own with no closing stop (`Chip Shortage Bites Carmakers Again`) is a heading without one.
  return (functionWord || heading) && letters >= (functionWord ? 4 : 3) && caps >= letters * 0.7;
}

const HEADLINE_FUNCTION_WORDS = new Set([
  'With',
  'And',
  'Of',
  'For',
  'To',
  'In',
  'On',
  'At',
  'From',
  'Over',
  'After',
  'As',
  'By',
  'Into',
  'Amid',
  'Near',
  'Is',
  'Are',
  'Will',
  'Was',
  'Were',
  'Has',
  'Have',
  'Should',
  'Could',
  'Would',
  'Can',
  'Must',
  'Says',
  'Say',
  'Said',
  'Not',
]);

/**
 * In a Title Case sentence, a name loses its leading and trailing common words; if it changes, it
 * is kept only when the gazetteers or aliases know what is left (`Names Poland` → `Poland`).
 */
function headlineSpan<S extends { start: number; end: number; conll: ConllType | null }>(
  words: readonly string[],
  s: S,
  gaz: Gazetteers,
): S[] {
  const common = (i: number) =>
    HEADLINE_FUNCTION_WORDS.has(words[i]!) ||
    (gaz.features.bits([words[i]!.toLowerCase()]) & GAZ.common) !== 0;
  let { start, end } = s;
  while (start < end && common(start)) start++;
  while (end > start && common(end - 1)) end--;
  if (start === s.start && end === s.end) return [s];
  if (end <= start) return [];
  const lower = words.slice(start, end).join(' ').toLowerCase();
  if (!gaz.aliases.has(lower) && !gaz.countries.has(lower) && !gaz.cities.get(lower)) return [];
  return [{ ...s, start, end, conll: null }];
}

/** Capitalised words past the first of each sentence that is not Title Case: names as the body writes them. */
function capitalsOf(
  sentences: readonly (readonly string[])[],
  titleCase: readonly boolean[],
  gaz: Gazetteers,
): Set<string> {
  const out = new Set<string>();
  sentences.forEach((words, si) => {
    if (titleCase[si] || words.length === 0) return;
    for (let i = 1; i < words.length; i++) if (isCapitalised(words[i]!)) out.add(words[i]!);
    // (A sentence's first word too, when it is no common word: `Musk sold …`.)
    const first = words[0]!;
    if (isCapitalised(first) && (gaz.features.bits([first.toLowerCase()]) & GAZ.common) === 0) out.add(first);
  });
  return out;
}

/** True when a heading's name is known to the name lists or written with a capital in the body. */
function confirmed(
  words: readonly string[],
  s: { start: number; end: number },
  gaz: Gazetteers,
  bodyCaps: ReadonlySet<string>,
): boolean {
  for (let i = s.start; i < s.end; i++) if (bodyCaps.has(words[i]!)) return true;
  const lower = words.slice(s.start, s.end).join(' ').toLowerCase();
  return gaz.aliases.has(lower) || gaz.countries.has(lower) || gaz.cities.get(lower) !== undefined;
}

/**
 * A Title Case headline as the tagger reads best: capitalised common words that are in no name
 * list go lower case (`Belarus Announces Joint Drills With Russia` → `Belarus announces joint
 * drills with Russia`), so the tagger does not join them into one long name.
 */
function truecase(words: readonly string[], titleCase: boolean, gaz: Gazetteers): readonly string[] {
  if (!titleCase) return words;
  const out = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out[i] =
      isCapitalised(w) && w !== w.toUpperCase() && gaz.features.bits([w.toLowerCase()]) === GAZ.common
        ? w.toLowerCase()
        : w;
  }
  return out;
}

/** Nouns that introduce a company's name right before it. */
const COMPANY_HEADS: ReadonlySet<string> = new Set(
  'group company firm giant maker carmaker automaker carrier operator bank lender insurer retailer airline conglomerate producer manufacturer supplier shipper miner developer startup start-up'.split(
    ' ',
  ),
);

/** Lower-case offices that only people hold (not `partner`, `host`, `champion`: companies and countries are those too). */
const PERSON_OFFICES: ReadonlySet<string> = new Set(
  'spokesman spokeswoman spokesperson minister premier senator governor mayor chairman chairwoman ceo nominee candidate analyst strategist economist lawyer attorney professor journalist reporter correspondent columnist actor actress singer rapper'.split(
    ' ',
  ),
);

/** A lower-case office of a person's, or a hyphenated one (`vice-premier`, `ex-minister`). */
function isPersonOffice(w: string): boolean {
  if (!/^\p{Ll}/u.test(w)) return false;
  return PERSON_OFFICES.has(w) || PERSON_OFFICES.has(w.slice(w.lastIndexOf('-') + 1));
}

/** A type from sentence context: names before `drills` or after `dubbed` are events; before `channel`, outlets. */
function contextType(
  type: EntityType,
  words: readonly string[],
  s: { start: number; end: number; rule: string },
): EntityType {
  // `shipping group Maersk`, `the carmaker Stellantis`: a company's head noun names what follows.
  if (
    type === 'person' &&
    s.end - s.start === 1 &&
    COMPANY_HEADS.has(words[s.start - 1]?.toLowerCase() ?? '')
  )
    return 'organization';
  // `vice-premier Liu He`, `spokeswoman Hua Chunying`: an office only a person holds, in lower
  // case right before a name of two or three words, names a person whatever the tagger read.
  if (
    (type === 'organization' || type === 'other' || type === 'location') &&
    s.end - s.start >= 2 &&
    s.end - s.start <= 3 &&
    s.rule === 'model' &&
    isPersonOffice(words[s.start - 1] ?? '')
  )
    return 'person';
  const open = type === 'organization' || type === 'other' || type === 'location';
  // `… It's Complicated [Bloomberg]`: a name alone in square brackets credits the outlet a
  // digest's item comes from.
  if (
    type !== 'gpe' &&
    words[s.start - 1] === '[' &&
    words[s.end] === ']' &&
    !isLowerInitial(words[s.end + 1] ?? 'X')
  )
    return 'media';
  if ((open || s.rule === 'dubbed') && eventContext(words, s.start, s.end)) return 'named_event';
  const after = words[s.end]?.toLowerCase();
  if ((type === 'organization' || type === 'other') && after && MEDIA_AFTER.has(after)) return 'media';
  // `the Bab al-Mandab strait`, `the Dnipro river`: a place word after the name makes it a place.
  if ((open || type === 'person') && after && PLACE_AFTER.has(after)) return 'location';
  // `USS Carney`, `HMS Defender`: a ship's prefix makes it a vessel.
  if ((open || type === 'person') && SHIP_PREFIX.test(words[s.start] ?? '')) return 'equipment';
  return type;
}

/**
 * `San Diego` + `County`: a division's head word the tagger split off its place's name joins it
 * (it was a person named `County`). In place, linear.
 */
function joinDivisionHeads(words: readonly string[], spans: Span[]): void {
  let kept = 0;
  for (const s of spans) {
    const prev = kept > 0 ? spans[kept - 1]! : null;
    if (
      prev &&
      prev.end === s.start &&
      s.end - s.start === 1 &&
      DIVISION_HEADS.has(words[s.start]!.toLowerCase())
    ) {
      spans[kept - 1] = { ...prev, end: s.end, conll: 'LOC' };
      continue;
    }
    spans[kept++] = s;
  }
  spans.length = kept;
  // ...and so does one the tagger left out of every name (`the San Diego County area`).
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const next = words[s.end];
    const free = k + 1 >= spans.length || spans[k + 1]!.start > s.end;
    if (free && next && isCapitalised(next) && DIVISION_HEADS.has(next.toLowerCase()) && s.conll !== 'PER')
      spans[k] = { ...s, end: s.end + 1, conll: 'LOC' };
  }
}

/** Prepositions after which a city's name is the city, not its sports team or a company. */
const IN_PLACE: ReadonlySet<string> = new Set(['in', 'near', 'outside']);
/** Words before `in` that make what follows a company (`shares in`, `a stake in`). */
const STAKE_WORDS: ReadonlySet<string> = new Set([
  'shares',
  'stake',
  'stakes',
  'holding',
  'investment',
  'interest',
]);
/** The population from which a listed city's name alone is taken for the city. */
const CITY_MIN_POPULATION = 100_000;

/**
 * `the convention in Cleveland`: a one-word name the tagger typed as an organisation, right after
 * `in`, `near` or `outside`, that is a listed city of 100,000 or more is that city. Listed
 * organisations keep their type (`in Google`). So is a division the tagger read as a club or a
 * company (`Vigo County, Indiana`).
 */
function placeReadAsOrganisation(
  words: readonly string[],
  s: Span,
  surface: string,
  gaz: Gazetteers,
): boolean {
  // `Vigo County, Indiana`, `in Vigo County`: a division the tagger read as a club or company.
  if (s.conll === 'ORG' && s.end - s.start > 1 && DIVISION_HEADS.has(words[s.end - 1]!.toLowerCase())) {
    const before = words[s.start - 1]?.toLowerCase() ?? '';
    if (/^vs?\.?$/.test(before)) return false;
    const placeAfter = words[s.end] === ',' && isListedName((words[s.end + 1] ?? '').toLowerCase(), gaz);
    return IN_PLACE.has(before) || before === 'of' || placeAfter;
  }
  if (s.conll !== 'ORG' || s.end - s.start !== 1 || !IN_PLACE.has(words[s.start - 1] ?? '')) return false;
  // `in Karlsruhe's 4-0 win` (a team), `shares in Slough` (a company).
  if (/^['’]s?$/.test(words[s.end] ?? '') || STAKE_WORDS.has((words[s.start - 2] ?? '').toLowerCase()))
    return false;
  const lower = surface.toLowerCase();
  const city = gaz.cities.get(lower);
  return (
    city !== undefined &&
    city.population >= CITY_MIN_POPULATION &&
    (gaz.features.bits([lower]) & GAZ.org) === 0
  );
}

/** Lower-case place words after a name that make it a place. */
const PLACE_AFTER: ReadonlySet<string> = new Set(
  'strait straits river sea gulf bay canal pass valley peninsula island islands desert mountains lake'.split(
    ' ',
  ),
);
/** Prefixes of naval vessels' names. */
const SHIP_PREFIX = /^(?:USS|HMS|INS|HMCS|HMAS|USNS|RFS|MV|FS)$/;

const typedNames = new WeakMap<Gazetteers, Map<ConllType | null, Map<string, Typed>>>();

/**
 * `refineType`, memoised per gazetteers, CoNLL type and surface (bounded like the tagger's word
 * cache): the same names recur in every document, and typing one tidies it with regular
 * expressions and looks it up in several lists. The results are frozen: they are shared.
 */
function typedName(conll: ConllType | null, surface: string, gaz: Gazetteers): Typed {
  let byConll = typedNames.get(gaz);
  if (!byConll) {
    byConll = new Map();
    typedNames.set(gaz, byConll);
  }
  let bySurface = byConll.get(conll);
  if (!bySurface) {
    bySurface = new Map();
    byConll.set(conll, bySurface);
  }
  let typed = bySurface.get(surface);
  if (!typed) {
    const t = refineType(conll, surface, gaz);
    typed = Object.freeze({ ...t, attrs: Object.freeze(t.attrs) });
    if (bySurface.size >= TYPED_CACHE_NAMES) bySurface.clear();
    bySurface.set(surface, typed);
  }
  return typed;
}

/** A candidate name of a sentence: word range, the tagger's type and the rule that found it. */
interface Span {
  start: number;
  end: number;
  conll: ConllType | null;
  rule: string;
}

const DATELINE_MARKS = new Set([',', '—', '–', '-', '(']);

/** True for one word in capitals opening a sentence before a dateline's mark (`CHISINAU —`, `KYIV,`). */
function datelinePlace(words: readonly string[], s: Span, surface: string): boolean {
  return (
    s.start === 0 &&
    s.end === 1 &&
    surface.length > 2 &&
    surface === surface.toUpperCase() &&
    DATELINE_MARKS.has(words[1] ?? '')
  );
}

const INTRODUCERS = new Set(['dubbed', 'titled', 'codenamed', 'code-named', 'so-called']);

/** Last words of a whole organisation's name: a name ending so before `and` is complete. */
const ORG_HEADS = new Set(
  'international watch organization organisation union party council commission bank fund agency institute foundation forum group company corporation association federation alliance coalition front movement league network'.split(
    ' ',
  ),
);

/**
 * Two names the tagger joined over `and` (`Amnesty International and Human Rights Watch`): split
 * when the left part is a whole name (it ends as organisations' names do, or the lists know it) and
 * the right one is too (two words or more, or listed). One name with `and` inside stays whole
 * (`Ethics and Anti-Corruption Commission`, `Department of Health and Human Services`, `Bosnia and
 * Herzegovina`).
 */
function splitCoordinated<S extends { start: number; end: number }>(
  words: readonly string[],
  s: S,
  gaz: Gazetteers,
): S[] {
  let at = -1;
  for (let i = s.start + 1; i < s.end - 1; i++) {
    if (words[i] !== 'and') continue;
    if (at >= 0) return [s];
    at = i;
  }
  if (at < 0 || !isCapitalised(words[at + 1]!)) return [s];
  const known = (a: number, b: number) => {
    const key = words.slice(a, b).join(' ').toLowerCase();
    return gaz.aliases.has(key) || gaz.countries.has(key);
  };
  if (known(s.start, s.end)) return [s];
  const leftWhole = ORG_HEADS.has(words[at - 1]!.toLowerCase()) || known(s.start, at);
  const rightWhole = s.end - (at + 1) >= 2 || known(at + 1, s.end);
  if (!leftWhole || !rightWhole) return [s];
  return [
    { ...s, end: at },
    { ...s, start: at + 1 },
  ];
}

/**
 * A sentence's spans with its alias matches put in, in order: an alias replaces the spans it
 * overlaps (keeping the tagger's type when it is exactly one of them), unless a longer span holds
 * it (a surname, `US` in `US Open`), and goes after the spans kept. Spans never overlap one
 * another, so the spans an alias meets are read from the words it covers (`owner`): linear in the
 * sentence, not in its spans times its aliases.
 */
export function withAliases(
  length: number,
  spans: Span[],
  aliases: readonly { start: number; end: number }[],
): Span[] {
  // owner[k]: 1 + the index in `all` of the span covering word k, 0 for none.
  const owner = new Int32Array(length);
  const all = spans.slice();
  const removed: boolean[] = all.map(() => false);
  all.forEach((s, i) => {
    for (let k = s.start; k < s.end; k++) owner[k] = i + 1;
  });
  for (const a of aliases) {
    let clashes = 0;
    let first = -1;
    let within = false;
    for (let k = a.start, seen = 0; k < a.end; k++) {
      const o = owner[k]!;
      if (o === 0 || o === seen) continue;
      seen = o;
      const s = all[o - 1]!;
      if (first < 0) first = o - 1;
      clashes++;
      // An alias inside a longer name the tagger found stays part of it.
      if (s.start <= a.start && s.end >= a.end && s.end - s.start > a.end - a.start) within = true;
    }
    // (A span that starts before the alias and reaches into it is seen at the alias's first word.)
    if (within) continue;
    const one = first >= 0 ? all[first]! : null;
    const conll = clashes === 1 && one!.start === a.start && one!.end === a.end ? one!.conll : null;
    for (let k = a.start; k < a.end; k++) {
      const o = owner[k]!;
      if (o === 0 || removed[o - 1]) continue;
      removed[o - 1] = true;
      const s = all[o - 1]!;
      for (let j = s.start; j < s.end; j++) owner[j] = 0;
    }
    all.push({ start: a.start, end: a.end, conll, rule: 'alias' });
    removed.push(false);
    for (let k = a.start; k < a.end; k++) owner[k] = all.length;
  }
  return all.filter((_, i) => !removed[i]);
}

/**
 * Names of every sentence of a document. `headings[i]` marks a sentence that is a line of its own
 * with no closing stop (a headline or a subhead), read as Title Case without a function word.
 */
export function recognise(
  sentences: readonly (readonly string[])[],
  gaz: Gazetteers = gazetteers(),
  tg: Tagger = defaultTagger(),
  headings?: readonly boolean[],
): Found[] {
  const titleCase = mapArray(
    sentences,
    (words, si) => isTitleCase(words, headings?.[si] === true) || isLinkLine(words),
  );
  const tagged = tg.tag(mapArray(sentences, (words, si) => truecase(words, titleCase[si]!, gaz)));
  const out: Found[] = [];
  let bodyCaps: ReadonlySet<string> | undefined;
  sentences.forEach((words, si) => {
    // Built and edited in place: this runs for every sentence, and intermediate arrays add up.
    let spans: Span[] = [];
    for (const t of tagged[si]!) {
      const s = trim(words, { start: t.start, end: t.end, conll: t.type, rule: 'model' }, gaz);
      if (s.end > s.start) for (const part of splitCoordinated(words, s, gaz)) spans.push(part);
    }
    const aliases = aliasMatches(words, gaz);
    if (aliases.length > 0) spans = withAliases(words.length, spans, aliases);
    honorificNames(words, spans, titleCase[si]!);
    // Quoted or capitalised names introduced by "dubbed", "titled", "so-called" that the tagger missed.
    for (let i = 0; i < words.length; i++) {
      if (!INTRODUCERS.has(words[i]!)) continue;
      const start = skipQuotes(words, i + 1, 1);
      let end = start;
      while (end < words.length && (isCapitalised(words[end]!) || /^\d/.test(words[end]!))) end++;
      const cand = { start, end };
      if (end > start && !spans.some((s) => overlaps(s, cand)))
        spans.push({ ...cand, conll: null, rule: 'dubbed' });
    }
    if (titleCase[si]) spans = spans.flatMap((s) => (s.rule === 'model' ? headlineSpan(words, s, gaz) : [s]));
    // A heading's name the body never writes with a capital (`Carmakers`) is a common word.
    if (titleCase[si] && headings?.[si] === true) {
      bodyCaps ??= capitalsOf(sentences, titleCase, gaz);
      const caps = bodyCaps;
      // (A person's name the tagger read stays: `Sunak Calls Snap Election` over a body that says
      // `Britain's prime minister`; the junk of headlines is organisations and places.)
      spans = spans.filter((s) => s.rule !== 'model' || s.conll === 'PER' || confirmed(words, s, gaz, caps));
    }
    if (!titleCase[si]) ministries(words, spans);
    sortInPlace(spans, (a, b) => a.start - b.start);
    joinDivisionHeads(words, spans);
    officeFields(words, spans, gaz);
    const firstOfSentence = out.length;
    for (const s of spans) {
      const surface = s.end - s.start === 1 ? words[s.start]! : joinName(words, s.start, s.end);
      if (s.end - s.start === 1 && gaz.stop.has(surface.toLowerCase())) continue;
      // `I’m`, `I'll`: the pronoun with a clitic names no one; `@IanHanchett` is a handle.
      if (/^I['’]/.test(surface) || words[s.start - 1] === '@') continue;
      // `Rusmik Oza, Head of Research`, `…, Director, IIFL`: a title word heading an office is a
      // role, not a person (`King said` may be a surname: only before `of` or between commas).
      if (
        s.rule === 'model' &&
        s.conll === 'PER' &&
        s.end - s.start === 1 &&
        (words[s.end] === 'of' || (words[s.end] === ',' && words[s.start - 1] === ',')) &&
        isTitleAlone(surface, gaz)
      )
        continue;
      if (!hasAlnum(surface)) continue;
      // `(R-Fla.)`, `(D-Calif.)`: a lawmaker's party and state, tagged as one word; no entity.
      if (PARTY_STATE.test(surface)) continue;
      // A name the tagger found with no capital or digit in it (`the interior ministry`) is a common noun.
      if (s.rule === 'model' && !/[\p{Lu}\d]/u.test(surface)) continue;
      // Aliases are looked up first, whatever the tagger called the span. A dateline's place set in
      // capitals (`CHISINAU —`) reads like an acronym to the tagger: it is typed as a place.
      const asPlace = datelinePlace(words, s, surface) || placeReadAsOrganisation(words, s, surface, gaz);
      const typed = typedName(asPlace ? 'LOC' : s.conll, surface, gaz);
      // The lists' types stand (`NATO drills` are not an event named NATO); context types the rest.
      const type = s.rule === 'alias' ? typed.type : contextType(typed.type, words, s);
      out.push({
        si,
        start: s.start,
        end: s.end,
        conll: s.conll,
        type,
        name: typed.name,
        attrs: typed.attrs,
        rule: s.rule,
      });
    }
    coordinatedPlaces(words, out, firstOfSentence);
    sharedSurnames(words, out, firstOfSentence, si, gaz);
  });
  return surnamesAcrossDocument(sentences, titleCase, out, gaz);
}

/** Fields of an office that name no body of their own (`Trade` of `Trade Representative`). */
const OFFICE_FIELD_WORDS: ReadonlySet<string> = new Set(
  'trade press communications health education energy transport transportation agriculture commerce labor labour defense defence foreign interior finance economy'.split(
    ' ',
  ),
);

/**
 * `US Trade Representative Robert Lighthizer`: the tagger reads a country and the first word of
 * the office as a company (`US Trade`). A name ending in an office's field, before a capitalised
 * title word and a name, that is a country without it, is the country; the field joins the title.
 */
function officeFields(words: readonly string[], spans: Span[], gaz: Gazetteers): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.rule !== 'model' || s.end - s.start < 2) continue;
    if (!OFFICE_FIELD_WORDS.has(words[s.end - 1]!.toLowerCase())) continue;
    const title = words[s.end];
    if (!title || !isCapitalised(title) || !titleWords().has(title.toLowerCase())) continue;
    if (!isCapitalised(words[s.end + 1] ?? '')) continue;
    const rest = words
      .slice(s.start, s.end - 1)
      .join(' ')
      .toLowerCase();
    const alias = gaz.aliases.get(rest);
    if (!gaz.countries.has(rest) && alias?.type !== 'gpe') continue;
    spans[k] = { ...s, end: s.end - 1, conll: 'LOC' };
  }
}

/** A US lawmaker's party and state as news abbreviates them after the name (`R-Fla`, `D-N.Y.`, `I-Vt.`). */
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]{0,12}$/;

/** Words naming a ministry's field before `Ministry` (`Defense Ministry`, `Foreign Ministry`). */
const MINISTRY_FIELDS: ReadonlySet<string> = new Set(
  'defense defence foreign interior justice finance health education economy economic emergencies emergency energy agriculture culture labour labor trade transport environment information communications'.split(
    ' ',
  ),
);

/**
 * A capitalised ministry the tagger missed is an organisation: `Defense Ministry` after `the
 * Russian` (the demonym stays a word of its own, as CoNLL has it), `Ministry of Defence`. One pass
 * over the sentence's words; a span the tagger or the lists already hold is left as it is.
 */
function ministries(words: readonly string[], spans: Span[]): void {
  const taken = (a: number, b: number) => spans.some((s) => s.start < b && a < s.end);
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'Ministry') continue;
    let start = i;
    let end = i + 1;
    if (i > 0 && MINISTRY_FIELDS.has(words[i - 1]!.toLowerCase()) && isCapitalised(words[i - 1]!))
      start = i - 1;
    else if (words[i + 1] === 'of' && isCapitalised(words[i + 2] ?? '')) {
      end = i + 3;
      while (end < words.length && end < i + 5 && isCapitalised(words[end]!)) end++;
    } else continue;
    if (!taken(start, end)) spans.push({ start, end, conll: 'ORG', rule: 'ministry' });
  }
}

/** Courtesy titles that only a person's name follows (`Mr. Trump`, `Ms Warren`, `Dr. Fauci`). */
const HONORIFICS: ReadonlySet<string> = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'mr',
  'mrs',
  'ms',
  'dr.',
  'dr',
  'mx.',
]);
/**
 * Offices written before a person's name, none of them a word that also opens other names (not
 * `General`, `Major`, `Justice`, `King`: `General Motors`, `Major League`, `Justice Department`).
 */
const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'sen.',
  'senator',
  'gov.',
  'governor',
  'rep.',
  'congressman',
  'congresswoman',
  'president',
  'pres.',
  'minister',
  'chancellor',
  // Offices of companies and bodies (`SoftBank CEO Masayoshi Son`, read as a company).
  'ceo',
  'cfo',
  'coo',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'gen.',
  'lt.',
  'col.',
  'capt.',
  'sgt.',
  'adm.',
  'maj.',
]);
/** The most words a courtesy title's name may run to (`Mr. Donald J. Trump`). */
const HONORIFIC_NAME_MAX = 4;

/** A word that may be part of a person's name after a courtesy title: capitalised, no digits. */
function isNameWord(w: string | undefined): boolean {
  return w !== undefined && isCapitalised(w) && !/\d/.test(w) && !TITLE_WORDS.has(w.toLowerCase());
}

/** Months and weekdays, which end a name after a title (`Minister Jose Insulza Monday`). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * Whether the word at `k` continues a name after a title: a capitalised word that is no month or
 * weekday (`Major` may be a surname here), or a particle before one (`Zine al-Abidine Ben Ali`).
 */
function continuesName(words: readonly string[], k: number): boolean {
  const w = words[k]!;
  if (isCapitalised(w)) return !/\d/.test(w) && !CALENDAR_WORDS.has(w.toLowerCase());
  const particle = NAME_PARTICLES.has(w) || /^(?:al|el|bin|ibn|abu|ben)-\p{Lu}/u.test(w);
  return particle && k + 1 < words.length && isCapitalised(words[k + 1]!);
}

/**
 * A courtesy title names a person whatever the tagger made of the words after it: the tagger,
 * taught on 1996 newswire, reads `Mr. Trump` as a company or misses it (`trump` is a word), and
 * reads a `Mr. Chase` as a bank. The title's name replaces every span it overlaps. In a title-case
 * headline, where every word is capitalised, the name is one word unless the tagger found more.
 */
function honorificNames(words: readonly string[], spans: Span[], titleCase: boolean): void {
  const names: Span[] = [];
  // The word each found span covers to, by its words (title-case headlines only): linear lookups.
  let reach: Int32Array | null = null;
  // Where the tagger's persons start and end: a person it found after the title stays as it is.
  const personEnd = new Map<number, number>();
  // Words inside a name the tagger found, after its first: an office word there is part of that
  // name (`Senate President Pro Tempore`, a headline's `The President Can Save The Economy`).
  let named: Uint8Array | null = null;
  for (const s of spans) if (s.conll === 'PER') personEnd.set(s.start, s.end);
  for (let i = 0; i + 1 < words.length; i++) {
    const lower = words[i]!.toLowerCase();
    const honorific = HONORIFICS.has(lower);
    // An office before a name (`Sen. Ted Cruz`, `President Obama`), outside headlines, capitalised.
    const office = !honorific && !titleCase && OFFICE_TITLES.has(lower) && isCapitalised(words[i]!);
    if ((!honorific && !office) || !isNameWord(words[i + 1])) continue;
    // `Mr` with no full stop is a title only when capitalised as one (not the start of `MR scans`).
    // (`CEO`, `CFO`, `COO` are written in capitals.)
    if (
      !words[i]!.endsWith('.') &&
      words[i] !== words[i]![0] + words[i]!.slice(1).toLowerCase() &&
      !(office && /^C[EFO]O$/.test(words[i]!))
    )
      continue;
    if (office) {
      if (!named) {
        named = new Uint8Array(words.length);
        for (const s of spans) for (let k = s.start + 1; k < s.end; k++) named[k] = 1;
      }
      // Inside, not first: a name the tagger began with the office (`Senator Ted Cruz`) is the person's.
      if (named[i] === 1) continue;
      // A name the tagger began with `CEO` is a body's (`the CEO Roundtable`).
      if (/^C[EFO]O$/.test(words[i]!) && spans.some((s) => s.start === i)) continue;
    }
    const found = personEnd.get(i + 1);
    if (found !== undefined) {
      i = found - 1;
      continue;
    }
    let end = i + 2;
    if (titleCase) {
      if (!reach) {
        reach = new Int32Array(words.length);
        for (const s of spans) for (let k = s.start; k < s.end; k++) reach[k] = Math.max(reach[k]!, s.end);
      }
      end = Math.max(end, Math.min(reach[i + 1]!, i + 1 + HONORIFIC_NAME_MAX));
    } else while (end < words.length && end - i - 1 < HONORIFIC_NAME_MAX && continuesName(words, end)) end++;
    names.push({ start: i + 1, end, conll: 'PER', rule: honorific ? 'honorific' : 'title' });
    i = end - 1;
  }
  if (names.length === 0) return;
  // Each title and its name replace the spans they overlap (a person the tagger found right after
  // the title was skipped above, so no name here is the tagger's own).
  const taken = new Uint8Array(words.length);
  for (const n of names) for (let k = n.start - 1; k < n.end; k++) taken[k] = 1;
  let kept = 0;
  for (const s of spans) {
    let clash = false;
    for (let k = s.start; k < s.end && !clash; k++) clash = taken[k] === 1;
    if (!clash) spans[kept++] = s;
  }
  spans.length = kept;
  for (const n of names) spans.push(n);
}

/** Types a name the tagger called a place, company or other thing may lose to a person's surname. */
const SURNAME_RETYPED: ReadonlySet<EntityType> = new Set([
  'organization',
  'location',
  'other',
  'named_event',
]);

/**
 * One name, one referent in a document: once `Donald Trump` (or `Mr. Trump`) is a person, his
 * surname alone is that person wherever the tagger typed it otherwise (`the Trump campaign` as a
 * company, `Trump rallies` as a place) or missed it (`Trump wrote on Twitter`). A surname that is
 * a listed name (a country, a city, an alias) is left alone, and so is a capitalised word that
 * stands beside another capitalised word (`Trump Tower` is another name) or in a title-case
 * headline is not made a name (a name the tagger found there is retyped). Linear: one pass over
 * the names, one over the words.
 */
function surnamesAcrossDocument(
  sentences: readonly (readonly string[])[],
  titleCase: readonly boolean[],
  found: Found[],
  gaz: Gazetteers,
): Found[] {
  const surnames = new Set<string>();
  for (const f of found) {
    if (f.type !== 'person' || !(f.rule === 'honorific' || hasGivenName(sentences[f.si]!, f, gaz))) continue;
    const last = sentences[f.si]![f.end - 1]!;
    const lower = last.toLowerCase();
    if (last.length < 2 || !isCapitalised(last) || isListedName(lower, gaz)) continue;
    surnames.add(lower);
  }
  // In a Title Case headline the tagger reads a capitalised word as a name (`Trump’s Massive
  // Debate Demand`, `No Idea`): a one-word person there stays only when the lists know it as a given
  // name or surname, or a person's name outside the headlines holds it (`Buried Jeb Even More`).
  // A list of names (`To bat: Inzamam-ul-Haq, Salim Malik, Wasim`) and a title before the word
  // (`President Suharto`) still make it a name.
  const bodyPersons = new Set<string>();
  for (const f of found)
    if (f.type === 'person' && !titleCase[f.si])
      for (let k = f.start; k < f.end; k++) bodyPersons.add(sentences[f.si]![k]!.toLowerCase());
  found = found.filter((f) => {
    if (!(titleCase[f.si] && f.rule === 'model' && f.type === 'person' && f.end - f.start === 1)) return true;
    const words = sentences[f.si]!;
    const word = words[f.start]!;
    const lower = word.toLowerCase();
    return (
      bodyPersons.has(lower) ||
      (gaz.features.bits([lower]) & (GAZ.first | GAZ.last)) !== 0 ||
      gaz.aliases.has(lower) ||
      word.includes('-') ||
      words[f.start - 1] === ',' ||
      words[f.end] === ',' ||
      titleWords().has((words[f.start - 1] ?? '').toLowerCase())
    );
  });
  if (surnames.size === 0) return found;
  // Word positions inside a found name, per sentence (names do not overlap: linear in their words).
  const covered = new Map<number, Set<number>>();
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!;
    let inNames = covered.get(f.si);
    if (!inNames) {
      inNames = new Set();
      covered.set(f.si, inNames);
    }
    for (let k = f.start; k < f.end; k++) inNames.add(k);
    if (f.end - f.start !== 1 || !SURNAME_RETYPED.has(f.type) || f.rule === 'alias') continue;
    const word = sentences[f.si]![f.start]!;
    if (!surnames.has(word.toLowerCase()) || !surnameHere(sentences[f.si]!, f.start, gaz)) continue;
    found[n] = { ...f, conll: 'PER', type: 'person', name: word, attrs: {}, rule: 'surname' };
  }
  const added: Found[] = [];
  sentences.forEach((words, si) => {
    if (titleCase[si]) return;
    const inNames = covered.get(si);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (!surnames.has(w.toLowerCase()) || !isCapitalised(w)) continue;
      if (isCapitalised(words[k + 1] ?? '') || (k > 1 && isCapitalised(words[k - 1]!))) continue;
      if (inNames?.has(k)) continue;
      if (!surnameHere(words, k, gaz)) continue;
      added.push(onePerson(si, k, w, 'surname'));
    }
  });
  if (added.length === 0) return found;
  const all = found.concat(added);
  sortInPlace(all, (a, b) => a.si - b.si || a.start - b.start);
  return all;
}

/** A person named by the one word `k` of sentence `si`, found by `rule`. */
function onePerson(si: number, k: number, name: string, rule: string): Found {
  return { si, start: k, end: k + 1, conll: 'PER', type: 'person', name, attrs: {}, rule };
}

/**
 * A person's name of two words or more that starts with a listed given name (`Donald Trump`, `Ted
 * Cruz`): the tagger's persons without one (`RJR Nabisco`, `Principles PAC`) lend no surname.
 */
function hasGivenName(words: readonly string[], f: Found, gaz: Gazetteers): boolean {
  return f.end - f.start >= 2 && (gaz.features.bits([words[f.start]!.toLowerCase()]) & GAZ.first) !== 0;
}

/** `Cesare dal Maso`: a particle makes the name longer; `near Turner, Arkansas` is a town. */
function surnameHere(words: readonly string[], k: number, gaz: Gazetteers): boolean {
  if (NAME_PARTICLES.has(words[k - 1] ?? '')) return false;
  return words[k + 1] !== ',' || !isListedName((words[k + 2] ?? '').toLowerCase(), gaz);
}

/** Lower-case particles inside surnames (`dal Maso`, `van Gogh`, `bin Salman`). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'da dal de del della der di du la le van von bin al el ibn'.split(' '),
);

/** A word the lists know as a place or a name of their own (`Jordan`, `Washington`, `Ford`). */
function isListedName(lower: string, gaz: Gazetteers): boolean {
  const bits = gaz.features.bits([lower]);
  if ((bits & GAZ.org) !== 0 && (bits & GAZ.last) === 0) return true;
  return (
    gaz.aliases.has(lower) ||
    gaz.countries.has(lower) ||
    gaz.cities.get(lower) !== undefined ||
    isSubdivision(lower)
  );
}

/** A title or office word (`Head`, `Director`) that is no listed first or last name. */
function isTitleAlone(surface: string, gaz: Gazetteers): boolean {
  const lower = surface.toLowerCase();
  return titleWords().has(lower) && (gaz.features.bits([lower]) & (GAZ.first | GAZ.last)) === 0;
}

/** A clitic the tokenizer splits from its word (`People’s` → `People`, `’s`): written without a space before it. */
const CLITIC = /^[\u2019'](?:s|S)$/;

/** The words of a name as the text writes them: spaced, but for clitics (`People’s Liberation Army`). */
function joinName(words: readonly string[], start: number, end: number): string {
  let out = words[start]!;
  for (let i = start + 1; i < end; i++) out += CLITIC.test(words[i]!) ? words[i]! : ` ${words[i]!}`;
  return out;
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['gpe', 'location']);
/** Prepositions before a place: `in Faenza and Cesena` names two places. */
const LOCATIVES: ReadonlySet<string> = new Set('in at near from to across around outside inside'.split(' '));

/**
 * A name the tagger typed as an organisation or left untyped, coordinated with a place after a
 * locative preposition, is a place too (`in Faenza and Cesena`, `near Kharkiv and Izium`).
 */
function coordinatedPlaces(words: readonly string[], found: Found[], from: number): void {
  for (let i = from; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (b.start !== a.end + 1 || !/^(?:and|or)$/.test(words[a.end]!)) continue;
    if (!LOCATIVES.has(words[a.start - 1]?.toLowerCase() ?? '')) continue;
    const k = PLACE_TYPES.has(a.type) ? i + 1 : i;
    const place = k === i ? b : a;
    const other = found[k]!;
    if (!PLACE_TYPES.has(place.type) || other.rule === 'alias' || other.end - other.start > 2) continue;
    // `in Chechnya and Moscow-backed forces`: a hyphenated adjective is no place's name.
    if (words.slice(other.start, other.end).some((w) => w.includes('-'))) continue;
    if (other.type === 'organization' || other.type === 'other') found[k] = { ...other, type: place.type };
  }
}

/** Words after a surname that are no surname (`Martin Luther King Jr.`). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Given names coordinated before one surname name two people of that surname: `David and Charles
 * Koch` are David Koch and Charles Koch, `Bill and Hillary Clinton` Bill Clinton and Hillary
 * Clinton. The first given name (the tagger's one-word person, or a listed given name it missed that
 * is no listed place or name of its own) takes the surname of the full name after `and`; its span
 * stays the word itself. Linear: one look at the words before each name.
 */
function sharedSurnames(
  words: readonly string[],
  found: Found[],
  from: number,
  si: number,
  gaz: Gazetteers,
): void {
  const added: Found[] = [];
  for (let i = from; i < found.length; i++) {
    const b = found[i]!;
    if (b.type !== 'person' || b.end - b.start < 2 || words[b.start - 1] !== 'and') continue;
    if ((gaz.features.bits([words[b.start]!.toLowerCase()]) & GAZ.first) === 0) continue;
    let last = b.end - 1;
    if (NAME_SUFFIXES.has(words[last]!.toLowerCase()) && last - 1 > b.start) last--;
    const surname = words[last]!;
    if (!isCapitalised(surname) || surname.length < 2) continue;
    const k = b.start - 2;
    if (k < 0) continue;
    const given = words[k]!;
    const lower = given.toLowerCase();
    // A listed given name, not the last of a list of surnames (`Ford, Reagan, Dole and George Bush`).
    if (!isCapitalised(given) || (gaz.features.bits([lower]) & GAZ.first) === 0 || words[k - 1] === ',')
      continue;
    const prev = i > from ? found[i - 1]! : null;
    if (prev && prev.end === k + 1) {
      // The tagger's one-word person right before `and`.
      if (prev.start === k && prev.type === 'person' && !prev.name.includes(' '))
        found[i - 1] = { ...prev, name: `${given} ${surname}`, rule: 'shared-surname' };
      continue;
    }
    if (prev && prev.end > k) continue;
    // A given name the tagger missed: no place or name of its own, and not one word of a longer
    // capitalised run (`New Jersey and …`).
    if (isListedName(lower, gaz)) continue;
    if (k > 0 && isCapitalised(words[k - 1]!) && k - 1 !== 0) continue;
    added.push(onePerson(si, k, `${given} ${surname}`, 'shared-surname'));
  }
  if (added.length === 0) return;
  for (const a of added) found.push(a);
  const tail = found.splice(from);
  sortInPlace(tail, (x, y) => x.start - y.start);
  for (const f of tail) found.push(f);
}

/** The CoNLL type a sitrep entity counts as in the CoNLL-2003 score. */
export function conllTypeOf(f: Pick<Found, 'type' | 'conll' | 'attrs'>): ConllType {
  // Demonyms are MISC in CoNLL even though sitrep resolves them to the country they name.
  if (f.attrs.demonym) return 'MISC';
  switch (f.type) {
    case 'person':
      return 'PER';
    case 'organization':
    case 'media':
    case 'military_unit':
      return 'ORG';
    case 'gpe':
    case 'location':
    case 'facility':
      return 'LOC';
    default:
      return 'MISC';
  }
}
