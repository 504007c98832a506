import type { Stance } from '../../model/mention.ts';
import { PERSON_NOUNS } from '../entities/coref.ts';
import { titleWords } from '../entities/roles.ts';
import {
  allLower,
  type DocWords,
  isCapitalised,
  scanWords,
  startsLower,
  type Word,
} from '../quantities/words.ts';
import type { Attribution } from './attribution.ts';
import { ATTRIBUTION_WINDOW, MIN_DIRECT_WORDS, MIN_FINISHING_WORDS, MIN_ORPHAN_WORDS } from './constants.ts';
import type { QuoteLexicon } from './lexicon.ts';
import type { QuotePair } from './marks.ts';
import {
  AUXILIARY_VERBS,
  CLOSING_MARKS,
  clauseSubjectBefore,
  cueAt,
  cuePrefix,
  isPronoun,
  isSettingStart,
  LY_NOT_ADVERBS,
  mainSubject,
  nearerClauseBefore,
  partyTag,
  type Range,
  RECORDINGS,
  rangeSpan,
  relativeBeforeCoordinator,
  relativeSource,
  relayName,
  sourceAfter,
  sourceBefore,
  speakerBeforeComma,
} from './phrases.ts';
import { quotedAs, relayAfter } from './relay.ts';
import { stopStaysInName } from './titles.ts';

/**
 * Direct quotes: a paired quotation becomes a quote when an attribution stands next to it
 * (`“…,” Lukashenko added`, `“…,” said the official`, `“…,” BelTA quoted Muravyeko as saying`,
 * `He said: “…”`), when it continues an attributed quote of the same paragraph (`“…,” he said.
 * “…”`), or when it is long enough to be speech on its own. Short unattributed quotations are scare
 * quotes (`so-called “Allied Resolve” drills`) and are left out.
 */

const WINDOW_CHARS = 200;
/** How far after a quotation its paragraph end is looked for (a quote continues into the next paragraph). */
const PARAGRAPH_TAIL = 300;
/**
 * Words after which a full stop does not end an attribution: an initial, a title, or a dotted
 * abbreviation (`U.S`, `D.C`, `N.Y`: the scanner keeps the last dot apart), as in `said U.S.
 * Attorney Jane Roe` or `Jane Roe, a lawyer in Washington, D.C., said`.
 */
export const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', '“', '"', '«', '„', ';']);

/** `STOPS.has(t)` by the unit's code: a set lookup per word read is a builtin call (exported for a test). */
export function isStop(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return (
    c === 46 || c === 33 || c === 63 || c === 0x201c || c === 34 || c === 0xab || c === 0x201e || c === 59
  );
}

/** Words of `[s, e)` split at white space (at most 65 counted). */
export function countWords(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
    if (n > 64) break;
  }
  return n;
}

/** The end of the line (paragraph) holding `i`, bounded by `limit`. */
/** The end of the attribution window after `i`: a line break or an opening mark (a new quotation). */
export function lineEnd(text: string, i: number, limit: number): number {
  for (let k = i; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 0x201c) return k;
  }
  return limit;
}
/** A line break or a left double quotation mark. */
const BREAK_OR_OPENING = /[\n\u201c]/g;

/**
 * `lineEnd`, and the start of the line holding an offset, by the text's line breaks and left double
 * marks, each found once by a native search: a call is a binary search, not a read of up to 200
 * units per quotation's window (exported for a test).
 */
export class LineStops {
  /** Offsets of the line breaks, and of the breaks and `“` marks together, in text order. */
  private readonly breaks: number[] = [];
  private readonly stops: number[] = [];
  constructor(text: string) {
    // (One pass of a character class: `indexOf('\u201c')` on a two-byte text stops at every space,
    // whose byte it shares, and cost half as much again.)
    BREAK_OR_OPENING.lastIndex = 0;
    while (BREAK_OR_OPENING.test(text)) {
      const k = BREAK_OR_OPENING.lastIndex - 1;
      this.stops.push(k);
      if (text.charCodeAt(k) === 10) this.breaks.push(k);
    }
  }

  /** `lineEnd(text, i, limit)`. */
  end(i: number, limit: number): number {
    const k = firstAtOrAfter(this.stops, i);
    return k < this.stops.length && this.stops[k]! < limit ? this.stops[k]! : limit;
  }

  /** The start of the line holding `i`, looking back no further than `limit` (`limit` when no break is in between). */
  start(i: number, limit: number): number {
    const k = firstAtOrAfter(this.breaks, i) - 1;
    return k >= 0 && this.breaks[k]! >= limit ? this.breaks[k]! + 1 : limit;
  }
}

/** Index of the first offset in `xs` (ascending) at or after `at`. */
function firstAtOrAfter(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `…,” said Will Doyle, a professor of higher education at Vanderbilt University in Nashville,
 * Tennessee.`: after an inverted cue, an appositive or relative clause runs to the end of the
 * attribution (`hi`), unless another cue or a new quotation opens there (`…, adding that …`).
 */
function appositiveToEnd(
  words: readonly Word[],
  s: { whole: Range; name: Range },
  hi: number,
  lex: QuoteLexicon,
): Range {
  const comma = s.name[1];
  // `“…,” said a senior official who spoke on condition of anonymity to discuss the talks.`: a
  // restrictive relative clause to the attribution's end, cue words and all.
  const rel = words[comma]?.lower;
  if ((rel === 'who' || rel === 'whose') && s.whole[1] === comma) {
    let e = hi;
    while (e > comma && /^[,:;—–]$/.test(words[e - 1]!.text)) e--;
    if (e - comma < 3 || e - comma > 30) return s.whole;
    for (let j = comma; j < e; j++) if (words[j]!.text === ',' || words[j]!.text === '“') return s.whole;
    return [s.whole[0], e];
  }
  if (words[comma]?.text !== ',' || comma + 2 > hi) return s.whole;
  let e = hi;
  while (e > comma && /^[,:;—–]$/.test(words[e - 1]!.text)) e--;
  for (let j = comma + 1; j < e; j++) {
    const w = words[j]!;
    if (/ing$/.test(w.lower) && words[j - 1]!.text === ',') return [s.whole[0], j - 1];
    if (j === comma + 1 && (cueAt(words, j, e, lex) || /^(?:and|but|as|in|on|at|when|while)$/.test(w.lower)))
      return s.whole;
    // `Scott Reed, the Chamber's strategist, who added that …`: a clause with its own cue is not
    // part of the speaker; the appositive ends at the comma before it.
    if (cueAt(words, j, e, lex)) {
      let k = j - 1;
      while (k > comma && words[k]!.text !== ',') k--;
      return k > comma + 1 ? [s.whole[0], k] : s.whole;
    }
  }
  return e > comma + 1 ? [s.whole[0], e] : s.whole;
}

/** Most words of a headline's speaker after its title-case cue. */
const MAX_HEADLINE_SPEAKER = 8;
/** Prepositions of a setting after a headline's speaker (`After Cup Defeat`, `in Brussels`). */
const HEADLINE_SETTING: ReadonlySet<string> = new Set(
  'after amid ahead following during before despite over as at in outside inside'.split(' '),
);
/** Lower-case words a title-case speaker may hold (`Minister of Health`, `Friends of the Earth`). */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', '&']);

/**
 * `“…,” Says Nurses Union` (a headline): a title-case cue of speech right after the quotation and
 * a title-case speaker filling the rest of the line `[k + 1, hi)` (`hi` the end of the words: no
 * stop after it). Null otherwise.
 */
function titleCaseCueSpeaker(
  words: readonly Word[],
  k: number,
  hi: number,
  lex: QuoteLexicon,
): Omit<Attribution, 'content' | 'direct'> | null {
  if (hi !== words.length || hi - (k + 1) < 1 || hi - (k + 1) > MAX_HEADLINE_SPEAKER) return null;
  const w = words[k]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text)) return null;
  const stance = lex.cues.get(w.lower);
  if (stance === undefined || stance === 'other' || stance === 'believed' || lex.quoteOnly.has(w.lower))
    return null;
  let e = hi;
  for (let j = k + 1; j < hi; j++) {
    const x = words[j]!;
    // (`Claims Coach After Cup Defeat`, `Say Farmers in Brussels`: a setting ends the speaker.)
    if (j > k + 1 && HEADLINE_SETTING.has(x.lower)) {
      e = j;
      break;
    }
    if (!isCapitalised(x) && !(j > k + 1 && TITLE_FUNCTION_WORDS.has(x.text))) return null;
  }
  return sourced(words, [k, k + 1], stance, { whole: [k + 1, e], name: [k + 1, e] }, 'direct/headline-cue');
}

