import type { DocumentSummary } from '../store/types.ts';
import { type Command, println } from './command.ts';
import { colors, safe, truncate } from './format.ts';

/** One listing line: id, date (with its origin when not from metadata), outlet, title. */
export function summaryLine(d: DocumentSummary, stream: { isTTY?: boolean; columns?: number }): string {
  const c = colors(stream);
  const date = (d.published ?? '-').slice(0, 10).padEnd(10);
  // Dates not taken from metadata are flagged with where they came from.
  const from = d.publishedFrom && d.publishedFrom !== 'meta' ? `(${d.publishedFrom})` : '';
  const width = Math.max(30, (stream.columns ?? 120) - 70);
  const title = truncate(safe(d.title ?? '(untitled)'), width);
  const rev = d.current ? '' : c.dim(` [rev ${d.revision}, superseded]`);
  return `${d.id}  ${date} ${c.dim(from.padEnd(10))} ${truncate(safe(d.outlet ?? '-'), 24).padEnd(24)}  ${title}${rev}`;
}

/** `sitrep list` */
export const listCommand: Command = {
  name: 'list',
  summary: 'List stored documents, newest first, with the totals the database holds.',
  usage: 'list [--limit N] [--offset N] [--all] [--json]',
  flags: {
    limit: { type: 'string', value: 'N', help: 'how many documents (default 50)' },
    offset: { type: 'string', value: 'N', help: 'skip the first N' },
    all: { type: 'boolean', help: 'include superseded revisions' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  examples: ['sitrep list', 'sitrep list --limit 10 --json'],
  async run(ctx) {
    const limit = Number(ctx.flags.limit ?? 50);
    const offset = Number(ctx.flags.offset ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000 || !Number.isInteger(offset) || offset < 0) {
      println(ctx.err, 'sitrep list: --limit must be 1–10000 and --offset a non-negative integer');
      return 2;
    }
    const store = ctx.openStore();
    try {
      const docs = await store.list({ limit, offset, all: ctx.flags.all === true });
      const stats = await store.stats();
      if (ctx.flags.json) {
        println(ctx.out, JSON.stringify({ stats, documents: docs }, null, 2));
        return 0;
      }
      for (const d of docs) println(ctx.out, summaryLine(d, ctx.out));
      println(
        ctx.out,
        `${stats.current} documents (${stats.documents} revisions) from ${stats.outlets.length} outlets, published ${stats.firstPublished?.slice(0, 10) ?? '-'} to ${stats.lastPublished?.slice(0, 10) ?? '-'}`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
