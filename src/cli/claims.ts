import { figureTitle } from '../reconcile/views.ts';
import { type Command, println } from './command.ts';
import { colors, count, safe, truncate } from './format.ts';

/** `sitrep claims TOPIC` */
export const claimsCommand: Command = {
  name: 'claims',
  summary:
    "Every source's value of a figure, in time order: value, max, qualifier, date, claimant (the speaker of the quote that holds it, else the outlet) and relay. Copies of another document are marked and counted once.",
  usage: 'claims TOPIC... [--limit N] [--json]',
  flags: {
    limit: { type: 'string', value: 'N', help: 'at most N figures (default 20)' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  examples: ['sitrep claims Russian troops in Belarus', 'sitrep claims tanks --json'],
  async run(ctx) {
    const topic = ctx.positionals.join(' ').trim();
    if (!topic) {
      println(ctx.err, 'sitrep claims: give a TOPIC (a unit and what it counts, e.g. "Russian troops")');
      return 2;
    }
    const limit = Number(ctx.flags.limit ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      println(ctx.err, 'sitrep claims: --limit must be 1–1000');
      return 2;
    }
    const store = ctx.openStore();
    try {
      const figures = await store.claims(topic, limit);
      if (ctx.flags.json) {
        println(ctx.out, JSON.stringify(figures, null, 2));
        return 0;
      }
      const c = colors(ctx.out);
      for (const f of figures) {
        println(
          ctx.out,
          c.bold(safe(`${figureTitle(f)}${f.about ? ` — ${f.about}` : ''}`)) +
            c.dim(`  ${f.id} ${count(f.sources, 'source')}`),
        );
        for (const k of f.claims) {
          const value = k.max !== null ? `${k.value}–${k.max}` : String(k.value);
          println(
            ctx.out,
            `  ${k.published?.slice(0, 10) ?? 'undated'}  ${value.padStart(9)} ${k.qualifier.padEnd(9)} ${safe(truncate(k.claimant, 30))}${k.relay ? ` via ${safe(k.relay)}` : ''}  ${c.dim(`${safe(k.outlet ?? '?')} ${k.doc} [${k.span[0]},${k.span[1]})`)}${k.duplicateOf ? c.yellow(' copy') : ''}`,
          );
        }
      }
      println(ctx.out, `${figures.length} figure${figures.length === 1 ? '' : 's'}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
