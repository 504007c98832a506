import { z } from 'zod';
import { hashJoin, hashStr, seed, wordHash } from '../entities/hash.ts';
import { isCapitalised, startsLetter, TokenBytes, TokenMemo, type Word } from '../quantities/words.ts';
import { parseModelFile, SAME_LENGTH, sameLength, WEIGHT_FIELDS, WeightTable } from './cue-model.ts';

/**
 * A learned finder of source and content span boundaries, run after the rules found an
 * attribution: for each boundary (source start and end, content start and end) a linear score over
 * hashed features of the words around a candidate position, of its distance to the cue and of its
 * distance to the boundary the rules chose (so the model learns when to trust them). The best pair
 * (start < end) is chosen per span. Trained as a structured averaged perceptron on PolNeAR train by
 * `scripts/train-spans.ts`; the model file holds only feature hashes and integer weights.
 */

/** The model: weights by feature hash (scaled integers). */
export interface SpanModel {
  readonly weights: WeightTable;
  readonly scale: number;
}

const SpanModelFileSchema = z
  .object({
    format: z.literal('sitrep-span-model'),
    version: z.literal(1),
    note: z.string(),
    scale: z.number().positive(),
    ...WEIGHT_FIELDS,
  })
  .refine(sameLength, SAME_LENGTH);

/** Parses a span model file's JSON text; throws naming `file` and the field at fault. */
export function parseSpanModel(json: string, file: string): SpanModel {
  const m = parseModelFile(json, file, SpanModelFileSchema);
  return { weights: new WeightTable(m.hashes, m.weights), scale: m.scale };
}

/** Which span a boundary belongs to, and on which side of the cue the span lies. */
export type SpanRole = 'source' | 'content';

/** Coarse word classes, as small integers (hashed with the templates). */
const CLASS_OF: ReadonlyMap<string, number> = new Map([
  ...[':', ',', '.', ';', '!', '?', '(', ')', '—', '–', '-'].map((c, i) => [c, 10 + i] as const),
  ...['"', '“', '”', '«', '»', '‘', '’', "'"].map((c) => [c, 30] as const),
  ...'that to whether if how why what who which when because but and or as while after before'
    .split(' ')
    .map((c, i) => [c, 40 + i] as const),
  ...'he she they we i you it him them us'.split(' ').map((c) => [c, 70] as const),
  ...'the a an his her its their our my your this these those some any no every'
    .split(' ')
    .map((c) => [c, 71] as const),
  ...'has have had is are was were be been being will would could should may might must can did does do not'
    .split(' ')
    .map((c) => [c, 72] as const),
  ...'of for in on at by with from about against over under into than'
    .split(' ')
    .map((c) => [c, 73] as const),
  ...'mr. mrs. ms. dr. sen. rep. gov. gen. president'.split(' ').map((c) => [c, 74] as const),
]);
/** The comma's class (10 + its place in the punctuation list). */
const C_COMMA = 11;
/** `and` and `or` (40 + their place in the clause-word list): coordination, which sources do cross. */
const C_AND = 52;
const C_OR = 53;
const C_DET = 71;
const C_NUM = 80;
const C_CAP = 81;
const C_LY = 82;
const C_LOW = 83;
const C_OTHER = 84;
/** Outside the window (before its first word, after its last). */
export const C_EDGE = 85;

/** The class of a word: punctuation, a function word, a number, capitalised, `-ly`, other. */
function classOf(w: Word): number {
  const ch = w.text.charCodeAt(0);
  const c = CLASS_OF.get(w.lower);
  if (c !== undefined) return c;
  if (ch >= 48 && ch <= 57) return C_NUM;
  if (ch >= 65 && ch <= 90) return C_CAP;
  if (ch >= 97 && ch <= 122) return w.lower.endsWith('ly') ? C_LY : C_LOW;
  if (ch < 128) return C_OTHER;
  if (isCapitalised(w)) return C_CAP;
  if (!startsLetter(w.text)) return C_OTHER;
  return w.lower.endsWith('ly') ? C_LY : C_LOW;
}

