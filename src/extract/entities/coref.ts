import type { EntityType } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { mapArray } from './arrays.ts';
import { EX_SOVIET, LEADER_HEADS, ORG_HEADS, PRONOUNS, REPORTING_VERBS } from './constants.ts';
import { GAZ, gazetteers, lexiconLines } from './gazetteers.ts';
import { foldWord, nameKey } from './names.ts';
import { sortInPlace } from './order.ts';
import type { WordSentence } from './words.ts';

/**
 * In-document coreference, rule-based and conservative. Names cluster by their folded key; a
 * one-word person name joins the full name whose first or last word it matches (`Lukashenko` →
 * `Alexander Lukashenko`, either direction in the text). Then words that stand for an entity
 * without naming it are linked: `he`/`she` next to a reporting verb → the last person who spoke;
 * `the president` → the person whose role says so; `the ministry` → the last ministry named;
 * `Belarus’ strongman leader` → the leader of that country (a descriptor, not a title);
 * `the ex-Soviet republic` → the most salient former Soviet republic of the document.
 */

/** A named mention before clustering. */
export interface Draft {
  readonly si: number;
  readonly start: number;
  readonly end: number;
  readonly span: Span;
  type: EntityType;
  readonly name: string;
  readonly attrs: Record<string, string | number | boolean | null>;
  readonly role: string | null;
  readonly roleOf: string | null;
  readonly by: string;
  /** Set by clustering. */
  cluster: number;
  /** A person who speaks here (subject of a reporting verb, or quoted). */
  speaker?: boolean;
}

/** A cluster of mentions: one entity of the document. */
export interface Cluster {
  readonly id: number;
  type: EntityType;
  name: string;
  role: string | null;
  attrs: Record<string, string | number | boolean | null>;
  readonly members: Draft[];
}

/** Words that may follow a nominal (`the ministry has`, `the president said`). */
const NOMINAL_FOLLOWERS = new Set([
  'has',
  'had',
  'have',
  'was',
  'is',
  'were',
  'are',
  'will',
  'would',
  'could',
  'may',
  'might',
  'also',
  'and',
  'who',
  'which',
  'on',
  'in',
  'at',
  'for',
  'to',
  'that',
  'did',
  'does',
  'later',
]);

const lastWord = (name: string) => name.split(' ').at(-1)!;
const firstWord = (name: string) => name.split(' ')[0]!;

/** Class bits (`GAZ`) of one word in the name lists: a known given name or surname. */
function nameListBits(word: string): number {
  return gazetteers().features.bits([word.toLowerCase()]) & (GAZ.first | GAZ.last);
}

/**
 * One name, one kind of thing in a document: the tagger reads some mentions of a name as a person
 * and others as an organisation or place (`SpaceX said` beside `SpaceX's rocket`), which would
 * make two entities of one. Mentions of one name (its letters, case and accents aside: not the
 * looser keys, which join `Clinton` and `Clintonian`) typed as a person and as an organisation,
 * place or other take one type:
 * - a longer name is a person's when its first word is a given name in the lists, when the
 *   document uses its first or last word alone for a person (`Jeb` … `Jeb Bush`), or when at least
 *   as many of its mentions say so;
 * - a one-word name is a person's when a full name of a person in the document ends with it
 *   (`Koch` beside `Charles Koch`; a full name whose first word is a given name in the lists or
 *   one the document uses alone for a person), else when more of its mentions say so than not, a mention as
 *   the subject of a reporting verb counting half again (`Vogel said`); never when it ends with a
 *   capital after a small letter, which no person's name does (`SpaceX`).
 * Mentions in the first sentence weigh less, as in `finish`. Then a surname alone that the tagger
 * read as an organisation or other (never as a person or a place: `near Turner, Arkansas`), beside
 * a full name of a person that ends with it, is that person's (`Bush` beside `Jeb Bush`), unless
 * the lists know it as a place or organisation (`Jordan`, `Ford`). Media, units, events and equipment keep their type.
 */
