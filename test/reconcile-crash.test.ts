import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const WRITER = new URL('./helpers/reconcile-writer.ts', import.meta.url).pathname;

describe('a process killed while ingesting with reconciliation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves every stored document fully reconciled and nothing of the others', async () => {
    const db = join(dir, 'crash.db');
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, db], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let printed = 0;
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString().split('\n').filter(Boolean).length;
        // Kill it mid-stream, without warning, once it has stored a few dozen documents.
        if (printed >= 40 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const sql = new Database(db, { readonly: true });
    try {
      const docs = sql.prepare('SELECT id, json FROM documents').all() as { id: string; json: string }[];
      expect(docs.length).toBeGreaterThanOrEqual(40);
      const count = (q: string, id: string) => (sql.prepare(q).pluck().get(id) as number) ?? 0;
      for (const d of docs) {
        const json = JSON.parse(d.json) as { entities: unknown[]; events: unknown[]; quantities: unknown[] };
        expect(count('SELECT count(*) FROM entity_links WHERE doc = ?', d.id)).toBe(json.entities.length);
        expect(count('SELECT count(*) FROM event_reports WHERE doc = ?', d.id)).toBe(json.events.length);
        expect(count('SELECT count(*) FROM claims WHERE doc = ?', d.id)).toBe(json.quantities.length);
        expect(count('SELECT count(*) FROM lsh_bands WHERE doc = ?', d.id)).toBe(16);
      }
      // No reconciled rows of a document that is not stored.
      for (const t of ['entity_links', 'event_reports', 'claims', 'doc_minhash'])
        expect(
          sql.prepare(`SELECT count(*) FROM ${t} WHERE doc NOT IN (SELECT id FROM documents)`).pluck().get(),
        ).toBe(0);
      // Both spellings of each person ended in one entity.
      const roots = sql
        .prepare("SELECT count(*) FROM entity_nodes WHERE grp = 'person' AND parent IS NULL")
        .pluck()
        .get();
      expect(roots).toBe(2);
    } finally {
      sql.close();
    }
  }, 120_000);
});