/** A word's hash and class, computed once per interned token (a window reads the same words often). */
const HASH_OF = new TokenMemo((w) => wordHash(w.lower));
/** A word's class, plus `ED` for a plain lower-case word ending in `ed` (what `verbs` counts), in one byte per token. */
const ED = 128;
const CLASS_OF_WORD = new TokenBytes((w) => {
  const c = classOf(w);
  return c === C_LOW && w.lower.endsWith('ed') ? c | ED : c;
});

/**
 * The words around one cue, with their hashes, classes and running counts computed once (every
 * candidate position reads them): the cue's sentence, and for contents after the cue a bounded part
 * of the next one. The stage refills one window per call (its arrays grow, never shrink), so
 * building a window allocates nothing once they are large enough (and nothing before the first one).
 */
export class SpanWindow {
  words: readonly Word[] = [];
  /** Hash of each word's lower-case form. */
  hw = new Int32Array(0);
  /** Class of each word. */
  cls = new Uint8Array(0);
  /** Index of the first word after the cue's sentence (words from it on are the next sentence's). */
  sentenceEnd = 0;
  /** Commas before each word index (`commas[k]` counts words 0..k-1): the commas between two points in O(1). */
  commas = new Int32Array(0);
  /** The same for clause words (conjunctions, relative and wh-words, `;`, `:`) and for `-ed` words. */
  clauses = new Int32Array(0);
  verbs = new Int32Array(0);
  /** The same for what a source does not grow backwards over (see `allowedBoundary`). */
  breaks = new Int32Array(0);
  /** The same for determiners. */
  determiners = new Int32Array(0);
  /** Each word's start offset (read by binary search, without reading the words). */
  starts = new Int32Array(0);

  /** Fills the window with `words` (the cue's sentence), then `next`'s words; returns it. */
  fill(words: readonly Word[], next: readonly Word[]): this {
    const all = next.length ? words.concat(next) : words;
    const n = all.length;
    if (this.hw.length < n) {
      let cap = Math.max(64, this.hw.length);
      while (cap < n) cap <<= 1;
      this.hw = new Int32Array(cap);
      this.cls = new Uint8Array(cap);
      this.commas = new Int32Array(cap + 1);
      this.clauses = new Int32Array(cap + 1);
      this.verbs = new Int32Array(cap + 1);
      this.breaks = new Int32Array(cap + 1);
      this.determiners = new Int32Array(cap + 1);
      this.starts = new Int32Array(cap);
    }
    this.words = all;
    this.sentenceEnd = words.length;
    const { hw, cls, commas, clauses, verbs, breaks, determiners, starts } = this;
    for (let k = 0; k < n; k++) {
      const w = all[k]!;
      starts[k] = w.start;
      hw[k] = HASH_OF.of(w);
      const ce = CLASS_OF_WORD.of(w);
      const c = ce & (ED - 1);
      cls[k] = c;
      commas[k + 1] = commas[k]! + (c === C_COMMA ? 1 : 0);
      const clause = (c >= 40 && c < 60) || c === 10 || c === 13;
      clauses[k + 1] = clauses[k]! + (clause ? 1 : 0);
      verbs[k + 1] = verbs[k]! + ((ce & ED) !== 0 ? 1 : 0);
      const brk = (clause && c !== C_AND && c !== C_OR) || c === C_LY;
      breaks[k + 1] = breaks[k]! + (brk ? 1 : 0);
      determiners[k + 1] = determiners[k]! + (c === C_DET ? 1 : 0);
    }
    return this;
  }
}

const H_EDGE = wordHash('<edge>');

/** A new window of `words` (the cue's sentence, then `next`'s words). */
export function spanWindow(words: readonly Word[], next: readonly Word[]): SpanWindow {
  return new SpanWindow().fill(words, next);
}

// Feature templates, per (role, side, boundary): 8 contexts, each its own seeds.
const TEMPLATES = [
  'bias',
  'w',
  'other',
  'pair',
  'classes',
  'delta|rule',
  'cue-distance|class',
  'sentence',
  'commas',
  'crossed',
] as const;
const NT = TEMPLATES.length;
const SEEDS = new Int32Array(8 * NT);
for (let c = 0; c < 8; c++) for (let t = 0; t < NT; t++) SEEDS[c * NT + t] = seed(`span${c}|${TEMPLATES[t]}`);

