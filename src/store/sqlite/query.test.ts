import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDoc, fixtureRecord } from '../../api/fixtures.ts';
import { SqliteStore } from './index.ts';

describe('SqliteStore queries for the API', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-query-'));
    store = SqliteStore.open(join(dir, 'q.db'));
    const specs = [
      { outlet: 'A', published: '2022-01-10', text: 'Drills in Brest began.' },
      { outlet: 'B', published: '2022-01-20T10:00:00Z', text: 'Drills near Gomel ended.' },
      { outlet: 'A', published: '2022-02-01', text: 'Troops left Brest.' },
      { outlet: 'B', published: null, text: 'Undated drills note.' },
      { outlet: 'A', published: '2022-02-01', text: 'Another note on drills.' },
    ];
    for (const [i, s] of specs.entries())
      await store.put(fixtureRecord(fixtureDoc({ ...s, title: `T${i}`, url: `https://x.test/${i}` })));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pages with a keyset in a stable order, undated last', async () => {
    const all = await store.page({ limit: 100 });
    expect(all.map((d) => d.published)).toEqual([
      '2022-02-01',
      '2022-02-01',
      '2022-01-20T10:00:00Z',
      '2022-01-10',
      null,
    ]);
    const seen = [];
    let after = null;
    for (;;) {
      const page = await store.page({ limit: 2, after });
      if (page.length === 0) break;
      seen.push(...page.map((d) => d.id));
      after = { published: page.at(-1)!.published, id: page.at(-1)!.id };
    }
    expect(seen).toEqual(all.map((d) => d.id));
  });

  it('filters by outlet, format and days, and counts', async () => {
    expect((await store.page({ limit: 10, outlet: 'A' })).length).toBe(3);
    expect(
      (await store.page({ limit: 10, from: '2022-01-20', to: '2022-01-31' })).map((d) => d.title),
    ).toEqual(['T1']);
    expect(await store.count({ outlet: 'B' })).toBe(2);
    expect(await store.count({ format: 'html' })).toBe(0);
    expect(await store.count()).toBe(5);
  });

  it('searches with filters, offset paging, totals and facets', async () => {
    const p = await store.searchPage('drills', { limit: 2 });
    expect(p.total).toBe(4);
    expect(p.hits).toHaveLength(2);
    expect(p.facets.outlet).toEqual([
      { value: 'A', count: 2 },
      { value: 'B', count: 2 },
    ]);
    expect(p.facets.month).toEqual([
      { value: '2022-01', count: 2 },
      { value: '2022-02', count: 1 },
    ]);
    const rest = await store.searchPage('drills', { limit: 10, offset: 2 });
    expect(rest.hits.map((h) => h.id)).not.toContain(p.hits[0]!.id);
    expect((await store.searchPage('drills', { limit: 10, outlet: 'A', from: '2022-02-01' })).total).toBe(1);
    expect((await store.searchPage('"', { limit: 10 })).total).toBe(0);
  });

  it('scans current documents in id order and changes its version on writes', async () => {
    const v1 = await store.version();
    const first = await store.scanJson({ limit: 3 });
    const rest = await store.scanJson({ after: first.at(-1)!.id, limit: 10 });
    const ids = [...first, ...rest].map((d) => d.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(5);
    expect(first[0]!.text.length).toBeGreaterThan(0);
    expect(await store.version()).toBe(v1);
    await store.put(fixtureRecord(fixtureDoc({ text: 'New.', url: 'https://x.test/new' })));
    const v2 = await store.version();
    expect(v2).not.toBe(v1);
    // A write by another connection (another process ingesting) changes it too, and search sees it.
    const other = SqliteStore.open(join(dir, 'q.db'));
    await other.put(fixtureRecord(fixtureDoc({ text: 'Drills elsewhere.', url: 'https://x.test/other' })));
    await other.close();
    expect(await store.version()).not.toBe(v2);
    expect((await store.searchPage('elsewhere', { limit: 5 })).total).toBe(1);
  });
});
