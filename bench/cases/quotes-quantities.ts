import { createHash } from 'node:crypto';
import { formatTable } from '../../eval/lib/task.ts';
import { findQuantities } from '../../src/extract/quantities/stage.ts';
import { findQuotes } from '../../src/extract/quotes/stage.ts';
import { splitSentences } from '../../src/extract/segment/sentences.ts';
import { generateArticles } from '../lib/corpus.ts';
import { mbPerSecond, measure, medianWallCpuMs } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

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
    const sentences = texts.map((t) => splitSentences(t));
    const runs = quick ? 3 : 5;
    const floor = await medianWallCpuMs(() => {
      for (const t of texts) createHash('sha256').update(t).digest();
    }, runs);
    const split = await medianWallCpuMs(() => {
      for (const t of texts) splitSentences(t);
    }, runs);
    let quantities = 0;
    let quotes = 0;
    const qty = await medianWallCpuMs(() => {
      quantities = 0;
      for (let i = 0; i < texts.length; i++)
        quantities += findQuantities({ text: texts[i]!, sentences: sentences[i]! }).length;
    }, runs);
    const quote = await medianWallCpuMs(() => {
      quotes = 0;
      for (let i = 0; i < texts.length; i++)
        quotes += findQuotes({ text: texts[i]!, sentences: sentences[i]! }).length;
    }, runs);
    const peak = await measure(() => {
      for (let i = 0; i < texts.length; i++) {
        findQuantities({ text: texts[i]!, sentences: sentences[i]! });
        findQuotes({ text: texts[i]!, sentences: sentences[i]! });
      }
    });
    const floorMBps = mbPerSecond(bytes, floor.wallMs);
    const row = (name: string, t: { wallMs: number; cpuMs: number }, found: number | '') => [
      name,
      mbPerSecond(bytes, t.wallMs).toFixed(2),
      mbPerSecond(bytes, t.cpuMs).toFixed(2),
      Math.round(n / (t.wallMs / 1000)),
      found,
      (floorMBps / mbPerSecond(bytes, t.wallMs)).toFixed(0),
    ];
    const rows = [
      row('quantity stage', qty, quantities),
      row('quote stage', quote, quotes),
      row('sentence split (peer)', split, ''),
      [
        'sha256 (floor)',
        floorMBps.toFixed(0),
        mbPerSecond(bytes, floor.cpuMs).toFixed(0),
        Math.round(n / (floor.wallMs / 1000)),
        '',
        '1',
      ],
    ];
    const fig = (ms: number) => Number(mbPerSecond(bytes, ms).toFixed(3));
    return {
      table: `   ${n} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, median of ${runs}, peak RSS ${Math.round(peak.peakRssMb)} MB\n${formatTable(['stage', 'MB/s', 'MB/CPU-s', 'docs/s', 'found', 'floor/stage'], rows)}`,
      figures: {
        documents: n,
        quantityMBps: fig(qty.wallMs),
        quoteMBps: fig(quote.wallMs),
        sentenceMBps: fig(split.wallMs),
        floorMBps: Number(floorMBps.toFixed(1)),
        quantityCpuMBps: fig(qty.cpuMs),
        quoteCpuMBps: fig(quote.cpuMs),
        sentenceCpuMBps: fig(split.cpuMs),
        quantitiesFound: quantities,
        quotesFound: quotes,
        peakRssMb: Math.round(peak.peakRssMb),
      },
    };
  },
};