/** Most features a boundary has (the scratch buffer's length). */
export const MAX_BOUNDARY_FEATURES = NT;

/** A signed distance in words as a small bucket: exact up to 4, then 5-8, 9-16, beyond. */
function bucket(d: number): number {
  const a = d < 0 ? -d : d;
  const b = a <= 4 ? a : a <= 8 ? 5 : a <= 16 ? 6 : 7;
  return d < 0 ? 16 - b : b;
}

/** What a boundary is scored with: the window, the cue's word range, the rules' boundary and rule. */
export interface BoundaryContext {
  readonly win: SpanWindow;
  /** 0 source before the cue, 1 source after, 2 content after, 3 content before. */
  readonly kind: number;
  /** The cue's first word and the word after it. */
  readonly cueStart: number;
  readonly cueEnd: number;
  /** The rules' boundary (a word index: first word for a start, word after the span for an end). */
  readonly rulePos: number;
  /** Hash of the rule's name. */
  readonly ruleHash: number;
}

/** Hashes of the rule names seen (a handful of names: each hashed once, not once per span). */
const RULE_HASH = new Map<string, number>();

/** Hash of a rule name, for `BoundaryContext.ruleHash`. */
export function ruleHash(rule: string): number {
  let h = RULE_HASH.get(rule);
  if (h === undefined) {
    h = hashStr(0x2a2a2a2a, rule);
    if (RULE_HASH.size < 256) RULE_HASH.set(rule, h);
  }
  return h;
}

/**
 * Writes the feature hashes of the boundary at word index `pos` into `out` and returns their count.
 * A start boundary at `pos` opens the span with word `pos`; an end boundary closes it before word
 * `pos`. Hashes are joined from precomputed word hashes: nothing is allocated.
 */
export function boundaryFeatures(bc: BoundaryContext, isEnd: boolean, pos: number, out: Int32Array): number {
  const { win, kind } = bc;
  const n = win.words.length;
  const base = (kind * 2 + (isEnd ? 1 : 0)) * NT;
  // Inside is the word the boundary keeps in the span, outside the one it leaves out.
  const inside = isEnd ? pos - 1 : pos;
  const outside = isEnd ? pos : pos - 1;
  const hIn = inside >= 0 && inside < n ? win.hw[inside]! : H_EDGE;
  const hOut = outside >= 0 && outside < n ? win.hw[outside]! : H_EDGE;
  const cIn = inside >= 0 && inside < n ? win.cls[inside]! : C_EDGE;
  const cOut = outside >= 0 && outside < n ? win.cls[outside]! : C_EDGE;
  const delta = bucket(pos - bc.rulePos);
  const toCue = pos <= bc.cueStart ? bc.cueStart - pos : pos - bc.cueEnd;
  const se = win.sentenceEnd;
  const where = pos === se ? 1 : pos > se ? 2 : pos === se - 1 ? 3 : pos === 0 ? 4 : 0;
  // Commas between the cue and the boundary: how many clauses the span crosses.
  const from = Math.min(pos, bc.cueEnd);
  const to = Math.max(pos, bc.cueStart);
  const commas = to > from ? Math.min(3, win.commas[to]! - win.commas[from]!) : 0;
  const S = SEEDS;
  out[0] = S[base]! & 0x3fffffff;
  out[1] = hashJoin(S[base + 1]!, hIn);
  out[2] = hashJoin(S[base + 2]!, hOut);
  out[3] = hashJoin(S[base + 3]!, hIn, hOut);
  out[4] = hashJoin(S[base + 4]!, cIn, cOut);
  out[5] = hashJoin(S[base + 5]!, delta, bc.ruleHash);
  out[6] = hashJoin(S[base + 6]!, bucket(toCue), cIn);
  out[7] = hashJoin(S[base + 7]!, where, cOut);
  out[8] = hashJoin(S[base + 8]!, commas, delta === 0 ? 1 : 0);
  // Clause words and `-ed` words between the rules' boundary and this one: what a move crosses.
  const x0 = Math.min(pos, bc.rulePos);
  const x1 = Math.max(pos, bc.rulePos);
  const cl = Math.min(2, win.clauses[x1]! - win.clauses[x0]!);
  const vb = Math.min(2, win.verbs[x1]! - win.verbs[x0]!);
  out[9] = hashJoin(S[base + 9]!, cl * 3 + vb, pos < bc.rulePos ? 1 : pos > bc.rulePos ? 2 : 0);
  return NT;
}

