import type { EntityMention } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { PERSON_NOUNS } from '../entities/coref.ts';
import { lexiconLines } from '../entities/gazetteers.ts';
import { titleWords } from '../entities/roles.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { NameMemo } from './memo.ts';
import { DESCRIPTORS } from './phrases.ts';

/**
 * Speaker resolution, in text order: a named speaker keeps its name and, when the entity stage ran,
 * the span of the entity mention inside it; a pronoun (`he said`) becomes the last fitting person:
 * the last person entity mention before it, or without entities the last named speaker that reads
 * as a person (capitalised, not headed by a group or media word).
 */

/** A preposition (and an article) right before a name: the name is its object. */
const OBJECT_OF_PREPOSITION = /\b(?:for|of|in|at|to|from|with|on)\s+(?:the\s+)?$/i;
/** A phrase headed by a text or figures (`WHO figures`, `Pentagon data`, `the ministry's statement`). */
const BODY_TEXT =
  /\s(?:figures|data|estimates?|statistics|records|documents?|statements?|reports?|tally|count|survey|analysis|filings?)$/i;
/** A document with an author to name (`a report`, `the new filing`, `a joint statement`). */
const AUTHORED =
  /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:report|filing|study|analysis|statement|survey|letter|memo|review|assessment|audit|investigation|poll|ruling|complaint|lawsuit|indictment|document|paper|tally|estimate|count)s?$/iu;
