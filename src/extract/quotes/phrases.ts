import type { Stance } from '../../model/mention.ts';
import { PERSON_NOUNS } from '../entities/coref.ts';
import { titleWords } from '../entities/roles.ts';
import {
  allLower,
  isCapitalised,
  isNumeric,
  startsLetter,
  startsLower,
  TokenBytes,
  type Word,
} from '../quantities/words.ts';
import { MAX_SOURCE_TOKENS } from './constants.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { stopStaysInName } from './titles.ts';
import { F_CUE_FIRST } from './word-flags.ts';

/**
 * Phrases around a reporting cue: the cue itself (longest lexicon form, not after a determiner, so
 * `the claims` is a noun), the speaker phrase before it (`Viktor Gulevich, chief of the general
 * staff,` / `Belarus’ military leaders` / `he`) or after it (`said the official`), and the name part
 * of a phrase used as `speakerText` / `viaText`.
 */

/** A token range `[start, end)` of a sentence's words. */
export type Range = readonly [number, number];

const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'another',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'other',
  'both',
  'this',
  'these',
  'those',
]);
/** Determiners that count or set apart (`two`, `other`), and those that may stand before them. */
const COUNTING_DETS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'several', 'many', 'other']);
const DEFINITE_DETS: ReadonlySet<string> = new Set([
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'these',
  'those',
]);
/** Words that cannot be inside a speaker phrase (function words, auxiliaries, time words). */
const NOT_IN_SOURCE: ReadonlySet<string> = new Set(
  `and or but nor of to in on at by for from with without as than that which who whom whose if when where while
  is are was were be been being am has have had do does did will would could should may might must can shall
  not no also too very just only even still yet already again then now there here it this
  last next week month year today yesterday tonight monday tuesday wednesday thursday friday saturday sunday
  morning afternoon evening night earlier later ago recently previously separately meanwhile however
  after before since until during because although though unless
  said says told added according reported`.split(/\s+/),
);
/** A pronoun or adverb with a contracted `is` (`it's`, `that's`): subject and verb, no speaker's word. */
export const CONTRACTED_IS: ReadonlySet<string> = new Set(
  "it's that's there's here's what's where's how's let's".split(' '),
);
const PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'him',
  'her',
  'them',
]);
/** Words inside a speaker phrase when a name follows them: `Residents of Hrodna`, `a diplomat in Minsk`. */
const INNER_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'from', 'to', 'with']);
/** Words between a speaker and the cue that are not part of either (`Washington last week accused`). */
const BETWEEN: ReadonlySet<string> = new Set(
  'has have had is was are were will would also again repeatedly previously separately later earlier already often once twice always then now today yesterday tonight monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'night',
  'morning',
  'afternoon',
  'evening',
]);
/** Words after a cue that introduce its setting rather than its content ("said in a video …"). */
const SETTING_PREPS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'late',
  'earlier',
  'last',
  'this',
]);

/** Media words dropped from the end of a relay's name (`Pul Pervogo Telegram` → `Pul Pervogo`). */
const STRIP_TAIL: ReadonlySet<string> = new Set(['telegram', 'channel', 'agency', 'tv', 'website', 'site']);

/** Quantifiers that head an `of` phrase (`most of the candidates`, `half of voters`). */
const QUANTIFIERS: ReadonlySet<string> = new Set(
  'most half all some many none each one two three four five several few both any majority minority share third quarter'.split(
    ' ',
  ),
);

/** Prepositions that continue a noun phrase to its head on the left (`a spokesman for …`). */
const PHRASE_PREPS: ReadonlySet<string> = new Set(['for', 'in', 'at', 'from', 'to', 'with', 'on', 'among']);

/** True for a word that may head a phrase continued by a preposition: a plain noun or a quantifier. */
function prepHead(w: Word): boolean {
  return isIn(w, P_QUANT) || (sourceWord(w) && allLower(w.text, 3));
}

/** True when the word may head a phrase continued by `of` (`head of`, `most of`, `percent of`). */
function ofHead(w: Word): boolean {
  return isIn(w, P_QUANT) || sourceWord(w) || isNumeric(w);
}

/**
 * Participles that describe a person before a title or a name (`retired general`, `outgoing
 * president`, `acting director`): a speaker phrase may open with one though it holds no other
 * word in -ed or -ing. Lower case only (a capitalised one opens a sentence and reads as a name).
 */
const PERSON_PARTICIPLES: ReadonlySet<string> = new Set(
  'retired acting outgoing incoming disgraced embattled ousted jailed exiled indicted convicted acclaimed celebrated renowned beleaguered unnamed leading founding visiting serving'.split(
    ' ',
  ),
);

/** True when the word is one a speaker phrase may hold (memoised per token: `PHRASE_BITS`). */
function sourceWord(w: Word): boolean {
  return (PHRASE_BITS.of(w) & P_SOURCE) !== 0;
}

/** `sourceWord` computed. */
function sourceWordOf(w: Word): boolean {
  if (isCapitalised(w)) return w.text.charCodeAt(0) < 128 || startsLetter(w.text);
  // (`&` and `+` inside names: `Procter & Gamble`, `AT&T`, `OPEC+`.)
  if (
    w.text === '’' ||
    w.text === "'" ||
    w.text === '-' ||
    w.text === '.' ||
    w.text === '&' ||
    w.text === '+'
  )
    return true;
  const ascii = asciiLowerWord(w.text);
  return (
    (ascii === null ? /^\p{Ll}[\p{Ll}\p{L}'’-]*$/u.test(w.text) : ascii) &&
    !NOT_IN_SOURCE.has(w.lower) &&
    (!(w.lower.endsWith('ed') || w.lower.endsWith('ing') || w.lower.endsWith('ly')) ||
      SOURCE_ADJECTIVES.has(w.lower) ||
      NOUNS_IN_LY.has(w.lower) ||
      SPEAKING_LY.has(w.lower) ||
      REPORTING_ING.has(w.lower))
  );
}

/**
 * True when the words before `and` at `k` are a determiner and one or two lower-case source words
 * (`their employer`, `a police spokesman`), set off by a comma or opening the text at `lo`: the
 * first of two coordinated speakers (`…, a police spokesman and fire officials said`).
 */
function determinedConjunct(words: readonly Word[], k: number, floor: number, lo: number): boolean {
  for (let j = k - 2; j >= k - 3 && j >= floor; j--) {
    const w = words[j + 1]!;
    if (!startsLower(w.text) || !sourceWord(w)) return false;
    if (isIn(words[j]!, P_DET)) return j === lo || words[j - 1]?.text === ',';
  }
  return false;
}

/** Nouns in `-ly` that speak (`The family said`, `a close ally said`, `the daily reported`). */
const SPEAKING_LY: ReadonlySet<string> = new Set('family ally assembly daily weekly monthly'.split(' '));
/**
 * Nouns in `-ing` of a document or an occasion that reports (`according to a filing by the U.S.
 * Attorney's Office`, `the court's ruling`, `a briefing for reporters`): no participle in a source.
 */
const REPORTING_ING: ReadonlySet<string> = new Set(
  'filing filings briefing briefings ruling rulings finding findings hearing hearings recording recordings'.split(
    ' ',
  ),
);
/** Nouns in `-ly` (`said a close ally of the president`, `according to a Reuters tally`), and adverbs of a participle before a noun (`the newly elected mayor`). */
const NOUNS_IN_LY: ReadonlySet<string> = new Set(
  'ally allies tally tallies family families assembly assemblies newly democratically popularly recently formerly'.split(
    ' ',
  ),
);
/** Adjectives in `-ed`/`-ing` that describe a speaker (`an unnamed source`, `the ruling party`, `retired general`). */
const SOURCE_ADJECTIVES: ReadonlySet<string> = new Set(
  'unnamed unidentified retired armed masked elected ruling governing leading acting outgoing incoming'.split(
    ' ',
  ),
);

/**
 * `/^\p{Ll}[\p{L}'’-]*$/u` read on an all-ASCII token without the regex: a lower-case letter, then
 * letters, apostrophes and hyphens. Null when the token holds a non-ASCII unit (the regex decides).
 */
function asciiLowerWord(t: string): boolean | null {
  let ok = t.length > 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 97 && c <= 122) continue;
    if (i === 0 || !((c >= 65 && c <= 90) || c === 39 || c === 45)) ok = false;
  }
  return ok;
}

/**
 * A word's membership of the sets the phrase scans read per word, as bits computed once per
 * interned token (`TokenBytes`) instead of a set lookup per word and call: `sourceWord`, then the
 * lower-case form in `DETERMINERS`, `INNER_PREPS`, `NOT_IN_SOURCE`, `PRONOUNS`, `QUANTIFIERS`,
 * `PHRASE_PREPS`, `BETWEEN`. (The eight bits are never all set: a value of 255 is not kept, only computed.)
 */
const P_SOURCE = 1;
const P_DET = 2;
const P_INNER = 4;
const P_NOT_IN_SOURCE = 8;
const P_PRONOUN = 16;
const P_QUANT = 32;
const P_PHRASE_PREP = 64;
const P_BETWEEN = 128;
/** The bits above of a word, computed. */
export function phraseBitsOf(w: Word): number {
  const l = w.lower;
  return (
    (sourceWordOf(w) ? P_SOURCE : 0) |
    (DETERMINERS.has(l) ? P_DET : 0) |
    (INNER_PREPS.has(l) ? P_INNER : 0) |
    (NOT_IN_SOURCE.has(l) ? P_NOT_IN_SOURCE : 0) |
    (PRONOUNS.has(l) ? P_PRONOUN : 0) |
    (QUANTIFIERS.has(l) ? P_QUANT : 0) |
    (PHRASE_PREPS.has(l) ? P_PHRASE_PREP : 0) |
    (BETWEEN.has(l) ? P_BETWEEN : 0)
  );
}
const PHRASE_BITS = new TokenBytes(phraseBitsOf);
/** `phraseBitsOf(w)`, memoised per token. */
export function phraseBits(w: Word): number {
  return PHRASE_BITS.of(w);
}
/**
 * More bits of a word read per word and call, memoised per token likewise: `cuePrefix`, the text in
 * `PERSON_PARTICIPLES`, the lower-case form in `TIME_NOUNS` and `AUXILIARIES`.
 */
const P2_CUE_PREFIX = 1;
const P2_PERSON_PARTICIPLE = 2;
const P2_TIME_NOUN = 4;
const P2_AUXILIARY = 8;
/** The bits above of a word, computed. */
export function phraseBits2Of(w: Word): number {
  return (
    (cuePrefixOf(w) ? P2_CUE_PREFIX : 0) |
    (PERSON_PARTICIPLES.has(w.text) ? P2_PERSON_PARTICIPLE : 0) |
    (TIME_NOUNS.has(w.lower) ? P2_TIME_NOUN : 0) |
    (AUXILIARIES.has(w.lower) ? P2_AUXILIARY : 0)
  );
}
const PHRASE_BITS2 = new TokenBytes(phraseBits2Of);
/** `phraseBits2Of(w)`, memoised per token. */
export function phraseBits2(w: Word): number {
  return PHRASE_BITS2.of(w);
}
/** True when the word has `bit` (one of the `P2_` bits). */
function isIn2(w: Word, bit: number): boolean {
  return (PHRASE_BITS2.of(w) & bit) !== 0;
}

/** True when the word's lower-case form is in the set of `bit` (one of the `P_` bits). */
function isIn(w: Word, bit: number): boolean {
  return (PHRASE_BITS.of(w) & bit) !== 0;
}

