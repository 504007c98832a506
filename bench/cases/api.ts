import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from '../../eval/lib/task.ts';
import { startApiServer } from '../../src/api/server.ts';
import { ingestText } from '../../src/app/ingest.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { generateArticles, toMarkdown } from '../lib/corpus.ts';
import type { BenchCase } from '../lib/types.ts';

/** Concurrent clients, as the issue asks. */
const CONNECTIONS = 50;

/** Set in the child process that serves the store under load. */
const CHILD_DB = process.env.SITREP_BENCH_API_DB;

interface Load {
  readonly requests: number;
  readonly non2xx: number;
  readonly seconds: number;
  readonly latencies: number[];
  readonly tool: string;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;

/** The server runs in its own process (one event loop, as deployed) so the load generator does not share it. */
async function serveChild(dbPath: string): Promise<void> {
  const store = SqliteStore.open(dbPath);
  const cache = process.env.SITREP_BENCH_API_CACHE === '1';
  const api = await startApiServer({ store, host: '127.0.0.1', port: 0, cache, log: () => {} });
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'rss')
      process.send!({
        type: 'rss',
        rssMb: process.memoryUsage().rss / 1024 / 1024,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      });
    if (m.type === 'stop') {
      await api.close();
      await store.close();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', url: api.url });
}

if (CHILD_DB && process.send) await serveChild(CHILD_DB);

/** Words of the generated corpus (bench/lib/corpus.ts), paired into distinct search queries. */
const QUERY_WORDS = (
  'troops Belarus Minsk drills tanks Poland border NATO exercise Kremlin soldiers Brest Lukashenko Putin ' +
  'Khrenin Gomel Kyiv Vilnius Riga Pentagon Interfax BelTA Lithuania Latvia Estonia Germany Russia Ukraine ' +
  'battalions paratroopers warned denied minister spokesman OSCE Zapad Union Shield Courage Storm'
).split(' ');

/** 1,560 two-word queries in a scrambled order, so consecutive requests share no ranking. */
function distinctSearches(): string[] {
  const pairs = QUERY_WORDS.flatMap((a) => QUERY_WORDS.filter((b) => b !== a).map((b) => `${a} ${b}`));
  return pairs.map(
    (_, i) => `/api/search?q=${encodeURIComponent(pairs[(i * 7919) % pairs.length]!)}&limit=20`,
  );
}

/**
 * autocannon for `seconds` at 50 connections (cycling through `paths` when given, else `url`'s path);
 * a bounded fetch loop when autocannon is not installed.
 */
async function load(url: string, seconds: number, paths?: readonly string[]): Promise<Load> {
  let next = 0;
  const nextPath = () => paths![next++ % paths!.length]!;
  const latencies: number[] = [];
  let mod: { default: (opts: object) => unknown } | null = null;
  try {
    mod = (await import('autocannon' as string)) as { default: (opts: object) => unknown };
  } catch {
    mod = null;
  }
  if (mod) {
    const instance = mod.default({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      pipelining: 1,
      ...(paths
        ? { requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: nextPath() }) }] }
        : {}),
    }) as Promise<{
      requests: { total: number };
      non2xx: number;
      duration: number;
    }> & { on(e: 'response', f: (c: unknown, status: number, bytes: number, ms: number) => void): void };
    instance.on('response', (_c, _s, _b, ms) => latencies.push(ms));
    const r = await instance;
    return {
      requests: r.requests.total,
      non2xx: r.non2xx,
      seconds: r.duration,
      latencies,
      tool: 'autocannon',
    };
  }
  // Fallback: 50 workers issuing requests until the time or the count bound is reached.
  const deadline = performance.now() + seconds * 1000;
  const maxRequests = 200 * seconds * CONNECTIONS;
  let sent = 0;
  let non2xx = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline && sent < maxRequests) {
        sent++;
        const start = performance.now();
        const res = await fetch(paths ? new URL(nextPath(), url).href : url);
        await res.arrayBuffer();
        if (res.status >= 300) non2xx++;
        latencies.push(performance.now() - start);
      }
    }),
  );
  return { requests: sent, non2xx, seconds: (performance.now() - t0) / 1000, latencies, tool: 'fetch loop' };
}

/**
 * The HTTP API under load: a store of generated articles ingested through `ingestText`, served by
 * `sitrep serve`'s server in a child process, hammered by 50 concurrent clients on loopback.
 */