export function oneTypePerName(drafts: readonly Draft[]): void {
  // Case and accents aside, the same letters (`foldWord` folds `Clintonian` into `Clinton`).
  const foldName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.type !== 'person' && !UNIFIED_TYPES.has(d.type)) continue;
    const k = foldName(d.name);
    const list = byName.get(k);
    if (list) list.push(d);
    else byName.set(k, [d]);
  }
  const lonePersons = new Set<string>();
  for (const d of drafts) if (d.type === 'person' && !d.name.includes(' ')) lonePersons.add(foldName(d.name));
  // Surnames of full names that are plainly a person's: the first word a given name in the lists
  // or used alone for a person (the tagger's `Principles PAC` or `RJR Nabisco` vouch for nothing).
  const personal = (name: string) => {
    const first = name.split(' ')[0]!;
    return (nameListBits(first) & GAZ.first) !== 0 || lonePersons.has(foldName(first));
  };
  const surnames = new Set<string>();
  for (const d of drafts)
    if (d.type === 'person' && d.name.includes(' ') && personal(d.name))
      surnames.add(foldName(d.name.split(' ').at(-1)!));
  for (const list of byName.values()) {
    const words = list[0]!.name.split(' ');
    const first = words[0]!;
    const last = words.at(-1)!;
    const hasPerson = list.some((d) => d.type === 'person');
    if (!hasPerson) {
      // A given name and a surname the document uses alone for a person (`Taylor Swift` … `Swift said`).
      // The given-name list misses names that are also surnames (`Taylor`): a first word no list
      // knows as a place, a company or a common word will do, unless the lists name the whole.
      if (
        words.length > 1 &&
        words.length <= 3 &&
        givenLike(first) &&
        words.every((w) => /^\p{Lu}/u.test(w)) &&
        !list.some((d) => d.by.endsWith(':alias')) &&
        !ORG_NAME_TAILS.has(last.toLowerCase()) &&
        lonePersons.has(foldName(last))
      )
        for (const d of list) d.type = 'person';
      continue;
    }
    if (!list.some((d) => d.type !== 'person')) continue;
    const { person: pv, other: ov } = votes(list);
    const person =
      words.length > 1
        ? (nameListBits(first) & GAZ.first) !== 0 ||
          lonePersons.has(foldName(first)) ||
          lonePersons.has(foldName(last)) ||
          pv >= ov
        : !BRAND_ENDING.test(first) && (surnames.has(foldName(first)) || pv > ov);
    const winner = person ? 'person' : majority(list.filter((d) => d.type !== 'person'));
    for (const d of list) d.type = winner;
  }
  // Surnames alone that the tagger read as something else, beside the person's full name.
  const fullNames = new Set<string>();
  for (const d of drafts)
    if (d.type === 'person' && d.name.includes(' ') && personal(d.name))
      fullNames.add(foldName(d.name.split(' ').at(-1)!));
  for (const list of byName.values()) {
    const name = list[0]!.name;
    if (name.includes(' ') || !fullNames.has(foldName(name))) continue;
    // Read as a place, it is one by its context (`near Turner, Arkansas`, beside Ted Turner).
    if (list.some((d) => d.type !== 'organization' && d.type !== 'other')) continue;
    const bits = gazetteers().features.bits([name.toLowerCase()]);
    if ((bits & (GAZ.country | GAZ.city | GAZ.region | GAZ.org)) !== 0 || BRAND_ENDING.test(name)) continue;
    for (const d of list) d.type = 'person';
  }
}

/** The population from which a city's name is no given name (`Pittsburgh`, not `Taylor`). */
const GIVEN_NAME_CITY_MAX = 100_000;

/**
 * A listed given name, or a word the lists know as no country, region, company, listed name or
 * common word (`Taylor`, not `Amazon` of `Amazon Alexa`).
 */
