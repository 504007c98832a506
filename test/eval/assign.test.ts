import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from '../../eval/lib/assign.ts';

describe('maxWeightAssignment', () => {
  it('pairs as many rows as it can where a greedy pass would strand one', () => {
    // Row 0 fits both columns and prefers column 0, which row 1 alone can take.
    expect(
      maxWeightAssignment(
        [
          [10, 9],
          [10, null],
        ],
        2,
      ),
    ).toEqual([1, 0]);
  });
  it('leaves a row with no allowed column unpaired, and handles more columns than rows', () => {
    expect(
      maxWeightAssignment(
        [
          [null, null, null],
          [1, 5, 2],
        ],
        3,
      ),
    ).toEqual([-1, 1]);
    expect(maxWeightAssignment([[3], [4], [null]], 1)).toEqual([-1, 0, -1]);
    expect(maxWeightAssignment([], 0)).toEqual([]);
  });
  it('finds the maximum total on a case where choosing each row its best loses', () => {
    const w = [
      [7, 6, null],
      [6, null, null],
      [null, 5, 4],
    ];
    const out = maxWeightAssignment(w, 3);
    expect(out).toEqual([1, 0, 2]);
  });
});
