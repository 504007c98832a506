import { describe, expect, it } from 'vitest';
import { wordBefore } from './direct.ts';

describe('wordBefore', () => {
  it('reads the units before an offset as its pattern does (random strings)', () => {
    const alpha = [
      'a',
      'Z',
      '5',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      'é',
      '“',
      ',',
      '-',
      '\u2003',
      '𝐀',
      '\ud835',
      '_',
      '٣',
    ];
    let seed = 9;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 8;
    };
    for (let t = 0; t < 20000; t++) {
      let s = '';
      const k = next() % 6;
      for (let i = 0; i < k; i++) s += alpha[next() % alpha.length];
      const at = next() % (s.length + 1);
      const want = /[\p{L}\p{N}]\s*$/u.test(s.slice(Math.max(0, at - 3), at));
      expect(wordBefore(s, at), `${JSON.stringify(s)} ${at}`).toBe(want);
    }
  });
});