function givenLike(word: string): boolean {
  const bits = gazetteers().features.bits([word.toLowerCase()]);
  if ((bits & GAZ.first) !== 0) return true;
  if (gazetteers().aliases.has(word.toLowerCase())) return false;
  // Small towns are named after people (`Taylor`); a large city is the city (`Pittsburgh Steelers`).
  const city = gazetteers().cities.get(word.toLowerCase());
  if (city && city.population >= GIVEN_NAME_CITY_MAX) return false;
  const other = GAZ.country | GAZ.region | GAZ.demonym | GAZ.org | GAZ.common;
  return (bits & other) === 0 && /^\p{Lu}\p{Ll}+$/u.test(word);
}

/** A name ending with a capital after a small letter (`SpaceX`): a brand's, never a person's. */
const BRAND_ENDING = /\p{Ll}\p{Lu}$/u;

/** Votes of named mentions for a person and for anything else (a first sentence's weigh less, a person who speaks more). */
function votes(list: readonly Draft[]): { person: number; other: number } {
  let person = 0;
  let other = 0;
  for (const m of list) {
    if (m.by.includes('coref')) continue;
    const w = m.si === 0 ? HEADLINE_VOTE : 1;
    if (m.type === 'person') person += m.speaker ? w * SPEAKER_VOTE : w;
    else other += w;
  }
  return { person, other };
}

/** The weight of a person's mention as the subject of a reporting verb (`Vogel said`), against one vote. */
const SPEAKER_VOTE = 1.5;

/**
 * The type most of these mentions have, counting named ones only; a mention in the first sentence
 * (most often a title-case headline, where the tagger reads worst) weighs less, so it decides only
 * what the body does not. Ties go to the first named mention's type, else to `fallback`.
 */
function majority(list: readonly Draft[], fallback?: EntityType): EntityType {
  const votes = new Map<EntityType, number>();
  let best: EntityType | undefined;
  for (const m of list) {
    if (m.by.includes('coref')) continue;
    best ??= m.type;
    votes.set(m.type, (votes.get(m.type) ?? 0) + (m.si === 0 ? HEADLINE_VOTE : 1));
  }
  best ??= fallback ?? list[0]!.type;
  for (const [t, n] of votes) if (n > (votes.get(best) ?? 0)) best = t;
  return best;
}

