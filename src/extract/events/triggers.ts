import {
  ARMS_BOUGHT,
  DECISIONS,
  PHYSICAL_TYPES,
  PURCHASE_REACH,
  PURCHASES,
  REPRESSIONS,
  TITLE_CASE_SHARE,
  VERB_MARKERS,
} from './constants.ts';
import type { EventContext, Trigger } from './context.ts';

/**
 * True when the word can start a trigger: not inside a name, a time or a reporting cue. Words
 * inside a figure may (`thousands of Kurds demonstrated` is one quantity span).
 */
function free(c: EventContext, w: number): boolean {
  const d = c.dateline;
  if (d && c.words[w]!.start >= d[0] && c.words[w]!.end <= d[1]) return false;
  if (c.entityAt[w]! >= 0 || c.timeAt[w]! >= 0) return false;
  // A cue word that names a deed (`mobilized`, `withdrew`) is read as a trigger all the same.
  // So is a word of deciding, which is an event only when two parties decide (stage.ts).
  const lower = c.words[w]!.lower;
  // So is a verb of sharing, which is cooperation only with intelligence or evidence shared.
  return (
    c.cueAt[w]! < 0 ||
    PHYSICAL_TYPES.has(c.lexicon.words.get(lower)?.type ?? '') ||
    DECISIONS.has(lower) ||
    SHARING.has(lower)
  );
}

/** The type of a word that is a trigger only after forces (`Russian troops will remain`), when they come first. */
function forcesMove(c: EventContext, w: number, from: number) {
  const type = c.lexicon.withForces.get(c.words[w]!.lower);
  if (!type) return undefined;
  for (let k = w - 1; k >= Math.max(from, w - c.lexicon.forceReach); k--) {
    if (c.lexicon.forceNouns.has(c.words[k]!.lower)) return type;
    if (c.words[k]!.lower === ',' || c.words[k]!.lower === ';') break;
  }
  return undefined;
}

/** Verbs of staying on that are a deployment only as a stated prospect of forces (`troops would stay`). */
const STAY_ON: ReadonlySet<string> = new Set(['stay', 'remain']);
/** Modals that make staying forces a prospect (`could remain`, `will stay`). */
const STAY_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'will', 'may', 'might', 'can']);
/** Words that deny the forces stay (`no troops will stay`: a pledge, read elsewhere) or ask whether they do (`how long the units would remain`). */
const STAY_NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'none', "n't", 'how', 'whether']);

/** How many words before the force noun its phrase may open with a negation or a question (`how long the Russian units`). */
const STAY_OPENING = 4;

/** True when a pledge of absence read just before holds the verb at `w` (`not a single soldier or piece of equipment would remain`). */
function pledgedBefore(out: readonly Trigger[], w: number): boolean {
  const last = out.at(-1);
  return last !== undefined && last.rule === 'pledge' && w - last.from < PLEDGE_REACH;
}

/**
 * A deployment when forces would, could or will stay or remain (`Russian forces could remain in
 * Belarus`, `the troops would stay as long as needed`): the prospect of keeping forces somewhere is
 * an act of its own, where forces that simply remain continue the deployment already told. Not when
 * negated (`no troops will stay` is a pledge).
 */
function forcesStay(c: EventContext, w: number, from: number) {
  if (!STAY_ON.has(c.words[w]!.lower) || w - 1 < from || !STAY_MODALS.has(c.words[w - 1]!.lower))
    return undefined;
  for (let k = w - 2; k >= Math.max(from, w - 1 - c.lexicon.forceReach); k--) {
    const lower = c.words[k]!.lower;
    if (STAY_NEGATIONS.has(lower) || lower === ',' || lower === ';') return undefined;
    if (!c.lexicon.forceNouns.has(lower)) continue;
    // The noun phrase's opening words: `no foreign troops`, `how long the Russian units`.
    for (let j = k - 1; j >= Math.max(from, k - STAY_OPENING); j--) {
      const opening = c.words[j]!.lower;
      if (opening === ',' || opening === ';') break;
      if (STAY_NEGATIONS.has(opening)) return undefined;
    }
    return { type: 'troop_deployment', plover: c.lexicon.ploverOf.get('troop_deployment') ?? null };
  }
  return undefined;
}

