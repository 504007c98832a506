import { describe, expect, it } from 'vitest';
import { TextShelf } from './text-shelf.ts';

describe('TextShelf', () => {
  it.each([
    ['ASCII', 'Troops near Brest.'],
    ['Latin-1 and beyond', 'Nausėda in Łódź — “drills”'],
    ['astral characters', 'flag \u{1F1FA}\u{1F1E6} and \u{1F600}'],
    ['Latin-1 only', 'Café Ångström ÿ'],
    ['a lone surrogate', 'half \ud83d of a pair'],
    ['empty text', ''],
  ])('gives back %s as it was kept', (_name, text) => {
    const shelf = new TextShelf(1024, 64);
    expect(shelf.add(7, text)).toBe(true);
    expect(shelf.get(7)).toBe(text);
    expect(shelf.textLength(7)).toBe(text.length);
    // Any stretch, also one that cuts a surrogate pair or reaches past either end.
    for (let a = -1; a <= text.length + 1; a++)
      for (let b = a - 1; b <= text.length + 2; b++)
        expect(shelf.slice(7, a, b), `${a}..${b}`).toBe(text.slice(Math.max(0, a), Math.max(0, a, b)));
    expect(shelf.slice(8, 0, 1)).toBeNull();
    expect(shelf.textLength(8)).toBe(-1);
  });

  it('keeps texts across chunks, and answers null for rows it does not hold', () => {
    const shelf = new TextShelf(10_000, 64);
    const texts = Array.from({ length: 40 }, (_, i) => `text ${i} ${'é'.repeat(i % 9)}`);
    for (const [i, t] of texts.entries()) expect(shelf.add(2 * i + 1, t)).toBe(true);
    for (const [i, t] of texts.entries()) expect(shelf.get(2 * i + 1)).toBe(t);
    expect(shelf.get(2)).toBeNull();
    expect(shelf.get(100_000)).toBeNull();
  });

  it('stops keeping texts past its byte budget', () => {
    const shelf = new TextShelf(200, 64);
    const kept = Array.from({ length: 20 }, (_, i) => shelf.add(i + 1, 'x'.repeat(30)));
    expect(kept.filter(Boolean).length).toBeGreaterThan(0);
    expect(kept.at(-1)).toBe(false);
    expect(shelf.bytes).toBeLessThanOrEqual(200);
    expect(shelf.get(20)).toBeNull();
  });
});
