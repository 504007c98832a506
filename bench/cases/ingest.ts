import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable } from '../../eval/lib/task.ts';
import { ingestText } from '../../src/app/ingest.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { generateArticles, toHtml, toMarkdown, toText } from '../lib/corpus.ts';
import { mbPerSecond, measure } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

type Render = (a: ReturnType<typeof generateArticles>[number]) => string;

const FORMATS: readonly { name: string; ext: string; render: Render }[] = [
  { name: 'markdown', ext: 'md', render: toMarkdown },
  { name: 'text', ext: 'txt', render: toText },
  { name: 'html', ext: 'html', render: toHtml },
];

/**
 * Ingest throughput into SQLite (adapter + reader + store, one transaction per document) per
 * format, beside the floor: reading and hashing the same bytes. Documents are ingested from memory
 * so that the file system's cache state does not blur the comparison.
 */
export const ingestBench: BenchCase = {
  name: 'ingest',
  description: 'ingest into SQLite, documents/s and MB/s per format, beside the read+hash floor',
  async run({ quick }) {
    const n = quick ? 500 : 10_000;
    const articles = generateArticles(n, 7, 5000);
    const rows: (string | number)[][] = [];
    const figures: Record<string, number> = { documents: n };
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    try {
      for (const f of FORMATS) {
        const docs = articles.map(f.render);
        const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
        const floor = await measure(() => {
          for (const d of docs) createHash('sha256').update(Buffer.from(d)).digest();
        });
        const store = SqliteStore.open(join(dir, `${f.name}.db`));
        const fixed = new Date('2022-03-01T00:00:00Z');
        const run = await measure(async () => {
          let failed = 0;
          for (let i = 0; i < docs.length; i++) {
            const items = await ingestText(store, `bench-${i}.${f.ext}`, docs[i]!, { now: () => fixed });
            failed += items.filter((x) => x.status === 'failed').length;
          }
          return failed;
        });
        await store.close();
        const dps = n / (run.ms / 1000);
        const mbs = mbPerSecond(bytes, run.ms);
        const floorMbs = mbPerSecond(bytes, floor.ms);
        rows.push([
          f.name,
          n,
          (bytes / n / 1024).toFixed(1),
          Math.round(dps),
          mbs.toFixed(2),
          floorMbs.toFixed(0),
          (floorMbs / mbs).toFixed(0),
          Math.round(run.peakRssMb),
          run.result,
        ]);
        figures[`${f.name}DocsPerSecond`] = Math.round(dps);
        figures[`${f.name}MBps`] = Number(mbs.toFixed(3));
        figures[`${f.name}FloorRatio`] = Number((floorMbs / mbs).toFixed(1));
        figures[`${f.name}PeakRssMb`] = Math.round(run.peakRssMb);
        figures[`${f.name}Failed`] = run.result;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      table: formatTable(
        ['format', 'docs', 'KB/doc', 'docs/s', 'MB/s', 'floor MB/s', 'floor/ingest', 'peak RSS MB', 'failed'],
        rows,
      ),
      figures,
    };
  },
};
