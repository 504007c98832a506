import { type Command, println } from './command.ts';
import { colors, count, safe } from './format.ts';

/** ` (10 of 42; --json lists 50)`: what a list shows of how many there are. */
function shown(listed: number, total: number, atLeast = false): string {
  const printed = Math.min(listed, 10);
  return total > printed || atLeast
    ? ` (${printed} of ${total}${atLeast ? '+' : ''}${listed > printed ? `; --json lists ${listed}` : ''})`
    : '';
}

/** `sitrep entity NAME` */
export const entityCommand: Command = {
  name: 'entity',
  summary:
    'One entity across documents: its spellings and the evidence for each merge (rule, keys, document), roles over time, mentions, and quotes by and about it. Any spelling finds it; --unmerge ID undoes a merge.',
  usage: 'entity NAME... [--json] | entity --unmerge MERGE_ID',
  flags: {
    unmerge: {
      type: 'string',
      value: 'MERGE_ID',
      help: 'undo the merge with this id (listed under merges); it stays undone',
    },
    json: { type: 'boolean', help: 'print JSON' },
  },
  examples: [
    'sitrep entity Lukashenka',
    'sitrep entity "Viktar Hulevich" --json',
    'sitrep entity --unmerge 12',
  ],
  async run(ctx) {
    const store = ctx.openStore();
    try {
      if (ctx.flags.unmerge !== undefined) {
        const id = Number(ctx.flags.unmerge);
        if (!Number.isInteger(id) || id < 1) {
          println(ctx.err, 'sitrep entity: --unmerge takes a merge id (a positive integer)');
          return 2;
        }
        const done = await store.unmerge(id);
        if (!done) {
          println(ctx.err, `sitrep entity: no active merge with id ${id}`);
          return 1;
        }
        println(
          ctx.out,
          ctx.flags.json
            ? JSON.stringify(done)
            : `unmerged: ${done.from} is its own entity again (was in ${done.to})`,
        );
        return 0;
      }
      const name = ctx.positionals.join(' ').trim();
      if (!name) {
        println(ctx.err, 'sitrep entity: give a NAME (any spelling)');
        return 2;
      }
      // An entity id (`E6fff771cbeb7`, as timeline, claims and --unmerge print it) names it directly;
      // else the entity whose own name is the query comes first (after an unmerge the split-off
      // `Alyaksandr Lukashenka` folds like the larger entity it left).
      const byId = /^E[0-9a-f]{12}$/.test(name) ? await store.entity(name) : null;
      const found = byId ? [] : await store.findEntities(name, 5);
      const exact = found.findIndex((f) => f.name.toLowerCase() === name.toLowerCase());
      if (exact > 0) found.unshift(...found.splice(exact, 1));
      const page = byId ?? (found[0] ? await store.entity(found[0].id) : null);
      if (!page) {
        println(
          ctx.err,
          `sitrep entity: no entity named ${name} (a store made before reconciliation needs \`sitrep reconcile\` once)`,
        );
        return 1;
      }
      if (ctx.flags.json) {
        println(ctx.out, JSON.stringify({ ...page, others: found.slice(1) }, null, 2));
        return 0;
      }
      const c = colors(ctx.out);
      println(ctx.out, `${c.bold(safe(page.name))} (${page.type})  ${c.dim(page.id)}`);
      println(
        ctx.out,
        `  ${count(page.documents, 'document')}, ${count(page.mentions, 'mention')}, ${page.firstSeen ?? '?'} … ${page.lastSeen ?? '?'}`,
      );
      println(ctx.out, 'spellings:');
      for (const s of page.spellings)
        println(
          ctx.out,
          `  ${safe(s.name)} (${s.type}): ${count(s.documents, 'document')}, ${count(s.mentions, 'mention')}, ${s.first ?? '?'} … ${s.last ?? '?'}`,
        );
      if (page.merges.length) println(ctx.out, 'merges:');
      for (const m of page.merges)
        println(
          ctx.out,
          `  #${m.id} ${safe(m.from)} → ${safe(m.to)}  ${m.rule} ${c.dim(JSON.stringify(m.detail))} in ${m.doc}`,
        );
      if (page.roles.length) println(ctx.out, 'roles:');
      for (const r of page.roles)
        println(
          ctx.out,
          `  ${r.first ?? '?'} … ${r.last ?? '?'}  ${safe(r.role)} (${count(r.documents, 'document')})`,
        );
      println(ctx.out, `mentioned in${shown(page.mentionsIn.length, page.documents)}:`);
      for (const m of page.mentionsIn.slice(0, 10))
        println(
          ctx.out,
          `  ${m.published?.slice(0, 10) ?? 'undated'} ${safe(m.outlet ?? '?')}: ${safe(m.title ?? '(untitled)')} ${c.dim(`${m.doc} as ${m.name} ×${m.mentions}`)}`,
        );
      for (const [label, list, total] of [
        ['quotes by', page.quotesBy, page.totals?.quotesBy ?? page.quotesBy.length],
        ['quotes about', page.quotesAbout, page.totals?.quotesAbout ?? page.quotesAbout.length],
      ] as const) {
        // Quotes are gathered from the documents listed; more documents may hold more.
        const partial = page.mentionsIn.length < page.documents;
        if (list.length) println(ctx.out, `${label}${shown(list.length, total, partial)}:`);
        for (const q of list.slice(0, 10))
          println(
            ctx.out,
            `  ${q.published?.slice(0, 10) ?? 'undated'} ${safe(q.outlet ?? '?')}${q.via ? ` via ${safe(q.via)}` : ''}: ${safe(q.text.replace(/\s+/g, ' '))} ${c.dim(`${q.doc} [${q.span[0]},${q.span[1]})`)}`,
          );
      }
      if (found.length > 1)
        println(
          ctx.out,
          c.dim(
            `also: ${found
              .slice(1)
              .map((f) => `${f.name} (${f.type})`)
              .join(', ')}`,
          ),
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};
