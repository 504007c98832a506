import type { Stance } from '../../model/mention.ts';
import {
  allLower,
  isCapitalised,
  isNumeric,
  scanWords,
  startsAlnum,
  startsLetter,
  startsLower,
  type Word,
} from '../quantities/words.ts';
import type { Attribution } from './attribution.ts';
import { MAX_CONTENT_TOKENS, MAX_TRAILING_MARKS, MIN_INDIRECT_TOKENS } from './constants.ts';
import { ESTIMATE_VERBS, type QuoteLexicon } from './lexicon.ts';
import {
  ADD_FORMS,
  AUXILIARY_VERBS,
  addedThing,
  asideEnd,
  BE_FORMS,
  COMPLEMENT_PREPS,
  complementHead,
  cueAt,
  cuePrefix,
  INVERTING,
  isPronoun,
  isSettingStart,
  mainSubject,
  NOUN_VERB_CUES,
  namingCall,
  nearerClauseBefore,
  PAST_TENSES,
  phraseBefore,
  type Range,
  RELATIVES,
  rangeSpan,
  receivedCue,
  relativeBeforeCoordinator,
  relativeSource,
  relayName,
  saidIdiom,
  sourceAfter,
  sourceBefore,
  speakerBeforeComma,
  textAfter,
} from './phrases.ts';
import { quotedAs } from './relay.ts';
import { stopStaysInName } from './titles.ts';
import { F_COLON, F_ESTIMATE, F_HINT } from './word-flags.ts';

/**
 * Verbs of stance whose object follows them (`blamed the contractors`): never inverted after a
 * content. (Not `asked`, `urged`: `Why should taxpayers pay, asked Sen. Jane Roe.`)
 */
const OBJECT_FIRST: ReadonlySet<string> = new Set(
  'blamed blames accused accuses criticised criticized criticises criticizes condemned condemns praised praises thanked thanks slammed slams attacked attacks welcomed welcomes rejected rejects called calls told tells'.split(
    ' ',
  ),
);

/**
 * Indirect speech, sentence by sentence, outside direct quotations:
 * - `X said (that) CONTENT` (`Lukashenko said he and Putin had …`), with the setting skipped
 *   (`told reporters on Monday that …`);
 * - `CONTENT, X said.` and `CONTENT, said X.` (postposed);
 * - `according to X, CONTENT` and `CONTENT, according to X`;
 * - `X quoted Y as saying (that) CONTENT`;
 * - `…, which X denies` (the phrase before the comma is what X denies).
 * A content that runs into the next attribution of the sentence stops before it.
 */

const TIME_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently previously'.split(
    ' ',
  ),
);
const OBJECT_CUES: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'telling',
  'asked',
  'asks',
  'warned',
  'warns',
  'assured',
  'reminded',
]);
/** Particles after a cue of warning that belong to the cue (`warned against`, `warns of`). */
const CUE_PARTICLES: ReadonlySet<string> = new Set(['against', 'of', 'about']);
/** Cues of warning among OBJECT_CUES (`warned residents …`, `warned against …`). */
const WARNING_CUES: ReadonlySet<string> = new Set(['warned', 'warns']);
/** Words that end the object of `told`/`asked` and open the content (`that`, question words). */
const OBJECT_ENDS: ReadonlySet<string> = new Set(
  'that how whether why what if who when where which'.split(' '),
);
const WHICH: ReadonlySet<string> = new Set([
  'which',
  'something',
  'a claim',
  'an allegation',
  'a charge',
  'a figure',
]);
/** The last words of the two-word forms of WHICH. */
const WHICH_SECOND: ReadonlySet<string> = new Set(
  [...WHICH].filter((f) => f.includes(' ')).map((f) => f.slice(f.lastIndexOf(' ') + 1)),
);
/** Cues of belief and wish that only report speech with a `that` clause ("believes that …"). */
const THAT_ONLY: ReadonlySet<string> = new Set(
  'believes believed thinks thought feels felt hopes hoped fears feared expects expected knows learned wants wanted want sees show shows showed found finds'.split(
    ' ',
  ),
);
/** Heading labels before a colon that are not speakers ("Update:", "Editor's Note:", "The Latest:"). */
const LABELS: ReadonlySet<string> = new Set(
  'update updated note question answer related latest exclusive watch read video photos photo breaking analysis opinion editor correction clarification excerpt summary explainer timeline map live download disclaimer moreover however additionally plus credit credits ingredients directions claim claims fact facts background context verdict rating takeaway takeaways bottom check factcheck review preview recap podcast quiz'.split(
    ' ',
  ),
);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'also']);
const CLOSERS: ReadonlySet<string> = new Set(['”', '"', '»', '’']);
export const END_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/** `END_PUNCT.has(t)` by the unit's code: a set lookup per word read is a builtin call (exported for a test). */
export function endPunct(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
/** Tokens left at the end of a content cut before the next attribution (`…, and`, `… but`). */
const TRAILING = /^(?:[,;—–]|and|but|or)$/;

interface Found extends Attribution {
  /** Token where this attribution starts, for trimming an earlier content that runs into it. */
  leftEdge: number;
  /** True when the content runs forward from the cue (and may need trimming). */
  forward: boolean;
  contentTokens: [number, number];
  sourceTokens: Range;
  nameTokens: Range;
  /** For forward attributions: true when the speaker opens a clause (sentence start or after a comma). */
  clause?: boolean;
  /** True when `clause` holds only because a new subject follows `and`/`but` (`newSubject`). */
  coordinate?: boolean;
}

/**
 * Verbs after which `this` opens the clause a cue reports (`said this is a rough patch`), not a
 * setting (`said this week`) or an object (`made this statement`).
 */
const THIS_CLAUSE: ReadonlySet<string> = new Set(
  "is isn't isn’t was wasn't wasn’t will won't won’t would could can can't can’t has had may might should must does doesn't doesn’t did means".split(
    ' ',
  ),
);

/** Words of time after which a noun of time makes a setting (`this week`, `last month`, `late Friday`). */
const DEICTIC: ReadonlySet<string> = new Set(['this', 'last', 'late', 'next']);
/** Nouns of time after `this`/`last`/`late` (weekdays and `today` are `TIME_WORDS`). */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  'week weekend month year morning afternoon evening night spring summer fall autumn winter january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** True when `w` is a noun of time or a weekday (`week`, `Friday`). */
/** `year’s`, `week's`: a time noun with a possessive ending. */
function possessiveTime(w: Word | undefined): boolean {
  if (!w || w.lower.length < 4) return false;
  const end = w.lower.length - 2;
  const mark = w.lower.charCodeAt(end);
  return (mark === 39 || mark === 0x2019) && w.lower.endsWith('s') && TIME_NOUNS.has(w.lower.slice(0, end));
}

function timeNoun(w: Word | undefined): boolean {
  return w !== undefined && (TIME_NOUNS.has(w.lower) || TIME_WORDS.has(w.lower));
}

/** Verb forms that show a subject pronoun before them opens a clause (`they pulled`, `it was`). */
function finiteAfter(w: Word | undefined): boolean {
  return w !== undefined && (THIS_CLAUSE.has(w.lower) || /^\p{Ll}+ed$/u.test(w.text));
}

/** Opening quotation marks of a title after a setting (`on CNN’s “State of the Union”`). */
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['“', '"', "'", '‘']);

/** True when the `that` at `t` opens a relative clause of the setting (`in an interview that aired …`). */
function relativeThat(words: readonly Word[], t: number): boolean {
  const v = words[t + 1];
  return (
    v !== undefined && startsLower(v.text) && (/^\p{Ll}{3,}ed$/u.test(v.text) || THIS_CLAUSE.has(v.lower))
  );
}

/** True when token `t` is a subject pronoun before a finite verb, opening a clause (`they pulled`). */
function subjectAt(words: readonly Word[], t: number): boolean {
  const w = words[t]!.lower;
  return (SUBJECT_PRONOUNS.has(w) || w === 'it') && finiteAfter(words[t + 1]);
}

/** Determiners and hedges that open a clause's subject after a setting (`the talks`, `at least 12 people`). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  'the a an his her its their our this these those more over about nearly some around almost roughly'.split(
    ' ',
  ),
);
/** Words that show a noun phrase has ended before any verb (a preposition, another determiner, a mark). */
const NP_BREAKS: ReadonlySet<string> = new Set(
  'the a an his her its their our this these those of in on at for with by from to that which who and or but , ; : . — –'.split(
    ' ',
  ),
);

/**
 * True when a short noun phrase opened by a determiner, a number or a hedge starts at `t` and a
 * finite verb follows within four words (`the talks nearly collapsed`, `40 people died`, `at least
 * 12 people were`): a clause's subject, where a content starts after a setting (`said at one point
 * the talks …`).
 */
function clauseSubjectAt(words: readonly Word[], t: number, hi: number): boolean {
  const w = words[t]!;
  if (w.lower === 'at' && /^(?:least|most)$/.test(words[t + 1]?.lower ?? '')) return true;
  if (!SUBJECT_OPENERS.has(w.lower) && !isNumeric(w)) return false;
  const numeric =
    isNumeric(w) || (HEDGE_OPENERS.has(w.lower) && words[t + 1] !== undefined && isNumeric(words[t + 1]!));
  for (let p = t + 1; p < hi && p <= t + 4; p++) {
    const x = words[p]!;
    if (p > t + 1 && (THIS_CLAUSE.has(x.lower) || FINITE.has(x.lower))) return true;
    // A past tense after a number (`40 people died`), unless a preposition follows it (`12 people
    // killed in …` is a reduced relative clause); after a determiner only an auxiliary shows a
    // clause (`an article published Wednesday` is a noun phrase).
    if (p > t + 1 && numeric && (/^\p{Ll}+ed$/u.test(x.text) || x.lower === 'died'))
      return !PAST_FOLLOWERS.has(words[p + 1]?.lower ?? '');
    if (NP_BREAKS.has(x.lower) || SUBJECT_PRONOUNS.has(x.lower)) return false;
  }
  return false;
}
/** Hedges before a number (`about 40`, `some 300`). */
const HEDGE_OPENERS: ReadonlySet<string> = new Set(
  'more over about nearly some around almost roughly'.split(' '),
);
/** Prepositions after a past participle that make it a reduced relative clause, not a clause's verb. */
const PAST_FOLLOWERS: ReadonlySet<string> = new Set('to by in on at from for with as into'.split(' '));

/** Adverbs of place and time that may follow a participle in a reduced relative clause (`posted online`). */
const SETTING_ADVERBS: ReadonlySet<string> = new Set(
  'online here there earlier today yesterday overnight recently later widely'.split(' '),
);
/** Prepositions opening a setting after a participle (`shared on social media`, `released by police`). */
const SETTING_PREPS: ReadonlySet<string> = new Set('on in at by from over across via during'.split(' '));

/**
 * True when the words from `k` are a setting (an adverb of place or time, or a preposition and at
 * most three words) followed at once by a lower-case past tense (`online showed`, `on Monday
 * appeared`): the words before are a noun and its reduced relative clause, the past tense their verb.
 */
export function settingThenPast(words: readonly Word[], k: number, hi: number): boolean {
  let j = k;
  // (Two settings may follow each other: `posted online on Sunday said …`.)
  for (let n = 0; n < 2; n++) {
    if (j < hi && SETTING_ADVERBS.has(words[j]!.lower)) j++;
    else if (j < hi && SETTING_PREPS.has(words[j]!.lower)) {
      j++;
      const end = Math.min(hi, j + 3);
      // (A subject pronoun opens a clause of its own: `by the government in the cases it cited`.)
      while (
        j < end &&
        startsLetter(words[j]!.text) &&
        !pastTense(words[j]!) &&
        !SETTING_PREPS.has(words[j]!.lower) &&
        !SUBJECT_PRONOUNS.has(words[j]!.lower) &&
        words[j]!.lower !== 'it'
      )
        j++;
    } else if (n === 0) return false;
    if (j < hi && pastTense(words[j]!)) return true;
  }
  return false;
}
/** A lower-case past tense (`showed`, `appeared`, `drew`). */
function pastTense(w: Word): boolean {
  return /^\p{Ll}{2,}ed$/u.test(w.text) || PAST_TENSES.has(w.text);
}