function attributionAfter(
  text: string,
  words: readonly Word[],
  lex: QuoteLexicon,
): Omit<Attribution, 'content' | 'direct'> | null {
  let hi = 0;
  let bracketed = false;
  // A full stop after an initial or a title (`J. R. Smith`, `Maj. Gen.`) or inside brackets
  // (`Rep. Gwen Moore (D-Wis.) said`) does not end the attribution.
  while (
    hi < words.length &&
    hi < ATTRIBUTION_WINDOW &&
    (!isStop(words[hi]!.text) ||
      (words[hi]!.text === '.' && (bracketed || (hi > 0 && stopInName(words[hi - 1]!.text))))) &&
    // Two apostrophes open the next quotation.
    !(words[hi]!.text === "'" && words[hi + 1]?.text === "'")
  ) {
    if (words[hi]!.text === '(') bracketed = true;
    else if (words[hi]!.text === ')') bracketed = false;
    hi++;
  }
  let k = 0;
  const dash = DASHES.has(words[k]?.text ?? '');
  if (words[k]?.text === ',' || dash) k++;
  if (k >= hi) return null;
  // `“…” ― Sonya Herridge`: a dash and a bare name sign the quotation, the dash as its cue.
  if (dash && hi - k <= 5 && capitalisedRun(words, k, hi)) {
    return {
      cue: rangeSpan(words, [0, 1]),
      stance: 'said',
      source: rangeSpan(words, [k, hi]),
      sourceName: rangeSpan(words, [k, hi]),
      via: null,
      rule: 'direct/dash-name',
      pronoun: false,
    };
  }
  const q = quotedAs(words, k, hi);
  if (q && q.cue[0] <= k + 12) {
    const via = q.via ? relayName(text, words, q.via, lex) : null;
    return {
      cue: rangeSpan(words, q.cue),
      stance: 'said',
      source: rangeSpan(words, q.whole),
      sourceName: rangeSpan(words, q.name),
      via: via ? rangeSpan(words, via) : null,
      rule: 'direct/quoted-as',
      pronoun: isPronoun(words, q.name),
    };
  }
  // `“…,” according to a statement from the company.`: the phrase after `to` is the source (a
  // capitalised `According` opens the next sentence instead).
  if (words[k]?.text === 'according' && words[k + 1]?.lower === 'to' && k + 2 < hi) {
    const s = sourceAfter(words, k + 2, hi);
    if (s) {
      const whole = appositiveToEnd(words, s, hi, lex);
      return {
        cue: rangeSpan(words, [k, k + 2]),
        stance: 'said',
        source: rangeSpan(words, whole),
        sourceName: rangeSpan(words, s.name),
        via: null,
        rule: 'direct/according-to',
        pronoun: isPronoun(words, s.name),
      };
    }
  }
  // `“We Will Not Back Down,” Says Nurses Union`: a headline's inverted cue in title case and a
  // speaker in title case to the end of the line.
  const headline = titleCaseCueSpeaker(words, k, hi, lex);
  if (headline) return headline;
  for (let c = k; c < Math.min(hi, k + 14); c++) {
    const cue = cueAt(words, c, hi, lex);
    if (!cue) continue;
    let whole: Range;
    let name: Range;
    let after = cue.next;
    if (c === k) {
      const s = sourceAfter(words, cue.next, hi);
      if (!s) return null;
      whole = appositiveToEnd(words, s, hi, lex);
      name = s.name;
      after = whole[1];
    } else {
      const s = sourceBefore(words, c, k);
      // `“…,” Warren, who has not endorsed a candidate, told reporters`: a cue inside a relative
      // clause of the speaker has no source of its own; the clause's cue may follow it.
      if (!s || s.whole[0] !== k) {
        if (relativeBefore(words, c, k)) continue;
        return null;
      }
      whole = s.whole;
      name = s.name;
    }
    const relay = relayAfter(words, after, hi);
    const via = relay ? relayName(text, words, relay, lex) : null;
    return {
      cue: rangeSpan(words, [c, cue.next]),
      stance: cue.stance,
      source: rangeSpan(words, whole),
      sourceName: rangeSpan(words, name),
      via: via ? rangeSpan(words, via) : null,
      rule: c === k ? 'direct/cue-speaker' : 'direct/speaker-cue',
      pronoun: isPronoun(words, name),
    };
  }
  // `“…,” Ann Lee, a fellow at … Institute who has studied the issue for years, said in an interview.`:
  // an appositive too long for the window, closed by a comma and a cue.
  const long = longAppositive(words, k, hi, lex);
  if (long) return long;
  // `“…,” Oliver barked.`: a speaker and a verb of its own fill the sentence after the quotation,
  // or the stretch before the same quotation goes on (`“…,” the judge exclaimed, “…”`).
  const stop = words[hi]?.text;
  // (The window ends at a curly opening mark, and a straight one stops it.)
  const goesOn = (hi === words.length || stop === '"') && words[hi - 1]?.text === ',';
  const end = goesOn ? hi - 1 : hi;
  if ((hi === words.length || stop === '.' || stop === '!' || stop === '?' || goesOn) && end - k <= 6) {
    for (let c = k + 1; c < end && c <= k + 4; c++)
      if (signatureSpeaker(words, k, c) && signatureVerb(words, c, end, lex))
        return signature(words, k, c, end, 'direct/signature');
    // `“…,” read the statement.`, `“…,” beamed one delegate.`: the verb before its speaker.
    if (end - k >= 2 && signatureVerb(words, k, k + 1, lex) && signatureSpeaker(words, k + 1, end, false))
      return {
        cue: rangeSpan(words, [k, k + 1]),
        stance: 'said',
        source: rangeSpan(words, [k + 1, end]),
        sourceName: rangeSpan(words, [k + 1, end]),
        via: null,
        rule: 'direct/signature-inverted',
        pronoun: false,
      };
  }
  // `“…,” Toomey fumed on Tuesday.`, `“…,” he complained to a reporter.`: a signature and a setting
  // (a preposition first, no clause in it) that ends the sentence.
  if (hi === words.length || stop === '.' || stop === '!' || stop === '?') {
    const set = signatureWithSetting(words, k, hi, lex);
    if (set) return set;
  }
  // `“…,” mused Blaze co-host Stu Burguiere.`, `“…,” exhorted the introducer, actress Jamie Lee
  // Curtis.`: the same verb before a longer speaker phrase (a title, an appositive) that ends the
  // sentence.
  if (
    (hi === words.length || stop === '.' || stop === '!' || stop === '?') &&
    end - k >= 3 &&
    end - k <= MAX_SOURCE_AFTER_SIGNATURE &&
    (isCapitalised(words[k + 1]!) ||
      SIGNATURE_DETERMINERS.has(words[k + 1]!.lower) ||
      // (`lamented longtime Yankees broadcaster Michael Kay`: a modifier before a title and a name.)
      (isCapitalised(words[end - 1]!) && isCapitalised(words[end - 2]!))) &&
    signatureVerb(words, k, k + 1, lex)
  ) {
    const src = sourceAfter(words, k + 1, end);
    if (src && src.whole[1] === end)
      return sourced(words, [k, k + 1], 'said', src, 'direct/signature-inverted', false);
  }
  return null;
}

/** Words that open a noun phrase after `to` in a signature's setting. */
const P_TO_NP = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|reporters|supporters)$/;

/** Most words of the setting after a signature verb (`fumed on Tuesday`, `quipped in reference to …`). */
const MAX_SIGNATURE_SETTING = 8;

/**
 * `“…,” Toomey fumed on Tuesday.`: a signature speaker and verb (`[k, v)`) followed by a setting
 * `[v, end)` that a preposition opens (`to` for a hearer) and that holds no clause: no comma, no
 * relative or coordinating word, no verb in `-ed`/`-ing`.
 */
function signatureWithSetting(
  words: readonly Word[],
  k: number,
  end: number,
  lex: QuoteLexicon,
): Omit<Attribution, 'content' | 'direct'> | null {
  for (let c = k + 1; c < end && c <= k + 4; c++) {
    if (!signatureSpeaker(words, k, c)) continue;
    let v = c + 1;
    if (v < end && SIGNATURE_PARTICLES.has(words[v]!.lower) && !isSettingStart(words[v])) v++;
    if (v >= end || end - v > MAX_SIGNATURE_SETTING) return null;
    if (!isSettingStart(words[v]) && words[v]!.lower !== 'to') return null;
    if (!signatureVerb(words, c, v, lex)) return null;
    for (let j = v + 1; j < end; j++) {
      const x = words[j]!;
      if (!/^[\p{L}\p{N}'’.-]+$/u.test(x.text) || /^(?:that|who|which|where|when|and|but)$/.test(x.lower))
        return null;
      if (/^\p{Ll}+(?:ed|ing)$/u.test(x.text)) return null;
      // (`in reference to the absent Trump`, not `on Tuesday to run`: a `to` before a noun phrase.)
      if (
        x.lower === 'to' &&
        j + 1 < end &&
        !isCapitalised(words[j + 1]!) &&
        !P_TO_NP.test(words[j + 1]!.lower)
      )
        return null;
    }
    return signature(words, k, c, v, 'direct/signature');
  }
  return null;
}

/** The attribution of a cue `[from, to)` and a speaker phrase read whole (`whole`) and by name. */
function sourced(
  words: readonly Word[],
  cue: Range,
  stance: Stance,
  src: { whole: Range; name: Range },
  rule: string,
  pronoun = isPronoun(words, src.name),
): Omit<Attribution, 'content' | 'direct'> {
  return {
    cue: rangeSpan(words, cue),
    stance,
    source: rangeSpan(words, src.whole),
    sourceName: rangeSpan(words, src.name),
    via: null,
    rule,
    pronoun,
  };
}

/** Most words of an inverted signature's speaker phrase read whole (`mused Blaze co-host Stu Burguiere`). */
const MAX_SOURCE_AFTER_SIGNATURE = 16;

const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today'.split(' '),
);
/** Most words of a speaker stretch between a quotation and its cue (`stretchSpeaker`). */
const MAX_STRETCH = 12;
/** Words that show a stretch is a clause, not a speaker phrase. */
const NOT_STRETCH: ReadonlySet<string> = new Set(
  `he she it they we i you him them us me who whom whose which that this these those there is are was were
  be been being has have had will would could should can may might must do does did not and but or as if
  when while because after before since how what why where`.split(/\s+/),
);

/**
 * `“…,” a spokesman for committee Democrats said.`, `“…,” the Florida senator and Republican
 * presidential candidate said in a statement.`: after a quotation that leaves its sentence open, the
 * whole stretch before the first lexicon cue is its speaker when that stretch is a plain noun phrase
 * (2 to MAX_STRETCH words opened by a determiner or a capitalised word; no punctuation, pronoun,
 * auxiliary, connective or verb form in `-ed`/`-ing`, `and` only between a capitalised word and a
 * capitalised word or a determiner's phrase) and the cue's clause ends the sentence (nothing after it
 * but a setting). Reads at most the window's words.
 */
function stretchSpeaker(
  words: readonly Word[],
  lex: QuoteLexicon,
): Omit<Attribution, 'content' | 'direct'> | null {
  let k = 0;
  if (words[k]?.text === ',') k++;
  const first = words[k];
  if (!first || NOT_STRETCH.has(first.lower) || (startsLower(first.text) && /(?:ed|ing)$/.test(first.lower)))
    return null;
  // (Lower-case role words may open it when a name ends it: `city council member Jane Hale`.)
  const opened = isCapitalised(first) || /^(?:the|a|an|one|another)$/.test(first.lower);
  for (let c = k + 2; c < words.length && c <= k + MAX_STRETCH; c++) {
    const w = words[c]!;
    const cue = cueAt(words, c, words.length, lex);
    if (
      cue &&
      !cue.quoteOnly &&
      (opened || isCapitalised(words[c - 1]!)) &&
      (cue.stance === 'said' || cue.stance === 'added' || cue.stance === 'claimed')
    ) {
      // The cue ends the sentence, or a setting does (`said in a statement`), with no clause of its own.
      for (let j = cue.next; j < words.length; j++) {
        const t = words[j]!;
        if (isStop(t.text)) break;
        if (t.lower === 'that' || t.text === ',' || /^(?:he|she|they|we|i)$/.test(t.lower)) return null;
      }
      return {
        cue: rangeSpan(words, [c, cue.next]),
        stance: cue.stance,
        source: rangeSpan(words, [k, c]),
        sourceName: rangeSpan(words, [k, c]),
        via: null,
        rule: 'direct/stretch',
        pronoun: false,
      };
    }
    const p = words[c - 1]!;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u.test(p.text) || NOT_STRETCH.has(p.lower)) {
      // `and` joins two descriptions or two names of one speaker phrase (`senator and candidate`).
      if (!(p.lower === 'and' && c - 1 > k)) return null;
    }
    // (`the report released Friday`: a participle before a weekday dates the speaker.)
    if (
      startsLower(p.text) &&
      /(?:ed|ing)$/.test(p.lower) &&
      !(p.lower.endsWith('ed') && WEEKDAYS.has(w.lower))
    )
      return null;
    if (isStop(w.text) || w.text === ',') return null;
  }
  return null;
}

/** True when a relative clause of a person (`, who`, `, whose`) opens between `from` and the cue at `c`. */
function relativeBefore(words: readonly Word[], c: number, from: number): boolean {
  for (let j = from + 1; j < c; j++)
    if (words[j - 1]!.text === ',' && (words[j]!.lower === 'who' || words[j]!.lower === 'whose')) return true;
  return false;
}

/** Prepositions that open a fronted phrase, never a name (`Of Carson, …`). */
const FRONTING: ReadonlySet<string> = new Set(
  'of in on at for to with by from as after before about'.split(' '),
);

