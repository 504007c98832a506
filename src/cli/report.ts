import { selectEvents, selectFigures, situationReport } from '../reconcile/report.ts';
import type { EventPage } from '../reconcile/views.ts';
import { type Command, println } from './command.ts';
import { dayFlag } from './reconciled-args.ts';

/** How many events of the period are ranked for the report (the timeline's order is by date). */
const REPORT_POOL = 20_000;
/** How many of the most reported figures are ranked for it. */
const FIGURE_POOL = 500;

/** `sitrep report` */
export const reportCommand: Command = {
  name: 'report',
  summary:
    "A Markdown situation report of the period: events with each source's version and figures with every source's value, every line footnoted to its source span (document, outlet, title, [start, end), the sentence).",
  usage: 'report [--since DAY] [--limit N] [--json]',
  flags: {
    since: {
      type: 'string',
      value: 'DAY',
      help: 'events and figures from this day on (YYYY-MM-DD; default: all)',
    },
    limit: { type: 'string', value: 'N', help: 'at most N events and N figures (default 50)' },
    json: { type: 'boolean', help: 'print the report as JSON (markdown and the data behind it)' },
  },
  examples: ['sitrep report --since 2022-02-01 > sitrep-report.md', 'sitrep report --json | jq .markdown -r'],
  async run(ctx) {
    const since = dayFlag(ctx.err, 'report', 'since', ctx.flags.since);
    if (!since.ok) return 2;
    const limit = Number(ctx.flags.limit ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      println(ctx.err, 'sitrep report: --limit must be 1–1000');
      return 2;
    }
    const store = ctx.openStore();
    try {
      // The period's events, ranked: the most reported ones, not the first ones, fill the report.
      const pool = await store.timeline({ from: since.value, limit: Math.max(REPORT_POOL, limit) });
      const entries = selectEvents(pool, limit);
      const events = (await Promise.all(entries.map((e) => store.event(e.id)))).filter(
        (e): e is EventPage => e !== null,
      );
      const figures = selectFigures(
        (await store.claims('', Math.max(FIGURE_POOL, limit)))
          .map((f) => ({
            ...f,
            claims: f.claims.filter((c) => !since.value || (c.published ?? '') >= since.value),
          }))
          .filter((f) => f.claims.length > 0),
        limit,
      );
      const markdown = situationReport({
        since: since.value ?? null,
        generated: new Date().toISOString().slice(0, 16).replace('T', ' '),
        events,
        figures,
      });
      if (ctx.flags.json)
        println(ctx.out, JSON.stringify({ since: since.value ?? null, markdown, events, figures }, null, 2));
      else println(ctx.out, markdown);
      return 0;
    } finally {
      await store.close();
    }
  },
};