/** First token of forward content after a cue ending at `k`, skipping objects, settings and `that`. */
export function contentStart(words: readonly Word[], k: number, hi: number, cueWord: string): number | null {
  let j = k;
  // `ruled 5-4 that …`, `voted 52-48 that …`: a vote's tally between the cue and `that`.
  if (j + 1 < hi && words[j + 1]!.lower === 'that' && TALLY.test(words[j]!.text)) j++;
  // (`warned against …`, `warns of …`: a particle of the cue, no hearer; `tidy` moves it into the cue.)
  // `told the tale of a man who …`, `tells the story of …`: what was told, no hearer.
  if (TELLING.has(cueWord) && toldStory(words, j, hi)) return j;
  if (OBJECT_CUES.has(cueWord) && !(WARNING_CUES.has(cueWord) && CUE_PARTICLES.has(words[j]?.lower ?? ''))) {
    // "told Fox News anchor Megyn Kelly that …", "asked Clinton on Friday how …": the object and
    // its setting end at `that` or a question word close by.
    let t = j;
    // (Not inside a `whose` clause of the hearer: `told residents whose homes were flooded that …`.)
    let whose = false;
    while (
      t < hi &&
      t < j + 12 &&
      !/^[,;:.!?—–"“”]$/.test(words[t]!.text) &&
      !OBJECT_ENDS.has(words[t]!.lower) &&
      // (An auxiliary first: the clause said has begun, `told a news conference the bank would keep
      // rates high if …`; its `if` is its own.)
      !(t > j && !whose && FINITE.has(words[t]!.lower))
    ) {
      if (words[t]!.lower === 'whose') whose = true;
      t++;
    }
    // `told teachers who packed the lawn that …`: after a noun the hearer is, `who` opens its
    // relative clause when a `that` follows before any mark; the content starts there.
    if (t > j && t < hi && words[t]!.lower === 'who' && TELLING.has(cueWord)) {
      for (let u = t + 2; u < hi && u < t + 16 && !/^[,;:.!?—–"“”]$/.test(words[u]!.text); u++)
        if (words[u]!.lower === 'that') {
          // (`told a young woman who suggested that …`: a `that` of the relative clause's own verb
          // opens that clause's content, not the one told.)
          if (!pastTense(words[u - 1]!) && !PRESENT_SAYING.has(words[u - 1]!.lower)) t = u;
          break;
        }
    }
    // `told Marco Ruiz, 58, that …`, `told reporters, in a statement, that …`, `told Ruiz, who
    // wept, that …`: the hearer's appositive or a setting between commas, then `that` (a `which`
    // or `when` there opens a relative clause of what came before).
    if (t > j && t < hi && words[t]!.text === ',') {
      const relative = words[t + 1]?.lower === 'who' || words[t + 1]?.lower === 'which';
      let u = t + 1;
      while (
        u < hi &&
        u < t + 10 &&
        !/^[,;:.!?—–"“”]$/.test(words[u]!.text) &&
        (relative || !FINITE.has(words[u]!.lower))
      )
        u++;
      if (u > t + 1 && u + 1 < hi && words[u]!.text === ',' && words[u + 1]!.lower === 'that') t = u + 1;
    }
    if (t > j && t < hi && OBJECT_ENDS.has(words[t]!.lower)) j = t;
    // `Employees were told the plant would close`: a passive has no hearer after it.
    else if (!passiveBefore(words, k, cueWord)) {
      // "told reporters", "told Reuters", "told the BBC": an object, then the content. The object
      // ends before a setting (`told reporters outside the court`).
      // (A pronoun in the subject case opens the clause said, no hearer: `'d be reminded I was …`.)
      const obj = SUBJECT_PRONOUNS.has(words[j]?.lower ?? '') ? null : sourceAfter(words, j, hi);
      if (obj) {
        let e = obj.name[1];
        // … and before the content's own subject pronoun (`told reporters he would …`; not after a
        // preposition, `asked about speeches she made`, where the pronoun opens a relative clause).
        const person = !TOPIC_PREPS.has(words[obj.name[0]]!.lower);
        let pronounCut = false;
        for (let p = obj.name[0] + 1; p < e; p++)
          if (person && SUBJECT_PRONOUNS.has(words[p]!.lower)) {
            e = p;
            pronounCut = true;
            break;
          } else if (
            OBJECT_SETTINGS.has(words[p]!.lower) ||
            (person &&
              NEW_NOUN_PHRASE.has(words[p]!.lower) &&
              !TOPIC_PREPS.has(words[p - 1]!.lower) &&
              !DETERMINER_START.has(words[p - 1]!.lower))
          ) {
            e = p;
            break;
          }
        // `warned the dollar would hurt exporters`, `warned the rising dollar would …`: a whole noun
        // phrase right before an auxiliary, or a lone article, opens the clause said; no hearer.
        // (Only a phrase opened by an article: `told Thor he’d have to …` names a hearer.)
        const opener = words[obj.name[0]]!.lower;
        const beforeFinite = e === obj.name[1] && FINITE.has(words[e]?.lower ?? '');
        // (Also a quantified one: `warned some customers could be cut off`.)
        const subject =
          (ARTICLES_ONLY.has(opener) && (e - obj.name[0] === 1 || beforeFinite)) ||
          ((SUBJECT_QUANTIFIERS.has(opener) || COMPOUND_PLURALS.has(opener)) && beforeFinite);
        // `told us engineers were …`, `told reporters officials had …`: a one-word hearer (an object
        // pronoun, a bare plural), then the clause's own subject right before its verb.
        if (
          !subject &&
          beforeFinite &&
          e - obj.name[0] >= 2 &&
          startsLower(words[obj.name[0] + 1]!.text) &&
          // (`us` in lower case: `told US diplomats …` names no pronoun.)
          (OBJECT_PRONOUNS.has(words[obj.name[0]]!.text) ||
            (/^\p{Ll}{3,}s$/u.test(words[obj.name[0]]!.text) && !opener.endsWith('ss')))
        )
          e = obj.name[0] + 1;
        // (A hearer described at more length ends surely at a subject pronoun: `told TheBlaze
        // founder Glenn Beck he would …`.)
        if ((e - obj.name[0] <= 3 || (pronounCut && e - obj.name[0] <= 6)) && !subject) j = e;
      }
    }
    // Only a setting left to the sentence's end (`told reporters outside the court in Nairobi.`):
    // nothing said follows; the content, if any, came before the cue.
    if (j < hi && OBJECT_SETTINGS.has(words[j]!.lower) && !verbBefore(words, j, contentEnd(words, j, hi)))
      return null;
  }
  // `claimed to the outlet.`, `said to Reuters on Monday that …`: a hearer after `to`, not an
  // infinitive; what was said, if anything, follows its `that` within a few words.
  if (j === k && words[j]?.text === 'to' && HEARER_CUES.has(cueWord) && hearerAfterTo(words[j + 1])) {
    let t = j + 1;
    while (t < hi && t < j + 10 && words[t]!.lower !== 'that' && !/^[,;:.!?—–"“”]$/.test(words[t]!.text)) t++;
    if (t < hi && words[t]!.lower === 'that') return t + 1 < hi ? t + 1 : null;
    if (t >= hi || endPunct(words[t]!.text) || words[t]!.text === ';') return null;
  }
  // `added, without giving details, that …`, `said, citing a ministry memo, that …`: an aside set off
  // by commas, then the `that` of the content.
  if (j === k && words[j]?.text === ',') {
    // (An aside of the interview's terms may run longer: `said, speaking on condition of anonymity
    // because the talks are private, that …`.)
    const reach = /^(?:speaking|talking)$/.test(words[j + 1]?.lower ?? '') ? 18 : 10;
    for (let t = j + 2; t < hi && t < j + reach; t++) {
      if (words[t]!.text === ',' && words[t + 1]?.lower === 'that') {
        j = t + 1;
        break;
      }
      if (/^[,;:.!?"“”—–]$/.test(words[t]!.text)) break;
    }
  }
  for (let guard = 0; guard < 3; guard++) {
    const w = words[j];
    if (!w) return null;
    // `said at least 12 civilians were killed`: a hedge on a number, not a setting.
    if (w.lower === 'at' && /^(?:least|most)$/.test(words[j + 1]?.lower ?? '')) break;
    // `said last year’s harvest was poor`: a possessive time noun opens the content's subject.
    if (DEICTIC.has(w.lower) && possessiveTime(words[j + 1])) break;
    if (TIME_WORDS.has(w.lower)) j++;
    // `posted online that …`, `wrote online on Sunday that …`: an adverb of place before a setting
    // or the content's `that`.
    else if (
      w.lower === 'online' &&
      (words[j + 1]?.lower === 'that' ||
        isSettingStart(words[j + 1]) ||
        TIME_WORDS.has(words[j + 1]?.lower ?? ''))
    )
      j++;
    // `said this week that …` is a setting; `said this is a rough patch` reports a clause.
    else if (w.lower === 'this' && THIS_CLAUSE.has(words[j + 1]?.lower ?? '')) break;
    // `said last week there would be …`, `said late Friday the talks …`: a short setting of time.
    else if (DEICTIC.has(w.lower) && timeNoun(words[j + 1])) {
      j += 2;
      if (words[j]?.text === ',') j++;
    } else if (w.lower === 'late' && DEICTIC.has(words[j + 1]?.lower ?? '')) j++;
    else if (
      isSettingStart(w) &&
      (TIME_WORDS.has(words[j + 1]?.lower ?? '') || isCapitalised(words[j + 1] ?? w))
    ) {
      // "on Friday", "on Twitter", "in December": a short setting, then the content.
      j += 2;
      if (words[j]?.text === ',') {
        j++;
        // `wrote on X, formerly Twitter, that …`: an appositive of the setting, then the `that`.
        for (let t = j; t < hi && t < j + 8; t++) {
          if (words[t]!.text === ',' && words[t + 1]?.lower === 'that') {
            j = t + 1;
            break;
          }
          if (/^[;:.!?"“”—–]$/.test(words[t]!.text)) break;
        }
      }
      // `said on CNN’s “State of the Union” that …`: a programme's or a paper's title goes on to `that`.
      else if (words[j] && (QUOTE_OPENERS.has(words[j]!.text) || isCapitalised(words[j]!))) {
        let t = j;
        while (t < hi && t < j + 10 && words[t]!.text !== ',' && words[t]!.lower !== 'that') t++;
        if (words[t]?.lower === 'that' && t < j + 10) j = t;
      }
    } else if (isSettingStart(w)) {
      // "in a video shared by …, " / "on Monday that …": skip to a comma or `that` nearby.
      // `questioned in recent days whether …`: a question word ends it too, and stays in the content.
      let t = j + 1;
      // (A subject after a question word is that clause's: `focused on how the fire had spread`.)
      let wh = false;
      const subjectHere = (at: number) =>
        subjectAt(words, at) || (at > j + 1 && !wh && clauseSubjectAt(words, at, hi));
      while (
        t < hi &&
        t < j + 12 &&
        words[t]!.text !== ',' &&
        !(words[t]!.lower === 'that' && !relativeThat(words, t)) &&
        words[t]!.lower !== 'whether' &&
        // (Not the setting's own noun phrase, right after its preposition.)
        !subjectHere(t)
      ) {
        // (Or after a relative pronoun: `said on Tuesday, after which the active phase will …`.)
        if (WH_OPENERS.has(words[t]!.lower) || RELATIVES.has(words[t]!.lower)) wh = true;
        t++;
      }
      // `said in a statement Thursday night they pulled …`, `said at one point the plant was
      // safe`: the content's own subject ends the setting.
      if (t < hi && t < j + 12 && subjectHere(t)) {
        j = t;
        break;
      }
      if (t >= hi || t >= j + 12) {
        // `called on the council to …`, `agreed on a duty to …`: `on` right after the cue with no
        // clause after it is the cue's particle (moved into the cue later), not a setting.
        if (j === k && w.lower === 'on' && clauseAfterOn(words, j, hi)) return j;
        return null;
      }
      j = words[t]!.lower === 'whether' ? t : t + 1;
    } else break;
  }
  // `said only that …`: a focus word before `that` is no part of what was said.
  if (words[j]?.lower === 'only' && words[j + 1]?.lower === 'that') j++;
  if (words[j]?.lower === 'that' || words[j]?.text === ':' || words[j]?.text === ',') j++;
  // `…, the government said on Thursday, as rescuers searched …`: a clause after a comma that opens
  // with a subordinator is the report's circumstance, not what was said; a reporting participle
  // there (`…, adding that …`) is a cue of its own, read by the participle rule.
  const opener = words[j]?.lower ?? '';
  if (
    j > k &&
    words[j - 1]!.text === ',' &&
    (AFTER_COMMA.has(opener) ||
      SPEAKING_PARTICIPLES.has(opener) ||
      FINITE_SAYING.has(opener) ||
      relativeTime(words, j))
  )
    return null;
  // `…, the senator said in a statement, which was released on Friday`: a relative clause after the
  // cue's setting tells of the setting's noun, not what was said.
  // (Or a reduced one: `said in its annual report, released on Wednesday`.)
  if (
    j > k + 1 &&
    words[j - 1]!.text === ',' &&
    (SETTING_RELATIVES.has(opener) || settingParticiple(opener)) &&
    isSettingStart(words[k])
  ) {
    // (`said in a statement, released on Wednesday, that the border would reopen`: the content
    // follows the clause's closing comma and `that`.)
    for (let t = j + 1; t < hi && t < j + MAX_SETTING_CLAUSE; t++) {
      const x = words[t]!.text;
      if (x === ',' && words[t + 1]?.lower === 'that' && t + 2 < hi) return t + 2;
      if (x === ';' || endPunct(x)) break;
    }
    return null;
  }
  j = skipConnective(words, j);
  // `said, however, that …`
  if (words[j]?.lower === 'that' && words[j - 1]?.text === ',') j++;
  // A dash or a full stop right after the cue: nothing said follows ("…, X said on Thursday — the …").
  if (j < hi && /^[—–.;]$/.test(words[j]!.text)) return null;
  return j < hi ? j : null;
}

/** True when a token ends with a possessive `’s`, `'s` or `s’` (`Braun’s`, `officials'`). */
function endsPossessive(t: string): boolean {
  const n = t.length;
  const last = t.charCodeAt(n - 1);
  if (n > 2 && (last === 115 || last === 83)) {
    const mark = t.charCodeAt(n - 2);
    return mark === 39 || mark === 0x2019;
  }
  return n > 1 && (last === 39 || last === 0x2019) && t.charCodeAt(n - 2) === 115;
}

/**
 * Verbs of saying whose `to` names the hearer (`claimed to the outlet`, `complained to CBS that …`);
 * not those whose `to` names what they answer or point at (`responded to`, `referring to`,
 * `apologized to X for …`).
 */
const HEARER_CUES: ReadonlySet<string> = new Set(
  'said says say claimed claims claim explained explains complained complains confirmed confirms acknowledged acknowledges acknowledging confided conceded shouted wrote writes insisted insists declared boasted argued stated lamented joked whispered suggested'.split(
    ' ',
  ),
);

/** Words that open a hearer after a cue's `to` (`to the outlet`, `to him`, `to reporters`). */
const HEARER_OPENERS: ReadonlySet<string> = new Set(
  'the a an his her their its our him them us me reporters journalists lawmakers supporters'.split(' '),
);

/** True when `w`, after a cue and `to`, opens a hearer: a determiner, an object pronoun or a name. */
function hearerAfterTo(w: Word | undefined): boolean {
  return w !== undefined && (HEARER_OPENERS.has(w.lower) || isCapitalised(w));
}

/**
 * True when the words after an `on` at `j` report a clause: a question word right after it (`focused
 * on how …`) or an infinitive within five words (`called on the council to drop …`), before a comma.
 */
function clauseAfterOn(words: readonly Word[], j: number, hi: number): boolean {
  const first = words[j + 1]?.lower ?? '';
  if (first === 'how' || first === 'whether' || first === 'why' || first === 'what') return true;
  for (let t = j + 2; t < hi && t <= j + 6; t++) {
    const w = words[t]!;
    if (/^[,;:.!?—–"“”]$/.test(w.text)) return false;
    if (w.lower === 'to' && t + 1 < hi && allLower(words[t + 1]!.text, 3)) return true;
  }
  return false;
}

/** Subject pronouns: one after the object of `told` opens the content (`told reporters he …`). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** True when the cue word ending at `k` follows a form of `be` (over two adverbs): `were told`, `I'm told`. */
function passiveBefore(words: readonly Word[], k: number, cueWord: string): boolean {
  if (k < 2 || cueWord !== 'told' || words[k - 1]!.lower !== cueWord) return false;
  for (let b = k - 2, n = 0; b >= 0 && n < 3; b--, n++) {
    const w = words[b]!.lower;
    if (BE_FORMS.has(w) || /['’](?:m|re)$/.test(w)) return true;
    if (!w.endsWith('ly') && w !== 'also' && w !== 'now' && w !== 'later' && w !== 'repeatedly') return false;
  }
  return false;
}

/** Quantifiers that open a clause's subject, not a hearer, before its verb (`warned some customers could …`). */
const SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set(
  'some many most all several few no any both'.split(' '),
);
/** Plurals that modify a noun, no hearer (`warned sales figures would …`, `arms sales`). */
const COMPOUND_PLURALS: ReadonlySet<string> = new Set(
  'sales arms savings earnings goods news sports operations communications'.split(' '),
);
/** Object pronouns that are a whole hearer (`told us …`). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['us', 'me', 'him', 'them']);
/** Determiners that open the content's subject after a hearer (`told reporters the plan was final`). */
const NEW_NOUN_PHRASE: ReadonlySet<string> = new Set(
  'the a an their his its our this these those'.split(' '),
);
/** Prepositions that open the topic after `asked` (`asked about …`), not a person addressed. */
const TOPIC_PREPS: ReadonlySet<string> = new Set(['about', 'on', 'of', 'for', 'over', 'with']);

/** Prepositions that open a setting after the object of `told`/`asked` (`outside the court`). */
const OBJECT_SETTINGS: ReadonlySet<string> = new Set(
  'outside inside in at on after during before near following ahead'.split(' '),
);

/** True when a finite verb or an `-ed` word stands in words [from, to). */
function verbBefore(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k]!.lower;
    if (FINITE.has(w) || (w.endsWith('ed') && /^\p{Ll}{3,}ed$/u.test(w))) return true;
  }
  return false;
}

/** Words opening a clause that, after a cue and a comma, tells the report's circumstance. */
const AFTER_COMMA: ReadonlySet<string> = new Set(
  // (`according`: `…, an opening bid was rejected, according to reports in Italy` is another
  // attribution's cue, read by its own rule.)
  'as while when after before because since although though amid despite with whereas even according'.split(
    ' ',
  ),
);

/** Relative pronouns that, after a cue's setting and a comma, tell of the setting (`in a statement, which …`). */
const SETTING_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'where']);
/** Most words of a setting's relative clause read for the `, that` after it. */
const MAX_SETTING_CLAUSE = 16;
/** Past participles that tell of a setting's document or broadcast (`…, released on Friday`), besides those in `-ed`. */
const SETTING_PARTICIPLE_WORDS: ReadonlySet<string> = new Set(
  'seen written given made sent shown drawn taken held broadcast put read cast'.split(' '),
);
/** A lower-case past participle (`released`, `published`, `seen`) opening a reduced relative clause. */
function settingParticiple(lower: string): boolean {
  return (lower.length > 4 && lower.endsWith('ed')) || SETTING_PARTICIPLE_WORDS.has(lower);
}

/**
 * Finite reporting verbs that, after a comma, are the main clause's own verb (`Farmers in the
 * Netherlands, where the virus was found in October, say …`): no content of the cue before starts there.
 */
const FINITE_SAYING: ReadonlySet<string> = new Set(
  'say says said claim claims warn warns argue argues insist insists believe believes'.split(' '),
);

/** Reporting participles that open a cue of their own after a comma (`…, adding that …`). */
const SPEAKING_PARTICIPLES: ReadonlySet<string> = new Set(
  'adding saying noting stressing warning insisting citing claiming arguing explaining telling urging calling describing accusing denying writing tweeting putting blaming vowing pledging acknowledging admitting conceding predicting suggesting asserting criticising criticizing condemning praising'.split(
    ' ',
  ),
);

/** Words of an amount of time before `after`/`before` (`a day after`, `hours before`). */
const SPANS_OF_TIME: ReadonlySet<string> = new Set(
  'a an one two three several few hours days weeks months minutes moments shortly soon just day week month hour'.split(
    ' ',
  ),
);

/** True when `a day after …`, `hours before …` starts at `j`: a time relative to another event. */
function relativeTime(words: readonly Word[], j: number): boolean {
  for (let t = j; t < j + 3 && t < words.length; t++) {
    const w = words[t]!.lower;
    if ((w === 'after' || w === 'before') && t > j) return true;
    if (!SPANS_OF_TIME.has(w)) return false;
  }
  return false;
}

/** Discourse adverbs that open a sentence but are not part of what was said (`However, …`). */
const CONNECTIVES: ReadonlySet<string> = new Set(
  'however still meanwhile indeed moreover nonetheless nevertheless also instead overall now'.split(' '),
);

/** The token after a leading connective and its comma (`However, X` → `X`), else `j`. */
function skipConnective(words: readonly Word[], j: number): number {
  return CONNECTIVES.has(words[j]?.lower ?? '') && words[j + 1]?.text === ',' ? j + 2 : j;
}

/** The last index before sentence-final punctuation (and a closing mark after it). */
export function contentEnd(words: readonly Word[], lo: number, hi: number): number {
  let e = hi;
  const floor = Math.max(lo, hi - MAX_TRAILING_MARKS);
  while (e > floor && (endPunct(words[e - 1]!.text) || words[e - 1]!.text === ')')) e--;
  return e;
}

/** Words that open a writer's comment after a postposed attribution (`…, the company said, the latest sign …`). */
const COMMENT_OPENERS: ReadonlySet<string> = new Set(
  'a an the another its his her their this in amid as'.split(' '),
);
/** Words that open a relative or complement clause inside a writer's comment (`the latest sign that …`). */
const COMMENT_CLAUSE: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  ',',
]);
/**
 * True when a finite verb follows the phrase opening at `s` within a few words, before any word
 * opening a clause inside it: `the troops will come home` is a clause; `the latest sign that … is`,
 * `a decision that will …` are noun phrases.
 */
function clauseOpens(words: readonly Word[], s: number, hi: number): boolean {
  for (let k = s + 1; k < hi && k <= s + 6; k++) {
    const w = words[k]!.lower;
    if (COMMENT_CLAUSE.has(w)) return false;
    if (FINITE.has(w)) return true;
  }
  return false;
}
/** True when the sentence opens with a subordinate clause that runs, with no comma, to the comma at `comma`. */
function frontedSubordinate(words: readonly Word[], comma: number): boolean {
  if (comma > MAX_FRONTED_CLAUSE || !SUBORDINATORS.has(words[0]?.lower ?? '')) return false;
  for (let k = 1; k < comma; k++) if (words[k]!.text === ',') return false;
  return true;
}
/** Conjunctions that, after a comma, open a clause outside a forward content (`…, but …`). */
const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(
  'but because however although though whereas despite even yet so while unless'.split(' '),
);
/** Sentence openers of a fronted subordinate clause (`While Trump said X, Clinton …`). */
const SUBORDINATORS: ReadonlySet<string> = new Set(
  'among when while if although though as because since after before despite unlike once until whereas'.split(
    ' ',
  ),
);

/** Words that open a fronted setting of time or place (`On Nov. 15`, `Later in the day`, `In 1998`). */
const SETTING_OPENERS: ReadonlySet<string> = new Set(
  'on in at by during after before since until within over for from earlier later yesterday today tonight tomorrow'.split(
    ' ',
  ),
);
/** Words that make a setting of a unit of time after them (`last week`, `this month`). */
const RELATIVE_TIME: ReadonlySet<string> = new Set(['last', 'this', 'next', 'that', 'early', 'late']);
const TIME_UNITS: ReadonlySet<string> = new Set(
  'week weekend month year morning afternoon evening night spring summer fall autumn winter decade century time'.split(
    ' ',
  ),
);
/** Auxiliaries and common past tenses: finite verbs that make a clause of the words they stand in. */
const FINITE_WORDS: ReadonlySet<string> = new Set(
  'is are was were has have had will would can could should may might must do does did be been am rose fell grew said made took gave came went saw held kept left won lost ran began became'.split(
    ' ',
  ),
);

/**
 * True when the words `[s, e)` before a postposed speaker are a fronted setting with no clause of
 * their own, not a content: `On Nov. 15, 2019, the ambassador testified`, `Later in the day, X
 * testified`, and a short subordinate clause alone (`As the charges were unsealed, X testified`).
 * A setting holds no comma of its own after which a clause goes on, and no finite verb.
 */
export function frontedSetting(words: readonly Word[], s: number, e: number): boolean {
  const first = words[s]!.lower;
  const subordinate =
    SUBORDINATORS.has(first) && first !== 'among' && first !== 'despite' && first !== 'unlike';
  // (`Last week, X said`: `last`, `this` and `next` open a setting only before a unit of time.)
  const timeUnit = RELATIVE_TIME.has(first) && TIME_UNITS.has(words[s + 1]?.lower ?? '');
  if (!subordinate && !timeUnit && !SETTING_OPENERS.has(first)) return false;
  // (A long one may go on into its main clause with no comma: `After Trump took possession of the
  // jet in 2011 he made a number of changes, records show`.)
  if (subordinate && e - s > 10) return false;
  for (let j = s + 1; j < e; j++) {
    const w = words[j]!;
    // (A comma inside: `In the end, the deal collapsed, X said` holds a clause after it.)
    if (w.text === ',' && !(j + 1 < e && /^\d/.test(words[j + 1]!.text))) return false;
    if (!subordinate && (FINITE_WORDS.has(w.lower) || /^\p{Ll}{3,}ed$/u.test(w.text))) return false;
  }
  return true;
}

/** Words that open the object or setting of a verb (`raised its dividend`, `cut 200 jobs`). */
const DEED_OBJECT_OPENERS: ReadonlySet<string> = new Set(
  'its their his her our the a an to by on in for from with'.split(' '),
);
/** Whether word `j` of a content is a finite verb: an auxiliary, a past tense, or `-ed` after a noun. */
function finiteAt(words: readonly Word[], j: number): boolean {
  const w = words[j]!;
  if (FINITE_WORDS.has(w.lower)) return true;
  if (!/^\p{Ll}{3,}ed$/u.test(w.text)) return false;
  // (`a planned buyback`, `the revised forecast`: a participle after a determiner is an adjective.)
  const prev = words[j - 1]!;
  // (After a closing mark: `“browsed the Internet,” lingered in …` goes on with a list of deeds.)
  if (prev.text === '”' || prev.text === '"') return true;
  return startsLower(prev.text) && !DEED_OBJECT_OPENERS.has(prev.lower) && !/(?:ly|ed)$/.test(prev.lower);
}
/**
 * Verbs in `-ed` after `and` that go on with the report, not with a deed: words said (`and called
 * on leaders “…”`, whose quotation would lose its speaker) and verbs of seeming (`and seemed to
 * blame the network`).
 */
const GOES_ON_REPORTING: ReadonlySet<string> = new Set(
  'seemed appeared called added noted warned urged accused praised criticized criticised blamed vowed pledged promised argued insisted claimed stated declared explained suggested asked demanded described dismissed rejected denied denounced condemned welcomed hailed questioned thanked congratulated'.split(
    ' ',
  ),
);
/** Whether words from `k` are a verb in `-ed` and the opener of its object (`raised its dividend`). */
function nextDeed(words: readonly Word[], k: number): boolean {
  const v = words[k];
  const o = words[k + 1];
  return (
    v !== undefined &&
    o !== undefined &&
    /^\p{Ll}{3,}ed$/u.test(v.text) &&
    !GOES_ON_REPORTING.has(v.lower) &&
    (DEED_OBJECT_OPENERS.has(o.lower) || /^\d/.test(o.text))
  );
}

/**
 * Where a forward content starting at `start` ends, given the sentence end `end` and the cue at
 * `cue`: at a comma before a conjunction that opens another clause (`…, but …`; `and` is kept, it
 * often joins two things said, and `, but that …` goes on), or, when the cue sits in a fronted
 * subordinate clause (`While Trump said X, Clinton …`; not `When asked, Trump said X`), at the
 * first comma. Commas inside quotation marks do not count.
 */
export function clauseEnd(words: readonly Word[], start: number, sentenceEnd: number, cue: number): number {
  const end = Math.min(sentenceEnd, start + MAX_CONTENT_TOKENS);
  let fronted = SUBORDINATORS.has(words[0]?.lower ?? '') && isCapitalised(words[0]!);
  // (Its comma read within `MAX_FRONTED_CLAUSE` words: a clause longer than that is not read as
  // fronted, and a sentence of many cues is not read from its start for each one.)
  let k = 1;
  for (; fronted && k < cue; k++) {
    if (words[k]!.text === ',' || k > MAX_FRONTED_CLAUSE) fronted = false;
  }
  // Words read for the fronted clause, for the hostile-input tests' work count (the content's own
  // scan is bounded by MAX_CONTENT_TOKENS, and counting it made the doubling test flaky: its reads
  // grow until a sentence reaches that bound; this one was not bounded, once).
  CLAUSE_WORK.words += k;
  // `Kamau, who denied the charges, will appeal`: a cue in a relative clause set off by commas ends
  // its content at the closing comma.
  // (`The rebels, who Congo and U.N. experts say are backed by Rwanda, deny …`: up to eight words back.)
  for (let k = cue - 1; k >= Math.max(1, cue - 8) && !fronted; k--) {
    const w = words[k]!.lower;
    if ((w === 'who' || w === 'which' || w === 'where') && words[k - 1]!.text === ',') fronted = true;
    else if (w === ',' || w === 'that') break;
  }
  let quoted = false;
  // Whether a finite verb has been read in the content: before one, the content is a noun phrase.
  let finite = false;
  for (let j = start; j < end; j++) {
    const t = words[j]!.text;
    // Where a content cut at this word ends: a comma ends it before itself; a comma inside a
    // closing quotation mark (`accused Russia of “cynical obstruction,” while …`) after the mark.
    let cut = -1;
    if (!finite && j > 0 && finiteAt(words, j)) finite = true;
    // `The company announced a share buyback, the largest in its history, and raised its dividend`:
    // a noun phrase reported, then `and` and a verb in the past with its object, is the subject's
    // next deed, not more of what was announced.
    if (!finite && !quoted && t === 'and' && j > start + 1 && nextDeed(words, j + 1)) {
      return words[j - 1]!.text === ',' ? j - 1 : j;
    }
    if (t === '“') quoted = true;
    else if (t === '”' || t === '"') {
      const closes = t === '”' || quoted;
      quoted = t === '"' ? !quoted : false;
      if (closes && j - 1 > start && words[j - 1]!.text === ',') cut = j + 1;
    } else if (
      !quoted &&
      j > start &&
      (t === 'and' || t === 'but') &&
      SPEAKING_PARTICIPLES.has(words[j + 1]?.lower ?? '')
    )
      // `saying A and accusing B`: the second participle is a cue of its own.
      return words[j - 1]!.text === ',' ? j - 1 : j;
    // `had expected rates to stay on hold; markets now price in …`: a semicolon outside quotation
    // marks ends the clause reported (the next clause is the writer's).
    else if (!quoted && t === ';' && j > start + 1) return j;
    else if (!quoted && t === ',' && j > start) cut = j;
    if (cut < 0) continue;
    if (fronted) return cut;
    const next = words[j + 1];
    if (next && CLAUSE_BREAKERS.has(next.lower) && words[j + 2]?.lower !== 'that') return cut;
    // `…, with spokesman Dmitry Peskov telling reporters that …`: another speaker's clause.
    if (next?.lower === 'with' && withSpeaker(words, j + 2, end)) return cut;
    // `The office said 12 civilians were killed, citing field reports`: a reporting participle
    // after the comma is a cue of its own (the participle rule reads it), not what was said.
    if (next && SPEAKING_PARTICIPLES.has(next.lower)) return cut;
    // `…, a day after a report that …`: when it was said, not what.
    if (next && relativeTime(words, j + 1)) return cut;
    // `Kagame, whom critics accuse of crushing dissent, rejected …`: the comma closing a relative
    // clause before its subject's verb ends a content inside the clause.
    if (
      next &&
      startsLower(next.text) &&
      !CLAUSE_OPENERS.has(next.lower) &&
      relativeSubject(words, cut > j ? j - 1 : j)
    )
      return cut;
    // `…, in a joint statement`, `…, in an interview with Le Monde`: where it was said, not what.
    if (next && (next.lower === 'in' || next.lower === 'during') && trailingSetting(words, j + 2, end))
      return cut;
    // `…, in the latest blow to the government`, `…, a fresh sign of strain`: the writer's
    // comment on the news, not what was said.
    if (next && writerComment(words, j + 1, end, start)) return cut;
    // `…, a claim that could not be verified`, `…, a figure Kyiv disputes`: the report judged,
    // not reported.
    if (
      (next?.lower === 'a' || next?.lower === 'an') &&
      CLAIM_NOUNS.has(words[j + 2]?.lower ?? '') &&
      words[j + 3] !== undefined &&
      (words[j + 3]!.lower === 'that' ||
        words[j + 3]!.lower === 'which' ||
        isCapitalised(words[j + 3]!) ||
        // `…, a figure the rebels dispute`, `…, a count its rivals rejected as …`
        CLAIMANT_DETERMINERS.has(words[j + 3]!.lower) ||
        // `…, a claim analysts greeted with caution`: a bare plural and its past tense
        (/^\p{Ll}+s$/u.test(words[j + 3]!.text) &&
          words[j + 4] !== undefined &&
          /^\p{Ll}{3,}ed$/u.test(words[j + 4]!.text)) ||
        // `…, a claim denied by the army`
        (words[j + 4]?.lower === 'by' && /^\p{Ll}+ed$/u.test(words[j + 3]!.text))) &&
      // (Unless the content resumes after the appositive: `said the draw, a result that …, was fair`.)
      !appositiveResumes(words, j + 3, end)
    )
      return cut;
  }
  return end;
}

/** Nouns of a writer's comment on the news (`the latest blow`, `a fresh sign`, `another setback`). */
const COMMENT_NOUNS: ReadonlySet<string> = new Set(
  'blow blows setback setbacks sign signs signal twist escalation reversal rebuke snub embarrassment'.split(
    ' ',
  ),
);
/** Participles before a comment's noun (`dealing a blow`, `delivering a rebuke`). */
const COMMENT_PARTICIPLES: ReadonlySet<string> = new Set(['dealing', 'delivering', 'handing']);
/** Articles that open a writer's comment. */
const COMMENT_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'another']);

/**
 * True when words from `k` are a writer's comment on the news after a comma: `in` perhaps, an
 * article, at most two modifiers and a noun of COMMENT_NOUNS (`in the latest blow to …`, `a fresh
 * sign of …`, `another setback for …`), and the sentence does not resume after it.
 */
function writerComment(words: readonly Word[], k: number, end: number, start: number): boolean {
  let p = k;
  // (`…, dealing a blow to the governor`: the participle of a comment's noun.)
  if (words[p]?.lower === 'in' || COMMENT_PARTICIPLES.has(words[p]?.lower ?? '')) p++;
  if (!COMMENT_ARTICLES.has(words[p]?.lower ?? '')) return false;
  p++;
  // `…, the latest in a string of layoffs`: the news placed in a series.
  if (words[p]?.lower === 'latest' && words[p + 1]?.lower === 'in' && words[k]!.lower === 'the')
    return !appositiveResumes(words, p + 2, end) && !resumesThat(words, p + 2, end);
  for (let m = 0; m < 3 && p < end; m++, p++) {
    const w = words[p]!;
    if (COMMENT_NOUNS.has(w.lower))
      return (
        !appositiveResumes(words, p + 1, end) &&
        !echoed(words, w.lower, start, k) &&
        !resumesThat(words, p + 1, end)
      );
    if (!startsLower(w.text)) return false;
  }
  return false;
}

/** Words read back for a noun an appositive repeats. */
const ECHO_WINDOW = 12;

/**
 * True when `noun` stands in the content `[start, k)` just before (ECHO_WINDOW words): an
 * appositive that repeats it restates the speaker's words (`the talks were a sign of progress, a
 * sign that both sides wanted a deal`).
 */
function echoed(words: readonly Word[], noun: string, start: number, k: number): boolean {
  for (let t = Math.max(start, k - ECHO_WINDOW); t < k; t++) if (words[t]!.lower === noun) return true;
  return false;
}

/** True when `, and that` or `, but that` follows within 25 words of `from`: the reported content resumes. */
function resumesThat(words: readonly Word[], from: number, end: number): boolean {
  for (let t = from; t < end - 2 && t < from + 25; t++)
    if (
      words[t]!.text === ',' &&
      (words[t + 1]!.lower === 'and' || words[t + 1]!.lower === 'but') &&
      words[t + 2]!.lower === 'that'
    )
      return true;
  return false;
}

/**
 * True when a speaker of at most `CO_SUBJECT_WORDS` words opens a clause of its own after `and` or
 * `but` (`X said A, and she accused B`, `… and other leaders said …`, `… but the senator has vowed
 * to …`): its attribution ends the content before it instead of being read as part of it.
 */
function newSubject(words: readonly Word[], src: Range, content: number): boolean {
  const prev = words[src[0] - 1]?.lower;
  return (
    (prev === 'and' || prev === 'but') &&
    src[1] - src[0] <= CO_SUBJECT_WORDS &&
    // `how experts say …` is a clause of the content, not a speaker.
    !WH_OPENERS.has(words[src[0]]!.lower) &&
    // `the letter Mike wrote was “kind”`: a clause that goes on with a verb is a relative one.
    !AUXILIARY_VERBS.has(words[content]?.lower ?? '')
  );
}

/**
 * True when a short speaker follows an object relative pronoun (`…, which the probe said were
 * covered up`, `a story in which Democratic sources said …`): that attribution is one of its own,
 * not part of the content around it. (A subject relative, `23 percent who said`, was measured too:
 * PolNeAR train +0.0001 source, content lower, and on real pages it cut subjects such as `the
 * number of young people who have reported using meth was …`.)
 */
function relativeSpeaker(words: readonly Word[], src: Range): boolean {
  const prev = words[src[0] - 1]?.lower;
  return (prev === 'which' || prev === 'whom') && src[1] - src[0] <= CO_SUBJECT_WORDS;
}

/** Prepositions before an object relative pronoun (`in which`, `of whom`). */
const RELATIVE_PREPS: ReadonlySet<string> = new Set('in of to for on at by with from about'.split(' '));

/** Longest speaker (in words) that `newSubject` takes as a new clause's subject. */
const CO_SUBJECT_WORDS = 4;
/** Fewest words left to the content before a new subject's `and` (`said his focus groups and other research show`). */
const CO_MIN_FIRST = 4;
const WH_OPENERS: ReadonlySet<string> = new Set('how what why where when whether if'.split(' '));

/** Determiners opening the claimant after a claim noun (`a figure the rebels dispute`). */
const CLAIMANT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'his',
  'her',
  'their',
  'some',
  'many',
]);
/** Nouns of a report that, after a comma and an article, judge the content before them. */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(
  // (And nouns that sum up the report as a deed: `…, a move that Canada's prime minister called …`.)
  'claim claims assertion allegation accusation charge figure number estimate account version statement tally toll count characterisation characterization description move decision step result outcome development setback blow boost victory defeat rebuke reversal'.split(
    ' ',
  ),
);

/** True when a comma and a finite verb within 25 words resume a content after an appositive. */
function appositiveResumes(words: readonly Word[], from: number, end: number): boolean {
  for (let t = from; t < end - 1 && t < from + 25; t++)
    if (words[t]!.text === ',' && FINITE.has(words[t + 1]!.lower)) return true;
  return false;
}

/** Nouns of the occasion or medium of a report (`in a statement`, `during a news conference`). */
const OCCASION_NOUNS: ReadonlySet<string> = new Set(
  'statement statements interview interviews speech remarks post posts tweet tweets video letter email message op-ed briefing conference address broadcast podcast filing testimony appearance'.split(
    ' ',
  ),
);

/**
 * True when the words from `k` are a determiner (or a possessive) and up to three modifiers before an
 * occasion noun (`a joint statement`, `an interview`, `his weekly address`, `remarks`), read within
 * five words and before `end`.
 */
function trailingSetting(words: readonly Word[], k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 5; j++) {
    const w = words[j]!;
    if (OCCASION_NOUNS.has(w.lower)) return settingRunsOn(words, j + 1, end);
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(w.text)) return false;
  }
  return false;
}

/** Most words read after an occasion noun for the end of its phrase. */
const SETTING_TAIL = 24;

/**
 * True when the setting phrase goes on from `k` to the content's end, or to a comma before a
 * reporting participle (`…, in an interview, adding …`); a comma before other words makes it a
 * parenthesis inside the content (`the city, in its statement of accounts, had lost money`).
 */
function settingRunsOn(words: readonly Word[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) {
    if (j >= k + SETTING_TAIL) return false;
    if (words[j]!.text === ',') return SPEAKING_PARTICIPLES.has(words[j + 1]?.lower ?? '');
  }
  return true;
}

/** True when a cue of speech (no stance `other` or `believed`) starts among words `[a, b)`. */
function speechBetween(words: readonly Word[], a: number, b: number, lex: QuoteLexicon): boolean {
  for (let j = a; j < b; j++) {
    const cue = cueAt(words, j, b, lex);
    if (cue && !cue.quoteOnly && cue.stance !== 'other' && cue.stance !== 'believed') return true;
  }
  return false;
}

/** Last words of a request for anonymity (`asked not to be identified`, `on condition of anonymity`). */
const ANONYMOUS_ENDS: ReadonlySet<string> = new Set(['named', 'identified', 'anonymity', 'quoted']);

/** True when words `[a, b)` end with a request for anonymity (`who asked not to be identified`). */
function anonymityBetween(words: readonly Word[], a: number, b: number): boolean {
  if (b - a < 2 || !ANONYMOUS_ENDS.has(words[b - 1]!.lower)) return false;
  for (let j = a; j < b; j++) if (words[j]!.lower === 'not' || words[j]!.lower === 'condition') return true;
  return false;
}

/** Quantifiers floating after a relative pronoun (`who all said`). */
const FLOATING: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/** Latest word of a sentence at which `relativeSubject` reads the comma before a relative pronoun. */
const MAX_RELATIVE_SUBJECT_AT = 24;
/** Most words a relative clause set off by commas spans for `relativeSubject`. */
const MAX_RELATIVE_WORDS = 24;

/**
 * The subject of the verb after comma `comma` when that comma closes a relative clause set off by
 * commas (`The M23 rebels, who the UN says are backed by Rwanda, deny …`): the noun phrase opening
 * the sentence up to the comma before the relative pronoun, or null. No other comma or quotation
 * mark inside the clause, at most `MAX_RELATIVE_WORDS` words.
 */
export function relativeSubject(words: readonly Word[], comma: number): { whole: Range; name: Range } | null {
  let r = comma - 1;
  while (r > 0 && comma - r <= MAX_RELATIVE_WORDS) {
    const t = words[r]!.text;
    if (t === ',' || t === '"' || t === '“' || t === '”' || t === ';') break;
    r--;
  }
  // (The noun phrase opens the sentence: a relative pronoun read far from its start has none, and
  // `mainSubject`'s read from the start stays bounded.)
  if (
    r < 1 ||
    r > MAX_RELATIVE_SUBJECT_AT ||
    words[r]!.text !== ',' ||
    !RELATIVES.has(words[r + 1]?.lower ?? '')
  )
    return null;
  const subject = mainSubject(words, r);
  return subject && subject.whole[1] === r ? subject : null;
}

/** True when a speaking participle follows within a short phrase from `k` (`with X telling …`). */
function withSpeaker(words: readonly Word[], k: number, end: number): boolean {
  for (let j = k + 1; j < Math.min(end, k + 7); j++) {
    const w = words[j]!;
    if (SPEAKING_PARTICIPLES.has(w.lower)) return true;
    if (w.text === ',' || w.text === ';') return false;
  }
  return false;
}

/** True when a relative or interrogative pronoun stands within `n` words before word `c` (`which X estimates`). */
function relativeBefore(words: readonly Word[], c: number, n: number): boolean {
  for (let k = c - 1; k >= 0 && k >= c - n; k--) {
    const l = words[k]!.lower;
    if (l === 'which' || l === 'that' || l === 'what' || l === 'who' || l === 'whom') return true;
    if (/^[.;:!?]$/.test(words[k]!.text)) return false;
  }
  return false;
}
/** Modals that follow a noun subject, never a verb of saying (`claims could`, `reports would`). */
const MODALS_AFTER: ReadonlySet<string> = new Set(
  "could would can will may might should must cannot couldn’t couldn't wouldn’t wouldn't".split(' '),
);

/** Present forms of verbs of saying and thinking before a `that` (`who says that …`). */
const PRESENT_SAYING: ReadonlySet<string> = new Set(
  'say says think thinks believe believes know knows argue argues claim claims hope hopes fear fears suggest suggests insist insists'.split(
    ' ',
  ),
);
/** Nouns of a narrative told (`the story of`, `a tale of`). */
const STORY_NOUNS: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales', 'history', 'account']);
/** True when a determiner, at most one modifier and a noun of narrative then `of` open at `k` (`the harrowing tale of`). */
function toldStory(words: readonly Word[], k: number, hi: number): boolean {
  const d = words[k]?.lower;
  if (d !== 'the' && d !== 'a' && d !== 'his' && d !== 'her' && d !== 'their' && d !== 'its') return false;
  for (let j = k + 1; j < hi && j <= k + 2; j++)
    if (STORY_NOUNS.has(words[j]!.lower)) return words[j + 1]?.lower === 'of';
  return false;
}

/** A vote's tally written as one token (`5-4`, `52–48`). */
const TALLY = /^\d{1,3}[-–]\d{1,3}$/;

/** Hedges between `at` and the figure of an estimate. */
const ESTIMATE_HEDGES: ReadonlySet<string> = new Set(
  'about around roughly some nearly almost more less than over under least up to between as many much'.split(
    ' ',
  ),
);

/** The `at` of an estimate object (`the figure … at more than 23,000`) within 12 tokens of `k`, or -1. */
function estimateAt(words: readonly Word[], k: number, hi: number): number {
  // (An object opened by a determiner, or any noun phrase: `puts Russian losses at …`; not the
  // object of an idiom, `put pressure on the champions at 2-0`.)
  if (k >= hi || !startsAlnum(words[k]!.text)) return -1;
  const head = DETERMINER_START.has(words[k]!.lower) ? words[k + 1] : words[k];
  if (head && PUT_IDIOMS.has(head.lower)) return -1;
  for (let j = k + 1; j < hi && j < k + 12; j++) {
    const w = words[j]!;
    // `puts Russian losses far higher, at nearly 700,000`: a comparison's comma goes on.
    if (w.text === ',' && COMPARATIVES.has(words[j - 1]!.lower)) continue;
    if (/^[,;:.—–]$/.test(w.text)) return -1;
    if (w.lower !== 'at') continue;
    let n = j + 1;
    while (n < hi && n < j + 4 && ESTIMATE_HEDGES.has(words[n]!.lower)) n++;
    const f = words[n];
    return f && (isNumeric(f) || /^[$€£]$/.test(f.text)) ? j : -1;
  }
  return -1;
}
/** Objects of `put` in idioms, not estimates (`put pressure on`, `put an end to`). */
const PUT_IDIOMS: ReadonlySet<string> = new Set(
  'pressure emphasis focus stress blame end stop faith trust effort weight money forward together'.split(' '),
);
/** Comparatives an estimate may set its figure against before its `at` (`far higher, at …`). */
const COMPARATIVES: ReadonlySet<string> = new Set(['higher', 'lower', 'more', 'less', 'fewer']);
const DETERMINER_START: ReadonlySet<string> = new Set(
  'the a an its their his her our this that these those'.split(' '),
);

/** A noun phrase ending before `end`, for `…, which X denies`: back over words, `of` and determiners. */
function npBefore(words: readonly Word[], end: number, lo: number): number {
  let s = end;
  while (s > lo && s > end - 12) {
    const w = words[s - 1]!;
    if (!startsAlnum(w.text) && w.text !== '’' && w.text !== "'") break;
    // The phrase ends after its verb (`the union had prevented forced layoffs, which …` → `forced
    // layoffs`): an auxiliary, or a past tense right after one.
    if (FINITE.has(w.lower)) break;
    if (
      w.text.endsWith('ed') &&
      /^\p{Ll}{3,}ed$/u.test(w.text) &&
      s - 2 >= lo &&
      FINITE.has(words[s - 2]!.lower)
    )
      break;
    s--;
    if (w.lower === 'the' || w.lower === 'a' || w.lower === 'an') break;
    if (
      /^(?:of|about|over)$/.test(w.lower) &&
      s < end - 1 &&
      s > lo &&
      /(?:ed|s)$/.test(words[s - 1]!.lower) &&
      !isCapitalised(words[s - 1]!)
    )
      break;
  }
  // Do not start on a preposition.
  while (s < end && /^(?:of|about|over)$/.test(words[s]!.lower)) s++;
  return s;
}

/**
 * True when words `[s, e)` read as a clause, not a noun phrase: an auxiliary, or a lower-case word
 * in `-ed` after the first (`Ukraine had shelled the town`, `the army shelled it`; not `of a
 * possible invasion`).
 */
function clauseLike(words: readonly Word[], s: number, e: number): boolean {
  for (let k = s; k < e && k < s + MAX_CONTENT_TOKENS; k++) {
    const w = words[k]!;
    if (FINITE.has(w.lower) || (k > s && w.text.endsWith('ed') && startsLower(w.text))) return true;
  }
  return false;
}

/**
 * Participles of putting out one's own text (`a readout released by the White House`): the one
 * after `by` speaks. (Carrying, airing or publishing another's text relays it: `a report carried by
 * KCNA`, read by the relay rules.)
 */
const ISSUERS: ReadonlySet<string> = new Set(['released', 'issued', 'shared', 'posted']);

/** Words that open a new clause after a comma: the source phrase ends before them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and but or while whereas as so though although because since yet then if when'.split(' '),
);
/**
 * Words `clauseEnd` has read and attributions the nesting pass has read (summed over all calls): the
 * quote stage adds them to its work counter.
 */
export const CLAUSE_WORK = { words: 0 };
/** Longest subordinate clause opening a sentence that `clauseEnd` reads for its comma, in words. */
const MAX_FRONTED_CLAUSE = 40;
/** Articles that are no phrase by themselves. */
export const ARTICLES_ONLY: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Finite verbs and auxiliaries: a clause, not a mere setting, lies in a range holding one. */
const FINITE: ReadonlySet<string> = new Set([...AUXILIARY_VERBS, 'do']);
/** Most words of the source of `As reported by X,`. */
const MAX_AS_REPORTED = 12;

/** True when `reported` at `c` follows a sentence-opening `As` and at most one adverb (`As first reported by`). */
/**
 * The end of a content `[start, end)` before a signature closing it (`…, officials said`): the last
 * comma, when at most six words follow it and the last or the one before is a cue.
 */
function beforeSignature(words: readonly Word[], start: number, end: number, lex: QuoteLexicon): number {
  for (let j = end - 1; j > start && end - j <= 7; j--) {
    if (words[j]!.text !== ',') continue;
    for (let k = Math.max(j + 1, end - 2); k < end; k++) if (cueAt(words, k, end, lex)) return j;
    return end;
  }
  return end;
}

/** Words opening a setting after the source of `As reported by X` (`on Monday`, `last week`). */
const AS_REPORTED_SETTINGS: ReadonlySet<string> = new Set(
  'on in at last this earlier late early during yesterday today overnight'.split(' '),
);

function asReportedOpens(words: readonly Word[], c: number): boolean {
  if (c === 1) return words[0]!.text === 'As';
  return (
    c === 2 && words[0]!.text === 'As' && /^(?:first|previously|earlier|originally)$/.test(words[1]!.lower)
  );
}

/** Longest source phrase after `according to`, in tokens. */
const MAX_ACCORDING_SOURCE = 30;

/**
 * The end of the phrase starting at `k`: the first comma (or, with `overCommas`, the sentence end
 * `hi`), a clause mark, or `MAX_ACCORDING_SOURCE` tokens; trailing commas are left out.
 */
function phraseEnd(words: readonly Word[], k: number, hi: number, overCommas: boolean): number {
  let e = k;
  let depth = 0;
  while (e < hi && e < k + MAX_ACCORDING_SOURCE) {
    const t = words[e]!.text;
    if (t === '(') depth++;
    else if (t === ')') {
      // A parenthesis opened before the phrase closes it.
      if (depth === 0) break;
      depth--;
    } else if (
      depth === 0 &&
      (/^(?:[;:—–]|-|--)$/.test(t) ||
        (t === ',' &&
          (!overCommas ||
            CLAUSE_OPENERS.has(words[e + 1]?.lower ?? '') ||
            AUXILIARY_VERBS.has(words[e + 1]?.lower ?? '') ||
            relativeSaying(words, e + 1, hi))))
    )
      break;
    e++;
  }
  while (e > k && words[e - 1]!.text === ',') e--;
  return e;
}

/**
 * True when a relative pronoun at `k` opens a clause of saying (`who said …`, `who has also said`):
 * an attribution of its own after a source, not part of it.
 */
function relativeSaying(words: readonly Word[], k: number, hi: number): boolean {
  const w = words[k];
  if (!w || (w.lower !== 'who' && w.lower !== 'which')) return false;
  for (let j = k + 1; j < hi && j <= k + 3; j++) if (RELATIVE_SAYING.has(words[j]!.lower)) return true;
  return false;
}
const RELATIVE_SAYING: ReadonlySet<string> = new Set(
  'said says told tells added adds warned wrote noted stressed insisted argued claimed explained confirmed'.split(
    ' ',
  ),
);

/** Words after an aside's closing comma that go on with the aside or open another clause, not the main verb. */
const NOT_MAIN_VERB: ReadonlySet<string> = new Set(
  'and or but nor which who whom whose that where when while as if because though although the a an this these those his her its their our my your in on at of for to from with by about after before during since under over into than then so not also even'.split(
    ' ',
  ),
);

/**
 * The end of an aside opened by a participle after the subject's comma (`The senator, calling the bill
 * “reckless,” voted …`): its first comma (a closing mark after it included) followed by a lower-case
 * word that can be the subject's verb; `end` when none is before it.
 */
function asideClose(words: readonly Word[], start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    if (words[k]!.text !== ',') continue;
    const close = CLOSERS.has(words[k + 1]!.text) ? k + 2 : k;
    const next = words[close === k ? k + 1 : close];
    if (!next || close >= end) return end;
    if (/^\p{Ll}+$/u.test(next.text) && !NOT_MAIN_VERB.has(next.lower)) return close;
    return end;
  }
  return end;
}

/** The phrase after `according to` as a source when no name opens it: at least one word of letters. */
function phraseSource(words: readonly Word[], k: number, end: number): { whole: Range; name: Range } | null {
  const e = phraseEnd(words, k, end, false);
  if (e <= k || !/^\p{L}/u.test(words[k]!.text)) return null;
  return { whole: [k, e], name: [k, e] };
}

/**
 * Offsets the indirect rules do not read: inside direct quotations and on their cue words (`ranges`
 * sorted by start, made once per document by the stage). A class, not a closure made per document:
 * a call site compiled for one closure deoptimised at the next document's (V8's "wrong call target").
 */
export class Blocked {
  /** The first range that may still hold an offset asked about (asked in text order, ranges ending before it are passed). */
  private cursor = 0;
  constructor(private readonly ranges: readonly (readonly [number, number])[]) {}

  /** True when `at` lies inside one of the ranges. */
  has(at: number): boolean {
    const ranges = this.ranges;
    let cursor = this.cursor;
    while (cursor < ranges.length && ranges[cursor]![1] <= at) cursor++;
    this.cursor = cursor;
    for (let k = cursor; k < ranges.length && ranges[k]![0] <= at; k++) if (at < ranges[k]![1]) return true;
    return false;
  }
}

/** The state of one sentence's indirect rules that the cue rules read and move: the end of the last postposed attribution. */
interface SentenceState {
  lastEnd: number;
}

/**
 * The attribution of the cue at word `c` of a sentence, if any (its source before or after it, its
 * content), pushed to `found`. Returns the word the search goes on after (`c` when none was made).
 * (A function of its own, not part of `findIndirect`'s loop: V8 compiles and re-optimises each
 * apart.)
 */
function cueAttribution(
  words: readonly Word[],
  c: number,
  hi: number,
  lex: QuoteLexicon,
  skip: Blocked,
  flag: number | undefined,
  found: Found[],
  state: SentenceState,
): number {
  const w = words[c]!;
  const cue = cueAt(words, c, hi, lex, flag);
  // `continued`, `went on` report speech only beside a quotation: "the drills continued" is not a cue.
  if (!cue || cue.quoteOnly) return c;
  // `easier said than done`, `after all is said and done`: a set phrase.
  if (saidIdiom(words, cue.next)) return c;
  // `A group calling itself BlackTide claimed …`: a name given, no words said.
  if (namingCall(words, c, cue.next)) return c;
  // `Neither side's battlefield claims could be verified`, `Reports could not be confirmed`: a
  // form that is a noun too, right before a modal, is the clause's subject, no verb.
  // (`which the Tax Foundation estimates would cost …`: after a relative pronoun the verb's object
  // is the gap before the modal.)
  if (
    NOUN_VERB_CUES.has(w.lower) &&
    cue.next === c + 1 &&
    MODALS_AFTER.has(words[c + 1]?.lower ?? '') &&
    !relativeBefore(words, c, 6)
  )
    return c;
  // `…, adding nearly 200 tankers to a blacklist, diplomats said`: a thing added, no words (read
  // here, before its content takes the signature after it).
  if (ADD_FORMS.has(w.lower) && addedThing(textAfter(words, cue.next, hi, 24))) return c;
  const stance: Stance = cue.stance;
  const needsThat = THAT_ONLY.has(w.lower) && words[cue.next]?.lower !== 'that';
  // "…, saying (that) CONTENT": the subject of the sentence speaks.
  // (`… as “dangerous,” saying …`: the comma inside a quotation's closing mark.)
  const comma =
    c > 2 && words[c - 1]!.text === ','
      ? c - 1
      : c > 3 && CLOSERS.has(words[c - 1]!.text) && words[c - 2]!.text === ','
        ? c - 2
        : -1;
  if (comma > 0 && /ing$/.test(w.lower)) {
    const subject = speakerBeforeComma(words, comma, lex) ?? mainSubject(words, comma);
    const start = contentStart(words, cue.next, hi, w.lower);
    if (subject && start !== null && !skip.has(words[start]!.start)) {
      let end = clauseEnd(words, start, contentEnd(words, start, hi), c);
      // `The senator, calling the bill “reckless,” voted against it`: a participle's aside between
      // the subject and its verb ends at its closing comma.
      if (subject.whole[1] === comma) end = asideClose(words, start, end);
      if (end - start >= MIN_INDIRECT_TOKENS) {
        found.push(
          make(
            words,
            [start, end],
            [c, cue.next],
            stance,
            subject.name,
            subject.name,
            null,
            'indirect/participle',
            c,
            true,
          ),
        );
        return end - 1;
      }
    }
  }
  // `Vos brushed off questions about …`: a cue a verb of receiving takes as its object is no
  // stance of that verb's subject (the general rule reads its agent after `from`).
  if (receivedCue(words, c)) return c;
  let before = sourceBefore(words, c, 0);
  // `Footage posted online showed …`, `Photos shared on social media appeared to show …`: a past
  // participle right after its noun, a setting, then the clause's own past tense: a reduced
  // relative clause, not a cue of that noun.
  if (
    before &&
    before.whole[1] === c &&
    /^\p{Ll}{2,}ed$/u.test(w.text) &&
    settingThenPast(words, cue.next, hi)
  )
    return c;
  // `The company, which analysts say is losing money, denied the report`: after a relative
  // clause set off by commas, the cue's subject is the noun phrase before it.
  // (Only where the rules below read no speaker before the cue: a relative clause holding a
  // cue of its own, `which analysts say …`, stops them.)
  if (comma > 0 && comma === c - 1 && startsLower(w.text) && !/ing$/.test(w.lower) && before === null) {
    let subject = relativeSubject(words, comma);
    // (A clause holding a cue of speech: `which analysts say …`, `whom critics accuse of …`.)
    if (
      subject &&
      !speechBetween(words, subject.whole[1] + 2, comma, lex) &&
      !anonymityBetween(words, subject.whole[1] + 2, comma)
    )
      subject = null;
    const start = subject ? contentStart(words, cue.next, hi, w.lower) : null;
    if (subject && start !== null && !skip.has(words[start]!.start)) {
      const end = clauseEnd(words, start, contentEnd(words, start, hi), c);
      // (Two words are enough here: `deny targeting civilians`, `denied the report`.)
      if (end - start >= 2) {
        found.push(
          make(
            words,
            [start, end],
            [c, cue.next],
            stance,
            // (The source is the whole phrase, its relative clause and comma included, as
            // attribution corpora mark it; the name is the noun phrase.)
            [subject.whole[0], comma + 1],
            subject.name,
            null,
            'indirect/speaker-cue',
            subject.whole[0],
            true,
          ),
        );
        return c;
      }
    }
  }
  // `refused to answer questions`: a lower-case word right after `to` is a verb, not a speaker.
  if (
    before &&
    before.whole[0] > 0 &&
    words[before.whole[0] - 1]!.lower === 'to' &&
    startsLower(words[before.whole[0]]!.text)
  )
    before = null;
  // (`The ministers, who all said …`: a floating quantifier after a relative pronoun is no speaker.)
  if (
    before &&
    before.whole[1] - before.whole[0] === 1 &&
    FLOATING.has(words[before.whole[0]]!.lower) &&
    before.whole[0] > 0 &&
    RELATIVES.has(words[before.whole[0] - 1]!.lower)
  )
    before = relativeSource(words, before.whole[0]) ?? before;
  if (!before) {
    // `Smith, who has long said …`: the relative pronoun, over auxiliaries and adverbs.
    let k = c - 1;
    while (k > 0 && cuePrefix(words[k]!)) k--;
    before = relativeSource(words, k);
  }
  // `more complicated than McKinley suggests`: a comparison with what was said reports nothing of
  // its own (what follows is another clause).
  if (before && before.whole[0] > 0 && words[before.whole[0] - 1]!.lower === 'than') return c;
  // "X said A, but cautioned that B" / "X denies A and says B": the speaker of the last cue.
  let coordinated = !before && c > 0 && COORDINATORS.has(words[c - 1]!.lower);
  // `Boudreaux, who runs a bait shop and said he would stay`: a cue coordinated inside a relative
  // clause is its antecedent's (not the sentence's subject, nor the last cue's speaker).
  const relative = coordinated ? relativeBeforeCoordinator(words, c - 1) : null;
  // (`The police arrived and the mayor came out and said …`: a nearer coordinated clause's subject.)
  const nearer = coordinated && !relative ? nearerClauseBefore(words, c - 1) : null;
  if (relative) before = relative;
  else if (nearer) before = nearer;
  else if (coordinated && found.length > 0 && found[found.length - 1]!.source !== null) {
    const prev = found[found.length - 1]!;
    before = { whole: prev.sourceTokens, name: prev.nameTokens };
  } else if (coordinated) {
    // "Reid caucused in Nevada and says he voted": the subject opening the sentence.
    const subject = mainSubject(words, c);
    if (subject && (isCapitalised(words[0]!) || isPronoun(words, subject.name))) before = subject;
    else coordinated = false;
  }
  // `returning Braun’s calls, the source said`: a cue right after a possessive is a noun
  // (`Trump’s claims that …`); after a comma, or with nothing after it, it reports nothing.
  if (
    before &&
    !coordinated &&
    before.whole[1] === c &&
    endsPossessive(words[c - 1]!.text) &&
    (cue.next >= hi || words[cue.next]!.text === ',' || endPunct(words[cue.next]!.text))
  )
    return c;
  let forwardStart = before && !needsThat ? contentStart(words, cue.next, hi, w.lower) : null;
  // `Vanta will idle its plant, the company said on Friday, the latest sign that …`: after a
  // speaker set between commas behind a clause said, a noun phrase or a preposition past the
  // cue's comma is the writer's comment (`…, the company said, would rise` resumes the clause).
  if (
    forwardStart !== null &&
    before &&
    before.whole[0] > 0 &&
    words[before.whole[0] - 1]!.text === ',' &&
    words[forwardStart - 1]?.text === ',' &&
    COMMENT_OPENERS.has(words[forwardStart]!.lower) &&
    // (Only after a clause: `During his years in office, Mr. Obama said, a majority …` resumes.)
    clauseLike(words, Math.max(0, before.whole[0] - 1 - MAX_CONTENT_TOKENS), before.whole[0] - 1) &&
    // (Nor after a fronted subordinate clause: `After the storm passed, residents said, the
    // streets were flooded` resumes the sentence said.)
    !frontedSubordinate(words, before.whole[0] - 1) &&
    // (Nor a clause of its own: `…, the president said, the troops will come home`.)
    !clauseOpens(words, forwardStart, hi)
  )
    forwardStart = null;
  // `The vote was close, as Ms Reyes noted, but the result stands`: a postposed `as` report set
  // off by commas reports the clause before it; the clause after its coordinator is the writer's.
  if (
    forwardStart !== null &&
    before &&
    before.whole[0] > 1 &&
    words[before.whole[0] - 1]!.lower === 'as' &&
    words[before.whole[0] - 2]!.text === ',' &&
    words[forwardStart - 1]?.text === ',' &&
    /^(?:but|and|yet|so|while|though|although)$/.test(words[forwardStart]!.lower)
  )
    forwardStart = null;
  const hasForward =
    forwardStart !== null && contentEnd(words, forwardStart, hi) - forwardStart >= MIN_INDIRECT_TOKENS;
  // …, which Moscow denies / a figure Minsk disputes
  // (`a figure the rebels dispute`: the phrase read before the cue may hold the claim noun; the
  // speaker is the rest.)
  if (
    before &&
    !hasForward &&
    !coordinated &&
    before.whole[1] - before.whole[0] > 2 &&
    before.name[0] === before.whole[0] &&
    WHICH_SECOND.has(words[before.whole[0] + 1]!.lower) &&
    WHICH.has(`${words[before.whole[0]]!.lower} ${words[before.whole[0] + 1]!.lower}`)
  ) {
    const rest: Range = [before.whole[0] + 2, before.whole[1]];
    before = { whole: rest, name: rest };
  }
  if (before && before.whole[0] > 0 && !hasForward && !coordinated) {
    const intro = words[before.whole[0] - 1]!.lower;
    // (The two-word form is built only when its second word ends one: `a claim`, `a figure`.)
    const intro2 =
      before.whole[0] > 1 && WHICH_SECOND.has(intro) ? `${words[before.whole[0] - 2]!.lower} ${intro}` : '';
    if (WHICH.has(intro) || WHICH.has(intro2)) {
      const introAt = WHICH.has(intro) ? before.whole[0] - 1 : before.whole[0] - 2;
      const comma = introAt - 1;
      if (comma > 0 && (words[comma]!.text === ',' || words[comma]!.text === '—')) {
        let s = npBefore(words, comma, 0);
        // `The army said 40 rebels were killed, a figure the rebels dispute`: with no noun phrase
        // after the clause's verb, a claim noun takes up the clause reported just before it.
        // A denial, or a claim noun, after a clause reported just before it is about that clause:
        // `Russia said Ukraine had shelled the town, which Kyiv denied` (the claim, not the town;
        // `…, which Moscow condemned` may be about the last noun phrase).
        // (A forward content may still run past the comma here; it is cut at this one's left edge.)
        const prev = found[found.length - 1];
        if (
          prev &&
          prev.contentTokens[0] < s &&
          (((stance === 'denied' || introAt === before.whole[0] - 2) &&
            prev.forward &&
            prev.contentTokens[1] >= comma &&
            clauseLike(words, prev.contentTokens[0], comma)) ||
            (comma - s < 2 && introAt === before.whole[0] - 2 && prev.contentTokens[1] === comma))
        )
          s = prev.contentTokens[0];
        if (comma - s >= 2) {
          found.push(
            make(
              words,
              [s, comma],
              [c, cue.next],
              stance,
              before.whole,
              before.name,
              null,
              'indirect/which',
              comma,
              false,
            ),
          );
          return c;
        }
      }
    }
  }
  if (before) {
    const start = forwardStart;
    // `has been confirmed by the governments`: a passive agent, not what was said (`said that by
    // refusing …, they …` reports a clause).
    if (
      start !== null &&
      !CLOSERS.has(words[start]!.text) &&
      (words[start]!.lower !== 'by' || words[start - 1]?.lower === 'that')
    ) {
      const end = clauseEnd(words, start, contentEnd(words, start, hi), c);
      if (end - start >= MIN_INDIRECT_TOKENS && !skip.has(words[start]!.start)) {
        const rule = coordinated ? 'indirect/coordinated' : 'indirect/speaker-cue';
        const edge = coordinated ? c : before.whole[0];
        found.push(
          make(words, [start, end], [c, cue.next], stance, before.whole, before.name, null, rule, edge, true),
        );
        if (coordinated) found[found.length - 1]!.clause = true;
        else {
          const last = found[found.length - 1]!;
          last.clause = before.whole[0] === 0 || /^[,;:—–]$/.test(words[before.whole[0] - 1]!.text);
          if (!last.clause && newSubject(words, before.whole, start)) last.clause = last.coordinate = true;
          // `…, compared with 23 percent who said …`, `…, which the probe said were …`: a relative
          // clause's attribution inside a content is one of its own.
          else if (!last.clause && relativeSpeaker(words, before.whole)) {
            last.clause = last.coordinate = true;
            // (The outer content ends before the relative pronoun and its preposition: `a story in which`.)
            const rel = before.whole[0] - 1;
            last.leftEdge = RELATIVE_PREPS.has(words[rel - 1]?.lower ?? '') ? rel - 1 : rel;
          }
        }
        if (!coordinated) {
          const head = parentheticalHead(words, before.whole[0], cue.next, start, state.lastEnd, found);
          if (head)
            found.push(
              make(words, head, [c, cue.next], stance, before.whole, before.name, null, rule, head[0], false),
            );
        }
        return c;
      }
    }
    // Postposed: CONTENT, X said.
    let comma = before.whole[0] - 1;
    // (`…, as David Dayen noted in The Intercept.`: `as` between the comma and the speaker.)
    // (Not a view: `…, as it sees fit`.)
    if (
      comma > 1 &&
      words[comma]!.lower === 'as' &&
      words[comma - 1]!.text === ',' &&
      stance !== 'believed' &&
      stance !== 'other'
    )
      comma--;
    // `… would be “proportionate and open,” BelTA reported`: a quoted fragment ends the content;
    // a whole direct quotation there was read by the direct rule, which blocks its cue.
    // A closing mark is one token, or two apostrophes (`famous in ''The Long Road,'' Mr. Hale noted`).
    const marks =
      comma > 2 && words[comma]!.text === "'" && words[comma - 1]!.text === "'"
        ? 2
        : comma > 1 && CLOSERS.has(words[comma]!.text)
          ? 1
          : 0;
    const fragment = marks > 0 && words[comma - marks]!.text === ',';
    if (fragment) comma -= marks;
    // A `who`/`which` source whose cue reports a clause of its own (`…, which showed she was
    // fit`): that clause is the content, not the words before the source.
    if (
      !coordinated &&
      before.whole[1] - before.whole[0] === 1 &&
      (words[before.whole[0]]!.lower === 'who' || words[before.whole[0]]!.lower === 'which') &&
      clauseFollows(words, c, cue.next, hi)
    ) {
      const s1 = cue.next;
      const end = clauseEnd(words, s1, contentEnd(words, s1, hi), c);
      if (end - s1 >= MIN_INDIRECT_TOKENS && !skip.has(words[s1]!.start)) {
        found.push(
          make(
            words,
            [s1, end],
            [c, cue.next],
            stance,
            before.whole,
            before.name,
            null,
            'indirect/relative',
            before.whole[0],
            true,
          ),
        );
        found[found.length - 1]!.clause = true;
        return c;
      }
    }
    // `…, a claim denied by the army`: the agent after `by` holds the stance on the claim.
    const agent =
      before.whole[1] - before.whole[0] === 2 &&
      before.whole[1] === c &&
      (words[before.whole[0]]!.lower === 'a' || words[before.whole[0]]!.lower === 'an') &&
      CLAIM_NOUNS.has(words[before.whole[0] + 1]!.lower) &&
      words[cue.next]?.lower === 'by'
        ? sourceAfter(words, cue.next + 1, hi)
        : null;
    if (
      !coordinated &&
      comma >= MIN_INDIRECT_TOKENS &&
      words[comma]!.text === ',' &&
      (fragment || !CLOSERS.has(words[comma - 1]!.text)) &&
      // (A relative pronoun is no postposed speaker: `…,” said Ross, who argued the case`.)
      !(before.whole[1] - before.whole[0] === 1 && RELATIVES.has(words[before.whole[0]]!.lower)) &&
      // Words before a speaker are a postposed content only when the cue reports nothing of its
      // own after it (`…, X said.`), or keeps the old reading for a reason (`ppKeep`).
      !(clauseFollows(words, c, cue.next, hi) && !ppKeep(words, before.whole, cue.next))
    ) {
      const from = Math.min(comma, state.lastEnd);
      // (A claim judged is the content of the report it follows, when one ends at the comma:
      // `X said that A, a claim denied by Y` → A.)
      const prior = agent ? found[found.length - 1] : undefined;
      const s0 =
        prior && prior.contentTokens[1] === comma && prior.contentTokens[0] >= from
          ? prior.contentTokens[0]
          : skipLead(words, from, comma);
      if (comma - s0 >= MIN_INDIRECT_TOKENS && (fragment || !frontedSetting(words, s0, comma))) {
        found.push(
          make(
            words,
            [s0, fragment ? comma + 1 + marks : comma],
            [c, cue.next],
            stance,
            agent ? agent.whole : before.whole,
            agent ? agent.name : before.name,
            null,
            'indirect/postposed',
            fragment ? comma + 1 + marks : comma,
            false,
          ),
        );
        state.lastEnd = cue.next;
      }
    }
    return c;
  }
  // Postposed, inverted: CONTENT, said X.
  if (
    c > MIN_INDIRECT_TOKENS &&
    words[c - 1]!.text === ',' &&
    !CLOSERS.has(words[c - 2]!.text) &&
    stance !== 'other' &&
    stance !== 'believed' &&
    // (`The minister, pressed on the delay, blamed the contractors`: a verb that takes its hearer
    // or target as object has no inverted speaker after it.)
    !OBJECT_FIRST.has(w.lower) &&
    // (`The company, which analysts say is losing money, denied it`: the verb of the subject
    // before a relative clause, which the general rule reads; no inverted speaker after it.)
    !(startsLower(w.text) && !INVERTING.has(w.lower) && relativeSubject(words, c - 1))
  ) {
    const src = sourceAfter(words, cue.next, hi);
    // `…, said Michael Hanlon, a senior fellow at the Brookings Institution.`: an appositive
    // runs to the sentence's end and belongs to the source.
    if (src) src.whole = appositiveToSentenceEnd(words, src.whole, hi, lex);
    // `…, said a spokeswoman for the airline.`, `…, said an aide to the president`: the
    // complement of a speaker phrase runs on to a mark or a closing setting.
    // (`said Jane Roe of the union`: a name stays the name; the phrase is the source.)
    if (src && src.whole[1] === src.name[1] && complementHead(words[src.name[1] - 1]!)) {
      const e = complementEnd(words, src.whole[1], hi, lex);
      if (e > src.whole[1]) {
        src.whole = [src.whole[0], e];
        if (!isCapitalised(words[src.name[1] - 1]!)) src.name = src.whole;
      }
    }
    // The source ends the sentence, or a reporting participle follows it (`, said X, adding …`).
    const ends =
      src !== null &&
      (contentEnd(words, src.whole[1], hi) === src.whole[1] ||
        (words[src.whole[1]]?.text === ',' &&
          (SPEAKING_PARTICIPLES.has(words[src.whole[1] + 1]?.lower ?? '') ||
            // (`…, said Ross, who argued the case.`: a relative clause about the speaker.)
            RELATIVES.has(words[src.whole[1] + 1]?.lower ?? ''))) ||
        settingToEnd(words, src.whole[1], hi));
    if (src && ends) {
      const s0 = skipLead(words, Math.min(state.lastEnd, c - 1), c - 1);
      if (c - 1 - s0 >= MIN_INDIRECT_TOKENS) {
        found.push(
          make(
            words,
            [s0, c - 1],
            [c, cue.next],
            stance,
            src.whole,
            src.name,
            null,
            'indirect/postposed-inverted',
            c - 1,
            false,
          ),
        );
        state.lastEnd = src.whole[1];
      }
    }
  }
  return c;
}

/** Indirect attributions of one sentence `[ss, se)`; `skip.has(offset)` is true inside direct quotations and their cues. */
export function findIndirect(
  text: string,
  ss: number,
  se: number,
  lex: QuoteLexicon,
  skip: Blocked,
  scanned?: readonly Word[],
  flags?: Uint8Array,
): Attribution[] {
  if (!scanned && !lex.cueHint.test(text.slice(ss, se))) return [];
  const words = scanned ?? scanWords(text, ss, se);
  const hi = words.length;
  const found: Found[] = [];
  // End of the last postposed attribution: a later postposed content starts after it.
  const state: SentenceState = { lastEnd: 0 };
  // `Asked whether he would run, Rubio said …`: a fronted `Asked` clause is a question put to the
  // subject, an attribution of its own (cue `Asked`, no source, the clause as content); it is not
  // what the main clause's speaker said.
  const askedAt = hi > 0 && !skip.has(words[0]!.start) ? askedClause(words, hi) : null;
  if (askedAt) {
    const { end: asked, from, by } = askedAt;
    found.push({
      content: rangeSpan(words, [from, asked]),
      contentTokens: [from, asked],
      direct: false,
      cue: rangeSpan(words, [0, 1]),
      stance: 'other',
      source: by ? rangeSpan(words, by) : null,
      sourceName: by ? rangeSpan(words, by) : null,
      via: null,
      rule: 'indirect/asked',
      pronoun: false,
      leftEdge: 0,
      forward: false,
      sourceTokens: by ?? [0, 0],
      nameTokens: by ?? [0, 0],
    });
    state.lastEnd = asked + 1;
  }
  for (let c = 0; c < hi; c++) {
    const w = words[c]!;
    // A word that opens nothing read below (no hint flag, which the first words of cues, the
    // estimate verbs, `according`, `quoted` and `cited` have, and no colon) is passed over first:
    // most words are.
    // (The colon has a flag of its own: no string comparison per word.)
    if (flags && (flags[c]! & (F_HINT | F_COLON)) === 0) continue;
    if (skip.has(w.start)) continue;
    // according to X, CONTENT / CONTENT, according to X
    if (w.lower === 'according' && words[c + 1]?.lower === 'to') {
      const end = contentEnd(words, c, hi);
      // `according to early returns`, `according to polling by …`: a phrase whose first words are
      // no name (an adverb, a gerund) is still the source; `according to` names one whatever it is.
      const src = sourceAfter(words, c + 2, hi) ?? phraseSource(words, c + 2, end);
      if (!src) continue;
      // The source is the whole phrase after `to`: `a recent poll by RealClearPolitics`, `officials
      // familiar with the talks`; up to the comma before a content that follows it, else (content
      // before it) to the end of the sentence, appositives included.
      const first = phraseEnd(words, c + 2, end, false);
      let content: [number, number] | null = null;
      let whole: Range = [c + 2, first];
      if (words[first]?.text === ',' && first + 1 < end && (c === 0 || words[c - 1]!.text !== ',')) {
        // (`According to Jane Roe, a spokeswoman for the airline, …`: an aside is the source's.)
        const aside = asideEnd(words, first, end);
        if (aside > 0) whole = [c + 2, aside];
        content = [skipConnective(words, (aside > 0 ? aside : first) + 1), end];
      } else if (c > 0 && words[c - 1]!.text === ',') {
        content = [0, c - 1];
        whole = [c + 2, phraseEnd(words, c + 2, end, true)];
      }
      if (!content || content[1] - content[0] < MIN_INDIRECT_TOKENS) continue;
      src.whole = whole;
      // `according to a readout released by the White House`: the text is the medium; the one who
      // released it speaks.
      const by = src.name[1];
      if (by + 2 < whole[1] && ISSUERS.has(words[by]!.lower) && words[by + 1]!.lower === 'by') {
        const issuer = sourceAfter(words, by + 2, whole[1]);
        if (issuer) src.name = issuer.name;
      }
      const after = whole[1];
      found.push(
        make(
          words,
          content,
          [c, c + 2],
          'said',
          src.whole,
          src.name,
          null,
          'indirect/according-to',
          c,
          content[0] > c,
        ),
      );
      c = content[0] > c ? content[0] - 1 : after - 1;
      continue;
    }
    // `As reported by Reuters, CONTENT` (`As first reported by …`): the agent after `by` is the
    // source of the clause after its comma.
    if (w.lower === 'reported' && words[c + 1]?.lower === 'by' && asReportedOpens(words, c)) {
      // (The source ends at the first comma: `As reported by the Herald, there are 150 seats in
      // Ohio, Utah and Idaho` is no appositive.)
      let comma = c + 2;
      while (comma < hi && comma < c + 2 + MAX_AS_REPORTED && words[comma]!.text !== ',') comma++;
      let src = words[comma]?.text === ',' ? sourceAfter(words, c + 2, comma) : null;
      // (`As reported by Reuters on Monday,`: a setting after the source; `by local media and the
      // BBC,`: two sources.)
      if (src && src.whole[1] < comma) {
        const next = words[src.whole[1]]!.lower;
        if (next === 'and' && src.whole[1] + 1 < comma) {
          const more = sourceAfter(words, src.whole[1] + 1, comma);
          src =
            more && more.whole[1] === comma
              ? { whole: [src.whole[0], comma], name: [src.whole[0], comma] }
              : null;
        } else if (AS_REPORTED_SETTINGS.has(next)) src = { whole: src.whole, name: src.name };
        else src = null;
      }
      // (`…, but officials now say …`: the content ends before another clause; read from after the
      // comma, `As …` is no fronted clause of the content's own.)
      let end = src ? clauseEnd(words, comma + 1, contentEnd(words, comma + 1, hi), comma + 1) : -1;
      // (`As reported by X, …, officials said.`: a signature closing the sentence is its own cue.)
      if (src) end = beforeSignature(words, comma + 1, end, lex);
      if (src && end - comma - 1 >= MIN_INDIRECT_TOKENS) {
        found.push(
          make(
            words,
            [comma + 1, end],
            [c, c + 1],
            'said',
            src.whole,
            src.name,
            null,
            'indirect/as-reported',
            0,
            true,
          ),
        );
        c = end - 1;
        continue;
      }
    }
    const q = w.lower === 'quoted' || w.lower === 'cited' ? quotedAs(words, c, Math.min(hi, c + 18)) : null;
    if (q && q.cue[0] === c) {
      const via = phraseBefore(words, c, 0);
      let k = q.next;
      if (words[k]?.lower === 'that' || words[k]?.text === ',') k++;
      const end = clauseEnd(words, k, contentEnd(words, k, hi), c);
      if (end - k >= MIN_INDIRECT_TOKENS && !skip.has(words[k]!.start)) {
        const viaName = via ? relayName(text, words, via, lex) : null;
        found.push(
          make(
            words,
            [k, end],
            [c, c + 1],
            'said',
            q.whole,
            q.name,
            viaName,
            'indirect/quoted-as',
            via ? via[0] : c,
            true,
          ),
        );
        c = end - 1;
      }
      continue;
    }
    // Headline or lead "Trump: Cruz has a long way to go": a short name, a colon, the content.
    if (w.text === ':' && c >= 1 && c <= 5 && c + MIN_INDIRECT_TOKENS < hi) {
      let names = true;
      for (let k = 0; k < c; k++)
        if (!isCapitalised(words[k]!) && words[k]!.text !== '’' && words[k]!.text !== "'") names = false;
      const last = words[hi - 1]!;
      // `Portion Fix Containers: 1 Green, 1 Red`, `Download: http://…`: a figure or a link after the
      // colon is a field's value, not something said.
      const value = words[c + 1]!.text;
      const label =
        words[0]!.lower === 'the' ||
        words[0]!.lower === 'a' ||
        LABELS.has(words[c - 1]!.lower.replace(/['’]s$/, '')) ||
        (value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57) ||
        value.toLowerCase().startsWith('http');
      if (names && !label && !skip.has(words[c + 1]!.start) && last.text !== ':') {
        found.push(
          make(
            words,
            [c + 1, contentEnd(words, c + 1, hi)],
            [c, c + 1],
            'said',
            [0, c],
            [0, c],
            null,
            'indirect/colon',
            0,
            true,
          ),
        );
        continue;
      }
    }
    // `Ukrainian intelligence put the early deployment at about 9,000`: an estimate is a claim.
    if ((flags ? (flags[c]! & F_ESTIMATE) !== 0 : ESTIMATE_VERBS.has(w.lower)) && c > 0) {
      const at = estimateAt(words, c + 1, hi);
      // (`…, the spokesman said, putting casualties at about 1,200`: a participle after a comma
      // has the subject of the clause before it, as `saying` has.)
      const participle = at > 0 && c > 2 && words[c - 1]!.text === ',' && w.lower.endsWith('ing');
      const by =
        at <= 0
          ? null
          : participle
            ? (speakerBeforeComma(words, c - 1, lex) ?? mainSubject(words, c - 1))
            : sourceBefore(words, c, 0);
      if (by && !skip.has(words[c + 1]!.start)) {
        let end = clauseEnd(words, c + 1, contentEnd(words, c + 1, hi), c);
        // `put the magnitude at 6.8 and said the quake …`: the estimate ends before a verb joined
        // by `and`; what follows is an attribution of its own.
        for (let j = at + 2; j + 1 < end && j < at + 10; j++)
          if (words[j]!.lower === 'and' && (cueAt(words, j + 1, hi, lex) || pastTense(words[j + 1]!))) {
            end = j;
            break;
          }
        if (end > at + 1) {
          found.push(
            make(
              words,
              [c + 1, end],
              [c, c + 1],
              'claimed',
              by.whole,
              by.name,
              null,
              'indirect/estimate',
              by.whole[0],
              true,
            ),
          );
          found[found.length - 1]!.clause =
            by.whole[0] === 0 || /^[,;:—–]$/.test(words[by.whole[0] - 1]!.text);
          c = end - 1;
          continue;
        }
      }
    }
    c = cueAttribution(words, c, hi, lex, skip, flags?.[c], found, state);
  }
  // A forward content stops where the next attribution of the sentence begins; an attribution
  // nested in a content without a clause break ("said that the presence of X suggested …") is
  // part of that content, not a new one.
  // (Made for a sentence of two attributions or more, the only one where one can nest: most hold one.)
  const nested = found.length > 1 ? new Set<Found>() : null;
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    if (!a.forward || nested?.has(a)) continue;
    // (Read over at most MAX_NESTED_READ later attributions: a sentence of thousands stays linear.)
    for (let j = i + 1; j < found.length && j <= i + MAX_NESTED_READ; j++) {
      CLAUSE_WORK.words++;
      const b = found[j]!;
      // A nested speaker may open the content itself (`added that the presence of X suggested …`).
      if (b.leftEdge === a.contentTokens[0] && b.forward && b.clause === false) {
        nested!.add(b);
        continue;
      }
      if (b.leftEdge > a.contentTokens[0] && b.leftEdge < a.contentTokens[1]) {
        if (
          b.forward &&
          (b.clause === false ||
            // (`criticised the plan, and she said …`: after a comma the conjunction opens a clause
            // however short the content before it.)
            (b.coordinate &&
              b.leftEdge - 1 - a.contentTokens[0] < CO_MIN_FIRST &&
              words[b.leftEdge - 2]?.text !== ','))
        ) {
          nested!.add(b);
          continue;
        }
        let e = b.leftEdge;
        // `…, and`, `… but`: the conjunction joins the next attribution, not this content.
        while (e > a.contentTokens[0] && TRAILING.test(words[e - 1]!.lower)) e--;
        a.contentTokens[1] = e;
        break;
      }
    }
  }
  // A plain loop: this runs per sentence, and closures made per call cost more than the loop.
  const out: Attribution[] = [];
  for (const a of found) {
    if (nested?.has(a) || a.contentTokens[1] - a.contentTokens[0] < MIN_INDIRECT_TOKENS - 1) continue;
    const kept = strip(a);
    kept.content = rangeSpan(words, a.contentTokens);
    out.push(kept);
  }
  return out;
}

/** Most later attributions of a sentence read for one that ends or nests in a forward content. */
const MAX_NESTED_READ = 64;

/** Most words of a setting between a parenthetical cue and its comma (`said on Telegram,`), comma included. */
const MAX_PARENTHETICAL_SETTING = 7;

/**
 * `In his state, Christie said, the law works`: a speaker and cue set between commas inside the
 * sentence they report. The words before them, from the sentence start (or the last attribution's
 * end), are the reported sentence's first part, a second content of the same cue. Null unless the
 * source follows a comma, the cue is followed by one and the forward content starts right after it.
 */
function parentheticalHead(
  words: readonly Word[],
  source: number,
  cueEnd: number,
  start: number,
  lastEnd: number,
  found: readonly Found[],
): [number, number] | null {
  const comma = source - 1;
  // (A short setting may stand between the cue and its comma: `…, the governor said on Telegram,
  // cutting power to …`.)
  const setting =
    start > cueEnd + 2 &&
    start - cueEnd <= MAX_PARENTHETICAL_SETTING &&
    isSettingStart(words[cueEnd]!) &&
    words[start - 1]!.text === ',';
  if (
    comma < 2 ||
    words[comma]!.text !== ',' ||
    (!setting && (words[cueEnd]?.text !== ',' || start !== cueEnd + 1))
  )
    return null;
  if (setting) for (let k = cueEnd + 1; k < start - 1; k++) if (words[k]!.text === ',') return null;
  const s0 = skipLead(words, lastEnd, comma);
  if (comma - s0 < 2) return null;
  const from = words[s0]!.start;
  // The attribution just made is the last found; an earlier one in reach of the head stops it.
  // (Read back from the last: the found are in the order of their cues, so the first one ending
  // before the head ends the search, and a sentence of many cues is not read again for each.
  // Read before the head's words, so that a sentence of many `…, X said, …` is read once.)
  for (let i = found.length - 2; i >= 0; i--) {
    const cue = found[i]!.cue;
    if (!cue) continue;
    if (cue[1] > from) return null;
    break;
  }
  CLAUSE_WORK.words += comma - s0;
  for (let k = s0; k < comma; k++) {
    const t = words[k]!.text;
    if (CLOSERS.has(t) || t === '“' || t === ';' || t === ':') return null;
  }
  return [s0, comma];
}

/**
 * Whether words before a source stay its postposed content although its cue is followed by words
 * of its own: a passive's agent or an `of` after the cue, a relative pronoun as source, a
 * quotation (or `that` and a quotation) after the cue.
 */
function ppKeep(words: readonly Word[], src: Range, next: number): boolean {
  const n = words[next]?.lower ?? '';
  if (n === 'by' || n === 'of') return true;
  const head = words[src[0]]!.lower;
  if (src[1] - src[0] === 1 && (head === 'who' || head === 'which' || head === 'that')) return true;
  return quoteMark(n) || (n === 'that' && quoteMark(words[next + 1]?.text ?? ''));
}

/** A straight or opening double quotation mark, or a straight single one. */
function quoteMark(t: string): boolean {
  return t === '"' || t === '“' || t === "'";
}

/** Cues of telling, whose object (the hearer) stands between them and a setting (`…, she told reporters on Monday`). */
const TELLING: ReadonlySet<string> = new Set(
  'told tells tell telling informed assured reminded briefed'.split(' '),
);
/** Words after a cue that open no clause of its own: a time or a connective adverb. */
const AFTER_CUE_SETTING: ReadonlySet<string> = new Set(
  'today yesterday tonight recently again also afterward afterwards later then monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * True when words other than a setting follow the cue `c`…`next` in its clause (`…, which showed
 * she was fit`, `…, Cruz said “CNN” five times`): the cue reports what follows, so the words
 * before its speaker are no postposed content (`…, X said.`, `…, X said on Monday.` and `…, she
 * told reporters.` are). Reads at most a dozen words.
 */
function clauseFollows(words: readonly Word[], c: number, next: number, hi: number): boolean {
  let k = next;
  if (TELLING.has(words[next - 1]!.lower)) {
    // The hearer: a few words up to a setting or the clause's end.
    for (let n = 0; n < 5 && k < hi; n++, k++) {
      const t = words[k]!;
      if (t.text === ',' || t.text === ';' || endPunct(t.text) || isSettingStart(t)) break;
    }
  }
  let n = 0;
  let j = k;
  while (j < hi && n < 12) {
    const t = words[j]!.text;
    if (t === ',' || t === ';' || t === ':' || t === '—' || t === '–' || endPunct(t)) break;
    j++;
    n++;
  }
  if (n <= 1) return false;
  const w = words[k]!;
  // (`…, the mayor said to reporters on Monday.`: a hearer after `to` is a setting too.)
  if (w.text === 'to' && k === next && HEARER_CUES.has(words[next - 1]!.lower) && hearerAfterTo(words[k + 1]))
    return false;
  return !isSettingStart(w) && !AFTER_CUE_SETTING.has(w.lower) && c >= 0;
}

/** Most words of an appositive read to the sentence's end after an inverted cue's source. */
const APPOSITIVE_TO_END = 30;

/**
 * The source `whole` with an appositive after it that runs to the sentence's end (`said Michael
 * Hanlon, a senior fellow at the Brookings Institution.`, `said the chief executive, John
 * Ferriola.`): a comma, then at most APPOSITIVE_TO_END words holding no cue, quotation mark or
 * clause break. Otherwise `whole` unchanged.
 */
function appositiveToSentenceEnd(words: readonly Word[], whole: Range, hi: number, lex: QuoteLexicon): Range {
  // `said a senior official who spoke on condition of anonymity to discuss the talks.`: a
  // restrictive relative clause to the sentence's end, cue words and all.
  const rel = words[whole[1]]?.lower;
  if (rel === 'who' || rel === 'whose') {
    const end = contentEnd(words, whole[1], hi);
    if (end - whole[1] < 3 || end - whole[1] > APPOSITIVE_TO_END) return whole;
    for (let k = whole[1]; k < end; k++) {
      const t = words[k]!.text;
      if (CLOSERS.has(t) || t === '“' || t === ';' || t === ':' || t === ',') return whole;
    }
    return [whole[0], end];
  }
  let p = whole[1];
  if (words[p - 1]?.text === ',') p--;
  if (words[p]?.text !== ',') return whole;
  const end = contentEnd(words, p + 1, hi);
  if (end - p < 3 || end - p > APPOSITIVE_TO_END) return whole;
  const first = words[p + 1]!.lower;
  if (SPEAKING_PARTICIPLES.has(first) || AFTER_COMMA.has(first) || CLAUSE_BREAKERS.has(first)) return whole;
  for (let k = p + 1; k < end; k++) {
    const t = words[k]!.text;
    if (CLOSERS.has(t) || t === '“' || t === ';' || t === ':' || t === '—' || cueAt(words, k, end, lex))
      return whole;
  }
  return [whole[0], end];
}

/** Words that open the question of a fronted `Asked` clause. */
const ASKED_OPENERS: ReadonlySet<string> = new Set(
  'whether if about what why how who whom which when where to for'.split(' '),
);

/** Words opening a setting between a fronted `Asked` and its question (`Asked on Monday whether`). */
const ASKED_SETTINGS: ReadonlySet<string> = new Set(
  'on in at during after before at last this earlier later'.split(' '),
);
/** Longest such setting, in words. */
const MAX_ASKED_SETTING = 6;

/**
 * A sentence-initial `Asked whether …,` clause (outside quotation marks): the comma closing it, where
 * its question starts, and the asker when one is named (`Asked by Stephanopoulos to respond, …`);
 * an adverb may stand before the question (`Asked specifically what …`). Null when there is none.
 */
function askedClause(
  words: readonly Word[],
  hi: number,
): { end: number; from: number; by: [number, number] | null } | null {
  // (`Pressed on whether …`, `Questioned about …`: a question put as well.)
  const first = words[0]!.text;
  if (first !== 'Asked' && first !== 'Pressed' && first !== 'Questioned') return null;
  // (`Pressed for time, …`: only `Pressed on`/`about` and a question word put a question.)
  if (
    first !== 'Asked' &&
    !((words[1]?.lower === 'on' || words[1]?.lower === 'about') && ASKED_OPENERS.has(words[2]?.lower ?? ''))
  )
    return null;
  let from = 1;
  let by: [number, number] | null = null;
  if (/^\p{Ll}+ly$/u.test(words[1]?.text ?? '')) from = 2;
  else if (words[1]?.lower === 'by') {
    // `Asked by Stephanopoulos to respond`: a short capitalised name, then the question.
    let e = 2;
    while (e < hi && e < 6 && isCapitalised(words[e]!)) e++;
    if (e === 2) return null;
    by = [2, e];
    from = e;
  }
  // `Asked on Monday whether …`, `Asked in Iowa recently whether …`: a short setting before the question.
  if (!ASKED_OPENERS.has(words[from]?.lower ?? '') && ASKED_SETTINGS.has(words[from]?.lower ?? '')) {
    let j = from + 1;
    while (
      j < hi &&
      j <= from + MAX_ASKED_SETTING &&
      !ASKED_OPENERS.has(words[j]!.lower) &&
      /^[\p{L}\p{N}]/u.test(words[j]!.text)
    )
      j++;
    if (j <= from + MAX_ASKED_SETTING) from = j;
  }
  if (!ASKED_OPENERS.has(words[from]?.lower ?? '')) return null;
  let quoted = false;
  for (let j = from + 1; j < hi; j++) {
    const t = words[j]!.text;
    if (t === '“' || t === '”' || t === '"') quoted = t === '“' || (t === '"' && !quoted);
    else if (!quoted && t === ',') return j >= from + 2 ? { end: j, from, by } : null;
    // (The full stop of a title or an initial is no sentence end: `whether Mr. Clinton would …`.)
    else if (!quoted && endPunct(t) && !(t === '.' && stopStaysInName(words[j - 1]!.text))) return null;
  }
  return null;
}

/** Prepositions of a setting that may close an inverted attribution (`in a memo`, `on Monday`). */
const CLOSING_SETTING_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);
/** Most words of that complement. */
const MAX_COMPLEMENT = 8;

/**
 * The end of a speaker phrase's complement opening at word `k` (`for the airline`): its words up to
 * a comma, the sentence's end or a closing setting (`in a statement`), none a cue, the mark or the
 * setting after it closing the sentence or a comma; `k` when there is none.
 */
function complementEnd(words: readonly Word[], k: number, hi: number, lex: QuoteLexicon): number {
  if (!COMPLEMENT_PREPS.has(words[k]?.lower ?? '')) return k;
  let e = k + 1;
  while (
    e < hi &&
    e - k <= MAX_COMPLEMENT &&
    /^[\p{L}\d'’&.-]+$/u.test(words[e]!.text) &&
    !(e > k + 1 && CLOSING_SETTING_PREPS.has(words[e]!.lower)) &&
    !CLAUSE_WORDS.has(words[e]!.lower)
  ) {
    if (cueAt(words, e, hi, lex)) return k;
    e++;
  }
  if (e === k + 1 || e - k > MAX_COMPLEMENT) return k;
  // (A full stop ends the sentence unless it closes an abbreviation inside the phrase.)
  if (words[e - 1]!.text === '.') e--;
  const next = words[e]?.text;
  return e === hi || next === ',' || /^[.!?]$/.test(next ?? '') || settingToEnd(words, e, hi) ? e : k;
}

/** Words that open an adverbial clause: a setting holding one is no plain setting (`on Monday because …`). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'because', 'while']);

/** Most words of a setting closing an inverted attribution (`…, said X in a memo to staff.`). */
const MAX_CLOSING_SETTING = 12;

/**
 * True when the words from `k` to the sentence end are a short setting of the act (`in an email
 * to staff`, `on Monday`): a setting preposition, then no comma, quotation or clause word.
 */
function settingToEnd(words: readonly Word[], k: number, hi: number): boolean {
  if (!CLOSING_SETTING_PREPS.has(words[k]?.lower ?? '')) return false;
  let e = k + 1;
  while (
    e < hi &&
    e - k <= MAX_CLOSING_SETTING &&
    !/^[,;:“”"]$/.test(words[e]!.text) &&
    !CLAUSE_WORDS.has(words[e]!.lower)
  )
    e++;
  return e - k <= MAX_CLOSING_SETTING && (e === hi || /^[.!?]$/.test(words[e]!.text)) && e > k + 1;
}

/** Skips a leading connective of a postposed content ("But", "And"). */
function skipLead(words: readonly Word[], s: number, e: number): number {
  let k = s;
  while (k < e && (words[k]!.text === ',' || words[k]!.text === '—')) k++;
  return k;
}

function strip(a: Found): Attribution {
  // Field by field: an object rest spread of these many-shaped objects is a slow path in V8.
  return {
    content: a.content,
    direct: a.direct,
    cue: a.cue,
    stance: a.stance,
    source: a.source,
    sourceName: a.sourceName,
    via: a.via,
    rule: a.rule,
    pronoun: a.pronoun,
  };
}

function make(
  words: readonly Word[],
  content: [number, number],
  cue: Range,
  stance: Stance,
  whole: Range,
  name: Range,
  via: Range | null,
  rule: string,
  leftEdge: number,
  forward: boolean,
): Found {
  return {
    content: rangeSpan(words, content),
    contentTokens: [content[0], content[1]],
    direct: false,
    cue: rangeSpan(words, cue),
    stance,
    source: rangeSpan(words, whole),
    sourceName: rangeSpan(words, name),
    via: via ? rangeSpan(words, via) : null,
    rule,
    pronoun: isPronoun(words, name),
    leftEdge,
    forward,
    sourceTokens: whole,
    nameTokens: name,
  };
}
