import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/index.ts';
import type { Store } from '../store/types.ts';
import { fixtureDoc, fixtureRecord } from './fixtures.ts';
import { type CachedAnswer, cacheKey, ResponseCache } from './response-cache.ts';
import { type RunningApi, startApiServer } from './server.ts';

const answer = (text: string): CachedAnswer => ({
  etag: `"${text}"`,
  contentType: 'application/json; charset=utf-8',
  payload: text,
  bytes: Buffer.byteLength(text),
});

describe('cacheKey', () => {
  const k = (p: string) => cacheKey(new URL(p, 'http://localhost'));

  it.each([
    ['/api/search?q=a%20b&limit=20', '/api/search?limit=20&q=a+b'],
    ['/api/search?q=%C3%A9', '/api/search?q=é'],
    ['/api/timeline', '/api/timeline?'],
  ])('keys %s as %s', (a, b) => {
    expect(k(a)).toBe(k(b));
  });

  it.each([
    ['/api/search?q=a&limit=2', '/api/search?q=a&limit=20'],
    ['/api/search?q=a+b', '/api/search?q=ab'],
    ['/api/search?q=a%26b', '/api/search?q=a&b='],
    ['/api/search?q=a&q=b', '/api/search?q=a'],
    ['/api/entities/x', '/api/entities/y'],
    ['/api/timeline', '/api/timeline?limit=5'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(k(a)).not.toBe(k(b));
  });
});

describe('ResponseCache', () => {
  it('answers within one version and forgets everything when the version changes', () => {
    const c = new ResponseCache(10, 1000, 100);
    expect(c.get('a', 'v1')).toBeUndefined();
    c.set('a', 'v1', answer('A'));
    expect(c.get('a', 'v1')?.etag).toBe('"A"');
    expect(c.get('a', 'v2')).toBeUndefined();
    expect(c.size.entries).toBe(0);
  });

  it('drops an answer computed at a version that has since changed', () => {
    const c = new ResponseCache(10, 1000, 100);
    c.get('a', 'v1');
    c.get('b', 'v2');
    c.set('a', 'v1', answer('stale'));
    expect(c.get('a', 'v2')).toBeUndefined();
  });

  it('forgets the least recently used past its entry and byte bounds, and keeps no oversized answer', () => {
    const c = new ResponseCache(2, 10, 6);
    c.get('', 'v');
    c.set('a', 'v', answer('aaaa'));
    c.set('b', 'v', answer('bbbb'));
    c.get('a', 'v');
    c.set('c', 'v', answer('cc'));
    expect(c.get('b', 'v')).toBeUndefined();
    expect(c.get('a', 'v')).toBeDefined();
    c.set('d', 'v', answer('dddddd'));
    expect(c.size.bytes).toBeLessThanOrEqual(10);
    c.set('e', 'v', answer('eeeeeee'));
    expect(c.get('e', 'v')).toBeUndefined();
  });
});

describe('ResponseCache admitting on the second request', () => {
  it('keeps an answer only when its key comes back, and remembers a bounded number of keys', () => {
    const c = new ResponseCache(2, 1000, 100, true);
    c.get('', 'v');
    c.set('a', 'v', answer('A'));
    expect(c.get('a', 'v')).toBeUndefined();
    c.set('a', 'v', answer('A'));
    expect(c.get('a', 'v')?.etag).toBe('"A"');
    // Keys seen once beyond the bound (four times the answers kept) are forgotten: `b` must be asked twice again.
    c.set('b', 'v', answer('B'));
    for (const k of ['s', 't', 'u', 'w', 'x', 'y', 'z', 'q']) c.set(k, 'v', answer(k));
    c.set('b', 'v', answer('B'));
    expect(c.get('b', 'v')).toBeUndefined();
  });

  /** Asks for each key in turn, as the server does: a lookup, and on a miss the answer set. Returns the hits. */
  const ask = (c: ResponseCache, keys: readonly string[]) => {
    let hits = 0;
    for (const k of keys)
      if (c.get(k, 'v')) hits++;
      else c.set(k, 'v', answer(k));
    return hits;
  };

  it('keeps what it has when a cycle through more keys than it keeps comes round (plain LRU misses every time)', () => {
    const c = new ResponseCache(2, 1000, 100, true);
    const cycle = ['a', 'b', 'c'];
    ask(c, cycle);
    ask(c, cycle);
    for (let i = 0; i < 5; i++) expect(ask(c, cycle)).toBe(2);
  });

  it('lets a key asked more often than the least recently used answer in', () => {
    const c = new ResponseCache(2, 1000, 100, true);
    ask(c, ['a', 'b', 'a', 'b']);
    expect(c.size.entries).toBe(2);
    // `c` asked twice ties with `a` (the least recently used, asked twice): not admitted.
    ask(c, ['c', 'c']);
    expect(c.get('c', 'v')).toBeUndefined();
    // Asked a third time, it outnumbers `a`, which goes.
    ask(c, ['c']);
    expect(c.get('c', 'v')).toBeDefined();
    expect(c.get('b', 'v')).toBeDefined();
    expect(c.get('a', 'v')).toBeUndefined();
  });

  it('lets old popularity fade, so a new favourite gets in', () => {
    const c = new ResponseCache(2, 1000, 100, true);
    for (let i = 0; i < 100; i++) ask(c, ['a', 'b']);
    // `a` and `b` were asked a hundred times each; counts that never faded would keep `n` out for
    // a hundred requests more.
    let hits = 0;
    for (let i = 0; i < 60 && hits === 0; i++) hits = ask(c, ['n']);
    expect(hits).toBe(1);
  });
});

describe('response cache of the server', () => {
  let dir: string;
  let store: SqliteStore;
  let api: RunningApi;
  let searches = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-cache-'));
    store = SqliteStore.open(join(dir, 'c.db'));
    for (let i = 0; i < 5; i++)
      await store.put(
        fixtureRecord(fixtureDoc({ text: `Troops near Brest, report ${i}.`, url: `https://x.test/${i}` })),
      );
    // Counts the searches that reach the store (a cached answer does not).
    const counting = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'searchPage')
          return (...args: Parameters<Store['searchPage']>) => {
            searches++;
            return target.searchPage(...args);
          };
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    api = await startApiServer({ store: counting, port: 0, log: () => {} });
  }, 30_000);

  afterAll(async () => {
    await api?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const search = (query: string, init: RequestInit = {}) => fetch(`${api.url}/api/search?${query}`, init);

  it('answers a repeat, in any parameter order, without searching again, with the same bytes and ETag', async () => {
    const first = await search('q=troops&limit=3');
    const body = await first.text();
    // An answer is kept from its key's second request.
    const second = await search('q=troops&limit=3');
    expect(await second.text()).toBe(body);
    const before = searches;
    const again = await search('limit=3&q=troops');
    expect(await again.text()).toBe(body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(searches).toBe(before);
  });

  it('answers If-None-Match with 304 from the cache', async () => {
    const first = await search('q=brest&limit=2');
    await first.arrayBuffer();
    await (await search('q=brest&limit=2')).arrayBuffer();
    const before = searches;
    const etag = first.headers.get('etag')!;
    const revalidated = await search('q=brest&limit=2', { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(await revalidated.text()).toBe('');
    expect(searches).toBe(before);
  });

  it('answers afresh after an ingest: new totals, a new ETag, and 200 for the old tag', async () => {
    const first = await search('q=zeppelin&limit=5');
    const etag = first.headers.get('etag')!;
    expect(((await first.json()) as { total: number }).total).toBe(0);
    await store.put(fixtureRecord(fixtureDoc({ text: 'A zeppelin over Brest.', url: 'https://x.test/z' })));
    const after = await search('q=zeppelin&limit=5', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as { total: number }).total).toBe(1);
  });

  it('answers afresh after another process writes to the store', async () => {
    const first = await search('q=balloon&limit=5');
    expect(((await first.json()) as { total: number }).total).toBe(0);
    const other = SqliteStore.open(join(dir, 'c.db'));
    await other.put(fixtureRecord(fixtureDoc({ text: 'A balloon over Gomel.', url: 'https://x.test/b' })));
    await other.close();
    const after = await search('q=balloon&limit=5');
    expect(((await after.json()) as { total: number }).total).toBe(1);
  });
});
