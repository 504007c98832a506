/** Tunables and closed word classes of the events stage. */

/** Entity types that can act (actors and targets). */
export const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'gpe', 'military_unit']);

/** Entity types that are places. */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['gpe', 'location', 'facility']);

/** Prepositions that introduce a place (`in Brest`, `along the border with Ukraine`). */
export const PLACE_PREPS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'at',
  'along',
  'on',
  'to',
  'into',
  'across',
  'inside',
  'outside',
  'around',
  'toward',
  'towards',
  'from',
  'through',
  'throughout',
  'within',
]);

/** Words a place preposition may skip on its way to the place (`in the west of Belarus`). */
export const PLACE_SKIP: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'western',
  'southern',
  'northern',
  'eastern',
  'west',
  'south',
  'north',
  'east',
  'of',
  'border',
  'borders',
  'frontier',
  'frontiers',
  'region',
  'with',
]);

/** Counted nouns that make a quantity an event's size. */
export const SIZE_UNITS: ReadonlySet<string> = new Set([
  'troops',
  'soldiers',
  'servicemen',
  'personnel',
  'tanks',
  'aircraft',
  'jets',
  'helicopters',
  'warships',
  'ships',
  'vehicles',
  'battalions',
  'brigades',
  'divisions',
  'units',
  'people',
  'civilians',
  'residents',
  'prisoners',
  'protesters',
  'missiles',
  'weapons',
  'sailors',
  'paratroopers',
  'fighters',
  'launchers',
  'guns',
  'drones',
]);

/** Reporting verbs: a time right after one dates the report, not the event (`said Tuesday`). */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'announced',
  'reported',
  'added',
  'stated',
  'claimed',
  'wrote',
  'confirmed',
]);
/** Participles of speaking that date what the speaker says (`speaking on Thursday, Lukashenko rejected …`). */
export const SPEAKING: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing', 'addressing']);

/** Tokens looked at before a trigger for its status; after it for cancellation. */
export const STATUS_WINDOW = 5;
/** The longest parenthetical (between dashes or brackets) an actor search steps over. */
export const PARENTHETICAL_MAX = 30;
/** Types whose first actor-type entity after the trigger is its target. */
export const TARGETED: ReadonlySet<string> = new Set([
  'attack',
  'violence',
  'fight',
  'accusation',
  'disapproval',
  'threat',
  'warning',
  'sanction',
  'coercion',
  'demand',
  'support',
  'aid',
  'arms_transfer',
  'meeting',
  'agreement',
  'cooperation',
]);
/** At most this many coordinated actors (`Belarus, Russia and Kazakhstan`). */
export const MAX_ACTORS = 4;
/** How far (in tokens) an actor is looked for before its trigger. */
export const ACTOR_WINDOW = 14;
/** How far targets, places and sizes are looked for after a trigger. */
export const AFTER_WINDOW = 16;
/** How far a time is looked for after a trigger (times often close a long clause). */
export const TIME_WINDOW = 30;
/** How far a named event may stand from an exercise trigger to name it. */
export const NAME_WINDOW = 12;
/** Types whose `with`/`between` argument is a co-actor (`drills with Russia`, `talks between A and B`). */
export const SYMMETRIC: ReadonlySet<string> = new Set([
  'military_exercise',
  'meeting',
  'agreement',
  'cooperation',
  'fight',
]);
/** Words that end an actor search: the clause before belongs to someone else. */
export const ACTOR_STOP: ReadonlySet<string> = new Set([
  ...REPORT_VERBS,
  ';',
  ':',
  'that',
  'which',
  'who',
  'whom',
  'after',
  'before',
  'while',
  'because',
  'since',
  'although',
  'though',
  'when',
]);
/** Words that may stand between a subject and its verb (`Poland has also deployed`). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'may',
  'might',
  'also',
  'already',
  'reportedly',
  'allegedly',
  'now',
  'just',
  'again',
  'be',
  'been',
  'being',
  'not',
  'never',
  'to',
  'plans',
  'plan',
  'planned',
  'did',
  'does',
  'do',
  "'s",
  '’s',
  'jointly',
]);
/** Prepositions before an entity that make it a place, not a target. */
export const PLACE_ONLY_PREPS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'at',
  'along',
  'across',
  'inside',
  'outside',
  'around',
  'within',
  'throughout',
  'into',
]);
/** Modal or infinitive markers that make `stage`/`phase` a verb (`will stage drills`). */
export const VERB_MARKERS: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  "'ll",
  'could',
  'can',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'and',
  'or',
  'not',
  'also',
]);
/** A phase word (`the readiness phase`) counts when an exercise was named at most this many sentences before. */
export const PHASE_REACH = 8;
/** Prepositions after an entity that make it an object, not the subject of a later verb (`reach Belarus for drills`). */
export const OBJECT_PREPS: ReadonlySet<string> = new Set([
  'for',
  'in',
  'near',
  'at',
  'to',
  'from',
  'with',
  'on',
  'of',
  'into',
  'over',
  'against',
  'toward',
  'towards',
  'across',
  'along',
]);
/**
 * PLOVER codes a cooperative act that is halted or cancelled (`halted economic aid`, `cancelled a
 * planned visit`) as a reduction of relations: SANCTION.
 */
