import { type Command, println } from './command.ts';
import { colors, count, safe, truncate } from './format.ts';
import { dayFlag, daySpan } from './reconciled-args.ts';

/** The event types of the taxonomy, as the trigger lexicon names them (and `other`). */
async function eventTypes(): Promise<string[]> {
  const { EN_TRIGGERS } = await import('../extract/events/lexicon.ts');
  return [...new Set([...EN_TRIGGERS.words.values()].map((t) => t.type)).add('other')].sort();
}

/**
 * What the reports say of an event's status, most reported first (`planned`, `hypothetical`,
 * `planned/completed` when they differ): a warned-of invasion is not one that happened.
 */
function statusOf(statuses: Readonly<Record<string, number>>): string {
  const ranked = Object.entries(statuses).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length ? ranked.map(([s]) => s).join('/') : 'unknown status';
}

/** `sitrep timeline` */
export const timelineCommand: Command = {
  name: 'timeline',
  summary:
    'Events across all stored documents in time order: each is one real-world event with all its reports (same type and name, or same type, overlapping time and shared actors or places).',
  usage: 'timeline [--from DAY] [--to DAY] [--type TYPE] [--actor NAME] [--place NAME] [--limit N] [--json]',
  flags: {
    from: { type: 'string', value: 'DAY', help: 'events that end on or after this day (YYYY-MM-DD)' },
    to: { type: 'string', value: 'DAY', help: 'events that start on or before this day' },
    type: { type: 'string', value: 'TYPE', help: 'event type, e.g. military_exercise, troop_deployment' },
    actor: { type: 'string', value: 'NAME', help: 'an actor, any spelling (Lukashenka finds Lukashenko)' },
    place: { type: 'string', value: 'NAME', help: 'a place, any spelling (Kiev finds Kyiv)' },
    limit: { type: 'string', value: 'N', help: 'at most N events (default 500)' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  examples: [
    'sitrep timeline --from 2022-02-01 --to 2022-02-28',
    'sitrep timeline --type military_exercise --actor Lukashenka',
    'sitrep timeline --place Brest --json',
  ],
  async run(ctx) {
    const from = dayFlag(ctx.err, 'timeline', 'from', ctx.flags.from);
    const to = dayFlag(ctx.err, 'timeline', 'to', ctx.flags.to);
    if (!from.ok || !to.ok) return 2;
    const limit = Number(ctx.flags.limit ?? 500);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      println(ctx.err, 'sitrep timeline: --limit must be 1–10000');
      return 2;
    }
    const type = ctx.flags.type as string | undefined;
    const types = type === undefined ? [] : await eventTypes();
    if (type !== undefined && !types.includes(type)) {
      println(ctx.err, `sitrep timeline: --type ${type}: no such event type; types: ${types.join(', ')}`);
      return 2;
    }
    const store = ctx.openStore();
    try {
      const events = await store.timeline({
        from: from.value,
        to: to.value,
        type,
        actor: ctx.flags.actor as string | undefined,
        place: ctx.flags.place as string | undefined,
        limit,
      });
      if (ctx.flags.json) {
        println(ctx.out, JSON.stringify(events, null, 2));
        return 0;
      }
      const c = colors(ctx.out);
      for (const e of events) {
        const what = `${e.name ? `${e.name} (${e.type})` : e.type}, ${statusOf(e.statuses)}`;
        const who = [...e.actors, ...e.places.map((p) => `@${p}`)].join(', ');
        println(
          ctx.out,
          `${daySpan(e.start, e.end).padEnd(22)} ${c.bold(safe(truncate(what, 64)))}  ${c.dim(`${e.id} ${count(e.reports, 'report')}, ${count(e.sources, 'source')}`)}  ${safe(truncate(who, 60))}`,
        );
      }
      println(ctx.out, `${events.length} event${events.length === 1 ? '' : 's'}`);
      if (events.length === 0 && !type && !ctx.flags.actor && !ctx.flags.place && !from.value && !to.value)
        println(ctx.err, 'no events: a store made before reconciliation needs `sitrep reconcile` once');
      return 0;
    } finally {
      await store.close();
    }
  },
};
