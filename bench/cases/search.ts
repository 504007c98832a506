import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { formatTable } from '../../eval/lib/task.ts';
import { ingestText } from '../../src/app/ingest.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { SqliteSearch } from '../../src/store/sqlite/search.ts';
import type { SearchPage } from '../../src/store/types.ts';
import { generateArticles, toMarkdown } from '../lib/corpus.ts';
import type { BenchCase } from '../lib/types.ts';
import { distinctQueries, mixedQueries, phrasePrefixQueries } from './api.ts';

/** Queries per block; the searchers take turns block by block, so load on the machine falls on both. */
const BLOCK = 50;

/** Queries whose second page is compared between this checkout and the baseline (first pages: all). */
const COMPARED = 200;

interface Searcher {
  page(query: string, options: { limit: number; offset?: number }): SearchPage;
  warm?(): void;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * Search without HTTP: CPU time per query of the store's search (first page of 20, total, facets,
 * snippets) over queries that never repeat, on the API bench's store; with
 * SITREP_BENCH_API_BASELINE, a baseline checkout's search beside it on the same connection, and
 * whether both answer the same (ids, scores, totals, facets).
 */
export const searchBench: BenchCase = {
  name: 'search',
  description: 'Store search in-process: CPU ms per distinct query (p50/p95/p99), baseline side by side',
  async run({ quick }) {
    const kept = process.env.SITREP_BENCH_API_STORE;
    const dir = kept && existsSync(kept) ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-search-'));
    const dbPath = dir ? join(dir, 'search.db') : kept!;
    try {
      if (dir) {
        const store = SqliteStore.open(dbPath);
        const fixed = new Date('2022-03-01T00:00:00Z');
        for (const [i, a] of generateArticles(quick ? 300 : 2000, 11, 5000).entries())
          await ingestText(store, `bench-${i}.md`, toMarkdown(a), { now: () => fixed });
        await store.close();
      }
      const db = new Database(dbPath, { readonly: true });
      const version = () => String(db.pragma('data_version', { simple: true }));
      const searchers: [string, Searcher][] = [['this', new SqliteSearch(db, version)]];
      const baselineRoot = process.env.SITREP_BENCH_API_BASELINE;
      if (baselineRoot) {
        const mod = (await import(join(resolve(baselineRoot), 'src/store/sqlite/search.ts'))) as {
          SqliteSearch: new (db: Database.Database, version: () => string) => Searcher;
        };
        searchers.push(['baseline', new mod.SqliteSearch(db, version)]);
      }
      const figures: Record<string, number | string> = {
        documents: db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
      };
      for (const [label, s] of searchers) {
        const t = performance.now();
        s.warm?.();
        figures[`${label}.warmMs`] = Math.round(performance.now() - t);
      }
      const rows: (string | number)[][] = [];
      for (const [set, all] of [
        ['distinct', distinctQueries()],
        ['mixed', mixedQueries()],
        ['phrasePrefix', phrasePrefixQueries()],
      ] as const) {
        const queries = quick ? all.slice(0, 200) : all;
        const cpu = new Map<string, number[]>(searchers.map(([label]) => [label, []]));
        for (let i = 0; i < queries.length; i += BLOCK)
          for (const [label, s] of searchers)
            for (const q of queries.slice(i, i + BLOCK)) {
              const c0 = process.cpuUsage();
              s.page(q, { limit: 20 });
              const c = process.cpuUsage(c0);
              cpu.get(label)!.push((c.user + c.system) / 1000);
            }
        for (const [label] of searchers) {
          const xs = cpu.get(label)!;
          const sorted = [...xs].sort((a, b) => a - b);
          const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
          const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
          rows.push([
            set,
            label,
            xs.length,
            mean.toFixed(2),
            p50!.toFixed(2),
            p95!.toFixed(2),
            p99!.toFixed(2),
          ]);
          figures[`${label}.${set}MeanCpuMs`] = Number(mean.toFixed(3));
          figures[`${label}.${set}P95CpuMs`] = Number(p95!.toFixed(3));
        }
        if (searchers.length > 1) {
          let same = 0;
          let sameRanking = 0;
          // Every query's first page, and the second page of the first COMPARED (a kept ranking).
          const compared = [
            ...queries.map((q) => [q, 0] as const),
            ...queries.slice(0, COMPARED).map((q) => [q, 20] as const),
          ];
          for (const [q, offset] of compared) {
            const [a, b] = searchers.map(([, s]) => s.page(q, { limit: 20, offset }));
            // Whole hits: ids, scores, titles, dates, snippets.
            const key = (p: SearchPage) => JSON.stringify([p.hits, p.total, p.facets]);
            if (key(a!) === key(b!)) same++;
            // The same without snippets: ids, scores, titles, dates, totals, facets.
            const ranking = (p: SearchPage) =>
              JSON.stringify([p.hits.map(({ snippet: _, ...h }) => h), p.total, p.facets]);
            if (ranking(a!) === ranking(b!)) sameRanking++;
          }
          figures[`${set}SameAsBaseline`] = `${same}/${compared.length}`;
          figures[`${set}SameRankingAsBaseline`] = `${sameRanking}/${compared.length}`;
        }
      }
      db.close();
      const agree =
        searchers.length > 1
          ? `; pages equal to the baseline's (hits with scores and snippets, total, facets; every first page, 200 second pages): distinct ${figures.distinctSameAsBaseline}, mixed ${figures.mixedSameAsBaseline}, phrasePrefix ${figures.phrasePrefixSameAsBaseline}; apart from snippets: distinct ${figures.distinctSameRankingAsBaseline}, mixed ${figures.mixedSameRankingAsBaseline}, phrasePrefix ${figures.phrasePrefixSameRankingAsBaseline}`
          : '';
      return {
        table:
          formatTable(['queries', 'searcher', 'n', 'mean CPU ms', 'p50', 'p95', 'p99'], rows) +
          `\n${figures.documents} documents; warm-up ${searchers.map(([l]) => `${l} ${figures[`${l}.warmMs`]} ms`).join(', ')}` +
          agree,
        figures,
      };
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  },
};
