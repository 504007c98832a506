import type { Word } from '../quantities/words.ts';
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

/**
 * Per lexicon, each word's flags (words in none of the sets are absent), and the signatures of
 * those words (`signature`; on news text about one token in five passes it, one in eight is a
 * member): a token whose signature no word has is in none of the sets, and is
 * not hashed for a lookup. Built once per lexicon.
 */
interface FlagTable {
  readonly map: Map<string, number>;
  readonly signatures: Uint8Array;
}
const BY_LEXICON = new WeakMap<QuoteLexicon, FlagTable>();

/** A 16-bit signature of a word: its first two and last code units and its length, mixed. */
function signature(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const h =
    (w.charCodeAt(0) * 961 + w.charCodeAt(n > 1 ? 1 : 0) * 31 + w.charCodeAt(n - 1)) * 32 + Math.min(n, 31);
  return Math.imul(h, 0x9e3779b1) >>> 16;
}

function flagTable(lex: QuoteLexicon): FlagTable {
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
  for (const [words, flag] of sets) for (const w of words) map.set(w, (map.get(w) ?? 0) | flag);
  const signatures = new Uint8Array(65536);
  for (const w of map.keys()) signatures[signature(w)] = 1;
  const table = { map, signatures };
  BY_LEXICON.set(lex, table);
  return table;
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
  const { map, signatures } = flagTable(lex);
  const flags = out.length < words.length ? new Uint8Array(Math.max(64, words.length * 2)) : out;
  let hint = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const f = signatures[signature(w.lower)] === 1 ? (map.get(w.lower) ?? 0) : 0;
    flags[k] = f;
    if ((f & F_HINT) !== 0 || w.text === ':') hint = true;
  }
  return { flags, hint };
}
