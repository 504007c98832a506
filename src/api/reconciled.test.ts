import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { SqliteStore } from '../store/sqlite/index.ts';
import { exerciseFixtures, fixtureRecord } from './fixtures.ts';
import * as S from './schemas.ts';
import { type RunningApi, startApiServer } from './server.ts';

let store: SqliteStore;
let api: RunningApi;

beforeAll(async () => {
  store = SqliteStore.open(':memory:');
  for (const d of exerciseFixtures()) await store.put(fixtureRecord(d));
  api = await startApiServer({ store, port: 0, log: () => {} });
});
afterAll(async () => {
  await api.close();
  await store.close();
});

async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(api.url + path, init);
  return { res, body: await res.json() };
}

async function valid<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  const { res, body } = await call(path, init);
  expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
  const r = schema.safeParse(body);
  expect(r.success, `${path}: ${r.error?.message}`).toBe(true);
  return r.data!;
}

describe('reconciled API routes', () => {
  it('refuses a merge undone from another site, or sent as a form', async () => {
    const list = await valid('/api/reconciled/entities?q=Lukashenka', S.ReconciledEntityList);
    const page = await valid(`/api/reconciled/entities/${list.items[0]!.id}`, S.ReconciledEntityDetail);
    const undo = `/api/reconciled/merges/${page.merges[0]!.id}/undo`;
    const evil = await call(undo, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect([evil.res.status, evil.body.code]).toEqual([403, 'API_FORBIDDEN']);
    const opaque = await call(undo, { method: 'POST', headers: { Origin: 'null' } });
    expect(opaque.res.status).toBe(403);
    const form = await call(undo, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.res.status).toBe(415);
    // Nothing was undone.
    const still = await valid(`/api/reconciled/entities/${list.items[0]!.id}`, S.ReconciledEntityDetail);
    expect(still.merges.map((m) => m.id)).toEqual(page.merges.map((m) => m.id));
    // The server's own pages (same origin) may: a merge that does not exist is then a 404, not a 403.
    const own = await call('/api/reconciled/merges/99999/undo', {
      method: 'POST',
      headers: { Origin: api.url, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(own.res.status).toBe(404);
  });

  it('finds an entity in any spelling, shows its merges, and undoes one', async () => {
    const list = await valid('/api/reconciled/entities?q=Lukashenka', S.ReconciledEntityList);
    expect(list.items[0]!.documents).toBe(2);
    const page = await valid(`/api/reconciled/entities/${list.items[0]!.id}`, S.ReconciledEntityDetail);
    expect(page.merges[0]!.rule).toBe('translit');
    const undo = await valid(`/api/reconciled/merges/${page.merges[0]!.id}/undo`, S.UnmergeResult, {
      method: 'POST',
    });
    expect(undo.to).toBe(list.items[0]!.id);
    const after = await valid('/api/reconciled/entities?q=Lukashenka', S.ReconciledEntityList);
    expect(after.items).toHaveLength(2);
    const again = await call(`/api/reconciled/merges/${page.merges[0]!.id}/undo`, { method: 'POST' });
    expect(again.res.status).toBe(404);
  });

  it('timeline, event and claims', async () => {
    const t = await valid('/api/reconciled/timeline?type=military_exercise', S.ReconciledTimeline);
    expect(t.items).toHaveLength(1);
    const ev = await valid(`/api/reconciled/events/${t.items[0]!.id}`, S.ReconciledEventDetail);
    expect(ev.reportList.map((r) => r.outlet)).toEqual(['Baltic Wire', 'Kyiv Ledger']);
    const c = await valid('/api/reconciled/claims?topic=troops', S.ReconciledClaims);
    expect(c.items[0]!.claims.map((x) => x.value)).toEqual([30000, 45000]);
  });

  it('refuses bad ids and queries', async () => {
    expect((await call('/api/reconciled/entities/nope')).res.status).toBe(400);
    expect((await call('/api/reconciled/entities/E000000000000')).res.status).toBe(404);
    expect((await call('/api/reconciled/events/V000000000000')).res.status).toBe(404);
    expect((await call('/api/reconciled/entities')).res.status).toBe(400);
    expect((await call('/api/reconciled/claims?topic=x&bogus=1')).res.status).toBe(400);
  });
});