/** Clusters named mentions (in text order) and returns the clusters in order of first mention. */
export function clusterNames(drafts: Draft[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const make = (d: Draft, key: string): Cluster => {
    const c: Cluster = {
      id: clusters.length,
      type: d.type,
      name: d.name,
      role: null,
      attrs: {},
      members: [],
    };
    clusters.push(c);
    byKey.set(key, c);
    return c;
  };
  const persons = drafts.filter((d) => d.type === 'person');
  // Full names first, so that a surname before the full name still finds it.
  for (const d of persons) {
    if (!d.name.includes(' ')) continue;
    const key = `person|${nameKey(d.name)}`;
    (byKey.get(key) ?? make(d, key)).members.push(d);
  }
  const full = clusters.slice();
  const orgs = shortOrgNames(drafts);
  for (const d of persons) {
    if (d.name.includes(' ')) continue;
    const k = foldWord(d.name);
    const hit =
      full.find((c) => foldWord(lastWord(c.name)) === k) ??
      full.find((c) => foldWord(firstWord(c.name)) === k);
    if (hit) hit.members.push(d);
    else if (orgs.has(k)) {
      // `Alden` after `Alden Capital`, `Take-Two` beside `Take-Two Interactive`: the short form of
      // an organisation named in the document, not a person (no full person name has that word).
      d.type = orgs.get(k)!.type;
      d.cluster = SHORT_FORM;
      orgs.get(k)!.short.push(d);
    } else {
      const key = `person|${k}`;
      (byKey.get(key) ?? make(d, key)).members.push(d);
    }
  }
  for (const d of drafts) {
    if (d.type === 'person' || d.cluster === SHORT_FORM) continue;
    // `Harwick` beside `Harwick Capital`, whatever the tagger called it (not a listed place).
    const short = d.name.includes(' ') || d.type === 'gpe' ? undefined : orgs.get(foldWord(d.name));
    if (short && UNIFIED_TYPES.has(d.type)) {
      d.type = short.type;
      short.short.push(d);
      continue;
    }
    // Places and organisations of one name are one entity whatever the tagger called each mention
    // (a title-case headline's `Hezbollah` read as a place): the mentions' votes type it.
    const group = UNIFIED_TYPES.has(d.type) ? 'name' : d.type;
    const key = `${group}|${nameKey(d.name)}`;
    (byKey.get(key) ?? make(d, key)).members.push(d);
  }
  for (const { org, short } of orgs.values()) {
    const key = `${UNIFIED_TYPES.has(org.type) ? 'name' : org.type}|${nameKey(org.name)}`;
    if (short.length > 0) (byKey.get(key) ?? make(org, key)).members.push(...short);
  }
  for (const c of clusters) finish(c);
  sortInPlace(clusters, (a, b) => a.members[0]!.span[0] - b.members[0]!.span[0]);
  return clusters;
}

/** Marks a draft taken as an organisation's short form (its cluster is set later). */
const SHORT_FORM = -2;

/**
 * The first words (folded) of the document's two-word organisation names whose second word is a
 * company's or institution's (`Alden Capital`, `Marvel Studios`), each with its name's draft, type
 * and the short forms found. A word that starts two such names, or a word of a full person name
 * in the document, is left out.
 */
function shortOrgNames(
  drafts: readonly Draft[],
): Map<string, { org: Draft; type: EntityType; short: Draft[] }> {
  const out = new Map<string, { org: Draft; type: EntityType; short: Draft[] } | null>();
  // Words of full person names (`Anna Harwick`) stand for the person, not a company.
  const personal = new Set<string>();
  for (const d of drafts) {
    if (d.type !== 'person' || !d.name.includes(' ')) continue;
    personal.add(foldWord(firstWord(d.name)));
    personal.add(foldWord(lastWord(d.name)));
  }
  for (const d of drafts) {
    if (d.type !== 'organization' && d.type !== 'media') continue;
    const words = d.name.split(' ');
    if (words.length !== 2 || !ORG_NAME_TAILS.has(words[1]!.toLowerCase())) continue;
    const k = foldWord(words[0]!);
    if (personal.has(k)) continue;
    const known = out.get(k);
    if (known === undefined) out.set(k, { org: d, type: d.type, short: [] });
    else if (known !== null && nameKey(known.org.name) !== nameKey(d.name)) out.set(k, null);
  }
  const kept = new Map<string, { org: Draft; type: EntityType; short: Draft[] }>();
  for (const [k, v] of out) if (v !== null) kept.set(k, v);
  return kept;
}

/** Second words of a company's or institution's name that its first word may stand for alone. */
const ORG_NAME_TAILS: ReadonlySet<string> = new Set(
  'capital studios studio entertainment interactive group holdings partners technologies labs securities ventures motors airlines airways pharmaceuticals industries systems networks software games media inc inc. corp corp. corporation ltd llc plc'.split(
    ' ',
  ),
);

/** The weight of a first sentence's mention in a cluster's type vote. */
const HEADLINE_VOTE = 0.75;

/** Types the tagger confuses for one name; media, units, events and equipment keep their own. */
const UNIFIED_TYPES: ReadonlySet<EntityType> = new Set(['gpe', 'location', 'organization', 'other']);

/** Name, type, role and facts of a cluster from its members. */
function finish(c: Cluster): void {
  sortInPlace(c.members, (a, b) => a.span[0] - b.span[0]);
  const named = c.members.filter((m) => !m.by.includes('coref'));
  const best = majority(c.members, c.type);
  c.type = best;
  if (best === 'person')
    c.name = named.reduce((a, m) => (m.name.split(' ').length > a.split(' ').length ? m.name : a), c.name);
  c.role = c.members.find((m) => m.role)?.role ?? null;
  const roleOf = c.members.find((m) => m.roleOf)?.roleOf;
  const attrs: Cluster['attrs'] = {};
  for (const m of c.members) Object.assign(attrs, m.attrs);
  if (roleOf) attrs.roleOf = roleOf;
  delete attrs.demonym;
  c.attrs = attrs;
}

/** A mention made by coreference: span, cluster and rule. */
export interface Linked {
  readonly span: Span;
  readonly cluster: Cluster;
  readonly rule: 'pronoun' | 'nominal' | 'descriptor';
}

function isCap(w: string | undefined): boolean {
  return !!w && /^\p{Lu}/u.test(w);
}

/**
 * Marks speakers: a person followed by a reporting verb (after its role apposition, if any), or
 * right after `quoted` / `according to`.
 */
export function markSpeakers(
  sentences: readonly WordSentence[],
  drafts: readonly Draft[],
  roleEnds: ReadonlyMap<Draft, number>,
): void {
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const words = sentences[d.si]!.words;
    let after = roleEnds.get(d) ?? d.end;
    if (words[after] === ',') after++;
    const next = words[after]?.toLowerCase();
    const prev = words[d.start - 1]?.toLowerCase();
    const prev2 = words[d.start - 2]?.toLowerCase();
    if ((next && REPORTING_VERBS.has(next)) || prev === 'quoted' || (prev === 'to' && prev2 === 'according'))
      d.speaker = true;
  }
}

