import type { EventStatus } from '../../model/mention.ts';

/**
 * An event's status from the words before its trigger (modality, tense, negation) and, when no
 * word decides, from its time against the publication day. Cue classes are checked from the
 * strongest: a negated or cancelled event is that whatever its tense.
 */

const NEGATION = new Set([
  'not',
  "n't",
  'never',
  'no',
  'nobody',
  'neither',
  'nor',
  'deny',
  'denies',
  'denied',
  'denying',
]);
/**
 * True for a word of negation, including a contraction the tokenizer keeps whole (`didn't`,
 * `won’t`, `can't`) and `cannot`.
 */
function negative(w: string): boolean {
  return NEGATION.has(w) || w === 'cannot' || w.endsWith("n't") || w.endsWith('n’t');
}

/** The verbs of denial among the negation words. */
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
const CANCELLED = new Set([
  'cancel',
  'cancels',
  'cancelled',
  'canceled',
  'postponed',
  'scrapped',
  'abandoned',
  'halted',
]);
/** Verbs that end what follows them (`halted aid`), read only before the trigger (`the drills end` is no cancellation). */
const ENDED = new Set([
  'halt',
  'halted',
  'halts',
  'suspend',
  'suspended',
  'suspends',
  'ended',
  'stopped',
  'cut',
  'reduced',
  'froze',
]);
const HYPOTHETICAL = new Set([
  'could',
  'might',
  'may',
  'possible',
  'possibly',
  'potential',
  'if',
  'fear',
  'fears',
  'feared',
  'risk',
  'whether',
  'likely',
  'unlikely',
  'warned',
  'warn',
  'warns',
  'prospect',
  'threat',
  'imminent',
  // What a pretext or a launchpad is for has not happened (`a pretext for an invasion`).
  'pretext',
  'justify',
  'justifying',
  'justification',
  'excuse',
  'launchpad',
  'springboard',
  // An exercise's scenario is simulated (`would practise repelling an external attack`).
  'practise',
  'practice',
  'practising',
  'practicing',
  'rehearse',
  'rehearsing',
  'simulate',
  'simulated',
  'simulating',
  'repel',
  'repelling',
]);
const PLANNED = new Set([
  // Reported speech's future in the past (`said it would hold drills`).
  'would',
  'will',
  "'ll",
  'shall',
  'plan',
  'plans',
  'planned',
  'planning',
  'scheduled',
  'set',
  'upcoming',
  'expected',
  'intend',
  'intends',
  'intended',
  'preparing',
  'prepare',
  'prepares',
  'forthcoming',
  'due',
  'next',
  'future',
  'prepared',
  'ready',
  'willing',
  'proposed',
  'agreed',
  'going',
  // What someone wants, hopes or seeks to do has not happened yet (`hoped to reach a truce`).
  'want',
  'wants',
  'wanted',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'seek',
  'seeks',
  'sought',
  'seeking',
  'aim',
  'aims',
  'aiming',
]);
const ONGOING = new Set([
  // `have started arriving`, `began the drills`: begun and not said to be over.
  'started',
  'began',
  'begun',
  'continue',
  'continued',
  'continues',
  'continuing',
  // `extended their strike`: not over.
  'extend',
  'extended',
  'extends',
  'extending',
  'ongoing',
  'underway',
  'currently',
  'still',
  'now',
]);
/** Verbs of launching: what they launch is begun (`launched a military assault`). */
const LAUNCHING = new Set(['launched', 'launches', 'launch']);
/** Campaigns that last once launched (a strike or a missile launched is over). */
const CAMPAIGN_NOUNS = new Set([
  'assault',
  'offensive',
  'invasion',
  'incursion',
  'operation',
  'campaign',
  'war',
]);
/**
 * Verbs in the present that tell an event as running, when the trigger is their subject (`as the
 * exercise enters its second day`, `while the talks continue`, `the war drags on`).
 */
const RUNNING_PRESENT = new Set(['enters', 'enter', 'continues', 'continue', 'nears', 'drags', 'drag']);
/** What follows such a verb so that it tells a stage or a lasting event (`enters its second day`, `drags on`). */
const RUNNING_NEXT = new Set(['its', 'their', 'the', 'a', 'on', 'into']);

/** Present verbs of starting: running now when no date is given (`as the drills begin`); a date decides otherwise. */
const STARTING_PRESENT = new Set(['begins', 'begin', 'starts', 'start', 'opens']);

/** True when the trigger is the subject of a present verb telling it as running (`the drills enter their final stage`). */
function runningPresent(after: readonly string[], dated: boolean): boolean {
  // `dated`: a date or a modal decides a start instead.
  const verb = after[0];
  if (verb !== undefined && STARTING_PRESENT.has(verb) && !dated) {
    // `as the drills begin.`, `as the exercise begins in Brest`; not `begin to`, `start talks`.
    const next = after[1];
    return next === undefined || /^(in|at|near|across|along|and|,|\.)$/.test(next);
  }
  if (verb === undefined || !RUNNING_PRESENT.has(verb)) return false;
  // `continues` and `continue` stand alone (`as the drills continue`); the others need what they reach.
  if (verb.startsWith('continue')) return true;
  return after[1] !== undefined && RUNNING_NEXT.has(after[1]);
}

/** Irregular past forms of the lasting triggers' verbs (`sent`, `came`). */
const IRREGULAR_PAST = new Set([
  'sent',
  'came',
  'went',
  'left',
  'stayed',
  'held',
  'kept',
  'brought',
  'moved',
]);

/** True when the trigger word is a verb in the past tense (`deployed`, `sent`), not a noun or a participle in `-ing`. */
function pastVerb(trigger: string): boolean {
  return trigger.endsWith('ed') || IRREGULAR_PAST.has(trigger);
}

