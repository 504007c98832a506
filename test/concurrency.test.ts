import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite/index.ts';

const run = promisify(execFile);
const BIN = new URL('../bin/sitrep.js', import.meta.url).pathname;
const EXAMPLES = new URL('../examples/', import.meta.url).pathname;

describe('two ingests at once on the same files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-conc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('both finish, and every document is stored exactly once', async () => {
    const db = join(dir, 'shared.db');
    const [a, b] = await Promise.all([
      run(process.execPath, [BIN, '--db', db, 'ingest', EXAMPLES]),
      run(process.execPath, [BIN, '--db', db, 'ingest', EXAMPLES]),
    ]);
    const totals = [a, b].map((r) => {
      const m = /^(\d+) new, (\d+) unchanged, (\d+) updated, (\d+) failed$/m.exec(r.stdout);
      expect(m).not.toBeNull();
      return m!.slice(1).map(Number) as [number, number, number, number];
    });
    const docs = totals[0]![0] + totals[0]![1];
    expect(totals[1]![0] + totals[1]![1]).toBe(docs);
    // Each document was new to exactly one of the two processes.
    expect(totals[0]![0] + totals[1]![0]).toBe(docs);
    expect(totals[0]![3] + totals[1]![3]).toBe(0);
    const store = SqliteStore.open(db);
    expect((await store.stats()).documents).toBe(docs);
    await store.close();
    // Two full processes over the corpus on a shared 2-core machine: allow for a slow moment.
  }, 240_000);
});
