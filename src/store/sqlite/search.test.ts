import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDoc, fixtureRecord } from '../../api/fixtures.ts';
import type { SearchPageOptions } from '../types.ts';
import { SEARCH_MEMO_QUERIES } from './constants.ts';
import { toFtsQuery } from './fts.ts';
import { SqliteStore } from './index.ts';

const OUTLETS = ['Baltic Wire', 'Kyiv Ledger', 'Riga Signal'];
const WORDS = ['drills', 'troops', 'Brest', 'Gomel', 'border', 'tanks', 'convoy', 'statement'];

/** Deterministic texts: word counts vary so bm25 scores differ, and some texts repeat (score ties). */
function corpus(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 3 + (i % 7) }, (_, j) => WORDS[(i * 3 + j * 5) % WORDS.length]);
    const day = 1 + (i % 28);
    return {
      text: `${words.join(' ')} near ${i % 4 === 0 ? 'Brest' : 'Minsk'}.`,
      title: i % 9 === 0 ? 'Drills report' : `Note ${i % 5}`,
      outlet: OUTLETS[i % OUTLETS.length]!,
      published: i % 11 === 0 ? null : `2022-${i % 2 === 0 ? '01' : '02'}-${String(day).padStart(2, '0')}`,
      url: `https://x.test/${i}`,
    };
  });
}

