import type { EntityMention, EntityType } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import {
  MAX_ABOUT_TOKENS,
  MAX_ELIDED_BACK_TOKENS,
  MAX_PRONOUN_BACK_CHARS,
  MAX_PRONOUN_BACK_MENTIONS,
  TIME_OPENERS,
} from './constants.ts';
import { isHeadlineVerb, type TitleCase } from './headline.ts';
import { nounLike, PLAIN_ADVERBS } from './units.ts';
import {
  allLower,
  isCapitalised,
  isNumeric,
  startsLetter,
  startsLower,
  TokenBytes,
  type Word,
} from './words.ts';

/** `/^\p{Ll}+$/u.test(t)`. */
function allLower1(t: string): boolean {
  return allLower(t, 1);
}

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
  /**
   * What the unit says of the figure: `value` for an amount of money, a percentage or a measure
   * (the unit does not say what is measured), `length` for a distance or size, `count` for a counted
   * noun, `none` for a figure with no unit. Absent: `count`.
   */
  readonly kind?: 'value' | 'length' | 'count' | 'none';
  /** The figure is written as an adjective with its unit (`a 20-inch screen`). */
  readonly adjective?: boolean;
  /** The figure is an amount of money (its `in`/`on`/`for` phrase says what the money is in or for). */
  readonly money?: boolean;
  /** Whether the sentence is a title-cased headline (`Russia Sends 30,000 Troops`), read when asked. */
  readonly title?: TitleCase;
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
  'say',
  'announced',
  'told',
  'claimed',
  'reported',
]);
/** Dashes; a lone `-` between spaces is one too (the scanner keeps a hyphen inside a word). */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '-']);
const LINKS: ReadonlySet<string> = new Set(['from', 'of']);
const PLACES: ReadonlySet<string> = new Set(['in', 'near', 'on', 'at', 'along', 'inside', 'across']);
/** Where a measured count happened, and whence it was taken (`evacuated 800 residents from Morva`). */
export const MEASURED_PLACES: ReadonlySet<string> = new Set([...PLACES, 'from', 'off']);
const PARTICIPLES: ReadonlySet<string> = new Set([
  'deployed',
  'stationed',
  'based',
  'massed',
  'positioned',
  'gathered',
]);
/** A lower-case past form in -ed (`killed`, `arrived`), not one of the verbs of having or being. */
function isPastForm(w: Word): boolean {
  return isVerbish(w) && !AUXILIARIES.has(w.lower);
}
const AUXILIARIES: ReadonlySet<string> = new Set(
  'has have had is are was were be been being will would could should must can may might'.split(' '),
);

/** Verbs of being somewhere, between a counted noun and its place (`live in`, `are in`). */
const LOCATED: ReadonlySet<string> = new Set(
  'live lives lived living reside resides resided remain remains remained stay stays stayed work works worked are were is was'.split(
    ' ',
  ),
);
/** Past forms and -s forms not in -ed that link a named subject to the figure it has or acts on. */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  'laid paid sold bought spent owns employs holds runs operates boasts'.split(' '),
);
/** Irregular past forms (not in -ed) that link a named subject to its figure (`Brazil won 21 medals`). */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(
  'won rose fell grew shrank sank slid hit beat lost sold bought paid spent sent made built took gave brought ran held kept drew led shot struck fought threw stole drove cut shed'.split(
    ' ',
  ),
);
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
/** Function words that are capitalised only because they open a sentence. */
const OPENERS: ReadonlySet<string> = new Set(
  'about around some more nearly almost over under up only just all most many several both one two three four five six seven eight nine ten dozens hundreds thousands the a an this that these those it its they their there he she we you your our his her my in on at by for after before since with as when while if but and or'.split(
    ' ',
  ),
);

function capitalRun(words: readonly Word[], k: number, hi: number): number {
  let j = k;
  while (j < hi) {
    if (isCapitalised(words[j]!) && startsLetter(words[j]!.text)) j++;
    // `PG&E`, `AT&T`: an ampersand between capitals stays inside the name.
    else if (isAmpersandJoin(words, j, k, hi)) j++;
    else break;
  }
  return j;
}

/** True when token `j` is an ampersand glued between two capitalised words (`PG&E`). */
function isAmpersandJoin(words: readonly Word[], j: number, lo: number, hi: number): boolean {
  return (
    words[j]!.text === '&' &&
    j > lo &&
    j + 1 < hi &&
    isCapitalised(words[j - 1]!) &&
    isCapitalised(words[j + 1]!) &&
    words[j - 1]!.end === words[j]!.start &&
    words[j]!.end === words[j + 1]!.start
  );
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
    if (CLAUSE_BREAK.has(w.lower)) return reportedClause(words, k, i);
    k--;
  }
  return Math.max(lo, k + 1);
}

/**
 * The start of the clause after the break at `k`: after a verb of saying, past a short time (`said
 * on Tuesday its net profit rose`) or the hearers of `told` (`told analysts the company would`),
 * when the clause goes on before `i`.
 */
/** Verbs of saying after which a short time may open the reported clause. */
const SAID_TIMES: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'reported']);
function reportedClause(words: readonly Word[], k: number, i: number): number {
  let s = k + 1;
  const w = words[k]!.lower;
  if (w === 'told' && s + 1 < i && /^\p{Ll}+s$/u.test(words[s]!.text) && !PRONOUN.test(words[s]!.lower)) s++;
  else if (SAID_TIMES.has(w))
    for (
      let t = 0;
      t < 3 && s + 1 < i && (CALENDAR.has(words[s]!.lower) || REPORT_TIMES.has(words[s]!.lower));
      t++
    )
      s++;
  return s;
}

/**
 * True when token `j` is a number that ends a name (`Nikkei 225`, `S&P 500`): up to four digits,
 * no year, after a capitalised word that is no function word (`From 2001` is a time).
 */
function isNameNumber(words: readonly Word[], j: number): boolean {
  const w = words[j]!;
  const before = words[j - 1];
  return (
    /^\d{1,4}$/.test(w.text) &&
    !/^(?:1[89]|20)\d\d$/.test(w.text) &&
    before !== undefined &&
    isCapitalised(before) &&
    !OPENERS.has(before.lower) &&
    !NO_NAME.has(before.lower)
  );
}

/** The subject of the clause if a verb stands between it and the figure, as a token range. */
/** Abbreviated titles before a name, whose full stop the word scanner splits off. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr sen gov rep gen lt col sgt capt adm prof st'.split(' '),
);

function clauseSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  // `Neymar was among the 12,000 in attendance`: a preposition puts the subject beside the figure,
  // not over it.
  if (memberOf(words, parts)) return null;
  let c = clauseStart(words, parts.first, parts.lo);
  // (`Shares fell after profit dropped 12%`: the figure's own clause, opened by a subordinating
  // conjunction at most eight words before it.)
  for (let j = parts.first - 1; j > c && j >= parts.first - 8; j--)
    if (opensClause(words, j, parts.first)) {
      c = j + 1;
      break;
    }
  // `Benes (12-8) allowed three runs`: a name before a short bracket opening the clause.
  if (c - 2 > parts.lo && words[c - 1]!.text === ')' && c < parts.first && parts.first - c <= 3) {
    let b = c - 2;
    while (b > parts.lo && b > c - 8 && words[b]!.text !== '(') b--;
    const verb = words[c]!;
    if (
      words[b]!.text === '(' &&
      (isVerbish(verb) || IRREGULAR_PASTS.has(verb.lower) || SUBJECT_VERBS.has(verb.lower)) &&
      startsLower(verb.text)
    ) {
      const name = nameBefore(words, b, parts.lo);
      if (
        name &&
        name[0] === clauseStart(words, name[0] + 1, parts.lo) &&
        !OPENERS.has(words[name[0]]!.lower)
      )
        return name;
    }
  }
  // "Russia, which has massed …": the relative pronoun stands for the name before the comma.
  if (
    c < parts.first &&
    // (`Unisys, whose revenue rose 3.7%`, `Reid, whose side have conceded 30 goals`: whose too.)
    /^(?:which|who|whose)$/.test(words[c]!.lower) &&
    c - 2 >= parts.lo &&
    words[c - 1]!.text === ','
  ) {
    let b = c - 1;
    while (b - 1 >= parts.lo && isCapitalised(words[b - 1]!) && startsLetter(words[b - 1]!.text)) b--;
    if (b < c - 1) return [b, c - 1];
    // `The library, which serves 15,000 residents`: an article and at most three nouns opening
    // their clause; `the Pro version, which costs $999`, `needs a second vessel, which would cost
    // £7 million`: a lower-case head after names or an adjective, or a verb's object before `which`.
    while (
      b - 1 >= parts.lo &&
      b > c - 5 &&
      (isCommonNoun(words[b - 1]!) ||
        (b < c - 1 && isNamePart(words[b - 1]!) && !/['’]s?$/u.test(words[b - 1]!.text)))
    )
      b--;
    if (b < c - 1 && b - 1 >= parts.lo && isCommonNoun(words[c - 2]!)) {
      const article = words[b - 1]!.lower;
      // (`Brennan's shares, which have fallen 20%`: a name's possessive opens it.)
      if (/['’]s?$/u.test(words[b - 1]!.text) && isNamePart(words[b - 1]!)) {
        let n = b - 1;
        while (n - 1 >= parts.lo && n > b - 5 && isNamePart(words[n - 1]!)) n--;
        return n === clauseStart(words, n + 1, parts.lo) ? [n, c - 1] : null;
      }
      const opens = b - 1 === clauseStart(words, b, parts.lo);
      if (/^(?:the|its|their)$/.test(article) && opens) return [b - 1, c - 1];
      // (After a verb only: `of a plan, which …` may be of the larger phrase.)
      const verb = b - 2 >= parts.lo ? words[b - 2]! : null;
      if (
        /^(?:the|a|an|its|their)$/.test(article) &&
        words[c]!.lower === 'which' &&
        verb &&
        (isVerbForm(verb) || isActionVerb(verb) || ACTION_BASES.has(verb.lower)) &&
        !PLACES.has(verb.lower)
      )
        return [b - 1, c - 1];
    }
  }
  let s = c;
  // A leading setting is not the subject: "On Wednesday the U.S. …", "In December Lukashenka …".
  if (
    s + 2 < parts.first &&
    /^(?:in|on|at|by|since|after|before|during|last|this)$/.test(words[s]!.lower) &&
    !ALL_CAPS.test(words[s]!.text)
  )
    s += 2;
  if (s < parts.first && SUBJECT_STOP.has(words[s]!.lower) && !DETERMINERS.has(words[s]!.lower)) return null;
  let e = s;
  let hasName = false;
  let headed = false;
  let headlineVerb = false;
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
    if (hasName && isAmpersandJoin(words, e, s, parts.first)) {
      e++;
      continue;
    }
    // A capital that only opens the sentence (`About 2,500 workers …`) makes no name.
    // `I have earned 9 million votes`: the pronoun is capitalised but names no one (nor `We've`, whose
    // quotation says whose).
    if (w.text === 'I' || (e === s && isWe(w.lower))) break;
    // `Nikkei 225`, `S&P 500`: a number right after a name ends the name.
    // (`The Tier 1 capital ratio`, `the S&P 500 index`: unless common nouns follow it, which it
    // modifies; they head the subject.)
    if (hasName && isNameNumber(words, e)) {
      e++;
      const named = e;
      while (
        e < parts.first &&
        e < named + 3 &&
        startsLower(words[e]!.text) &&
        isCommonNoun(words[e]!) &&
        !isVerbish(words[e]!) &&
        !LINKING.has(words[e]!.lower) &&
        !isActionVerb(words[e]!)
      )
        e++;
      headed = e > named;
      break;
    }
    // `GateHouse reportedly laid off 60 employees`: an adverb or a verb not in -ed ends the name.
    // (`Nato Says Russia Has Sent 30,000 Troops`: a headline's capitalised auxiliary ends it too.)
    if (hasName && e > s && /^(?:has|have|had|is|are|was|were|will)$/.test(w.lower)) break;
    // (`Russia Sends 30,000 Troops`: in a title-cased headline, its capitalised verb.)
    if (hasName && e > s && isHeadlineVerb(w) && parts.title?.get()) {
      headlineVerb = true;
      break;
    }
    // (`Brazil won 21 medals`, `The Dow rose 30 points`: so does an irregular past.)
    if (
      hasName &&
      (isAdverbLy(w.lower) ||
        SUBJECT_VERBS.has(w.lower) ||
        IRREGULAR_PASTS.has(w.lower) ||
        // (`Egypt imports about 12 million tonnes`; not `Tunisia's exports of spare parts amounted`.)
        // (`Soybean imports reached 9.6 million tonnes`: not before a verb, where it is a noun.)
        // (`Ashby lead the table by five points`.)
        (/^(?:lead|leads|trail|trails)$/.test(w.lower) &&
          parts.first - e <= 5 &&
          words[parts.first - 1]!.lower === 'by') ||
        // (`Kelby sit bottom with 12 points`.)
        (/^(?:sit|sits|lie|lies|stand|stands)$/.test(w.lower) &&
          parts.first - e <= 4 &&
          words[parts.first - 1]!.lower === 'with') ||
        // (`Cruz comes in second with 34 percent`, `Clinton leads with 45 percent`: a share a
        // contender places or leads with.)
        shareWith(words, parts, e) ||
        (PRESENT_ACTIONS.has(w.lower) &&
          parts.first - e <= 2 &&
          !(e + 1 < parts.first && (LINKING.has(words[e + 1]!.lower) || isVerbish(words[e + 1]!)))) ||
        VERB_ADVERBS.has(w.lower) ||
        NOT_HEADS.has(w.lower)) &&
      startsLower(w.text)
    )
      break;
    // `Amazon offers Apple’s MacBook`: an -s word between two names is their verb.
    if (hasName && /^\p{Ll}{3,}[^siu]s$/u.test(w.text) && e + 1 < parts.first && isCapitalised(words[e + 1]!))
      break;
    // (`AT&T`, `US` in capitals are names, not the words they spell.)
    if (isCapitalised(w) && !((e === parts.lo || e === s) && OPENERS.has(w.lower) && !ALL_CAPS.test(w.text)))
      hasName = true;
    else if (
      !(DETERMINERS.has(w.lower) || w.lower === 'and' || (hasName && allLower1(w.text) && !isVerbish(w)))
    )
      break;
    else if (hasName && isVerbish(w)) break;
    e++;
  }
  if (!hasName || e === s) return null;
  // A verb must link the subject to the figure: some lower-case word between them.
  let verb = headlineVerb && parts.first - e <= 3;
  for (let k = e; k < parts.first; k++)
    if (isVerbish(words[k]!) || SUBJECT_VERBS.has(words[k]!.lower)) verb = true;
  // (`Halvorsen plans to invest 1.5 billion kroner`, `Kestrel will hire 300 staff`: a planned action
  // right after the name.)
  if (!verb) {
    const p = planAt(words, parts.first - 1, parts.lo);
    if (p >= s && p < s + 4 && s === clauseStart(words, s + 1, parts.lo)) {
      let names = true;
      for (let k = s; k <= p; k++) if (!isNamePart(words[k]!)) names = false;
      if (names && !OPENERS.has(words[s]!.lower)) return [s, p + 1];
    }
  }
  // An irregular past links only a subject of names right before it to a figure at most two words
  // after it (`Brazil won 21 medals`, `Trump won by 30 points`; not `Obama made the case to 23
  // leaders`, nor `Democrats beat Bevin in a state Trump won by 30 points`).
  if (
    !verb &&
    e < parts.first &&
    (IRREGULAR_PASTS.has(words[e]!.lower) ||
      PRESENT_ACTIONS.has(words[e]!.lower) ||
      /^(?:lead|trail|sit|sits|lie|lies|stand|stands)$/.test(words[e]!.lower) ||
      shareWith(words, parts, e)) &&
    parts.first - e <= 6
  ) {
    verb = true;
    // (`Middlesex beat Hampshire by 188 runs`: a beaten side and `by` too.)
    let from = e + 1;
    if (
      /^(?:beat|won|led|lost|lead|leads|trail|trails)$/.test(words[e]!.lower) &&
      words[parts.first - 1]!.lower === 'by'
    ) {
      const side = nameBefore(words, parts.first - 1, e + 1);
      if (side && side[0] === e + 1) from = parts.first;
      // (`Ashby lead the table by five points`: a standing led by so much.)
      else if (
        parts.first - e <= 4 &&
        words[e + 1]!.lower === 'the' &&
        /^(?:table|league|standings|race|poll|polls|field|division|group|series)$/.test(
          words[parts.first - 2]!.lower,
        )
      )
        from = parts.first;
    }
    // (`Kelby sit bottom with 12 points`: a standing and `with`.)
    if (
      /^(?:sit|sits|lie|lies|stand|stands)$/.test(words[e]!.lower) &&
      words[parts.first - 1]!.lower === 'with' &&
      parts.first - e <= 4
    )
      from = parts.first;
    // (`Cruz comes in second with 34 percent`: a contender's place and `with`.)
    if (shareWith(words, parts, e)) from = parts.first;
    // (`Germany took in 1 million refugees`: a particle of the verb too.)
    for (let k = from; k < parts.first; k++)
      if (
        !BEFORE_VALUE.has(words[k]!.lower) &&
        !/^(?:in|out|up|off|back|away)$/.test(words[k]!.lower) &&
        // (`Smith won with 52.3% of the vote`, `Leclerc finished with 12 points`.)
        !(
          k === parts.first - 1 &&
          words[k]!.lower === 'with' &&
          /^(?:won|wins|win|finished|finishes|ended|ends)$/.test(words[e]!.lower)
        )
      )
        verb = false;
    // (`The FTSE 100 fell 42 points`: a name's number ends the name.)
    if (verb && !isCapitalised(words[e - 1]!) && !(e - 2 >= s && isNameNumber(words, e - 1))) return null;
    // (`Officers made 28 arrests`: a plural common noun capitalised only for opening the sentence.)
    if (verb && e === s + 1 && s === parts.lo && /^\p{Lu}\p{Ll}+[^s']s$/u.test(words[s]!.text)) return null;
  }
  if (!verb) return null;
  const untrimmed = e;
  // (A dateline's dash opens the story's first sentence: `LORVIK (Wire) — Heavy snowfall has cut`.)
  const opening = s === parts.lo || (s - 1 >= parts.lo && DASHES.has(words[s - 1]!.text));
  // (`The Scottish government has offered £8 million`: after `the` and a name, its common noun
  // heads the subject.)
  let kept = false;
  if (/^the$/i.test(words[s]!.text) && e - s >= 3 && e - s <= 5 && isCapitalised(words[s + 1]!)) {
    let n = s + 1;
    while (n < e && isNamePart(words[n]!)) n++;
    kept = n < e && e - n <= 2;
    for (let j = n; j < e; j++) if (!isCommonNoun(words[j]!) || isVerbish(words[j]!)) kept = false;
  }
  while (
    !kept &&
    !headed &&
    e > s &&
    !isCapitalised(words[e - 1]!) &&
    !/^\p{Ll}+s$/u.test(words[e - 1]!.text) &&
    !(e - 2 >= s && isNameNumber(words, e - 1))
  )
    e--;
  // The sentence's first word modifying a lower-case noun is capitalised only for its place
  // (`Annual inflation slowed to 2.1%`); a name there is a possessive or stands alone (`Poland has`).
  if (opening && e === s + 1 && untrimmed > e && !/['’]s?$/u.test(words[s]!.text)) return null;
  // So do several (`Regular European pricing will start at …`): capitals that open the sentence
  // right before a common noun modify it.
  if (
    opening &&
    isCapitalised(words[s]!) &&
    !OPENERS.has(words[s]!.lower) &&
    untrimmed > e &&
    !/['’]s?$/u.test(words[e - 1]!.text) &&
    isCommonNoun(words[e]!)
  )
    return null;
  return [s, e];
}

/**
 * `The district has a population of 98,000`, `Kell, with a population of 310, …`: the name or
 * definite place or body before a verb of having (or before the comma of `with`) whose population
 * the figure is.
 */
function populationOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let v = first - 3;
  if (v - 1 < lo || words[first - 1]!.lower !== 'of' || !/^populations?$/.test(words[first - 2]!.lower))
    return null;
  if (/^(?:a|an|the|its|their)$/.test(words[v]!.lower)) v--;
  if (v - 1 < lo) return null;
  const verb = words[v]!.lower;
  if (verb === 'with' && words[v - 1]!.text === ',') return nameBefore(words, v - 1, lo);
  if (!HAVING.has(verb)) return null;
  const name = nameBefore(words, v, lo);
  if (name) return name;
  let s = v;
  while (s - 1 >= lo && s > v - 3 && isCommonNoun(words[s - 1]!)) s--;
  const head = words[v - 1]!.lower;
  return s < v &&
    s - 1 >= lo &&
    /^(?:the|its|their)$/.test(words[s - 1]!.lower) &&
    (HOLDERS.has(head) || PLACE_NOUNS.has(head))
    ? [s - 1, v]
    : null;
}

/** Nouns of what a thing costs, after `at a` or a verb of having (`at a cost of £40m`). */
const COST_HEADS: ReadonlySet<string> = new Set('cost costs price tag fee'.split(' '));
/** Words that may stand between the article and a cost noun (`a starting price of`). */
const COST_MODIFIERS: ReadonlySet<string> = new Set(
  'starting retail estimated total final projected reported combined initial price list base suggested'.split(
    ' ',
  ),
);

/**
 * `The bridge was rebuilt at a cost of £40m`, `bought 40 jets at a cost of $3bn`, `The phone will
 * have a starting price of $1,499`: an amount of a cost noun after `at a` is of what was paid for
 * (the object before `at`, else the clause's subject); after a verb of having, of that verb's
 * subject.
 */
function costOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  if (first - 3 < lo || words[first - 1]!.lower !== 'of' || !COST_HEADS.has(words[first - 2]!.lower))
    return null;
  let a = first - 3;
  while (a > lo && a > first - 5 && COST_MODIFIERS.has(words[a]!.lower)) a--;
  if (a - 1 < lo || !/^(?:a|an)$/.test(words[a]!.lower)) return null;
  const before = words[a - 1]!.lower;
  if (before === 'at') {
    // (`bought 40 jets at a cost of`: a plain noun object of a verb, a figure or an article before it.)
    let s = a - 1;
    while (s - 1 >= lo && s > a - 4 && isCommonNoun(words[s - 1]!) && !isVerbish(words[s - 1]!)) s--;
    if (
      s < a - 1 &&
      s - 2 >= lo &&
      (isNumeric(words[s - 1]!) || /^(?:the|a|an|its|their|new|two|three)$/.test(words[s - 1]!.lower)) &&
      (isVerbish(words[s - 2]!) || IRREGULAR_PASTS.has(words[s - 2]!.lower))
    )
      return [s, a - 1];
    // (`was rebuilt in 2019 at a cost of`, `opened last year at a cost of`: past a short time.)
    let t = a - 1;
    if (
      t - 2 >= lo &&
      /^(?:in|on)$/.test(words[t - 2]!.lower) &&
      (isNumeric(words[t - 1]!) || CALENDAR.has(words[t - 1]!.lower))
    )
      t -= 2;
    else if (
      t - 2 >= lo &&
      /^(?:last|this)$/.test(words[t - 2]!.lower) &&
      TIME_HEADS.has(words[t - 1]!.lower)
    )
      t -= 2;
    const subject = words[t - 1]!.text === ',' ? null : subjectBefore(words, t, lo);
    return subject ?? countedBefore(words, a - 1, lo);
  }
  // `unveiled the Vega 3, its third phone, with a starting price of $1,299`, `The Vega 3, with a
  // price tag of`: the phrase before `with` (past an appositive of a possessive between commas).
  if (before === 'with') {
    const e = words[a - 2]?.text === ',' ? a - 2 : a - 1;
    const phrase = phraseBefore(words, e, lo);
    if (
      phrase &&
      e === a - 2 &&
      /^(?:its|their|his|her)$/.test(words[phrase[0]]!.lower) &&
      phrase[0] - 1 > lo
    )
      return words[phrase[0] - 1]!.text === ',' ? phraseBefore(words, phrase[0] - 1, lo) : null;
    return phrase;
  }
  let v = a - 1;
  if (v - 1 >= lo && before === 'have' && MODALS.has(words[v - 1]!.lower)) v--;
  if (!HAVING.has(before) && !/^(?:carries|carried|carry|bears|bore)$/.test(before)) return null;
  return subjectBefore(words, v, lo);
}

/**
 * The phrase of names, a name's number and common nouns (at most six words, after `the` or a
 * possessive pronoun) ending at `e` (`the Vega 3`, `its third phone`), or null.
 */
function phraseBefore(words: readonly Word[], e: number, lo: number): [number, number] | null {
  let s = e;
  while (
    s - 1 >= lo &&
    s > e - 6 &&
    !isVerbish(words[s - 1]!) &&
    (isNamePart(words[s - 1]!) ||
      isCommonNoun(words[s - 1]!) ||
      isNameNumber(words, s - 1) ||
      /^(?:first|second|third|fourth|fifth|new|latest)$/.test(words[s - 1]!.lower))
  )
    s--;
  if (s === e) return null;
  if (s - 1 >= lo && /^(?:the|its|their|his|her)$/.test(words[s - 1]!.lower)) s--;
  return [s, e];
}

/**
 * `planned to add about 3,500 seats behind the stand by 2028, at a cost of £14m`: the nearest
 * counted noun (a figure and one to three common nouns) at most twenty words before `at`, in its
 * sentence, is what the cost pays for.
 */
function countedBefore(words: readonly Word[], at: number, lo: number): [number, number] | null {
  for (let j = at - 2; j >= lo && j >= at - 20; j--) {
    const w = words[j]!;
    if (w.text === ';' || w.text === ':') return null;
    if (!isNumeric(w) || !isCommonNoun(words[j + 1]!)) continue;
    let e = j + 1;
    while (e < at && e < j + 4 && isCommonNoun(words[e]!) && !isVerbish(words[e]!)) e++;
    return e > j + 1 ? [j + 1, e] : null;
  }
  return null;
}

/**
 * The subject of the clause whose verb group ends before `v`: at most four words of verb group
 * (auxiliaries, modals, a participle, an adverb) back from `v`, then a phrase of names and common
 * nouns (at most six words, after `the`/`its`/`their`) that opens the clause (`The bridge was
 * rebuilt`, `The Pixel 9 will`).
 */
function subjectBefore(words: readonly Word[], v: number, lo: number): [number, number] | null {
  let e = v;
  while (
    e - 1 >= lo &&
    e > v - 4 &&
    (AUXILIARIES.has(words[e - 1]!.lower) ||
      isVerbish(words[e - 1]!) ||
      IRREGULAR_PARTICIPLES.has(words[e - 1]!.lower) ||
      // (`was rebuilt`: any lower-case word right after an auxiliary.)
      (e - 2 >= lo && AUXILIARIES.has(words[e - 2]!.lower) && startsLower(words[e - 1]!.text)) ||
      isAdverbLy(words[e - 1]!.lower) ||
      words[e - 1]!.lower === 'being')
  )
    e--;
  // (`the hospital, completed at a cost of`: a participle's phrase after a comma is of the phrase
  // before the comma.)
  if (e < v && e - 2 >= lo && words[e - 1]!.text === ',') {
    let s = e - 1;
    while (s - 1 >= lo && s > e - 7 && (isCommonNoun(words[s - 1]!) || isNamePart(words[s - 1]!))) s--;
    if (s < e - 1 && s - 1 >= lo && /^(?:the|its|their)$/.test(words[s - 1]!.lower)) s--;
    return s < e - 1 ? [s, e - 1] : null;
  }
  const c = clauseStart(words, e, lo);
  if (c >= e) return null;
  let k = c;
  if (/^(?:the|its|their)$/.test(words[k]!.lower)) k++;
  if (k >= e || e - k > 6) return null;
  for (let j = k; j < e; j++) {
    const w = words[j]!;
    if (
      isVerbish(w) ||
      !((isCapitalised(w) && startsLetter(w.text)) || isCommonNoun(w) || isNameNumber(words, j))
    )
      return null;
  }
  return [c, e];
}

/** Verbs of winning a share (`took 39.5%`, `won 26 percent`). */
const WINNING: ReadonlySet<string> = new Set(
  'took won secured received got garnered polled gained'.split(' '),
);

/** Nouns of a number of people that a bare figure may be the value of (`the population`). */
const PEOPLE_COUNTS: ReadonlySet<string> = new Set(
  'population attendance crowd membership workforce enrolment enrollment turnout headcount roll'.split(' '),
);

/** Nouns of people who watch an event, counted at its venue. */
const SPECTATORS: ReadonlySet<string> = new Set('fans supporters spectators crowd attendance'.split(' '));

/**
 * `a win in front of 18,400 fans at Mill Lane`, `at a packed Fernlea Park on Saturday, watched by
 * 11,204 supporters`: a count of spectators is of the named venue after `at` right after it (at
 * most two words on), else before it in its sentence (at most sixteen tokens back).
 */
function venueOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { noun, lo, hi, first } = parts;
  // (`in front of a crowd of 41,200 at Dockside Park`: a crowd's figure is of spectators too.)
  const crowd =
    !noun && first - 2 >= lo && words[first - 1]!.lower === 'of' && CROWDS.has(words[first - 2]!.lower);
  if (!crowd && (!noun || !SPECTATORS.has(words[noun[1] - 1]!.lower))) return null;
  const after = noun ? noun[1] : (parts.end ?? parts.afterFigure);
  const named = (at: number): [number, number] | null => {
    let n = at + 1;
    while (n < hi && n < at + 4 && /^(?:the|a|an|packed|sold-out|full|capacity|home)$/.test(words[n]!.lower))
      n++;
    if (n >= hi || !isNamePart(words[n]!) || CALENDAR.has(words[n]!.lower)) return null;
    const e = capitalRun(words, n, Math.min(hi, n + 5));
    return e > n ? [n, e] : null;
  };
  for (let k = after; k < hi && k < after + 3; k++) if (words[k]!.lower === 'at') return named(k);
  for (let k = parts.first - 1; k >= lo && k >= parts.first - 16; k--) {
    if (/^[;:.]$/.test(words[k]!.text)) break;
    if (words[k]!.lower === 'at') return named(k);
  }
  return null;
}

/** Nouns of a gathering whose `of` and figure say how many watched (`a crowd of 41,200`). */
const CROWDS: ReadonlySet<string> = new Set(['crowd', 'attendance', 'audience', 'gate']);

/**
 * `The increase will add £92 a year to the average bill`: what a verb of adding puts an amount on,
 * the definite noun phrase after `to` right after the amount.
 */
function addedTo(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  let v = first - 1;
  if (v > lo && /^(?:an|another|extra|additional|further)$/.test(words[v]!.lower)) v--;
  if (v > lo && /^(?:an|a)$/.test(words[v]!.lower)) v--;
  if (v < lo || !/^(?:add|adds|added|adding)$/.test(words[v]!.lower)) return null;
  // (`rose by 4.99%, adding £92 a year to the bill`: what a change adds is of what changed.)
  if (v - 1 >= lo && words[v - 1]!.text === ',' && figureBefore(words, v - 1, lo, 5) !== null) return null;
  let k = parts.end ?? parts.afterFigure;
  // (A rate's time read again from its number: `£92 a year`.)
  if (k + 1 < hi && /^(?:a|an|per|each|every)$/.test(words[k]!.lower) && TIME_HEADS.has(words[k + 1]!.lower))
    k += 2;
  if (k + 2 >= hi || words[k]!.lower !== 'to' || !/^(?:the|its|their|his|her)$/.test(words[k + 1]!.lower))
    return null;
  // (Names inside the phrase stay: `the average Band D bill`.)
  let e = k + 2;
  while (
    e < hi &&
    e < k + 7 &&
    /^\p{L}[\p{L}-]*$/u.test(words[e]!.text) &&
    !OPENERS.has(words[e]!.lower) &&
    !PLACES.has(words[e]!.lower) &&
    !LINKS.has(words[e]!.lower) &&
    !TIME_OPENERS.has(words[e]!.lower)
  )
    e++;
  while (e > k + 2 && !isCommonNoun(words[e - 1]!)) e--;
  return e > k + 2 ? [k + 1, e] : null;
}

/** Heads of a group of people a study measures a figure in (`the placebo group`, `older women`). */
const GROUP_HEADS: ReadonlySet<string> = new Set(
  'group groups arm cohort cohorts patients participants women men adults children people teenagers adolescents smokers users recipients volunteers'.split(
    ' ',
  ),
);