/** The cue starting at token `k`: its stance, the token after it and whether it needs a quotation, or null. */
export function cueAt(
  words: readonly Word[],
  k: number,
  hi: number,
  lex: QuoteLexicon,
  flag?: number,
): { stance: Stance; next: number; quoteOnly: boolean } | null {
  // `flag`: the word's flags (`word-flags.ts`) when the caller read them, instead of a set lookup.
  if (flag !== undefined ? (flag & F_CUE_FIRST) === 0 : !lex.cueFirstWords.has(words[k]!.lower)) return null;
  // Cues are lower-case verbs, or title-case after a name in a headline ("Kremlin Denies Plans").
  if (
    !startsLower(words[k]!.text) &&
    !(k > 0 && isCapitalised(words[k - 1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[k]!.text))
  ) {
    return null;
  }
  // The longest cue starting here, read word by word while the words so far begin a longer one.
  let best: { stance: Stance; n: number; key: string } | null = null;
  let key = words[k]!.lower;
  for (let n = 1; n <= lex.cueMaxWords && k + n <= hi; n++) {
    if (n > 1) key += ` ${words[k + n - 1]!.lower}`;
    const stance = lex.cues.get(key);
    if (stance !== undefined) best = { stance, n, key };
    if (!lex.cuePrefixes.has(key)) break;
  }
  if (!best) return null;
  // `wrote off $2 billion`, `has written down its stake`: an entry in the accounts, not words said.
  if (writesOff(words, best.key, k + best.n)) return null;
  // `had written`: `written` is a cue only after an auxiliary (`a written reply` is an adjective).
  if (best.key === 'written' && !(k > 0 && AUX_OF_PERFECT.has(words[k - 1]!.lower))) return null;
  // `sells branded goods`: a cue that is also an adjective labels only an object that opens with a
  // determiner, a pronoun, a name or `as` (`branded the budget a disgrace`, `branded him a liar`).
  if (best.n === 1 && adjectiveCue(words, k)) return null;
  const prev = words[k - 1];
  // `the claims`, `a report`, `his remarks`: nouns, not cues.
  // (`several said`, `some say`, `many believe`: a quantifier standing alone is the subject of a
  // verb that is no noun.)
  if (
    prev &&
    isIn(prev, P_DET) &&
    best.n === 1 &&
    !(PLAIN_VERB_CUES.has(best.key) && standsAlone(words, k - 1)) &&
    // (Nor a count after `of`: `the mother of three replied`; but a plural noun stays one: `one of
    // three claims filed`, `the second of two reports released`.)
    !(
      k > 1 &&
      words[k - 2]!.lower === 'of' &&
      COUNT_WORDS.has(prev.lower) &&
      (PLAIN_VERB_CUES.has(best.key) || !best.key.endsWith('s'))
    )
  )
    return null;
  return { stance: best.stance, next: k + best.n, quoteOnly: lex.quoteOnly.has(best.key) };
}

/** Auxiliaries of the perfect, before `written`. */
const AUX_OF_PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** Cue words that are also adjectives before a noun (`branded goods`). */
const ADJECTIVE_CUES: ReadonlySet<string> = new Set(['branded']);
/** Most capitalised words of a name labelled (`branded Boris Johnson a liar`). */
const MAX_LABELLED_NAME = 4;
/**
 * True when the words from `k` open the object of a label (`branded the budget`, `branded him`): a
 * determiner or a pronoun; a name only when the label follows it (`branded Smith a coward`,
 * `branded Smith “a liar”`, `branded Smith as …`; not `sells branded Nike trainers`, `the scheme,
 * branded Operation Safe Streets,`). Not `as` right after the cue: `goods branded as organic` is a
 * participle.
 */
function labelsObject(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  if (isIn(w, P_DET) || isIn(w, P_PRONOUN) || /^(?:his|her|its|their|our|my|your|them)$/.test(w.lower))
    return true;
  if (!isCapitalised(w)) return false;
  let j = k + 1;
  while (j < words.length && j - k < MAX_LABELLED_NAME && isCapitalised(words[j]!)) j++;
  const next = words[j];
  return next !== undefined && (/^(?:a|an|the|as)$/.test(next.lower) || OPENING_MARKS.has(next.text));
}
/** Opening quotation marks. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '‘', '"', "'", '«']);
/** True when word `k` is a cue that is also an adjective and reads as one here (`sells branded goods`). */
export function adjectiveCue(words: readonly Word[], k: number): boolean {
  return ADJECTIVE_CUES.has(words[k]!.lower) && !labelsObject(words, k + 1);
}
/** Forms of `be` (before a passive: `is used to say`). */
export const BE_FORMS: ReadonlySet<string> = new Set('is are was were be been being am'.split(' '));
/** Verbs of a habit before `to` and a cue (`used to say`, `likes to say`, `loved to tell`). */
const HABITS: ReadonlySet<string> = new Set('used like likes liked love loves loved'.split(' '));
/**
 * True when word `k` is a habit of HABITS (`used`, `likes`) with `to` after it: words between a
 * speaker and a cue (`His father used to say`, `As she likes to say`). Not after a form of `be`:
 * `Aloha is used to say “hello”` is a passive of use.
 */
/** Adjectives of a habit and the preposition before their gerund (`fond of saying`, `known for saying`). */
const HABIT_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['fond', 'of'],
  ['known', 'for'],
  ['famous', 'for'],
  ['notorious', 'for'],
  ['renowned', 'for'],
]);
function habitTo(words: readonly Word[], k: number): boolean {
  return (
    HABITS.has(words[k]!.lower) && words[k + 1]?.lower === 'to' && !BE_FORMS.has(words[k - 1]?.lower ?? '')
  );
}
/** A cue form ending in a form of `write`. */
const WRITE_FORM = /(?:^| )wr(?:ote|itten|ites?)$/;

/** True when cue form `key` is a form of `write` and `off`/`down` follows it at `next` (`wrote off`). */
export function writesOff(words: readonly Word[], key: string, next: number): boolean {
  const after = words[next]?.lower;
  // (`She wrote down, “Trust no one,”`: words written down beside a quotation are words said.)
  if (after === 'down' && /^[,:“‘"]$/.test(words[next + 1]?.text ?? '')) return false;
  return (after === 'off' || after === 'down') && WRITE_FORM.test(key);
}

/** Cue words that are verbs only, never nouns or adjectives after a quantifier (`several said`). */
const PLAIN_VERB_CUES: ReadonlySet<string> = new Set(
  'said say says told tell wrote write think thinks thought believe believes believed agree agreed argue argued insisted insist warned warn added stressed noted predicted predict'.split(
    ' ',
  ),
);

/**
 * True when the quantifier at `q` is a subject of its own: it opens the text or follows a mark, a
 * conjunction or an article (`…, and several said`, `The two said`), not a verb or auxiliary (`wanted
 * some say in …`, `have both argued`).
 */
function standsAlone(words: readonly Word[], q: number): boolean {
  if (!isIn(words[q]!, P_QUANT)) return false;
  const b = words[q - 1];
  return b === undefined || !startsLetter(b.text) || STANDALONE_BEFORE.has(b.lower);
}
const STANDALONE_BEFORE: ReadonlySet<string> = new Set(
  'and but or while though although because as since when where that the these those'.split(' '),
);

/** Suffixes of a company's or a person's name after a comma (`Dräger, Inc.`, `King, Jr.`). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'ltd',
  'llc',
  'corp',
  'co',
  'plc',
  'jr',
  'sr',
  'l.p',
]);

/** Prepositions after a participle of place or relation (`living near`, `working at`, `fighting for`). */
const PLACE_PREPS: ReadonlySet<string> = new Set(
  'near in at on outside inside around along across from with under behind beside for against'.split(' '),
);

/** Prepositions that are never a speaker alone (NOT_IN_SOURCE holds the common ones). */
const LONE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'through into onto upon via across toward towards amid despite'.split(' '),
);

/** Small counts that close a person's description (`mother of three`). */
const COUNT_WORDS: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10'.split(' '),
);

/** Possessive determiners that may follow a coordinated name (`Paganini and his team`). */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** A lower-case participle (`registered`, `acting`). */
const PARTICIPLE = /^\p{Ll}+(?:ed|ing)$/u;

