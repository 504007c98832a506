import { describe, expect, it } from 'vitest';
import {
  allLower,
  DocWords,
  scanWords,
  startsAlnum,
  startsLetter,
  startsLower,
  TokenBytes,
  TokenMemo,
  type Word,
} from '../quantities/words.ts';
import { EN_QUOTES, ESTIMATE_VERBS } from './lexicon.ts';
import {
  F_COLON,
  F_CUE_FIRST,
  F_ESTIMATE,
  F_GENERAL_FIRST,
  F_HINT,
  F_VOCAB,
  fillWordFlags,
} from './word-flags.ts';

describe('word flags', () => {
  it('are the set memberships the rules read, bit by bit', () => {
    const lex = EN_QUOTES;
    // Every lexicon word, a few that are in none of the sets, marks and mixed case.
    const words = [
      ...lex.hintWords,
      ...lex.cueFirstWords,
      ...lex.generalFirst,
      ...(lex.classifier?.vocab ?? []),
      'the',
      'table',
      'Zapad-2021',
      '“',
      '—',
      ':',
      '20,000',
      'Said',
      'ΣΑΣ',
    ];
    const text = words.join(' ');
    const scanned = scanWords(text, 0, text.length);
    const { flags, hint } = fillWordFlags(scanned, lex, new Uint8Array(0));
    expect(hint).toBe(true);
    for (let k = 0; k < scanned.length; k++) {
      const l = scanned[k]!.lower;
      const expected =
        (lex.hintWords.has(l) ? F_HINT : 0) |
        (ESTIMATE_VERBS.has(l) ? F_ESTIMATE : 0) |
        (lex.cueFirstWords.has(l) ? F_CUE_FIRST : 0) |
        (lex.generalFirst.has(l) ? F_GENERAL_FIRST : 0) |
        (lex.classifier?.vocab.has(l) ? F_VOCAB : 0) |
        (l === ':' ? F_COLON : 0);
      expect(flags[k], l).toBe(expected);
    }
  });

  it('find a hint in a sentence with a colon only', () => {
    const text = 'Iran: the bridge over the river was closed';
    const { hint } = fillWordFlags(scanWords(text, 0, text.length), EN_QUOTES, new Uint8Array(4));
    expect(hint).toBe(true);
  });

  it('find no hint in a sentence without a hint word or a colon', () => {
    const text = 'The bridge over the river was closed for repairs in May.';
    const { hint } = fillWordFlags(scanWords(text, 0, text.length), EN_QUOTES, new Uint8Array(4));
    expect(hint).toBe(false);
  });
});

describe('scanWords lower forms', () => {
  it('follow the scanner rule: lower-cased when the token opens with a capital or a non-ASCII unit, or holds an ASCII capital', () => {
    // Random text over capitals, joiners, marks and non-ASCII letters (a fixed seed).
    const alphabet = [
      'a',
      'b',
      'Z',
      'Q',
      '1',
      '-',
      "'",
      '’',
      '.',
      ',',
      ' ',
      ' ',
      '“',
      '—',
      'é',
      'É',
      'Σ',
      'ß',
      'İ',
      '𝐀',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let k = 0; k < 40; k++) text += alphabet[next() % alphabet.length];
      for (const w of scanWords(text, 0, text.length)) {
        const c = w.text.charCodeAt(0);
        const capital = /[A-Z]/.test(w.text.slice(1));
        const expected = (c >= 65 && c <= 90) || c > 127 || capital ? w.text.toLowerCase() : w.text;
        expect(w.lower, w.text).toBe(expected);
      }
    }
  });

  it('lower-case a token opening with a non-ASCII unit exactly as toLowerCase does', () => {
    const text = '“Émile” — ΣΟΦΟΣ ½ ñandú Ⓐb İstanbul 𝐀bc «x»';
    for (const w of scanWords(text, 0, text.length))
      if (w.text.charCodeAt(0) > 127) expect(w.lower).toBe(w.text.toLowerCase());
  });
});