/** Word classes are below this (`C_EDGE` is the last): the tables' stride over a class. */
const NC = C_EDGE + 1;
/** Buckets of a signed distance (`bucket`: 0 to 16). */
const NB = 17;

/**
 * The weights of the templates whose values come from small domains (all but the three of word
 * hashes), read by index instead of hashed and looked up per candidate: per context (role, side,
 * boundary: 8), the bias, the class pair, the cue distance by class, the place in the sentence by
 * class, the commas and the crossed words; the rule's template per rule name (`rule`). Built once
 * per model from the same hashes `boundaryFeatures` makes, so `boundaryScore` sums the same weights.
 */
export class ScoreTables {
  readonly bias = new Int32Array(8);
  readonly classes = new Int32Array(8 * NC * NC);
  readonly toCue = new Int32Array(8 * NB * NC);
  readonly where = new Int32Array(8 * 5 * NC);
  readonly commas = new Int32Array(8 * 4 * 2);
  readonly crossed = new Int32Array(8 * 9 * 3);
  private readonly rules = new Map<number, Int32Array>();
  constructor(readonly model: SpanModel) {
    const w = model.weights;
    const S = SEEDS;
    for (let ctx = 0; ctx < 8; ctx++) {
      const base = ctx * NT;
      this.bias[ctx] = w.get(S[base]! & 0x3fffffff);
      for (let a = 0; a < NC; a++) {
        for (let b = 0; b < NC; b++)
          this.classes[(ctx * NC + a) * NC + b] = w.get(hashJoin(S[base + 4]!, a, b));
        for (let d = 0; d < NB; d++)
          this.toCue[(ctx * NB + d) * NC + a] = w.get(hashJoin(S[base + 6]!, d, a));
        for (let p = 0; p < 5; p++) this.where[(ctx * 5 + p) * NC + a] = w.get(hashJoin(S[base + 7]!, p, a));
      }
      for (let c = 0; c < 4; c++)
        for (let z = 0; z < 2; z++) this.commas[(ctx * 4 + c) * 2 + z] = w.get(hashJoin(S[base + 8]!, c, z));
      for (let x = 0; x < 9; x++)
        for (let d = 0; d < 3; d++) this.crossed[(ctx * 9 + x) * 3 + d] = w.get(hashJoin(S[base + 9]!, x, d));
    }
  }

  /** The rule template's weights of rule hash `rh`, per context and distance bucket (a handful of rules: kept). */
  rule(rh: number): Int32Array {
    let t = this.rules.get(rh);
    if (t === undefined) {
      t = new Int32Array(8 * NB);
      for (let ctx = 0; ctx < 8; ctx++)
        for (let d = 0; d < NB; d++)
          t[ctx * NB + d] = this.model.weights.get(hashJoin(SEEDS[ctx * NT + 5]!, d, rh));
      if (this.rules.size < 256) this.rules.set(rh, t);
    }
    return t;
  }
}

/** The tables of the model read last (one model in practice). */
let lastTables: ScoreTables | null = null;

/** The score tables of `model`, built on first use. */
export function scoreTables(model: SpanModel): ScoreTables {
  if (lastTables === null || lastTables.model !== model) lastTables = new ScoreTables(model);
  return lastTables;
}

/**
 * `featureScore(model, feats, boundaryFeatures(bc, isEnd, pos, feats))`, the same sum: the
 * templates of small domains read from `tables` (`rule`: `tables.rule(bc.ruleHash)`), the three of
 * word hashes looked up. Weights are integers, so the sum does not depend on its order.
 */
