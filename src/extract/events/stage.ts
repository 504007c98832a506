import type {
  EntityMention,
  EventMention,
  EventStatus,
  Mention,
  MentionKind,
  MentionOf,
  QuantityMention,
  QuoteMention,
  Stance,
  TimeMention,
  TimeRole,
} from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { isLinkLine } from '../links.ts';
import type { WorkCounter } from '../segment/work.ts';
import type { Stage } from '../types.ts';
import {
  actorOf,
  actorsAfter,
  actorsBefore,
  asClauseTime,
  attendees,
  type Bounds,
  clauseActors,
  continuedSubject,
  dated,
  forcesFor,
  forcesPronoun,
  frontedTime,
  isBloc,
  jointParties,
  nameNear,
  placesAfter,
  remarksAtTime,
  remarksTime,
  reportedPronoun,
  sizeNear,
  targetsAfter,
  timeNear,
  withCoordinated,
} from './arguments.ts';
import {
  ABUSES,
  ACCIDENTS,
  ACTOR_TYPES,
  ACTOR_WINDOW,
  ACTORLESS,
  ANNOUNCED_REACH,
  ANNOUNCING,
  ARMS_WORDS,
  AUXILIARIES,
  BANS,
  CALLING,
  CAMPAIGN_KINDS,
  CAMPAIGN_SHARE,
  CAMPAIGN_WORDS,
  CAMPAIGNS,
  CLOSING_REACH,
  CONDITION_REACH,
  CROWD_WORDS,
  DATED_BY_REPORT,
  DECISIONS,
  DELIVERY_NOUNS,
  DEMAND_MODALS,
  DENIAL_REACH,
  DETERMINERS,
  DOCUMENTS,
  EASING,
  ENVOYS,
  EVACUATIONS,
  FROM_WORDS,
  HABITUAL,
  HARM_WORDS,
  HAZARD_TYPES,
  HAZARDS,
  HOME_WORDS,
  HOSTAGES,
  HOSTILE_FIRE,
  HOSTILE_TYPES,
  HUMANITARIAN,
  IRREGULAR_MEANS,
  JOINT,
  LASTING,
  MARKET_WORDS,
  MEETING_VERBS,
  MILITARY_MEANS,
  MONEY_WORDS,
  MONITORS,
  NEAR_REACH,
  NEAR_SENTENCES,
  NEGATION_MODALS,
  NEGATORS,
  NO_OBJECT,
  NOUN_PHRASE,
  OBJECT_PREPS,
  OBJECT_REACH,
  ONE_PER_SENTENCE,
  OPEN_MODS,
  PARTAKING,
  PHASE_GLUE,
  PHASE_REACH,
  PHYSICAL_TYPES,
  PLACE_TYPES,
  POSSESSIVE_MARKS,
  PREDICATE_REACH,
  RECOGNISING,
  RELEASE_VERBS,
  RELEASES,
  REPORT_VERBS,
  REPRESSIONS,
  REQUIREMENTS,
  RESCUERS,
  RETURNS,
  ROLE_GLUE,
  ROLE_REACH,
  SENTENCE_REACH,
  SIGNED_AGREEMENTS,
  SIGNED_REACH,
  SPEAKING,
  SPEECH_ACTS,
  SPEECH_OBJECTS,
  SPEECH_VERBS,
  SPORT_KINDS,
  SPORT_SHARE,
  SPORT_WORDS,
  SPORTING_SENSES,
  STANCE_TIME_WINDOW,
  STATUS_WINDOW,
  STRIKES,
  SUSPENDABLE,
  SUSPENSIONS,
  SYMMETRIC,
  TARGETED,
  TEMPORAL_CONJUNCTIONS,
  TEMPORAL_PREPS,
  TRADE_WORDS,
  UNTIL_WORDS,
  VERBAL_BEFORE,
  VIOLENT_TYPES,
  WAR_DATERS,
  WAR_DETERMINERS,
  WARS,
  WEATHER_WORDS,
  WITHDRAW_VERBS,
} from './constants.ts';
import type { EventContext, Trigger } from './context.ts';
import { bare, type Draft, merge, shareActor, timesAgree, toMention } from './draft.ts';
import { anchorIntervals, sameDates } from './intervals.ts';
import { EN_TRIGGERS, type TriggerLexicon } from './lexicon.ts';
import { eventStatus, type Predicate } from './status.ts';
import { inIdiom, sentenceTriggers } from './triggers.ts';
import { coverage, type Word, wordView } from './words.ts';

const NAME = 'event';
const VERSION = 1;
const TAG = `${NAME}@${VERSION}`;

/** What the event finder reads: the text, publication date and the mentions of earlier stages. */
export interface EventInput {
  readonly text: string;
  readonly published: string | null;
  readonly sentences: readonly Span[];
  readonly tokens: readonly Span[];
  readonly entities?: readonly EntityMention[];
  readonly times?: readonly TimeMention[];
  readonly quantities?: readonly QuantityMention[];
  readonly quotes?: readonly QuoteMention[];
  readonly lexicon?: TriggerLexicon;
  readonly counter?: WorkCounter;
  /** Drop events with no argument at all (no name, actor, target, place, time or size). */
  readonly dropBare?: boolean;
  /** The wire dateline (`ROTTERDAM, June 12 —`): its place and date are the report's, no event's argument. */
  readonly dateline?: Span | null;
}

/** Reporting stances that are events in their own right (`which Moscow denies`). */
const STANCE_EVENTS: Partial<Record<Stance, string>> = {
  denied: 'denial',
  warned: 'warning',
  accused: 'accusation',
};

/** Words that open another clause: a status cue before them is that clause's (`would go home once the exercise ends`). */
const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  'once',
  'when',
  'after',
  'before',
  'until',
  'while',
  'because',
  'since',
  'although',
  'though',
  'that',
  'which',
  'who',
  'where',
]);

/** Arrival words: a deployment for troops, a visit for a person. */
const ARRIVALS = new Set(['arrive', 'arrived', 'arrives', 'arriving', 'arrival']);
/** People whose arrival is a visit (`the delegation arrived in Minsk`). */
const VISITORS = new Set(
  'negotiators delegation delegations officials diplomats envoy envoys minister ministers president leaders inspectors observers monitors mediators team'.split(
    ' ',
  ),
);

const DEFINITE = new Set(['the', 'these', 'this', 'those', 'such']);
const INDEFINITE = new Set(['a', 'an', 'another']);
/** The most words of one name a backward scan steps over as one. */
const ENTITY_SPAN_MAX = 8;
/** Words of depending (`dependent on`, `relies on`): what follows is needed, not done. */
const DEPENDING = new Set([
  'dependent',
  'dependant',
  'reliant',
  'depend',
  'depends',
  'depended',
  'rely',
  'relies',
  'relied',
]);
/** Weak verbs of warning: a warning only when what they say holds a hostile act. */
const CAUTIONS = new Set(['cautioned', 'cautions', 'caution', 'cautioning']);
/** Words naming a kind of exercise (`naval exercises`, `nuclear drills`). */
const EXERCISE_KINDS = new Set(['naval', 'nuclear', 'missile', 'air', 'airborne', 'maritime', 'amphibious']);
/** Verbs that report an event over (`has been completed`, `is over`). */
const COMPLETIONS = new Set(['completed', 'ended', 'finished', 'concluded', 'over']);
/** Words before such a verb that make it a state reached (`has been completed`, `was over`). */
const PERFECT_OR_COPULA = new Set(['been', 'is', 'was', 'are', 'were', 'has', 'have', 'had']);
/** Prepositions whose gerund object is the content of another act (`accused of threatening`). */
const CONTENT_PREPS = new Set(['of', 'for', 'about']);
/** Verbs of offering: the act offered is their content, not an event of its own. */
const OFFERS = new Set(['offer', 'offers', 'offered', 'offering']);

/** The first word starting at or after `offset` (binary search). */
function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function context(input: EventInput): EventContext {
  const view = wordView(input.text, input.tokens, input.sentences, input.counter);
  const d = input.dateline;
  const outside = <M extends { span: Span }>(ms: readonly M[]) =>
    d ? ms.filter((m) => m.span[1] <= d[0] || m.span[0] >= d[1]) : ms;
  const entities = outside(input.entities ?? []);
  const times = outside(input.times ?? []);
  const quantities = input.quantities ?? [];
  const quotes = input.quotes ?? [];
  const cues = quotes
    .map((q, i) => ({ span: q.cue ?? ([0, 0] as Span), i }))
    .filter((x) => x.span[1] > x.span[0]);
  cues.sort((a, b) => a.span[0] - b.span[0]);
  const cueCover = coverage(
    view.words,
    cues.map((x) => x.span),
    input.counter,
  );
  const cueAt = cueCover.map((i) => (i < 0 ? -1 : cues[i]!.i));
  const cover = (ms: readonly { span: Span }[]) =>
    coverage(
      view.words,
      ms.map((m) => m.span),
      input.counter,
    );
  const entityAt = cover(entities);
  const lexicon = input.lexicon ?? EN_TRIGGERS;
  return {
    text: input.text,
    published: input.published,
    words: view.words,
    sentences: view.sentences,
    entities,
    times,
    quantities,
    quotes,
    entityAt,
    timeAt: cover(times),
    quantityAt: cover(quantities),
    quoteAt: cover(quotes),
    cueAt,
    lexicon,
    dateline: d ?? null,
    ownedForces: ownedForces(input.text, view.words, entities, entityAt, lexicon.forceNouns),
    sport: dense(view.words, SPORT_WORDS, SPORT_SHARE, SPORT_KINDS),
    campaign: dense(view.words, CAMPAIGN_WORDS, CAMPAIGN_SHARE, CAMPAIGN_KINDS),
    counter: input.counter,
  };
}

/**
 * True when a document is dense in the words of `set`: `share` per thousand words, `kinds` different
 * ones (a report of a game, of a campaign). One pass.
 */
function dense(words: readonly Word[], set: ReadonlySet<string>, share: number, kinds: number): boolean {
  let hits = 0;
  const seen = new Set<string>();
  for (const w of words)
    if (set.has(w.lower)) {
      hits++;
      seen.add(w.lower);
    }
  return seen.size >= kinds && hits * 1000 >= share * words.length;
}

/** Adverbs that may stand between a subject and its verb (`the plan also calls for`). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['also', 'now', 'still', 'already', 'further', 'even']);

/** True when the subject right before the verb at `w` is a document (`the plan calls for`, `forecasts called for`). */
function documentSubject(c: EventContext, w: number, floor: number): boolean {
  let k = w - 1;
  if (k >= floor && (SUBJECT_ADVERBS.has(c.words[k]!.lower) || /ly$/.test(c.words[k]!.lower))) k--;
  return k >= floor && DOCUMENTS.has(c.words[k]!.lower);
}

/** How far from a trigger, within its sentence, an accident or hostile fire is looked for (`the crash location … those killed`). */
const ACCIDENT_REACH = 16;

/** True when a word of `set` stands within `reach` words of the trigger, inside `b`. */
function wordWithin(
  c: EventContext,
  t: Trigger,
  b: Bounds,
  set: ReadonlySet<string>,
  reach = ACCIDENT_REACH,
): boolean {
  for (let w = Math.max(b.floor, t.from - reach); w < Math.min(b.ceil, t.to + reach); w++)
    if (set.has(c.words[w]!.lower)) return true;
  return false;
}

/**
 * True when `signed` has an object that is no agreement (`signed false certifications`, `signed a
 * letter`): its words up to a clause mark, within SIGNED_REACH, hold no word for an agreement.
 * `signed on Friday`, `signed in Minsk` and `signed by both` have none and stay.
 */
function signsOther(c: EventContext, to: number, b: Bounds): boolean {
  if (!objectFollows(c, to, b)) return false;
  for (let w = to; w < Math.min(b.ceil, to + SIGNED_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (SIGNED_AGREEMENTS.has(lower) || c.lexicon.words.get(lower)?.type === 'agreement') return false;
    if (OBJECT_STOPS.has(lower) || c.timeAt[w]! >= 0) break;
  }
  return true;
}

/** True when the word right before a passive auxiliary before `at` is a thing, not people (`her albums were released`). */
function thingSubject(c: EventContext, at: number, floor: number): boolean {
  let k = at - 1;
  if (k >= floor && (BETWEEN_PASSIVE.has(c.words[k]!.lower) || /ly$/.test(c.words[k]!.lower))) k--;
  if (k < floor || !PASSIVE.has(c.words[k]!.lower)) return false;
  k--;
  if (k < floor || c.entityAt[k]! >= 0 || c.timeAt[k]! >= 0) return false;
  const lower = c.words[k]!.lower;
  return (
    /^\p{Ll}+$/u.test(c.text.slice(c.words[k]!.start, c.words[k]!.end)) &&
    !FREED.has(lower) &&
    !PEOPLE_NOUNS.has(lower) &&
    !RELATIVES.has(lower)
  );
}

/** Nouns of people a release may free beside FREED's (`the two men were released`). */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  'man woman boy girl boys girls son daughter wife husband brother sister mother father student students worker workers suspect suspects officer officers reporter reporters teenager teenagers pilot pilots passengers tourists migrants refugees'.split(
    ' ',
  ),
);
/** Words that open a relative clause or stand for its subject: the subject is further back. */
const RELATIVES: ReadonlySet<string> = new Set([
  'who',
  'that',
  'which',
  'whom',
  'and',
  'later',
  'then',
  'also',
]);

/** Actors that can withdraw forces though none are named (`Russia began to withdraw`). */
const STATE_ACTORS: ReadonlySet<string> = new Set(['gpe', 'military_unit']);
/** Where only forces return to (`returned to their barracks`). */
const MILITARY_HOMES: ReadonlySet<string> = new Set([
  'bases',
  'base',
  'barracks',
  'garrisons',
  'garrison',
  'positions',
]);
/** Words that introduce the place a withdrawal leaves. */
const LEAVING_PREPS: ReadonlySet<string> = new Set(['from', 'of', 'out']);

/** Where forces a withdrawal may be of are looked for: from the previous sentence's start, at most SENTENCE_REACH words back. */
function forcesFrom(c: EventContext, sentence: number, at: number): number {
  return Math.max(c.sentences[Math.max(0, sentence - 1)]![0], at - SENTENCE_REACH);
}

/** True when forces, an exercise or a deployment are named in `[from, to)` (`the exercise began …, and the withdrawal will end`). */
function militaryNear(c: EventContext, from: number, to: number): boolean {
  for (let w = from; w < to; w++) {
    const lower = c.words[w]!.lower;
    if (c.lexicon.forceNouns.has(lower)) return true;
    const type = c.lexicon.words.get(lower)?.type;
    if (type === 'military_exercise' || type === 'troop_deployment') return true;
  }
  return false;
}

/** True when a place (a state or a location) follows the withdrawal within three words, after `from`, `of` or `out of`. */
function placeLeft(c: EventContext, to: number, b: Bounds): boolean {
  let introduced = false;
  for (let w = to; w < Math.min(b.ceil, to + 4); w++) {
    if (LEAVING_PREPS.has(c.words[w]!.lower)) introduced = true;
    else if (introduced && c.entityAt[w]! >= 0) return PLACE_TYPES.has(c.entities[c.entityAt[w]!]!.type);
  }
  return false;
}

/** How far from a rally words of markets or crowds are looked for (`a stock-specific market so not expecting a broad-based rally`). */
const MARKET_REACH = 8;

/** True when a percentage stands within MARKET_REACH words before `at` (`down well over 60%, and the rally`). */
function percentNear(c: EventContext, at: number, floor: number): boolean {
  for (let w = at - 1; w >= Math.max(floor, at - MARKET_REACH); w--) {
    const lower = c.words[w]!.lower;
    if (lower === '%' || lower === 'percent' || lower.endsWith('%')) return true;
  }
  return false;
}

/** How many words after `meet` its object's head may stand (`meet the polling and fundraising thresholds`). */
const REQUIREMENT_REACH = 5;

/** True when the object of `meet` is a requirement within REQUIREMENT_REACH words, before a clause mark or `with`. */
function requirementAfter(c: EventContext, to: number, b: Bounds): boolean {
  for (let w = to; w < Math.min(b.ceil, to + REQUIREMENT_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (REQUIREMENTS.has(lower)) return true;
    if (lower === 'with' || OBJECT_STOPS.has(lower) || c.entityAt[w]! >= 0) return false;
  }
  return false;
}

/** True when `recognize` opens a clause or a need (`recognize that …`, `recognized the need to …`). */
function acknowledges(c: EventContext, to: number, b: Bounds): boolean {
  if (to >= b.ceil) return false;
  const next = c.words[to]!.lower;
  if (next === 'that' || next === 'how' || next === 'what' || next === 'why') return true;
  return (
    next === 'the' &&
    to + 1 < b.ceil &&
    ['need', 'importance', 'value', 'risk', 'risks'].includes(c.words[to + 1]!.lower)
  );
}

/** Kinds of aid a word before `assistance` may name (`humanitarian assistance`, `security assistance`). */
const AID_KINDS: ReadonlySet<string> = new Set(
  'security food development emergency disaster government state federal foreign defense defence cash budget aid relief reconstruction health'.split(
    ' ',
  ),
);

/**
 * True when a lower-case noun right before `assistance` names what a device helps with
 * (`intersection assistance`): not a determiner, an adjective (`-al`, `-ic`, `-ary`, `-ian`, `-ous`,
 * `-ive`, `-ful`, `-ed`, `-ing`) or a kind of aid.
 */
function featureBefore(c: EventContext, at: number, floor: number): boolean {
  if (at - 1 < floor || c.entityAt[at - 1]! >= 0) return false;
  const word = c.text.slice(c.words[at - 1]!.start, c.words[at - 1]!.end);
  if (!/^\p{Ll}{3,}$/u.test(word) || AID_KINDS.has(word) || DETERMINER_LIKE.has(word)) return false;
  return !/(?:al|ic|ary|ian|ous|ive|ful|ed|ing|er|est|ly)$/.test(word);
}

/** Words before a noun that determine or count it, and prepositions and verbs that take it as object (`requests for assistance`). */
const DETERMINER_LIKE: ReadonlySet<string> = new Set(
  'the a an any some more most much such this that these those no all its their his her our your other further additional for of to with from into upon without request requests seek seeks sought need needs provide provides offer offers receive receives get gets ask asks'.split(
    ' ',
  ),
);

/** True when a price follows `at` or `for` right after an offer (`offered at a $9.99 monthly rate`, `offered for $5`). */
function pricedAfter(c: EventContext, to: number, b: Bounds): boolean {
  if (to >= b.ceil || (c.words[to]!.lower !== 'at' && c.words[to]!.lower !== 'for')) return false;
  return objectHas(c, to + 1, b, isMoney, OBJECT_STOPS);
}

/** Forms of visiting. */
const VISITING: ReadonlySet<string> = new Set(['visit', 'visits', 'visited', 'visiting']);
/** Pages and places online that are visited by readers, not parties (`visited my profile`). */
const VISITED_PAGES: ReadonlySet<string> = new Set(
  'profile profiles website websites site sites page pages store shop app channel blog feed account'.split(
    ' ',
  ),
);
/** Pronouns, possessives and titles that stand for a visitor (`saw his visit`, `he visited Scotland`, `the minister visited`). */
const VISITOR_WORDS: ReadonlySet<string> = new Set(
  'he she they his her their we our i my minister ministers president prime secretary officials official delegation delegations envoy envoys leader leaders governor senator mayor king queen pope chancellor ambassador general commander chief candidate inspectors monitors lawmakers'.split(
    ' ',
  ),
);

/** True when a visitor's pronoun or title stands within three words before the visit. */
function visitorBefore(c: EventContext, at: number, floor: number): boolean {
  for (let w = at - 1; w >= Math.max(floor, at - 3); w--)
    if (VISITOR_WORDS.has(c.words[w]!.lower)) return true;
  return false;
}

/** Contests one is beaten in (`beaten in the Republican primary`). */
const CONTESTS: ReadonlySet<string> = new Set(
  'primary primaries election elections race vote runoff final finals polls contest round match game caucus caucuses'.split(
    ' ',
  ),
);
/** True when a word of `set` stands in `[from, to)`. */
function wordIn(c: EventContext, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let w = from; w < to; w++) if (set.has(c.words[w]!.lower)) return true;
  return false;
}
/** Forms of abuse. */
const ABUSE_FORMS: ReadonlySet<string> = new Set(['abuse', 'abuses', 'abused']);
/** What is abused when no one is hurt (`abuse of power`, `abused his office`). */
const ABUSED_THINGS: ReadonlySet<string> = new Set(
  'power powers office authority discretion process trust position privilege privileges funds system'.split(
    ' ',
  ),
);
/** Substances whose abuse is no violence (`drug abuse`). */
const SUBSTANCES: ReadonlySet<string> = new Set([
  'drug',
  'drugs',
  'substance',
  'alcohol',
  'opioid',
  'opioids',
  'steroid',
]);
/** Words before `for abuse` or `to abuse` that make it a risk (`ripe for abuse`, `open to abuse`). */
const RISKS: ReadonlySet<string> = new Set(['ripe', 'open', 'prone', 'vulnerable', 'potential']);

/** True when abuse is of an office, a power or a substance, or only a risk. */
function abuseOfOther(c: EventContext, t: Trigger, b: Bounds): boolean {
  const prev = t.from - 1 >= b.floor ? c.words[t.from - 1]!.lower : '';
  if (SUBSTANCES.has(prev)) return true;
  if ((prev === 'for' || prev === 'to') && t.from - 2 >= b.floor && RISKS.has(c.words[t.from - 2]!.lower))
    return true;
  return wordIn(c, t.to, Math.min(b.ceil, t.to + 3), ABUSED_THINGS);
}
/** Forms of killing that may take an animal as object. */
const KILLING: ReadonlySet<string> = new Set(['kill', 'killed', 'killing', 'kills']);
/** Animals: killing one is hunting or farming, no violence. */
const ANIMALS: ReadonlySet<string> = new Set(
  'rabbit rabbits deer bird birds animal animals cattle cow cows chicken chickens pig pigs fish whale whales bear bears wolf wolves boar fox foxes rat rats mice snake snakes shark sharks livestock poultry sheep goats goat dog dogs cat cats'.split(
    ' ',
  ),
);
/** Where a killing's object ends. */
const ANIMAL_STOPS: ReadonlySet<string> = new Set([',', '.', ';', 'in', 'at', 'on', 'with', 'by']);

/** True when a word of weather stands one or two words before `w` (`storm warnings`, `flash flood warnings`). */
function weatherBefore(c: EventContext, w: number, floor: number): boolean {
  for (let k = w - 1; k >= Math.max(floor, w - 2); k--) if (WEATHER_WORDS.has(c.words[k]!.lower)) return true;
  return false;
}

/** True when a trigger word has its sporting sense in a report of a game: no crowd or police stand near it in its sentence (SENTENCE_REACH words). */
function sportingSense(c: EventContext, type: string, w: number, whole: Bounds): boolean {
  const senses = SPORTING_SENSES.get(type);
  if (!senses || !(senses.has('*') || senses.has(c.words[w]!.lower))) return false;
  // Bounded around the word, so that a sentence of a million triggers costs linear work.
  const from = Math.max(whole.floor, w - SENTENCE_REACH);
  const to = Math.min(whole.ceil, w + SENTENCE_REACH);
  for (let k = from; k < to; k++) if (CROWD_WORDS.has(c.words[k]!.lower)) return false;
  return true;
}

/**
 * The forces a document names with their owner, in one pass: a force noun right after an acting
 * entity (`Russian troops`, `Russia’s forces`, across one modifier: `Russian airborne units`) or
 * followed by `from` and one (`troops from Russia`).
 */