/** `by` and the author up to the end of the source (`by the U.S. Attorney's Office`). */
const BY_AUTHOR =
  /^\s+by\s+((?:the\s+)?\p{Lu}[^,;:]{1,80}|(?:the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:at|of|from)\s+\p{Lu}[^,;:]{1,60}|the\s+(?!(?:end|time|close|middle|start|turn)\b)\p{Ll}{3,}(?:['’]s)?(?:\s+\p{Ll}{3,})?)$/u;
/** Between a person's name and a body's in one speaker phrase: `of the`, `at`, `from` (`Jane Roe of the union`). */
const PERSON_OF_BODY = /^\s+(?:of|at|from)\s/;
/** Words before a person's name that make another the speaker (`a friend of`, `Roe's lawyer`, `Roe and`). */
const NOT_THE_PERSON_BEFORE = /\b(?:of|to|for|with|by|and)\s|['’]s\s/i;
/** A phrase and a participle's appositive after its comma (`The study, published in …`). */
const PARTICIPLE_APPOSITIVE =
  /^([^,]{2,100}),\s+(?:\p{Ll}+(?:ed|ing)|written|led|run|held|seen|known|taken|given|done|made|built|shown|drawn)\b/u;

/** Entity mentions sorted by start, with a cursor for in-order lookups. */
export class EntityIndex {
  private readonly all: readonly EntityMention[];
  private readonly persons: readonly EntityMention[];
  constructor(entities: readonly EntityMention[]) {
    this.all = entities;
    this.persons = entities.filter((e) => e.type === 'person');
  }
  /**
   * The longest entity mention inside `[s, e)` of the given types; with `head`, only one that ends
   * the phrase (`Belarus’ military leaders` is not Belarus speaking).
   */
  inside(s: number, e: number, types?: ReadonlySet<string>, head = false): EntityMention | null {
    let best: EntityMention | null = null;
    for (let k = lowerBound(this.all, s); k < this.all.length && this.all[k]!.span[0] < e; k++) {
      const m = this.all[k]!;
      if (m.span[1] > e) continue;
      if (head && m.span[1] < e - 2) continue;
      if (types && !types.has(m.type)) continue;
      if (!best || m.span[1] - m.span[0] > best.span[1] - best.span[0]) best = m;
    }
    return best;
  }
  /**
   * The last entity mention ending at or before `at` and starting at or after `from`, outside `skip`
   * (read back over at most 16 mentions).
   */
  lastBefore(at: number, from: number, skip: Span | null): EntityMention | null {
    let k = lowerBound(this.all, at) - 1;
    for (let hops = 0; k >= 0 && hops < 16; k--, hops++) {
      const m = this.all[k]!;
      if (m.span[0] < from) return null;
      if (m.span[1] > at) continue;
      if (skip !== null && m.span[0] >= skip[0] && m.span[1] <= skip[1]) continue;
      return m;
    }
    return null;
  }
  /** The first entity mention starting in `[s, e)`. */
  firstFrom(s: number, e: number): EntityMention | null {
    const m = this.all[lowerBound(this.all, s)];
    return m && m.span[0] < e ? m : null;
  }
  /** The last person mention ending at or before `at`. */
  lastPersonBefore(at: number): EntityMention | null {
    let k = lowerBound(this.persons, at) - 1;
    while (k >= 0 && this.persons[k]!.span[1] > at) k--;
    return k >= 0 ? this.persons[k]! : null;
  }
  get empty(): boolean {
    return this.all.length === 0;
  }
  /** Mentions of bodies by the lowercased words of their names, in text order; built on first use. */
  private bodies: Map<string, EntityMention[]> | null = null;
  /**
   * The last mention of a body before `at`, outside `skip`, whose name holds `head` as a word
   * (`the ministry` → `the Defence Ministry`, `the board` → `Immunisation Board`).
   */
  lastBodyBefore(text: string, at: number, head: string, skip: Span | null): EntityMention | null {
    if (!this.bodies) {
      this.bodies = new Map();
      for (const m of this.all) {
        if (!BODY_TYPES.has(m.type)) continue;
        for (const w of m.name.toLowerCase().split(/[^\p{L}]+/u)) {
          if (!NAMED_BODY_HEADS.has(w)) continue;
          const list = this.bodies.get(w);
          if (list) list.push(m);
          else this.bodies.set(w, [m]);
        }
      }
    }
    if (GENERIC_BODY_HEADS.has(head)) return this.onlyBodyBefore(text, at, head, skip);
    const list = this.bodies.get(head);
    if (!list) return null;
    for (let k = lowerBound(list, at) - 1; k >= 0; k--) {
      const m = list[k]!;
      if (m.span[1] > at) continue;
      if (at - m.span[1] > BODY_DISTANCE) return null;
      if (skip && m.span[0] >= skip[0] && m.span[1] <= skip[1]) continue;
      return describedSince(text, m.span[1], at, head) ? null : m;
    }
    return null;
  }
  /**
   * The last outlet (a media mention) named before `at`, within `BODY_DISTANCE` and outside `skip`,
   * that `the newspaper` or `the news agency` (head `head`) stands for; none when an outlet was
   * described with the same head in between (`a local newspaper`).
   */
  lastOutletBefore(text: string, at: number, head: string, skip: Span | null): EntityMention | null {
    for (let k = lowerBound(this.all, at) - 1; k >= 0; k--) {
      const m = this.all[k]!;
      // (Mentions are in order of their starts: bounded as in onlyBodyBefore.)
      if (at - m.span[0] > BODY_DISTANCE + MAX_NAME_CHARS) break;
      if (m.span[1] > at || at - m.span[1] > BODY_DISTANCE) continue;
      if (skip && m.span[0] >= skip[0] && m.span[1] <= skip[1]) continue;
      if (m.type !== 'media') continue;
      return outletDescribedSince(text, m.span[1], at, head) ? null : m;
    }
    return null;
  }
  /** The organisation mentioned before `at` (within `BODY_DISTANCE`, outside `skip`) when it is the only one there. */
  private onlyBodyBefore(text: string, at: number, head: string, skip: Span | null): EntityMention | null {
    let only: EntityMention | null = null;
    for (let k = lowerBound(this.all, at) - 1; k >= 0; k--) {
      const m = this.all[k]!;
      // (Mentions are in order of their starts: past the window and a long name, none is nearer.
      // Bounded so that many `the company said` in a text full of names stay linear.)
      if (at - m.span[0] > BODY_DISTANCE + MAX_NAME_CHARS) break;
      if (m.span[1] > at || m.type !== 'organization' || at - m.span[1] > BODY_DISTANCE) continue;
      if (skip && m.span[0] >= skip[0] && m.span[1] <= skip[1]) continue;
      if (only && only.cluster !== m.cluster) return null;
      only ??= m;
    }
    return only && !describedSince(text, only.span[1], at, head) ? only : null;
  }
}

/** Most characters between a body's name and the description that stands for it. */
const BODY_DISTANCE = 2000;

/** Longest entity mention looked for across the window's edge. */
const MAX_NAME_CHARS = 200;

/**
 * True when `head` is written in lower case between `from` and `at` after a word other than `the`
 * (`the trade group for …`, `a ministry`): another body, described and not named, came between.
 */
function describedSince(text: string, from: number, at: number, head: string): boolean {
  const gap = text.slice(from, at).toLowerCase();
  for (let i = gap.indexOf(head); i >= 0; i = gap.indexOf(head, i + head.length)) {
    const before = gap.charCodeAt(i - 1);
    const after = gap.charCodeAt(i + head.length);
    if (i > 0 && before >= 97 && before <= 122) continue;
    if (after >= 97 && after <= 122) continue;
    if (text.charCodeAt(from + i) < 97) continue; // capitalised: a name (`Defence Ministry`)
    if (!gap.slice(Math.max(0, i - 4), i).endsWith('the ')) return true;
  }
  return false;
}

/**
 * Another outlet before its head: described with an indefinite article (`a local newspaper`, `an
 * independent news site`) or named by a capitalised word the entity stage did not take
 * (`Family Circle magazine’s poll`).
 */
const OTHER_OUTLET =
  /(?:\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}|(?<!\S)(?!(?:The|A|An|This|That|These|Those)\s)\p{Lu}[\p{L}.&-]*\s+)$/u;

/**
 * True when another outlet was described or named but not recognised between `from` and `at`, with
 * the head `head` (`… a local newspaper reported …`): then `the newspaper` may be that one.
 * Definite descriptions in between (`the news agency said`) are the same outlet again.
 */
function outletDescribedSince(text: string, from: number, at: number, head: string): boolean {
  const gap = text.slice(from, at);
  for (let i = gap.indexOf(head); i >= 0; i = gap.indexOf(head, i + head.length)) {
    const after = gap.charCodeAt(i + head.length);
    if (after >= 97 && after <= 122) continue;
    if (OTHER_OUTLET.test(gap.slice(Math.max(0, i - 48), i))) return true;
  }
  return false;
}

/**
 * Heads of a description that names of companies and clubs seldom hold (`the company said`): they
 * stand for the one organisation named in the window before them, and for none when several are.
 */
const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'club']);

/** Entity types a body's description (`the ministry`) can stand for. */
const BODY_TYPES: ReadonlySet<string> = new Set(['organization', 'military_unit', 'facility', 'media']);

/**
 * Heads of a body's description that its name repeats: `the ministry` is the Defence Ministry named
 * before it. Words that name other things as often (`the house`, `the state`, `the union`) and
 * heads that names rarely hold (`the company`, `the club`) are not here, nor heads as often met in a
 * description of a body not named (`the party` of US news, `the group` of `a trade group for …`).
 */
const NAMED_BODY_HEADS: ReadonlySet<string> = new Set([
  'administration',
  'agency',
  'army',
  'assembly',
  'association',
  'authority',
  'bank',
  'board',
  'bureau',
  'commission',
  'committee',
  'corporation',
  'council',
  'court',
  'department',
  'embassy',
  'federation',
  'foundation',
  'fund',
  'hospital',
  'institute',
  'league',
  'ministry',
  'navy',
  'office',
  'parliament',
  'police',
  'service',
  'university',
]);

/**
 * True when a name opens with `T` or `t`, as the patterns of `the` descriptions (BODY_DESCRIPTION,
 * OUTLET_DESCRIPTION, EPITHET) need: tested before any of them runs.
 */
function opensWithThe(written: string): boolean {
  const c = written.charCodeAt(0);
  return c === 84 || c === 116;
}

/**
 * True when a name ends with a unit that ends a word of BODY_TEXT (`s`, `a`, `e`, `t`, `y`, `g` in
 * either case; the pattern folds ASCII case only): tested before the pattern runs. Keep in step
 * with BODY_TEXT's words.
 */
function bodyTextEnd(written: string): boolean {
  const c = written.charCodeAt(written.length - 1) | 32;
  return c === 115 || c === 97 || c === 101 || c === 116 || c === 121 || c === 103;
}

/** A speaker written as `the` and one head noun (`The board`, `the ministry`). */
const BODY_DESCRIPTION = /^[Tt]he ([a-z]+)$/;

/**
 * An outlet described, not named: `the newspaper`, `the state-run news agency`, `the TV channel`.
 * Heads that name other things as often (`agency`, `service`, `site`, `network`, `channel`,
 * `station`) count only after a word of the news (`news`, `wire`, `state`, `TV` …). Group 1: a
 * media modifier, if any; group 2: the head.
 */
const OUTLET_DESCRIPTION =
  /^[Tt]he (?:(?:state|state-run|state-owned|state-controlled|government-run|semi-official|official|independent|local|national|regional|online|private|main|daily|weekly|business|financial|opposition|pro-government|pro-Kremlin)\s+){0,3}((?:news|wire|state|television|TV|radio|media)\s+)?(newspaper|broadcaster|outlet|magazine|tabloid|daily|weekly|agency|service|site|website|network|channel|station)$/;

/** Heads of OUTLET_DESCRIPTION that stand for an outlet only after a word of the news. */
const OUTLET_HEADS_NEEDING_NEWS: ReadonlySet<string> = new Set([
  'agency',
  'service',
  'site',
  'website',
  'network',
  'channel',
  'station',
]);

/** A speaker's name the entity stage did not type as a speaker: capitalised words, perhaps after `the`. */
const UNKNOWN_NAME = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*$/u;

/** A name by UNKNOWN_NAME, not a plural common noun opening a sentence (`Officials said`). */
export function unknownName(written: string): boolean {
  const ascii = unknownAscii(written);
  if (ascii !== null) return ascii;
  if (!written.includes(' ') && /\p{Ll}s$/u.test(written)) return false;
  return UNKNOWN_NAME.test(written);
}

/**
 * `unknownName` read by char codes on an ASCII name (null on other text, which the patterns read):
 * words parted by ASCII white space, each a capital then letters or `.&'-`; the first may be `the`
 * when another follows. (A regular expression per speaker cost about 1% of the stage.)
 */
function unknownAscii(w: string): boolean | null {
  const n = w.length;
  if (n === 0) return false;
  let spaced = false;
  // 0: at a word's first unit, 1: inside a word, 2: in white space after a word.
  let state = 0;
  let words = 0;
  let firstThe = false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return null;
    const space = c === 32 || (c >= 9 && c <= 13);
    if (c === 32) spaced = true;
    if (state === 0) {
      if (c >= 65 && c <= 90) state = 1;
      else if (words === 0 && c === 116 && w.startsWith('the', i) && i + 3 < n) {
        // `the` opening the name, before white space (checked below).
        firstThe = true;
        i += 2;
        state = 1;
      } else return false;
    } else if (state === 1) {
      if (space) {
        state = 2;
        words++;
        if (firstThe && words === 1 && i !== 3) return false;
      } else if (
        !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 38 || c === 39 || c === 45)
      )
        return false;
    } else if (!space) {
      state = 0;
      i--;
    }
  }
  if (state !== 1) return false;
  if (firstThe && words === 0) return false;
  // `Officials`: a plural common noun alone (`\p{Ll}s$` on a name without a space).
  if (!spaced && n >= 2 && w.charCodeAt(n - 1) === 115) {
    const b = w.charCodeAt(n - 2);
    if (b >= 97 && b <= 122) return false;
  }
  return true;
}

