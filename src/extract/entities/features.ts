import { mapArray } from './arrays.ts';
import { AGGREGATE_MAX } from './constants.ts';
import { GAZ_CLASSES, matchHashes, type PhraseIndex } from './gazetteers.ts';
import { hashJoin, hashRange, hashSep, hashStr, seed } from './hash.ts';
import { HIST_NAMES, LABELS, labelName } from './labels.ts';
import { type LabelLexicon, LEX_MAX_TOKENS, phraseHash } from './lexicon.ts';
import type { Sink } from './sink.ts';

/**
 * Features of the name tagger. Static features (the word, its shape and affixes, a ±2 window,
 * gazetteer hits, sentence and document context) are computed once per document as 32-bit hashes;
 * dynamic ones (previous labels, the labels this document already gave the same word) are added
 * while decoding left to right. A feature is only its hash: the model never stores the strings.
 */

/** A token as the tagger sees it. */
export interface Tok {
  readonly w: string;
  readonly lw: string;
  readonly shape: string;
  readonly short: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Hashes of `lw` and `short`, for features that join two words. */
  readonly hlw: number;
  readonly hshort: number;
}

/** A sentence with its static features: feats[offsets[i] .. offsets[i+1]) are token i's. */
export interface PreparedSentence {
  readonly toks: readonly Tok[];
  readonly feats: Uint32Array;
  readonly offsets: Int32Array;
}

const T = {
  bias: seed('bias'),
  w: seed('w'),
  lw: seed('lw'),
  shape: seed('shape'),
  short: seed('short'),
  pre: [seed('p1'), seed('p2'), seed('p3'), seed('p4')],
  suf: [seed('s1'), seed('s2'), seed('s3'), seed('s4')],
  wm1: seed('w-1'),
  wp1: seed('w+1'),
  lwShm1: seed('lw|sh-1'),
  lwm1: seed('lw-1'),
  lwm2: seed('lw-2'),
  lwp1: seed('lw+1'),
  lwp2: seed('lw+2'),
  shm1: seed('sh-1'),
  shp1: seed('sh+1'),
  shm2: seed('sh-2'),
  shp2: seed('sh+2'),
  bim1: seed('lw-1|lw'),
  bip1: seed('lw|lw+1'),
  tri: seed('sh-1|sh|sh+1'),
  first: seed('first|short'),
  firstLw: seed('first|lw'),
  capsSent: seed('caps|lw'),
  capsSentShape: seed('caps|short'),
  lcDoc: seed('lc-in-doc'),
  table: seed('table|short'),
  aggL: seed('agg-1'),
  aggR: seed('agg+1'),
  capDoc: seed('cap-in-doc'),
  hypL: seed('hyp<'),
  hypR: seed('hyp>'),
  gB: GAZ_CLASSES.map((c) => seed(`gB:${c}`)),
  gI: GAZ_CLASSES.map((c) => seed(`gI:${c}`)),
  gBm1: GAZ_CLASSES.map((c) => seed(`gB-1:${c}`)),
  gBp1: GAZ_CLASSES.map((c) => seed(`gB+1:${c}`)),
  lex: seed('lex|pos|code'),
  lexType: seed('lex|pos|type'),
  cueL: seed('cue<'),
  cueR: seed('cue>'),
  cueLR: seed('cue<>'),
  score: seed('score|short'),
  scoreGaz: seed('score|gaz'),
  // Dynamic templates.
  p1: seed('p1'),
  p12: seed('p1|p2'),
  p1lw: seed('p1|lw'),
  p1short: seed('p1|short'),
  hist: seed('hist'),
  histLast: seed('hist-last'),
  histNext: seed('hist+1'),
};

const BOS = '<s>';
const EOS = '</s>';
const H_LW = seed('word');
const H_SHORT = seed('shape');
const H_BOS = hashStr(H_LW, BOS);
const H_EOS = hashStr(H_LW, EOS);

/** Normalises typographic quotes and dashes to the ASCII forms of the training data. */
export function normaliseWord(w: string): string {
  if (/^[\u201c\u201d\u201e\u00ab\u00bb]$/.test(w)) return '"';
  if (/^[\u2013\u2014]$/.test(w)) return '--';
  return w.replace(/[\u2018\u2019]/g, "'");
}

