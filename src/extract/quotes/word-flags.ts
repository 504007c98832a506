import { TokenBytes, type Word } from '../quantities/words.ts';
import { ESTIMATE_VERBS, type QuoteLexicon } from './lexicon.ts';

/**
 * Lexicon memberships of a sentence's words, read with one map lookup per word instead of one set
 * lookup per rule and word (the hint set, the estimate verbs, the first words of the cue and
 * general forms, the cue classifier's vocabulary): each rule then tests a bit.
 */
export const F_HINT = 1;
export const F_ESTIMATE = 2;
export const F_CUE_FIRST = 4;
export const F_GENERAL_FIRST = 8;
export const F_VOCAB = 16;
/** The colon token, which may open a cue (`Iran: …`) as a hint word does. */
export const F_COLON = 32;

/**
 * Per lexicon, each word's flags (words in none of the sets are absent). Built once per lexicon.
 * A token's strings come interned from `scanWords`, their hashes already stored, so a lookup costs
 * no hashing of its characters (a prefilter on a signature of the word cost more than it saved
 * once that was so); words are read by token id (`flagMemo`), so each token is looked up once.
 */
const BY_LEXICON = new WeakMap<QuoteLexicon, Map<string, number>>();

/** The flags per lexicon, memoised per interned token (read by the word's id, no lookup after its first). */
const MEMO_BY_LEXICON = new WeakMap<QuoteLexicon, TokenBytes>();

/** The lexicon read last and its memo (one lexicon reads a whole document: no weak-map lookup per sentence). */
let lastLex: QuoteLexicon | null = null;
let lastMemo: TokenBytes | null = null;

function flagMemo(lex: QuoteLexicon): TokenBytes {
  if (lex === lastLex && lastMemo) return lastMemo;
  let memo = MEMO_BY_LEXICON.get(lex);
  if (!memo) {
    const map = flagTable(lex);
    memo = new TokenBytes((w) => map.get(w.lower) ?? 0);
    MEMO_BY_LEXICON.set(lex, memo);
  }
  lastLex = lex;
  lastMemo = memo;
  return memo;
}

function flagTable(lex: QuoteLexicon): Map<string, number> {
  const known = BY_LEXICON.get(lex);
  if (known) return known;
  const map = new Map<string, number>();
  const sets: [Iterable<string>, number][] = [
    [lex.hintWords, F_HINT],
    [ESTIMATE_VERBS, F_ESTIMATE],
    [lex.cueFirstWords, F_CUE_FIRST],
    [lex.generalFirst, F_GENERAL_FIRST],
  ];
  if (lex.classifier) sets.push([lex.classifier.vocab, F_VOCAB]);
  sets.push([[':'], F_COLON]);
  for (const [words, flag] of sets) for (const w of words) map.set(w, (map.get(w) ?? 0) | flag);
  BY_LEXICON.set(lex, map);
  return map;
}

/**
 * Writes the flags of `words` into `out` (grown when too short; the buffer is returned) and
 * whether any word may hold a cue: a hint word or a colon token.
 */
export function fillWordFlags(
  words: readonly Word[],
  lex: QuoteLexicon,
  out: Uint8Array,
): { flags: Uint8Array; hint: boolean } {
  const memo = flagMemo(lex);
  const flags = out.length < words.length ? new Uint8Array(Math.max(64, words.length * 2)) : out;
  let hint = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const f = memo.of(w);
    flags[k] = f;
    if ((f & (F_HINT | F_COLON)) !== 0) hint = true;
  }
  return { flags, hint };
}
