import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { around, count } from './format.ts';

describe('terminal formatting', () => {
  it('shows the words around a position in a long sentence, with ellipses where it cuts', () => {
    const s = `${'a '.repeat(100)}TRIGGER${' b'.repeat(100)}`;
    const w = around(s, s.indexOf('TRIGGER'), 40);
    expect(w).toContain('TRIGGER');
    expect(w.length).toBe(40);
    expect(w.startsWith('…') && w.endsWith('…')).toBe(true);
    // Negative: a short sentence is shown whole, and a position at the start cuts only the end.
    expect(around('short one', 3, 40)).toBe('short one');
    expect(around(s, 0, 40).startsWith('a a')).toBe(true);
  });

  it('never exceeds its width and always holds the position (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }),
        fc.nat(),
        fc.integer({ min: 8, max: 200 }),
        (s, p, width) => {
          const at = p % s.length;
          const w = around(s, at, width);
          expect(w.length).toBeLessThanOrEqual(width);
          if (s.length > width && at < s.length - 1) expect(w).toContain(s.slice(at, at + 1));
        },
      ),
    );
  });

  it('counts with the right number', () => {
    expect(count(1, 'report')).toBe('1 report');
    expect(count(2, 'source')).toBe('2 sources');
  });
});

describe('search in every spelling', () => {
  const store = {
    async findEntities(q: string) {
      return q.toLowerCase().startsWith('lukashenk')
        ? [{ aliases: ['Alexander Lukashenko', 'Alyaksandr Lukashenka'] }]
        : [{ aliases: ['Brest'] }];
    },
  };
  it('widens a plain word that names an entity to its other spellings, and leaves syntax alone', async () => {
    const { withSpellings } = await import('../store/spellings.ts');
    expect(await withSpellings(store, 'Lukashenka drills')).toBe('(Lukashenka OR Lukashenko) drills');
    expect(await withSpellings(store, 'Brest')).toBe('Brest');
    expect(await withSpellings(store, '"Lukashenka said"')).toBe('"Lukashenka said"');
    expect(await withSpellings(store, 'Lukash*')).toBe('Lukash*');
  });
});

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses formulas', async () => {
    const { csvCell } = await import('./export.ts');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});
