import { z } from 'zod';
import { hashJoin, hashRange, seed, wordHash } from '../entities/hash.ts';
import { isCapitalised, TokenMemo, type Word } from '../quantities/words.ts';
import {
  intArray,
  parseModelFile,
  SAME_LENGTH,
  sameLength,
  WEIGHT_FIELDS,
  WeightTable,
} from './cue-model.ts';

/**
 * The open cue model: a linear scorer over every lower-case content word of a sentence that no
 * lexicon form and no word of the cue classifier's vocabulary holds (`recapitulated`, `foretold`,
 * `bristled`), whose features do not need the word to have been seen as a cue: its suffixes and
 * prefix, the classes of the three words on each side, the first clause opener after it (`that`,
 * `to`, a question word, a colon, a quotation mark, a subject pronoun) and its distance, what
 * stands before it (a pronoun, a name, a determiner phrase, a break) and its place in the sentence.
 * Trained by `scripts/train-open-cues.ts` on PolNeAR train with vocabularies cut across folds, so
 * that its training words are, as in use, words no other part of train had as a cue head.
 *
 * Cost: each feature is a `hashJoin` of a template seed and small integers or per-token hashes
 * memoised by the interned token id (`TokenMemo`): no string is built or hashed per word in use.
 */

/** The model: feature weights (scaled integers). */
export interface OpenCueModel {
  readonly weights: WeightTable;
  readonly scale: number;
  /** Per word of the model's text statistics, its code (see `wordStats`); absent words have none. */
  readonly stats: ReadonlyMap<string, number>;
}

const OpenCueModelFileSchema = z
  .object({
    format: z.literal('sitrep-open-cue-model'),
    version: z.literal(1),
    note: z.string(),
    scale: z.number().positive(),
    words: z.array(z.string()),
    codes: z.custom<number[]>((v) => intArray(v, 0, 2 ** 16), 'expected an array of word codes'),
    ...WEIGHT_FIELDS,
  })
  .refine(sameLength, SAME_LENGTH);

/** Parses a model file's JSON text; throws naming `file` and the field at fault. */
export function parseOpenCueModel(json: string, file: string): OpenCueModel {
  const m = parseModelFile(json, file, OpenCueModelFileSchema);
  if (m.words.length !== m.codes.length) throw new Error(`${file}: words and codes differ in length`);
  return {
    weights: new WeightTable(m.hashes, m.weights),
    scale: m.scale,
    stats: new Map(m.words.map((w, i) => [w, m.codes[i]!])),
  };
}

// Word classes (small integers, hashed with a template: no string per feature).
const C_NONE = 0;
const C_THAT = 1;
const C_TO = 2;
const C_WHETHER = 3;
const C_WH = 4;
const C_COLON = 5;
const C_COMMA = 6;
const C_END = 7;
const C_QUOTE = 8;
const C_PRONOUN = 9;
const C_DET = 10;
const C_AUX = 11;
const C_NUM = 12;
const C_CAP = 13;
const C_LY = 14;
const C_LOW = 15;
const C_PUNCT = 16;
const C_CONJ = 17;
const C_PREP = 18;
const C_NOT = 19;
const C_ING = 20;
const C_ED = 21;

