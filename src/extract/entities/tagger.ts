import { mapArray } from './arrays.ts';
import { TAGGER_CACHE_LABEL_WORD_SCORES, TAGGER_CACHE_WORDS } from './constants.ts';
import {
  contextFeatures,
  type FeatureExtras,
  labelWordFeatures,
  makeTok,
  NO_EXTRAS,
  neighbourFeatures,
  type Offset,
  sentenceContexts,
  type Tok,
  wordFeatures,
} from './features.ts';
import type { PhraseIndex } from './gazetteers.ts';
import { BeamWork, decode, LABELS, labelSpans, type TaggedSpan, type Weights } from './perceptron.ts';
import { HashBuffer } from './sink.ts';

/**
 * The run-time tagger. Same features and decoder as training, but the scores of the features that
 * depend on one word only (the word itself, and the word as each neighbour in the ±2 window) are
 * summed once per distinct word and cached, so a token costs a few vector additions plus the
 * lookups of its context features. The cache is bounded and only ever holds derived values, so
 * output never depends on what was tagged before.
 */

const L = LABELS.length;
const OFFSETS: readonly Offset[] = [-2, -1, 1, 2];

interface WordEntry {
  readonly tok: Tok;
  /**
   * Scores of the word's own features, then of the word at offsets -2, -1, +1, +2: 5 × L,
   * contiguous. Integers (sums of int16 weights), kept as int32: half the memory a token reads.
   */
  readonly v: Int32Array;
  /**
   * Where the summed scores of the word's label-word features are in the tagger's `lwScores`, per
   * previous label (UNKNOWN until the beam first needs them): hashing and probing them per token
   * was a tenth of the stage's time, and adding their two weight rows per token another tenth.
   * Allocated with the entry, so that entries keep one shape.
   */
  readonly lwAt: Int32Array;
}

/** Label-word transition features per (word, previous label): `labelWordFeatures` makes this many. */
const LW_FEATS = 2;
/** Previous labels, with -1 (sentence start) at index 0. */
const NL = L + 1;
/** What a document's aggregate scores become once it is tagged (see `labels`). */
const RELEASED = new Float64Array(0);
/** Label-word scores not summed yet. */
const UNKNOWN = -1;

/** A name tagger over compact weights and a feature gazetteer. */
export class Tagger {
  private readonly cache = new Map<string, WordEntry>();
  /** Scores of the sentence edges at offsets -2, -1, +1, +2 (at block o + 1, like a word's). */
  private readonly edge: Int32Array;
  private readonly buf = new HashBuffer();
  private readonly work: BeamWork;
  /** Scratch scores of the five blocks of a word being cached. */
  private readonly acc = new Float64Array((1 + OFFSETS.length) * L);
  private readonly lwBuf = new HashBuffer();
  /** Summed label-word scores of cached words, L per (word, previous label) that was needed. */
  private lwScores = new Float64Array(1 << 14);
  private lwUsed = 0;

  constructor(
    private readonly weights: Weights,
    private readonly gaz: PhraseIndex,
    private readonly extras: FeatureExtras = NO_EXTRAS,
    private readonly beam = 1,
  ) {
    this.work = new BeamWork(beam);
    labelWordFeatures(makeTok('x'), -1, this.lwBuf);
    if (this.lwBuf.length !== LW_FEATS) throw new Error(`tagger: expected ${LW_FEATS} label-word features`);
    this.edge = this.sums(null);
  }

  /**
   * The five score blocks of a word (null: the sentence edge, which has no features of its own).
   * Written for the first sight of every word, which dominates a fresh process on real news: one
   * reused buffer, no closures or arrays per word.
   */
  private sums(tok: Tok | null): Int32Array {
    const acc = this.acc;
    acc.fill(0);
    const buf = this.buf;
    if (tok) {
      buf.clear();
      wordFeatures(tok, buf);
      this.weights.addScores(buf.a, 0, buf.length, acc, 0);
    }
    for (let o = 0; o < OFFSETS.length; o++) {
      buf.clear();
      neighbourFeatures(tok, OFFSETS[o]!, buf);
      this.weights.addScores(buf.a, 0, buf.length, acc, (o + 1) * L);
    }
    const v = new Int32Array(acc.length);
    for (let k = 0; k < acc.length; k++) v[k] = acc[k]!;
    return v;
  }

  private entry(word: string): WordEntry {
    let e = this.cache.get(word);
    if (!e) {
      const tok = makeTok(word);
      e = { tok, v: this.sums(tok), lwAt: new Int32Array(NL).fill(UNKNOWN) };
      this.cache.set(word, e);
    }
    return e;
  }

