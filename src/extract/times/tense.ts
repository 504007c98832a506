/**
 * Tense around an expression, to resolve `Tuesday` or `in December` the way the sentence means it:
 * "said on Tuesday" looks back, "will meet on Tuesday" looks forward. The nearest cue word behind the
 * expression within its sentence wins; when there is none, the words right after it are read.
 * Modals of possibility (`could`, `might`, `should`) and bare infinitives (`to get around`) are not
 * cues: on the TempEval-3 dev data they pointed the wrong way more often than the right one
 * (`could not be located Wednesday`, `shot to death on Oct. 23`).
 */
import { TENSE_AHEAD_WORDS, TENSE_BACK_WORDS } from './constants.ts';
import type { Cursor } from './grammar/types.ts';

/** Future auxiliaries read across a long clause, and the tokens looked back for one beyond the cue window. */
const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'shall', 'll']);
const CLAUSE_REACH = 24;
/** Words that open another clause: an auxiliary before one is not this clause's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'when',
  'while',
  'after',
  'before',
  'because',
  'said',
  'says',
]);

/** A sentence's tense direction, or null when no cue was found. */
export type Tense = 'past' | 'future' | null;

const FUTURE = new Set([
  'will',
  'shall',
  'll',
  'going',
  'scheduled',
  'planned',
  'plans',
  'plan',
  'planning',
  'expected',
  'expects',
  'expect',
  'set',
  'due',
  'upcoming',
  'would',
  'intends',
  'intend',
  'aims',
  'prepare',
  'prepares',
  'preparing',
  'next',
  'coming',
  'forthcoming',
  'starting',
  'begin',
  'hopes',
  'hope',
  'wants',
  'want',
  'tomorrow',
  'payable',
  // The present of a scheduled event: `the show opens on Friday`, `voting begins Tuesday`.
  'opens',
  'begins',
  'starts',
  'ends',
  'closes',
  'launches',
  'resumes',
  'expires',
  'premieres',
  'debuts',
  'airs',
]);
const PAST = new Set([
  'said',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'told',
  'made',
  'held',
  'took',
  'gave',
  'met',
  'came',
  'went',
  'began',
  'saw',
  'won',
  'lost',
  'fell',
  'rose',
  'sold',
  'bought',
  'paid',
  'left',
  'led',
  'sent',
  'spent',
  'struck',
  'got',
  'wrote',
  'became',
  'brought',
  'found',
  'thought',
  'kept',
  'ran',
  'grew',
  'announced',
  'last',
  'yesterday',
  'since',
  'earlier',
  'reported',
  'ended',
  'been',
  'built',
  'drew',
  'flew',
  'fought',
  'heard',
  'knew',
  'meant',
  'put',
  'read',
  'rode',
  'said',
  'shot',
  'showed',
  'shut',
  'spoke',
  'stood',
  'swore',
  'taught',
  'threw',
  'understood',
  'wore',
  'signed',
]);
/** Verbs that move a date later: with `until` the date they name lies ahead of the text. */
const DEFERRALS: ReadonlySet<string> = new Set([
  'postponed',
  'delayed',
  'deferred',
  'extended',
  'adjourned',
  'recessed',
  'suspended',
  'gave',
  'given',
  'granted',
  'moved',
  'pushed',
  'put',
]);
/** `-ed` words that are not past tense here, or that announce a future. */
const NOT_PAST_ED = new Set([
  'need',
  'speed',
  'feed',
  'seed',
  'bed',
  'red',
  'shed',
  'hundred',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'scheduled',
  'planned',
  'expected',
  'allied',
  'armed',
  'based',
  'united',
  'related',
  'advanced',
  'limited',
  'detailed',
  'alleged',
  'so-called',
  'called',
  'red',
  'ped',
  'used',
  'concerned',
  'increased',
]);
/** Words after which a following word is a noun or an adjective (not `that`: it also opens clauses). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'these',
  'those',
]);

/**
 * Words that do not use up the look-back budget: articles, prepositions, forms of `be` (`would be
 * paid on ...` is as near its modal as `would pay on ...`) and capitalised words inside the sentence
 * (names: `in Little Havana on Saturday` is as near its verb as `in town on Saturday`).
 */
const LIGHT: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'be',
  'been',
  'being',
]);

const ADVERBS: ReadonlySet<string> = new Set(['still', 'yet', 'not', 'long', 'once', 'much', 'most', 'more']);
function isAdverb(w: string): boolean {
  return ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'));
}