export const COOPERATIVE_PLOVER: ReadonlySet<string> = new Set([
  'AID',
  'CONSULT',
  'COOPERATE',
  'AGREE',
  'SUPPORT',
]);
/**
 * CAMEO's coding, which the PLOVER gold records follow, files an announced future act by what it
 * promises: a cooperative one as an expressed intent to cooperate (AGREE), a hostile one as a
 * threat (THREATEN). Military posture (MOBILIZE) stays what it is.
 */
export const INTENT_PLOVER: Readonly<Record<string, 'AGREE' | 'THREATEN'>> = {
  CONSULT: 'AGREE',
  SUPPORT: 'AGREE',
  AID: 'AGREE',
  COOPERATE: 'AGREE',
  CONCEDE: 'AGREE',
  RETREAT: 'AGREE',
  COERCE: 'THREATEN',
  SANCTION: 'THREATEN',
  REJECT: 'THREATEN',
  FIGHT: 'THREATEN',
  ASSAULT: 'THREATEN',
};
/** Modals that make a reported statement a demand on its subject (`Iraq must cooperate`). */
export const DEMAND_MODALS: ReadonlySet<string> = new Set(['must', 'should']);
/** Words that open a noun phrase: an actor before one is outside the trigger's phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'these',
  'that',
  'those',
  'our',
  'such',
]);
/**
 * Verbs whose subject performs the noun after them (`Russia held the drills`, `carried out an
 * attack`, `signed a deal`): the actor search goes on past a determiner only after one of these.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'holds',
  'held',
  'holding',
  'stage',
  'stages',
  'staged',
  'staging',
  'conduct',
  'conducts',
  'conducted',
  'conducting',
  'launch',
  'launches',
  'launched',
  'launching',
  'begin',
  'begins',
  'began',
  'begun',
  'start',
  'starts',
  'started',
  'out',
  'mount',
  'mounts',
  'mounted',
  'complete',
  'completed',
  'finish',
  'finished',
  'resume',
  'resumed',
  'continue',
  'continued',
  'continues',
  'organise',
  'organised',
  'organize',
  'organized',
  'host',
  'hosted',
  'hosts',
  'sign',
  'signed',
  'signs',
  'reach',
  'reached',
  'make',
  'made',
  'order',
  'ordered',
  'orders',
  'announce',
  'announced',
  'announces',
  'impose',
  'imposed',
  'imposes',
  'imposing',
  'plan',
  'plans',
  'planned',
  'prepare',
  'prepares',
  'prepared',
  'preparing',
  'end',
  'ended',
  'extend',
  'extended',
  'join',
  'joined',
  'lead',
  'led',
  'step',
  'stepped',
  'up',
  'carry',
  'carried',
  'carries',
  'wage',
  'waged',
  'give',
  'gave',
  'offer',
  'offered',
  'impose',
  'imposed',
  'lift',
  'lifted',
  'issue',
  'issued',
  'deny',
  'denied',
  'denies',
]);
/** Words either side of a reporting cue where the statement's own time may stand. */
export const STANCE_TIME_WINDOW = 6;
/** Words that negate the event after them in a speaker's words (`not preparing to attack`, `no plans to invade`). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
/** Modals before a negation that make it a pledge or a judgement (`will not send`), not a denial. */
export const NEGATION_MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  "'ll",
  'could',
  'can',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'ca',
  'wo',
]);
/** Event types that are acts of speech: one sentence reports one of each kind. */
export const SPEECH_ACTS: ReadonlySet<string> = new Set([
  'denial',
  'accusation',
  'warning',
  'threat',
  'demand',
]);
/** Modifiers of a time that is open at one end already (`until Feb. 9`, `from March on`). */
export const OPEN_MODS: ReadonlySet<string> = new Set(['BEFORE', 'ON_OR_BEFORE', 'AFTER', 'ON_OR_AFTER']);
/** Verbs right before a time that make it the event's end (`ends on Feb. 9`, `to finish by Sunday`). */
export const UNTIL_WORDS: ReadonlySet<string> = new Set([
  'end',
  'ends',
  'ended',
  'ending',
  'conclude',
  'concludes',
  'concluded',
  'concluding',
  'finish',
  'finishes',
  'finished',
  'finishing',
  'last',
  'lasts',
  'lasted',
  'lasting',
  'expire',
  'expires',
  'expired',
  'until',
  'till',
]);
/** Verbs right before a time that make it the event's start (`began on Thursday`). */
export const FROM_WORDS: ReadonlySet<string> = new Set([
  'begin',
  'begins',
  'began',
  'begun',
  'beginning',
  'start',
  'starts',
  'started',
  'starting',
  'commence',
  'commenced',
  'commences',
  'since',
]);
/** Words that may stand between such a verb and its time (`ended early on Sunday`). */
export const ROLE_GLUE: ReadonlySet<string> = new Set(['on', 'at', 'in', 'early', 'late', 'around', 'about']);
/** How many words after an event's start its end is looked for (`began on Feb. 10 and, by the plan, was to end on Feb. 20`). */
export const CLOSING_REACH = 20;
/** How many words after a noun trigger its predicate's future auxiliary is looked for, a relative clause included. */
export const PREDICATE_REACH = 24;
/** Event types whose reports usually name no actor (an election is held by voters): two such reports may corefer on time alone. */
export const ACTORLESS: ReadonlySet<string> = new Set(['election']);
/** Nouns of delivery that are an arms transfer only beside a word for arms. */
export const DELIVERY_NOUNS: ReadonlySet<string> = new Set([
  'delivery',
  'deliveries',
  'shipment',
  'shipments',
]);
/** Words for arms that make a delivery an arms transfer. */
export const ARMS_WORDS: ReadonlySet<string> = new Set(
  'arms weapons weapon ammunition munitions missiles missile shells rockets tanks howitzers artillery drones jets aircraft air-defence air-defense systems launchers guns rifles military'.split(
    ' ',
  ),
);
/** How many words around a trigger a word that retypes it is looked for (arms by a delivery, forces by an evacuation). */
export const NEAR_REACH = 4;
/** Forms of evacuation: a troop withdrawal only when forces are named beside them. */
export const EVACUATIONS: ReadonlySet<string> = new Set([
  'evacuate',
  'evacuated',
  'evacuates',
  'evacuating',
  'evacuation',
  'evacuations',
]);
/** Forms of leaving and returning: a withdrawal only of forces, or back to bases (`negotiators returned to Doha` is none). */
export const RETURNS: ReadonlySet<string> = new Set([
  'leave',
  'leaves',
  'leaving',
  'return',
  'returns',
  'returned',
  'returning',
]);
/** Where forces go back to when they withdraw (`return to their bases`, `go home`). */
export const HOME_WORDS: ReadonlySet<string> = new Set([
  'bases',
  'base',
  'barracks',
  'garrisons',
  'garrison',
  'home',
  'homes',
  'positions',
  'deployment',
]);
/** Hostages: taken in an act of violence, or freed in a concession (`would free 40 hostages`). */
export const HOSTAGES: ReadonlySet<string> = new Set(['hostage', 'hostages']);
/** Words that free people: beside hostages, a concession, not hostage-taking. */
export const RELEASES: ReadonlySet<string> = new Set(
  'free frees freed freeing release released releases releasing swap swapped exchange exchanged handed return returned'.split(
    ' ',
  ),
);
/** Natural hazards and epidemics: what they strike, hit or kill is no attack or violence (`an earthquake struck`, `a cholera outbreak has killed`). */
export const HAZARDS: ReadonlySet<string> = new Set(
  'earthquake earthquakes quake quakes tremor tremors aftershock aftershocks storm storms hurricane typhoon cyclone tornado floods flood flooding tsunami landslide landslides mudslide avalanche wildfire wildfires blaze heatwave drought blizzard lightning eruption outbreak outbreaks epidemic pandemic cholera measles ebola mpox dengue malaria disease virus famine'.split(
    ' ',
  ),
);
/** Event types a natural hazard's verb is read as by the lexicon, which it is not. */
export const HAZARD_TYPES: ReadonlySet<string> = new Set(['attack', 'violence', 'fight', 'coercion']);
/** Forms of a ban: on trade it is a sanction, not coercion (`a ban on imports of Russian oil`). */
export const BANS: ReadonlySet<string> = new Set(['ban', 'banned', 'bans', 'banning']);
/** What a ban on trade stops. */
export const TRADE_WORDS: ReadonlySet<string> = new Set(
  'imports import exports export trade sales purchases shipments oil gas coal flights investment investments transactions'.split(
    ' ',
  ),
);
/** Event types whose PLOVER code turns on the means: ASSAULT (unconventional) or FIGHT (conventional). */
export const VIOLENT_TYPES: ReadonlySet<string> = new Set(['violence', 'attack', 'fight']);
/** Agents and weapons of unconventional violence (PLOVER ASSAULT): militias, bombs, blades. */
export const IRREGULAR_MEANS: ReadonlySet<string> = new Set(
  'militia militias militiamen militants militant gunmen gunman insurgents insurgent terrorists terrorist bomber bombers mob machete machetes knife knives bomb bombs explosives suicide assassin assassinate assassinated assassination kidnappers'.split(
    ' ',
  ),
);
/** Agents and weapons of conventional military force (PLOVER FIGHT): armies, aircraft, artillery. */
export const MILITARY_MEANS: ReadonlySet<string> = new Set(
  'forces army military troops soldiers aircraft warplanes jets gunships helicopters artillery missiles missile shelling shells tanks navy warships airstrike airstrikes gunbattle clashes clashed'.split(
    ' ',
  ),
);
/** Acts of abuse: PLOVER ASSAULT whoever commits them (`soldiers beat detainees`). */
export const ABUSES: ReadonlySet<string> = new Set(
  'beat beats beaten beating tortured torture torturing abused abuse abusing raped rape mistreated mistreatment'.split(
    ' ',
  ),
);
/** Words back from a trigger within its sentence searched for its forces or means (`troops … arrived`). */
export const SENTENCE_REACH = 40;
/** Forms of a strike that may be a walkout or a military blow. */
export const STRIKES: ReadonlySet<string> = new Set(['strike', 'strikes']);
/** Words of harm or arms beside a strike that make it a military one (`wounded in the strike`). */
export const HARM_WORDS: ReadonlySet<string> = new Set(
  'killed killing kills wounded wounding injured injuring dead deaths casualties targeted destroyed damaged bomb bombs missile missiles rocket rockets drone drones artillery military army warplanes jets'.split(
    ' ',
  ),
);
/** Goods whose delivery is aid, not an arms transfer. */
export const HUMANITARIAN: ReadonlySet<string> = new Set(
  'food aid medicine medicines medical supplies water grain wheat flour tents blankets vaccine vaccines doses humanitarian relief ambulances doctors rescuers'.split(
    ' ',
  ),
);
/** Civilians sent or deployed, by what their dispatch is: relief, talks or a look at the facts. */
export const RESCUERS: ReadonlySet<string> = new Set(
  'firefighters rescuers rescue medics paramedics doctors nurses volunteers lifeguards'.split(' '),
);
export const ENVOYS: ReadonlySet<string> = new Set(
  'delegation delegations envoy envoys negotiators diplomats delegates emissary emissaries'.split(' '),
);
export const MONITORS: ReadonlySet<string> = new Set(
  'inspectors observers monitors investigators'.split(' '),
);
/** What a sanction suspends (`suspended aid`, `suspended its membership`); services and games are not. */
export const SUSPENDABLE: ReadonlySet<string> = new Set(
  'aid talks cooperation membership participation exports imports trade deliveries shipments funding funds payments assistance visas licence license licences licenses accreditation broadcasts ties relations links flights connections routes agreement treaty deal accession sales loans program programme'.split(
    ' ',
  ),
);
/** Money words: funds released are a payment, not a concession (`release 50 million euros in aid`). */
export const MONEY_WORDS: ReadonlySet<string> = new Set(
  'funds funding money euros dollars pounds francs yen yuan rubles roubles million billion budget payment payments tranche grant grants loan loans'.split(
    ' ',
  ),
);
/** How many words after a transfer trigger its object is looked for (`delivered 20 tonnes of food`). */
export const OBJECT_REACH = 5;
/** The share of capitalised words above which a sentence is a title-case headline (its words may all be triggers). */
export const TITLE_CASE_SHARE = 0.6;
/** Cues whose object may be a noun phrase naming an act of the speaker (`announced a new aid package`). */
export const ANNOUNCING: ReadonlySet<string> = new Set([
  'announce',
  'announced',
  'announces',
  'announcing',
  'unveil',
  'unveiled',
  'unveils',
  'unveiling',
  'approve',
  'approved',
  'approves',
  'approving',
  'propose',
  'proposed',
  'proposes',
  'proposing',
]);
/** How many words into an announced noun phrase its head may stand (`a $400 million military aid package`). */
export const ANNOUNCED_REACH = 8;
/** How many sentences apart an undated report by the same actor still continues an event. */
export const NEAR_SENTENCES = 3;
/** How many sentences back `the troops` looks for the forces last named with their owner (`Russian troops`). */
export const FORCE_REACH = 4;
/** How many words before a time are read for its role. */
export const ROLE_REACH = 3;
/** Words between `the end of` and its event (`the end of the first stage`). */
export const PHASE_GLUE: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'first',
  'second',
  'third',
  'final',
  'last',
  'initial',
]);
/** Event types that harm someone: a claim that someone does them is an accusation. */
export const HOSTILE_TYPES: ReadonlySet<string> = new Set([
  'attack',
  'violence',
  'fight',
  'threat',
  'coercion',
  'other',
]);
/** Words of taking part in something: negated by a speaker (`not involved`), they deny it. */
export const PARTAKING: ReadonlySet<string> = new Set([
  'involved',
  'part',
  'participating',
  'participate',
  'participated',
  'targeting',
  'targeted',
  'target',
]);
/** How many words into what a speaker said a denial's negation is looked for. */
export const DENIAL_REACH = 10;
/** Event types whose result lasts: a present perfect (`has deployed`) reports them as under way. */
export const LASTING: ReadonlySet<string> = new Set(['troop_deployment', 'fight']);
/**
 * Words of hostile acts that last (a campaign, not a single blow): with no date and no past-tense
 * verb telling them as done, they are under way (`citing fighting in the east`, `as shelling
 * intensified`); `the attack on the convoy` is not among them.
 */
