import { describe, expect, it } from 'vitest';
import { dayNumber, TICK_LABEL_PX, ticks } from '../../web/src/days.ts';
import { axisNumber } from '../../web/src/numbers.ts';

/** The smallest distance between two neighbouring ticks, in pixels. */
function closest(from: number, to: number, width: number): number {
  const t = ticks(from, to, width);
  const perDay = width / (to - from + 1);
  let min = Number.POSITIVE_INFINITY;
  for (let i = 1; i < t.length; i++) min = Math.min(min, (t[i]!.day - t[i - 1]!.day) * perDay);
  return min;
}

describe('timeline axis ticks', () => {
  it.each([
    ['2022-02-01', '2022-02-28', 1240],
    ['2018-08-16', '2019-11-27', 1240],
    ['2022-01-01', '2022-12-31', 800],
    ['1938-01-01', '2022-12-31', 1240],
    ['2000-01-01', '2022-12-31', 360],
  ])('%s to %s at %i px: labels never overlap, and some are drawn', (a, b, width) => {
    const from = dayNumber(a);
    const to = dayNumber(b);
    expect(ticks(from, to, width).length).toBeGreaterThan(1);
    expect(closest(from, to, width)).toBeGreaterThanOrEqual(TICK_LABEL_PX);
  });

  it('ticks every day when days have room, and marks the first of a month', () => {
    const from = dayNumber('2022-02-25');
    const t = ticks(from, from + 7, 1200);
    expect(t.map((x) => x.day - from)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t.filter((x) => x.major).map((x) => x.day - from)).toEqual([4]);
  });
});

describe('claims axis numbers', () => {
  it.each([
    [0, '0'],
    [69440, '69,440'],
    [999999, '999,999'],
    [2_400_000, '2.4M'],
    [1_500_000_000, '1.5B'],
    [1_234_567_890_123, '1.23T'],
  ])('%d → %s', (v, label) => {
    expect(axisNumber(v)).toBe(label);
  });
});
