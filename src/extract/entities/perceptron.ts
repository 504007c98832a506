import { CONLL_TYPES, type ConllType } from './constants.ts';
import {
  type DynamicContext,
  dynamicFeatures,
  historyFeatures,
  labelPairFeatures,
  labelWordFeatures,
  type PreparedSentence,
  type Tok,
  transitionFeatures,
} from './features.ts';
import { mix32 } from './hash.ts';
import { LABELS, PREFIX, TYPE_INDEX } from './labels.ts';
import { HashBuffer } from './sink.ts';

/**
 * An averaged perceptron over BILOU labels, decoded left to right per sentence either greedily or
 * (the committed model, beam 4) by beam search trained as a structured perceptron with early update.
 * Labels are constrained to valid BILOU sequences while decoding. The beam took testa F1 from 0.893
 * to 0.931 with the same features (docs/decisions/004-ner.md).
 */

/** Labels: `O`, then B/I/L/U of each CoNLL type. */
export { LABELS };

const L = LABELS.length;
/** Previous labels, with -1 (before the sentence) at index 0. */
const NL = L + 1;

/** True when `cur` may follow `prev` (-1 at the start of a sentence) and, at the sentence end, closes. */
function allowed(prev: number, cur: number, last: boolean): boolean {
  const open = prev >= 0 && (PREFIX[prev] === 'B' || PREFIX[prev] === 'I');
  const p = PREFIX[cur];
  if (open) {
    if (TYPE_INDEX[cur] !== TYPE_INDEX[prev]) return false;
    return p === 'L' || (p === 'I' && !last);
  }
  return p === 'O' || p === 'U' || (p === 'B' && !last);
}

/** Anything that adds label scores for a list of feature hashes. */
export interface Scorer {
  /** Adds the scores of feats[start, end) to scores[at, at + L). */
  addScores(feats: ArrayLike<number>, start: number, end: number, scores: Float64Array, at?: number): void;
}

/** The learner: integer weights with lazy averaging, grown as features are first updated. */
export class Trainer implements Scorer {
  private rows = new Map<number, number>();
  private w = new Int32Array(1 << 20);
  private acc = new Float64Array(1 << 20);
  private ts = new Int32Array((1 << 20) / L);
  private count = 0;
  /** Updates so far: the averaging clock. */
  clock = 0;

  addScores(feats: ArrayLike<number>, start: number, end: number, scores: Float64Array, at = 0): void {
    const w = this.w;
    for (let f = start; f < end; f++) {
      const r = this.rows.get(feats[f]!);
      if (r === undefined) continue;
      const base = r * L;
      for (let k = 0; k < L; k++) scores[at + k]! += w[base + k]!;
    }
  }