/** Words before a named gathering that make its name an event one takes part in (`at the Munich Security Conference`). */
const AT_GATHERING: ReadonlySet<string> = new Set([
  'at',
  'during',
  'attend',
  'attends',
  'attended',
  'attending',
]);

/** Last words of a name that make it a gathering (`Munich Security Conference`, `G20 Summit`). */
const GATHERING_HEADS: ReadonlySet<string> = new Set([
  'conference',
  'summit',
  'forum',
  'congress',
  'dialogue',
  'talks',
  'meeting',
]);

/**
 * The meeting a name stands for, with the name's first word, when its last word is a meeting
 * word and someone is at it or attends it (`speaking at the Munich Security Conference`,
 * `attended the G20 summit`): words inside names are otherwise no triggers.
 */
function namedGathering(c: EventContext, w: number, from: number) {
  const e = c.entityAt[w]!;
  if (e < 0 || c.entityAt[w + 1] === e) return undefined;
  if (!GATHERING_HEADS.has(c.words[w]!.lower)) return undefined;
  const hit = { type: 'meeting', plover: c.lexicon.ploverOf.get('meeting') ?? null };
  let start = w;
  while (start > from && c.entityAt[start - 1] === e) start--;
  let before = start - 1;
  if (before > from && c.words[before]!.lower === 'the') before--;
  return before >= from && AT_GATHERING.has(c.words[before]!.lower) ? { ...hit, from: start } : undefined;
}

/** An arms transfer when a verb of buying has arms as its object, before the clause ends. */
function armsBought(c: EventContext, w: number, to: number) {
  if (!PURCHASES.has(c.words[w]!.lower)) return undefined;
  for (let k = w + 1; k < Math.min(to, w + 1 + PURCHASE_REACH); k++) {
    const lower = c.words[k]!.lower;
    if (ARMS_BOUGHT.has(lower))
      return { type: 'arms_transfer', plover: c.lexicon.ploverOf.get('arms_transfer') ?? null };
    if (/^[,;.]$/.test(lower)) break;
  }
  return undefined;
}

/** Violence when a repressing verb has a protest as its object, within three words. */
function repression(c: EventContext, w: number, to: number) {
  if (!REPRESSIONS.has(c.words[w]!.lower)) return undefined;
  for (let k = w + 1; k < Math.min(to, w + 4); k++)
    if (c.lexicon.words.get(c.words[k]!.lower)?.type === 'protest')
      return { type: 'violence', plover: c.lexicon.ploverOf.get('violence') ?? null };
  return undefined;
}

/** Heads of a noun compound whose modifier names their topic, not an event (`ceasefire talks`). */
const TALKS: ReadonlySet<string> = new Set([
  'talks',
  'negotiations',
  'negotiators',
  'envoy',
  'envoys',
  'mediators',
]);

/** The type of a word that is a trigger only with weapons after it (`fired two missiles`), when they follow. */
function armsFired(c: EventContext, w: number, to: number) {
  const type = c.lexicon.withArms.get(c.words[w]!.lower);
  if (!type) return undefined;
  for (let k = w + 1; k < Math.min(to, w + 1 + c.lexicon.armsReach); k++) {
    if (c.lexicon.armsNouns.has(c.words[k]!.lower)) return type;
    if (/^[,;.]$/.test(c.words[k]!.lower)) break;
  }
  return undefined;
}

/**
 * The type of a noun that is a charge only as what someone calls something (`called the drills a
 * form of psychological pressure`, `a move Kyiv called a provocation`): a verb of naming before it
 * in its clause, within the lexicon's reach.
 */
function named(c: EventContext, w: number, from: number) {
  const type = c.lexicon.withNaming.get(c.words[w]!.lower);
  if (!type) return undefined;
  for (let k = w - 1; k >= Math.max(from, w - c.lexicon.namingReach); k--) {
    const lower = c.words[k]!.lower;
    if (c.lexicon.namingVerbs.has(lower)) return { ...type, namer: k };
    if (lower === ',' || lower === ';' || lower === ':') break;
  }
  return undefined;
}