export const CAMPAIGNS: ReadonlySet<string> = new Set([
  'invasion',
  'offensive',
  'shelling',
  'bombardment',
  'assault',
  'siege',
  'occupation',
]);

/** Acts of speech that happen when they are reported said (`Makei said on Tuesday …, calling the reports "hysteria"`). */
export const DATED_BY_REPORT: ReadonlySet<string> = new Set([...SPEECH_ACTS].filter((t) => t !== 'threat'));

/** Adverbs of a habit: a statement made again and again has no one date. */
export const HABITUAL: ReadonlySet<string> = new Set([
  'repeatedly',
  'consistently',
  'always',
  'long',
  'often',
]);

/** Possessive marks as tokens of their own (`month ’s`). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** Prepositions that make an event the point another one is dated against (`stayed after the drills`). */
export const TEMPORAL_PREPS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'following',
  'during',
  'since',
  'throughout',
]);

/** Conjunctions that open a clause dated on its own (`will return after it ends on Feb. 20`). */
export const TEMPORAL_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'until',
  'till',
  'once',
  'when',
  'while',
  'since',
]);
/** Words that open a relative clause (`, which arrived last week,`). */
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);
/** How many words before a trigger the word opening its relative clause is looked for. */
export const RELATIVE_REACH = 8;
/** Pronouns that, after such a conjunction, make it a clause with a subject of its own. */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Words a reference event's noun phrase may hold between the preposition and the trigger. */
export const NOUN_PHRASE: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'these',
  'those',
  'joint',
  '"',
  '“',
  '”',
]);