export const apiBench: BenchCase = {
  name: 'api',
  description:
    'HTTP API at 50 concurrent clients on loopback: p50/p95/p99 ms and requests/s for search, timeline, entity',
  async run({ quick }) {
    const n = quick ? 500 : 10_000;
    const seconds = quick ? 3 : 10;
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
    const dbPath = join(dir, 'api.db');
    const figures: Record<string, number | string> = { documents: n, connections: CONNECTIONS };
    const rows: (string | number)[][] = [];
    try {
      const store = SqliteStore.open(dbPath);
      const fixed = new Date('2022-03-01T00:00:00Z');
      const t0 = performance.now();
      for (const [i, a] of generateArticles(n, 11, 5000).entries())
        await ingestText(store, `bench-${i}.md`, toMarkdown(a), { now: () => fixed });
      figures.ingestSeconds = Number(((performance.now() - t0) / 1000).toFixed(1));
      await store.close();

      const startChild = (cache: boolean) => {
        const child = fork(fileURLToPath(import.meta.url), [], {
          execArgv: ['--import', 'tsx'],
          env: { ...process.env, SITREP_BENCH_API_DB: dbPath, SITREP_BENCH_API_CACHE: cache ? '1' : '0' },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        const ask = <T>(type: string, reply: string) =>
          new Promise<T>((resolve) => {
            const on = (m: { type: string }) => {
              if (m.type === reply) {
                child.off('message', on);
                resolve(m as T);
              }
            };
            child.on('message', on);
            if (type) child.send({ type });
          });
        const stop = async () => {
          child.send({ type: 'stop' });
          await new Promise((resolve) => child.once('exit', resolve));
        };
        return { child, ask, stop };
      };
      const measureTarget = async (url: string, name: string, path: string, paths?: readonly string[]) => {
        // Requests still queued from the previous run are answered before this one starts.
        await (await fetch(`${url}/api`)).arrayBuffer();
        const t = performance.now();
        await (await fetch(url + path)).arrayBuffer();
        const coldMs = performance.now() - t;
        const r = await load(url + path, seconds, paths);
        const sorted = [...r.latencies].sort((a, b) => a - b);
        const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
        const rps = r.requests / r.seconds;
        rows.push([
          name,
          path.split('?')[0]!,
          Math.round(rps),
          p50!.toFixed(1),
          p95!.toFixed(1),
          p99!.toFixed(1),
          coldMs.toFixed(0),
          r.non2xx,
        ]);
        figures[`${name}Rps`] = Math.round(rps);
        figures[`${name}P50Ms`] = Number(p50!.toFixed(2));
        figures[`${name}P95Ms`] = Number(p95!.toFixed(2));
        figures[`${name}P99Ms`] = Number(p99!.toFixed(2));
        figures[`${name}Non2xx`] = r.non2xx;
        figures.tool = r.tool;
      };
      const searchPath = `/api/search?q=${encodeURIComponent('troops Belarus')}&limit=20`;
      const { ask, stop } = startChild(false);
      try {
        const { url } = await ask<{ url: string }>('', 'ready');
        // First cross-document request builds the index; later ones read it.
        const t = performance.now();
        const stats = (await (await fetch(`${url}/api/stats`)).json()) as {
          entities: number;
          events: number;
        };
        figures.indexBuildMs = Math.round(performance.now() - t);
        figures.entities = stats.entities;
        figures.events = stats.events;
        const top = (await (await fetch(`${url}/api/entities?limit=1`)).json()) as {
          items: { key: string }[];
        };
        const key = encodeURIComponent(top.items[0]?.key ?? 'x');
        const targets: [string, string][] = [
          ['search', searchPath],
          ['timeline', '/api/timeline?limit=500'],
          ['entity', `/api/entities/${key}?limit=50`],
          ['entities', '/api/entities?limit=50'],
        ];
        for (const [name, path] of targets) await measureTarget(url, name, path);
        // A different query on every request: what a ranking costs when nothing is kept.
        const distinct = distinctSearches();
        await measureTarget(url, 'searchDistinct', distinct.at(-1)!, distinct);
        const mem = await ask<{ rssMb: number; peakRssMb: number }>('rss', 'rss');
        figures.serverRssMb = Math.round(mem.rssMb);
        figures.serverPeakRssMb = Math.round(mem.peakRssMb);
      } finally {
        await stop();
      }
      // The same search with the server's response cache on (the default of `sitrep serve`).
      const cached = startChild(true);
      try {
        const { url } = await cached.ask<{ url: string }>('', 'ready');
        await measureTarget(url, 'searchCached', searchPath);
      } finally {
        await cached.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      table:
        formatTable(
          ['endpoint', 'path', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'first ms', 'non-2xx'],
          rows,
        ) +
        `\n${n} documents (ingest ${figures.ingestSeconds} s), ${figures.entities} entities, ${figures.events} events; ` +
        `first cross-document answer after start ${figures.indexBuildMs} ms; server RSS ${figures.serverRssMb} MB (peak ${figures.serverPeakRssMb} MB); ${CONNECTIONS} clients via ${figures.tool}, ${seconds} s each; response cache off except searchCached; search repeats one query, searchDistinct asks ${distinctSearches().length} different ones; goal p95 < 50 ms`,
      figures,
    };
  },
};
