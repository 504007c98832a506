import type { EntityMention, QuantityMention, TimeMention } from '../../model/mention.ts';
import {
  ACTOR_STOP,
  ACTOR_TYPES,
  ACTOR_WINDOW,
  AFTER_WINDOW,
  AUXILIARIES,
  CLAUSE_SUBJECTS,
  DETERMINERS,
  FORCE_REACH,
  LIGHT_VERBS,
  MAX_ACTORS,
  NAME_WINDOW,
  OBJECT_PREPS,
  PARENTHETICAL_MAX,
  PLACE_ONLY_PREPS,
  PLACE_PREPS,
  PLACE_SKIP,
  PLACE_TYPES,
  POSSESSIVE_MARKS,
  RELATIVE_REACH,
  RELATIVES,
  REPORT_VERBS,
  SENTENCE_REACH,
  SIZE_UNITS,
  TEMPORAL_CONJUNCTIONS,
  TIME_WINDOW,
} from './constants.ts';
import type { EventContext } from './context.ts';

/**
 * Argument rules. Each looks in a window of words around the trigger, bounded by the sentence,
 * the neighbouring triggers and the quote holding the trigger, so every rule is O(window).
 */

/** The words a trigger's arguments may come from: `[floor, ceil)`. */
export interface Bounds {
  readonly floor: number;
  readonly ceil: number;
}

const DASHES = new Set(['—', '–', '--']);
const COORD = new Set(['and', ',', '&']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

function entity(c: EventContext, w: number): EntityMention | null {
  const i = c.entityAt[w]!;
  return i < 0 ? null : c.entities[i]!;
}

/** The first word of the entity mention covering word `w`. */
function entityStart(c: EventContext, w: number): number {
  const e = entity(c, w);
  let k = w;
  while (k > 0 && e && c.words[k - 1]!.start >= e.span[0]) k--;
  return k;
}

/** The word after the entity mention covering word `w`. */
function entityEnd(c: EventContext, w: number): number {
  const e = entity(c, w);
  let k = w;
  while (k < c.words.length && e && entity(c, k) === e) k++;
  return k;
}

/** Entities coordinated before the one starting at word `w` (`Belarus and Russia`, `he and Putin`). */
function coordinatedBefore(c: EventContext, w: number, floor: number, ok: (e: EntityMention) => boolean) {
  const out: EntityMention[] = [];
  // `Poland and the Baltic states`: an article may stand between the conjunction and the name.
  const opening = (k: number) => (k - 1 >= floor && c.words[k - 1]!.lower === 'the' ? k - 1 : k);
  let k = opening(titleStart(c, w, floor));
  while (out.length < MAX_ACTORS - 1 && k - 2 >= floor && COORD.has(c.words[k - 1]!.lower)) {
    const e = entity(c, k - 2);
    if (!e || !ok(e)) break;
    out.push(e);
    k = opening(titleStart(c, entityStart(c, k - 2), floor));
  }
  return out;
}

/**
 * Where a person's name begins with its title (`Russian Foreign Minister Sergei Lavrov` from the
 * word of `Sergei`): capitalised title words and a country or body qualifying them; `w` itself
 * when no person starts there.
 */
function titleStart(c: EventContext, w: number, floor: number): number {
  if (entity(c, w)?.type !== 'person') return w;
  let k = w;
  for (let n = 0; n < TITLE_WORDS && k - 1 >= floor && entity(c, k - 1) === null; n++) {
    if (!/^\p{Lu}\p{Ll}/u.test(c.text.slice(c.words[k - 1]!.start, c.words[k - 1]!.start + 2))) break;
    k--;
  }
  if (k === w) return w;
  const q = k - 1 >= floor ? entity(c, k - 1) : null;
  return q && q.type !== 'person' ? entityStart(c, k - 1) : k;
}

/** Entities coordinated after the one ending before word `w`, with optional articles (`Poland and the Baltic states`). */
function coordinatedAfter(c: EventContext, w: number, ceil: number, ok: (e: EntityMention) => boolean) {
  const out: EntityMention[] = [];
  let k = w;
  while (out.length < MAX_ACTORS - 1 && k < ceil && COORD.has(c.words[k]!.lower)) {
    k++;
    if (k < ceil && c.words[k]!.lower === 'the') k++;
    const e = k < ceil ? entity(c, k) : null;
    if (!e || !ok(e)) break;
    while (k < ceil && entity(c, k) === e) k++;
    // `Putin and U.S. President Joe Biden`: the country before a title is the person's.
    const person = titledPerson(c, k, ceil);
    if (person) {
      out.push(person);
      k = entityEnd(c, wordOf(c, person));
    } else out.push(e);
  }
  return out;
}

const canAct = (e: EntityMention) => ACTOR_TYPES.has(e.type);

/** Names of a bloc of states the tagger leaves untyped (`Western`, `West`). */
const BLOCS: ReadonlySet<string> = new Set(['western', 'west']);
/** True for a bloc of states the tagger leaves untyped (`Western`). */
export function isBloc(e: EntityMention): boolean {
  return e.type === 'other' && BLOCS.has(e.name.toLowerCase());
}
/** Nouns of the people or bodies of a bloc (`Western governments`). */
const BLOC_PEOPLE: ReadonlySet<string> = new Set(
  'governments officials leaders politicians diplomats nations countries powers allies partners capitals'.split(
    ' ',
  ),
);
/** Words that may stand between a bloc and its act (`Western arms deliveries`). */
const BLOC_MODIFIERS: ReadonlySet<string> = new Set(['arms', 'weapons', 'military', 'naval']);

/**
 * True when a bloc the tagger leaves untyped, ending before word `end`, acts in the trigger at word
 * `trigger`: as the modifier of the act (`Western warnings`, `Western arms deliveries`) or of its
 * people (`Western governments warned`). Modifying something else (`the Western reports`) it does not.
 */
function blocActs(c: EventContext, e: EntityMention, end: number, trigger: number): boolean {
  if (!isBloc(e)) return false;
  const next = c.words[end]?.lower ?? '';
  return end === trigger || BLOC_PEOPLE.has(next) || (end + 1 === trigger && BLOC_MODIFIERS.has(next));
}

/**
 * The acting entities sharing word `w` with `e`, in text order, `e` among them: a compound holds
 * several (`Belarusian-Russian` is Belarus and Russia).
 */
function inWord(c: EventContext, w: number, e: EntityMention): EntityMention[] {
  const i = c.entityAt[w]!;
  const { start, end } = c.words[w]!;
  const overlaps = (k: number) =>
    k >= 0 && k < c.entities.length && c.entities[k]!.span[0] < end && start < c.entities[k]!.span[1];
  let lo = i;
  while (overlaps(lo - 1)) lo--;
  let hi = i;
  while (overlaps(hi + 1)) hi++;
  if (lo === hi) return [e];
  const out: EntityMention[] = [];
  for (let k = lo; k <= hi; k++) if (canAct(c.entities[k]!)) out.push(c.entities[k]!);
  return out.length > 0 ? out : [e];
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
/** Nouns of a state that `its`/`their` give to the one named before (`Estonian officials said their country had requested`). */
const OWN_STATE: ReadonlySet<string> = new Set(['country', 'government', 'nation']);
/** Nouns of a place whose name follows `of` (`the city of El Fasher`). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'city town village region province district capital port area suburb county oblast state island'.split(' '),
);
/** Place prepositions whose object is never the subject (`from` is left out: `troops from Russia`). */
const LOCATIVE: ReadonlySet<string> = new Set([...PLACE_PREPS].filter((p) => p !== 'from' && p !== 'to'));

const DEFINITE_FORCES = new Set(['the', 'these', 'those']);
/** Words for captives: a name right before them says whose they are. */
const CAPTIVES: ReadonlySet<string> = new Set(['hostages', 'hostage', 'captives', 'prisoners', 'detainees']);
/** How far back from a participle's comma its main clause's verb is looked for. */
const PARTICIPLE_REACH = 10;

/** The owner of the forces last named with one before word `w`, within FORCE_REACH sentences. */
function lastOwner(c: EventContext, w: number): EntityMention | null {
  const list = c.ownedForces;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.word < w) lo = mid + 1;
    else hi = mid;
  }
  const last = list[lo - 1];
  if (!last || c.words[w]!.sentence - c.words[last.word]!.sentence > FORCE_REACH) return null;
  return last.owner;
}