  private row(h: number): number {
    let r = this.rows.get(h);
    if (r === undefined) {
      r = this.count++;
      this.rows.set(h, r);
      if ((r + 1) * L > this.w.length) {
        const grow = <A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A => {
          const b = make(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w, (n) => new Int32Array(n));
        this.acc = grow(this.acc, (n) => new Float64Array(n));
        this.ts = grow(this.ts, (n) => new Int32Array(n));
      }
      this.ts[r] = this.clock;
    }
    return r;
  }

  /** Rewards `gold` and penalises `pred` on these features. */
  update(feats: ArrayLike<number>, gold: number, pred: number): void {
    const t = this.clock;
    for (let f = 0; f < feats.length; f++) {
      const r = this.row(feats[f]!);
      const base = r * L;
      const dt = t - this.ts[r]!;
      if (dt > 0) {
        this.acc[base + gold]! += dt * this.w[base + gold]!;
        this.acc[base + pred]! += dt * this.w[base + pred]!;
        // Other labels of the row keep their value; fold them too so ts is per row.
        for (let k = 0; k < L; k++)
          if (k !== gold && k !== pred) this.acc[base + k]! += dt * this.w[base + k]!;
        this.ts[r] = t;
      }
      this.w[base + gold]! += 1;
      this.w[base + pred]! -= 1;
    }
  }

  /** Adds `delta` to the weight of `label` on these features (structured updates). */
  add(feats: ArrayLike<number>, label: number, delta: number): void {
    const t = this.clock;
    for (let f = 0; f < feats.length; f++) {
      const r = this.row(feats[f]!);
      const base = r * L;
      const dt = t - this.ts[r]!;
      if (dt > 0) {
        for (let k = 0; k < L; k++) this.acc[base + k]! += dt * this.w[base + k]!;
        this.ts[r] = t;
      }
      this.w[base + label]! += delta;
    }
  }

  /** Averaged weights per feature hash. */
  averaged(): Map<number, Float64Array> {
    const out = new Map<number, Float64Array>();
    const T = Math.max(1, this.clock);
    for (const [h, r] of this.rows) {
      const v = new Float64Array(L);
      const dt = T - this.ts[r]!;
      for (let k = 0; k < L; k++) v[k] = (this.acc[r * L + k]! + dt * this.w[r * L + k]!) / T;
      out.set(h, v);
    }
    return out;
  }
}

/**
 * Compact read-only weights: an open-addressing table of feature hashes (key and row side by side,
 * so a probe touches one cache line) to rows of L quantised weights. Scores stay in quantisation
 * steps: one scale for all weights does not change which label wins.
 */
export class Weights implements Scorer {
  private readonly mask: number;
  /** Key and row of each slot, side by side (row -1: empty). */
  readonly table: Int32Array;
  constructor(
    hashes: Uint32Array | null,
    private readonly values: Int16Array,
    prebuilt?: Int32Array,
  ) {
    if (prebuilt) {
      this.table = prebuilt;
      this.mask = prebuilt.length / 2 - 1;
      return;
    }
    const n = hashes?.length ?? 0;
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2).fill(-1);
    for (let r = 0; r < n; r++) {
      const h = hashes![r]!;
      let i = mix32(h) & this.mask;
      while (this.table[2 * i + 1]! >= 0) i = (i + 1) & this.mask;
      this.table[2 * i] = h | 0;
      this.table[2 * i + 1] = r;
    }
  }

  /** Number of stored features. */
  get size(): number {
    return this.values.length / L;
  }

  /** The weight row of a feature hash, -1 when the model has none. */
  row(h: number): number {
    const { table, mask } = this;
    h |= 0;
    let i = mix32(h) & mask;
    let r = table[2 * i + 1]!;
    while (r >= 0 && table[2 * i] !== h) {
      i = (i + 1) & mask;
      r = table[2 * i + 1]!;
    }
    return r;
  }

  /** Adds the weights of row r (from `row`) to scores[at, at + L). */
  addRow(r: number, scores: Float64Array, at: number): void {
    const values = this.values;
    const base = r * L;
    for (let k = 0; k < L; k++) scores[at + k]! += values[base + k]!;
  }

  addScores(feats: ArrayLike<number>, start: number, end: number, scores: Float64Array, at = 0): void {
    const { table, values, mask } = this;
    for (let f = start; f < end; f++) {
      const h = feats[f]! | 0;
      let i = mix32(h) & mask;
      let r = table[2 * i + 1]!;
      while (r >= 0 && table[2 * i] !== h) {
        i = (i + 1) & mask;
        r = table[2 * i + 1]!;
      }
      if (r < 0) continue;
      const base = r * L;
      for (let k = 0; k < L; k++) scores[at + k]! += values[base + k]!;
    }
  }
}

/** Allowed labels after each previous label (index prev + 1), inside and at the end of a sentence. */
const ALLOWED: readonly (readonly number[])[][] = Array.from({ length: L + 1 }, (_, p) =>
  [false, true].map((last) => LABELS.map((_, k) => k).filter((k) => allowed(p - 1, k, last))),
);