describe('SqliteSearch', () => {
  let dir: string;
  let path: string;
  let store: SqliteStore;
  let db: Database.Database;

  /** Every current match in rank order (bm25, then id), straight from SQL: the reference. */
  const reference = (q: string, f: Omit<SearchPageOptions, 'limit'> = {}) => {
    const where = ['documents_fts MATCH ?', 'd.superseded_by IS NULL'];
    const params: string[] = [toFtsQuery(q)!];
    if (f.outlet !== undefined) {
      where.push('d.outlet = ?');
      params.push(f.outlet);
    }
    if (f.format !== undefined) {
      where.push('d.format = ?');
      params.push(f.format);
    }
    if (f.from !== undefined) {
      where.push('substr(d.published, 1, 10) >= ?');
      params.push(f.from);
    }
    if (f.to !== undefined) {
      where.push('substr(d.published, 1, 10) <= ?');
      params.push(f.to);
    }
    return db
      .prepare(
        `SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
         WHERE ${where.join(' AND ')} ORDER BY bm25(documents_fts, 4.0, 1.0), d.id`,
      )
      .pluck()
      .all(...params) as string[];
  };

  /** Every page of a query, walked by offset. */
  const walk = async (q: string, f: Omit<SearchPageOptions, 'limit'>, limit: number) => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = await store.searchPage(q, { ...f, limit, offset });
      ids.push(...page.hits.map((h) => h.id));
      if (page.hits.length < limit) return ids;
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-search-'));
    path = join(dir, 's.db');
    store = SqliteStore.open(path);
    for (const spec of corpus(60)) await store.put(fixtureRecord(fixtureDoc(spec)));
    db = new Database(path, { readonly: true });
  });
  afterEach(async () => {
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: { name: string; q: string; f: Omit<SearchPageOptions, 'limit'>; limit: number }[] = [
    { name: 'broad query, small pages', q: 'drills', f: {}, limit: 4 },
    { name: 'two terms, odd page size', q: 'troops Brest', f: {}, limit: 7 },
    { name: 'outlet filter', q: 'drills', f: { outlet: 'Kyiv Ledger' }, limit: 3 },
    { name: 'day range', q: 'tanks', f: { from: '2022-01-05', to: '2022-02-10' }, limit: 5 },
    { name: 'OR', q: 'convoy OR border', f: {}, limit: 6 },
    { name: 'filter with no match', q: 'drills', f: { outlet: 'Nowhere Times' }, limit: 5 },
    { name: 'term with no match', q: 'submarine', f: {}, limit: 5 },
    { name: 'a phrase', q: '"border troops"', f: {}, limit: 4 },
    { name: 'a phrase in the title', q: '"drills report"', f: {}, limit: 3 },
    { name: 'a phrase and a filter', q: '"tanks Brest"', f: { outlet: 'Riga Signal' }, limit: 2 },
    { name: 'a phrase whose words are never adjacent', q: '"Brest troops"', f: {}, limit: 5 },
    { name: 'a quoted phrase with punctuation', q: '"near, Brest."', f: {}, limit: 5 },
    { name: 'a prefix', q: 'tro*', f: {}, limit: 6 },
    { name: 'a one-letter prefix and a word', q: 'b* Minsk', f: {}, limit: 6 },
    { name: 'a prefix matching nothing', q: 'zq*', f: {}, limit: 5 },
    { name: 'a prefix and a phrase', q: 'con* "near Minsk"', f: { from: '2022-02-01' }, limit: 4 },
  ];

  it.each(cases)('pages through $name in the reference order, twice', async ({ q, f, limit }) => {
    const expected = reference(q, f);
    // First walk: the first page comes from a heap, the rest from the sorted matches; second walk: kept.
    expect(await walk(q, f, limit)).toEqual(expected);
    expect(await walk(q, f, limit)).toEqual(expected);
    const first = await store.searchPage(q, { ...f, limit });
    expect(first.total).toBe(expected.length);
    const outlets = first.facets.outlet.reduce((n, b) => n + b.count, 0);
    expect(outlets).toBe(expected.length);
  });

  it.each(cases)(
    'answers any page of $name as a first request in the reference order',
    async ({ q, f, limit }) => {
      const expected = reference(q, f);
      for (let offset = 0; offset <= expected.length; offset += limit) {
        // A fresh connection has kept nothing: each page comes from SQLite's top-k.
        const fresh = SqliteStore.open(path);
        const page = await fresh.searchPage(q, { ...f, limit, offset });
        await fresh.close();
        expect(page.hits.map((h) => h.id)).toEqual(expected.slice(offset, offset + limit));
        expect(page.total).toBe(expected.length);
      }
    },
  );

  it.each(['"border troops"', 'drills "tanks Brest"', 'tro*', 'b* Minsk', 'con* "near Minsk"'])(
    'scores %s as FTS5 bm25 does, to the last bit, and marks its words in the snippets',
    async (q) => {
      const bm25 = new Map(
        (
          db
            .prepare(
              `SELECT d.id, bm25(documents_fts, 4.0, 1.0) FROM documents_fts
             JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?`,
            )
            .raw()
            .all(toFtsQuery(q)!) as [string, number][]
        ).map(([id, score]) => [id, -score]),
      );
      const page = await store.searchPage(q, { limit: 50 });
      expect(page.hits.length).toBeGreaterThan(0);
      for (const hit of page.hits) {
        expect(hit.score).toBe(bm25.get(hit.id));
        if (!hit.snippet.includes('\u0001')) continue;
        const marked = [...hit.snippet.matchAll(/\u0001([^\u0002]*)\u0002/g)].map((m) => m[1]!.toLowerCase());
        for (const word of marked)
          expect(
            ['border', 'troops', 'drills', 'tanks', 'brest', 'near', 'minsk'].includes(word) ||
              /^(tro|b|con)/.test(word),
          ).toBe(true);
      }
    },
  );

  it.each([
    ['drills', {}],
    ['"border troops"', { outlet: 'Kyiv Ledger' }],
    ['tro*', { from: '2022-02-01' }],
  ] as const)(
    'answers %s asked three times (one pass, then kept, then sorted) in the reference order',
    async (q, f) => {
      const expected = reference(q, f);
      const limit = 100;
      const pages = [];
      for (let ask = 0; ask < 3; ask++) pages.push(await store.searchPage(q, { ...f, limit }));
      for (const page of pages) {
        expect(page.hits.map((h) => h.id)).toEqual(expected);
        expect(page).toEqual(pages[0]);
      }
      const shallow = await store.searchPage(q, { ...f, limit: 3, offset: 1 });
      expect(shallow.hits).toEqual(pages[0]!.hits.slice(1, 4));
    },
  );

  it('gives the same scores and snippets from the top-k as from scoring every match', async () => {
    const first = await store.searchPage('troops Brest', { limit: 10 });
    const again = await store.searchPage('troops Brest', { limit: 10 });
    expect(again).toEqual(first);
  });

  it('cites each hit from its own document (id, title, snippet)', async () => {
    const page = await store.searchPage('drills', { limit: 30 });
    expect(page.hits.length).toBeGreaterThan(5);
    for (const h of page.hits) {
      const row = db.prepare('SELECT title, text FROM documents WHERE id = ?').get(h.id) as {
        title: string;
        text: string;
      };
      expect(h.title).toBe(row.title);
      expect(row.text).toContain(h.snippet.replace(/[\u0001\u0002]/g, '').replace(/^…|…$/g, ''));
    }
    expect(new Set(page.hits.map((h) => h.id)).size).toBe(page.hits.length);
  });

  it('gives the same page whether the query was asked before or not', async () => {
    const fresh = await store.searchPage('drills', { limit: 5, offset: 5 });
    await store.searchPage('drills', { limit: 5 });
    const again = await store.searchPage('drills', { limit: 5, offset: 5 });
    expect(again).toEqual(fresh);
  });

  it('sees documents written after a query was kept, by this connection or another', async () => {
    const before = (await store.searchPage('zeppelin', { limit: 5 })).total;
    expect(before).toBe(0);
    await store.put(fixtureRecord(fixtureDoc({ text: 'A zeppelin over Brest.', url: 'https://x.test/z1' })));
    expect((await store.searchPage('zeppelin', { limit: 5 })).total).toBe(1);
    const other = SqliteStore.open(path);
    await other.put(fixtureRecord(fixtureDoc({ text: 'Another zeppelin.', url: 'https://x.test/z2' })));
    await other.close();
    expect((await store.searchPage('zeppelin', { limit: 5 })).total).toBe(2);
  });

  it('drops a superseded revision from a kept query', async () => {
    await store.put(fixtureRecord(fixtureDoc({ text: 'Balloon sighted.', url: 'https://x.test/b' })));
    expect((await store.searchPage('balloon', { limit: 5 })).total).toBe(1);
    await store.put(fixtureRecord(fixtureDoc({ text: 'Balloon sighted twice.', url: 'https://x.test/b' })));
    const page = await store.searchPage('balloon', { limit: 5 });
    expect(page.total).toBe(1);
    expect(page.hits[0]!.snippet).toContain('twice');
  });

  it('stays right when more queries are asked than it keeps', async () => {
    const queries = [...WORDS, ...WORDS.flatMap((a, i) => WORDS.slice(i + 1).map((b) => `${a} OR ${b}`))];
    expect(queries.length).toBeGreaterThan(SEARCH_MEMO_QUERIES);
    for (let round = 0; round < 3; round++)
      for (const q of queries) expect(await walk(q, {}, 9)).toEqual(reference(q));
  });

  it('stays right when rankings and filtered views it let go lend their arrays to new ones', async () => {
    // Plain words (kept rankings of the term index), each walked unfiltered and under two filters,
    // in more rounds than the memo keeps: every ranking and view is let go and its arrays reused.
    const queries = WORDS.flatMap((a, i) => [a, ...WORDS.slice(i + 1).map((b) => `${a} ${b}`)]);
    expect(queries.length).toBeGreaterThan(SEARCH_MEMO_QUERIES);
    const filters: Omit<SearchPageOptions, 'limit'>[] = [{}, { outlet: OUTLETS[0]! }, { format: 'text' }];
    for (let round = 0; round < 2; round++)
      for (const q of queries)
        for (const f of filters)
          expect(await walk(q, f, 4), `${q} ${JSON.stringify(f)}`).toEqual(reference(q, f));
  });

  it.each([
    ['plain words (term index)', 'troops Brest'],
    ['a repeated word (term index)', 'drills drills'],
    ['a phrase (FTS5)', '"drills report"'],
    ['a prefix (FTS5)', 'tank*'],
  ])('gives every hit of %s the score SQLite bm25 gives it', async (_name, q) => {
    const expected = db
      .prepare(
        `SELECT d.id, -bm25(documents_fts, 4.0, 1.0) FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
         WHERE documents_fts MATCH ? AND d.superseded_by IS NULL ORDER BY bm25(documents_fts, 4.0, 1.0), d.id`,
      )
      .raw()
      .all(toFtsQuery(q)!) as [string, number][];
    expect(expected.length).toBeGreaterThan(0);
    const page = await store.searchPage(q, { limit: 100 });
    expect(page.hits.map((h) => [h.id, h.score])).toEqual(expected);
  });

  it.each([
    ['plain words, no filter', 'troops Brest', {}],
    ['plain words, outlet filter', 'drills', { outlet: 'Kyiv Ledger' }],
    ['plain words, day range', 'tanks', { from: '2022-01-05', to: '2022-02-10' }],
    ['a phrase, format filter', '"drills report"', { format: 'text' }],
    ['plain words, a format no document has', 'drills', { format: 'html' }],
  ] as [string, string, Omit<SearchPageOptions, 'limit'>][])(
    'counts facets of %s over every filtered match, as SQL does',
    async (_name, q, f) => {
      const ids = reference(q, f);
      const count = (column: string) =>
        Object.fromEntries(
          (
            db
              .prepare(
                `SELECT ${column} AS v, count(*) AS n FROM documents WHERE id IN (SELECT value FROM json_each(?))
                 AND ${column} IS NOT NULL GROUP BY v`,
              )
              .raw()
              .all(JSON.stringify(ids)) as [string, number][]
          ).map(([v, n]) => [v, n]),
        );
      const page = await store.searchPage(q, { ...f, limit: 3 });
      const asRecord = (bins: { value: string; count: number }[]) =>
        Object.fromEntries(bins.map((b) => [b.value, b.count]));
      expect(page.total).toBe(ids.length);
      expect(asRecord(page.facets.outlet)).toEqual(count('outlet'));
      expect(asRecord(page.facets.format)).toEqual(count('format'));
      expect(asRecord(page.facets.month)).toEqual(count('substr(published, 1, 7)'));
      // Most frequent first, ties by value.
      const order = page.facets.month.map((b) => [-b.count, b.value].join(' '));
      expect(order).toEqual(
        [...order].sort((a, b) => Number(a.split(' ')[0]) - Number(b.split(' ')[0]) || (a < b ? -1 : 1)),
      );
    },
  );

  it('finds a spelling with diacritics from a query without, and marks it in the snippet', async () => {
    await store.put(
      fixtureRecord(fixtureDoc({ text: 'President Nausėda visited the troops.', url: 'https://x.test/n' })),
    );
    const page = await store.searchPage('Nauseda troops', { limit: 5 });
    expect(page.total).toBe(1);
    expect(page.hits[0]!.snippet).toContain('\u0001Nausėda\u0002');
    expect(page.hits[0]!.snippet).toContain('\u0001troops\u0002');
  });

  it('answers the same pages (hits, scores, snippets, totals, facets) while the term index is built in the background', async () => {
    const queries: [string, Omit<SearchPageOptions, 'limit'>][] = [
      ['troops Brest', {}],
      ['drills', { outlet: 'Kyiv Ledger' }],
      ['tanks', { from: '2022-01-05', to: '2022-02-10' }],
      ['"drills report"', {}],
    ];
    const fresh = SqliteStore.open(path);
    const building = fresh.warmSearch();
    // Asked before the first slice is indexed: FTS5 ranks, the store makes the snippets.
    const during = [];
    for (const [q, f] of queries) during.push(await fresh.searchPage(q, { ...f, limit: 7, offset: 2 }));
    await building;
    const after = [];
    for (const [q, f] of queries) after.push(await fresh.searchPage(q, { ...f, limit: 7, offset: 2 }));
    await fresh.close();
    const settled = [];
    for (const [q, f] of queries) settled.push(await store.searchPage(q, { ...f, limit: 7, offset: 2 }));
    expect(during).toEqual(settled);
    expect(after).toEqual(settled);
    expect(settled[0]!.hits.length).toBe(7);
  });

  it('indexes documents written while the background build runs', async () => {
    const fresh = SqliteStore.open(path);
    const building = fresh.warmSearch();
    await store.put(fixtureRecord(fixtureDoc({ text: 'A zeppelin over Brest.', url: 'https://x.test/z1' })));
    await building;
    const page = await fresh.searchPage('zeppelin Brest', { limit: 5 });
    await fresh.close();
    expect(page.total).toBe(1);
    expect(page.hits[0]!.snippet).toBe('A \u0001zeppelin\u0002 over \u0001Brest\u0002.');
  });

  it('answers nothing for input without words', async () => {
    for (const q of ['', '"', '* OR', '()'])
      expect(await store.searchPage(q, { limit: 5 })).toEqual({
        hits: [],
        total: 0,
        facets: { outlet: [], format: [], month: [] },
      });
  });
});