/** The nearest acting entity before word `w` of its sentence, within the actor window: whose `its` is. */
function ownerBefore(c: EventContext, w: number, floor: number): EntityMention | null {
  for (let k = w - 1; k >= Math.max(floor, w - ACTOR_WINDOW); k--) {
    const e = entity(c, k);
    if (e && canAct(e)) return e;
  }
  return null;
}

/**
 * The actors: the nearest acting entity before the trigger (skipping parentheticals between dashes
 * or brackets), with those coordinated to it. A location acts only as a bare subject right before
 * the verb (`the Baltic republics have deployed`). Stops at a reporting verb or clause word.
 */
export function actorsBefore(
  c: EventContext,
  trigger: number,
  b: Bounds,
  participle = true,
  agentAside = true,
): EntityMention[] {
  // `Israeli jets struck central Beirut, killing at least 10 people`: a participle after a comma
  // has the main clause's subject, not the object before the comma; the search starts at that
  // clause's verb (a trigger word or a past tense), over the neighbouring trigger's bound.
  if (
    participle &&
    trigger > 1 &&
    c.words[trigger - 1]!.lower === ',' &&
    c.words[trigger]!.lower.endsWith('ing')
  ) {
    const [sentenceStart] = c.sentences[c.words[trigger]!.sentence]!;
    for (let k = trigger - 2; k >= Math.max(sentenceStart, trigger - PARTICIPLE_REACH); k--) {
      const lower = c.words[k]!.lower;
      if (lower === ',' || lower === ';' || c.entityAt[k]! >= 0) {
        if (c.entityAt[k]! >= 0) continue;
        break;
      }
      if (c.lexicon.words.has(lower) || /^[a-z]{3,}ed$/.test(lower))
        return actorsBefore(c, k, { floor: sentenceStart, ceil: trigger }, false);
    }
  }
  // `Hamas handed over three Israeli hostages`: the name before a word for captives is theirs, not
  // the actor's; the search starts before it.
  if (CAPTIVES.has(c.words[trigger]!.lower) && trigger > b.floor && c.entityAt[trigger - 1]! >= 0)
    return actorsBefore(c, entityStart(c, trigger - 1), b, participle);
  let budget = ACTOR_WINDOW;
  let gap = 0;
  const dl = c.dateline;
  for (let w = trigger - 1; w >= b.floor && budget > 0; w--, budget--) {
    if (c.counter) c.counter.steps++;
    // A wire dateline (`GOMA, Democratic Republic of Congo —`) names where the story was filed.
    if (dl && c.words[w]!.end <= dl[1] && c.words[w]!.start >= dl[0]) return [];
    const lower = c.words[w]!.lower;
    if (lower === ')' || DASHES.has(lower)) {
      // Step over the parenthetical (`the Baltic republics — which … — have deployed`).
      const open = lower === ')' ? '(' : null;
      const lowest = Math.max(b.floor, w - PARENTHETICAL_MAX);
      let k = w - 1;
      while (k >= lowest && !(open ? c.words[k]!.lower === open : DASHES.has(c.words[k]!.lower))) k--;
      if (c.counter) c.counter.steps += w - k;
      if (k < lowest) {
        if (open) return [];
        continue;
      }
      w = k;
      continue;
    }
    // `Moscow said its troops would go home`: the forces' owner acts, even beyond a reporting verb.
    if (
      POSSESSIVE_PRONOUNS.has(lower) &&
      (c.lexicon.forceNouns.has(c.words[w + 1]?.lower ?? '') || OWN_STATE.has(c.words[w + 1]?.lower ?? ''))
    ) {
      // The owner may stand outside the quote that bounds the search (`Moscow said its troops …`).
      const owner = ownerBefore(c, w, c.sentences[c.words[w]!.sentence]![0]);
      if (owner) return [owner];
    }
    if (ACTOR_STOP.has(lower)) {
      // A relative clause's verb acts for the clause's antecedent (`Russia, which has massed …`).
      if ((lower === 'which' || lower === 'who') && w >= 2 && c.words[w - 1]!.lower === ',') {
        const e = entity(c, w - 2);
        if (e && canAct(e) && c.words[w - 2]!.sentence === c.words[w]!.sentence) return [e];
      }
      return [];
    }
    // `the two countries have scheduled`, `both leaders had accepted`: the pair named before.
    if (PAIR_NOUNS.has(lower) && w - 1 >= b.floor && PAIR_WORDS.has(c.words[w - 1]!.lower)) {
      const pair = pairBefore(c, w - 1, PAIR_NOUNS.get(lower)!);
      if (pair.length === 2) return pair;
    }
    // `the troops will return`: definite forces are those the text last named with their owner.
    if (DEFINITE_FORCES.has(lower) && c.lexicon.forceNouns.has(c.words[w + 1]?.lower ?? '')) {
      const owner = lastOwner(c, w);
      if (owner) return [owner];
    }
    // A determiner opens the trigger's noun phrase: beyond it only a light verb's subject acts
    // (`Russia held the drills`, not `Kyiv asked Minsk to explain the purpose of the exercise`).
    if (
      DETERMINERS.has(lower) &&
      c.entityAt[w]! < 0 &&
      !(w > b.floor && LIGHT_VERBS.has(c.words[w - 1]!.lower))
    )
      return [];
    const e = entity(c, w);
    if (e) {
      const start = entityStart(c, w);
      // An entity followed by a preposition is an object (`reach Belarus for drills`), not the subject.
      // … unless a gerund follows `of` (`accused Moscow of preparing …`: Moscow prepares).
      const end = entityEnd(c, w);
      const after = c.words[end]?.lower ?? '';
      const gerund = after === 'of' && (c.words[end + 1]?.lower.endsWith('ing') ?? false);
      const acts =
        (canAct(e) || (e.type === 'location' && gap <= 2) || blocActs(c, e, end, trigger)) &&
        (!OBJECT_PREPS.has(after) || gerund);
      // `Russian forces supported by Belarus had attacked`: the agent of a participle that modifies
      // the subject is not the subject; the search goes on before the participle.
      // The participle may be a trigger of its own that bounds the search: its subject is shared.
      const [sentenceFrom] = c.sentences[c.words[w]!.sentence]!;
      if (
        acts &&
        agentAside &&
        start - 3 >= sentenceFrom &&
        c.words[start - 1]!.lower === 'by' &&
        /^[a-z]{3,}ed$/.test(c.words[start - 2]!.lower) &&
        c.entityAt[start - 2]! < 0
      ) {
        if (start - 2 > b.floor) {
          w = start - 1;
          continue;
        }
        return actorsBefore(c, start - 2, { floor: sentenceFrom, ceil: start - 2 }, false, false);
      }
      if (acts) {
        const chain = [
          ...inWord(c, w, e),
          ...coordinatedBefore(c, start, Math.max(b.floor, start - 8), canAct),
        ];
        // A place named after a locative preposition (`attacked posts in the Sumy and Kyiv regions
        // …, using artillery`) is where, not who: the search goes on before it.
        let first = start;
        while (
          first - 2 >= b.floor &&
          COORD.has(c.words[first - 1]!.lower) &&
          chain.includes(entity(c, first - 2)!)
        )
          first = entityStart(c, first - 2);
        let k = first - 1;
        if (k >= b.floor && c.words[k]!.lower === 'the') k--;
        // `the Sudanese city of El Fasher`: a place named after a place noun is where, not who.
        const ofPlace =
          k - 1 >= b.floor && c.words[k]!.lower === 'of' && PLACE_NOUNS.has(c.words[k - 1]!.lower);
        if (ofPlace) k--;
        // `patrols along the frontier with Belarus had been stepped up`: a name after `with` is a
        // complement too, not the subject.
        const complement =
          k >= b.floor && (ofPlace || LOCATIVE.has(c.words[k]!.lower) || c.words[k]!.lower === 'with');
        if (!complement) return chain;
        // `In Minsk, Belarus and Russia began drills`: an opening place and its comma, then the subject.
        const after = entityEnd(c, first);
        if (chain.length > 1 && c.words[after]?.lower === ',') return chain.slice(0, -1);
        w = k + 1;
        continue;
      }
      w = start;
    }
    if (!AUXILIARIES.has(lower)) gap++;
  }
  return [];
}