function ownedForces(
  text: string,
  words: readonly Word[],
  entities: readonly EntityMention[],
  entityAt: Int32Array,
  forceNouns: ReadonlySet<string>,
): { word: number; owner: EntityMention }[] {
  const out: { word: number; owner: EntityMention }[] = [];
  const acting = (w: number) => {
    const i = w >= 0 && w < words.length ? entityAt[w]! : -1;
    return i >= 0 && ACTOR_TYPES.has(entities[i]!.type) ? entities[i]! : null;
  };
  for (let w = 1; w < words.length; w++) {
    if (!forceNouns.has(words[w]!.lower)) continue;
    let k = w - 1;
    if (POSSESSIVE_MARKS.has(words[k]!.lower)) k--;
    const owner =
      acting(k) ??
      (entityAt[k]! < 0 && /^\p{Ll}/u.test(text.charAt(words[k]!.start)) && k > 0 ? acting(k - 1) : null) ??
      (words[w + 1]?.lower === 'from' ? acting(w + 2) : null);
    if (owner) out.push({ word: w, owner });
  }
  return out;
}

/** The words an argument of the trigger may come from: its sentence, between its neighbours, inside its quote. */
function boundsOf(c: EventContext, sentence: number, at: number, prev: number, next: number): Bounds {
  let [floor, ceil] = c.sentences[sentence]!;
  floor = Math.max(floor, prev);
  ceil = Math.min(ceil, next);
  const q = c.quoteAt[at]!;
  if (q >= 0) {
    const quote = c.quotes[q]!;
    const [s, e] = quote.span;
    floor = Math.max(floor, wordAt(c.words, s));
    let end = wordAt(c.words, e);
    // `Lithuania declared a state of emergency on Thursday, and …`: the quote stage ends a deed's
    // object before the setting of the act; the setting is the event's, up to the clause's end.
    if (!quote.direct && quote.cue && quote.cue[1] <= s && ACT_SETTINGS.has(c.words[end]?.lower ?? '')) {
      let k = end;
      while (k < ceil && k < end + ACT_SETTING_WORDS && !CLAUSE_BREAK.has(c.words[k]!.lower)) k++;
      end = k;
    }
    ceil = Math.min(ceil, end);
  }
  return { floor, ceil };
}

/** Words opening the setting of an act after its object (`on Thursday`, `last week`, `in March`). */
const ACT_SETTINGS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'last',
  'this',
  'during',
  'late',
  'early',
]);

/** Most words of an act's setting read after a quote's object content. */
const ACT_SETTING_WORDS = 8;

function statusOf(
  c: EventContext,
  at: number,
  to: number,
  b: Bounds,
  time: TimeMention | null,
  lasting = false,
  role: TimeRole = 'at',
  closing: TimeMention | null = null,
) {
  // Status cues belong to the trigger's clause: the window stops at a comma or semicolon.
  const before: string[] = [];
  for (let w = at - 1; w >= Math.max(b.floor, at - STATUS_WINDOW); w--) {
    const lower = c.words[w]!.lower;
    if (CLAUSE_BREAK.has(lower)) break;
    before.unshift(lower);
  }
  // A bare verb coordinated right after `and` shares the modal of the verb before it (`would send
  // 2,000 soldiers to Poland and move 1,000 more`, `plans to hold talks and sign a deal`).
  if (before.length > 0 && before.at(-1) === 'and' && bareVerbForm(c.words[at]!.lower)) {
    // Read past the neighbouring trigger that bounds the clause: the first verb is one.
    const shared = sharedModal(c, at - 1 - before.length, at - 1 - COORDINATED_MODAL_REACH);
    if (shared) before.unshift(shared);
  }
  // A condition governs its whole clause (`if Western sanctions on its agricultural bank were
  // lifted`): `if` or `unless` further back in the clause makes the mention hypothetical (rule
  // `condition`, which does not decide a merged event's status as a modal beside it does: `if I
  // panicked every time someone held an exercise` says nothing of the drills reported elsewhere).
  // The scan goes over neighbouring triggers (`if sanctions were lifted` holds two).
  let conditional = false;
  const sentenceStart = c.sentences[c.words[at]!.sentence]![0];
  for (let w = at - before.length - 1; w >= Math.max(sentenceStart, at - CONDITION_REACH); w--) {
    const lower = c.words[w]!.lower;
    if (CLAUSE_BREAK.has(lower)) break;
    if (lower === 'if' || lower === 'unless') {
      conditional = true;
      break;
    }
  }
  // What someone wants, hopes or fears (a cue of belief before the quoted clause: `Israel wants to
  // sign a deal`) governs the trigger as a word before it would.
  const q = c.quoteAt[at]!;
  const cue = q >= 0 && c.quotes[q]!.stance === 'believed' ? c.quotes[q]!.cue : null;
  if (cue)
    for (let w = wordAt(c.words, cue[1]) - 1; w >= 0 && c.words[w]!.start >= cue[0]; w--)
      before.unshift(c.words[w]!.lower);
  // After the trigger only cancellation is read (`the summit … was cancelled`), within the clause.
  const after: string[] = [];
  for (let w = to; w < Math.min(b.ceil, to + STATUS_WINDOW + 3); w++) {
    const lower = c.words[w]!.lower;
    if (CLAUSE_BREAK.has(lower)) break;
    after.push(lower);
  }
  // A condition after a deed governs it as one before does (`would stay as long as needed`, `will
  // strike if attacked`); after an act of speech it is the content's (`threatened to use live fire
  // if …`, `rejected him as a mediator if talks resume`: the threat and the rejection were made).
  const said = c.lexicon.words.get(c.words[at]!.lower)?.type;
  const deed = c.cueAt[at]! < 0 && c.cueAt[to - 1]! < 0 && (said === undefined || PHYSICAL_TYPES.has(said));
  for (let i = 0; deed && i < after.length && !conditional; i++)
    conditional =
      after[i] === 'if' ||
      after[i] === 'unless' ||
      (after[i] === 'as' && after[i + 1] === 'long' && after[i + 2] === 'as');
  const status = eventStatus({
    before,
    trigger: c.words[at]!.lower,
    after,
    predicate: headsNounPhrase(c, at, b) ? futurePredicate(c, to, b) : null,
    // An event that runs until a day began at some unknown time; one that runs from a day has no known end.
    timeStart: role === 'until' ? null : (time?.start ?? null),
    timeEnd: closing ? closing.end : role === 'from' ? null : (time?.end ?? null),
    published: c.published,
    lasting,
    openStart: role === 'until',
  });
  if (conditional && !FIRM_RULES.has(status.rule))
    return { status: 'hypothetical' as const, rule: 'condition' };
  return status;
}

/** How far before a coordinated verb the modal it shares is looked for. */
const COORDINATED_MODAL_REACH = 16;
/** Modals and the infinitive's `to`: a bare verb coordinated after them shares them. */
const SHARED_MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  "'ll",
  'shall',
  'could',
  'might',
  'may',
  'should',
  'must',
  'can',
  'to',
]);

/** True for a word that may be a bare verb: no past, progressive or third-person ending. */
function bareVerbForm(word: string): boolean {
  return !/(?:ed|ing|s)$/.test(word);
}

/**
 * The modal the verb before a coordination takes, read back from word `from` to `lowest` within
 * the sentence, not past a clause break: the nearest modal, or null.
 */
function sharedModal(c: EventContext, from: number, lowest: number): string | null {
  const sentenceStart = c.sentences[c.words[Math.max(0, from)]!.sentence]![0];
  for (let w = from; w >= Math.max(lowest, sentenceStart, 0); w--) {
    const lower = c.words[w]!.lower;
    if (CLAUSE_BREAK.has(lower)) return null;
    if (SHARED_MODALS.has(lower)) return lower;
  }
  return null;
}

/** Status rules a condition further back does not override (the nearer cue decides). */
const FIRM_RULES: ReadonlySet<string> = new Set(['negation', 'cancelled', 'modal']);

/**
 * Speakers that stage the exercises they announce: states (`Belarus announces joint drills`). A
 * ministry or a person speaking of drills is rarely the one holding them, and as an actor it
 * would keep the reports of one exercise apart.
 */
const SPEAKING_ACTORS: ReadonlySet<string> = new Set(['gpe']);

/** The entity of one of `types` that speaks the quote holding word `w`, if any. */
function speakerEntity(
  c: EventContext,
  w: number,
  types: ReadonlySet<string> = SPEAKING_ACTORS,
): EntityMention | null {
  const q = c.quoteAt[w]!;
  const span = q >= 0 ? c.quotes[q]!.speaker : null;
  if (!span || narrated(c, w)) return null;
  const at = wordAt(c.words, span[0]);
  const i = at < c.words.length ? c.entityAt[at]! : -1;
  const e = i >= 0 ? c.entities[i]! : null;
  return e && types.has(e.type) ? e : null;
}

/**
 * True when the trigger heads the noun phrase a cue of announcing takes as its object (`announced a
 * $400 million aid package`): the content opens with a determiner or a figure, and no auxiliary
 * stands between (`announced the troops had arrived` reports a clause).
 */
function announcedPhrase(c: EventContext, w: number): boolean {
  const q = c.quoteAt[w]!;
  const quote = q >= 0 ? c.quotes[q]! : null;
  if (!quote?.cue) return false;
  const first = wordAt(c.words, quote.span[0]);
  if (first >= w || w - first > ANNOUNCED_REACH) return false;
  const open = c.words[first]!.lower;
  const cue = c.words[wordAt(c.words, quote.cue[0])]!.lower;
  if (!ANNOUNCING.has(cue) || (!DETERMINERS.has(open) && c.quantityAt[first]! < 0)) return false;
  for (let k = first + 1; k < w; k++) if (AUXILIARIES.has(c.words[k]!.lower)) return false;
  return true;
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
/** How many words after an infinitive's `to` its first predicate's trigger may stand (`to sign a new deal`). */
const INFINITIVE_REACH = 4;
const BETWEEN_SUBJECT_AND_VERB = new Set(['not', "n't", 'also', 'already', 'still', 'never', 'now', 'then']);

/**
 * True when the trigger is the verb of a pronoun that opens the quote's content and so stands for
 * its speaker (`Maersk said it would divert vessels`, `the WFP said it had delivered food`), or
 * the first predicate of an infinitive content (`Israel wants to sign a deal`).
 */
function speakerPronoun(c: EventContext, w: number): boolean {
  const q = c.quoteAt[w]!;
  const quote = q >= 0 ? c.quotes[q]! : null;
  if (!quote?.cue || quote.direct) return false;
  const first = wordAt(c.words, quote.span[0]);
  if (first >= w) return false;
  // `Israel wants to sign a deal`, `Hamas hopes to reach a truce`: an infinitive content's first
  // predicate is its speaker's.
  if (c.words[first]!.lower === 'to') {
    for (let k = first + 1; k < w; k++) if (/^[,;:]$/.test(c.words[k]!.lower)) return false;
    return w - first <= INFINITIVE_REACH;
  }
  if (!SUBJECT_PRONOUNS.has(c.words[first]!.lower)) return false;
  for (let k = first + 1; k < w; k++) {
    const lower = c.words[k]!.lower;
    if (!AUXILIARIES.has(lower) && !BETWEEN_SUBJECT_AND_VERB.has(lower)) return false;
  }
  return true;
}

/**
 * True when the trigger is the verb of `we` or `I` opening a direct quote's content, over
 * auxiliaries and adverbs only (`"We agreed on the concept with the Russians," he told …`).
 */
function firstPersonSubject(c: EventContext, w: number): boolean {
  const q = c.quoteAt[w]!;
  const quote = q >= 0 ? c.quotes[q]! : null;
  if (!quote?.cue || !quote.direct) return false;
  const first = wordAt(c.words, quote.span[0]);
  if (first >= w || !FIRST_PERSON.has(c.words[first]!.lower)) return false;
  for (let k = first + 1; k < w; k++) {
    const lower = c.words[k]!.lower;
    if (!AUXILIARIES.has(lower) && !BETWEEN_SUBJECT_AND_VERB.has(lower)) return false;
  }
  return true;
}
const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'i']);

/** Verbs of estimating a figure (`put the deployment at 30,000`, `estimated the force at 8,000`). */
const ESTIMATING: ReadonlySet<string> = new Set([
  'put',
  'puts',
  'estimated',
  'estimates',
  'placed',
  'places',
]);

/**
 * True when a verb of estimating stands between a time and the trigger, followed by the trigger's
 * noun phrase and `at` (`last week put the Russian deployment at about 30,000`): the time is the
 * estimate's. At most four words between the verb and the trigger.
 */
function estimatedBetween(c: EventContext, time: TimeMention, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 5) && c.words[k]!.start >= time.span[1]; k--) {
    if (!ESTIMATING.has(c.words[k]!.lower)) continue;
    for (let a = trigger + 1; a < Math.min(c.words.length, trigger + 3); a++)
      if (c.words[a]!.lower === 'at') return true;
    return false;
  }
  return false;
}

/** True when an acting entity stands between the start of the trigger's bounds and the trigger. */
function hasActorBefore(c: EventContext, w: number, b: Bounds): boolean {
  for (let k = Math.max(b.floor, w - ACTOR_WINDOW); k < w; k++) {
    const i = c.entityAt[k]!;
    if (i >= 0 && ACTOR_TYPES.has(c.entities[i]!.type)) return true;
  }
  return false;
}

/** How many words back an `amid` may open the narration a trigger stands in. */
const AMID_REACH = 40;
/** How many words of its noun phrase a temporal `as` may stand before a trigger (`as the Allied Resolve exercise`). */
const AS_REACH = 6;

/**
 * True when word `w` stands in the writer's background inside an indirect report: after an `amid`
 * (`disclosed details of the drills amid tensions over Russia's troop buildup`), or as the subject
 * of a clause of `as` (`says it is ready for any scenario as the exercise enters its second day`).
 * What the background tells is not the speaker's claim.
 */
function narrated(c: EventContext, w: number): boolean {
  const q = c.quoteAt[w]!;
  if (q < 0 || c.quotes[q]!.direct) return false;
  const first = wordAt(c.words, c.quotes[q]!.span[0]);
  for (let k = w - 1, seen = 0; k > first && seen < AS_REACH; k--, seen++) {
    const lower = c.words[k]!.lower;
    if (lower === 'as') return !/^(such|so|well|same)$/.test(c.words[k - 1]!.lower);
    if (!NOUN_PHRASE.has(lower) && c.entityAt[k]! < 0) break;
  }
  for (let k = w - 1; k >= Math.max(first, w - AMID_REACH); k--) {
    const lower = c.words[k]!.lower;
    if (lower === 'amid' || lower === 'amidst') return true;
  }
  return false;
}

/** The speaker of the quote holding word `w`, as the claimant of what the quote reports, unless the writer narrates it. */
function claimant(c: EventContext, w: number): Span | null {
  const q = c.quoteAt[w]!;
  if (q < 0 || narrated(c, w)) return null;
  return c.quotes[q]!.speaker ?? null;
}

/** True when `of its own` / `of their own` follows the trigger: someone else's event of the same kind. */
function ownAfter(c: EventContext, to: number, b: Bounds): boolean {
  return to + 2 < b.ceil && c.words[to]!.lower === 'of' && c.words[to + 2]!.lower === 'own';
}

/**
 * A phase is a long noun phrase (`the first stage, a check of combat readiness and the
 * redeployment of units, would last until Feb. 9`): its date may follow other triggers, but not
 * another phase word (`the first stage is over and the active phase begins on Thursday`).
 */
function phaseCeil(c: EventContext, to: number, sentence: number): number {
  const end = c.sentences[sentence]![1];
  for (let w = to; w < end; w++) if (c.lexicon.phases.has(c.words[w]!.lower)) return w;
  return end;
}

/**
 * How an event stands to its time, from the words right before the time: `ends on Feb. 9`,
 * `scheduled to finish by Sunday` → until; `began on Thursday` → from; otherwise at. A time that
 * is open-ended itself (`until Feb. 9`) is the event's time as it stands.
 */
function roleOf(c: EventContext, time: TimeMention | null, trigger: number): TimeRole {
  if (!time || (time.mod && OPEN_MODS.has(time.mod))) return 'at';
  // `the end of the first stage on Feb. 9`: the noun before the trigger says which end is dated.
  for (let w = trigger - 1, seen = 0; w > 0 && seen < ROLE_REACH + 1; w--, seen++) {
    const lower = c.words[w]!.lower;
    if (lower === 'of') {
      const head = c.words[w - 1]!.lower;
      if (UNTIL_WORDS.has(head)) return 'until';
      if (FROM_WORDS.has(head)) return 'from';
      break;
    }
    if (!PHASE_GLUE.has(lower) && !c.lexicon.phases.has(lower) && w !== trigger - 1) break;
  }
  const first = wordAt(c.words, time.span[0]);
  // The verb may stand before the event's own words (`started their drills on Thursday`).
  for (let w = first - 1, seen = 0; w >= 0 && seen < ROLE_REACH + 3; w--, seen++) {
    const lower = c.words[w]!.lower;
    if (UNTIL_WORDS.has(lower) || (lower === 'by' && w === first - 1)) return 'until';
    if (FROM_WORDS.has(lower)) return 'from';
    // The trigger's own noun phrase may stand between the verb and the trigger (`will not end
    // their joint drills on Sunday`).
    const ownPhrase =
      (w >= trigger && w < first) || (w < trigger && w >= trigger - 3 && NOUN_PHRASE.has(lower));
    if (!ROLE_GLUE.has(lower) && !PHASE_GLUE.has(lower) && !ownPhrase) break;
  }
  return 'at';
}

/** True when a determiner opens the trigger's noun phrase within three words (`the joint exercise`). */
function headsNounPhrase(c: EventContext, at: number, b: Bounds): boolean {
  for (let w = at - 1; w >= Math.max(b.floor, at - 3); w--) {
    const lower = c.words[w]!.lower;
    if (DETERMINERS.has(lower)) return true;
    if (CLAUSE_BREAK.has(lower) || REPORT_VERBS.has(lower)) return false;
  }
  return false;
}

const FUTURE_AUX = new Set(['will', 'would', 'shall', "'ll"]);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const PLAN_AFTER_COPULA = new Set(['due', 'scheduled', 'set', 'expected', 'planned', 'to']);

/** True when the predicate from word `w` ends or goes on with its subject (`is due to end`, `will last`): no start to come. */
function endsNext(c: EventContext, w: number): boolean {
  for (let k = w; k < Math.min(c.words.length, w + 3); k++) {
    const lower = c.words[k]!.lower;
    if (UNTIL_WORDS.has(lower) || lower === 'continue') return true;
  }
  return false;
}

/**
 * Whether the noun phrase the trigger heads is the subject of a future predicate (`future`: the
 * event is to come) or of one that ends it (`ends`: `is due to end`, `will last until`: under way) (`the joint
 * exercise with Russia, which officials call "Allied Resolve", will take place …`, `the drills are
 * due to start`): within a few words, across one relative clause set off by commas.
 */
function futurePredicate(c: EventContext, to: number, b: Bounds): Predicate {
  const highest = Math.min(b.ceil, c.sentences[c.words[to - 1]!.sentence]![1], to + PREDICATE_REACH);
  for (let w = to; w < highest; w++) {
    const lower = c.words[w]!.lower;
    if (FUTURE_AUX.has(lower)) return endsNext(c, w + 1) ? 'ends' : 'future';
    if (COPULAS.has(lower) && PLAN_AFTER_COPULA.has(c.words[w + 1]?.lower ?? ''))
      return endsNext(c, w + 1) ? 'ends' : 'future';
    if (COPULAS.has(lower)) return null;
    // `a ceasefire that will take effect at 4 a.m.`: a relative clause right after the noun tells
    // what is to come of it.
    if (w === to && lower === 'that' && FUTURE_AUX.has(c.words[w + 1]?.lower ?? ''))
      return endsNext(c, w + 2) ? 'ends' : 'future';
    if (lower === ',' && (c.words[w + 1]?.lower === 'which' || c.words[w + 1]?.lower === 'who')) {
      // Step over the relative clause to its closing comma.
      let k = w + 2;
      while (k < highest && c.words[k]!.lower !== ',') k++;
      w = k;
      continue;
    }
    if (CLAUSE_BREAK.has(lower) || lower === '.' || lower === 'and' || lower === 'but') return null;
  }
  return null;
}

/**
 * The time that ends an event begun at `from` (`began on February 10 and … was to end on February
 * 20`): the next date before `reach` (the next trigger or the sentence's end) that an end word
 * governs and that does not come before the start.
 */
function closingTime(c: EventContext, from: TimeMention, trigger: number, reach: number): TimeMention | null {
  let w = wordAt(c.words, from.span[1]);
  for (const highest = Math.min(reach, w + CLOSING_REACH); w < highest; w++) {
    const i = c.timeAt[w]!;
    if (i < 0 || c.times[i] === from) continue;
    const t = c.times[i]!;
    if (!dated(t) || !t.end || !from.start || t.end.slice(0, 10) < from.start.slice(0, 10)) return null;
    const open = t.start === null && t.mod !== null && OPEN_MODS.has(t.mod);
    return open || roleOf(c, t, trigger) === 'until' ? t : null;
  }
  return null;
}

/** Most words between an act of speech and the date of its report that `reportTime` reads. */
const REPORT_DATE_REACH = 80;

/**
 * The date of the report of an act of speech by one of `actors`: in the act's sentence, a date
 * right after a reporting verb or a speaking participle (`said on Tuesday`, `speaking on Thursday`)
 * or right before a reporting verb (`on Monday said`), when that report is one of the same
 * speaker's quotes. A habit (`has consistently rejected`) has no date.
 */
function reportTime(
  c: EventContext,
  sentence: number,
  trigger: number,
  actors: readonly EntityMention[],
): TimeMention | null {
  if (actors.length === 0) return null;
  for (let w = trigger - 1; w >= Math.max(c.sentences[sentence]![0], trigger - STATUS_WINDOW); w--)
    if (HABITUAL.has(c.words[w]!.lower)) return null;
  // (Read within REPORT_DATE_REACH words of the trigger: a sentence of many acts of speech is not read
  // whole for each one.)
  const from = Math.max(c.sentences[sentence]![0], trigger - REPORT_DATE_REACH);
  const to = Math.min(c.sentences[sentence]![1], trigger + REPORT_DATE_REACH);
  const speaks = (w: number) => {
    const q = c.cueAt[w]!;
    const span = q >= 0 ? c.quotes[q]!.speaker : null;
    const e = span ? c.entityAt[wordAt(c.words, span[0])] : -1;
    return e !== undefined && e >= 0 && actors.some((a) => a.cluster === c.entities[e]!.cluster);
  };
  for (let w = from; w < to; w++) {
    const i = c.timeAt[w]!;
    if (i < 0 || (w > from && c.timeAt[w - 1] === i)) continue;
    const t = c.times[i]!;
    if (t.type !== 'date') continue;
    let before = w - 1;
    if (before >= from && c.words[before]!.lower === 'on') before--;
    let after = w;
    while (after < to && c.timeAt[after] === i) after++;
    const prev = before >= from ? c.words[before]!.lower : '';
    const next = after < to ? c.words[after]!.lower : '';
    if ((REPORT_VERBS.has(prev) && speaks(before)) || (REPORT_VERBS.has(next) && speaks(after))) return t;
    if (SPEAKING.has(prev)) return t;
  }
  return null;
}

/**
 * A time that owns the trigger's noun phrase (`next month’s “Allied Resolve” drills`, `Sunday's
 * vote`): the nearest date before the trigger, across names, quotation marks and its own modifiers,
 * when a possessive mark follows it.
 */
