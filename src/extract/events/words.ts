import type { Span } from '../../model/span.ts';
import type { WorkCounter } from '../segment/work.ts';

/** A token as the events stage reads it. */
export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower-case text. */
  readonly lower: string;
  /** Index of the sentence holding it. */
  readonly sentence: number;
}

/** Tokens of a document with the sentence each belongs to; sentences as token ranges `[from, to)`. */
export interface WordView {
  readonly words: readonly Word[];
  readonly sentences: readonly (readonly [number, number])[];
}

/** Builds the word view from token spans and sentence spans, both in text order: one pass over each. */
export function wordView(
  text: string,
  tokens: readonly Span[],
  sentences: readonly Span[],
  counter?: WorkCounter,
): WordView {
  const words: Word[] = [];
  const ranges: [number, number][] = sentences.map(() => [0, 0]);
  let s = 0;
  for (const [start, end] of tokens) {
    while (s < sentences.length - 1 && start >= sentences[s]![1]) s++;
    words.push({ start, end, lower: text.slice(start, end).toLowerCase(), sentence: s });
  }
  // Sentence ranges in a second pass: a sentence with no token gets an empty range.
  let w = 0;
  for (let i = 0; i < sentences.length; i++) {
    while (w < words.length && words[w]!.sentence < i) w++;
    const from = w;
    while (w < words.length && words[w]!.sentence === i) w++;
    ranges[i] = [from, w];
    if (counter) counter.steps += w - from + 1;
  }
  if (counter) counter.steps += tokens.length;
  return { words, sentences: ranges };
}

/**
 * For each word, the index of the span in `spans` covering it (the shortest when several do), or
 * -1. A word is covered by a span it starts in (`Russia’s` is one token, the name `Russia`). Spans are
 * sorted by start; each span visits only the words starting inside it, found by binary search.
 */
export function coverage(words: readonly Word[], spans: readonly Span[], counter?: WorkCounter): Int32Array {
  const out = new Int32Array(words.length).fill(-1);
  const length = (i: number) => spans[i]![1] - spans[i]![0];
  spans.forEach(([start, end], i) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let w = lo; w < words.length && words[w]!.start < end; w++) {
      const cur = out[w]!;
      if (cur < 0 || length(i) < length(cur)) out[w] = i;
      if (counter) counter.steps++;
    }
    if (counter) counter.steps += 1 + Math.log2(words.length + 1);
  });
  return out;
}