/** Word shape: letters to X/x, digits to d, runs longer than 4 cut to 4; `short` collapses runs. */
export function shapes(w: string): { shape: string; short: string } {
  let shape = '';
  let short = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    let s: string;
    if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c.toLowerCase() !== c) s = 'X';
    else if (c.toUpperCase() !== c) s = 'x';
    else s = c;
    if (s === last) {
      run++;
      if (run <= 4) shape += s;
    } else {
      shape += s;
      short += s;
      run = 1;
      last = s;
    }
  }
  return { shape, short };
}

/** A token from a word. */
export function makeTok(word: string): Tok {
  const w = normaliseWord(word);
  const { shape, short } = shapes(w);
  const c = w.charAt(0);
  const lw = w.toLowerCase();
  return {
    w,
    lw,
    shape,
    short,
    cap: c !== c.toLowerCase(),
    hlw: hashStr(H_LW, lw),
    hshort: hashStr(H_SHORT, short),
  };
}

function isAllCaps(t: Tok): boolean {
  return t.cap && t.w === t.w.toUpperCase();
}

/** Sentences whose letters are all capitals (headlines, sports tables). */
function capsSentence(toks: readonly Tok[]): boolean {
  let letters = 0;
  for (const t of toks) {
    if (t.lw === t.w.toUpperCase()) continue;
    if (!isAllCaps(t)) return false;
    letters++;
  }
  return letters > 0;
}

/**
 * Prepares one document: tokens, and the static feature hashes of every token, with document
 * context (is the word seen lower-case elsewhere in the document; is it seen capitalised away
 * from the start of a sentence).
 */
export function prepareDocument(
  sentences: readonly (readonly string[])[],
  gaz: PhraseIndex,
  extras: FeatureExtras = NO_EXTRAS,
): PreparedSentence[] {
  const docToks = sentences.map((s) => s.map(makeTok));
  const contexts = sentenceContexts(docToks, gaz, extras);
  return docToks.map((toks, si) => prepareSentence(toks, contexts[si]!));
}

/** Features of the word itself (identity, shape, affixes, hyphen parts): cacheable per word. */
export function wordFeatures(t: Tok, out: Sink): void {
  const w = t.w;
  out.push(T.bias);
  out.push(hashStr(T.w, w));
  out.push(hashStr(T.lw, t.lw));
  out.push(hashStr(T.shape, t.shape));
  out.push(hashStr(T.short, t.short));
  const len = w.length;
  for (let k = 1; k <= 4 && k < len; k++) {
    out.push(hashRange(T.pre[k - 1]!, w, 0, k));
    out.push(hashRange(T.suf[k - 1]!, w, len - k, len));
  }
  const hy = w.indexOf('-');
  if (hy > 0 && hy < len - 1) {
    out.push(hashRange(T.hypL, t.lw, 0, hy));
    out.push(hashRange(T.hypR, t.lw, t.lw.lastIndexOf('-') + 1, len));
  }
}

/** Positions of the window a neighbour can take. */
export type Offset = -2 | -1 | 1 | 2;

/** Features a word contributes as the neighbour at `offset` (null: beyond the sentence): cacheable per word. */
export function neighbourFeatures(t: Tok | null, offset: Offset, out: Sink): void {
  const edge = offset < 0 ? BOS : EOS;
  const lw = t ? t.lw : edge;
  const sh = t ? t.short : edge;
  if (offset === -1) {
    out.push(hashStr(T.wm1, t ? t.w : edge));
    out.push(hashStr(T.lwm1, lw));
    out.push(hashStr(T.shm1, sh));
  } else if (offset === 1) {
    out.push(hashStr(T.wp1, t ? t.w : edge));
    out.push(hashStr(T.lwp1, lw));
    out.push(hashStr(T.shp1, sh));
  } else if (offset === -2) {
    out.push(hashStr(T.lwm2, lw));
    out.push(hashStr(T.shm2, sh));
  } else {
    out.push(hashStr(T.lwp2, lw));
    out.push(hashStr(T.shp2, sh));
  }
}

