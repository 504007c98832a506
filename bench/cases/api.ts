import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from '../../eval/lib/task.ts';
import { startApiServer } from '../../src/api/server.ts';
import { ingestText } from '../../src/app/ingest.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { generateArticles, toMarkdown } from '../lib/corpus.ts';
import type { BenchCase } from '../lib/types.ts';

/** Concurrent clients, as the issue asks. */
const CONNECTIONS = 50;

/** Entity pages cycled through by `entityDistinct` (the most mentioned first). */
const ENTITY_PAGES = 200;

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
  // Listening at once; measured once the term index and the corpus index are built.
  process.send!({ type: 'listening', url: api.url });
  await store.warmSearch?.();
  await (await fetch(`${api.url}/api/stats`)).arrayBuffer();
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
export function distinctQueries(): string[] {
  const pairs = QUERY_WORDS.flatMap((a) => QUERY_WORDS.filter((b) => b !== a).map((b) => `${a} ${b}`));
  return pairs.map((_, i) => pairs[(i * 7919) % pairs.length]!);
}

const searchUrl = (q: string) => `/api/search?q=${encodeURIComponent(q)}&limit=20`;

function distinctSearches(): string[] {
  return distinctQueries().map(searchUrl);
}

/** Full names and multi-word names of the generated corpus, typed as users type them. */
const NAMES = [
  'Alexander Lukashenko',
  'Vladimir Putin',
  'Viktor Khrenin',
  'Jens Stoltenberg',
  'Antony Blinken',
  'Oleksii Reznikov',
  'Gitanas Nauseda',
];
const PHRASES = ['"Union Shield"', '"Steppe Storm"', '"fighter jets"', '"armoured vehicles"', '"false flag"'];

/**
 * A mix of what people type, a different query each time: single words, full names, a name with a
 * place and an event word, and one in ten a quoted phrase or a prefix (which FTS5 answers).
 */
export function mixedQueries(): string[] {
  const out: string[] = [];
  const w = (i: number) => QUERY_WORDS[(i * 7919) % QUERY_WORDS.length]!;
  for (let i = 0; out.length < 600; i++) {
    const kind = i % 10;
    const q =
      kind === 0
        ? i % 20 === 0
          ? PHRASES[(i / 20) % PHRASES.length]!
          : `${w(i).slice(0, 4)}* ${w(i + 3)}`
        : kind <= 3
          ? w(i)
          : kind <= 6
            ? `${NAMES[i % NAMES.length]!}${kind === 6 ? ` ${w(i)}` : ''}`
            : `${NAMES[i % NAMES.length]!.split(' ')[1]} ${w(i)} ${w(i + 11)}`;
    out.push(q);
  }
  return out;
}

/**
 * Phrases and prefixes only, for comparing the in-memory answers with FTS5's (bench/cases/search.ts):
 * names and set phrases quoted as typed and reversed (reversed ones rarely match), pairs of corpus
 * words quoted, every corpus word cut to 1–5 letters as a prefix, alone and with a word, and a
 * quoted name with a word.
 */
export function phrasePrefixQueries(): string[] {
  const out = new Set<string>();
  const quoted = [...NAMES, ...PHRASES.map((p) => p.slice(1, -1))];
  for (const name of quoted) {
    out.add(`"${name}"`);
    out.add(`"${name.split(' ').reverse().join(' ')}"`);
  }
  for (const pair of distinctQueries().slice(0, 200)) out.add(`"${pair}"`);
  for (const [i, word] of QUERY_WORDS.entries())
    for (let n = 1; n <= 5; n++) {
      out.add(`${word.slice(0, n)}*`);
      out.add(`${word.slice(0, n)}* ${QUERY_WORDS[(i * 7 + n) % QUERY_WORDS.length]}`);
    }
  for (const [i, name] of quoted.entries())
    out.add(`"${name}" ${QUERY_WORDS[(i * 11) % QUERY_WORDS.length]}`);
  return [...out];
}

function mixedSearches(): string[] {
  return mixedQueries().map(searchUrl);
}

/**
 * Day windows over the timeline's range, as the web UI asks for them (six windows of the range,
 * and narrower ones as one zooms), each a different URL.
 */
function timelineWindows(start: string | null, end: string | null): string[] {
  if (!start || !end) return ['/api/timeline?limit=1000'];
  const a = Date.parse(`${start}T00:00:00Z`);
  const days = Math.max(1, Math.round((Date.parse(`${end}T00:00:00Z`) - a) / 86_400_000) + 1);
  const day = (n: number) => new Date(a + n * 86_400_000).toISOString().slice(0, 10);
  const out: string[] = [];
  for (const parts of [6, 12, 24, 48])
    for (let i = 0; i < parts; i++) {
      const size = Math.ceil(days / parts);
      out.push(
        `/api/timeline?from=${day(i * size)}&to=${day(Math.min(days - 1, (i + 1) * size - 1))}&limit=1000`,
      );
    }
  return out;
}