/** What the decoder needs of a document: its tokens and the static scores of each. */
export interface DecodeInput {
  readonly sentences: readonly (readonly Tok[])[];
  /** Adds the scores of token i of sentence si's static features. */
  addStatic(si: number, i: number, scores: Float64Array): void;
  /**
   * Where the scores of the label-word transition features of token i after label prev1 are:
   * an offset into `labelWordScores`, when the input keeps them (the run-time tagger sums them
   * once per word and previous label); else the decoder hashes `labelWordFeatures`.
   */
  labelWordAt?(si: number, i: number, prev1: number): number;
  /** The scores `labelWordAt` points into (read after each call: it may be replaced as it grows). */
  readonly labelWordScores?: Float64Array;
  /** Beam buffers to reuse, from a caller whose weights stay fixed between documents. */
  readonly work?: BeamWork;
}

/** A learner and the gold labels, for decoding while training. */
export interface Training {
  readonly learner: Trainer;
  readonly gold: readonly (readonly number[])[];
  /** Appends the static feature hashes of token i of sentence si. */
  staticFeatures(si: number, i: number, out: number[]): void;
}

/**
 * Labels every token of a document, left to right. While training, updates the weights on each
 * mistake (the context features use the labels predicted so far, as at run time).
 */
export function decode(input: DecodeInput, scorer: Scorer, training?: Training, beam = 1): number[][] {
  if (beam > 1) return decodeBeam(input, scorer, beam, training);
  const history: History = new Map();
  const scores = new Float64Array(L);
  const dyn: number[] = [];
  const all: number[] = [];
  const out: number[][] = [];
  const ctx: DynamicContext = { prev1: -1, prev2: -1, histMask: 0, histLast: 0, nextMask: 0 };
  input.sentences.forEach((toks, si) => {
    const n = toks.length;
    const labels: number[] = [];
    for (let i = 0; i < n; i++) {
      const tok = toks[i]!;
      const h = history.get(tok.lw);
      const hn = i + 1 < n ? history.get(toks[i + 1]!.lw) : undefined;
      const prev = i > 0 ? labels[i - 1]! : -1;
      ctx.prev1 = prev;
      ctx.prev2 = i > 1 ? labels[i - 2]! : -1;
      ctx.histMask = h === undefined ? 0 : h & HIST_MASK;
      ctx.histLast = h === undefined ? 0 : h >> HIST_LAST_SHIFT;
      ctx.nextMask = hn === undefined ? 0 : hn & HIST_MASK;
      dyn.length = 0;
      dynamicFeatures(tok, ctx, dyn);
      scores.fill(0);
      input.addStatic(si, i, scores);
      scorer.addScores(dyn, 0, dyn.length, scores);
      const candidates = ALLOWED[prev + 1]![i === n - 1 ? 1 : 0]!;
      let best = candidates[0]!;
      for (let c = 1; c < candidates.length; c++) {
        const k = candidates[c]!;
        if (scores[k]! > scores[best]!) best = k;
      }
      if (training) {
        const gold = training.gold[si]![i]!;
        if (gold !== best) {
          all.length = 0;
          training.staticFeatures(si, i, all);
          for (const f of dyn) all.push(f);
          training.learner.update(all, gold, best);
        }
        training.learner.clock++;
      }
      labels.push(best);
    }
    // History is updated per sentence, once its labels are final.
    remember(history, toks, labels);
    out.push(labels);
  });
  return out;
}

/**
 * A document's history: per lower-case word, the mask of entity types (bit 0: O) it was given,
 * and the last label it was given above HIST_LAST_SHIFT, in one integer (no object per word).
 */
type History = Map<string, number>;
const HIST_LAST_SHIFT = 8;
const HIST_MASK = (1 << HIST_LAST_SHIFT) - 1;

/** Records a word's label in the document's history. */
function remember(history: History, toks: readonly Tok[], labels: readonly number[]): void {
  for (let i = 0; i < labels.length; i++) {
    const t = TYPE_INDEX[labels[i]!]!;
    const tok = toks[i]!;
    if (t < 0 && !tok.cap) continue;
    const rec = history.get(tok.lw);
    const mask = (rec === undefined ? 0 : rec & HIST_MASK) | (1 << (t + 1));
    history.set(tok.lw, mask | (labels[i]! << HIST_LAST_SHIFT));
  }
}

