import type { DocWords } from '../quantities/words.ts';
import { type Attribution, takeSpeaker } from './attribution.ts';
import { type DocMarks, M_CARRIED } from './doc-marks.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { RECORDINGS, rangeSpan, relayName } from './phrases.ts';
import { DELIVERY_MEANS } from './relay.ts';
import type { EntityIndex } from './speakers.ts';

/**
 * Sources cited by the speaker: wire copy passes on what others said.
 * - `the news agency said, citing the regional health commission` and `Interfax reported, citing
 *   the defence ministry, that …`: the cited one speaks, the agency relays (`via`);
 * - `according to industry sources cited by DigiTimes`, `a source quoted by Interfax said`: the
 *   source speaks via the outlet that cited it;
 * - `According to his aunt, Jane Starner, “…”`: the name after the description is the speaker,
 *   and no part of what was said.
 * A reason or a document cited (`citing low growth`, `citing internal documents`) is no speaker:
 * the attribution stays as it was.
 */

/** Head nouns of a cited phrase that stand for someone who speaks. */
const SPEAKING_HEADS: ReadonlySet<string> = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'representatives',
  'ministry',
  'commission',
  'agency',
  'police',
  'authorities',
  'diplomat',
  'diplomats',
  'person',
  'people',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'aide',
  'aides',
  'lawmaker',
  'lawmakers',
  'minister',
  'ministers',
  'office',
  'department',
  'government',
  'military',
  'army',
  'officer',
  'officers',
  'investigators',
  'prosecutors',
  'prosecutor',
  'insiders',
  'insider',
  'executive',
  'executives',
  'committee',
  'council',
  'administration',
  'head',
  'chief',
  'director',
  'governor',
  'mayor',
  'service',
  'services',
  'bank',
  'company',
  'firm',
  'institute',
  'university',
  'union',
  'association',
  'regulator',
  'watchdog',
  'board',
  'fund',
  'court',
  'centre',
  'center',
  'organisation',
  'organization',
]);

/** Words that end the core of a noun phrase (`a source in the services`, `people familiar with …`). */
const PHRASE_TAIL: ReadonlySet<string> = new Set([
  'in',
  'at',
  'of',
  'from',
  'with',
  'familiar',
  'close',
  'who',
  'which',
  'briefed',
  'speaking',
  'on',
  'for',
  'to',
  'involved',
]);

/** Entity types that speak when cited. */
const SPEAKING_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'media']);

const PERSON: ReadonlySet<string> = new Set(['person']);

/** The participles that cite a source after a reporting clause. */
const CITING = /^(?:citing|quoting)$/i;

/** The longest cited phrase read, in characters. */
const MAX_CITED = 120;

/** Letters of a word, for the head test. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * The end of the cited phrase that opens `[s, e)`: before a comma, a semicolon, a stop or `that`;
 * null when the phrase is longer than `MAX_CITED`.
 */