const BE = new Set(['is', 'are', "'s", "'re", 'am', 'was', 'were']);

/** What the status rules read: lower-case words before the trigger (nearest last), the trigger, and the time. */
export interface StatusInput {
  readonly before: readonly string[];
  readonly trigger: string;
  readonly after: readonly string[];
  readonly timeStart: string | null;
  readonly timeEnd: string | null;
  readonly published: string | null;
  /** The event leaves a state that lasts (troops deployed stay deployed): a present perfect is under way. */
  readonly lasting?: boolean;
  /** The trigger heads the subject of a future predicate (`the exercise … will take place`) or of one that ends it (`is due to end`). */
  readonly predicate?: Predicate;
  /** The event runs until its time, its start unknown: a plan after the trigger (`scheduled to end`) makes it planned. */
  readonly openStart?: boolean;
}

/** What the predicate of a noun trigger's phrase says of it: to come, coming to an end, or nothing. */
export type Predicate = 'future' | 'ends' | null;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The status a time gives an event against the publication day: after it, planned; around it,
 * under way; before it, nothing (the tense decides). An event open at its start that ends after
 * the day (`the first stage ends on Feb. 9`, `the drills, which run until Feb. 20`) is told in
 * the present: under way (a plan cue, `is scheduled to end`, makes it planned before this is
 * asked); one open at its end (`began on Thursday`) is under way when it began before.
 */
export function timeStatus(
  start: string | null,
  end: string | null,
  day: string,
): { status: EventStatus; rule: string } | null {
  const from = start && ISO_DAY.test(start) ? start.slice(0, 10) : null;
  const to = end && ISO_DAY.test(end) ? end.slice(0, 10) : null;
  if (from && from > day) return { status: 'planned', rule: 'time-after-publication' };
  if (!from && to && to > day) return { status: 'ongoing', rule: 'time-spans-publication' };
  // A span around the publication day is under way; the day itself, in the past tense, is done.
  if (from && to && to > day) return { status: 'ongoing', rule: 'time-spans-publication' };
  if (from && !end) return { status: 'ongoing', rule: 'time-open-end' };
  return null;
}

/** The status of an event and the cue class that decided it (for `by`). */
export function eventStatus(input: StatusInput): { status: EventStatus; rule: string } {
  // A second predicate (`denied responsibility and accused the army`) keeps its own polarity: a
  // verb of denial before the `and` is the first predicate's.
  const joined = input.before.at(-1) === 'and' || input.before.at(-1) === 'but';
  const s = joined ? { ...input, before: input.before.filter((w) => !DENIALS.has(w)) } : input;
  const near = s.before.slice(-3);
  if (near.some(negative)) return { status: 'denied', rule: 'negation' };
  if (s.before.some((w) => CANCELLED.has(w) || ENDED.has(w)) || s.after.some((w) => CANCELLED.has(w)))
    return { status: 'cancelled', rule: 'cancelled' };
  // A start is weaker than a modal before it (`if the drills begin`, `fears the drills begin`).
  const undatedStart =
    !s.before.some((w) => HYPOTHETICAL.has(w)) && s.timeStart === null && s.timeEnd === null;
  if (runningPresent(s.after, !undatedStart)) return { status: 'ongoing', rule: 'running' };
  if (s.before.some((w) => HYPOTHETICAL.has(w))) return { status: 'hypothetical', rule: 'modal' };
  const prev = s.before.at(-1);
  // `to` marks a plan (`plans to deploy`) unless what governs it goes on (`continued to send`).
  const goingOn = prev === 'to' && s.before.length >= 2 && ONGOING.has(s.before.at(-2)!);
  if (
    s.before.some((w) => PLANNED.has(w)) ||
    (prev === 'to' && !goingOn) ||
    (s.openStart && s.after.some((w) => PLANNED.has(w)))
  )
    return { status: 'planned', rule: 'future' };
  if (
    s.before.some((w) => ONGOING.has(w)) ||
    // `launched a military assault`, `launched an offensive`: a campaign begun, not said to be over.
    (CAMPAIGN_NOUNS.has(s.trigger) && s.before.slice(-3).some((w) => LAUNCHING.has(w))) ||
    (prev !== undefined && BE.has(prev) && s.trigger.endsWith('ing')) ||
    // The passive progressive (`units are being reinforced`, `troops were being moved`).
    (prev === 'being' && s.before.length >= 2 && BE.has(s.before.at(-2)!))
  )
    return { status: 'ongoing', rule: 'progressive' };
  // `Russia has massed 100,000 troops`: the deployment is done and its forces are still there.
  if (s.lasting && s.before.slice(-2).some((w) => w === 'has' || w === 'have'))
    return { status: 'ongoing', rule: 'perfect' };
  const day = s.published?.slice(0, 10);
  const timed = day && timeStatus(s.timeStart, s.timeEnd, day);
  if (timed) return timed;
  // Weaker than a date: the predicate may be another subject's (`soldiers taking part in the drills
  // would go home once the exercise ends on Feb. 20`).
  if (s.predicate === 'future') return { status: 'planned', rule: 'future-predicate' };
  if (s.predicate === 'ends') return { status: 'ongoing', rule: 'ending-predicate' };
  // `troops pouring into Belarus`, `the deployment`: with no date to close it and no past-tense
  // verb telling it as done (`troops arrived`), a state that lasts still holds.
  if (s.lasting && !s.timeStart && !s.timeEnd && !pastVerb(s.trigger))
    return { status: 'ongoing', rule: 'lasting' };
  return { status: 'completed', rule: 'past' };
}