export function boundaryScore(
  tables: ScoreTables,
  rule: Int32Array,
  bc: BoundaryContext,
  isEnd: boolean,
  pos: number,
): number {
  const { win, kind } = bc;
  const n = win.words.length;
  const ctx = kind * 2 + (isEnd ? 1 : 0);
  const base = ctx * NT;
  const inside = isEnd ? pos - 1 : pos;
  const outside = isEnd ? pos : pos - 1;
  const hIn = inside >= 0 && inside < n ? win.hw[inside]! : H_EDGE;
  const hOut = outside >= 0 && outside < n ? win.hw[outside]! : H_EDGE;
  const cIn = inside >= 0 && inside < n ? win.cls[inside]! : C_EDGE;
  const cOut = outside >= 0 && outside < n ? win.cls[outside]! : C_EDGE;
  const delta = bucket(pos - bc.rulePos);
  const toCue = pos <= bc.cueStart ? bc.cueStart - pos : pos - bc.cueEnd;
  const se = win.sentenceEnd;
  const where = pos === se ? 1 : pos > se ? 2 : pos === se - 1 ? 3 : pos === 0 ? 4 : 0;
  const from = Math.min(pos, bc.cueEnd);
  const to = Math.max(pos, bc.cueStart);
  const commas = to > from ? Math.min(3, win.commas[to]! - win.commas[from]!) : 0;
  const x0 = Math.min(pos, bc.rulePos);
  const x1 = Math.max(pos, bc.rulePos);
  const cl = Math.min(2, win.clauses[x1]! - win.clauses[x0]!);
  const vb = Math.min(2, win.verbs[x1]! - win.verbs[x0]!);
  const dir = pos < bc.rulePos ? 1 : pos > bc.rulePos ? 2 : 0;
  const w = tables.model.weights;
  const S = SEEDS;
  return (
    tables.bias[ctx]! +
    w.get(hashJoin(S[base + 1]!, hIn)) +
    w.get(hashJoin(S[base + 2]!, hOut)) +
    w.get(hashJoin(S[base + 3]!, hIn, hOut)) +
    tables.classes[(ctx * NC + cIn) * NC + cOut]! +
    rule[ctx * NB + delta]! +
    tables.toCue[(ctx * NB + bucket(toCue)) * NC + cIn]! +
    tables.where[(ctx * 5 + where) * NC + cOut]! +
    tables.commas[(ctx * 4 + commas) * 2 + (delta === 0 ? 1 : 0)]! +
    tables.crossed[(ctx * 9 + cl * 3 + vb) * 3 + dir]!
  );
}

/** True for a mark or a clause word other than `and`/`or` (`that`, `as`, `who`, `because`): a clause edge. */
export function isClauseEdge(w: Word): boolean {
  const c = CLASS_OF.get(w.lower);
  return c !== undefined && c < 60 && c !== C_AND && c !== C_OR;
}

/** True for punctuation, quotation marks and clause words: where a content's edge may fall. */
function opensClause(c: number): boolean {
  return (c >= 10 && c < 60) || c === 72 || c === 73;
}

/**
 * Hard limits on a boundary the model may choose instead of the rules' own: no span starts right
 * after a determiner nor ends on one, no start moves past one, and a source
 * does not grow backwards over a subordinator, a wh-word, a colon or an `-ly` adverb (`Clinton won
 * easily and voters said`: the rules' `voters` stands); coordination it may (`Trump and Ryan`,
 * most of what it learned to add on PolNeAR train).
 */
export function allowedBoundary(bc: BoundaryContext, isEnd: boolean, pos: number): boolean {
  if (pos === bc.rulePos) return true;
  const { win } = bc;
  // A content opens after punctuation, a clause word or the cue, and ends before one or at the
  // window's edge: the candidates worth scoring (most positions inside a clause never are).
  if (bc.kind >= 2) {
    const n = win.words.length;
    if (isEnd) {
      if (pos < n && pos !== win.sentenceEnd && !opensClause(win.cls[pos]!)) return false;
    } else if (pos > 0 && pos !== bc.cueEnd && !opensClause(win.cls[pos - 1]!)) return false;
  }
  // The word before a start, the last word before an end.
  const edge = pos - 1;
  if (edge >= 0 && edge < win.words.length && win.cls[edge] === C_DET) return false;
  // A start does not move into the noun phrase a determiner opens (`a possible invasion` → `invasion`).
  if (!isEnd && pos > bc.rulePos && win.determiners[pos]! - win.determiners[bc.rulePos]! > 0) return false;
  if (!isEnd && bc.kind <= 1 && pos < bc.rulePos && win.breaks[bc.rulePos]! - win.breaks[pos]! > 0)
    return false;
  return true;
}