/** A noun phrase ending at token `end` (exclusive), scanning back to `lo`: `[start, end)` or null. */
export function phraseBefore(words: readonly Word[], end: number, lo: number): Range | null {
  const last = words[end - 1];
  if (!last || end - 1 < lo) return null;
  if (isIn(last, P_PRONOUN)) {
    // `Startup Unveils Battery It Says Lasts …`: a pronoun in capitals after a capitalised word is
    // a title-case headline's relative clause; what it stands for is not read there.
    if ((last.text === 'It' || last.text === 'They') && end - 2 >= lo && isCapitalised(words[end - 2]!))
      return null;
    // `several of them`, `one of us`: the part of the group speaks, not the group.
    const part = end - 3;
    if (part >= lo && words[end - 2]!.lower === 'of' && isIn(words[part]!, P_QUANT)) return [part, end];
    return [end - 1, end];
  }
  let k = end - 1;
  const floor = Math.max(lo, end - MAX_SOURCE_TOKENS);
  let start = end;
  // `the 34-year-old mother of three`, `a father of two`: a count after `of` closes the phrase.
  if (
    k - 2 >= floor &&
    words[k - 1]!.lower === 'of' &&
    COUNT_WORDS.has(last.lower) &&
    sourceWord(words[k - 2]!)
  ) {
    start = k;
    k--;
  }
  while (k >= floor) {
    const w = words[k]!;
    if (isIn(w, P_DET)) {
      start = k;
      // `the two governments`, `its other partners`: an article or possessive before a numeral or
      // `other` opens the phrase.
      if (k - 1 >= floor && COUNTING_DETS.has(w.lower) && DEFINITE_DETS.has(words[k - 1]!.lower)) {
        start = k - 1;
        break;
      }
      // `the head of the union`, `most of the candidates`: an `of` phrase continues to its head.
      if (k - 2 >= floor && words[k - 1]!.lower === 'of' && ofHead(words[k - 2]!)) {
        k -= 2;
        continue;
      }
      // `A spokesman for the buyer`, `Many in the crowd`, `delegates at the convention`: a
      // prepositional phrase after a noun or quantifier belongs to the phrase that word heads.
      if (k - 2 >= floor && isIn(words[k - 1]!, P_PHRASE_PREP) && prepHead(words[k - 2]!)) {
        k -= 2;
        continue;
      }
      // `Paganini and his team`, `Clinton and her aides`: a name and those of its own, one speaker
      // (a common noun only after the possessive: `his wife Sahar` is a name of its own).
      if (
        k - 2 >= floor &&
        OWNERS.has(w.lower) &&
        end - k <= 3 &&
        !isCapitalised(words[end - 1]!) &&
        words[k - 1]!.lower === 'and' &&
        isCapitalised(words[k - 2]!) &&
        sourceWord(words[k - 2]!)
      ) {
        k -= 2;
        continue;
      }
      break;
    }
    // `Trump and Ryan`, `Her advisers and allies`: coordinated speakers.
    if (
      w.lower === 'and' &&
      start < end &&
      k - 1 >= floor &&
      (isCapitalised(words[k - 1]!) ||
        (isCapitalised(words[start]!) && isCapitalised(words[k - 1]!)) ||
        (words[k - 1]!.lower.endsWith('s') &&
          words[end - 1]!.lower.endsWith('s') &&
          sourceWord(words[k - 1]!)) ||
        // (`…, their employer and Malian officials said`: a determiner's noun set off by a comma or
        // opening the text, and a plural.)
        (words[end - 1]!.lower.endsWith('s') && determinedConjunct(words, k, floor, lo)))
    ) {
      k--;
      continue;
    }
    // `the board of elections`, `30 percent of voters`.
    if (w.lower === 'of' && start < end && k - 1 >= floor && ofHead(words[k - 1]!)) {
      k--;
      continue;
    }
    // `21 percent`, `52 percent of registered voters`: a figure heads the phrase.
    if (isNumeric(w) && start < end && start === k + 1 && startsLower(words[start]!.text)) {
      start = k;
      k--;
      continue;
    }
    // "Residents of Hrodna", "a spokesman for No. 10 Downing Street", "a diplomat in Minsk".
    if (
      isIn(w, P_INNER) &&
      start < end &&
      isCapitalised(words[start]!) &&
      k - 1 >= floor &&
      (startsLower(words[k - 1]!.text) || (k - 1 === lo && /^\p{Lu}\p{Ll}+s$/u.test(words[k - 1]!.text))) &&
      sourceWord(words[k - 1]!)
    ) {
      start = k;
      k--;
      continue;
    }
    // `registered voters`, `the unnamed officials`: a participle after a determiner, `of` or a figure.
    const modifier =
      // (The word before is read first: the participle's pattern runs only after one of those.)
      (start < end &&
        k - 1 >= floor &&
        (w.text.endsWith('ed') || w.text.endsWith('ing')) &&
        (isIn(words[k - 1]!, P_DET) || words[k - 1]!.lower === 'of' || isNumeric(words[k - 1]!)) &&
        (PARTICIPLE.test(w.text) || hyphenedModifier(w.text))) ||
      // `retired general Jane Roe`, `acting director Jane Roe`: a participle that describes a person
      // may open the phrase.
      (start < end && isIn2(w, P2_PERSON_PARTICIPLE));
    // `familiar with the mayor’s thinking`: a word in `-ing` heading the phrase after a possessive is
    // a noun. (After any determiner it cost PolNeAR dev attributions: `the building`-like nouns are
    // rarer there than gerunds read as clauses.)
    const gerund =
      start === end &&
      k - 1 >= floor &&
      w.text.endsWith('ing') &&
      startsLower(w.text) &&
      /\p{L}['’]s$/u.test(words[k - 1]!.text);
    if (!sourceWord(w) && !modifier && !gerund) break;
    // (`Officials briefing reporters said`, `Lawyers filing the suit said`: a reporting noun in
    // `-ing` after a plural and before the phrase's words is a participle, no part of the phrase.)
    if (
      start < end &&
      REPORTING_ING.has(w.lower) &&
      !w.lower.endsWith('s') &&
      k - 1 >= floor &&
      /^\p{L}{3,}s$/u.test(words[k - 1]!.text) &&
      !SPEAKING_LY.has(words[k - 1]!.lower) &&
      words[k - 1]!.lower !== 'news'
    )
      break;
    start = k;
    k--;
  }
  // Trim a leading possessive mark or dash left at the front, and a leading setting ("In December";
  // a preposition in capitals is an acronym's part: `AT&T`).
  while (start < end && !startsLetter(words[start]!.text) && !isNumeric(words[start]!)) start++;
  if (
    start + 2 < end &&
    /^(?:in|on|at|by|since|after|before|during|last|this)$/.test(words[start]!.lower) &&
    !allCapitals(words[start]!.text)
  )
    start += 2;
  while (start < end && isIn(words[start]!, P_INNER) && !allCapitals(words[start]!.text)) start++;
  if (start >= end) return null;
  // `It's worth noting`, `That’s fair to say`: a pronoun and a contracted `is` (capitalised, it
  // passes as a name) and lower-case words after it are a clause and its complement, no speaker.
  if (
    end - start >= 2 &&
    CONTRACTED_IS.has(words[start]!.lower.replace('’', "'")) &&
    startsLower(words[end - 1]!.text)
  )
    return null;
  // `”, the bespectacled, 71-year-old diplomat said`: right after a quotation, an article, one
  // lower-case adjective and a comma open the same phrase (adjectives in a series).
  if (
    start - 3 >= lo &&
    words[start - 1]!.text === ',' &&
    /^\p{Ll}+$/u.test(words[start - 2]!.text) &&
    /^(?:a|an|the)$/.test(words[start - 3]!.lower) &&
    start - 4 >= 0 &&
    CLOSING_MARKS.has(words[start - 4]!.text) &&
    /^[\p{Ll}\d]/u.test(words[start]!.text)
  )
    start -= 3;
  // Sentence-initial capitalised function words ("Meanwhile") are not speakers.
  // (Nor is a preposition alone: `stumbling through questions about …`.)
  if (
    end - start === 1 &&
    (isIn(words[start]!, P_NOT_IN_SOURCE) || LONE_PREPOSITIONS.has(words[start]!.lower))
  )
    return null;
  // `In a Bloomberg interview Trump declared`, `At the rally Trump said`: after a preposition of
  // setting, a common noun's phrase is the setting and the name closing it the subject.
  // (Only a preposition opening the clause, a determiner opening the phrase, and a common noun
  // that is no title before the name: `the novelist Jo Walton`, `rival Donald Trump` stay whole.)
  if (
    start > lo &&
    end - start >= 3 &&
    isSettingStart(words[start - 1]) &&
    (start - 1 === lo || !startsLetter(words[start - 2]!.text)) &&
    isIn(words[start]!, P_DET) &&
    isCapitalised(words[end - 1]!)
  ) {
    let k = end - 1;
    while (k > start && isCapitalised(words[k - 1]!)) k--;
    if (k > start + 1 && startsLower(words[k - 1]!.text) && !titleWords().has(words[k - 1]!.lower)) start = k;
  }
  return [start, end];
}

/** True for a token of two or more letters, all capitals (`AT`, `IN`): an acronym or its part. */
function allCapitals(t: string): boolean {
  if (t.length < 2) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * True for a hyphened participle of rank or role (`14th-ranked`, `top-seeded`, `long-serving`):
 * lower-case letters, digits and inner hyphens, ending in `ed` or `ing`. Read by character.
 */
function hyphenedModifier(t: string): boolean {
  if (t.length > 40 || t.charCodeAt(0) === 45 || t.charCodeAt(t.length - 1) === 45) return false;
  let hyphen = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 45) hyphen = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return hyphen;
}

/**
 * True for a party and state tag after a legislator's name (`R-Ohio`, `D-N.Y`, `I-Vt`): one
 * capital of a party, a hyphen, and a capitalised state. Read by character, no regex.
 */
export function partyTag(t: string): boolean {
  const p = t.charCodeAt(0);
  return (
    t.length >= 4 &&
    (p === 68 || p === 82 || p === 73) &&
    t.charCodeAt(1) === 45 &&
    t.charCodeAt(2) >= 65 &&
    t.charCodeAt(2) <= 90
  );
}

/**
 * The speaker before a cue at `cue`: the phrase right before it, or across an appositive
 * (`Viktor Gulevich, chief of the general staff, said`): the whole range and the name part.
 */
export function sourceBefore(
  words: readonly Word[],
  cueAt: number,
  lo: number,
): { whole: Range; name: Range } | null {
  let cue = cueAt;
  for (let guard = 0; guard < 4 && cue - 1 > lo; guard++) {
    const w = words[cue - 1]!;
    if (isIn(w, P_BETWEEN) || cuePrefix(w)) cue--;
    // `His father used to say`, `As she likes to say`: a habit before the cue.
    else if (w.lower === 'to' && cue - 2 > lo && habitTo(words, cue - 2)) cue -= 2;
    // `Quell is fond of saying`, `He was known for saying`: an adjective of a habit and its
    // preposition before a gerund (the copula before them is a cue prefix).
    else if (cue - 2 > lo && HABIT_ADJECTIVES.get(words[cue - 2]!.lower) === w.lower) {
      cue -= 2;
      if (cue - 1 > lo && /^(?:so|very|particularly|especially)$/.test(words[cue - 1]!.lower)) cue--;
    } else if (
      isIn2(w, P2_TIME_NOUN) &&
      cue - 2 > lo &&
      /^(?:last|this|next|that)$/.test(words[cue - 2]!.lower)
    )
      cue -= 2;
    // "Lukashenka on Monday said": after a weekday, its `on`.
    else if (w.lower === 'on' && cue < cueAt) cue--;
    else break;
  }
  // A bracketed affiliation between the name and its cue: `Rep. Gwen Moore (D-Wis.) said`.
  if (cue - 1 > lo && words[cue - 1]!.text === ')') {
    let open = cue - 2;
    while (open > lo && open >= cue - 1 - MAX_BRACKETED && words[open]!.text !== '(') open--;
    if (open > lo && words[open]!.text === '(') {
      const name = phraseBefore(words, open, lo);
      return name && nameWord(words[name[1] - 1]!) ? { whole: [name[0], cue], name } : null;
    }
  }
  // `Gov. John Kasich (R-OH), said`: a bracketed affiliation and a comma before the cue.
  if (cue - 2 > lo && words[cue - 1]!.text === ',' && words[cue - 2]!.text === ')') {
    let open = cue - 3;
    while (open > lo && open >= cue - 2 - MAX_BRACKETED && words[open]!.text !== '(') open--;
    if (open > lo && words[open]!.text === '(') {
      const name = phraseBefore(words, open, lo);
      if (name && nameWord(words[name[1] - 1]!)) return { whole: [name[0], cue - 1], name };
    }
  }
  // `Humphrey, who calls Trump a “sociopath,” said`: a comma inside a closing mark ends an
  // appositive as well; the phrase is read as if the mark stood before the comma.
  if (cue - 2 > lo && words[cue - 2]!.text === ',' && CLOSING_MARKS.has(words[cue - 1]!.text)) {
    const inner = sourceBefore(words, cue - 1, lo);
    return inner && inner.whole[1] === cue - 2 ? { whole: [inner.whole[0], cue], name: inner.name } : inner;
  }
  if (cue - 1 >= lo && words[cue - 1]!.text === ',') {
    // Appositives between commas: "Viktor Gulevich, chief of the general staff, said", "Clinton,
    // 35, the daughter of …, said": try each earlier comma (at most three) for a name before it.
    const floor = Math.max(lo, cue - 2 - 3 * MAX_SOURCE_TOKENS);
    let p = cue - 2;
    for (let tries = 0; tries < 3; tries++) {
      // (`Dräger, Inc.,`, `Martin Luther King, Jr.,`: a comma before a company's or a name's suffix
      // is inside the name.)
      while (p >= floor && (words[p]!.text !== ',' || NAME_SUFFIXES.has(words[p + 1]!.lower))) p--;
      if (p < floor || p < lo) return null;
      // "One Republican hopeful, Carly Fiorina, says": the name is the part between the commas.
      if (tries === 0) {
        // `Sen. Jane Roe, R-Ohio, said`: a party and state tag is no name; the name stands before it.
        if (partyTag(words[p + 1]!.text)) {
          const name = p > lo ? phraseBefore(words, p, lo) : null;
          if (name && nameWord(words[name[1] - 1]!)) return { whole: [name[0], cue - 1], name };
        }
        let allNames = p + 1 < cue - 1 && !partyTag(words[p + 1]!.text);
        for (let k = p + 1; k < cue - 1; k++)
          if (!isCapitalised(words[k]!) && words[k]!.text !== '.') allNames = false;
        const before = p > lo ? phraseBefore(words, p, lo) : null;
        // `Rob Goldman, President Ascom North America, says`: a part opening with a title word is
        // the name's office; the name stands before it (`Mark Hill, Director, IIFL Securities,`:
        // also before an office alone).
        if (allNames && before && isCapitalised(words[before[0]]!)) {
          const titles = titleWords();
          if (
            titles.has(words[p + 1]!.lower) &&
            personLike(words, before) &&
            !allTitles(words, before, titles)
          )
            return { whole: [before[0], cue - 1], name: before };
          if (allTitles(words, before, titles) && before[0] - 1 > lo && words[before[0] - 1]!.text === ',') {
            const name = phraseBefore(words, before[0] - 1, lo);
            if (name && personLike(words, name) && !allTitles(words, name, titles))
              return { whole: [name[0], cue - 1], name };
          }
        }
        if (allNames) return { whole: [before ? before[0] : p + 1, cue - 1], name: [p + 1, cue - 1] };
        // `The senator, speaking of her opponent, said`, `Officials, speaking on condition of
        // anonymity, said`: a participle's appositive; the phrase before it speaks, named or not.
        const lead = words[p + 1]!;
        if (
          before &&
          cue - 1 - (p + 1) >= 2 &&
          startsLower(lead.text) &&
          lead.text.endsWith('ing') &&
          PARTICIPLE.test(lead.text) &&
          (before[0] === lo || /^[,;:—–]$/.test(words[before[0] - 1]!.text))
        )
          return { whole: [before[0], cue - 1], name: before };
        // `A union spokeswoman, who declined to be named, said`: a relative clause set off by
        // commas; the phrase before it speaks, named or not.
        if (
          before &&
          cue - 1 - (p + 1) >= 3 &&
          relativeLead(words, p + 1) &&
          // (Not after a comma: `Olga Marsh, political director of X, which …, said` is the
          // name's appositive, read below.)
          clauseOpens(words, before[0], lo)
        )
          return { whole: [before[0], cue - 1], name: before };
      }
      // `The union, which represents 40,000 workers, mostly in Ohio, said`: one comma inside the
      // relative clause.
      if (tries === 1 && relativeLead(words, p + 1) && cue - 1 - (p + 1) >= 4) {
        const before = p > lo ? phraseBefore(words, p, lo) : null;
        if (before && !isCapitalised(words[p - 1]!) && clauseOpens(words, before[0], lo))
          return { whole: [before[0], cue - 1], name: before };
      }
      // `Rep. Jane Roe (R-Ohio), a member of the panel, said`: the name before a bracketed tag.
      const bracketed = p - 1 > lo && words[p - 1]!.text === ')' ? bracketOpen(words, p - 1, lo) : -1;
      const name =
        bracketed > lo ? phraseBefore(words, bracketed, lo) : p > lo ? phraseBefore(words, p, lo) : null;
      if (
        name &&
        nameWord(words[name[1] - 1]!) &&
        (name[0] === lo || /^[,;:—–(]$/.test(words[name[0] - 1]!.text))
      ) {
        // `Jane Smith, political director of Harbour Action, which wrote …, said`: a description
        // after a name between commas is the name's appositive; the name speaks.
        const named = describes(words, name) ? nameBeforeAppositive(words, name[0], lo) : null;
        return named ? { whole: [named[0], cue - 1], name: named } : { whole: [name[0], cue - 1], name };
      }
      p--;
    }
    return null;
  }
  let name = phraseBefore(words, cue, lo);
  // "The West has for months warned": step over a prepositional phrase and an auxiliary.
  for (let hop = 0; hop < 2 && name && name[0] - 1 >= lo && HOP_PREPS.has(words[name[0] - 1]!.lower); hop++) {
    let k = name[0] - 1;
    while (k - 1 >= lo && isIn2(words[k - 1]!, P2_AUXILIARY)) k--;
    if (k === name[0] - 1) break;
    name = phraseBefore(words, k, lo);
  }
  // `… and one in five say`, `more than 4 in 10 said`: a share of people `N in M` (`N out of M`),
  // with a word of approximation before it, is the speaker, not its last number.
  if (name && name[1] - name[0] === 1) {
    const share = shareBefore(words, name[0], lo);
    if (share < name[0]) return { whole: [share, name[1]], name: [share, name[1]] };
  }
  // `two sources briefed on the matter said`, `people close to the talks said`: the phrase before
  // the cue is what the speakers know; they are the phrase before its descriptor.
  if (name && name[0] - 2 > lo) {
    const prep = words[name[0] - 1]!.lower;
    const described = DESCRIPTORS.get(words[name[0] - 2]!.lower);
    const head = described?.has(prep) ? phraseBefore(words, name[0] - 2, lo) : null;
    if (head) return { whole: [head[0], name[1]], name: head };
  }
  // `A senior official who spoke on condition of anonymity said`: a restrictive relative clause
  // before the cue belongs to the speaker phrase; the speaker is the phrase before `who`.
  if (name) {
    const rel = restrictiveRelative(words, name[0], lo);
    if (rel) return { whole: [rel[0], name[1]], name: rel };
  }
  // `A union representing store workers said`, `Protesters blocking the road said`: a participle
  // between two noun phrases; the first, opening the clause, speaks.
  // (Not a compound adjective: `potent planet-warming chemicals`.)
  // (Also over a preposition after the participle: `Residents living near the plant said`.)
  const part =
    name && name[0] - 3 >= lo && PLACE_PREPS.has(words[name[0] - 1]!.lower)
      ? name[0] - 2
      : name
        ? name[0] - 1
        : -1;
  if (name && part - 1 >= lo && participleClauseStart(words[part]!) && !words[part]!.text.includes('-')) {
    const head = phraseBefore(words, part, lo);
    if (
      head &&
      head[1] === part &&
      (head[0] === lo ||
        /^[,;:—–(]$/.test(words[head[0] - 1]!.text) ||
        CLAUSE_OPENERS.has(words[head[0] - 1]!.lower))
    ) {
      // (`Media reports citing U.S. officials said`: the one cited speaks, as after `, citing X,`.)
      const cited = words[name[0] - 1]!.lower === 'citing' || words[name[0] - 1]!.lower === 'quoting';
      // (`A group calling itself BlackTide claimed`: the phrase speaks by the name it took.)
      const named = words[part]!.lower === 'calling' && REFLEXIVES.has(words[part + 1]!.lower);
      if (named && part + 2 < name[1]) return { whole: [head[0], name[1]], name: [part + 2, name[1]] };
      return { whole: [head[0], name[1]], name: cited ? name : head };
    }
  }
  return name ? { whole: name, name } : null;
}

/** Numbers of a share written `N in M` (`one in five`, `4 in 10`). */
const SHARE_NUMBER = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)$/;
/** Words of approximation before a share (`more than 4 in 10`, `nearly one in five`). */
const SHARE_APPROX: ReadonlySet<string> = new Set(
  'nearly almost about roughly some only just around approximately'.split(' '),
);

/**
 * The start of a share `N in M` / `N out of M` ending with the number at `m` (with `more than`,
 * `fewer than`, `nearly` … before it), or `m` when the words before it are no share.
 */
function shareBefore(words: readonly Word[], m: number, lo: number): number {
  if (!SHARE_NUMBER.test(words[m]!.lower)) return m;
  let k = m - 1;
  if (k > lo && words[k]!.lower === 'of' && words[k - 1]!.lower === 'out') k -= 2;
  else if (k >= lo && words[k]!.lower === 'in') k--;
  else return m;
  if (k < lo || !SHARE_NUMBER.test(words[k]!.lower)) return m;
  let a = k;
  if (a - 2 >= lo && words[a - 1]!.lower === 'than' && /^(?:more|fewer|less)$/.test(words[a - 2]!.lower))
    a -= 2;
  else if (a - 1 >= lo && SHARE_APPROX.has(words[a - 1]!.lower)) a--;
  return a;
}

/** True for two to four capitalised words with no determiner (`Rob Goldman`; not `The senator`). */
function personLike(words: readonly Word[], r: Range): boolean {
  if (r[1] - r[0] < 2 || r[1] - r[0] > 4 || DETERMINERS.has(words[r[0]]!.lower)) return false;
  for (let k = r[0]; k < r[1]; k++) if (!isCapitalised(words[k]!)) return false;
  return true;
}

/** True when words `[s, e)` are all capitalised (dotted initials allowed): a name. */
function capitalisedNames(words: readonly Word[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isCapitalised(words[k]!) && words[k]!.text !== '.') return false;
  return true;
}

/** True when every word of `r` is a title word (`Director`, `Chief Executive`). */
function allTitles(words: readonly Word[], r: Range, titles: ReadonlySet<string>): boolean {
  for (let k = r[0]; k < r[1]; k++) if (!titles.has(words[k]!.lower)) return false;
  return true;
}

/** The index of the `(` that the `)` at `close` closes, read back at most MAX_BRACKETED words, or -1. */
function bracketOpen(words: readonly Word[], close: number, lo: number): number {
  for (let k = close - 1; k > lo && k >= close - MAX_BRACKETED; k--) {
    const t = words[k]!.text;
    if (t === '(') return k;
    if (t === ')') return -1;
  }
  return -1;
}

/**
 * The name before the comma ahead of an appositive starting at `k` (`Jane Smith, political
 * director of …`): a phrase of capitalised words that opens a clause, or null.
 */
function nameBeforeAppositive(words: readonly Word[], k: number, lo: number): Range | null {
  if (k - 1 <= lo || words[k - 1]!.text !== ',') return null;
  const prev = phraseBefore(words, k - 1, lo);
  if (!prev || !isCapitalised(words[prev[0]]!) || !isCapitalised(words[prev[1] - 1]!)) return null;
  // `On Monday, the People's Daily, …`: a setting is no name.
  if (FRONTED.has(words[prev[0]]!.lower)) return null;
  return prev[0] === lo || CLAUSE_OPENERS.has(words[prev[0] - 1]!.lower) ? prev : null;
}

/**
 * True when a phrase is a description, not a name: it opens with a lower-case word that is no
 * determiner before a capitalised one (`president of …`, `a former director of …`; not `the
 * People's Daily`).
 */
function describes(words: readonly Word[], r: Range): boolean {
  const first = words[r[0]]!;
  if (!startsLower(first.text)) return false;
  return !(isIn(first, P_DET) && r[0] + 1 < r[1] && isCapitalised(words[r[0] + 1]!));
}

/** Words after which a subject phrase opens a clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  '—',
  '–',
  '“',
  '"',
  'and',
  'but',
  'so',
  'yet',
  'while',
  'because',
]);
/** Most words of a restrictive relative clause read back from the phrase before a cue. */
const MAX_RELATIVE = 14;
/** Words a restrictive relative clause before a cue does not run over. */
const RELATIVE_STOPS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  'and',
  'but',
  'or',
  'that',
  // (Another cue's verb: `the one who trained in Kenya said she felt …` is no relative before `felt`.)
  'said',
  'says',
  'told',
]);