describe('interned tokens', () => {
  it('keep each token equal to its span of the text, past a full table and on repeated words', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    // Over 70,000 distinct tokens (the table holds 65,536 and is cleared when full), each met twice.
    const parts: string[] = [];
    for (let k = 0; k < 70000; k++) parts.push(`W${k.toString(36)}x${next() % 97}`);
    const text = `${parts.join(' ')} ${parts.join(' ')} “Émile” Σ 𝐀bc`;
    const words = scanWords(text, 0, text.length);
    expect(words.length).toBe(140000 + 6);
    for (const w of words) {
      expect(w.text).toBe(text.slice(w.start, w.end));
      expect(w.lower).toBe(w.text.charCodeAt(0) < 128 ? w.text.toLowerCase() : w.lower);
    }
  });

  it('give memoised values by token id that stay right after the table is cleared', () => {
    const memo = new TokenMemo((w) => w.lower.length);
    const first = scanWords('Said the minister', 0, 17);
    for (const w of first) expect(memo.of(w)).toBe(w.lower.length);
    // Over 65,536 new tokens: the table is cleared and its entries reused by other tokens.
    const parts: string[] = [];
    for (let k = 0; k < 70000; k++) parts.push(`q${k.toString(36)}`);
    const text = parts.join(' ');
    const later = scanWords(text, 0, text.length);
    for (const w of later.slice(-50)) expect(memo.of(w)).toBe(w.lower.length);
    for (const w of first) expect(memo.of(w)).toBe(w.lower.length);
    expect(memo.of({ start: 0, end: 3, text: 'Abc', lower: 'abc' })).toBe(3);
  });

  it('give memoised bytes by token id that stay right after the table is cleared (TokenBytes)', () => {
    const memo = new TokenBytes((w) => (w.lower.length > 3 ? 300 : w.lower.length));
    const want = (w: Word) => (w.lower.length > 3 ? 300 : w.lower.length);
    const first = scanWords('Said the minister', 0, 17);
    for (const w of first) expect(memo.of(w)).toBe(want(w));
    for (const w of first) expect(memo.of(w)).toBe(want(w));
    const parts: string[] = [];
    for (let k = 0; k < 70000; k++) parts.push(`q${k.toString(36)}`);
    const text = parts.join(' ');
    const later = scanWords(text, 0, text.length);
    for (const w of later.slice(-50)) expect(memo.of(w)).toBe(want(w));
    for (const w of first) expect(memo.of(w)).toBe(want(w));
    expect(memo.of({ start: 0, end: 3, text: 'Abc', lower: 'abc' })).toBe(3);
  });

  it('give one id per distinct token, short (keyed whole) and long (compared)', () => {
    // Tokens of one to six units from a small alphabet, ASCII and not: every short key and many
    // colliding hashes; equal ids must mean equal text, and equal text equal ids.
    let seed = 5;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = "aAbB1é“—Σ\u00a0.,-'";
    const parts: string[] = [];
    for (let k = 0; k < 6000; k++) {
      const n = 1 + next(6);
      let t = '';
      for (let u = 0; u < n; u++) t += alphabet[next(alphabet.length)];
      parts.push(t);
    }
    const text = parts.join(' ');
    const words = scanWords(text, 0, text.length);
    const idOf = new Map<string, number>();
    const textOf = new Map<number, string>();
    for (const w of words) {
      expect(w.text).toBe(text.slice(w.start, w.end));
      expect(w.id).toBeGreaterThanOrEqual(0);
      if (!idOf.has(w.text)) idOf.set(w.text, w.id!);
      expect(w.id).toBe(idOf.get(w.text));
      if (!textOf.has(w.id!)) textOf.set(w.id!, w.text);
      expect(w.text).toBe(textOf.get(w.id!));
    }
    expect(idOf.size).toBeGreaterThan(300);
  });

  it('tell apart tokens whose scan hashes collide', () => {
    // `Aa` and `BB` have the same polynomial hash (65·31 + 97 = 66·31 + 66).
    const text = 'Aa BB Aa BB';
    expect(scanWords(text, 0, text.length).map((w) => w.text)).toEqual(['Aa', 'BB', 'Aa', 'BB']);
  });
});

describe('document tokens', () => {
  it('read any range as scanWords scans it', () => {
    const alphabet = ['a', 'B', '1', '-', "'", '’', '.', ',', ' ', '\n', '“', '—', 'é', '𝐀', ':'];
    let seed = 5;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let k = 0; k < 300; k++) text += alphabet[next() % alphabet.length];
      const doc = new DocWords(text);
      for (let q = 0; q < 60; q++) {
        const from = next() % (text.length + 1);
        const to = Math.min(text.length, from + (next() % 40));
        expect(doc.range(from, to), `${from}-${to}`).toEqual(scanWords(text, from, to));
      }
    }
  });
});

describe('char-code tests of words', () => {
  it('agree with the regular expressions they replace', () => {
    for (const t of [
      '',
      'a',
      'Z',
      'said',
      'Said',
      '9',
      '“',
      'é',
      'Émile',
      'ß',
      'σ',
      'Σ',
      'ǅ',
      '_',
      '’s',
      '𝐀b',
      'ⓐ',
    ]) {
      expect(startsLower(t), t).toBe(/^\p{Ll}/u.test(t));
      expect(startsLetter(t), t).toBe(/^\p{L}/u.test(t));
      expect(startsAlnum(t), t).toBe(/^[\p{L}\p{N}]/u.test(t));
      expect(allLower(t, 1), t).toBe(/^\p{Ll}+$/u.test(t));
      expect(allLower(t, 3), t).toBe(/^\p{Ll}{3,}$/u.test(t));
    }
  });
});