/** Most words of an appositive between a name and its cue after a quotation. */
const LONG_APPOSITIVE = 40;

/**
 * `“…,” NAME, <appositive of up to LONG_APPOSITIVE words>, said …`: when the attribution window
 * (`hi`, at most ATTRIBUTION_WINDOW words) ended inside the appositive, the words after it are read
 * on to the appositive's closing comma, which a cue must follow. The source keeps that comma.
 */
/** The most words of a bracketed tag after a name (`(D-Maine)`, `(R-N.C.)`). */
const MAX_TAG = 8;

function longAppositive(
  words: readonly Word[],
  k: number,
  hi: number,
  lex: QuoteLexicon,
): Omit<Attribution, 'content' | 'direct'> | null {
  // Also when the window holds the whole sentence but its cue stands past the first 14 words
  // (`“…,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said …`).
  if (hi < ATTRIBUTION_WINDOW && hi - k <= 14) return null;
  // `“…” Of Carson, Levine, who …, said`: a fronted phrase, not a name.
  if (FRONTING.has(words[k]!.lower)) return null;
  let p = k + 1;
  // (`Rep. Jane Roe (D-Maine), a member of …, said`: a bracketed tag may close the name.)
  let nameEnd = -1;
  while (p < hi && p - k <= 5 && words[p]!.text !== ',') {
    if (words[p]!.text === '(' && nameEnd < 0) {
      let close = p + 1;
      while (close < hi && close - p <= MAX_TAG && words[close]!.text !== ')') close++;
      if (words[close]?.text !== ')') return null;
      nameEnd = p;
      p = close + 1;
      break;
    }
    p++;
  }
  if (words[p]?.text !== ',') return null;
  if (nameEnd < 0) nameEnd = p;
  // `“…,” study author Ann Lee, a chemist at …, said`: lower-case words of a role may stand before
  // a name of two capitalised words or more.
  let n = k;
  while (n < nameEnd && !isCapitalised(words[n]!) && roleWord(words[n]!)) n++;
  if (!capitalisedRun(words, n, nameEnd) || (n > k && nameEnd - n < 2)) return null;
  let bracketed = false;
  for (let q = p + 1; q < words.length && q - p <= LONG_APPOSITIVE; q++) {
    const t = words[q]!.text;
    if (t === '(') bracketed = true;
    else if (t === ')') bracketed = false;
    else if (isStop(t) && !(t === '.' && (bracketed || stopInName(words[q - 1]!.text)))) return null;
    if (t !== ',' || q + 1 >= words.length) continue;
    const cue = cueAt(words, q + 1, words.length, lex);
    if (!cue) continue;
    if (q - p < 3) return null;
    return {
      cue: rangeSpan(words, [q + 1, cue.next]),
      stance: cue.stance,
      source: rangeSpan(words, [k, q + 1]),
      sourceName: rangeSpan(words, [n, nameEnd]),
      via: null,
      rule: 'direct/speaker-cue',
      pronoun: false,
    };
  }
  return null;
}

/** A lower-case word of letters that may describe a speaker's role (`study lead author`), not a preposition. */
function roleWord(w: Word): boolean {
  if (FRONTING.has(w.lower) || w.lower === 'and' || w.lower === 'but') return false;
  const t = w.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c < 97 || c > 122) && c !== 45) return false;
  }
  return t.length > 1;
}

/** Particles that may follow a signature verb (`shot back`, `chimed in`). */
const SIGNATURE_PARTICLES: ReadonlySet<string> = new Set('back in up out on off again'.split(' '));
/** Subject pronouns that sign a quotation with a verb of their own (`he quipped`). */
const SIGNATURE_PRONOUNS: ReadonlySet<string> = new Set('he she they we i it'.split(' '));
/** Lower-case words that close a clause after a name but are no verb of speech. */
const NOT_SIGNATURE: ReadonlySet<string> = new Set(
  'too also again himself herself themselves itself yes no not only instead though however here there today yesterday'.split(
    ' ',
  ),
);

/**
 * A verb of its own signing a quotation where no lexicon cue stands (`“…,” Oliver barked.`, `He
 * jokes, “…”`, `“…,” Trump shot back.`): the words `[c, end)` are one lower-case verb (a word that
 * heads learned cues, or a past tense; no gesture) and at most one particle. The quotation, a short
 * speaker and this verb filling the clause are the evidence; the verb itself needs no lexicon.
 */
function signatureVerb(words: readonly Word[], c: number, end: number, lex: QuoteLexicon): boolean {
  if (end - c < 1 || end - c > 2) return false;
  const w = words[c]!;
  if (!allLower(w.text, 3) || NOT_SIGNATURE.has(w.lower)) return false;
  if (end - c === 2 && !SIGNATURE_PARTICLES.has(words[c + 1]!.lower)) return false;
  if (GESTURES.has(w.lower)) return false;
  return (
    w.lower.endsWith('ed') || lex.generalFirst.has(w.lower) || lex.classifier?.vocab.has(w.lower) === true
  );
}

/** A gesture beside a quotation is not its attribution (`He shrugged: “…”`). */
const GESTURES: ReadonlySet<string> = new Set(
  'shrugged shrugs nodded nods smiled smiles winked winks grinned grins frowned frowns gestured gestures paused pauses sighed sighs'.split(
    ' ',
  ),
);

/** Determiners of an unnamed signature speaker (`one reader`, `another fan`, `a neighbour`). */
const SIGNATURE_DETERMINERS: ReadonlySet<string> = new Set('a an the one another'.split(' '));

/**
 * The speaker `[from, to)` of a signature: one subject pronoun, a short capitalised name, or a
 * determiner and one or two lower-case nouns (`one user`, `a local farmer`).
 */
function signatureSpeaker(words: readonly Word[], from: number, to: number, pronouns = true): boolean {
  if (to - from === 1 && SIGNATURE_PRONOUNS.has(words[from]!.lower)) return pronouns;
  if (to - from >= 2 && to - from <= 3 && SIGNATURE_DETERMINERS.has(words[from]!.lower)) {
    for (let k = from + 1; k < to; k++) {
      const w = words[k]!;
      // (`“…” The deal was welcomed.`: an auxiliary is the clause's verb, a passive's; no speaker.)
      if (
        !allLower(w.text, 3) ||
        NOT_SIGNATURE.has(w.lower) ||
        AUXILIARY_VERBS.has(w.lower) ||
        w.lower.endsWith('ly')
      )
        return false;
    }
    return true;
  }
  return to - from <= 4 && capitalisedRun(words, from, to) && !SIGNATURE_PRONOUNS.has(words[from]!.lower);
}

/** The attribution of a signature `[from, c)` speaker and `[c, end)` verb. */
function signature(words: readonly Word[], from: number, c: number, end: number, rule: string) {
  const pronoun = c - from === 1 && SIGNATURE_PRONOUNS.has(words[from]!.lower);
  return {
    cue: rangeSpan(words, [c, end]),
    stance: 'said' as Stance,
    source: rangeSpan(words, [from, c]),
    sourceName: rangeSpan(words, [from, c]),
    via: null,
    rule,
    pronoun,
  };
}

/**
 * `Hale took to Twitter, writing: “…”`, `…, tweeting, “…”`: a participle after a comma, right before
 * the quotation's colon or comma, that heads learned cue forms of any strength; its subject is the
 * clause's (read by the caller as for `saying:`).
 */
function participleBeforeQuote(
  words: readonly Word[],
  c: number,
  end: number,
  lex: QuoteLexicon,
): { stance: Stance; next: number; general: true } | null {
  const w = words[c]!;
  if (c + 1 !== end || c === 0 || words[c - 1]!.text !== ',' || !w.text.endsWith('ing')) return null;
  if (!startsLower(w.text) || !lex.general.has(w.lower)) return null;
  return { stance: lex.general.get(w.lower)!, next: c + 1, general: true };
}

/**
 * `The curator, who joked of the museum, “…”`, `the agency, which has long said, “…”`: a relative
 * pronoun after a comma right before the cue (and its auxiliaries) is the source as written, the
 * phrase before the comma its name.
 */
function relativeSourceBefore(
  words: readonly Word[],
  c: number,
  lo: number,
): { whole: Range; name: Range } | null {
  let k = c - 1;
  while (k > lo + 1 && (cuePrefix(words[k]!) || RELATIVE_ADVERBS.has(words[k]!.lower))) k--;
  if (k <= lo + 1 || words[k - 1]!.text !== ',') return null;
  // (The name from the sentence's start: the window may hold the sentence before.)
  return relativeSource(words, k, lo);
}

/** Words between a relative pronoun and its cue that are no cue prefix (`which earlier said`, `who both said`). */
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set([
  'earlier',
  'both',
  'all',
  'once',
  'themselves',
  'himself',
  'herself',
]);

/** Participles of perceiving before a participle of saying (`can be heard saying`). */
const PERCEIVED: ReadonlySet<string> = new Set(
  'heard seen caught filmed recorded overheard captured shown pictured photographed'.split(' '),
);

/**
 * The speaker of a participle of saying at `c` whose source `s` is a recording or a perception:
 * `Footage of the mayor shouting,` → `the mayor`; `Smith can be heard saying,` → `Smith` (the
 * source had been `heard`). Null when `s` is neither.
 */
function recordedSpeaker(
  words: readonly Word[],
  c: number,
  s: { whole: Range; name: Range },
  lo: number,
): { whole: Range; name: Range } | null {
  if (s.whole[0] === c - 1 && PERCEIVED.has(words[c - 1]!.lower)) {
    const subject = c - 2 > lo ? sourceBefore(words, c - 1, lo) : null;
    return subject && subject.whole[1] < c - 1 ? subject : null;
  }
  // (The `of` inside the source or right after it: `mainSubject` stops at `Footage`.)
  for (let k = s.whole[0] + 1; k <= Math.min(s.whole[1], c - 2); k++)
    if (words[k]!.lower === 'of' && RECORDINGS.has(words[k - 1]!.lower)) return sourceBefore(words, c, k + 1);
  return null;
}

/** Most words of the topic between `joked about` and the quotation's comma. */
const MAX_TOPIC = 5;
/** Verbs in the past that are not in `-ed` and may take a topic before a quotation. */
const TOPIC_PAST: ReadonlySet<string> = new Set(['spoke', 'wrote']);

/**
 * `who joked of the museum, “…”`, `He complained about the food, “…”`: a learned verb of speech in
 * the past, `of` or `about` and a short topic before the quotation's comma. The topic is what the
 * quotation is about; the quotation is the verb's content (not the topic, as the general rule would
 * read it).
 */
function topicCue(
  words: readonly Word[],
  c: number,
  end: number,
  lex: QuoteLexicon,
): { stance: Stance; next: number } | null {
  const w = words[c]!;
  const p = words[c + 1]?.lower;
  if ((p !== 'of' && p !== 'about') || end - (c + 2) < 1 || end - (c + 2) > MAX_TOPIC) return null;
  if (!startsLower(w.text) || !(w.lower.endsWith('ed') || TOPIC_PAST.has(w.lower))) return null;
  const stance = lex.general.get(w.lower);
  if (stance === undefined || stance === 'believed') return null;
  for (let k = c + 2; k < end; k++) if (isStop(words[k]!.text) || words[k]!.text === ',') return null;
  return { stance, next: c + 1 };
}