function possessiveTime(c: EventContext, trigger: number, b: Bounds): TimeMention | null {
  for (let w = trigger - 1, seen = 0; w > b.floor && seen < 6; w--, seen++) {
    const lower = c.words[w]!.lower;
    // The mark may be a token of its own or end the time's last word (`month’s`).
    const own = POSSESSIVE_MARKS.has(lower);
    if (own || lower.endsWith("'s") || lower.endsWith('’s')) {
      const i = c.timeAt[own ? w - 1 : w]!;
      if (i >= 0) return c.times[i]!.type === 'date' ? c.times[i]! : null;
      if (own) return null;
    }
    if (
      c.entityAt[w]! < 0 &&
      !NOUN_PHRASE.has(lower) &&
      !/^\p{Ll}/u.test(c.text.slice(c.words[w]!.start, c.words[w]!.start + 1))
    )
      return null;
  }
  return null;
}

/**
 * True when the trigger is the object of a temporal preposition (`stayed in Belarus after the
 * "Allied Resolve" exercise crossed … on Thursday`, `the period following the drills`): the
 * dates of its sentence date the other event. The trigger's own verb still dates it (`after the
 * drills end on Feb. 20`), so a role word right after it keeps the usual search.
 */
function referencePoint(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1, seen = 0; w >= b.floor && seen < 6; w--, seen++) {
    const lower = c.words[w]!.lower;
    if (TEMPORAL_PREPS.has(lower)) {
      // `since Moscow invaded Ukraine in February`: a subject and a past-tense verb make a clause
      // of its own, which its own time dates.
      if (w < trigger - 1 && /\p{L}ed$/u.test(c.words[trigger]!.lower)) return false;
      const next = c.words[trigger + 1]?.lower ?? '';
      return !UNTIL_WORDS.has(next) && !FROM_WORDS.has(next);
    }
    if (!NOUN_PHRASE.has(lower) && c.entityAt[w]! < 0) return false;
  }
  return false;
}

/**
 * The time of a later clause whose pronoun subject stands for the trigger's noun phrase (`the
 * troops are there for the exercise and will leave after it ends on Feb. 20`): a temporal
 * conjunction, `it` or `they`, then a verb of beginning or ending (auxiliaries between) and its
 * date. Only for a noun trigger with no other noun trigger (of `later`, from index `first`)
 * between it and the pronoun.
 */
function pronounTime(
  c: EventContext,
  t: Trigger,
  sentence: number,
  later: readonly Trigger[],
  first: number,
): TimeMention | null {
  const [from, to] = c.sentences[sentence]!;
  const whole: Bounds = { floor: from, ceil: to };
  if (!headsNounPhrase(c, t.from, whole)) return null;
  const highest = Math.min(to, t.to + SENTENCE_REACH);
  // The first `<when/after/…> it/they` at or after the trigger, within reach (one pass per text).
  const w = pronounClauseFrom(c)[t.to] ?? -1;
  if (c.counter) c.counter.steps++;
  if (w < 0 || w + 2 >= highest) return null;
  // A noun trigger heading its own phrase before the clause is what the pronoun stands for.
  for (let next = first; next < later.length && later[next]!.to <= w; next++) {
    if (c.counter) c.counter.steps++;
    if (headsNounPhrase(c, later[next]!.from, whole)) return null;
  }
  let v = w + 2;
  while (v < highest && v < w + 5 && AUXILIARIES.has(c.words[v]!.lower)) v++;
  const verb = c.words[v]?.lower ?? '';
  if (!UNTIL_WORDS.has(verb) && !FROM_WORDS.has(verb)) return null;
  let k = v + 1;
  while (k < highest && ROLE_GLUE.has(c.words[k]!.lower)) k++;
  const i = k < highest ? c.timeAt[k]! : -1;
  return i >= 0 && dated(c.times[i]!) ? c.times[i]! : null;
}

/** Per word, the first word at or after it opening `<temporal conjunction> it/they`, or -1 (made once per context). */
const pronounClauses = new WeakMap<EventContext, Int32Array>();
function pronounClauseFrom(c: EventContext): Int32Array {
  let at = pronounClauses.get(c);
  if (at) return at;
  at = new Int32Array(c.words.length + 1).fill(-1);
  for (let w = c.words.length - 2; w >= 0; w--) {
    const subject = c.words[w + 1]!.lower;
    at[w] =
      TEMPORAL_CONJUNCTIONS.has(c.words[w]!.lower) && (subject === 'it' || subject === 'they')
        ? w
        : at[w + 1]!;
  }
  pronounClauses.set(c, at);
  return at;
}

/**
 * True when the trigger's noun phrase is the purpose of another act (`troops have been pouring in
 * since January for an exercise`): a date before it dates that act.
 */
function purposeOf(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1, seen = 0; w >= b.floor && seen < 6; w--, seen++) {
    const lower = c.words[w]!.lower;
    if (lower === 'for') return true;
    if (!NOUN_PHRASE.has(lower) && c.entityAt[w]! < 0) return false;
  }
  return false;
}

/** True when the trigger is what someone depends on (`dependent on Moscow for loans`), within eight words. */
function dependedOn(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1; w > Math.max(b.floor, trigger - 9); w--) {
    const lower = c.words[w]!.lower;
    if (lower === 'on' && DEPENDING.has(c.words[w - 1]!.lower)) return true;
    if (lower === ',' || lower === ';') return false;
  }
  return false;
}

/** Modals a subject of nobody may take before its verb (`so nobody can accuse us`). */
const NOBODY_MODALS = new Set(['can', 'cannot', 'should', 'must', 'shall']);
/** Adverbs of time between `no one could` and its verb (`no one could later claim`). */
const NOBODY_ADVERBS = new Set(['later', 'ever', 'then', 'afterwards', 'afterward']);

/** True when the trigger's subject is `nobody` or `no one`, over at most two auxiliaries or adverbs. */
function nobodyBefore(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1; w >= Math.max(b.floor, trigger - 4); w--) {
    const lower = c.words[w]!.lower;
    if (NOBODY_MODALS.has(lower) || NOBODY_ADVERBS.has(lower)) continue;
    if (lower === 'nobody' || (lower === 'one' && c.words[w - 1]?.lower === 'no')) return true;
    // `We see nothing that threatens Lithuania`: nothing does it.
    if ((lower === 'that' || lower === 'which') && c.words[w - 1]?.lower === 'nothing') return true;
    if (lower === 'nothing') return true;
    if (!AUXILIARIES.has(lower) && !/ly$/.test(lower)) return false;
  }
  return false;
}

/** How many words a purpose clause's subject and modal may take before its verb (`lest anyone should accuse`). */
const LEST_REACH = 5;

/**
 * True when the trigger is the verb of a purpose that it not happen (`lest anyone accuse Minsk`, `in
 * order not to provoke Moscow`, `so as not to alarm the neighbours`): what one acts to avoid is no
 * act of its own. Read back over at most five words of the trigger's sentence, no clause break.
 */
