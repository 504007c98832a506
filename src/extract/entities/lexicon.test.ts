import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTok } from './features.ts';
import { LabelLexicon, LexiconCounter, phraseHash } from './lexicon.ts';

const hashes = (words: string[]) => words.map((w) => makeTok(w).hlw);

describe('label lexicon', () => {
  it('finds phrases by the hashes of their lower-case words, whatever the case', () => {
    const c = new LexiconCounter(4);
    const nyc = hashes(['New', 'York']);
    c.add(phraseHash(nyc, 0, 2), 2);
    const lex = c.lexicon();
    expect(lex.get(phraseHash(hashes(['NEW', 'YORK']), 0, 2)) & 3).toBe(2);
    expect(lex.get(phraseHash(nyc, 0, 1))).toBe(-1);
  });

  it('codes the dominant type, a count bucket and purity', () => {
    const c = new LexiconCounter(4);
    const h = phraseHash(hashes(['Chelsea']), 0, 1);
    for (let i = 0; i < 9; i++) c.add(h, 1);
    c.add(h, 2);
    const code = c.lexicon().get(h);
    expect(code & 3).toBe(1);
    expect((code >> 2) & 3).toBe(3);
    expect(code >> 4).toBe(1);
  });

  it('leaves out a held-out fold (jackknifing)', () => {
    const all = new LexiconCounter(4);
    const fold = new LexiconCounter(4);
    const h = phraseHash(hashes(['Reuters']), 0, 1);
    all.add(h, 1);
    fold.add(h, 1);
    expect(all.lexicon(fold).get(h)).toBe(-1);
    expect(all.lexicon().get(h)).toBeGreaterThanOrEqual(0);
  });
});

describe('LabelLexicon lookups', () => {
  it('find every key and nothing else', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 200 }),
        fc.array(fc.oneof(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: -5, max: 5 })), { maxLength: 50 }),
        (keys, probes) => {
          const sorted = [...keys].sort((a, b) => a - b);
          const lex = new LabelLexicon(
            Uint32Array.from(sorted),
            Uint8Array.from(sorted.map((_, i) => i % 32)),
          );
          for (const [i, k] of sorted.entries()) expect(lex.get(k)).toBe(i % 32);
          for (const p of probes) if (!keys.includes(p)) expect(lex.get(p)).toBe(-1);
        },
      ),
    );
  });
});