/** A learned cue form of full precision at `c` (`echoed`, `reads`), longest first, or null. */
function strongGeneralCue(
  words: readonly Word[],
  c: number,
  end: number,
  lex: QuoteLexicon,
): { stance: Stance; next: number; general: true } | null {
  const w = words[c]!;
  if (!lex.generalFirst.has(w.lower) || !startsLower(w.text)) return null;
  for (let n = Math.min(lex.generalMaxWords, end - c); n >= 1; n--) {
    let key = w.lower;
    for (let m = 1; m < n; m++) key += ` ${words[c + m]!.lower}`;
    const stance = lex.general.get(key);
    if (stance !== undefined && !lex.generalWeak.has(key) && !lex.quoteOnly.has(key))
      return { stance, next: c + n, general: true };
  }
  return null;
}

/** Particles after a verb of motion (`stood up`, `turned around`). */
const PARTICLES: ReadonlySet<string> = new Set([
  'up',
  'down',
  'back',
  'out',
  'over',
  'around',
  'away',
  'forward',
]);
/** Past tenses of gestures and motions not in `-ed` that may come before a cue (`stood up and said`). */
const IRREGULAR_GESTURES: ReadonlySet<string> = new Set([
  'stood',
  'rose',
  'sat',
  'took',
  'broke',
  'shook',
  'grew',
  'fell',
]);

/**
 * `Ms. Sherry smiled and said, “…”`, `The mayor stood up and told the crowd: “…”`, `He paused,
 * then said: “…”`: the subject of a past-tense verb coordinated before the cue is its speaker.
 */
function coordinatedSource(
  words: readonly Word[],
  c: number,
  lo: number,
  lex: QuoteLexicon,
): { whole: Range; name: Range } | null {
  let k = c - 1;
  if (k <= lo) return null;
  const w = words[k]!.lower;
  if (w === 'then' && k - 1 > lo && (words[k - 1]!.lower === 'and' || words[k - 1]!.text === ',')) k--;
  else if (w !== 'and' && w !== 'then') return null;
  // (`He thanked the crews, who worked all night and said, “…”`: a cue coordinated inside a
  // relative clause set off by a comma is its antecedent's.)
  if (w === 'and') {
    const rel = relativeBeforeCoordinator(words, k, lo);
    if (rel) return rel;
  }
  let v = k - 1;
  if (v > lo && PARTICLES.has(words[v]!.lower)) v--;
  if (v <= lo) return null;
  const verb = words[v]!;
  if (!/^\p{Ll}{3,}ed$/u.test(verb.text) && !IRREGULAR_GESTURES.has(verb.text))
    // `Ortega called her into his office and said, “…”`: a longer clause coordinated before the cue.
    return w === 'and' ? clauseSubjectBefore(words, k, lo) : null;
  const s = sourceBefore(words, v, lo);
  // (`The nurse confirmed the ward had closed and said, “…”`: a subject right after a cue of saying
  // is its reported clause's; the quotation is the sentence subject's, read by `sharedSubjectSource`.)
  if (s && s.whole[0] - 1 > lo && cueAt(words, s.whole[0] - 1, s.whole[0], lex)) return null;
  // (The same after `that`: `The nurse confirmed that the ward had closed and said, “…”`.)
  if (
    s &&
    s.whole[0] - 2 > lo &&
    words[s.whole[0] - 1]!.lower === 'that' &&
    cueAt(words, s.whole[0] - 2, s.whole[0] - 1, lex)
  )
    return null;
  // (`The judge rejected the appeal that the lawyers had filed and said, “…”`: a subject after a
  // relative pronoun that follows a noun opens a relative clause; the sentence's subject speaks.)
  if (s && objectRelativeBefore(words, s.whole[0], lo, lex)) return null;
  return s ?? (w === 'and' ? clauseSubjectBefore(words, k, lo) : null);
}

/**
 * True when `that`, `which` or `whom` stands right before word `at` after a lower-case noun (no cue
 * of saying, no verb in `-ed`): the words from `at` are an object relative clause (`the appeal that
 * the lawyers had filed`).
 */
function objectRelativeBefore(words: readonly Word[], at: number, lo: number, lex: QuoteLexicon): boolean {
  if (at - 2 < lo) return false;
  const rel = words[at - 1]!.lower;
  if (rel !== 'that' && rel !== 'which' && rel !== 'whom') return false;
  const noun = words[at - 2]!;
  return (
    /^\p{Ll}{3,}$/u.test(noun.text) &&
    !/(?:ed|ing|ly)$/.test(noun.lower) &&
    !lex.cues.has(noun.lower) &&
    !NOT_NOUNS.has(noun.lower)
  );
}
/** Lower-case words before `that` that are no noun (`so that`, `now that`, `such that`). */
const NOT_NOUNS: ReadonlySet<string> = new Set(
  'so now such given except provided say says said think thinks believe believes know knows knew'.split(' '),
);

/** Adverbs between a coordinator and a cue that share the clause's subject (`and then said`). */
const SHARED_CUE_ADVERBS: ReadonlySet<string> = new Set([
  'then',
  'also',
  'later',
  'finally',
  'again',
  'simply',
]);

/**
 * `He adopted a fake accent and joked, “…”`, `Trump joked that …, but went on to say, “…”`,
 * `Hayek confirmed she had been and said, “…”`: a cue after `and`/`but` (and at most one adverb)
 * with no subject of its own shares the subject that opens the sentence, when a lower-case verb
 * follows that subject.
 */
function sharedSubjectSource(
  words: readonly Word[],
  c: number,
  lo: number,
): { whole: Range; name: Range } | null {
  let k = c - 1;
  if (k > lo && SHARED_CUE_ADVERBS.has(words[k]!.lower)) k--;
  if (k <= lo + 1) return null;
  const w = words[k]!.lower;
  if (w !== 'and' && w !== 'but') return null;
  const rel = relativeBeforeCoordinator(words, k, lo) ?? nearerClauseBefore(words, k, lo);
  if (rel) return rel;
  const s = mainSubject(words, k, lo);
  if (!s || s.whole[1] >= k) return null;
  const verb = words[s.whole[1]]!;
  return startsLower(verb.text) && !isStop(verb.text) && /^\p{L}/u.test(verb.text) ? s : null;
}

/** Adverbs between `put it` and its comma (`as one aide put it bluntly,`). */
const PUT_IT_ADVERBS: ReadonlySet<string> = new Set([
  'bluntly',
  'simply',
  'succinctly',
  'recently',
  'once',
  'later',
  'memorably',
  'aptly',
]);
/** Forms of `tell` whose hearer may follow them in `As X told the jury,`. */
const TOLD_FORMS: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);
/** Words of frequency that open a setting of `As X has said …,` (`many times`, `before`, `so often`). */
const AS_FREQUENCY: ReadonlySet<string> = new Set(
  'many several countless numerous often before again so time'.split(' '),
);
/** Most words of a setting after the cue of `As X wrote …,` (`on his blog Think, Save, Retire`). */
const MAX_AS_SETTING = 10;
/**
 * True when words `[k, end)` after the cue of `As X wrote …,` are a setting: a preposition of
 * setting or an adverb first (`on his blog`, `in a statement`, `just a few years earlier`), at
 * most MAX_AS_SETTING words.
 */
function settingRest(words: readonly Word[], k: number, end: number): boolean {
  if (end - k > MAX_AS_SETTING) return false;
  const w = words[k]!;
  return (
    isSettingStart(w) ||
    PUT_IT_ADVERBS.has(w.lower) ||
    AS_FREQUENCY.has(w.lower) ||
    w.lower === 'just' ||
    w.lower.endsWith('ly') ||
    timeAgo(words, k, end)
  );
}

/** Words that open a span of time before `earlier`, `later` or `ago` (`years earlier`, `two decades ago`). */
const SPAN_OPENERS =
  /^(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|some|years|months|weeks|days|decades)$/;

/** True when the words `[k, end)` are a span of time and `earlier`, `later` or `ago` (`years earlier`). */
function timeAgo(words: readonly Word[], k: number, end: number): boolean {
  if (!SPAN_OPENERS.test(words[k]!.lower) || end - k > 4) return false;
  return /^(?:earlier|later|ago|before)$/.test(words[end - 1]!.lower);
}

/**
 * `As Gaiman put it,` / `as the minister recently put it:` / `In the words of one diplomat,`: the
 * clause `[lo, end)` before a quotation is a set phrase whose noun phrase is the speaker. Its cue
 * and speaker, or null.
 */
function speakerPhraseBefore(
  words: readonly Word[],
  lo: number,
  end: number,
  lex: QuoteLexicon,
): { cue: Range; source: { whole: Range; name: Range } } | null {
  const first = words[lo]?.lower;
  if (first === 'as' && end - lo >= 3 && end - lo <= 24) {
    let e = end;
    while (e > lo + 3 && PUT_IT_ADVERBS.has(words[e - 1]!.lower)) e--;
    if (words[e - 1]!.lower === 'it' && /^(?:put|puts)$/.test(words[e - 2]!.lower)) {
      const source = sourceBefore(words, e - 2, lo + 1);
      return source && source.whole[0] === lo + 1 ? { cue: [e - 2, e], source } : null;
    }
    // `As he related,`, `As Steve Adcock wrote on his blog,`, `As the columnist had written a few
    // years earlier,`: a cue of saying after the speaker, and at most a setting after it.
    for (let c = lo + 2; c < end; c++) {
      const cue = cueAt(words, c, end, lex);
      if (!cue) continue;
      // (A quote-only form of saying stays: `As the columnist had written,`; not `As talks went on,`.)
      if ((cue.quoteOnly && cue.stance !== 'said') || cue.stance === 'other' || cue.stance === 'believed')
        return null;
      // (`As prosecutors told the jury,`: a cue of telling takes its hearer there.)
      if (
        cue.next < end &&
        !settingRest(words, cue.next, end) &&
        !(TOLD_FORMS.has(words[c]!.lower) && end - cue.next <= 4)
      )
        return null;
      // (`As the mayor has so often said,`: adverbs of frequency before the cue.)
      let k = c;
      while (
        k - 1 > lo + 2 &&
        (AS_FREQUENCY.has(words[k - 1]!.lower) ||
          // (Not a noun in `-ly`: `As his family has said many times,`.)
          (/^\p{Ll}+ly$/u.test(words[k - 1]!.text) && !LY_NOT_ADVERBS.has(words[k - 1]!.lower)))
      )
        k--;
      const source = sourceBefore(words, k, lo + 1);
      return source && source.whole[0] === lo + 1 ? { cue: [c, cue.next], source } : null;
    }
    return null;
  }
  // `According to his aunt, Jane Starner, “…”`: the source names the speaker of the quotation.
  if (first === 'according' && words[lo + 1]?.lower === 'to' && end - lo >= 3) {
    const source = sourceAfter(words, lo + 2, end);
    if (!source || source.whole[1] !== end) return null;
    // (Not over a clause of saying after a comma: `According to his lawyer, the defendant told
    // police, “…”` is the defendant's quotation.)
    let comma = false;
    for (let j = source.whole[0] + 1; j < end; j++) {
      if (words[j]!.text === ',') comma = true;
      else if (
        comma &&
        (cueAt(words, j, end, lex) || (lex.generalFirst.has(words[j]!.lower) && startsLower(words[j]!.text)))
      )
        return null;
    }
    return { cue: [lo, lo + 2], source };
  }
  // `In the words of one diplomat,`; also at the end of a lead-in (`Here is how bad things got in
  // the words of the patient:`).
  for (let k = Math.max(lo, end - 16); k + 4 < end; k++) {
    if (
      words[k]!.lower === 'in' &&
      words[k + 1]!.lower === 'the' &&
      words[k + 2]!.lower === 'words' &&
      words[k + 3]!.lower === 'of'
    ) {
      const source = sourceAfter(words, k + 4, end);
      return source && source.whole[1] === end ? { cue: [k, k + 4], source } : null;
    }
  }
  return null;
}