/** Words before a verb form: a trigger after one reports a happening, not a mention of one. */
export const VERBAL_BEFORE: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'been',
  'being',
  'was',
  'were',
]);

/** Types a sentence reports one of, whatever words it uses (`spoke to Putin by phone`, `attacked … using artillery`). */
export const ONE_PER_SENTENCE: ReadonlySet<string> = new Set(['meeting', 'attack', 'protest']);
/**
 * Event types that are deeds, not things said: a reporting cue whose word names one (`mobilized`,
 * `withdrew`, `sent`) makes no event of its own; the trigger rules read that word instead.
 */
export const PHYSICAL_TYPES: ReadonlySet<string> = new Set([
  'military_exercise',
  'troop_deployment',
  'troop_withdrawal',
  'attack',
  'fight',
  'violence',
  'arms_transfer',
  'aid',
  'coercion',
  'protest',
]);

/** Forms of `withdraw`: a withdrawal of forces only when no other object follows. */
export const WITHDRAW_VERBS: ReadonlySet<string> = new Set([
  'withdraw',
  'withdraws',
  'withdrew',
  'withdrawn',
  'withdrawing',
]);
/** Words after a verb that open no direct object (`withdraw from`, `withdrew on Monday`, `withdraw.`). */
export const NO_OBJECT: ReadonlySet<string> = new Set(
  'from to into in on at by before after by over across toward towards completely fully entirely . , ; and or but as'.split(
    ' ',
  ),
);
/** Verbs of reporting that a channel (`by phone`) may follow (`spoke by phone` is a call). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'told tell tells telling said say says saying interviewed reached contacted'.split(' '),
);
/** Verbs that date a war: its start or its end. */
export const WAR_DATERS: ReadonlySet<string> = new Set(
  'began begun started broke erupted ended start beginning outbreak since'.split(' '),
);
/** How far back in its clause a condition (`if`, `unless`) governs a trigger. */
export const CONDITION_REACH = 14;
/** `war`: a fight only when it is a particular war. */
export const WARS: ReadonlySet<string> = new Set(['war', 'wars']);
/** Words before `war` that make it a particular war. */
export const WAR_DETERMINERS: ReadonlySet<string> = new Set(
  'the this that its their his her our civil ongoing continuing'.split(' '),
);
/** Words that suspend (the sanction triggers read against `SUSPENDABLE`). */
export const SUSPENSIONS: ReadonlySet<string> = new Set([
  'suspend',
  'suspended',
  'suspends',
  'suspending',
  'suspension',
]);
/** Words that release (a concession when people are freed, a payment when money is). */
export const RELEASE_VERBS: ReadonlySet<string> = new Set(['release', 'released', 'releases', 'releasing']);