/** Adjectives that deny what they are said of when they stand after a copula (`the reports are false`). */
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', 'untrue', 'untruthful']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const DEGREE: ReadonlySet<string> = new Set([
  'completely',
  'entirely',
  'absolutely',
  'totally',
  'simply',
  'utterly',
]);

/**
 * A denial when a word of falsehood is predicated of something (`Western warnings of an invasion
 * are false`, `the reports were completely untrue`), not when it qualifies a noun (`false flag`).
 */
function falsePredicate(c: EventContext, w: number, from: number) {
  if (!FALSE_WORDS.has(c.words[w]!.lower)) return undefined;
  let k = w - 1;
  if (k >= from && DEGREE.has(c.words[k]!.lower)) k--;
  return k >= from && COPULAS.has(c.words[k]!.lower)
    ? { type: 'denial', plover: c.lexicon.ploverOf.get('denial') ?? null, spoken: true }
    : undefined;
}

/** Singular force nouns (the lexicon's are plural: `troops will remain`). */
const ONE_FORCE: ReadonlySet<string> = new Set([
  'soldier',
  'serviceman',
  'servicemember',
  'troop',
  'unit',
  'tank',
]);
/** Verbs of staying behind that a pledge of absence negates (`not a single soldier will remain`). */
const STAYING: ReadonlySet<string> = new Set(['remain', 'stay', 'left']);
/** How many words a pledge of absence may run from `not` to its verb. */
const PLEDGE_REACH = 12;

/**
 * A pledge that no forces will stay (`not a single Russian soldier would remain in Belarus`, `not
 * one soldier will be left here`, `no foreign troops will stay`): an agreement by the speaker, its
 * trigger `not … soldier`, `to` just past the force noun.
 */