/** The actor of a noun trigger named after it: `the build-up of NATO forces`, `a withdrawal of Russian troops`. */
export function actorOf(c: EventContext, trigger: number, b: Bounds): EntityMention[] {
  let k = trigger;
  if (k >= b.ceil || c.words[k]!.lower !== 'of') return [];
  k++;
  if (k < b.ceil && DETERMINERS.has(c.words[k]!.lower)) k++;
  // `the first stage of the joint Belarusian-Russian exercise`: a modifier may stand before the name.
  if (k < b.ceil && OF_MODIFIERS.has(c.words[k]!.lower)) k++;
  const e = k < b.ceil ? entity(c, k) : null;
  return e && canAct(e) ? [e, ...coordinatedAfter(c, entityEnd(c, k), b.ceil, canAct)] : [];
}

/** Modifiers that may stand between `of the` and the name of an actor (`of the joint Belarusian-Russian exercise`). */
const OF_MODIFIERS: ReadonlySet<string> = new Set(['joint', 'combined', 'allied', 'all']);

/** How many modifier words may stand between `by` and its agent's name. */
const AGENT_MODIFIERS = 3;

/** True when an acting entity covers word `w`. */
function actingAt(c: EventContext, w: number): boolean {
  const e = entity(c, w);
  return e !== null && canAct(e);
}

/** Actors named after the trigger: `by Russia`, and co-actors of symmetric events (`drills with Russia`). */
export function actorsAfter(
  c: EventContext,
  trigger: number,
  b: Bounds,
  symmetric: boolean,
): EntityMention[] {
  const highest = Math.min(b.ceil, trigger + 4);
  for (let w = trigger; w < highest; w++) {
    const lower = c.words[w]!.lower;
    if (lower !== 'by' && !(symmetric && (lower === 'with' || lower === 'between'))) continue;
    let k = w + 1;
    if (k < b.ceil && c.words[k]!.lower === 'the') k++;
    // Modifiers may stand before the agent's name (`backed by the pro-Russian Socialist Party`).
    for (let skip = 0; skip < AGENT_MODIFIERS && k < b.ceil && !actingAt(c, k); skip++) {
      if (!/^[\p{L}-]/u.test(c.words[k]!.lower)) return [];
      // `clash with police in Nairobi`: a name after a preposition is where, not who.
      if (PLACE_PREPS.has(c.words[k]!.lower) || c.words[k]!.lower === 'of') return [];
      k++;
    }
    const e = k < b.ceil ? entity(c, k) : null;
    if (!e || !canAct(e)) return [];
    while (k < b.ceil && entity(c, k) === e) k++;
    // `spoke to U.S. President Joe Biden`: the country before a title is the person's.
    const person = titledPerson(c, k, b.ceil);
    if (person) {
      k = entityEnd(c, wordOf(c, person));
      return [person, ...coordinatedAfter(c, k, b.ceil, canAct)];
    }
    return [e, ...coordinatedAfter(c, k, b.ceil, canAct)];
  }
  return [];
}

/** How many capitalised title words may stand between a country and the person it qualifies. */
const TITLE_WORDS = 3;

/**
 * The person a country or body before word `w` qualifies, when capitalised title words lead to
 * them (`U.S. President Joe Biden`, `Canadian Defence Minister Anita Anand`), else null.
 */
function titledPerson(c: EventContext, w: number, ceil: number): EntityMention | null {
  for (let k = w; k < Math.min(ceil, w + TITLE_WORDS + 1); k++) {
    const e = entity(c, k);
    if (e) return e.type === 'person' ? e : null;
    if (!/^\p{Lu}\p{Ll}/u.test(c.text.slice(c.words[k]!.start, c.words[k]!.start + 2))) return null;
  }
  return null;
}

/** The word where an entity mention begins. */
function wordOf(c: EventContext, e: EntityMention): number {
  return wordOfOffset(c, e.span[0]);
}

/** The first word starting at or after a text offset. */
function wordOfOffset(c: EventContext, offset: number): number {
  let w = 0;
  let hi = c.words.length;
  while (w < hi) {
    const mid = (w + hi) >> 1;
    if (c.words[mid]!.start < offset) w = mid + 1;
    else hi = mid;
  }
  return w;
}

/** The target: the first acting entity after the trigger that no place preposition introduces. */
export function targetsAfter(c: EventContext, trigger: number, b: Bounds): EntityMention[] {
  const highest = Math.min(b.ceil, trigger + AFTER_WINDOW);
  for (let w = trigger; w < highest; w++) {
    if (c.counter) c.counter.steps++;
    const lower = c.words[w]!.lower;
    if (ACTOR_STOP.has(lower) || lower === ',') return [];
    const e = entity(c, w);
    if (!e) continue;
    const prev = w > 0 ? c.words[w - 1]!.lower : '';
    if (!canAct(e) || PLACE_ONLY_PREPS.has(prev) || prev === 'with' || prev === 'by') {
      while (w + 1 < highest && entity(c, w + 1) === e) w++;
      continue;
    }
    let k = w;
    while (k < b.ceil && entity(c, k) === e) k++;
    const person = titledPerson(c, k, b.ceil);
    if (person) return [person, ...coordinatedAfter(c, entityEnd(c, wordOf(c, person)), b.ceil, canAct)];
    return [e, ...coordinatedAfter(c, k, b.ceil, canAct)];
  }
  return [];
}

/** Places introduced by a place preposition after the trigger (`near the border with Ukraine`). */
/** Words of an edge: a place named with one is where the event stands to, not where it is. */
const EDGES: ReadonlySet<string> = new Set(['border', 'borders', 'frontier', 'frontiers', 'doorstep']);
/** Words that may stand between a place's possessive and its edge (`Belarus' western and southern borders`). */
const EDGE_GLUE: ReadonlySet<string> = new Set([
  'western',
  'southern',
  'northern',
  'eastern',
  'and',
  ',',
  'own',
]);

/** True for a country: a state the gazetteer gives a country code and no point (`Ukraine`, not `Brest`). */
function isCountry(e: EntityMention): boolean {
  return e.type === 'gpe' && typeof e.attrs?.country === 'string' && e.attrs.geonameId == null;
}