/**
 * The attribution of an inverted lead-in `[c, end)`: a cue of saying (`[c, next)`) and a speaker
 * phrase that fills the rest (`explained CBS moderator Nancy Cordes`), or null.
 */
function invertedSpeaker(
  words: readonly Word[],
  c: number,
  next: number,
  end: number,
  stance: Stance,
): Omit<Attribution, 'content' | 'direct'> | null {
  if (stance === 'other' || stance === 'believed' || next >= end) return null;
  const first = words[next]!;
  if (!isCapitalised(first) && !SIGNATURE_DETERMINERS.has(first.lower)) return null;
  // (`Said the coach afterwards:`, `Said Ms Brown on Tuesday,`: a time after the speaker is no part
  // of it.)
  let e = end;
  if (e - 1 > next && INVERTED_TIMES.has(words[e - 1]!.lower)) e--;
  else if (
    e - 2 > next &&
    INVERTED_TIME_PREPS.has(words[e - 2]!.lower) &&
    INVERTED_DAYS.has(words[e - 1]!.lower)
  )
    e -= 2;
  const src = sourceAfter(words, next, e);
  return src && src.whole[1] === e ? sourced(words, [c, next], stance, src, 'direct/inverted-before') : null;
}
/** A lower-case past tense or participle in `-ed` (`posted`, `issued`). */
const PARTICIPLE_ED = /^\p{Ll}{2,}ed$/u;

/** Prepositions whose object is no clause's subject (`in a statement posted …`). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in on at with from through via during under into'.split(' '),
);

/** Adverbs of time closing an inverted lead-in after its speaker (`Said X afterwards:`). */
const INVERTED_TIMES: ReadonlySet<string> = new Set(
  'afterwards afterward later then earlier today yesterday tonight recently again'.split(' '),
);
const INVERTED_TIME_PREPS: ReadonlySet<string> = new Set(['on', 'last', 'this']);
const INVERTED_DAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday week night'.split(' '),
);

/** Most words between a cue and the mark before its quotation in `longSettingCue`. */
const MAX_LONG_SETTING = 12;
/** Most words of a hearer after `told` before a setting (`told the Washington Post`). */
const MAX_HEARER = 4;

/**
 * A cue of saying with its own speaker 6–12 words before the mark of a quotation, when the words
 * after it are a setting (a preposition first, no comma, verb or clause word), after a short
 * hearer for `told` (`told the Washington Post in a written statement,`).
 */
function longSettingCue(
  words: readonly Word[],
  lo: number,
  end: number,
  lex: QuoteLexicon,
): Omit<Attribution, 'content' | 'direct'> | null {
  for (let c = end - 7; c >= Math.max(lo + 1, end - MAX_LONG_SETTING - 1); c--) {
    const cue = cueAt(words, c, end, lex);
    if (!cue || cue.stance === 'other' || cue.stance === 'believed') continue;
    let k = cue.next;
    if (TOLD_FORMS.has(words[c]!.lower)) {
      const h = k;
      while (k < end && k - h < MAX_HEARER && !isSettingStart(words[k])) k++;
      if (k === h) return null;
    }
    if (k >= end || !isSettingStart(words[k])) return null;
    for (let j = k; j < end; j++) {
      const x = words[j]!;
      if (!/^[\p{L}\p{N}'’.-]+$/u.test(x.text) || /^(?:that|who|which|where|when|and|but)$/.test(x.lower))
        return null;
      // (A participle of issuing a text stays in the setting: `in a statement issued by email:`.)
      if (
        /^\p{Ll}+(?:ed|ing)$/u.test(x.text) &&
        !/^(?:written|televised|recorded|published|released|issued|posted|shared|circulated|distributed|emailed|signed)$/.test(
          x.lower,
        )
      )
        return null;
    }
    let s = sourceBefore(words, c, lo);
    // (`…, saying in a post on Twitter: “…”`: a participle shares the clause's subject.)
    if (!s && words[c - 1]!.text === ',' && /ing$/.test(words[c]!.lower))
      s = speakerBeforeComma(words, c - 1, lex) ?? mainSubject(words, c - 1, lo);
    if (!s) return null;
    return {
      cue: rangeSpan(words, [c, cue.next]),
      stance: cue.stance,
      source: rangeSpan(words, s.whole),
      sourceName: rangeSpan(words, s.name),
      via: null,
      rule: 'direct/before',
      pronoun: isPronoun(words, s.name),
    };
  }
  return null;
}

function attributionBefore(
  text: string,
  words: readonly Word[],
  lex: QuoteLexicon,
  sentenceQuote = false,
): Omit<Attribution, 'content' | 'direct'> | null {
  let end = words.length;
  if (end === 0) return null;
  const last = words[end - 1]!.lower;
  if (last !== ':' && last !== ',' && last !== 'that') {
    // `She says “Our campaign is built on jobs.”`: a quoted sentence right after a cue of saying
    // with no mark between.
    return sentenceQuote ? bareCueBefore(words, lex) : null;
  }
  end--;
  let lo = end;
  while (
    lo > 0 &&
    (!isStop(words[lo - 1]!.text) ||
      // (A stop in a name, or one a comma follows: `Dräger, Inc., says:` ends no sentence.)
      (words[lo - 1]!.text === '.' && lo > 1 && (stopInName(words[lo - 2]!.text) || words[lo]?.text === ',')))
  )
    lo--;
  // (`“…” Jane Roe, a lawyer for the family, said, “…”`: the closing mark of the sentence before.)
  while (lo < end - 1 && CLOSING_MARKS.has(words[lo]!.text)) lo++;
  // `As Gaiman put it, “…”`, `In the words of one diplomat, “…”`: a set phrase naming the speaker.
  const phrase = last === 'that' ? null : speakerPhraseBefore(words, lo, end, lex);
  if (phrase)
    return {
      cue: rangeSpan(words, phrase.cue),
      stance: 'said',
      source: rangeSpan(words, phrase.source.whole),
      sourceName: rangeSpan(words, phrase.source.name),
      via: null,
      rule: 'direct/before',
      pronoun: isPronoun(words, phrase.source.name),
    };
  // `Said Comey, “…”`: a capitalised cue of saying opening the sentence, its speaker after it.
  if (end - lo >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[lo]!.text)) {
    const stance = lex.cues.get(words[lo]!.lower);
    if (stance !== undefined && !lex.quoteOnly.has(words[lo]!.lower)) {
      const inv = invertedSpeaker(words, lo, lo + 1, end, stance);
      if (inv) return inv;
    }
  }
  // The cue is the last word before the colon, or before a short setting ("said on Monday:").
  for (let c = end - 1; c >= Math.max(lo, end - 6); c--) {
    const cue =
      cueAt(words, c, end, lex) ??
      (last === ':' ? strongGeneralCue(words, c, end, lex) : null) ??
      participleBeforeQuote(words, c, end, lex) ??
      (last === ',' ? topicCue(words, c, end, lex) : null);
    if (!cue) continue;
    // `The footage shows the mayor shouting, “…”`: a verb of perceiving, its object and a participle
    // of saying before the quotation; the one perceived speaks (read below, with `heard him yelling`).
    if (last === ',' && PERCEIVING.has(words[c]!.lower) && perceivedSpeech(words, c, end) !== null) break;
    // `said the ban sent a message that “…”`: a determiner right after a cue of saying opens the
    // reported clause's subject; the `that` is that clause's, and the quotation is part of it.
    if (
      last === 'that' &&
      cue.next < end &&
      CLAUSE_DETERMINERS.has(words[cue.next]!.lower) &&
      !HEARER_CUES.has(words[c]!.lower) &&
      // (`said the following day that “…”`, `said a week later that`: a time, not a subject.)
      !(end - cue.next <= 4 && TIME_ENDS.has(words[end - 1]!.lower))
    )
      return null;
    let s =
      sourceBefore(words, c, lo) ??
      coordinatedSource(words, c, lo, lex) ??
      relativeSourceBefore(words, c, lo);
    // (`… and said, “…”` with the sentence's subject: the clause before ends at the coordinator.)
    let shared = false;
    if (!s) {
      s = sharedSubjectSource(words, c, lo);
      shared = s !== null;
    }
    // `The ministry said in a statement posted on its website: “…”`: a participle after the object
    // of a preposition is a reduced relative clause, no cue with a subject; the cue further back is
    // read below.
    if (
      s &&
      s.whole[0] > lo &&
      PARTICIPLE_ED.test(words[c]!.text) &&
      OBJECT_PREPOSITIONS.has(words[s.whole[0] - 1]!.lower)
    )
      continue;
    // `…, saying: “…”`, `He rallied supporters, telling them, “…”`: a participle after a comma shares
    // the subject of the clause before it.
    if (!s && c > 0 && words[c - 1]!.text === ',' && /ing$/.test(words[c]!.lower))
      // (The subject of the participle's own sentence, from `lo`: the window may hold the
      // paragraph's earlier sentences, `Officials said nothing. Moss declined …, saying “…”`.)
      s = speakerBeforeComma(words, c - 1, lex) ?? mainSubject(words, c - 1, lo);
    // `Footage of the mayor shouting, “…”`, `Smith can be heard saying, “…”`: the one recorded or
    // perceived speaks.
    if (s && words[c]!.lower.endsWith('ing')) s = recordedSpeaker(words, c, s, lo) ?? s;
    // A learned form (`echoed:`, `reads:`) needs the whole clause to be its subject and itself.
    if (s && 'general' in cue && s.whole[0] !== lo) s = null;
    // `He went on to say: “…”`: a cue with no subject of its own may end a longer cue form.
    if (!s && !('general' in cue) && longerCueEnds(words, c, lo, end, lex)) continue;
    // `In other words, explained CBS moderator Nancy Cordes: “…”`, `But, said Solovey, “…”`: a cue
    // of saying after the sentence start or a comma, its speaker after it up to the mark.
    if (!s && !('general' in cue) && (c === lo || words[c - 1]!.text === ',')) {
      const inv = invertedSpeaker(words, c, cue.next, end, cue.stance);
      if (inv) return inv;
    }
    if (!s) return null;
    return {
      cue: rangeSpan(words, [c, cue.next]),
      stance: cue.stance,
      source: rangeSpan(words, s.whole),
      sourceName: rangeSpan(words, s.name),
      via: null,
      rule: shared ? 'direct/shared-subject' : 'direct/before',
      pronoun: isPronoun(words, s.name),
    };
  }
  // `Trump told the Washington Post in a written statement, “…”`, `Kim said in a recent issue of
  // Foreign Policy magazine: “…”`: a cue of saying further back, when a hearer (after `told`) and a
  // setting opened by a preposition fill the words up to the mark.
  if (last !== 'that') {
    const far = longSettingCue(words, lo, end, lex);
    if (far) return far;
  }
  // `Cole was unmoved: “…”`, `The mayor was blunt:`: a speaker, a copula and an adjective before a
  // colon introduce the speaker's words.
  if (last === ':' && end - lo >= 3) {
    const cop = end - 2 >= lo && COPULAS.has(words[end - 2]!.lower) ? end - 2 : end - 3;
    if (
      cop > lo &&
      COPULAS.has(words[cop]!.lower) &&
      startsLower(words[end - 1]!.text) &&
      /^\p{Ll}+$/u.test(words[end - 1]!.text) &&
      // (An adjective, not a passive: `Smith was sentenced:` is a deed done to Smith.)
      stanceAdjective(words[end - 1]!.lower)
    ) {
      const s = sourceBefore(words, cop, lo);
      // (A name or a personal pronoun: `The message was simple:` and `It was clear:` name no one.)
      const last = s ? words[s.name[1] - 1]! : null;
      if (
        s &&
        last &&
        s.whole[0] === lo &&
        (PERSONAL_PRONOUNS.has(last.lower) || (isCapitalised(last) && !isPronoun(words, s.name))) &&
        !placedThing(words, s.name)
      )
        return sourced(words, [cop, end], 'said', s, 'direct/copula-colon');
    }
  }
  // `responded to the question on Facebook writing, “…”`, `sings to Clinton before asking her, “…”`:
  // a participle of saying (and a pronoun hearer) right before the quotation, with no comma before
  // the participle, shares the clause's subject.
  if (last === ',' && end - lo >= 3) {
    let c = end - 1;
    if (OBJECT_HEARERS.has(words[c]!.lower)) c--;
    if (
      c > lo + 1 &&
      (QUOTING_PARTICIPLES.has(words[c]!.lower) ||
        (CRIED.has(words[c]!.lower) && perceivedAt(words, c, lo) >= 0)) &&
      words[c - 1]!.text !== ','
    ) {
      // `Smith heard his neighbor yelling, “…”`, `The footage shows the mayor shouting, “…”`: after a
      // verb of perceiving, its object speaks (not the clause's subject).
      const p = perceivedAt(words, c, lo);
      if (p >= 0) {
        const o = perceivedSpeech(words, p, c + 1);
        return o ? sourced(words, [c, c + 1], 'said', o, 'direct/perceived') : null;
      }
      // (The clause starts after an earlier quotation of the window: `“…,” Blige sings to Clinton
      // before asking her, “…”`.)
      let from = lo;
      for (let k = c - 1; k > lo; k--)
        if (CLOSING_MARKS.has(words[k]!.text) || words[k]!.text === "''") {
          from = k + 1;
          break;
        }
      const subject = from < c ? mainSubject(words, c, from) : null;
      const s = subject ? (recordedSpeaker(words, c, subject, from) ?? subject) : null;
      // (A short subject only: a long one may run over the clause's verb.)
      if (s && s.name[1] - s.name[0] <= 3)
        return sourced(words, [c, c + 1], 'said', s, 'direct/participle-before');
    }
  }
  // `He jokes, “…”`, `Hewitt riffed: “…”`: the clause is a speaker and a verb of its own.
  if (last !== 'that' && end - lo >= 2 && end - lo <= 6)
    for (let c = lo + 1; c < end && c <= lo + 4; c++)
      if (signatureSpeaker(words, lo, c) && signatureVerb(words, c, end, lex))
        return signature(words, lo, c, end, 'direct/signature-before');
  // `Said Ellis: “…”`: an inverted cue before a bare name.
  const inverted =
    last === ':' && end - lo >= 2 && end - lo <= 5 ? lex.cues.get(words[lo]!.lower) : undefined;
  if (inverted !== undefined && capitalisedRun(words, lo + 1, end))
    return {
      cue: rangeSpan(words, [lo, lo + 1]),
      stance: inverted,
      source: rangeSpan(words, [lo + 1, end]),
      sourceName: rangeSpan(words, [lo + 1, end]),
      via: null,
      rule: 'direct/cue-name-colon',
      pronoun: false,
    };
  // `Ted Cruz: “…”`, `HuffPollster: “…”`: a short name and a colon, the colon as the cue. In a
  // digest, after a topic and a dash (`Pollsters agree - Carl Bialik: “…”`).
  let from = lo;
  for (let k = end - 2; k > lo && k >= end - 6; k--)
    if (DASHES.has(words[k]!.text)) {
      from = k + 1;
      break;
    }
  if (last === ':' && end - from >= 1 && end - from <= 5) {
    let names = true;
    for (let k = from; k < end; k++) {
      const w = words[k]!;
      if (!isCapitalised(w) && w.text !== '.' && w.text !== "'" && w.text !== '’') names = false;
    }
    // (Not a day after a dash: `Update - Tuesday:`.)
    if (from > lo && end - from === 1 && WEEKDAYS.has(words[from]!.lower)) names = false;
    if (names && !COLON_LABELS.test(words[end - 1]!.lower)) {
      return {
        cue: rangeSpan(words, [end, end + 1]),
        stance: 'said',
        source: rangeSpan(words, [from, end]),
        sourceName: rangeSpan(words, [from, end]),
        via: null,
        rule: from > lo ? 'direct/digest-name-colon' : 'direct/name-colon',
        pronoun: false,
      };
    }
  }
  void text;
  return null;
}

/**
 * The attribution of a quoted sentence that follows its cue with no mark between (`She says “…”`,
 * `Trump declared “…”`): a cue of saying ends the words before the quotation and a speaker opens
 * its clause. Null otherwise.
 */
function bareCueBefore(
  words: readonly Word[],
  lex: QuoteLexicon,
): Omit<Attribution, 'content' | 'direct'> | null {
  const end = words.length;
  for (let c = end - 1; c >= Math.max(0, end - 2); c--) {
    const cue = cueAt(words, c, end, lex);
    if (!cue || cue.next !== end || cue.quoteOnly) continue;
    if (cue.stance === 'other' || cue.stance === 'believed') return null;
    let lo = c;
    while (lo > 0 && !isStop(words[lo - 1]!.text)) lo--;
    const s = sourceBefore(words, c, lo);
    if (!s) return null;
    return sourced(words, [c, end], cue.stance, s, 'direct/bare-cue');
  }
  return null;
}

/** True when a lexicon cue form starting at most three words before `c` runs over `c` (`went on to say`). */
function longerCueEnds(
  words: readonly Word[],
  c: number,
  lo: number,
  end: number,
  lex: QuoteLexicon,
): boolean {
  for (let b = c - 1; b >= Math.max(lo, c - 3); b--) {
    const cue = cueAt(words, b, end, lex);
    if (cue && cue.next > c) return true;
  }
  return false;
}

/** Dashes before a signature; hyphens as plain-text copy types them (`."  - Sanders.`). */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '-', '--']);