function pledgeOfAbsence(c: EventContext, w: number, to: number): number {
  const lower = c.words[w]!.lower;
  let k = w + 1;
  if (lower === 'not') {
    const next = c.words[k]?.lower;
    if (next === 'one') k++;
    else if (next === 'a' && c.words[k + 1]?.lower === 'single') k += 2;
    else return -1;
  } else if (lower !== 'no') return -1;
  let noun = -1;
  for (let n = 0; n < 3 && k < to; n++, k++) {
    const word = c.words[k]!.lower;
    if (ONE_FORCE.has(word) || c.lexicon.forceNouns.has(word)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return -1;
  for (let v = noun + 1; v < Math.min(to, w + PLEDGE_REACH); v++) {
    const word = c.words[v]!.lower;
    if (word !== 'will' && word !== 'would' && word !== 'shall') continue;
    let x = v + 1;
    if (c.words[x]?.lower === 'be') x++;
    return x < to && STAYING.has(c.words[x]!.lower) ? noun + 1 : -1;
  }
  return -1;
}

/** Passive auxiliaries before `hit` (`had been hit`, `was hit`). */
const PASSIVE_BE: ReadonlySet<string> = new Set(['been', 'was', 'were', 'is', 'are', 'being']);
/** Words after a passive `hit` that make it a blow of another kind (`was hit hard by inflation`). */
const NOT_A_STRIKE: ReadonlySet<string> = new Set([
  'hard',
  'harder',
  'hardest',
  'badly',
  'especially',
  'particularly',
]);

/**
 * An attack when something was hit (`a kindergarten had been hit on Thursday`, `the depot was hit
 * by two missiles`), not when it was hit hard by prices, or hit by anything but arms.
 */
function struck(c: EventContext, w: number, to: number) {
  if (c.words[w]!.lower !== 'hit' || !PASSIVE_BE.has(c.words[w - 1]?.lower ?? '')) return undefined;
  const next = c.words[w + 1]?.lower ?? '';
  if (NOT_A_STRIKE.has(next)) return undefined;
  if (next === 'by') {
    let arms = false;
    for (let k = w + 2; k < Math.min(to, w + 6); k++)
      if (c.lexicon.armsNouns.has(c.words[k]!.lower)) arms = true;
    if (!arms) return undefined;
  }
  return { type: 'attack', plover: c.lexicon.ploverOf.get('attack') ?? null };
}

/** Verbs of ignoring: a rejection only of what someone asked (`ignored Russia's main demands`). */
const IGNORING: ReadonlySet<string> = new Set([
  'ignore',
  'ignores',
  'ignored',
  'ignoring',
  'disregarded',
  'disregards',
]);
/** Nouns of what is asked, proposed or warned. */
const ASKED: ReadonlySet<string> = new Set([
  'demand',
  'demands',
  'request',
  'requests',
  'call',
  'calls',
  'appeal',
  'appeals',
  'proposal',
  'proposals',
  'warning',
  'warnings',
  'concerns',
  'ultimatum',
]);

/** A rejection when a verb of ignoring has what someone asked as its object (`the West ignored Russia's demands`), within five words. */
function ignoredAsk(c: EventContext, w: number, to: number) {
  if (!IGNORING.has(c.words[w]!.lower)) return undefined;
  for (let k = w + 1; k < Math.min(to, w + 6); k++) {
    const lower = c.words[k]!.lower;
    if (ASKED.has(lower)) return { type: 'rejection', plover: c.lexicon.ploverOf.get('rejection') ?? null };
    if (/^[,;.]$/.test(lower)) break;
  }
  return undefined;
}

/** Verbs that raise a military posture (`strengthening their presence`, `raised the readiness`). */
const RAISING: ReadonlySet<string> = new Set([
  'strengthen',
  'strengthens',
  'strengthened',
  'strengthening',
  'bolster',
  'bolsters',
  'bolstered',
  'bolstering',
  'boost',
  'boosts',
  'boosted',
  'boosting',
  'increase',
  'increases',
  'increased',
  'increasing',
  'raise',
  'raises',
  'raised',
  'raising',
  'heighten',
  'heightened',
]);

/**
 * A raised posture: more presence is a deployment (`allies were strengthening their presence in
 * the east`), more readiness puts forces on alert, type `other` with PLOVER's MOBILIZE (`raised the
 * readiness of its armed forces`), when the noun follows the verb within three words.
 */
function posture(c: EventContext, w: number, to: number) {
  if (!RAISING.has(c.words[w]!.lower)) return undefined;
  for (let k = w + 1; k < Math.min(to, w + 4); k++) {
    const lower = c.words[k]!.lower;
    if (lower === 'presence')
      return { type: 'troop_deployment', plover: c.lexicon.ploverOf.get('troop_deployment') ?? null };
    if (lower === 'readiness')
      return { type: 'other', plover: c.lexicon.ploverOf.get('troop_deployment') ?? null };
    if (/^[,;.]$/.test(lower)) break;
  }
  return undefined;
}

/** Nouns of a ground for worry after `no` (`no reason`, `no cause`, `no grounds`). */
const NO_GROUNDS: ReadonlySet<string> = new Set(['reason', 'cause', 'grounds', 'need']);
/** Words of worry that a speaker says there is no ground for. */
const WORRY: ReadonlySet<string> = new Set(
  'concern concerned concerns worry worried worrying alarm alarmed panic fear fears afraid anxiety'.split(
    ' ',
  ),
);
/** How far after `no reason` its worry may stand (`no reason for anyone to be concerned`). */
const WORRY_REACH = 6;

/**
 * A denial by the speaker when there is said to be no ground for worry (`there was no reason for
 * anyone to be concerned`, `no cause for alarm`): the trigger runs from `no` to the word of worry.
 */
function noGroundForWorry(c: EventContext, w: number, to: number): number {
  if (c.words[w]!.lower !== 'no' || w + 1 >= to || !NO_GROUNDS.has(c.words[w + 1]!.lower)) return -1;
  for (let k = w + 2; k < Math.min(to, w + 2 + WORRY_REACH); k++) {
    const lower = c.words[k]!.lower;
    if (WORRY.has(lower)) return k + 1;
    if (/^[,;.]$/.test(lower)) break;
  }
  return -1;
}

/** Verbs of passing or getting knowledge. */
const SHARING: ReadonlySet<string> = new Set(
  'share shares shared sharing exchange exchanged exchanging receive receives received receiving pass passed passing'.split(
    ' ',
  ),
);
/** What parties share when they cooperate (`shared evidence with`, `received fresh intelligence from allies`). */
const SHARED_KNOWLEDGE: ReadonlySet<string> = new Set(['intelligence', 'evidence']);

/** Cooperation when a verb of sharing has intelligence or evidence as its object, within three words. */
function sharedKnowledge(c: EventContext, w: number, to: number) {
  if (!SHARING.has(c.words[w]!.lower)) return undefined;
  for (let k = w + 1; k < Math.min(to, w + 4); k++) {
    const lower = c.words[k]!.lower;
    if (SHARED_KNOWLEDGE.has(lower))
      return { type: 'cooperation', plover: c.lexicon.ploverOf.get('cooperation') ?? null };
    if (/^[,;.]$/.test(lower)) break;
  }
  return undefined;
}

/** How many words before `stepped up` its noun may stand (`patrols along the frontier with Belarus had been stepped up`). */
const STEP_REACH = 9;
const STEPPING: ReadonlySet<string> = new Set(['step', 'steps', 'stepped', 'stepping']);
/** Nouns of a military presence that can be stepped up (`patrols had been stepped up`). */
const PATROLS: ReadonlySet<string> = new Set(['patrol', 'patrols', 'presence', 'deployment', 'deployments']);

/**
 * A deployment when patrols, a presence or forces are stepped up (`patrols along the frontier had
 * been stepped up`, `stepped up its patrols`): `stepped up` with such a noun within STEP_REACH words
 * before it in its clause or three after.
 */
function steppedUp(c: EventContext, w: number, from: number, to: number): boolean {
  if (!STEPPING.has(c.words[w]!.lower) || c.words[w + 1]?.lower !== 'up') return false;
  const forces = (lower: string) => PATROLS.has(lower) || c.lexicon.forceNouns.has(lower);
  for (let k = w - 1; k >= Math.max(from, w - STEP_REACH); k--) {
    const lower = c.words[k]!.lower;
    if (/^[,;]$/.test(lower)) break;
    if (forces(lower)) return true;
  }
  for (let k = w + 2; k < Math.min(to, w + 5); k++) if (forces(c.words[k]!.lower)) return true;
  return false;
}

const ASSESSING: ReadonlySet<string> = new Set([
  'assess',
  'assesses',
  'assessing',
  'reviewing',
  'review',
  'reviews',
]);
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'a',
  'an',
  'whether',
]);