/** True when an edge word follows the place ending before word `k` (`on Belarus' western borders`, `toward the Belarusian border`). */
function edgeAfter(c: EventContext, k: number, highest: number): boolean {
  let j = k;
  // `the Belarusian border`, `the Ukraine frontier`: a name before the edge word.
  if (j < highest && EDGES.has(c.words[j]!.lower)) return true;
  const owned = /['’]s?$/.test(c.words[k - 1]!.lower);
  if (j < highest && POSSESSIVE.has(c.words[j]!.lower)) j++;
  else if (!owned) return false;
  for (let skip = 0; j < highest && skip < 4 && EDGE_GLUE.has(c.words[j]!.lower); skip++) j++;
  return j < highest && EDGES.has(c.words[j]!.lower);
}

export function placesAfter(c: EventContext, trigger: number, b: Bounds): EntityMention[] {
  const highest = Math.min(b.ceil, trigger + AFTER_WINDOW);
  const out: EntityMention[] = [];
  for (let w = trigger; w < highest && out.length < MAX_ACTORS; w++) {
    if (c.counter) c.counter.steps++;
    if (!PLACE_PREPS.has(c.words[w]!.lower) || c.entityAt[w]! >= 0) continue;
    // A place of proximity says where the event stands to a place, not where it is: `near Ukraine`,
    // `close to the border`, `along the border with Ukraine`, `on Belarus' western borders`.
    const near =
      c.words[w]!.lower === 'near' || (c.words[w]!.lower === 'to' && c.words[w - 1]?.lower === 'close');
    let edge = false;
    let k = w + 1;
    for (let skip = 0; k < highest && skip < 5 && PLACE_SKIP.has(c.words[k]!.lower); skip++) {
      if (EDGES.has(c.words[k]!.lower)) edge = true;
      k++;
    }
    let e = k < highest ? entity(c, k) : null;
    if (e && !PLACE_TYPES.has(e.type)) {
      // A non-place owner (`near NATO’s eastern borders and Ukraine`): step over it and what it owns,
      // and take a place coordinated after.
      const owner = e;
      while (k < highest && entity(c, k) === owner) k++;
      if (k < highest && POSSESSIVE.has(c.words[k]!.lower)) k++;
      for (let skip = 0; k < highest && skip < 5 && PLACE_SKIP.has(c.words[k]!.lower); skip++) k++;
      if (k + 1 >= highest || !COORD.has(c.words[k]!.lower)) continue;
      k++;
      if (c.words[k]!.lower === 'the') k++;
      e = k < highest ? entity(c, k) : null;
    }
    if (!e || !PLACE_TYPES.has(e.type)) continue;
    while (k < b.ceil && entity(c, k) === e) k++;
    const also = coordinatedAfter(c, k, b.ceil, (x) => PLACE_TYPES.has(x.type));
    // `near Brest` is about at Brest; `near Ukraine` is outside Ukraine. A country's adjective
    // before a noun (`near the Ukrainian embassy`) is near the noun's place: not this rule's.
    const modifies =
      k < highest && /^[a-z]+$/.test(c.words[k]!.lower) && c.text.slice(e.span[0], e.span[1]) !== e.name;
    const apart = edge || edgeAfter(c, k, highest) || (near && isCountry(e) && !modifies);
    if (!apart) out.push(e, ...also);
    w = k - 1;
  }
  return out;
}

/** The date of a `when` clause that opens the sentence and ends at the comma at word `comma`. */
function whenTime(c: EventContext, comma: number): TimeMention | null {
  const first = c.sentences[c.words[comma]!.sentence]![0];
  if (c.words[first]!.lower !== 'when') return null;
  // Bounded, so that a sentence of many such commas costs linear work.
  for (let w = first + 1; w < Math.min(comma, first + 1 + SENTENCE_REACH); w++) {
    if (c.counter) c.counter.steps++;
    if (c.words[w]!.lower === 'that' || c.words[w]!.lower === ',') return null;
    const i = c.timeAt[w]!;
    if (i >= 0 && dated(c.times[i]!)) return c.times[i]!.value.endsWith('_REF') ? null : c.times[i]!;
  }
  return null;
}

/** True when the trigger stands in a relative clause (`a check during which units are moved`). */
function inRelativeClause(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1, seen = 0; w > b.floor && seen < RELATIVE_REACH; w--, seen++) {
    if (c.counter) c.counter.steps++;
    const lower = c.words[w]!.lower;
    if (lower === ',') return false;
    if (RELATIVES.has(lower)) return true;
  }
  return false;
}

/** True when the time starting at word `w` (the `i`-th) ends in a possessive mark (`next month’s`). */
function ownsNext(c: EventContext, w: number, i: number): boolean {
  let last = w;
  while (last + 1 < c.words.length && c.timeAt[last + 1] === i) last++;
  const lower = c.words[last]!.lower;
  return lower.endsWith("'s") || lower.endsWith('’s') || POSSESSIVE_MARKS.has(c.words[last + 1]?.lower ?? '');
}

/** True for a time that dates something (a date or a clock time, not a duration or a set). */
export const dated = (t: TimeMention) => t.type === 'date' || t.type === 'time';

/**
 * The time: the first date after the trigger within its clause, else the nearest one before it
 * that does not date a report (`said Tuesday`). With `lookBack` false (another trigger comes
 * earlier in the sentence, and the dates after it are its own) only the dates after count.
 */
export function timeNear(c: EventContext, trigger: number, b: Bounds, lookBack = true): TimeMention | null {
  const highest = Math.min(b.ceil, trigger + TIME_WINDOW);
  const relative = inRelativeClause(c, trigger, b);
  for (let w = trigger; w < highest; w++) {
    if (c.counter) c.counter.steps++;
    // `a check during which units are moved into position, ends on Feb. 9`: the comma closing a
    // relative clause hands the rest of the sentence back to its main clause.
    if (relative && w > trigger && c.words[w]!.lower === ',') break;
    // `We agreed on the concept with the Russians; now pick a date`: a semicolon joins another
    // clause, with its own times.
    if (w > trigger && c.words[w]!.lower === ';') break;
    // `will return to their bases after it ends on Feb. 20`: the dates of a clause with its own
    // subject are that clause's.
    if (
      w > trigger &&
      TEMPORAL_CONJUNCTIONS.has(c.words[w]!.lower) &&
      CLAUSE_SUBJECTS.has(c.words[w + 1]?.lower ?? '')
    )
      break;
    const i = c.timeAt[w]!;
    if (i < 0 || !dated(c.times[i]!) || (w > trigger && c.timeAt[w - 1] === i)) continue;
    // `reached Belarus for next month’s drills`: a date owning a noun phrase dates that noun.
    if (w > trigger && ownsNext(c, w, i)) continue;
    // `…, the ministry said on Tuesday`: the time of the report, not of what it reports.
    const prev = c.words[w - 1]?.lower ?? '';
    const reported =
      REPORT_VERBS.has(prev) || (prev === 'on' && REPORT_VERBS.has(c.words[w - 2]?.lower ?? ''));
    if (!reported || w - 2 < trigger) return c.times[i]!;
  }
  if (!lookBack) return null;
  const lowest = Math.max(b.floor, trigger - TIME_WINDOW);
  for (let w = trigger - 1; w >= lowest; w--) {
    if (c.counter) c.counter.steps++;
    // `When Lukashenko announced drills in February, he asked …`: a comma before the pronoun that
    // opens the trigger's clause closes a clause of its own, with its own dates.
    // A fronted `when` clause dates its main clause by its own date before any `that` content
    // (`When Lukashenko announced on Jan. 17 that drills would follow in February, he asked …`).
    if (c.words[w]!.lower === ',' && CLAUSE_SUBJECTS.has(c.words[w + 1]?.lower ?? '')) return whenTime(c, w);
    const i = c.timeAt[w]!;
    if (i < 0 || !dated(c.times[i]!)) continue;
    let first = w;
    while (first > 0 && c.timeAt[first - 1] === i) first--;
    const prev = first > 0 ? c.words[first - 1]!.lower : '';
    const reported =
      REPORT_VERBS.has(prev) || (prev === 'on' && first > 1 && REPORT_VERBS.has(c.words[first - 2]!.lower));
    if (!reported) return c.times[i]!;
    w = first;
  }
  return null;
}