/** What a sentence knows beyond its words: capitals-only, document case evidence, gazetteer hits. */
export interface SentenceContext {
  readonly caps: boolean;
  readonly lowerSeen: ReadonlySet<string>;
  readonly capSeen: ReadonlySet<string>;
  readonly gazBegin: Uint8Array;
  readonly gazInside: Uint8Array;
  /** Mostly numbers (results tables, market reports): names there follow other patterns. */
  readonly table: boolean;
  /**
   * Context aggregation (Ratinov & Roth 2009): for a capitalised word seen more than once in the
   * document, the words next to it at all its occurrences, as feature hashes.
   */
  readonly aggregate: ReadonlyMap<string, Int32Array>;
  /** Label-lexicon features of each token (null: none matched, or no lexicon). */
  readonly lex: readonly (readonly number[] | undefined)[] | null;
  /** Add the context-cue features (nearest lower-case words around a capitalised run). */
  readonly cues: boolean;
  /** The sentence holds a score (`2-1`): sports results, where a city usually names a team. */
  readonly score: boolean;
}

/** Optional feature groups; the model header records which ones it was trained with. */
export interface FeatureExtras {
  readonly lexicon: LabelLexicon | null;
  readonly cues: boolean;
}

export const NO_EXTRAS: FeatureExtras = { lexicon: null, cues: false };

const POS_B = 0;
const POS_I = 1;
const POS_L = 2;
const POS_U = 3;

/** Label-lexicon features of each token of a sentence: every lexicon phrase starting at a capitalised token. */
function lexiconFeatures(
  toks: readonly Tok[],
  lexicon: LabelLexicon,
  hlw: ArrayLike<number>,
): (number[] | undefined)[] {
  const n = toks.length;
  const out: (number[] | undefined)[] = new Array(n);
  for (let s = 0; s < n; s++) {
    if (!toks[s]!.cap) continue;
    for (let e = s + 1; e <= n && e - s <= LEX_MAX_TOKENS; e++) {
      const c = lexicon.get(phraseHash(hlw, s, e));
      if (c < 0) continue;
      for (let j = s; j < e; j++) {
        const pos = e - s === 1 ? POS_U : j === s ? POS_B : j === e - 1 ? POS_L : POS_I;
        let list = out[j];
        if (!list) {
          list = [];
          out[j] = list;
        }
        list.push(hashJoin(T.lex, pos, c), hashJoin(T.lexType, pos, c & 3));
      }
    }
  }
  return out;
}

const SCORE = /^\d+-\d+$/;

/**
 * Features joining token i with its neighbours, its position, the document and the gazetteers.
 * `withAggregate: false` leaves out the context-aggregation features, which depend on the word
 * and the document only (the run-time tagger sums them once per word).
 */
export function contextFeatures(
  toks: readonly Tok[],
  i: number,
  sc: SentenceContext,
  out: Sink,
  withAggregate = true,
): void {
  const n = toks.length;
  const t = toks[i]!;
  const prev = i > 0 ? toks[i - 1]! : null;
  const next = i + 1 < n ? toks[i + 1]! : null;
  // Edges use the same hash for words and shapes: only their position matters.
  const shPrev = prev ? prev.hshort : H_BOS;
  const shNext = next ? next.hshort : H_EOS;
  out.push(hashJoin(T.lwShm1, t.hlw, shPrev));
  out.push(hashJoin(T.bim1, prev ? prev.hlw : H_BOS, t.hlw));
  out.push(hashJoin(T.bip1, t.hlw, next ? next.hlw : H_EOS));
  out.push(hashJoin(hashJoin(T.tri, shPrev, t.hshort), shNext));
  if (i === 0) {
    out.push(hashStr(T.first, t.short));
    out.push(hashStr(T.firstLw, t.lw));
  }
  if (sc.caps) {
    out.push(hashStr(T.capsSent, t.lw));
    out.push(hashStr(T.capsSentShape, t.short));
  }
  if (sc.table) out.push(hashJoin(T.table, t.hshort));
  if (t.cap && withAggregate) {
    const agg = sc.aggregate.get(t.lw);
    if (agg) for (const h of agg) out.push(h);
  }
  if (t.cap) {
    if (sc.lowerSeen.has(t.lw)) out.push(T.lcDoc);
    if (sc.capSeen.has(t.lw)) out.push(T.capDoc);
  }
  const lex = sc.lex?.[i];
  if (lex) for (const h of lex) out.push(h);
  const { gazBegin: begin, gazInside: inside } = sc;
  if (sc.cues && t.cap) {
    // The nearest lower-case words left and right of the capitalised run the word is in
    // (`beat Manchester United`, `talks in New York`): what every word of a name shares.
    let l = i - 1;
    while (l >= 0 && toks[l]!.cap) l--;
    let r = i + 1;
    while (r < n && toks[r]!.cap) r++;
    const cl = l >= 0 ? toks[l]!.hlw : H_BOS;
    const cr = r < n ? toks[r]!.hlw : H_EOS;
    out.push(hashJoin(T.cueL, cl));
    out.push(hashJoin(T.cueR, cr));
    out.push(hashJoin(T.cueLR, cl, cr));
    if (sc.score) {
      out.push(hashJoin(T.score, t.hshort));
      out.push(hashJoin(T.scoreGaz, begin[i]! | inside[i]!));
    }
  }
  const here = begin[i]! | inside[i]! | (i > 0 ? begin[i - 1]! : 0) | (i + 1 < n ? begin[i + 1]! : 0);
  if (here === 0) return;
  for (let c = 0; c < GAZ_CLASSES.length; c++) {
    const bit = 1 << c;
    if (begin[i]! & bit) out.push(T.gB[c]!);
    if (inside[i]! & bit) out.push(T.gI[c]!);
    if (i > 0 && begin[i - 1]! & bit) out.push(T.gBm1[c]!);
    if (i + 1 < n && begin[i + 1]! & bit) out.push(T.gBp1[c]!);
  }
}