type Gender = 'm' | 'f';
/** `he` and `she`, by index. */
const GENDERS: readonly Gender[] = ['m', 'f'];
const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr.', 'm'],
  ['mr', 'm'],
  ['mrs.', 'f'],
  ['mrs', 'f'],
  ['ms.', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
]);
const ROLE_FEMALE = /\b(?:\w+woman|actress|queen|princess|first lady|wife|mother|daughter|sister)\b/i;
const ROLE_MALE = /\b(?:\w+man|actor|king|prince|husband|father|son|brother)\b/i;

/**
 * The gender a document shows for each person, when it shows one: a courtesy title before a
 * mention (`Mr.`, `Ms.`), a role (`spokeswoman`, `chairman`), else the first word of the name in
 * `lexicons/entities/given-genders.txt` (a name of one word too: `Andrew`, `Elise` are most often a
 * given name used alone). Signs that disagree leave it unknown. Kept on the cluster as
 * `attrs.gender` (`m`|`f`), so that `she said` is linked to no `Mr. Trump`, here and in the quote
 * stage's speakers.
 */
export function markGenders(sentences: readonly WordSentence[], clusters: readonly Cluster[]): void {
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    const seen = new Set<Gender>();
    for (const m of c.members) {
      const g = TITLE_GENDER.get(sentences[m.si]?.words[m.start - 1]?.toLowerCase() ?? '');
      if (g) seen.add(g);
    }
    if (seen.size === 0 && c.role) {
      if (ROLE_FEMALE.test(c.role)) seen.add('f');
      else if (ROLE_MALE.test(c.role)) seen.add('m');
    }
    if (seen.size === 0) {
      const g = givenGenders().get(firstWord(c.name).toLowerCase());
      if (g) seen.add(g);
    }
    if (seen.size === 1) c.attrs.gender = [...seen][0]!;
  }
}

/** The gender `markGenders` kept on a cluster, if any. */
function genderOf(c: Cluster): Gender | undefined {
  const g = c.attrs.gender;
  return g === 'm' || g === 'f' ? g : undefined;
}

let givenGenderMap: ReadonlyMap<string, Gender> | null = null;
function givenGenders(): ReadonlyMap<string, Gender> {
  givenGenderMap ??= new Map(
    lexiconLines('given-genders.txt').map((l) => {
      const [name, g] = l.split('\t');
      return [name!, g === 'f' ? 'f' : 'm'] as const;
    }),
  );
  return givenGenderMap;
}