/** Determiners of a noun that points back to something told before. */
const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those', 'that', 'such']);

/** Prepositions that may open a fronted date (`On Feb. 20, …`, `In 2014, …`). */
const FRONT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'early', 'late']);

/**
 * The date that opens the trigger's sentence as its own phrase before a comma (`On Feb. 20, the
 * day the exercise was to end, the ministry announced that the presidents had decided to continue
 * it`; `Last week, …`): it sets the time of the whole sentence, so an event the words around it
 * leave undated takes it. Null when the sentence opens otherwise, the trigger stands inside the
 * phrase, is a past perfect, or is a definite noun.
 */
export function frontedTime(c: EventContext, sentence: number, trigger: number): TimeMention | null {
  const [from] = c.sentences[sentence]!;
  // A past perfect stands before the sentence's time (`On Feb. 20, the ministry announced that the
  // presidents had decided …`): the decision came earlier.
  let v = trigger - 1;
  while (v > from && (c.words[v]!.lower === 'been' || /ly$/.test(c.words[v]!.lower))) v--;
  if (v >= from && c.words[v]!.lower === 'had') return null;
  // A definite noun points back to an event told before (`Five weeks later, forces that had come for
  // those drills crossed the border`): the fronted date is another act's.
  if (trigger > from && POINTING_DETERMINERS.has(c.words[trigger - 1]!.lower)) return null;
  // The clause opens the sentence, or follows a colon (`reject that figure: at the height of last
  // autumn's crisis, they say, …`): the colon's clause first, then the sentence's.
  for (let k = trigger - 1; k > from && k >= trigger - COLON_REACH; k--)
    if (c.words[k]!.lower === ':') {
      const t = clauseTime(c, k + 1, trigger);
      if (t) return t;
      break;
    }
  return clauseTime(c, from, trigger);
}

/** The date a clause opening at word `open` fronts before a comma, for its act at `trigger`. */
function clauseTime(c: EventContext, open: number, trigger: number): TimeMention | null {
  // `Since 1989, when …, Beijing has calculated`: a span up to now is the background, not the act's date.
  if (c.words[open]!.lower === 'since') return null;
  let w = open;
  if (w < trigger && FRONT_PREPOSITIONS.has(c.words[w]!.lower)) w++;
  const i = w < trigger ? c.timeAt[w]! : -1;
  if (i >= 0 && dated(c.times[i]!)) {
    while (w < trigger && c.timeAt[w] === i) w++;
    return w < trigger && c.words[w]!.lower === ',' ? c.times[i]! : null;
  }
  // A fronted phrase that holds a date (`At the height of last autumn's crisis, …`): up to eight
  // words from a preposition to the comma.
  if (!FRONT_PREPOSITIONS.has(c.words[open]!.lower)) return null;
  let found: TimeMention | null = null;
  for (let k = open + 1; k < Math.min(trigger, open + FRONT_PHRASE_REACH); k++) {
    const lower = c.words[k]!.lower;
    if (lower === ',') return found && mainClauseAct(c, k, trigger) ? found : null;
    const j = c.timeAt[k]!;
    if (j >= 0 && !found) {
      const t = c.times[j]!;
      if (!dated(t) || t.value.endsWith('_REF')) return null;
      found = t;
    }
    if (/^[;:()"“”]$/.test(lower)) return null;
  }
  return null;
}

/** Words after a fronted phrase that put the trigger in a clause or a mood of its own (`said they would provide`, `the days that followed the attack`). */
const NOT_MAIN_CLAUSE: ReadonlySet<string> = new Set(
  'would will could may might should can must shall that which who whom whose when where after before during following because if unless until while'.split(
    ' ',
  ),
);
/** How many words past a fronted phrase's comma its clause's act may stand. */
const MAIN_CLAUSE_REACH = 12;

/**
 * True when the trigger is an act of the clause a fronted phrase opens (`At the height of the
 * crisis, they say, 15,000 soldiers were supporting …`): near its comma, in no clause or mood of
 * its own (`In a Nov. 5 letter, they said they would provide …` dates the letter, not the aid).
 */
function mainClauseAct(c: EventContext, comma: number, trigger: number): boolean {
  if (trigger - comma > MAIN_CLAUSE_REACH) return false;
  for (let k = comma + 1; k < trigger; k++) if (NOT_MAIN_CLAUSE.has(c.words[k]!.lower)) return false;
  return c.words[trigger - 1]!.lower !== 'to';
}

/** How far back a colon may open the trigger's clause. */
const COLON_REACH = 30;
/** How many words a fronted phrase holding a date may take before its comma. */
const FRONT_PHRASE_REACH = 9;

/** Nouns of what someone said, opening a sentence that dates another event by them (`His remarks came as …`). */
const REMARKS: ReadonlySet<string> = new Set(['remarks', 'comments', 'statement', 'announcement', 'words']);
/** Words that open the subject of such a sentence. */
const REMARKS_OPENERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'the', 'these', 'those', 'its']);
/** How many words back the date of the remarks is looked for. */
const REMARKS_REACH = 400;

/**
 * The date of the remarks a sentence says another event happened with (`His remarks came as
 * Macron met Putin`, `The comments came hours after Moscow said units were loading onto trains`):
 * the date of the last dated report before it (`Reznikov said on Monday`). Only with `as`, or
 * `after` that at most `hours`, `minutes` or `shortly` qualify (same day); an act in the past
 * perfect (`had finished`) came before and keeps no date.
 */
export function remarksTime(c: EventContext, sentence: number, trigger: number): TimeMention | null {
  const [from, to] = c.sentences[sentence]!;
  if (to - from < 5 || !REMARKS_OPENERS.has(c.words[from]!.lower) || !REMARKS.has(c.words[from + 1]!.lower))
    return null;
  if (c.words[from + 2]!.lower !== 'came') return null;
  let k = from + 3;
  const link = c.words[k]!.lower;
  if (link === 'hours' || link === 'minutes' || link === 'shortly' || link === 'just') k++;
  const conj = c.words[k]?.lower ?? '';
  if (!(conj === 'as' && k === from + 3) && conj !== 'after') return null;
  if (trigger <= k) return null;
  // `had finished exercises`: the verb of a noun trigger, or the trigger itself, in the past perfect.
  for (let v = trigger - 1; v > Math.max(k, trigger - 4); v--) {
    const lower = c.words[v]!.lower;
    if (lower === 'had') return null;
    if (lower === 'and' || lower === ',' || lower === 'that') break;
  }
  return lastReportTime(c, from);
}

/** How many words a clause of `as` may take before the act it tells (`, as President Putin launched a military assault`). */
const AS_REACH = 8;
/** Words after `, as` that open no clause of the same time (`as well as`, `as a result`, `as soon as`). */
const NOT_AS_CLAUSE: ReadonlySet<string> = new Set(
  'well soon long much many far part a an such if though for of to with part usual expected planned'.split(
    ' ',
  ),
);
/** Words that make the clause no simple past of the same moment (perfect, progressive, modal, present). */
const NOT_SIMPLE_PAST: ReadonlySet<string> = new Set(
  'had has have having was were is are be been being would will could can may might should must does do did not'.split(
    ' ',
  ),
);
/** Words that open a clause inside the clause of `as` (`as governments warned that the deployment …`): its act is another's content. */
const AS_STOPS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whether',
  'if',
  'because',
  'when',
  'to',
]);
/** Common irregular verbs in the simple past. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  'began led met held took made sent struck fought shot hit spoke told said broke ran went came drove flew overran swept stood rose fell'.split(
    ' ',
  ),
);

/** The auxiliaries of a passive in the simple past (`were killed`). */
const PASSIVE_PAST: ReadonlySet<string> = new Set(['was', 'were']);

