/**
 * Aligns extracted paragraphs with the raw page to build the offset map. Readability re-serialises
 * the DOM, so its text cannot be traced through the parser; instead each paragraph is searched for,
 * ignoring whitespace, in the page's decoded text stream, forward from the last match. Characters
 * found verbatim become exact segments, decoded references non-exact ones, and anything that cannot
 * be found maps inexactly to the point reached so far. All searches draw on one budget proportional
 * to the input, so hostile pages stay linear.
 */
import type { TextBuilder } from '../../model/offsets.ts';
import {
  ALIGN_BUDGET_FACTOR,
  ALIGN_KEY,
  ALIGN_MAX_MISSES,
  ALIGN_NEAR_WINDOW,
  ALIGN_SHORT_KEY,
  ALIGN_SHORT_PIECE,
} from './constants.ts';
import type { TextStream } from './stream.ts';
import { isSpace } from './stream.ts';

/** Emits text through a TextBuilder, batching verbatim runs and merging multi-unit references. */
class Emitter {
  private runStart = -1;
  private runEnd = -1;
  private pending = '';
  private pendStart = -1;
  private pendEnd = -1;
  constructor(
    private readonly raw: string,
    private readonly tb: TextBuilder,
  ) {}

  verbatim(a: number, b: number): void {
    this.flushDecoded();
    if (this.runStart >= 0 && a === this.runEnd) {
      this.runEnd = b;
      return;
    }
    this.flushRun();
    this.runStart = a;
    this.runEnd = b;
  }

  decoded(str: string, a: number, b: number): void {
    if (str.length === 0) return;
    this.flushRun();
    if (this.pending && a === this.pendStart && b === this.pendEnd && b > a) {
      this.pending += str;
      return;
    }
    this.flushDecoded();
    this.pending = str;
    this.pendStart = a;
    this.pendEnd = b;
  }

  flush(): void {
    this.flushRun();
    this.flushDecoded();
  }

  private flushRun(): void {
    if (this.runStart < 0) return;
    this.tb.copy(this.raw, this.runStart, this.runEnd);
    this.runStart = this.runEnd = -1;
  }

  private flushDecoded(): void {
    if (!this.pending) return;
    this.tb.decoded(this.pending, this.pendStart, this.pendEnd);
    this.pending = '';
  }
}

/** Maps paragraphs of extracted text onto a page's text stream, in order. */
export class Aligner {
  private cursor = 0;
  private lastRawEnd = 0;
  private budget: number;
  private readonly out: Emitter;
  private readonly n: number;

  constructor(
    raw: string,
    private readonly s: TextStream,
    private readonly tb: TextBuilder,
    textLength: number,
  ) {
    this.out = new Emitter(raw, tb);
    this.n = s.chars.length;
    this.budget = ALIGN_BUDGET_FACTOR * (this.n + textLength) + 65_536;
  }

  /** Appends a separator (e.g. the paragraph break) at the raw point reached so far. */
  separator(str: string): void {
    this.out.flush();
    this.tb.insert(str, this.lastRawEnd);
  }

  /** Appends one paragraph; it must not start or end with whitespace. */
  paragraph(p: string): void {
    const idx: number[] = [];
    const keyChars: string[] = [];
    for (let i = 0; i < p.length; i++) {
      if (!isSpace(p.charCodeAt(i))) {
        idx.push(i);
        keyChars.push(p[i]!);
      }
    }
    const key = keyChars.join('');
    const m = idx.length;
    const { chars, start, end, space } = this.s;
    let q = 0;
    let pIdx = 0;
    let misses = 0;
    while (q < m) {
      const found = misses < ALIGN_MAX_MISSES && this.budget > 0 ? this.find(key, q, m) : -1;
      if (found < 0) {
        misses++;
        const giveUp = misses >= ALIGN_MAX_MISSES || this.budget <= 0;
        let e = idx[q]!;
        while (e < p.length && !isSpace(p.charCodeAt(e))) e++;
        if (giveUp) e = p.length;
        this.out.decoded(p.slice(pIdx, e), this.lastRawEnd, this.lastRawEnd);
        while (q < m && idx[q]! < e) q++;
        pIdx = e;
        continue;
      }
      let j = 0;
      while (q + j < m && found + j < this.n && key.charCodeAt(q + j) === chars.charCodeAt(found + j)) j++;
      for (let t = 0; t < j; t++) {
        const si = found + t;
        const pi = idx[q + t]!;
        if (pi > pIdx) {
          const ws = p.slice(pIdx, pi);
          const sp = space[si]!;
          if (ws === ' ' && sp >= 0) this.out.verbatim(sp, sp + 1);
          else {
            const gapStart = t > 0 ? end[si - 1]! : Math.min(this.lastRawEnd, start[si]!);
            this.out.decoded(ws, gapStart, start[si]!);
          }
        }
        const a = start[si]!;
        const b = end[si]!;
        if (b - a === 1) this.out.verbatim(a, b);
        else this.out.decoded(p[pi]!, a, b);
        this.lastRawEnd = b;
        pIdx = pi + 1;
      }
      this.cursor = found + j;
      q += j;
    }
    if (pIdx < p.length) this.out.decoded(p.slice(pIdx), this.lastRawEnd, this.lastRawEnd);
    this.out.flush();
  }

  /** Stream index where the piece of `key` from `q` starts, or -1. */
  private find(key: string, q: number, m: number): number {
    const rest = m - q;
    const near = Math.min(this.n, this.cursor + ALIGN_NEAR_WINDOW);
    const L = Math.min(ALIGN_KEY, rest);
    let pos = this.search(key.slice(q, q + L), rest < ALIGN_SHORT_PIECE ? near : this.n);
    if (pos < 0 && L > ALIGN_SHORT_KEY) pos = this.search(key.slice(q, q + ALIGN_SHORT_KEY), near);
    return pos;
  }

  private search(k: string, windowEnd: number): number {
    const from = this.cursor;
    if (windowEnd - from < k.length) return -1;
    const { chars } = this.s;
    let at: number;
    if (windowEnd === this.n) at = chars.indexOf(k, from);
    else {
      const local = chars.slice(from, windowEnd).indexOf(k);
      at = local < 0 ? -1 : from + local;
    }
    this.budget -= (at < 0 ? windowEnd - from : at - from) + k.length;
    return at;
  }
}