/** Verbs that are violence only against a protest (`crushed mass protests`), not otherwise (`crushed the opposition at the polls`). */
export const REPRESSIONS: ReadonlySet<string> = new Set([
  'crush',
  'crushed',
  'crushing',
  'suppress',
  'suppressed',
  'suppressing',
  'quash',
  'quashed',
  'quell',
  'quelled',
]);

/** Verbs of deciding: an agreement only when two parties decide together (`the two presidents decided`, `Russia and Belarus decided`). */
export const DECISIONS: ReadonlySet<string> = new Set(['decide', 'decided', 'decides']);
/** Words before a decision's subject that make it a joint one (`the two presidents`, `both sides`). */
export const JOINT: ReadonlySet<string> = new Set(['two', 'both']);

/** Verbs of buying: an arms transfer only with arms as their object (`plans to buy Russian air-defence systems`). */
export const PURCHASES: ReadonlySet<string> = new Set([
  'buy',
  'buys',
  'bought',
  'buying',
  'purchase',
  'purchased',
  'purchases',
  'purchasing',
  'spend',
  'spends',
  'spent',
  'spending',
  'acquire',
  'acquired',
  'acquiring',
]);
/** What a purchase must name to be of arms. */
export const ARMS_BOUGHT: ReadonlySet<string> = new Set([
  'weapons',
  'weaponry',
  'arms',
  'air-defense',
  'air-defence',
  'missiles',
  'tanks',
  'jets',
  'fighter',
  'drones',
  'howitzers',
  'ammunition',
  'munitions',
]);
/** How many words after a verb of buying its arms may stand (`spend about $1 billion on Russian weapons`). */
export const PURCHASE_REACH = 8;