/** Heads of the role nominals `linkMentions` resolves (`the president` → the person with that role). */
const ROLE_NOMINALS = [
  'president',
  'minister',
  'leader',
  'chief',
  'general',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'chancellor',
  'senator',
  'governor',
  'mayor',
  'secretary',
  'commander',
  'director',
  'chairman',
  'chairwoman',
  'prosecutor',
  'judge',
  'premier',
  'envoy',
  'admiral',
  'colonel',
  'sheriff',
  'nominee',
  'candidate',
  'pope',
  'pontiff',
  'king',
  'queen',
  'monarch',
] as const;
const ROLE_NOMINAL_SET: ReadonlySet<string> = new Set(ROLE_NOMINALS);

/** Abbreviated titles and the role nominal each stands for (`Sen. Joan Smith` … `the senator`). */
const TITLE_ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bsen\./, 'senator'],
  [/\bgov\./, 'governor'],
  [/\bgen\./, 'general'],
  [/\badm\./, 'admiral'],
  [/\bcol\./, 'colonel'],
  [/\bamb\./, 'ambassador'],
  [/\bpres\./, 'president'],
  [/\bsec\./, 'secretary'],
  [/\bcmdr\./, 'commander'],
];

/** Offices and the other nominal each goes by (`Pope Leo` … `the pontiff`, `King Harald` … `the monarch`). */
const ROLE_SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/\bpope\b/, 'pontiff'],
  // (Not `queen`: most queens in the news are consorts, no monarch: `King Charles and Queen Camilla
  // …, the monarch said` is the king.)
  [/\bking\b/, 'monarch'],
];

/**
 * A person's role in lower case, with the role nominals its abbreviated titles and synonyms stand
 * for; an office that opens the name counts as a role (`Pope Leo`, `King Harald`).
 */
function roleText(role: string | null, name = ''): string {
  const first = name.slice(0, name.indexOf(' ') + 1).toLowerCase();
  const r = (role ?? '').toLowerCase() + (/^(?:pope|king|queen) $/.test(first) ? ` ${first}` : '');
  let out = r;
  for (const [office, other] of ROLE_SYNONYMS) if (office.test(r)) out += ` ${other}`;
  if (!r.includes('.')) return out;
  for (const [abbr, full] of TITLE_ABBREVIATIONS) if (abbr.test(r)) out += ` ${full}`;
  return out;
}

/**
 * The named mentions that end before a position, read as the position moves forward through the
 * document: for each kind of question `linkMentions` asks, the last such mention in text order
 * that answers it. Each mention is added once, so linking is linear in the document (filtering
 * every earlier mention per pronoun or nominal was quadratic).
 */
class EarlierMentions {
  private readonly byEnd: number[];
  private ready = 0;
  /**
   * Indices (into the mentions in text order) of the last person and the last speaking person that
   * `he` (index 0) and `she` (index 1) may stand for: any person not known to be of the other gender.
   */
  readonly person = [-1, -1];
  readonly speaker = [-1, -1];
  /** Per last word of a non-person's name (`ministry`), the last such mention. */
  readonly byHead = new Map<string, number>();
  /** Per role nominal, the last person whose cluster's role contains it. */
  readonly byRole = new Map<string, number>();

  constructor(readonly mentions: readonly { m: Draft; c: Cluster }[]) {
    this.byEnd = mapArray(mentions, (_, k) => k).sort(
      (a, b) => mentions[a]!.m.span[1] - mentions[b]!.m.span[1],
    );
  }