function citedEnd(text: string, s: number, e: number): number | null {
  const lim = Math.min(e, s + MAX_CITED);
  const m = /[,;:.(]|\s(?:that|as saying)\s/.exec(text.slice(s, lim));
  if (m) return s + m.index;
  return lim === e ? e : null;
}

/** True when the phrase `[s, e)` names someone who speaks: its head is a speaking noun or a name. */
function speaks(text: string, s: number, e: number, lex: QuoteLexicon, index: EntityIndex): boolean {
  const words: { w: string; end: number }[] = [];
  WORD.lastIndex = 0;
  const phrase = text.slice(s, e);
  for (let m = WORD.exec(phrase); m; m = WORD.exec(phrase)) {
    if (words.length > 0 && PHRASE_TAIL.has(m[0].toLowerCase())) break;
    words.push({ w: m[0], end: s + m.index + m[0].length });
    if (words.length > 12) return false;
  }
  const head = words[words.length - 1];
  if (!head) return false;
  const lower = head.w.toLowerCase().replace(/[’']s?$/, '');
  if (SPEAKING_HEADS.has(lower)) return true;
  const cls = lex.speakers.get(lower);
  if (cls === 'media' || cls === 'person' || cls === 'group') return true;
  // A name that ends the phrase's core (`citing Dmitry Peskov`, not `citing Mrs. Clinton's emphasis`).
  const ent = index.inside(s, head.end, SPEAKING_TYPES, true);
  return ent !== null && ent.span[1] >= head.end - 1;
}

/** The relay span for a former source: its name without its description (`the state agency BelTA` → `BelTA`). */
export function relayOf(
  text: string,
  span: [number, number],
  doc: DocWords,
  lex: QuoteLexicon,
): [number, number] {
  const ws = doc.range(span[0], span[1]);
  return ws.length > 0 ? rangeSpan(ws, relayName(text, ws, [0, ws.length], lex)) : span;
}

/** An ASCII unit that `\s` matches. */
function asciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Trims white space at both ends of a span. */
function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Attributions by a span of theirs, keyed by `spanKey`. */
type SpanIndex = Map<number, Attribution[]>;

/** A span's key in a text of `n` characters: one number per span (no string made per key). */
function spanKey(span: readonly [number, number], n: number): number {
  return span[0] * (n + 1) + span[1];
}

/** The attributions not dropped, by a span of theirs (see spanKey), in text order. */
function indexBy(
  all: readonly Attribution[],
  dropped: ReadonlySet<Attribution>,
  span: (a: Attribution) => [number, number] | null,
  n: number,
): SpanIndex {
  const out: SpanIndex = new Map();
  for (const a of all) {
    const s = span(a);
    if (!s || dropped.has(a)) continue;
    const key = spanKey(s, n);
    const list = out.get(key);
    if (list) list.push(a);
    else out.set(key, [a]);
  }
  return out;
}

/** An attribution's source span. */
function sourceOf(a: Attribution): [number, number] | null {
  return a.source;
}

/** An attribution's cue span. */
function cueOf(a: Attribution): [number, number] | null {
  return a.cue;
}

/**
 * Rewrites the attributions whose source cites another speaker (see the module's comment).
 * Adds to `dropped` the `citing` attributions whose content became another one's speaker. Linear:
 * attributions are found by their source span in a map, and each reads at most a few hundred
 * characters.
 */
export function citedSources(
  text: string,
  all: readonly Attribution[],
  dropped: Set<Attribution>,
  doc: DocWords,
  lex: QuoteLexicon,
  index: EntityIndex,
  marks: DocMarks,
): void {
  // The attributions by source, made when first read (no attribution is dropped here before then,
  // so it is the index this function would make on entry).
  let bySourceMade: SpanIndex | null = null;
  // (A method, not an arrow function bound to a name, which the TypeScript loader names per call.)
  const { bySource } = {
    bySource(): SpanIndex {
      if (!bySourceMade) bySourceMade = indexBy(all, dropped, sourceOf, text.length);
      return bySourceMade;
    },
  };
  for (const c of all) {
    if (dropped.has(c) || c.direct || !c.cue || !c.source || c.pronoun) continue;
    // (`citing` and `quoting` have six and seven letters: other cues are not sliced.)
    const cueLength = c.cue[1] - c.cue[0];
    if (cueLength !== 6 && cueLength !== 7) continue;
    if (!CITING.test(text.slice(c.cue[0], c.cue[1])) || c.content[0] < c.cue[1]) continue;
    const start = trimmed(text, c.content[0], c.content[1])[0];
    const end = citedEnd(text, start, c.content[1]);
    if (end === null || end <= start || !speaks(text, start, end, lex, index)) continue;
    const cited = trimmed(text, start, end);
    const via = relayOf(text, c.sourceName ?? c.source, doc, lex);
    // The reporting clause of the same source, within the sentence's reach of the participle.
    // (At most the first eight of a source's attributions are read: linear on a hostile text.)
    const main = (bySource().get(spanKey(c.source, text.length)) ?? [])
      .slice(0, 8)
      .find((m) => m !== c && m.cue && !dropped.has(m) && Math.abs(m.cue[0] - c.cue![0]) < 200 && !m.via);
    if (main) {
      main.source = cited;
      main.sourceName = cited;
      main.via = via;
      dropped.add(c);
      continue;
    }
    // `Interfax reported, citing the defence ministry, that …`: the participle's content holds the
    // report; its cue is the reporting verb right after the source, when there is one.
    const rest = /^\s*,?\s*that\s+/.exec(text.slice(end, Math.min(c.content[1], end + 12)));
    if (!rest) continue;
    c.content = trimmed(text, end + rest[0].length, c.content[1]);
    const verb = /^\s+([a-z]+)/.exec(text.slice(c.source[1], c.cue[0]));
    const stance = verb ? lex.cues.get(verb[1]!) : undefined;
    if (verb && stance) {
      const at = c.source[1] + verb[0].length - verb[1]!.length;
      c.cue = [at, at + verb[1]!.length];
      c.stance = stance;
    }
    c.source = cited;
    c.sourceName = cited;
    c.via = via;
  }
  accordingTails(text, all, dropped, bySource, doc, lex);
  sameWordsOnce(all, dropped);
  wholeQuotations(text, all, dropped);
  // The attributions by the start of their cue, made when a citing aside is first met (one map per
  // document: the aside rule drops the participle's own attribution by its start).
  let byCueStart: Map<number, Attribution[]> | null = null;
  const { cueStarts } = {
    cueStarts(): ReadonlyMap<number, Attribution[]> {
      if (!byCueStart) {
        byCueStart = new Map();
        for (const b of all) {
          if (!b.cue) continue;
          const list = byCueStart.get(b.cue[0]);
          if (list) list.push(b);
          else byCueStart.set(b.cue[0], [b]);
        }
      }
      return byCueStart;
    },
  };
  for (const a of all) {
    if (dropped.has(a)) continue;
    if (!a.direct && a.source && a.cue) citingAside(text, a, cueStarts, dropped, doc, lex, index);
    if (dropped.has(a)) continue;
    if (!a.via) carriedBy(text, a, doc, lex, index, marks);
    if (!a.source) continue;
    if (!a.via) citedBy(text, a, doc, lex);
    namedAfterDescription(text, a, index);
    carrierAuthor(text, a, lex, index);
    claimNounOff(text, a);
    if (attributiveCue(text, a)) dropped.add(a);
  }
}

/** `, citing Y,` ending the words between a source's start and its cue (group 1: the participle, 2: Y). */
const CITING_ASIDE = /,\s*((?:citing|quoting)\s+)([^,;:"“”]{2,120}?)\s*,\s*$/i;

/** Most characters from a source's start to its cue read for a `citing` aside. */
const MAX_ASIDE_READ = 240;

/**
 * `TASS, citing a source in the ministry, reported that …`: the one cited speaks, through the one
 * citing. A document or a reason cited (`The ministry, citing satellite images, said …`) changes
 * no speaker. Either way the participle is no attribution of its own: one the general rule read
 * from it (its content runs on into the reporting clause) is dropped.
 */
function citingAside(
  text: string,
  a: Attribution,
  cueStarts: () => ReadonlyMap<number, Attribution[]>,
  dropped: Set<Attribution>,
  doc: DocWords,
  lex: QuoteLexicon,
  index: EntityIndex,
): void {
  const s = a.source![0];
  const cue = a.cue![0];
  // (Read only when a comma stands right before the cue, on at most MAX_ASIDE_READ characters.)
  let k = cue;
  while (k > s && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 160)) k--;
  if (text.charCodeAt(k - 1) !== 44 || cue - s > MAX_ASIDE_READ) return;
  const m = CITING_ASIDE.exec(text.slice(s, cue));
  if (!m || m.index === 0) return;
  const at = s + m.index + m[0].indexOf(m[1]!);
  for (const b of cueStarts().get(at) ?? []) if (b !== a) dropped.add(b);
  const y0 = at + m[1]!.length;
  const cited: [number, number] = [y0, y0 + m[2]!.length];
  const citing = trimmed(text, s, s + m.index);
  // Only an outlet's copy is speech relayed (`TASS, citing a source …`); a person citing another
  // (`Biden, citing the Pentagon, said …`, `Zelensky, quoting Churchill, said …`) speaks himself.
  if (!isOutlet(text, citing, lex, index) || !speaks(text, cited[0], cited[1], lex, index)) {
    // The speaker is the one citing, without the aside.
    a.sourceName = citing;
    return;
  }
  a.via = relayOf(text, citing, doc, lex);
  a.source = cited;
  a.sourceName = cited;
}

/** True when a phrase names an outlet: a media entity inside it, or a media word of the lexicon (`The agency`, `the state broadcaster`). */
function isOutlet(text: string, span: [number, number], lex: QuoteLexicon, index: EntityIndex): boolean {
  if (index.inside(span[0], span[1])?.type === 'media') return true;
  WORD.lastIndex = 0;
  const phrase = text.slice(span[0], Math.min(span[1], span[0] + 120));
  for (let m = WORD.exec(phrase); m; m = WORD.exec(phrase))
    if (lex.speakers.get(m[0].toLowerCase()) === 'media') return true;
  return false;
}

/** A noun of a claim opening a source after a comma (`…, an accusation Tehran has denied`). */
const CLAIM_NOUN =
  /^(?:a|an|the)\s+(?:claim|accusation|allegation|charge|assertion|suggestion|contention|characteri[sz]ation|account|version|figure|number|estimate|tally|toll)\s+(?:that\s+|which\s+)?(?=\S)/i;

/**
 * `The rebels were armed by Iran, an accusation Tehran has repeatedly denied`: the claim's noun
 * names what was said, not who said it; the speaker is the subject after it.
 */
function claimNounOff(text: string, a: Attribution): void {
  const [s, e] = a.source!;
  // (`a`, `an`, `the`: other sources are not sliced.)
  const open = text.charCodeAt(s) | 32;
  if (open !== 97 && open !== 116) return;
  const m = CLAIM_NOUN.exec(text.slice(s, Math.min(e, s + 40)));
  if (!m || s + m[0].length >= e) return;
  let k = s;
  while (k > 0 && k > s - 8 && /\s/.test(text[k - 1]!)) k--;
  if (text[k - 1] !== ',' && text[k - 1] !== '—') return;
  a.source = [s + m[0].length, e];
  if (!a.sourceName || a.sourceName[0] < a.source[0]) a.sourceName = a.source;
}

/** A content that is only `according to X`: the relay of the attribution it was read after. */
const ACCORDING_ONLY = /^according\s+to\s+([^,;:"“”]{2,80}?)[\s.]*$/i;

/**
 * `…, the company said, according to Interfax.` and `…, the governor told reporters, according to
 * the news site Zerkalo.`: a rule that reads a content forward from the cue takes the closing
 * `according to X` as what was said. X relays the speaker's words: the attribution read backward
 * from the same cue gets X as its relay, or, when only the `according to` rule read them, its
 * content before the speaker; the tail is dropped.
 */
function accordingTails(
  text: string,
  all: readonly Attribution[],
  dropped: Set<Attribution>,
  bySource: () => SpanIndex,
  doc: DocWords,
  lex: QuoteLexicon,
): void {
  // (Made at the first tail, before this function drops any attribution: the index it would make
  // on entry.)
  let byCue: SpanIndex | null = null;
  for (const t of all) {
    if (dropped.has(t) || t.direct || !t.cue || t.content[0] < t.cue[1] || t.via) continue;
    if (t.content[1] - t.content[0] > 100) continue;
    // (A tail opens with `a`: other contents are not sliced.)
    const open = text.charCodeAt(t.content[0]);
    if (open !== 97 && open !== 65) continue;
    const m = ACCORDING_ONLY.exec(text.slice(t.content[0], t.content[1]));
    if (!m) continue;
    if (!byCue) {
      byCue = indexBy(all, dropped, cueOf, text.length);
      bySource();
    }
    const y0 = t.content[0] + m[0].indexOf(m[1]!, 12);
    const y: [number, number] = [y0, y0 + m[1]!.length];
    const via = relayOf(text, y, doc, lex);
    const same = (byCue.get(spanKey(t.cue, text.length)) ?? [])
      .slice(0, 8)
      .find((o) => o !== t && !dropped.has(o) && o.content[1] <= t.cue![0]);
    if (same) {
      if (!same.via) same.via = via;
      dropped.add(t);
      continue;
    }
    // The `according to` attribution whose source is X and whose content holds this cue.
    const outer = (bySource().get(spanKey(y, text.length)) ?? [])
      .slice(0, 8)
      .find((r) => r !== t && !dropped.has(r) && r.content[0] < t.cue![0] && r.content[1] >= t.cue![1]);
    if (!outer || !t.source || t.source[0] <= outer.content[0]) continue;
    let end = t.source[0];
    while (end > outer.content[0] && /[\s,]/.test(text[end - 1]!)) end--;
    t.content = [outer.content[0], end];
    t.via = via;
    dropped.add(outer);
  }
}

/**
 * A setting that names who carried the words: `said in a statement carried by the state news
 * agency KCNA`, `in remarks broadcast on state television`, `…, Lavrov said, as quoted by RIA
 * Novosti`. Read in the 160 characters after the cue, outside the content; `on` takes only an
 * outlet (`posted on his Telegram channel` is the speaker's own), `by` also a name.
 */
export const CARRIED =
  /^[^.;“”"]*?\b(?:(?:carried|reported|published|shared|posted|broadcast|aired|released|distributed|relayed)\s+(by|on)|(?:as\s+)?quoted\s+(by))\s+/i;

const CARRIER_PREPOSITION = /\s(?:by|on)\s/;

/** Words that end a carrier's phrase. */
const CARRIER_END = /[,.;:“”"(]|\s(?:that|on|in|at|during|after|before|when|while|as)\s/i;

/** Possessives: the speaker's own channel or page carries no one else's relay. */
const OWN = /^(?:his|her|its|their|our|my)\s/i;

function carriedBy(
  text: string,
  a: Attribution,
  doc: DocWords,
  lex: QuoteLexicon,
  index: EntityIndex,
  marks: DocMarks,
): void {
  if (!a.cue) return;
  const from = a.cue[1];
  let to = Math.min(text.length, from + 160);
  if (a.content[0] >= from) to = Math.min(to, a.content[0]);
  // (No zone is read without one of the pattern's verbs in it.)
  if (!marks.meets(M_CARRIED, from, to)) return;
  const zone = text.slice(from, to);
  // (A cheap test first: every carrier's verb has `by` or `on` after it.)
  if (!CARRIER_PREPOSITION.test(zone)) return;
  const m = CARRIED.exec(zone);
  if (!m) return;
  const s = from + m[0].length;
  const rest = text.slice(s, Math.min(text.length, s + 80));
  const stop = CARRIER_END.exec(rest);
  const phrase = trimmed(text, s, s + (stop ? stop.index : rest.length));
  if (phrase[1] <= phrase[0]) return;
  const words = text.slice(phrase[0], phrase[1]);
  if (OWN.test(words)) return;
  const outlet = lex.mediaHint.test(words) || index.inside(phrase[0], phrase[1])?.type === 'media';
  if (!outlet && (m[1]?.toLowerCase() === 'on' || !/\p{Lu}/u.test(words))) return;
  a.via = relayOf(text, phrase, doc, lex);
}

/** Nouns of things that carry someone's words (`according to a report by IRNA`). */
const CARRIERS =
  /^(?:an?|the)\s+(?:new\s+|recent\s+|latest\s+)?(?:report|statement|study|survey|analysis|poll|letter|release|press\s+release|assessment|estimate|tally|count)\s+(?:(?:published|released|issued|compiled)\s+)?(?:by|from|in)\s+/i;

/**
 * `according to a report by the state news agency IRNA`, `according to a statement from the
 * ministry`: the author of the carrier is the speaker (the source phrase stays as written).
 */
function carrierAuthor(text: string, a: Attribution, lex: QuoteLexicon, index: EntityIndex): void {
  const [s, e] = a.source!;
  // (`a`, `an`, `the`: other sources are not sliced.)
  const open = text.charCodeAt(s) | 32;
  if (open !== 97 && open !== 116) return;
  const m = CARRIERS.exec(text.slice(s, Math.min(e, s + 80)));
  if (!m) return;
  let author = trimmed(text, s + m[0].length, e);
  // (`A letter by 200 economists to the president`: the one it is addressed to does not write it.)
  const to = /\s(?:addressed\s+|sent\s+)?to\s/.exec(text.slice(author[0], author[1]));
  if (to) author = trimmed(text, author[0], author[0] + to.index);
  if (author[1] <= author[0] || !speaks(text, author[0], author[1], lex, index)) return;
  a.sourceName = author;
}

/** `industry sources cited by DigiTimes`, `a source quoted by Interfax`: the outlet relays. */
function citedBy(text: string, a: Attribution, doc: DocWords, lex: QuoteLexicon): void {
  // (The phrase may run on past the name: `industry sources cited by …` is all the source.)
  const name = a.sourceName ?? a.source!;
  const s = name[1];
  // (White space, then `c` or `q`: other names are not sliced; units outside ASCII go on to the pattern.)
  const c0 = text.charCodeAt(s);
  if (c0 < 128 && !asciiSpace(c0)) return;
  if (c0 === 32) {
    const c1 = text.charCodeAt(s + 1);
    if (c1 < 128 && c1 !== 99 && c1 !== 113 && !asciiSpace(c1)) return;
  }
  const m = /^\s+(?:cited|quoted) by\s+/.exec(text.slice(s, s + 20));
  if (!m) return;
  const from = s + m[0].length;
  const end = citedEnd(text, from, Math.min(text.length, from + MAX_CITED));
  if (end === null || end <= from) return;
  // Only a named outlet or body: a capitalised word in the phrase.
  const phrase = trimmed(text, from, end);
  if (!/\p{Lu}/u.test(text.slice(phrase[0], phrase[1]))) return;
  // (The content must not lie inside the relay phrase.)
  if (a.content[0] < phrase[1] && a.content[1] > phrase[0]) return;
  a.via = relayOf(text, phrase, doc, lex);
  if (a.source![1] > s) a.source = [a.source![0], s];
}

/** Possessives and determiners that open a description of a speaker (`his aunt`, `the spokesman`). */
const DESCRIPTION_START = /^(?:his|her|their|its|our|my|the|a|an)\s/i;

/**
 * `According to his aunt, Jane Starner, “…”`: a person's name set off by commas right after a
 * description at the start of the content is the speaker's name.
 */
function namedAfterDescription(text: string, a: Attribution, index: EntityIndex): void {
  if (!a.cue || a.content[0] < a.source![1] || a.cue[1] > a.source![0]) return;
  // (The content follows a comma and white space: other attributions are not sliced.)
  if (a.content[0] === a.source![1]) return;
  const g = text.charCodeAt(a.content[0] - 1);
  if (g < 128 && g !== 44 && !asciiSpace(g)) return;
  if (!DESCRIPTION_START.test(text.slice(a.source![0], a.source![1]))) return;
  const gap = /^\s*,\s*$/.exec(text.slice(a.source![1], a.content[0]));
  if (!gap) return;
  const person = index.inside(a.content[0], Math.min(a.content[1], a.content[0] + 60), PERSON);
  if (!person || person.span[0] !== a.content[0]) return;
  const after = /^\s*,\s*/.exec(text.slice(person.span[1], person.span[1] + 4));
  if (!after) return;
  const rest = person.span[1] + after[0].length;
  if (rest >= a.content[1]) return;
  a.source = [a.source![0], person.span[1]];
  a.sourceName = [person.span[0], person.span[1]];
  a.content = [rest, a.content[1]];
}

/**
 * `According to his aunt, Jane Starner, “…”`, `“…” Senate leader Mitch McConnell said in a
 * statement`: when a rule of reported speech reads a quotation as its content and the quotation
 * rule found no speaker for it, the two are one quote: the quotation takes the cue, speaker and
 * relay, and the other is dropped (contents that differ by at most their marks, two characters).
 */
function sameWordsOnce(all: readonly Attribution[], dropped: Set<Attribution>): void {
  const unsourced = new Map<number, Attribution>();
  for (const a of all) if (a.direct && !a.source && !a.cue && !dropped.has(a)) unsourced.set(a.content[0], a);
  if (unsourced.size === 0) return;
  for (const b of all) {
    if (b.direct || !b.source || dropped.has(b)) continue;
    for (let d = -2; d <= 2; d++) {
      const q = unsourced.get(b.content[0] + d);
      if (!q || Math.abs(q.content[1] - b.content[1]) > 2) continue;
      takeSpeaker(q, b);
      q.via = b.via;
      q.rule = b.rule;
      dropped.add(b);
      unsourced.delete(q.content[0]);
      break;
    }
  }
}

/** Cues that give a name, or a passive's auxiliary. */
const NAMING_OR_PASSIVE =
  /^(?:(?:is|was|are|were|be|been|being)\s|(?:called|labell?ed|titled|dubbed|named|termed|branded)$)/i;

/** One quotation, a comma before its closing mark or after it, and no other mark inside. */
const WHOLE_QUOTATION = /^[“"]([^“”"]+?),?[”"],?$/;

/**
 * `Ms. Sherry smiled and said, “I am waiting.”`, `The mayor stood up and told the crowd: “…”`: a
 * rule of reported speech whose content is one whole quotation, with a speaker and a cue outside
 * it, read a direct quote; it is one, and its content is the words inside the marks.
 */
function wholeQuotations(text: string, all: readonly Attribution[], dropped: Set<Attribution>): void {
  for (const b of all) {
    if (b.direct || dropped.has(b) || !b.cue || !b.source || b.content[1] - b.content[0] < 4) continue;
    if (b.cue[1] > b.content[0] && b.cue[0] < b.content[1]) continue;
    // (`It is called “…”`, `was labeled “…”`: a name given, read by the passive rules later.)
    // (Most contents open with no mark: that is read before any slice.)
    const open = text.charCodeAt(b.content[0]);
    if (open !== 0x201c && open !== 0x22) continue;
    if (NAMING_OR_PASSIVE.test(text.slice(b.cue[0], b.cue[1]))) continue;
    const m = WHOLE_QUOTATION.exec(text.slice(b.content[0], Math.min(b.content[1], b.content[0] + 4000)));
    if (!m || m[0].length !== b.content[1] - b.content[0]) continue;
    b.direct = true;
    b.content = [b.content[0] + 1, b.content[0] + 1 + m[1]!.length];
  }
}

/**
 * A study or poll named with what it studied (`One study in 496 adolescent girls`, `a survey of
 * 1,000 voters`); not a report, whose `in` names its outlet (`a report in the Argus Leader`).
 */
const STUDY_OF =
  /^(?:(?:one|a|an|the|this|that|another|their|its)\s+)?(?:(?:\d{4}|new|recent|large|small|separate|national)\s+)*(?:study|survey|poll|analysis|review|trial|census)(?=\s+(?:in|of|on|among|with|across|covering)\s)/i;

/**
 * `One study in 496 adolescent girls found …`: the study speaks, not those it studied (the name
 * part of such a source is the study's phrase). Run after the span model, which redraws names.
 */
/**
 * A noun phrase, a past participle after it and the participle's setting: `A video posted online on
 * Sunday`, `The man arrested in May`, `A statement issued by email` (a means after `by`, no agent).
 * Group 1 is the noun phrase (`A video`). An agent after `by` (`released by the group`) is no setting.
 */
const REDUCED_HEAD = new RegExp(
  String.raw`^((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?\p{Ll}[\p{L}-]*)\s+(?:\p{Ll}{2,}ed|shown|seen|written|given|taken|sent|shot|broadcast|held|made|known|put|read|run|done|drawn|built|heard)\s+(?:online|earlier|today|yesterday|overnight|recently|late|early|last|this|on|in|at|from|over|across|via|during|after|outside|inside|near|through|by\s+(?:${DELIVERY_MEANS}))\b`,
  'u',
);

/**
 * `A video posted online on Sunday said …`: a participle and its setting after the speaker's noun
 * are a reduced relative clause; the noun phrase names the speaker (a video, a document or a person
 * shown by a description), not a word of the setting. Run after the span model, which redraws sources.
 */
export function reducedHead(text: string, a: Attribution): void {
  if (!a.source || !a.cue || a.source[1] > a.cue[0] || a.source[1] - a.source[0] > 120) return;
  const [s, e] = a.source;
  const phrase = text.slice(s, e);
  const m = REDUCED_HEAD.exec(phrase);
  // (Not a clause and another subject: `The police arrived at noon and the mayor`, whose `-ed` is a
  // past tense.)
  if (m && !/\s(?:and|but|or)\s|[,;:]/.test(phrase.slice(m[0].length))) {
    a.sourceName = [s, s + m[1]!.length];
    return;
  }
  // `A letter by 200 economists to the president`: the author after `by` ends before the one the
  // text is addressed to (not inside a name in capitals, `the Campaign to End Hunger`).
  const n = a.sourceName;
  if (n && n[0] >= s + 4 && n[1] <= e && text.slice(n[0] - 4, n[0]) === ' by ') {
    const to = ADDRESSED_TO.exec(text.slice(n[0], n[1]));
    if (to && to.index > 0) a.sourceName = [n[0], n[0] + to.index];
    return;
  }
  // `A letter from 40 diplomats to the prime minister`: its author, named after `from`, speaks.
  const from = LETTER_FROM.exec(phrase);
  if (!from) return;
  const rest = phrase.slice(from[0].length);
  const to = ADDRESSED_TO.exec(rest);
  if (!to || to.index === 0) return;
  const author: [number, number] = [s + from[0].length, s + from[0].length + to.index];
  if (!n || n[0] < author[0] || n[1] > author[1]) a.sourceName = author;
}

/** A letter or a petition and `from`, before its author (`A letter from`, `an open letter signed by`). */
const LETTER_FROM =
  /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?(?:letter|petition|appeal|message|note|memo|complaint|submission)s?\s+(?:(?:signed|written|sent)\s+)?(?:by|from)\s+/u;

/**
 * `to` and the one a text is addressed to, after its author (`… to the president`, `sent to
 * Congress`); not `to` and a capital inside a name (`the Institute to Protect Reefs`).
 */
const ADDRESSED_TO =
  /\s+(?:(?:and\s+)?(?:addressed|sent)\s+)?to\s+(?=\p{Ll}|(?:President|Congress|Parliament)\b)/u;

export function studyHead(text: string, a: Attribution): void {
  if (!a.source) return;
  const [s, e] = a.source;
  const m = STUDY_OF.exec(text.slice(s, Math.min(e, s + 60)));
  if (!m || s + m[0].length >= e) return;
  a.sourceName = [s, s + m[0].length];
}

/**
 * A study or report and the journal that published it (`A study published last month in The
 * Lancet`, `a paper appearing in the journal Nature`, `The study, published in JAMA,`): group 1 is
 * the study, group 2 the journal.
 * Bounded: each part is a run of words of its own kind, the gap at most 40 units.
 */
const PUBLISHED_IN =
  /^((?:(?:[Oo]ne|[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Aa]nother)\s+)?(?:(?:new|recent|large|small|separate|national|peer-reviewed|\d{4})\s+)*(?:study|report|paper|analysis|survey|review|research|article|trial|[Rr]esearch|[Ss]tudies|[Ff]indings|[Rr]esults)),?\s+(?:published|appearing)\b[^,]{0,40}?\s+in\s+(?:the\s+(?:medical\s+|scientific\s+)?journal\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'’-]*){0,5}),?$/du;

/**
 * `A study published in The Lancet found …`: the study speaks, and the journal that published it
 * carries its words (a relay), not the speaker the rules read at the source's end. Run after the
 * span model, which redraws names.
 */
export function publishedIn(text: string, a: Attribution, place: (s: number, e: number) => boolean): void {
  if (!a.source || a.via || a.source[1] - a.source[0] > 160 || a.source[1] - a.source[0] < 16) return;
  const [s, e] = a.source;
  // (Most sources hold no ` in `: a bounded scan for it before the pattern.)
  let at = -1;
  for (let i = s; i + 3 < e; i++)
    if (
      text.charCodeAt(i) === 32 &&
      text.charCodeAt(i + 1) === 105 &&
      text.charCodeAt(i + 2) === 110 &&
      text.charCodeAt(i + 3) === 32
    ) {
      at = i;
      break;
    }
  if (at < 0) return;
  const m = PUBLISHED_IN.exec(text.slice(s, e));
  if (!m?.indices?.[1] || !m.indices[2]) return;
  a.sourceName = [s + m.indices[1][0], s + m.indices[1][1]];
  // (`A report published in January`, `a study published in Britain`: a date or a place, no
  // journal; the study still speaks.)
  const [js, je] = [s + m.indices[2][0], s + m.indices[2][1]];
  if (DATE_NAME.test(text.slice(js, je)) || place(js, je)) return;
  a.via = [js, je];
}
/** Names of months and days, alone or with a year (`January`, `March 2024`). */
const DATE_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** What ends a noun phrase's modifiers before a participle used as an adjective (`Stadia's current`). */
const MODIFIER_END =
  /(?:\b\p{Lu}[\p{L}.-]*['’]s|\b(?:current|new|latest|former|recent|initial|original|first|final|widely|long|much|most|often|previously))$/u;

/**
 * `Stadia's current expected lineup is light`: a participle inside a noun phrase (after a
 * possessive or a modifier, before its noun) is an adjective, not a cue: no one spoke.
 */
function attributiveCue(text: string, a: Attribution): boolean {
  if (a.direct || !a.cue || !a.source || a.source[1] > a.cue[0]) return false;
  // (A cue in `-ed`: others are not sliced.)
  if (text.charCodeAt(a.cue[1] - 1) !== 100 || text.charCodeAt(a.cue[1] - 2) !== 101) return false;
  const cue = text.slice(a.cue[0], a.cue[1]);
  if (!lowerEd(cue)) return false;
  if (!/^\s*$/.test(text.slice(a.source[1], a.cue[0]))) return false;
  if (!modifierEnds(text, a.source[0], a.source[1])) return false;
  const before = text.slice(Math.max(a.source[0], a.source[1] - 20), a.source[1]);
  // (`She’s predicted that …`: a pronoun's `’s` is a verb, not a possessive.)
  if (!MODIFIER_END.test(before) || CONTRACTED_PRONOUN.test(before)) return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(a.cue[1], a.cue[1] + 24));
  // (`Stumpf's repeated emphasis that …`: a noun of speech after it still reports words.)
  return next !== null && !SPEECH_NOUN.test(next[1]!);
}

/** MODIFIER_END's modifiers by their last unit (keep in step with it). */
const MODIFIERS_BY_LAST: ReadonlyMap<number, readonly string[]> = (() => {
  const out = new Map<number, string[]>();
  for (const w of 'current new latest former recent initial original first final widely long much most often previously'.split(
    ' ',
  )) {
    const c = w.charCodeAt(w.length - 1);
    out.set(c, [...(out.get(c) ?? []), w]);
  }
  return out;
})();

/**
 * False when the source `[s, e)` cannot end as MODIFIER_END's forms do (`'s`/`’s` after a letter,
 * or one of its modifiers): the pattern, anchored at the end, is tried at every start, so it runs
 * only on a source ending with one of them (read in place, without a slice).
 */
function modifierEnds(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  if (c === 115 && e - 2 >= s) {
    const q = text.charCodeAt(e - 2);
    if (q === 39 || q === 0x2019) return true;
  }
  const words = MODIFIERS_BY_LAST.get(c);
  if (!words) return false;
  for (const w of words) if (e - w.length >= s && text.endsWith(w, e)) return true;
  return false;
}

/** `/^\p{Ll}+ed$/u.test(t)`, ASCII read by char code. */
function lowerEd(t: string): boolean {
  if (t.length < 3 || !t.endsWith('ed')) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}+ed$/u.test(t);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A pronoun and a contracted `is`/`has` (`She’s`, `That's`). */
const CONTRACTED_PRONOUN = /\b(?:he|she|it|that|there|what|who|here|where)['’]s$/i;

/** Nouns of words said (`emphasis`, `claims`, `warning`): with one, the phrase still reports speech. */
const SPEECH_NOUN =
  /^(?:emphasis|insistence|claims?|statements?|warnings?|assertions?|denials?|comments?|remarks?|promises?|pledges?|arguments?|criticisms?|calls?|demands?|threats?|accusations?|allegations?)$/;

/** True when attribution `a`'s cue is a participle (`shouting` of `Footage of the mayor shouting`). */
export function participleCue(text: string, a: Attribution): boolean {
  return a.cue !== null && text.slice(a.cue[1] - 3, a.cue[1]) === 'ing';
}

/** A preposition right before a speaker's name inside its phrase (`figures in exile`). */
const PREPOSITION_BEFORE = /\b(?:in|of|at|from|with|for|on|across|among)\s+$/i;

/**
 * `Opposition figures in exile said …`: when the span model widens a source past a preposition
 * and the rules' name for it is a common noun after that preposition (`exile`), the name is the
 * whole phrase. Run after the span model.
 */
export function descriptionWhole(text: string, a: Attribution): void {
  if (!a.source || !a.sourceName || a.pronoun) return;
  const [s, e] = a.source;
  const [ns, ne] = a.sourceName;
  if (ns <= s || ne > e || ns - s > 200) return;
  const name = text.slice(ns, ne);
  const before = text.slice(s, ns);
  if (/\p{Lu}/u.test(name) || !PREPOSITION_BEFORE.test(before)) return;
  // (`Footage of the mayor shouting`: the one a recording shows is the speaker; but `Video of
  // the incident shows …` is the video's.)
  const recorded = /(\p{L}+)\s+of\s+$/u.exec(before);
  if (recorded && RECORDINGS.has(recorded[1]!.toLowerCase()) && participleCue(text, a)) return;
  a.sourceName = [s, ne];
}
