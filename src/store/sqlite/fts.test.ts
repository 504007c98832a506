import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts.ts';

describe('toFtsQuery', () => {
  it.each([
    ['Lukashenko drills', '"Lukashenko" "drills"'],
    ['"Allied Resolve" OR Zapad', '"Allied Resolve" OR "Zapad"'],
    ['troop*', '"troop"*'],
    ['Zapad-2021', '"Zapad 2021"'],
    ['NEAR( x AND', '"NEAR" "x" "AND"'],
    ['OR', '"OR"'],
    ['   ', null],
    ['"unbalanced', '"unbalanced"'],
  ])('%j → %j', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });
});