/** The head of an outlet's description (`the state news agency` → `agency`), or null. */
function outletHead(written: string): string | null {
  const m = OUTLET_DESCRIPTION.exec(written);
  if (!m) return null;
  return m[1] || !OUTLET_HEADS_NEEDING_NEWS.has(m[2]!) ? m[2]! : null;
}

function lowerBound(list: readonly EntityMention[], at: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]!.span[0] < at) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** How far back (in characters) a speaker stays the referent of a following "he said". */
const RECENT_SPEAKER_CHARS = 600;

const SPEAKER_TYPES: ReadonlySet<string> = new Set([
  'person',
  'organization',
  'gpe',
  'media',
  'military_unit',
]);
const RELAY_TYPES: ReadonlySet<string> = new Set(['media', 'organization']);

const PERSONS: ReadonlySet<string> = new Set(['person']);

/**
 * True when `to` (and perhaps `the`) stands right before offset `at`, inside the phrase from `from`
 * (`envoy to Portugal`, `adviser to the board`; not the `to` of a cue before the phrase).
 */
function afterTo(text: string, at: number, from: number): boolean {
  let i = at;
  // `the ` in any case, read by code (no lower-casing of a slice).
  const t = text.charCodeAt(i - 4);
  const h = text.charCodeAt(i - 3);
  const e = text.charCodeAt(i - 2);
  if (
    (t === 116 || t === 84) &&
    (h === 104 || h === 72) &&
    (e === 101 || e === 69) &&
    text.charCodeAt(i - 1) === 32
  )
    i -= 4;
  return i - 3 > from && text.slice(i - 3, i) === 'to ' && text.charCodeAt(i - 4) === 32;
}

/** The other gender. */
function other(g: Gender): Gender {
  return g === 'm' ? 'f' : 'm';
}

/** A mention that is a pronoun (the entity stage links some to their names). */
const PRONOUN_MENTION = /^(?:he|she|him|her|his|i|me|they|them|it)$/i;

/** Most person mentions looked back over for a pronoun's referent. */
const MAX_NAMED_HOPS = 16;

/** Most characters looked back for a sentence's start. */
const SENTENCE_LOOKBACK = 400;

/** The start of the sentence holding `at`: after the last full stop, `!`, `?` or line break before it (looked for within a bound). */
function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - SENTENCE_LOOKBACK);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32)) return i + 1;
  }
  return floor;
}

/** True when offset `at` opens a sentence or a paragraph: only spaces, then a stop or a line break, before it. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  // (Over at most three capitalised titles or person nouns before the name: `Striker Alessia Russo`.)
  for (let hop = 0; ; hop++) {
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
    if (i < 0) return true;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 46 || c === 33 || c === 63) return true;
    if (hop === 3) return false;
    let w = i;
    while (w > 0 && w > i - 24 && isLetter(text.charCodeAt(w - 1))) w--;
    const c0 = text.charCodeAt(w);
    if (w === i + 1 || !(c0 >= 65 && c0 <= 90) || !personNoun(text.slice(w, i + 1).toLowerCase()))
      return false;
    i = w - 1;
  }
}

/** True for an ASCII letter. */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Resolved speaker or relay: span of an entity mention (or null) and the text to show. */
export interface Resolved {
  readonly span: Span | null;
  readonly text: string | null;
}

const NOT_PERSONS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** `w` without a closing apostrophe or `'s` (`Reuters’` → `reuters`), as `/['’]s?$/` would cut it, without a regex per word. */
function withoutPossessive(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return w.slice(0, n - 1);
  if (last === 115 && n >= 2) {
    const prev = w.charCodeAt(n - 2);
    if (prev === 39 || prev === 0x2019) return w.slice(0, n - 2);
  }
  return w;
}

