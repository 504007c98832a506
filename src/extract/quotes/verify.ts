import { z } from 'zod';
import { hashRange, hashSep, hashStr, seed } from '../entities/hash.ts';
import { isCapitalised, scanWords, type Word } from '../quantities/words.ts';
import type { Attribution } from './attribution.ts';
import {
  parseModelFile,
  SAME_LENGTH,
  sameLength,
  WEIGHT_FIELDS,
  WeightTable,
  wordClass,
} from './cue-model.ts';
import { cuePrefix } from './phrases.ts';
import { wordAt } from './span-refine.ts';

/**
 * A learned verifier of reported speech: after the rules (and the cue classifier and span model)
 * have made an attribution that is no direct quotation, a linear score over hashed features of the
 * whole attribution — the rule that made it, its cue's head word and neighbours, the shape of its
 * source (none, pronoun, name, a phrase of common nouns and its head word) and of its content —
 * says whether it is one. Below the model's threshold the attribution is dropped
 * (`Holding rates near zero has encouraged borrowing`, `the number of reported cases`, `It is too
 * soon to say`: cue forms that are stances elsewhere). Trained by `scripts/train-verify.ts` on the
 * stage's own output over PolNeAR train, each fold's output made by models that never saw that fold.
 */

/** The model: weights by feature hash (scaled integers) and the score (unscaled) under which an attribution is dropped. */
export interface VerifyModel {
  readonly weights: WeightTable;
  readonly scale: number;
  readonly threshold: number;
}

const VerifyModelFileSchema = z
  .object({
    format: z.literal('sitrep-verify-model'),
    version: z.literal(1),
    note: z.string(),
    scale: z.number().positive(),
    threshold: z.number(),
    ...WEIGHT_FIELDS,
  })
  .refine(sameLength, SAME_LENGTH);

/** Parses a verifier file's JSON text; throws naming `file` and the field at fault. */
export function parseVerifyModel(json: string, file: string): VerifyModel {
  const m = parseModelFile(json, file, VerifyModelFileSchema);
  return { weights: new WeightTable(m.hashes, m.weights), scale: m.scale, threshold: m.threshold };
}

const T = {
  bias: seed('v:bias'),
  rule: seed('v:rule'),
  head: seed('v:head'),
  ruleHead: seed('v:rule|head'),
  suf: seed('v:suf3'),
  form: seed('v:form'),
  len: seed('v:cuelen'),
  p1: seed('v:p1'),
  p1c: seed('v:p1class'),
  p1head: seed('v:p1|head'),
  n1: seed('v:n1'),
  n1c: seed('v:n1class'),
  n12c: seed('v:n1class|n2class'),
  n1cHead: seed('v:n1class|head'),
  src: seed('v:source'),
  srcRule: seed('v:source|rule'),
  srcHead: seed('v:source|head'),
  srcLen: seed('v:sourcelen'),
  srcFirst: seed('v:sourcefirst'),
  srcLast: seed('v:sourcelast'),
  srcGap: seed('v:sourcegap'),
  content: seed('v:contentlen'),
  contentFirst: seed('v:contentfirst'),
  stance: seed('v:stance'),
  cap: seed('v:cap'),
  pos: seed('v:position'),
};

const hw = (t: number, s: string) => hashStr(hashSep(t), s);
const and = (h: number, s: string) => hashStr(hashSep(h), s);

const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);
const PRONOUN: ReadonlySet<string> = new Set('he she they we i you it'.split(' '));

/** Buckets of a count: 1, 2, 3, 4–6, 7–12, more (strings made once). */
const BUCKETS = ['0', '1', '2', '3', '4-6', '4-6', '4-6', '7-12', '7-12', '7-12', '7-12', '7-12', '7-12'];
const bucket = (n: number): string => BUCKETS[n] ?? 'many';
/** `before:2`, `after:out`, …: the source's side of the cue and its distance, made once. */
const GAPS = new Map<string, string>();
for (const side of ['before', 'after'])
  for (const b of [...new Set(BUCKETS), 'many', 'out']) GAPS.set(`${side}${b}`, `${side}:${b}`);

