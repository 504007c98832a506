import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { queryParts, toFtsQuery } from './fts.ts';
import { forEachToken } from './search-tokens.ts';
import { TermIndex } from './term-index.ts';

/** A phrase's terms as the tokenizer reads them. */
/** The C library's natural logarithm, as FTS5's bm25 takes it (SQLite's `ln()`). */
const lnDb = new Database(':memory:');
const lnOf = lnDb.prepare('SELECT ln(?)').pluck();
const log = (x: number) => lnOf.get(x) as number;

const tokens = (text: string) => {
  const out: string[] = [];
  forEachToken(text, (term) => out.push(term));
  return out;
};

const WORDS = ['troops', 'Brest', 'drills', 'Nausėda', 'convoy', 'the', 'tanks', 'Minsk', 'border', 'the'];

/** Titles and texts of varied lengths and term counts, some titles missing, some texts alike. */
function rows(n: number): [title: string | null, text: string][] {
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 2 + ((i * 7) % 13) }, (_, j) => WORDS[(i * 3 + j * j) % WORDS.length]);
    const title = i % 5 === 0 ? null : `${WORDS[i % WORDS.length]} report ${i % 3}`;
    return [title, `${words.join(' ')}, said the NAUSEDA office.`];
  });
}

/** FTS5's rowids and bm25 for a query, from a table made like `documents_fts`. */
function fts5(data: readonly [string | null, string][], query: string): [number, number][] {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE f USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO f (rowid, title, text) VALUES (?, ?, ?)');
  for (const [i, [title, text]] of data.entries()) insert.run(i + 1, title, text);
  const out = db
    .prepare('SELECT rowid, bm25(f, 4.0, 1.0) FROM f WHERE f MATCH ? ORDER BY rowid')
    .raw()
    .all(query) as [number, number][];
  db.close();
  return out;
}

