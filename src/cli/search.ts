import { withSpellings } from '../store/spellings.ts';
import { type Command, println } from './command.ts';
import { colors, safe, truncate } from './format.ts';

/** `sitrep search QUERY` */
export const searchCommand: Command = {
  name: 'search',
  summary:
    'Full-text search over titles and texts, ranked (BM25, titles weigh more), with highlighted snippets. Words are ANDed; "quoted phrases", OR and prefix* work.',
  usage: 'search QUERY... [--limit N] [--json]',
  flags: {
    limit: { type: 'string', value: 'N', help: 'how many hits (default 20)' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  examples: [
    'sitrep search Lukashenko drills',
    'sitrep search \'"Allied Resolve" OR Zapad\'',
    'sitrep search troop*',
  ],
  async run(ctx) {
    const query = ctx.positionals.join(' ').trim();
    if (!query) {
      println(ctx.err, 'sitrep search: give a QUERY');
      return 2;
    }
    const limit = Number(ctx.flags.limit ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      println(ctx.err, 'sitrep search: --limit must be 1–1000');
      return 2;
    }
    const store = ctx.openStore();
    try {
      // A name is searched in every spelling the corpus gives it (`Lukashenka` finds Lukashenko),
      // when the query is plain words; quotes and operators are taken as written.
      const expanded = await withSpellings(store, query);
      if (expanded !== query && !ctx.flags.json) println(ctx.err, `searching: ${expanded}`);
      const hits = await store.search(expanded, { limit });
      if (ctx.flags.json) {
        println(
          ctx.out,
          JSON.stringify(
            hits.map((h) => ({ ...h, snippet: h.snippet.replace(/[\u0001\u0002]/g, '') })),
            null,
            2,
          ),
        );
        return 0;
      }
      const c = colors(ctx.out);
      for (const h of hits) {
        println(
          ctx.out,
          `${c.bold(truncate(safe(h.title ?? '(untitled)'), 100))}  ${c.dim(`${h.id} ${h.outlet ?? '-'} ${h.published?.slice(0, 10) ?? '-'}`)}`,
        );
        println(ctx.out, `  ${c.highlight(h.snippet)}`);
      }
      println(ctx.out, `${hits.length} hit${hits.length === 1 ? '' : 's'}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