/**
 * The Node flags `bin/sitrep.js` of a checkout starts with (`#!/usr/bin/env -S node FLAGS`), so the
 * server under load runs as `sitrep serve` does; none when the shebang names none.
 */
export function launcherFlags(root: string): string[] {
  const bin = join(resolve(root), 'bin/sitrep.js');
  const first = existsSync(bin) ? readFileSync(bin, 'utf8').split('\n', 1)[0]! : '';
  const m = /^#!\S*env(?: -S)? node((?: --[\w-]+(?:=\S+)?)*)\s*$/.exec(first);
  return m?.[1] ? m[1].trim().split(/\s+/) : [];
}

/** User plus system CPU time of a process so far, in ms (Linux `/proc`; NaN elsewhere). */
function cpuMs(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/** Kernel clock ticks per second (`getconf CLK_TCK`, 100 on Linux). */
const CLOCK_TICKS = 100;

/** This checkout against the baseline, per endpoint: how many times fewer ms at p95 and of CPU. */
function ratioLines(f: Record<string, number | string>): string {
  const lines: string[] = [];
  for (const k of Object.keys(f)) {
    if (!k.startsWith('baseline.') || !k.endsWith('P95Ms')) continue;
    const name = k.slice('baseline.'.length, -'P95Ms'.length);
    const p95 = Number(f[k]) / Number(f[`${name}P95Ms`]);
    const cpu = Number(f[`baseline.${name}CpuMsPerRequest`]) / Number(f[`${name}CpuMsPerRequest`]);
    f[`${name}P95Ratio`] = Number(p95.toFixed(2));
    f[`${name}CpuRatio`] = Number(cpu.toFixed(2));
    lines.push(`${name}: p95 ${p95.toFixed(2)}×, CPU per request ${cpu.toFixed(2)}× (baseline ÷ this)`);
  }
  return lines.length ? `\n${lines.join('\n')}` : '';
}

/** Where each list of URLs cycled through by `load` stopped. */
const cycled = new WeakMap<readonly string[], number>();

/**
 * autocannon for `seconds` at 50 connections (cycling through `paths` when given, else `url`'s path);
 * a bounded fetch loop when autocannon is not installed.
 */
async function load(url: string, seconds: number, paths?: readonly string[]): Promise<Load> {
  // Each list goes on where its last run stopped: a row after its warm-up (or the same row again)
  // must not start over with URLs just answered, which the server would treat as repeats.
  let next = cycled.get(paths ?? []) ?? 0;
  const nextPath = () => {
    const p = paths![next++ % paths!.length]!;
    cycled.set(paths!, next);
    return p;
  };
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
    // A kept store (SITREP_BENCH_API_STORE) is built once and reused: ingesting 10,000 articles
    // takes far longer than measuring them, and the store does not depend on the API's code.
    const kept = process.env.SITREP_BENCH_API_STORE;
    const dir = kept ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
    const dbPath = kept ?? join(dir!, 'api.db');
    const figures: Record<string, number | string> = { documents: n, connections: CONNECTIONS };
    const rows: (string | number)[][] = [];
    try {
      if (kept && existsSync(kept)) figures.ingestSeconds = 'kept store';
      else {
        const store = SqliteStore.open(dbPath);
        const fixed = new Date('2022-03-01T00:00:00Z');
        const t0 = performance.now();
        for (const [i, a] of generateArticles(n, 11, 5000).entries())
          await ingestText(store, `bench-${i}.md`, toMarkdown(a), { now: () => fixed });
        figures.ingestSeconds = Number(((performance.now() - t0) / 1000).toFixed(1));
        await store.close();
      }

      // Servers to compare side by side: this checkout, and a baseline checkout when given.
      const baselineRoot = process.env.SITREP_BENCH_API_BASELINE;
      const servers: { label: string; script: string; cwd?: string }[] = [
        { label: 'this', script: fileURLToPath(import.meta.url) },
        ...(baselineRoot
          ? [
              {
                label: 'baseline',
                script: join(resolve(baselineRoot), 'bench/cases/api.ts'),
                cwd: resolve(baselineRoot),
              },
            ]
          : []),
      ];
      figures.servers = servers.map((s) => s.label).join(', ');
      const startChild = async (server: (typeof servers)[number], cache: boolean) => {
        const forked = performance.now();
        const child = fork(server.script, [], {
          // Node's flags as `sitrep serve` runs with them (its launcher's shebang), then tsx.
          execArgv: [...launcherFlags(server.cwd ?? '.'), '--import', 'tsx'],
          cwd: server.cwd,
          env: {
            ...process.env,
            // A baseline of an older schema cannot open a store this checkout migrated: it may read
            // its own copy (the same documents) from SITREP_BENCH_API_BASELINE_STORE.
            SITREP_BENCH_API_DB:
              server.label === 'baseline' ? (process.env.SITREP_BENCH_API_BASELINE_STORE ?? dbPath) : dbPath,
            SITREP_BENCH_API_CACHE: cache ? '1' : '0',
          },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        // A child that dies (a store it cannot open, a crash) fails the run instead of leaving it waiting.
        let exited: ((code: number | null) => void) | null = null;
        const died = new Promise<never>((_, reject) => {
          exited = (code) =>
            reject(new Error(`${server.label} server exited (code ${code}) before answering`));
        });
        died.catch(() => {});
        child.once('exit', (code) => exited?.(code));
        const ask = <T>(type: string, reply: string) =>
          Promise.race([
            new Promise<T>((resolve) => {
              const on = (m: { type: string }) => {
                if (m.type === reply) {
                  child.off('message', on);
                  resolve(m as T);
                }
              };
              child.on('message', on);
              if (type) child.send({ type });
            }),
            died,
          ]);
        const stop = async () => {
          exited = null;
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.send({ type: 'stop' });
          await new Promise((resolve) => child.once('exit', resolve));
        };
        // A baseline's child may only say 'ready' (listening after its indexes are built).
        const ready = ask<{ url: string }>('', 'ready');
        const first = await Promise.race([ask<{ url: string }>('', 'listening'), ready]);
        const readyMs = performance.now() - forked;
        // The first search answered (from FTS5 while the term index is still being built).
        const t = performance.now();
        await (await fetch(`${first.url}/api/search?q=troops&limit=20`)).arrayBuffer();
        const firstSearchMs = performance.now() - t;
        const { url } = await ready;
        const builtMs = performance.now() - forked;
        return { ...server, pid: child.pid!, url, ask, stop, cache, readyMs, firstSearchMs, builtMs };
      };
      type Running = Awaited<ReturnType<typeof startChild>>;
      const measureTarget = async (srv: Running, name: string, paths: readonly string[]) => {
        const { url } = srv;
        const key = srv.label === 'this' ? name : `${srv.label}.${name}`;
        // Requests still queued from the previous run are answered before this one starts.
        await (await fetch(`${url}/api`)).arrayBuffer();
        const t = performance.now();
        await (await fetch(url + paths[0]!)).arrayBuffer();
        const coldMs = performance.now() - t;
        const cpu0 = cpuMs(srv.pid);
        const r = await load(url + paths[0]!, seconds, paths.length > 1 ? paths : undefined);
        const cpuPerRequest = (cpuMs(srv.pid) - cpu0) / Math.max(1, r.requests);
        const sorted = [...r.latencies].sort((a, b) => a - b);
        const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
        const rps = r.requests / r.seconds;
        rows.push([
          name,
          srv.label,
          srv.cache ? 'on' : 'off',
          paths.length > 1 ? `${paths.length} URLs` : paths[0]!.split('?')[0]!,
          Math.round(rps),
          p50!.toFixed(1),
          p95!.toFixed(1),
          p99!.toFixed(1),
          cpuPerRequest.toFixed(3),
          coldMs.toFixed(0),
          r.non2xx,
        ]);
        figures[`${key}Rps`] = Math.round(rps);
        figures[`${key}P50Ms`] = Number(p50!.toFixed(2));
        figures[`${key}P95Ms`] = Number(p95!.toFixed(2));
        figures[`${key}P99Ms`] = Number(p99!.toFixed(2));
        figures[`${key}CpuMsPerRequest`] = Number(cpuPerRequest.toFixed(4));
        figures[`${key}Non2xx`] = r.non2xx;
        figures.tool = r.tool;
      };
      /** Each target on every server in turn, so that the machine's load falls on all alike. */
      const only = process.env.SITREP_BENCH_API_ONLY?.split(',');
      /** A row's URLs: the same for every server, or each server's own (entity keys differ between versions). */
      type Paths = string[] | ((srv: Running) => string[]);
      const pathsOf = (paths: Paths, srv: Running) => (typeof paths === 'function' ? paths(srv) : paths);
      const compare = async (running: Running[], targets: [string, Paths][]) => {
        const chosen = targets.filter(([n]) => !only || only.includes(n));
        // Two unmeasured seconds per server first: the garbage of building the indexes is
        // collected then, not in whichever row comes first.
        if (chosen.length > 0)
          for (const srv of running) {
            const first = pathsOf(chosen[0]![1], srv);
            await load(srv.url + first[0]!, 2, first);
          }
        for (const [name, paths] of chosen)
          for (const srv of running) await measureTarget(srv, name, pathsOf(paths, srv));
      };
      const searchPath = `/api/search?q=${encodeURIComponent('troops Belarus')}&limit=20`;
      let running: Running[] = [];
      try {
        for (const server of servers) running.push(await startChild(server, false));
        for (const srv of running) {
          const prefix = srv.label === 'this' ? '' : `${srv.label}.`;
          figures[`${prefix}listeningMs`] = Math.round(srv.readyMs);
          figures[`${prefix}firstSearchMs`] = Math.round(srv.firstSearchMs);
          figures[`${prefix}indexesBuiltMs`] = Math.round(srv.builtMs);
        }
        const url = running[0]!.url;
        // First cross-document request after start (the index is built at start, before listening).
        const t = performance.now();
        const stats = (await (await fetch(`${url}/api/stats`)).json()) as {
          entities: number;
          events: number;
        };
        figures.indexBuildMs = Math.round(performance.now() - t);
        figures.entities = stats.entities;
        figures.events = stats.events;
        // Each server's own most-documented entities: a version may key them differently.
        const tops = new Map<string, string[]>();
        for (const srv of running) {
          const top = (await (await fetch(`${srv.url}/api/entities?limit=${ENTITY_PAGES}`)).json()) as {
            items: { key: string }[];
          };
          tops.set(
            srv.label,
            top.items.map((e) => e.key),
          );
        }
        const entityPath = (k: string) => `/api/entities/${encodeURIComponent(k)}?limit=50`;
        const tl = (await (await fetch(`${url}/api/timeline?limit=1`)).json()) as {
          range: { start: string | null; end: string | null };
        };
        await compare(running, [
          ['search', [searchPath]],
          // A different query on every request: what a ranking costs when nothing is kept.
          ['searchDistinct', distinctSearches()],
          ['searchMixed', mixedSearches()],
          ['timeline', ['/api/timeline?limit=500']],
          ['timelineWindows', timelineWindows(tl.range.start, tl.range.end)],
          ['entity', (srv) => [entityPath(tops.get(srv.label)![0] ?? 'x')]],
          ['entityDistinct', (srv) => tops.get(srv.label)!.map(entityPath)],
          ['entities', ['/api/entities?limit=50']],
        ]);
        for (const srv of running) {
          const mem = await srv.ask<{ rssMb: number; peakRssMb: number }>('rss', 'rss');
          const prefix = srv.label === 'this' ? '' : `${srv.label}.`;
          figures[`${prefix}serverRssMb`] = Math.round(mem.rssMb);
          figures[`${prefix}serverPeakRssMb`] = Math.round(mem.peakRssMb);
        }
        for (const srv of running) await srv.stop();
        running = [];
        // The same pages with the server's response cache on (the default of `sitrep serve`).
        for (const server of servers) running.push(await startChild(server, true));
        await compare(running, [
          ['searchCached', [searchPath]],
          // Distinct queries with the cache on: 1,560 URLs cycle past 1,024 kept answers (plain LRU would
          // miss every time; the cache's admission keeps what it has, so about two in three hit).
          ['searchDistinctCached', distinctSearches()],
          ['timelineCached', ['/api/timeline?limit=500']],
          ['entityCached', (srv) => [entityPath(tops.get(srv.label)![0] ?? 'x')]],
        ]);
      } finally {
        for (const srv of running) await srv.stop();
      }
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
    return {
      table:
        formatTable(
          [
            'endpoint',
            'server',
            'cache',
            'path',
            'req/s',
            'p50 ms',
            'p95 ms',
            'p99 ms',
            'server CPU ms/req',
            'first ms',
            'non-2xx',
          ],
          rows,
        ) +
        `\n${n} documents (ingest ${figures.ingestSeconds} s), ${figures.entities} entities, ${figures.events} events; ` +
        `listening ${figures.listeningMs} ms after fork, then first search ${figures.firstSearchMs} ms, indexes built ${figures.indexesBuiltMs} ms after fork` +
        (figures['baseline.listeningMs'] !== undefined
          ? ` (baseline ${figures['baseline.listeningMs']}, ${figures['baseline.firstSearchMs']}, ${figures['baseline.indexesBuiltMs']} ms)`
          : '') +
        `; first cross-document answer after that ${figures.indexBuildMs} ms; server RSS ${figures.serverRssMb} MB (peak ${figures.serverPeakRssMb} MB)` +
        (figures['baseline.serverRssMb'] !== undefined
          ? `, baseline ${figures['baseline.serverRssMb']} MB (peak ${figures['baseline.serverPeakRssMb']} MB)`
          : '') +
        `; ${CONNECTIONS} clients via ${figures.tool}, ${seconds} s each; response cache off except *Cached rows (column cache); ` +
        `*Distinct and timelineWindows cycle through different URLs (nothing repeats soon); goal p95 < 50 ms` +
        ratioLines(figures),
      figures,
    };
  },
};