/**
 * Beam search over each sentence (Collins & Roark 2004): the label-transition features (previous
 * label, previous two labels, previous label × word and × shape) are scored per hypothesis, so the
 * best sequence is found, not the best next label. While training it is a structured perceptron
 * with early update: when the gold prefix falls off the beam, or the best sequence differs from
 * gold at the end, the gold sequence's features are rewarded and the predicted ones penalised.
 * The document history (labels given to a word in earlier sentences) is fixed within a sentence.
 */
function decodeBeam(input: DecodeInput, scorer: Scorer, B: number, training?: Training): number[][] {
  const history: History = new Map();
  const ctx: DynamicContext = { prev1: -1, prev2: -1, histMask: 0, histLast: 0, nextMask: 0 };
  const base = new Float64Array(L);
  // The caller's buffers when it keeps the weights fixed; fresh ones while training.
  const work = !training && input.work?.B === B ? input.work : new BeamWork(B);
  const { feats, hf, pairVec, pairDone, wordVec, wordStamp, wordOff, topScore, topParent, topLabel } = work;
  const out: number[][] = [];
  let { labs, pars, scores, nextScores, onGold, nextGold, stamp } = work;
  for (let si = 0; si < input.sentences.length; si++) {
    const toks = input.sentences[si]!;
    const n = toks.length;
    if (n === 0) {
      out.push([]);
      continue;
    }
    if (n * B > labs.length) {
      labs = new Int32Array(n * B);
      pars = new Int32Array(n * B);
    }
    if (training) pairDone.fill(0);
    const gold = training?.gold[si];
    scores[0] = 0;
    onGold[0] = 1;
    let width = 1;
    const hist: number[][] = [];
    let violation = -1;
    // The history is fixed within a sentence: the next word's entry becomes the word's own.
    let hn = history.size > 0 ? history.get(toks[0]!.lw) : undefined;
    for (let i = 0; i < n; i++) {
      const tok = toks[i]!;
      const h = hn;
      hn = i + 1 < n && history.size > 0 ? history.get(toks[i + 1]!.lw) : undefined;
      ctx.histMask = h === undefined ? 0 : h & HIST_MASK;
      ctx.histLast = h === undefined ? 0 : h >> HIST_LAST_SHIFT;
      ctx.nextMask = hn === undefined ? 0 : hn & HIST_MASK;
      hf.clear();
      historyFeatures(ctx, hf);
      if (training) hist.push(Array.from(hf.a.subarray(0, hf.length)));
      base.fill(0);
      input.addStatic(si, i, base);
      if (hf.length > 0) scorer.addScores(hf.a, 0, hf.length, base);
      stamp++;
      let m = 0;
      const at0 = (i - 1) * B;
      for (let b = 0; b < width; b++) {
        const p1 = i > 0 ? labs[at0 + b]! : -1;
        const p2 = i > 1 ? labs[(i - 2) * B + pars[at0 + b]!]! : -1;
        const pair = (p1 + 1) * NL + p2 + 1;
        if (!pairDone[pair]) {
          feats.clear();
          labelPairFeatures(p1, p2, feats);
          pairVec.fill(0, pair * L, (pair + 1) * L);
          scorer.addScores(feats.a, 0, feats.length, pairVec, pair * L);
          pairDone[pair] = 1;
        }
        if (wordStamp[p1 + 1] !== stamp) {
          if (input.labelWordAt) wordOff[p1 + 1] = input.labelWordAt(si, i, p1);
          else {
            wordVec.fill(0, (p1 + 1) * L, (p1 + 2) * L);
            feats.clear();
            labelWordFeatures(tok, p1, feats);
            scorer.addScores(feats.a, 0, feats.length, wordVec, (p1 + 1) * L);
            wordOff[p1 + 1] = (p1 + 1) * L;
          }
          wordStamp[p1 + 1] = stamp;
        }
        const pb = pair * L;
        const wb = wordOff[p1 + 1]!;
        const wv = input.labelWordAt ? input.labelWordScores! : wordVec;
        const sb = scores[b]!;
        const candidates = ALLOWED[p1 + 1]![i === n - 1 ? 1 : 0]!;
        for (let c = 0; c < candidates.length; c++) {
          const k = candidates[c]!;
          const sc = sb + base[k]! + pairVec[pb + k]! + wv[wb + k]!;
          // Insert after every kept expansion that scores at least as much.
          let at = Math.min(m, B);
          while (at > 0 && topScore[at - 1]! < sc) at--;
          if (at >= B) continue;
          for (let j = Math.min(m, B - 1); j > at; j--) {
            topScore[j] = topScore[j - 1]!;
            topParent[j] = topParent[j - 1]!;
            topLabel[j] = topLabel[j - 1]!;
          }
          topScore[at] = sc;
          topParent[at] = b;
          topLabel[at] = k;
          m++;
        }
      }
      const w = Math.min(m, B);
      const row = i * B;
      let anyGold = false;
      for (let j = 0; j < w; j++) {
        labs[row + j] = topLabel[j]!;
        pars[row + j] = topParent[j]!;
        nextScores[j] = topScore[j]!;
        if (gold) {
          const g = onGold[topParent[j]!] === 1 && topLabel[j] === gold[i];
          nextGold[j] = g ? 1 : 0;
          anyGold ||= g;
        }
      }
      // Swapped by hand: a destructuring swap allocates an array per token.
      const s0 = scores;
      scores = nextScores;
      nextScores = s0;
      const g0 = onGold;
      onGold = nextGold;
      nextGold = g0;
      width = w;
      if (gold && violation < 0 && !anyGold) violation = i;
    }
    const labels = backtrack(labs, pars, B, n - 1);
    if (training && gold) {
      let upto = -1;
      let pred: number[] = labels;
      if (violation >= 0) {
        upto = violation;
        pred = backtrack(labs, pars, B, violation);
      } else if (labels.some((l, i) => l !== gold[i])) upto = n - 1;
      if (upto >= 0) update(training, si, toks, gold, pred, hist, upto);
      training.learner.clock += n;
    }
    remember(history, toks, labels);
    out.push(labels);
  }
  work.labs = labs;
  work.pars = pars;
  work.stamp = stamp;
  return out;
}