  /** Offset in `lwScores` of the label-word scores of a word after label prev1, summed on first use. */
  private labelWordAt(e: WordEntry, prev1: number): number {
    let at = e.lwAt[prev1 + 1]!;
    if (at === UNKNOWN) {
      at = this.lwUsed;
      this.lwUsed += L;
      if (this.lwUsed > this.lwScores.length) {
        const grown = new Float64Array(this.lwScores.length * 2);
        grown.set(this.lwScores);
        this.lwScores = grown;
      }
      const lw = this.lwBuf;
      lw.clear();
      labelWordFeatures(e.tok, prev1, lw);
      this.lwScores.fill(0, at, at + L);
      this.weights.addScores(lw.a, 0, lw.length, this.lwScores, at);
      e.lwAt[prev1 + 1] = at;
    }
    return at;
  }

  /** BILOU label indices of every token of a document given as sentences of words. */
  labels(sentences: readonly (readonly string[])[]): number[][] {
    // Bounded between documents only: entries of the document at hand point into `lwScores`.
    if (this.cache.size >= TAGGER_CACHE_WORDS || this.lwUsed >= TAGGER_CACHE_LABEL_WORD_SCORES) {
      this.cache.clear();
      this.lwUsed = 0;
    }
    // The document's entries, tokens, contexts and aggregate scores, read by the closures passed to
    // `decode`, are released when it returns. Closures of earlier documents stay reachable in V8
    // for a while (from call-site feedback, as far as we can tell), and with them their documents'
    // data, which every scavenge then copied and promoted: 2.1 MB per scavenge, 11-25 ms each at
    // load, against 80 kB and 1-6 ms once released. Built by loops, not `map`: see arrays.ts.
    let entries = new Array<WordEntry[]>(sentences.length);
    let toks = new Array<Tok[]>(sentences.length);
    for (let si = 0; si < sentences.length; si++) {
      const words = sentences[si]!;
      const es = new Array<WordEntry>(words.length);
      const ts = new Array<Tok>(words.length);
      for (let i = 0; i < words.length; i++) {
        const e = this.entry(words[i]!);
        es[i] = e;
        ts[i] = e.tok;
      }
      entries[si] = es;
      toks[si] = ts;
    }
    let contexts = sentenceContexts(toks, this.gaz, this.extras);
    const buf = this.buf;
    // Context-aggregation scores depend on the word and the document: summed once per word, into
    // one growing array per document (an array per word was an ArrayBuffer per word).
    const aggregated = new Map<string, number>();
    let aggScores = new Float64Array(16 * L);
    let aggUsed = 0;
    const tagger = this;
    try {
      return decode(
        {
          sentences: toks,
          work: this.work,
          addStatic: (si, i, scores) => {
            // The word's own block and its neighbours' blocks at -2, -1, +1, +2 (see `WordEntry.v`),
            // summed in one pass: one read and write of `scores` per label instead of five.
            const row = entries[si]!;
            const n = row.length;
            const edge = this.edge;
            const own = row[i]!.v;
            const m2 = i >= 2 ? row[i - 2]!.v : edge;
            const m1 = i >= 1 ? row[i - 1]!.v : edge;
            const p1 = i + 1 < n ? row[i + 1]!.v : edge;
            const p2 = i + 2 < n ? row[i + 2]!.v : edge;
            for (let k = 0; k < L; k++)
              scores[k]! += own[k]! + m2[L + k]! + m1[2 * L + k]! + p1[3 * L + k]! + p2[4 * L + k]!;
            buf.clear();
            const sc = contexts[si]!;
            const tok = toks[si]![i]!;
            contextFeatures(toks[si]!, i, sc, buf, false);
            this.weights.addScores(buf.a, 0, buf.length, scores);
            if (tok.cap) {
              const feats = sc.aggregate.get(tok.lw);
              if (feats) {
                let at = aggregated.get(tok.lw);
                if (at === undefined) {
                  at = aggUsed;
                  aggUsed += L;
                  if (aggUsed > aggScores.length) {
                    const grown = new Float64Array(aggScores.length * 2);
                    grown.set(aggScores);
                    aggScores = grown;
                  }
                  this.weights.addScores(feats, 0, feats.length, aggScores, at);
                  aggregated.set(tok.lw, at);
                }
                for (let k = 0; k < L; k++) scores[k]! += aggScores[at + k]!;
              }
            }
          },
          labelWordAt: (si, i, prev1) => this.labelWordAt(entries[si]![i]!, prev1),
          get labelWordScores() {
            return tagger.lwScores;
          },
        },
        this.weights,
        undefined,
        this.beam,
      );
    } finally {
      entries = [];
      toks = [];
      contexts = [];
      aggregated.clear();
      aggScores = RELEASED;
    }
  }

  /** Entity spans (token ranges and CoNLL types) of every sentence of a document. */
  tag(sentences: readonly (readonly string[])[]): TaggedSpan[][] {
    return mapArray(this.labels(sentences), labelSpans);
  }
}
