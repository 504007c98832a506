import { describe, expect, it } from 'vitest';
import { Blocked } from './indirect.ts';
import { markUnit, sortRuns } from './stage.ts';

describe('sortRuns', () => {
  it('orders as the stable built-in sort does (random lists, often two sorted runs)', () => {
    let seed = 4;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 8;
    };
    const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || b[1]! - a[1]!;
    for (let t = 0; t < 20000; t++) {
      const n = next() % 12;
      const xs: number[][] = [];
      for (let i = 0; i < n; i++) xs.push([next() % 5, next() % 3, i]);
      if (next() % 2) {
        const h = next() % (n + 1);
        xs.splice(0, h, ...xs.slice(0, h).sort(cmp));
        xs.splice(h, n - h, ...xs.slice(h).sort(cmp));
      }
      expect(sortRuns(xs.slice(), cmp)).toEqual(xs.slice().sort(cmp));
    }
  });
});

describe('markUnit', () => {
  it('holds the quotation marks of MARKS, and only them', () => {
    const marks = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„']);
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (markUnit(c) !== marks.has(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('Blocked (offsets the indirect rules skip)', () => {
  it('answers as the scan of every range does, offsets asked in text order', () => {
    let seed = 9;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 8;
    };
    for (let t = 0; t < 2000; t++) {
      const ranges: [number, number][] = [];
      for (let i = next() % 6; i > 0; i--) {
        const s = next() % 100;
        ranges.push([s, s + 1 + (next() % 20)]);
      }
      ranges.sort((a, b) => a[0] - b[0]);
      const blocked = new Blocked(ranges);
      for (let at = 0; at < 130; at += 1 + (next() % 4))
        expect(blocked.has(at)).toBe(ranges.some(([s, e]) => s <= at && at < e));
    }
  });
});