/** True when the words `[from, to)` are a name: capitalised words, initials and their stops. */
function capitalisedRun(words: readonly Word[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (!isCapitalised(w) && w.text !== '.' && w.text !== "'" && w.text !== '’') return false;
  }
  return isCapitalised(words[from]!);
}

/** Labels before a colon that are not speakers (`Update:`, `Watch:`, `Editor's Note:`). */
const COLON_LABELS =
  /^(?:update|updated|note|question|answer|related|latest|exclusive|watch|read|video|photos?|breaking|analysis|opinion|editor|correction|excerpt|summary|transcript|quote|headline|title|source|sources|text)$/;

/**
 * An attribution with this content, field by field (an object spread of these many-shaped objects
 * is a slow path in V8, and this runs for every quotation).
 */
export function withContent(
  a: Omit<Attribution, 'content' | 'direct'>,
  content: [number, number],
  direct: boolean,
  rule: string,
): Attribution {
  return {
    content,
    direct,
    cue: a.cue,
    stance: a.stance,
    source: a.source,
    sourceName: a.sourceName,
    via: a.via,
    rule,
    pronoun: a.pronoun,
  };
}

/**
 * `“…”` at a paragraph's end, then `- Sanders.` as the next paragraph: a dash and a short name on a
 * line of their own sign the quotation above them. `from` is the end of the quotation's line.
 */
function signatureBelow(text: string, from: number): Omit<Attribution, 'content' | 'direct'> | null {
  let k = from;
  while (k < text.length && k < from + 8 && /\s/.test(text[k]!)) k++;
  if (k === from || !/[-—–―]/.test(text[k] ?? '')) return null;
  const words = scanWords(text, k, lineEnd(text, k, Math.min(text.length, k + 80)));
  let n = words.length;
  if (n > 0 && words[n - 1]!.text === '.') n--;
  let d = 0;
  while (d < n && DASHES.has(words[d]!.text)) d++;
  if (d === 0 || n - d < 1 || n - d > 4 || !capitalisedRun(words, d, n)) return null;
  return {
    cue: rangeSpan(words, [0, d]),
    stance: 'said',
    source: rangeSpan(words, [d, n]),
    sourceName: rangeSpan(words, [d, n]),
    via: null,
    rule: 'direct/dash-name',
    pronoun: false,
  };
}

/**
 * Words that name what follows them, never report it: a title (`a report titled`, `a column,
 * entitled,`), a code name (`code-named`, `the aptly-named`), the writer's distance (`so-called`).
 * Before a quotation they make it a name, whoever speaks in the sentence.
 */