/**
 * The beam decoder's buffers, allocated once and reused across documents by a caller whose weights
 * do not change (the run-time tagger): 14 typed arrays per document were a share of the GC work.
 */
export class BeamWork {
  readonly feats = new HashBuffer();
  readonly hf = new HashBuffer();
  // Scores of the label-pair features, cached per (prev1, prev2): valid while the weights are fixed
  // (while training the weights change after each sentence, and the cache is reset); of the
  // label-word features, per prev1 and token (stamped with the token's step).
  readonly pairVec = new Float64Array(NL * NL * L);
  readonly pairDone = new Uint8Array(NL * NL);
  readonly wordVec = new Float64Array(NL * L);
  readonly wordStamp = new Int32Array(NL).fill(-1);
  /** Where the label-word scores of each previous label are, in `wordVec` or the input's. */
  readonly wordOff = new Int32Array(NL);
  /** The last stamp used: stamps keep growing across documents, so old ones never match. */
  stamp = 0;
  // The B best expansions of a step, kept sorted (ties keep expansion order: deterministic).
  readonly topScore: Float64Array;
  readonly topParent: Int32Array;
  readonly topLabel: Int32Array;
  // Hypotheses of every step of a sentence, B slots per step (labels, parents), grown for long
  // sentences, and the scores and gold flags of the current step, so the loop allocates nothing.
  labs: Int32Array;
  pars: Int32Array;
  readonly scores: Float64Array;
  readonly nextScores: Float64Array;
  readonly onGold: Uint8Array;
  readonly nextGold: Uint8Array;

