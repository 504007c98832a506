import { describe, expect, it } from 'vitest';
import { isStop, LineStops, lineEnd, STOPS, wordBefore } from './direct.ts';
import { END_PUNCT, endPunct } from './indirect.ts';

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

describe('LineStops', () => {
  it('finds line ends and starts as the unit-by-unit reads do (random text and windows)', () => {
    const lineStart = (text: string, i: number, limit: number) => {
      for (let k = i - 1; k >= limit; k--) if (text.charCodeAt(k) === 10) return k + 1;
      return limit;
    };
    const parts = ['a', ' ', '\n', '“', '”', 'said', '\n\n'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 8;
    };
    for (let t = 0; t < 3000; t++) {
      let text = '';
      const k = next() % 20;
      for (let i = 0; i < k; i++) text += parts[next() % parts.length];
      const stops = new LineStops(text);
      for (let z = 0; z < 10; z++) {
        const i = next() % (text.length + 1);
        const reach = next() % 8;
        const ahead = Math.min(text.length, i + reach);
        expect(stops.end(i, ahead)).toBe(lineEnd(text, i, ahead));
        const back = Math.max(0, i - reach);
        expect(stops.start(i, back)).toBe(lineStart(text, i, back));
      }
    }
  });
});

describe('isStop and endPunct', () => {
  it('hold the tokens of STOPS and END_PUNCT, and only them', () => {
    const wrong: string[] = [];
    const tokens = ['', 'ab', '..', '?!', '“a'];
    for (let c = 0; c < 0x10000; c++) tokens.push(String.fromCharCode(c));
    for (const t of tokens) {
      if (isStop(t) !== STOPS.has(t)) wrong.push(`stop ${t}`);
      if (endPunct(t) !== END_PUNCT.has(t)) wrong.push(`end ${t}`);
    }
    expect(wrong).toEqual([]);
  });
});