function avertedPurpose(c: EventContext, trigger: number, sentence: number): boolean {
  const floor = c.sentences[sentence]![0];
  const at = (w: number) => (w >= floor ? c.words[w]!.lower : '');
  if (at(trigger - 1) === 'to' && at(trigger - 2) === 'not') {
    const a = at(trigger - 4);
    const b = at(trigger - 3);
    if ((a === 'in' && b === 'order') || (a === 'so' && b === 'as')) return true;
  }
  for (let w = trigger - 1; w >= Math.max(floor, trigger - LEST_REACH); w--) {
    const lower = c.words[w]!.lower;
    if (lower === 'lest') return true;
    if (CLAUSE_BREAK.has(lower) || /^[,;:()"“”]$/.test(lower)) return false;
  }
  return false;
}

/** Verbs of charging someone with a deed (`accuse us of having massed troops`). */
const CHARGING = new Set([
  'accuse',
  'accused',
  'accuses',
  'accusing',
  'blame',
  'blamed',
  'blames',
  'blaming',
  // What nobody is to claim or say happened is not told as happening (`so that no one could later
  // claim the forces had been gathered in secret`); claiming responsibility or credit is no charge.
  'claim',
  'claimed',
  'claims',
  'claiming',
  'allege',
  'alleged',
  'alleges',
  'alleging',
]);
/** What follows a verb of claiming when it owns a deed rather than charges one (`claimed responsibility for the attack`). */
const CLAIMED_OWNERSHIP: ReadonlySet<string> = new Set(['responsibility', 'credit']);
/** How many words a charge's deed may stand after its verb (`accuse the ministry of having massed`). */
const CHARGE_REACH = 8;

/**
 * True when the trigger is the deed of a charge that nobody is to make (`so nobody can accuse us of
 * having massed troops`, `lest anyone blame Minsk for the buildup`): the deed is not reported.
 */
function avertedCharge(c: EventContext, trigger: number, sentence: number): boolean {
  const floor = c.sentences[sentence]![0];
  for (let w = trigger - 1; w >= Math.max(floor, trigger - CHARGE_REACH); w--) {
    const lower = c.words[w]!.lower;
    if (CHARGING.has(lower))
      return (
        !CLAIMED_OWNERSHIP.has(c.words[w + 1]?.lower ?? '') &&
        (avertedPurpose(c, w, sentence) || nobodyBefore(c, w, { floor, ceil: w }))
      );
    if (CLAUSE_BREAK.has(lower) || /^[;:()"“”]$/.test(lower)) return false;
  }
  return false;
}

/** Verbs of practising: what they take is an exercise's scenario (`would practise repelling an attack`). */
const PRACTISING: ReadonlySet<string> = new Set(
  'practise practises practised practising practice practiced practicing rehearse rehearses rehearsed rehearsing simulate simulates simulated simulating'.split(
    ' ',
  ),
);
/** How many words before a deed a verb of practising may govern it (`practise suppressing an enemy offensive`). */
const PRACTICE_REACH = 5;

/**
 * True when a deed is what forces practise (`the troops will practise repelling an attack`, `would
 * rehearse suppressing an enemy offensive`): a verb of practising within PRACTICE_REACH words
 * before it in its clause.
 */
function practised(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1; w >= Math.max(b.floor, trigger - PRACTICE_REACH); w--) {
    const lower = c.words[w]!.lower;
    if (PRACTISING.has(lower)) return true;
    if (lower === ',' || lower === ';' || lower === ':') return false;
  }
  return false;
}

/** Forces sent beside the lexicon's (its plural force nouns): one unit, or guards and police (`moved additional border guards`). */
const SENT_FORCES: ReadonlySet<string> = new Set(
  'battalion brigade division regiment unit warship soldier troop contingent force guards reservists police policemen gendarmes militia fighters'.split(
    ' ',
  ),
);
/** Verbs of allowing: a concession only of an acting subject, or in the passive. */
const ALLOWING: ReadonlySet<string> = new Set(['allow', 'allows', 'allowed', 'allowing']);
/** True when a state, a person or an organization stands in the object after `to`, within OBJECT_REACH words (`supporting Ukraine's democracy`). */
function partyAfter(c: EventContext, to: number, b: Bounds): boolean {
  for (let w = to; w < Math.min(b.ceil, to + OBJECT_REACH); w++) {
    const e = c.entityAt[w]!;
    if (e >= 0 && PARTIES.has(c.entities[e]!.type)) return true;
    if (OBJECT_STOPS.has(c.words[w]!.lower)) return false;
  }
  return false;
}
const PARTIES: ReadonlySet<string> = new Set(['gpe', 'person', 'organization', 'military_unit']);

/** Forms of `offer`: an agreement only as `offersCooperation` finds it. */
const OFFERING: ReadonlySet<string> = new Set(['offer', 'offers', 'offered', 'offering']);
/** What parties offer one another. */
const COOPERATIVE: ReadonlySet<string> = new Set(
  'talks ceasefire truce aid help support assistance concession concessions deal compromise peace negotiations dialogue guarantees guarantee asylum protection mediation cooperation troops forces weapons arms resignation apology condolences amnesty exchange swap'.split(
    ' ',
  ),
);

/** Prepositions after which a name is no recipient of an offer (`kind words about Mr. Bush`). */
const NOT_RECIPIENT: ReadonlySet<string> = new Set(['about', 'of', 'on', 'in', 'into', 'at', 'for', 'from']);

/**
 * True when an offer is an act between parties: `to` after it, a cooperative object, or a state or
 * person as recipient — before any preposition (`offered some kind words about Mr. Bush` offers
 * Bush nothing).
 */
function offersCooperation(c: EventContext, to: number, b: Bounds): boolean {
  if (to < b.ceil && c.words[to]!.lower === 'to') return true;
  let recipient = true;
  for (let w = to; w < Math.min(b.ceil, to + OBJECT_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (COOPERATIVE.has(lower)) return true;
    if (NOT_RECIPIENT.has(lower)) recipient = false;
    const e = c.entityAt[w]!;
    if (recipient && e >= 0 && (c.entities[e]!.type === 'gpe' || c.entities[e]!.type === 'person'))
      return true;
    if (OBJECT_STOPS.has(lower)) return false;
  }
  return false;
}

/** Words that open a question after `asked`: what is asked is information, not a deed. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'about which whether if how what why when who whom where ? “ " \' ‘ : .'.split(' '),
);
/** How far after `asked` its `to` or `for` is looked for (`asked people in the audience to clap`). */
const ASK_REACH = 12;

/** True when `to` or `for` follows `asked` before any word of a question, within ASK_REACH words. */
function asksToDo(c: EventContext, to: number, ceil: number): boolean {
  for (let w = to; w < Math.min(ceil, to + ASK_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (lower === 'to' || lower === 'for') return true;
    if (QUESTION_WORDS.has(lower)) return false;
  }
  return false;
}

/** Forms of `rally`. */
const RALLIES: ReadonlySet<string> = new Set(['rally', 'rallies']);
/** Words after the verb `rally` that make it winning support (`rally the public`, `rally behind`). */
const RALLYING: ReadonlySet<string> = new Set([
  'the',
  'support',
  'behind',
  'around',
  'voters',
  'republicans',
  'democrats',
]);

/**
 * True when a rally is a campaign's (`campaign` right before it), or the verb of winning support
 * (after `to` or a modal, before its object). A person's rally is left a protest: an opposition
 * leader's is one.
 */
function campaignRally(c: EventContext, from: number, to: number): boolean {
  const before = from > 0 ? c.words[from - 1]!.lower : '';
  if (before === 'campaign') return true;
  const verb = before === 'to' || AUXILIARIES.has(before);
  return verb && RALLYING.has(c.words[to]?.lower ?? '');
}

/** Forms of `appeal` that may name attraction. */
const APPEALS: ReadonlySet<string> = new Set(['appeal', 'appeals']);
/** How far after an appeal what it asks for is looked for. */
const APPEAL_REACH = 10;

/**
 * True when an appeal asks for something: `for` or `against` follows within its clause, or a `to`
 * that is not the first word after it (`appeal to them not to vote`, `appeal from X to lay down`).
 */
function asksFor(c: EventContext, to: number, ceil: number): boolean {
  for (let w = to; w < Math.min(ceil, to + APPEAL_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (lower === ',' || lower === ';' || lower === ':' || lower === '.') return false;
    if (lower === 'for' || lower === 'against') return true;
    if (lower === 'to' && w > to) return true;
  }
  return false;
}

/** Forms of `host` that may be a noun. */
const HOSTS: ReadonlySet<string> = new Set(['host', 'hosts']);
/** Words after which `host` is a noun. */
const HOST_NOUN_BEFORE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'our',
  'guest',
  'co',
]);

/**
 * True when `host` is a noun: a person's name follows it (a title: `host Bill Maher`), `of` or `on`
 * follows it (`a host of the show`, `a host on the TV show`), or a determiner or possessive stands
 * before it.
 */
function hostNoun(c: EventContext, from: number, to: number): boolean {
  const next = c.entityAt[to] ?? -1;
  if (next >= 0 && c.entities[next]!.type === 'person') return true;
  const after = c.words[to]?.lower ?? '';
  if (after === 'of' || after === 'on') return true;
  const before = from > 0 ? c.words[from - 1]!.lower : '';
  return HOST_NOUN_BEFORE.has(before) || /(?:'s|’s)$/.test(before);
}

/** Noun forms of a promise. */
const PROMISE_NOUNS: ReadonlySet<string> = new Set(['promise', 'promises']);
/** Words before a promise that make it a noun: a determiner, a possessive (`Obama's promises`). */
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'these',
  'those',
  'such',
  "'s",
  '’s',
]);
/** Words after a promise that say what it promises. */
const PROMISE_CONTENT: ReadonlySet<string> = new Set(['to', 'that', 'of', 'by', 'from']);

/** Forms of being willing: an agreement only when what one is willing to do is an act the lexicon knows. */
const WILLING: ReadonlySet<string> = new Set(['willing']);
/** How many words after `willing to` the act is looked for (`willing to withdraw its troops`). */
const WILLING_REACH = 4;

/**
 * True when `willing to` is followed, within WILLING_REACH words of its clause, by a word of an
 * event or of what parties offer one another (`willing to withdraw`, `willing to hold talks`), not
 * by any doing (`willing to serve`, `willing to outright lie`).
 */
function willingToAct(c: EventContext, to: number, b: Bounds): boolean {
  if (to >= b.ceil || c.words[to]!.lower !== 'to') return false;
  for (let w = to + 1; w < Math.min(b.ceil, to + 1 + WILLING_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (/^[,;:.]$/.test(lower)) return false;
    if (c.lexicon.words.has(lower) || COOPERATIVE.has(lower)) return true;
  }
  return false;
}

/** Adverbs that may stand between a passive auxiliary and its verb (`was later allowed`). */
const BETWEEN_PASSIVE: ReadonlySet<string> = new Set([
  'later',
  'also',
  'then',
  'now',
  'not',
  'never',
  'finally',
  'eventually',
]);

/** Words of speech and campaigning that make an attack between persons a verbal one. */
const SPEECH_CONTEXT: ReadonlySet<string> = new Set(
  'saying said says comments comment remarks remark rhetoric speech speeches ad ads tweet tweets twitter statement debate debates interview criticism record policies campaign rally rallies candidate candidates candidacy nominee nomination primary primaries voters election elections opponent opponents media'.split(
    ' ',
  ),
);

/**
 * Whether an attack is by and on persons only (at least one target), in a sentence that speaks
 * of speech or campaigning and names no weapon or force (`IRREGULAR_MEANS`, `MILITARY_MEANS`).
 */
function verbalAttack(
  c: EventContext,
  sentence: number,
  trigger: number,
  actors: readonly EntityMention[],
  targets: readonly EntityMention[],
): boolean {
  if (!actors.every((e) => e.type === 'person')) return false;
  const [from, to] = c.sentences[sentence]!;
  // `Johnson and Corbyn attacked each other's policies`: a person's attack on what another says or does.
  const aimed = targets.length === 0 && actors.length > 0 && speechObject(c, trigger + 1, to);
  if (!aimed && (targets.length === 0 || !targets.every((e) => e.type === 'person'))) return false;
  // In a report of a campaign, persons' attacks are words though the sentence names no speech.
  let speech = c.campaign;
  for (let w = from; w < to; w++) {
    const lower = c.words[w]!.lower;
    if (IRREGULAR_MEANS.has(lower) || MILITARY_MEANS.has(lower)) return false;
    if (SPEECH_CONTEXT.has(lower)) speech = true;
  }
  return speech;
}

/** How far after an attack the thing it is aimed at may stand (`attacked each other's policies`). */
const SPEECH_OBJECT_REACH = 4;

/** True when a speech object (`policies`, `record`) stands within SPEECH_OBJECT_REACH words from `from`, before a clause mark. */
function speechObject(c: EventContext, from: number, ceil: number): boolean {
  for (let w = from; w < Math.min(ceil, from + SPEECH_OBJECT_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (SPEECH_OBJECTS.has(lower)) return true;
    if (lower === ',' || lower === ';' || lower === '.') return false;
  }
  return false;
}

/** Forms of fighting that politics uses for a quarrel or a contest (not `clash`, `war`: those are often armed). */
const FIGHTING: ReadonlySet<string> = new Set(
  'fight fights fighting fought battle battles battling battled'.split(' '),
);
/** Words of elections, lobbying and legislatures that make a fight a political contest. */
const POLITICS: ReadonlySet<string> = new Set(
  'nomination nominating nominee campaign campaigns primary primaries caucus caucuses debate debates election elections electoral lobbying political politics partisan delegates candidate candidates voters ballot polls congressional legislative'.split(
    ' ',
  ),
);
/** How many words either side of a fight are read for its kind. */
const FIGHT_CONTEXT = 20;

/**
 * Whether a fight word is politics: a `quarrel` when something is fought about (`fighting about
 * Obama`), a `contest` when words of elections or legislatures stand near it (`the nomination
 * battle`, `political fighting in Washington`); `null` when it may be armed — a weapon or a force is
 * named near it, or a state takes part.
 */
function politicalFight(
  c: EventContext,
  t: Trigger,
  sentence: number,
  actors: readonly EntityMention[],
  targets: readonly EntityMention[],
): 'quarrel' | 'contest' | null {
  if (!FIGHTING.has(c.words[t.from]!.lower)) return null;
  if ([...actors, ...targets].some((e) => e.type !== 'person' && e.type !== 'organization')) return null;
  const [from, to] = c.sentences[sentence]!;
  let politics = false;
  for (let w = Math.max(from, t.from - FIGHT_CONTEXT); w < Math.min(to, t.to + FIGHT_CONTEXT); w++) {
    if (c.counter) c.counter.steps++;
    const lower = c.words[w]!.lower;
    if (IRREGULAR_MEANS.has(lower) || MILITARY_MEANS.has(lower) || HARM_WORDS.has(lower)) return null;
    if (POLITICS.has(lower)) politics = true;
  }
  if (c.words[t.to]?.lower === 'about') return 'quarrel';
  return politics ? 'contest' : null;
}

/** Types whose passive subject suffers the deed (`was killed`, `were attacked`). */
const SUFFERED: ReadonlySet<string> = new Set(['attack', 'violence', 'coercion']);

/** True when a passive auxiliary stands right before `w`, over at most one adverb (`was later allowed`). */
function passiveBefore(c: EventContext, w: number, b: Bounds): boolean {
  let k = w - 1;
  if (k >= b.floor && (BETWEEN_PASSIVE.has(c.words[k]!.lower) || /ly$/.test(c.words[k]!.lower))) k--;
  return k >= b.floor && PASSIVE.has(c.words[k]!.lower);
}

/** Subjects that can permit or promise though no entity names them (`the government allowed`, `the minister promised`). */
const AGENTS: ReadonlySet<string> = new Set(
  'he she they we i government governments officials official authorities minister ministers ministry president leader leaders administration regime council parliament court judge police army military spokesman spokeswoman company companies rebels militants'.split(
    ' ',
  ),
);

/** True when the subject right before `w` (over auxiliaries and adverbs, four words at most) is a person or a body (AGENTS). */
function agentBefore(c: EventContext, w: number, b: Bounds): boolean {
  for (let k = w - 1; k >= Math.max(b.floor, w - 4); k--) {
    const lower = c.words[k]!.lower;
    if (AGENTS.has(lower)) return true;
    if (!AUXILIARIES.has(lower) && !/ly$/.test(lower)) return false;
  }
  return false;
}

/** Forms of `promise`: an agreement only of an acting subject, or in the passive. */
const PROMISING: ReadonlySet<string> = new Set(['promise', 'promises', 'promised', 'promising']);
/** Forms of `beat`: violence only when people are beaten. */
const BEATING: ReadonlySet<string> = new Set(['beat', 'beats', 'beaten']);
/** Words before `beat` that make it a noun (`the cheerful beat`). */
const BEAT_NOUN: ReadonlySet<string> = new Set(['the', 'a', 'an', 'cheerful', 'steady', 'drum']);
/** Words after `beat` that make it a contest (`beat incumbent Gov. Bevin`, `beaten out by`). */
const CONTEST: ReadonlySet<string> = new Set([
  'incumbent',
  'out',
  'expectations',
  'estimates',
  'forecasts',
  'odds',
]);

/**
 * True when `beat` is done to people: not a noun after a determiner, not a contest (a name, a
 * number or a contest word right after an active form: `Russia beat Croatia`, `beaten out`), and for
 * a passive (`were beaten by police`) anything but `beaten out`.
 */
function beatsPeople(c: EventContext, t: { readonly from: number; readonly to: number }, b: Bounds): boolean {
  const prev = t.from - 1 >= b.floor ? c.words[t.from - 1]!.lower : '';
  if (BEAT_NOUN.has(prev)) return false;
  if (t.to >= b.ceil) return true;
  const next = c.words[t.to]!;
  if (next.lower === 'up') return true;
  if (CONTEST.has(next.lower)) return false;
  // `was beaten in the Republican primary`: beaten in a contest.
  if (PASSIVE.has(prev))
    return !(next.lower === 'in' && wordIn(c, t.to + 1, Math.min(b.ceil, t.to + 5), CONTESTS));
  return !(c.entityAt[t.to]! >= 0 || /^[\p{Lu}\d]/u.test(c.text.charAt(next.start)) || next.lower === 'the');
}

/** Verbs of providing: aid only of what aid is (`providesAid`). */
const PROVIDING: ReadonlySet<string> = new Set(['provide', 'provided', 'provides', 'providing']);
/** Words of an aid object beside relief, money and arms (`provide support`, `provide troops`). */
const AID_OBJECTS: ReadonlySet<string> = new Set(
  'aid assistance support help relief security protection shelter training equipment weapons arms ammunition troops'.split(
    ' ',
  ),
);

/** How far after a verb of providing its object may name aid (`will provide nearly 25,000 tons of emergency food aid`). */
const PROVIDE_REACH = 8;

/** True when what is provided is aid: relief, money, arms or forces, or a state as recipient, within PROVIDE_REACH words. */
function providesAid(c: EventContext, to: number, b: Bounds): boolean {
  for (let w = to; w < Math.min(b.ceil, to + PROVIDE_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (isHumanitarian(lower) || isMoney(lower) || AID_OBJECTS.has(lower) || ARMS_WORDS.has(lower))
      return true;
    if (c.lexicon.forceNouns.has(lower)) return true;
    const e = c.entityAt[w]!;
    if (e >= 0 && c.entities[e]!.type === 'gpe') return true;
    if (OBJECT_STOPS.has(lower)) return false;
  }
  return false;
}

/** People who are freed (`released 12 prisoners`), and where from (`released from custody`). */
const FREED: ReadonlySet<string> = new Set(
  'prisoner prisoners hostage hostages captive captives detainee detainees inmates people men women children civilians soldiers activists journalist journalists protesters dissidents sailors crew fishermen nationals citizens him her them prison custody detention jail bail bond'.split(
    ' ',
  ),
);
/** Words before a passive verb (`were released`). */
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
/** How far back a passive release's subject may stand (`Noel and Thomas pleaded not guilty in court on Tuesday and were released`). */
const FREED_REACH = 14;

/**
 * True when a release frees people: people (a word of FREED or a person's name) as its object
 * within OBJECT_REACH words, or, when it is passive, as its subject within FREED_REACH words back.
 */
function freesPeople(c: EventContext, t: { readonly from: number; readonly to: number }, b: Bounds): boolean {
  const person = (w: number) =>
    FREED.has(c.words[w]!.lower) || (c.entityAt[w]! >= 0 && c.entities[c.entityAt[w]!]!.type === 'person');
  for (let w = t.to; w < Math.min(b.ceil, t.to + OBJECT_REACH); w++) {
    if (person(w)) return true;
    if (OBJECT_STOPS.has(c.words[w]!.lower)) break;
  }
  if (t.from - 1 < b.floor || !PASSIVE.has(c.words[t.from - 1]!.lower)) return false;
  for (let w = t.from - 2; w >= Math.max(b.floor, t.from - FREED_REACH); w--) if (person(w)) return true;
  return false;
}

/**
 * True when a name stands right before the trigger after `the` (`the Kremlin meeting`, `the Geneva
 * talks`): a modifier saying where or whose the event is, which a definite noun points back with.
 */
function definiteModifier(c: EventContext, trigger: number, floor: number): boolean {
  const i = trigger - 1 >= floor ? c.entityAt[trigger - 1]! : -1;
  if (i < 0) return false;
  const start = wordOfEntityStart(c, trigger - 1);
  return start - 1 >= floor && c.words[start - 1]!.lower === 'the';
}

/** Who strikes with arms, before the noun (`jihadist strikes`, `insurgent strikes`): no walkout. */
const ARMED_STRIKERS: ReadonlySet<string> = new Set([
  'jihadist',
  'terrorist',
  'terror',
  'militant',
  'insurgent',
  'rebel',
  'guerrilla',
  'suicide',
]);

/** Forms of `strike` that strike deals as well as targets. */
const STRIKING_DEALS: ReadonlySet<string> = new Set(['strike', 'strikes', 'struck', 'striking']);
/** What is struck when no one is attacked. */
const DEALS: ReadonlySet<string> = new Set([
  'deal',
  'deals',
  'agreement',
  'bargain',
  'compromise',
  'accord',
  'balance',
  'chord',
  'note',
  'tone',
]);
/** How far before a passive `struck` its deal may stand (`a deal had finally been struck`). */
const DEAL_REACH = 6;

/** True when a deal stands as the object of `strike` (three words after) or as its passive subject (DEAL_REACH words before). */
function dealBeside(c: EventContext, t: { readonly from: number; readonly to: number }, b: Bounds): boolean {
  for (let w = t.to; w < Math.min(b.ceil, t.to + 3); w++) if (DEALS.has(c.words[w]!.lower)) return true;
  for (let w = t.from - 1; w >= Math.max(b.floor, t.from - DEAL_REACH); w--) {
    const lower = c.words[w]!.lower;
    if (DEALS.has(lower)) return true;
    if (lower === ',' || lower === ';') break;
  }
  return false;
}

/** Determiners by which a noun points back to something told before (`the accusations`, `these claims`). */
const POINTING_BACK: ReadonlySet<string> = new Set(['the', 'these', 'those', 'such']);
/** Nouns of denial that name what is denied (`hysteria`, `nonsense`): a name before one owns the claim. */
const DISPARAGING: ReadonlySet<string> = new Set(
  'hysteria fakes fabrication fabrications fantasies fantasy nonsense speculation madness fiction'.split(' '),
);

/** The first word of the entity mention covering word `w`. */
function wordOfEntityStart(c: EventContext, w: number): number {
  const i = c.entityAt[w]!;
  let k = w;
  while (k > 0 && i >= 0 && c.entityAt[k - 1] === i) k--;
  return k;
}

/** Words before `alert` that make it a state of forces (`on alert`, `heightened alert`). */
const ALERT_STATES: ReadonlySet<string> = new Set(
  'on high higher heightened highest full combat maximum elevated red increased'.split(' '),
);

/** How many of a group's targets a feared act is compared with: bounded, so coreference stays linear. */
const TARGETS_COMPARED = 4;

/** True when one of the draft's first targets is one of the group's first TARGETS_COMPARED. */
function shareFirstTarget(g: Draft, d: Draft): boolean {
  for (let i = 0; i < Math.min(d.targets.length, TARGETS_COMPARED); i++)
    for (let j = 0; j < Math.min(g.targets.length, TARGETS_COMPARED); j++)
      if (d.targets[i]!.cluster === g.targets[j]!.cluster) return true;
  return false;
}

/** Types of a feared act that later mentions of the same target join (`corefer`). */
const ATTACKS_FEARED: ReadonlySet<string> = new Set(['attack']);

/** Forms of `deliver`: an arms transfer only with arms or forces beside it. */
const DELIVERING: ReadonlySet<string> = new Set(['deliver', 'delivers', 'delivered', 'delivering']);

/** Verbs of sending and moving: a deployment only of forces or arms. */
const SENDING: ReadonlySet<string> = new Set([
  'send',
  'sends',
  'sent',
  'sending',
  'dispatch',
  'dispatched',
  'dispatches',
  'dispatching',
  'move',
  'moves',
  'moved',
  'transferred',
]);

/** How many words after a verb of sending its forces may stand (`sent some 3,000 additional combat-ready troops`). */
const SEND_REACH = 8;

/**
 * True when forces or arms stand just before a verb of sending or within SEND_REACH words after it,
 * or a figure there counts them though its noun is left out (`send 2,000 soldiers … and move
 * roughly 1,000 more`: the quantity stage gives the figure the unit it repeats).
 */
function sendsForces(c: EventContext, t: { readonly from: number; readonly to: number }, b: Bounds): boolean {
  // `move` is mostly a noun or an intransitive verb (`the latest move by the U.S. to force …`,
  // `volunteers to move to the back`): it moves forces only when they are its object.
  if (MOVING.has(c.words[t.from]!.lower)) return movesForces(c, t.to, b);
  for (let w = Math.max(b.floor, t.from - NEAR_REACH); w < Math.min(b.ceil, t.to + SEND_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (c.lexicon.forceNouns.has(lower) || ARMS_WORDS.has(lower) || SENT_FORCES.has(lower)) return true;
    const q = w >= t.to ? c.quantityAt[w]! : -1;
    if (q >= 0 && c.lexicon.forceNouns.has(c.quantities[q]!.unit ?? '')) return true;
  }
  return false;
}

/** Present forms of `move`, a deployment only with forces as their object. */
const MOVING: ReadonlySet<string> = new Set(['move', 'moves']);
/** How many words after `move` its object's noun or figure may stand (`move roughly 1,000 more`, `move two more battalions`). */
const MOVE_REACH = 4;

/**
 * True when forces, arms or a figure counting forces stand within MOVE_REACH words after `move`
 * with no preposition or punctuation before them: its object.
 */
function movesForces(c: EventContext, after: number, b: Bounds): boolean {
  for (let w = after; w < Math.min(b.ceil, after + MOVE_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (c.lexicon.forceNouns.has(lower) || ARMS_WORDS.has(lower) || SENT_FORCES.has(lower)) return true;
    const q = c.quantityAt[w]!;
    if (q >= 0 && c.lexicon.forceNouns.has(c.quantities[q]!.unit ?? '')) return true;
    if (OBJECT_PREPS.has(lower) || lower === 'by' || !/\p{L}|\d/u.test(lower)) return false;
  }
  return false;
}

/** Indefinite pronouns: as the subject of a condition they make a deed generic (`unless someone attacks us`). */
const ANYONE: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'whoever']);
/** Words that open a condition or a habit before its subject. */
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whenever', 'should']);

/**
 * True when the trigger's subject is an indefinite pronoun opening a condition or a habit (`would
 * not take part in any war unless someone attacks us`, `if anyone attacked Belarus`, `every time
 * someone held an exercise`), over at most two auxiliaries or adverbs: a case imagined, no deed.
 */
function genericSubject(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1; w >= Math.max(b.floor, trigger - 3); w--) {
    const lower = c.words[w]!.lower;
    if (ANYONE.has(lower)) {
      const opener = w > b.floor ? c.words[w - 1]!.lower : '';
      return (
        lower === 'whoever' ||
        CONDITION_OPENERS.has(opener) ||
        (opener === 'time' && w - 1 > b.floor && c.words[w - 2]!.lower === 'every')
      );
    }
    if (!AUXILIARIES.has(lower) && !/ly$/.test(lower)) return false;
  }
  return false;
}

/** True when `two` or `both` stands within four words before the trigger (`the two presidents had decided`). */
function jointBefore(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1; w >= Math.max(b.floor, trigger - 4); w--)
    if (JOINT.has(c.words[w]!.lower)) return true;
  return false;
}

/**
 * The day a report says an undated event was over by (`The first stage of the exercise has been
 * completed, the ministry said on Wednesday`): its noun heads the subject of a perfect or copula
 * with a verb of completion, and the sentence's report is dated. A noun inside another's `of`
 * phrase is not the subject.
 */
function completedBy(c: EventContext, t: Trigger, sentence: number): TimeMention | null {
  const [from, to] = c.sentences[sentence]!;
  for (let w = t.from - 1; w >= Math.max(from, t.from - 4); w--) if (c.words[w]!.lower === 'of') return null;
  const highest = Math.min(to, t.to + PREDICATE_REACH);
  let done = false;
  for (let w = t.to; w < highest && !done; w++) {
    if (c.counter) c.counter.steps++;
    const lower = c.words[w]!.lower;
    if (CLAUSE_BREAK.has(lower) || lower === 'and' || lower === 'but') return null;
    if (COMPLETIONS.has(lower) && PERFECT_OR_COPULA.has(c.words[w - 1]?.lower ?? '')) done = true;
  }
  if (!done) return null;
  for (let w = from + 1; w < Math.min(to, from + SENTENCE_REACH * 2); w++) {
    if (c.counter) c.counter.steps++;
    const i = c.timeAt[w]!;
    if (i < 0 || c.timeAt[w - 1] === i || !dated(c.times[i]!)) continue;
    const prev = c.words[w - 1]!.lower;
    if (REPORT_VERBS.has(prev) || (prev === 'on' && REPORT_VERBS.has(c.words[w - 2]?.lower ?? '')))
      return c.times[i]!;
  }
  return null;
}

/** True when a name carries a year (`Zapad-2021`) that the time's bounds exclude. */
function yearsDisagree(name: string, time: TimeMention): boolean {
  const year = /\b(?:19|20)\d{2}\b/.exec(name)?.[0];
  if (!year || !time.start || !time.end) return false;
  return time.end.slice(0, 4) < year || time.start.slice(0, 4) > year;
}

/** A draft event from a trigger (null when its context says it names none); `first` when no other trigger comes before it in its sentence. */
function draftOf(
  c: EventContext,
  t: Trigger,
  sentence: number,
  b: Bounds,
  first: boolean,
  reach = b.ceil,
  sentenceTriggers: readonly Trigger[] = [],
  next = 0,
): Draft | null {
  // A participle with its agent after it (`launchers supplied by the U.S.`) is passive: the agent acts.
  const passive = c.words[t.to]?.lower === 'by' ? actorsAfter(c, t.to, b, false) : [];
  // What someone calls something is their charge: the subject of the verb of naming acts (`a move
  // Kyiv called a provocation`), not a name inside what is called.
  // A name right before a noun that disparages a claim is whose the claim is (`the accusations are
  // Western hysteria`), not who denies it: the search starts before the name.
  const from =
    DISPARAGING.has(c.words[t.from]!.lower) && t.from - 1 >= b.floor && c.entityAt[t.from - 1]! >= 0
      ? t.from - 1
      : t.from;
  const actors = t.spoken
    ? []
    : passive.length > 0
      ? passive
      : t.namer !== undefined
        ? actorsBefore(c, t.namer, b)
        : from < t.from
          ? actorsBefore(c, wordOfEntityStart(c, from), b)
          : actorsBefore(c, t.from, b);
  // A noun trigger's `of` phrase names its actor when the type has no target (`build-up of NATO forces`).
  if (actors.length === 0 && !TARGETED.has(t.type)) actors.push(...actorOf(c, t.to, b));
  // `Lithuania declared a state of emergency`; `Russia’s forces test-fired missiles, an exercise …`.
  if (actors.length === 0 && !t.spoken) actors.push(...clauseActors(c, t.from));
  // `Belarus and Russia have agreed that the next joint exercise …`: a joint event is the pair's.
  if (actors.length < 2)
    for (const e of jointParties(c, t.from)) if (!actors.some((x) => x.cluster === e.cluster)) actors.push(e);
  // `they would return to their bases`: forces named before, with their owner.
  if (actors.length === 0 && FORCE_MOVES.has(t.type)) actors.push(...forcesPronoun(c, t.from, b.floor));
  if (actors.length === 0) {
    // An announced exercise with no subject of its own (`Belarus announces joint drills`) is the
    // speaker's when the speaker is a state.
    const speaker = t.type === 'military_exercise' && t.rule !== 'phase' ? speakerEntity(c, t.from) : null;
    if (speaker && !hasActorBefore(c, t.from, b)) actors.push(speaker);
  }
  // What a speaker announces as a noun phrase is the speaker's act (`the Pentagon announced a $400
  // million aid package`, `Minsk unveiled new drills`), not what a clause reports (`said 66 people
  // were detained`).
  if (actors.length === 0 && (announcedPhrase(c, t.from) || speakerPronoun(c, t.from))) {
    const speaker = speakerEntity(c, t.from, ACTOR_TYPES);
    if (speaker) actors.push(speaker);
  }
  // `"We agreed on the concept with the Russians," Lukashenka told the officers`: a first person
  // opening a direct quote is its speaker, who acts beside any co-actor found after the trigger.
  if (firstPersonSubject(c, t.from)) {
    const speaker = speakerEntity(c, t.from, ACTOR_TYPES);
    if (speaker && !actors.some((x) => x.cluster === speaker.cluster)) actors.unshift(speaker);
  }
  // An act of speech inside what someone said is the speaker's (`called the reports "hysteria"`),
  // unless a definite noun names an act told before (`says the accusations are Western hysteria`:
  // the accusations are another's, and join the report they point back to).
  if (
    actors.length === 0 &&
    (SPEECH_ACTS.has(t.type) || t.spoken) &&
    !(t.from - 1 >= b.floor && POINTING_BACK.has(c.words[t.from - 1]!.lower))
  ) {
    const speaker = speakerEntity(c, t.from, ACTOR_TYPES);
    if (speaker) actors.push(speaker);
  }
  // `Russian soldiers have been pouring into Belarus for an exercise`: forces come for it, their
  // owner takes part.
  if (t.type === 'military_exercise' && actors.length < 4)
    for (const e of forcesFor(c, t.from)) if (!actors.some((x) => x.cluster === e.cluster)) actors.push(e);
  // `He also protested Russian naval exercises`: a sentence-opening pronoun is the person who
  // opened the sentence before.
  if (actors.length === 0 && !t.spoken) actors.push(...continuedSubject(c, t.from));
  // `Poland said it had raised the readiness of its forces`: the pronoun is the one who reports,
  // when the quote stage named no speaker.
  if (actors.length === 0 && !t.spoken) actors.push(...reportedPronoun(c, t.from));
  // A pledge no quote holds is its reporting verb's subject's (`Peru's minister said … that not one soldier …`).
  if (actors.length === 0 && t.rule === 'pledge' && c.quoteAt[t.from]! < 0) {
    const verb = reportVerb(c, t.from, sentence);
    if (verb >= 0) actors.push(...actorsBefore(c, verb, { floor: c.sentences[sentence]![0], ceil: verb }));
  }
  const symmetric = SYMMETRIC.has(t.type);
  if (actors.length === 0 || symmetric)
    for (const e of actorsAfter(c, t.to, b, symmetric))
      if (!actors.some((x) => x.cluster === e.cluster)) actors.push(e);
  const near = referencePoint(c, t.from, b)
    ? null
    : (possessiveTime(c, t.from, b) ??
      timeNear(
        c,
        t.to,
        t.rule === 'phase' ? { ...b, ceil: phaseCeil(c, t.to, sentence) } : b,
        first && !purposeOf(c, t.from, b),
      ) ??
      (DATED_BY_REPORT.has(t.type) ? reportTime(c, sentence, t.from, actors) : null) ??
      pronounTime(c, t, sentence, sentenceTriggers, next) ??
      progressiveReportTime(c, t, sentence) ??
      (t.rule === 'pledge' ? cueTime(c, t, sentence) : null) ??
      untilEndOf(c, t.to, sentence) ??
      frontedTime(c, sentence, t.from) ??
      remarksTime(c, sentence, t.from) ??
      (t.type === 'meeting' ? remarksAtTime(c, sentence, t.from) : null) ??
      // Not an act of speech: another speaker's words beside a dated report keep no date of it.
      (SPEECH_ACTS.has(t.type) ? null : asClauseTime(c, sentence, t.from)));
  // `promised that not one soldier would stay`: the cue is the pledge already.
  if (t.rule === 'pledge') {
    const q = c.quoteAt[t.from]!;
    const cue = q >= 0 ? c.quotes[q]!.cue : null;
    if (cue && c.lexicon.words.get(c.words[wordAt(c.words, cue[0])]!.lower)?.type === 'agreement')
      return null;
    // … also when the quote is a longer report's (`have said … and the minister promised that …`).
    for (let w = t.from - 1; w >= Math.max(c.sentences[sentence]![0], t.from - PLEDGE_CUE_REACH); w--)
      if (c.lexicon.words.get(c.words[w]!.lower)?.type === 'agreement') return null;
  }
  // Defending oneself is no support of another (`Ukraine would defend itself`, `preparing to defend
  // our country`); nor are arms named as the means of another act (`attacked posts …, using artillery`).
  if (selfDefence(c, t) || meansOnly(c, t)) return null;
  // What one depends on is no act: `dependent on Moscow for loans and political support`.
  if (dependedOn(c, t.from, b) || needed(c, t.from, b)) return null;
  // Nobody did it: `so that no one could accuse Minsk`, `Nobody moves units … for an exercise`.
  if (nobodyBefore(c, t.from, b) || genericSubject(c, t.from, b)) return null;
  // Acting so that it not happen: `lest anyone accuse Minsk`, `in order not to provoke Moscow`.
  if (avertedPurpose(c, t.from, sentence) || avertedCharge(c, t.from, sentence)) return null;
  // What forces practise is a scenario of their exercise, no deed (`will practise repelling an attack`).
  if (PHYSICAL_TYPES.has(t.type) && t.type !== 'military_exercise' && practised(c, t.from, b)) return null;
  // Deciding is an agreement only of two parties (`the two presidents had decided`, `Russia and
  // Belarus decided`); one party's decision is no event.
  if (DECISIONS.has(c.words[t.from]!.lower) && actors.length < 2 && !jointBefore(c, t.from, b)) return null;
  // Allowing is a concession of someone who can permit (`Israel allowed the convoy to pass`, `was
  // allowed to enter`); with no acting subject it is a thing's effect (`the merger would allow the
  // company to pay down debt`, `lights that allow the car to signal`), no event. So is a promise
  // with no one who promises (`That promises 355 horsepower`, `the promise of cloud gaming`).
  const permits = ALLOWING.has(c.words[t.from]!.lower) || PROMISING.has(c.words[t.from]!.lower);
  if (
    permits &&
    t.rule === 'word' &&
    actors.length === 0 &&
    !passiveBefore(c, t.from, b) &&
    !agentBefore(c, t.from, b)
  )
    return null;
  // Support is given by someone or to someone: with no acting subject and no party after it, it is a
  // feature or a share of opinion (`fast charging support`, `majority support for impeachment`, `no
  // evidence supports anything else`), no event.
  if (t.type === 'support' && t.rule === 'word' && actors.length === 0 && !partyAfter(c, t.to, b))
    return null;
  // A deal is struck, not attacked (`struck a deal`, `a deal had finally been struck`), nor struck
  // against (`while also striking business deals`): the deal is the agreement, the verb no attack
  // and no walkout.
  if (
    (t.type === 'attack' || t.type === 'protest') &&
    STRIKING_DEALS.has(c.words[t.from]!.lower) &&
    dealBeside(c, t, {
      floor: c.sentences[sentence]![0],
      ceil: c.sentences[sentence]![1],
    })
  )
    return null;
  // Offering is an act between parties when it offers to do something, offers cooperation, or is
  // made to a party (`offered to hand over two suspects`, `offered talks`, `offered Kyiv guarantees`,
  // `the attachés had been offered a briefing`);
  // a product or a feature offered is none (`Nissan will offer better mileage`, `today's offer`),
  // nor is one offered at a price (`is offered at a $9.99 monthly rate`).
  if (
    t.type === 'agreement' &&
    OFFERING.has(c.words[t.from]!.lower) &&
    ((!passiveBefore(c, t.from, b) &&
      !offersCooperation(c, t.to, { floor: b.floor, ceil: c.sentences[sentence]![1] })) ||
      pricedAfter(c, t.to, { floor: b.floor, ceil: c.sentences[sentence]![1] }))
  )
    return null;
  // A promise as a noun names what it promises (`his promise to withdraw`, `a promise that …`);
  // without that it is promises in general (`the baseline for truth is Obama's promises`), no act.
  if (
    t.type === 'agreement' &&
    PROMISE_NOUNS.has(c.words[t.from]!.lower) &&
    t.from > b.floor &&
    (NOUN_OPENERS.has(c.words[t.from - 1]!.lower) || /(?:'s|’s|s'|s’)$/.test(c.words[t.from - 1]!.lower)) &&
    !PROMISE_CONTENT.has(c.words[t.to]?.lower ?? '')
  )
    return null;
  // A host as a noun is a presenter or a team (`Fox News host Megyn Kelly`, `a host of “The Five”`,
  // `gave the hosts a 2-1 win`): no meeting. Only the verb hosts one (`Poland will host the summit`).
  if (t.type === 'meeting' && HOSTS.has(c.words[t.from]!.lower) && hostNoun(c, t.from, t.to)) return null;
  // An appeal asks for something (`an appeal for calm`, `appealed to them not to vote`, `an appeal
  // from the president to lay down arms`); without `for` or a second `to` it is attraction (`broaden
  // his appeal`, `Trump's blue-collar appeal`, `holds appeal to voters in Ohio`), no demand.
  if (
    t.type === 'demand' &&
    APPEALS.has(c.words[t.from]!.lower) &&
    !asksFor(c, t.to, c.sentences[sentence]![1])
  )
    return null;
  // A campaign rally is a campaign event, no protest; to rally someone is to win support (`to rally
  // the public behind Democrats`, `rally behind the nominee`).
  if (t.type === 'protest' && RALLIES.has(c.words[t.from]!.lower) && campaignRally(c, t.from, t.to))
    return null;
  // Asking is a demand when it asks someone to do something or for something (`asked Minsk to
  // explain`, `asked for volunteers`); a question is none (`asked Mrs. Clinton about …`, `asked
  // Mook if …`, `was asked, “…?”`, `asked our followers which candidate won`).
  if (
    t.type === 'demand' &&
    c.words[t.from]!.lower === 'asked' &&
    t.to === t.from + 1 &&
    !asksToDo(c, t.to, c.sentences[sentence]![1])
  )
    return null;
  // Being willing is an agreement only to an act (`willing to withdraw its troops`, `willing to
  // hold talks`), not to any doing (`conservatives willing to serve`, `willing to outright lie`).
  if (
    t.type === 'agreement' &&
    WILLING.has(c.words[t.from]!.lower) &&
    !willingToAct(c, t.to, { floor: b.floor, ceil: c.sentences[sentence]![1] })
  )
    return null;
  // Beating is violence done to people (`police beat protesters`, `was beaten by guards`); a team or
  // a candidate beaten, or a rhythm, is none (`Russia beat Croatia`, `beat incumbent Gov. Bevin`,
  // `had beaten van de Zandschulp 6-2`, `the cheerful beat`).
  if (BEATING.has(c.words[t.from]!.lower) && !beatsPeople(c, t, b)) return null;
  // An event a report says is over, dated by nothing else, ends by the report's day.
  const over = near ? null : completedBy(c, t, sentence);
  // A protest put down is dated as the protest is (`crushed mass protests against … in 2020`).
  const repressed =
    !near && REPRESSIONS.has(c.words[t.from]!.lower)
      ? timeNear(c, t.to, { ...b, ceil: c.sentences[sentence]![1] }, false)
      : null;
  // A war lasts: a time beside it dates something else (`the largest attack of the war on Sunday`)
  // unless a verb of beginning or ending links them (`the war, which began in April 2023`).
  const time =
    near && WARS.has(c.words[t.from]!.lower) && !warDatedBy(c, t.to, near)
      ? null
      : near && near.span[1] <= c.words[t.from]!.start && estimatedBetween(c, near, t.from)
        ? (repressed ?? over)
        : (near ?? repressed ?? over);
  const timeRole =
    (over && time === over) || (time && time === untilEndOf(c, t.to, sentence))
      ? 'until'
      : roleOf(c, time, t.from);
  const timeEnd = timeRole === 'from' && time ? closingTime(c, time, t.from, reach) : null;
  const prev = t.from > b.floor ? c.words[t.from - 1]!.lower : '';
  const prev2 = t.from - 1 > b.floor ? c.words[t.from - 2]!.lower : '';
  let named = t.type === 'military_exercise' ? nameNear(c, t.from, c.sentences[sentence]!) : null;
  // A name with a year (`Zapad-2021`) does not name an exercise dated in another year.
  if (named && time && yearsDisagree(named.name, time)) named = null;
  // A person who arrives somewhere is visiting; troops that arrive are deployed. Without forces or
  // arms in the sentence before it or beside it, an arrival is a visit of people
  // (`negotiators arrived in Doha`) or no event (`the aid arrived`).
  const [sFrom, sTo] = c.sentences[sentence]!;
  // How far back in its sentence a trigger's forces or means are looked for: bounded, so that a
  // sentence of a million triggers costs linear work.
  const reachFrom = Math.max(sFrom, t.from - SENTENCE_REACH);
  // The trigger's whole sentence, for words that may stand beyond its neighbours (`killed in a strike`).
  const whole: Bounds = { floor: sFrom, ceil: sTo };
  // A warning of weather is a forecast, no threat (`storm warnings were up`, `a heat warning`).
  if (t.type === 'warning' && weatherBefore(c, t.from, sFrom)) return null;
  // What a plan or a forecast calls for is its content, no one's demand (`forecasts called for low
  // humidity`, `the plan calls for two new bridges`).
  if (t.type === 'demand' && CALLING.has(c.words[t.from]!.lower) && documentSubject(c, t.from, sFrom))
    return null;
  // Easing is a concession with something eased (`eased sanctions`, `restrictions were eased`, `the
  // easing of curbs`); weather, prices or tension that ease concede nothing (`should ease by Thursday`),
  // and the noun `ease` is facility (`ease of movement`).
  if (
    t.type === 'concession' &&
    EASING.has(c.words[t.from]!.lower) &&
    (c.words[t.to]?.lower === 'of'
      ? c.words[t.from]!.lower === 'ease'
      : !objectFollows(c, t.to, whole) && !passiveBefore(c, t.from, whole))
  )
    return null;
  // A rally in prices is no protest (`the rally in bank stocks`, `down 60%, and the rally has …`).
  if (
    t.type === 'protest' &&
    RALLIES.has(c.words[t.from]!.lower) &&
    (wordWithin(c, t, whole, MARKET_WORDS, MARKET_REACH) || percentNear(c, t.from, sFrom)) &&
    !wordWithin(c, t, whole, CROWD_WORDS, MARKET_REACH)
  )
    return null;
  // Meeting a threshold or a deadline fulfils it, no one is met (`to meet the polling thresholds`).
  if (t.type === 'meeting' && MEETING_VERBS.has(c.words[t.from]!.lower) && requirementAfter(c, t.to, whole))
    return null;
  // Recognising that something is so acknowledges it (`recognize that such concessions are costly`);
  // only recognising a party or its claim supports it.
  if (t.type === 'support' && RECOGNISING.has(c.words[t.from]!.lower) && acknowledges(c, t.to, whole))
    return null;
  // A device's assistance is a feature (`intersection assistance`, `parking assistance`): a noun
  // before it that is no kind of aid names what the feature helps with.
  if (t.type === 'aid' && c.words[t.from]!.lower === 'assistance' && featureBefore(c, t.from, sFrom))
    return null;
  // Abuse of office or of drugs is no violence (`abuse of his office`, `drug abuse`, `ripe for
  // abuse`); an animal killed is no victim (`killed and ate a wild rabbit`).
  if (t.type === 'violence' && ABUSE_FORMS.has(c.words[t.from]!.lower) && abuseOfOther(c, t, whole))
    return null;
  if (
    t.type === 'violence' &&
    KILLING.has(c.words[t.from]!.lower) &&
    objectHas(c, t.to, whole, (lower) => ANIMALS.has(lower), ANIMAL_STOPS)
  )
    return null;
  // In a report of a game a fixture is no meeting and a team's attack no fighting (`these teams meet
  // again`, `host the Lakers`, `pass defended`, `as they demonstrated against the Thunder`), unless
  // fans or police are named beside the word (`fans clashed with police after the match`).
  if (c.sport && sportingSense(c, t.type, t.from, whole)) return null;
  if (t.type === 'troop_deployment' && ARRIVALS.has(c.words[t.from]!.lower)) {
    const armed =
      forcesBefore(c, reachFrom, t.from) ||
      wordNear(c, t.from, t.to, b, c.lexicon.forceNouns) ||
      wordNear(c, t.from, t.to, { ...b, floor: sFrom }, ARMS_WORDS);
    const people =
      actors[0]?.type === 'person' || wordNear(c, t.from, t.to, { ...b, floor: sFrom }, VISITORS);
    if (actors[0]?.type === 'person' || (!armed && people))
      t = { ...t, type: 'meeting', plover: c.lexicon.ploverOf.get('meeting') ?? null };
    else if (!armed) return null;
  }
  // Forces put on alert are readied, not moved: type `other`, PLOVER's MOBILIZE kept, so that the
  // alert does not join a deployment reported beside it.
  if (t.type === 'troop_deployment' && c.words[t.from]!.lower === 'alert') {
    // Only a state of alert is one (`on heightened alert`, `high alert`); to alert someone, or a
    // car's `rear door alert`, readies no forces.
    const prev = t.from - 1 >= sFrom ? c.words[t.from - 1]!.lower : '';
    if (!ALERT_STATES.has(prev)) return null;
    t = { ...t, type: 'other' };
  }
  // Forces that support someone are deployed in their support (`up to 15,000 soldiers were
  // supporting the Border Guard`); a state's support stays support, and so do forces supported by
  // someone (`forces supported by Belarus`).
  if (t.type === 'support' && c.words[t.to]?.lower !== 'by' && forceSubject(c, t.from, sFrom))
    t = { ...t, type: 'troop_deployment', plover: c.lexicon.ploverOf.get('troop_deployment') ?? null };
  // A mobilisation calls up forces, it moves none: type `other`, PLOVER's MOBILIZE kept, so that it
  // does not join a deployment reported beside it (`announced a general mobilisation`).
  if (t.type === 'troop_deployment' && MOBILISING.has(c.words[t.from]!.lower)) t = { ...t, type: 'other' };
  // A promise of a response is a threat (`promised a response that would be proportionate`,
  // `promised to retaliate`), not an agreement.
  if (t.type === 'agreement' && PROMISING.has(c.words[t.from]!.lower) && responseAfter(c, t.to, sTo))
    t = { ...t, type: 'threat', plover: c.lexicon.ploverOf.get('threat') ?? null };
  // Civilians evacuated from their homes are no troop withdrawal: it is a withdrawal only when
  // forces are named beside it (`troops were evacuated`), else of type `other` (still PLOVER's
  // RETREAT, which covers evacuations of anyone).
  if (
    t.type === 'troop_withdrawal' &&
    EVACUATIONS.has(c.words[t.from]!.lower) &&
    !wordNear(c, t.from, t.to, b, c.lexicon.forceNouns)
  )
    t = { ...t, type: 'other' };
  // Leaving and returning are a withdrawal of forces named in the sentence before it or beside it,
  // or a return to bases (`will return to their bases`); `negotiators returned to Doha` is none.
  if (
    t.type === 'troop_withdrawal' &&
    RETURNS.has(c.words[t.from]!.lower) &&
    !wordNear(c, t.from, t.to, whole, HOME_WORDS) &&
    !wordNear(c, t.from, t.to, b, c.lexicon.forceNouns) &&
    !forcesBefore(c, reachFrom, t.from)
  )
    return null;
  // A withdrawal with an object that is no force is of a bill, a candidacy or an envoy
  // (`urged him to withdraw it`, `withdrew its ambassador`), and so is one told in the passive with
  // no forces named (`the bill was withdrawn`); `withdraw from Kherson` stays.
  if (
    t.type === 'troop_withdrawal' &&
    WITHDRAW_VERBS.has(c.words[t.from]!.lower) &&
    !wordNear(c, t.from, t.to, b, c.lexicon.forceNouns) &&
    !forcesBefore(c, reachFrom, t.from) &&
    (objectFollows(c, t.to, b) || (c.words[t.from]!.lower === 'withdrawn' && passiveBefore(c, t.from, whole)))
  )
    return null;
  // A withdrawal is of forces: with no force named in its sentence or the one before, no state or armed body acting and no
  // place left (`withdraw from Kherson`), it is a person leaving a post, a bill withdrawn or a policy
  // reversed (`is withdrawing as the director`, `the withdrawal of the bill`, `a retreat from its
  // stimulus`), no event.
  if (
    t.type === 'troop_withdrawal' &&
    !militaryNear(c, forcesFrom(c, sentence, t.from), Math.min(sTo, t.to + SENTENCE_REACH)) &&
    !actors.some((e) => STATE_ACTORS.has(e.type)) &&
    !wordNear(c, t.from, t.to, whole, MILITARY_HOMES) &&
    !placeLeft(c, t.to, whole)
  )
    return null;
  // `told the Herald by phone`, `said by telephone`: the channel of a report, not a call between parties.
  if (t.type === 'meeting' && c.words[t.from]!.lower === 'by' && speechBefore(c, t.from, b.floor))
    return null;
  // A war is an event when it is a particular one (`the war`, `this war`, `Sudan's war`, `the civil
  // war`), not war in general (`no need for war`, `nobody wants a war`, `start a war`).
  if (t.type === 'fight' && WARS.has(c.words[t.from]!.lower) && !particularWar(c, t.from, b)) return null;
  // Hostages freed are a concession: the release word is the trigger when the lexicon has it
  // (`released 40 hostages`), else the hostages are (`would free 40 hostages`).
  if (
    t.type === 'violence' &&
    HOSTAGES.has(c.words[t.from]!.lower) &&
    wordNear(c, t.from, t.to, whole, RELEASES)
  ) {
    if (releaseTriggerNear(c, t.from, sFrom)) return null;
    t = { ...t, type: 'concession', plover: c.lexicon.ploverOf.get('concession') ?? null };
  }
  // A ban on imports or flights is a sanction, a ban on a party or a rally is coercion.
  if (t.type === 'coercion' && BANS.has(c.words[t.from]!.lower) && wordNear(c, t.from, t.to, b, TRADE_WORDS))
    t = { ...t, type: 'sanction', plover: c.lexicon.ploverOf.get('sanction') ?? null };
  // A strike that wounds or kills, or is made with arms, is an attack, not a walkout.
  // (Within the sentence: the harm is often another trigger, `killed in a strike`, which bounds `b`.)
  // So is a country's strike (`the Indian strikes`, `Israel's strikes on Beirut`): workers strike
  // against their employer, states against each other.
  if (
    t.type === 'protest' &&
    STRIKES.has(c.words[t.from]!.lower) &&
    (wordNear(c, t.from, t.to, whole, HARM_WORDS) ||
      stateBefore(c, t.from, b.floor) ||
      (t.from - 1 >= b.floor && ARMED_STRIKERS.has(c.words[t.from - 1]!.lower)))
  )
    t = { ...t, type: 'attack', plover: c.lexicon.ploverOf.get('attack') ?? null };
  // An earthquake that struck and killed is a disaster (type `other`, no PLOVER category), unless
  // arms or forces are named too.
  if (
    HAZARD_TYPES.has(t.type) &&
    hazardBefore(c, sFrom, t.from) &&
    !wordNear(c, t.from, t.to, whole, ARMS_WORDS) &&
    !forcesBefore(c, reachFrom, t.from)
  )
    t = { ...t, type: 'other', plover: null };
  // So is a death in a crash or an accident (`killed in a helicopter crash`), unless hostile fire is
  // named beside it (`crashed after it was shot down`).
  if (
    HAZARD_TYPES.has(t.type) &&
    wordWithin(c, t, whole, ACCIDENTS) &&
    !wordWithin(c, t, whole, HOSTILE_FIRE)
  )
    t = { ...t, type: 'other', plover: null };
  // Troops are sent, and so are ambulances and medicine: a dispatch of relief is aid.
  if (
    t.type === 'troop_deployment' &&
    humanitarianObject(c, t.to, b) &&
    !wordNear(c, t.from, t.to, b, c.lexicon.forceNouns)
  )
    t = { ...t, type: 'aid', plover: c.lexicon.ploverOf.get('aid') ?? null };
  // `move` deploys only the forces it moves (`volunteers to move to the back` is no aid).
  if (t.type === 'troop_deployment' && MOVING.has(c.words[t.from]!.lower) && !movesForces(c, t.to, whole))
    return null;
  // Civilians are deployed and sent too: rescuers bring relief (aid), envoys go to talks (a
  // meeting), inspectors and observers look into something (an investigation).
  if (t.type === 'troop_deployment' && !wordNear(c, t.from, t.to, b, c.lexicon.forceNouns)) {
    const civil = wordNear(c, t.from, t.to, b, RESCUERS)
      ? 'aid'
      : wordNear(c, t.from, t.to, b, ENVOYS)
        ? 'meeting'
        : wordNear(c, t.from, t.to, b, MONITORS)
          ? 'investigation'
          : null;
    if (civil) t = { ...t, type: civil, plover: c.lexicon.ploverOf.get(civil) ?? null };
  }
  // Sending or moving is a deployment of forces or arms: with neither beside it, it sends or moves
  // something else (`photos sent in by railway workers`, `sent a letter`, `the story moved me`), no event.
  if (t.type === 'troop_deployment' && SENDING.has(c.words[t.from]!.lower) && !sendsForces(c, t, whole))
    return null;
  // A sanction suspends aid, talks or trade; `rail services were suspended` is a disruption, no event.
  if (
    t.type === 'sanction' &&
    SUSPENSIONS.has(c.words[t.from]!.lower) &&
    !wordNear(c, t.from, t.to, b, SUSPENDABLE)
  )
    return null;
  // Funds released are a payment of aid, not a concession (`release 50 million euros in aid`).
  if (t.type === 'concession' && RELEASE_VERBS.has(c.words[t.from]!.lower) && moneyObject(c, t.to, b))
    t = { ...t, type: 'aid', plover: c.lexicon.ploverOf.get('aid') ?? null };
  // Releasing frees people (`released 12 prisoners`, `were released from custody`); a video, an
  // album, data or a product released frees nobody.
  if (
    t.type === 'concession' &&
    RELEASE_VERBS.has(c.words[t.from]!.lower) &&
    (!freesPeople(c, t, whole) || thingSubject(c, t.from, sFrom))
  )
    return null;
  // A signature on a certificate, a letter or a shirt agrees nothing (`signed false certifications`).
  if (t.type === 'agreement' && c.words[t.from]!.lower === 'signed' && signsOther(c, t.to, whole))
    return null;
  // Providing is aid only of relief, money, arms or forces, or to a state (`will provide 100 doses of
  // vaccine`, `provide Vietnam's coast guard with a ship`); a device that provides battery life or
  // an official who did not provide details gives no aid.
  if (t.type === 'aid' && PROVIDING.has(c.words[t.from]!.lower) && !providesAid(c, t.to, b)) return null;
  // A delivery of food or medicine is aid, not arms (`delivered food to 1.2 million people`).
  if (t.type === 'arms_transfer' && humanitarianObject(c, t.to, b))
    t = { ...t, type: 'aid', plover: c.lexicon.ploverOf.get('aid') ?? null };
  // A bare delivery noun is a transfer of arms only beside a word for arms (`arms deliveries`,
  // `shipments of ammunition`), not of gas or grain (`to double deliveries by 2027`).
  if (
    t.type === 'arms_transfer' &&
    DELIVERY_NOUNS.has(c.words[t.from]!.lower) &&
    !wordNear(c, t.from, t.to, b, ARMS_WORDS)
  )
    return null;
  // So is the verb: a newsletter `delivered to your inbox` transfers no arms. Arms or forces within
  // the sentence window keep it (`weapons recently delivered by partners`).
  if (
    t.type === 'arms_transfer' &&
    DELIVERING.has(c.words[t.from]!.lower) &&
    !sendsForces(c, t, { floor: c.sentences[sentence]![0], ceil: c.sentences[sentence]![1] })
  )
    return null;
  // PLOVER codes violence by its means: militias, gunmen and bombs make an ASSAULT; armies,
  // aircraft and artillery a FIGHT (the type stays: it is what the analyst filters on).
  // Abuse is an ASSAULT whoever commits it; when both kinds of means are named, the nearer decides.
  if (VIOLENT_TYPES.has(t.type) && !ABUSES.has(c.words[t.from]!.lower)) {
    const ceil = Math.min(sTo, t.to + NEAR_REACH);
    const irregular = nearestIn(c, reachFrom, ceil, t, IRREGULAR_MEANS);
    const military = nearestIn(c, reachFrom, ceil, t, MILITARY_MEANS);
    if (irregular < military) t = { ...t, plover: 'ASSAULT' };
    else if (military < irregular) t = { ...t, plover: 'FIGHT' };
  }
  const span: Span = [c.words[t.from]!.start, c.words[t.to - 1]!.end];
  const targets = TARGETED.has(t.type)
    ? targetsAfter(c, t.to, b).filter((e) => !actors.some((a) => a.cluster === e.cluster))
    : [];
  // `Kyle was killed at a gun range`, `two officers were attacked`: with no agent after it, the
  // subject of a passive deed of violence suffered it; it is the target, and nobody named acts
  // (not `is shelling`, a progressive).
  const participle = !c.words[t.from]!.lower.endsWith('ing');
  // So did the subject of a death in a disaster or an accident (`soldiers were killed in a crash`).
  const suffered =
    SUFFERED.has(t.type) ||
    (t.type === 'other' && SUFFERED.has(c.lexicon.words.get(c.words[t.from]!.lower)?.type ?? ''));
  if (passive.length === 0 && participle && suffered && passiveBefore(c, t.from, b)) {
    const subjects = new Set(actorsBefore(c, t.from, b).map((e) => e.cluster));
    for (let k = actors.length - 1; k >= 0; k--)
      if (subjects.has(actors[k]!.cluster)) targets.unshift(...actors.splice(k, 1));
  }
  // `Clinton attacked Trump, saying …`, `the friendly audience cheered Clinton’s attacks on
  // Trump`: a person's attack on a person, in a sentence about speech and naming no weapon or
  // force, is a verbal one (PLOVER DISAPPROVE), as campaign news uses the word.
  if (
    t.type === 'attack' &&
    c.words[t.from]!.lower.startsWith('attack') &&
    verbalAttack(c, sentence, t.from, actors, targets)
  ) {
    // The attack as a cue of reported speech is already its speaker's accusation.
    if (c.cueAt[t.from]! >= 0) return null;
    t = { ...t, type: 'disapproval', plover: c.lexicon.ploverOf.get('disapproval') ?? 'DISAPPROVE' };
  }
  // `Sanders and Clinton are fighting about Obama`: a fight about something is a quarrel (PLOVER
  // DISAPPROVE); `the nomination battle`, `political fighting in Washington`: a contest of
  // politics is no fight at all. Neither when the sentence names a weapon or a force.
  if (t.type === 'fight') {
    const politics = politicalFight(c, t, sentence, actors, targets);
    if (politics === 'contest') return null;
    if (politics === 'quarrel')
      t = { ...t, type: 'disapproval', plover: c.lexicon.ploverOf.get('disapproval') ?? 'DISAPPROVE' };
  }
  // Whom one meets takes part as much as who meets (`Macron met Putin`, `spoke to Biden`).
  if (t.type === 'meeting') actors.push(...targets.splice(0));
  // Who is at a meeting named after a preposition (`made the remarks at a meeting with …`).
  if (t.type === 'meeting')
    for (const e of attendees(c, t.from, t.to, b))
      if (!actors.some((x) => x.cluster === e.cluster)) actors.unshift(e);
  // A visit is a meeting of someone: one with nobody named and no pronoun for the visitor is a
  // trip or a call on a place (`after that visit`, `visiting the remnants of a city`, `you will be
  // visiting a beautiful country`), and a page or a profile visited is no visit at all.
  if (
    t.type === 'meeting' &&
    VISITING.has(c.words[t.from]!.lower) &&
    (objectHas(c, t.to, whole, (lower) => VISITED_PAGES.has(lower), OBJECT_STOPS) ||
      (actors.length === 0 && !visitorBefore(c, t.from, sFrom)))
  )
    return null;
  return {
    // A threat as the content of another act (`warned that it could be used to threaten Kyiv`,
    // `accuses NATO of threatening Russia`) is what that act says, not a threat made; so is an
    // attack as an infinitive in reported speech (`said Russia had no plans to attack anyone`,
    // `asked for guarantees that its territory will not be used to attack Ukraine`). Each types
    // the act of speech and is then dropped.
    content:
      (t.type === 'threat' && (prev === 'to' || CONTENT_PREPS.has(prev))) ||
      (t.type === 'attack' && prev === 'to' && c.quoteAt[t.from]! >= 0) ||
      // What is offered is the offer's content (`would offer to send additional forces`).
      (prev === 'to' && OFFERS.has(c.words[t.from - 2]?.lower ?? '')),
    trigger: span,
    spans: [span],
    triggerWord: c.words[t.from]!.lower,
    word: t.from,
    sentence,
    type: t.type,
    plover: t.plover,
    origin: t.rule === 'word' ? 'trigger' : t.rule,
    phase: t.rule === 'phase',
    modifier: t.rule === 'phase' && prev !== '' && !DEFINITE.has(prev) ? prev : '',
    definite: DEFINITE.has(prev) || DEFINITE.has(prev2),
    indefinite: INDEFINITE.has(prev) || INDEFINITE.has(prev2),
    verbal: VERBAL_BEFORE.has(prev),
    own: prev === 'own' || prev2 === 'own' || ownAfter(c, t.to, b),
    kind: EXERCISE_KINDS.has(prev) ? prev : EXERCISE_KINDS.has(prev2) ? prev2 : '',
    // A continuation is named by the exercise it continues, not as that exercise.
    name: t.rule === 'phase' || t.rule === 'continuation' ? null : named,
    actors: actors.filter(
      (e) => !actors.some((x) => x !== e && x.cluster === e.cluster && x.span[0] < e.span[0]),
    ),
    targets,
    places: placesAfter(c, t.to, b),
    time,
    timeRole,
    timeEnd,
    interval: null,
    size: sizeNear(c, t.from, t.to, b),
    estimate: estimatedSize(c, t, { floor: c.sentences[sentence]![0], ceil: b.ceil }),
    modifierActor: t.type === 'meeting' && actors.length === 1 && definiteModifier(c, t.from, b.floor),
    claimedBy: claimant(c, t.from),
    // A pledge reported is made: its status is the saying's, not what it promises.
    statuses: [
      t.rule === 'pledge'
        ? { status: 'completed', rule: 'pledge' }
        : t.rule === 'continuation' && decidedBefore(c, t.from, sentence)
          ? { status: 'ongoing', rule: 'continuation-decided' }
          : deniedClaim(
              c,
              t,
              sentence,
              statusOf(
                c,
                t.from,
                t.to,
                b,
                time,
                // A state named by a phrase (`in constant contact`) lasts as a deployment does.
                LASTING.has(t.type) ||
                  CAMPAIGNS.has(c.words[t.from]!.lower) ||
                  MOBILISING.has(c.words[t.from]!.lower) ||
                  // Deliveries in the plural are a flow that goes on (`Western arms deliveries`).
                  (t.type === 'arms_transfer' && PLURAL_DELIVERIES.has(c.words[t.from]!.lower)) ||
                  (t.rule === 'phrase' && c.words[t.from]!.lower === 'in'),
                timeRole,
                timeEnd,
              ),
            ),
    ],
    parent: null,
    mentions: 1,
  };
}

/** How many words after a trigger `until the end of` may open (`of troops and equipment would continue until the end of`). */
const UNTIL_END_REACH = 8;
/** How many words after `until the end of` the other event's date may stand (`the first stage on February 9`). */
const UNTIL_END_DATE_REACH = 8;

/**
 * The date another event ends on, when the trigger runs `until the end of` it (`the arrival of
 * troops would continue until the end of the first stage on February 9`): the other event's words
 * bound the trigger's own window for a time, so the date after them is read here. Null when the
 * phrase or a date within a few words after it is missing.
 */
function untilEndOf(c: EventContext, to: number, sentence: number): TimeMention | null {
  const end = c.sentences[sentence]![1];
  for (let w = to; w + 3 < Math.min(end, to + UNTIL_END_REACH + 4); w++) {
    const lower = c.words[w]!.lower;
    if (/^[,;.:]$/.test(lower)) return null;
    if (
      (lower !== 'until' && lower !== 'till') ||
      c.words[w + 1]!.lower !== 'the' ||
      c.words[w + 2]!.lower !== 'end' ||
      c.words[w + 3]!.lower !== 'of'
    )
      continue;
    if (w - to > UNTIL_END_REACH) return null;
    for (let k = w + 4; k < Math.min(end, w + 4 + UNTIL_END_DATE_REACH); k++) {
      const i = c.timeAt[k]!;
      if (i >= 0 && dated(c.times[i]!)) return c.times[i]!;
      if (/^[,;.:]$/.test(c.words[k]!.lower)) return null;
    }
    return null;
  }
  return null;
}

/** Past verbs of deciding or ordering before an infinitive (`had decided to continue the drills`). */
const DECIDED: ReadonlySet<string> = new Set(['decided', 'agreed', 'ordered', 'chose', 'opted', 'voted']);

/**
 * True when a past decision or order takes the word at `w` as its infinitive (`the two presidents
 * had decided to continue the drills`): what was decided to go on goes on; its `to` tells no plan.
 */
function decidedBefore(c: EventContext, w: number, sentence: number): boolean {
  // The sentence bounds the look-back: the verb of deciding is often a trigger of its own.
  return (
    w - 2 >= c.sentences[sentence]![0] && c.words[w - 1]!.lower === 'to' && DECIDED.has(c.words[w - 2]!.lower)
  );
}

/** True when forces stand just before the trigger in its clause, as its subject (`soldiers were supporting`). */
function forceSubject(c: EventContext, trigger: number, floor: number): boolean {
  for (let w = trigger - 1; w >= Math.max(floor, trigger - c.lexicon.forceReach); w--) {
    const lower = c.words[w]!.lower;
    if (c.lexicon.forceNouns.has(lower)) return true;
    if (/^[,;:]$/.test(lower)) return false;
  }
  return false;
}

/** Plural nouns of deliveries: a flow, not one delivery. */
const PLURAL_DELIVERIES: ReadonlySet<string> = new Set(['deliveries', 'shipments', 'supplies', 'transfers']);

/** Words of forces staying where they are. */
const STAYING: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);

/** True for a deployment of forces that stay on (`would remain`, `will stay on`), told as a fact or a plan. */
function stayingOn(d: Draft): boolean {
  const status = d.statuses[0]?.status;
  return (
    d.type === 'troop_deployment' &&
    STAYING.has(d.triggerWord) &&
    (status === 'planned' || status === 'ongoing' || status === 'completed')
  );
}

/** Words of calling up forces. */
const MOBILISING: ReadonlySet<string> = new Set(
  'mobilize mobilise mobilized mobilised mobilizes mobilises mobilizing mobilising mobilization mobilisation'.split(
    ' ',
  ),
);
/** Words of a hostile answer a promise may hold (`promised a response`, `vowed retaliation`). */
const RESPONSES: ReadonlySet<string> = new Set(
  'response responses respond retaliation retaliate reprisal reprisals revenge'.split(' '),
);
/** How many words after a promise its response may stand (`promised a swift and firm response`). */
const RESPONSE_REACH = 5;

/** True when a word of hostile answer follows a promise within its clause. */
function responseAfter(c: EventContext, to: number, ceil: number): boolean {
  for (let w = to; w < Math.min(ceil, to + RESPONSE_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (RESPONSES.has(lower)) return true;
    if (/^[,;.:]$/.test(lower)) return false;
  }
  return false;
}

/** The event type of a reporting cue that is itself an act (`demanded`, `agreed`, `called for`), by its last trigger word. */
function cueType(c: EventContext, cue: Span): string | null {
  const type = lexiconTypeIn(c, cue);
  // A reporting cue is a speech act: a physical act its word may name elsewhere (`withdrew its
  // ambassador`, `sent a delegation`) is read by the trigger rules, not made by the cue.
  if (type && PHYSICAL_TYPES.has(type)) return null;
  // A promise of a response is a threat (`promised a response that would be "proportionate"`).
  if (type === 'agreement') {
    const last = wordAt(c.words, cue[1]) - 1;
    const word = last >= 0 ? c.words[last]! : null;
    if (word && PROMISING.has(word.lower) && responseAfter(c, last + 1, c.sentences[word.sentence]![1]))
      return 'threat';
  }
  return type;
}

/** The trigger lexicon's type of the words of `cue` (its last typed word), or null. */
function lexiconTypeIn(c: EventContext, cue: Span): string | null {
  let type: string | null = null;
  for (let w = wordAt(c.words, cue[0]); w < c.words.length && c.words[w]!.end <= cue[1]; w++) {
    const [from, to] = c.sentences[c.words[w]!.sentence]!;
    if (inIdiom(c, w, from, to)) continue;
    const next = w + 1 < c.words.length && c.words[w + 1]!.end <= cue[1] ? c.words[w + 1]!.lower : '';
    type =
      c.lexicon.phrases.get(c.words[w]!.lower)?.get(next)?.type ??
      c.lexicon.words.get(c.words[w]!.lower)?.type ??
      type;
  }
  return type;
}

/** `demand` when a reported statement puts a modal on an acting subject (`Iraq must cooperate`), not on a thing (`drills should …`). */
function demandIn(c: EventContext, content: Span): string | null {
  const from = wordAt(c.words, content[0]);
  let subject = false;
  for (let w = from; w < Math.min(c.words.length, from + 8) && c.words[w]!.end <= content[1]; w++) {
    if (DEMAND_MODALS.has(c.words[w]!.lower)) return subject && !epistemic(c, w + 1) ? 'demand' : null;
    const i = c.entityAt[w]!;
    if (i >= 0 && ACTOR_TYPES.has(c.entities[i]!.type)) subject = true;
  }
  return null;
}

/**
 * True when the modal before `w` expects or infers rather than obliges: `should be able to` (a
 * car that should be able to charge in 30 minutes), `must have been`, `should have stopped` (an
 * inference or a reproach); `should have a voice` obliges.
 */
function epistemic(c: EventContext, w: number): boolean {
  const next = c.words[w]?.lower;
  if (next === 'be') return c.words[w + 1]?.lower === 'able';
  const after = c.words[w + 1]?.lower ?? '';
  return next === 'have' && (after === 'been' || /^[a-z]+(?:ed|en)$/.test(after));
}

/** The entity speaking a quote: its resolved speaker, else a place acting as a bloc in its source phrase (`the West warned`). */
function quoteSpeaker(
  c: EventContext,
  q: QuoteMention,
  entityBySpan: ReadonlyMap<string, EntityMention>,
  to: number,
): EntityMention | null {
  const speaker = q.speaker ? (entityBySpan.get(`${q.speaker[0]}:${q.speaker[1]}`) ?? null) : null;
  if (speaker || !q.source) return speaker;
  for (let w = wordAt(c.words, q.source[0]); w < to && c.words[w]!.end <= q.source[1]; w++) {
    const i = c.entityAt[w]!;
    if (
      i >= 0 &&
      (ACTOR_TYPES.has(c.entities[i]!.type) || c.entities[i]!.type === 'location' || isBloc(c.entities[i]!))
    )
      return c.entities[i]!;
  }
  return null;
}

/** Pronouns that name a speaker told of before (`“…,” he said`). */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/** How many sentences back a speaker's dated report is looked for. */
const OCCASION_REACH = 4;

/**
 * The date of the occasion a direct quote was spoken at, when its cue is a bare `said` of a pronoun
 * (`“We are not preparing to attack anybody,” he said`): the date of the same speaker's last
 * dated report within OCCASION_REACH sentences before (`Khrenin said on Friday …`), the
 * interview or briefing the quote continues.
 */
function sameOccasionTime(
  c: EventContext,
  q: QuoteMention,
  sentence: number,
  cue: number,
  speaker: EntityMention,
): TimeMention | null {
  if (!q.direct || !BARE_SAYING.has(c.words[cue]!.lower)) return null;
  const before = c.words[cue - 1]?.lower ?? '';
  const after = c.words[cue + 1]?.lower ?? '';
  if (!SPEAKER_PRONOUNS.has(before) && !SPEAKER_PRONOUNS.has(after)) return null;
  for (let s = sentence - 1; s >= Math.max(0, sentence - OCCASION_REACH); s--) {
    // A sentence longer than any report is passed over: each quote reads a bounded number of words.
    const [from, to] = c.sentences[s]!;
    if (to - from > OCCASION_WORDS) continue;
    const t = reportTime(c, s, to, [speaker]);
    if (t) return t;
  }
  return null;
}
/** The longest sentence read for a speaker's dated report. */
const OCCASION_WORDS = 120;
/** Cues of plain saying. */
const BARE_SAYING: ReadonlySet<string> = new Set(['said', 'says', 'added']);

/** A speech act of a quote's speaker (`type`), dated and given a status by the quote's cue. */
function speechDraft(
  c: EventContext,
  q: QuoteMention & { cue: Span },
  type: string,
  trigger: Span,
  origin: string,
  entityBySpan: ReadonlyMap<string, EntityMention>,
): Draft | null {
  const at = wordAt(c.words, q.cue[0]);
  if (at >= c.words.length) return null;
  const sentence = c.words[at]!.sentence;
  const [from, to] = c.sentences[sentence]!;
  const b = { floor: from, ceil: to };
  const speaker = quoteSpeaker(c, q, entityBySpan, to);
  // A statement's own time stands by its cue (`denied on Tuesday`, `on Monday warned`), not in
  // what it says (`denied … since 2014`).
  const time =
    timeNear(c, at + 1, {
      floor: Math.max(from, at - STANCE_TIME_WINDOW),
      ceil: Math.min(to, at + STANCE_TIME_WINDOW),
    }) ??
    (DATED_BY_REPORT.has(type) && speaker
      ? (reportTime(c, sentence, at, [speaker]) ?? sameOccasionTime(c, q, sentence, at, speaker))
      : null);
  const word = wordAt(c.words, trigger[0]);
  return {
    trigger,
    spans: [trigger],
    triggerWord: type,
    word,
    sentence: c.words[word]?.sentence ?? sentence,
    type,
    plover: c.lexicon.ploverOf.get(type) ?? null,
    origin,
    phase: false,
    modifier: '',
    definite: false,
    indefinite: false,
    verbal: false,
    own: false,
    name: null,
    // Speakers coordinated before the resolved one speak too (`Belarus and Russia have agreed`).
    actors: speaker ? withCoordinated(c, speaker, from) : [],
    targets: type === 'accusation' ? targetsAfter(c, at + 1, b) : [],
    places: [],
    time,
    timeRole: 'at',
    timeEnd: null,
    interval: null,
    size: null,
    claimedBy: null,
    statuses: [statusOf(c, at, at + 1, b, time)],
    parent: null,
    mentions: 1,
  };
}

/**
 * Events made by reporting cues that are acts: by stance (a denial, a warning, an accusation) or
 * by a cue word of the trigger lexicon (`demanded that …`, `agreed that …`); the speaker acts.
 */
function stanceDrafts(
  c: EventContext,
  drafts: readonly Draft[],
  entityBySpan: ReadonlyMap<string, EntityMention>,
): Draft[] {
  const out: Draft[] = [];
  for (const q of c.quotes) {
    if (!q.cue) continue;
    const cued = cueType(c, q.cue);
    // A warning's cue that is itself a threat (`threatened`) makes a threat.
    const type =
      (q.stance === 'warned' && cued === 'threat' ? cued : STANCE_EVENTS[q.stance]) ??
      cued ??
      demandIn(c, q.span) ??
      (q.stance === 'claimed'
        ? claimsHostileAct(c, q, drafts, quoteSpeaker(c, q, entityBySpan, c.words.length))
        : null);
    if (!type) continue;
    // `so that no one could accuse Minsk`: nobody speaks.
    const cueWord = wordAt(c.words, q.cue[0]);
    const cueSentence = c.words[cueWord]!.sentence;
    if (
      nobodyBefore(c, cueWord, { floor: c.sentences[cueSentence]![0], ceil: cueWord }) ||
      avertedPurpose(c, cueWord, cueSentence)
    )
      continue;
    // `Maria Bartiromo asked, “You think …?”`, `asked Mook if …`: a question asked is no demand.
    if (
      type === 'demand' &&
      c.words[cueWord]!.lower === 'asked' &&
      !asksToDo(c, cueWord + 1, c.sentences[c.words[cueWord]!.sentence]![1])
    )
      continue;
    // `Rubio offered the crowd an emotional evaluation`, `offered some kind words about Bush`: an
    // offer as a cue is an agreement only as the offer rule reads one.
    const cueEnd = wordAt(c.words, q.cue[1]);
    const sentenceEnd = c.sentences[c.words[cueWord]!.sentence]![1];
    if (
      type === 'agreement' &&
      OFFERING.has(c.words[Math.max(cueWord, cueEnd - 1)]!.lower) &&
      !offersCooperation(c, cueEnd, { floor: cueEnd, ceil: sentenceEnd })
    )
      continue;
    // `forecasts called for low humidity`: a document's content, no demand.
    if (
      type === 'demand' &&
      CALLING.has(c.words[cueWord]!.lower) &&
      documentSubject(c, cueWord, c.sentences[cueSentence]![0])
    )
      continue;
    // `recognize that such concessions are costly`: acknowledging a fact supports no one.
    if (type === 'support' && RECOGNISING.has(c.words[cueWord]!.lower)) {
      const [sFrom, sTo] = c.sentences[cueSentence]!;
      if (acknowledges(c, cueWord + 1, { floor: sFrom, ceil: sTo })) continue;
    }
    // A cue in a report of a game in its sporting sense (`pass defended`) is no act.
    if (c.sport) {
      const [sFrom, sTo] = c.sentences[cueSentence]!;
      if (sportingSense(c, type, cueWord, { floor: sFrom, ceil: sTo })) continue;
    }
    // `cautioned that the flow was only beginning`: a hedge, a warning only of a hostile act.
    if (type === 'warning' && CAUTIONS.has(c.words[cueWord]!.lower) && !claimsHostileAct(c, q, drafts, null))
      continue;
    const origin = STANCE_EVENTS[q.stance] ? `quote-${q.stance}` : 'quote-cue';
    const d = speechDraft(c, { ...q, cue: q.cue }, type, q.cue, origin, entityBySpan);
    // `which allows the car to authenticate payment`: allowing with no one who permits is a thing's effect.
    if (d && type === 'concession' && ALLOWING.has(c.words[cueWord]!.lower) && d.actors.length === 0)
      continue;
    if (d) out.push(d);
  }
  return out;
}

/**
 * What a claim is when its content holds a hostile act (`claimed Russia is preparing a false
 * flag`) or another party's military move (`claimed that Poland had moved 20,000 soldiers toward
 * the border`): an accusation; a warning when the act is only possible (`claimed that Russia may
 * use Belarus to threaten Ukraine`). Binary search over the drafts, sorted by trigger.
 */
function claimsHostileAct(
  c: EventContext,
  q: QuoteMention,
  drafts: readonly Draft[],
  speaker: EntityMention | null,
): 'accusation' | 'warning' | null {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid]!.trigger[0] < q.span[0]) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < drafts.length && drafts[i]!.trigger[0] < q.span[1]; i++) {
    if (c.counter) c.counter.steps++;
    const d = drafts[i]!;
    const others = d.actors.length > 0 && !d.actors.some((a) => a.cluster === speaker?.cluster);
    if (HOSTILE_TYPES.has(d.type) || (d.type === 'troop_deployment' && others))
      return d.statuses[0]?.status === 'hypothetical' ? 'warning' : 'accusation';
  }
  return null;
}

/**
 * True when a modal stands before the negator at `neg`, past an opening quotation mark (`will not
 * send`, `would “not allow any provocation”`): a pledge or a judgement, not a denial.
 */
function modalBefore(words: readonly { lower: string }[], neg: number): boolean {
  let k = neg - 1;
  if (k >= 0 && QUOTE_TOKENS.has(words[k]!.lower)) k--;
  return k >= 0 && NEGATION_MODALS.has(words[k]!.lower);
}
const QUOTE_TOKENS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«']);

/**
 * A speaker who says an event is not happening denies it (`"We are not preparing to attack
 * anybody," Khrenin said`): a denial by the speaker, its trigger the words from the negation to
 * the negated event. Quotes already read as denials, warnings or accusations make their own event.
 * Each negated deed that makes a denial is put in `denied`: the denial reports it, and the deed,
 * which did not happen by the speaker's word, is no event beside it (`said Russia did not threaten
 * anyone`: a denial, no threat).
 */
function negatedClaims(
  c: EventContext,
  drafts: readonly Draft[],
  entityBySpan: ReadonlyMap<string, EntityMention>,
  denied: Set<Draft> = new Set(),
): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<number>();
  for (const d of drafts) {
    if (d.statuses[0]?.rule !== 'negation' || d.origin.startsWith('quote')) continue;
    const qi = c.quoteAt[d.word]!;
    const q = qi >= 0 ? c.quotes[qi]! : null;
    // A state of mind (`does not think`) is not a denial of a claim.
    if (!q?.cue || !q.speaker || STANCE_EVENTS[q.stance] || q.stance === 'believed' || seen.has(qi)) continue;
    let neg = -1;
    for (let w = d.word - 1; w >= Math.max(0, d.word - STATUS_WINDOW) && neg < 0; w--)
      if (NEGATORS.has(c.words[w]!.lower)) neg = w;
    // `will not send`, `could never leave`: a pledge or a judgement, not a denial of a claim.
    if (neg < 0 || modalBefore(c.words, neg)) continue;
    const made = speechDraft(
      c,
      { ...q, cue: q.cue },
      'denial',
      [c.words[neg]!.start, d.trigger[1]],
      'quote-negated',
      entityBySpan,
    );
    if (made) {
      seen.add(qi);
      out.push(made);
      denied.add(d);
    }
  }
  // Denied part in something, with no event word (`Belarusian troops are not involved`, `we are
  // not taking part`): a negation near the start of what was said, then a word of taking part.
  c.quotes.forEach((q, qi) => {
    if (!q.cue || !q.speaker || STANCE_EVENTS[q.stance] || q.stance === 'believed' || seen.has(qi)) return;
    const from = wordAt(c.words, q.span[0]);
    const to = Math.min(c.words.length, from + DENIAL_REACH);
    for (let w = from; w < to && c.words[w]!.end <= q.span[1]; w++) {
      if (c.counter) c.counter.steps++;
      if (!NEGATORS.has(c.words[w]!.lower) || modalBefore(c.words, w)) continue;
      let hit = -1;
      for (let k = w + 1; k <= w + 3 && k < c.words.length && c.words[k]!.end <= q.span[1]; k++)
        if (PARTAKING.has(c.words[k]!.lower)) hit = k;
      if (hit < 0) continue;
      const made = speechDraft(
        c,
        { ...q, cue: q.cue },
        'denial',
        [c.words[w]!.start, c.words[hit]!.end],
        'quote-negated',
        entityBySpan,
      );
      if (made) out.push(made);
      return;
    }
  });
  return out;
}