/**
 * Words of sport: a document dense in them (SPORT_SHARE per thousand words, SPORT_KINDS different
 * ones) reports a game, where words of conflict and politics have their sporting senses (`these
 * teams meet again`, `host the Lakers`, `pass defended`, `as they demonstrated against the Thunder`).
 */
export const SPORT_WORDS: ReadonlySet<string> = new Set(
  'game games match matches season seasons coach coaches player players league leagues tournament tournaments championship championships playoff playoffs quarterback quarterbacks touchdown touchdowns rebounds assists innings inning pitcher pitchers striker strikers midfielder midfielders goalkeeper goalkeepers goalie referee referees umpire umpires halftime overtime roster stadium olympic olympics tennis football soccer basketball baseball hockey golf cricket rugby nba nfl mlb nhl fifa uefa wicket wickets fixture fixtures semifinal semifinals quarterfinal quarterfinals rematch defender defenders teammate teammates lineup'.split(
    ' ',
  ),
);
/** Words of sport per thousand words of a report of a game (the gold's and the political sample's reports have at most 15). */
export const SPORT_SHARE = 15;
/** Different words of sport in a report of a game. */
export const SPORT_KINDS = 4;
/** People beside whom a clash or a march in a report of a game is one all the same (`fans clashed with police`). */
export const CROWD_WORDS: ReadonlySet<string> = new Set(
  'police officers fans supporters hooligans crowd crowds spectators riot riots security protesters demonstrators'.split(
    ' ',
  ),
);
/**
 * The trigger words that have a sporting sense, by type: in a report of a game they name no event
 * (a fixture is no meeting, a team's attack or defence no fighting or support, a comeback rally no
 * protest, training drills no exercise). `*` stands for every word of the type.
 */
