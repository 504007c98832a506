import { buildReport } from '../app/report.ts';
import { type Command, println } from './command.ts';
import { dayFlag } from './reconciled-args.ts';

/** `sitrep report` */
export const reportCommand: Command = {
  name: 'report',
  summary:
    "A Markdown situation report of the period: events with each source's version and figures with every source's value, every line footnoted to its source span (document, outlet, title, [start, end), the sentence).",
  usage: 'report [--since DAY] [--until DAY] [--limit N] [--json]',
  flags: {
    since: {
      type: 'string',
      value: 'DAY',
      help: 'events and figures from this day on (YYYY-MM-DD; default: all)',
    },
    until: {
      type: 'string',
      value: 'DAY',
      help: 'events and figures up to this day (YYYY-MM-DD; default: all)',
    },
    limit: { type: 'string', value: 'N', help: 'at most N events and N figures (default 50)' },
    json: { type: 'boolean', help: 'print the report as JSON (markdown, citations and the data behind it)' },
  },
  examples: [
    'sitrep report --since 2022-02-01 > sitrep-report.md',
    'sitrep report --since 2022-02-01 --until 2022-02-07',
    'sitrep report --json | jq .markdown -r',
  ],
  async run(ctx) {
    const since = dayFlag(ctx.err, 'report', 'since', ctx.flags.since);
    if (!since.ok) return 2;
    const until = dayFlag(ctx.err, 'report', 'until', ctx.flags.until);
    if (!until.ok) return 2;
    if (since.value && until.value && since.value > until.value) {
      println(ctx.err, 'sitrep report: --since is after --until');
      return 2;
    }
    const limit = Number(ctx.flags.limit ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      println(ctx.err, 'sitrep report: --limit must be 1–1000');
      return 2;
    }
    const store = ctx.openStore();
    try {
      const r = await buildReport(store, { since: since.value, until: until.value, limit });
      if (ctx.flags.json) println(ctx.out, JSON.stringify(r, null, 2));
      else println(ctx.out, r.markdown);
      return 0;
    } finally {
      await store.close();
    }
  },
};