/** Closing quotation marks as tokens. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '»']);

/**
 * The noun phrase before `who`/`whose` when words `[who, end)` are a restrictive relative clause (no
 * comma, coordination or quotation mark in it) ending where the phrase before a cue starts, or null.
 */
function restrictiveRelative(words: readonly Word[], end: number, lo: number): Range | null {
  for (let j = end - 1; j > lo && j >= end - MAX_RELATIVE; j--) {
    const w = words[j]!.lower;
    if (RELATIVE_STOPS.has(w)) return null;
    if (w !== 'who' && w !== 'whose') continue;
    const head = phraseBefore(words, j, lo);
    // The phrase is a subject: it opens the clause (`of Americans who …` is an object's).
    const opens = head !== null && (head[0] === lo || CLAUSE_OPENERS.has(words[head[0] - 1]!.lower));
    return head && head[1] === j && opens ? head : null;
  }
  return null;
}

/** Words that, with their preposition, describe an unnamed source by what it knows (`familiar with`). */
export const DESCRIPTORS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['briefed', new Set(['on'])],
  ['familiar', new Set(['with'])],
  ['close', new Set(['to'])],
  ['knowledge', new Set(['of'])],
  ['involved', new Set(['in'])],
  ['aware', new Set(['of'])],
  ['privy', new Set(['to'])],
  ['informed', new Set(['of', 'about'])],
]);

/** Words in `-ing` that open a title or a list, not a participle clause (`acting director`, `including`). */
const NOT_PARTICIPLE_CLAUSE: ReadonlySet<string> = new Set(
  'including acting managing ranking founding outgoing incoming presiding visiting governing during according'.split(
    ' ',
  ),
);
/** True when `w` opens a participle clause after a name (`speaking at a rally`, `citing data`). */
export function participleClauseStart(w: Word): boolean {
  const l = w.lower;
  return l.length > 4 && l.endsWith('ing') && startsLower(w.text) && !NOT_PARTICIPLE_CLAUSE.has(l);
}

/** The most words a bracketed affiliation after a name holds (`(D-Wis.)`, `(left, in blue)`). */
const MAX_BRACKETED = 8;

const HOP_PREPS: ReadonlySet<string> = new Set([
  'for',
  'in',
  'on',
  'over',
  'since',
  'during',
  'after',
  'last',
  'earlier',
]);
const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'also',
  'repeatedly',
  'previously',
]);

/** Adverbs of recency before the participle of a new office (`newly appointed`, `recently named`). */
const RECENTLY: ReadonlySet<string> = new Set(['newly', 'recently', 'just']);

/**
 * `the newly appointed chief`, `its recently named chair`: an adverb of recency and a participle in
 * `-ed` inside a speaker phrase after its first word, before a lower-case noun. Each word of the
 * pair is read here in turn (at the adverb, then at the participle).
 */