/**
 * An investigation when someone assesses or reviews something named (`officials were assessing
 * Belarus' role`, `is reviewing the footage`), not a judgement reported (`assessed that the risk
 * was low`).
 */
function assessment(c: EventContext, w: number, to: number) {
  if (!ASSESSING.has(c.words[w]!.lower) || w + 1 >= to) return undefined;
  const next = c.words[w + 1]!.lower;
  if (!OBJECT_OPENERS.has(next) && c.entityAt[w + 1]! < 0) return undefined;
  return { type: 'investigation', plover: c.lexicon.ploverOf.get('investigation') ?? null };
}

/** Words of going on with something past its end (`decided to continue the drills`, `the extension of the exercise`, `continued checks`). */
const CONTINUING: ReadonlySet<string> = new Set(
  'continue continues continued continuing continuation extend extends extended extending extension prolong prolongs prolonged prolonging prolongation'.split(
    ' ',
  ),
);
/** Nouns of a check of forces, the form a snap exercise is often announced in (`the inspection of the response forces`). */
const FORCE_CHECKS: ReadonlySet<string> = new Set(['inspection', 'inspections', 'check', 'checks']);
/** Pronouns that point back to an exercise just named (`the day the exercise was to end, they decided to continue it`). */
const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'them']);
/** How many words after a word of continuing its exercise noun may stand (`continue the joint naval drills`). */
const CONTINUE_REACH = 4;
/** Words that end the object of a word of continuing: a clause break, or another verb's infinitive (`continue to consult`). */
const CONTINUE_STOPS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '.',
  'to',
  'and',
  'but',
  'that',
  'until',
  'while',
]);