/** True when a speaker text reads as a person's name (for pronoun resolution without entities). */
export function personLike(name: string, lex: QuoteLexicon): boolean {
  const c = name.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  const words = name.split(' ');
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  if (words.length === 1 && NOT_PERSONS.test(name)) return false;
  for (const w of words) {
    const cls = lex.speakers.get(withoutPossessive(w.toLowerCase()));
    if (cls === 'group' || cls === 'media' || cls === 'plural' || cls === 'stop') return false;
  }
  return true;
}

/** `personLike` by name and lexicon, across documents. */
const PERSON_LIKE = new NameMemo(personLike);

/** What a speaker is, for the pronouns that may stand for it later. */
type Kind = 'person' | 'org' | 'plural' | 'thing' | 'described' | 'none';

/**
 * First words of a description of a person (`a spokesman`, `the senator`, `one of the officials`):
 * no referent for a later `he`, which looks past it to the persons named.
 */
const DESCRIBING: ReadonlySet<string> = new Set(
  'a an one another each the his her its their this that'.split(' '),
);

/**
 * True for a unit that opens a word of DESCRIBING in either case (`a`, `o`, `e`, `t`, `h`, `i`):
 * tested before any slice. Keep in step with DESCRIBING.
 */
function describingFirst(c: number): boolean {
  const l = c | 32;
  return l === 97 || l === 111 || l === 101 || l === 116 || l === 104 || l === 105;
}

type Gender = 'm' | 'f';

/** The gender the entity stage kept on a person's mention (`attrs.gender`), if any. */
function entityGender(m: EntityMention): Gender | null {
  const g = m.attrs?.gender;
  return g === 'm' || g === 'f' ? g : null;
}

/** Words of a description that tell a person's gender (`a spokeswoman`, `the actor`, `Mr.`), besides titles in `-woman` and `-man`. */
const GENDER_WORDS: ReadonlyMap<string, Gender> = new Map([
  ...'girl actress mother wife daughter sister queen princess mrs mrs. ms ms. miss'
    .split(' ')
    .map((w) => [w, 'f'] as const),
  ...'boy actor father husband son brother king prince mr mr.'.split(' ').map((w) => [w, 'm'] as const),
]);

/** The gender a written person shows by its words, if one (and only one): read only for a person speaker. */
function textGender(written: string): Gender | null {
  if (written.length > 80) return null;
  let found: Gender | null = null;
  for (const w of written.toLowerCase().split(/[^\p{L}.]+/u)) {
    // (`Coleman`, `German` end so too: only a title or person noun in `-man`.)
    const role =
      w.endsWith('man') && (w === 'man' || w === 'woman' || titleWords().has(w) || PERSON_NOUNS.has(w));
    const g = role ? (w.endsWith('woman') ? 'f' : 'm') : GENDER_WORDS.get(w);
    if (!g) continue;
    if (found && found !== g) return null;
    found = g;
  }
  return found;
}

/**
 * Heads of a description of several people that a plural ending alone does not show, or that open
 * a sentence capitalised (`Police said`, `Protesters believe`): `they` may stand for them.
 */
const PLURAL_HEADS: ReadonlySet<string> = new Set(
  'police people men women children staff personnel officials authorities analysts experts protesters demonstrators rebels militants insurgents fighters residents witnesses sources officers soldiers troops lawmakers legislators senators critics activists voters workers students teachers doctors nurses employees members leaders supporters opponents citizens villagers locals families relatives parents survivors victims fans users researchers scientists economists diplomats negotiators ministers organisers organizers campaigners investigators prosecutors lawyers attorneys executives owners farmers drivers passengers'.split(
    ' ',
  ),
);

/** Heads of groups of private people (`residents`, `voters`): of a place, they are not its government. */
const PRIVATE_GROUPS: ReadonlySet<string> = new Set(
  'residents villagers locals voters people witnesses families relatives parents survivors farmers protesters demonstrators workers students doctors nurses fans users passengers drivers citizens shoppers patients refugees traders fishermen merchants businesses inhabitants neighbours neighbors'.split(
    ' ',
  ),
);
/** A group head and a place preposition opening a speaker phrase (`Residents of `, `some voters in `). */
const GROUP_OF =
  /^(?:(?:the|some|many|most|several|other|local|about|nearly|\d[\d,]*)\s+){0,2}(\p{L}+)\s+(?:of|in|near|from|at|across|around|outside|inside)\s+(?:the\s+)?$/iu;
/** True when `before` (the speaker phrase up to a place's name) is a private group of that place. */
function privateGroupOf(before: string): boolean {
  if (before.length > 40) return false;
  const m = GROUP_OF.exec(before);
  return m !== null && PRIVATE_GROUPS.has(m[1]!.toLowerCase());
}

/** Words after the head of a speaker's name (`leaders on the ground`, `residents of Hrodna`, `an aide who …`). */
const HEAD_ENDS: ReadonlySet<string> = new Set(
  'of on in at from for with to among near close familiar briefed who which that'.split(' '),
);

/** Words of the titles lexicon that qualify a title rather than name a person (`foreign`, `former`, `army`). */
const NOT_PERSON_TITLES: ReadonlySet<string> = new Set(
  'vice foreign defence defense interior finance first senior former acting would-be future presumptive incoming outgoing interim state staff army armed forces security council opposition presidential'.split(
    ' ',
  ),
);

/** A noun that names one person: a person noun (`woman`, `witness`) or a title (`senator`, `actress`). */
function personNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) || (titleWords().has(w) && !NOT_PERSON_TITLES.has(w));
}

/** First words of a part of a group (`several of them`, `one of the officials`); `one` and `each` name one person. */
const PARTITIVES: ReadonlySet<string> = new Set(
  'several some many most all both each one two three four five six few none half any neither either dozens hundreds thousands'.split(
    ' ',
  ),
);

/** `several of ` (any case) right before `at`, or -1: the part of a group an object pronoun stands in (`several of them said`). */
function partitiveBefore(text: string, at: number): number {
  if (text.slice(at - 4, at).toLowerCase() !== ' of ') return -1;
  const end = at - 4;
  let k = end;
  while (k > 0 && k > end - 12 && /\p{L}/u.test(text.charAt(k - 1))) k--;
  return k < end && PARTITIVES.has(text.slice(k, end).toLowerCase()) ? k : -1;
}

