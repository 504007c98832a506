import { type Command, println } from './command.ts';
import { around, colors, count, safe } from './format.ts';
import { daySpan } from './reconciled-args.ts';

/** `sitrep event ID` */
export const eventCommand: Command = {
  name: 'event',
  summary:
    "One event across documents with every source's report: its own dates, places, size, status and claimant, side by side (never averaged).",
  usage: 'event ID [--json]',
  flags: { json: { type: 'boolean', help: 'print JSON' } },
  examples: [
    'sitrep timeline   # lists event ids',
    'sitrep event V1a2b3c4d5e6f',
    'sitrep event V1a2b3c4d5e6f --json',
  ],
  async run(ctx) {
    const [id] = ctx.positionals;
    if (!id) {
      println(ctx.err, 'sitrep event: give an event ID (see sitrep timeline)');
      return 2;
    }
    const store = ctx.openStore();
    try {
      const e = await store.event(id);
      if (!e) {
        println(ctx.err, `sitrep event: no event with id ${id}`);
        return 1;
      }
      if (ctx.flags.json) {
        println(ctx.out, JSON.stringify(e, null, 2));
        return 0;
      }
      const c = colors(ctx.out);
      println(
        ctx.out,
        c.bold(safe(`${e.name ? `${e.name} (${e.type})` : e.type} ${daySpan(e.start, e.end)}`)),
      );
      println(
        ctx.out,
        `  ${count(e.reports, 'report')} from ${count(e.sources, 'source')}; actors ${safe(e.actors.join(', ') || '-')}; places ${safe(e.places.join(', ') || '-')}`,
      );
      for (const r of e.reportList) {
        println(
          ctx.out,
          `- ${r.published?.slice(0, 10) ?? 'undated'} ${c.bold(safe(r.outlet ?? '?'))} ${c.dim(`${r.doc} [${r.trigger[0]},${r.trigger[1]}) ${r.rule}`)}${r.duplicateOf ? c.yellow(` copy of ${r.duplicateOf}`) : ''}`,
        );
        println(
          ctx.out,
          `    ${r.status}; ${r.timeText ? `“${safe(r.timeText)}” → ` : ''}${r.timeRole === 'at' ? '' : `${r.timeRole} `}${daySpan(r.start, r.end)}${r.timeFrom === 'published' ? ' (publication day)' : ''}${r.size ? `; size ${safe(r.size.text)}` : ''}${r.places.length ? `; at ${safe(r.places.join(', '))}` : ''}${r.claimedBy ? `; claimed by ${safe(r.claimedBy)}` : ''}`,
        );
        // One space for each space character keeps the trigger's offset in the sentence.
        const sentence = r.sentenceText.replace(/\s/g, ' ');
        println(ctx.out, `    ${c.dim(safe(around(sentence, r.trigger[0] - r.sentence[0], 160)))}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