function newlyMade(words: readonly Word[], e: number, k: number, hi: number): boolean {
  if (e === k) return false;
  const w = words[e]!;
  const next = words[e + 1];
  if (RECENTLY.has(w.lower) && next && e + 2 < hi && allLower(next.text, 3))
    return next.lower.endsWith('ed') && sourceWord(words[e + 2]!) && !words[e + 2]!.lower.endsWith('ed');
  const prev = words[e - 1]!;
  return w.lower.endsWith('ed') && allLower(w.text, 3) && RECENTLY.has(prev.lower) && e - 1 > k && e + 1 < hi;
}

/**
 * A lower-case participle in `-ing` or `-ed` before a lower-case noun of a speaker phrase (`visiting`
 * in `the visiting minister`, `tracking` in `the tracking site`): an adjective there, read only
 * right after a determiner (`said the building collapsed` has no noun after its participle).
 */
function participleBeforeNoun(words: readonly Word[], e: number, hi: number): boolean {
  const w = words[e]!;
  const next = words[e + 1];
  if (
    !next ||
    e + 1 >= hi ||
    !allLower(w.text, 3) ||
    w.text.length < 5 ||
    !(w.lower.endsWith('ing') || w.lower.endsWith('ed'))
  )
    return false;
  // (Not before a verb: `warned the rising dollar would hurt …` has a clause there, not a speaker.)
  return allLower(next.text, 3) && sourceWord(next) && !AUXILIARY_VERBS.has(words[e + 2]?.lower ?? '');
}

/** Auxiliaries and modals: after a noun they make it a clause's subject; after a comma the main clause resumes. */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(
  'is are was were has have had will would can could should may might must does did'.split(' '),
);

/** A speaker phrase right after a cue (`said Lukashenko`, `said the official, …`), or null. */
/** True for a token opening with a digit (`9/11`, `23-year-old`, `2016`). */
function digitFirst(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * True when a lower-case participle at `k` opens a title of common nouns before a name (`certified
 * financial planner Eric Roberge`, `licensed therapist Jo Hart`): one to three lower-case words of a
 * speaker's phrase, then a capitalised word.
 */
function participleTitle(words: readonly Word[], k: number, hi: number): boolean {
  if (!/^\p{Ll}{3,}(?:ed|ing)$/u.test(words[k]!.text)) return false;
  let j = k + 1;
  while (j < hi && j <= k + 3 && startsLower(words[j]!.text) && sourceWord(words[j]!)) j++;
  return j > k + 1 && j < hi && isCapitalised(words[j]!) && sourceWord(words[j]!);
}

export function sourceAfter(
  words: readonly Word[],
  k: number,
  hi: number,
): { whole: Range; name: Range } | null {
  let e = k;
  while (
    e < hi &&
    e < k + MAX_SOURCE_TOKENS &&
    (sourceWord(words[e]!) ||
      newlyMade(words, e, k, hi) ||
      // `said retired general Jane Roe`; `said 9/11 widow Terry Strada`, `said 23-year-old student Jane
      // Roe`: a modifier that opens with a digit, before a noun.
      (e === k &&
        (isIn2(words[e]!, P2_PERSON_PARTICIPLE) || digitFirst(words[e]!.text)) &&
        e + 1 < hi &&
        sourceWord(words[e + 1]!)) ||
      (e === k && participleTitle(words, e, hi)) ||
      // `said the visiting minister`, `according to the tracking site X`
      (e === k + 1 && isIn(words[k]!, P_DET) && participleBeforeNoun(words, e, hi))) &&
    (words[e]!.text !== '.' || (e > k && stopStaysInName(words[e - 1]!.text, true)))
  )
    e++;
  if (e === k) {
    if (k < hi && isIn(words[k]!, P_DET)) {
      e = k + 1;
      while (e < hi && e < k + MAX_SOURCE_TOKENS && sourceWord(words[e]!)) e++;
    }
    if (e <= k + 1) return null;
  }
  // `her aide`: a possessive before a noun is a determiner, not the speaker.
  const possessive = words[k]!.lower === 'her' && k + 1 < e;
  if (isIn(words[k]!, P_PRONOUN) && !possessive) return { whole: [k, k + 1], name: [k, k + 1] };
  let whole: Range = [k, e];
  // `people close to the negotiations`: the descriptor and what it names belong to the source.
  if (e - 1 > k && DESCRIPTORS.get(words[e - 1]!.lower)?.has(words[e]?.lower ?? '')) {
    let f = e + 1;
    if (f < hi && isIn(words[f]!, P_DET)) f++;
    const start = f;
    while (f < hi && f < start + MAX_SOURCE_TOKENS && sourceWord(words[f]!) && words[f]!.text !== '.') f++;
    if (f > start) return { whole: [k, f], name: [k, e - 1] };
  }
  // An appositive after the name: ", chief of the general staff," up to the next comma.
  let name: Range = [k, e];
  if (words[e]?.text === ',') {
    let p = e + 1;
    while (p < hi && p < e + 1 + MAX_SOURCE_TOKENS && words[p]!.text !== ',' && words[p]!.text !== '.') p++;
    // (Also closed by the end of the window: `added her deputy, Tomas Kral, “but …”`.)
    const closed = p < hi ? words[p]!.text === ',' : p === hi;
    if (p > e + 1 && closed) {
      whole = [k, p];
      // `her deputy, Tomas Kral,`: a description before a name set off by commas; the name speaks.
      // (`His rival, George Simion,` opening a sentence: a capitalised determiner before a noun.)
      const described =
        describes(words, name) ||
        (name[1] - name[0] >= 2 &&
          DETERMINERS.has(words[name[0]]!.lower) &&
          startsLower(words[name[0] + 1]!.text));
      if (described && p - (e + 1) <= 4 && capitalisedNames(words, e + 1, p)) name = [e + 1, p];
      // (`the introducer, actress Jamie Lee Curtis`: a title before the name.)
      else if (
        described &&
        p - (e + 2) >= 1 &&
        p - (e + 2) <= 4 &&
        titleWords().has(words[e + 1]!.lower) &&
        startsLower(words[e + 1]!.text) &&
        capitalisedNames(words, e + 2, p)
      )
        name = [e + 1, p];
    }
  }
  return { whole, name };
}

/**
 * `Smith, who said …`, `the court, which ruled …`: the relative pronoun at `k` is the source as
 * written (attribution corpora mark it so) and the phrase it refers to is the name, or null.
 */
/** Relative pronouns that open a clause set off by commas after a speaker phrase. */
const RELATIVE_LEADS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);

/**
 * True when a phrase at `a` opens its clause: the sentence's start, a mark other than a comma, or a
 * comma and a coordinator (`…, and the opposition, which …, replied`).
 */
function clauseOpens(words: readonly Word[], a: number, lo: number): boolean {
  if (a === lo || /^[;:—–]$/.test(words[a - 1]!.text)) return true;
  return a - 2 >= lo && /^(?:and|but)$/.test(words[a - 1]!.lower) && words[a - 2]!.text === ',';
}

/** A lower-case noun of a person or an office (`spokesman`, `lawyer`, `minister`). */
export function personNoun(w: Word, opening = false): boolean {
  if (!startsLower(w.text) && !(opening && /^\p{Lu}\p{Ll}+$/u.test(w.text))) return false;
  const l = w.lower;
  const one = l.endsWith('s') ? l.slice(0, -1) : l;
  return (
    PERSON_NOUNS.has(l) ||
    titleWords().has(l) ||
    PERSON_NOUNS.has(one) ||
    titleWords().has(one) ||
    PEOPLE_NOUNS.has(l)
  );
}

/** Plural nouns of people that head a phrase before `of`/`for` (`Fans of the club, which …`). */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  'ally allies aide aides friend friends fans members supporters employees workers staff leaders officials executives critics owners residents voters investors shareholders lawyers students parents'.split(
    ' ',
  ),
);

/** Quantifiers that float after a plural subject (`who both said`, `which all reported`). */
const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each']);

export function relativeSource(
  words: readonly Word[],
  k: number,
  lo = 0,
): { whole: Range; name: Range } | null {
  let w = words[k];
  const last = k;
  // `Berg and Holm, who both said …`: a floating quantifier after the pronoun is no speaker of its own.
  if (w && FLOATING_QUANTIFIERS.has(w.text) && k > lo && /^wh(?:o|ich)$/.test(words[k - 1]!.text))
    w = words[--k];
  if (!w || (w.text !== 'who' && w.text !== 'which')) return null;
  const e = k > lo && words[k - 1]!.text === ',' ? k - 1 : k;
  let name = e > lo ? phraseBefore(words, e, lo) : null;
  // `A spokesman for the club, which said …`: `which` is no person; after a person's noun and a
  // preposition, the phrase after the preposition is what it stands for.
  if (name && w.text === 'which')
    for (let j = name[0] + 1; j + 1 < name[1]; j++)
      if (
        (isIn(words[j]!, P_PHRASE_PREP) || words[j]!.lower === 'of') &&
        personNoun(words[j - 1]!, j - 1 === name[0])
      ) {
        name = [j + 1, name[1]];
        break;
      }
  // `She met members of the union, who said …`: a subject and its verb in the past open no part of
  // the antecedent; it begins after the verb.
  if (name && w.text === 'who')
    for (let j = name[1] - 2; j > name[0]; j--) {
      const v = words[j]!;
      if (
        (/^\p{Ll}{2,}ed$/u.test(v.text) || PAST_TENSES.has(v.text)) &&
        !SOURCE_ADJECTIVES.has(v.lower) &&
        (isCapitalised(words[j - 1]!) || isIn(words[j - 1]!, P_PRONOUN)) &&
        !DETERMINERS.has(words[j - 1]!.lower)
      ) {
        name = [j + 1, name[1]];
        break;
      }
    }
  // `… with the support of two small parties, who said …`: `who` is a person or a group; after an
  // abstract noun and its preposition, the phrase after the preposition is what it stands for
  // (`the leader of the party, who …`, `a majority of those who …` stay as they are).
  if (name && w.text === 'who')
    for (let j = name[1] - 2; j > name[0]; j--)
      if (
        OF_FROM_TO.has(words[j]!.lower) &&
        startsLower(words[j - 1]!.text) &&
        abstractNoun(words[j - 1]!.lower)
      ) {
        name = [j + 1, name[1]];
        break;
      }
  return { whole: [k, last + 1], name: name ?? [k, last + 1] };
}

/**
 * The relative pronoun whose clause a coordinated cue at `and + 1` continues, and its antecedent:
 * `Marcus Boudreaux, 64, who runs a bait shop and said he would stay` → `who` (`Marcus Boudreaux,
 * 64`). Read back from the coordinator over the clause's words, at most `reach` of them; a mark
 * (a comma, a quotation mark, a dash) ends the clause first, and so does a pronoun with no noun
 * phrase before it (`asked who ordered it and said …` asks a question). Only a clause set off by a
 * comma: a restrictive one is as often the object's as the main clause's.
 */
export function relativeBeforeCoordinator(
  words: readonly Word[],
  and: number,
  lo = 0,
  reach = 16,
): { whole: Range; name: Range } | null {
  for (let j = and - 1; j > lo && and - j <= reach; j--) {
    const w = words[j]!;
    if (w.text === 'who' || w.text === 'which') {
      // (Set off by a comma: a restrictive clause after an object is as often the main clause's
      // coordinated verb: `Police arrested a man who had fired shots and said he would be charged`.)
      if (j + 1 >= and || words[j - 1]!.text !== ',') return null;
      const r = relativeSource(words, j, lo);
      if (r && r.name[0] !== j) return r;
      // (`Marcus Boudreaux, 64, who …`: an age set off by commas after the name.)
      if (
        j - 3 > lo &&
        words[j - 1]!.text === ',' &&
        /^\d{1,3}$/.test(words[j - 2]!.text) &&
        words[j - 3]!.text === ','
      ) {
        const name = phraseBefore(words, j - 3, lo);
        if (name) return { whole: [j, j + 1], name };
      }
      return null;
    }
    if (!/^[\p{L}\p{N}]/u.test(w.text)) return null;
  }
  return null;
}

