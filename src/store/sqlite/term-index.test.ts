import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TermIndex } from './term-index.ts';

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
  const index = new TermIndex();
  for (const [i, [title, text]] of data.entries()) index.add(i + 1, title, text);

  it.each([
    ['one common term', ['troops'], '"troops"'],
    ['two terms', ['troops', 'brest'], '"troops" "brest"'],
    ['a term with diacritics in the text', ['nauseda'], '"nauseda"'],
    ['a term in most rows (idf floored)', ['the'], '"the"'],
    ['a repeated term (counts twice, as in FTS5)', ['drills', 'drills'], '"drills" "drills"'],
    ['a title word', ['report', 'minsk'], '"report" "minsk"'],
    ['three terms', ['tanks', 'border', 'convoy'], '"tanks" "border" "convoy"'],
    ['a term in no row', ['submarine'], '"submarine"'],
    ['one known and one unknown term', ['troops', 'submarine'], '"troops" "submarine"'],
  ])('matches and scores %s exactly as FTS5 bm25', (_name, terms, query) => {
    const expected = fts5(data, query);
    const got = index.match(terms);
    expect([...got.rids]).toEqual(expected.map(([rid]) => rid));
    // Same formula in the same order of operations: the same doubles.
    expect([...got.scores]).toEqual(expected.map(([, score]) => score));
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
});
