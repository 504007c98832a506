import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/sentences.ts';
import { findQuantities } from './stage.ts';

function abouts(text: string) {
  return findQuantities({ text, sentences: splitSentences(text) }).map((m) => [
    text.slice(m.span[0], m.span[1]),
    Array.isArray(m.about) ? text.slice(m.about[0], m.about[1]) : (m.about as string | null),
  ]);
}

describe('a level after `to peak at` is of the infinitive’s subject', () => {
  it('reads the subject of `to peak at`', () => {
    expect(abouts('Forecasters expect the river to peak at 7.2 metres on Friday.')).toEqual([
      ['7.2 metres', 'the river'],
    ]);
  });
});
