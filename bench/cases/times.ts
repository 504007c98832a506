/**
 * The times stage alone, in MB/s, beside chrono-node on the same generated corpus (its bodies as
 * plain text, the publication date as the reference) and the floor of scanning the same bytes.
 * Medians of several interleaved rounds, since the machine is shared; the ratio is what to read.
 */
import * as chrono from 'chrono-node';
import { formatTable } from '../../eval/lib/task.ts';
import { extractTimes } from '../../src/extract/times/index.ts';
import { generateArticles } from '../lib/corpus.ts';
import { mbPerSecond, medianMs } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

export const timesBench: BenchCase = {
  name: 'times',
  description: 'times stage alone, MB/s, beside chrono-node on the same corpus',
  async run({ quick }) {
    const n = quick ? 100 : 1000;
    const articles = generateArticles(n, 11, 5000);
    const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.body), 0);
    let ours = 0;
    let theirs = 0;
    const runs = quick ? 5 : 7;
    // The two systems take turns, round by round, so that load from other processes on the shared
    // machine falls on both alike; the ratio is the median of the per-round ratios.
    const oursRuns: number[] = [];
    const chronoRuns: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      ours = 0;
      for (const a of articles) ours += extractTimes({ text: a.body, published: a.date }).length;
      const t1 = performance.now();
      theirs = 0;
      for (const a of articles) theirs += chrono.parse(a.body, new Date(`${a.date}T12:00:00Z`)).length;
      const t2 = performance.now();
      oursRuns.push(t1 - t0);
      chronoRuns.push(t2 - t1);
      ratios.push((t2 - t1) / (t1 - t0));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const oursMs = median(oursRuns);
    const chronoMs = median(chronoRuns);
    const ratio = median(ratios);
    const floorMs = await medianMs(() => {
      let k = 0;
      for (const a of articles)
        for (let i = 0; i < a.body.length; i++) k += a.body.charCodeAt(i) === 32 ? 1 : 0;
      return k;
    }, runs);
    const o = mbPerSecond(bytes, oursMs);
    const c = mbPerSecond(bytes, chronoMs);
    const f = mbPerSecond(bytes, floorMs);
    return {
      table: formatTable(
        ['system', 'docs', 'MB', 'MB/s', 'expressions', 'ratio to chrono'],
        [
          ['sitrep times', n, (bytes / 1024 / 1024).toFixed(1), o.toFixed(2), ours, ratio.toFixed(2)],
          ['chrono-node', n, (bytes / 1024 / 1024).toFixed(1), c.toFixed(2), theirs, '1.00'],
          ['floor (scan bytes)', n, (bytes / 1024 / 1024).toFixed(1), f.toFixed(0), '-', (f / c).toFixed(0)],
        ],
      ),
      figures: {
        documents: n,
        timesMBps: Number(o.toFixed(3)),
        chronoMBps: Number(c.toFixed(3)),
        ratioToChrono: Number(ratio.toFixed(2)),
        timesExpressions: ours,
        chronoExpressions: theirs,
      },
    };
  },
};
