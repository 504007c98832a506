import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DocumentJson, documentId } from '../../model/document.ts';
import type { DocumentRecord } from '../types.ts';
import { SqliteStore } from './index.ts';

function record(
  text: string,
  url: string | null,
  title = 'Drills announced',
  published = '2022-01-17',
): DocumentRecord {
  const id = documentId({ text, title, url });
  const json = {
    schema: 'sitrep/document@1',
    id,
    title,
    language: 'en',
    source: { url, outlet: 'Test Outlet', format: 'markdown', origin: 'a.md', author: null },
    published: { value: published, from: 'meta' },
    modified: null,
    updates: [],
    dateline: null,
    links: [],
    text,
    sentences: [[0, text.length]],
    entities: [],
    times: [],
    quantities: [],
    quotes: [],
    events: [],
    diagnostics: [],
  } as DocumentJson;
  return {
    json,
    raw: Buffer.from(text),
    offsets: [0, text.length, 0, text.length, 1],
    storyKey: url ?? 'a.md',
    ingestedAt: '2022-01-17T12:00:00Z',
  };
}

describe('SqliteStore', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    store = SqliteStore.open(join(dir, 'test.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores new documents, recognises unchanged ones, and keeps old revisions', async () => {
    const a = record('Belarus and Russia will hold drills.', 'https://x.test/a');
    expect(await store.put(a)).toMatchObject({ status: 'new', id: a.json.id });
    expect(await store.put(a)).toEqual({ status: 'unchanged', id: a.json.id });
    const b = record('Belarus and Russia will hold drills in February.', 'https://x.test/a');
    const out = await store.put(b);
    expect(out).toMatchObject({ status: 'updated', id: b.json.id, previous: a.json.id, revision: 2 });
    const old = await store.get(a.json.id);
    expect(old?.current).toBe(false);
    expect(old?.supersededBy).toBe(b.json.id);
    expect(old?.json.text).toBe(a.json.text);
    expect((await store.list()).map((d) => d.id)).toEqual([b.json.id]);
    expect((await store.list({ all: true })).length).toBe(2);
    expect((await store.revisions('https://x.test/a')).map((r) => r.revision)).toEqual([1, 2]);
  });

  it('round-trips the document JSON, raw bytes and offsets', async () => {
    const a = record('Text with “quotes” and Lukashenka.', null);
    await store.put(a);
    const got = await store.get(a.json.id);
    expect(got?.json).toEqual(a.json);
    expect(Buffer.from(got!.raw).toString()).toBe(a.json.text);
    expect(got?.offsets).toEqual(a.offsets);
    expect((await store.get(a.json.id.slice(0, 8)))?.id).toBe(a.json.id);
    expect(await store.get('nope')).toBeNull();
  });

  it('searches with ranking, snippets and safe queries', async () => {
    await store.put(
      record(
        'Lukashenko announced joint drills with Russia near Ukraine.',
        'https://x.test/1',
        'Drills near Ukraine',
      ),
    );
    await store.put(
      record(
        'Lukashenka met officials; no drills were discussed at all today.',
        'https://x.test/2',
        'Meeting',
      ),
    );
    await store.put(record('Weather is fine.', 'https://x.test/3', 'Weather'));
    const hits = await store.search('drills');
    expect(hits.map((h) => h.title)).toEqual(['Drills near Ukraine', 'Meeting']);
    expect(hits[0]!.snippet).toContain('\u0001drills\u0002');
    expect(await store.search('"joint drills"')).toHaveLength(1);
    expect(await store.search('Lukashenk*')).toHaveLength(2);
    // FTS5 syntax in user input is searched as words, never a query error.
    expect((await store.search('NEAR( "')).map((h) => h.title)).toEqual(['Drills near Ukraine']);
    expect(await store.search('"')).toEqual([]);
  });

  it('reports totals', async () => {
    await store.put(record('One.', 'https://x.test/1', 'One', '2022-01-17'));
    await store.put(record('Two.', 'https://x.test/2', 'Two', '2022-02-20'));
    const s = await store.stats();
    expect(s).toMatchObject({
      documents: 2,
      current: 2,
      firstPublished: '2022-01-17',
      lastPublished: '2022-02-20',
    });
    expect(s.outlets).toEqual([{ outlet: 'Test Outlet', documents: 2 }]);
  });

  it('refuses a database from a newer schema', async () => {
    const path = join(dir, 'future.db');
    await SqliteStore.open(path).close();
    execFileSync(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(path)});d.pragma('user_version = 999');d.close()`,
      ],
      {
        cwd: process.cwd(),
      },
    );
    expect(() => SqliteStore.open(path)).toThrow(/schema 999/);
  });
});
