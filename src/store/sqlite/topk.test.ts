import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from './search.ts';

describe('topK', () => {
  it('is the first k of a full sort, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.nat(70), (xs, k) => {
        const cmp = (a: number, b: number) => xs[a]! - xs[b]! || a - b;
        const full = xs.map((_, i) => i).sort(cmp);
        expect(topK(xs.length, k, cmp)).toEqual(full.slice(0, k));
        // The same when candidates are first turned away on their score alone.
        expect(topK(xs.length, k, cmp, Float64Array.from(xs))).toEqual(full.slice(0, k));
      }),
    );
  });

  it('returns nothing for k = 0 and everything for k ≥ n', () => {
    const cmp = (a: number, b: number) => b - a;
    expect(topK(5, 0, cmp)).toEqual([]);
    expect(topK(3, 10, cmp)).toEqual([2, 1, 0]);
  });
});