/**
 * A description of one person opening a sentence or paragraph (`The foreign minister`, `A police
 * spokeswoman`): a determiner and up to four lower-case words, cut after the first person noun
 * among them. The words are disjoint runs: no backtracking.
 */
const SUBJECT_DESCRIBED =
  /(?:^|[.!?]["”’]?\s+|\n[ \t]*)((?:The|A|An|Its|His|Her|Their)(?:\s+[\p{Ll}'’-]+){1,4})/gu;

/**
 * A definite epithet of a person named before (`the Dutchman`, `the Frenchwoman`, `the 45-year-old`):
 * a people's name in `-man`/`-woman`, or an age alone (`the 45-year-old goalkeeper` may be someone new).
 */
const EPITHET =
  /^[Tt]he\s+(?:(?:Dutch|French|English|Irish|Scots|Welsh|Manx|Cornish)(?:wo)?man|\d{1,3}-year-old)$/u;

/** An appositive that cites or includes another (`, citing …`, `, quoting …`, `, according to …`). */
const CITING_APPOSITIVE = /^\s*(?:\p{Ll}+ing|according|via|through|like|unlike|as|with|and|or)\b/u;

/** A resolved person speaker with the gender it shows, if one. */
interface PersonSeen {
  readonly resolved: Resolved;
  /** The entity's gender, or undefined: then the written words tell it (read only when a pronoun asks). */
  gender: Gender | null | undefined;
  readonly written: string;
  readonly at: number;
}

/** A person seen's gender: the entity's, else what its written words tell (read once, when asked). */
function seenGender(p: PersonSeen): Gender | null {
  if (p.gender === undefined) p.gender = textGender(p.written);
  return p.gender;
}

/**
 * What an unnamed speaker is, by the head of its name before an appositive's comma and a
 * preposition (`several GOP leaders on the ground`, `Jane Roe, the mayor's attorney`): a group of
 * people (`Former prosecutors`, `Police`, `several of them`), a body (`the ministry`), a name the
 * entity stage missed, a thing (`The statement`, `The story`), or a description of one person
 * (a title or person noun: `the senator`, `a spokesman`), which is none of these. Letting `a
 * spokesman` stand for a later `he` cost two speakers of the gold's other news (measured; the
 * items not read), and `the senator` most often stands for a person named before it.
 */
function kindOf(written: string, lex: QuoteLexicon): Kind {
  const comma = written.indexOf(',');
  const words = (comma > 0 ? written.slice(0, comma) : written).trim().split(' ');
  const first = words[0]!.toLowerCase();
  // `one of the officials`, `several of them`.
  if (words.length >= 3 && words[1] === 'of' && PARTITIVES.has(first))
    return first === 'one' || first === 'each' ? 'described' : 'plural';
  let end = 1;
  while (end < words.length && !HEAD_ENDS.has(words[end]!)) end++;
  const last = words[end - 1]!;
  const head = withoutPossessive(last.toLowerCase());
  const cls = lex.speakers.get(head);
  // (`residents`, `officials`: a plural of a person noun is a group, whatever the lexicon says of it.)
  if (head.endsWith('s') && !head.endsWith('ss') && personNoun(head.slice(0, -1))) return 'plural';
  if (cls === 'person' || personNoun(head))
    return DESCRIBING.has(first) || /^\p{Ll}/u.test(written) ? 'described' : 'person';
  if (PLURAL_HEADS.has(head) || (head.endsWith('s') && personNoun(head.slice(0, -1)))) return 'plural';
  // `campaigns`, `industry analysts`: a plural written in lower case (a capitalised one may be a name).
  if (/^\p{Ll}{2,}[^su']s$/u.test(last)) return 'plural';
  if (cls === 'group' || cls === 'media' || NAMED_BODY_HEADS.has(head) || GENERIC_BODY_HEADS.has(head))
    return 'org';
  // `Western claims of …`, `Russian officials` cut to `Russian`: a people's adjective alone is a
  // group, never the `he` of a later sentence.
  if (words.length === 1 && collectiveAdjective(head)) return 'plural';
  // A name the entity stage did not find (capitalised to its head: not `The story`).
  return /^\p{Lu}/u.test(last) && PERSON_LIKE.get(written, lex) ? 'person' : 'thing';
}

let collectives: Set<string> | null = null;

/** True for a people's or a region's adjective (`western`, `russian`, `european`): demonyms and the compass. */
function collectiveAdjective(lower: string): boolean {
  collectives ??= new Set([
    ...lexiconLines('demonyms.txt').map((l) => l.trim()),
    ...'western eastern northern southern european american british chinese french german'.split(' '),
  ]);
  return collectives.has(lower);
}

/** A name's `kindOf` and `unknownName`, which a speaker without an entity reads both. */
interface NameKind {
  readonly kind: Kind;
  readonly unknown: boolean;
}

/** A memo of `kindOf` and `unknownName` by name and lexicon, across documents (speakers recur; without entities every speaker is classed). */
class KindMemo {
  private readonly byLexicon = new WeakMap<QuoteLexicon, Map<string, NameKind>>();
  /** The lexicon read last and its map (one lexicon reads a whole document: no weak-map lookup per name). */
  private lastLex: QuoteLexicon | null = null;
  private lastSeen: Map<string, NameKind> | null = null;
  get(name: string, lex: QuoteLexicon): NameKind {
    let seen = lex === this.lastLex ? this.lastSeen : this.byLexicon.get(lex);
    if (!seen) {
      seen = new Map();
      this.byLexicon.set(lex, seen);
    }
    this.lastLex = lex;
    this.lastSeen = seen;
    let v = seen.get(name);
    if (v === undefined) {
      v = { kind: kindOf(name, lex), unknown: unknownName(name) };
      if (seen.size >= KIND_MEMO_LIMIT) seen.clear();
      // A copy of the name is kept, not a view of its whole text (as in `NameMemo`).
      seen.set(name.length < 13 ? name : ` ${name}`.slice(1), v);
    }
    return v;
  }
}

/** Entries the memo of kinds holds before it is cleared. */
const KIND_MEMO_LIMIT = 4096;

const KIND_MEMO = new KindMemo();

/**
 * Keeps the state of in-order resolution: the last person speaker seen (for `he`, `she`), the last
 * organisation or group of people (for `they`), and the last organisation or thing that spoke (for
 * `it`: `the statement said`).
 */
export class SpeakerResolver {
  private lastPerson: PersonSeen | null = null;
  private lastPlural: Resolved | null = null;
  private lastPluralAt = -1;
  private lastThing: Resolved | null = null;
  private lastThingAt = -1;
  /** The last speaker described as one person (`a police spokeswoman`): a pronoun's referent when no person is named. */
  private lastDescribed: PersonSeen | null = null;
  /** Where the last speaker that is a body but no outlet (`the Orlando Sentinel`, typed a place, `the Pentagon`) was named. */
  private lastOtherBodyAt = -1;
  constructor(
    private readonly text: string,
    private readonly index: EntityIndex,
    private readonly lex: QuoteLexicon,
  ) {}

  /**
   * The speaker of an attribution: `name` is the name part of the speaker phrase, `source` the whole
   * phrase (`two people familiar with the matter, …`), `content` what was said.
   */
  speaker(
    name: [number, number] | null,
    pronoun: boolean,
    content: Span | null = null,
    source: Span | null = null,
    answers = false,
  ): Resolved {
    if (!name) return { span: null, text: null };
    let written = this.text.slice(name[0], name[1]);
    // `a report by the ministry`, `a filing by the U.S. Attorney's Office`: the author of a document
    // speaks through it (`The study, published in …` has no author named and speaks itself).
    if (
      !pronoun &&
      source !== null &&
      source[1] > name[1] + 4 &&
      written.length <= 48 &&
      AUTHORED.test(written)
    ) {
      const by = BY_AUTHOR.exec(this.text.slice(name[1], Math.min(source[1], name[1] + 120)));
      if (by && by[0].length === source[1] - name[1]) {
        name = [source[1] - by[1]!.length, source[1]];
        written = by[1]!;
      }
    }
    if (pronoun)
      return (answers && this.accused(name, written, content)) || this.pronoun(name, written, content);
    // `the Dutchman`, `the 45-year-old`: a definite epithet stands for a person named before, as `he` would.
    const the = opensWithThe(written);
    const epithet = the && written.length <= 40 ? EPITHET.exec(written) : null;
    if (epithet) {
      // (Of no gender the words tell: as `he`, then as `she`.)
      const g = textGender(written) ?? (this.lastPerson ? seenGender(this.lastPerson) : null);
      for (const pro of g === 'f' ? ['she'] : g === 'm' ? ['he'] : ['he', 'she']) {
        const r = this.pronoun(name, pro, content);
        if (r.span !== null || r.text !== pro) return r;
      }
    }
    // `Gov. Jane Roe (R)`: a bracketed affiliation after the name is no part of it.
    let end = name[1];
    // `The study, published in the journal Nature,`: a participle's appositive neither names nor is
    // the speaker; the phrase before it is.
    // (The pattern needs a comma: most names hold none.)
    const appositive =
      written.length <= 160 && written.includes(',') ? PARTICIPLE_APPOSITIVE.exec(written) : null;
    if (appositive) {
      written = appositive[1]!;
      end = name[0] + written.length;
    } else if (written.charCodeAt(written.length - 1) === 41 /* ) */) {
      const open = written.lastIndexOf('(');
      if (open > 0) end = name[0] + written.slice(0, open).trimEnd().length;
    }
    let m = this.index.inside(name[0], end, SPEAKER_TYPES, true);
    // `WHO figures`, `Pentagon data`, `the army's statement`: a text or figures of a named body are
    // that body's word.
    if (!m && written.length <= 60 && bodyTextEnd(written) && BODY_TEXT.test(written)) {
      const owner = this.index.inside(name[0], end, SPEAKER_TYPES);
      if (owner && owner.type !== 'person') m = owner;
    }
    // `General Jane Roe, chairman of the joint staff`: the person named before an appositive speaks,
    // not the body the appositive ends with.
    if (m && m.type !== 'person') {
      const comma = written.indexOf(',');
      const p = comma > 0 ? this.index.inside(name[0], name[0] + comma, PERSONS, true) : null;
      if (p) m = p;
    }
    // `lead author Dr. Mira Feld of the University of Cambridge`, `Jane Roe of the union`: a person
    // named first, before the `of`, `at` or `from` of the body they belong to, speaks (not in `a
    // friend of Jane Roe at the union`: the friend does).
    if (m?.type !== 'person' && / (?:of|at|from) /.test(written)) {
      const q = this.index.inside(name[0], m ? m.span[0] : end, PERSONS);
      if (
        q &&
        PERSON_OF_BODY.test(this.text.slice(q.span[1], Math.min(end, q.span[1] + 8))) &&
        !NOT_THE_PERSON_BEFORE.test(this.text.slice(name[0], q.span[0]))
      )
        m = q;
    }
    // `Her rival, incumbent Paul Verne, …`: a description whose appositive names a person; the person speaks.
    if (
      !m &&
      !appositive &&
      source !== null &&
      source[1] > end + 2 &&
      source[1] - end <= 48 &&
      this.text.charCodeAt(end) === 44 &&
      describingFirst(written.charCodeAt(0)) &&
      DESCRIBING.has(written.slice(0, written.indexOf(' ')).toLowerCase()) &&
      // (Not a source the description cites: `The mayor's office, citing John Smith, said`.)
      !CITING_APPOSITIVE.test(this.text.slice(end + 1, end + 24))
    ) {
      const p = this.index.inside(end, source[1], PERSONS, true);
      if (p) {
        const named: Resolved = { span: p.span, text: p.name };
        this.note(named, 'person', p.name, entityGender(p), name[1]);
        return named;
      }
    }
    // `Spain's envoy to Portugal`, `an adviser to the mayor`: the one after `to` is addressed, not speaking.
    if (m && m.span[0] > name[0] + 3 && afterTo(this.text, m.span[0], name[0])) m = null;
    // `Residents of Goma`, `voters in Ohio`: people of a place speak for themselves, not for its
    // state or city (`officials in Moscow` still stand for its government).
    if (m && m.type === 'gpe' && m.span[0] > name[0] && privateGroupOf(written.slice(0, m.span[0] - name[0])))
      m = null;
    // `France and Germany said`, `Trump and Ryan said`: two named speakers; neither is the speaker
    // alone, so none is given and the phrase is kept (as for a group).
    if (m && m.span[0] > name[0] + 5 && this.coordinated(name[0], m.span[0])) {
      const both: Resolved = { span: null, text: written };
      this.note(both, 'plural', written, null, name[1]);
      return both;
    }
    if (!m) {
      // `the ministry said`: the body named before whose name holds the head.
      const head = the ? BODY_DESCRIPTION.exec(written)?.[1] : undefined;
      const body =
        head && (NAMED_BODY_HEADS.has(head) || GENERIC_BODY_HEADS.has(head))
          ? this.index.lastBodyBefore(this.text, name[0], head, content)
          : null;
      // `the newspaper said`, `the state news agency said`: the outlet named before.
      const outlet = body || !the ? null : outletHead(written);
      const found = body ?? (outlet ? this.outletBefore(name[0], outlet, content) : null);
      if (found) {
        const named: Resolved = { span: found.span, text: found.name };
        this.note(named, 'org', '', null, name[1]);
        return named;
      }
    }
    const resolved: Resolved = {
      span: m ? m.span : null,
      text: m ? written : this.described(name, written, source),
    };
    // (A name of no entity the speaker types hold, `the Orlando Sentinel` typed a place, counts.)
    // (Without an entity, the name's kind and `unknownName` come from one memo.)
    const known = m ? null : KIND_MEMO.get(written, this.lex);
    if (m ? m.type !== 'person' && m.type !== 'media' : known!.unknown) this.lastOtherBodyAt = name[1];
    if (m) {
      // `Trump and Ryan said`: two people, whose `they` follows.
      const kind: Kind = m.type !== 'person' ? 'org' : / and /.test(written) ? 'plural' : 'person';
      this.note(resolved, kind, written, entityGender(m), name[1]);
    } else this.note(resolved, known!.kind, written, null, name[1]);
    return resolved;
  }

  /**
   * True when a named speaker and `and` stand before the name at `at` in the phrase from `from`
   * (`France and` before `Germany`, `President Joe Biden and Chancellor` before `Olaf Scholz`).
   */
  private coordinated(from: number, at: number): boolean {
    const lo = Math.max(from, at - 40);
    const and = this.text.slice(lo, at).lastIndexOf(' and ');
    if (and < 0) return false;
    // (The named speaker ends right at the `and`, no possessive: `France's Minister for Europe and
    // Foreign Affairs Jean-Noel Barrot` is one speaker.)
    // Nor the object of a preposition (`the Minister for Asia and the Pacific`).
    const m = this.index.lastBefore(lo + and, from, null);
    return (
      m !== null &&
      m.span[1] === lo + and &&
      SPEAKER_TYPES.has(m.type) &&
      !OBJECT_OF_PREPOSITION.test(this.text.slice(Math.max(from, m.span[0] - 12), m.span[0]))
    );
  }

  /**
   * The outlet `the newspaper` (head `head`) at `at` stands for: the last one named before it, unless
   * a speaker that is another body spoke since (`…, the Orlando Sentinel reported.` with the paper
   * typed a place, or `the Pentagon said`): then it may be that one, and none is given.
   */
  private outletBefore(at: number, head: string, skip: Span | null): EntityMention | null {
    const m = this.index.lastOutletBefore(this.text, at, head, skip);
    return m && m.span[1] >= this.lastOtherBodyAt ? m : null;
  }

  /**
   * `two people familiar with the matter said`: an unnamed speaker is the name with the descriptor
   * that follows it in the speaker phrase (up to an appositive's comma), not `two people` alone.
   */
  private described(name: [number, number], written: string, source: Span | null): string {
    if (!source || source[0] > name[0] || source[1] <= name[1] + 1 || this.text.charCodeAt(name[1]) !== 32)
      return written;
    const next = this.text.charCodeAt(name[1] + 1);
    if (next < 97 || next > 122) return written;
    const after = this.text.slice(name[1], Math.min(source[1], name[1] + 40));
    const w = /^ (\p{Ll}+) (\p{Ll}+) /u.exec(after);
    if (!w || !DESCRIPTORS.get(w[1]!)?.has(w[2]!)) return written;
    // (The comma looked for inside the source only: a scan to the text's next comma would be
    // quadratic on a long text without one.)
    const comma = this.text.slice(name[1], source[1]).indexOf(',');
    return this.text.slice(name[0], comma >= 0 ? name[1] + comma : source[1]).trimEnd();
  }

  /** Notes a speaker for the pronouns after it. */
  private note(r: Resolved, kind: Kind, written: string, gender: Gender | null, at: number): void {
    if (kind === 'person') this.lastPerson = { resolved: r, gender: gender ?? undefined, written, at };
    if (kind === 'described') this.lastDescribed = { resolved: r, gender: undefined, written, at };
    if (kind === 'none' || kind === 'described') return;
    if (kind === 'org' || kind === 'plural') {
      this.lastPlural = r;
      this.lastPluralAt = at;
    }
    if (kind === 'org' || kind === 'thing') {
      this.lastThing = r;
      this.lastThingAt = at;
    }
  }

  /**
   * A pronoun's referent. `he` and `she` stand for the last person who spoke or was named of no other
   * gender; `they` for the last organisation or group of people that spoke, never for one person;
   * `it` for the last organisation or thing that spoke; `I`, `we` and `you` stay as written (the
   * writer, or a speaker inside a quotation). Each only within a recent window, else as written.
   */
  private pronoun(name: [number, number], written: string, content: Span | null): Resolved {
    const lower = written.length <= 4 ? written.toLowerCase() : '';
    // `several of them said`: a part of a group, neither the group nor one of its people.
    if (lower === 'them' || lower === 'us' || lower === 'those') {
      const part = partitiveBefore(this.text, name[0]);
      if (part >= 0) return { span: null, text: this.text.slice(part, name[1]) };
    }
    if (lower === 'he' || lower === 'she' || lower === 'him' || lower === 'her') {
      const g: Gender = lower === 'she' || lower === 'her' ? 'f' : 'm';
      const last = this.lastPerson && seenGender(this.lastPerson) !== other(g) ? this.lastPerson : null;
      // The last person who spoke, when recent, is the likeliest "he": "X said …. “…,” he said".
      const recent = last !== null && name[0] - last.at <= RECENT_SPEAKER_CHARS;
      // A person named since that speaker who opens a sentence is the likelier one (`Lee resigned
      // last week. He also agreed …`), outside the attribution's own quotation.
      const since = recent ? last.at : name[0] - RECENT_SPEAKER_CHARS;
      const named = this.namedSince(name[0], since, content, g);
      if (named) return { span: named.span, text: named.name };
      if (recent) return last.resolved;
      if (!this.index.empty) {
        // Not a person named inside the quotation it attributes (`“… Lee …,” she said`), nor one of
        // the other gender.
        let p = this.index.lastPersonBefore(name[0]);
        for (let hops = 0; p && hops < MAX_NAMED_HOPS; hops++) {
          const inside = content !== null && p.span[0] >= content[0] && p.span[1] <= content[1];
          if (!inside && entityGender(p) !== other(g)) return { span: p.span, text: p.name };
          p = this.index.lastPersonBefore(p.span[0]);
        }
      }
      if (last) return last.resolved;
      // No person named before: `A police spokeswoman confirmed the arrest. She said …`, `The
      // foreign minister was blunt. “…,” she said` — the person described, when recent.
      const described =
        this.lastDescribed &&
        name[0] - this.lastDescribed.at <= RECENT_SPEAKER_CHARS &&
        seenGender(this.lastDescribed) !== other(g)
          ? this.lastDescribed.resolved
          : null;
      return described ?? this.subjectDescribed(name[0], content, g) ?? { span: null, text: written };
    }
    if (lower === 'they' || lower === 'them') {
      if (this.lastPlural && name[0] - this.lastPluralAt <= RECENT_SPEAKER_CHARS) return this.lastPlural;
    } else if (lower === 'it') {
      // `Poland summoned the envoy over what it called …`: a named body opening the pronoun's
      // sentence, with no other name of a body or place between them, is what `it` stands for.
      const subject = this.sentenceSubject(name[0], content);
      if (subject) {
        const resolved: Resolved = { span: subject.span, text: subject.name };
        this.note(resolved, 'org', subject.name, null, name[1]);
        return resolved;
      }
      if (this.lastThing && name[0] - this.lastThingAt <= RECENT_SPEAKER_CHARS) return this.lastThing;
    }
    return { span: null, text: written };
  }

  /**
   * `Russia said Ukraine had shelled the town, a charge it denied`: the pronoun of one who answers a
   * claim reported before stands for the claim's subject when a name of a fitting kind opens it
   * (`it` a body or place, `he`/`she` a person), not for whoever made the claim.
   */
  private accused(name: [number, number], written: string, content: Span | null): Resolved | null {
    if (!content || content[1] > name[0]) return null;
    const lower = written.toLowerCase();
    const person = lower === 'he' || lower === 'she';
    if (!person && lower !== 'it') return null;
    const m = this.index.firstFrom(content[0], content[0] + 5);
    if (!m || (m.type === 'person') !== person || !SPEAKER_TYPES.has(m.type)) return null;
    const lead = this.text.slice(content[0], m.span[0]);
    if (lead !== '' && !/^the\s+$/i.test(lead)) return null;
    const resolved: Resolved = { span: m.span, text: m.name };
    this.note(resolved, person ? 'person' : 'org', m.name, person ? entityGender(m) : null, name[1]);
    return resolved;
  }

  /**
   * The body or place named last before `at` in its sentence, outside `content`, when it opens the
   * sentence (after `The` at most): the sentence's subject.
   */
  private sentenceSubject(at: number, content: Span | null): EntityMention | null {
    const from = sentenceStart(this.text, at);
    const m = this.index.lastBefore(at, from, content);
    if (!m || m.type === 'person' || !SPEAKER_TYPES.has(m.type)) return null;
    const lead = this.text.slice(from, m.span[0]);
    return lead.trim() === '' || /^\s*the\s+$/i.test(lead) ? m : null;
  }

  /**
   * A description of one person opening a sentence within the recent window before `at` (`The
   * foreign minister was blunt.`), outside `content`, of no other gender than `g`: the last one.
   */
  private subjectDescribed(at: number, content: Span | null, g: Gender): Resolved | null {
    const from = Math.max(0, at - RECENT_SPEAKER_CHARS);
    const window = this.text.slice(from, at);
    let found: Resolved | null = null;
    SUBJECT_DESCRIBED.lastIndex = 0;
    for (let m = SUBJECT_DESCRIBED.exec(window); m; m = SUBJECT_DESCRIBED.exec(window)) {
      // (A match at the window's start opens no sentence unless the text starts there.)
      if (m.index === 0 && from > 0) continue;
      const start = from + m.index + m[0].length - m[1]!.length;
      if (content !== null && start >= content[0] && start < content[1]) continue;
      // The description up to its first person noun (`The foreign minister` of `The foreign minister was`).
      const words = m[1]!.split(/\s+/);
      let head = 1;
      while (head < words.length && !personNoun(words[head]!)) head++;
      if (head === words.length) continue;
      const written = words.slice(0, head + 1).join(' ');
      if (textGender(written) === other(g)) continue;
      found = { span: null, text: written };
    }
    return found;
  }

  /**
   * The last person mention from `since` to `at` that opens a sentence, is a name (not a pronoun
   * the entity stage linked) and stands outside `content`.
   */
  private namedSince(at: number, since: number, content: Span | null, g: Gender): EntityMention | null {
    let p = this.index.lastPersonBefore(at);
    // The sentence of the last person named (outside the quotation); its opener, if a person.
    let floor = -1;
    for (let hops = 0; p && p.span[0] >= since && hops < MAX_NAMED_HOPS; hops++) {
      const inside = content !== null && p.span[0] >= content[0] && p.span[1] <= content[1];
      if (
        !inside &&
        entityGender(p) !== other(g) &&
        !PRONOUN_MENTION.test(this.text.slice(p.span[0], p.span[1]))
      ) {
        if (floor < 0) floor = sentenceStart(this.text, p.span[0]);
        if (p.span[0] < floor) return null;
        if (opensSentence(this.text, p.span[0])) return p;
      }
      p = this.index.lastPersonBefore(p.span[0]);
    }
    return null;
  }

  /** A relay's entity mention inside its name span, if any. */
  relay(name: [number, number] | null): Resolved {
    if (!name) return { span: null, text: null };
    // (Another type only as the phrase's head: in `US media` the country is no relay.)
    const m =
      this.index.inside(name[0], name[1], RELAY_TYPES) ??
      this.index.inside(name[0], name[1], undefined, true);
    const written = this.text.slice(name[0], name[1]);
    if (!m) {
      // `the news agency said, citing …`: the outlet named before.
      const head = outletHead(written);
      const outlet = head ? this.outletBefore(name[0], head, null) : null;
      if (outlet) return { span: outlet.span, text: outlet.name };
    }
    return { span: m ? m.span : null, text: written };
  }
}
