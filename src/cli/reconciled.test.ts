import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseFixtures, fixtureRecord } from '../api/fixtures.ts';
import { SqliteStore } from '../store/sqlite/index.ts';
import { main } from './main.ts';

let dir: string;
let db: string;

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(c, _e, cb) {
      chunks.push(String(c));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(['--db', db, ...args], { out: out.stream, err: err.stream });
  return { code, out: out.text(), err: err.text() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  db = join(dir, 'sitrep.db');
  const store = SqliteStore.open(db);
  for (const d of exerciseFixtures()) await store.put(fixtureRecord(d));
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reconciled CLI verbs over hand-built documents', () => {
  it('entity: any spelling, merges with evidence, unmerge', async () => {
    const r = await run('entity', 'Lukashenka', '--json');
    expect(r.code).toBe(0);
    const page = JSON.parse(r.out);
    expect(page.documents).toBe(2);
    expect(page.merges[0].rule).toBe('translit');
    const text = await run('entity', 'Lukashenko');
    expect(text.out).toMatch(
      /merges:\n {2}#\d+ Alexander Lukashenk[ao] → Alexander Lukashenk[ao] {2}translit/,
    );
    const u = await run('entity', '--unmerge', String(page.merges[0].id));
    expect(u.code).toBe(0);
    expect(JSON.parse((await run('entity', 'Lukashenka', '--json')).out).documents).toBe(1);
    // Both halves are reachable after the split: by their own spelling first, and by id.
    const lka = JSON.parse((await run('entity', 'Alexander Lukashenka', '--json')).out);
    const lko = JSON.parse((await run('entity', 'Alexander Lukashenko', '--json')).out);
    expect(lka.name).toBe('Alexander Lukashenka');
    expect(lko.name).toBe('Alexander Lukashenko');
    expect(lka.id).not.toBe(lko.id);
    expect(JSON.parse((await run('entity', lka.id, '--json')).out).id).toBe(lka.id);
    expect((await run('entity', '--unmerge', 'x')).code).toBe(2);
    expect((await run('entity', 'Nobody Atall')).code).toBe(1);
  });

  it('timeline text rows say what the reports make of the status', async () => {
    const t = await run('timeline', '--from', '2022-02-01');
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/military_exercise\), (?:planned|ongoing|completed)/);
  });

  it('timeline, event and claims', async () => {
    const t = JSON.parse((await run('timeline', '--from', '2022-02-01', '--json')).out);
    const ex = t.find((e: { type: string }) => e.type === 'military_exercise');
    expect(ex.reports).toBe(2);
    const ev = JSON.parse((await run('event', ex.id, '--json')).out);
    expect(ev.reportList.map((r: { outlet: string }) => r.outlet)).toEqual(['Baltic Wire', 'Kyiv Ledger']);
    expect((await run('event', 'Vnope')).code).toBe(1);
    expect((await run('timeline', '--from', 'Feb 1')).code).toBe(2);
    const c = await run('claims', 'troops');
    expect(c.out).toContain('45000');
    // Every claim and report names the extractor rule that read it (the fixtures' own).
    const cj = JSON.parse((await run('claims', 'troops', '--json')).out);
    expect(cj[0].claims.every((x: { by: string }) => x.by === 'fixture')).toBe(true);
    expect(ev.reportList.every((r: { by: string }) => r.by === 'fixture')).toBe(true);
    expect(c.out).toContain('Oleksii Reznikov');
  });

  it('report: Markdown with footnoted source spans; reconcile rebuilds', async () => {
    const r = await run('report', '--since', '2022-02-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Situation report since 2022-02-01/);
    expect(r.out).toMatch(
      /\[\^1\]: Baltic Wire, “Drills begin in Belarus” \(d\w+, 2022-02-10\), \[\d+, \d+\): “/,
    );
    const j = JSON.parse((await run('reconcile', '--json')).out);
    expect(j.documents).toBe(2);
  });

  it('export: one row per report, claim or quote, with document, span and rule', async () => {
    const claims = await run('export', 'claims');
    expect(claims.code).toBe(0);
    const [head, ...rows] = claims.out.trim().split('\n');
    expect(head).toContain('doc');
    expect(head).toContain('spanStart');
    expect(head).toContain('by');
    expect(rows.length).toBeGreaterThan(0);
    const events = (await run('export', 'events', '--format', 'jsonl')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      events.every(
        (e: { doc: string; triggerStart: number; by: string }) => e.doc && e.triggerStart >= 0 && e.by,
      ),
    ).toBe(true);
    const quotes = (await run('export', 'quotes', '--format', 'jsonl')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(quotes.length).toBeGreaterThan(0);
    expect((await run('export', 'nonsense')).code).toBe(2);
    expect((await run('export', 'claims', '--format', 'xml')).code).toBe(2);
  });
});