/**
 * `… per 1,000 person-years in the vaccinated group`, `fell 4% among older women`: a phrase after
 * `in`/`among` right after the figure, of at most four words ending in a noun of a group of people
 * (`group`, `arm`, `cohort`, `patients`, `women` …).
 */
function groupAfter(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { hi } = parts;
  const k = Math.max(parts.end ?? parts.afterFigure, parts.noun ? parts.noun[1] : 0, parts.afterFigure);
  if (k + 1 >= hi || !/^(?:in|among)$/.test(words[k]!.lower)) return null;
  let s = k + 1;
  if (/^(?:the|those|its|their)$/.test(words[s]!.lower)) s++;
  // (`among the unvaccinated`, `in the elderly`: an adjective standing for its people.)
  if (
    s < hi &&
    words[s - 1]!.lower === 'the' &&
    // (Lower case: `in the United States` is a name.)
    /^(?:\p{Ll}{4,}ed|elderly|young|old|poor|sick)$/u.test(words[s]!.text) &&
    !(s + 1 < hi && nounLike(words[s + 1]))
  )
    return [k + 1, s + 1];
  for (let e = s; e < hi && e < s + 4; e++) {
    const w = words[e]!;
    if (GROUP_HEADS.has(w.lower)) return [k + 1, e + 1];
    // (Not `in the Chrome browser where users …`: only the group's own modifiers.)
    if (!nounLike(w) || OPENERS.has(w.lower) || CLAUSE_BREAK.has(w.lower) || /^wh/.test(w.lower)) return null;
  }
  return null;
}

/**
 * `Among likely primary voters, 67 percent say …`, `Among women, 12 percent said …`: a group that
 * opens the sentence after `among`, at most eight words before its comma, with the share at most
 * six words after that comma.
 */
function groupBefore(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first } = parts;
  // (The sentence's start, or a clause's after a semicolon: `…; among the vaccinated, the figure was 11.6%`.)
  let lo = parts.lo;
  for (let k = first - 1; k > parts.lo && k >= first - 12; k--)
    if (words[k]!.text === ';') {
      lo = k + 1;
      break;
    }
  const opener = words[lo]?.lower;
  if (first - lo < 3 || (opener !== 'among' && opener !== 'in')) return null;
  // (`Among other things, 40 percent of the budget`: the share's own whole says more.)
  const after = parts.end ?? parts.afterFigure;
  if (after < parts.hi && words[after]!.lower === 'of') return null;
  let m = lo + 2;
  while (m < first && m < lo + 10 && words[m]!.text !== ',') m++;
  if (m >= first || words[m]!.text !== ',' || first - m > 7) return null;
  for (let k = lo + 1; k < m; k++) if (CLAUSE_BREAK.has(words[k]!.lower) || isNumeric(words[k]!)) return null;
  // (`In the unvaccinated group, 14.5 percent …`: after `in` only a study's group; `In May` is a time.)
  if (opener === 'in' && !GROUP_HEADS.has(words[m - 1]!.lower)) return null;
  return [lo + 1, m];
}

/**
 * `a foldable phone priced at $1,299`: the noun phrase before `priced at`/`from` (at most three
 * nouns after an article); `the Vista 3, a tablet with an 11-inch screen, priced from $649`: after
 * an appositive between commas, the name before it (its number kept), else the appositive's head.
 */
function pricedAt(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const v = first - 2;
  if (v - 1 < lo || !/^(?:at|from)$/.test(words[first - 1]!.lower)) return null;
  if (!/^(?:priced|costing|retailing|selling|starting|rated)$/.test(words[v]!.lower)) return null;
  const b = v - 1;
  if (isCommonNoun(words[b]!)) {
    let s = b;
    while (s - 1 >= lo && s > b - 3 && isCommonNoun(words[s - 1]!)) s--;
    return s - 1 >= lo && /^(?:the|a|an)$/.test(words[s - 1]!.lower) ? [s - 1, b + 1] : null;
  }
  if (words[b]!.text !== ',') return null;
  // (`the battery, rated at 4,800 mAh,`: the noun before the participle's comma.)
  if (b - 2 >= lo && isCommonNoun(words[b - 1]!)) {
    let s = b - 1;
    while (s - 1 >= lo && s > b - 4 && isCommonNoun(words[s - 1]!)) s--;
    if (s - 1 >= lo && /^(?:the|its|their)$/.test(words[s - 1]!.lower)) return [s - 1, b];
  }
  let c = b - 1;
  while (c > lo && c > b - 12 && words[c]!.text !== ',' && !CLAUSE_BREAK.has(words[c]!.lower)) c--;
  if (words[c]!.text !== ',' || !/^(?:a|an)$/.test(words[c + 1]?.lower ?? '')) return null;
  let n = c;
  while (
    n - 1 >= lo &&
    n > c - 5 &&
    (isNamePart(words[n - 1]!) ||
      (/^\d+$/.test(words[n - 1]!.text) && n - 2 >= lo && isNamePart(words[n - 2]!)))
  )
    n--;
  if (n < c) return [n, c];
  let e = c + 2;
  while (e < b && e < c + 5 && isCommonNoun(words[e]!)) e++;
  return e > c + 2 && words[e]!.lower !== 'one' ? [c + 1, e] : null;
}

/**
 * `Keane, signed for £4 million in the summer, …`, `The painting, sold for $450 million, …`: a
 * price in a participle's phrase right after the name or definite noun that opens the sentence.
 */
function soldFor(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let f = first - 1;
  // (`A new broadband line, costing £2.4 million, was laid`: a participle of costing, no `for`.)
  const costing = f - 2 >= lo && /^(?:costing|worth)$/.test(words[f]!.lower) && words[f - 1]!.text === ',';
  if (costing) f++;
  else if (f - 3 < lo || words[f]!.lower !== 'for' || words[f - 2]!.text !== ',') return null;
  const v = words[f - 1]!;
  if (!costing && !(isVerbish(v) || IRREGULAR_PARTICIPLES.has(v.lower))) return null;
  const name = nameBefore(words, f - 2, lo);
  if (name && name[0] === clauseStart(words, name[0] + 1, lo) && !OPENERS.has(words[name[0]]!.lower))
    return name;
  let s = f - 2;
  while (s - 1 >= lo && s > f - 6 && isCommonNoun(words[s - 1]!)) s--;
  // (`A new broadband line, costing …`: an indefinite article before a participle of costing.)
  const articles = costing ? /^(?:the|its|their|a|an)$/ : /^(?:the|its|their)$/;
  if (s === f - 2 || s - 1 < lo || !articles.test(words[s - 1]!.lower)) return null;
  return s - 1 === clauseStart(words, s, lo) ? [s - 1, f - 2] : null;
}

/**
 * `Keane, signed for £4 million in the summer, now has 20 goals`: a clause that opens with its verb
 * group right after a comma takes the name that opens the sentence before a phrase between commas
 * (a participle's or a relative clause, at most twelve tokens). The verb group is at most four
 * words (auxiliaries, adverbs, a past or a present verb of action) right before the figure.
 */
function interruptedSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const c = clauseStart(words, first, lo);
  if (c - 4 < lo || words[c - 1]!.text !== ',' || first - c > 4 || first === c) return null;
  let verb = false;
  for (let k = c; k < first; k++) {
    const w = words[k]!;
    if (!startsLower(w.text)) return null;
    if (
      AUXILIARIES.has(w.lower) ||
      HAVING.has(w.lower) ||
      isActionPast(w) ||
      IRREGULAR_PASTS.has(w.lower) ||
      PRESENT_ACTIONS.has(w.lower) ||
      SUBJECT_VERBS.has(w.lower) ||
      // (`The drug, sold as Corvex, costs about $6,000 a year`.)
      COSTING.has(w.lower) ||
      // (`…, will generate 1.4 gigawatts`: a base verb of action after a modal.)
      (k > c && MODALS.has(words[k - 1]!.lower) && ACTION_BASES.has(w.lower))
    )
      verb = true;
    // (`…, is home to 380 people`.)
    else if (homeTo(words, k + 1, lo) || homeTo(words, k, lo)) verb = true;
    else if (!(VERB_ADVERBS.has(w.lower) || isAdverbLy(w.lower) || BEFORE_VALUE.has(w.lower))) return null;
  }
  if (!verb) return null;
  // The phrase between commas opens with a lower-case participle or relative pronoun.
  let b = c - 2;
  while (b > lo && b > c - 14 && words[b]!.text !== ',') {
    if (CLAUSE_BREAK.has(words[b]!.lower) && !/^(?:who|which)$/.test(words[b]!.lower)) return null;
    b--;
  }
  if (words[b]!.text !== ',' || b + 1 >= c - 1) return null;
  const opener = words[b + 1]!;
  // (`Berg, 34, has scored 212 goals`: an age between the commas.)
  const age = b + 2 === c - 1 && /^\d{1,3}$/.test(opener.text);
  // (`The camp, near the border town of Adre, now houses 150,000 people`, `The plane, an Airbus A320,
  // had 148 passengers`: where the subject is, or an appositive naming it.)
  // (`The island, 12 miles off the coast, …`: a distance.)
  const aside =
    /^(?:near|off|outside|along|beside|inside|in|on|at|an?)$/.test(opener.text) ||
    (/^\d[\d,.]*$/.test(opener.text) && b + 2 < c - 1);
  if (
    !(
      isVerbish(opener) ||
      IRREGULAR_PARTICIPLES.has(opener.lower) ||
      /^(?:who|which)$/.test(opener.lower) ||
      age ||
      aside
    )
  )
    return null;
  const name = nameBefore(words, b, lo);
  if (name)
    return name[0] === clauseStart(words, name[0] + 1, lo) && !OPENERS.has(words[name[0]]!.lower)
      ? name
      : null;
  // (`The ferry, which makes eight crossings a day, normally carries 400 passengers`: a body.)
  let s = b;
  while (s - 1 >= lo && s > b - 3 && isCommonNoun(words[s - 1]!)) s--;
  const head = words[b - 1]!.lower;
  // (`The drug, sold as Corvex, costs about $6,000`: any thing has a price.)
  let priced = false;
  for (let k = c; k < first; k++) if (COSTING.has(words[k]!.lower)) priced = true;
  return s < b &&
    s - 1 >= lo &&
    /^(?:the|its|their)$/.test(words[s - 1]!.lower) &&
    (HOLDERS.has(head) || ROLES.has(head) || priced) &&
    s - 1 === clauseStart(words, s, lo)
    ? [s - 1, b]
    : null;
}

/** The most tokens of a common-noun place before `, where` (`the country's second-busiest harbour`). */
const WHERE_PLACE_TOKENS = 6;

/**
 * `at Kellby, where 300 people live`, `the country's second-busiest harbour, where about 300 ships
 * call each month`: the place before `, where` when the figure opens its clause (at most a hedge
 * before it): a name, or a definite phrase of common nouns.
 */
