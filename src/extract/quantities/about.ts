import type { EntityMention } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { MAX_ABOUT_TOKENS } from './constants.ts';
import { isCapitalised, type Word } from './words.ts';

/**
 * What a quantity counts (`about`): whose troops or where, from the words around it, in order of
 * trust: a possessive before the figure (`Russia’s 100,000 troops`), names between the figure and
 * its noun (`10,000 NATO troops`), names right after a figure without a noun (`$1Bln Russian Arms
 * Deal`), `from/of X` after the noun, the subject of the clause when a verb links it to the figure
 * (`Poland has deployed 20,000 troops`), and a place phrase after the noun (`troops deployed in
 * countries on Belarus’ western borders`). A found phrase that holds an entity mention becomes that
 * mention's span; otherwise the short text is kept.
 */

/** Where the quantity's parts are, as token indices of the sentence's words. */
export interface QuantityParts {
  /** First token of the quantity (hedge or currency). */
  readonly first: number;
  /** First token of the figure itself. */
  readonly figure: number;
  /** Token after the figure (and its glued scale). */
  readonly afterFigure: number;
  /** Token after the whole quantity (`1,000 more`). */
  readonly end?: number;
  /** Token range of the counted noun, or null. */
  readonly noun: readonly [number, number] | null;
  readonly lo: number;
  readonly hi: number;
  /** A verb before the figure acts on what it counts: the clause's subject does not own it. */
  readonly actedOn?: boolean;
  /** The figure is a share (percent): `of` and a common noun after it name the whole (`of voters`). */
  readonly share?: boolean;
}

const CLAUSE_BREAK: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  'while',
  'whereas',
  'but',
  'although',
  'that',
  '“',
  '"',
  '”',
  // After a reporting verb a new clause starts: "Lukashenka said Belarus would spend …".
  'said',
  'says',
  'announced',
  'told',
  'claimed',
  'reported',
]);
/** Dashes; a lone `-` between spaces is one too (the scanner keeps a hyphen inside a word). */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '-']);
const LINKS: ReadonlySet<string> = new Set(['from', 'of']);
const PLACES: ReadonlySet<string> = new Set(['in', 'near', 'on', 'at', 'along', 'inside', 'across']);
const PARTICIPLES: ReadonlySet<string> = new Set([
  'deployed',
  'stationed',
  'based',
  'massed',
  'positioned',
  'gathered',
]);
const SUBJECT_STOP: ReadonlySet<string> = new Set([
  'according',
  'citing',
  'said',
  'says',
  'reported',
  'the',
  'a',
  'an',
]);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);
/** Month and weekday names (and their short forms). */
const CALENDAR: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
/** Words that open a time phrase after a place (`late on Friday`, `early December`, `last week`). */
const TIME_OPENERS: ReadonlySet<string> = new Set([
  'late',
  'early',
  'mid',
  'last',
  'next',
  'this',
  'yesterday',
  'today',
]);
/** Function words that are capitalised only because they open a sentence. */
const OPENERS: ReadonlySet<string> = new Set(
  'about around some more nearly almost over under up only just all most many several both one two three four five six seven eight nine ten dozens hundreds thousands the a an this that these those it its they their there he she we you your our his her my in on at by for after before since with as when while if but and or'.split(
    ' ',
  ),
);

function capitalRun(words: readonly Word[], k: number, hi: number): number {
  let j = k;
  while (j < hi && isCapitalised(words[j]!) && /^\p{L}/u.test(words[j]!.text)) j++;
  return j;
}

