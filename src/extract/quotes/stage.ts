import type { EntityMention, QuoteMention } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { gazetteers } from '../entities/gazetteers.ts';
import { DocWords, isCapitalised, startsLower, type Word } from '../quantities/words.ts';
import type { WorkCounter } from '../segment/work.ts';
import type { ReadContext, Stage } from '../types.ts';
import { type Attribution, takeSpeaker } from './attribution.ts';
import {
  CARRIED,
  citedSources,
  descriptionWhole,
  participleCue,
  publishedIn,
  reducedHead,
  relayOf,
  studyHead,
} from './cited.ts';
import { MIN_FINISHING_WORDS, MIN_ORPHAN_WORDS, SPAN_MODEL_CONTENT } from './constants.ts';
import { countWords, findDirect, withContent } from './direct.ts';
import {
  DocMarks,
  M_ACCORDING,
  M_CARRIED,
  M_ISSUED,
  M_JOURNALIST,
  M_LIGHT,
  M_SEEN,
  M_SETTING,
  M_SETTING_NOUN,
} from './doc-marks.ts';
import { straddlesQuotation, withoutRepeats } from './duplicates.ts';
import { findGeneral, readerSource } from './general.ts';
import { Blocked, CLAUSE_WORK, findIndirect } from './indirect.ts';
import { EN_QUOTES, type QuoteLexicon } from './lexicon.ts';
import { pairQuotes, type QuotePair } from './marks.ts';
import { NameMemo } from './memo.ts';
import {
  addedThing,
  cuePrefix,
  participleClauseStart,
  partyTag,
  personNoun,
  phraseBefore,
  RECORDINGS,
  rangeSpan,
  relayName,
} from './phrases.ts';
import { refineSpans } from './span-refine.ts';
import { EntityIndex, SpeakerResolver } from './speakers.ts';
import { stopStaysInName } from './titles.ts';
import { colonField, findTurns, headEnd, TeaserLines, withTurns } from './transcript.ts';
import { verified } from './verify.ts';
import { fillWordFlags } from './word-flags.ts';

const NAME = 'quote';
const VERSION = 1;
const TAG = `${NAME}@${VERSION}`;
/** Appended to `by` when the span model redrew a source or content span. */
const SPAN_MODEL_TAG = 'span-model@1';

/** The `by` of each rule name, without and with the span model's tag (a handful of names: built once each). */
const BY_TAGS = new Map<string, readonly [string, string]>();
function byTag(rule: string, refined: boolean): string {
  let tags = BY_TAGS.get(rule);
  if (!tags) {
    tags = [`${TAG}:${rule}`, `${TAG}:${rule}+${SPAN_MODEL_TAG}`];
    if (BY_TAGS.size < 256) BY_TAGS.set(rule, tags);
  }
  return tags[refined ? 1 : 0];
}

/** Orders ranges by their start. */
const byStart = (x: readonly [number, number], y: readonly [number, number]) => x[0] - y[0];

/**
 * Sorts ranges by their start, stably: in place by insertion for the few ranges of a sentence (a
 * comparator called through `Array.prototype.sort` costs more there), else by `sort`.
 */
function sortByStart(ranges: (readonly [number, number])[]): void {
  if (ranges.length > 16) {
    ranges.sort(byStart);
    return;
  }
  for (let i = 1; i < ranges.length; i++) {
    const x = ranges[i]!;
    let j = i - 1;
    while (j >= 0 && ranges[j]![0] > x[0]) {
      ranges[j + 1] = ranges[j]!;
      j--;
    }
    ranges[j + 1] = x;
  }
}

/**
 * `xs.sort(cmp)` (stable): when `xs` is one or two ascending runs (the direct quotations, then the
 * reported speech in sentence order), by a check and one merge, with direct calls of `cmp`
 * instead of calls through the built-in sort; other orders go to `sort` (exported for a test).
 */
export function sortRuns<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  const n = xs.length;
  let b = 1;
  while (b < n && cmp(xs[b - 1]!, xs[b]!) <= 0) b++;
  if (b >= n) return xs;
  let c = b + 1;
  while (c < n && cmp(xs[c - 1]!, xs[c]!) <= 0) c++;
  if (c < n) return xs.sort(cmp);
  // Merge [0, b) and [b, n): on ties the first run's element first, as a stable sort keeps it.
  const left = xs.slice(0, b);
  let i = 0;
  let j = b;
  let k = 0;
  while (i < left.length && j < n) xs[k++] = cmp(xs[j]!, left[i]!) < 0 ? xs[j++]! : left[i++]!;
  while (i < left.length) xs[k++] = left[i++]!;
  return xs;
}

/** Attributions by content start, the longer first at one start. */
function byContent(a: Attribution, b: Attribution): number {
  return a.content[0] - b.content[0] || b.content[1] - a.content[1];
}

/** Attributions by cue start (content start without a cue). */
function byCue(a: Attribution, b: Attribution): number {
  return (a.cue?.[0] ?? a.content[0]) - (b.cue?.[0] ?? b.content[0]);
}

/** Found quotes by content start. */
function byMentionStart(x: FoundQuote, y: FoundQuote): number {
  return x.mention.span[0] - y.mention.span[0];
}

/** The sentences `sentenceAt` read last and the index it found there (most reads are of the same sentence or a later one). */
let lastSentences: readonly (readonly [number, number])[] | null = null;
let lastSentence = 0;

/** Index of the sentence holding offset `at` (binary search), -1 when none does. */
function sentenceAt(sentences: readonly (readonly [number, number])[], at: number): number {
  // (The sentence found last first: an attribution's sentence is read several times in a row. The
  // sentences are disjoint, so the one holding `at` is the one the search would find.)
  if (sentences === lastSentences) {
    const r = sentences[lastSentence];
    if (r !== undefined && at >= r[0] && at < r[1]) return lastSentence;
  }
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // (Read by index: a destructuring of the pair costs half as much again.)
    const r = sentences[mid]!;
    if (at < r[0]) hi = mid - 1;
    else if (at >= r[1]) lo = mid + 1;
    else {
      lastSentences = sentences;
      lastSentence = mid;
      return mid;
    }
  }
  return -1;
}

/** What the quote finder needs: the text, sentence spans and, when present, entity mentions. */
export interface QuoteInput {
  readonly text: string;
  readonly sentences: readonly (readonly [number, number])[];
  readonly entities?: readonly EntityMention[];
  readonly lexicon?: QuoteLexicon;
  readonly counter?: WorkCounter;
  /** The wire dateline (`ROTTERDAM, June 12 —`): no content of reported speech starts inside it. */
  readonly dateline?: Span | null;
  /**
   * Names of the outlet that publishes the text, when known (its name, its dateline's, its web
   * host): an outlet told or interviewing is a relay only when it is another one.
   */
  readonly outlets?: readonly string[];
}

/** An attribution with its speaker and relay resolved: what the stage emits, plus the source span for evaluation. */
export interface FoundQuote {
  readonly attribution: Attribution;
  readonly mention: QuoteMention;
}

/**
 * A connective, subordinator or sentence adverb opening a speaker phrase (`But Cox`, `After Johnson
 * refused …`, `Maybe he figures …`, `At the moment Christie learned …`): not the speaker's.
 */
const LEAD =
  /^(?:But|And|As|So|Yet|Still|Then|However|Meanwhile|Now|While|When|Whenever|Also|Even|Only|Instead|Indeed|Though|Although|Because|Since|If|Unless|Until|Once|After|Before|Despite|Maybe|Perhaps|Probably|Later|Earlier|Separately|At\s+the\s+(?:moment|time))\s+(?=\S)/;
const PREV_WORD = /(?:^|\s)([\p{L}'’]+)\s+$/u;
const LETTER = /\p{L}/u;
/** `cuePrefix` of the words met before cues, by word across documents (see MUTE_HEAD); cleared when full. */
const PREFIX_WORDS = new Map<string, boolean>();
function prefixWord(w: string): boolean {
  // (Under 13 units only: see muteSource.)
  let v = w.length < 13 ? PREFIX_WORDS.get(w) : undefined;
  if (v === undefined) {
    v = cuePrefix({ text: w, lower: w.toLowerCase(), start: 0, end: 0 });
    if (w.length < 13) {
      if (PREFIX_WORDS.size >= 4096) PREFIX_WORDS.clear();
      PREFIX_WORDS.set(w, v);
    }
  }
  return v;
}

/** True for a UTF-16 unit that `\s` matches (ASCII read directly). */
function spaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
}

/** True for a unit of the Basic Multilingual Plane that `[\p{L}'’]` matches (ASCII read directly). */
function wordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return c === 0x2019 || LETTER.test(String.fromCharCode(c));
}

/**
 * `PREV_WORD` on `text[lo, to)` read backwards in place (a regular expression anchored at the end
 * tries every start of the range): the [start, end) of the word before the spaces ending the
 * range, or null. Undefined when a surrogate is met: the regular expression, which reads code
 * points, decides then.
 */
function prevWordAt(text: string, lo: number, to: number): [number, number] | null | undefined {
  let k = to;
  while (k > lo && spaceUnit(text.charCodeAt(k - 1))) k--;
  if (k === to) return null;
  let s = k;
  for (; s > lo; s--) {
    const c = text.charCodeAt(s - 1);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    if (!wordUnit(c)) break;
  }
  if (s === k || (s > lo && !spaceUnit(text.charCodeAt(s - 1)))) return null;
  return [s, k];
}
/** Particles after a cue that belong to it (`called for`, `spoke of`, `pointed out`). */
/** (Not a hedge on a number: `said about 200 people …`, `said up to 100 …`, `said over 40 …`.) */
const CUE_PARTICLE =
  /^(for|about|of|on|with|against|out|up)\s+(?!(?<=about\s+)[$€£]?\d|(?<=up\s+)to\s+[$€£]?\d)(?=\S)/;
/** True for the first unit of a CUE_PARTICLE word (`f`, `a`, `o`, `w`, `u`; keep in step with it): tested before any slice. */
function particleFirst(c: number): boolean {
  return c === 102 || c === 97 || c === 111 || c === 119 || c === 117;
}

/**
 * `text[from, to)` read in place as `/^\s*$/` and `/^\s*M\s*$/` would read a slice of it (`M` the
 * unit `mark`): -1 for white space only, the offset of the mark for one mark in white space, and -2
 * for anything else.
 */
function markGap(text: string, from: number, to: number, mark: number): number {
  let at = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === mark && at < 0) at = i;
    else if (!spaceUnit(c)) return -2;
  }
  return at;
}
/**
 * A participle of feeling or conviction after `be` (`was shocked`, `are worried about`, `is
 * convinced`): an adjective whose subject holds the feeling, the source of the stance, not a passive.
 */
const EXPERIENCER_CUE =
  /\b(?:shocked|worried|concerned|convinced|surprised|outraged|mystified|impressed|disappointed|pleased|terrified|scared|frightened|excited|angered|alarmed|troubled|dismayed|delighted|thrilled|frustrated|annoyed|encouraged|heartened|relieved|horrified|appalled|stunned|baffled|puzzled|inclined|obliged|determined|satisfied|disgusted|offended|confused|amazed|embarrassed|upset|reassured|unconvinced|unimpressed|persuaded)(?:\s+(?:for|about|of|on|with|against|out|up|by))?:?$/;
