import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldToken, forEachToken, readToken, tokenReader, tokensByPattern } from './search-tokens.ts';

/** The terms SQLite's FTS5 makes of `text` with the tokenizer `documents_fts` uses, in order. */
function sqliteTerms(texts: readonly string[]): string[][] {
  const db = new Database(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE f USING fts5(a, tokenize = 'unicode61 remove_diacritics 2');" +
      "CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance');",
  );
  const insert = db.prepare('INSERT INTO f (rowid, a) VALUES (?, ?)');
  for (const [i, t] of texts.entries()) insert.run(i + 1, t);
  const terms = db.prepare('SELECT term FROM v WHERE doc = ? ORDER BY offset').pluck();
  const out = texts.map((_, i) => terms.all(i + 1) as string[]);
  db.close();
  return out;
}

const ours = (text: string) => {
  const terms: string[] = [];
  forEachToken(text, (t) => terms.push(t));
  return terms;
};

describe('search tokens', () => {
  const cases: [name: string, text: string][] = [
    ['English with punctuation', "Troops near Brest, the OSCE's monitors said (2,500 tanks; $7.6bn)."],
    ['apostrophes and hyphens split', "O’Neill don't Zapad-2021 build-up U.S."],
    ['Latin diacritics dropped', 'Nausėda Café naïve coöperate Ångström Škoda Dvořák ţară Đorđe İstanbul'],
    ['letters without a Latin base kept', 'Łódź Øre Æsir straße ĳssel đ'],
    ['decomposed diacritics joined and dropped', 'cafe\u0301 Nause\u0307da'],
    ['other combining marks separate', 'a\u0332b c\u20ddd'],
    ['case folding beyond lower case', 'ΣΟΦΟΣ σοφος µ ſ ϐ K Ω'],
    ['Cyrillic and Greek keep their marks', 'Йошкар-Ола ёлка Ἀθῆναι Україна'],
    ['digits and other scripts', '日本語 テスト ٣٤ १२ ½ ²'],
    ['separators only', ' \t—–…“”‘’!?.,;:()[]{}<>/\\|@#%^&*+=~`'],
  ];

  it.each(cases)('splits and folds %s as SQLite does', (_name, text) => {
    const [expected] = sqliteTerms([text]);
    expect(ours(text)).toEqual(expected);
  });

  it('agrees with SQLite on every assigned character from U+00A0 to U+058F inside and at the start of a word', () => {
    // Ǡ ǡ (A with dot above and macron) are the two SQLite keeps whole; letters added to Unicode
    // after SQLite's tables (U+037F, U+0528–U+052F) it does not case-fold.
    const known = new Set([0x1e0, 0x1e1, 0x37f, 0x528, 0x52a, 0x52c, 0x52e, 0x58d, 0x58e]);
    const texts: string[] = [];
    for (let c = 0xa0; c < 0x590; c++) {
      const ch = String.fromCodePoint(c);
      if (!/\p{Cn}/u.test(ch) && !known.has(c)) texts.push(`a${ch}b ${ch}X`);
    }
    const expected = sqliteTerms(texts);
    const mismatches = texts.filter((t, i) => ours(t).join('|') !== expected[i]!.join('|'));
    expect(mismatches).toEqual([]);
  });

  it('gives spans that cut the token out of the text', () => {
    const text = 'Café in Łódź, cafe\u0301 too';
    const spans: [string, string][] = [];
    forEachToken(text, (term, start, end) => spans.push([term, text.slice(start, end)]));
    expect(spans).toEqual([
      ['cafe', 'Café'],
      ['in', 'in'],
      ['łodz', 'Łódź'],
      ['cafe', 'cafe\u0301'],
      ['too', 'too'],
    ]);
  });

  it('cuts every BMP code unit as the token pattern does, alone, after an ASCII run and between two', () => {
    const byPattern = (text: string) => tokensByPattern(text).map((t) => [t.term, t.start, t.end]);
    const byCode = (text: string) => {
      const out: [string, number, number][] = [];
      forEachToken(text, (term, start, end) => out.push([term, start, end]));
      return out;
    };
    const wrong: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      // Twice each: the first sight of a code unit learns its kind, the second reads what was learnt.
      for (const text of [`${ch}`, `Ab${ch}`, `Ab${ch}9z`, `${ch}${ch} x`, `Ab${ch}9z`])
        if (JSON.stringify(byCode(text)) !== JSON.stringify(byPattern(text))) wrong.push(text);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('cuts the same spans and terms by char code as the token pattern does (ASCII runs beside any character)', () => {
    const byPattern = (text: string) => tokensByPattern(text).map((t) => [t.term, t.start, t.end]);
    const byCode = (text: string) => {
      const out: [string, number, number][] = [];
      forEachToken(text, (term, start, end) => out.push([term, start, end]));
      return out;
    };
    const piece = fc.constantFrom(
      'Troops',
      'x9',
      ' ',
      '-',
      "'",
      '’',
      'é',
      'e\u0301',
      '\u0301',
      'Ł',
      'Σ',
      '日本',
      '½',
      '\u{1F600}',
      '.',
      '—',
      '“',
      '\u00a0',
      '\u200b',
      '\u0308',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(byCode(text)).toEqual(byPattern(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const next = tokenReader(text);
        const lazily: [string, number, number][] = [];
        for (let t = next(); t !== null; t = next()) lazily.push([t.term, t.start, t.end]);
        expect(lazily).toEqual(byPattern(text));
      }),
      { numRuns: 200 },
    );
    // Unfolded: the same spans; an empty term exactly where the folded term is the ASCII run lower-cased.
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const t = { term: '', start: 0, end: 0 };
        const unfolded: [string, number, number][] = [];
        for (let at = 0; readToken(text, at, t, false); at = t.end) {
          const raw = text.slice(t.start, t.end);
          unfolded.push([
            t.term === '' && /^[A-Za-z0-9]+$/.test(raw) ? raw.toLowerCase() : t.term,
            t.start,
            t.end,
          ]);
          if (t.term === '') expect(raw).toMatch(/^[A-Za-z0-9]+$/);
        }
        expect(unfolded).toEqual(byPattern(text));
      }),
      { numRuns: 300 },
    );
    expect(byCode('')).toEqual([]);
    expect(byCode('’Russia’s')).toEqual([
      ['russia', 1, 7],
      ['s', 8, 9],
    ]);
  });

  it('reads the same tokens lazily, also when readers interleave', () => {
    const a = tokenReader('one two three');
    const b = tokenReader('four five');
    expect([a()?.term, b()?.term, a()?.term, b()?.term, a()?.term, b(), a()]).toEqual([
      'one',
      'four',
      'two',
      'five',
      'three',
      null,
      null,
    ]);
  });

  it.each([
    ['Troops', 'troops'],
    ['NAUSĖDA', 'nauseda'],
    ['Łódź', 'łodz'],
    ['ΣΟΦΟΣ', 'σοφοσ'],
    ['\u0301', ''],
  ])('folds %s to %s', (raw, folded) => {
    expect(foldToken(raw)).toBe(folded);
  });
});