  /** Adds the mentions ending at or before `pos` (positions must not decrease). */
  advance(pos: number): void {
    const { mentions, byEnd } = this;
    while (this.ready < byEnd.length && mentions[byEnd[this.ready]!]!.m.span[1] <= pos) {
      const k = byEnd[this.ready++]!;
      const { m, c } = mentions[k]!;
      if (c.type === 'person') {
        const g = genderOf(c);
        for (const p of [0, 1] as const) {
          if (g === GENDERS[1 - p]) continue;
          this.person[p] = Math.max(this.person[p]!, k);
          if (m.speaker) this.speaker[p] = Math.max(this.speaker[p]!, k);
        }
        const role = roleText(c.role, c.name);
        for (const r of ROLE_NOMINALS)
          if (role.includes(r)) this.byRole.set(r, Math.max(this.byRole.get(r) ?? -1, k));
      } else {
        const head = lastWord(c.name).toLowerCase();
        this.byHead.set(head, Math.max(this.byHead.get(head) ?? -1, k));
      }
    }
  }
}

/** Person nouns that name a speaker without a name (`One woman said she …`). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  'woman man girl boy mother father wife husband resident residents witness neighbour neighbor driver worker farmer student teacher soldier officer official spokesman spokeswoman spokesperson analyst voter supporter protester friend source aide lawyer doctor nurse owner customer passenger survivor victim'.split(
    ' ',
  ),
);

/** True when word `k` is a lower-case person noun (the subject right before a reporting verb). */
function commonNounSubject(words: readonly string[], k: number): boolean {
  const w = words[k];
  return w !== undefined && w === w.toLowerCase() && PERSON_NOUNS.has(w);
}

/** Links pronouns, nominals and descriptors to clusters. */
export function linkMentions(sentences: readonly WordSentence[], clusters: readonly Cluster[]): Linked[] {
  const out: Linked[] = [];
  const mentions = clusters
    .flatMap((c) => c.members.map((m) => ({ m, c })))
    .sort((a, b) => a.m.span[0] - b.m.span[0]);
  // Mentions in text order are in sentence order too, so the last of any kind is the latest sentence's.
  const earlier = new EarlierMentions(mentions);
  const salience = (c: Cluster) => c.members.length + (c.members.some((m) => m.si === 0) ? 2 : 0);
  sentences.forEach((s, si) => {
    const w = s.words;
    for (let i = 0; i < w.length; i++) {
      // Only `he`, `she` and `the` open what this links: skip everything else cheaply.
      const first = w[i]!.charCodeAt(0) | 0x20;
      if (first !== 0x68 && first !== 0x73 && first !== 0x74) continue;
      const lw = w[i]!.toLowerCase();
      const at = s.starts[i]!;
      // he / she in an attribution
      if (
        PRONOUNS.has(lw) &&
        (REPORTING_VERBS.has(w[i + 1]?.toLowerCase() ?? '') ||
          REPORTING_VERBS.has(w[i - 1]?.toLowerCase() ?? ''))
      ) {
        // `One woman said she counted …`: a speaker named by a common noun is the pronoun's
        // referent, and no named person is.
        if (REPORTING_VERBS.has(w[i - 1]?.toLowerCase() ?? '') && commonNounSubject(w, i - 2)) continue;
        earlier.advance(at);
        // The last speaker among the persons of the last five sentences, else the last person there.
        const recent = (k: number) => (k >= 0 && mentions[k]!.m.si >= si - 4 ? mentions[k] : undefined);
        const p = lw === 'she' ? 1 : 0;
        const who = recent(earlier.speaker[p]!) ?? recent(earlier.person[p]!);
        if (who) out.push({ span: [at, s.ends[i]!], cluster: who.c, rule: 'pronoun' });
        continue;
      }
      if (lw !== 'the') continue;
      const next = w[i + 1]?.toLowerCase() ?? '';
      const next2 = w[i + 2]?.toLowerCase() ?? '';
      // the ex-Soviet republic
      if (/^(ex|post|former)-?soviet$/.test(next) || (next === 'former' && next2 === 'soviet')) {
        const headAt = next === 'former' && next2 === 'soviet' ? i + 3 : i + 2;
        if (!/^(republic|state|country|nation)$/.test(w[headAt]?.toLowerCase() ?? '')) continue;
        const cands = clusters.filter(
          (c) =>
            c.type === 'gpe' &&
            EX_SOVIET.has(String(c.attrs.country ?? '')) &&
            c.members.some((m) => m.span[0] < at),
        );
        const best = cands.sort((a, b) => salience(b) - salience(a))[0];
        if (best) out.push({ span: [at, s.ends[headAt]!], cluster: best, rule: 'nominal' });
        continue;
      }
      // the president / the minister: the person with that role; the ministry: the last one named
      // `the general staff`, `the president of …`, `the minister Viktor …` are not the nominal itself.
      if (next2 && /^\p{L}/u.test(next2) && !REPORTING_VERBS.has(next2) && !NOMINAL_FOLLOWERS.has(next2))
        continue;
      if (ORG_HEADS.has(next)) {
        earlier.advance(at);
        const org = mentions[earlier.byHead.get(next) ?? -1];
        if (org) out.push({ span: [at, s.ends[i + 1]!], cluster: org.c, rule: 'nominal' });
      } else if (ROLE_NOMINAL_SET.has(next)) {
        earlier.advance(at);
        const person = mentions[earlier.byRole.get(next) ?? -1];
        if (person) out.push({ span: [at, s.ends[i + 1]!], cluster: person.c, rule: 'nominal' });
      }
    }
  });
  return out;
}