/**
 * In-document event coreference. A named report joins the event of that name; an unnamed exercise
 * joins the nearest named exercise before it (or else after it) whose time agrees; other reports
 * join an earlier one of their type when they share an actor and their times agree, or when they
 * are a bare definite mention (`the deployment`). Phases stay apart, linked to their exercise.
 */
function corefer(drafts: readonly Draft[], headline = false): Draft[] {
  const groups: Draft[] = [];
  const lastOfType = new Map<string, Draft>();
  const groupOf = new Map<Draft, Draft>();
  // The continuation of an exercise past its end, once one is told (kept, not searched for: linear).
  let continued: Draft | null = null;
  // Groups the body of the text has mentioned (not only a headline).
  const inBody = new Set<Draft>();
  // The kinds of exercise (`naval`) each group's reports name.
  const kinds = new Map<Draft, Set<string>>();
  const addKind = (g: Draft, d: Draft) => {
    if (d.kind) kinds.set(g, (kinds.get(g) ?? new Set<string>()).add(d.kind));
  };
  const join = (g: Draft, d: Draft) => {
    merge(g, d);
    addKind(g, d);
    groupOf.set(d, g);
    if (!headline || d.sentence > 0) inBody.add(g);
  };
  for (const d of drafts) {
    if (d.phase) {
      // `the active phase` again is the same phase of the same exercise.
      const same = groups.find(
        (g) =>
          g.phase &&
          d.modifier !== '' &&
          g.modifier === d.modifier &&
          g.triggerWord === d.triggerWord &&
          (groupOf.get(g.parent ?? g) ?? null) === (groupOf.get(d.parent ?? d) ?? null) &&
          timesAgree(g, d),
      );
      if (same) join(same, d);
      else {
        groups.push(d);
        groupOf.set(d, d);
      }
      continue;
    }
    let target: Draft | undefined;
    if (d.origin === 'continuation') {
      // An exercise continued past its end is one continuation however often it is told
      // (`continued checks` … `a continuation of the inspection` … `the extension`), apart from
      // the exercise it continues.
      target = continued ?? undefined;
    } else if (continued && stayingOn(d)) {
      // Forces kept on once a text tells the exercise continued past its end are that
      // continuation (`the presidents ordered a continuation of the inspection` … `the troops would
      // remain at the ranges`), not a deployment of their own; a prospect (`could remain`) is not.
      target = continued;
    } else if (d.name) {
      const key = d.name.cluster;
      target = groups.find((g) => !g.phase && g.type === d.type && g.name?.cluster === key);
    } else if (d.type === 'military_exercise') {
      // The nearest earlier exercise whose time agrees and whose actors do not conflict: a named
      // one, else one that shares an actor or that a definite mention points back to (`the exercise`).
      // A kind of exercise (`Russian naval exercises in the Black Sea`) is another exercise than
      // one reported with no kind or another.
      const fits = (g: Draft) =>
        !g.phase &&
        g.type === d.type &&
        g.origin !== 'continuation' &&
        timesAgree(g, d) &&
        compatible(g, d) &&
        (!d.kind || (kinds.get(g)?.has(d.kind) ?? false));
      // A bare definite mention (`the drills in Belarus`) points back to the article's named
      // exercise when there is one, else to the nearest.
      if (d.definite && d.actors.length === 0) target = groups.find((g) => g.name && fits(g));
      for (let i = groups.length - 1; i >= 0 && !target; i--) {
        const g = groups[i]!;
        if (!fits(g)) continue;
        // Own actors join a named exercise without actors only as a definite mention (`Belarus and
        // Russia will hold the drills`), not as another one (`Russian naval exercises`).
        // A dated indefinite mention of an exercise that the body of the text has already
        // introduced and named (`an exercise the Kremlin said was planned long ago`) brings in
        // another exercise; after a headline the body's first mention may be indefinite.
        const fresh = d.indefinite && d.time !== null && inBody.has(g);
        const named = g.name && ((d.actors.length === 0 && !fresh) || d.definite || shareActor(g, d));
        if (named || d.definite || shareActor(g, d) || (g.own && d.own)) target = g;
      }
    } else {
      for (let i = groups.length - 1, seen = 0; i >= 0 && seen < 6 && !target; i--, seen++) {
        const g = groups[i]!;
        if (g.type !== d.type || g.name || g.phase) continue;
        // `other` holds unlike events (a mobilisation, an evacuation, a state of emergency): only
        // reports with the same word are one.
        if (d.type === 'other' && g.triggerWord !== d.triggerWord) continue;
        // Sharing an actor is not enough for two undated reports (`invasion`, `false flag`): they
        // also need the same trigger word or a definite article (`the deployment`).
        const sameWord = g.triggerWord === d.triggerWord;
        const dated = g.time !== null && d.time !== null;
        // An election has voters, not actors: two reports of one with no actor may be one.
        const actorsFit = shareActor(g, d) || (ACTORLESS.has(d.type) && compatible(g, d));
        const agree = actorsFit && timesAgree(g, d) && !sizesDiffer(g, d);
        // One sentence reports one act of speech of a kind (`dismissed the claim as "nonsense"`).
        const oneAct =
          (SPEECH_ACTS.has(d.type) || ONE_PER_SENTENCE.has(d.type)) &&
          g.sentence === d.sentence &&
          (g.actors.length === 0 || d.actors.length === 0 || shareActor(g, d));
        // An undated report by the same actor, placed nowhere else, close after it is more of it
        // (`troops have started arriving in Belarus` … `the forces were being moved for the drills`).
        const more =
          !d.time &&
          d.sentence - g.sentence <= NEAR_SENTENCES &&
          placesAgree(g, d) &&
          !SPEECH_ACTS.has(d.type);
        // A dated report by the same actor close after an undated one tells when it was (`"We
        // agreed on the concept with the Russians," Lukashenka said. … He said he and Putin had
        // settled on the exercise in December`): both told as done. A dated plan is another plan
        // than an undated one (`will return to their bases` … `will go home the next day`).
        const dates =
          !g.time &&
          d.time !== null &&
          g.statuses[0]?.status === 'completed' &&
          d.statuses[0]?.status === 'completed' &&
          shareActor(g, d) &&
          d.sentence - g.sentence <= NEAR_SENTENCES &&
          placesAgree(g, d) &&
          !SPEECH_ACTS.has(d.type);
        // Forces promised to go home are one plan however often it is told (`were preparing to leave`
        // … `will then return to their bases`): an undated planned withdrawal joins a planned one of
        // the same actor.
        const onePlan =
          d.type === 'troop_withdrawal' &&
          !d.time &&
          d.statuses[0]?.status === 'planned' &&
          g.statuses[0]?.status === 'planned';
        // A feared attack on the same target, undated and by no one named, is the one feared before
        // (`a launchpad for an attack on Ukraine` … `a pretext for an invasion of Ukraine`).
        const feared =
          ATTACKS_FEARED.has(d.type) &&
          !d.time &&
          !g.time &&
          d.actors.length === 0 &&
          d.statuses[0]?.status === 'hypothetical' &&
          g.statuses[0]?.status === 'hypothetical' &&
          shareFirstTarget(g, d);
        if (
          (agree && (dated || sameWord || d.definite || more || dates || onePlan)) ||
          (d.definite && bare(d)) ||
          oneAct ||
          feared
        )
          target = g;
      }
      // A report with no argument of its own (`the invasion`, `an attack`) is the nearest earlier
      // event of its type, however far: news keeps talking about the event it has introduced.
      // So is a definite one with no actor of its own (`warned that the deployment could give Russia
      // another route`) whose time and size do not conflict with it.
      const prior = target ? undefined : lastOfType.get(d.type);
      const last = prior && (d.type !== 'other' || prior.triggerWord === d.triggerWord) ? prior : undefined;
      if (
        last &&
        !d.own &&
        ((bare(d) && !d.verbal) ||
          (d.definite && d.actors.length === 0 && consistent(last, d)) ||
          (d.modifierActor && !sizesDiffer(last, d) && timesAgree(last, d)))
      ) {
        target = last;
        // The modifier says where or whose the meeting is (`the Kremlin meeting`): no party to it.
        if (d.modifierActor && !shareActor(last, d)) d.actors = [];
      }
    }
    if (target) join(target, d);
    else {
      groups.push(d);
      groupOf.set(d, d);
      if (d.origin === 'continuation') continued = d;
      addKind(d, d);
      if (!headline || d.sentence > 0) inBody.add(d);
      if (!d.name) lastOfType.set(d.type, d);
    }
  }
  // Unnamed exercises before the first naming (a headline's `Joint Drills`) join a later one.
  const out: Draft[] = [];
  groups.forEach((g, i) => {
    // A headline's report (`Drone strike kills 12 in Sudan market`) is the story's first report of its type.
    const story = headline && g.sentence === 0 && !g.phase && g.type !== 'military_exercise';
    if (story) {
      const later = groups
        .slice(i + 1)
        .find((x) => !x.phase && x.type === g.type && compatible(x, g) && timesAgree(x, g));
      if (later) {
        foldInto(later, g, groupOf);
        return;
      }
    }
    if (g.type === 'military_exercise' && !g.phase && !g.name && g.origin !== 'continuation') {
      // A later named one whose time agrees; or, for an undated mention (a headline's `drills`), the
      // next exercise whose actors do not conflict.
      const fits = (x: Draft) =>
        !x.phase &&
        x.type === g.type &&
        x.origin !== 'continuation' &&
        compatible(x, g) &&
        ((x.name !== null && timesAgree(x, g)) || !g.time);
      const later = groups.slice(i + 1).find(fits);
      if (later) {
        foldInto(later, g, groupOf);
        return;
      }
    }
    out.push(g);
  });
  for (const g of out)
    if (g.name && g.time && yearsDisagree(g.name.name, g.time)) {
      g.time = null;
      g.timeRole = 'at';
    }
  for (const g of out) {
    if (!g.phase) continue;
    const parent = groupOf.get(g.parent ?? g) ?? null;
    g.parent = parent && parent !== g ? parent : null;
    g.name = g.parent?.name ?? null;
  }
  return out;
}