/**
 * The time of an act told in a clause of `as` after a dated clause, in the simple past (`troops
 * crossed the border early on Thursday, the border guard said, as Putin launched a military
 * assault`): the two happened together, so the act takes the day of the clause before. Not a
 * perfect, progressive, modal or present (`as Russia has massed troops`, `as troops were
 * massing`: a background), nor `as well as`, `as a result`.
 */
export function asClauseTime(c: EventContext, sentence: number, trigger: number): TimeMention | null {
  const [from] = c.sentences[sentence]!;
  let as = -1;
  let past = /ed$/.test(c.words[trigger]!.lower);
  // `, and two soldiers were killed`: a passive in the simple past right before the trigger.
  const passive = trigger - 1 > from && PASSIVE_PAST.has(c.words[trigger - 1]!.lower) && past;
  for (let w = trigger - 1; w > Math.max(from, trigger - AS_REACH); w--) {
    const lower = c.words[w]!.lower;
    if ((lower === 'as' || lower === 'and') && c.words[w - 1]!.lower === ',') {
      as = w;
      break;
    }
    if (passive && w === trigger - 1) continue;
    if (NOT_SIMPLE_PAST.has(lower) || AS_STOPS.has(lower) || /^[,;:()"“”—–]$/.test(lower)) return null;
    if (/ed$/.test(lower) || IRREGULAR_PAST.has(lower)) past = true;
  }
  if (as < 0 || !past || NOT_AS_CLAUSE.has(c.words[as + 1]!.lower)) return null;
  // The clause before: its last time, which must name a day.
  for (let w = as - 2; w >= from; w--) {
    const i = c.timeAt[w]!;
    if (i < 0) continue;
    const t = c.times[i]!;
    return dated(t) && /^\d{4}-\d{2}-\d{2}/.test(t.value) && !t.value.includes('/') ? t : null;
  }
  return null;
}

/** Verbs of making remarks (`made the remarks at a meeting`). */
const MAKING: ReadonlySet<string> = new Set(['made', 'gave', 'delivered']);
/** Prepositions that place remarks at an event (`at a meeting`, `during a visit`). */
const REMARKS_AT: ReadonlySet<string> = new Set(['at', 'during', 'in']);

/**
 * The date of the event remarks were made at (`Lukashenka made the remarks at a meeting with his
 * generals`): the date of the last dated report before the sentence, when the trigger heads the
 * noun phrase after `made the remarks at`.
 */
export function remarksAtTime(c: EventContext, sentence: number, trigger: number): TimeMention | null {
  const [from] = c.sentences[sentence]!;
  let k = trigger - 1;
  if (k > from && DETERMINERS.has(c.words[k]!.lower)) k--;
  if (k - 3 < from || !REMARKS_AT.has(c.words[k]!.lower) || !REMARKS.has(c.words[k - 1]!.lower)) return null;
  if (!REMARKS_OPENERS.has(c.words[k - 2]!.lower) || !MAKING.has(c.words[k - 3]!.lower)) return null;
  // The remarks are their maker's: the report must be the same speaker's (`Lukashenka said on Monday`).
  const maker = k - 4 >= from ? entity(c, k - 4) : null;
  return maker ? lastReportTime(c, from, maker) : null;
}

/** A dated report (`said on Monday`, `on Monday said`): the word of its date, the date, who reports. */
interface DatedReport {
  readonly word: number;
  readonly time: TimeMention;
  readonly speaker: string | null;
}
const datedReports = new WeakMap<EventContext, readonly DatedReport[]>();

/** Every dated report of the document, in text order: built once per context, in one pass. */
function reportsOf(c: EventContext): readonly DatedReport[] {
  const known = datedReports.get(c);
  if (known) return known;
  const out: DatedReport[] = [];
  // The speaker of the quote a reporting verb cues, as an entity cluster.
  const speakerOf = (w: number) => {
    const q = c.cueAt[w]!;
    const span = q >= 0 ? c.quotes[q]!.speaker : null;
    const at = span ? wordOfOffset(c, span[0]) : -1;
    const e = at >= 0 && at < c.words.length ? entity(c, at) : null;
    return e ? e.cluster : null;
  };
  for (let w = 0; w < c.words.length; w++) {
    if (c.counter) c.counter.steps++;
    const i = c.timeAt[w]!;
    if (i < 0 || (w > 0 && c.timeAt[w - 1] === i) || !dated(c.times[i]!) || c.times[i]!.type !== 'date')
      continue;
    let end = w;
    while (end + 1 < c.words.length && c.timeAt[end + 1] === i) end++;
    let before = w - 1;
    if (before >= 0 && c.words[before]!.lower === 'on') before--;
    const next = end + 1;
    if (before >= 0 && REPORT_VERBS.has(c.words[before]!.lower))
      out.push({ word: w, time: c.times[i]!, speaker: speakerOf(before) });
    else if (next < c.words.length && REPORT_VERBS.has(c.words[next]!.lower))
      out.push({ word: w, time: c.times[i]!, speaker: speakerOf(next) });
  }
  datedReports.set(c, out);
  return out;
}

/**
 * The date of the last dated report (`said on Monday`, `on Monday said`) within REMARKS_REACH words
 * before word `from`, by `speaker` when one is given (the report verb cues a quote of theirs).
 */
function lastReportTime(
  c: EventContext,
  from: number,
  speaker: EntityMention | null = null,
): TimeMention | null {
  const list = reportsOf(c);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.word < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && list[k]!.word >= from - REMARKS_REACH; k--) {
    if (c.counter) c.counter.steps++;
    if (!speaker || list[k]!.speaker === speaker.cluster) return list[k]!.time;
  }
  return null;
}

/** The size: a figure counting troops, tanks or the like, after the trigger first, then before it. */
export function sizeNear(c: EventContext, from: number, to: number, b: Bounds): QuantityMention | null {
  const counts = (w: number) => {
    const i = c.quantityAt[w]!;
    const q = i < 0 ? null : c.quantities[i]!;
    return q?.unit && SIZE_UNITS.has(q.unit) ? q : null;
  };
  // A figure right before the trigger, or before its auxiliaries, is its subject (`23,000 troops
  // deployed`, `12 people were killed`): nearer than a figure of the next clause.
  let s = from - 1;
  while (s > b.floor && s >= from - 3 && AUXILIARIES.has(c.words[s]!.lower)) s--;
  const adjacent = s >= b.floor ? counts(s) : null;
  if (adjacent) return adjacent;
  // A figure of anyone or anything counted right after the trigger is its object (`gunmen killed
  // 27 tourists`), whatever the noun: a plural, not a share or a sum.
  const object = to < b.ceil ? c.quantityAt[to]! : -1;
  if (object >= 0) {
    const q = c.quantities[object]!;
    if (q.unit && /^\p{Ll}{3,}s$/u.test(q.unit)) return q;
  }
  const highest = Math.min(b.ceil, to + AFTER_WINDOW);
  for (let w = to; w < highest; w++) {
    const q = counts(w);
    if (q) return q;
  }
  const lowest = Math.max(b.floor, from - ACTOR_WINDOW);
  for (let w = from - 1; w >= lowest; w--) {
    const q = counts(w);
    if (q) return q;
  }
  return null;
}

/** The named event nearest the trigger in its sentence (`the “Allied Resolve” drills`), if close. */
export function nameNear(
  c: EventContext,
  trigger: number,
  sentence: readonly [number, number],
): EntityMention | null {
  const lo = Math.max(sentence[0], trigger - NAME_WINDOW);
  const hi = Math.min(sentence[1], trigger + NAME_WINDOW);
  let best: EntityMention | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (let w = lo; w < hi; w++) {
    const e = entity(c, w);
    if (e?.type !== 'named_event') continue;
    const d = Math.abs(w - trigger);
    if (d < distance) {
      best = e;
      distance = d;
    }
  }
  return best;
}

/** The speaker with the acting entities coordinated before it (`Belarus and Russia have agreed`, `the ministers of Estonia and Latvia`). */
export function withCoordinated(c: EventContext, e: EntityMention, floor: number): EntityMention[] {
  const w = wordOf(c, e);
  if (w >= c.words.length || entity(c, w) !== e) return [e];
  return [...coordinatedBefore(c, w, Math.max(floor, w - 8), canAct).reverse(), e];
}

/** Prepositions before a meeting word that place someone at it (`made the remarks at a meeting`). */
const AT_MEETING: ReadonlySet<string> = new Set(['at', 'during', 'after', 'following']);
/**
 * Visits are left out: `during a visit to a farm` is the speaker's own trip, which the gold set does
 * not annotate, and given its visitor it no longer joined the article's earlier meeting (−0.001 type+time).
 */
const VISITS: ReadonlySet<string> = new Set(['visit', 'visits']);
/** How many words (a determiner, modifiers) may stand between such a preposition and the meeting word. */
const MEETING_MODIFIERS = 3;
/** How far back from the preposition a participle opening the phrase is looked for. */
const ATTENDEE_REACH = 12;
/** Title words between a comma and the subject's name (`, President Volodymyr Zelensky told`). */
const NAME_REACH = 5;

/**
 * Who is at a meeting named after a preposition: the subject of the clause (`Lukashenka made the
 * remarks at a meeting with …`), or of the main clause when the meeting stands in a participle's
 * phrase, set off after the subject (`Lukashenko, commenting on the drills during a meeting with
 * the government, said`) or opening the sentence (`Speaking at the Munich Security Conference on
 * Saturday, President Zelensky told …`).
 */
export function attendees(c: EventContext, trigger: number, to: number, b: Bounds): EntityMention[] {
  if (VISITS.has(c.words[trigger]!.lower)) return [];
  const sentence = c.words[trigger]!.sentence;
  const [sFrom, sTo] = c.sentences[sentence]!;
  let p = trigger - 1;
  while (
    p > sFrom &&
    trigger - p <= MEETING_MODIFIERS &&
    /^[a-z-]+$/.test(c.words[p]!.lower) &&
    !AT_MEETING.has(c.words[p]!.lower)
  )
    p--;
  if (p < sFrom || !AT_MEETING.has(c.words[p]!.lower)) return [];
  for (let k = p - 1; k >= Math.max(sFrom, p - ATTENDEE_REACH); k--) {
    if (c.counter) c.counter.steps++;
    const lower = c.words[k]!.lower;
    if (lower === ';' || lower === ':') break;
    if (!/^[a-z]{3,}ing$/.test(lower)) {
      if (lower === ',') break;
      continue;
    }
    if (k === sFrom) {
      // An opening participle: the subject follows the comma that closes its phrase.
      for (let j = to; j < Math.min(sTo, to + ATTENDEE_REACH); j++) {
        if (c.words[j]!.lower !== ',') continue;
        for (let n = j + 1; n < Math.min(sTo, j + 1 + NAME_REACH); n++) {
          const e = entity(c, n);
          if (e && canAct(e)) return [titledPerson(c, entityEnd(c, n), sTo) ?? e];
          if (!/^\p{Lu}/u.test(c.text.charAt(c.words[n]!.start))) break;
        }
        return [];
      }
      return [];
    }
    if (c.words[k - 1]!.lower !== ',') return [];
    const e = k - 2 >= sFrom ? entity(c, k - 2) : null;
    return e && canAct(e) ? [e] : [];
  }
  return actorsBefore(c, p, { floor: Math.max(b.floor, sFrom), ceil: p });
}

/** Verbs that put a state into force (`declared martial law`, `imposed a curfew`): their subject acts. */
const DECLARING: ReadonlySet<string> = new Set([
  'declare',
  'declares',
  'declared',
  'declaring',
  'impose',
  'imposes',
  'imposed',
  'imposing',
  'proclaim',
  'proclaims',
  'proclaimed',
  'introduce',
  'introduces',
  'introduced',
]);
/** Modifiers that may stand between a determiner of an appositive and its event noun (`, a strategic exercise`). */
const APPOSITIVE_MODIFIERS = 3;

/**
 * The actors of a noun trigger named by a verb of declaring (`Zelensky declared martial law`,
 * `Lithuania declared a state of emergency`), or standing in an appositive to the clause before
 * it (`Russia’s strategic forces test-fired missiles, an exercise the Kremlin said …`): the
 * subject of that verb or clause. A reporting verb stops the usual search before such a subject.
 */
export function clauseActors(c: EventContext, trigger: number): EntityMention[] {
  const [sFrom] = c.sentences[c.words[trigger]!.sentence]!;
  let k = trigger - 1;
  if (k > sFrom && DETERMINERS.has(c.words[k]!.lower)) k--;
  // The verb may be a reporting cue whose quote bounds the trigger: the subject stands before it.
  if (k > sFrom && DECLARING.has(c.words[k]!.lower))
    return actorsBefore(c, k, { floor: Math.max(sFrom, k - ACTOR_WINDOW), ceil: k });
  // `, a strategic exercise`: an appositive names the clause before the comma.
  let m = trigger - 1;
  for (
    let n = 0;
    n < APPOSITIVE_MODIFIERS &&
    m > sFrom &&
    /^[a-z-]+$/.test(c.words[m]!.lower) &&
    !DETERMINERS.has(c.words[m]!.lower);
    n++
  )
    m--;
  const det = c.words[m]?.lower;
  if (m - 1 > sFrom && (det === 'a' || det === 'an') && c.words[m - 1]!.lower === ',')
    return actorsBefore(c, m - 1, { floor: Math.max(sFrom, m - 1 - ACTOR_WINDOW), ceil: m - 1 });
  return [];
}

/**
 * The owner of the forces a `they` subject stands for (`after the exercise they would return to
 * their bases`): the forces the text last named with their owner, within FORCE_REACH sentences, when
 * only auxiliaries and adverbs stand between the pronoun and the trigger.
 */
export function forcesPronoun(c: EventContext, trigger: number, floor: number): EntityMention[] {
  for (let w = trigger - 1; w >= Math.max(floor, trigger - 4); w--) {
    const lower = c.words[w]!.lower;
    if (lower === 'they') {
      const owner = lastOwner(c, w);
      return owner ? [owner] : [];
    }
    if (!AUXILIARIES.has(lower) && !/ly$/.test(lower) && lower !== 'not') return [];
  }
  return [];
}

/** How many words into the sentence before a person subject may begin (after a title). */
const SUBJECT_REACH = 8;
/** Lower-case words that may stand in a subject before its person's name (`the deputy chief, …`). */
const SUBJECT_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'an', ',', 'former', 'deputy']);