export const SPORTING_SENSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'meeting',
    new Set(
      'meet meets met meeting meetings host hosts hosted hosting visit visits visited visiting session'.split(
        ' ',
      ),
    ),
  ],
  ['fight', new Set(['*'])],
  ['attack', new Set(['*'])],
  ['support', new Set(['*'])],
  ['ceasefire', new Set(['*'])],
  ['military_exercise', new Set(['*'])],
  ['protest', new Set('rally rallies rallied strike strikes striking demonstrated march marched'.split(' '))],
]);

/** Accidents: who is killed in one is no victim of violence (`killed in a helicopter crash`), a disaster (type `other`). */
export const ACCIDENTS: ReadonlySet<string> = new Set(
  'crash crashes crashed accident accidents collision collisions derailment derailed pileup capsized capsizing shipwreck stampede'.split(
    ' ',
  ),
);
/** Words of hostile fire beside which a crash may be an attack all the same (`crashed after it was shot down`). */
export const HOSTILE_FIRE: ReadonlySet<string> = new Set(
  'shot downed fire enemy attack attacked missile missiles rocket rockets bomb explosive'.split(' '),
);
/** Weather a warning may be of (`storm warnings`, `a heat warning`): a forecast, no threat. */
export const WEATHER_WORDS: ReadonlySet<string> = new Set(
  'weather heat frost wind winds gale snow ice fog rain thunderstorm thunderstorms flood floods storm storms tornado hurricane tsunami avalanche fire surf'.split(
    ' ',
  ),
);
/** What a document, not a party, calls for (`the plan calls for 5,000 troops`, `forecasts called for rain`): its content, no demand. */
export const DOCUMENTS: ReadonlySet<string> = new Set(
  'plan plans proposal proposals bill bills budget budgets forecast forecasts law laws measure measures contract contracts design designs recipe recipes rules guidelines strategy schedule project policy legislation blueprint draft script scripts screenplay study studies formula'.split(
    ' ',
  ),
);
/** Forms of easing: a concession only with an object (`eased sanctions`, `the easing of curbs`), not when weather or prices ease. */
export const EASING: ReadonlySet<string> = new Set(['ease', 'eases', 'eased', 'easing']);
/** Forms of calling for. */
export const CALLING: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);

