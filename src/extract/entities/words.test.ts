import { describe, expect, it } from 'vitest';
import { splitPossessive } from './words.ts';

describe('splitPossessive', () => {
  it.each([
    ["NATO's", ['NATO', "'s"]],
    ['Russia’s', ['Russia', '’s']],
    ['Belarus’', ['Belarus', '’']],
  ])('splits %s', (word, parts) => {
    expect(splitPossessive(word)).toEqual(parts);
  });

  it.each(['Belarus', "don't", 'Minsk’', "rock'n'roll", "'s"])('leaves %s whole', (word) => {
    expect(splitPossessive(word)).toBeNull();
  });
});