/** Folds an earlier group into a later one that keeps its own trigger, and moves its members over. */
function foldInto(later: Draft, g: Draft, groupOf: Map<Draft, Draft>): void {
  const trigger = later.trigger;
  merge(later, g);
  later.trigger = trigger;
  for (const [d, owner] of groupOf) if (owner === g) groupOf.set(d, later);
}

/** True when nothing known of `d` contradicts `g`: times overlap, sizes and actors (when both have them) agree. */
function consistent(g: Draft, d: Draft): boolean {
  if (sizesDiffer(g, d)) return false;
  if (g.actors.length > 0 && d.actors.length > 0 && !shareActor(g, d)) return false;
  return timesAgree(g, d);
}

/**
 * True when two reports give the event different sizes, neither of them a source's estimate: the
 * estimates of one deployment differ by source and by week (`more than 20,000` … `put the early
 * deployment at about 9,000`), and another estimate makes no other event.
 */
function sizesDiffer(g: Draft, d: Draft): boolean {
  return g.size !== null && d.size !== null && g.size.value !== d.size.value && !g.estimate && !d.estimate;
}

/**
 * True when the trigger's size is an estimate: a verb of estimating within five words before it
 * and `at` with a figure right after it (`had put the early deployment at about 9,000`). `b.floor`
 * is the sentence's start: the verb may stand before a neighbouring trigger's bound.
 */