const CLASS_OF_LOWER: ReadonlyMap<string, number> = new Map<string, number>([
  ['that', C_THAT],
  ['to', C_TO],
  ['whether', C_WHETHER],
  ['if', C_WHETHER],
  ...'how why what when where who which'.split(' ').map((w) => [w, C_WH] as [string, number]),
  [':', C_COLON],
  [',', C_COMMA],
  ...['.', ';', '!', '?'].map((w) => [w, C_END] as [string, number]),
  ...['"', '“', '”', '«', '»', '‘', '’', "'", '``', "''"].map((w) => [w, C_QUOTE] as [string, number]),
  ...'he she they we i you it'.split(' ').map((w) => [w, C_PRONOUN] as [string, number]),
  ...'the a an his her its their our my your this these those some any no every each'
    .split(' ')
    .map((w) => [w, C_DET] as [string, number]),
  ...'has have had is are was were be been being will would could should may might must can did does do also still'
    .split(' ')
    .map((w) => [w, C_AUX] as [string, number]),
  ...['(', ')', '—', '–', '-'].map((w) => [w, C_PUNCT] as [string, number]),
  ...'and but or nor so yet'.split(' ').map((w) => [w, C_CONJ] as [string, number]),
  ...'of on for about in with at from by into over against after before as than under upon'
    .split(' ')
    .map((w) => [w, C_PREP] as [string, number]),
  ...['not', "n't", 'never'].map((w) => [w, C_NOT] as [string, number]),
]);

/** The class of a word: a closed-class word's own, else number, capitalised, `-ly`, `-ing`, `-ed`, lower-case. */
function classOf(w: Word | undefined): number {
  if (!w) return C_NONE;
  const c = CLASS_OF_LOWER.get(w.lower);
  if (c !== undefined) return c;
  const ch = w.text.charCodeAt(0);
  if (ch >= 48 && ch <= 57) return C_NUM;
  if (isCapitalised(w)) return C_CAP;
  const l = w.lower;
  if (l.endsWith('ly')) return C_LY;
  if (l.endsWith('ing')) return C_ING;
  if (l.endsWith('ed')) return C_ED;
  return C_LOW;
}

/** Words that are never candidates: the closed classes above, and a few frequent verbs of being and having. */
const CLOSED: ReadonlySet<string> = new Set([
  ...CLASS_OF_LOWER.keys(),
  ...'him them us me there then also just only very more most such own same other than too even now'.split(
    ' ',
  ),
]);

// Per-token hashes, memoised by interned token id.
const WORD = new TokenMemo((l) => wordHash(l));
const SUF2 = new TokenMemo((l) => hashRange(7, l, Math.max(0, l.length - 2), l.length));
const SUF3 = new TokenMemo((l) => hashRange(11, l, Math.max(0, l.length - 3), l.length));
const SUF4 = new TokenMemo((l) => hashRange(13, l, Math.max(0, l.length - 4), l.length));
const PRE3 = new TokenMemo((l) => hashRange(17, l, 0, Math.min(3, l.length)));

/**
 * True when word `k` is a word the model may be asked about: lower-case, a letter first, at least
 * three letters, no closed-class word, not after a determiner (a noun there). The caller adds
 * that no lexicon form and no vocabulary word of the cue classifier holds it.
 */
export function openCandidate(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  const c = w.text.charCodeAt(0);
  if (!(c >= 97 && c <= 122) || w.text.length < 3) return false;
  if (CLOSED.has(w.lower)) return false;
  const p = words[k - 1];
  return !(p !== undefined && classOf(p) === C_DET);
}

const T = {
  bias: seed('o:bias'),
  w: seed('o:w'),
  suf2: seed('o:suf2'),
  suf3: seed('o:suf3'),
  suf4: seed('o:suf4'),
  pre3: seed('o:pre3'),
  p1: seed('o:p1'),
  p2: seed('o:p2'),
  n1: seed('o:n1'),
  n2: seed('o:n2'),
  pc: seed('o:pc'),
  nc: seed('o:nc'),
  nc12: seed('o:nc1|nc2'),
  pc1nc1: seed('o:pc1|nc1'),
  open: seed('o:opener'),
  openSuf: seed('o:opener|suf3'),
  left: seed('o:left'),
  leftSuf: seed('o:left|suf3'),
  leftOpen: seed('o:left|opener'),
  pos: seed('o:position'),
  p1suf: seed('o:p1|suf3'),
  sufN1: seed('o:suf3|n1'),
  quoted: seed('o:quotes-before'),
  clauseRate: seed('o:clause-rate'),
  subjectRate: seed('o:subject-rate'),
  freq: seed('o:frequency'),
  clauseRateOpen: seed('o:clause-rate|opener'),
  subjectRateLeft: seed('o:subject-rate|left'),
  rates: seed('o:clause-rate|subject-rate'),
};