function cue(c: Cursor, i: number): Tense {
  const t = c.toks[i]!;
  if (t.kind !== 'w') return null;
  const w = t.low;
  // `the plan`, `its reduced dividend`, `a planned merger`: after a determiner the word is a noun or
  // an adjective and carries no tense.
  if (NOUN_DETERMINERS.has(c.word(i - 1) ?? '')) return null;
  // `a still unspecified date`, `the newly formed unit`: an adverb between them changes nothing.
  if (NOUN_DETERMINERS.has(c.word(i - 2) ?? '') && isAdverb(c.word(i - 1) ?? '')) return null;
  if (FUTURE.has(w)) {
    // `next to the embassy`: a preposition, not a time.
    if (w === 'next' && c.is(i + 1, 'to')) return null;
    // `had been scheduled to expire Friday`, `as previously planned`: a plan told after its date.
    if (c.is(i - 1, 'been', 'previously', 'originally') || c.is(i - 2, 'had')) return 'past';
    // `set for`, `due to`, and `is due in Kyiv on Tuesday`: an arrangement ahead.
    if (w === 'due' && c.is(i - 1, 'is', 'are')) return 'future';
    return w === 'set' || w === 'due' ? (c.is(i + 1, 'for', 'to') ? 'future' : null) : 'future';
  }
  const participle = PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !t.cap);
  // `will be held`, `is heard in May`: a participle after `be` carries no tense of its own; nor one
  // after `has`/`have` (`has decided to admit ... in March`: the present perfect looks both ways).
  if (participle && c.is(i - 1, 'be', 'being', 'is', 'are', 'has', 'have')) return null;
  if (participle && c.is(i - 1, 'been') && c.is(i - 2, 'has', 'have')) return null;
  if (participle) return 'past';
  // `is to resume trading Tuesday`, `are to meet`: an arrangement ahead.
  if (w === 'to' && c.is(i - 1, 'is', 'are') && c.at(i + 1)?.kind === 'w') return 'future';
  // `by Jan. 14`, `as soon as Tuesday`, `as early as March`: deadlines and earliest dates lie ahead.
  if ((w === 'soon' || w === 'early') && c.is(i - 1, 'as') && c.is(i + 1, 'as')) return 'future';
  return null;
}

/** The tense cue nearest to tokens `[a, b)` inside the sentence `[lo, hi)`. */
export function tenseAround(c: Cursor, a: number, b: number, lo: number, hi: number): Tense {
  // `by Jan. 14`: a deadline lies ahead.
  if (a > lo && c.toks[a - 1]!.low === 'by') return 'future';
  // `launch day is Tuesday`, `the vote is on Friday`: a present `be` before the day names a day ahead.
  if ((a > lo && c.is(a - 1, 'is', 'are')) || (a - 1 > lo && c.is(a - 1, 'on') && c.is(a - 2, 'is', 'are')))
    return 'future';
  // `postponed until Tuesday`, `gave them until mid-November`: a deadline set in the past lies ahead.
  const until =
    c.is(a, 'until', 'till') ||
    (a > lo && c.is(a - 1, 'until', 'till')) ||
    (a - 1 > lo && c.is(a - 2, 'until', 'till'));
  let words = 0;
  const floor = Math.max(lo, a - TENSE_BACK_WORDS * 3);
  let i = a - 1;
  for (; i >= floor && words < TENSE_BACK_WORDS; i--) {
    c.work.steps++;
    const t = c.toks[i]!;
    if (t.kind !== 'w') continue;
    if (until && DEFERRALS.has(t.low)) return 'future';
    if (!LIGHT.has(t.low) && !(t.cap && i > lo)) words++;
    const r = cue(c, i);
    if (r) return r;
  }
  // `the two leaders will watch an exercise of Russia's strategic nuclear forces together on
  // Saturday`: a future auxiliary rules its whole clause, however long the object between.
  for (const lowest = Math.max(lo, i - CLAUSE_REACH); i >= lowest; i--) {
    c.work.steps++;
    const t = c.toks[i]!;
    if (t.kind === 'p' && (t.low === ',' || t.low === ';' || t.low === ':')) break;
    if (t.kind !== 'w') continue;
    if (CLAUSE_OPENERS.has(t.low)) break;
    if (FUTURE_AUXILIARIES.has(t.low)) return 'future';
    // So does an arrangement ahead with its infinitive (`are expected to present their findings on
    // Tuesday`, `is scheduled to hold talks with … on Friday`).
    if (FUTURE.has(t.low) && c.is(i + 1, 'to')) {
      const r = cue(c, i);
      if (r) return r;
    }
  }
  words = 0;
  const ceil = Math.min(hi, b + TENSE_AHEAD_WORDS * 3);
  for (let i = b; i < ceil && words < TENSE_AHEAD_WORDS; i++) {
    c.work.steps++;
    const t = c.toks[i]!;
    if (t.kind === 'p' && (t.low === ',' || t.low === ';')) break;
    if (t.kind !== 'w') continue;
    words++;
    const r = cue(c, i);
    if (r) return r;
  }
  return null;
}