/** Words left of a cue that belong to it (`has said`, `also said`, `did not mention`). */
const CUE_PREFIX: ReadonlySet<string> = new Set(
  'has have had is are was were be been being will would could should may might must can did does do not never also still already repeatedly previously reportedly publicly openly later first now even just often once twice always again long widely further flat-out ever too soon since'.split(
    ' ',
  ),
);
/** Words in `-ly` that are no adverbs: nouns that speak (`The family said`, `the daily reported`) and two others. */
export const LY_NOT_ADVERBS: ReadonlySet<string> = new Set([
  ...SPEAKING_LY,
  ...'only early quarterly elderly rally bully monopoly supply'.split(' '),
]);
/** Auxiliaries that are also names: capitalised right before a cue they are its speaker (`Will wrote`, `May said`). */
const NAME_AUXILIARIES: ReadonlySet<string> = new Set(['Will', 'May']);

/** True for a word that belongs to a cue standing right after it (`has also said`, `happily retweeted`). */
export function cuePrefix(w: Word): boolean {
  return (PHRASE_BITS2.of(w) & P2_CUE_PREFIX) !== 0;
}

/** `cuePrefix` computed. */
function cuePrefixOf(w: Word): boolean {
  return (
    (CUE_PREFIX.has(w.lower) && !NAME_AUXILIARIES.has(w.text)) ||
    // (The endings are tested first: most words have neither, and skip both regular expressions.)
    (w.text.endsWith('ly') && /^\p{Ll}+ly$/u.test(w.text) && !LY_NOT_ADVERBS.has(w.lower)) ||
    ((w.text.endsWith("n't") || w.text.endsWith('n’t')) && /^\p{Ll}+n['’]t$/u.test(w.text))
  );
}

const BE: ReadonlySet<string> = new Set('is are was were be been being'.split(' '));
/** Past participles that do not end in -ed. */
const PARTICIPLES: ReadonlySet<string> = new Set(
  'told said known seen shown thought given written heard held made taken quoted cited'.split(' '),
);

/** True when the cue word at `c`, with its auxiliaries from `c0`, is a passive (`was first reported`). */
export function isPassive(words: readonly Word[], c0: number, c: number): boolean {
  const w = words[c]!.lower;
  if (!w.endsWith('ed') && !PARTICIPLES.has(w)) return false;
  for (let k = c0; k < c; k++) if (BE.has(words[k]!.lower)) return true;
  return false;
}

/** First words of a fronted setting (`In May, …`, `Over the past two weeks, …`, `Speaking in Ohio, …`). */
/**
 * A sentence-opening participle clause (`Reached by POLITICO, …`, `Facing questions, …`): a
 * capitalised word of at least six letters ending in -ing or -ed, followed by a lower-case word (a
 * first name is followed by a surname: `Manfred Weber`).
 */
function frontedParticiple(words: readonly Word[], k: number): boolean {
  const w = words[k]!.text;
  if (w.length < 6 || !/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(w)) return false;
  const next = words[k + 1];
  return next !== undefined && startsLower(next.text);
}

const FRONTED: ReadonlySet<string> = new Set(
  'in on at during after before over by since for with without last this earlier later until when while as speaking asked responding continuing like unlike despite inside outside amid among following under throughout within from'.split(
    ' ',
  ),
);

/** Connectives that open a sentence before its subject with no comma (`And then Trump …`). */
const OPENING_CONNECTIVES: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'yet', 'or']);

/** Adverbs that, with a comma, open a sentence before its subject (`Separately, …`, `Meanwhile, …`). */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  'separately meanwhile however moreover furthermore additionally nevertheless nonetheless instead still also now then overall finally initially originally previously currently recently similarly likewise elsewhere indeed notably ultimately otherwise again yesterday today'.split(
    ' ',
  ),
);

/**
 * The subject opening the sentence that starts at word `lo`, for a cue whose speaker is that subject (`…, saying`,
 * `… and says`): after a dateline (`WASHINGTON —`) and a fronted setting up to its comma
 * (`In May, a judge ruled …`); null when the sentence opens with a quotation.
 */