/** A rate in buckets: 0, under 2%, 5%, 10%, 20%, 40%, and above. */
function rateBucket(k: number, n: number): number {
  if (k === 0) return 0;
  const r = k / n;
  return r < 0.02 ? 1 : r < 0.05 ? 2 : r < 0.1 ? 3 : r < 0.2 ? 4 : r < 0.4 ? 5 : 6;
}

/**
 * The text statistics of the words of unlabelled sentences (no annotation is read): per lower-case
 * word seen at least `min` times, a code of how often a clause opener follows it (a particle
 * skipped), how often a pronoun or a name stands right before it, and its frequency (log2). A
 * word's code tells whether it behaves like a verb taking a clause or a speaker, even when no
 * annotated cue had it.
 */
export function wordStats(sentences: Iterable<readonly Word[]>, min: number): Map<string, number> {
  const n = new Map<string, number>();
  const clause = new Map<string, number>();
  const subject = new Map<string, number>();
  for (const words of sentences)
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const c = w.text.charCodeAt(0);
      if (!(c >= 97 && c <= 122)) continue;
      const l = w.lower;
      n.set(l, (n.get(l) ?? 0) + 1);
      let j = k + 1;
      if (j < words.length && CLASS_OF_LOWER.get(words[j]!.lower) === C_PREP) j++;
      const nc = classOf(words[j]);
      if (
        nc === C_THAT ||
        nc === C_TO ||
        nc === C_WHETHER ||
        nc === C_WH ||
        nc === C_COLON ||
        nc === C_QUOTE ||
        (nc === C_PRONOUN && words[j]!.lower !== 'it' && words[j]!.lower !== 'you')
      )
        clause.set(l, (clause.get(l) ?? 0) + 1);
      const pc = classOf(words[k - 1]);
      if (pc === C_PRONOUN || (pc === C_CAP && k > 1)) subject.set(l, (subject.get(l) ?? 0) + 1);
    }
  const out = new Map<string, number>();
  for (const [l, count] of n) {
    if (count < min) continue;
    const f = Math.min(7, Math.floor(Math.log2(count)));
    out.set(
      l,
      1 + rateBucket(clause.get(l) ?? 0, count) * 64 + rateBucket(subject.get(l) ?? 0, count) * 8 + f,
    );
  }
  return out;
}

/**
 * The first clause opener among the six words after `k` (stopping at a sentence end or a
 * semicolon): its class times 8 plus its distance, 0 when none.
 */
function opener(words: readonly Word[], k: number): number {
  for (let j = k + 1; j < words.length && j <= k + 6; j++) {
    const c = classOf(words[j]);
    if (c === C_END) return 0;
    if (c === C_THAT || c === C_TO || c === C_WHETHER || c === C_WH || c === C_COLON || c === C_QUOTE)
      return c * 8 + (j - k);
    if (c === C_PRONOUN && words[j]!.lower !== 'it' && words[j]!.lower !== 'you') return c * 8 + (j - k);
  }
  return 0;
}

/**
 * What stands before `k` within four words: 1 a pronoun right before, 2 a pronoun, 3 a name right
 * before, 4 a name, 5 an auxiliary right before, 6 a determiner phrase, 7 a comma or break, 0 none.
 */
function left(words: readonly Word[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const c = classOf(words[j]);
    if (c === C_PRONOUN) return j === k - 1 ? 1 : 2;
    if (c === C_CAP && j > 0) return j === k - 1 ? 3 : 4;
    if (c === C_AUX || c === C_NOT) {
      if (j === k - 1) return 5;
      continue;
    }
    if (c === C_DET) return 6;
    if (c === C_COMMA || c === C_END || c === C_COLON || c === C_QUOTE || c === C_PUNCT) return 7;
  }
  return 0;
}

