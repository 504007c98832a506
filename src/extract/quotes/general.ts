import type { Stance } from '../../model/mention.ts';
import {
  allLower,
  isCapitalised,
  startsAlnum,
  startsLetter,
  startsLower,
  type Word,
} from '../quantities/words.ts';
import type { WorkCounter } from '../segment/work.ts';
import type { Attribution } from './attribution.ts';
import {
  CUE_MODEL_OBJECT_THRESHOLD,
  CUE_MODEL_THRESHOLD,
  CUE_MODEL_WEAK_THRESHOLD,
  NEVER_LEARNED_CUES,
} from './constants.ts';
import { type CueModel, cueFeatures, cueScore } from './cue-model.ts';
import {
  ARTICLES_ONLY,
  clauseEnd,
  contentEnd,
  contentStart,
  frontedSetting,
  settingThenPast,
} from './indirect.ts';
import { lexiconClass, type QuoteLexicon } from './lexicon.ts';
import {
  adjectiveCue,
  CONTRACTED_IS,
  clauseBeforeComma,
  cuePrefix,
  isPassive,
  isPronoun,
  isSettingStart,
  mainSubject,
  NOUN_VERB_CUES,
  namingCall,
  pastParticle,
  phraseBefore,
  type Range,
  rangeSpan,
  receivedCue,
  relativeSource,
  relayName,
  saidIdiom,
  sourceAfter,
  speakerBeforeComma,
  writesOff,
} from './phrases.ts';
import { stopStaysInName } from './titles.ts';
import { F_GENERAL_FIRST, F_VOCAB } from './word-flags.ts';

/**
 * The general attribution rule, run after the specific ones on the words they left free: any cue
 * of the learned lexicon (`cues.polnear.tsv`, stances of every kind: `wants`, `criticized`,
 * `refused`, `polls show`) with
 * - its cue widened left over auxiliaries and adverbs (`has also said`, `is expected`);
 * - its source: the subject before it up to the clause boundary, parentheses and an appositive
 *   between commas included (`Sen. Bernie Sanders (I-Vt.)`, `John Cornyn of Texas, the No. 2
 *   Republican in the Senate,`), else a name right after it (`…, said Jim Clyburn`);
 * - its content: the rest of the clause after it (settings and `told X` objects skipped), or, when
 *   nothing follows, the clause before the comma (`…, the poll shows.`).
 */