const NAMING_ALWAYS =
  /(?:^|[\s(,])(?:so-called|(?:en)?titled|headlined|code-?named|codenamed|[\p{L}]+-named),?\s*$/iu;
/**
 * Words that name when they modify an indefinite noun (`a bill dubbed`, `a short film called`), follow
 * a comma (`the plan, named`) or stand in the passive (`what is called`, `it was dubbed`), not when a
 * speaker uses them (`what he called “…”`, `the senator called “…”`; `X, a former aide, called “…”`
 * is a verb after an appositive, so `called` needs the noun before it, not a comma).
 */
const NAMING_PARTICIPLE =
  /(?:(?:(?:^|\s)(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|(?:^|\s)(?:is|are|was|were|be|been|being|[’']s)(?:\s+(?:also|often|sometimes|now|still))?)\s+(?:called|dubbed|named|nicknamed|labell?ed|branded|billed\s+as|known\s+as)|,\s+(?:dubbed|named|nicknamed|labell?ed|branded|billed\s+as|known\s+as))\s*$/u;
/** A relative or interrogative word before the noun: its clause's subject is a speaker (`which the campaign called`). */
const RELATIVE_BEFORE =
  /(?:^|\s)(?:what|which|that|whom|who)\s+(?:the|a|an|his|her|their|its|our|this)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s+\p{Ll}+(?:\s+as)?\s*$/u;

/** Last words of a naming phrase (`so-called`, `titled`, `known as`, `the aptly-named`). */
const NAMING_LAST = new Set(
  'so-called titled entitled headlined code-named codenamed called dubbed named nicknamed labeled labelled branded as'.split(
    ' ',
  ),
);

/** Whether the last words before a quotation, as written, end a naming phrase; memoised for short words across documents. */
const NAMING_WORDS = new Map<string, boolean>();
function namingWord(raw: string): boolean {
  // (Lower-casing a slice of a two-byte text costs several lookups; keys under 13 units only, as
  // a longer slice is a view that would keep its whole text alive.)
  let v = raw.length < 13 ? NAMING_WORDS.get(raw) : undefined;
  if (v === undefined) {
    const last = raw.toLowerCase();
    v = NAMING_LAST.has(last) || last.endsWith('-named');
    if (raw.length < 13) {
      if (NAMING_WORDS.size >= 4096) NAMING_WORDS.clear();
      NAMING_WORDS.set(raw, v);
    }
  }
  return v;
}

/** True when the words right before a quotation's opening mark make it a name (see above). */
function namedBefore(text: string, start: number): boolean {
  // Most quotations follow no naming word: the last word before the mark is read first (a few
  // characters), the patterns only after it.
  let e = start;
  while (e > 0 && e > start - 4 && (text[e - 1] === ' ' || text[e - 1] === ',')) e--;
  let b = e;
  while (b > 0 && b > e - 24 && /[\p{L}-]/u.test(text[b - 1]!)) b--;
  if (!namingWord(text.slice(b, e))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (NAMING_ALWAYS.test(before)) return true;
  return NAMING_PARTICIPLE.test(before) && !RELATIVE_BEFORE.test(before);
}

/** Words after a cue that open the clause it reports (`said she had …`, `said that …`). */
/** True when a letter or digit stands before the opening mark at `open` (spaces skipped, at most five). */
function opensAfterWord(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && k > open - 6 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k >= 0 && k < open - 1 && /[\p{L}\p{N}]/u.test(text[k]!);
}

/** A sentence opening with a determiner or a possessive name (`The verdict`, `Trump’s reply`). */
const NOUN_PHRASE_FIRST = /^\s*(?:(?:The|A|An|His|Her|Its|Their|Our|This|That)\s|\p{Lu}[\p{L}.-]*['’]s\s)/u;
/** True when a word and a comma stand right before the opening mark at `open` (`reply, “`). */
function commaBefore(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && k > open - 6 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k > 0 && text[k] === ',' && /[\p{L}\p{N}]/u.test(text[k - 1]!);
}

/**
 * A full stop that stays inside a speaker phrase: after an initial, a title or a dotted acronym, or
 * after a legislator's party and state tag (`Sen. Mark Warner, D-Va., chairman of …, said`).
 */
function stopInName(word: string): boolean {
  return stopStaysInName(word, true) || partyTag(word);
}

const NEW_CLAUSE =
  /^\s+(?:that|he|she|they|it|we|i|the|a|an|his|her|their|its|more|many|some|several|there|this|these|those)\s/i;
/** A comma or colon and an opening quotation mark right after a cue. */
const OPENS_QUOTATION = /^\s*[,:]\s*[“"‘]/;
/** A negation between a speaker and a cue (`did not`, `didn’t`, `never`). */
const NEGATED = /\b(?:not|never)\b|n['’]t\b/i;

/**
 * Direct quotes from paired quotation marks, with their adjacent attribution when there is one.
 * `doc`, the document's tokens when the caller has them, gives the windows' words without a scan.
 */
export function findDirect(
  text: string,
  pairs: readonly QuotePair[],
  lex: QuoteLexicon,
  doc?: DocWords,
): Attribution[] {
  const out: Attribution[] = [];
  let previous: Attribution | null = null;
  let previousLine = -1;
  let previousEnd = -1;
  // Line starts, advanced with the pairs (which come in text order): one pass over the text in all.
  let line = 0;
  let nextLine = text.indexOf('\n');
  const stops = pairs.length > 0 ? new LineStops(text) : null;
  for (const pair of pairs) {
    // `nextLine` is the first newline not yet passed (-1: none): each newline is found once.
    while (nextLine >= 0 && nextLine < pair.open) {
      line = nextLine + 1;
      nextLine = text.indexOf('\n', line);
    }
    // `a report titled “…”`, `the so-called “…”`: a name, no one's words.
    if (namedBefore(text, pair.start)) continue;
    const s = pair.open + 1;
    let e = pair.close;
    // The comma before a closing mark belongs to the sentence, not to what was said.
    while (e > s && (text[e - 1] === ',' || text[e - 1] === ' ')) e--;
    if (e <= s) continue;
    const words = countWords(text, s, e);
    const afterEnd = stops!.end(pair.after, Math.min(text.length, pair.after + WINDOW_CHARS));
    const after = doc ? doc.range(pair.after, afterEnd) : scanWords(text, pair.after, afterEnd);
    // A quotation opening a paragraph may hang on a colon ending the previous one ("He said:").
    let beforeEnd = pair.start;
    while (beforeEnd > 0 && beforeEnd > pair.start - 8 && /\s/.test(text[beforeEnd - 1]!)) beforeEnd--;
    if (text[beforeEnd - 1] !== ':') beforeEnd = pair.start;
    const beforeStart = stops!.start(beforeEnd, Math.max(0, beforeEnd - WINDOW_CHARS));
    const inner = text.slice(Math.max(s, pair.close - 2), pair.close);
    let afterFound = attributionAfter(text, after, lex);
    // `“Jeopardy!” Announces New Host`: a one-word quotation before a headline's title-case verb
    // is a show's or a book's title, the verb's subject, not words said.
    if (afterFound?.rule === 'direct/headline-cue' && !/\s/.test(text.slice(s, e).trim())) afterFound = null;
    // `The senator’s reply, “…,” angered the White House.`: a quotation set off by commas after the
    // noun phrase opening its sentence is no signature; the verb after it is the sentence's.
    // (`Asked about his future, “…,” mused X.` and `Then, “…,” exclaimed X.` keep theirs.)
    if (
      afterFound?.rule === 'direct/signature-inverted' &&
      commaBefore(text, pair.start) &&
      NOUN_PHRASE_FIRST.test(text.slice(beforeStart, pair.start))
    )
      afterFound = null;
    // `“… to the deaf.” Truss said she had urged …`: a quotation closed by its own full stop, then a
    // new sentence whose cue opens a clause of its own; that cue is not the quotation's.
    // `“…” He did not say how many …`: a negated cue after a quotation closed by its full stop
    // says the speaker did not say something else; and a quotation that closes a sentence it did
    // not open (`The party called the arrest “a coup.” Its leader urged …`) is that sentence's.
    if (
      afterFound?.rule === 'direct/speaker-cue' &&
      /[.!?]$/.test(inner) &&
      afterFound.cue &&
      (NEW_CLAUSE.test(text.slice(afterFound.cue[1], afterFound.cue[1] + 12)) ||
        // (`“…” Jane Roe, a lawyer for the family, said, “…”`: the cue opens the next quotation, when
        // this one has a speaker already, before it or going on from the paragraph.)
        (OPENS_QUOTATION.test(text.slice(afterFound.cue[1], afterFound.cue[1] + 6)) &&
          ((previous?.sourceName != null && previousLine === line) ||
            attributionBefore(
              text,
              doc ? doc.range(beforeStart, beforeEnd) : scanWords(text, beforeStart, beforeEnd),
              lex,
            ) !== null)) ||
        opensAfterWord(text, pair.start) ||
        (afterFound.source !== null &&
          afterFound.source[1] < afterFound.cue[0] &&
          afterFound.cue[0] - afterFound.source[1] <= 24 &&
          NEGATED.test(text.slice(afterFound.source[1], afterFound.cue[0]))))
    )
      afterFound = null;
    // `“…,” a spokesman for committee Democrats said.`: a speaker phrase the phrase reader cannot
    // read whole, between a quotation that leaves its sentence open and a cue that ends it.
    if (!afterFound && /[,?!]$/.test(inner)) afterFound = stretchSpeaker(after, lex);
    // `The secretary, who has repeatedly said, “…,” called the walkout unnecessary`: a quotation
    // inside a relative clause that its cue opens; the verb after it is the main clause's, not an
    // inverted cue.
    if (
      (afterFound?.rule === 'direct/cue-speaker' || afterFound?.rule === 'direct/signature-inverted') &&
      RELATIVE_CUE_BEFORE.test(text.slice(Math.max(0, pair.start - 60), pair.start))
    )
      afterFound = null;
    let found =
      afterFound ??
      (after.length === 0 ? signatureBelow(text, afterEnd) : null) ??
      attributionBefore(
        text,
        doc ? doc.range(beforeStart, beforeEnd) : scanWords(text, beforeStart, beforeEnd),
        lex,
        // (A lower-case quotation of a few words ends the sentence too: `She says “we are going
        // to bring jobs back.”`.)
        /[.!?]$/.test(inner) && (/\p{Lu}/u.test(text[s] ?? '') || words >= MIN_FINISHING_WORDS),
      );
    // `He talked about his new album, “Blue Skies,” on the show`: a title after the topic of a cue
    // names the topic; it is not what was said.
    if (found?.cue && found.cue[1] <= pair.start && topicTitle(text, found.cue[1], pair.start, s, e))
      found = null;
    const punctuated = /[,.!?…]$/.test(inner);
    let a: Attribution | null = null;
    // A short quotation inside a clause (`promised a response that would be “proportionate and
    // open,” BelTA reported`) is a fragment of reported speech: the attribution after it is the
    // whole sentence's, read by the indirect rules.
    // So is one set off by commas inside a running clause (`said the film, “Dune,” was too long`):
    // a comma before the opening mark and one inside the closing mark, then the clause goes on in
    // lower case with no attribution of its own.
    const fragment =
      words < MIN_DIRECT_WORDS &&
      (wordBefore(text, pair.start) ||
        (!afterFound &&
          appositiveQuotation(text, pair, inner) &&
          // (Not after its own cue and comma: `Johnson said, “Never,” twice.`)
          !(found?.cue && /^(?:\s+\p{Ll}+ly)?\s*,\s*$/u.test(text.slice(found.cue[1], pair.start)))));
    if (found && !fragment && (words >= MIN_DIRECT_WORDS || punctuated || personHeadline(text, found, words)))
      a = withContent(found, [s, e], true, found.rule);
    else if (
      !found &&
      previous !== null &&
      (words >= MIN_DIRECT_WORDS || shortSentence(text, s, inner, pair.start)) &&
      (previousLine === line ||
        // (A title in capitals opening the next paragraph goes on with no one: `“American Skin (41
        // Shots)” was written …`.)
        (pair.start === line &&
          previousEnd >= 0 &&
          /^\s*$/.test(text.slice(previousEnd, line)) &&
          !titleCased(text, s, e)))
    ) {
      // The same paragraph, or the next one opening with a quotation: the same speaker goes on.
      a = withContent(previous as Attribution, [s, e], true, 'direct/continued');
    } else if (
      !found &&
      punctuated &&
      // (A shorter sentence of its own is kept for the stage: after an attribution's sentence it
      // goes on with that speaker, else it is dropped there as too short to stand alone.)
      (words >= MIN_ORPHAN_WORDS ||
        (words >= MIN_DIRECT_WORDS && shortSentence(text, s, inner, pair.start) && !titleCased(text, s, e)))
    ) {
      a = {
        content: [s, e],
        direct: true,
        cue: null,
        stance: 'said',
        source: null,
        sourceName: null,
        via: null,
        rule: 'direct/unattributed',
        pronoun: false,
      };
    }
    if (a) {
      out.push(a);
      previous = a;
      previousLine = line;
      // End of its paragraph, looked for within a bounded window (linear on one huge line).
      previousEnd = stops!.end(pair.after, Math.min(text.length, pair.after + PARAGRAPH_TAIL));
      if (previousEnd >= pair.after + PARAGRAPH_TAIL || text.charCodeAt(previousEnd) !== 10) previousEnd = -1;
    }
  }
  return out;
}

/**
 * True for a phrase that names a thing at a place, not a speaker: a determiner, lower-case words
 * whose last is no person's noun or title, then a preposition (`The scene in Kabul`, `The mood at
 * Mar-a-Lago`; not `The mayor of Kyiv`).
 */
function placedThing(words: readonly Word[], name: Range): boolean {
  const [a, b] = name;
  if (!SIGNATURE_DETERMINERS.has(words[a]!.lower)) return false;
  let k = a + 1;
  while (k < b && k < a + 4 && startsLower(words[k]!.text) && !PLACE_PREPS.has(words[k]!.lower)) k++;
  if (k === a + 1 || k >= b || !PLACE_PREPS.has(words[k]!.lower)) return false;
  const head = words[k - 1]!.lower;
  const one = head.endsWith('s') ? head.slice(0, -1) : head;
  return !(
    PERSON_NOUNS.has(head) ||
    titleWords().has(head) ||
    PERSON_NOUNS.has(one) ||
    titleWords().has(one)
  );
}
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'across', 'around', 'inside']);

/**
 * True when a verb of perceiving stands among the four words before the participle at `c`: the
 * participle's subject is that verb's object (`heard his neighbor yelling`, `shows protesters
 * shouting`), not the clause's subject (`went online to reach her fans writing`).
 */
function perceivedAt(words: readonly Word[], c: number, lo: number): number {
  for (let k = c - 2; k >= lo && k >= c - 5; k--) if (PERCEIVING.has(words[k]!.lower)) return k;
  return -1;
}

/** Participles of crying out, of the one perceived only (`showed teachers chanting, “…”`). */
const CRIED: ReadonlySet<string> = new Set(['chanting', 'screaming', 'singing']);

/** Most words of the one perceived (`a man in a red cap` is too long: the phrase may run on). */
const MAX_PERCEIVED = 4;

/**
 * The object of the verb of perceiving at `p` when it runs to a participle of saying that ends the
 * words before `end` (`shows the mayor shouting`, `heard him yelling`): the one perceived, who
 * speaks; null otherwise.
 */
function perceivedSpeech(
  words: readonly Word[],
  p: number,
  end: number,
): { whole: Range; name: Range } | null {
  const c = end - 1;
  const w = words[c]!.lower;
  if (c - p < 2 || c - p > MAX_PERCEIVED + 1 || !(QUOTING_PARTICIPLES.has(w) || CRIED.has(w))) return null;
  const o = sourceBefore(words, c, p + 1);
  return o && o.whole[0] === p + 1 && o.whole[1] === c ? o : null;
}
const PERCEIVING: ReadonlySet<string> = new Set(
  'heard hear hears saw see sees seen watched watch watches showed shows show shown showing depicting capturing filmed recorded caught overheard recalled recalls remembered remembers described describes imagined pictured'.split(
    ' ',
  ),
);

/** Participles of saying or writing that introduce a quotation (`…, writing, “…”`). */
const QUOTING_PARTICIPLES: ReadonlySet<string> = new Set(
  'writing asking saying telling adding declaring tweeting posting replying responding answering shouting yelling explaining insisting warning'.split(
    ' ',
  ),
);
/** Pronouns that are a whole hearer after a participle (`asking her, “…”`). */
const OBJECT_HEARERS: ReadonlySet<string> = new Set(['her', 'him', 'them', 'us', 'me', 'reporters']);

/** Personal pronouns that may speak (`She was blunt:`). */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Participles in -ed that describe a speaker's stance after `be` (`was pleased:`, `were unmoved:`). */
const STANCE_PARTICIPLES: ReadonlySet<string> = new Set(
  'pleased delighted frustrated relieved surprised worried concerned determined convinced'.split(' '),
);
/** True for an adjective that may introduce a speaker's words: no passive in -ed but `un-` ones and the stances above. */
function stanceAdjective(w: string): boolean {
  return !w.endsWith('ed') || w.startsWith('un') || STANCE_PARTICIPLES.has(w);
}

/** Forms of `be` before an adjective that introduces a quotation (`was blunt:`). */
const COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);

/** Determiners that open a noun phrase (the subject of a reported clause after `said`). */
const CLAUSE_DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her its their this these those our my'.split(' '),
);
/** Last words of a phrase of time after a cue (`said the following day that`, `a week later`). */
const TIME_ENDS: ReadonlySet<string> = new Set(
  'day days week weeks weekend month months year years morning afternoon evening night time later earlier ago before'.split(
    ' ',
  ),
);
/** Cues whose object is the hearer (`told the panel that “…”`). */
const HEARER_CUES: ReadonlySet<string> = new Set(
  'told tell tells telling assured reassured reminded informed warned cautioned advised notified alerted asked urged promised briefed'.split(
    ' ',
  ),
);

/** Words that open a clause of their own after a quotation, not the rest of the one it stands in. */
const AFTER_QUOTE_OPENERS: ReadonlySet<string> = new Set(
  'and but or nor so then while yet as with without before after in at on to for from of by until when because if though although'.split(
    ' ',
  ),
);

/**
 * True for a quotation set off by commas inside a running clause: `, “Dune,” was …` — a comma (after
 * a word) right before the opening mark, a comma inside the closing one, and a lower-case word
 * after it that opens no clause or phrase of its own (`, “Never,” with a smile`, `, “No,” adding …`).
 */
/** `, who has repeatedly said, ` right before a quotation's mark: a relative clause's cue. */
const RELATIVE_CUE_BEFORE = /,\s+(?:who|which)\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+,\s*$/u;
/** A topic between a cue and a quotation (`about his new album, `), at most six words. */
const TOPIC_GAP = /^\s+(?:of|about|on)\s+[^,.;:!?“”"]{1,60},\s*$/u;
/** Lower-case words a title may hold (`The Lord of the Rings`, `Gone with the Wind`). */
const TITLE_SMALL = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is)$/;
/**
 * True when the text `[gapStart, mark)` between a cue and a quotation's opening mark is a topic
 * (TOPIC_GAP) and the quotation `[s, e)` is a title: at most eight words, each capitalised or a
 * small word (TITLE_SMALL), and no closing stop (`“Blue Skies,”`, `“Parasite,”`).
 */
function topicTitle(text: string, gapStart: number, mark: number, s: number, e: number): boolean {
  if (mark - gapStart > 80 || e - s > 80 || !TOPIC_GAP.test(text.slice(gapStart, mark))) return false;
  const inner = text.slice(s, e).replace(/[,\s]+$/, '');
  if (/[.!?]$/.test(inner)) return false;
  const ws = inner.split(/\s+/);
  if (ws.length > 8) return false;
  return ws.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.test(w)));
}

function appositiveQuotation(text: string, pair: QuotePair, inner: string): boolean {
  if (inner.charCodeAt(inner.length - 1) !== 44) return false;
  let k = pair.start - 1;
  while (k > 0 && k > pair.start - 4 && text.charCodeAt(k) === 32) k--;
  if (text.charCodeAt(k) !== 44 || !/\p{L}/u.test(text[k - 1] ?? '')) return false;
  let a = pair.after;
  while (a < text.length && a < pair.after + 3 && text.charCodeAt(a) === 32) a++;
  let b = a;
  while (b < text.length && b < a + 12 && text.charCodeAt(b) >= 97 && text.charCodeAt(b) <= 122) b++;
  if (b === a || b >= a + 12 || text.charCodeAt(b - 1) === 103) return false;
  const word = text.slice(a, b);
  return !AFTER_QUOTE_OPENERS.has(word) && !word.endsWith('ing');
}

/**
 * `/[\p{L}\p{N}]\s*$/u` on the three units before `at`: a letter or digit, then only white space,
 * right before it. ASCII is read by char code; other text goes to the pattern.
 */
/**
 * `“Give it time.”` after a quotation of the same paragraph: a quotation of fewer than
 * MIN_DIRECT_WORDS words that is a sentence of its own (a capital, a closing stop, a sentence's end
 * or a line break before its mark) goes on as the speaker's too.
 */
function shortSentence(text: string, s: number, inner: string, mark: number): boolean {
  const c = text.charCodeAt(s);
  if (c < 65 || c > 90 || !/[.!?]$/.test(inner)) return false;
  // (After a sentence's end or a line break: not `by a nickname, “Gert.”`.)
  let k = mark - 1;
  while (k >= 0 && k > mark - 8 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k < 0 || /[.!?\n"”'’]/.test(text[k]!);
}

/**
 * `“It’s Over” Says Coach`: a headline's quotation of two or more words, unpunctuated, before a
 * title-case cue whose speaker ends in a noun of a person or an office (`Coach`, `Protesters`); a
 * title before such a verb has no person after it (`“Inside Out 2” Claims Record`).
 */
function personHeadline(
  text: string,
  found: Omit<Attribution, 'content' | 'direct'>,
  words: number,
): boolean {
  if (found.rule !== 'direct/headline-cue' || words < 2 || !found.sourceName) return false;
  const last = /(\p{L}+)\W*$/u.exec(text.slice(found.sourceName[0], found.sourceName[1]))?.[1]?.toLowerCase();
  if (!last) return false;
  const one = last.endsWith('s') ? last.slice(0, -1) : last;
  return PERSON_NOUNS.has(last) || PERSON_NOUNS.has(one) || titleWords().has(last) || titleWords().has(one);
}

/**
 * `“Operation Comeback Starts Now.”`: every word of four letters or more capitalised, a slogan or a
 * title quoted, no sentence spoken (`“We Will Win.”` is a banner too).
 */
function titleCased(text: string, s: number, e: number): boolean {
  let long = 0;
  for (const w of text.slice(s, e).split(/\s+/)) {
    if (w.length < 4) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    long++;
  }
  return long >= 2;
}

export function wordBefore(text: string, at: number): boolean {
  const lo = Math.max(0, at - 3);
  let k = at - 1;
  for (; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c >= 128) return /[\p{L}\p{N}]\s*$/u.test(text.slice(lo, at));
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  if (k < lo) return false;
  const c = text.charCodeAt(k);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