/** Appends the feature hashes of candidate word `k` to `out`; `quotesBefore` is the parity of quotation marks before it. */
export function openFeatures(
  words: readonly Word[],
  k: number,
  quotesBefore: number,
  stats: ReadonlyMap<string, number>,
  out: number[],
): void {
  const w = words[k]!;
  const suf3 = SUF3.of(w);
  const p1 = words[k - 1];
  const n1 = words[k + 1];
  const p1h = p1 ? WORD.of(p1) : 1;
  const n1h = n1 ? WORD.of(n1) : 2;
  out.push(T.bias);
  out.push(hashJoin(T.w, WORD.of(w)));
  out.push(hashJoin(T.suf2, SUF2.of(w)));
  out.push(hashJoin(T.suf3, suf3));
  out.push(hashJoin(T.suf4, SUF4.of(w)));
  out.push(hashJoin(T.pre3, PRE3.of(w)));
  out.push(hashJoin(T.p1, p1h));
  out.push(hashJoin(T.p2, words[k - 2] ? WORD.of(words[k - 2]!) : 1));
  out.push(hashJoin(T.n1, n1h));
  out.push(hashJoin(T.n2, words[k + 2] ? WORD.of(words[k + 2]!) : 2));
  const pc1 = classOf(p1);
  const nc1 = classOf(n1);
  const nc2 = classOf(words[k + 2]);
  out.push(hashJoin(T.pc, 1, pc1));
  out.push(hashJoin(T.pc, 2, classOf(words[k - 2])));
  out.push(hashJoin(T.pc, 3, classOf(words[k - 3])));
  out.push(hashJoin(T.nc, 1, nc1));
  out.push(hashJoin(T.nc, 2, nc2));
  out.push(hashJoin(T.nc, 3, classOf(words[k + 3])));
  out.push(hashJoin(T.nc12, nc1, nc2));
  out.push(hashJoin(T.pc1nc1, pc1, nc1));
  const op = opener(words, k);
  const lf = left(words, k);
  out.push(hashJoin(T.open, op));
  out.push(hashJoin(T.openSuf, op, suf3));
  out.push(hashJoin(T.left, lf));
  out.push(hashJoin(T.leftSuf, lf, suf3));
  out.push(hashJoin(T.leftOpen, lf, op));
  out.push(hashJoin(T.pos, k === 0 ? 0 : k < 4 ? 1 : k + 3 >= words.length ? 3 : 2));
  out.push(hashJoin(T.p1suf, p1h, suf3));
  out.push(hashJoin(T.sufN1, suf3, n1h));
  out.push(hashJoin(T.quoted, quotesBefore & 1));
  const code = stats.get(w.lower) ?? 0;
  const cr = code === 0 ? 7 : ((code - 1) >> 6) & 7;
  const sr = code === 0 ? 7 : ((code - 1) >> 3) & 7;
  out.push(hashJoin(T.clauseRate, cr));
  out.push(hashJoin(T.subjectRate, sr));
  out.push(hashJoin(T.freq, code === 0 ? 8 : (code - 1) & 7));
  out.push(hashJoin(T.clauseRateOpen, cr, op));
  out.push(hashJoin(T.subjectRateLeft, sr, lf));
  out.push(hashJoin(T.rates, cr, sr));
}

/** True when a token is a quotation mark (for the caller's running parity). */
export function isQuoteMark(w: Word): boolean {
  return classOf(w) === C_QUOTE;
}

/** The score of a feature list (in the model's units): above zero, a cue. */
export function openScore(model: OpenCueModel, feats: readonly number[]): number {
  let s = 0;
  const w = model.weights;
  for (let i = 0; i < feats.length; i++) s += w.get(feats[i]!);
  return s / model.scale;
}