/**
 * The person a sentence-opening `He` or `She` stands for when it is the trigger's subject (`He
 * also protested Russian naval exercises`): the person who opens the sentence before (`Ukrainian
 * Foreign Minister Dmytro Kuleba called …`), before any other lower-case word. Only auxiliaries and
 * adverbs may stand between the pronoun and the trigger.
 */
export function continuedSubject(c: EventContext, trigger: number): EntityMention[] {
  const s = c.words[trigger]!.sentence;
  const [sFrom] = c.sentences[s]!;
  if (s === 0 || trigger <= sFrom) return [];
  let w = trigger - 1;
  while (
    w > sFrom &&
    (AUXILIARIES.has(c.words[w]!.lower) || /ly$/.test(c.words[w]!.lower) || c.words[w]!.lower === 'also')
  )
    w--;
  const pronoun = c.words[w]!.lower;
  if (w !== sFrom || (pronoun !== 'he' && pronoun !== 'she') || c.entityAt[w]! >= 0) return [];
  const [pFrom, pTo] = c.sentences[s - 1]!;
  for (let k = pFrom; k < Math.min(pTo, pFrom + SUBJECT_REACH); k++) {
    const e = entity(c, k);
    if (e?.type === 'person') return [e];
    const first = c.text[c.words[k]!.start]!;
    if (!e && first >= 'a' && first <= 'z' && !SUBJECT_LEAD.has(c.words[k]!.lower)) return [];
  }
  return [];
}