/** What is signed as an agreement: a signature on anything else (`signed false certifications`, `signed autographs`) agrees nothing. */
export const SIGNED_AGREEMENTS: ReadonlySet<string> = new Set(
  'agreement agreements deal deals treaty treaties accord accords pact pacts contract contracts memorandum memorandums declaration declarations bill bills law laws order orders decree decrees ceasefire truce protocol protocols charter communique statement convention conventions roadmap partnership settlement armistice document documents deals extension lease merger'.split(
    ' ',
  ),
);
/** How far after `signed` its object is read. */
export const SIGNED_REACH = 6;

/** Words of markets beside which a rally is a rise in prices (`the rally in bank stocks`), no protest. */
export const MARKET_WORDS: ReadonlySet<string> = new Set(
  'stock stocks shares share market markets bond bonds prices price equities equity oil gold dollar rupee yen euro currency currencies index indices nasdaq dow futures investors trading'.split(
    ' ',
  ),
);
/** What one meets that is no party (`meet the thresholds`, `meet demand`): a requirement fulfilled, no meeting. */
export const REQUIREMENTS: ReadonlySet<string> = new Set(
  'threshold thresholds requirement requirements criteria criterion target targets goal goals deadline deadlines demand needs need standard standards expectations obligations conditions qualifications quota quotas costs payroll challenge challenges definition'.split(
    ' ',
  ),
);
/** Forms of meeting that may take a requirement as object. */
export const MEETING_VERBS: ReadonlySet<string> = new Set(['meet', 'meets', 'met', 'meeting']);
/** Forms of recognising: with `that` or `the need` it acknowledges, no support (`recognize that the deal is weak`). */
export const RECOGNISING: ReadonlySet<string> = new Set([
  'recognize',
  'recognizes',
  'recognized',
  'recognise',
  'recognises',
  'recognised',
]);

/**
 * Words of campaigns: a document dense in them (CAMPAIGN_SHARE per thousand words, CAMPAIGN_KINDS
 * kinds) reports politics, where one person's attack on another is a verbal one even when the
 * sentence names no speech (`Trump also attacked Clinton and Rubio during the rant`).
 */
export const CAMPAIGN_WORDS: ReadonlySet<string> = new Set(
  'nomination nominating nominee campaign campaigns primary primaries caucus caucuses debate debates election elections electoral delegates candidate candidates voters ballot polls poll republican republicans democrat democrats democratic gop senator congressman'.split(
    ' ',
  ),
);
/** Words of campaigns per thousand words of a political report (the gold's reports have at most 3). */
export const CAMPAIGN_SHARE = 10;
/** Different words of campaigns in a political report. */
export const CAMPAIGN_KINDS = 4;
/** What a verbal attack is aimed at when it names no person (`attacked each other's policies`). */
export const SPEECH_OBJECTS: ReadonlySet<string> = new Set(
  'policies policy record remarks comments views plan plans positions proposals proposal character credibility judgment judgement program programme agenda stance'.split(
    ' ',
  ),
);
