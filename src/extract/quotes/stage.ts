import type { EntityMention, QuoteMention } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { DocWords, type Word } from '../quantities/words.ts';
import type { WorkCounter } from '../segment/work.ts';
import type { Stage } from '../types.ts';
import type { Attribution } from './attribution.ts';
import { SPAN_MODEL_CONTENT } from './constants.ts';
import { findDirect } from './direct.ts';
import { findGeneral } from './general.ts';
import { findIndirect } from './indirect.ts';
import { EN_QUOTES, type QuoteLexicon } from './lexicon.ts';
import { pairQuotes } from './marks.ts';
import { NameMemo } from './memo.ts';
import { cuePrefix, rangeSpan, relayName } from './phrases.ts';
import { refineSpans } from './span-refine.ts';
import { EntityIndex, SpeakerResolver } from './speakers.ts';
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

/** Index of the sentence holding offset `at` (binary search), -1 when none does. */
function sentenceAt(sentences: readonly (readonly [number, number])[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sentences[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return mid;
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
}

/** An attribution with its speaker and relay resolved: what the stage emits, plus the source span for evaluation. */
export interface FoundQuote {
  readonly attribution: Attribution;
  readonly mention: QuoteMention;
}

const LEAD =
  /^(?:But|And|As|So|Yet|Still|Then|However|Meanwhile|Now|While|When|Also|Even|Only|Instead|Indeed|Though|Although|Because|Since|If|Later|Earlier|Separately)\s+(?=\S)/;
const PREV_WORD = /(?:^|\s)([\p{L}'’]+)\s+$/u;
/** Particles after a cue that belong to it (`called for`, `spoke of`, `pointed out`). */
const CUE_PARTICLE = /^(for|about|of|on|with|against|out|up)\s+(?=\S)/;
/** A cue in the passive: a form of `be`, adverbs, a past participle at its end. */
const PASSIVE_CUE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+\s+){0,2}?(?:\p{Ll}+ed|told|said|known|seen|shown|thought|given|written|heard|held|made|taken)(?:\s+(?:for|about|of|on|with|against|out|up)|:)?$/u;

/**
 * The span conventions of attribution corpora: a cue holds the auxiliaries and adverbs right
 * before it (`has also said`, `happily retweeted`), a speaker phrase with an appositive holds its
 * closing comma (`Carly Fiorina, a Republican hopeful,`) and no leading connective (`But Cox`).
 */
function tidy(text: string, a: Attribution): void {
  if (a.source) {
    const m = LEAD.exec(text.slice(a.source[0], a.source[1]));
    if (m && a.source[0] + m[0].length < a.source[1]) {
      const s = a.source[0] + m[0].length;
      a.source = [s, a.source[1]];
      if (a.sourceName && a.sourceName[0] < s && a.sourceName[1] > s) a.sourceName = [s, a.sourceName[1]];
    }
  }
  if (!a.cue) return;
  // `called for X`, `talked about X`, `said: X`: a particle or colon between cue and content is the
  // cue's (on PolNeAR train these words sit in the cue 10-30 times as often as they open a content).
  if (a.content[0] >= a.cue[1]) {
    const gap = text.slice(a.cue[1], a.content[0]);
    if (/^\s*:\s*$/.test(gap)) a.cue = [a.cue[0], a.cue[1] + gap.indexOf(':') + 1];
    else if (/^\s*$/.test(gap)) {
      const m = CUE_PARTICLE.exec(text.slice(a.content[0], Math.min(a.content[1], a.content[0] + 12)));
      if (m && a.content[0] + m[0].length < a.content[1]) {
        a.cue = [a.cue[0], a.content[0] + m[1]!.length];
        a.content = [a.content[0] + m[0].length, a.content[1]];
      }
    }
  }
  // `led comfortably in most polls`: the adverb before a postposed `in` is the clause's.
  if (a.rule === 'general/evidence-after') {
    appositiveComma(text, a);
    return;
  }
  const floor = a.source && a.source[1] <= a.cue[0] ? a.source[1] : Math.max(0, a.cue[0] - 60);
  for (let guard = 0; guard < 4; guard++) {
    const m = PREV_WORD.exec(text.slice(Math.max(floor, a.cue[0] - 30), a.cue[0]));
    if (!m) break;
    const w = m[1]!;
    if (!cuePrefix({ text: w, lower: w.toLowerCase(), start: 0, end: 0 })) break;
    a.cue = [a.cue[0] - m[0].length + (m[0].length - m[0].trimStart().length), a.cue[1]];
  }
  appositiveComma(text, a);
}

/**
 * What follows a speaker's name after a comma that is not a description of the speaker: an age, a
 * setting or a connective (`Sarandon, 69, said`, `Rogers, for example, said`, `McKeague, writing for
 * the majority, said`). PolNeAR's sources end at the name then; descriptions (`Amy Pope, a deputy
 * adviser,`) stay, and so do relative clauses (`Barkley, who votes …,`), which PolNeAR splits both
 * ways (cutting them lowered dev source F1 0.6226 → 0.6198).
 */
const NOT_APPOSITIVE =
  /,\s*(?:\d{1,3}\b|(?:in|for|during|after|before|at|speaking|writing|meanwhile|however|though|too|also)\b)/;

/** A time closing a source phrase (`A court in Baku on Friday ordered …`): when, not who. */
const TRAILING_TIME =
  /\s+(?:on|last|this|early|late|earlier|later)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|week|month|year|today|yesterday)$|\s+(?:on\s+)?(?:today|yesterday)$/;

/** Cuts a source before a comma that opens an age, a setting or a connective (see above); a speaker's name before a closing time. */
function nameOnly(text: string, a: Attribution): void {
  if (!a.source) return;
  // The speaker's name ends before it; the source span keeps it, as PolNeAR's sources do.
  if (a.sourceName) {
    const t = TRAILING_TIME.exec(text.slice(a.sourceName[0], a.sourceName[1]));
    if (t && t.index > 0) a.sourceName = [a.sourceName[0], a.sourceName[0] + t.index];
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
    /^\s*,\s*$/.test(text.slice(a.source[1], a.cue[0])) &&
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
  for (let k = 0; k < words.length; k++) {
    const at = words[k]!.start;
    while (r < ranges.length && ranges[r]![0] <= at) reach = Math.max(reach, ranges[r++]![1]);
    if (at < reach) used[k] = value;
  }
}

/** The lexicon's media words found in a name, by name and lexicon, across documents. */
const MEDIA_HINT = new NameMemo((name, lex) => lex.mediaHint.test(name));

/** True when the relay phrase of an outer attribution is a media word or entity. */
function mediaSource(text: string, a: Attribution, lex: QuoteLexicon, index: EntityIndex): boolean {
  if (!a.sourceName) return false;
  // The media words' test, once per name while the memo holds it (speakers recur).
  if (MEDIA_HINT.get(text.slice(a.sourceName[0], a.sourceName[1]), lex)) return true;
  const m = index.inside(a.sourceName[0], a.sourceName[1]);
  return m?.type === 'media';
}

/** True when the speaker phrase's head names forces or hardware (`Russian forces attacked posts`): they act, they do not speak. */
function muteSource(text: string, a: Attribution, lex: QuoteLexicon): boolean {
  if (!a.sourceName) return false;
  // The last word: from the last space of the name (a mute head is a plain lower-case noun).
  const [from, to] = a.sourceName;
  const head = text.slice(Math.max(from, text.lastIndexOf(' ', to - 1) + 1), to);
  return lex.speakers.get(head.toLowerCase()) === 'mute';
}

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
  const phrase = text.slice(a.source[0], a.source[1]).trim().toLowerCase();
  const first = /^[\p{L}'’]+/u.exec(phrase)?.[0] ?? '';
  if (NOT_SOURCE_OPENERS.has(first)) return false;
  return !(PAGE_LABELS.has(phrase.replace(/[:\s]+$/, '')) && !phrase.includes(' '));
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
  for (; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39)) break;
  }
  // The first word must end at an ASCII space with a non-space after it, inside the phrase.
  if (i === w0 || i + 1 >= e || text.charCodeAt(i) !== 32) return null;
  const next = text.charCodeAt(i + 1);
  if (next <= 32 || next >= 127) return null;
  return !NOT_SOURCE_OPENERS.has(text.slice(w0, i).toLowerCase());
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
  if (a.direct || !a.cue || !PHYSICAL_CUES.test(text.slice(a.cue[0], a.cue[1]))) return false;
  const content = text.slice(a.content[0], a.content[1]);
  if (/^(?:the|a|an|its|their|his|her)\s+\p{Ll}/iu.test(content) && !GRIEVANCE.test(content)) return true;
  // `Russia attacked Kharkiv, wounding 12`: a place attacked is struck, not criticised.
  const place = index.inside(a.content[0], Math.min(a.content[1], a.content[0] + 60), PLACES);
  return place !== null && place.span[0] === a.content[0];
}

/** Entity types a physical act strikes (a person or a party attacked may be criticised). */
const PLACES: ReadonlySet<string> = new Set(['gpe', 'location', 'facility']);

/**
 * Finds quotes and reported speech: direct quotations from paired marks, then indirect speech per
 * sentence outside them; an attribution by a media source around another one becomes that one's
 * relay (`X announced that …, media reported`). Speakers are resolved in text order.
 */
export function findQuotes(input: QuoteInput): FoundQuote[] {
  const { text, sentences } = input;
  const lex = input.lexicon ?? EN_QUOTES;
  const index = new EntityIndex(input.entities ?? []);
  const pairs = pairQuotes(text, input.counter);
  // One scan of the document: each sentence's words and each window's are read from it.
  const doc = new DocWords(text);
  const direct = findDirect(text, pairs, lex, doc);
  // Offsets inside direct quotations or on their cue words are not scanned for indirect speech.
  const blocked: [number, number][] = [];
  for (const a of direct) {
    blocked.push([a.content[0] - 1, a.content[1] + 1]);
    if (a.cue) blocked.push(a.cue);
  }
  blocked.sort(byStart);
  let cursor = 0;
  const skip = (at: number): boolean => {
    while (cursor < blocked.length && blocked[cursor]![1] <= at) cursor++;
    for (let k = cursor; k < blocked.length && blocked[k]![0] <= at; k++)
      if (at < blocked[k]![1]) return true;
    return false;
  };
  // The same ranges merged into disjoint ones, so that each sentence visits only those it meets.
  const merged: [number, number][] = [];
  for (const r of blocked) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const indirect: Attribution[] = [];
  // Each sentence's words, kept for the span model's windows: only when it runs, and only for the
  // sentences holding a cue (the others' words then die young instead of living to the end).
  const wordsBySentence: Word[][] = [];
  const keepWords = lex.spans !== undefined || lex.verifier !== undefined;
  const directCues = new Set<number>();
  if (keepWords) for (const a of direct) if (a.cue) directCues.add(sentenceAt(sentences, a.cue[0]));
  let si = -1;
  let bc = 0;
  // One buffer for every sentence's marks (cleared per sentence), not one allocation each, and
  // the two tests on it made once per document (closures made per sentence cost measurably).
  let usedBuffer = new Uint8Array(0);
  let flagBuffer: Uint8Array = new Uint8Array(0);
  const unused = (k: number) => usedBuffer[k] === 0;
  const unshared = (k: number) => usedBuffer[k] !== 1;
  const dl = input.dateline;
  for (const [s0, e] of sentences) {
    si++;
    if (input.counter) input.counter.steps += 1 + ((e - s0) >> 4);
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
    indirect.push(...mine);
    // The general rule reads the words no rule used: outside quotations, cues, sources, contents.
    // 1: inside a quotation, a cue, a content or a relay; 2: only in another attribution's source,
    // which a second attribution may share (`Blackwell pointed to …, noting that …`).
    if (usedBuffer.length < words.length) usedBuffer = new Uint8Array(Math.max(64, words.length * 2));
    else usedBuffer.fill(0, 0, words.length);
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
    const general = findGeneral(words, lex, unused, unshared, input.counter, flagBuffer);
    indirect.push(...general);
    if (keepWords && (SPAN_MODEL_CONTENT || mine.length + general.length > 0 || directCues.has(si)))
      wordsBySentence[si] = words;
  }
  // Relays: a media attribution whose content holds another attribution's cue.
  const all = direct.slice();
  for (const a of indirect) if (!muteSource(text, a, lex)) all.push(a);
  all.sort(byContent);
  const dropped = new Set<Attribution>();
  for (let i = 0; i < all.length; i++) {
    const outer = all[i]!;
    if (outer.direct || !mediaSource(text, outer, lex, index)) continue;
    for (let j = i + 1; j < all.length && all[j]!.content[0] < outer.content[1]; j++) {
      const inner = all[j]!;
      if (inner.cue && inner.cue[0] >= outer.content[0] && inner.cue[1] <= outer.content[1] && !inner.via) {
        // The relay's name without its description (`the state agency BelTA` → `BelTA`).
        const ws = doc.range(outer.sourceName![0], outer.sourceName![1]);
        inner.via =
          ws.length > 0 ? rangeSpan(ws, relayName(text, ws, [0, ws.length], lex)) : outer.sourceName;
        dropped.add(outer);
        break;
      }
    }
  }
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
      continue;
    }
    tidy(text, a);
    nameOnly(text, a);
    // `Internet companies have been criticized`, `Obama is expected to`: a passive cue without an
    // agent names no source (its subject is what the stance is about).
    if (a.cue && a.source && a.source[1] <= a.cue[0] && PASSIVE_CUE.test(text.slice(a.cue[0], a.cue[1]))) {
      a.source = null;
      a.sourceName = null;
      a.pronoun = false;
    }
  }
  const kept: Attribution[] = [];
  for (const a of all)
    if (!dropped.has(a) && (a.direct || plausibleSource(text, a)) && !physicalAct(text, a, index))
      kept.push(a);
  kept.sort(byCue);
  const refined = lex.spans
    ? refineSpans(
        lex.spans,
        kept,
        (at) => sentenceAt(sentences, at),
        (k) => wordsBySentence[k] ?? [],
        input.counter,
      )
    : null;
  const verifier = lex.verifier;
  const feats: number[] = [];
  const resolver = new SpeakerResolver(text, index, lex);
  const out: FoundQuote[] = [];
  for (const a of kept) {
    // Reported speech the verifier scores under its threshold is dropped (direct quotations stay).
    if (
      verifier &&
      !a.direct &&
      a.cue &&
      !verified(verifier, text, a, wordsBySentence[sentenceAt(sentences, a.cue[0])] ?? [], feats)
    )
      continue;
    const speaker = resolver.speaker(withoutMarks(text, a.sourceName), a.pronoun);
    const via = resolver.relay(a.via);
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
  return out.sort(byMentionStart);
}

/** Quotation marks that may open or close a quotation beside a speaker's name. */
const MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„']);
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
    (SPACE.test(text[b - 1]!) || (MARKS.has(text[b - 1]!) && (b - 1 === a || SPACE.test(text[b - 2]!))))
  )
    b--;
  while (a < b && (SPACE.test(text[a]!) || MARKS.has(text[a]!))) a++;
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
    }).map((f) => f.mention);
  },
};