export function mainSubject(
  words: readonly Word[],
  hi: number,
  lo = 0,
): { whole: Range; name: Range } | null {
  let k = lo;
  // A dateline: upper-case words, then a dash.
  let d = lo;
  while (d < hi && d < lo + 4 && /^\p{Lu}[\p{Lu}.]*$/u.test(words[d]!.text)) d++;
  if (d > lo && d < hi && /^[—–-]$/.test(words[d]!.text)) k = d + 1;
  // (`And then Trump went on the attack, saying …`: connectives opening the sentence.)
  while (k < hi - 1 && k < lo + 3 && OPENING_CONNECTIVES.has(words[k]!.lower)) k++;
  const first = words[k];
  if (!first || /^["“'‘«]$/.test(first.text)) return null;
  // (`Separately, the ministry confirmed …, saying`: a sentence adverb and its comma.)
  if (SENTENCE_ADVERBS.has(first.lower) && words[k + 1]?.text === ',') k += 2;
  else if (FRONTED.has(first.lower) || frontedParticiple(words, k)) {
    let j = k + 1;
    while (j < hi && words[j]!.text !== ',') j++;
    if (j >= hi) return null;
    k = j + 1;
  }
  const found = k < hi ? sourceAfter(words, k, hi) : null;
  if (!found) return null;
  // `A group calling itself BlackTide claimed …, saying …`: the phrase speaks by the name it took.
  const took = found.name[1];
  if (words[took]?.lower === 'calling' && REFLEXIVES.has(words[took + 1]?.lower ?? '')) {
    let e = took + 2;
    if (words[e]?.lower === 'the') e++;
    const n0 = e;
    while (e < hi && e < n0 + 4 && isCapitalised(words[e]!)) e++;
    if (e > n0) return { whole: [found.whole[0], e], name: [took + 2, e] };
  }
  // The subject ends before its verb: a lower-case word that is no preposition, followed by a
  // determiner (`The European Central Bank kept its rate …, saying` → `The European Central Bank`),
  // or a past tense right after a name (`Hillary Clinton spoke out Tuesday …, arguing`).
  const [a, b] = found.name;
  for (let j = a + 1; j < b; j++) {
    const w = words[j]!;
    if (!startsLower(w.text) || isIn(w, P_INNER) || isIn(w, P_PHRASE_PREP)) continue;
    if (COORDINATORS_OF_NAMES.has(w.lower)) continue;
    // (Also after a determiner's noun: `The mayor took to Twitter, writing …` → `The mayor`.)
    const past =
      (isCapitalised(words[j - 1]!) || (j === a + 2 && isIn(words[a]!, P_DET))) &&
      ((w.text.endsWith('ed') && /^\p{Ll}{2,}ed$/u.test(w.text)) || PAST_TENSES.has(w.lower));
    if (past || DETERMINERS.has(words[j + 1]?.lower ?? '')) {
      const name: Range = [a, j];
      return { whole: found.whole[1] > j ? name : found.whole, name };
    }
  }
  return found;
}

/**
 * The subject of the clause a cue at `and + 1` is coordinated into, when no mark stands between:
 * `Ortega called her into his office in October and said, “…”` → `Ortega`; after a `that` the
 * clause is the reported one (`Lang testified that Ortega had called her … and said, “…”` →
 * `Ortega`), and so after a cue that reports a clause bare (`Lang said Ortega had called …`). The
 * subject must be followed by a verb in the past or an auxiliary; read back over at most
 * `MAX_COORDINATED_CLAUSE` words.
 */
export function clauseSubjectBefore(
  words: readonly Word[],
  and: number,
  lo = 0,
  nested = false,
): { whole: Range; name: Range } | null {
  let start = lo;
  for (let j = and - 1; j >= lo; j--) {
    if (and - j > MAX_COORDINATED_CLAUSE) return null;
    const t = words[j]!;
    if (t.lower === 'that') {
      start = j + 1;
      break;
    }
    if (t.lower === 'and' || t.lower === 'but') {
      const near = nearerClauseSubject(words, and, j, lo);
      if (near) return near;
    }
    if (!/^[\p{L}\p{N}]/u.test(t.text) && t.text !== '.' && t.text !== "'" && t.text !== '’') return null;
  }
  if (start >= and - 2) return null;
  const subject = mainSubject(words, and, start);
  if (!subject || subject.whole[0] !== start || subject.whole[1] >= and) return null;
  const verb = words[subject.whole[1]]!;
  if (!nested && REPORTED_BARE.has(verb.lower) && subject.whole[1] + 1 < and - 2)
    return clauseSubjectBefore(words, and, subject.whole[1] + 1, true) ?? subject;
  const finite =
    AUXILIARIES.has(verb.lower) || PAST_TENSES.has(verb.lower) || /^\p{Ll}{2,}ed$/u.test(verb.text);
  if (!finite) return null;
  // (A reported clause whose subject cannot speak leaves the cue to the reporting one: `De Blasio
  // said the move was made by Bratton and said, “…”`.)
  if ((nested || start > lo) && !canSpeak(words, subject.name)) {
    return nested ? null : clauseSubjectBefore(words, start - 1, lo, true);
  }
  return subject;
}
/**
 * The subject of a clause opened by coordinator `co` that a later coordinated cue at `and + 1`
 * continues: `The police arrived at noon and the mayor came out and said …` → `the mayor`. The
 * subject must open the clause and be followed by a past tense (or an auxiliary, when it can
 * speak); an `and` between two capitalised words is inside a name (`Health and Human Services`).
 */
export function nearerClauseSubject(
  words: readonly Word[],
  and: number,
  co: number,
  lo = 0,
): { whole: Range; name: Range } | null {
  if (co <= lo || co + 2 >= and) return null;
  if (words[co]!.lower === 'and' && isCapitalised(words[co - 1]!) && isCapitalised(words[co + 1]!))
    return null;
  // (A clause before the coordinator, not a subject's noun phrases: `Businesses and residents have
  // complained … and say …`.)
  let clause = false;
  for (let j = lo; j < co && !clause; j++) clause = finiteVerb(words[j]!);
  if (!clause) return null;
  const near = mainSubject(words, and, co + 1);
  if (near && near.whole[0] === co + 1 && near.whole[1] < and) {
    const verb = words[near.whole[1]]!;
    if (PAST_TENSES.has(verb.lower) || /^\p{Ll}{2,}ed$/u.test(verb.text)) return near;
    if (AUXILIARIES.has(verb.lower) && canSpeak(words, near.name)) return near;
  }
  return shortSubject(words, co + 1, and);
}
/**
 * A short subject from `a` (a determiner or a capitalised word, then at most four words) ending
 * before the first past tense, before `hi`: `the union's leader came out …` → `the union's leader`.
 */
function shortSubject(words: readonly Word[], a: number, hi: number): { whole: Range; name: Range } | null {
  const first = words[a]!;
  if (!isIn(first, P_DET) && !isCapitalised(first)) return null;
  for (let k = a + 1; k < hi && k <= a + 5; k++) {
    const w = words[k]!;
    if (PAST_TENSES.has(w.lower) || /^\p{Ll}{2,}ed$/u.test(w.text)) return { whole: [a, k], name: [a, k] };
    if (!/^[\p{L}'’]/u.test(w.text) || isIn(w, P_PHRASE_PREP) || AUXILIARIES.has(w.lower)) return null;
  }
  return null;
}

/** A past tense or an auxiliary. */
function finiteVerb(w: Word): boolean {
  return PAST_TENSES.has(w.lower) || AUXILIARIES.has(w.lower) || /^\p{Ll}{2,}ed$/u.test(w.text);
}

/**
 * The nearest coordinated clause's subject before a coordinator `and` whose cue follows, read back
 * over words only (a mark ends the search, a comma before the clause's coordinator aside), at most
 * 20 words.
 */
export function nearerClauseBefore(
  words: readonly Word[],
  and: number,
  lo = 0,
): { whole: Range; name: Range } | null {
  for (let j = and - 1; j > lo && and - j <= 20; j--) {
    const t = words[j]!;
    if (t.lower === 'and' || t.lower === 'but') {
      const near = nearerClauseSubject(words, and, j, lo);
      if (near) return near;
      continue;
    }
    if (!/^[\p{L}\p{N}]/u.test(t.text) && !(t.text === ',' && /^(?:and|but)$/.test(words[j + 1]!.lower)))
      return null;
  }
  return null;
}

/** A name, a personal pronoun or a noun of a person (`the mayor`, `a witness`): a phrase that can speak. */
function canSpeak(words: readonly Word[], r: Range): boolean {
  const last = words[r[1] - 1]!;
  return (
    isCapitalised(last) ||
    /^(?:he|she|they|we|i)$/.test(last.lower) ||
    PERSON_NOUNS.has(last.lower) ||
    titleWords().has(last.lower)
  );
}
/** Most words read back from a coordinator for `clauseSubjectBefore`. */
const MAX_COORDINATED_CLAUSE = 30;
/** Cues that report a clause with no `that` before it (`Lang said Ortega had …`). */
const REPORTED_BARE: ReadonlySet<string> = new Set(
  'said says testified claimed argued insisted recalled added alleged wrote'.split(' '),
);

/**
 * True when the words before comma `comma`, back to the previous comma or the sentence start, read
 * as a clause: a name or a pronoun, then within two words a past tense or an auxiliary (`Webb
 * confessed to the kidnapping,`, `he has said,`). A noun phrase (`a candidate eliminated from …,`)
 * is not one.
 */
export function clauseBeforeComma(words: readonly Word[], comma: number): boolean {
  let a = comma - 1;
  while (a > 0 && comma - a < MAX_CLAUSE_SCAN && words[a - 1]!.text !== ',') a--;
  if (a > 0 && words[a - 1]!.text !== ',') return false;
  for (let j = a; j < comma - 1 && j < a + MAX_CLAUSE_SCAN; j++) {
    const w = words[j]!;
    if (!(isCapitalised(w) || /^(?:he|she|they|we|i|it)$/.test(w.lower))) continue;
    for (let v = j + 1; v <= j + 2 && v < comma; v++) {
      const x = words[v]!;
      if (!startsLower(x.text)) continue;
      if (AUXILIARIES.has(x.lower) || PAST_TENSES.has(x.lower) || /^\p{Ll}{2,}ed$/u.test(x.text)) return true;
    }
  }
  return false;
}

/** Most words read back from a comma for `clauseBeforeComma`. */
const MAX_CLAUSE_SCAN = 24;

/** Irregular past tenses common in news leads (`Clinton spoke`, `the bank kept`). */
export const PAST_TENSES: ReadonlySet<string> = new Set(
  'spoke said told took made gave went came met held kept left sent won lost ran saw began became brought thought stood struck fought sought put cut hit led rose fell grew drew wrote chose broke flew paid sold built spent'.split(
    ' ',
  ),
);

/** Words that join two names inside one subject (`Trump and Ryan`). */
const COORDINATORS_OF_NAMES: ReadonlySet<string> = new Set(['and', 'or', '&']);

/** True when the phrase is a pronoun to resolve. */
export function isPronoun(words: readonly Word[], r: Range): boolean {
  return r[1] - r[0] === 1 && PRONOUNS.has(words[r[0]]!.lower);
}

/** True when token `k` opens a setting after a cue (`in a video`, `on Monday`). */
export function isSettingStart(w: Word | undefined): boolean {
  return w !== undefined && SETTING_PREPS.has(w.lower);
}

/** Text of a token range. */
export function rangeText(text: string, words: readonly Word[], r: Range): string {
  return text.slice(words[r[0]]!.start, words[r[1] - 1]!.end);
}

/** Character span of a token range. */
export function rangeSpan(words: readonly Word[], r: Range): [number, number] {
  return [words[r[0]]!.start, words[r[1] - 1]!.end];
}

/** Nouns of media not named (`US media`, `state media`, `local press`). */
const UNNAMED_MEDIA: ReadonlySet<string> = new Set([
  'state',
  'media',
  'press',
  'outlets',
  'newspapers',
  'broadcasters',
  // (`Russian news agencies reported`: a plural of outlets is unnamed too.)
  'news',
  'agencies',
  'television',
  'tv',
  'radio',
  'reports',
]);

/**
 * The name in a relay phrase: the last run of capitalised words without trailing media words
 * (`the ex-Soviet republic’s state-run Belta news agency` → `Belta`, `the Pul Pervogo Telegram
 * channel` → `Pul Pervogo`); the phrase itself when it has no name (`media`, `state television`).
 */
export function relayName(text: string, words: readonly Word[], r: Range, lex: QuoteLexicon): Range {
  let e = r[1];
  while (e > r[0] && !isCapitalised(words[e - 1]!)) e--;
  let s = e;
  while (s > r[0] && isCapitalised(words[s - 1]!) && startsLetter(words[s - 1]!.text)) s--;
  // (`Though, media reports said`: a capitalised function word opening the sentence is no name.)
  while (s < e && isIn(words[s]!, P_NOT_IN_SOURCE)) s++;
  if (s === e && e > r[0]) return e < r[1] ? [e, r[1]] : r;
  // (`The agency`: a capitalised article is no name either; the phrase stays whole.)
  if (e - s === 1 && isIn(words[s]!, P_DET)) return r;
  // `US media`, `Russian state media`: the capitalised words qualify media that are not named.
  if (s < e && e < r[1]) {
    let k = e;
    while (k < r[1] && UNNAMED_MEDIA.has(words[k]!.lower)) k++;
    if (k === r[1]) return [s, r[1]];
  }
  // Strip trailing media words that are capitalised brand parts ("Telegram").
  while (
    e - 1 > s &&
    STRIP_TAIL.has(words[e - 1]!.lower) &&
    lex.speakers.get(words[e - 1]!.lower) === 'media'
  )
    e--;
  if (s === e) {
    void text;
    return r;
  }
  return [s, e];
}

/**
 * The speaker of an attribution clause ending right before the comma at `comma` (`“…,” he said,
 * adding …`, `…, said Ms. Acosta, referring to …`): a participle after it shares its subject.
 * Looks back at most `MAX_SOURCE_TOKENS` words; null when no speech cue ends the clause.
 */
/** True when `[s, e)` is a short noun phrase (`the group`, `Trump`): at most three words, no cue form, no clause word. */
function shortObject(words: readonly Word[], s: number, e: number): boolean {
  if (e - s > 3) return false;
  for (let k = s; k < e; k++) {
    const w = words[k]!;
    if (!startsLetter(w.text) || OBJECT_BREAKS.has(w.lower)) return false;
  }
  return true;
}
/** Words that show a stretch after a verb is no plain object. */
const OBJECT_BREAKS: ReadonlySet<string> = new Set(
  'that which who whom whose what when where while because and but or as if to of is are was were be been has have had not'.split(
    ' ',
  ),
);

/** Prepositions whose object is no speaker of the cue after it (`in a video posted on …`). */
const SETTING_OBJECT_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'with', 'from', 'of', 'into']);

/** Reporting verbs that take no object, so a phrase after them is their speaker (`said the official`). */
export const INVERTING: ReadonlySet<string> = new Set(
  'said says added adds wrote writes stressed stresses noted notes explained explains continued continues recalled recalls claimed claims insisted insists argued argues responded responds replied replies answered answers conceded concedes acknowledged acknowledges suggested suggests cautioned cautions observed observes remarked remarks declared declares announced announces tweeted tweets posted posts reported reports'.split(
    ' ',
  ),
);

/** Marks that end a setting read back from a participle's comma. */
const STOPS_SETTING: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”']);

export function speakerBeforeComma(
  words: readonly Word[],
  comma: number,
  lex: QuoteLexicon,
): { whole: Range; name: Range } | null {
  // `he said,` / `Christie told reporters,` / `it attacked Trump,`: the cue, perhaps with a short
  // setting or object after it.
  // (Past four words only over a setting: `said in a post on X, adding …`.)
  for (let c = comma - 1; c >= 0 && c >= comma - 9; c--) {
    if (c < comma - 4 && words[c]!.text.length === 1 && STOPS_SETTING.has(words[c]!.text)) break;
    const cue = cueAt(words, c, comma, lex);
    if (!cue) continue;
    if (c < comma - 4 && !isSettingStart(words[cue.next])) break;
    // (`brushed off questions about his future,`: a cue met by the clause's subject is no one's.)
    if (receivedCue(words, c)) break;
    if (
      cue.next !== comma &&
      !isSettingStart(words[cue.next]) &&
      !isIn(words[cue.next]!, P_PRONOUN) &&
      !shortObject(words, cue.next, comma)
    )
      break;
    const before = sourceBefore(words, c, 0);
    // `conceded in a video posted on Facebook, saying …`: a phrase after a preposition is the
    // object of a setting, the cue a participle of its noun; the clause's subject is read instead.
    if (before && before.whole[0] > 0 && SETTING_OBJECT_PREPS.has(words[before.whole[0] - 1]!.lower)) break;
    if (before && before.whole[1] <= c) return before;
    break;
  }
  // `said Ms. Acosta,`: a name after the cue that ends at the comma.
  for (let c = comma - 2; c >= 0 && c >= comma - 1 - MAX_SOURCE_TOKENS; c--) {
    if (!startsLower(words[c]!.text)) continue;
    const cue = cueAt(words, c, comma, lex);
    if (!cue) continue;
    // Only a cue of speech inverts (`said Ms. Acosta,`); `defended the police,` has an object, and
    // `went on television,` a place (a verb of aspect, a cue only beside a quotation).
    if (cue.stance === 'other' || cue.stance === 'believed' || (cue.quoteOnly && cue.next - c > 1))
      return null;
    // Only verbs with no object invert (`said the official,`); `had mocked the complaint,` and
    // `warned the West,` have one.
    if (!INVERTING.has(words[c]!.lower)) return null;
    const after = sourceAfter(words, cue.next, comma);
    if (after && after.name[1] === comma) return after;
    // `said a spokeswoman for the airline,`, `said Jane Roe of the union,`: the phrase's complement
    // runs to the comma.
    const k = after ? after.name[1] : -1;
    if (
      !after ||
      after.whole[1] !== k ||
      !COMPLEMENT_PREPS.has(words[k]!.lower) ||
      comma - k > 8 ||
      !complementHead(words[k - 1]!)
    )
      return null;
    for (let e = k + 1; e < comma; e++) if (!/^[\p{L}\d'’&.-]+$/u.test(words[e]!.text)) return null;
    return {
      whole: [after.whole[0], comma],
      name: isCapitalised(words[k - 1]!) ? after.name : [after.whole[0], comma],
    };
  }
  return null;
}

/**
 * `all is said and done`, `easier said than done`, `rest assured`: the set phrases of `said` (its
 * cue running to `next`) and `assured`, which report no one's words.
 */
export function saidIdiom(words: readonly Word[], next: number): boolean {
  const last = words[next - 1];
  // (`Rest assured, …`: a set phrase of reassurance, no one's report.)
  if (last?.lower === 'assured' && next >= 2 && words[next - 2]!.lower === 'rest') return true;
  if (last?.lower !== 'said') return false;
  const after = words[next]?.lower;
  return (
    (after === 'and' && words[next + 1]?.lower === 'done') ||
    (after === 'than' && words[next + 1]?.lower === 'done')
  );
}

/** Prepositions of a speaker phrase's complement (`a spokeswoman for the airline`, `an aide to the president`). */
export const COMPLEMENT_PREPS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'with', 'from', 'at']);
/** A word that heads a speaker phrase with a complement: a name, or a noun of a person (`spokeswoman`, `ally`). */
export function complementHead(w: Word): boolean {
  return isCapitalised(w) || personNoun(w);
}

/** Prepositions after an abstract noun before the one it belongs to (`the support of`, `a reaction from`). */
const OF_FROM_TO: ReadonlySet<string> = new Set(['of', 'from', 'to', 'with']);
/** Abstract nouns that stand before the person or group they belong to (`the ire of lawmakers`). */
const ABSTRACT_HEADS: ReadonlySet<string> = new Set(
  'support help ire wrath backing praise criticism mind minds voice eyes tone ranks anger fury sync approval'.split(
    ' ',
  ),
);
/** True for an abstract noun: one of `ABSTRACT_HEADS` or a derived noun (`-tion`, `-ment`, `-ance`, `-ence`, `-ity`, `-ness`, `-ism`). */
function abstractNoun(lower: string): boolean {
  return (
    ABSTRACT_HEADS.has(lower) ||
    (/(?:tions?|sions?|ments?|ances?|ences?|ity|ities|ness|isms?)$/.test(lower) && !GROUP_HEADS.has(lower))
  );
}
/** Nouns of those suffixes that name a group or a share of people (`a majority of those who`, `a coalition of unions`). */
const GROUP_HEADS: ReadonlySet<string> = new Set(
  `majority majorities minority minorities plurality audience audiences coalition coalitions delegation delegations
  generation generations population populations congregation administration organization organisation association
  federation commission opposition institution foundation corporation government governments nation nations
  community communities committee`.split(/\s+/),
);

/** A hedge and a count after a cue of adding (`nearly 200 tankers`, `another 40 points`). */
const HEDGED_COUNT =
  /^\s+(?:nearly|about|almost|around|roughly|some|over|another|more\s+than|up\s+to|an\s+additional|a\s+further)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)/i;
/** A thing added to a list or a team (`the firm to its sanctions list`, `two players to the squad`). */
const ADDED_TO_LIST =
  /^\s+(?!that\b)[^,.;:!?“”"]{1,80}?\s+to\s+(?:a|an|the|its|their|his|her|our)\s+(?:[\p{L}-]+\s+){0,2}(?:list|blacklist|register|roster|squad|team|line-?up|ballot|index|portfolio|collection|lineup)s?\b/iu;

/** True when the text after a cue of adding (`adding nearly 200 tankers to a blacklist`) is a thing added, no words. */
export function addedThing(after: string): boolean {
  return HEDGED_COUNT.test(after) || ADDED_TO_LIST.test(after);
}

/** The forms of `add`. */
export const ADD_FORMS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding']);

/** The text of the words from `k` on, up to `n` of them or `hi`, each after a space (for the tests of `addedThing`). */
export function textAfter(words: readonly Word[], k: number, hi: number, n: number): string {
  let out = '';
  for (let j = k; j < hi && j < k + n; j++) out += ` ${words[j]!.text}`;
  return out;
}

/** Cue forms that are nouns as well (`forecast`, `claims`, `plans`): after a modifier they are. */
export const NOUN_VERB_CUES: ReadonlySet<string> = new Set(
  'forecast forecasts estimate estimates claim claims report reports promise promises plan plans call calls demand demands appeal appeals request requests pledge pledges vow vows view views guess bet bets fear fears hope hopes doubt doubts concern concerns'.split(
    ' ',
  ),
);

/** A surname opened by a lower-case particle (`al-Ansari`, `bin-Salman`, `van-Dijk`, `d'Amato`). */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|van|von|de|del|di|da|du|le|la|d['’])-?\p{Lu}/u;
/** A word that ends a name: capitalised, or a surname opened by a lower-case particle. */
function nameWord(w: Word): boolean {
  return isCapitalised(w) || PARTICLE_NAME.test(w.text);
}

/** Quantifiers before `of whom` / `of which` (`many of whom`, `most of which`). */
const PARTITIVE_LEADS: ReadonlySet<string> = new Set(
  'many most some all none several both each one two three half few'.split(' '),
);
/** True when a relative clause opens at word `k`: `who`, `which`, …, or `many of whom`, `most of which`. */
function relativeLead(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  if (RELATIVE_LEADS.has(w.text)) return true;
  const r = words[k + 2]?.text;
  return PARTITIVE_LEADS.has(w.lower) && words[k + 1]?.lower === 'of' && (r === 'whom' || r === 'which');
}

/** Reflexive pronouns that give a name after `calling` (`calling itself BlackTide`). */
const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'themselves', 'himself', 'herself']);
/** Indefinite articles (and `one`) opening a noun phrase. */
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'one']);
/** The forms of `call`. */
const CALL_FORMS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);
/** Words that go on the clause a named noun phrase is subject of (`A group called BlackTide claimed`). */
const AFTER_NAME: ReadonlySet<string> = new Set(
  'is was has had have are were will would says said claims wants that which who in on at for from with'.split(
    ' ',
  ),
);

