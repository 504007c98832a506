import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bands, shingles, signature, similarity } from './minhash.ts';

const story = Array.from(
  { length: 120 },
  (_, i) => `word${i % 37} sentence${i % 11} about${i % 5} belarus${i % 7}`,
).join(' ');

describe('MinHash', () => {
  it('a copy with a changed tail is similar; another text is not', () => {
    const a = signature(shingles(story));
    const copy = signature(
      shingles(`${story.slice(0, Math.floor(story.length * 0.9))} Reprinted with permission.`),
    );
    const other = signature(shingles(story.split(' ').reverse().join(' ')));
    expect(similarity(a, copy)).toBeGreaterThan(0.7);
    expect(similarity(a, other)).toBeLessThan(0.3);
  });

  it('equal signatures share every band; bands are deterministic', () => {
    const s = signature(shingles(story));
    expect(bands(s)).toEqual(bands(signature(shingles(story))));
    expect(bands(s)).toHaveLength(16);
  });

  it('similarity estimates Jaccard within ±0.25 (4 standard errors at 64 hashes) on random word sets', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 40, maxLength: 120 }), (ids) => {
        const a = ids.map((i) => `w${i}`).join(' ');
        const b = ids
          .slice(0, Math.floor(ids.length / 2))
          .map((i) => `w${i}`)
          .join(' ');
        const sa = new Set(shingles(a));
        const sb = new Set(shingles(b));
        if (sb.size === 0) return;
        const inter = [...sb].filter((x) => sa.has(x)).length;
        const jaccard = inter / new Set([...sa, ...sb]).size;
        expect(Math.abs(similarity(signature(shingles(a)), signature(shingles(b))) - jaccard)).toBeLessThan(
          0.2,
        );
      }),
      { numRuns: 50, seed: 20260105 },
    );
  });
});
