import { fromMarkdown } from 'mdast-util-from-markdown';
import { formatTable } from '../../eval/lib/task.ts';
import { markdownAdapter } from '../../src/ingest/markdown.ts';
import { generateArticles, toMarkdown } from '../lib/corpus.ts';
import { mbPerSecond, medianMs } from '../lib/measure.ts';
import type { BenchCase } from '../lib/types.ts';

/** The hand-written Markdown reader beside mdast-util-from-markdown (parse only) on the same corpus. */
export const markdownBench: BenchCase = {
  name: 'markdown',
  description: 'Markdown to text with offsets, MB/s, beside mdast-util-from-markdown parsing the same files',
  async run({ quick }) {
    const docs = generateArticles(quick ? 200 : 2000, 11, 5000).map(toMarkdown);
    const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
    const ours = await medianMs(() => {
      for (const raw of docs) markdownAdapter({ origin: 'b.md', raw });
    }, 3);
    const peer = await medianMs(() => {
      for (const raw of docs) fromMarkdown(raw);
    }, 3);
    const o = mbPerSecond(bytes, ours);
    const p = mbPerSecond(bytes, peer);
    return {
      table: formatTable(
        ['reader', 'docs', 'MB/s', 'ratio'],
        [
          ['sitrep markdown', docs.length, o.toFixed(2), (o / p).toFixed(1)],
          ['mdast-util-from-markdown (peer)', docs.length, p.toFixed(2), '1.0'],
        ],
      ),
      figures: {
        oursMBps: Number(o.toFixed(2)),
        peerMBps: Number(p.toFixed(2)),
        ratio: Number((o / p).toFixed(2)),
      },
    };
  },
};