/** Appends h to a short list unless it is there already. */
function addNew(list: number[], h: number): void {
  if (!list.includes(h)) list.push(h);
}

/** The sentence contexts of a document's tokens. */
export function sentenceContexts(
  docToks: readonly (readonly Tok[])[],
  gaz: PhraseIndex,
  extras: FeatureExtras = NO_EXTRAS,
): SentenceContext[] {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  const caps = mapArray(docToks, capsSentence);
  // Per capitalised word, its neighbours' hashes in first-seen order without repeats: a short
  // list searched linearly (at most AGGREGATE_MAX + 1 entries) rather than a Set per word.
  const seen = new Map<string, number[]>();
  const count = new Map<string, number>();
  docToks.forEach((toks, si) => {
    toks.forEach((t, i) => {
      if (!t.cap) lowerSeen.add(t.lw);
      else {
        if (i > 0 && !caps[si] && !isAllCaps(t)) capSeen.add(t.lw);
        count.set(t.lw, (count.get(t.lw) ?? 0) + 1);
        let list = seen.get(t.lw);
        if (!list) {
          list = [];
          seen.set(t.lw, list);
        }
        if (list.length < AGGREGATE_MAX) {
          addNew(list, hashJoin(T.aggL, i > 0 ? toks[i - 1]!.hlw : H_BOS));
          addNew(list, hashJoin(T.aggR, i + 1 < toks.length ? toks[i + 1]!.hlw : H_EOS));
        }
      }
    });
  });
  const aggregate = new Map<string, Int32Array>();
  // Int32Array like the tagger's other feature lists, so that `addScores` sees one kind of array.
  for (const [lw, list] of seen) if (count.get(lw)! > 1) aggregate.set(lw, Int32Array.from(list));
  // Word hashes and capitals of the sentence at hand, in buffers reused across the document.
  // Gazetteer codes of all sentences share two arrays (views per sentence): fewer ArrayBuffers.
  let longest = 0;
  let total = 0;
  for (const toks of docToks) {
    longest = Math.max(longest, toks.length);
    total += toks.length;
  }
  const hlw = new Int32Array(longest);
  const cap = new Uint8Array(longest);
  const allBegin = new Uint8Array(total);
  const allInside = new Uint8Array(total);
  let offset = 0;
  return mapArray(docToks, (toks, si) => {
    for (let i = 0; i < toks.length; i++) {
      hlw[i] = toks[i]!.hlw;
      cap[i] = toks[i]!.cap ? 1 : 0;
    }
    const n = toks.length;
    const { begin, inside } = matchHashes(
      gaz,
      n,
      cap,
      hlw,
      allBegin.subarray(offset, offset + n),
      allInside.subarray(offset, offset + n),
    );
    offset += n;
    let numbers = 0;
    for (const t of toks) if (t.short.charAt(0) === 'd') numbers++;
    const table = toks.length >= 3 && numbers * 10 >= toks.length * 4;
    return {
      caps: caps[si]!,
      lowerSeen,
      capSeen,
      gazBegin: begin,
      gazInside: inside,
      table,
      aggregate,
      lex: extras.lexicon ? lexiconFeatures(toks, extras.lexicon, hlw) : null,
      cues: extras.cues,
      score: extras.cues && toks.some((t) => SCORE.test(t.w)),
    };
  });
}