/**
 * An exercise continued past its end (`the two presidents decided to continue the drills`, `the
 * extension of the exercise`, `a continuation of the inspection of the response forces`, `continued
 * checks of forces`, `decided to continue it` after an exercise): an event of its own, which starts
 * when the one it continues ends. Returns the word past the trigger, -1 when none: the word of
 * continuing alone when an exercise noun follows (that noun is the continued exercise's own
 * report), with the check noun it takes (`continue the inspection`, which is otherwise an
 * investigation) or the pronoun. A check noun counts only with forces after it or after an
 * exercise (`exercise`): `continued checks on passengers` is none; so is a pronoun with no exercise before it.
 */
function continuation(c: EventContext, w: number, to: number, exercise: boolean): number {
  if (!CONTINUING.has(c.words[w]!.lower)) return -1;
  if (exercise && w + 1 < to && POINTING_BACK.has(c.words[w + 1]!.lower)) return w + 2;
  for (let k = w + 1; k < Math.min(to, w + 1 + CONTINUE_REACH); k++) {
    const lower = c.words[k]!.lower;
    if (CONTINUE_STOPS.has(lower)) return -1;
    if (c.lexicon.words.get(lower)?.type === 'military_exercise') return k + 1;
    if (!FORCE_CHECKS.has(lower)) continue;
    if (exercise) return k + 1;
    for (let j = k + 1; j < Math.min(to, k + 1 + CONTINUE_REACH); j++) {
      const after = c.words[j]!.lower;
      if (CONTINUE_STOPS.has(after)) break;
      if (c.lexicon.forceNouns.has(after)) return k + 1;
    }
    return -1;
  }
  return -1;
}

/** Nouns of saying something is so (`claims of`, `reports of`, `talk of`). */
const SAYINGS: ReadonlySet<string> = new Set(['claim', 'claims', 'report', 'reports', 'talk', 'assertions']);
/** Words that make a hostile act a prospect (`an imminent attack`, `a possible invasion`). */
const PROSPECTIVE: ReadonlySet<string> = new Set([
  'imminent',
  'impending',
  'possible',
  'potential',
  'looming',
  'planned',
]);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * A warning when a noun of saying holds a hostile act as a prospect (`Western claims of an
 * imminent attack`, `reports of a possible invasion`): what is said warns of it, and the act is
 * read apart as the hypothetical it is. A claim of an act done (`claims of a chemical attack`) is no
 * warning.
 */
function warnedProspect(c: EventContext, w: number, to: number) {
  if (!SAYINGS.has(c.words[w]!.lower) || w + 3 >= to || c.words[w + 1]!.lower !== 'of') return undefined;
  let k = w + 2;
  if (ARTICLES.has(c.words[k]!.lower)) k++;
  if (k + 1 >= to || !PROSPECTIVE.has(c.words[k]!.lower)) return undefined;
  const act = c.lexicon.words.get(c.words[k + 1]!.lower);
  return act?.type === 'attack'
    ? { type: 'warning', plover: c.lexicon.ploverOf.get('warning') ?? null }
    : undefined;
}

const capital = (c: EventContext, w: number) => /^\p{Lu}/u.test(c.text.charAt(c.words[w]!.start));

/** True when most words of the sentence are capitalised (a headline in title case). */
function titleCase(c: EventContext, from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let w = from; w < to; w++) {
    if (!/^\p{L}/u.test(c.text.charAt(c.words[w]!.start))) continue;
    words++;
    if (capital(c, w)) caps++;
  }
  return words > 0 && caps / words >= TITLE_CASE_SHARE;
}

/**
 * True when a capitalised trigger word inside a sentence stands beside another capitalised word:
 * part of a name the entity stage did not know (`(Probe Wire)`, `Operation Storm`), not an event.
 */