function stripPossessive(text: string): string {
  return text.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

/** Start of the clause holding token `i`, skipping dash-bracketed asides (`— which gained … —`). */
function clauseStart(words: readonly Word[], i: number, lo: number): number {
  let k = i - 1;
  const floor = Math.max(lo, i - MAX_ABOUT_TOKENS * 3);
  while (k >= floor) {
    const w = words[k]!;
    if (DASHES.has(w.text)) {
      let d = k - 1;
      while (d >= floor && !DASHES.has(words[d]!.text)) d--;
      if (d >= floor) {
        k = d - 1;
        continue;
      }
      return k + 1;
    }
    if (CLAUSE_BREAK.has(w.lower)) return k + 1;
    k--;
  }
  return Math.max(lo, k + 1);
}

/** The subject of the clause if a verb stands between it and the figure, as a token range. */
/** Abbreviated titles before a name, whose full stop the word scanner splits off. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr sen gov rep gen lt col sgt capt adm prof st'.split(' '),
);

function clauseSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const c = clauseStart(words, parts.first, parts.lo);
  // "Russia, which has massed …": the relative pronoun stands for the name before the comma.
  if (
    c < parts.first &&
    /^(?:which|who)$/.test(words[c]!.lower) &&
    c - 2 >= parts.lo &&
    words[c - 1]!.text === ','
  ) {
    let b = c - 1;
    while (b - 1 >= parts.lo && isCapitalised(words[b - 1]!) && /^\p{L}/u.test(words[b - 1]!.text)) b--;
    if (b < c - 1) return [b, c - 1];
  }
  let s = c;
  // A leading setting is not the subject: "On Wednesday the U.S. …", "In December Lukashenka …".
  if (s + 2 < parts.first && /^(?:in|on|at|by|since|after|before|during|last|this)$/.test(words[s]!.lower))
    s += 2;
  if (s < parts.first && SUBJECT_STOP.has(words[s]!.lower) && !DETERMINERS.has(words[s]!.lower)) return null;
  let e = s;
  let hasName = false;
  while (e < parts.first && e < s + 6) {
    const w = words[e]!;
    if (DASHES.has(w.text)) break;
    // `Mr. Rastin also contributed $300,000`: a title's full stop stays inside the name.
    if (w.text === '.' && e > s && TITLE_ABBREVIATIONS.has(words[e - 1]!.lower)) {
      e++;
      continue;
    }
    // A month or weekday (`CHISINAU, Sept. 29 -`) is no one's name.
    if (CALENDAR.has(w.lower)) break;
    // A capital that only opens the sentence (`About 2,500 workers …`) makes no name.
    // `I have earned 9 million votes`: the pronoun is capitalised but names no one.
    if (w.text === 'I') break;
    if (isCapitalised(w) && !((e === parts.lo || e === s) && OPENERS.has(w.lower))) hasName = true;
    else if (
      !(
        DETERMINERS.has(w.lower) ||
        w.lower === 'and' ||
        (hasName && /^\p{Ll}+$/u.test(w.text) && !isVerbish(w))
      )
    )
      break;
    else if (hasName && isVerbish(w)) break;
    e++;
  }
  if (!hasName || e === s) return null;
  // A verb must link the subject to the figure: some lower-case word between them.
  let verb = false;
  for (let k = e; k < parts.first; k++) if (isVerbish(words[k]!)) verb = true;
  if (!verb) return null;
  const untrimmed = e;
  while (e > s && !isCapitalised(words[e - 1]!) && !/^\p{Ll}+s$/u.test(words[e - 1]!.text)) e--;
  // The sentence's first word modifying a lower-case noun is capitalised only for its place
  // (`Annual inflation slowed to 2.1%`); a name there is a possessive or stands alone (`Poland has`).
  if (s === parts.lo && e === s + 1 && untrimmed > e && !/['’]s?$/u.test(words[s]!.text)) return null;
  return [s, e];
}

const VERBS: ReadonlySet<string> = new Set(
  'has have had is are was were be been being will would could can may might deployed sent massed moved stationed staged held keeps kept involving involved brought numbered totalled totaled amassed lost killed'.split(
    ' ',
  ),
);
function isVerbish(w: Word): boolean {
  return VERBS.has(w.lower) || /^\p{Ll}+(?:ed)$/u.test(w.text);
}

/** A phrase (token range) telling what the quantity counts, or null. */
export function aboutRange(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, afterFigure, noun, lo, hi } = parts;
  // Possessive before: "Russia’s 100,000 troops", "Belarus’ 300 tanks".
  const p = first - 1;
  if (p >= lo) {
    const w = words[p]!;
    const possessive = /['’]s$/u.test(w.text) && isCapitalised(w);
    const bare = (w.text === '’' || w.text === "'") && p - 1 >= lo && isCapitalised(words[p - 1]!);
    if (possessive || bare) {
      let s = possessive ? p : p - 1;
      while (s - 1 >= lo && isCapitalised(words[s - 1]!) && /^\p{L}/u.test(words[s - 1]!.text)) s--;
      return [s, possessive ? p + 1 : p];
    }
  }
  // Names between the figure and its noun: "10,000 NATO troops".
  if (noun && noun[0] > afterFigure) {
    const run = capitalRun(words, afterFigure, noun[0]);
    if (run > afterFigure) return [afterFigure, run];
  }
  // Names right after a figure without a noun: "$1Bln Russian Arms Deal".
  if (!noun) {
    const run = capitalRun(words, afterFigure, Math.min(hi, afterFigure + 5));
    if (run > afterFigure) return [afterFigure, run];
  }
  const end = noun ? noun[1] : (parts.end ?? afterFigure);
  // "troops from Russia", "troops of the Western Military District", "from other NATO countries".
  if (end < hi && LINKS.has(words[end]!.lower)) {
    let k = end + 1;
    if (k < hi && DETERMINERS.has(words[k]!.lower)) k++;
    if (k < hi && /^(?:other|several|many|some|all|two|three)$/.test(words[k]!.lower)) k++;
    const run = capitalRun(words, k, Math.min(hi, k + 6));
    if (run > k) return [k, run];
    if (parts.share) {
      const whole = commonNounRun(words, k, hi);
      if (whole) return whole;
    }
  }
  const subject = parts.actedOn ? null : clauseSubject(words, parts);
  if (subject) return subject;
  // "troops deployed in countries on Belarus’ western and southern borders".
  let k = end;
  if (k < hi && PARTICIPLES.has(words[k]!.lower)) k++;
  // A month or a weekday after `in`/`on` dates the figure (`1.2 million people in July`); it is no place.
  const dated = (j: number) =>
    j < hi &&
    (CALENDAR.has(words[j]!.lower) ||
      (TIME_OPENERS.has(words[j]!.lower) && j + 1 < hi && CALENDAR.has(words[j + 1]!.lower)));
  if (noun && k < hi && PLACES.has(words[k]!.lower) && !dated(k + 1)) {
    const s = k + 1;
    let e = s;
    // The phrase ends before a time (`in the Red Sea late on Friday`, `in early December`).
    while (
      e < hi &&
      e < s + MAX_ABOUT_TOKENS &&
      !CLAUSE_BREAK.has(words[e]!.lower) &&
      !DASHES.has(words[e]!.text) &&
      words[e]!.text !== '.' &&
      !(e > s && isVerbish(words[e]!)) &&
      !(e > s && (TIME_OPENERS.has(words[e]!.lower) || CALENDAR.has(words[e]!.lower))) &&
      !(e > s && PLACE_ENDS.has(words[e]!.lower))
    )
      e++;
    // A time is no place (`shrank 0.1% in the third quarter`, `in the first half`).
    if (e > s && !TIME_HEADS.has(words[e - 1]!.lower)) return [s, e];
  }
  return null;
}

/** Lower-case words after `percent of` that name no whole of their own. */
const NO_WHOLE: ReadonlySet<string> = new Set(
  'those them us which whom what all it this that these each any one total his her their our my your and or nor than to as under over against among between across within without for into onto upon about through during per like via'.split(
    ' ',
  ),
);

/**
 * Up to three lower-case words from `k` naming the whole of a share (`registered voters`, `the
 * vote`), ending at a plural noun or before a verb-like word, an adverb, a clause break or a
 * preposition; null when the first word is a pronoun or quantifier (`of those surveyed`, `of them`).
 */
function commonNounRun(words: readonly Word[], k: number, hi: number): [number, number] | null {
  if (k >= hi || NO_WHOLE.has(words[k]!.lower)) return null;
  let e = k;
  while (
    e < hi &&
    e < k + 3 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(words[e]!.text) &&
    // A participle may open the phrase as an adjective (`registered voters`), never end it.
    !(isVerbish(words[e]!) && (e > k || VERBS.has(words[e]!.lower))) &&
    !CLAUSE_BREAK.has(words[e]!.lower) &&
    !PLACES.has(words[e]!.lower) &&
    !PLACE_ENDS.has(words[e]!.lower) &&
    !LINKS.has(words[e]!.lower) &&
    !NO_WHOLE.has(words[e]!.lower) &&
    !/ly$/.test(words[e]!.lower)
  ) {
    e++;
    // A plural noun ends the whole (`precincts reporting`, `registered voters view`).
    if (/[^s]s$/.test(words[e - 1]!.lower)) break;
  }
  if (e > k && isVerbish(words[e - 1]!)) e--;
  return e > k ? [k, e] : null;
}

/** Words that close a place phrase: a new clause or a circumstance (`in Germany as sales slump`). */
const PLACE_ENDS: ReadonlySet<string> = new Set(
  'as amid after before because since when where until despite following for with by'.split(' '),
);

/** Nouns that make a phrase a stretch of time, not a place. */
const TIME_HEADS: ReadonlySet<string> = new Set(
  'quarter quarters half year years month months week weeks period session sessions term season decade century weekend morning afternoon evening night'.split(
    ' ',
  ),
);

/** `about` for the document: the span of an entity mention inside the phrase, else the phrase text. */
export function aboutValue(
  text: string,
  words: readonly Word[],
  range: [number, number] | null,
  entities: readonly EntityMention[],
): Span | string | null {
  if (!range) return null;
  if (!/\p{L}/u.test(words[range[0]]!.text)) return null;
  const s = words[range[0]]!.start;
  const e = words[range[1] - 1]!.end;
  // Only an entity that is the phrase (give or take `the` and a possessive) stands for it:
  // "countries on Belarus’ borders" is not Belarus, "Belarus and Russia" is neither alone.
  let best: EntityMention | null = null;
  for (const m of entitiesIn(entities, s, e)) {
    if (m.span[0] >= s && m.span[1] <= e && m.span[1] >= e - 2 && m.span[0] - s <= 4) best = m;
  }
  if (best) return best.span;
  return stripPossessive(text.slice(s, e));
}

/** Entity mentions overlapping `[s, e)`, found by binary search on mentions sorted by start. */
function entitiesIn(entities: readonly EntityMention[], s: number, e: number): EntityMention[] {
  let a = 0;
  let b = entities.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (entities[mid]!.span[0] < s) a = mid + 1;
    else b = mid;
  }
  const out: EntityMention[] = [];
  for (let k = a; k < entities.length && entities[k]!.span[0] < e; k++) out.push(entities[k]!);
  return out;
}
