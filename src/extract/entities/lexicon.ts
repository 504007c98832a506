import { hashJoin, mix32, seed } from './hash.ts';

/**
 * The label lexicon: the token sequences seen as entities in the training data, each with its type
 * distribution summed up as one small code (dominant type, count bucket, purity). Phrases are kept
 * only as 30-bit hashes of their lower-case tokens, never as text. The tagger turns a match into
 * features ("this n-gram was a training entity of type X, seen N times"). Training computes these
 * features with a lexicon built from the other folds of the training data (jackknifing), so the
 * model learns how far to trust the lexicon on names it has not seen.
 */

/** Longest phrase kept, in tokens. */
export const LEX_MAX_TOKENS = 5;
/** Folds of the jackknifed training lexicon. */
export const LEX_FOLDS = 10;

const PHRASE = seed('label-lexicon');

/** Hash of the phrase whose token hashes (of the lower-case words) are hlw[start, end). */
export function phraseHash(hlw: ArrayLike<number>, start: number, end: number): number {
  let h = PHRASE;
  for (let i = start; i < end; i++) h = hashJoin(h, hlw[i]!);
  return h;
}

/** Code of a type distribution: dominant type (2 bits), count bucket (2 bits), purity (1 bit). */
function code(counts: ArrayLike<number>): number {
  let best = 0;
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    total += counts[t]!;
    if (counts[t]! > counts[best]!) best = t;
  }
  const bucket = total >= 10 ? 3 : total >= 4 ? 2 : total >= 2 ? 1 : 0;
  const pure = counts[best]! * 10 >= total * 9 ? 1 : 0;
  return best | (bucket << 2) | (pure << 4);
}

/** Type counts of phrases, for building lexicons. */
export class LexiconCounter {
  readonly counts = new Map<number, Int32Array>();
  constructor(private readonly types: number) {}

  add(hash: number, type: number, by = 1): void {
    let c = this.counts.get(hash);
    if (!c) {
      c = new Int32Array(this.types);
      this.counts.set(hash, c);
    }
    c[type]! += by;
  }

  /** The lexicon of these counts minus `minus` (a fold held out). */
  lexicon(minus?: LexiconCounter): LabelLexicon {
    const entries: [number, number][] = [];
    for (const [h, c] of this.counts) {
      const m = minus?.counts.get(h);
      const rest = m ? c.map((x, t) => x - m[t]!) : c;
      if (rest.some((x) => x > 0)) entries.push([h, code(rest)]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    return new LabelLexicon(
      Uint32Array.from(entries.map((e) => e[0])),
      Uint8Array.from(entries.map((e) => e[1])),
    );
  }
}

/** Phrase hashes (sorted) and their codes. */
export class LabelLexicon {
  constructor(
    readonly keys: Uint32Array,
    readonly codes: Uint8Array,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /**
   * Open-addressing index of the keys (built on first lookup): the tagger looks up every phrase
   * of up to five words starting at a capitalised word, and a binary search took 13 probes.
   */
  private slots: Int32Array | null = null;
  /** Code of each slot, -1 when empty. */
  private slotCodes: Int16Array | null = null;

  private index(): void {
    let size = 16;
    while (size < this.keys.length * 2) size <<= 1;
    const mask = size - 1;
    const slots = new Int32Array(size);
    const slotCodes = new Int16Array(size).fill(-1);
    for (let r = 0; r < this.keys.length; r++) {
      const h = this.keys[r]! | 0;
      let i = mix32(h) & mask;
      while (slotCodes[i]! >= 0 && slots[i] !== h) i = (i + 1) & mask;
      if (slotCodes[i]! < 0) {
        slots[i] = h;
        slotCodes[i] = this.codes[r]!;
      }
    }
    this.slots = slots;
    this.slotCodes = slotCodes;
  }

  /** The code of a phrase hash, or -1. */
  get(hash: number): number {
    if (hash !== hash >>> 0) return -1;
    if (!this.slots) this.index();
    const slots = this.slots!;
    const slotCodes = this.slotCodes!;
    const mask = slots.length - 1;
    const h = hash | 0;
    let i = mix32(h) & mask;
    for (let c = slotCodes[i]!; c >= 0; c = slotCodes[i]!) {
      if (slots[i] === h) return c;
      i = (i + 1) & mask;
    }
    return -1;
  }
}