function wherePlace(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let w = first - 1;
  while (w > lo && w > first - 4 && words[w]!.lower !== 'where') w--;
  if (w - 2 < lo || words[w]!.lower !== 'where' || words[w - 1]!.text !== ',') return null;
  for (let k = w + 1; k < first; k++) if (!allLower1(words[k]!.text)) return null;
  const e = w - 1;
  const name = nameBefore(words, e, lo);
  if (name) return name;
  let s = e;
  while (
    s - 1 >= lo &&
    s > e - WHERE_PLACE_TOKENS &&
    (isCommonNoun(words[s - 1]!) || /^\p{Ll}+-\p{Ll}+$/u.test(words[s - 1]!.text))
  )
    s--;
  // (A possessive before it: `the country's second-busiest harbour`.)
  if (s - 1 >= lo && s < e && /^\p{Ll}+['’]s$/u.test(words[s - 1]!.text)) s--;
  if (s === e || s - 1 < lo || !/^(?:the|its|their)$/.test(words[s - 1]!.lower)) return null;
  return [s - 1, e];
}

/**
 * The name before an appositive that holds the figure: `Name, a NOUN of N …` (`McClatchy, a chain of
 * 30 newspapers`, `Ascom, a group of 18 firms`), read over at most five tokens of the name.
 */
function appositiveName(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const of = first - 1;
  let e: number;
  // (`Orrin, home to 640 people`: the same with `home to`.)
  if (
    of - 2 >= lo &&
    words[of]!.lower === 'to' &&
    words[of - 1]!.lower === 'home' &&
    words[of - 2]!.text === ','
  )
    e = of - 2;
  else {
    if (of - 3 < lo || words[of]!.lower !== 'of' || !isCommonNoun(words[of - 1]!)) return null;
    if (VAGUE_HEADS.has(words[of - 1]!.lower)) return null;
    if (!/^(?:a|an)$/.test(words[of - 2]!.lower) || words[of - 3]!.text !== ',') return null;
    e = of - 3;
  }
  let s = e;
  while (s - 1 >= lo && s > e - 5 && isCapitalised(words[s - 1]!) && startsLetter(words[s - 1]!.text)) s--;
  if (s === e || (s === lo && e - s === 1 && OPENERS.has(words[s]!.lower))) return null;
  return [s, e];
}

/**
 * `Varnia floods: 23 dead, 40,000 displaced`: a figure opening what follows a headline's colon is
 * of the short named phrase (at most five tokens) before the colon that opens the sentence.
 */
function colonTopic(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const c = first - 1;
  if (c - 1 < lo || words[c]!.text !== ':' || c - lo > 5) return null;
  let named = false;
  for (let j = lo; j < c; j++) {
    if (!(isNamePart(words[j]!) || isCommonNoun(words[j]!))) return null;
    if (isNamePart(words[j]!)) named = true;
  }
  return named ? [lo, c] : null;
}

/** Verbs of estimating whose object a figure after `at` is the size of (`put the toll at 40`). */
const PUTTING: ReadonlySet<string> = new Set(
  'put puts putting estimated estimating pegged pegs placed held holds kept keeps left leaves set sets fixed maintained'.split(
    ' ',
  ),
);

/**
 * `put the combined figure on the western and southern borders at more than 23,000`, `estimated
 * the crowd at 50,000`: the object of a verb of estimating before `at` (at most ten words, no
 * clause break); when it is only a word for a figure (`the figure on …`, `the number of troops`),
 * the phrase after its preposition.
 */
function putAt(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const a = first - 1;
  if (a - 2 < lo || words[a]!.lower !== 'at') return null;
  let v = a - 1;
  while (v >= lo && v > a - 12 && !PUTTING.has(words[v]!.lower)) {
    const w = words[v]!;
    // (`the combined figure`: a participle after a determiner is an adjective.)
    const adjective = v - 1 >= lo && DEFINITE.has(words[v - 1]!.lower);
    if (CLAUSE_BREAK.has(w.lower) || DASHES.has(w.text) || isNumeric(w) || (isVerbish(w) && !adjective))
      return null;
    v--;
  }
  if (v < lo || !PUTTING.has(words[v]!.lower) || v === a - 1) return null;
  // (The verb's object opens with a determiner or a name: `the estimate of growth steady at` is no object.)
  if (!/^(?:the|its|their|his|her)$/.test(words[v + 1]!.lower) && !isNamePart(words[v + 1]!)) return null;
  let s = v + 1;
  if (/^(?:the|its|their|his|her)$/.test(words[s]!.lower) && s + 1 < a) s++;
  // (`the combined figure on the borders`, `the number of troops`: a word for a figure names nothing.)
  for (let j = s; j < a - 1; j++)
    if (/^(?:on|of|in|for|at)$/.test(words[j]!.lower)) {
      if (j > s && (COUNTING_HEADS.has(words[j - 1]!.lower) || TOLLS.has(words[j - 1]!.lower)))
        return [j + 1, a];
      break;
    }
  // Otherwise only an object that says whose (a name or a possessive: `puts his net worth at`,
  // `put Russia's force at`); `the early deployment`, `the crowd` say neither whose nor where.
  const whose =
    /^(?:its|their|his|her)$/.test(words[v + 1]!.lower) ||
    words.slice(s, a).some((w) => isNamePart(w) || /['’]s?$/u.test(w.text));
  return whose ? [s - (s > v + 1 ? 1 : 0), a] : null;
}

/** Nouns of a place or a people whose size a figure after `of` is (`a city of 2 million`). */
const PEOPLED: ReadonlySet<string> = new Set(
  'city town village island nation country state region province community district county capital'.split(
    ' ',
  ),
);

/**
 * `The Island of 640`, `the nation of 53 million people`, `a town of 5,000`: a place noun (with its
 * article and at most two modifiers, or a name) right before `of` and the figure is what it counts.
 */
function placeOfPeople(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const p = first - 1;
  if (p - 1 < lo || words[p]!.lower !== 'of' || !PEOPLED.has(words[p - 1]!.lower)) return null;
  // (`the capital of 2 million`, yes; `a share of 5%` is no place: the head must be a place noun.)
  let s = p - 1;
  while (s - 1 >= lo && s > p - 3 && (isCommonNoun(words[s - 1]!) || isNamePart(words[s - 1]!))) s--;
  // (`this European state of 10 million`: a demonstrative points back to something named before.)
  if (s - 1 >= lo && /^(?:this|that)$/.test(words[s - 1]!.lower)) return null;
  if (s - 1 >= lo && /^(?:the|a|an|its|their)$/.test(words[s - 1]!.lower)) s--;
  return [s, p];
}

/** Nouns of a study whose sample a count after `of`/`in`/`among` is (`a study of 180,000 adults`). */
const STUDIES: ReadonlySet<string> = new Set(
  'study studies trial trials survey surveys poll polls review analysis census experiment'.split(' '),
);

/**
 * `The study of 180,000 adults found …`, `one trial in 4,000 patients`: a count right after a noun
 * of a study and `of`/`in`/`among`/`involving` is the study's sample; the study (with its
 * determiner or number word and at most two modifiers) is what it concerns.
 */
function sampleOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const p0 = first - 1;
  // (`A larger trial, involving 30,000 people,`: past the participle's comma.)
  const p = p0 - 2 >= lo && words[p0]!.lower === 'involving' && words[p0 - 1]!.text === ',' ? p0 - 1 : p0;
  if (
    p - 1 < lo ||
    (p === p0 && !/^(?:of|in|among|involving)$/.test(words[p]!.lower)) ||
    !STUDIES.has(words[p - 1]!.lower)
  )
    return null;
  // (`polls in 11 swing states`: where a poll was, not its sample; `in` only after a study or trial.)
  if (words[p]!.lower === 'in' && !/^(?:study|studies|trial|trials|experiment)$/.test(words[p - 1]!.lower))
    return null;
  let s = p - 1;
  while (s - 1 >= lo && s > p - 3 && isCommonNoun(words[s - 1]!) && !STUDIES.has(words[s - 1]!.lower)) s--;
  if (s - 1 >= lo && /^(?:the|a|an|one|another|this|that|its|their|new)$/.test(words[s - 1]!.lower)) s--;
  return [s, p];
}

/** Verbs of having that link a definite common-noun subject to what it counts. */
const HAVING: ReadonlySet<string> = new Set(
  'has have had employs employed owns owned operates operated holds held boasts boasted counts counted includes included'.split(
    ' ',
  ),
);

/** Nouns of bodies and places that hold people and things (a common-noun subject of `has`). */
const HOLDERS: ReadonlySet<string> = new Set(
  'company firm group business bank chain retailer maker carrier airline insurer lender startup agency ministry department government council authority army military navy force forces police service party union club team league school university college hospital clinic prison church charity city town village county state country province region district island nation committee board panel jury court commission parliament assembly senate congress cabinet administration regulator association organisation organization network broadcaster publisher newspaper studio label museum festival regiment brigade battalion division fleet corps side squad ship ferry vessel operator airport port station alliance coalition bloc embassy militia junta regime boat plane aircraft train stadium arena venue plant factory mine refinery camp shelter farm reactor hotel cooperative shop store bakery restaurant pub cafe library theatre cinema carmaker automaker manufacturer producer supplier utility'.split(
    ' ',
  ),
);

/** Verbs by which a study takes in those it counts (`enrolled`, `followed`, `surveyed`). */
const ENROLLING =
  /^(?:enrolled|enrols|enrolls|recruited|recruits|included|includes|involved|involves|followed|follows|tracked|tracks|surveyed|surveys|studied|analysed|analyzed|examined|interviewed)$/;

/** Nouns of a person's role or office that own what they score, sign or win (`the goalkeeper made six saves`). */
const ROLES: ReadonlySet<string> = new Set(
  'player striker forward midfielder defender goalkeeper keeper captain winger pitcher quarterback batter bowler champion coach manager president minister governor mayor candidate senator chancellor premier driver rider visitors hosts champions executive chairman chairwoman founder owner shareholder investor'.split(
    ' ',
  ),
);

/** Verbs that lift a named side to a count (`The win lifted Rovers to 45 points`). */
const LIFTING: ReadonlySet<string> = new Set(
  'lifted lifts lift took takes take moved moves pushed pushes brought brings raised raises sent sends'.split(
    ' ',
  ),
);

/** `The victory lifted Rovers to 45 points`: the object of a verb of lifting before `to` and a count. */
function liftedTo(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  return objectBefore(words, parts, 'to', 4, boughtWord, LIFTING, POSSESSIVE_OR_THE);
}

/**
 * `The company itself had 12,500 employees`, `The agency now employs 900 staff`: a subject that opens
 * its clause with `the`/`its`/`their` and at most three nouns (and an adverb or reflexive), right
 * before a verb of having and the figure.
 */
/** True when `is home to` (or `was`, `are`, `remains`) ends at `k`, the word before a count. */
function homeTo(words: readonly Word[], k: number, lo: number): boolean {
  return (
    k - 2 >= lo &&
    words[k]!.lower === 'to' &&
    words[k - 1]!.lower === 'home' &&
    /^(?:is|was|are|were|remains|remain)$/.test(words[k - 2]!.lower)
  );
}

function commonHolder(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let k = first - 1;
  // `The hospital treated 40 patients`, `the club had sold 28,000 season tickets`: a verb of action
  // in the past (after an auxiliary of having) says the body did it with what it counts; the gold
  // gives such a count to the body that acts (`Poland had moved about 20,000 soldiers`).
  // (`has deployed an additional 3,000 troops`: the amount's own words before it.)
  if (k - 1 >= lo && AMOUNT_ADJECTIVES.has(words[k]!.lower) && /^(?:a|an|the)$/.test(words[k - 1]!.lower))
    k -= 2;
  else if (k >= lo && /^(?:another|a)$/.test(words[k]!.lower)) k--;
  if (k < lo) return null;
  // (`would buy back up to €500 million`, `laid off 300 workers`: a verb's particle.)
  if (
    k - 1 >= lo &&
    PARTICLES.has(words[k]!.lower) &&
    (ACTION_BASES.has(words[k - 1]!.lower) ||
      isActionPast(words[k - 1]!) ||
      PRESENT_ACTIONS.has(words[k - 1]!.lower))
  )
    k--;
  // `The company will cut 1,200 jobs`, `the council plans to build 300 homes`: a verb of action
  // after a modal or after `to` and a verb of intending.
  const planned = planAt(words, k, lo);
  if (planned >= 0) k = planned + 1;
  // (`The island is home to 380 people`: a place home to a count holds it.)
  else if (homeTo(words, k, lo)) k -= 2;
  // (`The ferry carries 30,000 passengers a year`: a present verb of action in -s too.)
  else if (
    !(HAVING.has(words[k]!.lower) || isActionPast(words[k]!) || PRESENT_ACTIONS.has(words[k]!.lower))
  ) {
    // (`The plane was carrying 180 passengers`: a verb of holding in -ing after `is`/`was`.)
    if (!(k - 1 >= lo && CARRYING.has(words[k]!.lower) && /^(?:is|was|are|were)$/.test(words[k - 1]!.lower)))
      return null;
    k--;
  }
  k--;
  if (k >= lo && isActionPast(words[k + 1]!) && /^(?:has|have|had)$/.test(words[k]!.lower)) k--;
  if (k >= lo && (NOT_HEADS.has(words[k]!.lower) || isAdverbLy(words[k]!.lower))) k--;
  // `The operator, Sound Ferries, employs 22 crew`: a name in apposition to the body is its name.
  let named: [number, number] | null = null;
  if (k - 2 >= lo && words[k]!.text === ',') {
    let n = k;
    while (n - 1 >= lo && n > k - 5 && isNamePart(words[n - 1]!)) n--;
    // (`Castleton's keeper, 19-year-old Sam Reid, made eight saves`: an age before the name.)
    const aged =
      n < k && n - 2 >= lo && /^\d{1,2}-year-old$/.test(words[n - 1]!.lower) && words[n - 2]!.text === ',';
    if (n < k && n - 1 >= lo && (words[n - 1]!.text === ',' || aged)) {
      named = [n, k];
      k = aged ? n - 3 : n - 2;
    }
  }
  const e = k + 1;
  let s = e;
  while (s - 1 >= lo && s > e - 3 && isCommonNoun(words[s - 1]!)) s--;
  // (`The island's only hotel has 14 rooms`: a word of rank or age before the noun.)
  if (
    s < e &&
    s - 2 >= lo &&
    /^(?:only|main|new|old|local|biggest|largest|first|second)$/.test(words[s - 1]!.lower)
  )
    s--;
  if (s === e || s - 1 < lo) return null;
  // (`Varnia's army numbers 180,000`: a name's possessive opens it as an article does.)
  const owner = words[s - 1]!;
  const possessive = /['’]s?$/u.test(owner.text) && isNamePart(owner);
  // (`The island's only hotel`: a common noun's possessive after `the`.)
  const commonOwner =
    !possessive &&
    /^\p{Ll}+['’]s$/u.test(owner.text) &&
    s - 2 >= lo &&
    /^(?:the|its|their)$/.test(words[s - 2]!.lower);
  if (commonOwner) s--;
  else if (!possessive && !/^(?:the|its|their)$/.test(owner.lower)) return null;
  // Only a body or a place holds what is counted (`the company`, `the city`); `the exercise has
  // two stages` says how it is made up.
  // (`The trial enrolled 4,300 patients`: a study holds those it enrols.)
  const enrolled = STUDIES.has(words[e - 1]!.lower) && ENROLLING.test(words[first - 1]!.lower);
  if (!HOLDERS.has(words[e - 1]!.lower) && !ROLES.has(words[e - 1]!.lower) && !enrolled) return null;
  s--;
  if (possessive) while (s - 1 >= lo && s > e - 7 && isNamePart(words[s - 1]!)) s--;
  // (`At its peak the cannery employed 300 workers`: after a setting of at most three words.)
  const c = clauseStart(words, s + 1, lo);
  const setting =
    c < s &&
    s - c <= 3 &&
    /^(?:at|in|on|by|since|after|before|during|last|this|today|now)$/.test(words[c]!.lower);
  if (s !== c && !setting) return null;
  return named ?? [s, e];
}

/** Verbs that attribute a quotation to its speaker. */
const ATTRIBUTING: ReadonlySet<string> = new Set(['said', 'says', 'added', 'told', 'stated', 'wrote']);
/** Quotation marks that close a quotation. */
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['”', '"', '’', "'"]);
/** The most tokens from the figure to the quotation's end, and from the quotation's end to its speaker. */
const QUOTE_REACH = 24;

/**
 * `"We have cut 300 jobs this year," said Ann Berg, chief executive of Kestrel`, `The ministry said:
 * "We have registered 12,000 requests."`: a count in a quotation that opens with `We` and a verb is
 * of the speaker's body: the name after the role's `of`, else the speaker (a name, or `the` and at
 * most three nouns) before or after the verb that attributes it.
 */
/** `we` and its contractions, and `our` (`We've sold`, `Our revenue rose`). */
const WE = /^(?:we|we['’](?:ve|re|ll|d)|our)$/;
/** `WE.test(lower)`, its first letter read first (most words open with neither `w` nor `o`). */
function isWe(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return (c === 119 || c === 111) && WE.test(lower);
}

function quotedWe(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  // `We` opens the quotation, at most four lower-case words before the figure; or it opens the
  // figure's clause after a short setting (`"In the first half we sold 2 million phones,"`), or
  // `Our` opens the quotation and the figure's subject (`"Our revenue rose 12%,"`).
  // (Read first: a `we` at most five words back; most figures have none.)
  if (first - 2 < lo) return null;
  let w = first - 1;
  while (w > lo && w > first - 6 && !isWe(words[w]!.lower)) w--;
  if (!isWe(words[w]!.lower) || w - 1 < lo) return null;
  let q = w - 1;
  if (!OPEN_QUOTES.has(words[q]!.text)) {
    // (A setting of at most four words between the quotation mark and `we`.)
    if (!/^we/.test(words[w]!.lower)) return null;
    while (q > lo && q > w - 6 && !OPEN_QUOTES.has(words[q]!.text) && /^[\p{L}\p{N}]/u.test(words[q]!.text))
      q--;
    if (
      !OPEN_QUOTES.has(words[q]!.text) ||
      (q > lo && startsLetter(words[q - 1]!.text) && words[q - 1]!.end === words[q]!.start)
    )
      return null;
  }
  for (let k = w + 1; k < first; k++) if (!allLower1(words[k]!.text)) return null;
  // (Before it: `The ministry said: "We …`.)
  if (q - 2 >= lo && ATTRIBUTING.has(words[q - 2]!.lower) && /^[:,]$/.test(words[q - 1]!.text)) {
    // (`The leader of the council, Sam Ode, said: "We …`: the body the named speaker leads.)
    if (q - 4 >= lo && words[q - 3]!.text === ',') {
      const name = nameBefore(words, q - 3, lo);
      if (!name || name[0] - 1 < lo || words[name[0] - 1]!.text !== ',') return name;
      let o = name[0] - 2;
      while (o > lo && o > name[0] - 6 && words[o]!.lower !== 'of') o--;
      if (o + 1 < name[0] - 1 && words[o]!.lower === 'of') {
        const body = speakerBefore(words, name[0] - 1, o + 1) ?? nameBefore(words, name[0] - 1, o + 1);
        if (body) return body;
      }
      return name;
    }
    return speakerBefore(words, q - 2, lo);
  }
  // After it: the closing mark, then `said NAME` or `NAME said`.
  let c = first + 1;
  while (c < hi && c < first + QUOTE_REACH && !CLOSE_QUOTES.has(words[c]!.text)) c++;
  if (c >= hi || !CLOSE_QUOTES.has(words[c]!.text)) return null;
  let k = c + 1;
  if (k < hi && words[k]!.text === ',') k++;
  if (k < hi && ATTRIBUTING.has(words[k]!.lower)) {
    const n = k + 1;
    const e = capitalRun(words, n, Math.min(hi, n + 5));
    if (e === n) return null;
    // (`, chief executive of Kestrel Foods`: the body the speaker speaks for.)
    if (e + 1 < hi && words[e]!.text === ',') {
      let o = e + 1;
      while (o < hi && o < e + 6 && allLower1(words[o]!.text) && words[o]!.lower !== 'of') o++;
      if (o + 1 < hi && words[o]!.lower === 'of') {
        const b = capitalRun(words, o + 1, Math.min(hi, o + 6));
        if (b > o + 1) return [o + 1, b];
      }
      // (`, the club's secretary`: a body's possessive.)
      if (
        e + 3 < hi &&
        words[e + 1]!.lower === 'the' &&
        /^\p{Ll}+['’]s$/u.test(words[e + 2]!.text) &&
        HOLDERS.has(words[e + 2]!.lower.replace(/['’]s$/u, ''))
      )
        return [e + 1, e + 3];
    }
    return [n, e];
  }
  let v = k;
  while (v < hi && v < k + 5 && !ATTRIBUTING.has(words[v]!.lower)) v++;
  return v < hi && v > k && ATTRIBUTING.has(words[v]!.lower) ? speakerBefore(words, v, k) : null;
}

/** The speaker right before the attributing verb at `v`: a name, or `the` and at most three nouns. */
function speakerBefore(words: readonly Word[], v: number, lo: number): [number, number] | null {
  const name = nameBefore(words, v, lo);
  if (name) {
    // (`Norrtek chief executive Ida Moen said`: the body before the speaker's title.)
    let r = name[0];
    while (
      r - 1 >= lo &&
      r > name[0] - 3 &&
      allLower1(words[r - 1]!.text) &&
      !DEFINITE.has(words[r - 1]!.lower)
    )
      r--;
    if (r < name[0] && r - 1 >= lo && isNamePart(words[r - 1]!)) {
      let b = r - 1;
      while (b - 1 >= lo && b > r - 4 && isNamePart(words[b - 1]!)) b--;
      if (b === lo) return [b, r];
    }
    return name;
  }
  let s = v;
  while (s - 1 >= lo && s > v - 3 && isCommonNoun(words[s - 1]!)) s--;
  return s < v && s - 1 >= lo && /^(?:the|its|their)$/.test(words[s - 1]!.lower) ? [s - 1, v] : null;
}

/** Nouns of a collection whose `of` and count say how large it is (`a fleet of 96 aircraft`). */
const COLLECTIONS: ReadonlySet<string> = new Set(
  'fleet force army staff workforce crew network chain arsenal stockpile herd flotilla squadron garrison contingent'.split(
    ' ',
  ),
);

/**
 * `The airline has a fleet of 96 aircraft`, `Its fleet of 96 aircraft`: whose the collection is,
 * read as the holder of a count (`has a fleet of` as `has`) or a possessive pronoun before it.
 */
function collectionHolder(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  if (first - 3 < lo || words[first - 1]!.lower !== 'of' || !COLLECTIONS.has(words[first - 2]!.lower))
    return null;
  if (/^(?:its|their)$/.test(words[first - 3]!.lower)) return [first - 3, first - 1];
  return /^(?:a|an)$/.test(words[first - 3]!.lower)
    ? commonHolder(words, { ...parts, first: first - 2 })
    : null;
}

/** Verbs of spending, earning or saving money whose subject pronoun owns the amount. */
const SPENDING: ReadonlySet<string> = new Set(
  'spend spends spent invest invests invested pay pays paid earn earns earned save saves saved borrow borrows borrowed raise raises raised'.split(
    ' ',
  ),
);

/** Forms in -ing of verbs of holding or carrying a count (`was carrying 180 passengers`). */
const CARRYING: ReadonlySet<string> = new Set(
  'carrying holding housing hosting employing serving treating'.split(' '),
);

/** Present forms in -s of verbs a body does with what it counts (`carries`, `serves`). */
const PRESENT_ACTIONS: ReadonlySet<string> = new Set(
  'carries serves treats hires sells buys builds runs produces makes receives handles exports imports ships flies houses trains sends spends pays earns represents numbers welcomes attracts leads trails generates operates supplies grows harvests pumps feeds teaches'.split(
    ' ',
  ),
);

/** Base forms of verbs a body does with what it counts (`will cut 1,200 jobs`, `plans to open 40 stores`). */
const ACTION_BASES: ReadonlySet<string> = new Set(
  'cut hire build open close sell buy add shed lose deploy send spend invest pay release draw allocate earmark borrow raise repay inject create receive carry ship treat employ recruit train move produce deliver make plant axe slash eliminate offer provide donate distribute evacuate house accept admit launch order acquire bring handle station represent welcome attract divert reroute cancel suspend operate fly serve transport supply import export install replace retire ground withdraw recall resettle relocate vaccinate enrol enroll host field pump generate harvest grow purchase procure lease charter'.split(
    ' ',
  ),
);
const MODALS: ReadonlySet<string> = new Set('will would could may might must should can'.split(' '));
/** Verbs of intending before `to` (`plans to`, `is set to`, `agreed to`). */
const INTENDING: ReadonlySet<string> = new Set(
  'plans plan planned wants want wanted aims aim aimed intends intend intended expects expect expected hopes hope hoped set going agreed agrees decided decides needs need needed proposes proposed promised promises'.split(
    ' ',
  ),
);

/**
 * The index of the word before a planned action at `k` (a base verb of action after a modal, or
 * after `to` and a verb of intending: `will cut`, `plans to open`, `is set to close`), or -1.
 */
function planAt(words: readonly Word[], k: number, lo: number): number {
  if (!ACTION_BASES.has(words[k]!.lower) || k - 1 < lo) return -1;
  const m = words[k - 1]!.lower;
  if (MODALS.has(m)) return k - 2;
  if (m === 'to' && k - 2 >= lo && INTENDING.has(words[k - 2]!.lower)) {
    let j = k - 3;
    // (`is set to`, `has agreed to`: the auxiliary is the verb group's.)
    if (j >= lo && AUXILIARIES.has(words[j]!.lower)) j--;
    return j;
  }
  return -1;
}

/** Irregular past forms of verbs a body does with what it counts (`sent`, `built`, `won`). */
const ACTION_PASTS: ReadonlySet<string> = new Set(
  'sent made built took won sold bought paid spent laid hired cut gave brought ran held kept lost found flew fed lent dug sought taught wrote struck shot'.split(
    ' ',
  ),
);

/** A lower-case past form of a verb of action: in -ed (not one of being or having) or irregular. */
function isActionPast(w: Word): boolean {
  return ACTION_PASTS.has(w.lower) || (isPastForm(w) && (!VERBS.has(w.lower) || PLACING.has(w.lower)));
}

/** Verbs of placing forces in `VERBS` that a body does with what it counts (`The army moved 2,000 troops`). */
const PLACING: ReadonlySet<string> = new Set(
  'deployed sent massed moved stationed amassed brought'.split(' '),
);

/** Verbs that take an indirect object before an amount (`cost the state $449,000`). */
const GIVING: ReadonlySet<string> = new Set(
  'cost costs costing paid pay pays paying owe owes owed owing gave give gives giving awarded award awards granted grant grants charged charge charges charging lent lend lends offered offer offers fined fine fines'.split(
    ' ',
  ),
);

/**
 * `paid the workers $2 million`, `fined Meta $1.3 billion`: the indirect object between a verb of
 * giving and the amount (a name, a bare plural, or up to three common nouns after an article or
 * possessive pronoun), without its article. After a verb of costing (`cost the state $449,000`) the
 * subject that costs, found past the object.
 */
function givenTo(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  // A verb of giving two to four words back, read first (most amounts have none).
  let g = first - 2;
  while (g >= lo && g > first - 5 && !GIVING.has(words[g]!.lower)) g--;
  if (g < lo || g <= first - 5) return null;
  const e = first;
  let s = e;
  while (
    s - 1 >= lo &&
    s > e - 3 &&
    !GIVING.has(words[s - 1]!.lower) &&
    (isCommonNoun(words[s - 1]!) || isNamePart(words[s - 1]!))
  )
    s--;
  if (s === e) return null;
  const named = isNamePart(words[e - 1]!);
  let v = s - 1;
  // (`give an additional $15 million`, `paid the full $5m`: an article and an adjective of the
  // amount are the amount's own words, no object.)
  if (v >= lo && /^(?:a|an)$/.test(words[v]!.lower)) return null;
  if (AMOUNT_ADJECTIVES.has(words[e - 1]!.lower)) return null;
  if (v >= lo && /^(?:the|its|their|his|her|our)$/.test(words[v]!.lower)) v--;
  // (A bare plural may stand alone: `cost taxpayers $5 million`.)
  else if (!named && !(s === e - 1 && /^\p{Ll}+[^s]s$/u.test(words[s]!.text))) return null;
  if (v < lo || !GIVING.has(words[v]!.lower)) return null;
  // `The vaccine costs the health service £160`: the gold gives a cost to what costs, the subject
  // before the verb, not to whom it costs.
  if (COSTING.has(words[v]!.lower)) return linkedSubject(words, { ...parts, first: v + 1 });
  return [s, e];
}

/** Adjectives that qualify an amount (`an additional $15 million`, `the remaining $3m`). */
const AMOUNT_ADJECTIVES: ReadonlySet<string> = new Set(
  'additional extra further full remaining total entire whole estimated same first last next initial final annual average combined maximum minimum usual original reported promised requested agreed required'.split(
    ' ',
  ),
);

const COSTING: ReadonlySet<string> = new Set('cost costs costing'.split(' '));

/** A capitalised word that can be part of a name (not a function word opening a sentence). */
function isNamePart(w: Word): boolean {
  return (WORD_BITS.of(w) & NAME_PART) !== 0;
}

/** True when `text` opens with a letter (an ASCII one read by its code, the rest by pattern). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return startsLetter(text);
}

/** Nouns of a count or share whose `of` phrase names what is counted (`the number of X`). */
const COUNT_HEADS: ReadonlySet<string> = new Set(
  'number share proportion percentage rate level count majority fraction portion numbers proportions percentages rates levels'.split(
    ' ',
  ),
);

/**
 * `The number of young people out of work was 3.8 percent`, `the share of renters rose to 12%`:
 * the clause opens with a count or share `of` a noun phrase, and a verb of being or change links it
 * to the figure within eight tokens; the figure is of that noun phrase.
 */
function countOfSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  // A verb of being or change at most two words before the figure, read first (most figures have
  // none, and the search back costs more).
  let v = first - 1;
  if (v > lo && BEFORE_VALUE.has(words[v]!.lower)) v--;
  if (v <= lo || !LINKING.has(words[v]!.lower)) return null;
  // (`the number of young people in the state who have reported using meth was 3.8 percent`: the
  // head is sought back over at most sixteen tokens with no punctuation, after an article that
  // opens the sentence or follows a clause break such as `that`.)
  let c = first - 3;
  while (
    c - 1 >= lo &&
    c > first - 16 &&
    !(COUNT_HEADS.has(words[c]!.lower) && words[c + 1]!.lower === 'of') &&
    startsWithLetter(words[c]!.text)
  )
    c--;
  if (c < lo || !COUNT_HEADS.has(words[c]!.lower) || words[c + 1]!.lower !== 'of') return null;
  // (A plural head may open the sentence bare: `Rates of obesity among children rose to 21%`.)
  const bare = c === lo && /s$/.test(words[c]!.lower);
  if (!bare && (c - 1 < lo || !/^(?:the|a|its|their)$/.test(words[c - 1]!.lower))) return null;
  if (
    !bare &&
    c - 1 !== lo &&
    !CLAUSE_BREAK.has(words[c - 2]!.lower) &&
    !/^(?:and|but)$/.test(words[c - 2]!.lower)
  )
    return null;
  const k = c + 2;
  const np: [number, number] | null = isNamePart(words[k]!)
    ? [k, capitalRun(words, k, Math.min(first, k + 5))]
    : commonNounRun(words, k, first);
  if (!np) return null;
  // (`young people out of work`: a particle ends the phrase.)
  while (np[1] > np[0] && PARTICLES.has(words[np[1] - 1]!.lower)) np[1]--;
  if (np[1] <= np[0]) return null;
  // Between the phrase and the figure only words, and a verb of being or change at most two words
  // before the figure (`was`, `rose to`, `has fallen to about`).
  for (let j = np[1]; j < first; j++) if (!startsWithLetter(words[j]!.text)) return null;
  return v >= np[1] ? [np[0], np[1]] : null;
}

/**
 * `The company's shares, climbing more than 80% this year, …`: a participle of change after a
 * comma says the figure is of the noun phrase before the comma (a possessive, names and nouns, at
 * most five tokens).
 */
function participleOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const v = first - 1;
  if (v - 2 < lo || !CHANGE_PARTICIPLES.has(words[v]!.lower) || words[v - 1]!.text !== ',') return null;
  const e = v - 1;
  let s = e;
  while (
    s - 1 >= lo &&
    s > e - NP_MAX_TOKENS &&
    (isCommonNoun(words[s - 1]!) || isNamePart(words[s - 1]!) || /['’]s?$/u.test(words[s - 1]!.text))
  )
    s--;
  if (s === e || !(isCommonNoun(words[e - 1]!) || isNamePart(words[e - 1]!))) return null;
  // The phrase opens its clause (after an article), so it is the subject, not a list's last item;
  // or it follows `for`/`of` (`a gain for shares, climbing 80%`, `the price of oil, rising 3%`).
  if (s - 1 >= lo && /^(?:the|its|their)$/.test(words[s - 1]!.lower)) s--;
  if (s - 1 >= lo && /^(?:for|of)$/.test(words[s - 1]!.lower)) return [s, e];
  return s === clauseStart(words, s + 1, lo) || s === lo ? [s, e] : null;
}

const PARTICLES: ReadonlySet<string> = new Set('out up down off over under away back'.split(' '));

const CHANGE_PARTICIPLES: ReadonlySet<string> = new Set(
  'climbing rising falling dropping gaining losing jumping sliding slipping surging soaring tumbling plunging sinking declining increasing decreasing growing shrinking adding shedding'.split(
    ' ',
  ),
);

/** `a deal worth $600 million`, `shares worth £2bn`: the noun phrase before `worth`. */
function worthOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const w = first - 1;
  // (`The fund, worth about $1.4 trillion, …`: the subject before an appositive's comma.)
  if (w - 2 >= lo && words[w]!.lower === 'worth' && words[w - 1]!.text === ',') {
    const name = nameBefore(words, w - 1, lo);
    if (name)
      return name[0] === clauseStart(words, name[0] + 1, lo) && !OPENERS.has(words[name[0]]!.lower)
        ? name
        : null;
    let s = w - 1;
    while (s - 1 >= lo && s > w - 4 && isCommonNoun(words[s - 1]!)) s--;
    return s < w - 1 &&
      s - 1 >= lo &&
      /^(?:the|its|their)$/.test(words[s - 1]!.lower) &&
      s - 1 === clauseStart(words, s, lo)
      ? [s - 1, w - 1]
      : null;
  }
  if (w - 1 < lo || words[w]!.lower !== 'worth' || !isCommonNoun(words[w - 1]!)) return null;
  let s = w - 1;
  while (
    s - 1 >= lo &&
    s > w - 3 &&
    !isActionVerb(words[s - 1]!) &&
    !ACTION_PASTS.has(words[s - 1]!.lower) &&
    // (`had steered contracts worth`: a verb in -ed after an auxiliary is no modifier.)
    !(isVerbish(words[s - 1]!) && s - 2 >= lo && AUXILIARIES.has(words[s - 2]!.lower)) &&
    (isCommonNoun(words[s - 1]!) || /^\p{Ll}+-\p{Ll}+$/u.test(words[s - 1]!.text))
  )
    s--;
  return [s, w];
}

/** Verbs of a contest between two named sides whose shares follow (`leads`, `beats`, `trails`). */
const CONTESTING: ReadonlySet<string> = new Set(
  'leads lead leading led beats beat beating tops topped topping trails trailed trailing edges edged outpolls outpolled'.split(
    ' ',
  ),
);
/** Verbs of choosing a named side after a share (`46 percent would choose Clinton`). */
const CHOOSING: ReadonlySet<string> = new Set(
  'choose chose back backed backing support supported supporting favor favour favored favoured prefer preferred pick picked'.split(
    ' ',
  ),
);

/** The name run ending right before `e` (at most four tokens, a title's full stop kept), or null. */
function nameBefore(words: readonly Word[], e: number, lo: number): [number, number] | null {
  let s = e;
  while (s - 1 >= lo && s > e - 4 && (isNamePart(words[s - 1]!) || isAmpersandJoin(words, s - 1, lo, e))) s--;
  return s < e ? [s, e] : null;
}

/**
 * Whose a poll's share is: `Clinton leads Trump by 43 percent to 38 percent` (the subject's, then
 * after `to` the object's), `Clinton leads Trump 47 percent to 41 percent`, `46 percent would choose
 * Clinton`, `5 percent prefer Libertarian nominee Gary Johnson` (a name after a verb of choosing).
 */
function pollShare(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  // `Ron Unz at 6 percent`, `Duf Sundheim, another former chairman, at 3 percent`: a name at a share.
  // (`Labour on 40%`, `ahead of the conservatives on 24.1 percent`: on a share, in polls and results.)
  const on = first - 2 >= lo && words[first - 1]!.lower === 'on';
  if (
    on &&
    first - 3 >= lo &&
    words[first - 3]!.lower === 'the' &&
    /^\p{Ll}{3,}[^s]s$/u.test(words[first - 2]!.text) &&
    nounLike(words[first - 2])
  )
    return [first - 3, first - 1];
  if (first - 2 >= lo && (words[first - 1]!.lower === 'at' || on)) {
    let n = first - 2;
    if (words[n]!.text === ',') {
      let c = n - 1;
      while (c > lo && c > n - 8 && words[c]!.text !== ',') c--;
      n = c > lo && words[c]!.text === ',' ? c : lo;
    } else n++;
    const name = n > lo ? nameBefore(words, n, lo) : null;
    if (name && !CALENDAR.has(words[name[1] - 1]!.lower)) return name;
  }
  // A verb of choosing after the share (a modal before it), then a name.
  let k = parts.end ?? parts.afterFigure;
  if (k < hi && MODALS.has(words[k]!.lower)) k++;
  if (k < hi && CHOOSING.has(words[k]!.lower)) {
    let n = k + 1;
    while (n < hi && n < k + 4 && startsLower(words[n]!.text) && !/^(?:and|or|but)$/.test(words[n]!.lower))
      n++;
    if (n >= hi || !isNamePart(words[n]!)) return null;
    let e = capitalRun(words, n, Math.min(hi, n + 5));
    // (`Libertarian nominee Gary Johnson`: a title between names.)
    if (e + 1 < hi && allLower1(words[e]!.text) && isNamePart(words[e + 1]!))
      e = capitalRun(words, e + 1, Math.min(hi, e + 5));
    return [n, e];
  }
  // `… by 43 percent to 38 percent`: the second share is the object's; read back past the first.
  let p = first - 1;
  let second = false;
  if (
    p - 2 >= lo &&
    words[p]!.lower === 'to' &&
    (/^(?:percent|%|points?)$/.test(words[p - 1]!.lower) || /\d%$/.test(words[p - 1]!.text))
  ) {
    let q = p - 1;
    while (q > lo && q > p - 4 && !isNumeric(words[q]!)) q--;
    if (!isNumeric(words[q]!)) return null;
    p = q - 1;
    second = true;
  }
  if (p >= lo && words[p]!.lower === 'by') p--;
  const object = p >= lo ? nameBefore(words, p + 1, lo) : null;
  if (!object) return null;
  const v = object[0] - 1;
  if (v < lo || !CONTESTING.has(words[v]!.lower)) return null;
  if (second) return object;
  const subject = nameBefore(words, v, lo);
  return subject && !OPENERS.has(words[subject[0]]!.lower) ? subject : null;
}

/** Verbs of change or measuring that give a length to their subject (`reached`, `measures`). */
const LENGTH_VERBS: ReadonlySet<string> = new Set(
  'reached reach reaches rose rise rises risen fell falls climbed peaked peaks peak measures measured measure stood stands hit dropped grew swelled stretched stretches extends extended covers covered'.split(
    ' ',
  ),
);

/** True when a verb of `LENGTH_VERBS` stands right before the length (or before `at`/`to`/`about`). */
function lengthVerbBefore(words: readonly Word[], parts: QuantityParts): boolean {
  let v = parts.first - 1;
  if (v > parts.lo && /^(?:at|to|by|for|some|about|around|nearly|almost|just)$/.test(words[v]!.lower)) v--;
  return v >= parts.lo && LENGTH_VERBS.has(words[v]!.lower);
}

/** Verbs that change an amount by another (`boosted spending by 2.5%`, `cut prices by 10%`). */
const CHANGING: ReadonlySet<string> = new Set(
  'cut cuts cutting raised raise raises raising boosted boost boosts lowered lower lowers reduced reduce reduces reducing increased increase increases increasing slashed slash trimmed trim hiked hike lifted lift widened narrowed decreased decrease decreases decreasing lowering boosting slashing'.split(
    ' ',
  ),
);

/**
 * The object of a verb of `verbs` right before preposition `prep` and the figure: at most
 * `maxWords - 1` words that `objectWord` accepts, then perhaps a word of `determiners`, then the
 * verb. Returns the object's words and the preposition, or null.
 */
function objectBefore(
  words: readonly Word[],
  parts: QuantityParts,
  prep: string,
  maxWords: number,
  objectWord: (w: Word) => boolean,
  verbs: ReadonlySet<string>,
  determiners: RegExp,
): [number, number] | null {
  const { first, lo } = parts;
  const p = first - 1;
  if (p - 2 < lo || words[p]!.lower !== prep) return null;
  let s = p;
  while (
    s - 1 >= lo &&
    s > p - maxWords &&
    // (`cut the price of its older model by $300`: a possessive pronoun after `of` inside the object.)
    (objectWord(words[s - 1]!) ||
      (s - 2 > lo &&
        /^(?:its|their|his|her|our)$/.test(words[s - 1]!.lower) &&
        words[s - 2]!.lower === 'of')) &&
    !verbs.has(words[s - 1]!.lower)
  )
    s--;
  if (s === p) return null;
  let v = s - 1;
  if (v >= lo && determiners.test(words[v]!.lower)) v--;
  return v >= lo && verbs.has(words[v]!.lower) ? [s, p] : null;
}

/** Words passed over before an object: a possessive pronoun or `the`; and with `a`/`an` too. */
const POSSESSIVE_OR_THE = /^(?:its|their|his|her|our|the)$/;
const ARTICLE_OR_POSSESSIVE = /^(?:the|a|an|its|their|his|her|our)$/;

/** A word of a changed thing's phrase: a common noun or a hyphenated lower-case word. */
function changedWord(w: Word): boolean {
  return isCommonNoun(w) || /^\p{Ll}+-\p{Ll}+$/u.test(w.text);
}

/**
 * `boosted base school spending by 2.5%`, `cut its forecast by $2 billion`: after `by`, the object
 * of a verb of change (at most four words, a possessive pronoun before them passed over).
 */
function changedBy(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const range = objectBefore(words, parts, 'by', 6, changedOfWord, CHANGING, POSSESSIVE_OR_THE);
  // (`cut the risk of stroke by 30%`: `of` joins two nouns inside the object, never opens it.)
  if (!range || words[range[0]]!.lower === 'of' || words[range[1] - 1]!.lower === 'of') return null;
  // `decreased the number of calories consumed by 13%`: what the number counts.
  if (
    range[1] - range[0] > 2 &&
    COUNT_HEADS.has(words[range[0]]!.lower) &&
    words[range[0] + 1]!.lower === 'of'
  )
    return [range[0] + 2, range[1]];
  return range;
}

/**
 * `raised its key rate to 4.5 percent`, `cut its growth forecast for Germany to 0.5 percent`: after
 * `to`, the object of a verb of change (at most five words, a possessive pronoun or `the` before them
 * passed over; `of` or `for` and a name may join its nouns).
 */
/** Verbs that change an object to a level (`raised its key rate to`, `taking a Band D bill to`). */
const CHANGING_TO: ReadonlySet<string> = new Set([
  ...CHANGING,
  ...'taking takes took take bringing brings brought pushing pushes pushed lifting lifts lifted'.split(' '),
]);

function changedTo(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  // (`cut its policy rate by a quarter point to 3.5%`: past a change by a fraction of a point.)
  const f = parts.first;
  const byPoint =
    f - 5 >= parts.lo &&
    words[f - 1]!.lower === 'to' &&
    /^points?$/.test(words[f - 2]!.lower) &&
    /^(?:quarter|half|quarter-percentage|half-percentage|percentage)$/.test(words[f - 3]!.lower)
      ? words[f - 4]!.lower === 'a'
        ? f - 5
        : words[f - 5]?.lower === 'a'
          ? f - 6
          : -1
      : -1;
  const at = byPoint >= parts.lo && words[byPoint]!.lower === 'by' ? { ...parts, first: byPoint } : parts;
  const range =
    at === parts
      ? objectBefore(words, parts, 'to', 6, changedToWord, CHANGING_TO, ARTICLE_OR_POSSESSIVE)
      : objectBefore(
          words,
          { ...at, first: at.first + 1 },
          'by',
          6,
          changedToWord,
          CHANGING,
          POSSESSIVE_OR_THE,
        );
  if (
    !range ||
    /^(?:of|for)$/.test(words[range[0]]!.lower) ||
    /^(?:of|for)$/.test(words[range[1] - 1]!.lower) ||
    // (`the increase amounts to £94`: a verb of the list is no object.)
    LINKING.has(words[range[1] - 1]!.lower)
  )
    return null;
  return range;
}

/** A word of an object of change before `to`: a common noun, `of`/`for`, or a name after `for`. */
function changedToWord(w: Word): boolean {
  return changedOfWord(w) || w.lower === 'for' || isNamePart(w);
}

/** Verbs of change after `to` in an infinitive (`expects sales to grow by 5%`). */
const CHANGE_BASES: ReadonlySet<string> = new Set(
  // (`expect temperatures to reach 41C`, `forecast losses to top $2 billion`: a level reached too.)
  'grow rise fall increase decrease decline shrink expand drop climb slow contract jump reach hit top exceed surpass peak settle'.split(
    ' ',
  ),
);

/**
 * `expected sales to grow by 5%`, `forecast the economy to shrink 0.5%`: the subject of an
 * infinitive of change before the figure (at most three nouns, an article or possessive before them).
 */
function infinitiveChange(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let v = first - 1;
  // (`expect the river to peak at 7.2 metres`, `sales to grow at 4%`: a level or rate after `at`.)
  if (v > lo && /^(?:by|to|at)$/.test(words[v]!.lower)) v--;
  if (v - 2 < lo || !CHANGE_BASES.has(words[v]!.lower) || words[v - 1]!.lower !== 'to') return null;
  const e = v - 1;
  let s = e;
  // (`We expect capacity to grow`: a verb of knowing or intending is no noun of the phrase.)
  while (
    s - 1 >= lo &&
    s > e - 3 &&
    isCommonNoun(words[s - 1]!) &&
    !isVerbish(words[s - 1]!) &&
    !COGNITION.has(words[s - 1]!.lower) &&
    !INTENDING.has(words[s - 1]!.lower) &&
    !/^(?:forecasts?|predicts?|projects?|sees?|caused?|causes|helps?|forces?|allows?|pushes|push)$/.test(
      words[s - 1]!.lower,
    )
  )
    s--;
  if (s === e) return null;
  if (s - 1 >= lo && POSSESSIVE_OR_THE.test(words[s - 1]!.lower)) s--;
  return [s, e];
}

/** A word of an object of change, `of` between its nouns included (`the risk of stroke`). */
function changedOfWord(w: Word): boolean {
  // (`Vaccine Cuts Dementia Risk by 20%`: a headline's capitals too.)
  return changedWord(w) || w.lower === 'of' || isNamePart(w);
}

/** Prepositions a headline capitalises after a figure (`Force 40,000 From Homes`). */
const HEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'from to into in on at of for with by as over after before under amid despite across near against during without within since until'.split(
    ' ',
  ),
);

/** Verbs of valuing whose object an amount after `at` is the value of (`values Harlow at £3bn`). */
const VALUING: ReadonlySet<string> = new Set('value values valued valuing'.split(' '));

/** `The deal values Harlow at £3.1bn`, `valued the firm at $2 billion`: the object before `at`. */
function valuedAt(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  return objectBefore(words, parts, 'at', 4, boughtWord, VALUING, POSSESSIVE_OR_THE);
}

/** Verbs of buying and selling whose object a price after `for` is of. */
const BUYING: ReadonlySet<string> = new Set(
  'bought buy buys buying purchased purchase purchases purchasing acquired acquire acquires acquiring sold sell sells selling'.split(
    ' ',
  ),
);

/** A word of a bought thing's phrase: a common noun or a capitalised word that opens no clause. */
function boughtWord(w: Word): boolean {
  return isCommonNoun(w) || (isCapitalised(w) && startsLetter(w.text) && !OPENERS.has(w.lower));
}

/**
 * `Ithaca Holdings purchased Big Machine for $300M`, `sold the unit for £2bn`: the object of a verb
 * of buying or selling right before `for` and the price (a name or a noun phrase of at most five
 * words, an article before it passed over).
 */
function boughtFor(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  return objectBefore(words, parts, 'for', 5, boughtWord, BUYING, ARTICLE_OR_POSSESSIVE);
}

/** Verbs of paying or investing before an amount (`paid`, `spend`, `investing`). */
const PAYING: ReadonlySet<string> = new Set(
  'paid pay pays paying spent spend spends spending invested invest invests investing'.split(' '),
);

/**
 * After a verb of paying (a hedge between passed over), `for`/`on`/`in` and a noun phrase that may
 * open with an article: `paid $129 for the Founder's Edition`, `investing $129 in an unproven
 * service`.
 */
function paidFor(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  // (`anted up $129`, `shelled out $500`: a verb in the past with its particle.)
  const particle =
    first - 2 >= lo &&
    PARTICLES.has(words[first - 1]!.lower) &&
    (PAYING.has(words[first - 2]!.lower) || isVerbish(words[first - 2]!));
  if (first - 1 < lo || !(PAYING.has(words[first - 1]!.lower) || particle)) return null;
  const k = parts.end ?? parts.afterFigure;
  if (k + 2 >= hi || !/^(?:for|on|in)$/.test(words[k]!.lower)) return null;
  if (!/^(?:the|a|an)$/.test(words[k + 1]!.lower)) return null;
  const w = words[k + 2]!;
  if (/^\p{N}/u.test(w.text) || CALENDAR.has(w.lower) || TIME_OPENERS.has(w.lower)) return null;
  // `for the first time`, `for the next round`: an occasion, not a thing paid for.
  if (/^(?:first|second|third|last|next|same|rest|moment)$/.test(w.lower)) return null;
  const np = nounPhrase(words, k + 2, hi);
  if (!np || TIME_HEADS.has(words[np[1] - 1]!.lower) || /^times?$/.test(words[np[1] - 1]!.lower)) return null;
  return np;
}

/** Prepositions before a figure that make the clause's subject one of, or beside, what it counts. */
const BESIDE: ReadonlySet<string> = new Set(
  'among amongst between like unlike against than including besides alongside'.split(' '),
);

function memberOf(words: readonly Word[], parts: QuantityParts): boolean {
  let k = parts.first - 1;
  if (k >= parts.lo && DETERMINERS.has(words[k]!.lower)) k--;
  return k >= parts.lo && BESIDE.has(words[k]!.lower);
}

/** Words that are no nouns though they look like them: adverbs and particles a subject may hold. */
/** Participles used as prepositions (`following`, `including`), which open no noun phrase. */
const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set(
  'following including excluding according regarding concerning compared given pending barring'.split(' '),
);

const NOT_HEADS: ReadonlySet<string> = new Set(
  'alone also now still already itself himself herself themselves itself too again instead meanwhile together here there then'.split(
    ' ',
  ),
);

/** A lower-case word that can head a noun phrase (not an adverb, particle or verb form). */
function isCommonNoun(w: Word): boolean {
  return (WORD_BITS.of(w) & COMMON_NOUN) !== 0;
}

function isAdverbLy(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOUNS.has(word);
}
const LY_NOUNS: ReadonlySet<string> = new Set(
  // (And names in -ly: `arrived in Italy` is no adverb.)
  'family ally rally supply assembly reply anomaly monopoly tally belly jelly bully italy sicily kelly emily lily holly bradley beverly'.split(
    ' ',
  ),
);

const VERBS: ReadonlySet<string> = new Set(
  'has have had is are was were be been being will would could should must can may might deployed sent massed moved stationed staged held keeps kept involving involved brought numbered totalled totaled amassed lost killed'.split(
    ' ',
  ),
);
function isVerbish(w: Word): boolean {
  return (WORD_BITS.of(w) & VERBISH) !== 0;
}
/** Bits of a word's class, computed once per interned token (`TokenBytes`): rules ask them of the same words per figure. */
const VERBISH = 1;
const COMMON_NOUN = 2;
const NAME_PART = 4;
const WORD_BITS = new TokenBytes(
  (w) =>
    // (The suffix test first: most words are no past forms, and the regular expressions cost more.)
    (VERBS.has(w.lower) ||
    (w.lower.endsWith('ed') && /^\p{Ll}+(?:ed)$/u.test(w.text) && !NOT_PARTICIPLES.test(w.lower))
      ? VERBISH
      : 0) |
    (nounLike(w) && !NOT_HEADS.has(w.lower) && !isAdverbLy(w.lower) && !VERBS.has(w.lower)
      ? COMMON_NOUN
      : 0) |
    (isCapitalised(w) && startsLetter(w.text) && !OPENERS.has(w.lower) ? NAME_PART : 0),
);
/** Words in -ed that are no past participles (`speed`, `need`, `hundred`, `bed`). */
const NOT_PARTICIPLES =
  /^(?:\p{Ll}*[^r]eed|bed|red|hundred|shed|bred|sled|shred|naked|wicked|sacred|kindred)$/u;

/**
 * The plural common noun heading the subject linked to the figure at `first` by a verb of being,
 * reaching or change (`Homicides fell to 4.2 per 100,000`: `homicides`), or null: what a rate that
 * names no noun of its own counts. With `common`, only a common noun (lower-case, or one word
 * opening the sentence).
 */
export function linkedPluralNoun(
  words: readonly Word[],
  first: number,
  lo: number,
  hi: number,
  common = false,
): string | null {
  const range = linkedSubject(words, { first, figure: first, afterFigure: first + 1, noun: null, lo, hi });
  if (!range) return null;
  const head = words[range[1] - 1]!;
  const lower = head.lower;
  // (With `common`, a name's last word is none: `Imperial Chemical Industries dropped 11`.)
  if (common && head.text !== lower && range[1] - range[0] > 1) return null;
  return /^\p{L}+[^s]s$/u.test(head.text) && nounLike({ ...head, text: lower }) ? lower : null;
}

/** A phrase (token range) telling what the quantity counts, or null. */
export function aboutRange(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const range = findAbout(words, parts);
  return range && !isJunk(words, range) ? range : null;
}

/**
 * True when a month or a weekday (perhaps after a time word) stands at `j`: after `in`/`on` it
 * dates the figure (`1.2 million people in July`), it is no place. (A module function: a closure
 * made per figure is named per call by the TypeScript loader.)
 */
function datedAt(words: readonly Word[], j: number, hi: number): boolean {
  return (
    j < hi &&
    (CALENDAR.has(words[j]!.lower) ||
      (TIME_OPENERS.has(words[j]!.lower) && j + 1 < hi && CALENDAR.has(words[j + 1]!.lower)))
  );
}

function findAbout(words: readonly Word[], parts: QuantityParts, depth = 0): [number, number] | null {
  const found = findAboutHere(words, coinsAsMoney(words, parts));
  if (found || depth >= 2 || ((parts.kind ?? 'count') === 'count' && parts.noun)) return found;
  // `fell to 1.4 billion euros from 1.7 billion`, `a profit of £412m, up from £305m`: an old value
  // after `from` is of what the new value before it is of.
  const previous = previousFigure(words, parts);
  if (previous === null) return null;
  // (Read as the amount or share it is: its currency before it, or its unit after its scale.)
  let n = previous;
  while (n < parts.hi && !isNumeric(words[n]!)) n++;
  let u = n + 1;
  if (u < parts.hi && /^(?:million|billion|trillion|thousand|bn|m)$/.test(words[u]!.lower)) u++;
  // (`2.1 million French francs`: a people's adjective before the currency.)
  if (u + 1 < parts.hi && isNamePart(words[u]!) && CURRENCY_WORDS.has(words[u + 1]!.lower)) u++;
  const unit = u < parts.hi ? words[u]!.lower : '';
  const share = /^(?:percent|per|%)$/.test(unit) || /%$/.test(words[n]!.text);
  const money = !share && (/^\p{Sc}/u.test(words[previous]!.text) || CURRENCY_WORDS.has(unit));
  // (`6,500 season tickets, up from 5,000`: a counted noun of two or three words.)
  let ne = u + 1;
  while (
    !share &&
    !money &&
    ne < parts.hi &&
    ne < u + 3 &&
    isCommonNoun(words[ne]!) &&
    !OPENERS.has(words[ne]!.lower)
  )
    ne++;
  const counted = !share && !money && nounLike(words[u]) && !TIME_HEADS.has(words[ne - 1]!.lower);
  return findAbout(
    words,
    {
      ...parts,
      first: previous,
      figure: n,
      afterFigure: u,
      // (`6.1 per cent`: the share's two words.)
      end: counted
        ? ne
        : share && unit === 'per' && words[u + 1]?.lower === 'cent'
          ? u + 2
          : CURRENCY_WORDS.has(unit) || (share && !/%$/.test(words[n]!.text))
            ? u + 1
            : u,
      noun: counted ? [u, ne] : CURRENCY_WORDS.has(unit) ? [u, u + 1] : null,
      kind: counted ? 'count' : 'value',
      share,
      money,
    },
    depth + 1,
  );
}

/**
 * `shares fell 50 cents`, `earnings rose 4 cents`: coins counted like things are an amount of money
 * to what an amount is of.
 */
function coinsAsMoney(words: readonly Word[], parts: QuantityParts): QuantityParts {
  if ((parts.kind ?? 'count') !== 'count' || !parts.noun) return parts;
  return /^(?:cents?|pence|penny)$/.test(words[parts.noun[1] - 1]!.lower)
    ? { ...parts, kind: 'value', money: true }
    : parts;
}

/** Currency words after a figure (`412 million euros`). */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(
  'dollars dollar euros euro pounds pound crowns kroner krona kronor francs yen yuan rupees roubles rubles'.split(
    ' ',
  ),
);
/**
 * The first token of the figure a `from` before this one starts from: `to $12.2 billion from
 * $19.9 billion`, `£412m for the half, up from £305m` (the last number at most ten tokens before
 * `from` in its clause, with its currency or hedge), or null.
 */
function previousFigure(words: readonly Word[], parts: QuantityParts): number | null {
  const { first, lo } = parts;
  let f = first - 1;
  // (`up from last year's $2.34 billion`: a time's possessive before the old value.)
  if (
    f - 2 >= lo &&
    /^(?:year|quarter|month|week|season)['’]s$/.test(words[f]!.lower) &&
    /^(?:last|the|a|previous)$/.test(words[f - 1]!.lower)
  )
    f -= 2;
  // `$19.2 million, or 91 cents a share`: the same figure said another way, right before `, or`.
  if (f - 2 >= lo && words[f]!.lower === 'or' && words[f - 1]!.text === ',')
    return figureBefore(words, f - 1, lo, 5);
  // `Council tax will rise by 4.99%, adding £92 a year to the bill`: what a change adds is of what
  // changed (`an`/`another`/`an extra` between passed over).
  let g = f;
  if (g > lo && /^(?:an|a|another|extra|further)$/.test(words[g]!.lower)) g--;
  if (g > lo && /^(?:an|a)$/.test(words[g]!.lower)) g--;
  if (g - 2 >= lo && /^(?:adding|cutting|costing)$/.test(words[g]!.lower) && words[g - 1]!.text === ',')
    return figureBefore(words, g - 1, lo, 5);
  // (`adding £92 a year to the bill, taking it to £1,940`: the level the change brings it to.)
  if (f - 4 >= lo && words[f]!.lower === 'to') {
    let t = f - 1;
    if (/^(?:total|figure|tally)$/.test(words[t]!.lower) && /^(?:the|its|their)$/.test(words[t - 1]!.lower))
      t--;
    else if (!/^(?:it|them)$/.test(words[t]!.lower)) t = -1;
    if (
      t > lo + 1 &&
      /^(?:taking|bringing|pushing|lifting|raising)$/.test(words[t - 1]!.lower) &&
      words[t - 2]!.text === ','
    )
      return figureBefore(words, t - 2, lo, 12);
  }
  // (`totalled 240 million kronor, against 110 million a year ago`: an old value set against it.)
  if (f - 2 >= lo && words[f]!.lower === 'against' && words[f - 1]!.text === ',')
    return figureBefore(words, f - 1, lo, 6);
  if (f - 2 < lo || !/^(?:from|with)$/.test(words[f]!.lower)) return null;
  let k = f - 1;
  if (words[f]!.lower === 'with' && words[k]!.lower !== 'compared') return null;
  // (`to $33 million, or 35 cents a share, from`: past the figure said another way.)
  if (words[k]!.text === ',') {
    let o = k - 1;
    while (o > lo && o > k - 7 && !(words[o]!.lower === 'or' && words[o - 1]!.text === ',')) o--;
    if (o > lo && words[o]!.lower === 'or') {
      const s = figureBefore(words, o - 1, lo, 4);
      return s !== null && s - 1 >= lo && /^(?:to|at)$/.test(words[s - 1]!.lower) ? s : null;
    }
  }
  // (`$45.2 million, or 65 cents a share, compared with $84.9 million`: as `up from`.)
  if (words[f]!.lower === 'with' && words[k]!.lower === 'compared' && words[k - 1]?.text === ',') {
    // (`compared with 3.3% for the S&P 500`: another's figure.)
    let after = parts.end ?? parts.afterFigure;
    while (
      after < parts.hi &&
      after < (parts.end ?? parts.afterFigure) + 4 &&
      (isNumeric(words[after]!) || /^(?:to|%|percent)$/.test(words[after]!.lower))
    )
      after++;
    if (after < parts.hi && words[after]!.lower === 'for') return null;
    k -= 2;
    for (; k >= lo && k >= f - 12; k--) {
      if (CLAUSE_BREAK.has(words[k]!.lower) && words[k]!.text !== ',') return null;
      if (!isNumeric(words[k]!)) continue;
      const s = figureStart(words, k, lo);
      if (s - 2 >= lo && words[s - 1]!.lower === 'or' && words[s - 2]!.text === ',') {
        k = s - 2;
        continue;
      }
      return s;
    }
    return null;
  }
  // (`…, up 13% from`: a share of the change between.)
  if (/^(?:%|percent)$/.test(words[k]!.lower) || /\d%$/.test(words[k]!.text)) {
    let u = k;
    while (u > lo && u > f - 4 && !/^(?:up|down)$/.test(words[u]!.lower)) u--;
    if (/^(?:up|down)$/.test(words[u]!.lower)) k = u;
  }
  // (`…, up from £305m`: the clause's figure before the comma; else the figure a change reached,
  // its number at most three tokens before `from`: `fell to 1.4 billion euros from`.)
  const upDown = /^(?:up|down)$/.test(words[k]!.lower) && words[k - 1]!.text === ',';
  if (upDown) k -= 2;
  for (; k >= lo && k >= f - (upDown ? 12 : 4); k--) {
    const w = words[k]!;
    if (CLAUSE_BREAK.has(w.lower) && w.text !== ',') return null;
    if (!isNumeric(w)) continue;
    const s = figureStart(words, k, lo);
    // (`$133.1 million, or $2.53 a share, up from`: the same figure said another way is passed over.)
    if (upDown && s - 2 >= lo && words[s - 1]!.lower === 'or' && words[s - 2]!.text === ',') {
      k = s - 2;
      continue;
    }
    return upDown || (s - 1 >= lo && /^(?:to|at)$/.test(words[s - 1]!.lower)) ? s : null;
  }
  return null;
}

/** The first token of a figure whose number is at `k`: its currency symbol or hedge before it. */
function figureStart(words: readonly Word[], k: number, lo: number): number {
  let s = k;
  while (
    s - 1 >= lo &&
    s > k - 3 &&
    (/^\p{Sc}$/u.test(words[s - 1]!.text) || HEDGE_WORDS.has(words[s - 1]!.lower))
  )
    s--;
  return s;
}

/** The first token of the last figure whose number lies at most `max` tokens before `e`, or null. */
function figureBefore(words: readonly Word[], e: number, lo: number, max: number): number | null {
  for (let k = e - 1; k >= lo && k >= e - max; k--) {
    if (CLAUSE_BREAK.has(words[k]!.lower)) return null;
    if (isNumeric(words[k]!)) return figureStart(words, k, lo);
  }
  return null;
}

/**
 * `The Fold X2 goes on sale on October 1 at $1,799`: money after `at`/`for` in a clause whose verb of
 * going on sale (`goes`/`went`/`will go` and `on sale`) follows its subject at most eight words
 * before the figure; the subject.
 */
function onSale(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  for (let k = first - 2; k - 1 > lo && k >= first - 9; k--) {
    if (CLAUSE_BREAK.has(words[k]!.lower)) return null;
    if (words[k]!.lower !== 'sale' || words[k - 1]!.lower !== 'on') continue;
    let v = k - 2;
    if (v >= lo && /^(?:goes|go|went|gone|going|be|is|are|was|were|will)$/.test(words[v]!.lower)) {
      while (
        v - 1 >= lo &&
        /^(?:will|would|to|is|are|was|were|set|due|expected|be|goes|go)$/.test(words[v - 1]!.lower)
      )
        v--;
      const c = clauseStart(words, v, lo);
      if (c >= v || v - c > 6) return null;
      let j = /^(?:the|its|their)$/.test(words[c]!.lower) ? c + 1 : c;
      if (j === c && OPENERS.has(words[c]!.lower)) return null;
      for (; j < v; j++)
        if (!(isNamePart(words[j]!) || isCommonNoun(words[j]!) || isNameNumber(words, j))) return null;
      return [c, v];
    }
    return null;
  }
  return null;
}

/**
 * `Petrol rose 4% and diesel 6%`, `graduates was 3.9 percent, and college graduates, 1.9 percent`,
 * `rose 5% and to Japan 3%`: after a figure (its number at most two tokens before `and`), `and`, perhaps a
 * preposition, and at most four nouns or names right before this figure (perhaps with a comma), the
 * figure is of those nouns: the verb and the rest of the clause before are left out.
 */
function gappedItem(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let e = first;
  if (e - 1 > lo && words[e - 1]!.text === ',') e--;
  let s = e;
  while (
    s - 1 > lo &&
    s > e - 4 &&
    (isCommonNoun(words[s - 1]!) || isNamePart(words[s - 1]!)) &&
    !isVerbish(words[s - 1]!)
  )
    s--;
  if (s === e || s - 2 < lo) return null;
  let a = s - 1;
  // (`… measures 7.9 inches and its cover screen 6.2 inches`: a determiner opens the item.)
  let opener = s;
  if (/^(?:its|their|the|his|her)$/.test(words[a]!.lower)) {
    opener = a;
    a--;
  }
  if (opener === s && /^(?:to|in|for|from|on|at)$/.test(words[a]!.lower)) a--;
  // (`Trump must win 53 percent of the delegates left, Cruz 59 percent, Rubio 68 percent`: a
  // comma joins the items of a list too.)
  // (After a comma only a named item: `, claiming 41 percent`, `, the wealthiest 1.5 percent` are
  // no items of a list.)
  if (
    a - 1 < lo ||
    (words[a]!.lower !== 'and' && !(words[a]!.text === ',' && opener === s && isNamePart(words[s]!)))
  )
    return null;
  let f = a - 1;
  if (words[f]!.text === ',') f--;
  // (The item before ends in a figure: its number, `%`, or a unit word after it; after a comma,
  // its phrase may follow: `53 percent of the remaining delegates`.)
  let figured = false;
  for (let j = f; j >= lo && j > f - (words[a]!.text === ',' ? 6 : 2) && !figured; j--) {
    const t = words[j]!;
    if (t.text === ',' || (j < f && (isVerbish(t) || LINKING.has(t.lower)))) break;
    figured =
      j === f
        ? isNumeric(t) ||
          /%$/.test(t.text) ||
          (j - 1 >= lo && isNumeric(words[j - 1]!) && startsLetter(t.text))
        : isNumeric(t) || /%$/.test(t.text);
  }
  if (!figured) return null;
  // (`rose 4% and analysts expect 6%`: a verb there makes a clause, no gapped item.)
  for (let k = s; k < e; k++) {
    const w = words[k]!.lower;
    if (
      COGNITION.has(w) ||
      INTENDING.has(w) ||
      LINKING.has(w) ||
      PLURAL_VERBS.has(w) ||
      PRESENT_ACTIONS.has(w) ||
      ACTION_BASES.has(w) ||
      REPORTING.has(w)
    )
      return null;
  }
  return [opener, e];
}

/**
 * The first token of the figure a verb acts on before this one's `and`/`or` (`won 45% of the vote
 * and 210 seats`, `had 58% of possession and 14 shots`): its number at most eight tokens back in the
 * clause, a verb right before its hedge or currency; null otherwise.
 */
function coordinatedFirst(words: readonly Word[], parts: QuantityParts): number | null {
  const { first, lo } = parts;
  const a = first - 1;
  if (a - 2 < lo || !/^(?:and|or)$/.test(words[a]!.lower)) return null;
  for (let k = a - 1; k >= lo && k >= a - 8; k--) {
    const w = words[k]!;
    if (CLAUSE_BREAK.has(w.lower) || DASHES.has(w.text)) return null;
    if (!isNumeric(w)) continue;
    let s = k;
    while (
      s - 1 >= lo &&
      s > k - 3 &&
      (/^\p{Sc}$/u.test(words[s - 1]!.text) || HEDGE_WORDS.has(words[s - 1]!.lower))
    )
      s--;
    const v = words[s - 1];
    return v &&
      startsLower(v.text) &&
      (isVerbForm(v) || IRREGULAR_PASTS.has(v.lower) || PRESENT_ACTIONS.has(v.lower))
      ? s
      : null;
  }
  return null;
}

/** Hedges before a figure (`about`, `more than`), read back when a figure is found from its number. */
const HEDGE_WORDS: ReadonlySet<string> = new Set(
  'about around some nearly almost roughly over under more less than least approximately'.split(' '),
);

function findAboutHere(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, afterFigure, noun, lo, hi } = parts;
  const kind = parts.kind ?? 'count';
  // Possessive before: "Russia’s 100,000 troops", "Belarus’ 300 tanks".
  const p = first - 1;
  if (p >= lo) {
    const w = words[p]!;
    const possessive = /['’]s$/u.test(w.text) && isCapitalised(w);
    const bare = (w.text === '’' || w.text === "'") && p - 1 >= lo && isCapitalised(words[p - 1]!);
    if (possessive || bare) {
      let s = possessive ? p : p - 1;
      while (s - 1 >= lo && isCapitalised(words[s - 1]!) && startsLetter(words[s - 1]!.text)) s--;
      return [s, possessive ? p + 1 : p];
    }
    // `the island's 420 residents`, `the company's 9,000 employees`: a common noun's possessive after
    // `the` (at most two nouns).
    if (/^\p{Ll}+['’]s$/u.test(w.text) && !PRONOUN.test(w.lower) && kind !== 'none') {
      let s = p;
      if (s - 1 >= lo && isCommonNoun(words[s - 1]!)) s--;
      if (s - 1 >= lo && /^(?:the|its|their)$/.test(words[s - 1]!.lower)) return [s - 1, p + 1];
    }
  }
  // Names between the figure and its noun: "10,000 NATO troops".
  // (`1,450 Covid patients`, `40 Ebola deaths`: a disease's name is no owner.)
  if (noun && noun[0] > afterFigure) {
    // (`between 6,000 and 8,000 Kessland troops`, `6,000 to 8,000 Kessland troops`: past a range's
    // second figure and its scale.)
    let from = afterFigure;
    if (from + 1 < noun[0] && /^(?:and|to|or|-|–)$/.test(words[from]!.lower) && isNumeric(words[from + 1]!)) {
      from += 2;
      if (from < noun[0] && /^(?:thousand|million|billion)$/.test(words[from]!.lower)) from++;
    }
    const run = capitalRun(words, from, noun[0]);
    // (`Norrtek to Add 300 New Jobs`: a headline's capitalised word of addition is no name either.)
    if (
      run > from &&
      !(run === from + 1 && (DISEASES.has(words[from]!.lower) || ADDITIONS.has(words[from]!.lower)))
    )
      return [from, run];
  }
  // `Minnesota (around $240,000), Colorado (around $700,000)`, `tight profit margins (around 4
  // percent)`: a figure alone in brackets is of the phrase right before them.
  const bracketed = bracketHolder(words, parts) ?? frontedAt(words, parts);
  if (bracketed) return bracketed;
  // What an amount, a share or a measure is of: the noun phrase it modifies or that follows it
  // after a preposition (`a $3 billion buyout`, `$156 billion in Chinese consumer goods`).
  // `a loss of $304.7 million`, `prior guidance of 4.0%`: the noun the amount is the value of.
  // `Clinton leads Trump by 43 percent to 38 percent`, `46 percent would choose Clinton`: whose a
  // poll's share is.
  if (parts.share) {
    const polled = pollShare(words, parts) ?? pollPair(words, parts) ?? shareFor(words, parts);
    if (polled) return polled;
  }
  // `8.2 fractures per 1,000 person-years in the vaccine group`, `20% among women`: the group of a
  // study a figure is measured in.
  const group = groupAfter(words, parts) ?? (parts.share ? groupBefore(words, parts) : null);
  if (group) return group;
  // `in front of 18,400 fans at Mill Lane`: where spectators watched.
  const venue = venueOf(words, parts);
  if (venue) return venue;
  const end0 = parts.noun ? parts.noun[1] : (parts.end ?? afterFigure);
  // `Petrol rose 4% and diesel 6%`: a gapped item after a figure and `and`.
  if (kind === 'value' || kind === 'length') {
    const gapped = gappedItem(words, parts);
    if (gapped) return gapped;
  }
  // `The Republican won 54 percent of the vote`: a share of the vote is its winner's, the clause's
  // subject, not the vote's.
  // (Only a subject right before the verb: `Thor told Beck he could earn 15 percent of the vote`.)
  if (parts.share && ofTheVote(words, end0, hi)) {
    const winner = clauseSubject(words, parts);
    if (winner && winner[1] >= first - (words[first - 1]?.lower === 'with' ? 2 : 1) - 1) return winner;
  }
  if (kind === 'value') {
    const head =
      addedTo(words, parts) ??
      (parts.money ? costOf(words, parts) : null) ??
      nounBeforeOf(words, parts) ??
      worthOf(words, parts) ??
      changedBy(words, parts) ??
      changedTo(words, parts) ??
      valuedAt(words, parts) ??
      infinitiveChange(words, parts);
    if (head) return head;
    if (parts.money) {
      const bought =
        boughtFor(words, parts) ??
        givenTo(words, parts) ??
        soldFor(words, parts) ??
        pricedAt(words, parts) ??
        spentBy(words, parts);
      if (bought) return bought;
    }
    // (`The Fold X2 goes on sale on October 1 at $1,799`: the price of what goes on sale.)
    if (parts.money && first - 3 >= lo && /^(?:at|for)$/.test(words[first - 1]!.lower)) {
      const sale = onSale(words, parts);
      if (sale) return sale;
    }
    if (parts.money) {
      // (Money: read above.)
    } else if (first - 2 >= lo && words[first - 2]!.lower === 'rated') {
      // (`the battery, rated at 4,800 mAh`: a measure a thing is rated at.)
      const rated = pricedAt(words, parts);
      if (rated) return rated;
    }
    // `Exit polls gave the Social Democrats 28%`: the one a share is given to.
    // (Not before the whole after `of`: `gave Patriot 13 percent of its coal reserves`.)
    if (parts.share && !(end0 < hi && words[end0]!.lower === 'of')) {
      let g = first - 2;
      while (g > lo && g > first - 6 && !/^(?:gave|give|gives|giving)$/.test(words[g]!.lower)) g--;
      const given =
        g >= lo && /^(?:gave|give|gives|giving)$/.test(words[g]!.lower) ? givenTo(words, parts) : null;
      if (given) return given;
    }
    const counted = countOfSubject(words, parts) ?? participleOf(words, parts);
    if (counted) return counted;
  }
  // `gusts of up to 80 km/h`, `at a depth of 10 km`: a measure after a noun and `of` (a hedge
  // between) is that noun's, before any subject of the clause.
  // (Not the object of a verb after its article: `Ukraine shares a border of 1,000 km`, `the quake
  // had a depth of 10 km` say the measure of the subject's thing.)
  if (kind === 'length' && !parts.adjective) {
    const head = nounBeforeOf(words, parts);
    const a = head ? head[0] - 1 : -1;
    const object =
      a - 1 >= lo &&
      /^an?$/.test(words[a]!.lower) &&
      /^\p{Ll}+$/u.test(words[a - 1]!.text) &&
      !HEADLINE_PREPOSITIONS.has(words[a - 1]!.lower);
    if (head && !object) return head;
    // (`The tower has a height of 300 metres`: after a verb of having, its subject's.)
    if (head && object && HAVING.has(words[a - 1]!.lower)) {
      const holder = subjectBefore(words, a - 1, lo);
      if (holder) return holder;
    }
    // (`expect the river to reach 5.8 metres`: the subject of a verb of change or reaching.)
    const changing = infinitiveChange(words, parts);
    if (changing) return changing;
  }
  if ((kind === 'value' && !parts.share) || kind === 'length') {
    const doing = gerundSubject(words, parts);
    if (doing) return doing;
  }
  if (kind === 'value' || kind === 'length') {
    const thing = thingAfter(words, parts, kind);
    if (thing) return thing;
  }
  // Names right after a figure without a noun: "$1Bln Russian Arms Deal" (not the first of two
  // coordinated modifiers: `18 Northern and central California counties`).
  if (!noun) {
    const run = capitalRun(words, afterFigure, Math.min(hi, afterFigure + 5));
    const coordinated =
      run + 1 < hi &&
      (words[run]!.lower === 'and' || words[run]!.lower === 'or') &&
      startsLower(words[run + 1]!.text);
    // (Its noun lies past the coordination, unread: nothing to say of the figure. A capitalised
    // preposition of a headline opens no name: `Force 40,000 From Homes`.)
    // (`Thousands Displaced`: a headline's capitalised participle is no name.)
    // (`Leave 23 Dead and 4,000 Homeless`: nor a state of people.)
    // (`Five Arrested After Protest`: nor before a headline's capitalised preposition.)
    const participle =
      (run === afterFigure + 1 ||
        (afterFigure + 1 < hi && HEADLINE_PREPOSITIONS.has(words[afterFigure + 1]!.lower))) &&
      (/^\p{Lu}\p{Ll}+ed$/u.test(words[afterFigure]!.text) ||
        /^(?:homeless|dead|missing|injured|hurt|stranded|trapped|jobless|unaccounted)$/.test(
          words[afterFigure]!.lower,
        ));
    if (run > afterFigure && !HEADLINE_PREPOSITIONS.has(words[afterFigure]!.lower) && !participle)
      return coordinated ? null : [afterFigure, run];
  }
  const end = noun ? noun[1] : (parts.end ?? afterFigure);
  // "troops from Russia", "troops of the Western Military District", "from other NATO countries".
  // (Not a distance's `from`: `a few kilometers from the Polish border` is measured from it.)
  if (end < hi && LINKS.has(words[end]!.lower) && !(kind === 'length' && words[end]!.lower === 'from')) {
    let k = end + 1;
    if (k < hi && DETERMINERS.has(words[k]!.lower)) k++;
    if (k < hi && /^(?:other|several|many|some|all|two|three)$/.test(words[k]!.lower)) k++;
    // (`0.4 percent of the total U.S. population`: a word of the whole passed over.)
    if (parts.share && k + 1 < hi && /^(?:total|entire|whole|overall|adult|general)$/.test(words[k]!.lower))
      k++;
    // (`rise by 4.99% from April`: a month is no whose.)
    const run = CALENDAR.has(words[k]?.lower ?? '') ? k : capitalRun(words, k, Math.min(hi, k + 6));
    if (run > k) return [k, run];
    // (A share's whole follows `of`; `from` opens the base of a change: `down 18% from a year earlier`.)
    if (parts.share && words[end]!.lower === 'of') {
      const whole = commonNounRun(words, k, hi);
      if (whole) return whole;
    }
  }
  // `put the combined figure on the western borders at more than 23,000`, `Police estimated the
  // crowd at 50,000`: what a figure is put at.
  const put = putAt(words, parts);
  if (put) return put;
  // `McClatchy, a chain of 30 newspapers`: an appositive after a name says what the name holds.
  if (kind === 'count' || kind === 'none') {
    const named =
      appositiveName(words, parts) ??
      sampleOf(words, parts) ??
      placeOfPeople(words, parts) ??
      colonTopic(words, parts);
    if (named) return named;
  }
  // `The district has a population of 98,000`: whose population.
  if (kind === 'count' || kind === 'none') {
    const people = populationOf(words, parts);
    if (people) return people;
  }
  // `The death toll in Gaza has risen to 30,000`: what a toll is of.
  if (kind === 'count' || kind === 'none') {
    const toll = tollOf(words, parts);
    if (toll) return toll;
    // `The number of migrants arriving in Italy rose to 12,000`: a count's phrase that names whose.
    const counted = countOfSubject(words, parts);
    if (counted && words.slice(counted[0], counted[1]).some(isNamePart)) return counted;
  }
  // `The valley, home to about 70,000 people,`, `the outer screen, at 6.3 inches,`: an appositive
  // that gives the figure says it of the phrase before its comma.
  const apposed = appositiveFigure(words, parts);
  if (apposed) return apposed;
  // `The budget passed by 31 votes to 17, with four abstentions`: what the votes passed.
  if (kind === 'count' && noun) {
    const voted = votedSubject(words, parts);
    if (voted) return voted;
  }
  // `Ostravia accused Kessland of massing 12,000 troops`: the one accused of the act is its subject.
  const accused = accusedOf(words, parts);
  if (accused) return accused;
  const subject = parts.actedOn ? null : (clauseSubject(words, parts) ?? interruptedSubject(words, parts));
  if (subject) return subject;
  // `the harbour, where about 300 ships call each month`: a count in a clause of `where` is of
  // the place before the comma.
  if (kind === 'count' || kind === 'none') {
    const where = wherePlace(words, parts);
    if (where) return where;
  }
  // `The ministry said it had registered 4,500 requests`: a pronoun after a reporting verb stands
  // for that verb's subject.
  if (!parts.actedOn) {
    const speaker = reportedSubject(words, parts) ?? quotedWe(words, parts);
    if (speaker) return speaker;
  }
  // `while the opposition alliance took 39.5%`: a body that won a share.
  if (parts.share && !parts.actedOn && first - 1 >= lo && WINNING.has(words[first - 1]!.lower)) {
    const holder = commonHolder(words, parts);
    if (holder) return holder;
  }
  // `The company itself had 12,500 employees`: a definite common-noun subject of a verb of having.
  if (kind === 'count' && !parts.actedOn) {
    const holder = commonHolder(words, parts) ?? collectionHolder(words, parts);
    if (holder) return holder;
    // `The army moved 2,000 troops and deployed 40 tanks`: a second verb shares the subject of the
    // clause before the conjunction (a pronoun there is resolved by `aboutPronoun`).
    const elided = elidedSubject(words, parts);
    if (elided && !(elided[1] - elided[0] === 1 && SUBJECT_PRONOUNS.has(words[elided[0]]!.lower)))
      return elided;
    const lifted = liftedTo(words, parts);
    if (lifted) return lifted;
    // `The party won 45% of the vote and 210 seats`: a count coordinated after the verb's first
    // figure has that figure's subject.
    const before = coordinatedFirst(words, parts);
    if (before !== null) {
      const moved = { ...parts, first: before };
      const owner =
        clauseSubject(words, moved) ?? commonHolder(words, moved) ?? reportedSubject(words, moved);
      if (owner) return owner;
    }
  }
  // `1,200 cases of cholera`, `40 tonnes of grain`: what a count of portions is of.
  if (matterCount(words, parts) && end + 1 < hi && words[end]!.lower === 'of') {
    const matter = commonNounRun(words, end + 1, hi);
    if (matter) return matter;
  }
  // `paid $129 for the Founder's Edition`, `investing $5m in a new plant`: after a verb of paying,
  // the thing paid for may take an article.
  if (parts.money) {
    const paid = paidFor(words, parts);
    if (paid) return paid;
    // `The government would release 1.2 billion varns`, `the authority expects to draw £7.8
    // million`: a body that spends, raises or releases an amount is what the amount is said of.
    if (!parts.actedOn) {
      const holder = commonHolder(words, parts);
      if (holder) return holder;
    }
  }
  // `more than 12,000 in attendance`, `46 of their close contacts`: a figure with no unit.
  if (kind === 'none') {
    const thing = thingAfter(words, parts, kind);
    if (thing) return thing;
  }
  // `The average liability is more than $5,000`, `Top speed is 124 mph`: a common noun linked to
  // the amount by a verb of being or reaching.
  // `the new car is just over 16 feet long`: a length said of the subject by a word of dimension.
  const dimension = kind === 'length' && end < hi && DIMENSIONS.has(words[end]!.lower);
  // (Not a difference: `costs $40 less than the console` is no price of the subject.)
  const compared = end + 1 < hi && COMPARATIVES.has(words[end]!.lower) && words[end + 1]!.lower === 'than';
  // `water levels reached 5.8 metres`, `Its main screen measures 7.8 inches`: a length a verb of
  // change or measuring gives the subject (not `is`: `The route to the coast is 100 km` is a distance).
  const measured = kind === 'length' && lengthVerbBefore(words, parts);
  if ((kind === 'value' || dimension || measured) && !parts.actedOn && !compared) {
    const common = linkedSubject(words, parts);
    if (common) return common;
  }
  // `The island's population has fallen to 420`, `Attendance at Mill Lane averaged 17,000`: a bare
  // figure a verb links to a subject headed by a noun of a number of people.
  if (kind === 'none' && !parts.actedOn && !compared && !parts.noun) {
    const common = linkedSubject(words, parts);
    if (common && words.slice(common[0], common[1]).some((w) => PEOPLE_COUNTS.has(w.lower))) return common;
  }
  // "troops deployed in countries on Belarus’ western and southern borders".
  // (`1,500 soldiers and 300 boats have been sent to the region`: past a coordinated count.)
  let k = noun ? pastCoordinated(words, end, hi) : end;
  // (`it had “about 3,000 personnel” in the region`: a quotation of the figure closes before it.)
  // (Only a quotation of the figure alone: `"beat and robbed 12 tourists" in the park` quotes a clause.)
  if (
    noun &&
    k + 1 < hi &&
    (words[k]!.text === '”' || words[k]!.text === '"') &&
    PLACES.has(words[k + 1]!.lower) &&
    parts.first - 1 >= parts.lo &&
    (words[parts.first - 1]!.text === '“' || words[parts.first - 1]!.text === '"')
  )
    k++;
  // `troops deployed in`, `12 people killed in Kabul`, `4,000 troops arrived in Minsk`.
  // (After a verb other than those of placing, `on` opens its object: `briefed on the talks`.)
  let verbed = false;
  if (k < hi && PARTICIPLES.has(words[k]!.lower)) k++;
  else if (noun && k < hi && isPastForm(words[k]!)) {
    k++;
    verbed = true;
  }
  // `600,000 settlers live in the hills`, `30,000 troops are now in Belarus`, `12 people were
  // killed in Kabul`: a verb of being somewhere or an auxiliary (with at most one adverb and a
  // participle) before the place phrase.
  // (`90 people now live on the island`: an adverb before the verb too.)
  else if (
    noun &&
    k + 1 < hi &&
    (LOCATED.has(words[k]!.lower) ||
      ((VERB_ADVERBS.has(words[k]!.lower) || isAdverbLy(words[k]!.lower)) &&
        LOCATED.has(words[k + 1]!.lower)))
  ) {
    if (!LOCATED.has(words[k]!.lower)) k++;
    k++;
    if (k < hi && (VERB_ADVERBS.has(words[k]!.lower) || isAdverbLy(words[k]!.lower))) k++;
    if (k < hi && PARTICIPLES.has(words[k]!.lower)) k++;
    else if (k < hi && isPastForm(words[k]!)) {
      k++;
      verbed = true;
    }
  }
  // (`1.1 million refugees in Zaire and nearly 600,000 in Tanzania`: an elided count's named place.)
  let place =
    noun ||
    ((kind === 'count' || kind === 'none') &&
      k + 1 < hi &&
      PLACES.has(words[k]!.lower) &&
      isNamePart(words[k + 1]!))
      ? placeAt(words, k, hi, verbed)
      : null;
  // `5,000 refugees crossed into Chad`, `10,000 people fled to neighbouring Uganda`, `800 residents
  // were evacuated from the district`: where a verb of motion took what is counted.
  if (!place && noun) place = motionPlace(words, pastCoordinated(words, end, hi), hi);
  // `5,000 people entered the Statehouse`: a verb of entering or filling takes its place as its
  // object (a named one: `surrounded the building` says no where).
  if (!place && verbed && ENTERING.has(words[k - 1]!.lower)) {
    const object = placeAt(words, k - 1, hi, false, true);
    // (`300 soldiers crossed the border`: a place noun heads it, named or not.)
    if (
      object &&
      (words.slice(object[0], object[1]).some(isNamePart) ||
        (CROSSING.has(words[k - 1]!.lower) && PLACE_NOUNS.has(words[object[1] - 1]!.lower)))
    )
      place = object;
  }
  // (`60,000 people have fled the valley`: after auxiliaries, a verb of crossing or leaving and a
  // place noun or a name as its object.)
  if (!place && noun) {
    let v = end;
    while (v < hi && v < end + 3 && AUXILIARIES.has(words[v]!.lower)) v++;
    if (v > end && v < hi && (CROSSING.has(words[v]!.lower) || words[v]!.lower === 'left')) {
      const object = placeAt(words, v, hi, false, true);
      if (
        object &&
        (words.slice(object[0], object[1]).some(isNamePart) || PLACE_NOUNS.has(words[object[1] - 1]!.lower))
      )
        place = object;
    }
  }
  // `In Brixton, 300 homes were flooded`: a place that opens the sentence before the figure.
  // `A city with a population of 3 million was hit`: with no owner and no place read, a bare figure
  // after a noun and `of` is that noun's.
  return (
    place ??
    frontedPlace(words, parts) ??
    countPlace(words, parts) ??
    (kind === 'none' ? nounBeforeOf(words, parts) : null)
  );
}

/** Verbs of a contender's place that take its share after `with` (`comes in second with 34 percent`). */
const PLACING_WITH: ReadonlySet<string> = new Set(
  'comes came come leads led lead follows followed trails trailed wins won finishes finished places placed ranks ranked'.split(
    ' ',
  ),
);

/**
 * True when the verb at `e` places a contender and the share follows it after `with` within six
 * words (`Cruz comes in second with 34 percent`, `Clinton leads with 45 percent`), no clause break
 * between.
 */
function shareWith(words: readonly Word[], parts: QuantityParts, e: number): boolean {
  if (parts.share !== true || !PLACING_WITH.has(words[e]!.lower) || !startsLower(words[e]!.text))
    return false;
  if (parts.first - e > 6 || words[parts.first - 1]!.lower !== 'with') return false;
  for (let k = e + 1; k < parts.first - 1; k++)
    if (CLAUSE_BREAK.has(words[k]!.lower) || isNumeric(words[k]!)) return false;
  return true;
}

/**
 * The name (at most four words) or the common nouns (at most three) right before a bracket that
 * holds the figure alone (`Ted Cruz ($311,000)`); null when the bracket restates another figure
 * before it (`1.2 billion varns (about €48 million)`, `18.2 percent (95,509 votes)`) or the
 * phrase is a verb's.
 */
function bracketHolder(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  const end = parts.noun ? parts.noun[1] : (parts.end ?? parts.afterFigure);
  const b = first - 1;
  if (b - 1 < lo || words[b]!.text !== '(' || end >= hi || words[end]!.text !== ')') return null;
  for (let j = b - 1; j >= lo && j >= b - 3; j--)
    if (isNumeric(words[j]!) || /\d%$/.test(words[j]!.text)) return null;
  const name = nameBefore(words, b, lo);
  if (name) return OPENERS.has(words[name[0]]!.lower) && name[1] - name[0] === 1 ? null : name;
  let s = b;
  while (s - 1 >= lo && s > b - 3 && isCommonNoun(words[s - 1]!) && !isVerbish(words[s - 1]!)) s--;
  return s < b && !TIME_HEADS.has(words[b - 1]!.lower) && !CALENDAR.has(words[b - 1]!.lower) ? [s, b] : null;
}

/** Participles of spending or raising money before `by` and who did it. */
const SPENT_BY: ReadonlySet<string> = new Set(
  'spent raised paid donated given contributed invested earned collected lent borrowed pledged'.split(' '),
);

/**
 * `the $59 million spent by Trump's campaign`, `$3 million raised by the charity`: the agent after
 * a participle of spending and `by` (an article or possessive pronoun passed over).
 */
function spentBy(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { hi } = parts;
  let k = parts.noun ? parts.noun[1] : (parts.end ?? parts.afterFigure);
  if (k < hi && /^(?:so|last|this)$/.test(words[k]!.lower) && k + 1 < hi && words[k + 1]!.lower === 'far')
    k += 2;
  // (`$40 million was spent by outside groups`: a passive's auxiliaries.)
  for (
    let a = 0;
    a < 2 && k < hi && /^(?:was|were|is|are|been|has|have|had|being)$/.test(words[k]!.lower);
    a++
  )
    k++;
  if (k + 2 >= hi || !SPENT_BY.has(words[k]!.lower) || words[k + 1]!.lower !== 'by') return null;
  let s = k + 2;
  if (/^(?:the|a|an)$/.test(words[s]!.lower)) s++;
  const np = s < hi ? nounPhrase(words, s, hi) : null;
  if (!np) return null;
  // (`raised by Democratic front-runner Hillary Clinton`: a title before the name.)
  const e =
    np[1] < hi && isNamePart(words[np[1]]!) ? capitalRun(words, np[1], Math.min(hi, np[1] + 4)) : np[1];
  return [k + 2, e];
}

/**
 * `The valley, home to about 70,000 people, was …`, `the outer screen, at 6.3 inches, felt narrow`:
 * a figure in an appositive opened by `home to` (a count) or `at` (a measure, closed by a comma)
 * right after a comma is of the phrase before the comma: a name of at most four words, or `the`,
 * `its` or `their` and at most three common nouns.
 */
function appositiveFigure(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  const kind = parts.kind ?? 'count';
  let c: number;
  if (first - 3 >= lo && words[first - 1]!.lower === 'to' && words[first - 2]!.lower === 'home')
    c = first - 3;
  else if (first - 2 >= lo && words[first - 1]!.lower === 'at' && (kind === 'length' || kind === 'value')) {
    const end = parts.noun ? parts.noun[1] : (parts.end ?? parts.afterFigure);
    if (end >= hi || words[end]!.text !== ',') return null;
    c = first - 2;
  } else return null;
  if (words[c]!.text !== ',' || c - 1 < lo) return null;
  const name = nameBefore(words, c, lo);
  if (name) return OPENERS.has(words[name[0]]!.lower) && name[1] - name[0] === 1 ? null : name;
  let s = c;
  while (s - 1 >= lo && s > c - 3 && isCommonNoun(words[s - 1]!) && !isVerbish(words[s - 1]!)) s--;
  return s < c && s - 1 >= lo && /^(?:the|its|their)$/.test(words[s - 1]!.lower) ? [s - 1, c] : null;
}

/** Verbs by which a vote passes or fails, with no object (`The budget passed by 31 votes`). */
const PASSING: ReadonlySet<string> = new Set(
  'passed approved adopted rejected defeated carried backed endorsed ratified cleared failed'.split(' '),
);

/**
 * `The budget passed by 31 votes to 17`, `The motion was rejected by 312 votes`, `…, with four
 * abstentions`: the subject of a verb of passing right before `by` and a count of votes is what
 * was voted on (a subject of at most six words that opens the clause).
 */
function votedSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const head = words[parts.noun![1] - 1]!.lower;
  let by = first - 1;
  if (
    /^(?:abstentions?)$/.test(head) &&
    by - 1 > lo &&
    words[by]!.lower === 'with' &&
    words[by - 1]!.text === ','
  ) {
    by -= 2;
    while (by > lo && by > first - 10 && !(words[by]!.lower === 'by' && isNumeric(words[by + 1]!))) by--;
  } else if (!/^votes?$/.test(head)) return null;
  if (by - 2 < lo || words[by]!.lower !== 'by' || !PASSING.has(words[by - 1]!.lower)) return null;
  let v = by - 1;
  if (v - 1 >= lo && /^(?:was|were|been|is|are)$/.test(words[v - 1]!.lower)) v--;
  if (v - 1 >= lo && /^(?:has|have|had)$/.test(words[v - 1]!.lower)) v--;
  const c = clauseStart(words, v, lo);
  return v - c <= 6 ? leadingSubject(words, c, by) : null;
}

/**
 * `At 7.4 percent, the regional unemployment rate is well below its peak`: a measure that opens
 * the sentence after `at` and a comma is of the subject of the clause that follows.
 */
function frontedAt(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  const kind = parts.kind ?? 'count';
  if ((kind !== 'value' && kind !== 'length') || first - 1 !== lo || words[lo]!.lower !== 'at') return null;
  const end = parts.noun ? parts.noun[1] : (parts.end ?? parts.afterFigure);
  return end + 2 < hi && words[end]!.text === ',' ? leadingSubject(words, end + 1, hi) : null;
}

/**
 * `by 71 percent to 27 percent for GOP nominee Mitt Romney`, `23% for Dewhurst`: a share followed
 * by `for` and a name is that name's (a lower-case title between names kept).
 */
function shareFor(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { hi } = parts;
  const end = parts.end ?? parts.afterFigure;
  if (end + 1 >= hi || words[end]!.lower !== 'for' || !isNamePart(words[end + 1]!)) return null;
  if (OPENERS.has(words[end + 1]!.lower) || CALENDAR.has(words[end + 1]!.lower)) return null;
  let e = capitalRun(words, end + 1, Math.min(hi, end + 6));
  if (
    e + 1 < hi &&
    allLower1(words[e]!.text) &&
    !/^(?:and|or|in|of|on|at|to)$/.test(words[e]!.lower) &&
    isNamePart(words[e + 1]!)
  )
    e = capitalRun(words, e + 1, Math.min(hi, e + 5));
  // (`for Mrs. Clinton`: a title's full stop stays inside the name.)
  if (
    e + 1 < hi &&
    words[e]!.text === '.' &&
    TITLE_ABBREVIATIONS.has(words[e - 1]!.lower) &&
    isNamePart(words[e + 1]!)
  )
    e = capitalRun(words, e + 1, Math.min(hi, e + 5));
  return e > end + 1 ? [end + 1, e] : null;
}

/** True when the token at `k` is a share's unit (`percent`, `%`, `52%`). */
function shareUnitAt(words: readonly Word[], k: number): boolean {
  return /^(?:percent|%|pct)$/.test(words[k]!.lower) || /\d%$/.test(words[k]!.text);
}

/**
 * `Clinton led Trump 47 percent to 39 percent among young voters`, `showed Harris leading Sanchez
 * among likely voters, 46 percent to 44 percent`, `Harris is ahead of Sanchez, 27 percent to 19
 * percent`: of a pair of shares joined by `to`, the first is the leader's (the named subject of a
 * verb of leading or of `ahead of`) and the second the one led (its named object); the verb at most
 * twelve words before the pair, no clause break but one comma or bracket between.
 */
function pollPair(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  const end = parts.end ?? parts.afterFigure;
  let p: number;
  let second = false;
  if (first - 3 >= lo && words[first - 1]!.lower === 'to' && shareUnitAt(words, first - 2)) {
    let q = first - 2;
    while (q > lo && q > first - 5 && !isNumeric(words[q]!)) q--;
    if (!isNumeric(words[q]!)) return null;
    p = q - 1;
    second = true;
  } else if (end + 1 < hi && words[end]!.lower === 'to' && isNumeric(words[end + 1]!)) p = first - 1;
  else return null;
  let commas = 0;
  for (let j = p; j > lo && j >= p - 12; j--) {
    const w = words[j]!;
    if (w.text === ',' || w.text === '(') {
      if (++commas > 1) return null;
      continue;
    }
    if (CLAUSE_BREAK.has(w.lower) || DASHES.has(w.text) || isNumeric(w)) return null;
    const ahead = w.lower === 'ahead' && words[j + 1]?.lower === 'of';
    if (!ahead && !(CONTESTING.has(w.lower) && startsLower(w.text))) continue;
    const o = ahead ? j + 2 : j + 1;
    let oe = o < p ? capitalRun(words, o, Math.min(p + 1, o + 5)) : o;
    if (oe === o) return null;
    // (`Rep. Loretta Sanchez`, `Mr. Sanders`: a title's full stop stays inside the name.)
    if (oe + 1 <= p && words[oe]!.text === '.' && TITLE_ABBREVIATIONS.has(words[oe - 1]!.lower))
      oe = capitalRun(words, oe + 1, Math.min(p + 1, oe + 5));
    if (second) return [o, oe];
    let v = j;
    while (
      v - 1 > lo &&
      v > j - 3 &&
      /^(?:is|was|are|were|has|had|been|be|still|now|narrowly)$/.test(words[v - 1]!.lower)
    )
      v--;
    const subject = nameBefore(words, v, lo);
    return subject && !OPENERS.has(words[subject[0]]!.lower) ? subject : null;
  }
  return null;
}

/** Verbs that charge someone with an act after `of` (`accused Kessland of massing`). */
const ACCUSING: ReadonlySet<string> = new Set(
  'accused accuses accuse accusing suspected suspects suspect suspecting'.split(' '),
);

/**
 * `Ostravia accused neighbouring Kessland on Sunday of massing about 12,000 troops`, `accuses
 * Moscow of sending 300 tanks`: the object of a verb of accusing is the subject of the act in -ing
 * after `of` that takes the figure (at most one word between the act and the figure, eight between
 * the verb and `of`); its names when it has any.
 */
function accusedOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let g = first - 1;
  // (`of massing 12,000 troops and more than 80 tanks`: past the act's first count and `and`.)
  if (g - 2 >= lo && /^(?:and|or)$/.test(words[g]!.lower)) {
    let k = g - 1;
    while (k > lo && k > g - 5 && !isNumeric(words[k]!) && isCommonNoun(words[k]!)) k--;
    if (!isNumeric(words[k]!)) return null;
    while (
      k - 1 > lo &&
      k > g - 8 &&
      (HEDGE_WORDS.has(words[k - 1]!.lower) || /^\p{Sc}$/u.test(words[k - 1]!.text))
    )
      k--;
    g = k - 1;
  } else if (g - 1 >= lo && !/\p{Ll}ing$/u.test(words[g]!.text)) g--;
  if (g - 1 < lo || !/^\p{Ll}+ing$/u.test(words[g]!.text) || words[g - 1]!.lower !== 'of') return null;
  const of = g - 1;
  let v = of - 1;
  while (v >= lo && v > of - 9 && !ACCUSING.has(words[v]!.lower) && !CLAUSE_BREAK.has(words[v]!.lower)) v--;
  if (v < lo || !ACCUSING.has(words[v]!.lower) || v + 1 === of) return null;
  // The object: names first (`neighbouring Kessland`), else `the` and common nouns.
  let s = v + 1;
  while (s < of && !isNamePart(words[s]!)) s++;
  if (s < of) {
    const e = capitalRun(words, s, of);
    return e > s ? [s, e] : null;
  }
  const np = nounPhrase(words, v + 1 < of && DEFINITE.has(words[v + 1]!.lower) ? v + 2 : v + 1, of);
  return np && np[0] > v + 1 ? [v + 1, np[1]] : np;
}

/** Prepositions before a count that make it a part, an agent or a complement, not what a place holds. */
const COUNT_PLACE_STOPS: ReadonlySet<string> = new Set(
  'of by to for with among from between than like including against about'.split(' '),
);

/** Prepositions of an area a count is in (not `at`/`on`, which more often open a time or an occasion). */
const AREA_PLACES: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'near']);

/**
 * `The storm left 200,000 homes without power in Florida`, `300,000 people are at risk of famine in
 * Somalia`: a count that nothing else says whose it is takes the first named place after it in its
 * clause, as a measured count does (`measuredPlace`); not when a subject pronoun may own it (`He
 * scored 14 goals in Madrid`).
 */
function countPlace(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  if ((parts.kind ?? 'count') !== 'count' || parts.actedOn) return null;
  // (`, forcing more than 40,000 from their homes`: an elided count after a participle of harm.)
  if (!parts.noun) return struckPlace(words, parts);
  // (`five of the 10 Democrats`, `two of the firm's five directors`: a part of a whole named
  // before; `signed by 175 countries`: an agent. Only a subject or a verb's object.)
  let p = parts.first - 1;
  while (
    p >= parts.lo &&
    p > parts.first - 4 &&
    (DETERMINERS.has(words[p]!.lower) || /['’]s?$/u.test(words[p]!.text) || isNamePart(words[p]!))
  )
    p--;
  if (p >= parts.lo && COUNT_PLACE_STOPS.has(words[p]!.lower)) return null;
  // (`shares rose 6 pence … in London`, `an order worth 1.2 billion crowns … in China`: money
  // counted in coins is no count a place holds; `up 12.5 cents` and `to 388 pence` share the
  // figure's before them.)
  const head = words[parts.noun[1] - 1]!.lower;
  if (MONEY_COUNTS.has(head) || CURRENCY_WORDS.has(head)) return null;
  // (After a list's comma or conjunction the figure before may share its owner.)
  if (p >= parts.lo && /^(?:up|down|to|or|and|,|\()$/.test(words[p]!.lower)) return null;
  const place = measuredPlace(words, parts, AREA_PLACES);
  if (!place) return null;
  // (Only in the count's own verb phrase: not past a conjunction or a new circumstance, `gave up
  // three runs … and became the winner in the American League`, `qualifying for the finals in France`.)
  for (let k = parts.noun[1]; k < place[0]; k++) if (COUNT_PLACE_ENDS.has(words[k]!.lower)) return null;
  return aboutPronoun(words, parts) === null ? place : null;
}

/**
 * `Builders started work on 1.4 million homes in the United States`: the named place of a count whose
 * subject was found to own none (a plural of people opening the sentence), as `countPlace` reads it.
 */
export function placeOfCount(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  return parts.noun ? countPlace(words, parts) : null;
}

/** Coins and shares counted like things (`6 pence`, `50 cents`, `0.82 share`). */
const MONEY_COUNTS: ReadonlySet<string> = new Set(
  'cents cent pence penny share shares points point'.split(' '),
);
/** Words between a count and a place that end the count's verb phrase. */
const COUNT_PLACE_ENDS: ReadonlySet<string> = new Set(
  'and but or which who that when while as because for after before than'.split(' '),
);

/**
 * The token after a count coordinated right after `end` (`and 300 rescue boats`, `or some 40
 * more`): a hedge of at most two words, a number and at most three lower-case nouns; `end` when
 * none follows.
 */
function pastCoordinated(words: readonly Word[], end: number, hi: number): number {
  if (end + 2 >= hi || !/^(?:and|or)$/.test(words[end]!.lower)) return end;
  let k = end + 1;
  if (/^(?:about|some|around|nearly|almost|roughly|another|up)$/.test(words[k]!.lower)) k++;
  if (k < hi && words[k]!.lower === 'to') k++;
  if (k >= hi || !isNumeric(words[k]!)) return end;
  k++;
  const s = k;
  while (k < hi && k < s + 3 && nounLike(words[k]) && !isVerbish(words[k]!) && !LOCATED.has(words[k]!.lower))
    k++;
  return k > s ? k : end;
}

/**
 * The place phrase opened by the preposition at `k` (`in countries on Belarus’ borders`, `in the
 * San Diego County area`): a definite phrase, ended before a clause break, a verb, a time, a
 * circumstance or a number; null when there is none or it is a time (`in the first half`). After
 * a verb (`verbed`) `on` opens its object, not a place (`briefed on the talks`). With `opened`,
 * the word at `k` is a verb whose object is the place (`entered the Statehouse`).
 */
function placeAt(
  words: readonly Word[],
  k: number,
  hi: number,
  verbed: boolean,
  opened = false,
): [number, number] | null {
  if (
    k < hi &&
    (opened || PLACES.has(words[k]!.lower)) &&
    !(verbed && words[k]!.lower === 'on') &&
    !datedAt(words, k + 1, hi) &&
    isDefinite(words, k + 1, hi) &&
    // (`made eight saves on his debut`: a person's occasion is no place.)
    !(k + 1 < hi && /^(?:his|her)$/.test(words[k + 1]!.lower))
  ) {
    const s = k + 1;
    let e = s;
    // The phrase ends before a time (`in the Red Sea late on Friday`, `in early December`).
    while (
      e < hi &&
      e < s + MAX_ABOUT_TOKENS &&
      !CLAUSE_BREAK.has(words[e]!.lower) &&
      !DASHES.has(words[e]!.text) &&
      words[e]!.text !== '.' &&
      // (`the flooded district`: a participle after a determiner is an adjective.)
      !(e > s && isVerbish(words[e]!) && !DEFINITE.has(words[e - 1]!.lower)) &&
      // (`at the Ford plant went on strike`: an irregular past after a noun is the verb.)
      !(
        e > s &&
        !DEFINITE.has(words[e - 1]!.lower) &&
        startsLower(words[e]!.text) &&
        (IRREGULAR_PASTS.has(words[e]!.lower) ||
          ACTION_PASTS.has(words[e]!.lower) ||
          PAST_STOPS.has(words[e]!.lower))
      ) &&
      // (`in the city and we struggle`, `in the valley and sell the offsets`: a new clause or verb.)
      !(
        e > s &&
        words[e]!.lower === 'and' &&
        (PRONOUN.test(words[e + 1]?.lower ?? '') ||
          (allLower1(words[e + 1]?.text ?? '') && /^(?:the|a|an|its|their)$/.test(words[e + 2]?.lower ?? '')))
      ) &&
      // (`near the headquarters to conduct the search`: an infinitive ends it.)
      !(
        e > s &&
        words[e]!.lower === 'to' &&
        allLower1(words[e + 1]?.text ?? '') &&
        !DEFINITE.has(words[e + 1]!.lower) &&
        words[e + 1]!.lower !== 'a'
      ) &&
      // (`in Gaza need food aid`, `in Tanzania refuse to go home`: a plural's verb after a name;
      // `at the plant face redundancy`: after a common noun before its object.)
      !(
        e > s + 1 &&
        !isNamePart(words[e - 1]!) &&
        !DEFINITE.has(words[e - 1]!.lower) &&
        PLURAL_VERBS.has(words[e]!.lower) &&
        e + 1 < hi &&
        (nounLike(words[e + 1]) || DEFINITE.has(words[e + 1]!.lower))
      ) &&
      !(
        e > s &&
        isNamePart(words[e - 1]!) &&
        allLower1(words[e]!.text) &&
        (PLURAL_VERBS.has(words[e]!.lower) || words[e + 1]?.lower === 'to')
      ) &&
      !(e > s && TIME_ADVERBS.has(words[e]!.lower)) &&
      !(e > s && (TIME_OPENERS.has(words[e]!.lower) || CALENDAR.has(words[e]!.lower))) &&
      // (`crossed the Channel in small boats`, `into Chad on foot`: an inner phrase with no
      // determiner and no name in its next three words says how, not where.)
      !(e > s && MANNER_PREPOSITIONS.has(words[e]!.lower) && mannerAt(words, e + 1, hi)) &&
      !(e > s && PLACE_ENDS.has(words[e]!.lower)) &&
      // (A number opens a time or another figure: `at the school three years ago`; so does a
      // currency: `in the quarter to $2.35 billion`.)
      !(
        e > s &&
        (isNumeric(words[e]!) || SMALL_NUMBERS.has(words[e]!.lower) || /^\p{Sc}/u.test(words[e]!.text))
      )
    )
      e++;
    // A number that opens a time ends no place: `in its first four years` is a time.
    if (e < hi && (isNumeric(words[e]!) || SMALL_NUMBERS.has(words[e]!.lower))) {
      const t1 = words[e + 1]?.lower ?? '';
      const t2 = words[e + 2]?.lower ?? '';
      // (`at the school three years ago`: a place before the time stays; `in its first` is none.)
      if (
        (TIME_HEADS.has(t1) || t1 === 'ago' || TIME_HEADS.has(t2) || t2 === 'ago') &&
        /^(?:first|second|third|last|next|past|coming|previous)$/.test(words[e - 1]!.lower)
      )
        return null;
    }
    // (`on Super Tuesday`, `on Black Friday`: a name that ends in a weekday or a month is a day.)
    if (
      e < hi &&
      e > s &&
      CALENDAR.has(words[e]!.lower) &&
      isNamePart(words[e - 1]!) &&
      isNamePart(words[e]!)
    )
      return null;
    // (A time after the place: `in Kenya and Tanzania earlier in the day`; `in England in the year
    // to March`, its preposition before a month left.)
    if (e - 2 > s && TRAILING_PREPOSITIONS.has(words[e - 1]!.lower) && TIME_HEADS.has(words[e - 2]!.lower))
      e--;
    if (e - 1 > s && TIME_HEADS.has(words[e - 1]!.lower)) {
      let p = e - 2;
      while (p > s && !/^(?:in|on|at|during|earlier|later)$/.test(words[p]!.lower)) p--;
      if (p > s && words.slice(s, p).some(isNamePart)) e = p;
    }
    // (A preposition left at the end opened a time: `in Kabul on Monday`.)
    while (e > s + 1 && TRAILING_PREPOSITIONS.has(words[e - 1]!.lower)) e--;
    // A time is no place (`shrank 0.1% in the third quarter`, `in the first half`), nor is an
    // event (`killed in the attack`, `injured in the blast`).
    // (A named event holds its place: `in the San Bernardino attacks`.)
    const event = EVENT_HEADS.has(words[e - 1]!.lower) && !words.slice(s, e - 1).some(isNamePart);
    // (`at the last election`: a phrase cut to its article is none.)
    if (e === s + 1 && OPENERS.has(words[s]!.lower)) return null;
    // (`at the close of trading`, `at the end of the session`: a point of time, no place.)
    const head = DEFINITE.has(words[s]!.lower) ? s + 1 : s;
    if (head + 1 < e && TIME_POINTS.has(words[head]!.lower) && words[head + 1]!.lower === 'of') return null;
    if (e > s && !TIME_HEADS.has(words[e - 1]!.lower) && !event) return [s, e];
  }
  return null;
}

/** Nouns of a point of time before `of` (`the close of trading`, `the end of the year`). */
const TIME_POINTS: ReadonlySet<string> = new Set(
  'close end start beginning opening middle height peak onset outset'.split(' '),
);

/** Irregular pasts of motion and being that end a place phrase (`at the plant went on strike`). */
const PAST_STOPS: ReadonlySet<string> = new Set(
  'went came began became stood sat met got saw told'.split(' '),
);

/** Present verbs of a plural subject that a place phrase cannot hold (`people in Gaza need aid`). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(
  'need face remain lack say want live risk continue depend refuse hope fear are were have'.split(' '),
);

/** Comparatives that make a figure before `than` a difference (`$40 less than`). */
const COMPARATIVES: ReadonlySet<string> = new Set(
  'less more fewer cheaper dearer higher lower bigger smaller larger greater longer shorter'.split(' '),
);

/** Number words that end a place phrase. */
const SMALL_NUMBERS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten eleven twelve dozen hundreds thousands'.split(' '),
);

/** Prepositions, determiners and adverbs that cannot end a place phrase (`in Europe alone in the`). */
const TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in on at near along inside across of from to by for with into onto over under during after before since until the a an this that its their his her our alone also only just now and or nearly almost about around some roughly'.split(
    ' ',
  ),
);

/** Lower-case words after `percent of` that name no whole of their own. */
const NO_WHOLE: ReadonlySet<string> = new Set(
  'those them us which whom who whose what all it this that these each any one total his her their our my your and or nor than to as under over against among between across within without for into onto upon about through during per like via'.split(
    ' ',
  ),
);

/**
 * Up to three lower-case words from `k` naming the whole of a share (`registered voters`, `the
 * vote`), ending at a plural noun or before a verb-like word, an adverb, a clause break or a
 * preposition; null when the first word is a pronoun or quantifier (`of those surveyed`, `of them`).
 */
/** Present verbs in -s that follow a share's whole (`of the budget goes to`). */
const WHOLE_VERBS: ReadonlySet<string> = new Set(
  'goes pays comes makes takes gives gets says remains stays lives works votes falls rises needs wants'.split(
    ' ',
  ),
);

function commonNounRun(words: readonly Word[], k: number, hi: number): [number, number] | null {
  if (k >= hi || NO_WHOLE.has(words[k]!.lower)) return null;
  let e = k;
  while (
    e < hi &&
    e < k + 3 &&
    // (`of the city's buildings`: a possessive before the noun.)
    (/^\p{Ll}[\p{Ll}-]*$/u.test(words[e]!.text) ||
      (/^\p{Ll}+['’]s$/u.test(words[e]!.text) &&
        e + 1 < hi &&
        allLower1(words[e + 1]!.text) &&
        !/(?:st|nd|rd|th|est)$/.test(words[e + 1]!.lower))) &&
    // A participle may open the phrase as an adjective (`registered voters`), never end it.
    !(isVerbish(words[e]!) && (e > k || VERBS.has(words[e]!.lower))) &&
    !CLAUSE_BREAK.has(words[e]!.lower) &&
    !PLACES.has(words[e]!.lower) &&
    !PLACE_ENDS.has(words[e]!.lower) &&
    !LINKS.has(words[e]!.lower) &&
    !NO_WHOLE.has(words[e]!.lower) &&
    !/ly$/.test(words[e]!.lower) &&
    // (`40 percent of the grant pays for schools`: a present verb after the whole.)
    !(e > k && WHOLE_VERBS.has(words[e]!.lower))
  ) {
    e++;
    // A plural noun ends the whole (`precincts reporting`, `registered voters view`).
    if (/[^s'’]s$/.test(words[e - 1]!.lower)) break;
  }
  if (e > k && isVerbish(words[e - 1]!)) e--;
  return e > k ? [k, e] : null;
}

/** Words that close a place phrase: a new clause or a circumstance (`in Germany as sales slump`). */
const PLACE_ENDS: ReadonlySet<string> = new Set(
  'as amid after before because since when where until despite following for with by through via toward towards over during throughout within so'.split(
    ' ',
  ),
);

/** Nouns of events that end a phrase after `in` that is a circumstance, not a place. */
const EVENT_HEADS: ReadonlySet<string> = new Set(
  'war wars attack attacks debate debates election elections talks summit strike strikes airstrike airstrikes blast blasts explosion explosions fire fires wildfire wildfires crash crashes collision derailment flood floods flooding storm storms hurricane cyclone typhoon tornado tsunami earthquake quake eruption heatwave fighting clashes violence shooting shootings incident accident accidents raid raids bombing bombings shelling assault offensive protest protests riot riots stampede landslide mudslide avalanche outbreak pandemic epidemic'.split(
    ' ',
  ),
);

/**
 * `The 1998 flood killed 61 people`, `The blast has injured 40`: the event whose verb of harm acts
 * on the figure, when a short phrase headed by a noun of an event opens the clause right before the
 * verb (at most two auxiliaries or adverbs between). Read only when no place says where.
 */
export function eventSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let v = first - 1;
  if (v > lo && words[v]!.lower === 'all') v--;
  let k = v - 1;
  while (
    k >= lo &&
    k > v - 3 &&
    (AUXILIARIES.has(words[k]!.lower) || VERB_ADVERBS.has(words[k]!.lower) || isAdverbLy(words[k]!.lower))
  )
    k--;
  if (k < lo || !startsLower(words[k]!.text) || !EVENT_HEADS.has(words[k]!.lower)) return null;
  let s = k;
  while (
    s - 1 >= lo &&
    s > k - 3 &&
    (isCommonNoun(words[s - 1]!) ||
      /^(?:1[89]|20)\d\d$/.test(words[s - 1]!.text) ||
      /^\p{Ll}+-\p{Ll}+$/u.test(words[s - 1]!.text))
  )
    s--;
  if (
    s - 1 >= lo &&
    /^(?:the|a|an|its|their|this|that|last|saturday's|sunday's|friday's)$/.test(words[s - 1]!.lower)
  )
    s--;
  return clauseStart(words, s + 1, lo) === s ? [s, k + 1] : null;
}

/** Nouns that make a phrase a stretch of time, not a place. */
const TIME_HEADS: ReadonlySet<string> = new Set(
  'quarter quarters half year years month months week weeks day days period session sessions term season decade century weekend morning afternoon evening night summer winter spring autumn'.split(
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
  // `Its shares jumped 7.5%`, `his tally`: a possessive pronoun opening the phrase stands for the
  // one organisation (`its`) or person (`his`/`her`) named just before, whose the figure is.
  const owner = POSSESSIVE_PRONOUNS.get(words[range[0]]!.lower);
  if (owner && range[1] - range[0] > 1) {
    const referent = pronounReferent({ ...words[range[0]]!, lower: owner }, entities, 0);
    if (referent) return referent;
  }
  return stripPossessive(text.slice(s, e));
}

/** Possessive pronouns and the subject pronoun whose referent they share. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['its', 'it'],
  ['his', 'he'],
  ['her', 'she'],
]);

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

/** Determiners and possessive pronouns that open a definite phrase (`the border area`, `its plants`). */
const DEFINITE: ReadonlySet<string> = new Set(
  'the its their his her our this that these those both all'.split(' '),
);

/**
 * True when the phrase at `k` is definite (a name, a determiner or possessive) or a bare plural. A
 * bare singular or indefinite phrase after `in`/`on`/`at` is a circumstance, not a place (`in close contact`,
 * `on a charge`, `in six consecutive games`, `at a time`, `in recent trading`).
 */
function isDefinite(words: readonly Word[], k: number, hi: number): boolean {
  if (k >= hi) return false;
  const w = words[k]!;
  if (DEFINITE.has(w.lower) || (isCapitalised(w) && startsLetter(w.text) && !OPENERS.has(w.lower)))
    return true;
  // `in northern Wexford`, `across central Ohio`, `to neighbouring Uganda`: a region of a named place.
  if (
    (COMPASS.test(w.lower) || /^(?:neighbou?ring|nearby)$/.test(w.lower)) &&
    k + 1 < hi &&
    isNamePart(words[k + 1]!)
  )
    return true;
  // A bare plural names places too (`in countries on Belarus’ borders`, `in camps`); an adjective
  // in -ous is none (`in serious condition`).
  return /^\p{Ll}+[^su]s$/u.test(w.text) && nounLike(w);
}

/** Adjectives of a region (`northern`, `south-east`, `central`). */
const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?$/;

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Pronouns, alone or with a contraction (`They’ll`, `it's`, `we’re`): they name no one here. */
const PRONOUN =
  /^(?:i|you|he|she|it|we|they|them|us|him|me|this|that|these|those|there|here|who|which|what)(?:['’](?:ll|re|ve|d|s|m))?$/u;

/** Words that cannot name what a figure counts on their own, capitalised or not. */
const NO_NAME: ReadonlySet<string> = new Set(
  'plus minus off now today tonight yesterday tomorrow from to normally only just also then than and or but nor so yet per each every total respectively instead including either neither both none'.split(
    ' ',
  ),
);

/**
 * True when a found phrase is no noun phrase: one that opens with a pronoun (`They’ll`), or a single
 * word that is a function word, an adverb or a conjunction (`Plus`, `Normally`, `From`, `Today`).
 */
function isJunk(words: readonly Word[], [s, e]: [number, number]): boolean {
  const w = words[s]!;
  // `US`, `IT` in capitals are names, not pronouns.
  if (PRONOUN.test(w.lower) && !ALL_CAPS.test(w.text)) return true;
  if (e - s === 1 && (NO_NAME.has(w.lower) || OPENERS.has(w.lower) || isAdverbLy(w.lower))) return true;
  // `closed down 1/8 at 40 Friday`, `to 51.9 from July's 51.2`: a weekday or a month dates the figure
  // (not `May`, a name too); `rose 3.4 per cent year-on-year`: a period of comparison owns nothing.
  if (e - s === 1 && ((CALENDAR.has(w.lower) && w.lower !== 'may') || PER_PERIOD.test(w.lower))) return true;
  // (`in the past 24 hours`, `over the next decade`: a time, no place or thing.)
  if (TIME_HEAD_WORDS.has(words[e - 1]!.lower)) return true;
  return false;
}

/** Measures a price is given per (`a litre of petrol`, `a barrel of oil`, `a loaf of bread`). */
const PER_MEASURES: ReadonlySet<string> = new Set(
  'litre liter gallon barrel pint loaf dozen kilo kilogram tonne ton ounce bag packet bottle carton'.split(
    ' ',
  ),
);

/** True when `of the vote` (`of the popular vote`, `of votes cast`, `of the ballots`) stands at `k`. */
function ofTheVote(words: readonly Word[], k: number, hi: number): boolean {
  if (k + 1 >= hi || words[k]!.lower !== 'of') return false;
  let j = k + 1;
  if (/^(?:the|all)$/.test(words[j]!.lower)) j++;
  if (j < hi && /^(?:popular|national|first-round|total)$/.test(words[j]!.lower)) j++;
  return j < hi && /^(?:vote|votes|ballots)$/.test(words[j]!.lower);
}

/** Heads of a phrase of time that a figure's phrase may end on (`the past`, `the meantime`). */
const TIME_HEAD_WORDS: ReadonlySet<string> = new Set(['past', 'future', 'meantime', 'interim']);

/** A period of comparison: `year-on-year`, `month-over-month`, `quarter-on-quarter`. */
const PER_PERIOD = /^(?:year|month|quarter|week|day)-(?:on|over)-(?:year|month|quarter|week|day)$/;

/** Words that end a noun phrase after a figure though they look like nouns. */
const NP_STOP: ReadonlySet<string> = new Set(
  'plus minus off now today tonight yesterday tomorrow overnight long wide high tall deep thick old away apart ahead behind above below beyond clear adrift shy north south east west northeast northwest southeast southwest total each respectively instead alone too more less no not yes later earlier ago dollars dollar euros pounds'.split(
    ' ',
  ),
);
const OPEN_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘', "'"]);
/** A lower-case word with a capital inside, a product's or service's name (`eGift`, `iPhone`). */
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
const NP_MAX_TOKENS = 5;
/** Past participles not in -ed that may follow a noun (`rope made out of plastic`). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  'made built sold paid given taken shown known held bought found kept won lost spent'.split(' '),
);
/** Participles that are also nouns or bare forms, read as participles only before a preposition. */
const SHORT_PARTICIPLES: ReadonlySet<string> = new Set('spread set cut put split shared'.split(' '));
/** Irregular past forms that are no nouns, ending a noun phrase they follow (`quake struck`). */
const PAST_VERBS: ReadonlySet<string> = new Set(
  'struck shook swept tore fell grew sank slid sent took gave brought fought threw drove began broke drew rose ran saw came went became'.split(
    ' ',
  ),
);
/** Words of dimension after a length that say it of the subject (`16 feet long`). */
const DIMENSIONS: ReadonlySet<string> = new Set('long wide high tall deep thick across'.split(' '));
/** Nouns that only repeat that there is a figure (`the $53 million figure`, `a number`). */
const COUNTING_HEADS: ReadonlySet<string> = new Set('figure total sum amount number tally'.split(' '));
/** Nouns of a collection whose `of` phrase names what it holds (`list`, `package`, `basket`). */
const CONTAINERS: ReadonlySet<string> = new Set(
  'list package batch set series basket portfolio tranche round bundle'.split(' '),
);

/**
 * A noun phrase from `k`: at most five names, lower-case nouns and modifiers, joined by `and` when
 * a noun follows it (`debt and equity`, `industrial and consumer goods`), ending before a function
 * word, a verb-like word after a noun (`touchscreen handles settings`), a time or a number. Null when
 * none, or when it is compared (`$50 cheaper than`).
 */
function nounPhrase(words: readonly Word[], k: number, hi: number): [number, number] | null {
  let s = k;
  if (s < hi && OPEN_QUOTES.has(words[s]!.text)) s++;
  // (`jumped 1.8 percent following a decrease`: a participle used as a preposition opens none.)
  if (s < hi && PREPOSITIONAL_PARTICIPLES.has(words[s]!.lower)) return null;
  let e = s;
  while (e < hi && e < s + NP_MAX_TOKENS) {
    const w = words[e]!;
    if (e > s && w.lower === 'and') {
      // `debt and equity`, `industrial and consumer goods`; after a plural a new phrase starts
      // (`wheels and sport air suspension`).
      if (
        e + 1 < hi &&
        !/[^s]s$/.test(words[e - 1]!.lower) &&
        nounLike(words[e + 1]) &&
        !NP_STOP.has(words[e + 1]!.lower)
      ) {
        e++;
        continue;
      }
      break;
    }
    // `upper touchscreen handles e-tron settings`: an -s word after a singular noun and before a
    // noun or a determiner is the verb.
    if (
      e > s &&
      /^\p{Ll}{3,}[^siu]s$/u.test(w.text) &&
      /^\p{L}[\p{L}-]*[^s]$/u.test(words[e - 1]!.text) &&
      e + 1 < hi &&
      // (After a name only before an article or `to`: `Chinese goods imposed` is a noun and its participle.)
      ((nounLike(words[e + 1]) && !isCapitalised(words[e - 1]!)) ||
        // (`on new players this summer`: a demonstrative before a time word dates the phrase.)
        (DEFINITE.has(words[e + 1]!.lower) &&
          !(
            /^th(?:is|at|ese|ose)$/.test(words[e + 1]!.lower) && TIME_HEADS.has(words[e + 2]?.lower ?? '')
          )) ||
        // (`a 512GB version costs $1,449`: before a figure; `6.8 quake kills at least 140`: before a
        // hedged one.)
        isNumeric(words[e + 1]!) ||
        hedgedFigureAt(words, e + 1, hi) ||
        /^\p{Sc}/u.test(words[e + 1]!.text) ||
        words[e + 1]!.lower === 'a' ||
        (words[e + 1]!.lower === 'to' && isCapitalised(words[e - 1]!)))
    )
      break;
    // (`the $100,000-plus salary drew criticism`, `1 in 3 children live in poverty`: a past verb,
    // or a plural's verb after a plural, ends the phrase.)
    if (
      e > s &&
      (PAST_VERBS.has(w.lower) || (PLURAL_VERBS.has(w.lower) && isPluralWord(words[e - 1]!))) &&
      startsLower(w.text)
    )
      break;
    // (`grossed $1.2 billion worldwide`, `$40 apiece`: an adverb not in -ly is no thing.)
    if (e === s && PLAIN_ADVERBS.has(w.lower) && !nounLike(words[e + 1])) break;
    // (`His net worth of $5 billion makes him`: an -s word before an object pronoun is a verb.)
    if (e === s && OBJECT_PRONOUNS.has(words[e + 1]?.lower ?? '') && /^\p{Ll}{3,}[^siu']s$/u.test(w.text))
      break;
    // (`rose 3.4 per cent year-on-year`: a period of comparison; `dropped 19.69 points Friday`: a day.)
    if (e === s && (PER_PERIOD.test(w.lower) || (CALENDAR.has(w.lower) && !/^(?:may|march)$/.test(w.lower))))
      break;
    if (NP_STOP.has(w.lower) || CALENDAR.has(w.lower) || OPENERS.has(w.lower)) {
      // `The`/`A` open no phrase here; a capitalised function word is no name either.
      if (!(isCapitalised(w) && !OPENERS.has(w.lower) && !NP_STOP.has(w.lower))) break;
    }
    // `that’s`, `it’ll`: a pronoun with its verb ends the phrase; so do a time (`last year`), an
    // adverb after the first word (`fiber daily increased`) and `worth of` (`$125 billion worth of`).
    if (PRONOUN.test(w.lower) || (e > s && (TIME_OPENERS.has(w.lower) || isAdverbLy(w.lower)))) break;
    // (`2.3 tonnes of cocaine worth £180m`: and `worth` before the amount.)
    if (
      w.lower === 'worth' &&
      e + 1 < hi &&
      (words[e + 1]!.lower === 'of' ||
        /^\p{Sc}/u.test(words[e + 1]!.text) ||
        isNumeric(words[e + 1]!) ||
        HEDGE_WORDS.has(words[e + 1]!.lower) ||
        // (`worth an estimated £90m`, `worth a reported $2 billion`.)
        (/^(?:an?|some|about|around|nearly|almost)$/.test(words[e + 1]!.lower) &&
          e + 2 < hi &&
          (/^\p{Sc}/u.test(words[e + 2]!.text) ||
            isNumeric(words[e + 2]!) ||
            /^(?:estimated|reported|total|combined|further|additional)$/.test(words[e + 2]!.lower))))
    )
      break;
    // A name after a common noun starts something else (`the $53 million figure McKinley cited`).
    if (isCapitalised(w) && startsLetter(w.text)) {
      // (A demonym before a noun stays: `annual Chinese purchases`.)
      if (
        e > s &&
        startsLower(words[e - 1]!.text) &&
        !INNER_CAPITAL.test(words[e - 1]!.text) &&
        !(e + 1 < hi && nounLike(words[e + 1]) && !isVerbish(words[e + 1]!))
      )
        break;
      e++;
    } else if (nounLike(w) || INNER_CAPITAL.test(w.text)) e++;
    else if (e > s && isAmpersandJoin(words, e, s, hi)) e++;
    else break;
  }
  while (e > s && (words[e - 1]!.lower === 'and' || words[e - 1]!.text === '&')) e--;
  // `the usual $199 price tag and typical $165 …`: a coordination cut by the next figure.
  if (e < hi && (isNumeric(words[e]!) || /^\p{Sc}$/u.test(words[e]!.text))) {
    let a = e - 1;
    while (a > s && words[a]!.lower !== 'and') a--;
    if (a > s) e = a;
  }
  // (`the $40 million budget set aside`: `set`/`put` and its particle read into the phrase.)
  if (
    e - 2 > s &&
    /^(?:up|aside|out|off|down|forward|apart)$/.test(words[e - 1]!.lower) &&
    /^(?:set|put)$/.test(words[e - 2]!.lower)
  )
    e -= 2;
  // A participle after the noun tells what was done with it (`Chinese goods imposed on Sept. 1`).
  // (`a magnitude 6.1 quake struck`, `a 5.8-magnitude tremor shook the capital`: so does a past
  // verb that is no noun; `hit` only before its object.)
  while (
    e > s + 1 &&
    (isVerbish(words[e - 1]!) ||
      IRREGULAR_PARTICIPLES.has(words[e - 1]!.lower) ||
      /[ai]ble$/.test(words[e - 1]!.lower) ||
      PAST_VERBS.has(words[e - 1]!.lower) ||
      // (`a $2 billion fund set up in 2020`, `money put aside`: `set`/`put` before its particle.)
      (/^(?:set|put)$/.test(words[e - 1]!.lower) &&
        e < hi &&
        /^(?:up|aside|out|off|down|forward|apart)$/.test(words[e]!.lower)) ||
      (words[e - 1]!.lower === 'hit' &&
        e < hi &&
        (DEFINITE.has(words[e]!.lower) || /^an?$/.test(words[e]!.lower) || isNamePart(words[e]!)))) &&
    !VERBS.has(words[e - 2]!.lower)
  )
    e--;
  // So does a verb in -ing with its object (`gas engine powering the front wheels`).
  if (
    e > s + 1 &&
    /ing$/.test(words[e - 1]!.lower) &&
    e < hi &&
    (DEFINITE.has(words[e]!.lower) || words[e]!.lower === 'a' || nounLike(words[e]))
  )
    e--;
  if (e === s) return null;
  if (e < hi && words[e]!.lower === 'than') return null;
  // `20 of his season-high 31 points`: a modifier of another figure.
  if (e < hi && isNumeric(words[e]!)) return null;
  if (e - s === 1 && (isVerbish(words[s]!) || COUNTING_HEADS.has(words[s]!.lower))) return null;
  // (`stood 1.02 cents lower at`, `quoted at 87.5 cents bid, down`: a comparative or a quote's
  // side alone is no thing.)
  if (
    e - s === 1 &&
    (/^(?:higher|lower)$/.test(words[s]!.lower) ||
      // (`91 percent effective against`, `15% lighter and`: an adjective of the subject, no thing.)
      ((/(?:ive|ful|[^e]er)$/.test(words[s]!.lower) || SHARE_ADJECTIVES.has(words[s]!.lower)) &&
        s > 0 &&
        // (`85 per cent effective`: the unit in two words too.)
        (/^(?:percent|%|cent|pct)$/.test(words[s - 1]!.lower) || /%$/.test(words[s - 1]!.text)) &&
        (/er$/.test(words[s]!.lower)
          ? e >= hi || /^(?:than|and|or|[,.;)])$/.test(words[e]!.lower)
          : e >= hi || !nounLike(words[e]) || /^(?:against|at|in|for|to|on)$/.test(words[e]!.lower))) ||
      (words[s]!.lower === 'bid' && /^[,.;]$/.test(words[e]?.text ?? '.')))
  )
    return null;
  const last = words[e - 1]!;
  if (isAdverbLy(last.lower) || TIME_HEADS.has(last.lower) || VERBS.has(last.lower)) return null;
  // `a $250 billion list of industrial and consumer goods`: a container's matter says more.
  if (e - s === 1 && CONTAINERS.has(words[s]!.lower) && e + 1 < hi && words[e]!.lower === 'of') {
    const matter = nounPhrase(words, e + 1, hi);
    if (matter) return matter;
  }
  return [s, e];
}

/**
 * True when a hedge of a figure opens at `k` and the figure follows within three words (`at least
 * 140`, `up to 300`, `more than 2,000`, `as many as 40`, `nearly $3 billion`).
 */
function hedgedFigureAt(words: readonly Word[], k: number, hi: number): boolean {
  if (k >= hi || !(HEDGE_WORDS.has(words[k]!.lower) || /^(?:at|up|as)$/.test(words[k]!.lower))) return false;
  for (let j = k + 1; j < hi && j <= k + 3; j++) {
    if (isNumeric(words[j]!) || /^\p{Sc}/u.test(words[j]!.text)) return true;
    if (!/^(?:least|most|to|many|much|than|as)$/.test(words[j]!.lower)) return false;
  }
  return false;
}

/** Names of diseases, written capitalised before the noun they modify (`Covid patients`). */
const DISEASES: ReadonlySet<string> = new Set(
  "covid covid-19 ebola zika hiv aids sars mers mpox omicron delta h5n1 h1n1 alzheimer’s alzheimer's parkinson’s parkinson's".split(
    ' ',
  ),
);

/** True for a plural noun in -s or one with no -s (`children`, `people`). */
function isPluralWord(w: Word): boolean {
  return /\p{Ll}[^s'’]s$/u.test(w.text) || /^(?:people|children|men|women|police|staff)$/.test(w.lower);
}

/** Prepositions inside a place phrase that may open a phrase of manner (`in small boats`, `on foot`). */
const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'by', 'aboard']);

/** True when the phrase at `k` opens with no determiner and names nothing in its first three words. */
function mannerAt(words: readonly Word[], k: number, hi: number): boolean {
  if (k >= hi || DEFINITE.has(words[k]!.lower)) return false;
  for (let j = k; j < hi && j < k + 3; j++) if (isNamePart(words[j]!)) return false;
  return true;
}

/** Words of addition between a figure and its noun (`300 more troops`, `300 New Jobs`). */
const ADDITIONS: ReadonlySet<string> = new Set(['more', 'other', 'additional', 'extra', 'further', 'new']);

/** Object pronouns, after which an -s word is a verb (`makes him`). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'it', 'them', 'us', 'me']);

/** Adjectives a share says of its subject in other endings (`95 percent full`, `80% complete`). */
const SHARE_ADJECTIVES: ReadonlySet<string> = new Set(
  'full empty complete finished done likely unlikely sure certain ready accurate correct owned'.split(' '),
);

/** Prepositions after an amount that name what it is of or for (`$2 billion in cash reserves`). */
const VALUE_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'on', 'for']);

/**
 * The thing an amount, share or measure is of: a noun phrase right after it (`a $3 billion buyout`,
 * `a 9% funding increase`, `20-inch wheels`, `150 kW DC fast charging`), else one after `in`, `of`,
 * `on`, `for` or `worth of` with no article (`$156 billion in Chinese consumer goods`, `414 lb-ft of
 * torque`; `of the border` is a place or a part, not a measure's matter). A coordinated figure
 * (`71 kWh and 95 kWh of battery capacity`) and a short bracket (`2 inches (50.8 mm) of rain`) are
 * passed over. Lengths take only the phrase after their adjective form or after `of`; a figure with
 * no unit only a phrase after `in` or `of` (`12,000 in attendance`).
 */
function thingAfter(
  words: readonly Word[],
  parts: QuantityParts,
  kind: 'value' | 'length' | 'none',
): [number, number] | null {
  const { hi } = parts;
  let k = parts.noun ? parts.noun[1] : (parts.end ?? parts.afterFigure);
  if (k >= hi) return null;
  // A percentage's `of` names its whole (the share rule's); its `in` a time or a circumstance
  // (`rose 4% in May`, `down 5% in recent trading`): it takes only the phrase it modifies.
  const share = parts.share === true;
  if (kind === 'value' || (kind === 'length' && parts.adjective)) {
    const np = nounPhrase(words, k, hi);
    // (`spent $1.2 billion developing it`: a gerund with its object is a clause, no thing.)
    const clause =
      np !== null &&
      np[1] === np[0] + 1 &&
      /\p{Ll}ing$/u.test(words[np[0]]!.text) &&
      np[1] < hi &&
      (PRONOUN.test(words[np[1]]!.lower) || /^(?:the|a|an|its|their|his|her|our)$/.test(words[np[1]]!.lower));
    // (`$40 billion spread over a decade`, `£2m earmarked for schools`: a participle alone before a
    // preposition tells what was done with the amount, no thing.)
    const done =
      np !== null &&
      np[1] === np[0] + 1 &&
      np[1] < hi &&
      HEADLINE_PREPOSITIONS.has(words[np[1]]!.lower) &&
      startsLower(words[np[0]]!.text) &&
      // (After an article the word is a noun: `a $2 billion cut in taxes`.)
      !(
        parts.first > parts.lo &&
        /^(?:a|an|the|its|their|his|her|our|this|that)$/.test(words[parts.first - 1]!.lower)
      ) &&
      !CHANGE_NOUNS.has(words[np[0]]!.lower) &&
      (isVerbish(words[np[0]]!) ||
        IRREGULAR_PARTICIPLES.has(words[np[0]]!.lower) ||
        SHORT_PARTICIPLES.has(words[np[0]]!.lower));
    // (`Temperatures Hit 41C Across the South`: a headline's capitalised preposition opens none.)
    if (
      np &&
      !clause &&
      !done &&
      !OPEN_QUOTES.has(words[k]!.text) &&
      !HEADLINE_PREPOSITIONS.has(words[k]!.lower)
    )
      return changeMatter(words, np, hi) ?? np;
  }
  // `71 kWh and 95 kWh of …`: the other figure of a pair.
  if ((words[k]!.lower === 'and' || words[k]!.lower === 'or') && k + 1 < hi && isNumeric(words[k + 1]!)) {
    k += 2;
    if (k < hi && parts.noun && words[k]!.lower === words[parts.noun[0]]!.lower) k++;
  }
  // `2 inches (50.8 millimeters) of rain`: a short bracket.
  if (k < hi && words[k]!.text === '(') {
    let j = k + 1;
    while (j < hi && j < k + 6 && words[j]!.text !== ')') j++;
    if (j < hi && words[j]!.text === ')') k = j + 1;
  }
  if (k + 1 >= hi) return null;
  let link = words[k]!.lower;
  if (link === 'worth' && words[k + 1]!.lower === 'of') {
    k++;
    link = 'of';
  }
  // (`rose by 500 to 39,200 rupees on thin supply`: `on` after a new level gives its cause.)
  if (link === 'on' && parts.first > 0 && words[parts.first - 1]!.lower === 'to') return null;
  const ok =
    kind === 'value'
      ? parts.money
        ? VALUE_LINKS.has(link)
        : link === 'of' && !share
      : kind === 'length'
        ? link === 'of'
        : link === 'in' || link === 'of';
  if (!ok) return null;
  let s = k + 1;
  const w = words[s]!;
  // `of the border`, `in a year`, `in 2019`, `in September`: no matter of the amount.
  if (/^\p{N}/u.test(w.text) || CALENDAR.has(w.lower) || TIME_OPENERS.has(w.lower)) return null;
  if (/^(?:the|a|an|this|that|these|those)$/.test(w.lower)) return null;
  // `on its CLPS contracts`, `of their close contacts`: a possessive pronoun is passed over.
  // (Not after a distance: `within 20 km of its border` is measured from a place, as `of the border`.)
  if (/^(?:its|their|his|her|our|my|your)$/.test(w.lower)) {
    if (kind === 'length' && !parts.adjective) return null;
    s++;
  }
  const np = nounPhrase(words, s, hi);
  if (!np) return null;
  // `closed at €38.60 in Frankfurt trading`: the market or session an amount was traded in is a
  // circumstance, not what the amount is of.
  if (link === 'in' && SESSION_HEADS.has(words[np[1] - 1]!.lower)) return null;
  // `fined €4.5 million for failing to pay`: a gerund that takes an infinitive or an object opens a
  // clause, no noun phrase.
  if (
    np[1] === np[0] + 1 &&
    /\p{Ll}ing$/u.test(words[np[0]]!.text) &&
    np[1] < hi &&
    /^(?:to|a|an|the|its|their|his|her|our)$/.test(words[np[1]]!.lower)
  )
    return null;
  return np;
}

/** Nouns of a change, whose phrase after `in`/`of` says what changed (`a 9% rise in the index`). */
const CHANGE_NOUNS: ReadonlySet<string> = new Set(
  'rise rises increase increases jump gain gains growth fall falls drop drops decline declines decrease decreases cut cuts reduction reductions slump surge hike hikes climb dip slide plunge'.split(
    ' ',
  ),
);

/**
 * `a 9% rise in the sector index`, `a 4% cut in central funding`, `a $2 billion increase in
 * spending`: a change noun's phrase after `in` or `of` (one article or possessive passed over) is
 * what changed, and so what the amount is of. Null when the phrase is a time (`a 3% rise in the
 * first quarter`, `in May`) or no noun phrase.
 */
function changeMatter(words: readonly Word[], np: [number, number], hi: number): [number, number] | null {
  return CHANGE_NOUNS.has(words[np[1] - 1]!.lower) ? changedMatter(words, np[1], hi) : null;
}

/** The phrase after `in`/`of` at `e` that a change is in (`in the sector index`), or null. */
function changedMatter(words: readonly Word[], e: number, hi: number): [number, number] | null {
  if (e + 1 >= hi || !/^(?:in|of)$/.test(words[e]!.lower)) return null;
  let s = e + 1;
  if (/^(?:the|its|their|his|her|our)$/.test(words[s]!.lower)) s++;
  if (s >= hi) return null;
  const w = words[s]!;
  if (/^\p{N}/u.test(w.text) || CALENDAR.has(w.lower) || TIME_OPENERS.has(w.lower)) return null;
  const matter = nounPhrase(words, s, hi);
  return matter && !TIME_HEADS.has(words[matter[1] - 1]!.lower) ? matter : null;
}

/** Heads of a market session after `in` (`in Frankfurt trading`, `in the afternoon session`). */
const SESSION_HEADS: ReadonlySet<string> = new Set(['trading', 'session', 'dealings']);

/**
 * Nouns too general to say what an amount is (`a total of $2 billion`, `the sum of`), words of a
 * level reached (`Copper hit a record high of $11,000`, `a five-year low of $5.10`: the copper's)
 * and scales (`$125 million of 6 3/8% debentures`).
 */
const VAGUE_HEADS: ReadonlySet<string> = new Set(
  'total sum amount figure maximum minimum average excess upwards north south east west tune worth value estimate range number tally high low peak trough level hundred thousand million billion trillion'.split(
    ' ',
  ),
);

/** `a loss of $304.7 million`, `long-term debt of more than $700 million`: the noun before `of`. */
function nounBeforeOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  const of = first - 1;
  if (of - 1 < lo || words[of]!.lower !== 'of') return null;
  const head = words[of - 1]!;
  // (`Gusts of up to 80 km/h drove …`: a plural capitalised for opening the sentence.)
  const opening =
    of - 1 === lo && /^\p{Lu}\p{Ll}+s$/u.test(head.text) && nounLike({ ...head, text: head.lower });
  // (`These payments consisted of $54 million`: a verb is no head.)
  if (
    !(isCommonNoun(head) || opening) ||
    VAGUE_HEADS.has(head.lower) ||
    isVerbish(head) ||
    VERBS.has(head.lower)
  )
    return null;
  let s = of - 1;
  while (
    s - 1 >= lo &&
    s > of - 4 &&
    !isVerbish(words[s - 1]!) &&
    (isCommonNoun(words[s - 1]!) || /^\p{Ll}+-\p{Ll}+$/u.test(words[s - 1]!.text)) &&
    // (`must find savings of`, `expects to report net income of`: a verb after a modal or `to`;
    // `The IMF forecasts growth of`: an -s verb after a name.)
    !(s - 2 >= lo && (words[s - 2]!.lower === 'to' || MODALS.has(words[s - 2]!.lower))) &&
    !(
      s - 2 >= lo &&
      (isNamePart(words[s - 2]!) ||
        VERB_ADVERBS.has(words[s - 2]!.lower) ||
        PRONOUN.test(words[s - 2]!.lower)) &&
      /^\p{Ll}{3,}[^su']s$/u.test(words[s - 1]!.text)
    ) &&
    !COGNITION.has(words[s - 1]!.lower) &&
    // (`, beating forecasts of $4.0 billion`, `was packing winds of 150 mph`: a participle
    // opening a phrase after a comma or a form of `be`; not `had operating profit of`.)
    !(
      s - 2 >= lo &&
      (words[s - 2]!.text === ',' || /^(?:is|are|was|were|be|been)$/.test(words[s - 2]!.lower)) &&
      words[s - 1]!.lower.endsWith('ing')
    ) &&
    // (`customers hold deposits of`: a verb of having before the head.)
    !/^(?:hold|have|own|keep|need|want|get|see|make|take|give)$/.test(words[s - 1]!.lower)
  )
    s--;
  // (`a rise of 4% in mortgage approvals`: a change's phrase after the figure says what changed.)
  if (CHANGE_NOUNS.has(head.lower)) {
    const matter = changedMatter(
      words,
      parts.noun ? parts.noun[1] : (parts.end ?? parts.afterFigure),
      parts.hi,
    );
    if (matter) return matter;
  }
  return [s, of];
}

/**
 * The subject opening the clause at `c` (before `limit`): an article or possessive pronoun, then
 * names, nouns, a possessive, a name's number or an ampersand join (at most six tokens) and a
 * short bracket, right before a verb (`Hong Kong's Hang Seng Index (HSI) started …`).
 */
function leadingSubject(words: readonly Word[], c: number, limit: number): [number, number] | null {
  let e = c;
  if (e < limit && /^(?:the|its|their)$/.test(words[e]!.lower)) e++;
  const from = e;
  while (
    e < limit &&
    e < c + 6 &&
    !isVerbish(words[e]!) &&
    !LINKING.has(words[e]!.lower) &&
    !(e > from && isActionVerb(words[e]!)) &&
    ((isCapitalised(words[e]!) &&
      startsLetter(words[e]!.text) &&
      !(e === c && OPENERS.has(words[e]!.lower))) ||
      isCommonNoun(words[e]!) ||
      isAmpersandJoin(words, e, c, limit) ||
      isNameNumber(words, e))
  )
    e++;
  if (e === from) return null;
  let v = e;
  if (v < limit && words[v]!.text === '(') {
    while (v < limit && v < e + 6 && words[v]!.text !== ')') v++;
    if (v >= limit || words[v]!.text !== ')') return null;
    v++;
  }
  // (`The MV Islander, built in 1989, is …`: a participle's phrase between commas.)
  if (
    v + 1 < limit &&
    words[v]!.text === ',' &&
    (isVerbish(words[v + 1]!) ||
      IRREGULAR_PARTICIPLES.has(words[v + 1]!.lower) ||
      /^(?:which|who)$/.test(words[v + 1]!.lower))
  ) {
    let j = v + 2;
    while (j < limit && j < v + 12 && words[j]!.text !== ',') j++;
    if (j >= limit || words[j]!.text !== ',') return null;
    v = j + 1;
  }
  return v < limit && (isVerbish(words[v]!) || LINKING.has(words[v]!.lower) || isActionVerb(words[v]!))
    ? [c, e]
    : null;
}

/** A lower-case verb of having or acting in -s or an irregular past (`employs`, `carries`, `sold`). */
function isActionVerb(w: Word): boolean {
  return (
    startsLower(w.text) &&
    (HAVING.has(w.lower) ||
      PRESENT_ACTIONS.has(w.lower) ||
      SUBJECT_VERBS.has(w.lower) ||
      IRREGULAR_PASTS.has(w.lower))
  );
}

/**
 * Verbs that link a subject to the amount it is, reaches or starts at, or by which it changes
 * (`The index declined 0.3%`, `The stock added 2%`, `Revenue climbed 12%`).
 */
const LINKING: ReadonlySet<string> = new Set(
  'is are was were be been being will would could should may might can has have had total totals totaled totalled totalling start starts started starting stood stands stand reached reach reaches came comes hit hits rose rise rises risen fell fall falls fallen climbed climb climbs dropped drop drops grew grow grows grown jumped jump jumps slipped slips slid closed ended opened amounted amounts declined decline declines slumped slump slumps added adds gained gain gains lost loses advanced advances eased eases tumbled tumbles plunged plunges surged surges soared soars sank sinks edged edges increased increases decreased decreases shed sheds trading traded cost costs slowed accelerated widened narrowed raise raised raises raising earned earns grossed grosses generated generates fetched fetches weighs weighed weigh save saves saved peaked peaks swelled measures measured stretched stretches extends extended shrank shrinks shrunk expanded expands contracted doubled tripled halved pay pays paid covers covered swells swell inched bring brings brought improved improves worsened worsens deteriorated recovered recovers rebounded rebounds dipped dips ballooned balloons spiked spikes rallied rallies retreated retreats hovered hovers averaged averages firmed weakened weakens strengthened strengthens skyrocketed plummeted plummets crept creeps topped tops exceeded exceeds surpassed surpasses stayed stays remained remains sagged dived holds hold accounted accounts account'.split(
    ' ',
  ),
);
/** Words of expecting before `to` in a verb group (`is expected to reach`, `is set to rise`). */
const EXPECTING =
  /^(?:expected|set|likely|unlikely|due|forecast|projected|poised|predicted|estimated|seen|going|about)$/;
/** Adverbs inside a verb group (`was last trading up`, `has also risen`). */
const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'last',
  'also',
  'still',
  'now',
  'already',
  'just',
  'indeed',
]);
/** Words between the verb and the figure (`is up about`, `will start at`, `is an electronically-limited`). */
/** Nouns of a level a value reached (`a record high of`). */
const LEVEL_HEADS: ReadonlySet<string> = new Set(['high', 'low', 'peak', 'trough']);
/** Words before a level's noun (`a record high`, `a fresh all-time low`). */
const LEVEL_WORDS: ReadonlySet<string> = new Set(['record', 'new', 'fresh', 'historic', 'intraday']);
const BEFORE_VALUE: ReadonlySet<string> = new Set(
  'at to by up down off an a the only just still now already roughly worth for'.split(' '),
);

/**
 * A common-noun subject linked to an amount, share or measure by a verb of being or reaching:
 * `The average liability is more than $5,000`, `Student loan obligations in this country total
 * $1.5 trillion`, `comparable-store sales growth in 2019 will be 3.5%`, `Top speed is an
 * electronically-limited 124 mph`. The subject is at most five words ending in a lower-case noun,
 * then at most a short phrase after `in`/`of`/`for`, at most three verb words and three words
 * before the figure.
 */
function linkedSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  // Walk back from the figure over the words before it and the verb group.
  let k = first - 1;
  let gap = 0;
  // (`Copper hit a record high of $11,000`, `reached a five-year low of $5.10`: past the level
  // reached, its modifiers, article and `of`.)
  if (k - 2 > lo && words[k]!.lower === 'of' && LEVEL_HEADS.has(words[k - 1]!.lower)) {
    let j = k - 2;
    while (
      j > lo &&
      j > k - 5 &&
      (LEVEL_WORDS.has(words[j]!.lower) || /^[\p{Ll}\d]+-\p{Ll}+$/u.test(words[j]!.text))
    )
      j--;
    if (/^(?:a|an|the|its|their|new)$/.test(words[j]!.lower)) k = j - 1;
  }
  while (
    k >= lo &&
    gap < 3 &&
    (BEFORE_VALUE.has(words[k]!.lower) ||
      // (`has fallen from 85 to 12`: the first end of a change's span.)
      (words[k]!.lower === 'from' && words[parts.end ?? parts.afterFigure]?.lower === 'to') ||
      // (`came in at €610m`: a verb's particle.)
      (words[k]!.lower === 'in' &&
        k - 1 >= lo &&
        /^(?:came|comes|come|weighed|weighs|bring|brings|brought)$/.test(words[k - 1]!.lower)) ||
      // (`will bring in an extra £3.4m`, `is forecast at £8.9m`: the amount's adjective, a participle.)
      AMOUNT_ADJECTIVES.has(words[k]!.lower) ||
      /^(?:forecast|set|put|flat|steady|stable|unchanged)$/.test(words[k]!.lower) ||
      // (`earnings fell in July by 0.2 percent`: a month between the verb and the figure.)
      (CALENDAR.has(words[k]!.lower) && k - 1 >= lo && words[k - 1]!.lower === 'in') ||
      (words[k]!.lower === 'in' && CALENDAR.has(words[k + 1]?.lower ?? '')) ||
      // (`The libraries budget will be cut by £1.2 million`: an irregular participle after `be`.)
      (/^(?:cut|shed|spent|paid|sold|lost)$/.test(words[k]!.lower) &&
        k - 1 >= lo &&
        /^(?:be|been|being|is|are|was|were)$/.test(words[k - 1]!.lower)) ||
      VERB_ADVERBS.has(words[k]!.lower) ||
      /^\p{Ll}+-\p{Ll}+$/u.test(words[k]!.text) ||
      isAdverbLy(words[k]!.lower) ||
      (isVerbish(words[k]!) && !VERBS.has(words[k]!.lower))) &&
    !LINKING.has(words[k]!.lower)
  ) {
    k--;
    gap++;
  }
  // (`Net cash fell by a third to £310m`: past a change by a fraction.)
  if (
    k - 3 >= lo &&
    words[k + 1]?.lower === 'to' &&
    /^(?:third|half|quarter|fifth|tenth)$/.test(words[k]!.lower) &&
    /^(?:a|one)$/.test(words[k - 1]!.lower) &&
    words[k - 2]!.lower === 'by'
  )
    k -= 3;
  // (`Net income fell 37% to $32.9 million`, `Support fell five points to 31 percent`: past the
  // change by a share or in points before `to`.)
  if (
    k - 1 > lo &&
    words[k + 1]?.lower === 'to' &&
    (/\d%$/.test(words[k]!.text) || /^(?:%|percent|points?)$/.test(words[k]!.lower))
  ) {
    let j = k;
    while (j > lo && j > k - 3 && !isNumeric(words[j]!) && !SMALL_NUMBERS.has(words[j]!.lower)) j--;
    if (isNumeric(words[j]!) || SMALL_NUMBERS.has(words[j]!.lower)) {
      k = j - 1;
      if (k > lo && words[k]!.lower === 'by') k--;
    }
  }
  let verbs = 0;
  let inGroup = 0;
  let auxiliary = false;
  while (
    k >= lo &&
    inGroup < 4 &&
    (LINKING.has(words[k]!.lower) ||
      (verbs > 0 && (VERB_ADVERBS.has(words[k]!.lower) || isAdverbLy(words[k]!.lower))) ||
      // (`Net profit more than halved to $1.2 billion`, `cases have more than doubled to 128`.)
      (verbs > 0 && words[k]!.lower === 'than' && k - 1 >= lo && words[k - 1]!.lower === 'more') ||
      (verbs > 0 && words[k]!.lower === 'more' && words[k + 1]?.lower === 'than') ||
      // (`Annual turnover is expected to reach $60 million`: a verb of expecting and `to`.)
      // (`The company agreed to pay $1.2 billion`, `plans to pay`: a verb of intending and `to`.)
      (verbs > 0 &&
        words[k]!.lower === 'to' &&
        k - 1 >= lo &&
        (EXPECTING.test(words[k - 1]!.lower) || INTENDING.has(words[k - 1]!.lower))) ||
      (verbs > 0 &&
        (EXPECTING.test(words[k]!.lower) || INTENDING.has(words[k]!.lower)) &&
        words[k + 1]?.lower === 'to'))
  ) {
    // (`The tax rise will bring in £3.4m`: before an auxiliary only auxiliaries are in the group.)
    if (auxiliary && LINKING.has(words[k]!.lower) && !AUXILIARIES.has(words[k]!.lower)) break;
    // (`Fuel costs fell 11%`, `The tax rise brings in £3.4m`: of two verbs of the list in a row,
    // the first is the subject's head.)
    if (
      verbs > 0 &&
      !auxiliary &&
      allLower1(words[k]!.text) &&
      LINKING.has(words[k]!.lower) &&
      !AUXILIARIES.has(words[k]!.lower) &&
      LINKING.has(words[k + 1]!.lower) &&
      !AUXILIARIES.has(words[k + 1]!.lower)
    )
      break;
    if (AUXILIARIES.has(words[k]!.lower)) auxiliary = true;
    if (LINKING.has(words[k]!.lower)) verbs++;
    k--;
    inGroup++;
  }
  if (verbs === 0 || k < lo) return null;
  // `Hang Seng started in the red, but was last trading up 1%`: a second verb shares the subject
  // of the clause before the conjunction.
  if (/^(?:and|but)$/.test(words[k]!.lower)) {
    const j = k - 1 >= lo && words[k - 1]!.text === ',' ? k - 1 : k;
    // (The clause before may hold a bracket: its start is the last comma or semicolon.)
    let c0 = j - 1;
    while (c0 > lo && c0 > j - 20 && words[c0 - 1]!.text !== ',' && words[c0 - 1]!.text !== ';') c0--;
    return j > lo && c0 >= lo ? leadingSubject(words, c0, j) : null;
  }
  // (`Volumes, however, fell 1.5%`: an adverb between commas.)
  if (
    k - 2 > lo &&
    words[k]!.text === ',' &&
    words[k - 2]!.text === ',' &&
    /^(?:however|though|meanwhile|too|also|instead|overall|nonetheless|nevertheless)$/.test(
      words[k - 1]!.lower,
    )
  )
    k -= 3;
  // `The campaign, which includes TV ads, cost the state $449,000`: a relative clause between
  // commas after the subject is passed over.
  if (words[k]!.text === ',') {
    let j = k - 1;
    while (j > lo && j > k - 16 && words[j]!.text !== ',') j--;
    // (`Revenue at the shipping unit, the group's largest, fell 9%`: an appositive too.)
    if (
      j > lo &&
      words[j]!.text === ',' &&
      (/^(?:which|who|whose|the|a|an|its|their)$/.test(words[j + 1]!.lower) ||
        // (`Kestrel's chief executive, Ann Berg, earned £2.1 million`: a name in apposition, below.)
        (j + 1 < k && capitalRun(words, j + 1, k) === k && words.slice(j + 1, k).some(isNamePart)) ||
        // (`The MV Islander, built in 1989, is 52 metres long`: a participle's phrase too.)
        isVerbish(words[j + 1]!) ||
        IRREGULAR_PARTICIPLES.has(words[j + 1]!.lower))
    ) {
      // (The name in apposition is the subject's name.)
      if (j + 1 < k && capitalRun(words, j + 1, k) === k && !OPENERS.has(words[j + 1]!.lower)) {
        const c0 = clauseStart(words, j, lo);
        // (Only after a plain subject opening the sentence: `Kestrel's chief executive`; not `a firm
        // based in Lyon, France,`.)
        if (
          c0 === lo &&
          c0 + 4 >= j &&
          words
            .slice(c0, j)
            .every(
              (w) =>
                /^[\p{L}'’-]+$/u.test(w.text) && !isVerbish(w) && !PLACES.has(w.lower) && !LINKS.has(w.lower),
            )
        )
          return [j + 1, k];
        return null;
      }
      k = j - 1;
    } else return null;
  }
  // A short bracket after the subject (`Japan's Nikkei 225 (N225) declined 0.3%`).
  if (words[k]!.text === ')') {
    let j = k - 1;
    while (j >= lo && j > k - 6 && words[j]!.text !== '(') j--;
    if (j > lo && words[j]!.text === '(') k = j - 1;
    else return null;
  }
  let c = clauseStart(words, k + 1, lo);
  // (`Shares fell after profit dropped 12%`, `Lifts Outlook After Quarterly Profit Jumps 18%`: a
  // subordinating conjunction opens the clause of the change; at most eight words back.)
  for (let j = k; j > c && j >= k - 8; j--)
    if (opensClause(words, j, first)) {
      c = j + 1;
      break;
    }
  // (`…, and wages fell 1%`: a conjunction opens the clause, not its subject; so does a relative
  // adverb: `at Kellby, where water levels reached 5.8 metres`.)
  if (c < k && /^(?:and|but|or|so|yet|where|when)$/.test(words[c]!.lower)) c++;
  // A short phrase after the subject's noun: `in this country`, `in 2019`.
  let e = k + 1;
  // (`Exports from China`, `Sales at Walmart`, `Inflation in the euro zone`: a phrase that names a
  // place or a body says whose; it stays in the subject, read past for the head.)
  let whose = 0;
  for (let j = k; j >= Math.max(c, k - 5); j--) {
    // (`Shares of Apple`: an `of` and a name say whose the subject is; they stay in it.)
    if (words[j]!.lower === 'of' && j + 1 <= k && isCapitalised(words[j + 1]!)) continue;
    // (`ages 16 to 24`: a `to` between numbers is a range, no phrase.)
    if (words[j]!.lower === 'to' && j + 1 <= k && isNumeric(words[j + 1]!)) continue;
    // (`A version with 1TB of storage costs`: a measure's `of` inside the phrase.)
    if (words[j]!.lower === 'of' && measureBefore(words, j, c)) continue;
    if (
      /^(?:in|of|for|at|from|on|with|per|against|to|through|into|between|across|among)$/.test(
        words[j]!.lower,
      ) &&
      j > c
    ) {
      let plain = true;
      for (let m = j + 1; m <= k; m++)
        if (VERBS.has(words[m]!.lower) || !/^[\p{L}\p{N}]/u.test(words[m]!.text)) plain = false;
      if (plain) {
        e = j;
        if (whosePhrase(words, j + 1, k + 1)) whose = k + 1;
      }
      break;
    }
  }
  if (e - 1 < c) return null;
  let head = words[e - 1]!;
  // A name ending in a number is one name (`Nikkei 225`, `S&P 500`).
  // (`The iPhone 16 costs $799`: a name with an inner capital too.)
  const numbered =
    /^\d+$/.test(head.text) &&
    e - 2 >= c &&
    (isCapitalised(words[e - 2]!) || INNER_CAPITAL.test(words[e - 2]!.text));
  if (numbered) head = words[e - 2]!;
  // A name may head it (`the new Sportback is 16 feet long`, `Japan's Nikkei 225 declined 0.3%`).
  // (`The X2 starts at $1,799`: a model's name may hold digits.)
  const named =
    ((isCapitalised(head) && /^\p{L}[\p{L}\p{N}&]*$/u.test(head.text)) || INNER_CAPITAL.test(head.text)) &&
    !OPENERS.has(head.lower);
  if (!isCommonNoun(head) && !named) return null;
  let s = numbered ? e - 2 : e - 1;
  while (s - 1 >= c && s > e - NP_MAX_TOKENS) {
    const w = words[s - 1]!;
    if (
      nounLike(w) ||
      (isCapitalised(w) && startsLetter(w.text) && !OPENERS.has(w.lower)) ||
      INNER_CAPITAL.test(w.text) ||
      isAmpersandJoin(words, s - 1, c, e) ||
      // (`a 512GB version costs $1,449`: a measure as an adjective.)
      /^\d[\d.,]*-?\p{L}+$/u.test(w.text) ||
      // (`The S&P 500 index rose 1.2%`: a name's number.)
      (s - 2 >= c && isNameNumber(words, s - 1)) ||
      (w.lower === 'of' &&
        s - 2 >= c &&
        (isCommonNoun(words[s - 2]!) || (s - 2 === c && isCapitalised(words[s - 2]!))) &&
        isCapitalised(words[s]!))
    )
      s--;
    else break;
  }
  // (`A new vessel would cost about £12 million`: an indefinite article opens a subject too.)
  const article =
    s - 1 >= c &&
    (/^(?:the|its|their|his|her|our)$/.test(words[s - 1]!.lower) ||
      // (Not `A year earlier UniFirst earned`: an indefinite subject is of common nouns, no time.)
      (/^(?:a|an)$/.test(words[s - 1]!.lower) &&
        words.slice(s, e).every((w) => !isCapitalised(w) && !TIME_HEADS.has(w.lower))));
  if (article) s--;
  // (`The average price of a home in London is £520,000`: the noun whose `of` phrase this is.)
  if (s - 2 >= c && words[s - 1]!.lower === 'of' && isCommonNoun(words[s - 2]!)) {
    let t = s - 2;
    while (t - 1 >= c && t > s - 5 && isCommonNoun(words[t - 1]!)) t--;
    if (t - 1 >= c && /^(?:the|its|their)$/.test(words[t - 1]!.lower)) t--;
    if (t === c) s = t;
  }
  // A capitalised head needs no article unless it is a function word that opens the sentence
  // (`Revenue rose 12%`, `Apple fell 3%`, but not `Some rose 3%`).
  if (!isCommonNoun(head) && !article && OPENERS.has(words[s]!.lower)) return null;
  // The subject must open the clause (`Company management said comparable-store sales growth …`);
  // a gerund opens a clause of its own (`who have reported using meth was 3.8 percent`).
  // (`Operating profit`: a word in -ing before the head noun modifies it.)
  // (`Spending on adult social care will rise by £3.2 million`: a gerund that opens the sentence
  // before its phrase is a noun.)
  const gerundNoun =
    s + 1 === e &&
    /ing$/.test(words[s]!.lower) &&
    isCapitalised(words[s]!) &&
    e < k + 1 &&
    /^(?:on|in|of|for)$/.test(words[e]!.lower);
  if (
    s !== c ||
    (/ing$/.test(words[s]!.lower) &&
      !gerundNoun &&
      // (`while operating profit in the segment rose 2%`: after a clause's conjunction too.)
      (s + 1 === e ||
        !isCommonNoun(words[s + 1]!) ||
        !(
          isCapitalised(words[s]!) ||
          (s - 1 >= lo && /^(?:while|whereas|but|and)$/.test(words[s - 1]!.lower))
        )))
  )
    return null;
  // (`Afterwards you'll pay $6.99`: a pronoun makes no subject phrase.)
  for (let j = s; j < e; j++)
    if (PRONOUN.test(words[j]!.lower) && !ALL_CAPS.test(words[j]!.text)) return null;
  // (`A litre of petrol now costs 155p`, `A loaf of bread costs £1.40`: a price per measure of a
  // thing is the thing's.)
  if (e + 1 <= k && words[e]!.lower === 'of' && PER_MEASURES.has(words[e - 1]!.lower)) {
    let t = e + 1;
    if (t < k && /^(?:the|a|an)$/.test(words[t]!.lower)) t++;
    if (t <= k) return [t, k + 1];
  }
  return [s, gerundNoun ? k + 1 : Math.max(whose, e)];
}

/** Conjunctions that open a clause of their own (`after profit fell`, `as sales rose`). */
const SUBORDINATORS: ReadonlySet<string> = new Set(
  'after as because before since when whereas although though unless once'.split(' '),
);

/**
 * True when a subordinating conjunction at `j` opens a finite clause before `first`: a subject
 * (no verb in -ing, no time, number or hedge: `after raising`, `since last summer`, `as much as`)
 * and then a verb (`after profit dropped`; not `served as attorney general`).
 */
function opensClause(words: readonly Word[], j: number, first: number): boolean {
  if (!SUBORDINATORS.has(words[j]!.lower) || j + 2 > first) return false;
  const next = words[j + 1]!;
  if (
    /^\p{Ll}+ing$/u.test(next.text) ||
    isNumeric(next) ||
    HEDGE_WORDS.has(next.lower) ||
    TIME_OPENERS.has(next.lower) ||
    CALENDAR.has(next.lower)
  )
    return false;
  for (let k = j + 2; k < first; k++) {
    const w = words[k]!;
    // (`After Quarterly Profit Jumps 18%`: a headline's capitalised verb too.)
    if (
      (startsLower(w.text) && (isVerbish(w) || LINKING.has(w.lower) || IRREGULAR_PASTS.has(w.lower))) ||
      (isCapitalised(w) && isHeadlineVerb(w))
    )
      return true;
  }
  return false;
}

/** True when a figure and at most two lower-case unit words stand right before `j` (`40 square metres`). */
function measureBefore(words: readonly Word[], j: number, c: number): boolean {
  for (let m = j - 1; m > c && m >= j - 3; m--) {
    if (/^\d/.test(words[m]!.text)) return true;
    if (!allLower1(words[m]!.text)) return false;
  }
  return false;
}

/** Nouns of a running count whose phrase after `from`/`in`/`of` says what it is of. */
const TOLLS: ReadonlySet<string> = new Set(['toll', 'tally']);

/**
 * `The death toll from the earthquake rose to 5,000`, `The toll in Gaza stands at 30,000`: a count
 * linked to a subject headed by `toll` is of the phrase after its preposition (a name or a definite
 * phrase, no time).
 */
function tollOf(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  // (`That brought the toll for both bombings to 259`, `bringing the death toll in Tarsk to 58`: the
  // toll a verb of lifting takes to the figure, its phrase at most six words.)
  if (first - 4 >= lo && words[first - 1]!.lower === 'to') {
    for (let j = first - 2; j > lo && j >= first - 8; j--) {
      if (!TOLLS.has(words[j]!.lower)) continue;
      let d = j - 1;
      if (d > lo && /^(?:death|casualty)$/.test(words[d]!.lower)) d--;
      if (
        !/^(?:the|its|his|her|their)$/.test(words[d]!.lower) ||
        d - 1 < lo ||
        (!LIFTING.has(words[d - 1]!.lower) &&
          !/^(?:bring|take|push|raise|lift|bringing|taking|pushing|raising|lifting)$/.test(
            words[d - 1]!.lower,
          ))
      )
        break;
      // (`taking his tally to 17 goals`: whose the tally is, the pronoun read as the one named before.)
      if (/^(?:his|her|its|their)$/.test(words[d]!.lower)) return [d, j + 1];
      return j + 2 < first - 1 && /^(?:from|in|of|after|for)$/.test(words[j + 1]!.lower)
        ? [j + 2, first - 1]
        : null;
    }
  }
  // A verb of being or change right before the figure (or before `to`/`at`), read first.
  let v = first - 1;
  if (v > lo && BEFORE_VALUE.has(words[v]!.lower)) v--;
  if (v <= lo || !LINKING.has(words[v]!.lower)) return null;
  const range = linkedSubject(words, parts);
  if (!range) return null;
  for (let j = range[0]; j < range[1]; j++) {
    if (!TOLLS.has(words[j]!.lower)) continue;
    if (j + 2 < range[1] && /^(?:from|in|of|after)$/.test(words[j + 1]!.lower)) return [j + 2, range[1]];
    // (`Gaza's death toll`: a possessive before it.)
    let p = j - 1;
    if (p > range[0] && allLower1(words[p]!.text)) p--;
    if (p >= range[0] && /['’]s?$/u.test(words[p]!.text) && isNamePart(words[p]!)) {
      let s = p;
      while (s > range[0] && isNamePart(words[s - 1]!)) s--;
      return [s, p + 1];
    }
    return null;
  }
  return null;
}

/**
 * True when the words `[s, e)` after a subject's preposition name whose it is: a name (not a month)
 * or a definite phrase with no number that is no time (`China`, `the euro zone`, `the bank`; not
 * `2019`, `the first half`, `this country`).
 */
function whosePhrase(words: readonly Word[], s: number, e: number): boolean {
  if (s >= e || TIME_HEADS.has(words[e - 1]!.lower)) return false;
  let named = false;
  for (let j = s; j < e; j++) {
    const w = words[j]!;
    if (isNumeric(w) || CALENDAR.has(w.lower) || TIME_OPENERS.has(w.lower)) return false;
    if (isNamePart(w)) named = true;
  }
  return named || /^(?:the|its|their)$/.test(words[s]!.lower);
}

/** Pronouns that stand for a named subject, and the entity types each may stand for. */
const SUBJECT_PRONOUNS: ReadonlyMap<string, readonly EntityType[]> = new Map([
  ['he', ['person']],
  ['she', ['person']],
  ['it', ['organization']],
]);

/** What a body has that `it` may own (`It employs 3,000 people`, `it has 40 stores`). */
const BODY_COUNTS: ReadonlySet<string> = new Set(
  'people employees staff workers members customers clients subscribers users stores shops branches offices outlets subsidiaries plants factories sites restaurants locations hotels schools students patients beds inhabitants residents pupils'.split(
    ' ',
  ),
);

/** Verbs of saying, knowing and perceiving: a figure after them is in a clause of its own. */
const COGNITION: ReadonlySet<string> = new Set(
  'said says say told tells learned learnt learns knew know knows found finds think thinks thought believe believes believed expect expects expected estimate estimates estimated noticed notices saw sees hope hopes hoped want wants wanted fear fears feared warned warns guess guessed reckons reckoned'.split(
    ' ',
  ),
);

/** Words that cannot stand in the verb group between a pronoun subject and its figure. */
const NOT_IN_VERB_GROUP: ReadonlySet<string> = new Set(
  'of in on for with from into about than that who which whom whose what when where while if because and or but nor as like per each'.split(
    ' ',
  ),
);

/** A lower-case word that may be the verb of a clause (a form in -ed or -s, irregular or listed). */
function isVerbForm(w: Word): boolean {
  return (
    isVerbish(w) ||
    HAVING.has(w.lower) ||
    LINKING.has(w.lower) ||
    SUBJECT_VERBS.has(w.lower) ||
    ACTION_PASTS.has(w.lower) ||
    /^\p{Ll}{3,}[^su']s$/u.test(w.text)
  );
}

/**
 * `The army moved 2,000 troops to the border and deployed 40 tanks`, `Ascom is headquartered in
 * Baar, has subsidiaries in 15 countries and employs 1,300 people`: a verb (with an adverb or a
 * `has` before its participle) right after `and`/`but` and right before the figure has no subject
 * of its own; it is the subject opening the nearest clause before the conjunction (at most
 * `MAX_ELIDED_BACK_TOKENS` back) that a verb follows: names, nouns after an article, or a pronoun.
 */
/**
 * `will cut 140 jobs and close three libraries`: true when `and` stands at `k` and the clause before
 * it holds a modal, at most `MAX_ELIDED_BACK_TOKENS` tokens back and before any clause break, so that
 * a base verb after the `and` shares it.
 */
function modalBefore(words: readonly Word[], k: number, lo: number): boolean {
  if (k <= lo || words[k]!.lower !== 'and') return false;
  for (let p = k - 1; p >= lo && p >= k - MAX_ELIDED_BACK_TOKENS; p--) {
    if (MODALS.has(words[p]!.lower)) return true;
    if (CLAUSE_BREAK.has(words[p]!.lower) || words[p]!.lower === 'and') return false;
  }
  return false;
}

function elidedSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let j = first - 1;
  // The verb right before the figure, read first (most figures follow no conjunction and verb).
  if (j - 2 < lo || !startsLower(words[j]!.text)) return null;
  // (`… and can carry 24 cars`: a base verb of action after a modal; `… and plans to cut 60 posts`:
  // after a verb of intending.)
  const planned = planAt(words, j, lo);
  if (planned >= lo && !MODALS.has(words[planned + 1]!.lower)) j = planned + 1;
  else if (
    !(
      isVerbForm(words[j]!) ||
      (ACTION_BASES.has(words[j]!.lower) &&
        (MODALS.has(words[j - 1]!.lower) || modalBefore(words, j - 1, lo)))
    )
  )
    return null;
  j--;
  if (AUXILIARIES.has(words[j]!.lower)) j--;
  if (j > lo && (VERB_ADVERBS.has(words[j]!.lower) || isAdverbLy(words[j]!.lower))) j--;
  if (j <= lo || !/^(?:and|but)$/.test(words[j]!.lower)) return null;
  const a = j > lo && words[j - 1]!.text === ',' ? j - 1 : j;
  // (`exploited and abused dozens`: two verbs joined, not two clauses.)
  if (isVerbish(words[a - 1]!) || ACTION_PASTS.has(words[a - 1]!.lower)) return null;
  for (let p = a - 1; p >= lo && p >= a - MAX_ELIDED_BACK_TOKENS; p--) {
    const before = p > lo ? words[p - 1]!.text : '';
    if (p > lo && !CLAUSE_BREAK.has(before.toLowerCase())) continue;
    const w = words[p]!;
    if (SUBJECT_PRONOUNS.has(w.lower) && p + 1 < a && startsLower(words[p + 1]!.text)) return [p, p + 1];
    const subject = leadingSubject(words, p, a);
    if (subject) return subject;
    // A clause opened by `that`, a quotation mark or a reporting verb has its subject inside.
    if (p > lo && !/^[,;()]$/.test(before)) return null;
  }
  return null;
}

/** Reporting verbs whose subject a pronoun right after them (or after `that`) stands for. */
const REPORTING: ReadonlySet<string> = new Set(
  'said says announced added confirmed stated reported admitted acknowledged insisted disclosed revealed'.split(
    ' ',
  ),
);

/**
 * `The ministry said it had registered 4,500 requests`, `Halvorsen said on Monday that it would hire
 * 500 engineers`, `The rebels said they held 200 soldiers`: the figure's clause opens with a pronoun
 * right after a reporting verb (or its `that`), at most four lower-case words of a verb group before
 * the figure; the pronoun stands for the reporting verb's subject, names or a definite noun phrase
 * of at most five words opening the sentence or the clause.
 */
function reportedSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  // A pronoun at most five words back, read first (most figures have none).
  let near = false;
  for (let j = first - 2; j > lo && j >= first - 6 && !near; j--)
    near = REPORTED_PRONOUNS.has(words[j]!.lower);
  if (!near) return null;
  let k = first - 1;
  while (
    k > lo &&
    k >= first - 5 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]!.text) &&
    !REPORTED_PRONOUNS.has(words[k]!.lower) &&
    !NOT_IN_VERB_GROUP.has(words[k]!.lower) &&
    // (`it expects to ship 12 million units`: a verb of intending before `to` is no cognition.)
    !(COGNITION.has(words[k]!.lower) && !(INTENDING.has(words[k]!.lower) && words[k + 1]!.lower === 'to'))
  )
    k--;
  if (k <= lo || k === first - 1 || !REPORTED_PRONOUNS.has(words[k]!.lower)) return null;
  // `it` stands for many things (`Moscow said it involved 200,000 personnel`: the exercise): only
  // for a count a verb of action was or will be done with, or a body's staff or outlets it has.
  if (words[k]!.lower === 'it') {
    const verb = words[first - 1]!;
    const noun = parts.noun ? words[parts.noun[1] - 1]!.lower : '';
    // (`The company said it earned $5 million`: an amount a verb of earning or paying gives it.)
    const earned =
      parts.money === true &&
      (LINKING.has(verb.lower) ||
        PAYING.has(verb.lower) ||
        SUBJECT_VERBS.has(verb.lower) ||
        // (`The World Food Programme said it needed $18 million`: money it asks for.)
        /^(?:needed|needs|need|sought|seeks|requested|requests|wanted|wants)$/.test(verb.lower));
    if (!earned && (parts.kind ?? 'count') !== 'count') return null;
    if (
      !earned &&
      (HAVING.has(verb.lower)
        ? !BODY_COUNTS.has(noun)
        : !(SUBJECT_VERBS.has(verb.lower) || isActionPast(verb) || planAt(words, first - 1, lo) >= 0))
    )
      return null;
  }
  let v = k - 1;
  if (v > lo && words[v]!.lower === 'that') v--;
  // (`said on Monday that it …`: a short time between.)
  for (
    let t = 0;
    t < 3 && v > lo && (CALENDAR.has(words[v]!.lower) || REPORT_TIMES.has(words[v]!.lower));
    t++
  )
    v--;
  if (v <= lo || !REPORTING.has(words[v]!.lower)) return null;
  const e = v;
  let s = e;
  while (
    s - 1 >= lo &&
    s > e - NP_MAX_TOKENS &&
    (isNamePart(words[s - 1]!) ||
      isCommonNoun(words[s - 1]!) ||
      isAmpersandJoin(words, s - 1, lo, e) ||
      (words[s - 1]!.text === '.' && s - 2 >= lo && TITLE_ABBREVIATIONS.has(words[s - 2]!.lower)) ||
      // (`The defence ministry of Osk said it …`: a body's `of` and its name.)
      (words[s - 1]!.lower === 'of' && s - 2 >= lo && isCommonNoun(words[s - 2]!) && isNamePart(words[s]!)))
  )
    s--;
  if (s === e) return null;
  const named = words.slice(s, e).some(isNamePart);
  if (s - 1 >= lo && /^(?:the|its|their)$/.test(words[s - 1]!.lower)) s--;
  else if (!named) return null;
  // The speaker opens the sentence or its clause (`…, and the ministry said it …`).
  if (s !== lo && !CLAUSE_BREAK.has(words[s - 1]!.lower) && !/^(?:and|but)$/.test(words[s - 1]!.lower))
    return null;
  // (`he`/`she` stand for a person: a common noun of a body does not fit; `it`/`they` for no one named alone by a title.)
  return [s, e];
}

/** Words of a short time between a reporting verb and its clause (`said late on Monday that`). */
const REPORT_TIMES: ReadonlySet<string> = new Set(
  'on late early earlier last this today yesterday week month night morning evening'.split(' '),
);

/** Subject pronouns read after a reporting verb. */
const REPORTED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);

/**
 * The pronoun (`he`, `she`, `it`) that is the subject of the figure's clause, as a token index, or
 * null: `He has at least 10 assists`, `It employs 3,000 people`, or a second verb sharing it (`He
 * scored 30 points and grabbed 10 rebounds`). Between the pronoun and the figure at most four
 * lower-case words, no preposition of another phrase and no verb of saying or knowing (`He learned
 * 75 people view his profile`). `it` only for a count after a verb of having or acting (`It will
 * start at $44,000` is a product's price).
 */
export function aboutPronoun(words: readonly Word[], parts: QuantityParts): number | null {
  if (parts.actedOn) return null;
  const { first, lo } = parts;
  const kind = parts.kind ?? 'count';
  // A pronoun at most four words back, or (for a count) a verb right before the figure, read
  // first: most figures have neither.
  let near = false;
  for (let j = first - 1; j >= lo && j >= first - 5 && !near; j--)
    near = SUBJECT_PRONOUNS.has(words[j]!.lower);
  if (!near) {
    if (kind !== 'count') return null;
    const elided = elidedSubject(words, parts);
    return elided && elided[1] - elided[0] === 1 && SUBJECT_PRONOUNS.has(words[elided[0]]!.lower)
      ? elided[0]
      : null;
  }
  let k = first - 1;
  while (
    k >= lo &&
    k >= first - 4 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]!.text) &&
    !SUBJECT_PRONOUNS.has(words[k]!.lower) &&
    !NOT_IN_VERB_GROUP.has(words[k]!.lower) &&
    !COGNITION.has(words[k]!.lower)
  )
    k--;
  let at: number | null = null;
  if (k >= lo && k < first - 1 && SUBJECT_PRONOUNS.has(words[k]!.lower)) {
    // The pronoun opens its clause (`He has`, `…, and it employs`, `said she earned`).
    // (`Last year it made 3,600 crossings`: after a time of two words that opens the sentence.)
    const timed =
      (k - 2 >= lo &&
        (TIME_HEADS.has(words[k - 1]!.lower) || CALENDAR.has(words[k - 1]!.lower)) &&
        /^(?:last|this|next|on|that)$/.test(words[k - 2]!.lower) &&
        (k - 2 === lo || CLAUSE_BREAK.has(words[k - 3]!.lower))) ||
      // (`In 1900 it had 600 inhabitants; today it has 85`: after a year or a time adverb.)
      (k - 2 >= lo &&
        /^(?:19|20)\d\d$/.test(words[k - 1]!.text) &&
        /^(?:in|by|until|since)$/.test(words[k - 2]!.lower) &&
        (k - 2 === lo || CLAUSE_BREAK.has(words[k - 3]!.lower))) ||
      (k - 1 >= lo &&
        /^(?:today|now|currently|yesterday)$/.test(words[k - 1]!.lower) &&
        (k - 1 === lo || CLAUSE_BREAK.has(words[k - 2]!.lower)));
    if (
      timed ||
      k === lo ||
      CLAUSE_BREAK.has(words[k - 1]!.lower) ||
      /^(?:and|but)$/.test(words[k - 1]!.lower)
    )
      at = k;
  } else if (kind === 'count') {
    const elided = elidedSubject(words, parts);
    if (elided && elided[1] - elided[0] === 1 && SUBJECT_PRONOUNS.has(words[elided[0]]!.lower))
      at = elided[0];
  }
  if (at === null) return null;
  // `it` stands for many things (`It has two cameras`): only for a body's staff, outlets or members
  // after a verb of having, or a count a verb of action was done with (`it hired 300 people`).
  if (words[at]!.lower === 'it') {
    const v = words[first - 1]!;
    const noun = parts.noun ? words[parts.noun[1] - 1]!.lower : '';
    // (`It agreed to spend £86 million`: money a body spends, earns or saves is its own.)
    if (parts.money && SPENDING.has(v.lower)) return at;
    if (kind !== 'count') return null;
    if (
      HAVING.has(v.lower)
        ? !BODY_COUNTS.has(noun)
        : !(SUBJECT_VERBS.has(v.lower) || isActionPast(v) || PRESENT_ACTIONS.has(v.lower))
    )
      return null;
  }
  return at;
}

/**
 * `The ferry has run since 1962. It carries 120 passengers`: for `it` with no organisation named
 * before, the body (`the` and at most three lower-case words ending in a noun of a body) that opens
 * the sentence before, read over at most 60 characters; null otherwise.
 */
export function openingHolder(text: string, start: number, end: number): Span | null {
  const m = /^(\s*)[Tt]he((?: [a-z]+){1,3})/.exec(text.slice(start, Math.min(end, start + 60)));
  if (!m) return null;
  const s = start + m[1]!.length;
  let e = s + 3;
  for (const w of m[2]!.slice(1).split(' ')) {
    e += 1 + w.length;
    if (HOLDERS.has(w)) {
      // (`The village of Ardmore sits …`: its name after `of`.)
      const named = /^ of((?: \p{Lu}[\p{L}'’-]*){1,3})/u.exec(text.slice(e, Math.min(end, e + 48)));
      return named ? [e + 4, e + 3 + named[1]!.length] : [s, e];
    }
  }
  return null;
}

/**
 * The entity mention a subject pronoun stands for: its own mention when the document's coreference
 * resolved it; else the one entity of a type the pronoun may stand for (a person for `he`/`she`, an
 * organisation for `it`) named between `from` (the previous sentence's start) and the pronoun, read
 * back over at most `MAX_PRONOUN_BACK_MENTIONS` mentions and `MAX_PRONOUN_BACK_CHARS`. Null when
 * none fits or two do (`Smith passed to Jones. He has 10 assists` is left empty).
 */
export function pronounReferent(
  pronoun: Word,
  entities: readonly EntityMention[],
  from: number,
): Span | null {
  const types = SUBJECT_PRONOUNS.get(pronoun.lower);
  if (!types) return null;
  let a = 0;
  let b = entities.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (entities[mid]!.span[0] < pronoun.start) a = mid + 1;
    else b = mid;
  }
  const own = entities[a];
  if (own && own.span[0] === pronoun.start && own.span[1] === pronoun.end) return own.span;
  const floor = Math.max(from, pronoun.start - MAX_PRONOUN_BACK_CHARS);
  let found: EntityMention | null = null;
  for (let k = a - 1; k >= 0 && k >= a - MAX_PRONOUN_BACK_MENTIONS; k--) {
    const m = entities[k]!;
    if (m.span[0] < floor) break;
    if (m.span[1] > pronoun.start || !types.includes(m.type)) continue;
    if (found === null) found = m;
    else if (m.cluster !== found.cluster) return null;
  }
  return found ? found.span : null;
}

/**
 * Where a story's measured counts happened when their own sentences name no place (`Heavy rain
 * lashed the province of Dorn on Sunday. … At least 23 people have died, the agency said.`): the
 * last place (a country, region or other location) that a sentence says was struck, read as the
 * sentences go by. Each sentence is read once, its places through one cursor over the entities
 * (sorted by start), so the whole document costs one pass.
 */
export class Scene {
  private at = 0;
  private place: Span | null = null;
  private sentence = -1;
  private count = 0;
  /** Whether the last sentence read names a place. */
  placed = false;
  constructor(
    private readonly text: string,
    private readonly entities: readonly EntityMention[],
  ) {}
  /** Reads the sentence `[start, end)`: its places, and whether one of them was struck. */
  read(start: number, end: number): void {
    this.count++;
    this.placed = false;
    const es = this.entities;
    while (this.at < es.length && es[this.at]!.span[0] < start) this.at++;
    let struck: EntityMention | null = null;
    let other = false;
    for (let k = this.at; k < es.length && es[k]!.span[0] < end; k++) {
      const m = es[k]!;
      if (m.type !== 'gpe' && m.type !== 'location') continue;
      this.placed = true;
      const before = this.text.slice(Math.max(start, m.span[0] - 48), m.span[0]);
      if (!struck && STRUCK_BEFORE.test(before)) struck = m;
      else if (struck && m.cluster !== struck.cluster) other = true;
    }
    // (`The storm struck Cuba and Haiti`: a sentence of several places says no one scene.)
    if (struck) {
      this.place = other ? null : struck.span;
      this.sentence = this.count;
    }
  }
  /** The struck place, when the sentence just read names none and it was struck at most a few sentences back. */
  get(): Span | null {
    return !this.placed && this.place && this.count - this.sentence <= SCENE_SENTENCES ? this.place : null;
  }
}

/** How many sentences a struck place stays the scene of measured counts. */
const SCENE_SENTENCES = 4;

/**
 * A verb of striking right before a place (`hit northern`, `struck the`, `battered parts of`,
 * `lashed the coastal province of`).
 */
const STRUCK_BEFORE =
  /\b(?:hit|hits|struck|strikes|flooded|floods|swept|sweeps|battered|batters|pounded|pounds|lashed|lashes|devastated|ravaged|tore through|swept through|slammed into|made landfall in|ripped through)(?: parts of| much of)?(?: the)?(?: [a-z-]+)?(?: (?:province|region|state|district|county|city|town|island|islands|coast|north|south|east|west|centre|center|capital|area) of)? $/;

/** Words of a verb group between a measure's matter and its place (`could fall`, `is expected to fall`). */
function inVerbGroup(w: Word): boolean {
  return (
    allLower1(w.text) &&
    (AUXILIARIES.has(w.lower) ||
      LINKING.has(w.lower) ||
      isVerbish(w) ||
      VERB_ADVERBS.has(w.lower) ||
      isAdverbLy(w.lower) ||
      w.lower === 'to')
  );
}

/**
 * `40mm of rain in Leeds`, `2 inches (50.8 mm) of rain in the San Diego County area`, `60 mm more
 * rain could fall in the hills`: a measure of a matter at a place is of the matter there. Given the
 * matter read after the figure (`range`, for a length or a measure that is no money or share), a
 * place phrase right after it, or after a verb group of at most three words, makes `matter prep
 * place` (the verb group left out). Null when no place follows.
 */
export function matterAtPlace(
  text: string,
  words: readonly Word[],
  parts: QuantityParts,
  range: [number, number] | null,
): string | null {
  const kind = parts.kind ?? 'count';
  if (parts.money || parts.share || !(kind === 'length' || kind === 'value' || matterCount(words, parts)))
    return null;
  const { hi } = parts;
  let r = range;
  // `60 mm more rain`: the matter after `more`.
  if (!r && kind === 'length') {
    const m = parts.end ?? parts.afterFigure;
    if (m + 1 < hi && words[m]!.lower === 'more' && startsLower(words[m + 1]!.text))
      r = nounPhrase(words, m + 1, hi);
  }
  // (Only a matter after `of` or `more`: `a 15.6-inch touchscreen in the center` is no matter.)
  if (!r || r[0] < parts.afterFigure || !/^(?:of|more)$/.test(words[r[0] - 1]!.lower)) return null;
  let e = r[1];
  // `rain fell overnight`: a verb of change read into the phrase ends it.
  const verbEnd = e - r[0] > 1 && LINKING.has(words[e - 1]!.lower);
  if (verbEnd) e--;
  const matter = text.slice(words[r[0]]!.start, words[e - 1]!.end);
  // The place's preposition, read first (most matters have none after them).
  let p = verbEnd ? e + 1 : e;
  while (p < hi && p < e + 4 && (inVerbGroup(words[p]!) || TIME_ADVERBS.has(words[p]!.lower))) p++;
  const place = p < hi && PLACES.has(words[p]!.lower) ? placeAt(words, p, hi, false) : null;
  if (!place) return verbEnd || r !== range ? matter : null;
  return `${matter} ${words[p]!.text} ${text.slice(words[place[0]]!.start, words[place[1] - 1]!.end)}`;
}

/** Counted nouns of portions or instances whose `of` phrase names their matter (`cases of cholera`). */
const MATTER_HEADS: ReadonlySet<string> = new Set(
  'cases case doses dose tonnes tons tonne ton barrels barrel bags sacks rounds shells vials shipments truckloads loads litres liters gallons'.split(
    ' ',
  ),
);

/** True when the quantity counts portions or instances of a matter (`cases`, `tonnes`, `doses`). */
function matterCount(words: readonly Word[], parts: QuantityParts): boolean {
  return (
    (parts.kind ?? 'count') === 'count' &&
    parts.noun !== null &&
    MATTER_HEADS.has(words[parts.noun[1] - 1]!.lower)
  );
}

/** Adverbs of time between a matter's verb and its place (`fell overnight in Leeds`). */
const TIME_ADVERBS: ReadonlySet<string> = new Set(
  'overnight today yesterday tonight again year-round earlier later'.split(' '),
);

/** Words in -ing that open no clause of their own (`including 12`, `according to`). */
const NOT_GERUNDS: ReadonlySet<string> = new Set(
  'including excluding according following regarding concerning during nothing something anything everything morning evening'.split(
    ' ',
  ),
);

/**
 * `winds gusting at times to 55 mph`, `temperatures reaching 40C`, `households earning less than
 * $30,000`: common nouns (at most three) right before a verb in -ing that reaches the figure
 * (across `to`/`at`/`by`/`up` and `at times`).
 */
function gerundSubject(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  let k = first - 1;
  if (k >= lo && BEFORE_VALUE.has(words[k]!.lower)) k--;
  if (k - 2 >= lo && words[k]!.lower === 'times' && words[k - 1]!.lower === 'at') k -= 2;
  // The verb in -ing, read first (most figures follow none).
  if (k - 1 < lo || !words[k]!.lower.endsWith('ing') || !/^\p{Ll}{4,}$/u.test(words[k]!.text)) return null;
  if (NOT_GERUNDS.has(words[k]!.lower) || CHANGE_PARTICIPLES.has(words[k]!.lower)) return null;
  const e = k;
  let s = e;
  while (
    s - 1 >= lo &&
    s > e - 3 &&
    isCommonNoun(words[s - 1]!) &&
    !isVerbish(words[s - 1]!) &&
    !/ing$/.test(words[s - 1]!.lower)
  )
    s--;
  return s < e && /^\p{Ll}+s$/u.test(words[e - 1]!.text) ? [s, e] : null;
}

/** Reporting verbs and punctuation that end the search for a measured count's place. */
const PLACE_SEARCH_STOP: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '“',
  '”',
  '"',
  'said',
  'says',
  'told',
  'according',
]);

/**
 * `At least 14 people were killed and 30 injured when a bus overturned near Kastoria`: a count of
 * what happened to people (killed, injured, evacuated …) that nothing else places is of the first
 * named place after it in its clause, at most `MAX_ABOUT_TOKENS` tokens on, before a comma, a
 * quotation or a reporting verb.
 */
export function measuredPlace(
  words: readonly Word[],
  parts: QuantityParts,
  preps: ReadonlySet<string> = PLACES,
): [number, number] | null {
  const { hi } = parts;
  let from = parts.end ?? parts.afterFigure;
  // (`Twelve people, including three children, died in Kesta`: past an aside between commas.)
  if (
    from + 2 < hi &&
    words[from]!.text === ',' &&
    /^(?:including|among|mostly|most|many)$/.test(words[from + 1]!.lower)
  ) {
    let j = from + 2;
    while (j < hi && j < from + 8 && words[j]!.text !== ',') j++;
    if (j + 1 < hi && words[j]!.text === ',') from = j + 1;
  }
  for (let k = from; k < hi && k < from + MAX_ABOUT_TOKENS; k++) {
    const w = words[k]!;
    if (PLACE_SEARCH_STOP.has(w.lower)) break;
    if (
      preps.has(w.lower) &&
      k + 1 < hi &&
      (isNamePart(words[k + 1]!) ||
        (words[k + 1]!.lower === 'the' && k + 2 < hi && isNamePart(words[k + 2]!)) ||
        // (`from the town of Morva`: a place noun with its name.)
        (words[k + 1]!.lower === 'the' &&
          k + 4 < hi &&
          PLACE_NOUNS.has(words[k + 2]!.lower) &&
          words[k + 3]!.lower === 'of' &&
          isNamePart(words[k + 4]!)) ||
        (COMPASS.test(words[k + 1]!.lower) && k + 2 < hi && isNamePart(words[k + 2]!)))
    ) {
      if (CALENDAR.has(words[k + 1]!.lower)) continue;
      // (`from` only whence the count was taken, right after it or its verb: `evacuated 800
      // residents from Morva`, `40 were rescued from Tarsk`; not a route, `sank on the way from Cuba`.)
      // (`off`: a coast or an island, `78 migrants were rescued off Lesbos`.)
      if (w.lower === 'from' && k - from > 3) continue;
      // (`died in the fire in Kesta`: past an event to the place after it.)
      const place = placeAt(words, k, hi, false, !PLACES.has(w.lower));
      if (place || !/^(?:in|at)$/.test(w.lower)) return place;
    }
  }
  return struckPlace(words, parts) ?? subjectPlace(words, parts) ?? namedIndefinitePlace(words, from, hi);
}

/**
 * `29 people were injured in a densely packed Chelsea neighborhood`, `killed in a Kabul market`: an
 * indefinite place phrase after `in`/`near`/`at` (at most eight tokens after the count) holding a
 * name after at most three lower-case words, with at most two lower-case nouns after the name.
 */
function namedIndefinitePlace(words: readonly Word[], from: number, hi: number): [number, number] | null {
  for (let k = from; k < hi && k < from + 8; k++) {
    const w = words[k]!;
    if (PLACE_SEARCH_STOP.has(w.lower)) return null;
    if (!/^(?:in|near|at)$/.test(w.lower) || k + 2 >= hi || !/^(?:a|an)$/.test(words[k + 1]!.lower)) continue;
    let n = k + 2;
    while (
      n < hi &&
      n < k + 5 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(words[n]!.text) &&
      !CLAUSE_BREAK.has(words[n]!.lower)
    )
      n++;
    if (n >= hi || !isNamePart(words[n]!) || CALENDAR.has(words[n]!.lower)) return null;
    let e = capitalRun(words, n, Math.min(hi, n + 4));
    const e0 = e;
    while (e < hi && e < e0 + 2 && isCommonNoun(words[e]!) && !isVerbish(words[e]!)) e++;
    // (The name, when it modifies a place noun: `a Chelsea neighborhood`, not `a Reuters report`.)
    return e > e0 && PLACE_HEADS.has(words[e - 1]!.lower) ? [n, e0] : null;
  }
  return null;
}

/** Nouns of places a name may modify (`a Kabul market`, `a Chelsea neighborhood`). */
const PLACE_HEADS: ReadonlySet<string> = new Set(
  'neighborhood neighbourhood suburb district market village town city area province region street square camp school hospital mosque church restaurant hotel station port town'.split(
    ' ',
  ),
);

/**
 * `Floods in southern Varnia have killed 23 people`, `The blast near Kabul killed 12`: the subject
 * of the verb right before the count (at most sixteen tokens, opening its clause) holds a named
 * place after `in`/`near`/`across`/`at`.
 */
function subjectPlace(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo } = parts;
  // The verb group right before the figure: a past form or listed verb, with auxiliaries or an adverb.
  let v = first - 1;
  // (`Authorities in Kesta said 14 bodies had been recovered`: the place of those who report it.)
  if (v - 1 > lo && words[v]!.lower === 'that' && REPORTING.has(words[v - 1]!.lower)) v--;
  const reported = v > lo && REPORTING.has(words[v]!.lower);
  if (v <= lo || !(reported || isVerbForm(words[v]!) || IRREGULAR_PASTS.has(words[v]!.lower))) return null;
  while (
    v - 1 > lo &&
    v > first - 4 &&
    (AUXILIARIES.has(words[v - 1]!.lower) || isAdverbLy(words[v - 1]!.lower))
  )
    v--;
  const c = clauseStart(words, v, lo);
  // (`Pakistan's floods have killed 1,100 people`, `Sudan's civil war has displaced 10 million`:
  // a name's possessive before a disaster or a war within it, when nothing else opens the subject.)
  if (v - c >= 2 && v - c <= 5 && isNamePart(words[c]!)) {
    let n = c;
    while (n + 1 < v && n < c + 2 && !/['’]s?$/u.test(words[n]!.text) && isNamePart(words[n + 1]!)) n++;
    const h = n + 1 < v && words[n + 1]!.lower === 'civil' ? n + 2 : n + 1;
    if (
      /['’]s?$/u.test(words[n]!.text) &&
      h === v - 1 &&
      (INNER_EVENTS.has(words[h]!.lower) || (h === n + 2 && words[h]!.lower === 'war'))
    )
      return [c, n + 1];
  }
  if (v - c > 16 || v - c < 3) return null;
  // (The last place after `in`/`near`/`across`, else after `at`: `the attack at the U.S. embassy in
  // Nairobi` is Nairobi.)
  let found: [number, number] | null = null;
  let atFound: [number, number] | null = null;
  for (let k = c + 1; k < v - 1; k++) {
    if (!/^(?:in|near|across|at)$/.test(words[k]!.lower)) continue;
    let n = k + 1;
    if (words[n]!.lower === 'the') n++;
    if (n < v && COMPASS.test(words[n]!.lower)) n++;
    if (n >= v || !isNamePart(words[n]!) || CALENDAR.has(words[n]!.lower)) continue;
    const place = placeAt(words, k, v, false);
    if (words[k]!.lower === 'at') atFound ??= place;
    else found = place ?? found;
  }
  return found ?? atFound;
}

/** Disasters and troubles that happen within a place, so that its possessive says where. */
const INNER_EVENTS: ReadonlySet<string> = new Set(
  'floods flooding flood earthquake quake drought famine storm storms wildfires wildfire heatwave monsoon cyclone hurricane typhoon outbreak epidemic violence unrest'.split(
    ' ',
  ),
);

/** Participles of harm after a comma whose count happened where the clause before says. */
const HARM_PARTICIPLES: ReadonlySet<string> = new Set(
  'killing injuring wounding leaving displacing forcing destroying damaging trapping stranding affecting'.split(
    ' ',
  ),
);
/** Verbs of striking a place (`struck eastern Turkey`, `flooded parts of Varnia`). */
const STRIKING: ReadonlySet<string> = new Set(
  'hit struck flooded rocked shook swept battered pounded lashed devastated ravaged tore'.split(' '),
);

/**
 * `An earthquake struck eastern Turkey on Monday, killing at least 40 people`, `A bomb exploded in
 * Kabul, killing 12 and wounding 30`: a count after a participle of harm that follows a comma (or
 * `and` after such a count) happened at the last named place of the clause before the comma, after
 * a place preposition or a verb of striking (at most 20 tokens back).
 */
function struckPlace(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  let v = first - 1;
  if (v - 1 < lo || !HARM_PARTICIPLES.has(words[v]!.lower)) return null;
  // (`killing 12 and wounding 30`: back to the comma of the first participle.)
  if (words[v - 1]!.lower === 'and') {
    let c = v - 2;
    while (c > lo && c > v - 12 && !(words[c]!.text === ',' && HARM_PARTICIPLES.has(words[c + 1]!.lower)))
      c--;
    v = c + 1;
  }
  const comma = v - 1;
  if (comma - 2 < lo || words[comma]!.text !== ',' || !HARM_PARTICIPLES.has(words[v]!.lower)) return null;
  let found: [number, number] | null = null;
  for (let k = comma - 1; k >= lo && k >= comma - 20 && !found; k--) {
    const w = words[k]!;
    if (CLAUSE_BREAK.has(w.lower) && w.text !== ',') return null;
    if (
      !(
        PLACES.has(w.lower) ||
        STRIKING.has(w.lower) ||
        (w.lower === 'of' && k > lo && words[k - 1]!.lower === 'parts')
      )
    )
      continue;
    let s = k + 1;
    if (s < comma && words[s]!.lower === 'the') s++;
    if (s < comma && COMPASS.test(words[s]!.lower)) s++;
    // (`across the south of Telmar`: a part's `of` and its name.)
    if (s + 1 < comma && s > k + 1 && words[s]!.lower === 'of' && isNamePart(words[s + 1]!)) s++;
    // (`Schools in the region were closed, affecting 45,000 pupils`: a place noun after `the` too.)
    // (Not a struck object without a name: `The storm hit the coast` stays without a place.)
    const placeNoun = s > k + 1 && s < comma && PLACE_NOUNS.has(words[s]!.lower) && PLACES.has(w.lower);
    if (placeNoun) {
      found = placeAt(words, k, Math.min(comma, hi), false, !PLACES.has(w.lower)) ?? [k + 1, s + 1];
      continue;
    }
    if (s >= comma || !isNamePart(words[s]!) || CALENDAR.has(words[s]!.lower)) continue;
    // (The whole place phrase: `in the western Mexican state of Michoacan`.)
    const phrase = placeAt(words, k, Math.min(comma, hi), false, !PLACES.has(w.lower));
    found = phrase ?? [k + 1, capitalRun(words, s, Math.min(comma, hi))];
  }
  return found;
}

/** Verbs of motion (base, past and -ing forms) whose direction phrase says where a count went. */
const MOTION: ReadonlySet<string> = new Set(
  'flee fled fleeing flees cross crossed crossing crosses arrive arrived arriving arrives return returned returning returns move moved moving travel travelled traveled travelling traveling headed march marched marching pour poured pouring stream streamed streaming flock flocked flocking escape escaped escaping walk walked swim swam flew fly flying sail sailed rush rushed packed crammed evacuated evacuate relocated deported sent bused bussed migrated migrate deployed dispatched transferred airlifted shipped smuggled trekked'.split(
    ' ',
  ),
);
/** Prepositions of direction after a verb of motion (`into`, `to`, `from`). */
const DIRECTIONS: ReadonlySet<string> = new Set(
  'into to through towards toward onto across from on'.split(' '),
);

/**
 * The place a verb of motion after the counted noun took it to or from: a verb group of at most
 * four words holding a verb of motion (`crossed`, `have fled`, `tried to cross`, `were evacuated`)
 * right before a preposition of direction and a definite or named place (`into Chad`, `to the
 * border`, `from the flooded district`); null otherwise (`were taken to hospital`).
 */
function motionPlace(words: readonly Word[], end: number, hi: number): [number, number] | null {
  let k = end;
  let moved = false;
  while (k < hi && k < end + 4) {
    const w = words[k]!;
    if (MOTION.has(w.lower)) moved = true;
    else if (
      !(
        AUXILIARIES.has(w.lower) ||
        VERB_ADVERBS.has(w.lower) ||
        isAdverbLy(w.lower) ||
        /^(?:tried|attempted|sought|began|try|trying|managed)$/.test(w.lower) ||
        (w.lower === 'to' && k + 1 < hi && MOTION.has(words[k + 1]!.lower))
      )
    )
      break;
    k++;
  }
  if (!moved || k >= hi || !DIRECTIONS.has(words[k]!.lower)) return null;
  // (`were moved to shelters`, `taken to hospitals`: a bare plural they were taken to says no where.)
  const next = k + 1 < hi ? words[k + 1]! : null;
  if (words[k]!.lower === 'to' && next && /^\p{Ll}+s$/u.test(next.text) && !DEFINITE.has(next.lower))
    return null;
  return placeAt(words, k, hi, false, true);
}

/** Verbs whose object is where a count went (`5,000 people entered the Statehouse`). */
const ENTERING: ReadonlySet<string> = new Set(
  'entered surrounded filled packed crowded stormed occupied visited attended flooded crossed fled left reached'.split(
    ' ',
  ),
);
/** Verbs of crossing or leaving whose object may be an unnamed place (`crossed the border`, `fled the country`). */
const CROSSING: ReadonlySet<string> = new Set('crossed fled entered reached'.split(' '));

/** Nouns that head a place without a name (`in the region`, `across the county`). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'region area city country state county town village province district capital coast border borders island islands valley north south east west centre center suburbs hills mountains'.split(
    ' ',
  ),
);

/**
 * `In Brixton, 300 homes were flooded`, `Across the region, some 5,000 people remain without
 * power`, `In Minsk, police arrested 40 protesters`: a place phrase (holding a name or headed by a
 * place noun) that opens the sentence and ends at the comma that opens the figure's clause.
 */
function frontedPlace(words: readonly Word[], parts: QuantityParts): [number, number] | null {
  const { first, lo, hi } = parts;
  // A place preposition opening the sentence, read first; the comma that opens the figure's clause.
  if (first - 3 < lo || !PLACES.has(words[lo]!.lower)) return null;
  const comma = clauseStart(words, first, lo) - 1;
  if (comma - 2 < lo || words[comma]!.text !== ',') return null;
  const place = placeAt(words, lo, Math.min(hi, comma), false);
  if (!place || place[1] !== comma) return null;
  let named = false;
  for (let j = place[0]; j < place[1]; j++) if (isNamePart(words[j]!)) named = true;
  return named || PLACE_NOUNS.has(words[place[1] - 1]!.lower) ? place : null;
}
