import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/index.ts';
import { exerciseFixtures, fixtureRecord } from './fixtures.ts';
import { PlaceList } from './schemas.ts';
import { type RunningApi, startApiServer } from './server.ts';

let dir: string;
let store: SqliteStore;
let api: RunningApi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-static-'));
  const web = join(dir, 'dist');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'export {};');
  writeFileSync(join(web, 'assets', 'app-1234.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'outside the web root');
  store = SqliteStore.open(join(dir, 'static.db'));
  const [a] = exerciseFixtures();
  await store.put(fixtureRecord(a!));
  api = await startApiServer({ store, port: 0, webRoot: web, log: () => {} });
});

afterAll(async () => {
  await api.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web UI files beside the API', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/timeline/anything', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/assets/app-1234.js', 200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/app-1234.css', 200, 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
  ])('GET %s → %i %s', async (path, status, type, cache) => {
    const res = await fetch(api.url + path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBe(cache);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([['/assets/missing.js'], ['/..%2fsecret.txt'], ['/assets/..%2f..%2fsecret.txt'], ['/%00']])(
    'refuses %s as a problem, never a file outside the root',
    async (path) => {
      const res = await fetch(api.url + path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(await res.text()).not.toContain('outside the web root');
    },
  );

  it('answers HEAD without a body and leaves other methods to the API', async () => {
    const head = await fetch(`${api.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${api.url}/`, { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('keeps the API answering under /api, with its own policy', async () => {
    const res = await fetch(`${api.url}/api/stats`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('lists places with gazetteer coordinates or ISO numeric codes', async () => {
    const body = PlaceList.parse(await (await fetch(`${api.url}/api/places`)).json());
    const byName = new Map(body.items.map((p) => [p.name, p]));
    // The fixture's entities carry no gazetteer facts: listed, but with nothing to place them by.
    expect([...byName.keys()].sort()).toEqual(['Belarus', 'Brest', 'Russia']);
    expect(byName.get('NATO')).toBeUndefined();
    expect(byName.get('Brest')).toMatchObject({ lat: null, countryNumeric: null, isCountry: false });
    // Keyed by corpus entity id, as entity pages are.
    const russia = byName.get('Russia')!.key;
    expect(russia).toMatch(/^E[0-9a-f]{12}$/);
    const some = PlaceList.parse(await (await fetch(`${api.url}/api/places?keys=${russia},nope`)).json());
    expect(some.items.map((p) => p.key)).toEqual([russia]);
    expect((await fetch(`${api.url}/api/places?limit=0`)).status).toBe(400);
  });
});