function inName(c: EventContext, w: number, from: number, to: number): boolean {
  if (w === from || !capital(c, w)) return false;
  const prev = w - 1 > from && capital(c, w - 1) && /^\p{L}/u.test(c.text.charAt(c.words[w - 1]!.start));
  const next = w + 1 < to && capital(c, w + 1);
  return prev || next;
}

/** True when the words around `w` (within `[from, to)`) make one of its idioms (`declined to comment`). */
export function inIdiom(c: EventContext, w: number, from: number, to: number): boolean {
  const idioms = c.lexicon.idioms.get(c.words[w]!.lower);
  if (!idioms) return false;
  return idioms.some(
    ({ before, after }) =>
      w - before.length >= from &&
      w + after.length < to &&
      before.every((x, i) => c.words[w - before.length + i]!.lower === x) &&
      after.every((x, i) => c.words[w + 1 + i]!.lower === x),
  );
}

/**
 * Things and places a trigger noun may name a kind of (`detention center`, `delivery systems`,
 * `support staff`, `briefing settings`, `attack drones`): the noun is their modifier, no event.
 */
const THING_HEADS: ReadonlySet<string> = new Set(
  'system systems center centers centre centres facility facilities camp camps room rooms settings feature features app apps software platform platforms device devices tool tools button buttons helicopter helicopters aircraft jet jets drone drones dog dogs vehicle vehicles rifle rifles gear kit kits price prices fee fees hall halls venue venues ticket tickets network networks staff'.split(
    ' ',
  ),
);
/** Words before a trigger that make it a verb, so that the word after it is its object (`to support systems`, `they deploy drones`). */
const VERB_OPENERS: ReadonlySet<string> = new Set(
  "to will would can could may might must should shall did does do not n't they we i you he she it who which that".split(
    ' ',
  ),
);

/** True when the trigger noun at `w` modifies the thing named after it (`a detention center`): no event. */
function modifiesThing(c: EventContext, w: number, from: number, to: number): boolean {
  if (w + 1 >= to || !THING_HEADS.has(c.words[w + 1]!.lower)) return false;
  const lower = c.words[w]!.lower;
  if (lower.endsWith('ed') || lower.endsWith('s')) return false;
  return w === from || !VERB_OPENERS.has(c.words[w - 1]!.lower);
}

/**
 * The triggers of one sentence in text order: three- and two-word phrases first (`false flag`, `pull out`),
 * then single words; phase words (`stage`, `phase`) only in a sentence that also speaks of an
 * exercise, or follows one closely (`exerciseBefore`), and only as nouns (not `will stage drills`).
 */