/** Words that close a subject scan: the clause before them is not the speaker. */
const BOUNDARY: ReadonlySet<string> = new Set(
  `that which who whom whose and but or nor because if when while as so since although though where whether than
  after before until unless once then however meanwhile yet to of`.split(/\s+/),
);
/** Leading prepositions of a setting at the front of a subject scan (`In Iowa Trump said`). */
const SETTING: ReadonlySet<string> = new Set(
  'in on at during after before for with from by among under since last this'.split(' '),
);
const MAX_SUBJECT = 14;
/** Adverbs of sequence that may stand between a subject and its cue outside the cue itself. */
const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set(
  'then finally subsequently eventually soon immediately quickly promptly'.split(' '),
);
/** Auxiliaries and the agent `by` that end a subject before a cue further on (`X was on CNN talking`). */
const VERB_AFTER_SUBJECT: ReadonlySet<string> = new Set(
  'is are was were has have had did does do will would can could should may might must by'.split(' '),
);
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her its their our my your this that these those whose'.split(' '),
);
/** First words of a phrase after a cue that is not what was said. */
const NOT_CONTENT: ReadonlySet<string> = new Set('by within as than'.split(' '));
/** Prepositions after a participle that make it a reduced relative clause (`videos shared on …`). */
const REDUCED_PREPS: ReadonlySet<string> = new Set('on in at by from with to for into over'.split(' '));
/** Negative quantifiers: a passive with such a subject attributes nothing. */
const NEGATIVE: ReadonlySet<string> = new Set('none no neither nothing nobody'.split(' '));
const CLOSE_PUNCT = /^[;:—–"“”«»()[\]!?]$/;
/** Tokens left at the end of a content cut before other words (`…, and`, `… but`). */
const TRAILING = /^(?:[,;—–]|and|but|or)$/;

function isWord(w: Word): boolean {
  return startsAlnum(w.text);
}

/** Nouns of evidence that speak for themselves in `In a … poll, …` (not settings such as `interview`). */
const EVIDENCE: ReadonlySet<string> = new Set(
  'poll polls survey surveys study studies report reports analysis data census tally estimate estimates forecast projections ranking rankings audit findings'.split(
    ' ',
  ),
);

/**
 * The marks of a sentence's words that the general rule reads (`used`, filled by the stage): 0 for
 * a word no earlier rule used, 1 for one inside a quotation, a cue, a content or a relay, 2 for one
 * only in another attribution's source. Read through these two module functions, not through
 * closures made per document: a call site that has met one closure is compiled for it, and the
 * next document's closure deoptimised the rule (V8's "wrong call target").
 */
/** True when word `k` is free: no earlier rule used it (false off the sentence's ends). */
function isFree(used: Uint8Array, k: number): boolean {
  // (Bounds tested here, not left to the read: a read off the array's ends deoptimises the rule.)
  return k >= 0 && k < used.length && used[k] === 0;
}
/** True when word `k` is free or only in another attribution's source, which a subject here may share. */
function isShared(used: Uint8Array, k: number): boolean {
  return k < 0 || k >= used.length || used[k] !== 1;
}

/** A fronted `In <evidence>,` phrase on free words: its source range and the content after it, or null. */
function evidenceFront(
  words: readonly Word[],
  hi: number,
  used: Uint8Array,
): { src: Range; content: Range } | null {
  if (hi < 6 || words[0]!.text !== 'In' || !isFree(used, 0)) return null;
  let evidence = false;
  let j = 1;
  for (; j < hi && j <= MAX_SUBJECT; j++) {
    const w = words[j]!;
    if (w.text === ',') break;
    if (!isFree(used, j) || CLOSE_PUNCT.test(w.text) || w.text === '.') return null;
    if (EVIDENCE.has(w.lower)) evidence = true;
  }
  if (!evidence || j >= hi || words[j]!.text !== ',' || j < 3) return null;
  const end = contentEnd(words, j + 1, hi);
  let e = j + 1;
  while (e < end && isFree(used, e)) e++;
  while (e > j + 1 && TRAILING.test(words[e - 1]!.lower)) e--;
  return e - (j + 1) >= 3 ? { src: [1, j], content: [j + 1, e] } : null;
}

/** Words that end a source phrase after a postposed `in` (`… in national polls and held …`). */
const EVIDENCE_END: ReadonlySet<string> = new Set(
  'and but or while although though whereas as which that where when because after before since than'.split(
    ' ',
  ),
);
/** Conjunctions inside a sentence after which the clause `in <poll>` qualifies begins. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set('but although though while whereas yet'.split(' '));
/** Connectives that open a sentence but are no part of what a poll shows. */
const LEADING_CONNECTIVES: ReadonlySet<string> = new Set(
  'but and yet so still however meanwhile now also instead indeed'.split(' '),
);
/** Words that may follow the noun of evidence inside its phrase (`a poll released Monday of likely voters`). */
const AFTER_EVIDENCE: ReadonlySet<string> = new Set(
  'of from by released conducted published taken this last earlier month week year the a an'.split(' '),
);
/** Prepositions that end the phrase before its noun of evidence is reached. */
const BEFORE_EVIDENCE_STOP: ReadonlySet<string> = new Set('to on at for with by into'.split(' '));
/** Most words between a postposed `in` and its noun of evidence (`in the latest CNN/ORC poll`). */
const EVIDENCE_REACH = 6;
/** Nouns of evidence a postposed `in` cites (`in the latest poll`; `repeated in the report` is a place in a text). */
const POLLS: ReadonlySet<string> = new Set('poll polls survey surveys'.split(' '));

/** Free `in`s of the sentence being read (one buffer, cleared per sentence). */
const IN_AT: number[] = [];

/** True when `[from, to)` meets a cue, source or content the general rule found in this sentence. */
function overlapsFound(
  found: readonly { cue: Range; src: Range | null; content: Range }[],
  from: number,
  to: number,
): boolean {
  for (const f of found) {
    if (f.cue[0] < to && from < f.cue[1]) return true;
    if (f.content[0] < to && from < f.content[1]) return true;
    if (f.src && f.src[0] < to && from < f.src[1]) return true;
  }
  return false;
}

/**
 * A postposed `in <poll/survey …>` on free words (`Cruz came in second in January polls`, `he fell
 * to 10 percent in the latest poll released Wednesday`): the poll is the source, `in` the cue and the
 * clause before it what the poll shows. The fronted form is `evidenceFront`.
 */
function evidenceAfter(
  words: readonly Word[],
  hi: number,
  used: Uint8Array,
  found: readonly { cue: Range; src: Range | null; content: Range }[],
  inAt: readonly number[],
): { cue: number; src: Range; content: Range } | null {
  for (let n = 0; n < inAt.length; n++) {
    const i = inAt[n]!;
    if (i + 1 >= hi) break;
    // Most `in`s name no poll: a few set lookups rule them out before the phrase is read.
    let poll = false;
    for (let k = i + 2; k < hi && k <= i + EVIDENCE_REACH + 1 && !poll; k++)
      poll = POLLS.has(words[k]!.lower);
    if (!poll) continue;
    // The noun phrase after `in`, to a clause boundary, with a noun of evidence near its start.
    let evidence = -1;
    let e = i + 1;
    for (; e < hi && e - i <= MAX_SUBJECT; e++) {
      const w = words[e]!;
      if (!isFree(used, e)) break;
      if (EVIDENCE_END.has(w.lower) || (!isWord(w) && !/^[/'’&-]$/.test(w.text))) break;
      if (evidence < 0) {
        // `in fourth in most surveys`: another `in` opens another phrase.
        // … and a verb or a preposition before the noun is another clause's (`in Kyiv contributed to
        // this report`).
        if (w.lower === 'in' || e - i > EVIDENCE_REACH || BEFORE_EVIDENCE_STOP.has(w.lower)) break;
        if (w.text.endsWith('ed') && /^\p{Ll}+ed$/u.test(w.text)) break;
        if (POLLS.has(w.lower)) evidence = e;
      } else if (startsLower(w.text) && !AFTER_EVIDENCE.has(w.lower) && !isWord(words[e - 1]!)) break;
      // After the noun, a lower-case word is the clause's verb (`a Gallup survey had …`) unless it
      // says when, by whom or of whom the survey was made.
      else if (evidence >= 0 && startsLower(w.text) && !AFTER_EVIDENCE.has(w.lower)) break;
    }
    if (evidence < 0) continue;
    // The clause before `in`: from the sentence start, a mark or a contrastive conjunction on.
    let start = 0;
    for (let k = 0; k < i; k++) {
      const w = words[k]!;
      if (/^[;:—–"“”]$/.test(w.text) || CLAUSE_JOINS.has(w.lower)) start = k + 1;
    }
    // A fronted setting up to its comma (`By Jan. 18, …`, `In the fall of 2007, …`) and a connective.
    if (start === 0 && isSettingStart(words[0])) {
      let j = 1;
      while (j < i && words[j]!.text !== ',') j++;
      if (j < i) start = j + 1;
    }
    while (start < i && (LEADING_CONNECTIVES.has(words[start]!.lower) || words[start]!.text === ',')) start++;
    let end = i;
    while (end > start && /^[,;—–]$/.test(words[end - 1]!.text)) end--;
    if (end - start < 3) continue;
    let ok = true;
    for (let k = start; k < end && ok; k++) ok = isFree(used, k);
    if (!ok || overlapsFound(found, start, e)) continue;
    return { cue: i, src: [i + 1, e], content: [start, end] };
  }
  return null;
}

/** True when one to five lower-case words from `k` run to a comma (`called pulmonary fibrosis,`). */
function appositiveClosed(words: readonly Word[], k: number, hi: number): boolean {
  let j = k;
  while (j < hi && j < k + 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[j]!.text)) j++;
  return j > k && j < hi && words[j]!.text === ',';
}
/** `’s` that is `is` or `us`, not a possessive. */
const CONTRACTIONS: ReadonlySet<string> = new Set(
  "that's it's he's she's there's here's what's who's where's let's".split(' '),
);
/** True for a word ending in a possessive `'s` / `’s` (`Trump’s`, `Obama's`). */
function isPossessive(w: Word | undefined): boolean {
  if (!w || w.text.length < 3) return false;
  const t = w.text;
  // Char codes first (this runs for every cue candidate): `s`/`S` after an apostrophe.
  const z = t.charCodeAt(t.length - 1);
  const a = t.charCodeAt(t.length - 2);
  if ((z !== 115 && z !== 83) || (a !== 39 && a !== 0x2019)) return false;
  return isCapitalised(w) && !CONTRACTIONS.has(w.lower.replace('’', "'"));
}

/**
 * The owner of a nominal cue right after a possessive name (`Trump’s claims that …`): the
 * capitalised words ending in the possessive (a fronted preposition left out), or null.
 */
function possessor(words: readonly Word[], c: number, used: Uint8Array): Range | null {
  const e = c - 1;
  if (e < 0 || !isPossessive(words[e]) || !isCapitalised(words[e]!) || !isFree(used, e)) return null;
  let s = e;
  // `Donald Trump’s`, `Ms. Quint’s`: capitalised words and a title's full stop before it.
  while (
    s > 0 &&
    s > e - 5 &&
    isFree(used, s - 1) &&
    (isCapitalised(words[s - 1]!) ||
      (words[s - 1]!.text === '.' && s > 1 && stopStaysInName(words[s - 2]!.text)))
  )
    s--;
  while (s < e && SETTING.has(words[s]!.lower)) s++;
  return [s, e + 1];
}

/** Words that open the complement of a nominal cue (`X’s claim that …`, `X’s call for …`). */
const NOUN_COMPLEMENT: ReadonlySet<string> = new Set(
  'that to of about for on over against with as whether if in at from'.split(' '),
);
/** Participles of quoting: `X was quoted by Y as saying` names the speaker X and the relay Y. */
const QUOTED: ReadonlySet<string> = new Set(['quoted', 'cited']);
/** Verbs after `as` that close a quoting passive (`as saying`). */
const AS_SAYING: ReadonlySet<string> = new Set(['saying', 'stating', 'telling', 'writing']);

/**
 * `X was quoted by Y as saying (that) …` / `…, X was quoted by Y as saying.`, the passive at
 * `c0` (its `by` at `by`): the cue (to `saying`), the speaker X, the relay Y and the content, or null.
 */
function quotedBy(
  words: readonly Word[],
  c0: number,
  by: number,
  hi: number,
  used: Uint8Array,
): { cue: Range; src: Range; via: Range; content: Range } | null {
  const agent = sourceAfter(words, by + 1, hi);
  if (!agent) return null;
  let as = agent.whole[1];
  if (words[as]?.text === ',') as++;
  if (words[as]?.lower !== 'as' || !AS_SAYING.has(words[as + 1]?.lower ?? '')) return null;
  const src = subjectBefore(words, c0, 0);
  if (!src || src[1] !== c0) return null;
  for (let k = src[0]; k < c0; k++) if (!isFree(used, k)) return null;
  let start = as + 2;
  if (words[start]?.lower === 'that') start++;
  let content: Range | null = null;
  if (start < hi && startsAlnum(words[start]!.text)) {
    let e = contentEnd(words, start, hi);
    while (e > start && TRAILING.test(words[e - 1]!.lower)) e--;
    if (e - start >= 3) content = [start, e];
  } else if (src[0] > 1 && words[src[0] - 1]!.text === ',') content = [0, src[0] - 1];
  if (!content) return null;
  for (let k = content[0]; k < content[1]; k++) if (!isFree(used, k)) return null;
  return { cue: [c0, as + 2], src, via: agent.name, content };
}

/** The cue at word `k` in the general lexicon: its stance and end, longest form first. */
function generalCue(
  words: readonly Word[],
  k: number,
  hi: number,
  lex: QuoteLexicon,
  flag?: number,
): { stance: Stance; next: number; weak: boolean } | null {
  const w = words[k]!;
  // `flag`: the word's flags (`word-flags.ts`) when the caller read them, instead of a set lookup.
  if (flag !== undefined ? (flag & F_GENERAL_FIRST) === 0 : !lex.generalFirst.has(w.lower)) return null;
  // Cues are lower-case, or title-case between two capitalised words in a headline (`Biden Slams
  // Japanese Pride`), as the specific rules read `Kremlin Denies Plans`.
  const headline =
    k > 0 &&
    isCapitalised(words[k - 1]!) &&
    /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
    k + 1 < hi &&
    isCapitalised(words[k + 1]!);
  // `Noting that …, the mayor called …`: a participle opening its sentence, capitalised there.
  const front = k === 0 && hi > 3 && w.text.endsWith('ing') && /^\p{Lu}\p{Ll}+$/u.test(w.text);
  if (!startsLower(w.text) && !headline && !front) return null;
  // The longest form starting here, read word by word while the words so far begin a longer one.
  let best: { stance: Stance; next: number; weak: boolean } | null = null;
  let key = w.lower;
  for (let n = 1; n <= lex.generalMaxWords && k + n <= hi; n++) {
    if (n > 1) key += ` ${words[k + n - 1]!.lower}`;
    const stance = lex.general.get(key);
    if (stance !== undefined) best = { stance, next: k + n, weak: lex.generalWeak.has(key) };
    if (!lex.generalPrefixes.has(key)) break;
  }
  // A legislature's or a government's act on a text (`approved a finance bill`, `signed the
  // treaty`) is a deed, not a stance spoken (`approved of the plan` still is one).
  if (best && best.next === k + 1 && enactsText(words, k, hi)) return null;
  // A form that ends in an article (`issued a`, `sent a`) reports only a message or a document:
  // `sent a letter`, not `sent a smaller delegation`.
  if (best && ARTICLES_ONLY.has(words[best.next - 1]!.lower)) {
    let message = false;
    for (let j = best.next; j < Math.min(hi, best.next + 3) && !message; j++)
      message = MESSAGES.has(words[j]!.lower);
    if (!message) return null;
  }
  return best;
}

/** Verbs that enact a text, and the texts they enact. */
const ENACTMENTS: ReadonlySet<string> = new Set(
  'approved approves approve passed passes adopted adopts ratified ratifies signed signs vetoed vetoes'.split(
    ' ',
  ),
);
const LEGISLATION: ReadonlySet<string> = new Set(
  'bill bills law laws budget resolution resolutions measure measures treaty treaties amendment amendments legislation decree decrees act ordinance accord package packages'.split(
    ' ',
  ),
);
/**
 * True when the word at `k` enacts a text (`approved a finance bill`, `passed a $95 billion aid
 * package`, `a set of measures`): the object's noun phrase, figures included, holds a word of
 * legislation before a comma, `to` or `that`. (`approved of the plan`, a form of two words, is a
 * stance.)
 */
function enactsText(words: readonly Word[], k: number, hi: number): boolean {
  if (!ENACTMENTS.has(words[k]!.lower)) return false;
  for (let j = k + 1; j < Math.min(hi, k + 8); j++) {
    const l = words[j]!.lower;
    if (LEGISLATION.has(l)) return true;
    if (l === ',' || l === 'to' || l === 'that') return false;
  }
  return false;
}

/** Participles that name a thing after its noun (`drills dubbed …`). */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set([
  'dubbed',
  'titled',
  'entitled',
  'nicknamed',
  'codenamed',
]);
/** True when `by` stands within 12 words from `k`, before a sentence's stop. */
function agentAhead(words: readonly Word[], k: number, hi: number): boolean {
  for (let j = k; j < hi && j < k + 12; j++) if (words[j]!.lower === 'by') return true;
  return false;
}
/** Verbs of refusing before an infinitive. */
const REFUSING: ReadonlySet<string> = new Set(
  'declined declines decline declining refused refuses refuse refusing'.split(' '),
);

/** What a cue form ending in an article may send, issue or file: a message or a document. */
const MESSAGES: ReadonlySet<string> = new Set(
  `statement statements letter letters message messages report reports video videos tweet tweets post posts
  email emails memo memos note notes notice warning warnings request requests complaint complaints lawsuit
  suit motion brief petition appeal plea advisory order orders decree directive ruling response reply
  analysis study survey poll paper document documents recording transcript proposal plan list summary
  release communique communiqué ultimatum invitation reminder call demand demands threat threats denial rebuttal
  apology condemnation protest`.split(/\s+/),
);

const CUE_PARTICLES: ReadonlySet<string> = new Set('for about of on out up in with'.split(' '));
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('he she they we i there'.split(' '));
/** Words that open a clause after a cue. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'that to whether if how why what when where who which : " “ \' ‘'.split(' '),
);
/**
 * True when the words from `k` open a clause (`that …`, `to …`, `whether …`, `he …`, a quotation),
 * not a bare object (`shares a border`), particles after the cue skipped (`spoke of how …`).
 */
function opensClause(words: readonly Word[], k: number): boolean {
  let j = k;
  while (j < words.length && j < k + 2 && CUE_PARTICLES.has(words[j]!.lower)) j++;
  const w = words[j];
  return w !== undefined && (CLAUSE_OPENERS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower));
}

/** Prepositions that open a fronted adverbial clause of a participle (`After saying …, he …`). */
const FRONT_PREPOSITIONS: ReadonlySet<string> = new Set(
  'after before while when since of despite upon without besides'.split(' '),
);
/** Marks that end a fronted clause before any comma: the main clause is not where it was looked for. */
const BOUNDARY_MARKS: ReadonlySet<string> = new Set(['.', ';', ':', '“', '”', '"', '(', ')']);
/** The longest fronted clause read for its comma, in tokens. */
const MAX_FRONTED = 40;

/**
 * The subject of the main clause after a fronted clause that runs from `k`: a subject pronoun or a
 * capitalised name right after the clause's first comma and before a lower-case word (its verb).
 */
function frontedClauseSubject(words: readonly Word[], k: number, hi: number): Range | null {
  let p = k;
  while (p < hi && p < k + MAX_FRONTED && words[p]!.text !== ',') {
    // (A full stop after a title or an initial, `Mr.`, `J.`, does not end the clause.)
    const t = words[p]!.text;
    if (BOUNDARY_MARKS.has(t) && !(t === '.' && p > k && stopStaysInName(words[p - 1]!.text))) return null;
    p++;
  }
  if (p >= hi || words[p]!.text !== ',') return null;
  const s = p + 1;
  if (s < hi && /^(?:he|she|they|we|i)$/.test(words[s]!.lower))
    return startsLower(words[s + 1]?.text ?? '') ? [s, s + 1] : null;
  let e = s;
  while (
    e < hi &&
    e < s + 6 &&
    (isCapitalised(words[e]!) || (words[e]!.text === '.' && e > s && isCapitalised(words[e - 1]!)))
  )
    e++;
  if (e === s || words[e - 1]!.text === '.' || !startsLower(words[e]?.text ?? '')) return null;
  return [s, e];
}

/** Determiners that open the subject of a main clause after a fronted participle (`the mayor`). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her their its our this that these those'.split(' '),
);

/**
 * `Noting that …, the mayor called …`: a short determiner phrase (at most three lower-case words
 * after its determiner) right after the fronted clause's comma, before a verb in `-ed` or `-s` or an
 * auxiliary. Reads at most `MAX_FRONTED` words to the comma and four after it.
 */
function frontedNounSubject(words: readonly Word[], k: number, hi: number): Range | null {
  let p = k;
  while (p < hi && p < k + MAX_FRONTED && words[p]!.text !== ',') {
    if (BOUNDARY_MARKS.has(words[p]!.text)) return null;
    p++;
  }
  const s = p + 1;
  if (p >= hi || words[p]!.text !== ',' || !SUBJECT_DETERMINERS.has(words[s]?.lower ?? '')) return null;
  for (let e = s + 2; e < hi && e <= s + 4; e++) {
    const v = words[e]!;
    if (!startsLower(words[e - 1]!.text)) return null;
    if (CLAUSE_VERBS.has(v.lower) || /^\p{Ll}+(?:ed|s)$/u.test(v.text)) return [s, e];
  }
  return null;
}

/** Verbs and adjectives of raising or subject control before an infinitive (`seemed to`, `continue to`, `likely to`). */
const CONTROL_WORDS: ReadonlySet<string> = new Set(
  `seem seems seemed appear appears appeared continue continues continued decline declines declined refuse
  refuses refused tend tends tended want wants wanted plan plans planned hope hopes hoped try tries tried
  begin begins began begun fail fails failed vow vows vowed agree agrees agreed promise promises promised
  intend intends intended choose chooses chose need needs needed likely unlikely careful eager ready willing
  reluctant quick`.split(/\s+/),
);
/** Words between a subject and its verb of control: auxiliaries, negation, degree, reflexives. */
const CONTROL_FILLERS: ReadonlySet<string> = new Set(
  `has have had is are was were be been will would could should may might must can did does do not never also
  still already often repeatedly more less most slightly much far so too very himself herself themselves itself
  just now again`.split(/\s+/),
);

/**
 * The subject of a verb of control before the infinitive marker at `to`: the phrase before it and
 * its auxiliaries (`Obama himself seemed`, `Caucus-goers were slightly more likely`), when it ends in
 * a name, a subject pronoun or a plural noun.
 */
function controllerBefore(words: readonly Word[], to: number): Range | null {
  let j = to - 1;
  let control = false;
  while (j >= 1 && to - j <= 6) {
    const l = words[j]!.lower;
    if (CONTROL_WORDS.has(l)) control = true;
    else if (!CONTROL_FILLERS.has(l)) break;
    j--;
  }
  if (!control || j === to - 1) return null;
  const s = subjectBefore(words, j + 1, 0);
  if (!s) return null;
  const last = words[s[1] - 1]!;
  return isCapitalised(last) || /^(?:he|she|they|we|i)$/.test(last.lower) || pluralHead(last) ? s : null;
}

/** Forms of `push`, whose `back` is a delay or, before `against`/`on`, a rebuttal. */
const PUSH_FORMS: ReadonlySet<string> = new Set(['push', 'pushes', 'pushed', 'pushing']);

/** The classifier's score of word `c` (`feats` is a buffer reused across words). */
function classify(
  model: CueModel,
  words: readonly Word[],
  c: number,
  lex: QuoteLexicon,
  feats: number[],
): number {
  feats.length = 0;
  cueFeatures(words, c, lexiconClass(lex, words, c), feats);
  return cueScore(model, feats);
}

/**
 * A subject read before a participle cut at its clause's verb in the past (`Thousands marched …`
 * → `Thousands`): a lower-case word in `-ed` after a word that is no determiner, `of` or
 * auxiliary (`the unnamed`, `a group of retired generals` stay whole).
 */
function beforePastVerb(words: readonly Word[], s: Range): Range {
  // (Within a short head: `a candidate mathematically eliminated from …` is a reduced relative.)
  for (let k = s[0] + 1; k < s[1] && k <= s[0] + 3; k++) {
    const w = words[k]!;
    const prev = words[k - 1]!.lower;
    if (
      w.text.endsWith('ed') &&
      !prev.endsWith('ly') &&
      /^\p{Ll}{3,}ed$/u.test(w.text) &&
      !DETERMINERS.has(prev) &&
      prev !== 'of' &&
      !VERB_AFTER_SUBJECT.has(prev)
    )
      return [s[0], k];
  }
  return s;
}

/** A subject phrase ending before token `end`: `[start, end)` or null. */
/** Cue forms that are also plural nouns (`talks`, `claims`, `reports`). */
/** Cue words that are nouns of a stance as often as verbs (or only nouns): read as nouns after an object's slot. */
const NOUN_READING: ReadonlySet<string> = new Set(
  'hopes promises pledges points demands claims fears warnings questions reference references mention criticism assumption predictions estimates'.split(
    ' ',
  ),
);
/** `-ing` words that are no participle taking an object (`nothing`, `during`, `being`). */
const AUXILIARY_ING: ReadonlySet<string> = new Set(
  'nothing something anything everything during being having thing king'.split(' '),
);
const PLURAL_NOUN_CUES: ReadonlySet<string> = new Set(
  // (And plural nouns that are never verbs: `the number of complaints doubled`.)
  'talks claims reports notes comments remarks complaints accusations allegations denials statements warnings threats criticisms assertions objections rumors rumours'.split(
    ' ',
  ),
);
/** Words after a speech verb (`talks about`, `claims that`, `reports the`): after a noun they are not. */
const AFTER_SPEECH: ReadonlySet<string> = new Set(
  'that about to with of on at up over for the a an his her their its this these those he she they it we i you'.split(
    ' ',
  ),
);
/** True when the word after a plural-noun cue reads as that noun's verb (`talks resume`). */
function verbAfterNoun(w: Word | undefined): boolean {
  return w !== undefined && allLower(w.text, 1) && !AFTER_SPEECH.has(w.lower);
}

/** Quantifiers that open a noun phrase of people as clearly as a determiner (`many officials`, `some liberals`). */
const QUANTIFIERS: ReadonlySet<string> = new Set(
  'many some most several all both few other two three four five six seven eight nine ten'.split(' '),
);
/** Words before a share that opens a subject (`Some 47% said`). */
const SHARE_OPENERS: ReadonlySet<string> = new Set(
  'some about nearly almost roughly only just over under fully around'.split(' '),
);
/** True when the `%` at `k` follows a number that opens the subject (`42% say`, `Some 47% said`). */
function percentSubject(words: readonly Word[], k: number, lo: number): boolean {
  const n = k - 1;
  if (n < lo || !/^\d/.test(words[n]!.text)) return false;
  const before = words[n - 1];
  return n === lo || before === undefined || !isWord(before) || SHARE_OPENERS.has(before.lower);
}
/** Quantifiers of a relative `of whom` that speaks (`two of whom`, `all of whom`). */
const QUANTIFIERS_OF_WHOM: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten both all some many most several each few half'.split(' '),
);
/** The most tokens read for the source after `according to` and for its content before it. */
const MAX_ACCORDING = 40;
/** Verbs of feeling whose object feels it (`The remark worried some analysts`). */
const PSYCH_OBJECT: ReadonlySet<string> = new Set(
  `angered angers anger alarmed alarms unsettled unsettles infuriated infuriates disappointed disappoints
  surprised surprises worried worries frustrated frustrates troubled troubles rattled rattles spooked dismayed
  dismays outraged outrages irritated irritates annoyed annoys offended offends alienated alienates enraged
  enrages`.split(/\s+/),
);
/** Words that end the object of a verb of feeling. */
const OBJECT_ENDS: ReadonlySet<string> = new Set(
  'that to whether if about with by for when because since after before as while'.split(' '),
);
/** Finite verbs and auxiliaries: after a noun phrase they make it a clause's subject. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  'would will could should can may might must is are was were has have had did does do'.split(' '),
);
/** Verbs whose object names the act (`made no mention of`, `took a swipe at`). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'made make makes making took take takes taking gave give gives giving cast casts casting sounded sound sounds aimed aims paid pays drew draws voiced voices struck strikes'.split(
    ' ',
  ),
);
/** Prepositions that end a light verb's object inside the cue. */
const LIGHT_PREPS: ReadonlySet<string> = new Set('of about on at with against over'.split(' '));
/** After a light verb at `k - 1`: the index after a preposition closing a short lower-case object, else -1. */
function lightObjectEnd(words: readonly Word[], k: number, hi: number): number {
  for (let j = k; j < hi && j <= k + 3; j++) {
    const w = words[j]!;
    // `made clear on Tuesday that …`: a preposition opening a setting is no part of the cue.
    if (LIGHT_PREPS.has(w.lower)) return j > k && !settingAfter(words[j + 1]) ? j + 1 : -1;
    if (!allLower(w.text, 1) || BOUNDARY.has(w.lower)) return -1;
  }
  return -1;
}
/** True when a capitalised word stands right before the bracketed group that ends `src`. */
function nameBeforeBracket(words: readonly Word[], src: Range): boolean {
  for (let k = src[1] - 2; k > src[0] && k >= src[1] - 8; k--)
    if (words[k]!.text === '(') return isCapitalised(words[k - 1]!);
  return false;
}
/** After a light verb at `k - 1`: the end of a short lower-case object followed (past a setting) by `that`, else -1. */
function lightObjectBeforeThat(words: readonly Word[], k: number, hi: number): number {
  let j = k;
  while (
    j < hi &&
    j < k + 3 &&
    allLower(words[j]!.text, 1) &&
    !BOUNDARY.has(words[j]!.lower) &&
    !LIGHT_PREPS.has(words[j]!.lower)
  )
    j++;
  if (j === k) return -1;
  let t = j;
  if (t + 1 < hi && isSettingStartWord(words[t]!) && settingAfter(words[t + 1])) t += 2;
  return words[t]?.lower === 'that' ? j : -1;
}
const isSettingStartWord = (w: Word) =>
  w.lower === 'on' || w.lower === 'in' || w.lower === 'at' || w.lower === 'last' || w.lower === 'this';
/** Words after a preposition that make it a setting (`on Tuesday`, `at the time`, `in March`). */
const SETTING_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march
  april may june july august september october november december time weekend morning evening night`.split(
    /\s+/,
  ),
);
/** True when `w` (after a preposition) opens a setting: a day, a month, a time of day. */
function settingAfter(w: Word | undefined): boolean {
  return w !== undefined && SETTING_WORDS.has(w.lower);
}
/** Heads of a subject that is a body of forces: no weak cue form makes it a source. */
const FORCE_HEADS: ReadonlySet<string> = new Set(
  'soldiers troops forces servicemen personnel units marines sailors paratroopers tanks jets warships'.split(
    ' ',
  ),
);
/** A plural noun ending a bare subject (`private lenders`, `Corporate lobbyists`). */
function pluralHead(w: Word): boolean {
  const l = w.lower;
  return (
    l.length > 3 &&
    l.endsWith('s') &&
    !l.endsWith('ss') &&
    !l.endsWith("'s") &&
    !l.endsWith('’s') &&
    allLower(w.text, 1)
  );
}
/** Words that stand before a cue as its subject but never speak (`there`, an auxiliary of an imperative). */
const NO_SOURCE: ReadonlySet<string> = new Set(
  "there here don't don’t do does did doesn't doesn’t didn't didn’t can't can’t won't won’t let's let’s it's it’s that's that’s there's there’s here's here’s what's what’s".split(
    ' ',
  ),
);
/** Possessive determiners: one opens a noun phrase of its own. */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Prepositions and conjunctions that tie a possessive's phrase to the words before it (`Trump and his aides`). */
const OF_PREPS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'in',
  'at',
  'with',
  'from',
  'to',
  'on',
  'by',
  'and',
  'or',
]);

/** Subject pronouns that may open a relative clause without `that` (`the penalty it imposed`). */
const SUBJECT_PRONOUNS_REL: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you']);
/** True when a determiner and one to three lower-case nouns (no adverb) stand right before `k`. */
function relativeAfterNoun(words: readonly Word[], k: number, lo: number): boolean {
  let d = k - 1;
  while (
    d >= lo &&
    d > k - 4 &&
    startsLower(words[d]!.text) &&
    !NOUN_DETS.has(words[d]!.lower) &&
    words[d]!.lower !== 'that'
  ) {
    const w = words[d]!.lower;
    if (
      w.endsWith('ly') ||
      !/^[\p{Ll}-]+$/u.test(w) ||
      BOUNDARY.has(w) ||
      /^(?:then|also|now|still|so|yet|and|but|that|said|says)$/.test(w)
    )
      return false;
    d--;
  }
  return d < k - 1 && d >= lo && NOUN_DETS.has(words[d]!.lower);
}

/** Nouns of a text addressed to someone (`a letter … to the board`). */
const ADDRESSED_NOUNS: ReadonlySet<string> = new Set(
  'letter letters petition petitions appeal message memo note complaint submission'.split(' '),
);

/** True when `r` is a letter or a petition and its author (`An open letter by more than 40 diplomats`). */
function addressedLetter(words: readonly Word[], r: Range): boolean {
  if (!/^(?:a|an|the)$/.test(words[r[0]]!.lower)) return false;
  // (The author may lie past the range: `A letter` of `A letter by Jane Roe`.)
  for (let k = r[0] + 1; k < r[1] && k <= r[0] + 3; k++)
    if (ADDRESSED_NOUNS.has(words[k]!.lower)) {
      const by = words[k + 1]?.lower;
      return by === 'by' || by === 'from' || by === 'signed';
    }
  return false;
}

function subjectBefore(words: readonly Word[], end: number, lo: number): Range | null {
  let k = end - 1;
  if (k < lo) return null;
  // `…, the largest penalty it has imposed`: a pronoun after a determiner's noun opens a relative
  // clause without `that`; no one speaks in it.
  if (SUBJECT_PRONOUNS_REL.has(words[k]!.lower)) {
    if (relativeAfterNoun(words, k, lo)) return null;
    // `But mostly she just wants …`: a subject pronoun is the whole subject (`I` and `we` as well).
    if (k > lo && startsLower(words[k - 1]!.text) && words[k - 1]!.lower.endsWith('ly')) return [k, end];
  }
  // An appositive: `NAME, DESCRIPTION, said`.
  if (words[k]!.text === ',') {
    let p = k - 1;
    while (p > lo && p > k - MAX_SUBJECT && words[p]!.text !== ',' && !CLOSE_PUNCT.test(words[p]!.text)) p--;
    if (p <= lo || words[p]!.text !== ',') return null;
    const name = subjectBefore(words, p, lo);
    if (!name || (!isCapitalised(words[name[1] - 1]!) && !isCapitalised(words[k - 1]!))) return null;
    return [name[0], k];
  }
  let start = end;
  let depth = 0;
  while (k >= lo && end - k <= MAX_SUBJECT) {
    const w = words[k]!;
    if (w.text === ')') depth++;
    else if (w.text === '(' && depth > 0) depth--;
    else if (depth === 0) {
      const abbrev = w.text === '.' && k > lo && stopStaysInName(words[k - 1]!.text);
      if (w.text === ',' || (w.text === '.' && !abbrev) || CLOSE_PUNCT.test(w.text)) break;
      if (
        BOUNDARY.has(w.lower) &&
        !(w.lower === 'of' && start < end && k > lo && isCapitalised(words[start]!))
      )
        break;
      if (
        !isWord(w) &&
        !abbrev &&
        w.text !== "'" &&
        w.text !== '’' &&
        w.text !== '-' &&
        w.text !== '&' &&
        // `42% say …`, `Some 47% said …`: a share of people opening the subject.
        !(w.text === '%' && percentSubject(words, k, lo))
      )
        break;
    }
    start = k;
    // `a ruling his supporters called …`: a possessive right after `a`/`the` and a noun opens a
    // subject of its own (a relative clause without `that`).
    if (
      depth === 0 &&
      POSSESSIVES.has(w.lower) &&
      k - 2 >= lo &&
      allLower(words[k - 1]!.text, 1) &&
      !OF_PREPS.has(words[k - 1]!.lower) &&
      /^(?:a|an|the)$/.test(words[k - 2]!.lower)
    ) {
      k--;
      break;
    }
    k--;
  }
  if (depth > 0 || start >= end || end - k > MAX_SUBJECT + 1) return null;
  // A setting at the front (`In Iowa on Monday, …` is cut by the comma; `Last week Trump`).
  while (start < end - 1 && SETTING.has(words[start]!.lower)) {
    let t = start + 1;
    while (t < end - 1 && !isCapitalised(words[t]!) && isWord(words[t]!)) t++;
    if (t >= end - 1) break;
    start = t + 1;
  }
  while (start < end && !isWord(words[start]!)) start++;
  // `Sanders was on CNN talking about`, `He concluded by implying`, `He’s pointing out`: the subject
  // ends at the first verb of its own clause, when a phrase stands before it.
  for (let k = start + 1; k < end; k++) {
    const w = words[k]!;
    if (VERB_AFTER_SUBJECT.has(w.lower) || /^['’](?:s|re|d|ve|ll)$/.test(w.lower)) {
      if (words[k - 1]!.text !== '(') return [start, k];
      break;
    }
  }
  return start < end ? [start, end] : null;
}

/** Participles of asking that, set off by a comma after a subject, are passives (`X, asked about …,`). */
const ASKED_PASSIVES: ReadonlySet<string> = new Set([
  'asked',
  'pressed',
  'questioned',
  'quizzed',
  'challenged',
]);
/** Words that open what someone was asked (`asked about`, `pressed on`, `asked whether`). */
const ASKED_WHAT: ReadonlySet<string> = new Set(
  'about on over whether if why how what when where who which to for'.split(' '),
);
function askedAbout(w: Word | undefined): boolean {
  return w !== undefined && ASKED_WHAT.has(w.lower);
}
/**
 * True when the phrase of asking at `c` is one of a series of the subject's own deeds: the next
 * comma (within 20 words) is followed by `and`/`then` (`The judge entered the courtroom, asked
 * whether the jury had reached a verdict, and read …`), not by the subject's verb.
 */
function activeSeries(words: readonly Word[], c: number, hi: number): boolean {
  for (let k = c + 2; k < hi && k <= c + 20; k++)
    if (words[k]!.text === ',') return SERIES_NEXT.has(words[k + 1]?.lower ?? '');
  return false;
}
const SERIES_NEXT: ReadonlySet<string> = new Set(['and', 'then']);

/** Cue words that are never nouns (`said`, `told`, `wrote`). */
const VERB_ONLY_CUES: ReadonlySet<string> = new Set(
  'said says say told tells tell wrote writes write thought thinks think spoke speaks speak believes believe argues argue insists insist adds add explains explain'.split(
    ' ',
  ),
);
/** Determiners that open a noun phrase a cue word may close (`its profit forecast`, `an earlier forecast`). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set('its their his her our the an a'.split(' '));
/** Determiners that open a noun phrase before a relative clause without `that`. */
const NOUN_DETS: ReadonlySet<string> = new Set([...PHRASE_OPENERS, 'this']);
/** Words after a noun that show it closes its phrase (`forecast of`, `forecast after …`, a mark). */
const AFTER_NOUN: ReadonlySet<string> = new Set('of after , . ; : ) —'.split(' '));
/** Prepositions after which a cue word is a noun (`in hopes of`, `with criticism of`). */
const NOUN_PREPS: ReadonlySet<string> = new Set('in with amid despite after over about of for'.split(' '));
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/**
 * True when the cue word at `c` closes a determiner's phrase: one or two lower-case modifiers (no
 * adverb, auxiliary or verb form in -ed) between a determiner and it, `of`, `after` or a mark after
 * it, and no `that` in the six words after it.
 */
function closesNounPhrase(words: readonly Word[], c: number, hi: number): boolean {
  const next = words[c + 1];
  // (`forecast on Thursday`: a weekday's setting after the noun too.)
  if (
    !next ||
    !(AFTER_NOUN.has(next.lower) || (next.lower === 'on' && WEEKDAY_NAMES.has(words[c + 2]?.lower ?? '')))
  )
    return false;
  // (Only a word that may be a noun: no past tense in -ed, no verb form that is never one.)
  const w = words[c]!.lower;
  if (w.endsWith('ed') || w.endsWith('ing') || VERB_ONLY_CUES.has(w)) return false;
  // (Right after a preposition the word is a noun: `in hopes of`, `amid warnings of`.)
  if (NOUN_PREPS.has(words[c - 1]!.lower)) return true;
  let d = c - 1;
  while (d > c - 3 && d > 0 && startsLower(words[d]!.text) && !PHRASE_OPENERS.has(words[d]!.lower)) {
    const m = words[d]!.lower;
    if (
      m.endsWith('ly') ||
      m.endsWith('ed') ||
      AUXILIARY_ING.has(m) ||
      NOUN_PREPS.has(m) ||
      !/^[\p{Ll}-]+$/u.test(m)
    )
      return false;
    d--;
  }
  if (d === c - 1 || !PHRASE_OPENERS.has(words[d]!.lower)) return false;
  for (let k = c + 1; k < hi && k <= c + 6; k++) if (words[k]!.lower === 'that') return false;
  return true;
}

/** A cue the general rule may read at word `c`, kept by the tests of the cue alone (not its subject or content); with whether the classifier found or confirmed it. */
interface Candidate {
  readonly cue: { stance: Stance; next: number; weak: boolean };
  /** Found by the classifier alone. */
  readonly learned: boolean;
  /** A weak form the classifier confirmed. */
  readonly confirmed: boolean;
}

/**
 * The cue at word `c` for the general rule, or null: a lexicon form or a word the classifier
 * scores, past the tests of the cue and its neighbours. (This and `attributeCue` are functions
 * of their own, not parts of `findGeneral`'s loop: V8 compiles and re-optimises each apart.)
 */
function generalCandidate(
  words: readonly Word[],
  c: number,
  hi: number,
  lex: QuoteLexicon,
  flag: number | undefined,
  feats: number[],
): Candidate | null {
  let cue = generalCue(words, c, hi, lex, flag);
  // `than, say, hooking them`, `suffice it to say`, `needless to say`: `say` of an example or a
  // set phrase reports no one's words.
  if (cue && words[c]!.lower === 'say' && sayIdiom(words, c)) cue = null;
  // `Ceasefire talks resume`, `the claims surfaced`: a plural noun before a verb, not a cue.
  if (cue && PLURAL_NOUN_CUES.has(words[c]!.lower) && verbAfterNoun(words[c + 1])) cue = null;
  // `raising hopes of a thaw`, `a possible reference to …`: a noun of a stance after a verb's
  // participle, or after an article and a modifier, is an object or a noun phrase, not a cue.
  if (cue && NOUN_READING.has(words[c]!.lower) && c > 0) {
    const p = words[c - 1]!;
    if (
      (/^\p{Ll}+ing$/u.test(p.text) && !AUXILIARY_ING.has(p.lower)) ||
      (startsLower(p.text) && c > 1 && ARTICLES_ONLY.has(words[c - 2]!.lower))
    )
      cue = null;
  }
  // `cut its full-year profit forecast on Thursday`, `down from an earlier forecast of $2.60`: a
  // cue word closing a determiner's phrase of lower-case modifiers, with a preposition or a mark
  // after it and no `that` soon after, is that phrase's noun.
  if (cue && c > 1 && closesNounPhrase(words, c, hi)) cue = null;
  // The classifier reads the words of its vocabulary that no form holds, and the weak forms: a
  // weak form it confirms needs no subject right before it.
  let learned = false;
  // A weak form the classifier confirmed: it needs no clear subject, but is still a weak form.
  let confirmed = false;
  const model = lex.classifier;
  const lw = words[c]!.lower;
  const inVocab = model !== undefined && (flag !== undefined ? (flag & F_VOCAB) !== 0 : model.vocab.has(lw));
  if (cue?.weak && inVocab && classify(model, words, c, lex, feats) > CUE_MODEL_WEAK_THRESHOLD) {
    cue = { stance: cue.stance, next: cue.next, weak: false };
    confirmed = true;
  } else if (
    !cue &&
    inVocab &&
    !(c > 0 && DETERMINERS.has(words[c - 1]!.lower)) &&
    startsLower(words[c]!.text) &&
    !lex.quoteOnly.has(lw) &&
    !NEVER_LEARNED_CUES.has(lw)
  ) {
    // (After a determiner the word is a noun, dropped below anyway: not scored.)
    // An object without a clause is a stance only with a clear score, and never an indefinite
    // one (`published a timetable`, `shares a border`: a new thing, not a stance toward one).
    const clause = opensClause(words, c + 1);
    const next = words[c + 1]?.lower;
    const indefinite = !clause && (next === 'a' || next === 'an');
    if (
      !indefinite &&
      classify(model, words, c, lex, feats) > (clause ? CUE_MODEL_THRESHOLD : CUE_MODEL_OBJECT_THRESHOLD)
    ) {
      const stance = lex.cues.get(lw) ?? lex.general.get(lw) ?? (lex.beliefs.has(lw) ? 'believed' : 'other');
      cue = { stance, next: c + 1, weak: false };
      learned = true;
    }
  }
  // `wrote off efforts`: an entry in the accounts or a dismissal, not words said.
  // (`sells branded goods`: an adjective.)
  if (!cue || writesOff(words, lw, c + 1) || adjectiveCue(words, c)) return null;
  // (`Trump shot back, saying …`: a verb of a quote-only form with its particle reports nothing
  // away from a quotation.)
  // (Read only for a word that opens a longer lexicon form: most do not.)
  if (c + 1 < hi && lex.cuePrefixes.has(lw) && lex.quoteOnly.has(`${lw} ${words[c + 1]!.lower}`)) return null;
  // `pushed back against the report`: resistance to a claim, the particle and preposition the
  // cue's; `pushed back its launch by five months` is a delay, no stance.
  if (PUSH_FORMS.has(lw) && cue.next === c + 1 && words[c + 1]?.lower === 'back') {
    const p = words[c + 2]?.lower;
    if (p !== 'against' && p !== 'on') return null;
    cue = { stance: cue.stance, next: c + 3, weak: cue.weak };
  }
  // `brushed off questions`, `swept aside the objections`: the particle is the cue's.
  const particle = pastParticle(words, c, cue.next);
  if (particle !== cue.next) cue = { stance: cue.stance, next: particle, weak: cue.weak };
  // `after all is said and done`, `easier said than done`: `said` of a set phrase.
  if (saidIdiom(words, cue.next) || namingCall(words, c, cue.next)) return null;
  // `drills dubbed “Union Shield”`, `exercises titled Zapad-2021`: a naming participle after a
  // common noun names the thing; no one speaks.
  // (Not a passive, `was also dubbed`, nor a name given by an agent, `titled … by Neera Tanden`.)
  // (Also past a comma: `exercises involving 200,000 troops, titled Zapad-2021,`.)
  const noun = c > 1 && words[c - 1]!.text === ',' ? c - 2 : c - 1;
  if (
    c > 0 &&
    (NAMING_PARTICIPLES.has(words[c]!.lower) || (words[c]!.lower === 'called' && noun === c - 2)) &&
    allLower(words[noun]!.text, 3) &&
    !cuePrefix(words[noun]!) &&
    !VERB_AFTER_SUBJECT.has(words[noun]!.lower) &&
    !SUBJECT_PRONOUNS.has(words[noun]!.lower) &&
    !agentAhead(words, c + 1, hi) &&
    // (The name follows at once: `drills dubbed “Union Shield”`, not `residents dubbed the storm …`;
    // or an appositive set off by commas, `Such damage, called pulmonary fibrosis, is …`.)
    c + 1 < hi &&
    (/^["“‘'\p{Lu}]/u.test(words[c + 1]!.text) || (noun === c - 2 && appositiveClosed(words, c + 1, hi)))
  )
    return null;
  // `A spokesperson, asked about supply problems, said …`: a passive of asking set off after the
  // subject says what the subject was asked; the subject did not ask it.
  if (
    c > 1 &&
    words[c - 1]!.text === ',' &&
    ASKED_PASSIVES.has(words[c]!.lower) &&
    askedAbout(words[c + 1]) &&
    !activeSeries(words, c, hi)
  )
    return null;
  // `declined to discuss a motive`: the refusal's infinitive is no stance of its own.
  if (c >= 2 && words[c - 1]!.lower === 'to' && REFUSING.has(words[c - 2]!.lower)) return null;
  // `the claims`, `his disputed re-election`: after a determiner a cue word is a noun or adjective.
  if (c > 0 && DETERMINERS.has(words[c - 1]!.lower)) return null;
  return { cue, learned, confirmed };
}

/**
 * The attribution of candidate cue `cand` at word `c`: its source and content, pushed to `found`,
 * `edges` and `out` as `findGeneral` keeps them. Returns the word the search goes on after (`c`
 * when none was made).
 */
function attributeCue(
  words: readonly Word[],
  c: number,
  hi: number,
  lex: QuoteLexicon,
  used: Uint8Array,
  counter: WorkCounter | undefined,
  cand: Candidate,
  found: { cue: Range; src: Range | null; content: Range; forward: boolean }[],
  edges: number[],
  out: Attribution[],
): number {
  let cue = cand.cue;
  const learned = cand.learned;
  const confirmed = cand.confirmed;
  // `Trump’s claims that …`: a nominal cue after a possessive name is that name's.
  const owner = possessor(words, c, used);
  // `Spain’s hopes alive`, `Alibaba’s listing ceremony`: a nominal cue with no complement after
  // it is a thing owned (an object, a compound noun), not a stance voiced (`X’s repeated emphasis
  // that …` has one after its noun).
  if (
    owner &&
    startsLower(words[cue.next]?.text ?? '.') &&
    !NOUN_COMPLEMENT.has(words[cue.next]!.lower) &&
    words[cue.next + 1]?.lower !== 'that'
  )
    return c;
  // `The bank cut its growth forecast for next year`, `their sales forecast`: a cue right after a
  // possessive determiner and a lower-case noun is the head of a compound noun, no verb.
  if (
    !owner &&
    c >= 2 &&
    NOUN_VERB_CUES.has(words[c]!.lower) &&
    POSSESSIVES.has(words[c - 2]!.lower) &&
    startsLower(words[c - 1]!.text) &&
    /^\p{Ll}{3,}$/u.test(words[c - 1]!.text) &&
    !/(?:ly|ed)$/.test(words[c - 1]!.lower) &&
    // (`her allies fear …`: a plural before a bare form may be its subject.)
    !(words[c - 1]!.lower.endsWith('s') && !words[c]!.lower.endsWith('s'))
  )
    return c;
  let c0 = c;
  // `spoke at length about`, `wrote at length`: the idiom's verb opens the cue.
  if (
    words[c]!.lower === 'length' &&
    c >= 2 &&
    words[c - 1]!.lower === 'at' &&
    startsLower(words[c - 2]!.text) &&
    isFree(used, c - 1) &&
    isFree(used, c - 2)
  )
    c0 = c - 2;
  while (c0 > 0 && cuePrefix(words[c0 - 1]!) && isFree(used, c0 - 1)) c0--;
  // `The mayor was quoted by the Gazette as saying (that) …`: the subject speaks, the agent
  // relays; the content follows `as saying`, or is the clause before the subject's comma.
  if (words[cue.next]?.lower === 'by' && c0 > 0 && QUOTED.has(words[c]!.lower) && isPassive(words, c0, c)) {
    const q = quotedBy(words, c0, cue.next, hi, used);
    if (q) {
      found.push({ cue: q.cue, src: q.src, content: q.content, forward: q.content[0] > c });
      edges.push(Math.min(q.src[0], q.content[0]));
      out.push({
        content: rangeSpan(words, q.content),
        direct: false,
        cue: rangeSpan(words, q.cue),
        stance: 'said',
        source: rangeSpan(words, q.src),
        sourceName: rangeSpan(words, q.src),
        // (The relay's name without its article or description: `the Gazette` → `Gazette`.)
        via: rangeSpan(words, relayName('', words, q.via, lex)),
        rule: 'general/quoted-by',
        pronoun: isPronoun(words, q.src),
      });
      return Math.max(q.cue[1], q.content[1]) - 1;
    }
  }
  // `The meeting was first reported by Politico`: the agent speaks, the subject is what was said.
  if (words[cue.next]?.lower === 'by' && c0 > 0 && isPassive(words, c0, c)) {
    const agent = sourceAfter(words, cue.next + 1, hi);
    const subject = subjectBefore(words, c0, 0);
    // `None of these numbers has been confirmed by …`: a negated subject reports nothing.
    const negated =
      subject !== null &&
      (NEGATIVE.has(words[subject[0]]!.lower) ||
        (words[subject[0] - 1]?.lower === 'of' && NEGATIVE.has(words[subject[0] - 2]?.lower ?? '')));
    let ok = agent !== null && subject !== null && subject[1] - subject[0] >= 2 && !negated;
    for (let k = subject?.[0] ?? 0; ok && k < c0; k++) if (!isFree(used, k)) ok = false;
    if (agent && subject && ok) {
      found.push({ cue: [c0, cue.next + 1], src: agent.whole, content: subject, forward: false });
      edges.push(subject[0]);
      out.push({
        content: rangeSpan(words, subject),
        direct: false,
        cue: rangeSpan(words, [c0, cue.next + 1]),
        stance: cue.stance,
        source: rangeSpan(words, agent.whole),
        sourceName: rangeSpan(words, agent.name),
        via: null,
        rule: 'general/passive',
        pronoun: isPronoun(words, agent.name),
      });
      return agent.whole[1] - 1;
    }
  }
  // `The remark worried some analysts`, `Sanders's attacks have alarmed her supporters`: a verb
  // of feeling in the active whose object feels it; the object is the source, the subject what
  // the feeling is about.
  if (c0 > 0 && PSYCH_OBJECT.has(words[c]!.lower) && !isPassive(words, c0, c)) {
    const n = words[cue.next];
    // (The object ends before a clause: `convinced many Republicans that …`.)
    let oe = cue.next;
    while (oe < hi && oe < cue.next + MAX_SUBJECT && !OBJECT_ENDS.has(words[oe]!.lower)) oe++;
    let obj = n && startsLetter(n.text) && !/['’]/.test(n.text) ? sourceAfter(words, cue.next, oe) : null;
    // An object that opens with a determiner, a quantifier or a name, or ends in a plural noun
    // (`conservative Jews`), and no clause (`he worries Sanders would …`: a verb after it).
    if (obj) {
      const last = words[obj.name[1] - 1]!;
      const opens = DETERMINERS.has(n!.lower) || QUANTIFIERS.has(n!.lower) || isCapitalised(n!);
      const after = words[obj.whole[1]];
      const clause =
        after !== undefined && (CLAUSE_VERBS.has(after.lower) || /^\p{Ll}+(?:ed|s)$/u.test(after.text));
      if (!(opens || pluralHead(last) || isCapitalised(last)) || clause) obj = null;
    }
    const subject = obj ? subjectBefore(words, c0, 0) : null;
    // (A person's pronoun as the subject acts: `he also angered leaders with his comments`.)
    let ok =
      obj !== null &&
      subject !== null &&
      subject[1] === c0 &&
      !(subject[1] - subject[0] === 1 && /^(?:he|she|they|we|i|you|what)$/.test(words[subject[0]]!.lower));
    for (let k = subject?.[0] ?? 0; ok && k < c0; k++) if (!isFree(used, k)) ok = false;
    if (obj && subject && ok) {
      found.push({ cue: [c0, cue.next], src: obj.whole, content: subject, forward: false });
      edges.push(subject[0]);
      out.push({
        content: rangeSpan(words, subject),
        direct: false,
        cue: rangeSpan(words, [c0, cue.next]),
        stance: 'believed',
        source: rangeSpan(words, obj.whole),
        sourceName: rangeSpan(words, obj.name),
        via: null,
        rule: 'general/experiencer',
        pronoun: false,
      });
      return obj.whole[1] - 1;
    }
  }
  // `X, who said`, `the claims`: a cue after a determiner is a noun; keep only learned nouns.
  let src: Range | null = null;
  let srcName: Range | null = null;
  // After a verb of receiving: where the content starts past the agent of `from` (-1: no agent).
  let metFrom = -1;
  let rel = !owner && c0 > 0 && isFree(used, c0 - 1) ? relativeSource(words, c0 - 1) : null;
  // `five superdelegates, two of whom have already pledged …`, `both of whom opposed …`: a
  // quantified relative pronoun is the source as written, the phrase before its comma the name.
  if (
    !owner &&
    !rel &&
    c0 >= 3 &&
    words[c0 - 1]!.lower === 'whom' &&
    words[c0 - 2]!.lower === 'of' &&
    QUANTIFIERS_OF_WHOM.has(words[c0 - 3]!.lower) &&
    isFree(used, c0 - 3)
  ) {
    const q = c0 - 3;
    const name = q > 1 && words[q - 1]!.text === ',' ? phraseBefore(words, q - 1, 0) : null;
    rel = { whole: [q, c0], name: name ?? [q, c0] };
  }
  if (owner) src = owner;
  else if (rel) {
    src = rel.whole;
    srcName = rel.name;
  } else if (c0 > 0) {
    // `He then listed`, `Trump finally conceded`: an adverb of sequence between subject and cue.
    let end = c0;
    while (end > 1 && SEQUENCE_ADVERBS.has(words[end - 1]!.lower)) end--;
    // `Webb confessed to the kidnapping, admitting that …`: a participle after a comma that ends
    // a clause is no stance of an appositive (the main clause's subject is read below); after a
    // noun phrase it is (`Sen. Jane Roe, a candidate of …, naming X as her running mate`).
    const participleClause =
      words[end - 1]!.text === ',' &&
      c0 === c &&
      words[c]!.lower.endsWith('ing') &&
      clauseBeforeComma(words, end - 1);
    // `Obama inserted himself into the race by warning candidates …`: a participle after `by`
    // (the means of the main clause's deed) has that clause's subject, read below.
    // (`by` is read before the cue or as its first word: `by saying`.)
    const means =
      words[c]!.lower.endsWith('ing') &&
      ((c0 === c && words[end - 1]!.lower === 'by') || (c0 + 1 === c && words[c0]!.lower === 'by'));
    // `Vos faced questions about …`, `brushed off criticism from rivals that …`: a nominal cue
    // that a verb of receiving takes as its object is someone else's; the subject met it. Its
    // voice is the agent after `from`, if one.
    const met = receivedCue(words, end);
    if (met) {
      const agent = words[cue.next]?.lower === 'from' ? sourceAfter(words, cue.next + 1, hi) : null;
      if (!agent) {
        src = null;
        metFrom = -1;
      } else {
        src = agent.whole;
        srcName = agent.name;
        metFrom = agent.whole[1];
      }
    }
    let s = participleClause || means || met ? null : subjectBefore(words, end, 0);
    // `A letter from Jane Roe to the board said …`: the one a letter is addressed to, after `to`,
    // is no subject; the letter's phrase before it is.
    if (s && s[0] >= 4 && words[s[0] - 1]!.lower === 'to') {
      const letter = subjectBefore(words, s[0] - 1, 0);
      if (letter && addressedLetter(words, letter)) s = [letter[0], s[1]];
    }
    // `Thousands marched through the capital chanting …`: a participle's subject is the main
    // clause's, before that clause's own verb in the past.
    if (s && c0 === c && words[c]!.lower.endsWith('ing')) s = beforePastVerb(words, s);
    // `The allies will hold drills dubbed …`: a subject cut at its own verb before a learned or
    // weak cue (or a weak past participle the classifier confirmed) is another clause's; the cue
    // is a participle there, not a stance of that subject.
    const participle = confirmed && words[c]!.lower.endsWith('ed');
    if (s && s[0] < s[1] && !((learned || cue.weak || participle) && s[1] < end)) {
      let ok = true;
      for (let k = s[0]; k < s[1]; k++) if (!isShared(used, k)) ok = false;
      if (ok) src = s;
    }
  }
  // `There are growing concerns that …`, `Don't worry`, `That's according to …`: an expletive, an
  // auxiliary or a contracted `is` alone is no one's voice (PolNeAR never annotates `there` as a source).
  if (src && src[1] - src[0] === 1 && NO_SOURCE.has(words[src[0]]!.lower)) return c;
  // (`It's worth noting that …`: a contracted `is` opening the subject read is that clause's
  // verb; the words after it are its complement, no one's voice.)
  if (src && src[1] - src[0] > 1 && CONTRACTED_IS.has(words[src[0]]!.lower.replace('’', "'"))) return c;
  // (`Startup Unveils Battery It Says …`: a capitalised pronoun after a capitalised word ends a
  // title-case headline's subject read; it opens a relative clause whose pronoun is not resolved here.)
  if (
    src &&
    src[1] - src[0] > 1 &&
    /^(?:It|They)$/.test(words[src[1] - 1]!.text) &&
    isCapitalised(words[src[1] - 2]!)
  )
    return c;
  // `smaller than what McKinley said, but …`: a free relative's cue has `what` for its content;
  // nothing after it was said.
  if (src && src[1] - src[0] <= 5 && words[src[0]]!.lower === 'what') return c;
  // A weak form needs a clear subject: a pronoun or name right before it, or a short noun phrase
  // opened by a determiner (`held tense talks` is not `tense` talking).
  const subjectFound =
    src !== null &&
    (rel !== null ||
      isCapitalised(words[src[1] - 1]!) ||
      // `Sen. Bernie Sanders (I-Vt.) apologized`: a name before a bracketed affiliation.
      (words[src[1] - 1]!.text === ')' && nameBeforeBracket(words, src)) ||
      /^(?:he|she|they|we|i|you|it)$/.test(words[src[1] - 1]!.lower) ||
      (src[1] - src[0] <= 5 && DETERMINERS.has(words[src[0]]!.lower)) ||
      // `many residents worry`, `private lenders still considered`: a quantified or bare plural
      // subject, before a finite verb (`migrants seeking asylum` is a reduced relative clause).
      (((src[1] - src[0] <= 8 && QUANTIFIERS.has(words[src[0]]!.lower)) ||
        (src[1] - src[0] <= 3 && pluralHead(words[src[1] - 1]!))) &&
        // `15,000 soldiers were supporting the border guard`: forces act, they voice no stance.
        !FORCE_HEADS.has(words[src[1] - 1]!.lower) &&
        !(c0 === c && words[c]!.lower.endsWith('ing')) &&
        !(c0 < c && isPassive(words, c0, c))));
  // `…, citing X` / `… and then said X`: the subject opening the sentence speaks.
  // `“…,” he said, referring to …`: a participle after a speech clause shares its speaker.
  if (!src && c0 > 1 && words[c0 - 1]!.text === ',' && /ing$/.test(words[c]!.lower)) {
    const prev = speakerBeforeComma(words, c0 - 1, lex);
    if (prev) {
      src = prev.whole;
      srcName = prev.name;
    }
  }
  // `After suggesting on Wednesday that …, he apologized`, `While saying that …, Mr. Sanders
  // continued`: a participle opening a fronted adverbial clause has the subject of the main
  // clause, right after the clause's comma.
  if (
    !src &&
    c0 === c &&
    c0 >= 1 &&
    c0 <= 4 &&
    FRONT_PREPOSITIONS.has(words[c0 - 1]!.lower) &&
    words[c]!.lower.endsWith('ing')
  ) {
    const main = frontedClauseSubject(words, c + 1, hi);
    if (main) src = main;
  }
  // `Noting that …, the mayor called …`, `Citing safety concerns, Hale closed …`: a participle
  // opening the sentence has the main clause's subject; its content ends at the clause's comma.
  let frontEnd = -1;
  if (c === 0 && !startsLower(words[0]!.text)) {
    const main = src ? null : (frontedClauseSubject(words, 1, hi) ?? frontedNounSubject(words, 1, hi));
    // (`Recognizing …, Trump's aides …`: a possessive is no subject.)
    if (!main || /['’]s$/.test(words[main[1] - 1]!.text)) return c;
    src = main;
    frontEnd = main[0] - 1;
  }
  // `Obama himself seemed to recognize …`, `Republicans continue to warn that …`, `polls continue
  // to show …`: an infinitive cue after a verb of raising or control has that verb's subject.
  if (!src && c0 >= 3 && words[c0 - 1]!.lower === 'to') {
    const s = controllerBefore(words, c0 - 1);
    if (s) src = s;
  }
  if (
    !src &&
    c0 > 1 &&
    (words[c0 - 1]!.text === ',' ||
      words[c0 - 1]!.lower === 'and' ||
      (words[c]!.lower.endsWith('ing') &&
        ((c0 === c && words[c0 - 1]!.lower === 'by') || (c0 + 1 === c && words[c0]!.lower === 'by'))))
  ) {
    const subject = mainSubject(words, c0 - 1);
    if (subject && isCapitalised(words[0]!)) src = subject.name;
  }
  // `made no mention of`, `cast the blame on`, `sounded a cautious note about`: a light verb's
  // short object and its preposition belong to the cue; what follows is the content.
  if (cue.next === c + 1 && LIGHT_VERBS.has(words[c]!.lower)) {
    let p = lightObjectEnd(words, c + 1, hi);
    // `made clear that`, `took the view that`, `made it clear on Tuesday that`: the object before
    // a `that` clause is part of the cue too.
    if (p < 0) p = lightObjectBeforeThat(words, c + 1, hi);
    if (p > 0) cue = { stance: cue.stance, next: p, weak: cue.weak };
  }
  let start = contentStart(words, metFrom > 0 ? metFrom : cue.next, hi, words[c]!.lower);
  let content: Range | null = null;
  let forward = true;
  if (!src && start !== null && (c0 === 0 || /^[,—(]$/.test(words[c0 - 1]!.text))) {
    // `…, said Jim Clyburn, a Democratic congressman`: the source follows the cue.
    const after = sourceAfter(words, cue.next, hi);
    if (after && isCapitalised(words[after.name[0]]!)) {
      src = after.whole;
      const e = contentEnd(words, after.whole[1], hi);
      start = e > after.whole[1] + 1 ? after.whole[1] + (words[after.whole[1]]?.text === ',' ? 1 : 0) : null;
      if (start === null && c0 > 1 && words[c0 - 1]!.text === ',') {
        content = [0, c0 - 1];
        forward = false;
      }
    }
  }
  if (!content && start !== null) {
    const e = frontEnd > 0 ? frontEnd : clauseEnd(words, start, contentEnd(words, start, hi), c0);
    // One step per cue: the clause read is at most MAX_CONTENT_TOKENS long, whatever the input
    // (unbounded, a sentence of a thousand cues read a thousand times its length).
    if (counter) counter.steps += 1;
    if (e > start) content = [start, e];
  }
  if (!content && src && src[0] > 1 && words[src[0] - 1]!.text === ',') {
    // `CONTENT, the poll shows.`
    content = [0, src[0] - 1];
    forward = false;
  }
  // A weak form (`think`, `support`) is a stance only with its subject right before it, and not
  // as a reduced relative clause (`Videos shared on Telegram showed …`).
  const reduced =
    c0 === c &&
    words[c]!.lower.endsWith('ed') &&
    c > 0 &&
    (startsLower(words[c - 1]!.text) || c === 1) &&
    !/^(?:he|she|they|we|i|you|it)$/.test(words[c - 1]!.lower) &&
    REDUCED_PREPS.has(words[cue.next]?.lower ?? '');
  if (!content || (cue.weak && (!subjectFound || reduced))) return c;
  // `On Nov. 15, 2019, the ambassador testified`: a fronted setting is no content before its source.
  if (!forward && frontedSetting(words, content[0], content[1])) return c;
  // `Footage posted online showed …`: a participle right after its noun, a setting and the
  // clause's own past tense is a reduced relative clause (as the indirect rule reads it).
  if (
    c0 === c &&
    src !== null &&
    src[1] === c &&
    /^\p{Ll}{2,}ed$/u.test(words[c]!.text) &&
    settingThenPast(words, cue.next, hi)
  )
    return c;
  // A learned cue with no subject to speak is a stance about nobody (`what is known`).
  if ((learned || confirmed) && !src) return c;
  for (let k = content[0]; k < content[1]; k++)
    if (!isFree(used, k)) {
      content = [content[0], k];
      break;
    }
  while (content[1] > content[0] && TRAILING.test(words[content[1] - 1]!.lower))
    content = [content[0], content[1] - 1];
  // `responded within hours`, `confirmed by the governments`: a setting or an agent, not content.
  if (content[1] - content[0] < 2 || NOT_CONTENT.has(words[content[0]]!.lower)) return c;
  found.push({ cue: [c0, cue.next], src, content, forward });
  edges.push(src ? Math.min(src[0], c0) : c0);
  out.push({
    content: rangeSpan(words, content),
    direct: false,
    cue: rangeSpan(words, [c0, cue.next]),
    stance: cue.stance,
    source: src ? rangeSpan(words, src) : null,
    sourceName: srcName ? rangeSpan(words, srcName) : src ? rangeSpan(words, src) : null,
    via: null,
    rule: owner ? 'general/possessive-cue' : learned ? 'general/learned-cue' : 'general/cue',
    pronoun:
      src !== null && src[1] - src[0] === 1 && /^(?:he|she|they|we|i|you|it)$/.test(words[src[0]]!.lower),
  });
  // The next cue is looked for after this cue: a cue inside this content starts a new clause.
  return cue.next - 1;
}

/**
 * Attributions of one sentence's words found by the general rule; `isFree(used, k)` is false for
 * words that an earlier rule already used (cue, source or content), `isShared(used, k)` is true as
 * well for words used only as another attribution's source, which the subject of a cue here may share.
 */
export function findGeneral(
  words: readonly Word[],
  lex: QuoteLexicon,
  used: Uint8Array,
  counter?: WorkCounter,
  flags?: Uint8Array,
): Attribution[] {
  const hi = words.length;
  const out: Attribution[] = [];
  const edges: number[] = [];
  const found: { cue: Range; src: Range | null; content: Range; forward: boolean }[] = [];
  // `In a CNN poll released Monday, Clinton led by 24 points`: a survey or study named in a fronted
  // `In` phrase is the source of the clause after it, `In` its cue.
  const front = evidenceFront(words, hi, used);
  if (front) {
    found.push({ cue: [0, 1], src: front.src, content: front.content, forward: true });
    edges.push(0);
    out.push({
      content: rangeSpan(words, front.content),
      direct: false,
      cue: rangeSpan(words, [0, 1]),
      stance: 'reported',
      source: rangeSpan(words, front.src),
      sourceName: rangeSpan(words, front.src),
      via: null,
      rule: 'general/in-evidence',
      pronoun: false,
    });
  }
  const feats: number[] = [];
  // (Truncated only when it holds some: setting an array's length is a call into the runtime.)
  if (IN_AT.length > 0) IN_AT.length = 0;
  for (let c = 0; c < hi; c++) {
    if (!isFree(used, c)) continue;
    // Free `in`s, for a postposed poll (`evidenceAfter`): noted here, not read in a second pass.
    if (words[c]!.lower === 'in' && c >= 3) IN_AT.push(c);
    // `That's bad, according to Rubio, because …`, `46 percent to 39 percent according to a CBS
    // poll`, `G4S receives, according to one report, …`: what the indirect rule left (a content of
    // one or two words, no comma before, a parenthesis) has its source after `to`, up to a comma,
    // and the words before it for content; never the subject before it.
    if (words[c]!.lower === 'according' && words[c + 1]?.lower === 'to') {
      let e = c + 2;
      // (Both scans are bounded: a sentence of many `according to`s stays linear.)
      while (e < hi && e < c + 2 + MAX_ACCORDING && words[e]!.text !== ',' && words[e]!.text !== ';') e++;
      const after = c > 0 ? sourceAfter(words, c + 2, e) : null;
      let end = words[c - 1]?.text === ',' ? c - 1 : c;
      let start = end;
      while (
        start > 0 &&
        end - start < MAX_ACCORDING &&
        isFree(used, start - 1) &&
        words[start - 1]!.text !== ';'
      )
        start--;
      // `In addition, according to the department, nearly nine million …`, `This, according to
      // attendees, is …`: after a short opening the content follows the source's comma.
      if (after && end - start <= 3 && words[e]?.text === ',' && e + 1 < hi) {
        start = e + 1;
        end = contentEnd(words, start, hi);
        while (end > start && TRAILING.test(words[end - 1]!.lower)) end--;
        for (let k = start; k < end; k++)
          if (!isFree(used, k)) {
            end = k;
            break;
          }
      }
      if (after && end - start >= 2) {
        found.push({ cue: [c, c + 2], src: after.whole, content: [start, end], forward: start > c });
        edges.push(start);
        out.push({
          content: rangeSpan(words, [start, end]),
          direct: false,
          cue: rangeSpan(words, [c, c + 2]),
          stance: 'said',
          source: rangeSpan(words, after.whole),
          sourceName: rangeSpan(words, after.name),
          via: null,
          rule: 'general/according-to',
          pronoun: isPronoun(words, after.name),
        });
        c = (start > c ? end : after.whole[1]) - 1;
        continue;
      }
      continue;
    }
    // `The FBI is reportedly making arrangements …`: an adverb of hearsay left free (not next to a
    // cue it belongs to, `reportedly said`) reports the clause around it, from no one named.
    if (words[c]!.lower === 'reportedly') {
      const r = hearsay(words, c, hi, used);
      if (r) {
        found.push({ cue: [c, c + 1], src: null, content: r, forward: r[0] > c });
        edges.push(r[0]);
        out.push({
          content: rangeSpan(words, r),
          direct: false,
          cue: rangeSpan(words, [c, c + 1]),
          stance: 'reported',
          source: null,
          sourceName: null,
          via: null,
          rule: 'general/hearsay',
          pronoun: false,
        });
      }
      continue;
    }
    const flag = flags?.[c];
    // (A word of no form and outside the classifier's vocabulary is no cue: most words.)
    if (flag !== undefined && (flag & (F_GENERAL_FIRST | F_VOCAB)) === 0) continue;
    const cand = generalCandidate(words, c, hi, lex, flag, feats);
    if (cand !== null) c = attributeCue(words, c, hi, lex, used, counter, cand, found, edges, out);
  }
  // `Cruz came in second in January polls`: a postposed poll on the words left free.
  const after = IN_AT.length > 0 ? evidenceAfter(words, hi, used, found, IN_AT) : null;
  if (after) {
    out.push({
      content: rangeSpan(words, after.content),
      direct: false,
      cue: rangeSpan(words, [after.cue, after.cue + 1]),
      stance: 'reported',
      source: rangeSpan(words, after.src),
      sourceName: rangeSpan(words, after.src),
      via: null,
      rule: 'general/evidence-after',
      pronoun: false,
    });
  }
  // A forward content stops where the next attribution of the sentence begins.
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    if (!a.forward) continue;
    const edge = edges[i + 1]!;
    if (edge > a.content[0] && edge < a.content[1]) {
      let e = edge;
      while (e > a.content[0] && TRAILING.test(words[e - 1]!.lower)) e--;
      if (e > a.content[0]) out[i]!.content = rangeSpan(words, [a.content[0], e]);
    }
  }
  return out;
}

/** Auxiliaries between a subject and `reportedly` (`is reportedly`, `has reportedly`). */
const HEARSAY_AUX: ReadonlySet<string> = new Set(
  'is are was were has have had will would be been can could may might should must does did still also now already'.split(
    ' ',
  ),
);

/**
 * The clause that `reportedly` at `c` reports: its subject (over auxiliaries before the adverb) to
 * the clause's end, or the clause after it when it opens the sentence (`Reportedly, he …`). Null when
 * fewer than two words follow it. The subject is read back at most MAX_SUBJECT words.
 */
function hearsay(words: readonly Word[], c: number, hi: number, used: Uint8Array): Range | null {
  let a = c;
  while (a > 0 && c - a < 3 && HEARSAY_AUX.has(words[a - 1]!.lower)) a--;
  const subject = a > 0 ? subjectBefore(words, a, 0) : null;
  let from = c + 1;
  if (words[from]?.text === ',') from++;
  const end = clauseEnd(words, from, contentEnd(words, from, hi), c);
  if (end - from < 2) return null;
  const start = subject && subject[1] === a && isFree(used, subject[0]) ? subject[0] : a < c ? a : from;
  for (let k = start; k < end; k++) if (k !== c && !isFree(used, k)) return null;
  return [start, end];
}

/** True for `say` between commas (`, say,`) or after `suffice it to` / `needless to` / `that is to`. */
function sayIdiom(words: readonly Word[], c: number): boolean {
  if (words[c - 1]?.text === ',' && words[c + 1]?.text === ',') return true;
  if (words[c - 1]?.lower !== 'to') return false;
  const p = words[c - 2]?.lower;
  return (
    p === 'needless' ||
    (p === 'it' && words[c - 3]?.lower === 'suffice') ||
    (p === 'is' && words[c - 3]?.lower === 'that')
  );
}

/** The reader as the subject of a general cue: `you`, `maybe you`, `in case you` (at most 16 characters). */
const READER = /^(?:(?:maybe|perhaps|if|in case)\s+)?you$/;

/**
 * `You should aim to save …`, `Maybe you want to …`, `In case you want to know, …`: outside
 * quotation marks, the writer addressing the reader reports no one's words or stance (PolNeAR dev
 * annotates none of three). Only the general rule's cues: a verb of saying with `you` stays.
 */
export function readerSource(text: string, a: Attribution): boolean {
  if (!a.source || !a.rule.startsWith('general') || a.source[1] - a.source[0] > 16) return false;
  return READER.test(text.slice(a.source[0], a.source[1]).toLowerCase());
}
