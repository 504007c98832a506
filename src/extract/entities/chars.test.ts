import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAlnum, hasLower, isCapitalised, isLowerInitial } from './chars.ts';

// The definitions the fast paths must agree with.
const ref = {
  hasAlnum: (w: string) =>
    Array.from({ length: w.length }, (_, i) => w[i]!).some(
      (c) => (c >= '0' && c <= '9') || c.toLowerCase() !== c.toUpperCase(),
    ),
  isLowerInitial: (w: string) => w.charAt(0) !== w.charAt(0).toUpperCase(),
  isCapitalised: (w: string) => w.charAt(0) !== w.charAt(0).toLowerCase(),
  hasLower: (w: string) => w !== w.toUpperCase(),
};

describe('character classes', () => {
  it.each([
    ['', false, false, false, false],
    ['NATO', true, false, true, false],
    ['Minsk', true, false, true, true],
    ['minsk', true, true, false, true],
    ['2021', true, false, false, false],
    ['--', false, false, false, false],
    ['Łukaszenka', true, false, true, true],
    ['Straße', true, false, true, true],
    ['STRAßE', true, false, true, true],
    ['ÉCOLE', true, false, true, false],
    ['ümit', true, true, false, true],
    ['“', false, false, false, false],
  ])('%s', (w, alnum, lowerInitial, capitalised, lower) => {
    expect([hasAlnum(w), isLowerInitial(w), isCapitalised(w), hasLower(w)]).toEqual([
      alnum,
      lowerInitial,
      capitalised,
      lower,
    ]);
  });

  it('agree with the case-mapping definitions on any string', () => {
    const word = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(word, (w) => {
        expect(hasAlnum(w)).toBe(ref.hasAlnum(w));
        expect(isLowerInitial(w)).toBe(ref.isLowerInitial(w));
        expect(isCapitalised(w)).toBe(ref.isCapitalised(w));
        expect(hasLower(w)).toBe(ref.hasLower(w));
      }),
      { numRuns: 2000 },
    );
  });
});