export function sentenceTriggers(c: EventContext, sentence: number, exerciseBefore = false): Trigger[] {
  const [from, to] = c.sentences[sentence]!;
  const out: Trigger[] = [];
  let exercise = exerciseBefore;
  const title = titleCase(c, from, to);
  for (let w = from; w < to; w++) {
    if (c.counter) c.counter.steps++;
    const word = c.words[w]!;
    if (c.entityAt[w]! >= 0 && c.entities[c.entityAt[w]!]!.type === 'named_event') exercise = true;
    const gathering = namedGathering(c, w, from);
    if (gathering) {
      out.push({ ...gathering, to: w + 1, rule: 'word' });
      continue;
    }
    if (!free(c, w) || inIdiom(c, w, from, to) || (!title && inName(c, w, from, to))) continue;
    const next = w + 1 < to && free(c, w + 1) ? c.words[w + 1]!.lower : null;
    // Three-word phrases first (`state of emergency`), read only after one of their first words.
    if (next !== null && w + 2 < to && c.lexicon.longFirst.has(word.lower) && free(c, w + 2)) {
      const long = c.lexicon.longPhrases.get(`${word.lower} ${next}`)?.get(c.words[w + 2]!.lower);
      if (long) {
        out.push({ from: w, to: w + 3, type: long.type, plover: long.plover, rule: 'phrase' });
        w += 2;
        continue;
      }
    }
    const phrase = next === null ? undefined : c.lexicon.phrases.get(word.lower)?.get(next);
    if (phrase) {
      // A two-word phase (`readiness check`) is an exercise's stage wherever it stands.
      const rule = c.lexicon.phases.has(`${word.lower} ${next}`) ? 'phase' : 'phrase';
      out.push({ from: w, to: w + 2, type: phrase.type, plover: phrase.plover, rule });
      w++;
      continue;
    }
    if (steppedUp(c, w, from, to)) {
      const type = { type: 'troop_deployment', plover: c.lexicon.ploverOf.get('troop_deployment') ?? null };
      // `patrols … had been stepped up` is one act: the noun stepped up is no trigger of its own.
      const last = out.at(-1);
      if (last && w - last.from <= STEP_REACH && PATROLS.has(c.words[last.from]!.lower)) out.pop();
      out.push({ from: w, to: w + 2, ...type, rule: 'phrase' });
      w++;
      continue;
    }
    const calm = noGroundForWorry(c, w, to);
    if (calm > 0) {
      const type = { type: 'denial', plover: c.lexicon.ploverOf.get('denial') ?? null };
      out.push({ from: w, to: calm, ...type, rule: 'phrase', spoken: true });
      w = calm - 1;
      continue;
    }
    const goesOn = continuation(c, w, to, exercise);
    if (goesOn > 0) {
      const type = { type: 'military_exercise', plover: c.lexicon.ploverOf.get('military_exercise') ?? null };
      out.push({ from: w, to: goesOn, ...type, rule: 'continuation' });
      w = goesOn - 1;
      exercise = true;
      continue;
    }
    const pledge = pledgeOfAbsence(c, w, to);
    if (pledge > 0) {
      const type = { type: 'agreement', plover: c.lexicon.ploverOf.get('agreement') ?? null };
      out.push({ from: w, to: pledge, ...type, rule: 'pledge', spoken: true });
      w = pledge - 1;
      continue;
    }
    const naming = c.lexicon.words.has(word.lower) ? undefined : named(c, w, from);
    if (naming) {
      out.push({
        from: w,
        to: w + 1,
        type: naming.type,
        plover: naming.plover,
        rule: 'naming',
        namer: naming.namer,
      });
      continue;
    }
    const hit =
      c.lexicon.words.get(word.lower) ??
      forcesMove(c, w, from) ??
      (pledgedBefore(out, w) ? undefined : forcesStay(c, w, from)) ??
      armsFired(c, w, to) ??
      struck(c, w, to) ??
      ignoredAsk(c, w, to) ??
      posture(c, w, to) ??
      sharedKnowledge(c, w, to) ??
      warnedProspect(c, w, to) ??
      assessment(c, w, to) ??
      falsePredicate(c, w, from) ??
      repression(c, w, to) ??
      armsBought(c, w, to) ??
      (DECISIONS.has(word.lower)
        ? { type: 'agreement', plover: c.lexicon.ploverOf.get('agreement') ?? null }
        : undefined);
    // `ceasefire talks`, `sanctions negotiations`: a trigger word naming what talks are about is no event of its own.
    if (hit && w + 1 < to && TALKS.has(c.words[w + 1]!.lower) && hit.type !== 'meeting') continue;
    if (hit && modifiesThing(c, w, from, to)) continue;
    if (hit) {
      const spoken = 'spoken' in hit && hit.spoken === true;
      out.push({
        from: w,
        to: w + 1,
        type: hit.type,
        plover: hit.plover,
        rule: 'word',
        ...(spoken ? { spoken } : {}),
      });
      if (hit.type === 'military_exercise') exercise = true;
    }
  }
  if (!exercise) return out;
  for (let w = from; w < to; w++) {
    const word = c.words[w]!;
    if (!c.lexicon.phases.has(word.lower) || !free(c, w)) continue;
    const prev = w > from ? c.words[w - 1]!.lower : '';
    if (VERB_MARKERS.has(prev)) continue;
    out.push({
      from: w,
      to: w + 1,
      type: 'military_exercise',
      plover: c.lexicon.ploverOf.get('military_exercise') ?? null,
      rule: 'phase',
    });
  }
  return out.sort((a, b) => a.from - b.from);
}
