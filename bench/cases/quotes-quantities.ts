import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from '../../eval/lib/task.ts';
import { findQuantities } from '../../src/extract/quantities/stage.ts';
import { findQuotes } from '../../src/extract/quotes/stage.ts';
import { splitSentences } from '../../src/extract/segment/sentences.ts';
import { generateArticles } from '../lib/corpus.ts';
import { mbPerSecond, measure, medianWallCpuMs } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

/** Where the shared datasets live: `SITREP_SHARED`, else `../shared` beside the repository. */
const SHARED =
  process.env.SITREP_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/**
 * Real news for the second pair of rows: the article texts of PolNeAR's train split (US political
 * news, 2016), when `../shared` is there. The generated corpus has an attribution in seven
 * sentences of eight, so it is the harder case; this shows what the stages cost on ordinary copy.
 * `null` when the data is absent (the rows are then skipped with a message).
 */
function realNews(limit: number): string[] | null {
  const dir = join(SHARED, 'datasets/polnear/train/text');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit)
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * Untimed passes before the timed ones: a stage's steady state (compiled code, filled token tables)
 * is what a pipeline reading hundreds of articles runs at. On real news the quote stage needs about
 * two passes over the 840 articles to reach it, the quantity stage about four (its first pass reads
 * a fifth of its later speed); the first pass is reported as the cold figure.
 */
const WARMUP = 2;

/** Median wall and CPU time of each stage over `texts` (sentences computed beforehand), after WARMUP passes. */
async function timeStages(texts: readonly string[], runs: number, warmup: number) {
  const sentences = texts.map((t) => splitSentences(t));
  let quantities = 0;
  let quotes = 0;
  const qty = await medianWallCpuMs(
    () => {
      quantities = 0;
      for (let i = 0; i < texts.length; i++)
        quantities += findQuantities({ text: texts[i]!, sentences: sentences[i]! }).length;
    },
    runs,
    warmup,
  );
  const quote = await medianWallCpuMs(
    () => {
      quotes = 0;
      for (let i = 0; i < texts.length; i++)
        quotes += findQuotes({ text: texts[i]!, sentences: sentences[i]! }).length;
    },
    runs,
    warmup,
  );
  return { qty, quote, quantities, quotes, sentences };
}

/**
 * The quantity and quote stages alone, in MB/s of article text, on the generated corpus: sentence
 * spans are computed beforehand (they come from the segment stage), so each figure is the stage's
 * own cost. Beside them in the same run: the sentence splitter and the hash floor, as ratios.
 * Each is given by wall time and by the process's CPU time: the goal is MB/s on one core, and on a
 * shared machine the wall time also counts the waits for a core.
 */
export const quotesQuantitiesBench: BenchCase = {
  name: 'quotes-quantities',
  description: 'quantity and quote stages, MB/s of text each, beside sentence splitting and a hash floor',
  async run({ quick }) {
    const n = quick ? 300 : 3000;
    const texts = generateArticles(n, 11, 5000).map((a) => a.body);
    const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
    const runs = quick ? 3 : 5;
    const floor = await medianWallCpuMs(() => {
      for (const t of texts) createHash('sha256').update(t).digest();
    }, runs);
    const split = await medianWallCpuMs(() => {
      for (const t of texts) splitSentences(t);
    }, runs);
    const warmup = quick ? 0 : WARMUP;
    const { qty, quote, quantities, quotes, sentences } = await timeStages(texts, runs, warmup);
    const peak = await measure(() => {
      for (let i = 0; i < texts.length; i++) {
        findQuantities({ text: texts[i]!, sentences: sentences[i]! });
        findQuotes({ text: texts[i]!, sentences: sentences[i]! });
      }
    });
    const floorMBps = mbPerSecond(bytes, floor.wallMs);
    const row = (
      name: string,
      t: { wallMs: number; cpuMs: number; coldCpuMs?: number },
      found: number | '',
      size = bytes,
      docs = n,
    ) => [
      name,
      mbPerSecond(size, t.wallMs).toFixed(2),
      mbPerSecond(size, t.cpuMs).toFixed(2),
      t.coldCpuMs === undefined ? '' : mbPerSecond(size, t.coldCpuMs).toFixed(2),
      Math.round(docs / (t.wallMs / 1000)),
      found,
      (floorMBps / mbPerSecond(size, t.wallMs)).toFixed(0),
    ];
    const rows = [
      row('quantity stage', qty, quantities),
      row('quote stage', quote, quotes),
      row('sentence split (peer)', { wallMs: split.wallMs, cpuMs: split.cpuMs }, ''),
      [
        'sha256 (floor)',
        floorMBps.toFixed(0),
        mbPerSecond(bytes, floor.cpuMs).toFixed(0),
        '',
        Math.round(n / (floor.wallMs / 1000)),
        '',
        '1',
      ],
    ];
    const fig = (ms: number, size = bytes) => Number(mbPerSecond(size, ms).toFixed(3));
    const real = realNews(quick ? 100 : 1000);
    let realNote = `   real news: skipped, ${join(SHARED, 'datasets/polnear/train/text')} not found`;
    const realFigures: Record<string, number> = {};
    if (real) {
      const realBytes = real.reduce((s, t) => s + Buffer.byteLength(t), 0);
      const r = await timeStages(real, runs, warmup);
      rows.push(
        row('quantity stage, real news', r.qty, r.quantities, realBytes, real.length),
        row('quote stage, real news', r.quote, r.quotes, realBytes, real.length),
      );
      realNote = `   real news: PolNeAR train texts, ${real.length} documents, ${(realBytes / 1024 / 1024).toFixed(1)} MB`;
      Object.assign(realFigures, {
        realDocuments: real.length,
        realQuantityCpuMBps: fig(r.qty.cpuMs, realBytes),
        realQuoteCpuMBps: fig(r.quote.cpuMs, realBytes),
        realQuantityColdCpuMBps: fig(r.qty.coldCpuMs, realBytes),
        realQuoteColdCpuMBps: fig(r.quote.coldCpuMs, realBytes),
      });
    }
    return {
      table: `   generated: ${n} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, median of ${runs} after ${warmup} untimed passes (cold: the first pass), peak RSS ${Math.round(peak.peakRssMb)} MB\n${realNote}\n${formatTable(['stage', 'MB/s', 'MB/CPU-s', 'cold MB/CPU-s', 'docs/s', 'found', 'floor/stage'], rows)}`,
      figures: {
        documents: n,
        quantityMBps: fig(qty.wallMs),
        quoteMBps: fig(quote.wallMs),
        sentenceMBps: fig(split.wallMs),
        floorMBps: Number(floorMBps.toFixed(1)),
        quantityCpuMBps: fig(qty.cpuMs),
        quoteCpuMBps: fig(quote.cpuMs),
        quantityColdCpuMBps: fig(qty.coldCpuMs),
        quoteColdCpuMBps: fig(quote.coldCpuMs),
        sentenceCpuMBps: fig(split.cpuMs),
        quantitiesFound: quantities,
        quotesFound: quotes,
        peakRssMb: Math.round(peak.peakRssMb),
        ...realFigures,
      },
    };
  },
};