/** Words of a source read for its shape: at most this many (sources are bounded phrases). */
const SOURCE_WORDS = 16;

/** Per rule name, the hashes of the rule's own features (a handful of names: hashed once each). */
const RULE_HASHES = new Map<string, readonly [number, number]>();
function ruleHashes(rule: string): readonly [number, number] {
  let r = RULE_HASHES.get(rule);
  if (!r) {
    r = [hw(T.rule, rule), hw(T.ruleHead, rule)];
    RULE_HASHES.set(rule, r);
  }
  return r;
}

/** `hashStr(hashSep(t), words[a].lower + ' ' + … + ' ')` without building the string. */
function formHash(t: number, words: readonly Word[], a: number, b: number): number {
  let h = hashSep(t);
  for (let k = a; k < b; k++) {
    const l = words[k]!.lower;
    for (let i = 0; i < l.length; i++) h = Math.imul(h ^ l.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 32, 0x01000193);
  }
  return h & 0x3fffffff;
}

/**
 * The words [a, b) of `words` covering a span, when the span lies within them (sources and
 * contents usually lie in the cue's sentence); else the span's own words, scanned up to `limit`
 * characters.
 */
function spanWords(
  text: string,
  words: readonly Word[],
  span: readonly [number, number],
  limit: number,
): { ws: readonly Word[]; a: number; b: number } {
  if (words.length > 0 && span[0] >= words[0]!.start && span[1] <= words[words.length - 1]!.end)
    return { ws: words, a: wordAt(words, span[0]), b: wordAt(words, span[1]) };
  const ws = scanWords(text, span[0], Math.min(span[1], span[0] + limit));
  return { ws, a: 0, b: ws.length };
}

/**
 * Heads of plain speech cues the verifier is not asked about (`said`, `told`, `according to`,
 * `quoted`, `warned`, `denied`, …): on the held-out fifth of PolNeAR train it would drop 2 of the
 * 873 attributions they head (neither annotated); they are most attributions of wire copy, where
 * scoring every attribution cost about a tenth of the stage's time.
 */
const SPEECH_HEADS: ReadonlySet<string> = new Set(
  'said says say saying told tells tell added adds according quoted stressed warned warns claimed claims denied denies disputes insisted announced argued noted explained wrote stated'.split(
    ' ',
  ),
);

/** The first cue word [ca] and its head [h] (the first that is no auxiliary or adverb), and the cue's end [cb]. */
function cueWords(words: readonly Word[], cue: readonly [number, number]): [number, number, number] {
  const ca = wordAt(words, cue[0]);
  let cb = ca;
  while (cb < words.length && words[cb]!.end <= cue[1]) cb++;
  let h = ca;
  while (h < cb - 1 && cuePrefix(words[h]!)) h++;
  return [ca, h, cb];
}

/**
 * True when attribution `a` (reported speech with a cue) stands: a plain speech cue, or a score at
 * or over the model's threshold. `words` are the
 * words of the sentence holding its cue; `feats` a scratch list.
 */
export function verified(
  model: VerifyModel,
  text: string,
  a: Attribution,
  words: readonly Word[],
  feats: number[],
): boolean {
  const h = cueWords(words, a.cue!)[1];
  if (h < words.length) {
    const head = words[h]!.lower;
    if (SPEECH_HEADS.has(head)) return true;
  }
  feats.length = 0;
  verifyFeatures(text, a, words, feats);
  return verifyScore(model, feats) >= model.threshold;
}

/**
 * Appends the feature hashes of attribution `a` (with a cue) to `out`; `words` are the words of the
 * sentence holding its cue. Constant work per attribution: binary searches over the sentence's
 * words (a bounded scan of the source or content only when one lies outside the sentence).
 */
