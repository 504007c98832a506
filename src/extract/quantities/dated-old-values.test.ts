import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

/** Old values of a change dated after them (sentences written for these tests). */
function units(text: string): [string, string | null][] {
  return findQuantities({ text, sentences: splitSentences(text) }).map((q) => [
    text.slice(q.span[0], q.span[1]),
    q.unit,
  ]);
}

describe('quantities: the old value of a change, dated after it, counts what the new one counts', () => {
  it.each([
    ['Homeland came second with 88 seats, up from 61 four years ago.', '61', 'seats'],
    ['About 135,000 students got visas last year, up from 16,000 in 2019.', '16,000', 'students'],
    ['Prices rose to 45 euros, up from 40 in March.', '40', 'EUR'],
  ])('%s', (text, figure, unit) => {
    expect(units(text)).toContainEqual([figure, unit]);
  });

  it('leaves a score or a pair of figures with no noun as it was', () => {
    expect(units('The score was 52 to 48 in 2019.')).toEqual([
      ['52', null],
      ['48', null],
    ]);
  });
});
