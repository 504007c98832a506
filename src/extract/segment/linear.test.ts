import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';
import type { WorkCounter } from './work.ts';

/**
 * Linear time on hostile input. Work is counted in loop iterations through the segmenters'
 * counters, which is exact and immune to a busy machine; a coarse timing check backs it up.
 */

type Hostile = readonly [name: string, make: (scale: number) => string];

const HOSTILE: readonly Hostile[] = [
  ['100,000 periods', (k) => '.'.repeat(100_000 * k)],
  ['"Feb. " 50,000 times', (k) => 'Feb. '.repeat(50_000 * k)],
  ['100,000 digits', (k) => '7'.repeat(100_000 * k)],
  ['a million straight quotes', (k) => '"'.repeat(1_000_000 * k)],
  ['a million curly quotes', (k) => '”'.repeat(1_000_000 * k)],
  ['period then a million quotes', (k) => `.${'”'.repeat(1_000_000 * k)} A`],
  ['100,000 em dashes', (k) => '—'.repeat(100_000 * k)],
  ['100,000 hyphens', (k) => '-'.repeat(100_000 * k)],
  ['hyphenated letters', (k) => 'a-'.repeat(50_000 * k)],
  ['dotted letters', (k) => 'a.'.repeat(50_000 * k)],
  ['dotted words with digits', (k) => 'ab1.'.repeat(25_000 * k)],
  ['dotted capitals', (k) => 'U.S. '.repeat(20_000 * k)],
  ['initials', (k) => 'A. '.repeat(30_000 * k)],
  ['spaces then a period', (k) => `a.${' '.repeat(100_000 * k)}B`],
  ['period space period', (k) => '. '.repeat(50_000 * k)],
  ['short lines', (k) => 'Ab\n'.repeat(30_000 * k)],
  ['long title-cased line', (k) => `${'Word '.repeat(20_000 * k)}\nNext`],
  ['digit groups', (k) => '1,'.repeat(50_000 * k)],
  ['apostrophes', (k) => "a'".repeat(50_000 * k)],
  ['www prefixes', (k) => 'www.'.repeat(25_000 * k)],
  ['URL with open brackets', (k) => `http://x.y/${'('.repeat(100_000 * k)}`],
  ['scheme-like words', (k) => 'http:/'.repeat(20_000 * k)],
  ['No. before spaces', (k) => `No.${' '.repeat(100_000 * k)}`],
  ['a.m. before long words', (k) => `at 5 a.m. ${'X'.repeat(100_000 * k)}`],
  ['letters with marks', (k) => 'e\u0301'.repeat(50_000 * k)],
  ['lone surrogates', (k) => '\ud83d'.repeat(100_000 * k)],
];

function work(text: string): number {
  const counter: WorkCounter = { steps: 0 };
  const sentences = splitSentences(text, counter);
  for (const [s, e] of sentences) tokenize(text, s, e, counter);
  tokenize(text, 0, text.length, counter);
  return counter.steps;
}

describe('linear time on hostile input', () => {
  it.each(HOSTILE)('%s: doubling the input at most doubles the work', (_name, make) => {
    const small = make(1);
    const large = make(2);
    const a = work(small);
    const b = work(large);
    expect(b / a).toBeLessThan(2.2);
    // And the work per character is a small constant, not a hidden factor of the length.
    expect(b / large.length).toBeLessThan(12);
  });
});