  constructor(readonly B: number) {
    this.topScore = new Float64Array(B);
    this.topParent = new Int32Array(B);
    this.topLabel = new Int32Array(B);
    this.labs = new Int32Array(64 * B);
    this.pars = new Int32Array(64 * B);
    this.scores = new Float64Array(B);
    this.nextScores = new Float64Array(B);
    this.onGold = new Uint8Array(B);
    this.nextGold = new Uint8Array(B);
  }
}

/** The labels of the best hypothesis at `step` (slot 0), followed back through its parents. */
function backtrack(labs: Int32Array, pars: Int32Array, B: number, step: number): number[] {
  const seq = new Array<number>(step + 1);
  let k = 0;
  for (let s = step; s >= 0; s--) {
    seq[s] = labs[s * B + k]!;
    k = pars[s * B + k]!;
  }
  return seq;
}

/** Structured update on positions 0..upto: gold features +1 for gold labels, predicted −1. */
function update(
  training: Training,
  si: number,
  toks: readonly Tok[],
  gold: readonly number[],
  pred: readonly number[],
  hist: readonly number[][],
  upto: number,
): void {
  const g: number[] = [];
  const p: number[] = [];
  for (let i = 0; i <= upto; i++) {
    const gp1 = i > 0 ? gold[i - 1]! : -1;
    const gp2 = i > 1 ? gold[i - 2]! : -1;
    const pp1 = i > 0 ? pred[i - 1]! : -1;
    const pp2 = i > 1 ? pred[i - 2]! : -1;
    if (gold[i] === pred[i] && gp1 === pp1 && gp2 === pp2) continue;
    g.length = 0;
    training.staticFeatures(si, i, g);
    for (const f of hist[i]!) g.push(f);
    const ns = g.length;
    transitionFeatures(toks[i]!, gp1, gp2, g);
    for (let k = 0; k < ns; k++) p[k] = g[k]!;
    p.length = ns;
    transitionFeatures(toks[i]!, pp1, pp2, p);
    training.learner.add(g, gold[i]!, 1);
    training.learner.add(p, pred[i]!, -1);
  }
}

/** Decodes a document whose static features are precomputed (training, evaluation of a learner). */
export function decodeDocument(
  doc: readonly PreparedSentence[],
  scorer: Scorer,
  trainer?: { learner: Trainer; gold: readonly (readonly number[])[] },
  beam = 1,
): number[][] {
  const input: DecodeInput = {
    sentences: doc.map((s) => s.toks),
    addStatic: (si, i, scores) => {
      const s = doc[si]!;
      scorer.addScores(s.feats, s.offsets[i]!, s.offsets[i + 1]!, scores);
    },
  };
  const training: Training | undefined = trainer && {
    ...trainer,
    staticFeatures: (si, i, out) => {
      const s = doc[si]!;
      for (let f = s.offsets[i]!; f < s.offsets[i + 1]!; f++) out.push(s.feats[f]!);
    },
  };
  return decode(input, scorer, training, beam);
}

/** An entity found by the tagger: token range `[start, end)` of a sentence and its CoNLL type. */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: ConllType;
}

/** Entity spans of a sentence's label indices. */
export function labelSpans(labels: readonly number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === 0) continue;
    const p = PREFIX[label];
    if (p === 'U') out.push({ start: i, end: i + 1, type: CONLL_TYPES[TYPE_INDEX[label]!]! });
    else if (p === 'B') start = i;
    else if (p === 'L' && start >= 0) {
      out.push({ start, end: i + 1, type: CONLL_TYPES[TYPE_INDEX[label]!]! });
      start = -1;
    }
  }
  return out;
}

/** BILOU label indices of a sentence from entity spans. */
export function spansToLabels(n: number, spans: readonly TaggedSpan[]): number[] {
  const labels = new Array<number>(n).fill(0);
  for (const s of spans) {
    const t = CONLL_TYPES.indexOf(s.type);
    const at = (p: string) => LABELS.indexOf(`${p}-${CONLL_TYPES[t]}`);
    if (s.end - s.start === 1) labels[s.start] = at('U');
    else {
      labels[s.start] = at('B');
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = at('I');
      labels[s.end - 1] = at('L');
    }
  }
  return labels;
}