const OFFSETS: readonly Offset[] = [-2, -1, 1, 2];

function prepareSentence(toks: readonly Tok[], sc: SentenceContext): PreparedSentence {
  const n = toks.length;
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    wordFeatures(toks[i]!, out);
    for (const o of OFFSETS) neighbourFeatures(toks[i + o] ?? null, o, out);
    contextFeatures(toks, i, sc, out);
  }
  offsets[n] = out.length;
  return { toks, feats: Uint32Array.from(out), offsets };
}

/** What the decoder knows when it reaches a token: previous labels and the document's history. */
export interface DynamicContext {
  /** The two previous label indices (-1 before the sentence). */
  prev1: number;
  prev2: number;
  /** History mask of the entity types this document already gave the word (0: never seen). */
  histMask: number;
  /** The last label this document gave the word. */
  histLast: number;
  /** History mask of the next word. */
  nextMask: number;
}

// Label-dependent hashes are few: all precomputed, so the decoder hashes only the word.
const NL = LABELS.length + 1;
const P1 = Array.from({ length: NL }, (_, k) => hashStr(T.p1, labelName(k - 1)));
const P12 = Array.from({ length: NL * NL }, (_, i) =>
  hashStr(hashSep(hashStr(T.p12, labelName(Math.floor(i / NL) - 1))), labelName((i % NL) - 1)),
);
const P1LW = Array.from({ length: NL }, (_, k) => hashStr(T.p1lw, labelName(k - 1)));
const P1SHORT = Array.from({ length: NL }, (_, k) => hashStr(T.p1short, labelName(k - 1)));
const HIST = HIST_NAMES.map((n) => hashStr(T.hist, n));
const HIST_NEXT = HIST_NAMES.map((n) => hashStr(T.histNext, n));
const HIST_LAST = LABELS.map((l) => hashStr(T.histLast, l));

/** Appends the dynamic feature hashes of token `t` to `out`. */
export function dynamicFeatures(t: Tok, ctx: DynamicContext, out: Sink): void {
  transitionFeatures(t, ctx.prev1, ctx.prev2, out);
  historyFeatures(ctx, out);
}

/** The features of the two previous labels (-1: before the sentence). */
export function transitionFeatures(t: Tok, prev1: number, prev2: number, out: Sink): void {
  const a = prev1 + 1;
  out.push(P1[a]!);
  out.push(P12[a * NL + prev2 + 1]!);
  out.push(hashJoin(P1LW[a]!, t.hlw));
  out.push(hashJoin(P1SHORT[a]!, t.hshort));
}

/** The transition features that depend on the previous labels only (cacheable per label pair). */
export function labelPairFeatures(prev1: number, prev2: number, out: Sink): void {
  const a = prev1 + 1;
  out.push(P1[a]!);
  out.push(P12[a * NL + prev2 + 1]!);
}

/** The transition features joining the previous label with the word and its shape. */
export function labelWordFeatures(t: Tok, prev1: number, out: Sink): void {
  const a = prev1 + 1;
  out.push(hashJoin(P1LW[a]!, t.hlw));
  out.push(hashJoin(P1SHORT[a]!, t.hshort));
}

/** The features of the labels the document gave this word and the next one before this sentence. */
export function historyFeatures(ctx: DynamicContext, out: Sink): void {
  if (ctx.histMask) {
    out.push(HIST[ctx.histMask]!);
    out.push(HIST_LAST[ctx.histLast]!);
  }
  if (ctx.nextMask) out.push(HIST_NEXT[ctx.nextMask]!);
}
