import { describe, expect, it } from 'vitest';
import { scanWords } from '../quantities/words.ts';
import { cuePrefix, phraseBits, phraseBits2, phraseBits2Of, phraseBitsOf } from './phrases.ts';

describe('phraseBits', () => {
  // The per-token memo of the phrase scans' set memberships and `sourceWord` must give what the
  // sets give: random text of set words, their capitalised forms, participles, marks and
  // non-ASCII words, read twice (the second read comes from the memo).
  const vocab =
    "the a an his her its their one two several some many both this these those and or of to in on at by for from with as that who said says told added according reported he she they we i you it him them most half all none each majority share third quarter among has have had is was were will would also again repeatedly previously separately later earlier already often once twice always then now today yesterday tonight monday week month year morning unnamed retired ruling acting leading officials spokesman minister Kremlin Smith Mr. Élodie été résumé naïve ’ ' - . , “ ” 2,000 D-Ohio well-known quickly".split(
      ' ',
    );
  let seed = 7;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  it('gives the computed bits for every token, memoised or not', () => {
    for (let round = 0; round < 200; round++) {
      const parts: string[] = [];
      for (let k = 0; k < 40; k++) {
        const w = vocab[rand(vocab.length)]!;
        parts.push(
          rand(4) === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : rand(9) === 0 ? w.toUpperCase() : w,
        );
      }
      const text = parts.join(' ');
      for (let pass = 0; pass < 2; pass++)
        for (const w of scanWords(text, 0, text.length)) {
          expect(phraseBits(w)).toBe(phraseBitsOf(w));
          expect(phraseBits2(w)).toBe(phraseBits2Of(w));
        }
    }
  });
  it('marks the sets’ words', () => {
    const bits = (t: string) => phraseBitsOf(scanWords(t, 0, t.length)[0]!);
    expect(bits('the') & 2).toBe(2);
    expect(bits('The') & 2).toBe(2);
    expect(bits('Smith') & 1).toBe(1);
    expect(bits('said') & 1).toBe(0);
    expect(bits('her') & (2 | 16)).toBe(2 | 16);
    const word = (t: string) => scanWords(t, 0, t.length)[0]!;
    expect(cuePrefix(word('happily'))).toBe(true);
    expect(cuePrefix(word('family'))).toBe(false);
    expect(cuePrefix(word('will'))).toBe(true);
    expect(cuePrefix(word('Will'))).toBe(false);
  });
});