describe('TermIndex', () => {
  const data = rows(120);
  const index = new TermIndex({ log });
  // Nothing kept between queries: every match merges lists (the paths a large store takes for
  // terms past the bound of kept shares).
  const unkept = new TermIndex({ log, maxShareBytes: 0 });
  for (const [i, [title, text]] of data.entries()) {
    index.add(i + 1, title, text);
    unkept.add(i + 1, title, text);
  }

  it.each([
    ['one common term', ['troops'], '"troops"'],
    ['two terms', ['troops', 'brest'], '"troops" "brest"'],
    ['a term with diacritics in the text', ['nauseda'], '"nauseda"'],
    ['a term in most rows (idf floored)', ['the'], '"the"'],
    ['a repeated term (counts twice, as in FTS5)', ['drills', 'drills'], '"drills" "drills"'],
    ['a title word', ['report', 'minsk'], '"report" "minsk"'],
    ['three terms', ['tanks', 'border', 'convoy'], '"tanks" "border" "convoy"'],
    ['three terms, the rarest last', ['the', 'troops', 'report'], '"the" "troops" "report"'],
    ['three terms, one repeated', ['brest', 'minsk', 'brest'], '"brest" "minsk" "brest"'],
    ['four terms', ['troops', 'said', 'the', 'office'], '"troops" "said" "the" "office"'],
    ['one term alone in the title', ['report'], '"report"'],
    ['a term in no row', ['submarine'], '"submarine"'],
    ['one known and one unknown term', ['troops', 'submarine'], '"troops" "submarine"'],
  ])('matches and scores %s exactly as FTS5 bm25', (_name, terms, query) => {
    const expected = fts5(data, query);
    // Each case but the ones about absent terms finds rows (or it could not fail).
    expect(expected.length > 0).toBe(!/no row|unknown/.test(_name));
    for (const searched of [index, unkept, index]) {
      const got = searched.match(terms);
      expect([...got.rids]).toEqual(expected.map(([rid]) => rid));
      // Same formula in the same order of operations: the same doubles.
      expect([...got.scores]).toEqual(expected.map(([, score]) => score));
    }
  });

  it('scores as FTS5 after rows are added to an index whose shares were kept', () => {
    const first = rows(60);
    const later: [string | null, string][] = [
      ...first,
      ...rows(90).slice(60),
      [null, 'troops troops troops'],
    ];
    const grown = new TermIndex({ log });
    for (const [i, [title, text]] of first.entries()) grown.add(i + 1, title, text);
    const queries = [['troops'], ['troops', 'the'], ['the', 'troops', 'brest'], ['brest', 'minsk']];
    for (const terms of queries) grown.match(terms);
    for (const [i, [title, text]] of later.entries()) if (i >= first.length) grown.add(i + 1, title, text);
    for (const terms of queries) {
      const expected = fts5(later, terms.map((t) => `"${t}"`).join(' '));
      expect(expected.length).toBeGreaterThan(0);
      const got = grown.match(terms);
      expect([...got.rids]).toEqual(expected.map(([rid]) => rid));
      expect([...got.scores]).toEqual(expected.map(([, score]) => score));
    }
  });

  it('matches a rare term with common ones (the rarest list drives) exactly as FTS5 bm25', () => {
    const more: [string | null, string][] = [
      ...data,
      [null, 'A rare sighting of troops near the border.'],
      ['Rare convoy', 'the troops, the border, the convoy'],
    ];
    const big = new TermIndex({ log });
    for (const [i, [title, text]] of more.entries()) big.add(i + 1, title, text);
    for (const terms of [
      ['rare', 'troops', 'the'],
      ['the', 'border', 'rare', 'troops'],
    ]) {
      const expected = fts5(more, terms.map((t) => `"${t}"`).join(' '));
      expect(expected.length).toBeGreaterThan(0);
      const got = big.match(terms);
      expect([...got.rids]).toEqual(expected.map(([rid]) => rid));
      expect([...got.scores]).toEqual(expected.map(([, score]) => score));
    }
  });

  it('counts documents per term and keeps rows added later', () => {
    const more = new TermIndex();
    more.add(3, 'Convoy', 'convoy near Brest');
    more.add(10, null, 'brest again');
    expect(more.documents('brest')).toBe(2);
    expect(more.documents('convoy')).toBe(1);
    expect([...more.match(['brest']).rids]).toEqual([3, 10]);
    expect(() => more.add(10, null, 'again')).toThrow(/rowid 10 after 10/);
  });

  it('answers nothing from an empty index or an empty query', () => {
    expect(new TermIndex().match(['troops']).rids.length).toBe(0);
    expect(index.match([]).rids.length).toBe(0);
  });

  /** Rows where phrases, repeats and prefixes have something to find (and to miss). */
  const phrased: [string | null, string][] = [
    ['Troops at the border', 'Tanks crossed the border near Brest; the troops border the river.'],
    ['Border troops', 'troops troops troops at the Brest border, troops border'],
    ['Tanks', 'The border. Troops arrived: border troops, then border-troops again.'],
    [null, 'Nausėda said the troops would stay; NAUSEDA troops, Nauseda\u2019s troops.'],
    ['Report on troops', 'border'],
    ['Drills report', 'drill drills drilling driller drilled; the drills near Brest.'],
    ['Brest', 'troops near Brest, tank tanks tanker.'],
    [null, 'x'],
    ...rows(60),
  ];
  const pindex = new TermIndex({ log });
  for (const [i, [title, text]] of phrased.entries()) pindex.add(i + 1, title, text);

  it.each([
    ['a phrase', '"border troops"'],
    ['a phrase with punctuation between its words', '"border, troops"'],
    ['a phrase typed with a hyphen', 'border-troops'],
    ['a phrase whose words are present but never adjacent', '"Brest troops"'],
    ['a phrase in reverse order', '"troops border"'],
    ['a phrase across title and text (no match)', '"border tanks"'],
    ['a phrase of a repeated word (overlapping instances)', '"troops troops"'],
    ['a phrase with diacritics and an apostrophe', '"Nausėda\u2019s troops"'],
    ['a phrase of three words', '"troops at the"'],
    ['a phrase with a word in no row', '"border submarine"'],
    ['a phrase and a word', '"border troops" Brest'],
    ['two phrases', '"border troops" "the troops"'],
    ['a prefix', 'dril*'],
    ['a prefix that is a whole word too', 'tank*'],
    ['a one-letter prefix', 't*'],
    ['a prefix matching nothing', 'zq*'],
    ['a prefix and a word', 'dril* brest'],
    ['a prefix with diacritics', 'nausė*'],
    ['a prefix and a phrase', 'bre* "the troops"'],
    ['a prefix repeated', 'tro* tro*'],
  ])('matches and scores %s exactly as FTS5 bm25', (_name, typed) => {
    const fts = toFtsQuery(typed)!;
    const expected = fts5(phrased, fts);
    const got = pindex.matchParts(queryParts(fts, tokens)!)!;
    expect([...got.rids]).toEqual(expected.map(([rid]) => rid));
    expect([...got.scores]).toEqual(expected.map(([, score]) => score));
  });

  it('finds phrases in rows added after a prefix search sorted the terms', () => {
    const more = new TermIndex();
    more.add(1, null, 'alpha beta');
    expect([...more.matchParts([{ terms: ['alp'], prefix: true }])!.rids]).toEqual([1]);
    more.add(2, null, 'alpine beta');
    expect(more.termsWithPrefix('alp', 10)).toEqual(['alpha', 'alpine']);
    expect([...more.matchParts([{ terms: ['alp'], prefix: true }])!.rids]).toEqual([1, 2]);
  });

  it('leaves to FTS5 a phrase ending in a prefix, and phrases once the positions are over their bound', () => {
    expect(pindex.matchParts([{ terms: ['border', 'tro'], prefix: true }])).toBeNull();
    const small = new TermIndex({ maxPositionBytes: 64, log });
    for (const [i, [title, text]] of phrased.entries()) small.add(i + 1, title, text);
    expect(small.positional).toBe(false);
    expect(small.matchParts([{ terms: ['border', 'troops'], prefix: false }])).toBeNull();
    // Terms and prefixes need no positions.
    expect([...small.matchParts([{ terms: ['dril'], prefix: true }])!.rids]).toEqual(
      fts5(phrased, '"dril"*').map(([rid]) => rid),
    );
  });

  it("takes idf's logarithm from the function it is given (V8's differs from the C library's)", () => {
    // ln(26.6): the C library rounds correctly, V8 is one unit in the last place below.
    expect(log(26.6)).not.toBe(Math.log(26.6));
    const v8 = new TermIndex();
    for (const [i, [title, text]] of phrased.entries()) v8.add(i + 1, title, text);
    const part = [{ terms: ['border', 'troops'], prefix: false }];
    expect([...v8.matchParts(part)!.scores]).not.toEqual([...pindex.matchParts(part)!.scores]);
  });

  it('orders prefix terms by the rows holding them', () => {
    expect(pindex.termsWithPrefix('dril', 2)).toEqual(['drills', 'drill']);
    expect(pindex.termsWithPrefix('zq', 5)).toEqual([]);
  });
});
