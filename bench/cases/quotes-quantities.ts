import { createHash } from 'node:crypto';
import { formatTable } from '../../eval/lib/task.ts';
import { findQuantities } from '../../src/extract/quantities/stage.ts';
import { findQuotes } from '../../src/extract/quotes/stage.ts';
import { splitSentences } from '../../src/extract/segment/sentences.ts';
import { generateArticles } from '../lib/corpus.ts';
import { mbPerSecond, measure, medianMs } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

/**
 * The quantity and quote stages alone, in MB/s of article text, on the generated corpus: sentence
 * spans are computed beforehand (they come from the segment stage), so each figure is the stage's
 * own cost. Beside them in the same run: the sentence splitter and the hash floor, as ratios.
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
    const floorMs = await medianMs(() => {
      for (const t of texts) createHash('sha256').update(t).digest();
    }, runs);
    const splitMs = await medianMs(() => {
      for (const t of texts) splitSentences(t);
    }, runs);
    let quantities = 0;
    let quotes = 0;
    const qtyMs = await medianMs(() => {
      quantities = 0;
      for (let i = 0; i < texts.length; i++)
        quantities += findQuantities({ text: texts[i]!, sentences: sentences[i]! }).length;
    }, runs);
    const quoteMs = await medianMs(() => {
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
    const floor = mbPerSecond(bytes, floorMs);
    const rows = [
      [
        'quantity stage',
        mbPerSecond(bytes, qtyMs).toFixed(2),
        Math.round(n / (qtyMs / 1000)),
        quantities,
        (floor / mbPerSecond(bytes, qtyMs)).toFixed(0),
      ],
      [
        'quote stage',
        mbPerSecond(bytes, quoteMs).toFixed(2),
        Math.round(n / (quoteMs / 1000)),
        quotes,
        (floor / mbPerSecond(bytes, quoteMs)).toFixed(0),
      ],
      [
        'sentence split (peer)',
        mbPerSecond(bytes, splitMs).toFixed(2),
        Math.round(n / (splitMs / 1000)),
        '',
        (floor / mbPerSecond(bytes, splitMs)).toFixed(0),
      ],
      ['sha256 (floor)', floor.toFixed(0), Math.round(n / (floorMs / 1000)), '', '1'],
    ];
    return {
      table: `   ${n} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, median of ${runs}, peak RSS ${Math.round(peak.peakRssMb)} MB\n${formatTable(['stage', 'MB/s', 'docs/s', 'found', 'floor/stage'], rows)}`,
      figures: {
        documents: n,
        quantityMBps: Number(mbPerSecond(bytes, qtyMs).toFixed(3)),
        quoteMBps: Number(mbPerSecond(bytes, quoteMs).toFixed(3)),
        sentenceMBps: Number(mbPerSecond(bytes, splitMs).toFixed(3)),
        floorMBps: Number(floor.toFixed(1)),
        quantitiesFound: quantities,
        quotesFound: quotes,
        peakRssMb: Math.round(peak.peakRssMb),
      },
    };
  },
};
