import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable } from '../../eval/lib/task.ts';
import { ingestText } from '../../src/app/ingest.ts';
import { createReader, STAGES } from '../../src/extract/pipeline.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { generateArticles, toHtml, toMarkdown, toText } from '../lib/corpus.ts';
import { mbPerSecond, measure } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

type Render = (a: ReturnType<typeof generateArticles>[number]) => string;

/** Share of the corpus size each format runs on (HTML main-text extraction is far slower). */
const FORMATS: readonly { name: string; ext: string; render: Render; share: number }[] = [
  { name: 'markdown', ext: 'md', render: toMarkdown, share: 1 },
  { name: 'text', ext: 'txt', render: toText, share: 1 },
  { name: 'html', ext: 'html', render: toHtml, share: 0.2 },
];

/** The readers compared: segmentation only (the ingest layer), and the full stage table. */
const READERS = [
  { name: 'segment only', reader: createReader(STAGES.slice(0, 2)) },
  { name: 'full reader', reader: createReader(STAGES) },
] as const;

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
      for (const f of FORMATS)
        for (const r of READERS) {
          const docs = articles.slice(0, Math.round(n * f.share)).map(f.render);
          const count = docs.length;
          const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
          const floor = await measure(() => {
            for (const d of docs) createHash('sha256').update(Buffer.from(d)).digest();
          });
          const store = SqliteStore.open(join(dir, `${f.name}-${r.name.replace(/\s+/g, '-')}.db`));
          const fixed = new Date('2022-03-01T00:00:00Z');
          const run = await measure(async () => {
            let failed = 0;
            for (let i = 0; i < docs.length; i++) {
              const items = await ingestText(store, `bench-${i}.${f.ext}`, docs[i]!, {
                now: () => fixed,
                reader: r.reader,
              });
              failed += items.filter((x) => x.status === 'failed').length;
            }
            return failed;
          });
          await store.close();
          const dps = count / (run.ms / 1000);
          const mbs = mbPerSecond(bytes, run.ms);
          const floorMbs = mbPerSecond(bytes, floor.ms);
          rows.push([
            f.name,
            r.name,
            count,
            (bytes / count / 1024).toFixed(1),
            Math.round(dps),
            mbs.toFixed(2),
            floorMbs.toFixed(0),
            (floorMbs / mbs).toFixed(0),
            Math.round(run.peakRssMb),
            run.result,
          ]);
          const key = `${f.name}${r.name === 'full reader' ? 'Full' : 'Segment'}`;
          figures[`${key}DocsPerSecond`] = Math.round(dps);
          figures[`${key}MBps`] = Number(mbs.toFixed(3));
          figures[`${key}FloorRatio`] = Number((floorMbs / mbs).toFixed(1));
          figures[`${key}PeakRssMb`] = Math.round(run.peakRssMb);
          figures[`${key}Failed`] = run.result;
        }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      table: formatTable(
        [
          'format',
          'reader',
          'docs',
          'KB/doc',
          'docs/s',
          'MB/s',
          'floor MB/s',
          'floor/ingest',
          'peak RSS MB',
          'failed',
        ],
        rows,
      ),
      figures,
    };
  },
};