function estimatedSize(c: EventContext, t: Trigger, b: Bounds): boolean {
  if (c.words[t.to]?.lower !== 'at') return false;
  let figure = false;
  for (let w = t.to + 1; w < Math.min(b.ceil, t.to + 4) && !figure; w++) figure = c.quantityAt[w]! >= 0;
  if (!figure) return false;
  for (let w = t.from - 1; w >= Math.max(b.floor, t.from - 5); w--) {
    const lower = c.words[w]!.lower;
    if (ESTIMATING.has(lower)) return true;
    if (CLAUSE_BREAK.has(lower)) return false;
  }
  return false;
}

/** True when one of `words` stands within a few words of the trigger, in its bounds (`arms deliveries`, `troops were evacuated`). */
function wordNear(c: EventContext, from: number, to: number, b: Bounds, words: ReadonlySet<string>): boolean {
  for (let w = Math.max(b.floor, from - NEAR_REACH); w < Math.min(b.ceil, to + NEAR_REACH); w++)
    if (words.has(c.words[w]!.lower)) return true;
  return false;
}

/** True when a concession trigger (`released`, `freed`) stands within a few words before `at`. */
function releaseTriggerNear(c: EventContext, at: number, floor: number): boolean {
  for (let w = at - 1; w >= Math.max(floor, at - NEAR_REACH); w--)
    if (c.lexicon.words.get(c.words[w]!.lower)?.type === 'concession') return true;
  return false;
}

/** True when a natural hazard (`earthquake`, `storm`) is named in `[from, to)`. */
function hazardBefore(c: EventContext, from: number, to: number): boolean {
  for (let w = Math.max(from, to - ACTOR_WINDOW); w < to; w++)
    if (HAZARDS.has(c.words[w]!.lower)) return true;
  return false;
}

/** True when a force noun (`troops`) stands in `[from, to)`. */
function forcesBefore(c: EventContext, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (c.lexicon.forceNouns.has(c.words[w]!.lower)) return true;
  return false;
}

/** The distance from the trigger to the nearest other word of `set` in `[from, to)`, or Infinity. */
function nearestIn(
  c: EventContext,
  from: number,
  to: number,
  t: { readonly from: number; readonly to: number },
  set: ReadonlySet<string>,
): number {
  // The trigger may name its means itself (`bomb`, `bomb attack`, `shelling`, `airstrike`).
  for (let w = t.from; w < t.to; w++) if (set.has(c.words[w]!.lower)) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (let w = from; w < t.from; w++) if (set.has(c.words[w]!.lower)) best = Math.min(best, t.from - w);
  // After the trigger come its victims (`wounded two soldiers`); only a means introduced as one
  // counts (`by militiamen`, `with machetes`, `in a bomb attack`).
  let introduced = -1;
  for (let w = t.to; w < to; w++) {
    const lower = c.words[w]!.lower;
    if (INSTRUMENT_PREPS.has(lower)) introduced = w;
    else if (introduced >= 0 && w - introduced <= 3 && set.has(lower)) best = Math.min(best, w - t.from);
  }
  return best;
}

/** Words that introduce the agent or means of an act after its verb. */
const INSTRUMENT_PREPS: ReadonlySet<string> = new Set(['by', 'with', 'using', 'in', 'from']);

/** True when a humanitarian good is the object right after a transfer trigger (`delivered food`, `shipments of grain`). */
function humanitarianObject(c: EventContext, to: number, b: Bounds): boolean {
  return objectHas(c, to, b, isHumanitarian, RECIPIENT_STOPS);
}

/** True when `match` holds for a word of the object after `to`, before one of `stops`. */
function objectHas(
  c: EventContext,
  to: number,
  b: Bounds,
  match: (lower: string) => boolean,
  stops: ReadonlySet<string>,
): boolean {
  for (let w = to; w < Math.min(b.ceil, to + OBJECT_REACH); w++) {
    const lower = c.words[w]!.lower;
    if (match(lower)) return true;
    if (stops.has(lower)) return false;
  }
  return false;
}

const isHumanitarian = (lower: string) => HUMANITARIAN.has(lower);
const isMoney = (lower: string) => MONEY_WORDS.has(lower) || /^[$€£¥]/.test(lower);
/** Where an object ends: a clause mark, and for relief also its recipient (`sent food to …`). */
const RECIPIENT_STOPS: ReadonlySet<string> = new Set([',', '.', 'to']);
const OBJECT_STOPS: ReadonlySet<string> = new Set([',', '.']);

/** True when money is released within a few words after `to` (`release 50 million euros`). */
function moneyObject(c: EventContext, to: number, b: Bounds): boolean {
  return objectHas(c, to, b, isMoney, OBJECT_STOPS);
}

/** True when a direct object follows the verb ending before `to` (`withdraw it`, `withdrew its envoy`). */
function objectFollows(c: EventContext, to: number, b: Bounds): boolean {
  if (to >= b.ceil) return false;
  const next = c.words[to]!.lower;
  return !NO_OBJECT.has(next) && c.timeAt[to]! < 0;
}

/** True when a country (or its adjective) stands right before `at`, over a determiner (`the Indian strikes`). */
function stateBefore(c: EventContext, at: number, floor: number): boolean {
  let k = at - 1;
  if (k >= floor && (c.words[k]!.lower === 'the' || c.words[k]!.lower === 'its')) k--;
  for (; k >= Math.max(floor, at - 3); k--) {
    const i = c.entityAt[k]!;
    if (i >= 0) return c.entities[i]!.type === 'gpe';
    if (!/^(?:air|missile|drone|new|latest|overnight|fresh|renewed)$/.test(c.words[k]!.lower)) return false;
  }
  return false;
}

/**
 * True when a verb of speaking stands within a few words before `at` (`told the Herald by phone`),
 * a name counting as one word (`told the Free Belarus Review by phone`).
 */
function speechBefore(c: EventContext, at: number, floor: number): boolean {
  for (let w = at - 1, seen = 0; w >= floor && seen < NEAR_REACH; w--, seen++) {
    const e = c.entityAt[w]!;
    // Bounded: a name is stepped over in at most ENTITY_SPAN_MAX words.
    for (let k = 0; e >= 0 && w > floor && c.entityAt[w - 1] === e && k < ENTITY_SPAN_MAX; k++) w--;
    if (SPEECH_VERBS.has(c.words[w]!.lower)) return true;
  }
  return false;
}

/** True when a verb of beginning or ending stands between the war at `to` and its time. */
function warDatedBy(c: EventContext, to: number, time: TimeMention): boolean {
  const t = wordAt(c.words, time.span[0]);
  // A time after the war is read with its first word (`since 2014` holds its `since`).
  const [a, z] = t >= to ? [to, t + 1] : [t + 1, to - 1];
  for (let w = Math.max(0, a); w < z && w < a + 12; w++) if (WAR_DATERS.has(c.words[w]!.lower)) return true;
  return false;
}

/** True when the `war` at `w` is a particular one: determined, owned or named by what precedes it. */
function particularWar(c: EventContext, w: number, b: Bounds): boolean {
  // Over adjectives (`the long civil war`, `the 18-month war`): at most three words back.
  for (let k = w - 1; k >= Math.max(b.floor, w - 3); k--) {
    const prev = c.words[k]!;
    if (WAR_DETERMINERS.has(prev.lower) || /['’]s?$/.test(prev.lower) || c.entityAt[k]! >= 0) return true;
    // Only lower-case modifiers are read over (`long`, `18-month`); a capital, `a` or `no` ends it.
    const first = c.text.slice(prev.start, prev.start + 1);
    if (!/^[\p{Ll}\d]/u.test(first) || prev.lower === 'a' || prev.lower === 'no') return false;
  }
  return false;
}

/** True when the document opens with a headline: a first sentence that does not end as prose does, with more after it. */
function startsWithHeadline(c: EventContext): boolean {
  if (c.sentences.length < 2) return false;
  const [from, to] = c.sentences[0]!;
  return to > from && !/^[.!?…"”]$/.test(c.words[to - 1]!.lower);
}

/** True when the drafts' places do not conflict: either has none, or they share one. */
function placesAgree(a: Draft, b: Draft): boolean {
  if (a.places.length === 0 || b.places.length === 0) return true;
  return a.places.some((x) => b.places.some((y) => x.cluster === y.cluster));
}

/** True when the sentence names an event (`Allied Resolve`). */
function namesEvent(c: EventContext, s: number): boolean {
  const [from, to] = c.sentences[s]!;
  for (let w = from; w < to; w++) {
    const i = c.entityAt[w]!;
    if (i >= 0 && c.entities[i]!.type === 'named_event') return true;
  }
  return false;
}

/**
 * True when two exercise reports may be one: their actors do not conflict (both known and none
 * shared), and neither is someone's own exercise (`its own drills`) unless they share an actor.
 */
function compatible(a: Draft, b: Draft): boolean {
  if (a.actors.length > 0 && b.actors.length > 0 && !shareActor(a, b)) return false;
  // Two reports of someone's own exercise, one whose owner is not found (`Ukrainian forces began
  // exercises of their own` … `the military said its own drills …`), are that party's one exercise.
  if (a.own && b.own && (a.actors.length === 0 || b.actors.length === 0)) return true;
  return !((a.own || b.own) && !shareActor(a, b));
}

/**
 * An exercise whose stages are dated is held over its last stage given as a range (`the readiness
 * check until Feb. 9, after which the active phase will run over Feb. 10–20`: the drills are Feb.
 * 10–20), when its own time is missing or only a coarser time around that range (`in February`);
 * and its last stage begun with no end closes when it does.
 */
function datePhased(groups: readonly Draft[]): void {
  const last = new Map<Draft, Draft>();
  for (const g of groups)
    if (g.phase && g.parent && g.time && g.timeRole === 'at' && (g.timeEnd || g.time.value.includes('/')))
      last.set(g.parent, g);
  for (const [exercise, phase] of last) {
    const own = exercise.time;
    const around =
      own?.start && own.end && exercise.timeRole === 'at' && !exercise.timeEnd
        ? own.start.slice(0, 10) <= phase.time!.start!.slice(0, 10) &&
          (phase.timeEnd ?? phase.time!).end!.slice(0, 10) <= own.end.slice(0, 10) &&
          own.value !== phase.time!.value
        : false;
    if (own && !around) continue;
    exercise.time = phase.time;
    exercise.timeRole = 'at';
    exercise.timeEnd = phase.timeEnd;
  }
  // The last stage to begin, with no end of its own, runs until its exercise ends (`the active
  // phase began on Thursday` … `the drills, which run until Feb. 20`).
  const latest = new Map<Draft, Draft>();
  for (const g of groups) {
    if (!g.phase || !g.parent || !g.time?.start) continue;
    const seen = latest.get(g.parent);
    if (!seen?.time?.start || seen.time.start < g.time.start) latest.set(g.parent, g);
  }
  for (const [exercise, phase] of latest) {
    if (phase.timeRole !== 'from' || phase.timeEnd) continue;
    const end =
      exercise.timeRole === 'from' ? exercise.timeEnd : exercise.timeRole === 'until' ? exercise.time : null;
    if (end?.end && end.end.slice(0, 10) > phase.time!.start!.slice(0, 10)) phase.timeEnd = end;
  }
}

/**
 * An exercise continued past its end is its exercise's, and starts when that one ends (`the drills
 * end on Feb. 20` … `the two presidents decided to continue the drills`: Belarus's and Russia's,
 * from Feb. 20 on). The exercise continued is the one with the most reports that has an end, else
 * the one with the most reports; with no end known, the continuation starts at its own time
 * (`announced on Sunday a continuation`).
 */
function dateContinuations(groups: readonly Draft[]): void {
  let base: Draft | null = null;
  let baseEnd: TimeMention | null = null;
  for (const g of groups) {
    if (g.type !== 'military_exercise' || g.phase || g.origin === 'continuation') continue;
    const end = !g.time ? null : g.timeRole === 'until' ? g.time : g.timeRole === 'from' ? g.timeEnd : null;
    const better = !base || (end && !baseEnd) || (!end === !baseEnd && g.mentions > base.mentions);
    if (better) {
      base = g;
      baseEnd = end;
    }
  }
  for (const g of groups) {
    if (g.origin !== 'continuation') continue;
    // Who decided to go on (`the two presidents`, a spokesman who told of it) is not who exercises.
    if (base) g.actors = [...base.actors];
    if (baseEnd) g.time = baseEnd;
    if (g.time) g.timeRole = 'from';
    g.timeEnd = null;
  }
}

/** Links each phase word to the first exercise of its sentence, else the last one before it. */
function linkPhases(drafts: readonly Draft[]): void {
  let last: Draft | null = null;
  for (const d of drafts) {
    if (d.phase) {
      d.parent =
        drafts.find(
          (x) =>
            !x.phase &&
            x.type === 'military_exercise' &&
            x.origin !== 'continuation' &&
            x.sentence === d.sentence,
        ) ?? last;
    } else if (d.type === 'military_exercise' && d.origin !== 'continuation') last = d;
  }
}

/** The unnamed exercise with the most mentions (the first on a tie) whose time agrees with `d`'s. */
function mainUnnamedExercise(groups: readonly Draft[], d: Draft): Draft | null {
  let best: Draft | null = null;
  for (const g of groups)
    if (
      g.type === 'military_exercise' &&
      !g.phase &&
      !g.name &&
      g.origin !== 'continuation' &&
      timesAgree(g, d)
    )
      if (!best || g.mentions > best.mentions) best = g;
  return best;
}

/**
 * Named events that no trigger names become events of their own: exercises in a document about
 * exercises (`exercise`), else of type `other`.
 */
function namedDrafts(c: EventContext, named: ReadonlySet<string>, exercise: boolean): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>(named);
  for (const e of c.entities) {
    if (e.type !== 'named_event' || seen.has(e.cluster)) continue;
    seen.add(e.cluster);
    const at = wordAt(c.words, e.span[0]);
    if (at >= c.words.length) continue;
    const sentence = c.words[at]!.sentence;
    const [from, to] = c.sentences[sentence]!;
    const b = { floor: from, ceil: to };
    let end = at;
    while (end < to && c.entityAt[end] === c.entityAt[at]) end++;
    const near = timeNear(c, end, b);
    const time = near && yearsDisagree(e.name, near) ? null : near;
    // The lists know some names as exercises (`Zapad-2021`: note `… strategic exercise`).
    const drill =
      exercise || /\b(?:exercise|drills?|manoeuvres|maneuvers)\b/i.test(String(e.attrs?.note ?? ''));
    out.push({
      trigger: e.span,
      spans: [e.span],
      triggerWord: e.cluster,
      word: at,
      sentence,
      type: drill ? 'military_exercise' : 'other',
      plover: drill ? (c.lexicon.ploverOf.get('military_exercise') ?? null) : null,
      origin: 'named',
      phase: false,
      modifier: '',
      definite: false,
      indefinite: false,
      verbal: false,
      own: false,
      name: e,
      actors: actorsBefore(c, at, b),
      targets: [],
      places: placesAfter(c, end, b),
      time,
      timeRole: roleOf(c, time, at),
      timeEnd: null,
      interval: null,
      size: sizeNear(c, at, end, b),
      claimedBy: claimant(c, at),
      statuses: [yearStatus(c, e.name, statusOf(c, at, end, b, time))],
      parent: null,
      mentions: 1,
    });
  }
  return out;
}

/**
 * A name that carries an earlier year than the publication's (`in the run-up to Zapad-2021`) names
 * an event that is over, whatever the words before it (`to` there is a preposition, not a plan);
 * a negation, a cancellation or a modal still decides.
 */
function yearStatus(
  c: EventContext,
  name: string,
  status: { status: EventStatus; rule: string },
): { status: EventStatus; rule: string } {
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name)?.[1];
  const published = c.published?.slice(0, 4);
  if (!year || !published || year >= published || FIRM_RULES.has(status.rule)) return status;
  return { status: 'completed', rule: 'name-year' };
}

/** Nouns of a claim whose content a denial takes back (`rejected a U.S. accusation that …`). */
const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'report',
  'reports',
  'assertion',
  'assertions',
  'talk',
]);
/** How far back from a trigger the claim noun that holds it is looked for. */
const CLAIM_REACH = 12;
/** How many words (a determiner, a source, modifiers) may stand between the verb of denial and the claim noun. */
const CLAIM_MODIFIERS = 4;