/**
 * True when the cue `call` at word `c` (one word, running to `next`) gives a name, no words:
 * `A group calling itself BlackTide`, `a militia called the Guardians claimed …`, `an app called
 * Signal.` (after a noun with an indefinite article, a name, then a mark or the clause's verb).
 * `called himself a victim` and `A spokesman called Smith a liar` stay: no name, or a label after it.
 */
export function namingCall(words: readonly Word[], c: number, next: number): boolean {
  if (next !== c + 1 || !CALL_FORMS.has(words[c]!.lower)) return false;
  let k = next;
  if (REFLEXIVES.has(words[k]?.lower ?? '')) {
    k++;
    if (words[k]?.lower === 'the') k++;
    return words[k] !== undefined && isCapitalised(words[k]!);
  }
  let j = c - 1;
  let n = 0;
  while (j >= 0 && n < 3 && /^[\p{Ll}-]+$/u.test(words[j]!.text) && !INDEFINITES.has(words[j]!.lower)) {
    j--;
    n++;
  }
  if (n === 0 || j < 0 || !INDEFINITES.has(words[j]!.lower)) return false;
  if (words[k]?.lower === 'the') k++;
  let m = 0;
  while (m < 4 && words[k] && isCapitalised(words[k]!)) {
    k++;
    m++;
  }
  if (m === 0) return false;
  const after = words[k];
  if (!after) return true;
  return (
    /^[,.;:)]$/.test(after.text) ||
    (startsLower(after.text) && (/^\p{Ll}{2,}ed$/u.test(after.text) || AFTER_NAME.has(after.lower)))
  );
}

/** Verbs whose object is met, not voiced, by their subject (`faced questions`, `drew criticism`). */
const RECEIVING: ReadonlySet<string> = new Set(
  `face faces faced facing field fields fielded fielding dodge dodges dodged dodging deflect deflects
  deflected deflecting sidestep sidesteps sidestepped sidestepping evade evades evaded evading drew draws
  draw drawing attract attracts attracted attracting weather weathers weathered weathering endure endures
  endured enduring`.split(/\s+/),
);
/** Cue words that are verbs only, never the object of a verb of receiving. */
const VERB_ONLY_CUES: ReadonlySet<string> = new Set(
  'said says say told tells tell warns insists adds argues explains'.split(' '),
);
/** Bare verbs of RECEIVING that are nouns before a noun of saying (`weather warnings`, `field reports`). */
const NOUN_TOO: ReadonlySet<string> = new Set(['weather', 'Weather', 'field', 'Field']);
/** Words before a bare verb: `will field questions`, `to weather criticism`. */
const TO_OR_MODAL: ReadonlySet<string> = new Set(
  'to will would can could must may might should shall'.split(' '),
);
/** Verbs of a phrasal `… off` or `… aside` that wave away what they take (`brushed off questions`). */
const OFF_VERBS: ReadonlySet<string> = new Set(
  `brush brushes brushed brushing shrug shrugs shrugged shrugging laugh laughs laughed laughing wave waves
  waved waving fend fends fended fending sweep sweeps swept sweeping push pushes pushed pushing`.split(/\s+/),
);
/** True when the words before token `end` are a verb of receiving whose object the cue at `end` is. */
export function receivedCue(words: readonly Word[], end: number): boolean {
  const v = words[end - 1];
  if (!v) return false;
  // (The word before first: most are no verb of receiving, and nothing else is read for them.)
  const off = v.lower === 'off' || v.lower === 'aside';
  if (!off && !RECEIVING.has(v.lower) && !NOUN_TOO.has(v.text)) return false;
  // (A verb is no object: `The boxer he faced said …` ends a relative clause before its cue.)
  const cue = words[end];
  if (cue && (/^\p{Ll}{2,}ed$/u.test(cue.text) || VERB_ONLY_CUES.has(cue.lower))) return false;
  // (`weather warnings`, `field reports` are nouns: the bare verb only after `to` or a modal.)
  if (NOUN_TOO.has(v.text)) return end >= 2 && TO_OR_MODAL.has(words[end - 2]!.lower);
  if (RECEIVING.has(v.lower)) return true;
  return (v.lower === 'off' || v.lower === 'aside') && end >= 2 && OFF_VERBS.has(words[end - 2]!.lower);
}

/** After a cue at `c` whose words run to `next`: past its particle when it is `brushed off`, `swept aside`. */
export function pastParticle(words: readonly Word[], c: number, next: number): number {
  const p = words[next]?.lower;
  return next === c + 1 && (p === 'off' || p === 'aside') && OFF_VERBS.has(words[c]!.lower) ? next + 1 : next;
}

/** Determiners that open a person's appositive (`a spokeswoman for the airline`, `its chief executive`). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'one',
]);
/** Relative pronouns that open a clause about the noun before them. */
/** Nouns of a recording whose `of` names the one recorded (`footage of the mayor shouting`). */
export const RECORDINGS: ReadonlySet<string> = new Set(
  'footage video videos clip clips recording recordings audio tape tapes image images photo photos picture pictures'.split(
    ' ',
  ),
);
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);
/** Words after the head noun of a person's appositive (`a spokeswoman for the airline`). */
const ASIDE_HEAD_NEXT: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'with',
  'in',
  'to',
  'on',
  'from',
  'and',
]);
/**
 * `According to police, the suspect, a 34-year-old man, was arrested`: the phrase closed by the comma
 * at `comma` was the content's subject when the next comma within an aside's length is followed by a
 * verb (`24, will miss the final`, `a teacher, was taken to hospital`).
 */
function appositiveOfSubject(words: readonly Word[], comma: number, end: number): boolean {
  for (let k = comma + 1; k < end && k <= comma + 1 + MAX_ASIDE; k++) {
    const t = words[k]!.text;
    if (/^[.;:!?"“”]$/.test(t)) return false;
    if (t !== ',') continue;
    const v = words[k + 1];
    return (
      v !== undefined &&
      (AUXILIARY_VERBS.has(v.lower) ||
        PAST_TENSES.has(v.lower) ||
        /^(?:\p{Ll}{3,}ed|found|got|knew|heard|felt|meant)$/u.test(v.text))
    );
  }
  return false;
}
/** Most words of an aside between a source and its content. */
const MAX_ASIDE = 30;
/**
 * `According to Jane Roe, a spokeswoman for the airline, the engine …`, `According to the
 * ministry, which gave no figures, the drills …`: the comma that closes a relative clause or a
 * person's appositive opening after the source's comma at `comma`, or -1. The words between belong to
 * the source; what was said follows. An appositive is a determiner and, within four words, a
 * title or a noun of a person, with no auxiliary.
 */
export function asideEnd(words: readonly Word[], comma: number, end: number): number {
  const first = words[comma + 1];
  if (!first) return -1;
  const relative = RELATIVES.has(first.lower);
  if (!relative && !APPOSITIVE_OPENERS.has(first.lower)) return -1;
  let person = relative;
  const titles = titleWords();
  for (let k = comma + 2; k < end && k <= comma + 1 + MAX_ASIDE; k++) {
    const w = words[k]!;
    // (Not before a relative clause: `Swift, her label Big Machine, which owns …, is …` opens the content.)
    if (w.text === ',')
      return person &&
        k + 1 < end &&
        !RELATIVES.has(words[k + 1]!.lower) &&
        !appositiveOfSubject(words, k, end)
        ? k
        : -1;
    if (/^[.;:!?"“”]$/.test(w.text)) return -1;
    if (relative) continue;
    // (No person's noun within its first words: no appositive, read no further.)
    if (!person && k > comma + 5) return -1;
    if (AUXILIARIES.has(w.lower)) return -1;
    // (The person's noun heads the phrase: `a spokeswoman for …`, `its chief executive,`; not
    // `her former label`.)
    if (k <= comma + 5 && startsLower(w.text) && (titles.has(w.lower) || PERSON_NOUNS.has(w.lower))) {
      const next = words[k + 1];
      if (!next || next.text === ',' || ASIDE_HEAD_NEXT.has(next.lower) || isCapitalised(next)) person = true;
    }
  }
  return -1;
}