/**
 * Descriptors: `<gpe>’ [adjective…] leader` not followed by a name stands for that country's leader,
 * when the document names exactly one person with a leader's role.
 */
export function linkDescriptors(
  sentences: readonly WordSentence[],
  drafts: readonly Draft[],
  clusters: readonly Cluster[],
): Linked[] {
  const out: Linked[] = [];
  const leaders = clusters.filter(
    (c) => c.type === 'person' && /president|leader|prime minister|premier/i.test(c.role ?? ''),
  );
  for (const d of drafts) {
    if (d.type !== 'gpe') continue;
    const w = sentences[d.si]!.words;
    const s = sentences[d.si]!;
    if (!/^['\u2019]s?$/.test(w[d.end] ?? '')) continue;
    let j = d.end + 1;
    const from = j;
    while (j < w.length && j - from < 3 && /^\p{Ll}/u.test(w[j]!) && !LEADER_HEADS.has(w[j]!)) j++;
    while (LEADER_HEADS.has(w[j + 1] ?? '')) j++;
    if (!LEADER_HEADS.has(w[j] ?? '') || isCap(w[j + 1])) continue;
    const mine = leaders.filter((c) => !c.attrs.roleOf || c.attrs.roleOf === d.name);
    if (mine.length !== 1) continue;
    out.push({ span: [s.starts[from]!, s.ends[j]!], cluster: mine[0]!, rule: 'descriptor' });
  }
  return out;
}

/**
 * Organisations named by a country and a common noun (`Belarus’ defense ministry`): a gpe, a
 * possessive, then up to three lower-case words ending in an organisation head.
 */
export function possessiveOrgs(
  sentences: readonly WordSentence[],
  drafts: readonly Draft[],
): { si: number; start: number; end: number; name: string; type: EntityType }[] {
  const out: { si: number; start: number; end: number; name: string; type: EntityType }[] = [];
  for (const d of drafts) {
    if (d.type !== 'gpe') continue;
    const w = sentences[d.si]!.words;
    if (!/^['\u2019]s?$/.test(w[d.end] ?? '')) continue;
    const from = d.end + 1;
    let head = -1;
    for (let j = from; j < w.length && j - from < 3 && /^\p{Ll}/u.test(w[j]!); j++)
      if (ORG_HEADS.has(w[j]!)) head = j;
    if (head < 0 || /^\p{Ll}+s$/u.test(w[head + 1] ?? '')) continue;
    const words = w.slice(from, head + 1);
    const title = words.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(' ');
    const type: EntityType = /^(army|military|forces|troops)$/.test(w[head]!)
      ? 'military_unit'
      : 'organization';
    out.push({ si: d.si, start: from, end: head + 1, name: `${d.name} ${title}`, type });
  }
  return out;
}
