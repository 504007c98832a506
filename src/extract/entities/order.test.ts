import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInPlace } from './order.ts';

describe('sortInPlace', () => {
  it.each([
    [[], []],
    [[1], [1]],
    [
      [1, 2, 2, 3],
      [1, 2, 2, 3],
    ],
    [
      [3, 1, 2],
      [1, 2, 3],
    ],
  ])('%j', (input, sorted) => {
    expect(sortInPlace([...input], (a, b) => a - b)).toEqual(sorted);
  });

  it('matches the stable built-in sort on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat())), (pairs) => {
        const cmp = (a: [number, number], b: [number, number]) => a[0] - b[0];
        const ours = sortInPlace([...pairs], cmp);
        expect(ours).toEqual([...pairs].sort(cmp));
      }),
    );
  });
});