/**
 * The status of a deed that is the content of a claim someone denies: denied (`Moscow rejected a
 * U.S. accusation that it was preparing a "false flag" incident`, `dismissed a U.S. claim that
 * Moscow was preparing a staged video`, `calling Western reports of a permanent deployment
 * "hysteria"`). What the deed would serve (`to justify an attack`) stays hypothetical; an
 * exercise is reported, not charged.
 */
function deniedClaim(
  c: EventContext,
  t: Trigger,
  sentence: number,
  status: { status: EventStatus; rule: string },
): { status: EventStatus; rule: string } {
  if (status.status === 'hypothetical' || status.status === 'denied' || t.type === 'military_exercise')
    return status;
  if (SPEECH_ACTS.has(t.type)) return status;
  const [sFrom, sTo] = c.sentences[sentence]!;
  for (let k = t.from - 1; k >= Math.max(sFrom, t.from - CLAIM_REACH); k--) {
    if (c.counter) c.counter.steps++;
    const lower = c.words[k]!.lower;
    if (lower === ';' || lower === ':') break;
    if (!CLAIM_NOUNS.has(lower)) continue;
    const next = c.words[k + 1]?.lower;
    if (next !== 'that' && next !== 'of') return status;
    // A verb of denial before the claim (`rejected a U.S. accusation`) …
    for (let j = k - 1; j >= Math.max(sFrom, k - 1 - CLAIM_MODIFIERS); j--) {
      const type = c.lexicon.words.get(c.words[j]!.lower)?.type;
      if (type === 'denial' || type === 'rejection') return { status: 'denied', rule: 'denied-claim' };
    }
    // … or a word of denial the claim is called (`calling reports of a deployment "hysteria"`).
    for (let j = t.to; j < Math.min(sTo, t.to + CLAIM_MODIFIERS); j++)
      if (c.lexicon.words.get(c.words[j]!.lower)?.type === 'denial')
        return { status: 'denied', rule: 'denied-claim' };
    return status;
  }
  return status;
}

/** Types whose `they` may stand for forces named before (`they would return to their bases`). */
const FORCE_MOVES: ReadonlySet<string> = new Set([
  'troop_deployment',
  'troop_withdrawal',
  'military_exercise',
  'attack',
]);

/** Forms of `be` before a progressive (`they were evacuating civilians`). */
const PROGRESSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * The date of the report that tells a deed in the progressive (`separatist leaders announced on
 * Friday that they were evacuating civilians`): what was under way when it was said is dated by
 * the saying, found beside the quote's cue.
 */
function progressiveReportTime(c: EventContext, t: Trigger, sentence: number): TimeMention | null {
  if (!c.words[t.from]!.lower.endsWith('ing') || !PROGRESSIVE_BE.has(c.words[t.from - 1]?.lower ?? ''))
    return null;
  return cueTime(c, t, sentence);
}

/** The date beside the cue of the quote holding the trigger (`said on Tuesday that …`). */
function cueTime(c: EventContext, t: Trigger, sentence: number): TimeMention | null {
  const at = reportVerb(c, t.from, sentence);
  if (at < 0) return null;
  const [from, to] = c.sentences[sentence]!;
  if (at < from || at >= to) return null;
  return timeNear(c, at + 1, {
    floor: Math.max(from, at - STANCE_TIME_WINDOW),
    ceil: Math.min(to, at + STANCE_TIME_WINDOW, t.from),
  });
}

/** Objects of `defend` that are the defender itself. */
const SELVES: ReadonlySet<string> = new Set([
  'itself',
  'themselves',
  'ourselves',
  'himself',
  'herself',
  'myself',
  'yourselves',
]);
const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'its', 'their', 'my', 'his', 'her']);
const DEFENDING: ReadonlySet<string> = new Set(['defend', 'defends', 'defended', 'defending']);

/** True when a verb of defending has the defender as its object (`defend itself`, `defend our country`). */
function selfDefence(c: EventContext, t: Trigger): boolean {
  if (!DEFENDING.has(c.words[t.from]!.lower)) return false;
  const next = c.words[t.to]?.lower ?? '';
  return SELVES.has(next) || (OWN_POSSESSIVES.has(next) && c.entityAt[t.to + 1]! < 0);
}

/** Words that introduce the means of another act (`using artillery`, `with artillery`). */
const MEANS_BEFORE: ReadonlySet<string> = new Set(['using', 'with', 'including', 'of']);
/** Attack words that name a weapon: an event only as the subject or head of its own act. */
const WEAPON_TRIGGERS: ReadonlySet<string> = new Set(['artillery']);

/** True when a weapon word stands as the means of another act (`using artillery`, `the sound of artillery fire`). */
function meansOnly(c: EventContext, t: Trigger): boolean {
  return WEAPON_TRIGGERS.has(c.words[t.from]!.lower) && MEANS_BEFORE.has(c.words[t.from - 1]?.lower ?? '');
}

/** Verbs of needing: what is needed is not done (`the Baltic states also needed reinforcements`). */
const NEEDS: ReadonlySet<string> = new Set([
  'need',
  'needs',
  'needed',
  'needing',
  'require',
  'requires',
  'required',
]);
/** Modifiers that may stand between a verb of needing and the noun needed (`needed more urgent aid`). */
const NEED_MODIFIERS = 3;

/** True when the trigger is a noun a verb of needing takes as its object, over a few modifiers. */
function needed(c: EventContext, trigger: number, b: Bounds): boolean {
  for (let w = trigger - 1; w >= Math.max(b.floor, trigger - 1 - NEED_MODIFIERS); w--) {
    const lower = c.words[w]!.lower;
    if (NEEDS.has(lower)) return true;
    if (!/^[a-z-]+$/.test(lower) || lower === 'to' || AUXILIARIES.has(lower)) return false;
  }
  return false;
}

/**
 * `Russia, which annexed Crimea in 2014 and backs separatists`: a predicate coordinated right
 * after `and` (over auxiliaries and adverbs) shares the subject of the one before it in its
 * sentence; the names between them are its objects, not its actors.
 */
function shareCoordinatedSubjects(c: EventContext, found: readonly (Draft | null)[]): void {
  let prev: Draft | null = null;
  for (const d of found) {
    // What another act says (`accuses NATO of threatening Russia … and has demanded`) is no predicate of the clause.
    if (!d || d.content) continue;
    const p = prev;
    prev = d;
    if (!p || p.actors.length === 0 || p.sentence !== d.sentence) continue;
    let k = d.word - 1;
    while (k > p.word && (AUXILIARIES.has(c.words[k]!.lower) || /ly$/.test(c.words[k]!.lower))) k--;
    if (k <= p.word || c.words[k]!.lower !== 'and' || c.words[k - 1]?.lower === ',') continue;
    d.actors = [...p.actors];
  }
}

/** Words between a verb of agreeing and the event agreed on (`settled on the exercise`). */
const AGREED_ON: ReadonlySet<string> = new Set([
  'on',
  'upon',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
]);

/**
 * `He and Putin had settled on the exercise in December`: a time after an event that is the
 * definite object of an agreement dates the agreement, not the event agreed on (told elsewhere, it
 * then joins its other reports). The agreement must be undated and stand at most three words before.
 */
function agreedOnTime(c: EventContext, found: readonly (Draft | null)[]): void {
  let prev: Draft | null = null;
  for (const d of found) {
    if (!d) continue;
    const p = prev;
    prev = d;
    if (p?.type !== 'agreement' || p.time || p.sentence !== d.sentence || !d.definite || !d.time) continue;
    if (d.time.span[0] < d.trigger[1] || d.timeEnd || d.interval) continue;
    let k = d.word - 1;
    while (k >= 0 && c.words[k]!.start >= p.trigger[1] && AGREED_ON.has(c.words[k]!.lower)) k--;
    if (k < 0 || c.words[k]!.start >= p.trigger[1] || d.word - k > 4) continue;
    p.time = d.time;
    p.timeRole = 'at';
    d.time = null;
    d.timeRole = 'at';
  }
}

/** The sentence holding word `w` (binary search over the sentences' word ranges), -1 when none. */
function sentenceOf(c: EventContext, w: number): number {
  let lo = 0;
  let hi = c.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = c.sentences[mid]!;
    if (w < from) hi = mid - 1;
    else if (w >= to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** How many words after a quote's cue its time may stand (`wrote on her Telegram channel on Sunday`). */
const CUE_TIME_REACH = 8;

/**
 * `X accused Y of ignoring the shelling. “…,” X wrote on Sunday evening.`: an undated act of speech
 * whose next sentence is a direct quote of the same speaker, with a time of a day or finer after the
 * quote's cue, is the act that quote gives the words of, and takes its time. Only the next sentence,
 * only a direct quote, only the act's own actor as the quote's speaker, and only a time outside any
 * quote within CUE_TIME_REACH words after the cue; one scan of the cue's window per quote.
 */
function quotedOccasion(
  c: EventContext,
  drafts: readonly Draft[],
  entityBySpan: ReadonlyMap<string, EntityMention>,
): void {
  // The dated direct quote cue of each sentence, with its speaker (the first one found).
  const bySentence = new Map<number, { speaker: EntityMention; time: TimeMention }>();
  for (const q of c.quotes) {
    if (!q.direct || !q.cue) continue;
    const speaker = quoteSpeaker(c, q, entityBySpan, c.words.length);
    if (!speaker) continue;
    const cue = wordAt(c.words, q.cue[0]);
    const s = sentenceOf(c, cue);
    if (s < 0 || bySentence.has(s)) continue;
    const end = Math.min(c.sentences[s]![1], cue + 1 + CUE_TIME_REACH);
    for (let w = cue + 1; w < end; w++) {
      if (c.quoteAt[w]! >= 0) break;
      const t = c.timeAt[w]!;
      if (t < 0) continue;
      const time = c.times[t]!;
      if (time.type === 'date' || time.type === 'time') {
        if (/^\d{4}-\d\d-\d\d/.test(time.value)) bySentence.set(s, { speaker, time });
      }
      break;
    }
  }
  if (bySentence.size === 0) return;
  for (const d of drafts) {
    if (!SPEECH_ACTS.has(d.type) || d.time || d.interval || d.content) continue;
    const next = bySentence.get(d.sentence + 1);
    if (!next || !d.actors.some((a) => a.cluster === next.speaker.cluster)) continue;
    d.time = next.time;
    d.timeRole = 'at';
  }
}

/** How many words a participle's `by` phrase may hold before the deed of its noun (`supported by Belarus had attacked`). */
const PARTICIPLE_REACH = 6;

/**
 * `Russian forces supported by Belarus had attacked border posts at 5 a.m.`: an undated act told by
 * a past participle right after a noun (no auxiliary, `to` or comma before it) and followed by `by`
 * is a reduced clause of that noun, the subject of the next act of the sentence; it takes that
 * act's time when the act follows within PARTICIPLE_REACH words with no comma or clause word
 * between. One look at the next draft per draft.
 */
function participleTime(c: EventContext, found: readonly (Draft | null)[]): void {
  const list = found.filter((d): d is Draft => d !== null);
  for (let i = 0; i + 1 < list.length; i++) {
    const p = list[i]!;
    const d = list[i + 1]!;
    if (p.time || p.interval || p.sentence !== d.sentence || !d.time || d.timeRole !== 'at') continue;
    const w = p.word;
    const [from] = c.sentences[p.sentence]!;
    if (w - 1 < from || !/ed$/.test(c.words[w]!.lower) || c.words[w + 1]?.lower !== 'by') continue;
    const before = c.words[w - 1]!.lower;
    if (AUXILIARIES.has(before) || before === 'to' || !/^[a-z]+$/.test(before)) continue;
    if (d.word - w > PARTICIPLE_REACH + 1) continue;
    let clear = true;
    for (let k = w + 2; k < d.word && clear; k++)
      if (/^[,;:()"“”—–]$/.test(c.words[k]!.lower) || BY_PHRASE_STOPS.has(c.words[k]!.lower)) clear = false;
    if (!clear) continue;
    p.time = d.time;
    p.timeRole = 'at';
  }
}
/** Clause words that end a participle's `by` phrase. */
const BY_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'and',
  'or',
  'but',
  'as',
  'when',
  'while',
]);

/** How far back a pledge word (`promised`) before a pledge of absence makes it that word's. */
const PLEDGE_CUE_REACH = 6;
/** How far back a reporting verb before a pledge is looked for when no quote holds it. */
const REPORT_REACH = 12;

/**
 * The word of the cue reporting the trigger: its quote's cue, else a reporting verb before it in
 * its sentence (`said on Feb. 15 that not one soldier would remain`, which the quote stage may
 * leave unquoted); -1 when none.
 */
function reportVerb(c: EventContext, trigger: number, sentence: number): number {
  const q = c.quoteAt[trigger]!;
  const cue = q >= 0 ? c.quotes[q]!.cue : null;
  if (cue) return wordAt(c.words, cue[0]);
  const [from] = c.sentences[sentence]!;
  for (let w = trigger - 1; w >= Math.max(from, trigger - REPORT_REACH); w--)
    if (REPORT_VERBS.has(c.words[w]!.lower)) return w;
  return -1;
}

/** True when the sentence is a line of links to other articles (`links.ts`): their headlines report nothing here. */
function linkLine(c: EventContext, s: number): boolean {
  const [from, to] = c.sentences[s]!;
  const head: string[] = [];
  for (let w = from; w < to && w < from + 5; w++) head.push(c.words[w]!.lower);
  return isLinkLine(head);
}

/**
 * Finds the events of a document: lexicon triggers per sentence with their arguments, acts of
 * speech from quote stances, in-document coreference, then named events no trigger took.
 */
export function findEvents(input: EventInput): EventMention[] {
  const c = context(input);
  const drafts: Draft[] = [];
  let lastExercise = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < c.sentences.length; s++) {
    if (linkLine(c, s)) continue;
    const triggers = sentenceTriggers(c, s, s - lastExercise <= PHASE_REACH);
    if (triggers.some((t) => t.type === 'military_exercise' && t.rule !== 'phase')) lastExercise = s;
    else if (namesEvent(c, s)) lastExercise = s;
    const readAt = (list: readonly Trigger[], i: number) => {
      const t = list[i]!;
      const b = boundsOf(c, s, t.from, i > 0 ? list[i - 1]!.to : 0, list[i + 1]?.from ?? c.words.length);
      // An end may lie past a quote's bounds (`began on Feb. 10 and, according to the plan, was to end …`).
      const reach = Math.min(c.sentences[s]![1], list[i + 1]?.from ?? c.words.length);
      return draftOf(c, t, s, b, i === 0, reach, list, i + 1);
    };
    let found = triggers.map((_, i) => readAt(triggers, i));
    // A trigger that turned out to be none (`negotiators returned`) bounds no neighbour: the
    // sentence is read again without it, so `… returned to Qatar on Monday for talks` dates the
    // talks. Only the triggers it could have changed are read again (its neighbours, the new
    // first, and those within two sentence reaches of it, which the windows and the pronoun clauses
    // look over), so a sentence of a million triggers with one dropped is not read twice.
    if (found.some((d) => d === null)) {
      const kept: Trigger[] = [];
      const before: (Draft | null)[] = [];
      const again: boolean[] = [];
      const dropped: number[] = [];
      triggers.forEach((t, i) => {
        if (found[i] === null) {
          dropped.push(t.from);
          if (again.length > 0) again[again.length - 1] = true;
          return;
        }
        again.push(kept.length === 0 || found[i - 1] === null);
        kept.push(t);
        before.push(found[i]!);
      });
      // Within two sentence reaches of a dropped trigger (dropped is in text order: one pass).
      let d = 0;
      kept.forEach((t, i) => {
        while (d < dropped.length && dropped[d]! < t.from - 2 * SENTENCE_REACH) d++;
        if (d < dropped.length && Math.abs(dropped[d]! - t.from) <= 2 * SENTENCE_REACH) again[i] = true;
      });
      found = kept.map((_, i) => (again[i] ? readAt(kept, i) : before[i]!));
    }
    shareCoordinatedSubjects(c, found);
    agreedOnTime(c, found);
    participleTime(c, found);
    for (const d of found) if (d) drafts.push(d);
  }
  const entityBySpan = new Map(c.entities.map((e) => [`${e.span[0]}:${e.span[1]}`, e]));
  drafts.sort((a, b) => a.trigger[0] - b.trigger[0]);
  const denied = new Set<Draft>();
  drafts.push(...negatedClaims(c, drafts, entityBySpan, denied), ...stanceDrafts(c, drafts, entityBySpan));
  drafts.sort((a, b) => a.trigger[0] - b.trigger[0]);
  quotedOccasion(c, drafts, entityBySpan);
  // Durations anchored at a day, and days counted to an event's end or from its start, before
  // coreference: a merged report then keeps the closest dating (`draft.ts`, `merge`).
  anchorIntervals(c, drafts);
  const kept = drafts.filter((d) => !d.content && !denied.has(d));
  linkPhases(kept);
  // Bare triggers stay (an article's `the talks` is an event even with no argument found); the
  // corpus picture leaves them out (reconcile/features.ts), and `dropBare` drops them here.
  const groups = corefer(kept, startsWithHeadline(c)).filter(
    (g) => !input.dropBare || !bare(g) || (g.phase && g.parent),
  );
  const named = new Set(groups.flatMap((g) => (g.name ? [g.name.cluster] : [])));
  const exercise = groups.some((g) => g.type === 'military_exercise');
  for (const d of namedDrafts(c, named, exercise)) {
    // `State media have given it a name: Allied Resolve` names the article's main unnamed exercise.
    const main = d.type === 'military_exercise' ? mainUnnamedExercise(groups, d) : null;
    if (main) {
      main.name = d.name;
      main.spans.push(...d.spans);
      for (const g of groups) if (g.phase && g.parent === main) g.name = d.name;
    } else groups.push(d);
  }
  groups.sort((a, b) => a.trigger[0] - b.trigger[0]);
  sameDates(c, groups);
  datePhased(groups);
  dateContinuations(groups);
  return groups.map((g) => toMention(g, TAG, c.published));
}

/** Narrows mentions to one kind. */
function ofKind<K extends MentionKind>(mentions: readonly Mention[], kind: K): MentionOf<K>[] {
  return mentions.filter((m): m is MentionOf<K> => m.kind === kind);
}

/**
 * Finds the events over the mentions the stages above have made (for evaluations, benchmarks and
 * tests that run the rules apart from the pipeline).
 */
export function findEventsInMentions(
  text: string,
  published: string | null,
  mentions: readonly Mention[],
  options: Pick<EventInput, 'counter' | 'dropBare' | 'lexicon'> = {},
): EventMention[] {
  return findEvents({
    text,
    published,
    sentences: ofKind(mentions, 'sentence').map((m) => m.span),
    tokens: ofKind(mentions, 'token').map((m) => m.span),
    entities: ofKind(mentions, 'entity'),
    times: ofKind(mentions, 'time'),
    quantities: ofKind(mentions, 'quantity'),
    quotes: ofKind(mentions, 'quote'),
    ...options,
  });
}

/** The events stage: typed events with actors, targets, places, time, size, status and claimant. */
export const eventStage: Stage = {
  name: NAME,
  version: VERSION,
  produces: 'event',
  needs: ['sentence', 'token', 'time', 'entity', 'quantity', 'quote'],
  run(ctx, view) {
    return findEvents({
      text: ctx.text,
      published: ctx.published,
      sentences: view.of('sentence').map((s) => s.span),
      tokens: view.of('token').map((t) => t.span),
      entities: view.of('entity'),
      times: view.of('time'),
      quantities: view.of('quantity'),
      quotes: view.of('quote'),
      dateline: ctx.dateline?.span ?? null,
    });
  },
};