/** A name right after a participle of naming: a quotation mark or a capital, perhaps after `the` (`“feather duvet lung”`, `the Thrift Savings Plan`). */
const NAME_GIVEN = /^\s+(?:the\s+)?["“‘'\p{Lu}]/u;
/** Participles of naming in the passive (`is called`, `was dubbed`). */
const NAMING_PASSIVE = /\b(?:called|dubbed|termed|nicknamed|renamed|titled|labell?ed)$/;
/** Participles of deeds done to a thing or a person: in the passive without an agent, no stance. */
const DEED_PASSIVE =
  /\b(?:unveiled|named|renamed|presented|displayed|signed|decided|awarded|offered|nominated|rated|written|shared|appointed|elected|launched|built|released|listed|introduced|issued|passed|proposed|laid|sold|bought|made|given|held|taken|priced|installed|opened|closed|scheduled|planned|set)(?:\s+(?:for|about|of|on|with|against|out|up))?:?$/;
/**
 * Participles of telling, promising and asking: in the passive their subject is the hearer
 * (`investors have been told …`, `residents were promised …`, `the company had been asked to pay`),
 * neither the speaker nor part of what was said.
 */
const TELLING_PASSIVE =
  /\b(?:told|promised|informed|assured|reminded|briefed|notified|advised|instructed|taught|urged|warned|ordered|asked|requested|pressed|begged|implored|invited)(?:\s+(?:about|of|on))?:?$/;
/** A subject with a contracted `are`/`am` before a participle of telling (`You're promised`, `I’m told`): a passive. */
const CONTRACTED_BE = /^['’](?:re|m)\s+$/;
/** The same auxiliary once it opens the cue (`’re promised`, see `cliticToCue`). */
const CONTRACTED_BE_CUE = /^['’](?:re|m)\s/;
/** A verb of appearance whose subject is what the writer's view is about (`Trump seems to …`). */
const RAISING_CUE = /\b(?:seems?|seemed|appears?|appeared)$/;
/** A cue in the passive: a form of `be`, adverbs, a past participle at its end. */
const PASSIVE_CUE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+\s+){0,2}?(?:\p{Ll}+ed|told|said|known|seen|shown|thought|given|written|heard|held|made|taken)(?:\s+(?:for|about|of|on|with|against|out|up)|:)?$/u;

/** Bits of `cueFacts`: which of the stage's tests of a cue's whole text hold (each the named pattern's `test`). */
const C_CLAUSE = 1 << 0; // CLAUSE_CUE
const C_LIGHT = 1 << 1; // LIGHT_CUE
const C_PHYSICAL = 1 << 2; // PHYSICAL_CUES
const C_NOUN_HEAD = 1 << 3; // NOUN_CUE_HEAD
const C_NOT_DISCLOSED = 1 << 4; // NOT_DISCLOSED
const C_ADDED = 1 << 5; // ADDED_CUE
const C_WILL = 1 << 6; // WILL_CUES
const C_ANSWER = 1 << 7; // ANSWER_CUES
const C_OBJECT_DEED = 1 << 8; // OBJECT_DEED_CUES
const C_SAY_END = 1 << 9; // SAY_END
const C_FEELING = 1 << 10; // FEELING_CUES
const C_REFUSAL = 1 << 11; // REFUSALS
const C_QUOTED = 1 << 12; // QUOTED_CUE
const C_TELLING = 1 << 13; // TELLING_CUE
const C_PASSIVE = 1 << 14; // PASSIVE_CUE
const C_EXPERIENCER = 1 << 15; // EXPERIENCER_CUE
const C_RAISING = 1 << 16; // RAISING_CUE
const C_CONTRACTED_BE = 1 << 17; // CONTRACTED_BE_CUE
const C_TELLING_PASSIVE = 1 << 18; // TELLING_PASSIVE
const C_DEED_PASSIVE = 1 << 19; // DEED_PASSIVE
const C_NOUN_END = 1 << 20; // NOUN_CUE_END
const C_PARTICIPLE = 1 << 21; // PARTICIPLE_CUE
const C_ASKING = 1 << 22; // ANONYMITY_CUES
const C_SPEAKING = 1 << 23; // SPEAK_CUES

/** The patterns `cueFacts` runs, with their bits. */
function factsOf(cue: string): number {
  let f = 0;
  if (CLAUSE_CUE.test(cue)) f |= C_CLAUSE;
  if (LIGHT_CUE.test(cue)) f |= C_LIGHT;
  if (PHYSICAL_CUES.test(cue)) f |= C_PHYSICAL;
  if (NOUN_CUE_HEAD.test(cue)) f |= C_NOUN_HEAD;
  if (NOT_DISCLOSED.test(cue)) f |= C_NOT_DISCLOSED;
  if (ADDED_CUE.test(cue)) f |= C_ADDED;
  if (WILL_CUES.test(cue)) f |= C_WILL;
  if (ANSWER_CUES.test(cue)) f |= C_ANSWER;
  if (OBJECT_DEED_CUES.test(cue)) f |= C_OBJECT_DEED;
  if (SAY_END.test(cue)) f |= C_SAY_END;
  if (FEELING_CUES.test(cue)) f |= C_FEELING;
  if (REFUSALS.test(cue)) f |= C_REFUSAL;
  if (QUOTED_CUE.test(cue)) f |= C_QUOTED;
  if (TELLING_CUE.test(cue)) f |= C_TELLING;
  if (PASSIVE_CUE.test(cue)) f |= C_PASSIVE;
  if (EXPERIENCER_CUE.test(cue)) f |= C_EXPERIENCER;
  if (RAISING_CUE.test(cue)) f |= C_RAISING;
  if (CONTRACTED_BE_CUE.test(cue)) f |= C_CONTRACTED_BE;
  if (TELLING_PASSIVE.test(cue)) f |= C_TELLING_PASSIVE;
  if (DEED_PASSIVE.test(cue)) f |= C_DEED_PASSIVE;
  if (NOUN_CUE_END.test(cue)) f |= C_NOUN_END;
  if (PARTICIPLE_CUE.test(cue)) f |= C_PARTICIPLE;
  if (ANONYMITY_CUES.test(cue)) f |= C_ASKING;
  if (SPEAK_CUES.test(cue)) f |= C_SPEAKING;
  return f;
}

/** `factsOf` by cue text, across documents; cleared when full. */
const CUE_FACTS = new Map<string, number>();
/** Longest cue text kept in CUE_FACTS (longer ones are tested each time). */
const MAX_MEMO_CUE = 64;

/**
 * The stage's tests of the cue text `text[cue[0], cue[1])` as bits (C_*), run once per distinct
 * cue text: a corpus has a few hundred (`said`, `told reporters`, `was quoted as saying`), and an
 * attribution met up to twenty patterns on its cue, each a call into the regex engine on a fresh
 * slice. Now it costs one slice and one map lookup per read.
 */
function cueFacts(text: string, cue: readonly [number, number]): number {
  // The document's cues first: an attribution's cue is read up to six times (by its offsets, no slice).
  // (Both offsets mixed into the slot's bits: `31 * start + end` kept only `start % 16` and the
  // cue's length in its low bits, so that most of a document's cues met in a few slots.)
  const slot = Math.imul(Math.imul(cue[0], 0x9e3779b1) ^ cue[1], 0x85ebca6b) >>> (32 - DOC_CUE_BITS);
  if (
    DOC_CUE_STAMP[slot] === docStamp &&
    DOC_CUE_AT[2 * slot] === cue[0] &&
    DOC_CUE_AT[2 * slot + 1] === cue[1]
  )
    return DOC_CUE_FACTS[slot]!;
  const v = cueTextFacts(text, cue);
  DOC_CUE_STAMP[slot] = docStamp;
  DOC_CUE_AT[2 * slot] = cue[0];
  DOC_CUE_AT[2 * slot + 1] = cue[1];
  DOC_CUE_FACTS[slot] = v;
  return v;
}

/**
 * `cueFacts` of the current document by cue offsets: a table of DOC_CUES slots (a cue's offsets
 * pick one; a cue met later in its slot replaces the one there), each valid while its stamp is the
 * document's (`newDocument`).
 */
const DOC_CUE_BITS = 9;
const DOC_CUES = 1 << DOC_CUE_BITS;
const DOC_CUE_STAMP = new Int32Array(DOC_CUES);
const DOC_CUE_AT = new Int32Array(2 * DOC_CUES);
const DOC_CUE_FACTS = new Int32Array(DOC_CUES);
let docStamp = 0;

/** Starts a document for `cueFacts`: the offsets read before are another text's. */
function newDocument(): void {
  docStamp++;
  if (docStamp > 0x3fffffff) {
    docStamp = 1;
    DOC_CUE_STAMP.fill(0);
  }
}

/** `cueFacts` by cue text, through CUE_FACTS. */
function cueTextFacts(text: string, cue: readonly [number, number]): number {
  const t = text.slice(cue[0], cue[1]);
  if (t.length > MAX_MEMO_CUE) return factsOf(t);
  let v = CUE_FACTS.get(t);
  if (v === undefined) {
    v = factsOf(t);
    if (CUE_FACTS.size >= 4096) CUE_FACTS.clear();
    // (A copy of a slice of 13 units or more: a key would keep the document's text alive, see NameMemo.)
    CUE_FACTS.set(t.length < 13 ? t : ` ${t}`.slice(1), v);
  }
  return v;
}

/**
 * `Obama is expected to run`, `The statistics appear to be fabricated`: the subject of a cue with no
 * speaker of its own is part of what the stance is about, before the cue as the rest is after it. It
 * becomes a second content of the same cue (as an interrupted quotation is two), so the cue stays
 * out of the content. Only for a content that follows the cue and a subject of at most 12 words.
 */
function subjectContent(a: Attribution, heads: Attribution[]): void {
  if (!a.cue || !a.source || a.content[0] < a.cue[1] || a.source[1] - a.source[0] > 120) return;
  heads.push({
    content: [a.source[0], a.source[1]],
    direct: false,
    cue: a.cue,
    stance: a.stance,
    source: null,
    sourceName: null,
    via: null,
    rule: a.rule,
    pronoun: false,
  });
}

/** A conjunction opening the next clause (`but at least …`). */
const COORDINATED_OPENER = /^(?:but|yet|and|while|whereas|although|though)\s/i;

/** A passive's complement (`a traitor`, `as reckless`, `of lying`, `lying`) and the `by` of its agent after the cue. */
const COMPLEMENT_BY =
  /^\s+((?:a|an|the|as|of|for)\s+(?:[^,.;:!?“”"()\n]|[“"][^,.;:!?“”"()\n]{1,30}[”"]){1,40}?|\p{Ll}{2,}ing(?:\s+[^,.;:!?“”"()\n]{1,30}?)?)\s+by\s+/u;
/** After a cue ending in its preposition (`was accused of`), a bare complement (`fraud`) and `by`. */
const BARE_COMPLEMENT_BY = /^\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?)\s+by\s+/u;
/** A cue ending in the preposition of its complement. */
const CUE_WITH_PREPOSITION = /\s(?:of|as|for)$/;
/**
 * A phrase after `by` that is a time or a means, no agent (`by the end of the session`, `by email`,
 * `by Friday`, `by phone`).
 */
const NO_AGENT =
  /^(?:(?:the\s+)?(?:end|start|beginning|middle|close|time|turn|weekend|deadline)\b|(?:e-?mail|phone|telephone|post|mail|fax|text|letter|video|hand|mistake|accident|far|law|default|design|chance|then|now|noon|midnight|tomorrow|today|tonight|year-end|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)\b|\d)/i;
/** Words that end an agent's phrase after `by` (a setting, a clause, a conjunction). */
const AGENT_END = new Set(
  'after before during in on at over for since when while as because and but or who which that amid following'.split(
    ' ',
  ),
);

/**
 * The complement and the agent of a passive cue followed by a short complement and `by` (`was
 * branded a traitor by party loyalists after the vote` → `a traitor`, `party loyalists`): the agent
 * runs at most six words, to a mark or a word of `AGENT_END`. Null without one.
 */
function agentAfterComplement(
  text: string,
  a: Attribution,
): { content: [number, number]; source: [number, number] } | null {
  if (!a.cue || a.content[0] < a.cue[1] || a.content[0] - a.cue[1] > 2) return null;
  const after = text.slice(a.cue[1], Math.min(text.length, a.cue[1] + 80));
  const m =
    COMPLEMENT_BY.exec(after) ??
    (CUE_WITH_PREPOSITION.test(text.slice(a.cue[0], a.cue[1])) ? BARE_COMPLEMENT_BY.exec(after) : null);
  if (!m) return null;
  const c0 = a.cue[1] + m[0].indexOf(m[1]!);
  const c1 = c0 + m[1]!.length;
  const from = a.cue[1] + m[0].length;
  const re = /[\p{L}\p{N}'’.&-]+/uy;
  let at = from;
  let end = from;
  for (let n = 0; n < 6; n++) {
    re.lastIndex = at;
    const w = re.exec(text);
    if (!w || AGENT_END.has(w[0].toLowerCase())) break;
    end = at + w[0].replace(/\.$/, '').length;
    at = end;
    while (text[at] === ' ') at++;
    if (at === end) break;
  }
  if (end <= from || c1 > a.content[1] || NO_AGENT.test(text.slice(from, end))) return null;
  return { content: [c0, c1], source: [from, end] };
}

/** A subject pronoun with a contracted `is`/`has` (`he’s`, `She's`): the pronoun is the speaker. */
const PRONOUN_CONTRACTION = /^(?:he|she|it|they|we|i|you)['’](?:s|re|ve|m|d)$/i;

/**
 * A speaker phrase stays on one line: a headline or a time stamp on the line above (`Bush Hits Rubio
 * On Abortion\nJeb Bush criticized …`, `2016 9:09PM Ted Cruz`) is cut off at the last line break in
 * it; and a subject pronoun keeps no contracted verb (`he’s` → `he`). Reads the source span only.
 */
function lineOfSource(text: string, a: Attribution): void {
  const [s, e] = a.source!;
  let from = s;
  for (let i = e - 1; i >= s; i--)
    if (text.charCodeAt(i) === 10) {
      from = i + 1;
      break;
    }
  while (from < e && spaceUnit(text.charCodeAt(from))) from++;
  let to = e;
  const contracted = e - from <= 6 && PRONOUN_CONTRACTION.test(text.slice(from, e));
  if (contracted) {
    to = from;
    while (to < e && /\p{L}/u.test(text[to]!)) to++;
  }
  if (from === s && to === e) return;
  if (from >= to) return;
  a.source = [from, to];
  if (a.sourceName) {
    const ns = Math.max(a.sourceName[0], from);
    const ne = Math.min(a.sourceName[1], to);
    a.sourceName = ns < ne ? [ns, ne] : [from, to];
  }
  if (contracted) a.pronoun = true;
}

/** Most characters of the words before a quotation read as the start of its sentence. */
const MAX_LEAD_IN = 300;
/** What a lead-in may not hold: a quotation mark or a sentence stop. */
const NOT_LEAD_IN = /["“”«»„]|''|[.!?]\s/;
/** A connective of the writer before a quotation (`That being said, “…”`, `Still,`): nothing said. */
const CONNECTIVE_LEAD_IN =
  /^(?:that(?: being)? said|having said that|with that said|even so|still|however|meanwhile|instead|then|so|but|and|yet|also|indeed|in fact|of course|in short|in other words|for now|at the same time|as expected|as usual|as always|as ever|either way|in any case|to be sure),?$/i;

/**
 * `The new plans “will cut costs,” he said.`: words of the reported sentence before a quotation
 * whose attribution follows it (from the sentence start) are what was said too, though not in
 * quotation marks. They become a second, indirect content of the quotation's attribution, after
 * every span rule ran on it (same cue and speaker). Reads at most MAX_LEAD_IN characters.
 */
function leadIn(
  text: string,
  a: Attribution,
  sentences: readonly (readonly [number, number])[],
  heads: Attribution[],
  dateline: Span | null | undefined,
): void {
  if (!a.cue || a.rule === 'direct/continued') return;
  const si = sentenceAt(sentences, a.content[0]);
  if (si < 0) return;
  // A wire dateline (`LONDON (AP) — “…,” she said`) is no part of what was said.
  const s0 = sentences[si]![0];
  const ss = dateline && s0 < dateline[1] && dateline[1] <= a.content[0] ? dateline[1] : s0;
  let mark = a.content[0] - 1;
  if (text[mark - 1] === "'" && text[mark] === "'") mark--;
  // Only a quotation whose attribution follows it: before a speaker set between commas (`In
  // cases of abortion, it said, “…”`) PolNeAR train's figures fell (a fronted setting is no content).
  if (a.cue[0] < a.content[1]) return;
  // The attribution is the quotation's sentence's (not `“… deaf.” Truss said …`, a new sentence).
  if (sentenceAt(sentences, a.cue[0]) !== si) return;
  let end = mark;
  if (end <= ss || end - ss > MAX_LEAD_IN) return;
  while (end > ss && /\s/.test(text[end - 1]!)) end--;
  let start = ss;
  while (start < end && /\s/.test(text[start]!)) start++;
  const lead = text.slice(start, end);
  if (!/\p{L}/u.test(lead) || NOT_LEAD_IN.test(lead) || CONNECTIVE_LEAD_IN.test(lead)) return;
  // Words set off by a dash before the quotation (`LONDON —`, `Her answer was short —`) are the
  // writer's: a dateline the document did not mark, or a lead the quotation completes.
  const tail = lead.charCodeAt(lead.length - 1);
  if ((tail === 45 || tail === 0x2013 || tail === 0x2014) && /\s[-\u2013\u2014]{1,2}$/.test(lead)) return;
  // So are words a colon ends (`Then there was the most obvious change of all: “…,” she said`).
  if (tail === 58) return;
  heads.push(withContent(a, [start, end], false, a.rule));
}

/**
 * Cues that report a clause (`said the port will reopen on Monday`): a setting at its end is what was
 * said. In any case: `According to the ministry, the drills end on Sunday`.
 */
const CLAUSE_CUE =
  /\b(?:said|says|say|saying|told|tells|tell|telling|asked|asks|added|adds|wrote|writes|stated|claimed|claims|argued|argues|warned|warns|noted|notes|announced|announces|reported|reports|believes?|believed|thinks?|thought|suggested|insisted|explained|predicted|acknowledged|according to|estimated|expects?|expected|hopes?|hoped|fears?|feared)$/i;
/** A setting closing an object content (`… in a statement on Monday`, `… last Thursday`, `… at the time`). */
const OBJECT_SETTING =
  /\s+(?:(?:in|on|during)\s+(?:a|an|his|her|their|its)\s+(?:statement|tweet|interview|speech|post|letter|email|op-ed|appearance|rally|visit)\b[^,;:.!?"“”]{0,40}|(?:on|last|this|early|late|earlier|later)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|week|month|year|night|morning)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at\s+the\s+time)$/;

/** What OBJECT_SETTING's forms but the first end with (weekdays end with `day`; keep both in step). */
const OBJECT_SETTING_ENDS = ['day', 'week', 'month', 'year', 'night', 'morning', 'time'];
/** The nouns of OBJECT_SETTING's first form (a statement, a tweet, …), one of which it holds. */
const OBJECT_SETTING_NOUN = /statement|tweet|interview|speech|post|letter|email|op-ed|appearance|rally|visit/;

/**
 * `Trump blasted the ruling in a statement on Monday`: the object of a stance the general rule
 * read (no clause) ends before a setting of the act, which is the cue's, not what it is about.
 */
function objectSetting(text: string, a: Attribution, marks: DocMarks): void {
  if (!a.cue || a.direct || a.content[0] < a.cue[1]) return;
  if (!a.rule.startsWith('general/') && (cueFacts(text, a.cue) & C_CLAUSE) !== 0) return;
  const from = Math.max(a.content[0], a.content[1] - 80);
  // (The pattern is anchored at the end, so it is tried at every start: it runs only on a tail
  // holding one of the nouns of its first form or ending with a word its other forms end with.)
  let ends = false;
  const last = text.charCodeAt(a.content[1] - 1);
  for (const w of OBJECT_SETTING_ENDS)
    if (
      w.charCodeAt(w.length - 1) === last &&
      a.content[1] - from >= w.length &&
      text.endsWith(w, a.content[1])
    )
      ends = true;
  if (!ends && !marks.meets(M_SETTING_NOUN, from, a.content[1])) return;
  const tail = text.slice(from, a.content[1]);
  if (!ends && !OBJECT_SETTING_NOUN.test(tail)) return;
  const m = OBJECT_SETTING.exec(tail);
  if (!m) return;
  const end = from + m.index;
  if (end - a.content[0] >= 3) a.content = [a.content[0], end];
}

/** The index of the first quotation (of `pairs`, sorted by start) that starts at or after `s`: a binary search. */
function firstPairFrom(pairs: readonly QuotePair[], s: number): number {
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (pairs[m]!.start < s) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Most characters a reported content grows by to reach the closing mark of a quotation opened in it. */
const MAX_MIXED_QUOTE_GROWTH = 1000;

/**
 * `Trump argued that the tax “is a gift. He has to be for oil, right?”`: a reported content that
 * opens a quotation and ends inside it (the sentence ended within the quotation) goes on to the
 * quotation's closing mark, as PolNeAR's contents do. `pairs` is sorted by start: a binary search
 * finds the first quotation opened in the content.
 */
function mixedQuoteEnd(a: Attribution, pairs: readonly QuotePair[]): void {
  if (a.direct || !a.cue || a.content[0] < a.cue[1]) return;
  const [s, e] = a.content;
  for (let k = firstPairFrom(pairs, s); k < pairs.length && pairs[k]!.start < e; k++) {
    const p = pairs[k]!;
    if (p.close < e) continue;
    if (p.close - e <= MAX_MIXED_QUOTE_GROWTH) a.content = [s, p.after];
    return;
  }
}

/** A content that is only a particle or preposition. */
const LONE_PARTICLE = /^\s*(?:of|about|for|on|with|in|at|by|up|out|over|from|as)\s*$/i;
/**
 * What follows a quotation that is a cue's whole object (after a comma inside or outside its
 * closing mark, or none): `and` and another verb, or a word opening an adjunct (a subordinator, a
 * relative `which`, a participle). Not a clause's subject (`said "in the coming weeks," the army
 * would …`), `and that …`, nor a preposition, which may go on with the quoted noun phrase
 * (`"political tensions" in advanced economies`).
 */
const AFTER_QUOTED_OBJECT =
  /^,?\s*(?:and\s+(?:then\s+)?\p{Ll}+(?:ing|ed)\b|,?\s*(?:as|while|whereas|which|before|after|until|when|\p{Ll}{3,}ing)\b)/u;

/**
 * `chanting “No more lies!” and waving flags`, `denounced “self-deportation,” which is …`: a
 * reported content that opens with a quotation ends with it when an adjunct or another verb follows
 * (AFTER_QUOTED_OBJECT). `pairs` sorted by start, binary search.
 */
function quotedObjectEnd(text: string, a: Attribution, pairs: readonly QuotePair[]): void {
  if (a.direct || !a.cue || a.content[0] < a.cue[1]) return;
  const [s, e] = a.content;
  const p = pairs[firstPairFrom(pairs, s)];
  if (!p || p.start !== s || p.after >= e) return;
  // (The comma inside the closing mark counts as one after it: `shouting “Free them all,” as …`.)
  const comma = text[p.close - 1] === ',' ? ',' : '';
  if (AFTER_QUOTED_OBJECT.test(comma + text.slice(p.after, Math.min(e, p.after + 40))))
    a.content = [s, p.after];
}

/**
 * Cuts a LEAD word off the start of a source (and of its name part: a name that was only that word
 * becomes the rest of the source). With `focus` false, the focus words `Only` and `Even` stay (the
 * span model puts them back before a noun phrase, as PolNeAR's sources hold them: `Only 52 percent
 * of voters`).
 */
function leadOff(text: string, a: Attribution, focus = true): void {
  if (!a.source) return;
  const m = LEAD.exec(text.slice(a.source[0], Math.min(a.source[1], a.source[0] + 40)));
  if (!m || a.source[0] + m[0].length >= a.source[1]) return;
  if (!focus && /^(?:Only|Even)\s/.test(m[0])) return;
  const s = a.source[0] + m[0].length;
  a.source = [s, a.source[1]];
  if (a.sourceName && a.sourceName[0] < s)
    a.sourceName = a.sourceName[1] > s ? [s, a.sourceName[1]] : a.source;
}

/**
 * The span conventions of attribution corpora: a cue holds the auxiliaries and adverbs right
 * before it (`has also said`, `happily retweeted`), a speaker phrase with an appositive holds its
 * closing comma (`Carly Fiorina, a Republican hopeful,`) and no leading connective (`But Cox`).
 */
function tidy(text: string, a: Attribution, marks: DocMarks): void {
  if (a.source) lineOfSource(text, a);
  leadOff(text, a);
  if (!a.cue) return;
  lightVerbCue(text, a, marks);
  // `called for X`, `talked about X`, `said: X`: a particle or colon between cue and content is the
  // cue's (on PolNeAR train these words sit in the cue 10-30 times as often as they open a content).
  if (a.content[0] >= a.cue[1]) {
    const gap = markGap(text, a.cue[1], a.content[0], 58 /* : */);
    if (gap >= 0) a.cue = [a.cue[0], gap + 1];
    else if (gap === -1 && particleFirst(text.charCodeAt(a.content[0]))) {
      const m = CUE_PARTICLE.exec(text.slice(a.content[0], Math.min(a.content[1], a.content[0] + 12)));
      if (m && a.content[0] + m[0].length < a.content[1]) {
        a.cue = [a.cue[0], a.content[0] + m[1]!.length];
        a.content = [a.content[0] + m[0].length, a.content[1]];
      }
    }
  }
  // `led comfortably in most polls`: the adverb before a postposed `in` is the clause's; so are
  // the auxiliaries before `reportedly` (`is reportedly making`: the cue is the adverb alone).
  if (a.rule === 'general/evidence-after' || a.rule === 'general/hearsay') {
    appositiveComma(text, a);
    return;
  }
  const floor = a.source && a.source[1] <= a.cue[0] ? a.source[1] : Math.max(0, a.cue[0] - 60);
  for (let guard = 0; guard < 4; guard++) {
    const lo = Math.max(floor, a.cue[0] - 30);
    let r = prevWordAt(text, lo, a.cue[0]);
    if (r === undefined) {
      const m = PREV_WORD.exec(text.slice(lo, a.cue[0]));
      const at: number = m ? a.cue[0] - m[0].trimStart().length : 0;
      r = m ? [at, at + m[1]!.length] : null;
    }
    if (!r) break;
    if (!prefixWord(text.slice(r[0], r[1]))) break;
    a.cue = [r[0], a.cue[1]];
  }
  // (After the adverbs joined the cue: `he's also said` -> `he`, `'s also said`.)
  cliticToCue(text, a);
  appositiveComma(text, a);
}

/**
 * A contracted auxiliary ending a source: after a pronoun (`He’s`, `they're`, `who’ve`), or any
 * auxiliary but `'s` after another word (`Clinton'll`). A name's `'s` stays in the source: it is a
 * possessive as often as not, and PolNeAR train puts it in the source 132 times, in the cue 36.
 */
const CLITIC =
  /(?:(?:^|[^\p{L}])(?:he|she|it|they|we|i|you|who|that|there|what)(['’](?:s|re|ve|d|ll|m))|\p{L}(['’](?:re|ve|d|ll|m)))$/iu;

/** True for `'` or `’`. */
function apostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** A contracted auxiliary left between a source and its cue. */
const LEFT_CLITIC = /^['’](?:s|re|ve|d|ll|m)\s+$/i;
/** A source ending in a personal or relative pronoun. */
const PRONOUN_END = /(?:^|[^\p{L}])(?:he|she|it|they|we|i|you|who|that|there|what)$/iu;

/**
 * `He’s comparing …`, `they’re endorsing …`: the scanner keeps a contracted auxiliary on the word
 * before it, so a source right before its cue ended in it. The auxiliary is the cue's, as PolNeAR
 * annotates (cue `’s comparing`, source `He`: 90 times on four fifths of train, once the other
 * way), the pronoun alone the source.
 */
function cliticToCue(text: string, a: Attribution): void {
  if (!a.source || !a.cue || a.source[1] > a.cue[0] || a.source[1] - a.source[0] > 400) return;
  // A source cut before its auxiliary already (`He` + `'s also said`): the auxiliary joins the cue.
  // (Both patterns need an apostrophe: tested first, before any slice.)
  if (apostrophe(text.charCodeAt(a.source[1]))) {
    const gap = text.slice(a.source[1], Math.min(a.cue[0], a.source[1] + 8));
    if (LEFT_CLITIC.test(gap) && a.source[1] + gap.length === a.cue[0]) {
      const last = text.slice(Math.max(a.source[0], a.source[1] - 6), a.source[1]);
      if (PRONOUN_END.test(last)) a.cue = [a.source[1], a.cue[1]];
      return;
    }
  }
  if (!apostrophe(text.charCodeAt(a.source[1] - 2)) && !apostrophe(text.charCodeAt(a.source[1] - 3))) return;
  if (!/^\s*$/.test(text.slice(a.source[1], a.cue[0]))) return;
  const m = CLITIC.exec(text.slice(Math.max(a.source[0], a.source[1] - 12), a.source[1]));
  if (!m) return;
  const cut = a.source[1] - (m[1] ?? m[2]!).length;
  if (cut <= a.source[0]) return;
  a.cue = [cut, a.cue[1]];
  a.source = [a.source[0], cut];
  if (a.sourceName && a.sourceName[1] > cut) a.sourceName = [a.sourceName[0], cut];
  if (a.sourceName && a.sourceName[0] >= a.sourceName[1]) a.sourceName = a.source;
}

/**
 * `He said: “…”`, `Trump tweeted: “…”`: a colon right after the cue of a quotation is the cue's, as
 * PolNeAR annotates (174 times on four fifths of train, 13 times left out).
 */
function colonToCue(text: string, a: Attribution): void {
  // (Every fragment of an interrupted quotation has the same cue: all of them take the colon.)
  if (!a.cue) return;
  let k = a.cue[1];
  while (k < a.cue[1] + 3 && (text[k] === ' ' || text[k] === '\u00a0')) k++;
  if (text[k] === ':') a.cue = [a.cue[0], k + 1];
}

/** A verb that, with a noun of speech or feeling after it, makes one cue (`gave warning`, `raised concerns`). */
const LIGHT_SOURCE_END =
  /\s(?:gave|gives|issued|issues|raised|raises|expressed|expresses|voiced|voices|sounded|sounds|offered|offers)(?:\s+(?:a|an))?$/i;
const LIGHT_CUE =
  /^(?:gave|gives|issued|issues|raised|raises|expressed|expresses|voiced|voices|sounded|sounds|offered|offers)(?:\s+(?:a|an))?$/i;
/** A noun and `that` opening a content (`concern that …`). */
const NOUN_THAT = /^(\p{Ll}{3,})\s+that\s+(?=\S)/u;

/**
 * `The agency gave warning that …`, `The union expressed concern that …`: the verb and its noun
 * are one cue (PolNeAR annotates them so 25 times on four fifths of train, the noun alone 4), the
 * subject before the verb the source and the clause after `that` the content.
 */
function lightVerbCue(text: string, a: Attribution, marks: DocMarks): void {
  if (!a.cue) return;
  if (
    a.source &&
    a.source[1] <= a.cue[0] &&
    marks.meets(M_LIGHT, a.source[0], a.source[1]) &&
    /^\s*$/.test(text.slice(a.source[1], a.cue[0]))
  ) {
    const src = text.slice(a.source[0], a.source[1]);
    const m = src.length <= 200 ? LIGHT_SOURCE_END.exec(src) : null;
    if (m && m.index > 0) {
      const v = a.source[0] + m.index + 1;
      a.cue = [v, a.cue[1]];
      a.source = [a.source[0], a.source[0] + m.index];
      if (a.sourceName && a.sourceName[1] > a.source[1]) a.sourceName = [a.sourceName[0], a.source[1]];
      if (a.sourceName && a.sourceName[0] >= a.sourceName[1]) a.sourceName = a.source;
      return;
    }
  }
  if (a.content[0] >= a.cue[1] && (cueFacts(text, a.cue) & C_LIGHT) !== 0) {
    if (!/^\s*$/.test(text.slice(a.cue[1], a.content[0]))) return;
    const m = NOUN_THAT.exec(text.slice(a.content[0], Math.min(a.content[1], a.content[0] + 40)));
    if (m && a.content[0] + m[0].length < a.content[1]) {
      a.cue = [a.cue[0], a.content[0] + m[1]!.length];
      a.content = [a.content[0] + m[0].length, a.content[1]];
    }
  }
}

/**
 * What follows a speaker's name after a comma that is not a description of the speaker: a setting
 * or a connective (`Rogers, for example, said`, `McKeague, writing for the majority, said`).
 * PolNeAR's sources end at the name then; descriptions (`Amy Pope, a deputy adviser,`) and ages
 * (`Sarandon, 69,`: 43 train sources hold one, 8 stop before it; cut until the thirteenth pass)
 * stay, and so do relative clauses (`Barkley, who votes …,`), which PolNeAR splits both ways
 * (cutting them lowered dev source F1 0.6226 → 0.6198).
 */
const NOT_APPOSITIVE =
  /,\s*(?:(?:in|for|during|after|before|at|speaking|writing|meanwhile|however|though|too|also|likewise|similarly|instead|separately|then|without|(?:up|down)\s+from|compared\s+(?:with|to)|by\s+(?:contrast|comparison)|on\s+the\s+other\s+hand)\b)/;

/** A time closing a source phrase (`A court in Baku on Friday ordered …`): when, not who. */
const TRAILING_TIME =
  /\s+(?:on|last|this|early|late|earlier|later)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+night)?|week|month|year|today|yesterday)$|\s+(?:on\s+)?(?:today|yesterday)$/;
/**
 * A personal pronoun or a capitalised word ending a phrase: a name, not a noun a time modifies
 * (`polls released Tuesday`). Tested on the phrase's last 32 characters only (linear on any input).
 */
const NAME_END = /(?:\b(?:he|she|they|we|I|it)|\p{Lu}[\p{L}.'’-]*)$/u;

/** An age set off by commas closing a speaker's name (`Sarkozy, 66,`). */
const AGE_AFTER_NAME = /(?<=\p{L}),\s*\d{1,3}\s*,?$/u;

/** Cuts a source before a comma that opens an age, a setting or a connective (see above); a speaker's name before a closing time. */
function nameOnly(text: string, a: Attribution): void {
  if (!a.source) return;
  // The speaker's name ends before it; the source span keeps it, as PolNeAR's sources do.
  // (Each pattern is run only on a phrase that ends as it must, or holds a comma: keep the words in
  // step with TRAILING_TIME.)
  const ne = a.sourceName?.[1] ?? 0;
  // (The last unit first: `y`, `k`, `h`, `r` end the four words.)
  const last = ne > 0 ? text.charCodeAt(ne - 1) : 0;
  if (
    a.sourceName &&
    ((last === 121 && text.endsWith('day', ne)) ||
      (last === 107 && text.endsWith('week', ne)) ||
      (last === 104 && text.endsWith('month', ne)) ||
      (last === 114 && text.endsWith('year', ne)) ||
      (last === 116 && text.endsWith('night', ne)))
  ) {
    const named = text.slice(a.sourceName[0], a.sourceName[1]);
    const t = TRAILING_TIME.exec(named);
    if (t && t.index > 0) {
      const cut = a.sourceName[0] + t.index;
      // `Trump on Monday said`, `Clinton late Thursday night said`: after a name or a pronoun, the
      // time is the clause's, out of the source too (PolNeAR train: 73 such times between a source
      // and its cue; the 49 inside a source follow a noun, `a poll released Tuesday`).
      if (
        a.source &&
        a.source[1] === a.sourceName[1] &&
        NAME_END.test(named.slice(Math.max(0, t.index - 32), t.index))
      )
        a.source = [a.source[0], cut];
      a.sourceName = [a.sourceName[0], cut];
    }
  }
  let comma = false;
  for (let i = a.source[0]; i < a.source[1] && !comma; i++) comma = text.charCodeAt(i) === 44;
  if (!comma) return;
  // `Sarkozy, 66, has denied …`: an age after the name is no part of the name.
  // (The pattern ends in a digit, white space or a comma: other names are not sliced.)
  const z = a.sourceName ? text.charCodeAt(a.sourceName[1] - 1) : 0;
  if (
    a.sourceName &&
    a.sourceName[1] - a.sourceName[0] <= 80 &&
    ((z >= 48 && z <= 57) || z === 44 || spaceUnit(z))
  ) {
    const age = AGE_AFTER_NAME.exec(text.slice(a.sourceName[0], a.sourceName[1]));
    if (age && age.index > 0) a.sourceName = [a.sourceName[0], a.sourceName[0] + age.index];
  }
  const m = NOT_APPOSITIVE.exec(text.slice(a.source[0], a.source[1]));
  if (!m || m.index === 0) return;
  const end = a.source[0] + m.index;
  a.source = [a.source[0], end];
  if (a.sourceName && a.sourceName[1] > end && a.sourceName[0] < end) a.sourceName = [a.sourceName[0], end];
}

/** `Amy Pope, a deputy adviser, said`: the comma closing an appositive belongs to the source. */
function appositiveComma(text: string, a: Attribution): void {
  if (
    a.source &&
    a.cue &&
    a.source[1] < a.cue[0] &&
    markGap(text, a.source[1], a.cue[0], 44 /* , */) >= 0 &&
    text.slice(a.source[0], a.source[1]).includes(',')
  )
    a.source = [a.source[0], text.indexOf(',', a.source[1]) + 1];
}

/** Sets `used[k] = value` for the words inside any of `ranges`: sorted by start, one sweep (linear). */
function mark(
  words: readonly { start: number }[],
  ranges: (readonly [number, number])[],
  used: Uint8Array,
  value: number,
): void {
  if (ranges.length === 0) return;
  // Usually already in order (one sentence's ranges): sorted only when not.
  let sorted = true;
  for (let r = 1; r < ranges.length && sorted; r++) if (ranges[r]![0] < ranges[r - 1]![0]) sorted = false;
  if (!sorted) sortByStart(ranges);
  let reach = -1;
  let r = 0;
  // The words before the first range are in none: the sweep starts at the first word from its
  // start (binary search), and stops once past every range.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < ranges[0]![0]) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < words.length; k++) {
    const at = words[k]!.start;
    while (r < ranges.length && ranges[r]![0] <= at) reach = Math.max(reach, ranges[r++]![1]);
    if (at < reach) used[k] = value;
    else if (r === ranges.length) break;
  }
}

/** The lexicon's media words found in a name, by name and lexicon, across documents. */
const MEDIA_HINT = new NameMemo((name, lex) => lex.mediaHint.test(name));

/** True when the relay phrase of an outer attribution is a media word or entity. */
function mediaSource(text: string, a: Attribution, lex: QuoteLexicon, index: EntityIndex): boolean {
  if (!a.sourceName) return false;
  // The media words' test, once per name while the memo holds it (speakers recur).
  if (MEDIA_HINT.get(text.slice(a.sourceName[0], a.sourceName[1]), lex)) return true;
  // `According to minutes of the meeting, the mayor said …`: a document that carries the words.
  if (
    a.source &&
    a.rule.includes('according') &&
    CARRIER_DOCUMENTS.test(text.slice(a.source[0], a.source[1]))
  )
    return true;
  const m = index.inside(a.sourceName[0], a.sourceName[1]);
  return m?.type === 'media';
}

/** True when the speaker phrase's head names forces or hardware (`Russian forces attacked posts`): they act, they do not speak. */
function muteSource(text: string, a: Attribution, lex: QuoteLexicon): boolean {
  if (!a.sourceName) return false;
  // The last word: from the last space of the name (a mute head is a plain lower-case noun).
  const [from, to] = a.sourceName;
  // (Read back inside the name only: `lastIndexOf` would run on before it over a text without spaces.)
  // (A name ending in an ASCII unit that ends no mute word is none: read before the slice.)
  const z = text.charCodeAt(to - 1);
  if (z < 128 && muteEnds(lex)[z >= 65 && z <= 90 ? z + 32 : z] === 0) return false;
  let hs = to;
  while (hs > from && text.charCodeAt(hs - 1) !== 32) hs--;
  const head = text.slice(hs, to);
  // (Memoised under 13 units only: V8 keeps a longer slice as a view of its whole text, which a
  // key would keep alive.)
  return head.length < 13 ? MUTE_HEAD.get(head, lex) : muteHead(head, lex);
}

/**
 * Per speakers table, 1 for each ASCII unit that ends one of its mute words (`s` of `forces`, `y` of
 * `artillery`). A head whose last unit is ASCII ends, lower-cased, in that unit lower-cased.
 */
const MUTE_ENDS = new WeakMap<QuoteLexicon['speakers'], Uint8Array>();
/** The table read last and its ends (one lexicon reads a whole document: no weak-map lookup per name). */
let lastSpeakers: QuoteLexicon['speakers'] | null = null;
let lastEnds: Uint8Array = new Uint8Array(128);
function muteEnds(lex: QuoteLexicon): Uint8Array {
  if (lex.speakers === lastSpeakers) return lastEnds;
  let ends = MUTE_ENDS.get(lex.speakers);
  if (!ends) {
    ends = new Uint8Array(128);
    for (const [w, cls] of lex.speakers) {
      const c = w.charCodeAt(w.length - 1);
      if (cls === 'mute' && c < 128) ends[c] = 1;
    }
    MUTE_ENDS.set(lex.speakers, ends);
  }
  lastSpeakers = lex.speakers;
  lastEnds = ends;
  return ends;
}

function muteHead(head: string, lex: QuoteLexicon): boolean {
  return lex.speakers.get(head.toLowerCase()) === 'mute';
}

/**
 * Whether a head is mute, by head and lexicon across documents: heads recur, and lower-casing a
 * slice of a text holding curly quotes (a two-byte string) costs several times a lookup.
 */
const MUTE_HEAD = new NameMemo(muteHead);

/** First words that open no speaker's phrase: auxiliaries and `to` (`had spent 11 months in …`, `to protest against what it`). */
const NOT_SOURCE_OPENERS = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'did',
  'does',
  'do',
  'to',
]);
/** Prepositions that open no speaker's phrase: `A commander, in a video posted on Telegram, said …` has no `in a video` speaking. */
const PREPOSITION_OPENER = /^(?:in|on|at|into|onto|from|during|with|without)\s/i;
/** First letters of PREPOSITION_OPENER's words, lower-cased codes (a source is sliced only after one). */
const PREPOSITION_FIRST: ReadonlySet<number> = new Set([...'iofdwa'].map((c) => c.charCodeAt(0)));
const MAX_OPENER = Math.max(...[...NOT_SOURCE_OPENERS].map((w) => w.length));
/** Words that, alone, are never the source: connectives, adverbs of time, articles. */
const LONE_NOT_SOURCE = new Set(
  'however meanwhile moreover instead also then still later earlier shortly now yet so thus therefore back a an the'.split(
    ' ',
  ),
);
/** Longest word of LONE_NOT_SOURCE. */
const MAX_LONE = Math.max(...[...LONE_NOT_SOURCE].map((w) => w.length));
/** True for the units JavaScript's `\s` and `trim` take as white space. */
function isSpaceUnit(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/**
 * True when the span holds only a connective or an article (`However,`, `Meanwhile`): its text
 * without trailing spaces and commas and leading spaces, read by code (most sources are longer
 * than any such word, and are rejected before any string is made).
 */
function loneConnective(text: string, span: readonly [number, number]): boolean {
  let s = span[0];
  let e = span[1];
  if (e - s > 12) return false;
  while (e > s && (text.charCodeAt(e - 1) === 44 || isSpaceUnit(text.charCodeAt(e - 1)))) e--;
  while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
  if (e === s || e - s > MAX_LONE) return false;
  // (An ASCII span is compared with the words of its length in place, lower-cased unit by unit: no
  // string is made. Other text is lower-cased as a string, as before: `toLowerCase` may map a unit
  // outside ASCII to an ASCII letter.)
  const same = LONE_BY_LENGTH[e - s];
  if (!same) return false;
  for (let k = s; k < e; k++)
    if (text.charCodeAt(k) >= 128) return LONE_NOT_SOURCE.has(text.slice(s, e).toLowerCase());
  for (const w of same) {
    let k = 0;
    while (k < w.length) {
      const c = text.charCodeAt(s + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) break;
      k++;
    }
    if (k === w.length) return true;
  }
  return false;
}
/** LONE_NOT_SOURCE's words by length. */
const LONE_BY_LENGTH: (string[] | undefined)[] = (() => {
  const out: (string[] | undefined)[] = [];
  for (const w of LONE_NOT_SOURCE) {
    const list = out[w.length] ?? [];
    list.push(w);
    out[w.length] = list;
  }
  return out;
})();
/** Labels of a page's furniture that look like `Speaker: content` (`Published: 14 March 2025`). */
const PAGE_LABELS = new Set([
  'published',
  'updated',
  'posted',
  'modified',
  'photo',
  'photos',
  'image',
  'caption',
  'credit',
  'source',
  'sources',
  'tags',
  'related',
  'advertisement',
  'video',
  'watch',
  'listen',
  'share',
  'filed',
]);

/** True unless an indirect attribution's source is a clause fragment or a page label rather than a speaker. */
function plausibleSource(text: string, a: Attribution): boolean {
  if (!a.source) return true;
  const quick = plausibleAscii(text, a.source[0], a.source[1]);
  if (quick !== null) return quick;
  const shape = sourceShape(text.slice(a.source[0], a.source[1]));
  if ((shape & OPENS_NO_SOURCE) !== 0) return false;
  // A label is one word before a colon (`Sources: …`); `…, sources said, …` is a speaker.
  const colon = a.cue === null || text.charCodeAt(a.cue[0]) === 58 || (shape & ENDS_WITH_COLON) !== 0;
  return !(colon && (shape & PAGE_LABEL) !== 0);
}

/** Bits of `sourceShape`: the phrase opens with a word of NOT_SOURCE_OPENERS, is a page label, ends with a colon. */
const OPENS_NO_SOURCE = 1;
const PAGE_LABEL = 2;
const ENDS_WITH_COLON = 4;
/** `sourceShape` of short phrases (one or two words: most of those read here), across documents; cleared when full. */
const SOURCE_SHAPES = new Map<string, number>();

/**
 * What `plausibleSource` reads of a source phrase written `raw` (its lower case, trimmed). Short
 * phrases are memoised: lower-casing a slice of a two-byte text costs several lookups, and they
 * recur (`Lukashenko`, `officials`). (Only under 13 units: see muteSource.)
 */
function sourceShape(raw: string): number {
  const known = raw.length < 13 ? SOURCE_SHAPES.get(raw) : undefined;
  if (known !== undefined) return known;
  const phrase = raw.trim().toLowerCase();
  const first = /^[\p{L}'’]+/u.exec(phrase)?.[0] ?? '';
  const shape =
    (NOT_SOURCE_OPENERS.has(first) ? OPENS_NO_SOURCE : 0) |
    (PAGE_LABELS.has(phrase.replace(/[:\s]+$/, '')) && !phrase.includes(' ') ? PAGE_LABEL : 0) |
    (phrase.endsWith(':') ? ENDS_WITH_COLON : 0);
  if (raw.length < 13) {
    if (SOURCE_SHAPES.size >= 4096) SOURCE_SHAPES.clear();
    SOURCE_SHAPES.set(raw, shape);
  }
  return shape;
}

/**
 * `plausibleSource` on the usual source, read in place: ASCII spaces, then a first word of ASCII
 * letters and apostrophes followed by a space and more words (so no page label). Null when the
 * phrase has another shape, which the general test reads.
 */
function plausibleAscii(text: string, s: number, e: number): boolean | null {
  let i = s;
  while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i++;
  const w0 = i;
  let upper = false;
  for (; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 97 && c <= 122) || c === 39)) break;
  }
  // The first word must end at an ASCII space with a non-space after it, inside the phrase.
  if (i === w0 || i + 1 >= e || text.charCodeAt(i) !== 32) return null;
  const next = text.charCodeAt(i + 1);
  if (next <= 32 || next >= 127) return null;
  // (A word longer than every opener is not sliced.)
  if (i - w0 > MAX_OPENER) return true;
  const first = text.slice(w0, i);
  return !NOT_SOURCE_OPENERS.has(upper ? first.toLowerCase() : first);
}

/** Cues that also name a blow (`attacked the camp`): speech only when aimed at someone for something. */
const PHYSICAL_CUES = /\b(?:attack(?:ed|s|ing)?|blasted)\b/i;
/** What makes such a cue a speech act: a grievance (`over`, `for`, `as`) or a named person or body. */
const GRIEVANCE = /\b(?:over|for|as|saying|because)\b/i;

/**
 * True for an indirect attribution whose cue is a blow, not words (`Militiamen attacked the camp`,
 * `the camp was attacked by gunmen`): its content is a common noun phrase with no grievance.
 */
function physicalAct(text: string, a: Attribution, index: EntityIndex): boolean {
  if (a.direct || !a.cue || (cueFacts(text, a.cue) & C_PHYSICAL) === 0) return false;
  const content = text.slice(a.content[0], a.content[1]);
  if (/^(?:the|a|an|its|their|his|her)\s+\p{Ll}/iu.test(content) && !GRIEVANCE.test(content)) return true;
  // `Russia attacked Kharkiv, wounding 12`: a place attacked is struck, not criticised.
  const place = index.inside(a.content[0], Math.min(a.content[1], a.content[0] + 60), PLACES);
  return place !== null && place.span[0] === a.content[0];
}

/**
 * Verbs of agreement, choice, attempt and eagerness (`agreed`, `decided`, `tried`, `is eager`):
 * before `to` and a verb they name a deed done or about to be done, not words said. Verbs of
 * wanting, planning and hoping stay attributions (PolNeAR annotates most of them as intentions).
 */
/** `to be` or `to have` right after a cue. */
const SAID_TO_BE = /^\s+to\s+(?:be|have)\b/;
/** A personal pronoun right before a cue. */
const PERSONAL_BEFORE = /(?:^|[^\p{L}])(?:he|she|they|we|i|you)\s+$/iu;
/** A cue of calling alone (`called`, `calls`). */
const CALLED_CUE = /^(?:called|calls|calling)$/;
/**
 * An event called, so convened (`a strike`, `a snap election for June`, `a halt to the talks`): its
 * noun after at most an indefinite article and two modifiers, then a preposition, a mark or the
 * end. (A definite or possessive one is an event named: `called her vote in favor of the war a
 * mistake`.)
 */
const CONVENED =
  /^\s+(?:an?\s+)?(?:(?!(?:the|his|her|its|their|our|my|your|this|that|these|those)\s)[\p{L}-]+\s+){0,2}?(?:strikes?|elections?|votes?|referendum|meetings?|summit|halt|truce|ceasefire|cease-fire|press conference|news conference|session|recess|hearings?|rally|boycott|time-?out)(?:\s+(?:for|at|in|on|over|after|against|to|of|amid|across|last|next|this|earlier|today|tonight|yesterday|tomorrow|overnight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s*[.,;:]|\s*$)/iu;
/** Cues that give a thing a name or a label (`calling`, `branded`, `dubbed`, `labelled`). */
const LABEL_CUE =
  /^(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ed|ling|ing)?|term(?:s|ed|ing)?)$/i;
/**
 * True when an attribution's cue gives a label and its content holds the label in quotation marks
 * after the object (`calling the junta's demand “reckless”`): words said, whatever the verifier reads.
 */
function quotedLabel(text: string, a: Attribution): boolean {
  if (!a.cue || a.cue[1] - a.cue[0] > 9 || a.content[0] < a.cue[1]) return false;
  if (!LABEL_CUE.test(text.slice(a.cue[0], a.cue[1]))) return false;
  const content = text.slice(a.content[0], a.content[1]);
  const open = content.search(/[“"‘]/);
  // (The object is a short noun phrase with no mark in it, opened by a determiner or a possessive:
  // `a company called Cambridge Analytica, which … “psychographic” …` names a company, and
  // `calling card: …` is no label.)
  return (
    open > 0 &&
    open <= 60 &&
    QUOTED_LABEL_OBJECT.test(content.slice(0, open)) &&
    /[”"’]/.test(content.slice(open + 1))
  );
}
/** The object before a quoted label: a determiner or possessive, then words with no mark between. */
const QUOTED_LABEL_OBJECT =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|[\p{Lu}][\p{L}.-]*(?:'s|’s|s'|s’))\s[^,;:.!?“”"‘]*$/iu;
/**
 * Gives a quotation signed `according to` an outlet (`a`) to the speaker of the reported clause it
 * finishes (an attribution of `indirect` whose cue comes before the quotation and whose content
 * holds it), with the outlet as the relay; the rule becomes `direct/according-to-reported`.
 */
function reportedThrough(
  text: string,
  a: Attribution,
  indirect: readonly Attribution[],
  dropped: ReadonlySet<Attribution>,
  lex: QuoteLexicon,
  index: EntityIndex,
  doc: DocWords,
): void {
  if (!a.sourceName || !mediaSource(text, a, lex, index)) return;
  for (const b of indirect) {
    if (dropped.has(b) || !b.cue || !b.sourceName || b.cue[1] > a.content[0]) continue;
    if (b.content[0] > a.content[0] || b.content[1] < a.content[1] - 1) continue;
    b.via ??= relayOf(text, a.sourceName, doc, lex);
    a.via = b.via;
    takeSpeaker(a, b);
    a.rule = 'direct/according-to-reported';
    // (`, according to O Jogo` after the quotation is no part of the clause reported.)
    const relay = text.lastIndexOf('according to', b.content[1]);
    if (relay > a.content[1] - 1 && relay < b.content[1]) {
      let end = relay;
      while (end > b.content[0] && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
      b.content = [b.content[0], end];
    }
    return;
  }
}

/** A live blog's entry time opening a paragraph (`14:05 `, `9.30am `, `13:15 GMT `). */
const ENTRY_TIME =
  /^(?:\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|ET|EST|EDT|PT))?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?(?:\s*(?:GMT|BST|UTC|ET))?)\s+(?=\p{Lu})/iu;
/**
 * `14:05 The Met Office has issued …`, `13:15 More than 100,000 homes are without power, according
 * to …`: a live blog's entry time is no part of a speaker or a content that opens with it.
 */
function entryTimeOff(text: string, a: Attribution): void {
  const c0 = text.charCodeAt(a.content[0]);
  if (!a.direct && c0 >= 48 && c0 <= 57) {
    const m = ENTRY_TIME.exec(text.slice(a.content[0], a.content[0] + 24));
    if (m && a.content[0] + m[0].length < a.content[1])
      a.content = [a.content[0] + m[0].length, a.content[1]];
  }
  for (const key of ['source', 'sourceName'] as const) {
    const r = a[key];
    if (!r) continue;
    const c = text.charCodeAt(r[0]);
    // (`9.30am BST Network Rail says …`: the zone after a time the source did not take.)
    const m =
      c >= 48 && c <= 57
        ? ENTRY_TIME.exec(text.slice(r[0], r[0] + 24))
        : c >= 65 && c <= 90 && TIME_BEFORE.test(text.slice(Math.max(0, r[0] - 12), r[0]))
          ? ZONE_LEAD.exec(text.slice(r[0], r[0] + 8))
          : null;
    if (m && r[0] + m[0].length < r[1]) a[key] = [r[0] + m[0].length, r[1]];
  }
}
/** A time zone opening a phrase (`BST Network Rail`). */
const ZONE_LEAD = /^(?:GMT|BST|UTC|CET|EST|EDT|ET|PT)\s+(?=\p{Lu})/u;
/** A clock time right before a phrase (`9.30am `, `14:05 `). */
const TIME_BEFORE = /\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+$/i;
/** A cue of adding alone (`added`, `adding`). */
const ADD_CUE = /^add(?:s|ed|ing)?$/i;
/** `to` and a lower-case word after a cue of adding: a thing increased (`adding to evidence`). */
const ADDED_TO = /^\s+to\s+(?!(?:reporters|journalists|the\s+press|lawmakers|the\s+crowd)\b)\p{Ll}/u;
/** A finite auxiliary: a clause said, not a time or a manner (`concluded in July Clinton had been careless`). */
const FINITE_IN = /\b(?:is|are|was|were|had|has|have|would|will|could|should|must|may|might|did|does|do)\b/i;
/** A cue ending in a form of concluding. */
const CONCLUDE_CUE = /(?:^|\s)[Cc]onclud(?:e|es|ed|ing)$/;
/** A time or a manner right after a verb of ending (`October 10th`, `on Friday`, `without a deal`). */
const ENDED_WHEN =
  /^\s+(?:on\s+|in\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d|last|this|next|with|without|early|late|earlier|later|abruptly|peacefully|successfully)\b/i;
/** A cue ending in a form of recalling (`recalled`, `is recalling`). */
const RECALL_CUE = /(?:^|\s)[Rr]ecall(?:s|ed|ing)?$/;
/** What is recalled as a deed: an envoy, or goods (`its ambassador`, `some 40,000 cars`, `the faulty heaters`). */
const RECALLED_THING =
  /^\s+(?:(?:its|their|his|her|the|our|some|of|about|nearly|almost|around|roughly|more\s+than|over|all|certain)\s+)*(?:[\p{Ll}-]+\s+)?(?:ambassadors?|envoys?|diplomats?|consuls?|vehicles|cars|trucks|suvs|sedans|models|products|batches|units|devices|machines|heaters|toys|packages|tons|tonnes|pounds|kilograms|lots)\b/iu;
/** A cue of declaring alone (`declared`, `declares`). */
const DECLARED_CUE = /^declar(?:e|es|ed|ing)$/;
/**
 * A state or an act proclaimed, so put in force (`a state of emergency`, `martial law`, `war on
 * X`, `a curfew`, `bankruptcy`, `independence`, `a ceasefire`, `a national day of mourning`): its
 * noun after at most an article and two modifiers, then a preposition, a mark or the end. A
 * proclamation of this kind is a deed, no claim (`declared victory` and `declared the vote a
 * fraud` stay claims).
 */
const PROCLAIMED =
  /^\s+(?:an?\s+)?(?:(?!(?:the|his|her|its|their|our|my|your|this|that|these|those)\s)[\p{L}-]+\s+){0,2}?(?:state\s+of\s+(?:emergency|siege|disaster|alert|war)|emergency|martial\s+law|war|curfew|bankruptcy|insolvency|independence|ceasefire|cease-fire|truce|lockdown|days?\s+of\s+mourning|(?:public\s+)?holiday|no-fly\s+zone|moratorium|quarantine)(?:\s+(?:for|at|in|on|over|after|against|to|of|across|until|from|last|next|this|earlier|today|tonight|yesterday|overnight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|and)\b|\s*[.,;:]|\s*$)/iu;
/** A word other than a preposition or a conjunction, then an indefinite article (`Belarus a sham`). */
const LABEL_ARTICLE =
  /(?:^|\s)(?!(?:for|at|in|on|over|after|against|to|of|amid|across|with|by|from|into|as|and|or|than|until|within|before|during|like|about)\s)\p{L}+\s+an?\s/iu;
/**
 * True when the rest of the clause after an event called (`[rest` to the first stop or comma)
 * holds the label of a stance: a quotation (`called a vote on the bill “premature”`) or a second
 * noun phrase (`called elections in Belarus a sham`, `called hearings on the matter a witch hunt`).
 */
function labelAfterEvent(rest: string): boolean {
  const stop = rest.search(/[.;!?,\n]/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  return /[“‘"]/.test(clause) || LABEL_ARTICLE.test(clause);
}
/**
 * A person called into a place or to an occasion: summoned, a deed (`called her into his office`,
 * `called the ambassador to the ministry`, `called him to the stand`).
 */
const SUMMONED =
  /^\s+(?:(?:him|her|them|me|us)\s+|(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|the\s+\p{Ll}+\s+)(?:into\s|to\s+(?:(?:his|her|their|the|a|an|its|my|our)\s+)?(?:\p{Ll}+\s+)?(?:office|meeting|stand|room|headquarters|ministry|embassy|hearing|session|podium|stage|front|table|talks|bedside|scene)\b)/u;
/** A person called and `to` with a verb: a telephone call (`called Grant to congratulate her`). */
const PHONED = /^\s+(?:(?:him|her|them|me|us)\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})to\s+(\p{Ll}+)/u;
const WILL_CUES =
  /\b(?:agree[sd]?|agreeing|decid(?:e[sd]?|ing)|chose|choos(?:e|es|ing)|chosen|opt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|manag(?:e[sd]?|ing)|prepared|eager|keen|declin(?:e[sd]?|ing)|refus(?:e[sd]?|ing))$/i;
/**
 * Verbs after such a `to` that are words said or a stance taken (`agreed to testify`, `refused to
 * endorse`): the attribution stands, unless its cue refuses them (`declined to comment`).
 */
const SAID_INFINITIVES: ReadonlySet<string> = new Set(
  `say tell talk speak comment discuss testify answer respond explain elaborate confirm deny disclose
  reveal specify identify name acknowledge admit concede address endorse back support oppose criticize
  criticise condemn denounce praise blame apologize apologise announce declare state describe detail
  predict estimate warn accuse argue claim insist suggest recommend call urge ask demand promise pledge
  vow guarantee assure reassure write report publish release share threaten`.split(/\s+/),
);
/** A refusal's infinitives that say nothing at all (`declined to comment`): no words, no attribution. */
const NO_COMMENT: ReadonlySet<string> = new Set(['comment', 'elaborate', 'respond']);
/** Verbs whose other infinitives are deeds refused (`refused to testify` stays: PolNeAR's stance). */
const REFUSALS = /\b(?:declin(?:e[sd]?|ing)|refus(?:e[sd]?|ing))$/i;
/** Verbs that act on a thing (`shelved its plans`, `unveiled a lander`): speech only before a clause. */
const OBJECT_DEED_CUES =
  /\b(?:shelv(?:e[sd]?|ing)|unveil(?:s|ed|ing)?|spott(?:ed|ing)|spots?|observ(?:e[sd]?|ing)|avoid(?:s|ed|ing)?|implement(?:s|ed|ing)?|offer(?:s|ed|ing)?|agree[sd]?|agreeing)$/i;
/** Objects that are words given (`offered his condolences`, `offered no explanation`). */
const GIVEN_WORDS =
  /^(?:\S+\s+){0,3}?(?:condolences?|congratulations|thoughts?|assessments?|apolog(?:y|ies)|praise|support|criticisms?|advice|explanations?|details?|words?|views?|opinions?|comments?|remarks?|insights?|defen[cs]es?|predictions?|reassurances?|assurances?|guarantees?|promises?|warnings?|arguments?|evidence|proof|testimony|accounts?|summary|theor(?:y|ies)|proposals?|suggestions?|plans?|ideas?|responses?|repl(?:y|ies)|answers?|statements?|critiques?|endorsements?|rebuttals?|thanks|tributes?|take|glimpses?|hints?|analys[ie]s|interviews?|sympathy|encouragement|reasons?|excuses?|apologia|olive branch)\b/i;
/**
 * A clause after `agreed` without `that` (`agreed the plan was sound`, `agreed Pence won`, `agreed
 * the risks remain high`): a name first, or a finite verb within six words.
 */
const AGREED_CLAUSE =
  /^(?:\p{Lu}|(?:\S+\s+){0,5}?(?:is|are|was|were|would|will|had|has|have|could|should|must|can|may|might|did|does|won|lost|went|made|came|took|gave|got|saw|knew|left|began|became|ran|fell|held|kept|led|met|paid|sent|stood|seems?|remains?|looks?|needs?|shows?|means?|appears?|deserves?|requires?|lacks?|poses?|matters?|supports?|makes|wants|knows|\p{Ll}{2,}ed)\b)/u;
/** Words after `to` that open a noun phrase, not an infinitive (`agreed to a rescue`). */
const NOT_VERBS: ReadonlySet<string> = new Set(
  'a an the his her its their our my your this that these those some any all no every each such one two three'.split(
    ' ',
  ),
);
/** Cues of a noun of a stance and its preposition (`questions for`, `claims of`, `warnings about`). */
const NOUN_CUE_HEAD =
  /^(?:questions|claims|demands|warnings|promises|pledges|hopes|fears|calls|criticism|reports|comments|remarks)\s+(?:for|of|about|over|on|to)$/i;
/** An article, perhaps with one lower-case modifier, right before a word (`the main `, `a `). */
const AFTER_ARTICLE = /\b(?:the|a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/iu;
/** A negated cue of disclosure (`did not disclose`, `didn’t say`, `gave no details on`): nothing was said. */
const NOT_DISCLOSED =
  /(?:(?:\bnot|n['’]t|\bnever)\s+(?:\p{Ll}+ly\s+)?(?:disclose|reveal|specify|elaborate|detail|identify|name|comment(?:\s+on)?)|(?:gave|give|gives|giving|offered|provided)\s+no\s+(?:details|detail|timeline|timetable|figures?|reason|explanation)(?:\s+(?:on|of|about|for))?)$/u;
/**
 * A verb of giving as the whole cue (`gave`, `has offered`, `provided`); not of showing or citing
 * (`public records show no gifts …` reports what the records hold).
 */
const GIVING_CUE =
  /^(?:(?:has|have|had)\s+)?(?:g[ai]ve|gives|giving|given|offer(?:s|ed|ing)?|provid(?:es|ed|ing|e)|present(?:s|ed|ing)?|produc(?:es|ed|ing|e))$/i;
/** `no` and a noun of at most three words, alone (`no evidence`, `no further details.`). */
const NO_THING = /^no(?:\s+[\p{L}-]+){1,3}[.!]?$/iu;
/** `added`/`adds` before a count: points, goals, runs or things added, not words. */
const ADDED_CUE = /\b(?:added|adds|add|adding)$/i;
const COUNT_START =
  /^\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:career|season)-high|a\s+game-high)\b)/i;
/** Adjectives of a feeling about a thing (`pleased with`, `wary of`): a proposition only before `that`. */
const FEELING_CUES =
  /\b(?:pleased|happy|glad|delighted|thrilled|proud|satisfied|wary|excited)(?:\s+(?:with|about|of|by|at|over|for))?$/i;
/** Verbs of saying that a refusal or a negation may leave a question unanswered with. */
const SAY_END = /\b(?:say|state|specify|disclose|reveal|discuss|confirm|explain)$/i;
/** A refusal's infinitive of saying before an open question (`to say when`, `to confirm whether`). */
const REFUSED_QUESTION =
  /^(?:\p{Ll}+\s+)?to\s+(?:say|state|specify|disclose|reveal|discuss|confirm|explain|comment\s+on)\s+(?:when|whether|if|how|why|what|who|which|where)\b/iu;
/** An open question as the complement (`… when the lander would be ready`). */
const OPEN_QUESTION = /^(?:when|whether|if|how|why|what|who|which|where)\b/i;
/** A verb of saying refused or negated right before it (`declined to say`, `didn't say`). */
const UNSAID =
  /(?:\b(?:declin(?:e[sd]?|ing)|refus(?:e[sd]?|ing))\s+to|\bnot|n['’]t|\bnever)\s+(?:\p{Ll}+ly\s+)?(?:say|state|specify|disclose|reveal|discuss|confirm|explain)$/iu;
/** Cues of an answer, and the request for comment they leave unanswered (`… didn't respond to a request for comment`). */
const ANSWER_CUES = /\b(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying))$/i;
const REQUEST_FOR_COMMENT = /^(?:immediately\s+)?to\s+(?:[\p{L}'’.]+\s+){0,4}?requests?\s+for\s+comments?\b/u;
/** Cues that ask for anonymity, and what they ask (`asked not to be named`, `requested anonymity`). */
const ANONYMITY_CUES = /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?)$/i;
const ANONYMITY =
  /\s*(?:not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld)|anonymity)\b/iy;
/** Verbs of speaking, and the terms of an interview after them (`spoke on condition of anonymity because …`). */
const SPEAK_CUES = /\b(?:sp(?:oke|oken|eaks?|eaking)|talk(?:s|ed|ing)?)$/i;
const TERMS_OF_INTERVIEW = String.raw`on\s+(?:the\s+)?condition\s+(?:of|that)|anonymously|on\s+background|off\s+the\s+record`;
const INTERVIEW_TERMS = new RegExp(String.raw`\s*(?:${TERMS_OF_INTERVIEW})\b`, 'iy');
/** A participle of speaking and the terms of the interview (`speaking on condition of anonymity`). */
const SPEAKING_TERMS = new RegExp(
  String.raw`^(?:speaking|talking)\s+(?:${TERMS_OF_INTERVIEW}|privately)\b`,
  'i',
);
/** Leave to speak before a cue (`not authorized to discuss`, `allowed to speak`, `on condition of anonymity to discuss`). */
const AUTHORIZED_TO = /\b(?:authori[sz]ed|permitted|allowed|cleared|entitled|anonymity|anonymously)\s+to\s$/i;
/** Openers of a complement that is a proposition or a quotation (`agreed that …`, `wants to know whether …`). */
const PROPOSITION_OPENER = /^(?:that|whether|if|how|why|what|when|where|who|which|["“‘'])/i;

/** A cue that is a noun of alert and `for` (`warning for`, `alerts for`; not `watch for`, also a verb). */
const ALERT_FOR_CUE = /(?:^|\s)(?:warnings?|alerts?|advisor(?:y|ies))\s+for$/i;
/** A content that is a noun phrase of alert and `for` (`rare red warning for …`, `an alert for …`). */
const ALERT_FOR_CONTENT =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:warnings?|alerts?|advisor(?:y|ies))\s+for\s/iu;

/**
 * True when an attribution's cue is a warning or an alert `for` something, or its content is one
 * (`issued a rare red warning for the coast`, `put out an alert for three counties`); not one
 * telling someone to act (`a warning for residents to leave`).
 */
function alertFor(text: string, a: Attribution): boolean {
  const cue = a.cue!;
  if (cue[1] - cue[0] <= 24 && ALERT_FOR_CUE.test(text.slice(cue[0], cue[1]))) return true;
  const content = text.slice(a.content[0], Math.min(a.content[1], a.content[0] + 80));
  return ALERT_FOR_CONTENT.test(content) && !/\sto\s+\p{Ll}/u.test(content);
}

/**
 * True for reported speech whose cue is a deed, an intention or a feeling and whose complement is
 * an act, not a proposition: `agreed to inject $6.5 billion`, `agreed to a rescue`, `is eager to
 * withdraw`, `shelved its plans`, `declined to comment`. A `that` or `whether` clause, a quotation,
 * an infinitive of saying (`agreed to testify`) or words given as object (`offered his
 * condolences`) keep it.
 */
function deedAct(text: string, a: Attribution): boolean {
  if (a.direct || !a.cue || a.content[0] < a.cue[1]) return false;
  const facts = cueFacts(text, a.cue);
  // `one of the main questions for officials`: a noun of a stance after an article (and a
  // modifier) heads a noun phrase; it reports nothing.
  if ((facts & C_NOUN_HEAD) !== 0 && AFTER_ARTICLE.test(text.slice(Math.max(0, a.cue[0] - 30), a.cue[0])))
    return true;
  // `Two men said to have links to the gang were arrested`, `The man, said to be in his 50s,`: a
  // passive participle (what others say of them), not words said. (After a personal pronoun `said
  // to be careful` reports an instruction.)
  if (
    a.cue[1] - a.cue[0] === 4 &&
    text.slice(a.cue[0], a.cue[1]) === 'said' &&
    SAID_TO_BE.test(text.slice(a.cue[1], a.cue[1] + 12)) &&
    !PERSONAL_BEFORE.test(text.slice(Math.max(0, a.cue[0] - 8), a.cue[0]))
  )
    return true;
  // `has issued a rare red warning for the coast`, `an alert for three counties`: a warning or an
  // alert for a place, a people or a hazard is put in force, a deed (`warning that …`, `warned of
  // …` stay). The noun as the cue, or after a light verb (`issued a`).
  if (alertFor(text, a)) return true;
  // `did not disclose how large …`, `gave no details on …`: what was not said is no statement.
  if ((facts & C_NOT_DISCLOSED) !== 0) return true;
  // `He gave no evidence.`, `offered no proof`: a cue of giving whose object is `no` and a noun
  // gave nothing, and reports no words (`offered no proof that …` reports the claim it lacks).
  if (
    a.cue[1] - a.cue[0] <= 16 &&
    a.content[1] - a.content[0] <= 40 &&
    GIVING_CUE.test(text.slice(a.cue[0], a.cue[1])) &&
    NO_THING.test(text.slice(a.content[0], a.content[1]))
  )
    return true;
  // `added 25 points`, `adds two goals`: a count added is a deed.
  // (Also after a hedge, `adding nearly 200 tankers to a blacklist`, and a thing added to a list,
  // `added the firm to its sanctions list`.)
  if (
    (facts & C_ADDED) !== 0 &&
    (COUNT_START.test(text.slice(a.cue[1], a.cue[1] + 24)) ||
      addedThing(text.slice(a.cue[1], a.cue[1] + 120)))
  )
    return true;
  // `the official, who asked not to be named, said …`: a condition of the interview, no words.
  // (The words after the cue are read in place, and only after a cue that asks: most do not.)
  ANONYMITY.lastIndex = a.cue[1];
  if ((facts & C_ASKING) !== 0 && ANONYMITY.test(text)) return true;
  // `who spoke on condition of anonymity because …`: the terms of the interview, no words.
  INTERVIEW_TERMS.lastIndex = a.cue[1];
  if ((facts & C_SPEAKING) !== 0 && INTERVIEW_TERMS.test(text)) return true;
  // `…, two officials said, speaking on condition of anonymity because …`: the terms of the
  // interview after the cue's comma are no words of theirs.
  if (
    SPEAKING_TERMS.test(text.slice(a.content[0], a.content[0] + 48)) &&
    /^\s*,\s*$/.test(text.slice(a.cue[1], a.content[0]))
  )
    return true;
  // `… because they were not authorized to discuss the matter, said …`: leave to speak, no words.
  // (The word before the cue is read first: `to` ends the window only there.)
  if (
    text.charCodeAt(a.cue[0] - 1) === 32 &&
    text.charCodeAt(a.cue[0] - 2) === 111 &&
    AUTHORIZED_TO.test(text.slice(Math.max(0, a.cue[0] - 24), a.cue[0]))
  )
    return true;
  // `He called Grant to congratulate her`: calling a person to do a thing is a telephone call, a
  // deed (`called on X to …`, `called X a liar` stay stances).
  // (`called him to say the deal was off` reports what was said on the call.)
  if (a.cue[1] - a.cue[0] <= 8 && CALLED_CUE.test(text.slice(a.cue[0], a.cue[1]))) {
    const phoned = PHONED.exec(text.slice(a.cue[1], a.cue[1] + 60));
    if (phoned && !SAID_INFINITIVES.has(phoned[1]!)) return true;
    // `Ortega called her into his office`, `summoned`: a deed (`called her a liar` stays).
    if (SUMMONED.test(text.slice(a.cue[1], a.cue[1] + 80))) return true;
  }
  // `The union called a strike`, `called a snap election for June`, `Union Calls Strike at Three
  // Ports`: calling an event is convening it, a deed (`called the strike a last resort` names it:
  // a second noun phrase follows).
  if (
    a.cue[1] - a.cue[0] <= 8 &&
    (text.charCodeAt(a.cue[0]) | 32) === 99 &&
    CALLED_CUE.test(text.slice(a.cue[0], a.cue[1]).toLowerCase())
  ) {
    const after = text.slice(a.cue[1], a.cue[1] + 120);
    const convened = CONVENED.exec(after);
    if (convened && !labelAfterEvent(after.slice(convened[0].length))) return true;
  }
  // `…, adding to evidence that …`, `added to the pressure on the government`: to add to a thing is
  // to increase it, a deed (PolNeAR never annotates it; `added that …` and `added: “…”` stay).
  if (
    a.cue[1] - a.cue[0] <= 6 &&
    (text.charCodeAt(a.cue[0]) | 32) === 97 &&
    ADD_CUE.test(text.slice(a.cue[0], a.cue[1])) &&
    ADDED_TO.test(text.slice(a.cue[1], a.cue[1] + 24))
  )
    return true;
  // `The tour concludes October 10th in Houston`, `the talks concluded without a deal`, `a process
  // that concluded Monday`: to conclude with a time or a manner is to end, a deed (`concluded that
  // …`, `concluded the dam was unsafe`, `concluded, “…”` stay).
  if (
    a.cue[1] - a.cue[0] <= 20 &&
    CONCLUDE_CUE.test(text.slice(a.cue[0], a.cue[1])) &&
    ENDED_WHEN.test(text.slice(a.cue[1], a.cue[1] + 24)) &&
    !FINITE_IN.test(text.slice(a.content[0], Math.min(a.content[1], a.content[0] + 160)))
  )
    return true;
  // `Poland recalled its ambassador`, `Carmaker recalls 1.2 million vehicles`: an envoy called
  // home or goods called back, a deed (`recalled that …`, `recalled the day …` stay memories).
  if (
    a.cue[1] - a.cue[0] <= 20 &&
    (text.charCodeAt(a.cue[1] - 1) | 32) !== 121 &&
    RECALL_CUE.test(text.slice(a.cue[0], a.cue[1]))
  ) {
    const after = text.slice(a.cue[1], a.cue[1] + 60);
    if (COUNT_START.test(after) || RECALLED_THING.test(after)) return true;
  }
  // `The governor declared a state of emergency`, `declared martial law`, `declared war on X`: a
  // state proclaimed is put in force, a deed (`declared victory`, `declared that …` stay claims).
  if (
    a.cue[1] - a.cue[0] <= 9 &&
    (text.charCodeAt(a.cue[0]) | 32) === 100 &&
    DECLARED_CUE.test(text.slice(a.cue[0], a.cue[1]).toLowerCase())
  ) {
    const after = text.slice(a.cue[1], a.cue[1] + 120);
    const proclaimed = PROCLAIMED.exec(after);
    if (proclaimed && !labelAfterEvent(after.slice(proclaimed[0].length))) return true;
  }
  const will = (facts & C_WILL) !== 0;
  const answer = (facts & C_ANSWER) !== 0;
  if ((facts & (C_WILL | C_ANSWER | C_OBJECT_DEED | C_SAY_END | C_FEELING)) === 0) return false;
  const cue = text.slice(a.cue[0], a.cue[1]);
  // `as X observed, …`: a parenthetical cue has no object.
  if (text.charCodeAt(a.cue[1]) === 44) return false;
  // What follows the cue up to the end of the content (the rules may skip a setting before it).
  const rest = text
    .slice(a.cue[1], Math.min(a.content[1], a.cue[1] + 200))
    .replace(/^[\s,]+/, '')
    .toLowerCase();
  // `was pleased with the figures`, `grew wary of its losses`: a feeling about a thing or an event
  // (`pleased when …` is a time), not a proposition held.
  if ((facts & C_FEELING) !== 0) return !/^(?:that\b|["“‘'])/.test(rest);
  // `declined to say when …`, `didn't say whether …`: a question left open, nothing said.
  if ((facts & C_REFUSAL) !== 0 && REFUSED_QUESTION.test(text.slice(a.cue[1], a.cue[1] + 60).trimStart()))
    return true;
  if (OPEN_QUESTION.test(rest) && UNSAID.test(text.slice(Math.max(0, a.cue[0] - 40), a.cue[1]))) return true;
  if (PROPOSITION_OPENER.test(rest)) return false;
  // `did not respond to a request for comment`: no answer, no words. (Read past the content, which
  // the general rule may have cut at `to`.)
  if (answer)
    return REQUEST_FOR_COMMENT.test(
      text
        .slice(a.cue[1], a.cue[1] + 80)
        .replace(/^[\s,]+/, '')
        .toLowerCase(),
    );
  // (A refusal's infinitive is read past a content cut at `to`: `declined to comment on reports …`.)
  const inf =
    /^to\s+([\p{Ll}-]+)/u.exec(rest) ??
    ((facts & C_REFUSAL) !== 0 && rest === 'to'
      ? /^to\s+([\p{Ll}-]+)/u.exec(
          text
            .slice(a.cue[1], a.cue[1] + 40)
            .trimStart()
            .toLowerCase(),
        )
      : null);
  if (inf && will && !NOT_VERBS.has(inf[1]!)) {
    // (`refused to be drawn on the talks`: the British idiom of declining to comment.)
    if ((facts & C_REFUSAL) !== 0) return NO_COMMENT.has(inf[1]!) || /^to\s+be\s+drawn\b/.test(rest);
    return !SAID_INFINITIVES.has(inf[1]!);
  }
  if ((facts & C_OBJECT_DEED) === 0) return false;
  // `agreed to a rescue`, `agreed to Beijing's demands`: accepting a thing is a deed too.
  // `agreed personal terms`, `agreed a ceasefire`: so is a thing agreed (`agreed with …`, `agreed
  // the plan was sound` are stances).
  const object = /^(?:agree[sd]?|agreeing)$/i.test(/\S+$/.exec(cue)?.[0] ?? '')
    ? /^to\s/.test(rest)
      ? rest.slice(3)
      : /^(?:with|on|upon|about|in|over)\b/.test(rest) || AGREED_CLAUSE.test(rest)
        ? null
        : rest
    : rest;
  if (object === null) return false;
  // `avoids condemning X`: a gerund of saying is words (not) said, a stance.
  const gerund = /^([\p{Ll}]+)ing\b/u.exec(object)?.[1];
  if (gerund && (SAID_INFINITIVES.has(gerund) || SAID_INFINITIVES.has(`${gerund}e`))) return false;
  // `offered his condolences`, `agreed to an interview`, `unveiled a proposal`: words given are speech.
  return !(/\b(?:offer\S*|agree\S*|unveil\S*)$/i.test(cue) && GIVEN_WORDS.test(object));
}

/** `X was quoted (by Y) as saying`: a passive whose subject is the speaker, not what was said. */
const QUOTED_AS = /\bquoted\s+(?:by\s+[^,.;:"“”]{1,80}?,?\s+)?as\s+(?:saying|stating|telling|writing)\b/i;
/** `… quoted by Y as saying`, `… quoted as saying by Y`: the agent after a cue of quoting, the relay. */
const QUOTED_BY = /^\s+(?:as\s+(?:saying|stating|telling|writing)\s+)?by\s+/i;
/** Cues of telling: a hearer that is an outlet carried the words on (`told state television`). */
const TELLING_CUE = /\b(?:told|tells|tell|telling)$/i;
/** A cue of quoting (`was quoted`): whoever quoted relays. */
const QUOTED_CUE = /\bquoted$/i;
/** Words that end a hearer's phrase (a setting, the content's opener, its subject pronoun). */
const HEARER_END: ReadonlySet<string> = new Set(
  'that on in at during this last after before outside via by when while he she it they we i there as how what why whether if earlier late'.split(
    ' ',
  ),
);
/** Settings that name who heard the words: `in an interview with X`, `speaking to X`, `in comments to X`. */
/** Participles of what an outlet saw or obtained, before `by` and the outlet (`documents seen by Reuters`). */
const SEEN: ReadonlySet<string> = new Set([
  'seen',
  'obtained',
  'reviewed',
  'viewed',
  'examined',
  'verified',
  // (`economists polled by Reuters expect …`: the pollster carried the answers.)
  'polled',
  'surveyed',
  // (`Industry sources cited by DigiTimes said …`, when the span model drew the phrase whole.)
  'cited',
  'quoted',
]);
const INTERVIEW_SETTING =
  /\b(?:interview(?:ed)?\s+(?:with|by)|speaking\s+to|(?:comments|remarks)\s+to|(?:carried|broadcast|aired|televised)\s+by)\s+/gi;
/** `…, according to X` closing a content. */
const ACCORDING_TAIL = /,["”’']?\s+according\s+to\s+([^,;:"“”]{2,80}?)[\s.]*$/d;
/** Documents that carry another's words (`according to minutes of the meeting`). */
const CARRIER_DOCUMENTS =
  /^(?:the\s+)?(?:minutes|transcripts?|court\s+(?:documents|filings|papers|records)|a\s+transcript|a\s+recording)\b/i;
/** A generic outlet word after a definite article: the publishing outlet itself (`told the paper`, `told the agency`), no relay. */
const OWN_OUTLET =
  /^(?:the|this|our)\s+(?:news\s+)?(?:paper|newspaper|magazine|site|website|station|channel|programme|program|outlet|network|agency|broadcaster|publication)$/i;
/** A day or a date after `said on` (most of them): no outlet. */
const ON_DAY =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|^\d/;
/**
 * Platforms on which words are posted, no outlet that airs them (`said on Telegram`), and one's own
 * pages (`said on its website`, `on the campaign's website`).
 */
const PLATFORM =
  /^(?:(?:the\s+)?(?:telegram|facebook|x|twitter|instagram|tiktok|youtube|truth\s+social|linkedin|threads|weibo|wechat|vk|bluesky|substack|social\s+media|social\s+networks?|internet|web)\b|(?:its|his|her|their|our|my)\s|[^,.;:]*?(?:['’]s\s|\b(?:website|site|page|blog|account|feed)\b))/i;
/** Words of a reporter: a journalist telling an outlet is its own voice, no relay. */
const JOURNALIST = /\b(?:reporter|correspondent|journalist|editor|columnist|anchor)s?\b/i;

/** A participle of SEEN before `by`, read first as text. */
const SEEN_BY = /\b(?:seen|obtained|reviewed|viewed|examined|verified|polled|surveyed|cited|quoted) by\b/i;
/** `in a statement`, `in a letter`: a document an attribution's speaker issued. */
export const ISSUED_IN =
  /\bin\s+(?:a|an|its|his|her|their)\s+(?:\p{Ll}+\s+)?(statement|letter|memo|release|post|report|filing)\b/iu;
/** Each mark of `DocMarks` and the pattern whose match holds a token with it (for a test). */
export const MARKED: readonly (readonly [number, RegExp])[] = [
  [M_SETTING, INTERVIEW_SETTING],
  [M_ACCORDING, ACCORDING_TAIL],
  [M_JOURNALIST, JOURNALIST],
  [M_SETTING_NOUN, OBJECT_SETTING_NOUN],
  [M_CARRIED, CARRIED],
  [M_LIGHT, LIGHT_SOURCE_END],
  [M_SEEN, SEEN_BY],
];

/** True when the phrase [s, e) names an outlet: a media word of the lexicon or an entity of type media. */
function outletPhrase(text: string, s: number, e: number, lex: QuoteLexicon, index: EntityIndex): boolean {
  const phrase = text.slice(s, e);
  if (OWN_OUTLET.test(phrase)) return false;
  if (MEDIA_HINT.get(phrase, lex)) return true;
  if (index.inside(s, e)?.type === 'media') return true;
  return listedOutlet(phrase);
}

/** True when the outlet at `r` is one only `listedOutlet` reads (no media word, no media entity). */
function listedOnly(
  text: string,
  r: readonly [number, number],
  lex: QuoteLexicon,
  index: EntityIndex,
): boolean {
  return !MEDIA_HINT.get(text.slice(r[0], r[1]), lex) && index.inside(r[0], r[1])?.type !== 'media';
}

/**
 * `told the Guardian`, `told Bloomberg`: a hearer written as a listed outlet is written in running
 * text, with a lower-case `the` (`The Guardian`), or by the first word of an `… News` (`Bloomberg
 * News`, which the entity stage does not take alone: it is a person's name too). Read only for a
 * hearer or a relay, where no person is meant.
 */
function listedOutlet(phrase: string): boolean {
  // (Only `the` and a capital, or one word: the only shapes read below.)
  const the = phrase.startsWith('the ');
  if (the ? !/^the\s+\p{Lu}/u.test(phrase) : phrase.includes(' ') || !/^\p{Lu}/u.test(phrase)) return false;
  const aliases = gazetteers().aliases;
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  const bare = key.startsWith('the ') ? key.slice(4) : key;
  return (
    (key !== bare && aliases.get(key)?.type === 'media') ||
    (!bare.includes(' ') && aliases.get(`${bare} news`)?.type === 'media')
  );
}

/** The end of a hearer's or a quoting outlet's phrase opening `ws`: at most `max` words of letters or digits, up to a word of HEARER_END. */
function hearerPhraseEnd(ws: readonly Word[], max: number): number {
  let j = 0;
  while (j < ws.length && j < max && /^[\p{L}\p{N}]/u.test(ws[j]!.text) && !HEARER_END.has(ws[j]!.lower)) j++;
  return j;
}

/** The outlet phrase opening the words at `from` (at most six words, to a boundary), as a relay span, or null. */
function outletAt(
  text: string,
  from: number,
  stop: number,
  doc: DocWords,
  lex: QuoteLexicon,
  index: EntityIndex,
  own: readonly string[],
): [number, number] | null {
  const ws = doc.range(from, Math.min(stop, from + 100));
  const j = hearerPhraseEnd(ws, 6);
  if (j === 0 || !outletPhrase(text, ws[0]!.start, ws[j - 1]!.end, lex, index)) return null;
  // `told a news conference`, `told a press briefing`: an occasion, not an outlet.
  if (OCCASIONS.has(ws[j - 1]!.lower)) return null;
  // An outlet only named (`told the BBC`, `in an interview with Reuters`) is most often the one
  // that publishes the article: it relays only when the document's own outlet is known and is
  // another one. An outlet described by a common noun (`state television`, `US media`, `the state
  // agency BelTA`) is surely another one.
  let described = false;
  for (let k = 0; k < j && !described; k++)
    described =
      (startsLower(ws[k]!.text) || ws[k]!.lower === 'tv') && lex.speakers.get(ws[k]!.lower) === 'media';
  if (!described) {
    const named = text.slice(ws[0]!.start, ws[j - 1]!.end);
    if (own.length === 0 || own.some((o) => sameOutlet(o, named))) return null;
  }
  let r = relayName(text, ws, [0, j], lex);
  // (`state TV`: the initials of a common noun name no outlet alone.)
  if (r[1] - r[0] === 1 && ws[r[0]]!.lower === 'tv' && r[0] > 0) r = [0, r[1]];
  // `US media`, `Russian state television`: a country's initials or adjective qualify the outlet,
  // they do not name it.
  if (r[1] < j && r[1] - r[0] === 1 && QUALIFIER.test(ws[r[0]]!.text)) return rangeSpan(ws, [r[0], j]);
  return rangeSpan(ws, r);
}

/** The names of a document's own outlet: its metadata's, its dateline's and its web host's. */
function ownOutlets(ctx: ReadContext): string[] {
  const out: string[] = [];
  if (ctx.outlet) out.push(ctx.outlet);
  if (ctx.dateline?.outlet) out.push(ctx.dateline.outlet);
  if (ctx.url && URL.canParse(ctx.url)) out.push(new URL(ctx.url).hostname.replace(/^www\./, ''));
  return out;
}

/** Parts of a web host that name no outlet. */
const WEB_PARTS: ReadonlySet<string> = new Set(['www', 'com', 'org', 'net', 'co', 'uk', 'the']);

/** An outlet's name or web host as lower-case words, without web parts and articles (`news.sky.com` → news, sky). */
function outletWords(n: string): string[] {
  return n
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !WEB_PARTS.has(w));
}

/** The initials of a name's capitalised words (`The New York Times` → nyt). */
function initialsOf(n: string): string {
  return n
    .replace(/^the\s+/i, '')
    .split(/[\s./-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

/** Words a web host adds to an outlet's short name (`apnews`, `nytimes`, `dailymail`). */
const HOST_TAILS: ReadonlySet<string> = new Set(['', 'news', 'online', 'times', 'daily', 'tv', 'media']);

/**
 * True when `named` is the document's own outlet `own`: the same words, one's words held whole in
 * the other's (`Reuters`, `reuters.com`, `Thomson Reuters`; not `AP` in `Japan Times`), one the
 * initials of the other (`AP`, `Associated Press`), or a web host written as one word that is the
 * name folded, its initials, or its initials with the last word (`nytimes.com` is The New York
 * Times, `apnews.com` the Associated Press, `rferl.org` Radio Free Europe/Radio Liberty).
 */
function sameOutlet(own: string, named: string): boolean {
  const wa = outletWords(own);
  const wb = outletWords(named);
  if (wa.length === 0 || wb.length === 0) return false;
  const holds = (x: string[], y: string[]) => y.every((w) => x.includes(w));
  if (holds(wa, wb) || holds(wb, wa)) return true;
  const a = wa.join('');
  const b = wb.join('');
  const ia = initialsOf(own);
  const ib = initialsOf(named);
  if ((ia.length >= 2 && ia === b) || (ib.length >= 2 && ib === a)) return true;
  // A host of one word: its core against the name's forms.
  const host = (core: string, name: string[], initials: string) => {
    const forms = [name.join(''), initials, initials.length > 1 ? initials.slice(0, -1) + name.at(-1)! : ''];
    return forms.some((f) => f.length >= 2 && core.startsWith(f) && HOST_TAILS.has(core.slice(f.length)));
  };
  return (wa.length === 1 && host(a, wb, ib)) || (wb.length === 1 && host(b, wa, ia));
}

/** Heads of an occasion that a media word may qualify (`a news conference`, `a press briefing`). */
const OCCASIONS: ReadonlySet<string> = new Set([
  'conference',
  'briefing',
  'event',
  'meeting',
  'gathering',
  'rally',
  'summit',
  'forum',
  'session',
  'hearing',
]);

/**
 * A country's initials or adjective before an outlet's common noun (`US`, `U.S.`, `Russian`,
 * `Chinese`); an outlet's own initials are its name (`the PAP news agency` → `PAP`).
 */
const QUALIFIER = /^(?:US|UK|EU|UN|USA|UAE|PRC|DPRK|ROK|(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}+(?:an|ese|ish|i))$/u;

/**
 * Sets the relay of an attribution from its hearer or setting: the outlet told (`X told state
 * television that …`, `…, X told the BBC.`), interviewed by (`in an interview with Reuters, X
 * said …`) or cited after the content (`…, according to Interfax`, `according to minutes of the
 * meeting`). Reporters, analysts and the publishing outlet itself (`told the paper`) are audience.
 */
/**
 * `Court filings seen by Reuters show …`, `according to a draft seen by Reuters` as one source
 * phrase (the span model draws it whole): the name is what was seen, the outlet after `by` relays
 * when it is another one. True when read.
 */
function seenBy(
  text: string,
  a: Attribution,
  doc: DocWords,
  lex: QuoteLexicon,
  index: EntityIndex,
  own: readonly string[],
  marks: DocMarks,
): boolean {
  // (`X seen by Y`: ten characters at the least; before the cue, or after it: `according to a draft
  // seen by Reuters`.)
  if (
    !a.source ||
    !a.cue ||
    a.source[1] - a.source[0] < 10 ||
    (a.source[1] > a.cue[0] && a.source[0] < a.cue[1]) ||
    a.source[1] - a.source[0] > 80
  )
    return false;
  if (!marks.meets(M_SEEN, a.source[0], a.source[1]) || !SEEN_BY.test(text.slice(a.source[0], a.source[1])))
    return false;
  const ws = doc.range(a.source[0], a.source[1]);
  for (let k = 1; k + 2 < ws.length; k++) {
    if (ws[k + 1]!.lower !== 'by' || !SEEN.has(ws[k]!.lower)) continue;
    const head = phraseBefore(ws, k, 0);
    if (!head) return false;
    a.sourceName = rangeSpan(ws, head);
    const via = outletAt(text, ws[k + 2]!.start, a.source[1], doc, lex, index, own);
    if (via) a.via = via;
    return true;
  }
  return false;
}

function hearerRelay(
  text: string,
  a: Attribution,
  doc: DocWords,
  lex: QuoteLexicon,
  index: EntityIndex,
  sentences: readonly (readonly [number, number])[],
  own: readonly string[],
  marks: DocMarks,
): void {
  if (!a.cue) return;
  // `Documents seen by Reuters show …`: what was seen speaks; the outlet that saw it relays (when it
  // is another outlet than the document's own), and is no speaker either way.
  // (Only after ` by `, read by code first: most names are not.)
  if (
    a.sourceName &&
    a.sourceName[1] <= a.cue[0] &&
    a.sourceName[1] - a.sourceName[0] <= 80 &&
    text.charCodeAt(a.sourceName[0] - 1) === 32 &&
    text.charCodeAt(a.sourceName[0] - 2) === 121 &&
    text.charCodeAt(a.sourceName[0] - 3) === 98
  ) {
    const before = doc.range(Math.max(0, a.sourceName[0] - 80), a.sourceName[0]);
    const n = before.length;
    if (n >= 3 && before[n - 1]!.lower === 'by' && SEEN.has(before[n - 2]!.lower)) {
      const head = phraseBefore(before, n - 2, 0);
      if (head) {
        const outlet = a.sourceName;
        a.sourceName = rangeSpan(before, head);
        if (a.source && a.source[0] > a.sourceName[0]) a.source = [a.sourceName[0], a.source[1]];
        const via = outletAt(text, outlet[0], outlet[1], doc, lex, index, own);
        if (via) a.via = via;
        return;
      }
    }
  }
  if (seenBy(text, a, doc, lex, index, own, marks)) return;
  if (
    a.sourceName &&
    marks.meets(M_JOURNALIST, a.sourceName[0], a.sourceName[1]) &&
    JOURNALIST.test(text.slice(a.sourceName[0], a.sourceName[1]))
  )
    return;
  const sent = sentences[sentenceAt(sentences, a.cue[0])];
  if (!sent) return;
  const facts = cueFacts(text, a.cue);
  const end = a.content[0] >= a.cue[1] ? a.content[0] : sent[1];
  // `X was quoted by Y as saying`, `“…,” X was quoted as saying by Y`: whoever quoted relays.
  if ((facts & C_QUOTED) !== 0) {
    const m = QUOTED_BY.exec(text.slice(a.cue[1], Math.min(sent[1], a.cue[1] + 120)));
    if (m) {
      const from = a.cue[1] + m[0].length;
      const ws = doc.range(from, Math.min(sent[1], from + 100));
      const j = hearerPhraseEnd(ws, 8);
      if (j > 0 && isCapitalised(ws[j - 1]!)) {
        a.via = rangeSpan(ws, relayName(text, ws, [0, j], lex));
        return;
      }
    }
  }
  if ((facts & C_TELLING) !== 0) {
    const via = outletAt(text, a.cue[1], end, doc, lex, index, own);
    if (via) {
      a.via = via;
      return;
    }
  }
  // `said on state television`, `said on BBC Radio 4`: the outlet that aired the words relays them
  // (a platform, `said on Telegram`, does not: the account posting on it would).
  if (
    text.startsWith(' on ', a.cue[1]) &&
    !ON_DAY.test(text.slice(a.cue[1] + 4, a.cue[1] + 14)) &&
    !PLATFORM.test(text.slice(a.cue[1] + 4, a.cue[1] + 48))
  ) {
    const via = outletAt(text, a.cue[1] + 4, end, doc, lex, index, own);
    // (A paper written with a lower-case `the` airs nothing: `said on the Hill` is Capitol Hill.)
    if (via && !(text.startsWith('the ', a.cue[1] + 4) && listedOnly(text, via, lex, index))) {
      a.via = via;
      return;
    }
  }
  // A setting of an interview in the sentence, outside the content.
  const lo = Math.max(sent[0], a.cue[0] - 200);
  const hi = Math.min(sent[1], a.cue[1] + 200);
  // (At most 400 characters read per attribution, and only when a word of the setting is there.)
  INTERVIEW_SETTING.lastIndex = 0;
  const zone = marks.meets(M_SETTING, lo, hi) ? text.slice(lo, hi) : '';
  for (let m = INTERVIEW_SETTING.exec(zone); m; m = INTERVIEW_SETTING.exec(zone)) {
    const at = lo + m.index + m[0].length;
    if (at > a.content[0] && lo + m.index < a.content[1]) break;
    const via = outletAt(text, at, hi, doc, lex, index, own);
    if (via) {
      a.via = via;
      return;
    }
  }
  if (a.direct || a.content[1] > a.cue[0]) {
    // `…, according to Interfax` at the end of a content read forward from its cue.
    if (a.direct || a.content[0] < a.cue[1]) return;
    // (The pattern, anchored at the end, is tried at each comma: run only on a body holding its word.)
    const body = marks.meets(M_ACCORDING, a.content[0], a.content[1])
      ? text.slice(a.content[0], a.content[1])
      : '';
    const m = body.includes('according') ? ACCORDING_TAIL.exec(body) : null;
    if (!m) return;
    const [s, e] = (m.indices![1] ?? [0, 0]).map((x) => a.content[0] + x) as [number, number];
    const doc_ = CARRIER_DOCUMENTS.test(m[1]!);
    if (!doc_ && !outletPhrase(text, s, e, lex, index)) return;
    const ws = doc.range(s, e);
    if (ws.length === 0) return;
    a.via = doc_ ? [s, e] : rangeSpan(ws, relayName(text, ws, [0, ws.length], lex));
    let cut = a.content[0] + m.index;
    // (A closing mark before the comma stays with the content: `as “nonsense,” according to …`.)
    if (/["”’']/.test(text[cut + 1] ?? '')) cut += 2;
    a.content = [a.content[0], cut];
  }
}

/**
 * `NEW DELHI: Their dream shattered, …`: a place in capitals before a colon is a dateline, not a
 * speaker (`Iran: …` in a headline still speaks).
 */
function datelineLabel(text: string, a: Attribution, index: EntityIndex): boolean {
  if (a.rule !== 'indirect/colon' || !a.source) return false;
  const label = text.slice(a.source[0], a.source[1]);
  if (label.length < 3 || label !== label.toUpperCase()) return false;
  const m = index.inside(a.source[0], a.source[1], PLACES);
  return m !== null && m.span[0] === a.source[0] && m.span[1] === a.source[1];
}

/** True when `[s, e)` is exactly a place's name (a dateline's, not a speaker's). */
function datelinePlace(index: EntityIndex, s: number, e: number): boolean {
  const m = index.inside(s, e, PLACES);
  return m !== null && m.span[0] === s && m.span[1] === e;
}

/** True when `[s, e)` is exactly a country's, a state's or a city's name (the tagger's `gpe`; its `location` may be a journal, `The Lancet`). */
function statePlace(index: EntityIndex, s: number, e: number): boolean {
  const m = index.inside(s, e, GPE_ONLY);
  return m !== null && m.span[0] === s && m.span[1] === e;
}
const GPE_ONLY: ReadonlySet<string> = new Set(['gpe']);

/** True when `name` is a country, a city or a place's alias in the gazetteers (`Britain`, `Brussels`). */
function gazetteerPlace(name: string): boolean {
  const g = gazetteers();
  const key = name.toLowerCase();
  return g.countries.has(key) || g.cities.get(key) !== undefined || g.aliases.get(key)?.type === 'gpe';
}

/** True when `[s, e)` ends with a person's name (`Jeb Bush`, `Sen. Jane Roe`). */
function labelPerson(index: EntityIndex, s: number, e: number): boolean {
  return index.inside(s, e, PERSONS_ONLY, true) !== null;
}
const PERSONS_ONLY: ReadonlySet<string> = new Set(['person']);

/** Entity types a physical act strikes (a person or a party attacked may be criticised). */
const PLACES: ReadonlySet<string> = new Set(['gpe', 'location', 'facility']);

/**
 * Finds quotes and reported speech: direct quotations from paired marks, then indirect speech per
 * sentence outside them; an attribution by a media source around another one becomes that one's
 * relay (`X announced that …, media reported`). Speakers are resolved in text order.
 */
/** A coordinator and the adverb or comma before a shared-subject cue (`…, and then said`). */
const BEFORE_SHARED_CUE = /(?:,?\s+(?:and|but))(?:\s+\w+)?\s*$/;

/**
 * `The mayor praised the crews and said, “…”`: a reported content that reaches the cue of a
 * quotation whose speaker is the shared subject (`direct/shared-subject`) ends before its
 * coordinator; the quotation is another attribution of the same speaker.
 */
function sharedSubjectEnds(
  text: string,
  direct: readonly Attribution[],
  indirect: readonly Attribution[],
): void {
  for (const d of direct) {
    if (d.rule !== 'direct/shared-subject' || !d.cue) continue;
    const at = d.cue[0];
    for (const a of indirect) {
      if (a.content[0] >= at || a.content[1] <= at) continue;
      const m = BEFORE_SHARED_CUE.exec(text.slice(Math.max(a.content[0], at - 24), at));
      if (!m) continue;
      const end = at - m[0].length;
      if (end > a.content[0]) a.content = [a.content[0], end];
    }
  }
}

export function findQuotes(input: QuoteInput): FoundQuote[] {
  const { text, sentences } = input;
  newDocument();
  const lex = input.lexicon ?? EN_QUOTES;
  const index = new EntityIndex(input.entities ?? []);
  const clauseWork0 = CLAUSE_WORK.words;
  const pairs = pairQuotes(text, input.counter);
  // One scan of the document: each sentence's words and each window's are read from it.
  const doc = new DocWords(text);
  if (text.includes('WHO')) acronymWho(doc.words as Word[]);
  // Turns of a transcript (`WALLACE: …`) are direct quotes too; a quotation holding a label is theirs.
  const direct = withTurns(
    findDirect(text, pairs, lex, doc),
    findTurns(text, (s, e) => datelinePlace(index, s, e), input.counter),
  );
  const indirect: Attribution[] = [];
  const wordsBySentence: Word[][] = [];
  const dl = input.dateline;
  sentenceRules(text, sentences, lex, doc, direct, dl, input.counter, indirect, wordsBySentence);
  // Relays: a media attribution whose content holds another attribution's cue.
  const all = direct.slice();
  for (const a of indirect) if (!muteSource(text, a, lex)) all.push(a);
  sharedSubjectEnds(text, direct, indirect);
  sortRuns(all, byContent);
  const dropped = new Set<Attribution>();
  mediaRelays(text, all, dropped, doc, lex, index);
  // Relays named by the speaker's hearer or setting: `told state television`, `in an interview
  // with the BBC`, `…, according to Interfax` after the content.
  const own = input.outlets ?? [];
  const marks = new DocMarks(doc);
  for (const a of all)
    if (!a.via && !dropped.has(a)) hearerRelay(text, a, doc, lex, index, sentences, own, marks);
  // Sources cited by the speaker: `the agency said, citing the ministry` (the ministry via the agency).
  citedSources(text, all, dropped, doc, lex, index, marks);
  const heads: Attribution[] = [];
  tidyAll(text, all, dropped, heads, doc, marks, pairs, dl);
  // `Vilas said the fee was “a fair price,” according to O Jogo`: a quotation inside a clause
  // reported by a speaker, signed `according to` an outlet, is that speaker's via the outlet (not
  // the outlet's, with the clause before it as a second content).
  for (const a of direct)
    if (a.rule === 'direct/according-to' && !dropped.has(a))
      reportedThrough(text, a, indirect, dropped, lex, index, doc);
  for (const a of direct)
    if (a.rule !== 'direct/according-to-reported') leadIn(text, a, sentences, heads, dl);
  for (const h of heads) all.push(h);
  const kept: Attribution[] = [];
  const furniture = new Set<Attribution>();
  keepPlausible(text, all, dropped, index, pairs, kept, furniture);
  const reaching = innerCueSources(text, kept);
  sortRuns(kept, byCue);
  shareParticipleSources(text, kept, sentences);
  const refined = lex.spans
    ? refineSpans(
        lex.spans,
        kept,
        (at) => sentenceAt(sentences, at),
        (k) => wordsBySentence[k] ?? [],
        input.counter,
      )
    : null;
  // The span model may move a source's start back over a word `tidy` cut off.
  if (refined)
    for (const a of refined) {
      if (!a.direct) leadOff(text, a, false);
      // A source the model cut short before its cue (`The mayor` of `The mayor ended the dispute
      // by saying`): the speaker's name ends with it.
      const n = a.sourceName;
      if (a.source && n && n[1] > a.source[1] && n[0] < a.source[1])
        a.sourceName = [Math.max(n[0], a.source[0]), a.source[1]];
      if (!a.via) seenBy(text, a, doc, lex, index, own, marks);
    }
  for (const a of kept) {
    entryTimeOff(text, a);
    // (`The statement, which was obtained by Variety, claimed`: a name holds no closing comma.)
    const n = a.sourceName;
    if (n && n[1] - n[0] > 1 && text.charCodeAt(n[1] - 1) === 44) a.sourceName = [n[0], n[1] - 1];
    wholeBodyName(text, a);
    studyHead(text, a);
    reducedHead(text, a);
    publishedIn(text, a, (s, e) => statePlace(index, s, e) || gazetteerPlace(text.slice(s, e)));
    descriptionWhole(text, a);
  }
  const out = speakAll(
    text,
    sentences,
    lex,
    index,
    kept,
    furniture,
    reaching,
    wordsBySentence,
    refined,
    marks,
  );
  if (input.counter) input.counter.steps += (CLAUSE_WORK.words - clauseWork0) >> 4;
  return sortRuns(withoutRepeats(text, out), byMentionStart);
}

/**
 * The rules read per sentence, outside direct quotations and their cues: the indirect rules, then
 * the general rule on the words they left free. Their attributions go to `indirect`; the words of
 * each sentence the span model or the verifier reads, to `wordsBySentence`. (Each phase of
 * `findQuotes` is a function of its own: V8 compiles and re-optimises each apart, so that a
 * deoptimisation in one, common in a first pass over new text, recompiles only that one.)
 */
function sentenceRules(
  text: string,
  sentences: readonly (readonly [number, number])[],
  lex: QuoteLexicon,
  doc: DocWords,
  direct: readonly Attribution[],
  dl: Span | null | undefined,
  counter: WorkCounter | undefined,
  indirect: Attribution[],
  wordsBySentence: Word[][],
): void {
  // Offsets inside direct quotations or on their cue words are not scanned for indirect speech.
  const blocked: [number, number][] = [];
  for (const a of direct) {
    blocked.push([a.content[0] - 1, a.content[1] + 1]);
    if (a.cue) blocked.push(a.cue);
  }
  blocked.sort(byStart);
  const skip = new Blocked(blocked);
  // The same ranges merged into disjoint ones, so that each sentence visits only those it meets.
  const merged: [number, number][] = [];
  for (const r of blocked) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  // Each sentence's words, kept for the span model's windows: only when it runs, and only for the
  // sentences holding a cue (the others' words then die young instead of living to the end).
  const keepWords = lex.spans !== undefined || lex.verifier !== undefined;
  const directCues = new Set<number>();
  if (keepWords) for (const a of direct) if (a.cue) directCues.add(sentenceAt(sentences, a.cue[0]));
  let si = -1;
  let bc = 0;
  // One buffer for every sentence's marks (cleared per sentence), not one allocation each.
  let usedBuffer = new Uint8Array(0);
  let flagBuffer: Uint8Array = new Uint8Array(0);
  for (const [s0, e] of sentences) {
    si++;
    if (counter) counter.steps += 1 + ((e - s0) >> 4);
    // A wire dateline (`FRANKFURT, Oct. 30 (Wire) -`) is no part of the sentence's grammar: its place
    // is no subject that speaks (`…, saying …`).
    const s = dl && s0 < dl[1] && dl[1] < e ? dl[1] : s0;
    const words = doc.range(s, e);
    if (words.length === 0) continue;
    // Each word's lexicon flags, one lookup per word; a sentence with no hint word or colon holds
    // no cue the indirect rules read (the general rule reads the same flags).
    const wf = fillWordFlags(words, lex, flagBuffer);
    flagBuffer = wf.flags;
    const mine = wf.hint ? findIndirect(text, s, e, lex, skip, words, flagBuffer) : [];
    for (const a of mine) indirect.push(a);
    // The general rule reads the words no rule used: outside quotations, cues, sources, contents.
    // 1: inside a quotation, a cue, a content or a relay; 2: only in another attribution's source,
    // which a second attribution may share (`Blackwell pointed to …, noting that …`).
    if (usedBuffer.length < words.length) usedBuffer = new Uint8Array(Math.max(64, words.length * 2));
    // (A loop: cheaper than a call to `fill` for a sentence's few dozen words.)
    else for (let k = 0; k < words.length; k++) usedBuffer[k] = 0;
    const used = usedBuffer;
    while (bc < merged.length && merged[bc]![1] <= s) bc++;
    const ranges: (readonly [number, number])[] = [];
    const sources: (readonly [number, number])[] = [];
    for (let k = bc; k < merged.length && merged[k]![0] < e; k++) ranges.push(merged[k]!);
    for (const a of mine) {
      ranges.push(a.content);
      if (a.cue) ranges.push(a.cue);
      if (a.source) sources.push(a.source);
      if (a.via) ranges.push(a.via);
    }
    mark(words, sources, used, 2);
    mark(words, ranges, used, 1);
    const general = findGeneral(words, lex, used, counter, flagBuffer);
    for (const a of general) indirect.push(a);
    if (keepWords && (SPAN_MODEL_CONTENT || mine.length + general.length > 0 || directCues.has(si)))
      wordsBySentence[si] = words;
  }
}

/** Relays: a media attribution whose content holds another attribution's cue relays it (`all` sorted by content; the media attribution goes to `dropped`). */
function mediaRelays(
  text: string,
  all: readonly Attribution[],
  dropped: Set<Attribution>,
  doc: DocWords,
  lex: QuoteLexicon,
  index: EntityIndex,
): void {
  for (let i = 0; i < all.length; i++) {
    const outer = all[i]!;
    if (outer.direct) continue;
    // The first attribution whose cue lies in this one's content, not relayed yet: found before the
    // media test, as most contents hold none.
    let inner: Attribution | null = null;
    for (let j = i + 1; j < all.length && all[j]!.content[0] < outer.content[1]; j++) {
      const b = all[j]!;
      if (b.cue && b.cue[0] >= outer.content[0] && b.cue[1] <= outer.content[1] && !b.via) {
        inner = b;
        break;
      }
    }
    if (!inner || !mediaSource(text, outer, lex, index)) continue;
    // The relay's name without its description (`the state agency BelTA` → `BelTA`).
    inner.via = relayOf(text, outer.sourceName!, doc, lex);
    // `X condemned the move as “illegal,” according to IRNA`: the relay's own words after the
    // inner content are not part of it.
    if (outer.cue && outer.cue[0] > inner.content[0] && outer.cue[0] < inner.content[1]) {
      let end = outer.cue[0];
      while (end > inner.content[0] && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
      if (end > inner.content[0]) inner.content = [inner.content[0], end];
    }
    dropped.add(outer);
  }
}

/** A preposition or a copula right before a noun phrase (its object or complement). */
const OBJECT_BEFORE =
  /\b(?:with|of|in|on|for|from|to|by|into|was|is|were|are|be|been|after|amid|despite)\s+$/i;
/** A comma, a preposition and a relative pronoun ending a content (`…, which`, `…, in which`, `…, all of whom`). */
const RELATIVE_TAIL =
  /(?:\s*[,(—–-]\s*|\s+)(?:(?:(?:all|some|none|many|most|each|both|one|two|either|neither|the\s+\p{L}+)\s+of|in|on|at|by|for|with|from|to|during|through|under|into|over|among|after|before)\s+)?(?:which|who|whom|where|whose)$/u;
/** Participles that describe or judge, read as a reduced passive before `as` (`described as`). */
const DESCRIBED_AS =
  /^(?:described|seen|viewed|regarded|considered|labell?ed|branded|characteri[sz]ed|billed|touted|hailed|dismissed|deemed)\s+as\s/;

/**
 * True when the cue at `cue` is a participle of describing right after its source's last word, a
 * lower-case noun of no person, and before `as`: `injuries described as serious` (a reduced
 * passive), not `The president described as “absurd” the claims` (an office, the active voice).
 */
function reducedPassive(text: string, source: Span, cue: Span): boolean {
  if (source[1] + 1 !== cue[0] || text.charCodeAt(source[1]) !== 32) return false;
  if (!DESCRIBED_AS.test(text.slice(cue[0], cue[0] + 24))) return false;
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)$/u.exec(text.slice(Math.max(source[0], source[1] - 30), source[1]));
  if (!m) return false;
  // (The noun is the object of a preposition or a copula before it, `with injuries described as`,
  // `was a move seen as`: not the subject of a clause whose object was moved, `what one insider
  // described as`.)
  if (!OBJECT_BEFORE.test(text.slice(Math.max(0, source[0] - 12), source[0]))) return false;
  const word = m[1]!;
  return !personNoun({ text: word, lower: word, start: 0, end: 0 } as Word);
}

/**
 * `WHO said …`, `…, WHO warned`: the initials of the World Health Organization, no relative
 * pronoun, wherever a word beside them is in lower case (not in a headline set in capitals, `WHO
 * WILL WIN?`). The token is given a lower case of its own, outside the intern table.
 */
function acronymWho(ws: Word[]): void {
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (w.text !== 'WHO') continue;
    const prev = ws[k - 1];
    const next = ws[k + 1];
    if ((prev && /\p{Ll}/u.test(prev.text)) || (next && /\p{Ll}/u.test(next.text)))
      ws[k] = { start: w.start, end: w.end, text: w.text, lower: 'w.h.o.', id: -1 };
  }
}

/** Each attribution's spans tidied after the rules (dateline, cue, passives); agentless passives may give `heads`, deeds go to `dropped`. */
function tidyAll(
  text: string,
  all: readonly Attribution[],
  dropped: Set<Attribution>,
  heads: Attribution[],
  doc: DocWords,
  marks: DocMarks,
  pairs: readonly QuotePair[],
  dl: Span | null | undefined,
): void {
  for (const a of all) {
    // `ROTTERDAM, June 12 — Dock workers … extended their strike, the union said`: the content
    // begins after the dateline.
    if (dl && !a.direct && a.content[0] < dl[1] && a.content[1] > dl[1]) {
      let s = dl[1];
      while (s < a.content[1] && /\s/.test(text[s]!)) s++;
      a.content = [s, a.content[1]];
    }
    // `ADEN, Yemen - Yemen's Houthi rebels said …`: so does the source.
    if (dl && a.source && a.source[0] < dl[1] && a.source[1] > dl[1]) {
      let s = dl[1];
      while (s < a.source[1] && /\s/.test(text[s]!)) s++;
      a.source = [s, a.source[1]];
      if (a.sourceName && a.sourceName[0] < s) a.sourceName = [Math.min(s, a.sourceName[1]), a.sourceName[1]];
    }
    if (a.direct) {
      // A quotation stays; a clause fragment before its cue is no speaker (`to protest against what it called "…"`).
      if (!plausibleSource(text, a)) {
        a.source = null;
        a.sourceName = null;
        a.pronoun = false;
      }
      appositiveComma(text, a);
      nameOnly(text, a);
      colonToCue(text, a);
      continue;
    }
    tidy(text, a, marks);
    // `showed job openings rose to 9.61 million, which` (the nested attribution `which analysts
    // said …` cut it there): a relative pronoun left at the end belongs to the next clause.
    const tail = RELATIVE_TAIL.exec(text.slice(Math.max(a.content[0], a.content[1] - 40), a.content[1]));
    if (tail && a.content[1] - tail[0].length > a.content[0])
      a.content = [a.content[0], a.content[1] - tail[0].length];
    nameOnly(text, a);
    objectSetting(text, a, marks);
    mixedQuoteEnd(a, pairs);
    quotedObjectEnd(text, a, pairs);
    participleClauseOff(doc, a);
    // `injuries described as serious`, `a move seen as a snub`: a participle right after a noun of
    // no person, before `as`, is a reduced passive: a description by no one named, no words.
    if (a.cue && a.source && reducedPassive(text, a.source, a.cue)) {
      dropped.add(a);
      continue;
    }
    // `Internet companies have been criticized`, `Obama is expected to`: a passive cue without an
    // agent names no source (its subject is what the stance is about); nor does a verb of
    // appearance (`Mr. Clinton does not seem to …`: the writer's view of its subject).
    if (!a.cue || !a.source || a.source[1] > a.cue[0]) continue;
    // (The cue's own tests first: the 120 characters after it are read only for a passive cue.)
    const facts = cueFacts(text, a.cue);
    if (
      ((facts & (C_PASSIVE | C_EXPERIENCER)) === C_PASSIVE ||
        (facts & C_RAISING) !== 0 ||
        ((facts & C_TELLING_PASSIVE) !== 0 &&
          ((facts & C_CONTRACTED_BE) !== 0 || CONTRACTED_BE.test(text.slice(a.source[1], a.cue[0]))))) &&
      !QUOTED_AS.test(text.slice(a.cue[0], Math.min(text.length, a.cue[1] + 120)))
    ) {
      // `The car was unveiled on Sunday`, `Mayer was named chairman`: a passive of a deed (making,
      // naming, giving, showing a thing) without an agent reports no one's stance.
      if ((facts & C_DEED_PASSIVE) !== 0) {
        dropped.add(a);
        continue;
      }
      // `HP is called “feather duvet lung.”`, `the strait, known as …`: a name given in the
      // passive with no one who gives it (`was called a traitor by rivals` has an agent).
      // (`I was reminded of my father`: a memory stirred, no words; `is assured of winning 334
      // delegates`, `is assured to be shut out`: a sure outcome, no one assuring.)
      if (
        /\b(?:reminded|assured)\s+of$/.test(text.slice(a.cue[0], a.cue[1])) ||
        (/\bassured$/.test(text.slice(a.cue[0], a.cue[1])) &&
          /^\s+(?:of|to)\s/.test(text.slice(a.cue[1], a.cue[1] + 5)))
      ) {
        dropped.add(a);
        continue;
      }
      if (
        NAMING_PASSIVE.test(text.slice(a.cue[0], a.cue[1])) &&
        NAME_GIVEN.test(text.slice(a.cue[1], Math.min(text.length, a.cue[1] + 6))) &&
        !/\sby\s/.test(text.slice(a.cue[1], Math.min(text.length, a.cue[1] + 80)))
      ) {
        dropped.add(a);
        continue;
      }
      // `He was branded a traitor by party loyalists`, `The plan was described as reckless by
      // economists`: the agent after a short complement speaks; the complement is what was said
      // of the subject, which is said of as well.
      const agent = (facts & C_TELLING_PASSIVE) === 0 ? agentAfterComplement(text, a) : null;
      if (agent) {
        subjectContent(a, heads);
        heads[heads.length - 1]!.source = agent.source;
        heads[heads.length - 1]!.sourceName = agent.source;
        a.content = agent.content;
        a.source = agent.source;
        a.sourceName = agent.source;
        a.pronoun = false;
        continue;
      }
      // (`Jokes are told, …`: what was told is the subject when no clause or object follows.)
      if ((facts & C_TELLING_PASSIVE) === 0 || text.slice(a.cue[1], a.content[0]).includes(',')) {
        subjectContent(a, heads);
        // `No deaths have been reported, but at least 27 homes were destroyed`: a clause joined
        // after a comma is the writer's next statement, not what was reported.
        if (
          /^\s*,\s*$/.test(text.slice(a.cue[1], a.content[0])) &&
          COORDINATED_OPENER.test(text.slice(a.content[0], Math.min(a.content[1], a.content[0] + 9)))
        ) {
          dropped.add(a);
          continue;
        }
      }
      a.source = null;
      a.sourceName = null;
      a.pronoun = false;
    }
  }
}

/** The attributions of `all` kept (plausible source, no physical act or dateline label) into `kept`; page furniture and asides among them into `furniture`. */
function keepPlausible(
  text: string,
  all: readonly Attribution[],
  dropped: ReadonlySet<Attribution>,
  index: EntityIndex,
  pairs: readonly QuotePair[],
  kept: Attribution[],
  furniture: Set<Attribution>,
): void {
  const head = headEnd(text);
  const teasers = new TeaserLines(text, head);
  for (const a of all) {
    // `However, employees were told …`, `Shortly after, claiming …`: a connective or an article
    // alone is no source; the attribution stays without one.
    if (
      a.source &&
      ((a.source[1] - a.source[0] <= 10 && loneConnective(text, a.source)) ||
        (PREPOSITION_FIRST.has(text.charCodeAt(a.source[0]) | 32) &&
          PREPOSITION_OPENER.test(text.slice(a.source[0], Math.min(a.source[1], a.source[0] + 12)))))
    ) {
      a.source = null;
      a.sourceName = null;
      a.pronoun = false;
    }
    if (
      !dropped.has(a) &&
      (a.direct || plausibleSource(text, a)) &&
      !physicalAct(text, a, index) &&
      !datelineLabel(text, a, index)
    ) {
      kept.push(a);
      // Page furniture and the writer's asides (see these tests) are dropped only after the span
      // rules and models ran on every attribution, as they did before these tests existed.
      if (
        readerSource(text, a) ||
        straddlesQuotation(a, pairs) ||
        teasers.has(a) ||
        colonField(text, a, head, (s, e) => (index.empty ? null : labelPerson(index, s, e)))
      )
        furniture.add(a);
    }
  }
}

/** The quotes of the attributions kept, in order: the verifier's and the last tests, then each speaker resolved and the mention made. */
function speakAll(
  text: string,
  sentences: readonly (readonly [number, number])[],
  lex: QuoteLexicon,
  index: EntityIndex,
  kept: readonly Attribution[],
  furniture: ReadonlySet<Attribution>,
  reaching: ReadonlySet<Attribution>,
  wordsBySentence: readonly Word[][],
  refined: ReadonlySet<Attribution> | null,
  marks: DocMarks,
): FoundQuote[] {
  const verifier = lex.verifier;
  const feats: number[] = [];
  const resolver = new SpeakerResolver(text, index, lex);
  const out: FoundQuote[] = [];
  // The last speaker who issued a document (`in a statement`), for `The statement added …`.
  let issued: { noun: string; speaker: ReturnType<SpeakerResolver['speaker']>; at: number } | null = null;
  // The attribution with a speaker that ends last so far, and its end.
  let last: Attribution | null = null;
  let lastEnd = -1;
  // The end of the last attribution with a source by any rule (`auditors found …` after it).
  let sourcedEnd = -1;
  // The last attribution kept with a speaker's name, by any rule (for a quotation that finishes its
  // reported clause: `writing that Vogel had “defended …”`).
  let lastNamed: Attribution | null = null;
  for (const a of kept) {
    if (furniture.has(a)) continue;
    // A reported content that is one particle (`thinks of` whose object another attribution took):
    // nothing said is left.
    if (
      !a.direct &&
      a.content[1] - a.content[0] <= 5 &&
      LONE_PARTICLE.test(text.slice(a.content[0], a.content[1]))
    )
      continue;
    // Reported speech the verifier scores under its threshold is dropped (direct quotations stay,
    // and so does a label given in quotation marks: `with the ambassador calling the demand
    // “reckless”`, whose determiner and participle the verifier reads as a noun phrase).
    if (
      verifier &&
      !a.direct &&
      a.cue &&
      !quotedLabel(text, a) &&
      !verified(verifier, text, a, wordsBySentence[sentenceAt(sentences, a.cue[0])] ?? [], feats)
    )
      continue;
    // `Buckley learned who had written the song`, `wanted to know who approved the deals`: `who`
    // after a verb of knowing opens a question; no one named says anything.
    if (a.source && embeddedQuestion(text, a.source)) continue;
    // `The senator is known for his temper`: a reputation, not a report; with no one who knows it
    // named, nothing is attributed.
    if (!a.source && a.cue && a.cue[1] - a.cue[0] <= 24 && KNOWN_FOR.test(text.slice(a.cue[0], a.cue[1])))
      continue;
    // A deed or a refusal to comment is no reported speech (after the verifier and the inner-cue
    // test, which read it as one); its subject is still resolved, for the pronouns after it.
    const deed = deedAct(text, a);
    // (After the verifier, which read the attribution as the rules made it.)
    if (reaching.has(a)) {
      a.source = null;
      a.sourceName = null;
      a.pronoun = false;
    }
    // `Sen. Maria Cantwell, D-Wash., criticized …`: a party and state tag is no part of the name.
    if (a.sourceName) a.sourceName = withoutPartyTag(text, a.sourceName);
    // `However, the group raised alarm …, and said …`: a connective alone is no speaker's name
    // (the span model or a clause read as the source may leave one); better none than it.
    const lone = a.source !== null && loneConnective(text, a.source);
    if (lone) a.source = null;
    if (a.sourceName && (lone || loneConnective(text, a.sourceName))) {
      a.sourceName = null;
      a.pronoun = false;
    }
    // `…, Lee said. “…”`: a quotation no rule attributed, right after an attribution's sentence in
    // its paragraph (or opening the next one), goes on with that speaker. It has no cue or speaker
    // phrase of its own in its sentence: only the speaker's name is carried (for its resolution).
    // (From the end of the attribution's sentence: `…, he said in an interview. “…”`, `Carter said
    // that …, but this would not happen.` leave words of their own after the attribution.)
    if (
      a.rule === 'direct/unattributed' &&
      last &&
      a.content[0] > lastEnd &&
      (goesOn(text, lastEnd, a.content[0]) ||
        // (Not past another speaker in the rest of that sentence: `The mayor said …, but auditors
        // found a gap. “…”`.)
        (sourcedEnd <= lastEnd &&
          goesOn(text, sentenceEnd(sentences, lastEnd - 1, a.content[0]), a.content[0])))
    ) {
      a.stance = last.stance;
      a.sourceName = last.sourceName;
      a.via = last.via;
      a.pronoun = last.pronoun;
      a.rule = 'direct/goes-on';
    } else if (
      a.rule === 'direct/unattributed' &&
      lastNamed &&
      (finishesClause(text, lastNamed.content[1], a.content[0], a.content[1]) ||
        colonInside(text, lastNamed.content, a.content)) &&
      // (Not a lone lower-case word other than a pronoun: `for` of a general rule's stray source.)
      (lastNamed.pronoun || !LONE_LOWER.test(text.slice(lastNamed.sourceName![0], lastNamed.sourceName![1])))
    ) {
      a.stance = lastNamed.stance;
      a.sourceName = lastNamed.sourceName;
      a.via = lastNamed.via;
      a.pronoun = lastNamed.pronoun;
      a.rule = 'direct/finishes-clause';
    } else if (
      a.rule === 'direct/unattributed' &&
      countWords(text, a.content[0], a.content[1]) < MIN_ORPHAN_WORDS
    )
      continue;
    // (Another speaker's: `…, citing procedural errors` shares the last speaker's source.)
    if (a.source && !(last?.source && a.source[0] === last.source[0] && a.source[1] === last.source[1]))
      sourcedEnd = Math.max(sourcedEnd, a.content[1], a.source[1], a.cue?.[1] ?? -1);
    // Only a verb of saying by a rule of speech: not a general rule's cue (`sings`), nor a noun
    // with its preposition (`claims about`).
    if (
      !deed &&
      a.source &&
      a.cue &&
      !a.rule.startsWith('general') &&
      a.stance !== 'other' &&
      a.stance !== 'believed' &&
      (cueFacts(text, a.cue) & C_NOUN_END) === 0
    ) {
      const end = Math.max(a.content[1], a.source[1], a.cue[1]);
      if (end > lastEnd) {
        last = a;
        lastEnd = end;
      }
    }
    let speaker = resolver.speaker(
      withoutMarks(text, a.sourceName),
      a.pronoun,
      a.content,
      a.source,
      a.rule.startsWith('indirect/which'),
    );
    // `In a statement, the group said … The statement added …`: the document speaks for whoever
    // issued it in an attribution shortly before.
    const paper = a.sourceName && a.cue ? issuedNoun(text, a.sourceName) : null;
    if (paper && issued && issued.noun === paper && a.cue![0] - issued.at <= ISSUED_REACH)
      speaker = issued.speaker;
    if (!deed && a.cue && (speaker.span || speaker.text) && !paper) {
      const noun = issuedIn(text, a, marks);
      if (noun) issued = { noun, speaker, at: a.cue[1] };
    }
    if (deed) continue;
    if (a.sourceName && !a.direct) lastNamed = a;
    // (A relay read inside the speaker's own name is no other relay: `according to a readout
    // released by the White House`, where the issuer speaks.)
    const via = resolver.relay(
      a.via && a.sourceName && a.via[0] >= a.sourceName[0] && a.via[1] <= a.sourceName[1] ? null : a.via,
    );
    out.push({
      attribution: a,
      mention: {
        kind: 'quote',
        span: a.content,
        by: byTag(a.rule, refined?.has(a) === true),
        direct: a.direct,
        cue: a.cue,
        stance: a.stance,
        speaker: speaker.span,
        speakerText: speaker.text,
        via: via.span,
        viaText: via.text,
        source: a.source,
      },
    });
  }
  return out;
}

/** Last words of a reported clause that a quotation finishes (`Vogel had “…”`, `the plan was “…”`, `described it as “…”`). */
const OPEN_CLAUSE_ENDS: ReadonlySet<string> = new Set(
  'had has have was were is are be been being would will could should might must can may as of to that the a an its their his her our'.split(
    ' ',
  ),
);
/** A single lower-case word. */
const LONE_LOWER = /^\p{Ll}+$/u;

/**
 * True when the quotation with content `[qs, qe)` opens right after a reported content ending at
 * `end` (white space and its opening mark between) whose last word leaves the clause open
 * (OPEN_CLAUSE_ENDS): `writing that Vogel had “defended the currency when it was not popular”`.
 * The quotation is the rest of that content, in the speaker's words.
 */
function finishesClause(text: string, end: number, qs: number, qe: number): boolean {
  if (qs <= end || qs - end > 3) return false;
  for (let i = end; i < qs; i++) {
    const c = text[i]!;
    if (!(c === ' ' || c === '\u00a0' || GOES_ON_MARKS.has(c))) return false;
  }
  const last = /(\p{L}+)$/u.exec(text.slice(Math.max(0, end - 12), end));
  return last !== null && OPEN_CLAUSE_ENDS.has(last[1]!) && countWords(text, qs, qe) >= MIN_FINISHING_WORDS;
}

/**
 * True when quotation content `q` lies inside reported content `c` right after a colon (white space
 * and its opening mark between): `Amar said that …, a bargain might be possible: “Each side gets
 * …”`. The speaker of the report says the quotation.
 */
function colonInside(text: string, c: Span, q: Span): boolean {
  if (q[0] <= c[0] || q[1] > c[1] + 2) return false;
  let i = q[0] - 1;
  for (let n = 0; n < 4 && i > c[0] && (text[i] === ' ' || GOES_ON_MARKS.has(text[i]!)); n++) i--;
  return text[i] === ':' && countWords(text, q[0], q[1]) >= MIN_FINISHING_WORDS;
}

/** Documents a speaker issues, which may speak for it after (`The statement added …`). */
const ISSUED_NOUN = /^the\s+(statement|letter|memo|release|post|report|filing)$/i;
/** Most characters from the issuer's attribution to the document speaking. */
const ISSUED_REACH = 1500;
/** The document a source phrase `[s, e)` is (`The statement`), lower-case, or null. */
function issuedNoun(text: string, [s, e]: Span): string | null {
  if (e - s > 16 || (text.charCodeAt(s) | 32) !== 116) return null;
  return ISSUED_NOUN.exec(text.slice(s, e))?.[1]?.toLowerCase() ?? null;
}
/** `in a statement`, `in a letter` in the 40 characters before an attribution's source or after its cue (see ISSUED_IN). */
function issuedIn(text: string, a: Attribution, marks: DocMarks): string | null {
  const from = a.source ? Math.min(a.source[0], a.cue![0]) : a.cue![0];
  // (Only where a token holds one of the nouns as a word, or where a slice below ends inside a word
  // right after one: most attributions have none near.)
  if (!issuedNear(text, marks, from, a.cue![1])) return null;
  const before = text.slice(Math.max(0, from - 40), from);
  const after = text.slice(a.cue![1], a.cue![1] + 40);
  return (ISSUED_IN.exec(before) ?? ISSUED_IN.exec(after))?.[1]?.toLowerCase() ?? null;
}

/**
 * False when neither slice that `issuedIn` reads (the 40 characters before `from`, and after
 * `cueEnd`) can hold a match of ISSUED_IN: no token near holds one of its nouns as a word
 * (`M_ISSUED`), and neither slice ends inside a word right after one (`in a post|ing`, where the
 * slice's end is the pattern's `\b`). Exported for a test.
 */
export function issuedNear(text: string, marks: DocMarks, from: number, cueEnd: number): boolean {
  return (
    marks.meets(M_ISSUED, Math.max(0, from - 40), cueEnd + 40) ||
    cutAfterNoun(text, from) ||
    cutAfterNoun(text, cueEnd + 40)
  );
}

/** `ISSUED_IN`'s nouns ending a text after white space. */
const ISSUED_END = /\s(?:statement|letter|memo|release|post|report|filing)$/iu;

/** True when a slice ending at `e` cuts a word right after one of ISSUED_IN's nouns (word units on both sides). */
function cutAfterNoun(text: string, e: number): boolean {
  if (e <= 0 || e >= text.length || !reWordUnit(text.charCodeAt(e - 1)) || !reWordUnit(text.charCodeAt(e)))
    return false;
  // (The pattern only where white space stands before 4, 6, 7 or 9 units: the nouns' lengths.)
  return (
    (spaceBefore(text, e - 5) ||
      spaceBefore(text, e - 7) ||
      spaceBefore(text, e - 8) ||
      spaceBefore(text, e - 10)) &&
    ISSUED_END.test(text.slice(Math.max(0, e - 10), e))
  );
}

/** True when the unit at `k` may be white space of a pattern's `\s` (control units and the spaces above ASCII included). */
function spaceBefore(text: string, k: number): boolean {
  // (Every unit up to the space, a superset of `\s` there: a gate lets through every match.)
  const c = text.charCodeAt(k);
  return c <= 32 || isSpaceUnit(c);
}

/** A unit the pattern's `\b` may count as a word's (ASCII letters, digits, `_`, and `ſ`, `K` its case folding maps to them). */
function reWordUnit(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 0x17f ||
    c === 0x212a
  );
}

/**
 * The capitalised words and a preposition before a speaker's name inside its source (`The Centers
 * for` before `Disease Control`, `The High Commissioner for` before `Human Rights`): the name of a
 * body cut at its inner preposition. Capitalised words (initials, `&`, hyphens) then `of`, `for`
 * or `on` and perhaps `the`; the parts match disjoint characters (no backtracking), on 80 at most.
 */
const BODY_HEAD = /^(?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+)+(?:of|for|on)\s+(?:the\s+)?$/u;

/** Name `n` without a party and state tag after its last comma (`, D-Wash.,`: `partyTag`), or `n`. */
function withoutPartyTag(text: string, n: [number, number]): [number, number] {
  if (n[1] - n[0] > 80) return n;
  const name = text.slice(n[0], n[1]);
  const comma = name.lastIndexOf(', ');
  return comma > 0 && partyTag(name.slice(comma + 2)) ? [n[0], n[0] + comma] : n;
}
/** The cue of a reputation (`is known for`, `are best known for`, `was once known as`). */
const KNOWN_FOR = /\bknown(?:\s+(?:for|as))?$/;
/** Words after which `who` or `which` opens a question, not a relative clause (`learned who wrote it`). */
const QUESTION_EMBEDDERS: ReadonlySet<string> = new Set(
  'know knew known knows learn learned learnt learns ask asked asks asking wonder wondered wonders see saw seen find found reveal revealed reveals determine determined show showed shows decide decided explain explained understand understood remember remembered forget forgot unclear clear sure certain say said says tell told confirm confirmed disclose disclosed identify identified specify specified establish established'.split(
    ' ',
  ),
);

/** True when source `src` is a lone lower-case `who`/`which` right after a verb of knowing (QUESTION_EMBEDDERS). */
function embeddedQuestion(text: string, src: readonly [number, number]): boolean {
  if (src[1] - src[0] !== 3 && src[1] - src[0] !== 5) return false;
  const w = text.slice(src[0], src[1]);
  if (w !== 'who' && w !== 'which') return false;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, src[0] - 24), src[0]));
  return before !== null && QUESTION_EMBEDDERS.has(before[1]!);
}

/** Widens a speaker's name to the whole name of a body its source holds (see BODY_HEAD). */
function wholeBodyName(text: string, a: Attribution): void {
  const src = a.source;
  const name = a.sourceName;
  if (!src || !name || name[0] <= src[0] || name[1] > src[1] || name[0] - src[0] > 80) return;
  const head0 = text.slice(src[0], name[0]);
  if (!BODY_HEAD.test(head0)) return;
  // (`Footage of the mayor shouting`, sentence-initial: a recording, no body.)
  const one = /^(\p{L}+)\s+of\s+(?:the\s+)?$/u.exec(head0);
  if (one && RECORDINGS.has(one[1]!.toLowerCase()) && participleCue(text, a)) return;
  const head = text.slice(src[0], src[0] + 4) === 'The ' ? src[0] + 4 : src[0];
  a.sourceName = [head, name[1]];
}

/** A cue ending with a preposition after a noun (`claims about`, `warning of`): no verb of saying. */
const NOUN_CUE_END = /\s(?:about|of|on|over|for|to|against|with)$/;

/** Most characters between an attribution and a quotation that goes on with its speaker. */
const GOES_ON_GAP = 12;

/**
 * True when only the end of a sentence (and closing marks) stands between `from` and the content
 * start `to` of a quotation, with at most one paragraph break: `…, he said. “…` or `…, she said.⏎⏎“…`.
 */
/**
 * The last character of the sentence holding `at` (its stop, read by `goesOn`), when the sentence
 * ends before `limit`; else `at` + 1.
 */
function sentenceEnd(sentences: readonly (readonly [number, number])[], at: number, limit: number): number {
  const si = sentenceAt(sentences, at);
  const e = si >= 0 ? sentences[si]![1] - 1 : at + 1;
  return e > at && e < limit ? e : at + 1;
}

function goesOn(text: string, from: number, to: number): boolean {
  if (to - from > GOES_ON_GAP) return false;
  let stop = false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?') stop = true;
    else if (c === '\n') {
      breaks++;
      stop = true;
    } else if (
      !(c === ' ' || c === '\r' || c === '\t' || c === '\u00a0' || c === ',' || GOES_ON_MARKS.has(c))
    )
      return false;
  }
  return stop && breaks <= 2;
}
const GOES_ON_MARKS: ReadonlySet<string> = new Set(['“', '”', '"', '’', "'", '«', '»', '„']);

/**
 * `Cruz, leading narrowly in Iowa polls, said`, `Trump, speaking at a rally in Wilmington, N.C.,
 * warned`: a participle clause between a name and its cue is no part of the speaker; the source
 * ends with the name. Run after the general rule has read the sentence, so the clause's words stay
 * unread by it, as before. Reads the source's words once.
 */
function participleClauseOff(doc: DocWords, a: Attribution): void {
  if (!a.source || a.source[1] - a.source[0] > 400) return;
  // Most sources hold no comma: no words are read for them (the scan stays inside the source).
  const t = doc.text;
  let comma = false;
  for (let i = a.source[0]; i < a.source[1] && !comma; i++) comma = t.charCodeAt(i) === 44;
  if (!comma) return;
  const ws = doc.range(a.source[0], a.source[1]);
  for (let p = 1; p + 1 < ws.length; p++) {
    const t = ws[p]!.text;
    if ((t === '.' && !stopStaysInName(ws[p - 1]!.text, true)) || /^[;:"“”()]$/.test(t)) return;
    if (t !== ',') continue;
    if (!participleClauseStart(ws[p + 1]!)) continue;
    if (!isCapitalised(ws[p - 1]!)) return;
    const end = ws[p - 1]!.end;
    a.source = [a.source[0], end];
    if (a.sourceName && a.sourceName[1] > end) a.sourceName = [a.sourceName[0], end];
    return;
  }
}

/** A one-word participle cue (`adding`, `referring`, `pointing out`: its first word). */
const PARTICIPLE_CUE = /^\p{Ll}+ing(?:\s+\p{Ll}+)?$/u;

/**
 * `“…,” he said of the group, adding that …`, `said Jim Hale, a former chairman, referring to …`,
 * `Corker said in an interview Wednesday, pointing out that …`: a participle cue after a comma
 * that found no source of its own shares the source of the attribution right before it in the
 * sentence (the main clause it hangs on). `kept` is sorted by cue; each attribution reads only its
 * predecessor.
 */
function shareParticipleSources(
  text: string,
  kept: Attribution[],
  sentences: readonly (readonly [number, number])[],
): void {
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i]!;
    if (a.source || a.direct || !a.cue || (cueFacts(text, a.cue) & C_PARTICIPLE) === 0) continue;
    // A comma right before the cue (spaces and a closing quotation mark between them allowed).
    let k = a.cue[0] - 1;
    while (k >= 0 && k > a.cue[0] - 4 && (text[k] === ' ' || MARKS.has(text[k]!))) k--;
    if (k < 0 || text[k] !== ',') continue;
    const p = kept[i - 1]!;
    if (
      !p.source ||
      !p.cue ||
      p.cue[1] > k ||
      sentenceAt(sentences, p.cue[0]) !== sentenceAt(sentences, a.cue[0])
    )
      continue;
    a.source = p.source;
    a.sourceName = p.sourceName;
    a.pronoun = p.pronoun;
    a.rule = `${a.rule}+shared-source`;
  }
}

/** Quotation marks that may open or close a quotation beside a speaker's name. */
const MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„']);

/** `MARKS.has(text[i])` by the unit's code (no one-unit string and set lookup per read; exported for a test). */
export function markUnit(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b)
  );
}
const SPACE = /\s/;

/**
 * A speaker's name span without quotation marks at its ends: a mark opening it (`“Russia`), or one
 * standing apart at its end (`Hong Kong '` before a quotation that opens with a straight quote); a
 * mark joined to the last word (`the states'`) stays. Spaces go with them.
 */
export function withoutMarks(text: string, span: [number, number] | null): [number, number] | null {
  if (span === null) return null;
  let [a, b] = span;
  while (
    b > a &&
    (spaceUnit(text.charCodeAt(b - 1)) ||
      (markUnit(text.charCodeAt(b - 1)) && (b - 1 === a || spaceUnit(text.charCodeAt(b - 2)))))
  )
    b--;
  while (a < b && (spaceUnit(text.charCodeAt(a)) || markUnit(text.charCodeAt(a)))) a++;
  return a < b ? [a, b] : span;
}

/** The quote stage: direct and reported speech with cue, stance, speaker and relay. */
export const quoteStage: Stage = {
  name: NAME,
  version: VERSION,
  produces: 'quote',
  needs: ['sentence', 'entity'],
  run(ctx, view) {
    return findQuotes({
      text: ctx.text,
      sentences: view.of('sentence').map((s) => s.span),
      entities: view.of('entity'),
      dateline: ctx.dateline?.span ?? null,
      outlets: ownOutlets(ctx),
    }).map((f) => f.mention);
  },
};

/**
 * `A group of physicians, alarmed that the Trump administration is urging …`, `Surveillance video
 * shows the victim's mother knocked …`, `Dale and Martha disputed that Mike saying …`: a source
 * that holds another attribution's cue reaches into that attribution and is no one's voice; the
 * attribution stays, without a source (not after a comma: a relative clause or an appositive after
 * a name holds cues of its own). Returns those attributions: the caller drops their source
 * after the verifier has read them. Cues are found by a binary search over their starts, each
 * source reading only the cues that start inside it.
 */
function innerCueSources(text: string, all: readonly Attribution[]): Set<Attribution> {
  const out = new Set<Attribution>();
  const cues: (readonly [number, number])[] = [];
  for (const a of all) if (a.cue) cues.push(a.cue);
  if (cues.length < 2) return out;
  sortRuns(cues, byStart);
  for (const a of all) {
    if (a.direct || !a.source || !a.cue) continue;
    const [s, e] = a.source;
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cues[m]![0] < s) lo = m + 1;
      else hi = m;
    }
    let inner = -1;
    for (let k = lo; inner < 0 && k < cues.length && cues[k]![0] < e; k++)
      if (cues[k]![1] <= e && cues[k] !== a.cue) inner = cues[k]![0];
    if (inner < 0) continue;
    // `Mr. Hale, who said last week that he would run, argued …`: a cue in a relative clause or an
    // appositive after the name's comma leaves the name before it speaking.
    let comma = false;
    for (let i = s; i < inner && !comma; i++) comma = text.charCodeAt(i) === 44;
    if (!comma) out.add(a);
  }
  return out;
}
