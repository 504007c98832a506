import { describe, expect, it } from 'vitest';
import { bcubed } from '../../eval/lib/bcubed.ts';

describe('B-cubed', () => {
  it.each([
    [
      'perfect',
      [
        ['a', '1'],
        ['a', '1'],
        ['b', '2'],
      ],
      1,
      1,
    ],
    [
      'all merged',
      [
        ['a', '1'],
        ['a', '1'],
        ['b', '1'],
      ],
      (2 / 3 + 2 / 3 + 1 / 3) / 3,
      1,
    ],
    [
      'all split',
      [
        ['a', '1'],
        ['a', '2'],
        ['b', '3'],
      ],
      1,
      (0.5 + 0.5 + 1) / 3,
    ],
  ] as const)('%s', (_, pairs, p, r) => {
    const out = bcubed(pairs.map(([gold, system]) => ({ gold, system })));
    expect(out.precision).toBeCloseTo(p, 10);
    expect(out.recall).toBeCloseTo(r, 10);
  });
  it('is zero on nothing', () => {
    expect(bcubed([]).f1).toBe(0);
  });
});