/** How many words of its noun phrase may stand between `for` and an exercise (`for next month’s “Allied Resolve” drills`). */
const FOR_PHRASE = 8;

/**
 * The owners of forces that come or are moved for an exercise (`9,000 Russian soldiers are
 * travelling there for next month’s drills`, `Russian soldiers have been pouring into Belarus for
 * an exercise`): they take part in it. The forces are the last named with their owner before the
 * `for` that opens the exercise's noun phrase, in the same sentence.
 */
export function forcesFor(c: EventContext, trigger: number): EntityMention[] {
  const [sFrom] = c.sentences[c.words[trigger]!.sentence]!;
  let k = trigger - 1;
  while (k > sFrom && k >= trigger - FOR_PHRASE && c.words[k]!.lower !== 'for') {
    const lower = c.words[k]!.lower;
    if (lower === ',' || lower === 'and' || REPORT_VERBS.has(lower)) return [];
    k--;
  }
  if (k <= sFrom || c.words[k]!.lower !== 'for') return [];
  // A joint exercise is two parties': the owner of the forces alone is half of it.
  for (let w = k + 1; w < trigger; w++) if (c.words[w]!.lower === 'joint') return [];
  const list = c.ownedForces;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.word < k) lo = mid + 1;
    else hi = mid;
  }
  const last = list[lo - 1];
  return last && last.word >= sFrom && last.word >= k - SENTENCE_REACH ? [last.owner] : [];
}

/** Pronouns that, as the subject of what is reported, stand for the one who reports it. */
const REPORTED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);
/** Auxiliaries of the passive: a pronoun before one and a participle is what is acted on. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);

/**
 * The subject of a reporting verb whose content opens with a pronoun acting as the trigger's
 * subject (`Poland said it had raised the readiness`, `U.S. officials said they were assessing`):
 * the pronoun stands for the one who reports. Only auxiliaries and adverbs may stand between the
 * pronoun and the trigger; a passive (`said it was attacked`) is left alone.
 */
export function reportedPronoun(c: EventContext, trigger: number): EntityMention[] {
  const [sFrom] = c.sentences[c.words[trigger]!.sentence]!;
  let w = trigger - 1;
  let passive = false;
  for (; w >= Math.max(sFrom, trigger - 5); w--) {
    const lower = c.words[w]!.lower;
    if (REPORTED_PRONOUNS.has(lower)) break;
    if (!AUXILIARIES.has(lower) && !/ly$/.test(lower) && lower !== 'not' && lower !== 'also') return [];
    if (PASSIVE_AUXILIARIES.has(lower) && w === trigger - 1 && /ed$/.test(c.words[trigger]!.lower))
      passive = true;
  }
  if (w < Math.max(sFrom, trigger - 5) || passive || c.entityAt[w]! >= 0) return [];
  let v = w - 1;
  if (v > sFrom && c.words[v]!.lower === 'that') v--;
  if (v <= sFrom || !REPORT_VERBS.has(c.words[v]!.lower)) return [];
  // The reporter is the subject right before its verb (`Poland said`, `U.S. officials said`), not a
  // name further back or closing an aside (`…, the Health and Human Services secretary, said`).
  let k = v - 1;
  while (k > sFrom && k >= v - 2 && c.entityAt[k]! < 0 && /^[a-z]+$/.test(c.words[k]!.lower)) k--;
  if (c.entityAt[k]! < 0) return [];
  return actorsBefore(c, v, { floor: Math.max(sFrom, v - ACTOR_WINDOW), ceil: v });
}

/** `two` and `both` before a plural noun of parties (`the two countries`, `both leaders`). */
const PAIR_WORDS: ReadonlySet<string> = new Set(['two', 'both']);
/** Plural nouns of parties, with the entity type each stands for. */
const PAIR_NOUNS: ReadonlyMap<string, string> = new Map([
  ['countries', 'gpe'],
  ['nations', 'gpe'],
  ['states', 'gpe'],
  ['governments', 'gpe'],
  ['neighbours', 'gpe'],
  ['neighbors', 'gpe'],
  ['leaders', 'person'],
  ['presidents', 'person'],
]);
/** How many words back the pair a `the two countries` stands for is looked for. */
const PAIR_REACH = 120;

/**
 * The two parties of `type` a phrase like `the two countries` (starting at word `w`) stands for: the
 * nearest coordinated pair before it (`Belarus and Russia`), else the two nearest distinct ones,
 * within PAIR_REACH words.
 */
function pairBefore(c: EventContext, w: number, type: string): EntityMention[] {
  const found: EntityMention[] = [];
  // Whoever reports what the pair did is not one of them (`Macron said both leaders had accepted`).
  const q = c.quoteAt[w]!;
  const said = q >= 0 ? c.quotes[q]!.speaker : null;
  let speaker = said ? entity(c, wordOfOffset(c, said[0])) : null;
  // … nor the subject of a reporting verb just before the pair (`Macron said overnight that both …`).
  for (let k = w - 1; k >= Math.max(0, w - 6); k--) {
    if (!REPORT_VERBS.has(c.words[k]!.lower)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const e = entity(c, j);
      if (e) {
        speaker = e;
        break;
      }
    }
    break;
  }
  for (let k = w - 1; k >= Math.max(0, w - PAIR_REACH) && found.length < 2; k--) {
    if (c.counter) c.counter.steps++;
    const e = entity(c, k);
    if (!e || e.type !== type) continue;
    k = entityStart(c, k);
    if (found.some((x) => x.cluster === e.cluster) || e.cluster === speaker?.cluster) continue;
    // A coordinated pair wins over two names apart.
    if (found.length === 0) {
      const partner = coordinatedBefore(
        c,
        k,
        Math.max(0, k - 8),
        (x) => x.type === type && x.cluster !== e.cluster,
      );
      if (partner.length > 0) return [partner[0]!, e];
    }
    found.push(e);
  }
  return found.reverse();
}

/** How many words before a trigger `joint` may stand (`the next large joint exercise`). */
const JOINT_REACH = 4;

/**
 * The parties of a joint event: a pair of acting entities coordinated before it in its sentence
 * (`Belarus and Russia have agreed that the next large joint exercise …`), within SENTENCE_REACH
 * words; none when `joint` does not qualify the trigger or no pair is named.
 */
export function jointParties(c: EventContext, trigger: number): EntityMention[] {
  const [sFrom] = c.sentences[c.words[trigger]!.sentence]!;
  let joint = false;
  for (let w = trigger - 1; w >= Math.max(sFrom, trigger - JOINT_REACH); w--)
    if (c.words[w]!.lower === 'joint') joint = true;
  if (!joint) return [];
  for (let w = trigger - 1; w >= Math.max(sFrom, trigger - SENTENCE_REACH); w--) {
    if (c.counter) c.counter.steps++;
    const e = entity(c, w);
    if (!e || !canAct(e)) continue;
    const start = entityStart(c, w);
    const partners = coordinatedBefore(c, start, Math.max(sFrom, start - 8), canAct);
    if (partners.length > 0) return [...partners.reverse(), e];
    w = start;
  }
  return [];
}
