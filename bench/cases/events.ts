import { formatTable } from '../../eval/lib/task.ts';
import { findEventsInMentions } from '../../src/extract/events/stage.ts';
import { createReader, STAGES } from '../../src/extract/pipeline.ts';
import type { ReadContext } from '../../src/extract/types.ts';
import { generateArticles } from '../lib/corpus.ts';
import { mbPerSecond, measure, medianMs } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

const PUBLISHED = '2022-01-17T12:00:00Z';

/**
 * The events stage alone, in MB/s of article text, on the generated corpus: the mentions it reads
 * (tokens, times, entities, quantities, quotes) are made beforehand by the stages above it. Beside
 * it in the same run, the whole reader without the events stage, as the peer: the ratio is what
 * events add to reading a document.
 */
export const eventsBench: BenchCase = {
  name: 'events',
  description: 'events stage, MB/s of text, beside the rest of the reader',
  async run({ quick }) {
    const n = quick ? 200 : 1500;
    const texts = generateArticles(n, 13, 5000).map((a) => a.body);
    const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
    const ctx = (text: string): ReadContext => ({
      text,
      published: PUBLISHED,
      updates: [],
      language: 'en',
      links: [],
      dateline: null,
    });
    const upstream = createReader(STAGES.filter((s) => !('stage' in s) || s.stage.name !== 'event'));
    const runs = quick ? 3 : 5;
    const mentions = texts.map((t) => upstream(ctx(t)).mentions);
    const readMs = await medianMs(() => {
      for (const t of texts) upstream(ctx(t));
    }, runs);
    let events = 0;
    const eventMs = await medianMs(() => {
      events = 0;
      for (let i = 0; i < n; i++) events += findEventsInMentions(texts[i]!, PUBLISHED, mentions[i]!).length;
    }, runs);
    const peak = await measure(() => {
      for (let i = 0; i < n; i++) findEventsInMentions(texts[i]!, PUBLISHED, mentions[i]!);
    });
    const rows = [
      ['events stage', mbPerSecond(bytes, eventMs).toFixed(2), Math.round(n / (eventMs / 1000)), events, '1'],
      [
        'reader without events (peer)',
        mbPerSecond(bytes, readMs).toFixed(2),
        Math.round(n / (readMs / 1000)),
        '',
        (readMs / eventMs).toFixed(1),
      ],
    ];
    return {
      table: `   ${n} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, median of ${runs}, peak RSS ${Math.round(peak.peakRssMb)} MB\n${formatTable(['stage', 'MB/s', 'docs/s', 'events', 'time ÷ events'], rows)}`,
      figures: {
        documents: n,
        eventMBps: Number(mbPerSecond(bytes, eventMs).toFixed(3)),
        readerMBps: Number(mbPerSecond(bytes, readMs).toFixed(3)),
        readerOverEvents: Number((readMs / eventMs).toFixed(2)),
        events,
      },
    };
  },
};
