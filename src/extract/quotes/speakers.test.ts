import { describe, expect, it } from 'vitest';
import { unknownName } from './speakers.ts';

describe('unknownName', () => {
  it('reads ASCII names by char codes as its patterns do (random strings)', () => {
    const NAME = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*$/u;
    const byPatterns = (w: string) => !(!w.includes(' ') && /\p{Ll}s$/u.test(w)) && NAME.test(w);
    const parts = [
      'the',
      'The',
      'he',
      't',
      'A',
      'b',
      's',
      'S',
      ' ',
      '  ',
      '\n',
      '\t',
      '.',
      '&',
      "'",
      '-',
      '1',
    ];
    const more = ['Officials', 'Bars', 'thermal', 'é', '’', ',', '\u00a0', 'Émile'];
    let seed = 3;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const all = [...parts, ...more];
    for (let t = 0; t < 20000; t++) {
      let w = '';
      const k = next() % 6;
      for (let i = 0; i < k; i++) w += all[next() % all.length];
      expect(unknownName(w), JSON.stringify(w)).toBe(byPatterns(w));
    }
    expect(unknownName('the Pentagon')).toBe(true);
    expect(unknownName('Officials')).toBe(false);
    expect(unknownName('the pentagon')).toBe(false);
  });
});