/** The summed weight of `count` features (scaled units). */
export function featureScore(model: SpanModel, feats: Int32Array, count: number): number {
  let s = 0;
  const w = model.weights;
  for (let i = 0; i < count; i++) s += w.get(feats[i]!);
  return s;
}

/** Candidate ranges of a span's start and end word indices (inclusive start ranges, end positions). */
export interface Candidates {
  readonly startLo: number;
  readonly startHi: number;
  readonly endLo: number;
  readonly endHi: number;
}

/** Words a source boundary may move from the rules' one; contents open within a few words of it. */
const SOURCE_REACH = 8;
const CONTENT_START_REACH = 4;
/** How far a content may run past the rules' end, in words (bounded: linear time). */
const CONTENT_END_REACH = 60;
/** How far a content before its cue may open before the rules' start. */
const CONTENT_BACK_REACH = 20;

/**
 * The most candidate positions one span can have (a content after its cue: starts within
 * `CONTENT_START_REACH`, ends within `CONTENT_END_REACH` of the rules'): every span costs at most
 * this much, whatever the sentence, which keeps the model linear in the attributions.
 */
export const MAX_SPAN_CANDIDATES = 2 * CONTENT_START_REACH + 1 + 2 * CONTENT_END_REACH + 1;

/**
 * Candidate boundaries for a span of `kind` whose rule span is the words [ra, rb): bounded ranges
 * around the rules' boundaries, on the span's side of the cue, inside the window.
 */
export function candidates(
  kind: number,
  ra: number,
  rb: number,
  cs: number,
  ce: number,
  win: SpanWindow,
): Candidates {
  const n = win.words.length;
  const se = win.sentenceEnd;
  switch (kind) {
    case 0:
      return {
        startLo: Math.max(0, ra - SOURCE_REACH),
        startHi: Math.min(rb - 1, ra + SOURCE_REACH),
        endLo: Math.max(1, rb - SOURCE_REACH),
        endHi: Math.min(cs, rb + SOURCE_REACH),
      };
    case 1:
      // A source after its cue opens where the rules open it (`said Amy Pope, …`): only its end
      // moves (letting the start move too left source F1 on the held-out fifth of train unchanged).
      return {
        startLo: ra,
        startHi: ra,
        endLo: Math.max(ce + 1, rb - SOURCE_REACH),
        endHi: Math.min(se, rb + SOURCE_REACH),
      };
    case 2:
      return {
        startLo: Math.max(ce, ra - CONTENT_START_REACH),
        startHi: Math.min(rb - 1, ra + CONTENT_START_REACH),
        endLo: Math.max(ra + 1, rb - CONTENT_END_REACH),
        endHi: Math.min(n, rb + CONTENT_END_REACH),
      };
    default:
      return {
        startLo: Math.max(0, ra - CONTENT_BACK_REACH),
        startHi: Math.min(rb - 1, ra + CONTENT_START_REACH),
        endLo: Math.max(1, rb - SOURCE_REACH),
        endHi: Math.min(cs, rb + CONTENT_START_REACH),
      };
  }
}

/**
 * The best [start, end) pair of word indices (start < end) under `score` over the candidates,
 * in one sweep over the ends keeping the best start before each: linear in the candidates.
 */
export function bestPair(
  c: Candidates,
  startScore: (pos: number) => number,
  endScore: (pos: number) => number,
): [number, number] | null {
  if (c.startLo > c.startHi || c.endLo > c.endHi) return null;
  let bestStart = -1;
  let bestStartScore = Number.NEGATIVE_INFINITY;
  let next = c.startLo;
  let best: [number, number] | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let b = Math.max(c.endLo, c.startLo + 1); b <= c.endHi; b++) {
    while (next <= c.startHi && next < b) {
      const s = startScore(next);
      if (s > bestStartScore) {
        bestStartScore = s;
        bestStart = next;
      }
      next++;
    }
    if (bestStart < 0) continue;
    const total = bestStartScore + endScore(b);
    if (total > bestScore) {
      bestScore = total;
      best = [bestStart, b];
    }
  }
  return best;
}
