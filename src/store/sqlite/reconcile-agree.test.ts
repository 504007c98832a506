import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exerciseFixtures, fixtureDoc, fixtureRecord } from '../../api/fixtures.ts';
import { ingestPaths } from '../../app/ingest.ts';
import { SqliteStore } from './index.ts';

const EXAMPLES = resolve(fileURLToPath(import.meta.url), '../../../../examples');

let store: SqliteStore;
beforeEach(() => {
  store = SqliteStore.open(':memory:');
});
afterEach(async () => {
  await store.close();
});

const dbOf = (s: SqliteStore) => (s as unknown as { db: Database.Database }).db;

/**
 * Everything reconciliation wrote, in a form that does not depend on row order or integer ids:
 * entity clusters as the sets of document entities under one root, merges by spelling uid,
 * event clusters as the sets of reports of one event, the day and argument indexes, copies, claims.
 */
function picture(s: SqliteStore) {
  const db = dbOf(s);
  const all = (sql: string) => db.prepare(sql).raw().all() as unknown[][];
  const rows = (sql: string) =>
    all(sql)
      .map((r) => JSON.stringify(r))
      .sort();
  const root = `WITH RECURSIVE up(id, at) AS (SELECT id, id FROM entity_nodes
      UNION ALL SELECT up.id, n.parent FROM up JOIN entity_nodes n ON n.id = up.at WHERE n.parent IS NOT NULL)
    SELECT up.id, r.uid FROM up JOIN entity_nodes r ON r.id = up.at WHERE r.parent IS NULL`;
  const entities = new Map<string, string[]>();
  for (const [doc, docEntity, uid] of all(
    `WITH roots(id, uid) AS (${root}) SELECT l.doc, l.doc_entity, roots.uid FROM entity_links l JOIN roots ON roots.id = l.node`,
  ) as string[][])
    entities.set(uid!, [...(entities.get(uid!) ?? []), `${doc}/${docEntity}`]);
  const events = new Map<string, string[]>();
  for (const [doc, docEvent, event] of all('SELECT doc, doc_event, event FROM event_reports') as string[][])
    events.set(event!, [...(events.get(event!) ?? []), `${doc}/${docEvent}`]);
  const clusters = (m: Map<string, string[]>) => [...m.values()].map((xs) => xs.sort().join(' ')).sort();
  return {
    entities: clusters(entities),
    merges: rows(
      `SELECT c.uid, p.uid, m.rule, m.detail, m.doc FROM entity_merges m
       JOIN entity_nodes c ON c.id = m.child JOIN entity_nodes p ON p.id = m.parent`,
    ),
    events: clusters(events),
    corpusEvents: rows('SELECT id, type, name, name_key, year, start, end FROM corpus_events'),
    reports: rows('SELECT doc, doc_event, event, rule, data FROM event_reports'),
    days: rows('SELECT type, day, event FROM event_days'),
    args: rows('SELECT e.event, n.uid FROM event_args e JOIN entity_nodes n ON n.id = e.node'),
    duplicates: rows('SELECT doc, original, similarity FROM duplicates'),
    claims: rows('SELECT doc, quantity, figure, data FROM claims'),
  };
}

const person = (name: string) => ({ name, key: name, type: 'person', at: [name] });

describe('incremental reconciliation agrees with a rebuild', () => {
  it('on the sample corpus read by the real pipeline', async () => {
    const summary = await ingestPaths(store, [EXAMPLES], { now: () => new Date('2022-03-01T00:00:00Z') });
    expect(summary.new).toBeGreaterThan(10);
    const incremental = picture(store);
    expect(incremental.entities.length).toBeGreaterThan(50);
    expect(incremental.events.length).toBeGreaterThan(5);
    expect(incremental.duplicates).not.toEqual([]);
    await store.reconcileAll();
    expect(picture(store)).toEqual(incremental);
  });

  it('on hand-built documents: spellings, surnames in both orders, unnamed events with and without actors', async () => {
    const docs = [
      ...exerciseFixtures(),
      fixtureDoc({ text: 'Hulevich spoke.', title: 'a', entities: [person('Hulevich')] }),
      fixtureDoc({ text: 'Viktor Gulevich spoke.', title: 'b', entities: [person('Viktor Gulevich')] }),
      ...['Russia', 'Russia', 'Poland'].map((who, i) =>
        fixtureDoc({
          title: `d${i}`,
          published: `2022-01-1${8 + (i % 2)}`,
          text: `${who} deployed troops. Troops deployed again on Jan. 20.`,
          entities: [{ name: who, key: who, type: 'gpe', at: [who] }],
          times: [{ at: 'Jan. 20', start: '2022-01-20' }],
          events: [
            { at: 'deployed troops', type: 'troop_deployment', actors: [who] },
            { at: 'deployed again', type: 'troop_deployment', time: 'Jan. 20' },
          ],
        }),
      ),
    ];
    // Belarus: a chain of month-long reports grows one event past 62 days, when it leaves the day index.
    const spans: [string, string, string][] = [
      ['Jan. 1-31', '2022-01-01', '2022-01-31'],
      ['Jan. 30-Feb. 28', '2022-01-30', '2022-02-28'],
      ['Feb. 27-Mar. 20', '2022-02-27', '2022-03-20'],
    ];
    for (const [i, [at, start, end]] of spans.entries())
      docs.push(
        fixtureDoc({
          title: `b${i}`,
          text: `Belarus moved units ${at}.`,
          entities: [{ name: 'Belarus', key: 'by', type: 'gpe', at: ['Belarus'] }],
          times: [{ at, start, end }],
          events: [{ at: 'moved units', type: 'troop_deployment', actors: ['Belarus'], time: at }],
        }),
      );
    for (const d of docs) await store.put(fixtureRecord(d));
    const incremental = picture(store);
    const belarus = incremental.corpusEvents.map((r) => JSON.parse(r)).find((r) => r[6] === '2022-03-20');
    expect(belarus.slice(5)).toEqual(['2022-01-01', '2022-03-20']);
    expect(incremental.days.filter((r) => r.includes(belarus[0]))).toEqual([]);
    // The two Russian reports with an actor are one event; Poland's and the three without an actor
    // or place stand alone, and only events with an actor or place are indexed by day.
    const deployments = incremental.corpusEvents.filter((r) => r.includes('"troop_deployment"'));
    expect(deployments).toHaveLength(6);
    const indexed = incremental.days.map((r) => JSON.parse(r)).filter((r) => r[0] === 'troop_deployment');
    expect(new Set(indexed.map((r) => r[2])).size).toBe(2);
    expect(incremental.events.filter((c) => c.split(' ').length === 3)).toHaveLength(1);
    await store.reconcileAll();
    expect(picture(store)).toEqual(incremental);
  });
});