export function verifyFeatures(text: string, a: Attribution, words: readonly Word[], out: number[]): void {
  const cue = a.cue!;
  const [ca, h, cb] = cueWords(words, cue);
  const head = words[h]?.lower ?? '<none>';
  const [ruleHash, ruleHeadHash] = ruleHashes(a.rule);
  out.push(T.bias);
  out.push(ruleHash);
  out.push(hw(T.head, head));
  out.push(and(ruleHeadHash, head));
  out.push(hashRange(hashSep(T.suf), head, Math.max(0, head.length - 3), head.length));
  out.push(formHash(T.form, words, ca, Math.min(cb, ca + 4)));
  out.push(hw(T.len, bucket(cb - ca)));
  const p1 = ca > 0 ? words[ca - 1]!.lower : '<s>';
  out.push(hw(T.p1, p1));
  out.push(hw(T.p1c, wordClass(words[ca - 1])));
  out.push(and(hw(T.p1head, p1), head));
  const n1 = cb < words.length ? words[cb]!.lower : '</s>';
  const n1c = wordClass(words[cb]);
  out.push(hw(T.n1, n1));
  out.push(hw(T.n1c, n1c));
  out.push(and(hw(T.n12c, n1c), wordClass(words[cb + 1])));
  out.push(and(hw(T.n1cHead, n1c), head));
  // The source: its kind, size, first and last words, and how far it stands from the cue.
  let kind = 'none';
  if (a.source) {
    const { ws, a: sa, b: sb } = spanWords(text, words, a.source, 200);
    const n = Math.min(sb - sa, SOURCE_WORDS);
    const first = n > 0 ? ws[sa] : undefined;
    const last = n > 0 ? ws[sa + n - 1] : undefined;
    if (!first || !last) kind = 'empty';
    else if (n === 1 && PRONOUN.has(first.lower)) kind = 'pronoun';
    else if (n === 1 && RELATIVE.has(first.lower)) kind = 'relative';
    else if (isCapitalised(first) && isCapitalised(last)) kind = 'name';
    else if (isCapitalised(last)) kind = 'ends-capital';
    else kind = wordClass(first) === 'det' ? 'det-phrase' : 'phrase';
    out.push(hw(T.srcLen, bucket(sb - sa)));
    out.push(hw(T.srcFirst, first?.lower ?? ''));
    out.push(hw(T.srcLast, last?.lower ?? ''));
    const before = a.source[1] <= cue[0];
    const gap = before ? ca - wordAt(words, a.source[1]) : wordAt(words, a.source[0]) - cb;
    out.push(hw(T.srcGap, GAPS.get(`${before ? 'before' : 'after'}${gap < 0 ? 'out' : bucket(gap)}`)!));
  }
  out.push(hw(T.src, kind));
  out.push(and(hw(T.srcRule, kind), a.rule));
  out.push(and(hw(T.srcHead, kind), head));
  // The content: its length in characters and its first word.
  const len = a.content[1] - a.content[0];
  out.push(
    hw(T.content, len < 20 ? 'tiny' : len < 60 ? 'short' : len < 150 ? 'mid' : len < 400 ? 'long' : 'huge'),
  );
  const { ws: cw, a: c0, b: c1 } = spanWords(text, words, a.content, 24);
  const cf = c0 < c1 ? cw[c0] : undefined;
  out.push(hw(T.contentFirst, cf ? (isCapitalised(cf) ? '<cap>' : cf.lower) : '<none>'));
  out.push(hw(T.stance, a.stance));
  out.push(hw(T.cap, words[h] && isCapitalised(words[h]!) ? 'cap' : 'low'));
  out.push(hw(T.pos, ca === 0 ? 'first' : ca < 4 ? 'early' : cb + 3 >= words.length ? 'late' : 'mid'));
}

/** The verifier's score of a feature list (unscaled): under the model's threshold, the attribution is dropped. */
export function verifyScore(model: VerifyModel, feats: readonly number[]): number {
  let s = 0;
  const w = model.weights;
  for (let i = 0; i < feats.length; i++) s += w.get(feats[i]!);
  return s / model.scale;
}
